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
    MEANING,
    STOPWORDS,
    Finding,
    content_words,
    count_words,
    first_name,
)
from .bitter import negative_tone
from .craft import exclamations, missing_name, no_personal_detail, placeholders, too_long
from .reasons import asks_for_reasons
from .sentences import broken_sentence, missing_signature

__all__ = [
    "CARD_WORD_LIMIT",
    "CODES",
    "EMAIL_WORD_LIMIT",
    "IMPORTANCE",
    "MEANING",
    "SERIOUS",
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
# Most important first: asking why and bitterness burn the bridge; a leftover
# placeholder, a broken sentence or a missing name embarrass the sender; the rest
# make a good note better.
IMPORTANCE = ("asks-for-reasons", "negative-tone", "placeholder-left", "broken-sentence",
              "missing-name", "missing-signature", "no-personal-detail", "exclamations",
              "too-long")  # fmt: skip
# Findings worth a deliberate extra step before sending.
SERIOUS = frozenset({"asks-for-reasons", "negative-tone"})
SHAPES = {"email": "email", "short": "email", "warm": "email", "card": "card"}


def check_note(
    text: str,
    shape: str = "email",
    recipient_name: str | None = None,
    details: Sequence[str] = (),
) -> list[Finding]:
    """Every finding for `text`, the most important first (see IMPORTANCE), then by
    where it starts; one finding per stretch of words for each code.

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
        *missing_signature(text),
        *broken_sentence(text),
    ]
    return _in_order(findings)


def _in_order(findings: list[Finding]) -> list[Finding]:
    rank = {code: i for i, code in enumerate(IMPORTANCE)}
    kept: list[Finding] = []
    # Longest first at each start, so a wider finding swallows the ones inside it.
    for f in sorted(findings, key=lambda f: (rank[f.code], f.start, -f.end)):
        overlaps = any(
            k.code == f.code and k.start < f.end and f.start < k.end and f.end > f.start
            for k in kept
        )
        if not overlaps:
            kept.append(f)
    return kept


def for_display(text: str, findings: Sequence[Finding]) -> list[dict[str, object]]:
    """Findings as dicts ready for a template, in the order given.

    `excerpt` is the words a finding points at; `quote` is the same words only when
    the message doesn't already quote them, so a page shows them once; `serious`
    marks the findings that call for a second thought before sending.
    """
    shown = []
    for f in findings:
        excerpt = text[f.start : f.end]
        quoted = f"\u201c{excerpt}\u201d" in f.message
        shown.append(
            {
                **asdict(f),
                "excerpt": excerpt,
                "quote": "" if quoted else excerpt,
                "serious": f.code in SERIOUS,
            }
        )
    return shown
