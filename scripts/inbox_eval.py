"""How well the inbox reads mail: real mail first, then our own written set.

Usage: python scripts/inbox_eval.py [--part heldout|tune] [--verbose] [--json]

For each public source of real job-search mail (onward/inbox/corpus/<source>/), its
held-out part (nothing is fitted to it) unless --part tune, grouped by the language of the
mail (English, German, French, Spanish, Dutch: a source with two languages is printed once
per language, and a language found in several sources once more, pooled); then our written
development set (onward/inbox/devset/, tune and holdout), a regression set. Per label: precision,
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
    Row,
    confusion,
    evaluate,
    evaluate_real,
    mistakes,
    report,
    table,
)

LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "nl": "Dutch"}


def by_language(part: str) -> dict[str, list[Row]]:
    """Each source's rows, split by the language of the mail; then each language pooled."""
    pooled: dict[str, list[Row]] = {lang: [] for lang in LANGUAGE_NAMES}
    found: dict[str, list[Row]] = {}
    sources: dict[str, int] = dict.fromkeys(LANGUAGE_NAMES, 0)
    for source in corpus.sources():
        rows = evaluate_real(source, part)
        languages = corpus.languages(source, part)
        for lang in LANGUAGE_NAMES:
            mine = [row for row, lg in zip(rows, languages, strict=True) if lg == lang]
            if mine:
                found[f"real/{source}/{part} [{LANGUAGE_NAMES[lang]}]"] = mine
                pooled[lang] += mine
                sources[lang] += 1
    ordered: dict[str, list[Row]] = {}
    for lang, name in LANGUAGE_NAMES.items():
        ordered |= {key: rows for key, rows in found.items() if key.endswith(f"[{name}]")}
        if sources[lang] > 1:
            ordered[f"real/all sources/{part} [{name}]"] = pooled[lang]
        if sources[lang] == 0:
            ordered[f"real/{part} [{name}]: no public source found"] = []
    return ordered


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--part", default="heldout", choices=corpus.PARTS)
    parser.add_argument("--verbose", action="store_true", help="list every mistake")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = by_language(args.part)
    for split in SPLITS:
        results[f"written/{split}"] = evaluate(split)
    figures = {name: report(rows) for name, rows in results.items() if rows}
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name, rows in results.items():
        if not rows:
            print(f"\n{name}")
            continue
        print(table(name, figures[name]))
        print(confusion(rows))
        if args.verbose:
            for row in rows:
                if found := mistakes(row):
                    print(f"    {row.file}: " + "; ".join(found))


if __name__ == "__main__":
    main()
