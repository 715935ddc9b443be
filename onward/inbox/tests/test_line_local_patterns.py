"""The company and role patterns that cannot cross a line are read line by line, and each
line's matches kept: what they find, in order, is what a search of the whole text (at the
pattern's heads) finds, on every written, tuning and benchmark message and on text made to
break lines inside a company's or a role's name. Patterns that could read a line break are
never read so."""

from __future__ import annotations

import random
import re

import pytest

from onward.inbox import extract, pattern_heads, patterns, role_patterns, text_scan
from onward.inbox.parsing import parse
from onward.inbox.tests.known_mail import raw_messages

_PIECES = [
    "Thank you for your interest in ",
    "the Data Analyst role at Acme Analytics",
    "The Acme Analytics Recruiting Team",
    "Your Acme ",
    "position at Globex",
    "your application for the Senior Data Analyst position",
    "\n",
    " ",
    ". ",
    "Acme",
    "Team",
    "role",
    "as a Product Designer, ",
    "considering Acme for",
]


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for raw in raw_messages(per_shape=100):
        mail = parse(raw)
        pairs.append((mail.text[: extract.TEXT_LIMIT], mail.quoted[:1000]))
    rng = random.Random(17)
    for _ in range(3_000):
        text, quoted = ("".join(rng.choices(_PIECES, k=rng.randint(0, 9))) for _ in "tq")
        pairs.append((text, quoted))
    return pairs


def _whole(pattern: re.Pattern[str], text: str, heads: pattern_heads.Heads, index: int) -> list:
    starts = heads.starts(text).get(index, [])
    return [m.group(1) for m in pattern_heads.finditer(pattern, text, starts)]


def test_line_by_line_finds_what_the_whole_text_finds() -> None:
    company, role = text_scan._LOCAL
    assert len(company) >= 5 and len(role) >= 3, "few patterns read by line: little proved"
    found = 0
    for text, quoted in _pairs():
        both = f"{text}\n{quoted}"
        starts0, starts1, on0, on1, groups0, groups1 = extract.TEXT_LINES.read(both, len(text))
        assert (on0, on1) == extract.TEXT_LINES.scan(both, len(text))[2:]
        for index, pattern in company.items():
            whole = _whole(pattern, text, patterns.COMPANY_HEADS, index)
            assert groups0.get(index, []) == whole, (index, text[:80])
            found += len(whole)
        for index, pattern in role.items():
            whole = _whole(pattern, both, role_patterns.ROLE_HEADS, index)
            assert groups1.get(index, []) == whole, (index, both[:80])
            found += len(whole)
        full0, full1, _, _ = extract.TEXT_LINES.scan(both, len(text))
        assert starts0 == {i: at for i, at in full0.items() if i not in company}
        assert starts1 == {i: at for i, at in full1.items() if i not in role}
    assert found > 500


@pytest.mark.parametrize(
    ("source", "flags", "local"),
    [
        (r"at (\w+)\b", 0, True),
        (r"t(?<!\w.)he ([A-Z][\w-]*)(?= at |[.,])", 0, True),
        (r"at\s(\w+)", 0, False),  # \s is a line break too
        (r"at ([^,]+)", 0, False),  # so is anything a negated class takes
        (r"at (\w+)$", 0, False),  # $ holds before a final line break
        (r"^at (\w+)", 0, False),
        (r"at (.+)", re.DOTALL, False),
        (r"at ([\x00-\x7f]+)", 0, False),  # a range around the line break
        (r"at (\w+)(?=\W)", 0, False),  # \W is a line break
        (r"(a)t \1", 0, False),
        (r"at (?i:acme)", 0, False),
    ],
)
def test_only_patterns_that_cannot_read_a_line_break_are_line_local(
    source: str, flags: int, local: bool
) -> None:
    assert pattern_heads.line_local(re.compile(source, flags)) is local


def test_a_line_scan_refuses_a_pattern_that_is_not_line_local() -> None:
    index = next(iter(text_scan._LOCAL[0]))
    with pytest.raises(ValueError):
        pattern_heads.LinesScan(
            extract.TEXT_HEADS,
            extract.TEXT_TRIGGERS,
            kept=8,
            local=({index: re.compile(r"at\s(\w+)")}, {}),
        )
