"""Every message the speed passes hold their new code to the old on: the written set, the
real sources' tuning parts (never the held-out ones) and the benchmark's made-up mail."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from onward.inbox import corpus
from onward.inbox.evaluation import DEVSET

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
import mail_import


def raw_messages(per_shape: int) -> list[bytes]:
    """Each message's bytes; `per_shape` benchmark messages of each shape, fixed seed."""
    raws = [path.read_bytes() for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        lines = (corpus.FOLDER / source / "tune.jsonl").read_text(encoding="utf-8").splitlines()
        raws += [corpus.as_bytes(json.loads(line)) for line in lines]
    rng = random.Random(7)
    raws += [
        mail_import.message(rng, n, shape) for n in range(per_shape) for shape in ("ats", "mixed")
    ]
    return raws
