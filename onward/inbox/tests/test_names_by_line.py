"""The company's domain spelled in the text ("Lumen Bank" for lumenbank.example) is found
from the names of each line, each line searched once per process, exactly as a search of
the whole text finds it: on every tuning message, our written set and the benchmark's."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from onward.inbox import corpus, extract
from onward.inbox.domains import domain_slugs
from onward.inbox.evaluation import DEVSET
from onward.inbox.parsing import Mail, parse

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
import mail_import


def by_search(slugs: list[str], mail: Mail) -> list[str]:
    """The reading the line-by-line one replaces: NAME searched over the whole text."""
    if not slugs or not extract._spelled(slugs, mail):
        return []
    found: list[str] = []
    haystack = f"{mail.sender_name}\n{mail.subject}\n{mail.text[: extract.TEXT_LIMIT]}"
    firsts = {slug[0] for slug in slugs}
    for match in extract.NAME.finditer(haystack):
        if match.group(0)[0].lower() in firsts:
            found += extract._slug_names(match.group(0), slugs)
    return found


def _mails() -> list[Mail]:
    mails = [parse(path.read_bytes()) for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        mails += [example.mail for example in corpus.examples(source, "tune")]
    rng = random.Random(7)
    mails += [parse(mail_import.message(rng, n, "ats")) for n in range(300)]
    return mails


def test_every_message_gives_the_names_a_whole_search_gives() -> None:
    found = 0
    for mail in _mails():
        slugs = domain_slugs(mail)
        expected = by_search(slugs, mail)
        assert extract._names_matching(slugs, mail) == expected
        found += len(expected)
    assert found > 100, "too few names for the comparison to mean anything"


def test_a_name_across_a_line_break_is_two_names() -> None:
    mail = Mail("k", "", None, "Hello", "", "jobs@lumenbank.example", "Dear Sam,\nLumen\nBank")
    assert extract._names_matching(["lumenbank"], mail) == by_search(["lumenbank"], mail) == []
    mail.text = "Dear Sam,\nLumen Bank Recruitment Team"
    assert extract._names_matching(["lumenbank"], mail) == ["Lumen Bank"]
