"""Instructions a command executes, counted by valgrind's callgrind: the measure the bench
scripts use where CPU time moves too much with the machine's other work
(request_instructions.py, mail_instructions.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any


def instructions(command: list[str], out: Path, **run: Any) -> int:
    """The total callgrind collected running `command` (its output file: `out`); `run` is
    passed to subprocess.run (cwd, env)."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
        capture_output=True,
        text=True,
        check=True,
        **run,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        sys.exit(f"callgrind said no total:\n{done.stderr[-2000:]}")
    return int(found.group(1))
