"""Any RSS 2.0, RSS 1.0 (RDF) or Atom feed of jobs: the feed's own URL is the board.

Parsed with defusedxml, since a feed is whatever a stranger's server sends.
An item's id is its guid (RSS) or id (Atom), else its link.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
from urllib.parse import SplitResult
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from .base import Found, Page, Source, SourceError, looks_remote, text, when

FEED_PATH = re.compile(r"(?:\.(?:rss|atom|xml)$|(?:^|/)(?:feeds?|rss|atom)(?:/|$|\.))", re.I)
FEED_QUERY = re.compile(r"(?:^|&)(?:format|output|type|feed)=(?:rss|atom|xml)\b", re.I)


def _local(tag: object) -> str:
    name = tag if isinstance(tag, str) else ""
    return name.rsplit("}", 1)[-1].lower()


def _child(element: Element, *names: str) -> Element | None:
    for child in element:
        if _local(child.tag) in names:
            return child
    return None


def _child_text(element: Element, *names: str) -> str:
    for name in names:
        child = _child(element, name)
        if child is not None and (child.text or "").strip():
            return (child.text or "").strip()
    return ""


def _link(item: Element) -> str:
    for child in item:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and (child.text or "").strip():
            return (child.text or "").strip()
    any_link = _child(item, "link")
    return (any_link.get("href") or "").strip() if any_link is not None else ""


def _date(value: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)  # RSS: RFC 822 dates
    except (TypeError, ValueError):
        return when(value)  # Atom: RFC 3339
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


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
        try:
            root = fromstring(body)
        except (ParseError, DefusedXmlException, ValueError) as error:
            raise SourceError(f"The feed isn't readable XML ({error}).") from error
        if _local(root.tag) not in {"rss", "feed", "rdf"}:
            raise SourceError("This address doesn't answer with an RSS or Atom feed.")
        channel = _child(root, "channel")
        company = _child_text(channel if channel is not None else root, "title")
        entries = [e for e in root.iter() if _local(e.tag) in {"item", "entry"}]
        postings = []
        for entry in entries:
            title = text(_child_text(entry, "title"))
            link = _link(entry)
            ident = _child_text(entry, "guid", "id") or link
            if not title or not ident:
                continue
            if len(ident) > 200:
                ident = hashlib.sha256(ident.encode()).hexdigest()
            place = text(_child_text(entry, "location", "joblocation", "city"))
            postings.append(
                Found(
                    vendor_id=ident,
                    title=title,
                    url=text(link, 1000) or token,
                    location=place,
                    remote=looks_remote(title, place),
                    posted_at=_date(_child_text(entry, "pubdate", "published", "updated", "date")),
                    department=text(_child_text(entry, "category"), 200),
                )
            )
        return Page(postings, company=text(company))
