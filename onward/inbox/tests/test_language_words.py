"""The language of a message is told from its words, split with a byte table when the text
is held in Latin-1: the same words as the regex finds, for every character and on the folded
text of every written, tuning and benchmark message, and the same language."""

from __future__ import annotations

import random

from onward.inbox import languages
from onward.inbox.classify import TEXT_LIMIT, fold
from onward.inbox.parsing import parse
from onward.inbox.tests.known_mail import raw_messages


def test_every_latin1_character_splits_as_the_regex_does() -> None:
    for code in range(256):
        for text in (chr(code), f"ab{chr(code)}cd", f"'{chr(code)}' x", f"{chr(code)}{chr(code)}"):
            assert languages._words_of(text) == languages._WORD.findall(text), hex(code)


def test_text_past_latin1_and_made_up_text() -> None:
    rng = random.Random(9)
    alphabet = [chr(code) for code in range(256)] + ["\u2019", "\u0142", "\u4e2d", " ", "'"]
    for _ in range(3_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert languages._words_of(text) == languages._WORD.findall(text), repr(text)


def test_known_mail_splits_and_reads_the_same() -> None:
    heads = []
    for raw in raw_messages(per_shape=200):
        mail = parse(raw)
        heads.append((fold(mail.subject) + " . " + fold(mail.text[:TEXT_LIMIT]))[:400])
    assert [languages._words_of(h) for h in heads] == [languages._WORD.findall(h) for h in heads]
    found = {languages.detect(head) for head in heads}
    assert {"en", "de", "fr", "es"} <= found  # the benchmark's mixed mail holds all four
