"""The word model gathers a repeated sentence's features once: reading a message so gives
what reading its whole feature set gives, on every written, tuning and benchmark message (the
benchmark's templates repeat their footers) and on bodies made of sentences repeated, empty
and without words, in every order."""

from __future__ import annotations

import random

from onward.inbox import model as word_model
from onward.inbox.classify import TEXT_LIMIT, fold
from onward.inbox.parsing import parse
from onward.inbox.tests.known_mail import raw_messages

MODEL = word_model.load()


def _same(subject: str, body: str, bulk: bool) -> bool:
    assert MODEL is not None
    found = word_model.features(subject, body, no=True, bulk=bulk, folded=True)
    return MODEL.read_text(subject, body, no=True, bulk=bulk, folded=True) == MODEL.read(found)


def test_known_mail_reads_as_its_whole_feature_set() -> None:
    repeated = 0
    for raw in raw_messages(per_shape=150):
        mail = parse(raw)
        body = fold(mail.text[:TEXT_LIMIT])
        sentences = body.split(". ")
        repeated += len(set(sentences)) < len(sentences)
        assert _same(mail.subject, body, mail.bulk), mail.key
    assert repeated > 50  # the case this reading changed is there


def test_made_up_bodies_with_repeats() -> None:
    sentences = [
        "unfortunately we will not move forward",
        "thank you for applying",
        "",
        "...",
        "you",
        "we wish you the best",
        "thank you for applying",
    ]
    rng = random.Random(21)
    for _ in range(2_000):
        body = ". ".join(rng.choices(sentences, k=rng.randint(0, 8)))
        assert _same(rng.choice(["", "Your application", "Re: update"]), body, rng.random() < 0.2)
