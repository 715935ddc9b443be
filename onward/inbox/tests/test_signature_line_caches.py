"""The signature readers keep each line's closing (signatures._after_closing,
languages.company._is_closing_line): the companies they read from every written, tuning and
benchmark message's last lines, read twice (the second time from what was kept), are those
the line-by-line regexes give."""

from __future__ import annotations

from onward.inbox import signatures
from onward.inbox.languages import company
from onward.inbox.parsing import parse
from onward.inbox.signatures import SIGNATURE_LIMIT
from onward.inbox.tests.known_mail import raw_messages


def test_a_lines_closing_is_what_the_regexes_say() -> None:
    lines = set()
    for raw in raw_messages(per_shape=100):
        lines.update(parse(raw).text[-SIGNATURE_LIMIT:].split("\n"))
    lines.update(["Best regards, Acme", "Kind regards", "Met vriendelijke groeten / Kind regards"])
    closings = 0
    for raw_line in lines:
        line = raw_line.strip()
        match = signatures._CLOSING.match(line)
        assert signatures._after_closing(line) == (line[match.end() :] if match else None)
        said = any(
            len(part) < 40 and company._CLOSING_LINE.match(part) for part in line.split(" / ")
        ) or bool(company._FORMAL_CLOSING.search(line))
        assert company._is_closing_line(line) is said
        closings += said
    assert closings > 20


def test_tails_read_the_same_cold_and_warm() -> None:
    tails = [parse(raw).text[-SIGNATURE_LIMIT:] for raw in raw_messages(per_shape=100)]
    cold = []
    for tail in tails:
        signatures._after_closing.cache_clear()
        company._is_closing_line.cache_clear()
        cold.append(
            (
                signatures.companies_in_signature.__wrapped__(tail),
                company.signature_block_companies.__wrapped__(tail),
            )
        )
    warm = [
        (
            signatures.companies_in_signature.__wrapped__(tail),
            company.signature_block_companies.__wrapped__(tail),
        )
        for tail in tails
    ]
    assert cold == warm
    assert sum(bool(a or b) for a, b in cold) > 100
