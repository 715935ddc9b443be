"""What every job-board source has in common: where its API lives, how a careers
URL names a board, and how one page of its answer becomes postings.

A source is pure: it builds URLs and parses bytes. Fetching is the poller's job
(through onward.lib.http), so each vendor module can be tested on a string.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import SplitResult, quote, urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_datetime

REMOTE_WORDS = re.compile(r"\b(?:remote|anywhere|work from home|wfh|distributed)\b", re.I)
TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def safe_link(url: str) -> str:
    """A posting's link as Onward may show it: an absolute http(s) address, or "".

    Boards (and feeds especially) are written by others; a javascript: or data: link
    would run in Onward's own page when followed."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else ""


class SourceError(Exception):
    """The board answered, but not in the shape its vendor documents."""


@dataclass(frozen=True)
class Found:
    """One posting as a board lists it, before Onward has stored it."""

    vendor_id: str
    title: str
    url: str
    location: str = ""
    remote: bool = False
    posted_at: dt.datetime | None = None
    department: str = ""


@dataclass(frozen=True)
class Page:
    postings: list[Found]
    next_url: str | None = None
    company: str = ""


class Source:
    vendor: ClassVar[str]
    label: ClassVar[str]
    setting: ClassVar[str] = ""
    default_api: ClassVar[str] = ""
    careers_hosts: ClassVar[tuple[str, ...]] = ()
    careers_base: ClassVar[str] = ""
    accept: ClassVar[str] = "application/json"

    def api_base(self) -> str:
        """The API's base URL: its setting (ONWARD_<VENDOR>_API), else the vendor's own host."""
        configured = getattr(settings, self.setting, "") if self.setting else ""
        return (configured or self.default_api).rstrip("/")

    def recognise(self, url: SplitResult) -> str | None:
        """The board name in a careers URL of this vendor, or None."""
        if url.hostname not in self.careers_hosts:
            return None
        segments = [s for s in url.path.split("/") if s]
        return segments[0] if segments and valid_token(segments[0]) else None

    def careers_url(self, token: str) -> str:
        return f"{self.careers_base}/{quote(token)}"

    def first_url(self, token: str) -> str:
        raise NotImplementedError

    def parse(self, token: str, body: bytes, url: str) -> Page:
        raise NotImplementedError


def valid_token(token: str) -> bool:
    return bool(TOKEN.match(token))


def load_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise SourceError(f"The board's answer isn't valid JSON ({error}).") from error


def items(data: Any, key: str | None) -> list[dict[str, Any]]:
    """The list of postings under `key` (or the data itself), checked for shape."""
    found = data.get(key) if key is not None and isinstance(data, dict) else data
    if key is not None and not isinstance(data, dict):
        raise SourceError(f"Expected a JSON object with {key!r}.")
    if not isinstance(found, list):
        raise SourceError(f"Expected a list of postings{f' under {key!r}' if key else ''}.")
    return [item for item in found if isinstance(item, dict)]


def mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def text(value: Any, limit: int = 300) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())[:limit]


def when(value: Any) -> dt.datetime | None:
    """A posting date from ISO text, a plain date, or milliseconds since 1970."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    raw = str(value).strip()
    try:
        parsed = parse_datetime(raw.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
    if parsed is None:
        try:
            day = dt.date.fromisoformat(raw[:10])
        except ValueError:
            return None
        parsed = dt.datetime.combine(day, dt.time(12))
    if timezone.is_naive(parsed):
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def looks_remote(*texts: str) -> bool:
    return any(REMOTE_WORDS.search(t) for t in texts if t)


def join_place(*parts: Any) -> str:
    seen: list[str] = []
    for part in parts:
        part = text(part, 100)
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen)
