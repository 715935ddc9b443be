"""Instructions one request costs in the web process, counted by callgrind: unlike CPU time,
the count does not move with other work on the machine, so a change worth a few per cent
can be judged on a busy or noisy one.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/request_instructions.py [--pages health,today] [--repeat 100]

Needs valgrind (apt install valgrind). It first runs bench/request_cpu.py once for 20
requests (which migrates the scratch database and builds the heavy account if it is not
there), then, for each page, runs the production WSGI app in one process under callgrind
twice: 80 requests, then 80 + `--repeat`. The difference of the two totals, divided by
`--repeat`, is one request's instructions, start-up and warm-up taken out. Each run takes
a few minutes (callgrind runs Python about fifty times slower).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import callgrind

ROOT = Path(__file__).resolve().parent
# Run under callgrind: the heavy account (bench/request_cpu.py's) signed in, N requests.
CHILD = """
import os, sys
sys.path[:0] = [{root!r}, {bench!r}]
os.environ.update(DJANGO_SETTINGS_MODULE="onward.settings", ONWARD_LOG_LEVEL="ERROR",
                  ONWARD_DB_CONN_MAX_AGE="60")
import django
django.setup()
import request_cpu
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from onward.core.production import application, keep_out_of_collections
client = Client()
client.force_login(User.objects.get(username=request_cpu.EMAIL))
cookie = "sessionid=" + client.cookies["sessionid"].value + "; " + request_cpu.BROWSERS_CSRF_COOKIE
connection.close()
app = application()
# As `onward serve --production` does before forking its workers: without it, each full
# collection would walk start-up's objects, which in the server it never does.
keep_out_of_collections()
def ask(path):
    body = app(request_cpu._environ(path, cookie), lambda *a: (lambda data: None))
    for _ in body:
        pass
    body.close()
for _ in range(int(sys.argv[2])):
    ask(sys.argv[1])
"""
PATHS = {"health": "/health/", "today": "/today/", "settings": "/settings/"}


def instructions(path: str, requests: int, folder: Path) -> int:
    script = folder / "child.py"
    script.write_text(CHILD.format(root=str(ROOT.parent), bench=str(ROOT)))
    return callgrind.instructions(
        [sys.executable, str(script), path, str(requests)], folder / "callgrind.out"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="health,today", help="comma-separated: health,today")
    parser.add_argument("--repeat", type=int, default=100, help="requests between the runs")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt install valgrind)")
    subprocess.run(
        [sys.executable, str(ROOT / "request_cpu.py"), "--repeat", "20", "--pages", "health"],
        check=True,
        capture_output=True,
    )
    print(f"{'page':<10}{'instructions per request':>26}", flush=True)
    with tempfile.TemporaryDirectory(prefix="onward-instructions-") as name:
        folder = Path(name)
        os.environ["ONWARD_DATA_DIR"] = name
        for page in [p.strip() for p in args.pages.split(",") if p.strip()]:
            path = PATHS[page]
            few = instructions(path, 80, folder)
            many = instructions(path, 80 + args.repeat, folder)
            per = (many - few) / args.repeat
            print(f"{page:<10}{per / 1e6:>24.2f} M", flush=True)


if __name__ == "__main__":
    main()
