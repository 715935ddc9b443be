"""The weighted phrases are looked for sentence by sentence, each sentence once per process:
a message's phrases are the ones a pass over its whole text finds, on every tuning and
written message and on texts whose breaks sit beside a phrase."""

from __future__ import annotations

from onward.inbox import corpus
from onward.inbox.classify import _BODY, TEXT_LIMIT, fold
from onward.inbox.evaluation import DEVSET
from onward.inbox.parsing import parse


def _bodies() -> list[str]:
    mails = [parse(path.read_bytes()) for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        mails += [example.mail for example in corpus.examples(source, "tune")]
    return [fold(mail.text[:TEXT_LIMIT]) for mail in mails]


def test_the_sentences_phrases_are_the_texts_phrases() -> None:
    bodies = _bodies()
    bodies += [
        "unfortunately. we have decided. . to move forward with other candidates",
        "thank you for applying.. we regret. ",
        ". . .",
        "",
    ]
    differ = [b[:80] for b in bodies if _BODY.found_in_sentences(b.split(". ")) != _BODY.found(b)]
    assert differ == []
    assert any(_BODY.found(body) for body in bodies)
    assert _BODY.in_sentence.cache_info().hits > 0
