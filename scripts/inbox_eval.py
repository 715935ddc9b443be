"""How well the inbox reads mail: real mail first, then our own written set.

Usage: python scripts/inbox_eval.py [--part heldout|tune] [--verbose] [--json]

For each public source of real job-search mail (onward/inbox/corpus/<source>/), its
held-out part (nothing is fitted to it) unless --part tune; then our written development
set (onward/inbox/devset/, tune and holdout), a regression set. Per label: precision,
recall and the share read as a rejection; the share of all other mail called a rejection;
company and role accuracy; and a confusion matrix. The measuring itself is
onward.inbox.evaluation; this only reads the command line and prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from onward.inbox import corpus
from onward.inbox.evaluation import (
    SPLITS,
    confusion,
    evaluate,
    evaluate_real,
    mistakes,
    report,
    table,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--part", default="heldout", choices=corpus.PARTS)
    parser.add_argument("--verbose", action="store_true", help="list every mistake")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = {f"real/{s}/{args.part}": evaluate_real(s, args.part) for s in corpus.sources()}
    for split in SPLITS:
        results[f"written/{split}"] = evaluate(split)
    figures = {name: report(rows) for name, rows in results.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name, rows in results.items():
        print(table(name, figures[name]))
        print(confusion(rows))
        if args.verbose:
            for row in rows:
                if found := mistakes(row):
                    print(f"    {row.file}: " + "; ".join(found))


if __name__ == "__main__":
    main()
