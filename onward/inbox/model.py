"""A small linear model over words, read in pure Python: a second opinion for the rules.

Trained at development time (scripts/train_inbox_model.py, scikit-learn's logistic
regression) on the tuning parts of the real corpus and the written development set only,
and shipped as `inbox_model.json`: the weight of each word and word pair for each label, an
intercept, and a temperature fitted on held-back folds so that its probabilities mean what
they say. Nothing is downloaded; loading takes a few milliseconds, and reading a message is a
dictionary look-up per word.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import math
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from .lowering import latin1, lower

MODEL_FILE = Path(__file__).resolve().parent / "inbox_model.json"
VERSION = 1
TEXT_LIMIT = 3000
_WORD = re.compile(r"[a-zà-ÿ0-9']{2,}")
# _WORD's characters of Latin-1 kept, every other byte made a space: its words are then the
# runs of two characters or more, split in C (tests/test_model_words.py checks every
# character). Text past Latin-1 takes the regex.
_WORD_BYTES = bytes(code if _WORD.match(chr(code) * 2) else 32 for code in range(256))


def _words(text: str) -> list[str]:
    """`_WORD.findall(text)`."""
    data = latin1(text)
    if data is None:
        return _WORD.findall(text)
    return [word for word in data.translate(_WORD_BYTES).decode("latin-1").split() if word[1:]]


def _fold(text: str) -> str:
    # str.replace is many times faster than str.translate with a table, on long text.
    return lower(text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " "))


def features(
    subject: str, text: str, *, no: bool, bulk: bool = False, folded: bool = False
) -> set[str]:
    """What the model reads: words and word pairs of the subject and the first of the text,
    and two signals the rules see better: a sentence that says no (decision.says_no), and a
    mailing-list header. `folded`: the text is already classify.fold()ed, and cut."""
    body = text if folded else _fold(text[:TEXT_LIMIT])
    found = _subject_features(_fold(subject))
    # The words and pairs of the body, sentence by sentence: a word never holds ". ", so
    # the body's words are its sentences' words in turn, and its pairs are theirs plus one
    # across each break (the last word before it, the first after).
    last = ""
    for sentence in body.split(". "):
        words_and_pairs, first, final = _sentence_features(sentence)
        if first:
            found.update(words_and_pairs)
            if last:
                found.add(f"{last} {first}")
            last = final
    if no:
        found.add("__says_no__")
    if bulk:
        found.add("__bulk__")
    return found


def _subject_features(subject: str) -> set[str]:
    """The words and word pairs of a (folded) subject, marked as the subject's."""
    words = _words(subject)
    found = {"s:" + w for w in words}
    found.update(f"s:{a} {b}" for a, b in itertools.pairwise(words))
    return found


def _words_and_pairs(sentence: str) -> tuple[frozenset[str], str, str]:
    """The words and word pairs of a sentence, its first word and its last ("" if none)."""
    words = _words(sentence)
    if not words:
        return frozenset(), "", ""
    return frozenset([*words, *map(" ".join, itertools.pairwise(words))]), words[0], words[-1]


# A template's sentences come back in every message it sends (its legal footer several times
# in one): each sentence's words and pairs are kept for the next time, up to a bound.
# (Model.read_text keeps its own, by rows.)
_sentence_features = lru_cache(maxsize=1024)(_words_and_pairs)


# The weights are written with four decimals (scripts/train_inbox_model.py), so in units of
# 1/10,000 each is an integer, and a message's sums are integer sums, exact in any order (the
# float sums they replace depended on the order a set of strings is iterated in, which
# changes from process to process). A feature's five integers are packed into one Python int,
# each in its own 64-bit lane and raised by _BIAS so that no lane goes negative: adding
# packed ints adds every lane at once (no lane can carry into the next before 2**43
# features), and a message's sums are one `sum()`.
_SCALE = 10_000
_LANE = 64
_BIAS = 1 << 20  # above any weight: 5.97 * 10,000 < 2**16
_MASK = (1 << _LANE) - 1
_SENTENCES_KEPT = 4096
_SUBJECTS_KEPT = 1024


def _packed(weights: dict[str, list[float]]) -> list[int] | None:
    """Each feature's weights as one int, in the order of `weights`; None if a weight is not
    a number of ten-thousandths (a model file written otherwise): then floats are summed.
    Built with C loops (map, struct, int.from_bytes): it runs when the model loads, on the
    first message read, for 8,000 features."""
    rows = list(weights.values())
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        return None
    flat = list(itertools.chain.from_iterable(rows))
    scale = float(_SCALE)
    units = list(map(round, map(scale.__mul__, flat)))
    if list(map(scale.__rtruediv__, units)) != flat or max(map(abs, units), default=0) >= _BIAS:
        return None
    lanes = struct.pack(f"<{len(units)}Q", *map(_BIAS.__add__, units))
    size = 8 * width  # bytes a feature's lanes take
    return [int.from_bytes(lanes[at : at + size], "little") for at in range(0, len(lanes), size)]


@dataclass(frozen=True, slots=True)
class Model:
    labels: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, list[float]]
    temperature: float
    fingerprint: str = ""
    packed: list[int] | None = None  # _packed(weights), by row
    rows: dict[str, int] = field(default_factory=dict)  # each feature's row in `packed`
    # Per sentence: its known features' rows, its unknown features, its first and last word
    # (Model._split, kept for the sentences read most lately: a template's sentences come back
    # message after message). Set by __post_init__.
    split: Callable[[str], tuple[tuple[int, ...], tuple[str, ...], str, str]] = field(
        init=False, repr=False, compare=False
    )

    # Per subject (as the message has it): its features' rows and its unknown features, kept
    # likewise (an applicant-tracking system's subjects come back: "Your application to Acme").
    subject_split: Callable[[str], tuple[tuple[int, ...], tuple[str, ...]]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "split", lru_cache(maxsize=_SENTENCES_KEPT)(self._split))
        subject_split = lru_cache(maxsize=_SUBJECTS_KEPT)(self._subject_split)
        object.__setattr__(self, "subject_split", subject_split)

    def read(self, found: set[str]) -> tuple[float, dict[str, float]]:
        """How much of the message the model knows (little, for a language it was hardly
        trained on, and then its opinion is worth little), and its probability per label."""
        if self.packed is None:
            # Every row is a non-empty list, so filter(None, ...) keeps exactly the known ones.
            known = [*filter(None, map(self.weights.get, found))]
            sums = [sum(column) for column in zip(*known, strict=True)] if known else []
            return self._opinion(len(known), len(found), sums)
        rows = self.rows
        known_rows = {rows[feature] for feature in found if feature in rows}
        return self._opinion(len(known_rows), len(found), self._sums(known_rows))

    def read_text(
        self,
        subject: str,
        text: str,
        *,
        no: bool,
        bulk: bool = False,
        folded: bool = False,
        sentences: list[str] | None = None,
    ) -> tuple[float, dict[str, float]]:
        """`read(features(subject, text, ...))`, with each sentence's features looked up once
        per process: the features of a message are the union of its sentences' (and a few
        more: the subject's, the pairs across sentence breaks), so its known ones are the union
        of its sentences' known ones, and so for the unknown ones. The rows are the union of
        small ints and the sums one `sum()` over them: looking up 240 strings a message in a
        dict of 8,000, and reading their five floats, cost more in cache misses than in work.
        `sentences`: the folded text split at ". " already (classify splits it once)."""
        if self.packed is None:
            return self.read(features(subject, text, no=no, bulk=bulk, folded=folded))
        body = text if folded else _fold(text[:TEXT_LIMIT])
        subject_rows, subject_unknown = self.subject_split(subject)
        extra: set[str] = set()  # the pairs across sentence breaks, and the two signals
        last = ""
        if sentences is None:
            sentences = body.split(". ")
        # A sentence a message repeats (a template's legal footer) is looked up, and its
        # features gathered, once: the union is the same (a third fewer to gather on the
        # benchmark's applicant-tracking mail). A sentence without words has no features.
        unique = dict.fromkeys(sentences)
        split = dict(zip(unique, map(self.split, unique), strict=True))
        for sentence in sentences:
            _, _, first, final = split[sentence]
            if first:
                if last:
                    extra.add(f"{last} {first}")
                last = final
        if no:
            extra.add("__says_no__")
        if bulk:
            extra.add("__bulk__")
        known_rows = set(subject_rows).union(*map(itemgetter(0), split.values()))
        unknown_features = set(subject_unknown).union(*map(itemgetter(1), split.values()))
        rows = self.rows
        known_extra = rows.keys() & extra  # (in C, as in _split)
        known_rows.update(map(rows.__getitem__, known_extra))
        unknown_features |= extra - known_extra
        size = len(known_rows) + len(unknown_features)
        return self._opinion(len(known_rows), size, self._sums(known_rows))

    def _split(self, sentence: str) -> tuple[tuple[int, ...], tuple[str, ...], str, str]:
        # Tuples, not sets: a tenth of the memory kept per sentence, and the union is the same.
        words_and_pairs, first, final = _words_and_pairs(sentence)
        rows = self.rows
        found = rows.keys() & words_and_pairs  # (in C: each feature looked up once)
        return tuple(map(rows.__getitem__, found)), tuple(words_and_pairs - found), first, final

    def _subject_split(self, subject: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
        found = _subject_features(_fold(subject))
        rows = self.rows
        known = rows.keys() & found
        return tuple(map(rows.__getitem__, known)), tuple(found - known)

    def _sums(self, known_rows: set[int]) -> list[float]:
        packed = self.packed or []  # only called when there is one
        total, count = sum(map(packed.__getitem__, known_rows)), len(known_rows)
        return [
            (((total >> (_LANE * i)) & _MASK) - count * _BIAS) / _SCALE
            for i in range(len(self.labels))
        ]

    def _opinion(self, count: int, size: int, sums: list[float]) -> tuple[float, dict[str, float]]:
        share = count / size if size else 0.0
        # Features are binary and each message's vector has unit length, as in training.
        scale = 1 / math.sqrt(count) if count else 0.0
        logits = [
            (b + scale * (sums[i] if count else 0.0)) / self.temperature
            for i, b in enumerate(self.intercept)
        ]
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        return share, {label: e / total for label, e in zip(self.labels, exp, strict=True)}

    def probabilities(self, found: set[str]) -> dict[str, float]:
        return self.read(found)[1]


@lru_cache(maxsize=1)
def load(path: Path = MODEL_FILE) -> Model | None:
    """The shipped model, or None when there is none (the rules then read alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if data.get("version") != VERSION:
        return None
    return Model(
        tuple(data["labels"]),
        tuple(data["intercept"]),
        data["weights"],
        float(data["temperature"]),
        data.get("fingerprint", ""),
        _packed(data["weights"]),
        {name: row for row, name in enumerate(data["weights"])},
    )


def training_fingerprint() -> str:
    """A digest of which messages the model may be trained on: every real source's tuning
    part and the written "tune" split. A test compares it with the shipped file's, so a model
    fitted to anything else (a held-out message, an old split) cannot ship unnoticed."""
    from . import corpus  # the corpus reads mail; only training and tests need it
    from .evaluation import DEVSET

    digest = hashlib.sha256()
    for source in corpus.sources():
        digest.update((corpus.FOLDER / source / "tune.jsonl").read_bytes())
    with (DEVSET / "tune" / "labels.csv").open(newline="") as handle:
        for item in csv.DictReader(handle):
            digest.update((DEVSET / "tune" / item["file"]).read_bytes())
            digest.update(item["label"].encode())
    return digest.hexdigest()
