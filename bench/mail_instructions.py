"""Instructions one message costs `import-mail --dry-run --json`, counted by callgrind: unlike
CPU time, the count does not move with other work on the machine, so a change worth a few
per cent can be judged on a busy one.

    python bench/mail_instructions.py [--shape ats|mixed] [--warm 100] [--count 300]
        [--code DIR] [--tuning | --parse]

Needs valgrind (apt install valgrind). It writes an mbox of `--warm` + `--count` messages
(bench/mail_import.py's, fixed seed), then runs the command's own loop (split the mbox,
`parse`, `understand`, one JSON line) in one process under callgrind twice: over the first
`--warm` messages, then over all of them. The difference of the two totals, divided by
`--count`, is one message's instructions, with the start-up and the first messages (which
fill the per-process caches) taken out. `--code DIR` reads with another checkout's code,
such as `main`'s exported with `git archive main | tar -x -C DIR`. Each run takes a minute
or two (callgrind runs Python about fifty times slower).

`--tuning` counts reading alone (`understand`) on real mail that repeats little: every real
source's tuning messages are parsed in both runs and read in the second; the difference,
divided by their number, is one reading's instructions (the first reading of each, caches
cold).

`--parse` counts the reading's first half alone: splitting the mbox and `parse` (no Django,
no `understand`), the part `onward/inbox/reading.py`, `mime.py`, `parsing.py` and
`htmltext.py` do.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import callgrind  # noqa: E402
from mail_import import write_mbox  # noqa: E402

# Run under callgrind: the first N messages of the mbox, read as `import-mail` reads them.
CHILD = """
import itertools, json, os, sys
sys.path.insert(0, {code!r})
os.environ.update(DJANGO_SETTINGS_MODULE="onward.settings", ONWARD_LOG_LEVEL="ERROR")
import django
django.setup()
from pathlib import Path
from onward.inbox.parsing import parse
from onward.inbox.reading import sources
from onward.inbox.understand import as_json, understand
with open(os.devnull, "w") as out:
    for raw in itertools.islice(sources(Path(sys.argv[1])), int(sys.argv[2])):
        mail = parse(raw.data, truncated=raw.truncated)
        out.write(json.dumps(as_json(mail, understand(mail)), ensure_ascii=False) + "\\n")
"""


# Run under callgrind: the first N messages of the mbox split and parsed, nothing more.
PARSE_CHILD = """
import itertools, sys
sys.path.insert(0, {code!r})
from pathlib import Path
from onward.inbox.parsing import parse
from onward.inbox.reading import sources
for raw in itertools.islice(sources(Path(sys.argv[1])), int(sys.argv[2])):
    parse(raw.data, truncated=raw.truncated)
"""


# Run under callgrind: every real source's tuning messages parsed, and read when argv[1] is 1
# (the held-out parts are never opened here).
TUNING_CHILD = """
import os, sys
sys.path.insert(0, {code!r})
os.environ.update(DJANGO_SETTINGS_MODULE="onward.settings", ONWARD_LOG_LEVEL="ERROR")
import django
django.setup()
from onward.inbox import corpus
from onward.inbox.understand import understand
mails = [e.mail for s in corpus.sources() for e in corpus.examples(s, "tune")]
if sys.argv[1] == "1":
    for mail in mails:
        understand(mail)
print(len(mails))
"""


def instructions(code: Path, mbox: Path, messages: int, folder: Path, child: str = CHILD) -> int:
    script = folder / "child.py"
    script.write_text(child.format(code=str(code)))
    return callgrind.instructions(
        [sys.executable, str(script), str(mbox), str(messages)],
        folder / f"callgrind.{messages}.out",
        cwd=code,
        env=dict(os.environ, PYTHONHASHSEED="0", ONWARD_DATA_DIR=str(folder)),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", choices=("ats", "mixed"), default="ats")
    parser.add_argument("--warm", type=int, default=100, help="messages read before counting")
    parser.add_argument("--count", type=int, default=300, help="messages counted")
    parser.add_argument("--code", type=Path, default=BENCH.parent, help="whose code reads")
    parser.add_argument("--keep", type=Path, help="keep callgrind's output in this folder")
    parser.add_argument(
        "--tuning",
        action="store_true",
        help="instead: reading alone (understand), over the real sources' tuning messages",
    )
    parser.add_argument(
        "--parse", action="store_true", help="instead: splitting the mbox and parse() alone"
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt install valgrind)")
    with tempfile.TemporaryDirectory(prefix="onward-mail-instructions-") as name:
        folder = args.keep or Path(name)
        folder.mkdir(parents=True, exist_ok=True)
        if args.tuning:
            code = args.code.resolve()
            parsed = instructions(code, Path("0"), 0, folder, TUNING_CHILD)
            read = instructions(code, Path("1"), 1, folder, TUNING_CHILD)
            corpus = code / "onward" / "inbox" / "corpus"
            parts = [p / "tune.jsonl" for p in corpus.iterdir() if (p / "heldout.jsonl").exists()]
            count = sum(len(part.read_bytes().splitlines()) for part in parts)
            per = (read - parsed) / count
            print(f"tuning: {per / 1e6:.2f} M instructions a message read ({count} messages)")
            return
        mbox = folder / "bench.mbox"
        write_mbox(mbox, args.warm + args.count, shape=args.shape)
        child = PARSE_CHILD if args.parse else CHILD
        few = instructions(args.code.resolve(), mbox, args.warm, folder, child)
        many = instructions(args.code.resolve(), mbox, args.warm + args.count, folder, child)
        per = (many - few) / args.count
        print(
            f"{args.shape}{' (split and parse only)' if args.parse else ''}: "
            f"{per / 1e6:.2f} M instructions a message ({args.count} after {args.warm})"
        )


if __name__ == "__main__":
    main()
