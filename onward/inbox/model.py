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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "inbox_model.json"
VERSION = 1
TEXT_LIMIT = 3000
_WORD = re.compile(r"[a-zà-ÿ0-9']{2,}")


def _fold(text: str) -> str:
    # str.replace is many times faster than str.translate with a table, on long text.
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").lower()


def features(
    subject: str, text: str, *, no: bool, bulk: bool = False, folded: bool = False
) -> set[str]:
    """What the model reads: words and word pairs of the subject and the first of the text,
    and two signals the rules see better: a sentence that says no (decision.says_no), and a
    mailing-list header. `folded`: the text is already classify.fold()ed, and cut."""
    subject = _fold(subject)
    body = text if folded else _fold(text[:TEXT_LIMIT])
    found: set[str] = set()
    words = _WORD.findall(subject)
    found.update("s:" + w for w in words)
    found.update(f"s:{a} {b}" for a, b in itertools.pairwise(words))
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


# A template's sentences come back in every message it sends (its legal footer several times
# in one): each sentence's words and pairs are kept for the next time, up to a bound.
@lru_cache(maxsize=1024)
def _sentence_features(sentence: str) -> tuple[frozenset[str], str, str]:
    """The words and word pairs of a sentence, its first word and its last ("" if none)."""
    words = _WORD.findall(sentence)
    if not words:
        return frozenset(), "", ""
    return frozenset([*words, *map(" ".join, itertools.pairwise(words))]), words[0], words[-1]


@dataclass(frozen=True, slots=True)
class Model:
    labels: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, list[float]]
    temperature: float
    fingerprint: str = ""

    def read(self, found: set[str]) -> tuple[float, dict[str, float]]:
        """How much of the message the model knows (little, for a language it was hardly
        trained on, and then its opinion is worth little), and its probability per label."""
        weights = self.weights
        # Every row is a non-empty list, so filter(None, ...) keeps exactly the known ones.
        known = [*filter(None, map(weights.get, found))]
        share = len(known) / len(found) if found else 0.0
        # Features are binary and each message's vector has unit length, as in training.
        scale = 1 / math.sqrt(len(known)) if known else 0.0
        sums = [sum(column) for column in zip(*known, strict=True)] if known else []
        logits = [
            (b + scale * (sums[i] if sums else 0.0)) / self.temperature
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
