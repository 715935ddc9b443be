"""lowering.lower is str.lower, and lowering.lower_words is `" ".join(text.lower().split())`:
character by character over Latin-1 and past it, and on the text of every written, tuning and
benchmark message."""

from __future__ import annotations

import random

from onward.inbox.lowering import lower, lower_words
from onward.inbox.parsing import parse
from onward.inbox.tests.known_mail import raw_messages


def test_every_latin1_character_lowers_as_str_lower_does() -> None:
    for code in range(256):
        character = chr(code)
        assert lower(character) == character.lower(), hex(code)
        # in company: with ASCII around it, and with another Latin-1 character beside it
        assert lower(f"A{character}Z\u00c9") == f"A{character}Z\u00c9".lower(), hex(code)


def test_text_past_latin1_takes_the_general_way() -> None:
    # A final sigma reads its neighbours; "İ" lowers to two characters; an emoji has no case.
    greek = "\u039f\u0394\u039f\u03a3 \u03ba\u03b1\u03b9"  # capital sigma, then a word
    for text in (
        greek,
        "\u0130STANBUL \u00e9",
        "Acme \u2019s Caf\u00e9 \U0001f600",
        "\u2019",
        "",
        "A",
    ):
        assert lower(text) == text.lower()


def test_random_latin1_and_mixed_text() -> None:
    rng = random.Random(11)
    alphabet = [chr(code) for code in range(256)] + ["\u2019", "\u03a3", "\u0130", "\u00df"]
    for _ in range(3_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert lower(text) == text.lower(), repr(text)


def test_known_mail_lowers_the_same() -> None:
    texts = []
    for raw in raw_messages(per_shape=200):
        mail = parse(raw)
        texts += [mail.text[:3000], mail.subject, mail.sender_name, mail.quoted[:1000]]
    assert sum(not text.isascii() for text in texts) > 100  # the slow path is exercised
    assert [lower(text) for text in texts] == [text.lower() for text in texts]


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def test_every_latin1_character_folds_as_lower_and_split_do() -> None:
    for code in range(256):
        character = chr(code)
        for text in (
            character,
            f"A{character}Z",
            f" {character}{character} ",
            f"Ab{character}\u00c9 x",
        ):
            assert lower_words(text) == _words(text), hex(code)
    # the white space bytes.split() alone would not split at
    assert lower_words("a\x1cb\x85C\xa0d\x1f") == "a b c d"


def test_random_text_folds_the_same() -> None:
    rng = random.Random(12)
    alphabet = [chr(code) for code in range(256)] + ["\u2019", "\u2028", "\u3000", "\u03a3"]
    alphabet += [" ", "\n", "\t"] * 20
    for _ in range(3_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert lower_words(text) == _words(text), repr(text)


def test_known_mail_folds_the_same() -> None:
    texts = []
    for raw in raw_messages(per_shape=200):
        mail = parse(raw)
        texts += [mail.text[:3000], mail.subject, mail.quoted[:1000]]
    assert [lower_words(text) for text in texts] == [_words(text) for text in texts]
