"""How long the HTML reader takes on the security review's hostile inputs.

Usage: python bench/hostile_html.py [--repeat N]

The review (2026-11-30) measured the regular expressions this reader replaced at 14 to
59 s of CPU for each of these; a normal email's HTML takes well under a millisecond.
Prints the best CPU time of N runs (default 5) per input, in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")

INPUTS = {
    "'<!--' * 32768 (128 KB)": "<!--" * 32768,
    "'<script>' * 16384": "<script>" * 16384,
    "'<style ' * 18000": "<style " * 18000,
    "'<td' * 40000": "<td" * 40000,
    "a normal email": "<html><body><p>Dear Alex,</p><p>Thank you for your time. "
    "We decided not to move forward.</p><p>Best,<br>Priya</p></body></html>",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from onward.inbox.htmltext import html_text

    for name, markup in INPUTS.items():
        best = float("inf")
        for _ in range(args.repeat):
            started = time.process_time()
            html_text(markup)
            best = min(best, time.process_time() - started)
        print(f"{name:<28} {len(markup):>7,} chars  {best * 1000:8.2f} ms")


if __name__ == "__main__":
    main()
