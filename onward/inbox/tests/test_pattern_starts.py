"""Patterns that can match only where the text starts are tried there alone, and "At Acme,
we..." only where "At " and a capital stand: each finds what a search of the whole text
finds, on every written and tuning message, the benchmark's, and text made to trip them."""

from __future__ import annotations

import random
import re

from onward.inbox import pattern_heads, patterns, role_patterns, text_scan
from onward.inbox.parsing import parse
from onward.inbox.tests.known_mail import raw_messages

_TEXTS = [parse(raw).text for raw in raw_messages(per_shape=100)]
_PIECES = [
    "Acme Analytics",
    "Acme Analytics \u00b7 Data Analyst \u00b7 Vienna",
    "Senior Data Analyst",
    "At Acme Analytics, we",
    "At ACME, you",
    "at Acme, we",
    "At 3M, we",
    " \u00b7 ",
    "\n",
    "\n\n",
    " ",
    "Data",
    "what",
]


def _made_up(count: int) -> list[str]:
    rng = random.Random(5)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 7))) for _ in range(count)]


def _spans(pattern: object, text: str, starts: list[int] | None) -> list[tuple[int, int]]:
    return [m.span() for m in pattern_heads.finditer(pattern, text, starts)]  # type: ignore[arg-type]


def test_patterns_read_at_the_start_only_find_what_a_whole_search_finds() -> None:
    tables = [
        (patterns.COMPANY, text_scan._COMPANY_AT_START),
        (role_patterns.ROLE_IN_TEXT, text_scan._ROLE_AT_START),
    ]
    assert all(starts for _, starts in tables), "no pattern read at the start: nothing proved"
    texts = [*_TEXTS, *(text[:3000] for text in _TEXTS), *_made_up(4_000)]
    found = 0
    for rows, at_start in tables:
        for index, starts in at_start.items():
            pattern = rows[index][0]
            for text in texts:
                whole = _spans(pattern, text, None)
                assert _spans(pattern, text, starts) == whole, (pattern.pattern[:40], text[:80])
                found += bool(whole)
    assert found > 20  # the made-up texts do match them


def test_a_caret_inside_the_pattern_or_multiline_is_not_read_at_the_start() -> None:
    rows: pattern_heads.Patterns = [
        (re.compile(source, flags), 1, ())
        for source, flags in (
            (r"^Acme|Globex", 0),  # the ^ binds the first choice only
            (r"^Acme", re.MULTILINE),
            (r"(?:^|\n)Acme", 0),
            (r"^Acme", 0),
        )
    ]
    assert pattern_heads.at_start_only(rows) == {3: [0]}


def test_at_acme_is_tried_where_its_head_is() -> None:
    index = patterns._index(patterns.COMPANY, "At (")
    pattern = patterns.COMPANY[index][0]
    heads = patterns.COMPANY_HEADS
    found = 0
    for text in [*_TEXTS, *_made_up(4_000)]:
        whole = _spans(pattern, text, None)
        assert _spans(pattern, text, heads.starts(text)[index]) == whole, text[:80]
        found += bool(whole)
    assert found > 20
