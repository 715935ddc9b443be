"""Any feed of jobs (RSS 0.9x to 2.0, RSS 1.0, Atom 0.3 and 1.0): the feed's own URL is
the board. feedparser reads it, with the date formats and encodings feeds come in.

A feed is whatever a stranger's server sends, so feedparser is handed a stream of the
bytes the poller fetched, never a string: given a string it fetches a URL or opens a file
of that name. And a feed that declares XML entities is refused before it is read:
feedparser's lenient parser expands them, which turned a crafted 70 KB feed into 200 MB.
An item's id is its guid (RSS) or id (Atom), else its link.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import time
from typing import Any
from urllib.parse import SplitResult
from xml.sax import SAXException

import feedparser
from feedparser.encodings import convert_to_utf8

from .base import Found, Page, Source, SourceError, looks_remote, text

FEED_PATH = re.compile(r"(?:\.(?:rss|atom|xml)$|(?:^|/)(?:feeds?|rss|atom)(?:/|$|\.))", re.I)
FEED_QUERY = re.compile(r"(?:^|&)(?:format|output|type|feed)=(?:rss|atom|xml)\b", re.I)
# Where job feeds put the place, with or without a namespace prefix (job_location).
PLACE_KEYS = ("location", "joblocation", "city")


class Feed(Source):
    vendor = "feed"
    label = "RSS/Atom feed"
    accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"

    def recognise(self, url: SplitResult) -> str | None:
        if url.scheme not in {"http", "https"} or not url.hostname:
            return None
        if FEED_PATH.search(url.path) or FEED_QUERY.search(url.query):
            return url.geturl()
        return None

    def careers_url(self, token: str) -> str:
        return token

    def first_url(self, token: str) -> str:
        return token

    def parse(self, token: str, body: bytes, url: str) -> Page:
        result = _read(body)
        postings = []
        for entry in result.entries:
            title = text(entry.get("title"))
            link = str(entry.get("link") or "").strip()
            ident = str(entry.get("id") or "").strip() or link
            if not title or not ident:
                continue
            if len(ident) > 200:
                ident = hashlib.sha256(ident.encode()).hexdigest()
            place = _place(entry)
            tags = entry.get("tags") or [{}]
            postings.append(
                Found(
                    vendor_id=ident,
                    title=title,
                    url=text(link, 1000) or token,
                    location=place,
                    remote=looks_remote(title, place),
                    posted_at=_date(_first(entry, "published_parsed", "updated_parsed")),
                    department=text(tags[0].get("term"), 200),
                )
            )
        problem = result.get("bozo_exception")
        if not postings and isinstance(problem, SAXException):
            # Broken XML that gave nothing: say so, rather than "no jobs today".
            raise SourceError(f"The feed isn't readable XML ({problem}).")
        return Page(postings, company=text(result.feed.get("title")))


def _read(body: bytes) -> Any:
    """feedparser's reading of a feed; SourceError when it is no feed, or a hostile one."""
    try:
        # feedparser converts to UTF-8 first; checking its own conversion means a
        # declaration cannot hide in UTF-16 or EBCDIC.
        declares_entities = b"<!ENTITY" in convert_to_utf8({}, body, {})
        result = None if declares_entities else feedparser.parse(io.BytesIO(body))
    except Exception as error:  # whatever a stranger sends must not stop a poll
        raise SourceError(f"The feed isn't readable ({error}).") from error
    if result is None:
        raise SourceError("The feed declares XML entities, which Onward does not read.")
    if not result.get("version"):
        raise SourceError("This address doesn't answer with an RSS or Atom feed.")
    return result


def _first(entry: Any, *keys: str) -> Any:
    # dict.get: the keys feedparser set, without the deprecated aliases its own get adds.
    return next((value for key in keys if (value := dict.get(entry, key))), None)


def _place(entry: Any) -> str:
    for name in PLACE_KEYS:
        for key, value in entry.items():
            if (key == name or key.endswith("_" + name)) and isinstance(value, str):
                return text(value)
    return ""


def _date(parsed: time.struct_time | None) -> dt.datetime | None:
    """feedparser gives every date format it knows as a struct_time in UTC."""
    if not parsed:
        return None
    try:
        return dt.datetime(*parsed[:6], tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None
