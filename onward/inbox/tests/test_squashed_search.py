"""Whether a domain's slug is spelled in a message once its spaces and punctuation are
squashed out ("Harbour & Co" for harbourco.example) is found by searching the text itself;
the answer is the one squashing the text and searching that gives, for every slug a tuning
or written message gives and on text made to trip it (punctuation, underscores, accents,
digits, a slug spread over a line break)."""

from __future__ import annotations

import random

import pytest

from onward.inbox import corpus, extract
from onward.inbox.domains import domain_slugs
from onward.inbox.evaluation import DEVSET
from onward.inbox.parsing import parse


def _squashed(slug: str, text: str) -> bool:
    return slug in extract._NON_WORD.sub("", text)


def _mails() -> list:
    mails = [parse(path.read_bytes()) for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        mails += [example.mail for example in corpus.examples(source, "tune")]
    return mails


def test_every_message_and_its_slugs_give_the_squashed_answer() -> None:
    checked = 0
    for mail in _mails():
        low = f"{mail.sender_name}\n{mail.subject}\n{mail.text[: extract.TEXT_LIMIT]}".lower()
        for slug in [*domain_slugs(mail), "acme", "zz"]:
            assert extract._in_squashed(slug, low) == _squashed(slug, low), (slug, mail.key)
            checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    ("slug", "text", "found"),
    [
        ("harbourco", "thanks from harbour & co.", True),
        ("harbourco", "harbour\n\n-- co", True),
        ("harbourco", "harbour_co", True),  # the underscore is squashed out too
        ("harbourco", "harbour a co", False),
        ("acme-labs", "acme-labs", False),  # a hyphen never survives the squashing
        ("a_b", "a_b", False),
        ("müller", "Team Mül-ler".lower(), True),
        ("r2d2", "r 2 d 2", True),
        ("acme", "", False),
        ("", "anything", True),
    ],
)
def test_made_up_texts(slug: str, text: str, found: bool) -> None:
    assert extract._in_squashed(slug, text) is found
    assert _squashed(slug, text) is found


def test_random_text_of_the_characters_that_matter() -> None:
    rng = random.Random(12)
    alphabet = "abco_- .&\n\u00e9\u0301\u00b2"  # letters, separators, an accent, a combining mark
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        slug = "".join(rng.choice("abco\u00e9\u00b2") for _ in range(rng.randint(1, 4)))
        assert extract._in_squashed(slug, text) == _squashed(slug, text), (slug, text)
