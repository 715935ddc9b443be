"""Text from other people's mail, made safe to print on a terminal.

A subject can carry escape sequences (clear the screen, set the window title, recolour
or hide what follows) and bidirectional controls that reorder what is shown; printed raw,
a terminal obeys them. `--json` output is escaped by the JSON encoder instead.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL (ESC among them), and the bidirectional embeddings,
# overrides and isolates.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """The text with every control character shown as nothing, tabs and breaks as spaces."""
    return _CONTROLS.sub(lambda m: " " if m.group() in "\t\n\r" else "", text)
