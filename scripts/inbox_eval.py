"""How well the inbox reads mail: precision and recall per label, and extraction accuracy.

Usage: python scripts/inbox_eval.py [tune|holdout|all] [--verbose] [--json]

The labelled emails live in onward/inbox/devset/<split>/ with their expected label,
company and role in labels.csv. The rules were developed against "tune"; "holdout"
was written before any tuning and is never tuned on. The measuring itself is
onward.inbox.evaluation; this only reads the command line and prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from onward.inbox.evaluation import SPLITS, evaluate, mistakes, report, table


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("split", nargs="?", default="all", choices=[*SPLITS, "all"])
    parser.add_argument("--verbose", action="store_true", help="list every mistake")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    splits = list(SPLITS) if args.split == "all" else [args.split]
    results = {split: evaluate(split) for split in splits}
    if len(splits) > 1:
        results["all"] = [row for split in splits for row in results[split]]
    figures = {name: report(rows) for name, rows in results.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name, rows in results.items():
        print(table(name, figures[name]))
        if args.verbose and name != "all":
            for row in rows:
                if found := mistakes(row):
                    print(f"    {row.file}: " + "; ".join(found))


if __name__ == "__main__":
    main()
