"""Gentle mode's last line of defence: reworded text, for anything another app puts on
a gentle screen. Onward's own gentle screens are written without the word in the first place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_REWORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(a|an)\s+rejection\b", re.I), "a no"),
    (re.compile(r"\brejections\b", re.I), "answers"),
    (re.compile(r"\brejection\b", re.I), "news"),
    (re.compile(r"\brejected\b", re.I), "closed"),
    (re.compile(r"\brejecting\b", re.I), "declining"),
    (re.compile(r"\brejects\b", re.I), "declines"),
    # Anything left ("rejectable", "Rejected:" glued to other text) still goes.
    (re.compile(r"reject\w*", re.I), "no"),
]


def _keep_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def soften(text: str) -> str:
    """`text` without any form of the word "reject", in plain words instead."""
    for pattern, replacement in _REWORDS:
        text = pattern.sub(_replacer(replacement), text)
    return text


def _replacer(replacement: str) -> Callable[[re.Match[str]], str]:
    return lambda match: _keep_case(match.group(), replacement)
