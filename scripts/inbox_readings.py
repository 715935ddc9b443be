"""Snapshot every reading the inbox gives, to prove a speed change changes no answer.

Usage:
    python scripts/inbox_readings.py dump FILE.json     # with the code as it is now
    python scripts/inbox_readings.py compare BEFORE.json AFTER.json

`dump` reads every message of the written development set, of every real source's tune
and held-out parts, and 1,500 messages of each benchmark shape (bench/mail_import.py, fixed
seed), and writes, keyed by message: the reading (label, confidence, company, role) as
`import-mail` gives it and with the company read for "other" mail too, and a hash of the
parsed message (subject, sender, text, quoted history, links...). No text is written.
`compare` prints how many readings and parsed messages differ, and exits 1 if a reading
does; for a held-out message only its key is printed, never what it says.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
BENCH_MESSAGES = 1500


def dump(path: Path) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")
    import django

    django.setup()
    import mail_import

    from onward.inbox import corpus
    from onward.inbox.evaluation import DEVSET, SPLITS
    from onward.inbox.parsing import Mail, parse
    from onward.inbox.understand import understand

    readings: dict[str, list[object]] = {}

    def record(key: str, mail: Mail) -> None:
        everything = understand(mail, extract_other=True)
        imported = understand(mail)
        readings[key] = [
            *(everything.label, everything.confidence, everything.company, everything.role),
            *(imported.label, imported.confidence, imported.company, imported.role),
            hashlib.sha1(repr(mail).encode()).hexdigest()[:12],
        ]

    for split in SPLITS:
        for file in sorted((DEVSET / split).iterdir()):
            if file.suffix != ".csv":
                record(f"devset/{split}/{file.name}", parse(file.read_bytes()))
    for source in corpus.sources():
        for part in corpus.PARTS:
            for example in corpus.examples(source, part):
                record(f"corpus/{source}/{part}/{example.id}", example.mail)
    for shape in ("ats", "mixed"):
        rng = random.Random(7)
        for number in range(BENCH_MESSAGES):
            record(f"bench/{shape}/{number}", parse(mail_import.message(rng, number, shape)))
    path.write_text(json.dumps(readings, indent=0), encoding="utf-8")
    print(f"{len(readings)} readings written to {path}")
    return 0


def compare(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    if before.keys() != after.keys():
        print("The two snapshots are not of the same messages.")
        return 1
    changed = [key for key in before if before[key][:8] != after[key][:8]]
    parsed = [key for key in before if before[key][8:] != after[key][8:]]
    print(
        f"{len(before)} messages: {len(changed)} readings differ, "
        f"{len(parsed)} parsed messages differ"
    )
    for key in changed[:30]:
        if "/heldout/" in key:
            print(f"  {key} (held out: not shown)")
        else:
            print(f"  {key}: {before[key][:8]} -> {after[key][:8]}")
    return 1 if changed else 0


def main() -> None:
    match sys.argv[1:]:
        case ["dump", path]:
            sys.exit(dump(Path(path)))
        case ["compare", before, after]:
            sys.exit(compare(Path(before), Path(after)))
        case _:
            sys.exit(__doc__)


if __name__ == "__main__":
    main()
