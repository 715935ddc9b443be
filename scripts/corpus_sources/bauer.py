"""Read Gerald Bauer's notes of the job-search mail he received (geraldb/notes on GitHub).

The notes are Markdown: one `## subject` section per thread, an optional `From: name` line,
the text, and `---` (or `o o o`) between messages. Some sections hold a whole thread pasted
one message after another (an invitation, then the no); a new message is recognised by a
salutation line ("Sehr geehrter…", "Guten Tag…", "Dear…", "From: …") after text has begun.
Only the last message of a section is under the section's subject; an earlier one has no
subject, unless a one-line heading stood before it ("Einladung zum Interview"), or the
section is a thread of replies ("re: …"), whose subject all its messages share. His own
replies (in the 2023 notes) are left out by the labels, not here.

Messages are numbered section * 10 + position in the section; the 2023 file adds 1000.
"""

from __future__ import annotations

import re

_SALUTATION = re.compile(
    r"^(?:From: |Sehr geehrte|Guten Tag|Schönen guten Tag|Dear |Hallo |Hello |Lieber |"
    r"Liebe (?!Grüße)|Servus |Hi )"
)
_SEPARATOR = re.compile(r"(?m)^\s*(?:-{2,}|o o o)\s*$")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff]")
_MARKER = "AUTOMATIC-EMAIL - 100%"


def messages(text: str, offset: int = 0) -> list[dict[str, str]]:
    """Each received message as {"n", "subject", "from", "body"}, in file order."""
    out: list[dict[str, str]] = []
    for index, section in enumerate(re.split(r"(?m)^## ", text)[1:]):
        title, _, body = section.partition("\n")
        found: list[list[str]] = []
        for part in _SEPARATOR.split(body):
            if not _INVISIBLE.sub("", part).strip():
                continue
            current: list[str] = []
            started = False
            for line in part.strip("\n").split("\n"):
                plain = _INVISIBLE.sub("", line).strip()
                if plain == _MARKER:
                    continue
                if _SALUTATION.match(plain) and started:
                    found.append(current)
                    current, started = [], False
                current.append(line)
                if plain and not plain.startswith("From: ") and not _SALUTATION.match(plain):
                    started = True
            found.append(current)
        heading = ""
        position = 0
        for k, lines in enumerate(found):
            text_lines = [ln for ln in lines if _INVISIBLE.sub("", ln).strip()]
            if len(text_lines) == 1 and k + 1 < len(found) and len(text_lines[0]) < 60:
                heading = text_lines[0].strip()  # a subject line before the next message
                position += 1
                continue
            sender = ""
            kept = []
            for line in lines:
                plain = _INVISIBLE.sub("", line).strip()
                if plain.startswith("From: ") and not sender and not kept:
                    sender = plain.removeprefix("From: ").strip()
                    continue
                kept.append(line)
            # a section titled "re: …" is a thread of replies: every message is under it
            last = k == len(found) - 1 or title.strip().lower().startswith("re:")
            out.append(
                {
                    "n": str(offset + index * 10 + position),
                    "subject": title.strip().replace("\\[", "[").replace("\\]", "]")
                    if last
                    else heading,
                    "from": sender,
                    "body": _INVISIBLE.sub("", "\n".join(kept)).strip("\n") + "\n",
                }
            )
            heading = ""
            position += 1
    return out
