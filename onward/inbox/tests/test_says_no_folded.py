"""The decision reader reads folded text piece by piece (split at ". "), each piece once per
process: it finds the sentence the whole text's reading finds, on every tuning and written
message and on folded text made of breaks, bullets and decisions in every order."""

from __future__ import annotations

import random

from onward.inbox import corpus, decision
from onward.inbox.classify import TEXT_LIMIT, fold
from onward.inbox.evaluation import DEVSET
from onward.inbox.parsing import parse


def _texts() -> list[str]:
    mails = [parse(path.read_bytes()) for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        mails += [example.mail for example in corpus.examples(source, "tune")]
    return [fold(mail.subject) + " . " + fold(mail.text[:TEXT_LIMIT]) for mail in mails]


def test_every_message_reads_the_same_piece_by_piece() -> None:
    texts = _texts()
    differ = [t[:80] for t in texts if decision.says_no_folded(t) != decision.says_no(t)]
    assert differ == []
    assert sum(decision.says_no(t) is not None for t in texts) > 50


def test_folded_text_made_to_trip_the_breaks() -> None:
    pieces = [
        "unfortunately we will not be moving forward with your application",
        "we have decided to pursue other candidates",
        "thank you for applying",
        "the position has been filled",
        ".",
        "!",
        "?",
        "•",
        "|",
        "·",
        "",
        "if you do not hear from us we will not be moving forward",
    ]
    rng = random.Random(7)
    for _ in range(5_000):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 8))]
        text = fold(rng.choice([" ", ". ", "! ", " . "]).join(words))
        for candidate in (text, " . " + text, text + " . "):
            assert decision.says_no_folded(candidate) == decision.says_no(candidate), candidate
