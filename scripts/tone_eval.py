"""How well the tone check does on our own labelled notes: precision and recall per code.

Usage: python scripts/tone_eval.py [tune|holdout|all] [--verbose] [--json]

The notes live in onward/notes/tests/tone_set.jsonl, each labelled with the codes
expected. The rules were tuned on "tune"; "holdout" was written before any tuning
and never tuned on. These are notes we wrote, a regression set, not real people's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from onward.notes.tone.evaluate import (  # noqa: E402
    SPLITS,
    as_json,
    as_table,
    describe_mistakes,
    load,
    reports_for,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("split", nargs="?", default="all", choices=[*SPLITS, "all"])
    parser.add_argument("--verbose", action="store_true", help="list every note it got wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    splits = list(SPLITS) if args.split == "all" else [args.split]
    reports = reports_for(splits, load())
    if args.json:
        print(json.dumps(as_json(reports), indent=2))
        return
    print(as_table(reports))
    if args.verbose:
        for split in splits:
            mistakes = describe_mistakes(reports[split])
            print(f"\n{split}: {len(mistakes)} note(s) not exactly right")
            for line in mistakes:
                print(f"  {line}")


if __name__ == "__main__":
    main()
