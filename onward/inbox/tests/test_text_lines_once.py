"""The company's and role's readers walk the lines of the first 3,000 characters split once
a message: each reads, from those lines, what it reads from the text split on its own, on
every written, tuning and benchmark message."""

from __future__ import annotations

import random

from onward.inbox import company_forms, extract, signatures
from onward.inbox.parsing import parse
from onward.inbox.tests.known_mail import raw_messages


def test_each_reader_reads_the_shared_lines_as_its_own_split() -> None:
    footers = 0
    for raw in raw_messages(per_shape=150):
        mail = parse(raw)
        text = mail.text[: extract.TEXT_LIMIT]
        lines = extract._lines(text)
        assert lines == text.split("\n")
        assert list(company_forms.anchored_companies(text, lines)) == list(
            company_forms.anchored_companies(text)
        )
        alone = signatures.above_footer(mail.text)
        assert signatures.above_footer(mail.text, lines) == alone
        footers += bool(alone)
        both = f"{text}\n{mail.quoted[:1000]}"
        whole = [*lines, *mail.quoted[:1000].split("\n")]
        assert extract.TEXT_LINES.read(both, len(text), whole) == extract.TEXT_LINES.read(
            both, len(text)
        )
    assert footers > 20


def _above_footer_line_by_line(text: str) -> str:
    """above_footer as it was written before: the lines walked from the last one up."""
    head = text[: signatures.HEAD_LIMIT]
    lines = head.split("\n")
    closing, at, end = -1, 0, len(head)
    for number in range(len(lines) - 1, -1, -1):
        start = end - len(lines[number])
        if len(lines[number]) < 40 and signatures._is_closing(lines[number]):
            closing, at = number, start
            break
        end = start - 1
    if closing < 0 or at >= len(text) - signatures.SIGNATURE_LIMIT:
        return ""
    return "\n".join(line for line in lines[closing : closing + 6] if line.strip())[:300]


def test_the_closing_above_a_footer_is_found_as_line_by_line() -> None:
    texts = [parse(raw).text for raw in raw_messages(per_shape=150)]
    rng = random.Random(23)
    pieces = ["Kind regards,", "Acme Recruiting", "x" * 700, "", "Thanks", "\u00a9 Acme", "Best"]
    texts += ["\n".join(rng.choices(pieces, k=rng.randint(0, 8))) for _ in range(3_000)]
    found = 0
    for text in texts:
        expected = _above_footer_line_by_line(text)
        assert signatures.above_footer(text) == expected, text[:80]
        found += bool(expected)
    assert found > 100
