"""How well the inbox reads mail: precision and recall per label, and extraction accuracy.

Usage: python scripts/inbox_eval.py [tune|holdout|all] [--verbose] [--json]

The labelled emails live in onward/inbox/devset/<split>/ with their expected label,
company and role in labels.csv. The rules were developed against "tune"; "holdout"
was written before any tuning and is never tuned on.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from onward.inbox.classify import LABELS  # noqa: E402
from onward.inbox.extract import company_key  # noqa: E402
from onward.inbox.parsing import parse  # noqa: E402
from onward.inbox.understand import understand  # noqa: E402

DEVSET = ROOT / "onward" / "inbox" / "devset"


@dataclass
class Row:
    file: str
    expected: str
    got: str
    company: str
    got_company: str
    role: str
    got_role: str


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


def same_role(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(text.lower().replace("(m/w/d)", "").split())

    return norm(a) == norm(b)


def report(rows: list[Row]) -> dict[str, object]:
    figures: dict[str, object] = {"messages": len(rows)}
    per_label = {}
    for label in LABELS:
        tp = sum(1 for r in rows if r.expected == label and r.got == label)
        fp = sum(1 for r in rows if r.expected != label and r.got == label)
        fn = sum(1 for r in rows if r.expected == label and r.got != label)
        per_label[label] = {
            "support": tp + fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        }
    figures["labels"] = per_label
    others = [r for r in rows if r.expected != "rejection"]
    figures["other_called_rejection"] = (
        round(sum(r.got == "rejection" for r in others) / len(others), 3) if others else None
    )
    rejections = [r for r in rows if r.expected == "rejection"]
    figures["company_right_in_rejections"] = (
        round(
            sum(company_key(r.company) == company_key(r.got_company) for r in rejections)
            / len(rejections),
            3,
        )
        if rejections
        else None
    )
    with_company = [r for r in rows if r.company and r.expected != "other"]
    figures["company_right_job_mail"] = (
        round(
            sum(company_key(r.company) == company_key(r.got_company) for r in with_company)
            / len(with_company),
            3,
        )
        if with_company
        else None
    )
    with_role = [r for r in rows if r.expected != "other"]
    figures["role_right_job_mail"] = (
        round(sum(same_role(r.role, r.got_role) for r in with_role) / len(with_role), 3)
        if with_role
        else None
    )
    return figures


def print_table(name: str, figures: dict[str, object]) -> None:
    print(f"\n{name}: {figures['messages']} messages")
    print(f"  {'label':<10} {'support':>7} {'precision':>9} {'recall':>7}")
    labels = figures["labels"]
    assert isinstance(labels, dict)
    for label, row in labels.items():
        p = "-" if row["precision"] is None else f"{row['precision']:.1%}"
        r = "-" if row["recall"] is None else f"{row['recall']:.1%}"
        print(f"  {label:<10} {row['support']:>7} {p:>9} {r:>7}")
    for key, title in (
        ("other_called_rejection", "other mail called a rejection"),
        ("company_right_in_rejections", "company right in rejections"),
        ("company_right_job_mail", "company right in all job mail"),
        ("role_right_job_mail", "role right in all job mail (none = none)"),
    ):
        value = figures[key]
        print(f"  {title:<42} {value:.1%}" if isinstance(value, float) else f"  {title}: -")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", nargs="?", default="all", choices=["tune", "holdout", "all"])
    parser.add_argument("--verbose", action="store_true", help="list every mistake")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    splits = ["tune", "holdout"] if args.split == "all" else [args.split]
    results = {split: evaluate(split) for split in splits}
    if len(splits) > 1:
        results["all"] = [row for split in splits for row in results[split]]
    figures = {name: report(rows) for name, rows in results.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name, rows in results.items():
        print_table(name, figures[name])
        if args.verbose and name != "all":
            for r in rows:
                problems = []
                if r.expected != r.got:
                    problems.append(f"label {r.got} (want {r.expected})")
                if r.expected != "other" and company_key(r.company) != company_key(r.got_company):
                    problems.append(f"company {r.got_company!r} (want {r.company!r})")
                if r.expected != "other" and not same_role(r.role, r.got_role):
                    problems.append(f"role {r.got_role!r} (want {r.role!r})")
                if problems:
                    print(f"    {r.file}: " + "; ".join(problems))


if __name__ == "__main__":
    main()
