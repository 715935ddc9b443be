"""The word model reads a message from its sentences' features looked up once per process,
and sums its weights as packed integers: it gives what reading the message's whole feature
set gives, on every tuning and written message, and the sums are the float sums (to the last
few bits, which the float sums themselves change with the order a set is read in)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from onward.inbox import corpus
from onward.inbox import model as word_model
from onward.inbox.classify import TEXT_LIMIT, fold
from onward.inbox.evaluation import DEVSET
from onward.inbox.parsing import Mail, parse

MODEL = word_model.load()


def _mails() -> list[Mail]:
    mails = [parse(path.read_bytes()) for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        mails += [example.mail for example in corpus.examples(source, "tune")]
    return mails


@pytest.fixture(scope="module")
def mails() -> list[Mail]:
    return _mails()


def test_reading_by_sentence_is_reading_the_whole_feature_set(mails: list[Mail]) -> None:
    assert MODEL is not None and MODEL.packed is not None
    for mail in mails:
        body = fold(mail.text[:TEXT_LIMIT])
        for no in (False, True):
            found = word_model.features(mail.subject, body, no=no, bulk=mail.bulk, folded=True)
            by_sentence = MODEL.read_text(mail.subject, body, no=no, bulk=mail.bulk, folded=True)
            assert by_sentence == MODEL.read(found), mail.key


def test_packed_sums_are_the_float_sums(mails: list[Mail]) -> None:
    assert MODEL is not None
    floats = dataclasses.replace(MODEL, packed=None)
    for mail in mails:
        found = word_model.features(mail.subject, mail.text, no=False, bulk=mail.bulk)
        share, packed = MODEL.read(found)
        float_share, summed = floats.read(found)
        assert share == float_share
        assert packed == pytest.approx(summed, rel=1e-12, abs=1e-15), mail.key


def test_a_model_with_weights_finer_than_four_decimals_sums_floats(tmp_path: Path) -> None:
    data = json.loads(word_model.MODEL_FILE.read_text(encoding="utf-8"))
    data["weights"]["unfortunately"] = [0.123456, 0.0, 0.0, 0.0, 0.0]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    finer = word_model.load(path)
    assert finer is not None and finer.packed is None
    share, p = finer.read_text("Update", "unfortunately we will not move forward", no=True)
    found = word_model.features("Update", "unfortunately we will not move forward", no=True)
    assert (share, p) == finer.read(found)
    assert share > 0
