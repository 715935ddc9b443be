"""Rebuild onward/inbox/inbox_model.json: the inbox's linear model over words.

Usage: python scripts/train_inbox_model.py [--check]

Trains on the tuning part of every real source in onward/inbox/corpus/ and the "tune" split of
the written development set, never on a held-out part. scikit-learn (a development
dependency) fits a multinomial logistic regression over binary word and word-pair features,
each message's vector scaled to unit length; a temperature is then fitted on five held-back
folds so the probabilities are calibrated. The run is deterministic: the same data gives the
same file. --check prints the cross-validated figures without writing.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import normalize

from onward.inbox import corpus
from onward.inbox.classify import LABELS, fold
from onward.inbox.decision import says_no
from onward.inbox.evaluation import DEVSET
from onward.inbox.model import (
    MODEL_FILE,
    TEXT_LIMIT,
    VERSION,
    features,
    training_fingerprint,
)
from onward.inbox.parsing import Mail, parse

C = 4.0
MIN_COUNT = 2  # a feature seen in one message only is that message, not a pattern


def read(mail: Mail) -> set[str]:
    text = mail.text[:TEXT_LIMIT]
    no = says_no(fold(mail.subject) + " . " + fold(text)) is not None
    return features(mail.subject, text, no=no, bulk=mail.bulk)


@dataclass(frozen=True)
class Tuning:
    """One message the model may be fitted to, from a real source's tuning part or the
    written set's ("devset"), with the name it has there (its id, or its file)."""

    source: str
    name: str
    company: str
    label: str
    mail: Mail


def tuning_mail() -> Iterator[Tuning]:
    """Every message the model is trained on, and nothing held out."""
    for source in corpus.sources():
        for example in corpus.examples(source, "tune"):
            yield Tuning(source, example.id, example.company, example.label, example.mail)
    with (DEVSET / "tune" / "labels.csv").open(newline="") as handle:
        for item in csv.DictReader(handle):
            mail = parse((DEVSET / "tune" / item["file"]).read_bytes())
            yield Tuning("devset", item["file"], "", item["label"], mail)


def training_data() -> tuple[list[set[str]], list[str]]:
    xs: list[set[str]] = []
    ys: list[str] = []
    for tuning in tuning_mail():
        xs.append(read(tuning.mail))
        ys.append(tuning.label)
    return xs, ys


def fit(xs: list[set[str]], ys: list[str]) -> tuple[DictVectorizer, LogisticRegression]:
    counts: dict[str, int] = {}
    for x in xs:
        for f in x:
            counts[f] = counts.get(f, 0) + 1
    keep = [{f: 1 for f in x if counts[f] >= MIN_COUNT} for x in xs]
    vectorizer = DictVectorizer(sort=True)
    matrix = normalize(vectorizer.fit_transform(keep))
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(matrix, ys)
    return vectorizer, model


def logits(vectorizer: DictVectorizer, model: LogisticRegression, xs: list[set[str]]):
    matrix = normalize(vectorizer.transform([{f: 1 for f in x} for x in xs]))
    return model.decision_function(matrix)


def temperature(scores: np.ndarray, truth: list[int]) -> float:
    """The temperature that makes held-back predictions least surprised."""
    best, best_loss = 1.0, math.inf
    for t in np.arange(0.3, 5.01, 0.05):
        z = scores / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = -logp[np.arange(len(truth)), truth].mean()
        if loss < best_loss:
            best, best_loss = float(round(t, 2)), loss
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, don't write")
    args = parser.parse_args()
    xs, ys = training_data()
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    out_of_fold: list[tuple[int, np.ndarray, list[str]]] = []
    for train, test in folds.split(xs, ys):
        vectorizer, model = fit([xs[i] for i in train], [ys[i] for i in train])
        scores = logits(vectorizer, model, [xs[i] for i in test])
        for row, i in enumerate(test):
            out_of_fold.append((i, scores[row], list(model.classes_)))
    classes = sorted(set(ys))
    scores = np.array([s for _, s, c in out_of_fold if c == classes])
    truth = [classes.index(ys[i]) for i, _, c in out_of_fold if c == classes]
    t = temperature(scores, truth)
    right = sum(int(np.argmax(s)) == y for s, y in zip(scores, truth, strict=True))
    print(f"{len(xs)} messages; cross-validated accuracy {right / len(truth):.1%}; temperature {t}")
    if args.check:
        return
    vectorizer, model = fit(xs, ys)
    names = vectorizer.get_feature_names_out()
    order = [list(model.classes_).index(label) for label in LABELS if label in model.classes_]
    weights = {
        str(name): [round(float(model.coef_[k][j]), 4) for k in order]
        for j, name in enumerate(names)
        if any(abs(model.coef_[k][j]) >= 1e-4 for k in order)
    }
    data = {
        "version": VERSION,
        "trained_on": "corpus/*/tune.jsonl + devset/tune",
        "messages": len(xs),
        "fingerprint": training_fingerprint(),
        "labels": [label for label in LABELS if label in model.classes_],
        "intercept": [round(float(model.intercept_[k]), 4) for k in order],
        "temperature": t,
        "weights": weights,
    }
    MODEL_FILE.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {MODEL_FILE.name}: {len(weights)} features, {MODEL_FILE.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
