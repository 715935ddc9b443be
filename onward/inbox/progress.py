"""A progress bar for a terminal: one line, redrawn at most ten times a second."""

from __future__ import annotations

import time
from typing import TextIO

WIDTH = 28


class Progress:
    def __init__(self, out: TextIO, total: int, *, enabled: bool) -> None:
        self.out = out
        self.total = max(total, 1)
        self.done = 0
        self.count = 0
        self.enabled = enabled
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.shown = False

    def advance(self, amount: int) -> None:
        self.done += amount
        self.count += 1
        if self.enabled and time.monotonic() - self.drawn_at >= 0.1:
            self.draw()

    def draw(self) -> None:
        share = min(self.done / self.total, 1.0)
        filled = int(share * WIDTH)
        rate = self.count / max(time.monotonic() - self.started, 1e-6)
        bar = "█" * filled + "░" * (WIDTH - filled)
        self.out.write(f"\r{bar} {share:4.0%}  {self.count:,} messages  {rate:,.0f}/s ")
        self.out.flush()
        self.drawn_at = time.monotonic()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.out.write("\r" + " " * (WIDTH + 40) + "\r")
            self.shown = False

    def line(self, text: str) -> None:
        """Print a line above the bar."""
        self.clear()
        self.out.write(text + "\n")

    def finish(self) -> None:
        if self.enabled:
            self.done = self.total
            self.draw()
            self.out.write("\n")
            self.out.flush()
