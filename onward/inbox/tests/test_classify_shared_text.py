"""classify reads the folded subject and body as one text, and hands the decision reader its
pieces made from the body's sentences, which it split already: the same pieces, and the same
sentence found, as splitting the whole text, on every written, tuning and benchmark message
and on subjects and bodies made to end and begin at a break."""

from __future__ import annotations

import itertools
import random

from onward.inbox import decision
from onward.inbox.classify import TEXT_LIMIT, fold
from onward.inbox.parsing import parse
from onward.inbox.tests.known_mail import raw_messages


def _pieces(subject: str, body: str) -> list[str]:
    return [*(subject + " ").split(". "), *body.split(". ")]  # as classify builds them


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for raw in raw_messages(per_shape=100):
        mail = parse(raw)
        pairs.append((fold(mail.subject), fold(mail.text[:TEXT_LIMIT])))
    ends = ["", ".", ". ", " .", "..", "x.", "a. b", "we will not be moving forward."]
    pairs += list(itertools.product(ends, ends))
    rng = random.Random(3)
    words = ["unfortunately", "we", "will not", "move forward", ".", ". ", "!", "the role"]
    for _ in range(3_000):
        subject, body = (fold(" ".join(rng.choices(words, k=rng.randint(0, 6)))) for _ in "sb")
        pairs.append((subject, body))
    return pairs


def test_the_pieces_are_those_of_the_whole_text() -> None:
    for subject, body in _pairs():
        both = subject + " . " + body
        assert _pieces(subject, body) == both.split(". "), (subject, body[:60])


def test_the_decision_reader_finds_the_same_sentence() -> None:
    said = 0
    for subject, body in _pairs():
        both = subject + " . " + body
        found = decision.says_no_folded(both, _pieces(subject, body))
        assert found == decision.says_no_folded(both) == decision.says_no(both)
        said += found is not None
    assert said > 50


def test_a_subjects_phrases_kept_are_those_searched() -> None:
    from onward.inbox import classify

    subjects = [subject for subject, _ in _pairs()]
    weighed = 0
    for subject in subjects + subjects:  # the second time from what was kept
        searched = [(label, w) for phrase, label, w in classify._SUBJECT if phrase in subject]
        assert list(classify._subject_weights(subject)) == searched
        weighed += bool(searched)
    assert weighed > 100
