"""What a card PDF costs: in the app (a warm process) and from `onward card` (a cold one).

    .venv/bin/python bench/card.py [--rounds 5]

In the app: every theme and format is drawn once to warm up (fonts, WeasyPrint's import),
then `--rounds` times each; it prints the median wall and CPU seconds per card. From the
command line: `onward card` runs `--rounds` times in a fresh process. CPU time is printed
beside wall time because on a shared machine the wall clock also counts other people's work.
Issue 13's targets: 0.15 s in the app, 1 s from the command line.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MESSAGE = (
    "Thank you so much for the time you gave me last week. I really enjoyed hearing about "
    "the dashboards and the move to dbt.\n\nI hope our paths cross again. All the best."
)


def in_the_app(rounds: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")
    import django

    django.setup()
    from onward.notes.cards import FORMATS, THEMES, render_card

    for theme in THEMES:
        for fmt in FORMATS:
            render_card(theme, fmt, "Priya Raman", MESSAGE, "Alice Lee")
    print(f"{'card':<26} {'wall s':>8} {'cpu s':>8}")
    for theme in THEMES:
        for fmt in FORMATS:
            walls, cpus = [], []
            for _ in range(rounds):
                wall, cpu = time.perf_counter(), time.process_time()
                render_card(theme, fmt, "Priya Raman", MESSAGE, "Alice Lee")
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            name = f"{theme} {fmt}"
            print(f"{name:<26} {statistics.median(walls):8.3f} {statistics.median(cpus):8.3f}")


def from_the_command_line(rounds: int) -> None:
    onward = Path(sys.executable).with_name("onward")
    with tempfile.TemporaryDirectory() as folder:
        message = Path(folder) / "note.txt"
        message.write_text(MESSAGE)
        walls, cpus = [], []
        for _ in range(rounds):
            command = [str(onward), "card", "--theme", "potpourri", "--format", "a2-folded"]
            command += ["--to", "Priya Raman", "--message-file", str(message)]
            command += ["--output", str(Path(folder) / "card.pdf")]
            before = os.times()
            wall = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
            walls.append(time.perf_counter() - wall)
            after = os.times()
            cpus.append(
                after.children_user
                - before.children_user
                + after.children_system
                - before.children_system
            )
    print(
        f"{'onward card (a new process)':<26} {statistics.median(walls):8.3f} "
        f"{statistics.median(cpus):8.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    in_the_app(rounds)
    from_the_command_line(rounds)


if __name__ == "__main__":
    main()
