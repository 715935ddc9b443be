"""Does a posting fit a watch? Pure functions, so the rules read as plainly as they test.

- Keywords: comma-separated phrases; a title fits when every word of one phrase
  starts a word of the title ("data analyst" fits "Senior Data Analysts, Growth").
  No keywords: every title fits.
- Places: comma-separated; a posting fits when its location mentions one of them,
  or it is remote and the watch takes remote roles. A posting whose location is
  unknown fits too: better one extra alert than a missed opening.
  No places and no remote: anywhere fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9+#]+")


def terms(text: str) -> list[str]:
    return [" ".join(t.split()) for t in re.split(r"[,;\n]", text or "") if t.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@dataclass(frozen=True)
class Filters:
    keywords: Sequence[str] = ()
    locations: Sequence[str] = ()
    remote: bool = False

    @classmethod
    def of(cls, keywords: str, locations: str, remote: bool) -> Filters:
        return cls(tuple(terms(keywords)), tuple(terms(locations)), remote)

    def title_fits(self, title: str) -> bool:
        if not self.keywords:
            return True
        title_words = words(title)
        for phrase in self.keywords:
            wanted = words(phrase)
            if wanted and all(any(w.startswith(k) for w in title_words) for k in wanted):
                return True
        return False

    def place_fits(self, location: str, remote: bool) -> bool:
        if not self.locations and not self.remote:
            return True
        if remote and self.remote:
            return True
        if not location.strip():
            return True
        place = location.lower()
        return any(term.lower() in place for term in self.locations)

    def fits(self, title: str, location: str, remote: bool) -> bool:
        return self.title_fits(title) and self.place_fits(location, remote)

    def describe(self) -> str:
        """ "data analyst, analytics · in London or remote" for lists and the CLI."""
        what = ", ".join(self.keywords) if self.keywords else "any role"
        places = list(self.locations) + (["remote"] if self.remote else [])
        if not places:
            return f"{what} · anywhere"
        if len(places) == 1 and places[0] == "remote":
            return f"{what} · remote"
        return f"{what} · in {' or '.join(places)}"
