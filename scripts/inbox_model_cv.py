"""Measure the inbox's statistical model where it cannot flatter itself: on mail it never saw.

Usage: python scripts/inbox_model_cv.py [--readers words,embed,both] [--full words,both] [--cost]

Only the tuning parts (onward/inbox/corpus/*/tune.jsonl) and the written devset's "tune"
split are read; never a held-out part. Two measures:

- leave one source out: train on every other real source's tuning part and the devset, test on
  this source's tuning part (a new person's inbox, new senders' templates and paraphrases);
- grouped 5-fold: the real tuning messages in five folds by the corpus's split group (the
  company, or the message when it names none; scripts/build_inbox_corpus.py), so one
  company's template is never on both sides; the devset is always on the training side.

Four readers, each trained anew per fold, and calibrated per fold (a temperature fitted on
five folds inside the training side, as scripts/train_inbox_model.py does):
  words    the shipped word model's features (words, word pairs, says-no, bulk);
  embed    static sentence embeddings (scripts/inbox_embedding.py): mean and max of sentences;
  both     the two feature sets side by side in one logistic regression;
  +rules   the full classifier (onward.inbox.classify) with that fold's model as its second
           opinion, for words and for both (the rules were tuned on these parts: only the
           difference between the two rows means anything there).
Figures: rejection recall, other mail called a rejection, accuracy, and recall per label.
--cost: the embedder's load time, memory and microseconds per message.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import time
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import inbox_embedding as embedding
import numpy as np
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold
from sklearn.preprocessing import normalize
from train_inbox_model import MIN_COUNT, C, read, temperature, tuning_mail

from onward.inbox import classify as rules
from onward.inbox import model as word_model
from onward.inbox.classify import LABELS, fold
from onward.inbox.extract import company_key
from onward.inbox.parsing import Mail, parse


@dataclass
class Item:
    source: str
    group: str
    label: str
    mail: Mail
    words: set[str]
    sentences: list[str]
    vectors: np.ndarray | None = None  # each sentence's, as the embedder keeps them


def sentences_of(mail: Mail) -> list[str]:
    """What the embedder reads: the subject, then the text's sentences, as classify folds them."""
    subject = fold(mail.subject)
    return [subject, *fold(mail.text[: rules.TEXT_LIMIT]).split(". ")]


def items() -> list[Item]:
    """The model's training mail, each message in its group: its source's company (or the
    message alone, when it names none); the written set is one group."""
    found: list[Item] = []
    for tuning in tuning_mail():
        if tuning.source == "devset":
            group = "devset"
        else:
            key = company_key(tuning.company) if tuning.company else ""
            group = f"{tuning.source}:{key or tuning.name}"
        mail = tuning.mail
        found.append(Item(tuning.source, group, tuning.label, mail, read(mail), sentences_of(mail)))
    return found


# --- the readers: features for a training side, then probabilities for a test side ----------


class Reader:
    """One kind of model: fit on some items, then probabilities (in LABELS order) for others."""

    def __init__(self, kind: str, vectors: np.ndarray, data: list[Item]) -> None:
        self.kind = kind
        self.vectors = vectors  # every item's embedding, by index
        self.data = data

    def centroid_features(self, index: Sequence[int], fit: bool) -> np.ndarray:
        """Per label, how close the message's closest sentence and its mean come to that
        label's centroid (the training side's messages' mean vectors, averaged): ten numbers,
        standardised on the training side."""
        means = self.vectors[list(index), : embedding.DIMENSION]
        if fit:
            labels = np.array([self.data[i].label for i in index])
            centroids = np.stack([means[labels == label].mean(axis=0) for label in LABELS])
            self.centroids = centroids / np.linalg.norm(centroids, axis=1, keepdims=True)
        rows = []
        for i, mean in zip(index, means, strict=True):
            sentences = self.data[i].vectors
            closest = (sentences @ self.centroids.T).max(axis=0) if len(sentences) else np.zeros(5)
            rows.append(np.concatenate([closest, self.centroids @ mean]))
        out = np.array(rows)
        if fit:
            self.centre, self.spread = out.mean(axis=0), out.std(axis=0) + 1e-6
        return (out - self.centre) / self.spread / np.sqrt(out.shape[1])

    def matrix(self, index: Sequence[int], words: list[set[str]], fit: bool) -> Any:
        parts = []
        if self.kind in ("words", "both", "both-half", "words+centroid"):
            if fit:
                counts: dict[str, int] = {}
                for x in words:
                    for f in x:
                        counts[f] = counts.get(f, 0) + 1
                kept = [{f: 1 for f in x if counts[f] >= MIN_COUNT} for x in words]
                self.vectorizer = DictVectorizer(sort=True)
                parts.append(normalize(self.vectorizer.fit_transform(kept)))
            else:
                parts.append(
                    normalize(self.vectorizer.transform([dict.fromkeys(x, 1) for x in words]))
                )
        if self.kind in ("embed", "both"):
            parts.append(sparse.csr_matrix(self.vectors[list(index)]))
        if self.kind == "both-half":  # the embedding given half the say of the words
            parts.append(sparse.csr_matrix(0.5 * self.vectors[list(index)]))
        if self.kind == "words+centroid":
            parts.append(sparse.csr_matrix(self.centroid_features(index, fit)))
        return sparse.hstack(parts).tocsr()

    def fit(self, index: Sequence[int], words: list[set[str]], labels: list[str]) -> None:
        self.model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        self.model.fit(self.matrix(index, words, fit=True), labels)

    def logits(self, index: Sequence[int], words: list[set[str]]) -> np.ndarray:
        scores = self.model.decision_function(self.matrix(index, words, fit=False))
        order = [list(self.model.classes_).index(label) for label in LABELS]
        return scores[:, order]

    def known(self, words: set[str]) -> float:
        """The share of a message's features the model knows (classify.KNOWN gates on it); the
        embedding reads every message, so it knows all of one."""
        if self.kind == "embed":
            return 1.0
        vocabulary = self.vectorizer.vocabulary_
        return sum(f in vocabulary for f in words) / len(words) if words else 0.0


def softmax(scores: np.ndarray, t: float) -> np.ndarray:
    z = scores / t
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def calibrated(kind: str, vectors: np.ndarray, data: list[Item], train: list[int]) -> tuple:
    """A reader fitted on `train`, and its temperature from five folds inside `train`."""
    labels = [data[i].label for i in train]
    out = np.zeros((len(train), len(LABELS)))
    for inner_train, inner_test in StratifiedKFold(5, shuffle=True, random_state=0).split(
        train, labels
    ):
        reader = Reader(kind, vectors, data)
        a = [train[i] for i in inner_train]
        b = [train[i] for i in inner_test]
        reader.fit(a, [data[i].words for i in a], [data[i].label for i in a])
        out[inner_test] = reader.logits(b, [data[i].words for i in b])
    t = temperature(out, [LABELS.index(y) for y in labels])
    reader = Reader(kind, vectors, data)
    reader.fit(train, [data[i].words for i in train], labels)
    return reader, t


# --- the full classifier with a fold's model inside ----------------------------------------


class Stub:
    """Stands in for word_model.Model inside classify(): the fold's answer for one message."""

    known = 0.0
    p: dict[str, float] = {}

    def read_text(self, *args: object, **kwargs: object) -> tuple[float, dict[str, float]]:
        return self.known, self.p


@contextmanager
def model_replaced(stub: Stub):
    original = word_model.load
    word_model.load = lambda *a, **k: stub  # type: ignore[assignment]
    try:
        yield
    finally:
        word_model.load = original


GATE = 0.9  # the word model's top probability under which the embedding is read


def inside_rules(data: list[Item], test: list[int], p: np.ndarray, known: list[float]) -> list[str]:
    """classify()'s label for each test item, with the fold's probabilities as its model's."""
    stub = Stub()
    labels = []
    with model_replaced(stub):
        for k, i in enumerate(test):
            stub.known = known[k]
            stub.p = dict(zip(LABELS, map(float, p[k]), strict=True))
            labels.append(rules.classify(data[i].mail).label)
    return labels


# --- figures --------------------------------------------------------------------------------


def figures(truth: list[str], got: list[str]) -> dict[str, float]:
    rejections = [g for t, g in zip(truth, got, strict=True) if t == "rejection"]
    others = [g for t, g in zip(truth, got, strict=True) if t != "rejection"]
    out = {
        "n": len(truth),
        "rej": len(rejections),
        "recall": sum(g == "rejection" for g in rejections),
        "o2r": sum(g == "rejection" for g in others),
        "others": len(others),
        "right": sum(t == g for t, g in zip(truth, got, strict=True)),
    }
    for label in LABELS:
        pairs = [(t, g) for t, g in zip(truth, got, strict=True) if t == label]
        out[f"{label}_n"] = len(pairs)
        out[f"{label}_ok"] = sum(t == g for t, g in pairs)
    return out


def row(name: str, f: dict[str, float]) -> str:
    per_label = " ".join(
        f"{f[label + '_ok']}/{f[label + '_n']}" for label in LABELS if f[label + "_n"]
    )
    return (
        f"| {name} | {f['recall']}/{f['rej']} ({f['recall'] / max(f['rej'], 1):.1%}) "
        f"| {f['o2r']}/{f['others']} ({f['o2r'] / max(f['others'], 1):.1%}) "
        f"| {f['right'] / f['n']:.1%} | {per_label} |"
    )


def run(
    data: list[Item],
    vectors: np.ndarray,
    splits: list[tuple[str, list[int], list[int]]],
    kinds: list[str],
    full: list[str],
) -> dict[str, dict[str, list[str]]]:
    """Per reader, per split name, the label given to each test item (in the split's order)."""
    got: dict[str, dict[str, list[str]]] = {k: {} for k in kinds}
    got |= {f"rules+{k}": {} for k in full}
    gate = "words" in full and "both" in full
    if gate:
        got[f"rules+gated {GATE}"] = {}
    for name, train, test in splits:
        answers: dict[str, tuple[np.ndarray, list[float]]] = {}
        for kind in kinds:
            reader, t = calibrated(kind, vectors, data, train)
            p = softmax(reader.logits(test, [data[i].words for i in test]), t)
            got[kind][name] = [LABELS[int(np.argmax(row))] for row in p]
            answers[kind] = (p, [reader.known(data[i].words) for i in test])
        for kind in full:
            got[f"rules+{kind}"][name] = inside_rules(data, test, *answers[kind])
        if gate:
            # The embedding read only when the word model is unsure: its opinion then stands
            # for the word model's (what shipping it behind the word model would do).
            words, both = answers["words"][0], answers["both"][0]
            unsure = words.max(axis=1) < GATE
            p = np.where(unsure[:, None], both, words)
            got[f"rules+gated {GATE}"][name] = inside_rules(data, test, p, answers["words"][1])
        print(f"  {name} done", file=sys.stderr, flush=True)
    return got


def report(title: str, data: list[Item], splits, got, by_split: bool) -> None:
    print(f"\n#### {title}\n")
    tested = {data[i].label for _, _, test in splits for i in test}  # (no offer in the real parts)
    print(
        "| reader | rejections found | other called rejection | accuracy | right per label ("
        + ", ".join(label for label in LABELS if label in tested)
        + ") |"
    )
    print("|---|---|---|---|---|")
    for kind, answers in got.items():
        truth = [data[i].label for _, _, test in splits for i in test]
        flat = [g for name, _, _ in splits for g in answers[name]]
        print(row(kind, figures(truth, flat)))
    if by_split:
        print("\nRejections found / other called rejection, per source left out:\n")
        print("| source | " + " | ".join(got) + " |")
        print("|---|" + "---|" * len(got))
        for name, _, test in splits:
            truth = [data[i].label for i in test]
            cells = []
            for kind in got:
                f = figures(truth, got[kind][name])
                cells.append(f"{f['recall']}/{f['rej']}, {f['o2r']}/{f['others']}")
            print(f"| {name} | " + " | ".join(cells) + " |")


def loso(data: list[Item]) -> list[tuple[str, list[int], list[int]]]:
    splits = []
    for source in sorted({d.source for d in data} - {"devset"}):
        test = [i for i, d in enumerate(data) if d.source == source]
        train = [i for i, d in enumerate(data) if d.source != source]
        splits.append((source, train, test))
    return splits


def grouped(data: list[Item]) -> list[tuple[str, list[int], list[int]]]:
    real = [i for i, d in enumerate(data) if d.source != "devset"]
    devset = [i for i, d in enumerate(data) if d.source == "devset"]
    # Groups shuffled by a hash of their name, so the folds do not follow file order.
    names = {d.group: hashlib.sha256(d.group.encode()).hexdigest() for d in data}
    groups = [names[data[i].group] for i in real]
    splits = []
    for k, (train, test) in enumerate(GroupKFold(5).split(real, groups=groups)):
        splits.append((f"fold {k + 1}", devset + [real[i] for i in train], [real[i] for i in test]))
    return splits


def cost(data: list[Item], embedder: embedding.Embedder) -> None:
    import random

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from mail_import import message  # bench/: the speed benchmark's ATS-shaped mail

    rng = random.Random(42)
    ats = [parse(message(rng, n, "ats")) for n in range(500)]

    print()
    for name, mails in (
        ("tuning parts", [d.mail for d in data]),
        ("bench ats mail", ats),
    ):
        sentences = [sentences_of(m) for m in mails]
        start = time.perf_counter()
        for s in sentences:
            embedder.message(s)
        spent = time.perf_counter() - start
        start = time.perf_counter()
        for m in mails:
            rules.classify(m)
        reading = time.perf_counter() - start
        each, whole = 1e6 * spent / len(mails), 1e6 * reading / len(mails)
        print(
            f"- {name} ({len(mails)} messages): {each:.0f} µs a message to embed; "
            f"classify() as it is, for comparison: {whole:.0f} µs"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--readers",
        default="words,embed,both",
        help="which readers (words, embed, both, both-half, words+centroid)",
    )
    parser.add_argument(
        "--full", default="words,both", help="which readers also go inside the rules"
    )
    parser.add_argument("--cost", action="store_true", help="also time the embedder")
    args = parser.parse_args()
    memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    embedder = embedding.load()
    loading = time.perf_counter() - start
    memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - memory
    if embedder is None:
        sys.exit("wordllama is not installed: pip install wordllama")
    data = items()
    vectors = np.stack([embedder.message(d.sentences) for d in data])
    for d in data:
        kept = [s for s in dict.fromkeys(d.sentences) if len(s) >= embedding.MIN_CHARACTERS]
        d.vectors = embedder.sentences(kept[: embedding.MAX_SENTENCES])
    print(
        f"{len(data)} messages ({sum(d.source != 'devset' for d in data)} real, tuning parts only)"
    )
    for title, splits, by_split in (
        ("Leave one source out", loso(data), True),
        ("Grouped 5-fold (by company)", grouped(data), False),
    ):
        kinds = [k for k in args.readers.split(",") if k]
        full = [k for k in args.full.split(",") if k in kinds]
        if not kinds:  # --readers "": the cost alone
            break
        got = run(data, vectors, splits, kinds, full)
        report(title, data, splits, got, by_split)
    if args.cost:
        print("\n#### Cost")
        print(
            f"\n- loading the embedder: {loading:.2f} s, {memory / 1024:.0f} MB more memory at peak"
        )
        cost(data, embedder)


if __name__ == "__main__":
    main()
