"""The word model's words, split with a byte table when the text is held in Latin-1: the
same words as its regex finds, for every character, on made-up text and on the folded text of
every written, tuning and benchmark message."""

from __future__ import annotations

import random

from onward.inbox import model
from onward.inbox.classify import TEXT_LIMIT, fold
from onward.inbox.parsing import parse
from onward.inbox.tests.known_mail import raw_messages


def test_every_latin1_character_splits_as_the_regex_does() -> None:
    for code in range(256):
        c = chr(code)
        for text in (c, c * 2, f"ab{c}cd", f"a{c}b", f"'{c}' x", f"{c}a{c}", f"x {c}{c}{c} y"):
            assert model._words(text) == model._WORD.findall(text), hex(code)


def test_text_past_latin1_and_made_up_text() -> None:
    rng = random.Random(13)
    alphabet = [chr(code) for code in range(256)] + ["\u2019", "\u0142", "\u4e2d", " ", "a"]
    for _ in range(3_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert model._words(text) == model._WORD.findall(text), repr(text)


def test_known_mail_splits_the_same() -> None:
    texts = []
    for raw in raw_messages(per_shape=200):
        mail = parse(raw)
        texts += [fold(mail.subject), *fold(mail.text[:TEXT_LIMIT]).split(". ")]
    assert [model._words(text) for text in texts] == [model._WORD.findall(t) for t in texts]
