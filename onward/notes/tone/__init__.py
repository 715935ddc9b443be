"""The tone check: gentle, specific findings about a thank-you note before it goes out.

Pure Python on purpose, so the composer, the CLI and any future API share one
judgement. Each finding points at the words it means (character offsets), or at
0,0 when it is about the note as a whole. The rules live in the modules beside
this one, one family each; this module puts their findings in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from .base import (
    CARD_WORD_LIMIT,
    EMAIL_WORD_LIMIT,
    STOPWORDS,
    Finding,
    content_words,
    count_words,
    first_name,
)
from .bitter import negative_tone
from .craft import exclamations, missing_name, no_personal_detail, placeholders, too_long
from .reasons import asks_for_reasons

__all__ = [
    "CARD_WORD_LIMIT",
    "CODES",
    "EMAIL_WORD_LIMIT",
    "SHAPES",
    "STOPWORDS",
    "Finding",
    "check_note",
    "content_words",
    "count_words",
    "first_name",
    "for_display",
]

CODES = ("asks-for-reasons", "negative-tone", "no-personal-detail", "missing-name",
         "too-long", "placeholder-left", "exclamations", "missing-signature",
         "broken-sentence")  # fmt: skip
SHAPES = {"email": "email", "short": "email", "warm": "email", "card": "card"}


def check_note(
    text: str,
    shape: str = "email",
    recipient_name: str | None = None,
    details: Sequence[str] = (),
) -> list[Finding]:
    """Every finding for `text`, sorted by where it starts.

    `details` are the interview notes or topics the note should draw on; when
    given, the note needs at least one of their content words to count as personal.
    """
    if shape not in SHAPES:
        raise ValueError(f"Unknown shape {shape!r}; use one of {', '.join(SHAPES)}.")
    kind = SHAPES[shape]
    if isinstance(details, str):  # a bare string is a Sequence too; treat it as one detail
        details = [details]
    found_placeholders = placeholders(text)
    findings = [
        *asks_for_reasons(text),
        *negative_tone(text, [(f.start, f.end) for f in found_placeholders]),
        *no_personal_detail(text, [d for d in details if d.strip()]),
        *missing_name(text, recipient_name),
        *too_long(text, kind),
        *found_placeholders,
        *exclamations(text),
    ]
    return sorted(findings, key=lambda f: (f.start, f.end, f.code))


def for_display(text: str, findings: Sequence[Finding]) -> list[dict[str, object]]:
    """Findings as dicts with the words they point at, ready for a template."""
    return [{**asdict(f), "excerpt": text[f.start : f.end]} for f in findings]
