"""How well the inbox reads mail: on real mail from public sources, and on our own.

Real mail lives in corpus/<source>/{tune,heldout}.jsonl; the measure is each source's
held-out part, which nothing is fitted to. Our written emails live in devset/<split>/ with
their expected label, company and role in labels.csv: a regression set, since the rules were
written next to it. `scripts/inbox_eval.py` prints these figures, and the test suite holds
the inbox to targets on them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from . import corpus
from .classify import LABELS
from .names import same_company
from .parsing import parse
from .understand import understand

DEVSET = Path(__file__).resolve().parent / "devset"
SPLITS = ("tune", "holdout")


@dataclass
class Row:
    file: str
    expected: str
    got: str
    company: str
    got_company: str
    role: str | None  # None: not labelled
    got_role: str


class LabelFigures(TypedDict):
    support: int
    precision: float | None  # None: nothing was given this label
    recall: float | None  # None: no message has this label
    called_rejection: float | None  # of this label's messages, the share read as a rejection


class Figures(TypedDict):
    """In the order they are printed (and written as JSON)."""

    messages: int
    labels: dict[str, LabelFigures]
    other_called_rejection: float | None
    company_right_in_rejections: float | None
    company_right_job_mail: float | None
    role_right_job_mail: float | None


def evaluate(split: str) -> list[Row]:
    rows = []
    folder = DEVSET / split
    with (folder / "labels.csv").open(newline="") as handle:
        for item in csv.DictReader(handle):
            mail = parse((folder / item["file"]).read_bytes())
            reading = understand(mail)
            rows.append(
                Row(
                    f"{split}/{item['file']}",
                    item["label"],
                    reading.label,
                    item["company"],
                    reading.company or "",
                    item["role"],
                    reading.role or "",
                )
            )
    return rows


def evaluate_real(source: str, part: str = "heldout") -> list[Row]:
    rows = []
    for example in corpus.examples(source, part):
        reading = understand(example.mail)
        rows.append(
            Row(
                example.id,
                example.label,
                reading.label,
                example.company,
                reading.company or "",
                example.role,
                reading.role or "",
            )
        )
    return rows


def confusion(rows: list[Row]) -> str:
    """Rows: the label it has; columns: the label the inbox gave."""
    short = {label: label[:9] for label in LABELS}
    lines = ["  " + " " * 10 + " ".join(f"{short[g]:>9}" for g in LABELS)]
    for want in LABELS:
        counts = [sum(1 for r in rows if r.expected == want and r.got == g) for g in LABELS]
        if any(counts):
            lines.append(f"  {want:<10}" + " ".join(f"{c:>9}" for c in counts))
    return "\n".join(lines)


def _company_right(row: Row) -> bool:
    """Named as the app would match it to the application (matching.same_company); a
    message that names no company is right to give none."""
    if not row.company:
        return not row.got_company
    return same_company(row.company, row.got_company)


def same_role(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(text.lower().replace("(m/w/d)", "").split())

    return norm(a) == norm(b)


def _share(right: int, total: int) -> float | None:
    return round(right / total, 3) if total else None


def report(rows: list[Row]) -> Figures:
    per_label: dict[str, LabelFigures] = {}
    for label in LABELS:
        tp = sum(1 for r in rows if r.expected == label and r.got == label)
        fp = sum(1 for r in rows if r.expected != label and r.got == label)
        fn = sum(1 for r in rows if r.expected == label and r.got != label)
        per_label[label] = {
            "support": tp + fn,
            "precision": _share(tp, tp + fp),
            "recall": _share(tp, tp + fn),
            "called_rejection": None
            if label == "rejection"
            else _share(sum(r.got == "rejection" for r in rows if r.expected == label), tp + fn),
        }
    others = [r for r in rows if r.expected != "rejection"]
    rejections = [r for r in rows if r.expected == "rejection"]
    with_company = [r for r in rows if r.company and r.expected != "other"]
    with_role = [r for r in rows if r.expected != "other" and r.role is not None]

    def company_right(among: list[Row]) -> float | None:
        right = sum(_company_right(r) for r in among)
        return _share(right, len(among))

    return {
        "messages": len(rows),
        "labels": per_label,
        "other_called_rejection": _share(sum(r.got == "rejection" for r in others), len(others)),
        "company_right_in_rejections": company_right(rejections),
        "company_right_job_mail": company_right(with_company),
        "role_right_job_mail": _share(
            sum(same_role(r.role or "", r.got_role) for r in with_role), len(with_role)
        ),
    }


def table(name: str, figures: Figures) -> str:
    """The figures as the lines of a plain-text table, starting with a blank line."""
    lines = [
        "",
        f"{name}: {figures['messages']} messages",
        f"  {'label':<10} {'support':>7} {'precision':>9} {'recall':>7} {'called rejection':>16}",
    ]

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.1%}"

    for label, row in figures["labels"].items():
        p, r, f = pct(row["precision"]), pct(row["recall"]), pct(row["called_rejection"])
        lines.append(f"  {label:<10} {row['support']:>7} {p:>9} {r:>7} {f:>16}")
    for value, title in (
        (figures["other_called_rejection"], "other mail called a rejection"),
        (figures["company_right_in_rejections"], "company right in rejections"),
        (figures["company_right_job_mail"], "company right in all job mail"),
        (figures["role_right_job_mail"], "role right in all job mail (none = none)"),
    ):
        lines.append(f"  {title:<42} {value:.1%}" if value is not None else f"  {title}: -")
    return "\n".join(lines)


def mistakes(row: Row) -> list[str]:
    """What the inbox got wrong about one message (nothing: it read it right)."""
    found = []
    if row.expected != row.got:
        found.append(f"label {row.got} (want {row.expected})")
    if row.expected != "other" and not _company_right(row):
        found.append(f"company {row.got_company!r} (want {row.company!r})")
    if row.expected != "other" and row.role is not None and not same_role(row.role, row.got_role):
        found.append(f"role {row.got_role!r} (want {row.role!r})")
    return found
