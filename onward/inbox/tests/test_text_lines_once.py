"""The company's and role's readers walk the lines of the first 3,000 characters split once
a message: each reads, from those lines, what it reads from the text split on its own, on
every written, tuning and benchmark message."""

from __future__ import annotations

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
