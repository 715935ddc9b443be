"""The job-board sources Onward reads, one module per vendor, and the one place
that turns a careers URL into (vendor, board name)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

from .ashby import Ashby
from .base import Found, Page, Source, SourceError, valid_token
from .feed import Feed
from .greenhouse import Greenhouse
from .lever import Lever
from .smartrecruiters import SmartRecruiters
from .workable import Workable

__all__ = ["SOURCES", "Found", "Page", "Recognised", "Source", "SourceError", "recognise"]

SOURCES: dict[str, Source] = {
    source.vendor: source
    for source in (Greenhouse(), Lever(), Ashby(), SmartRecruiters(), Workable(), Feed())
}
# The feed source recognises any feed-looking URL, so it is asked last.
_ORDER = ["greenhouse", "lever", "ashby", "smartrecruiters", "workable", "feed"]


@dataclass(frozen=True)
class Recognised:
    vendor: str
    token: str

    @property
    def source(self) -> Source:
        return SOURCES[self.vendor]

    @property
    def label(self) -> str:
        return self.source.label

    @property
    def careers_url(self) -> str:
        return self.source.careers_url(self.token)


def _split(url: str) -> tuple[str, SplitResult]:
    url = url.strip()
    if "://" not in url:
        url = f"https://{url}"
    return url, urlsplit(url)


def recognise(url: str, vendor: str | None = None) -> Recognised | None:
    """The board behind a careers URL, or None when Onward can't tell.

    With `vendor`, the user has said which kind of board it is: a bare board
    name ("acme") is then enough, and any URL is taken as a feed for "feed".
    """
    raw, parts = _split(url)
    if vendor:
        source = SOURCES.get(vendor)
        if source is None:
            return None
        if vendor == "feed":
            return Recognised("feed", raw) if parts.scheme in {"http", "https"} else None
        if valid_token(url.strip().strip("/")):
            return Recognised(vendor, url.strip().strip("/"))
        token = source.recognise(parts)
        return Recognised(vendor, token) if token else None
    if not url.strip():
        return None
    for name in _ORDER:
        token = SOURCES[name].recognise(parts)
        if token:
            return Recognised(name, token)
    return None


def vendor_choices() -> list[tuple[str, str]]:
    return [(name, SOURCES[name].label) for name in _ORDER]
