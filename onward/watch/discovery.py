"""The job board behind an ordinary careers page.

Most people know a company's careers page (acme.com/careers), not which vendor hosts its
jobs. That page nearly always links to its board or embeds it: a Greenhouse script with
`?for=acme`, an iframe from jobs.ashbyhq.com, "See all roles" pointing at jobs.lever.co,
or a <link rel="alternate"> to a jobs feed. So Onward fetches the page once (through
onward.lib.http: size-capped, no retries, public addresses only), reads it with lxml, and
runs every address it finds through the same recognise() a pasted address goes through.

Vendor boards win over feeds, and among boards the one the page mentions most. A feed
counts only when it says it is about jobs: nearly every site has a blog feed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html
from django.conf import settings
from lxml import etree

from onward.lib import http, netguard

from .sources import Recognised, recognise
from .sources.feed import FEED_PATH

MAX_PAGE_BYTES = 2 * 1024 * 1024
MAX_SECONDS = 10.0
MAX_MOVES = 3
ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml;q=0.9"
VENDORS = ("greenhouse", "lever", "ashby", "smartrecruiters", "workable")
# First path segments that name a vendor's own machinery, never a company's board.
NOT_BOARDS = {"api", "embed", "static", "assets", "js", "css", "widget", "j", "v0", "v1"}
URL_IN_TEXT = re.compile(r"""https?://[^\s"'<>\\)]+""")
# Configuration objects of the vendors' embeds, where the board is named, not linked.
LEVER_ACCOUNT = re.compile(r"""accountName["']?\s*:\s*["']([A-Za-z0-9._-]+)["']""")
SMARTRECRUITERS_COMPANY = re.compile(r"""["']?company_name["']?\s*:\s*["']([A-Za-z0-9._-]+)""")
JOB_WORDS = re.compile(r"job|career|vacanc|opening|position|hiring|role|stellen|emploi", re.I)
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}


@dataclass(frozen=True)
class Discovery:
    """What a careers page led to: a board, or in plain words why not."""

    found: Recognised | None = None
    problem: str = ""


def discover(url: str) -> Discovery:
    """Fetch the careers page at `url` and find the job board behind it."""
    url = url.strip()
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return Discovery(problem="That doesn't look like a web address.")
    return http.run(_discover(url))


async def _discover(url: str) -> Discovery:
    timeout = min(float(settings.ONWARD_WATCH_TIMEOUT), MAX_SECONDS)
    async with http.Client(timeout=timeout, max_bytes=MAX_PAGE_BYTES, retries=0) as client:
        for _move in range(MAX_MOVES + 1):
            fetched = await client.get(url, accept=ACCEPT)
            # Permanent moves come back unfollowed (the poller reports them); a careers
            # page that moved is simply followed.
            if fetched.status in {301, 308} and fetched.location:
                url = fetched.location
                continue
            break
    if not fetched.ok:
        return Discovery(problem=_unreachable(fetched))
    if _is_feed(fetched.body):
        return Discovery(found=Recognised("feed", fetched.url))
    found = board_in(fetched.body, fetched.url)
    if found is None:
        return Discovery(problem="Onward read that page but found no job board it knows.")
    return Discovery(found=found)


def board_in(page: bytes, url: str) -> Recognised | None:
    """The job board an HTML page links to or embeds, or None."""
    boards: Counter[Recognised] = Counter()
    feeds: list[Recognised] = []
    for address, label in _addresses(page, url):
        found = _board(address)
        if found is not None:
            boards[found] += 1
        elif feed := _job_feed(address, label):
            feeds.append(feed)
    if boards:
        # most_common keeps first-seen order among equals: the page's own order.
        return boards.most_common(1)[0][0]
    return feeds[0] if feeds else None


def _addresses(page: bytes, url: str) -> list[tuple[str, str]]:
    """Every address in the page, each with the words that describe it (a link's text, a
    feed's title), in the page's order."""
    try:
        parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, huge_tree=False)
        doc = lxml.html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError):
        return []
    base = next(iter(doc.xpath("//base/@href")), "")
    base = urljoin(url, str(base)) if base else url
    found: list[tuple[str, str]] = []
    for element, attribute, link, _ in doc.iterlinks():
        if attribute is None:  # a url() inside a style: never a board
            continue
        label = ""
        if element.tag == "link":
            kind = (element.get("type") or "").split(";")[0].strip().lower()
            if kind in FEED_TYPES:
                label = f"feed {element.get('title') or ''}"
        elif element.tag == "a":
            label = element.text_content()[:200]
        found.append((urljoin(base, link.strip()), label))
    for refresh in doc.xpath("//meta[@http-equiv]/@content"):
        # <meta http-equiv="refresh" content="0; url=https://jobs.lever.co/acme">
        target = re.search(r"url\s*=\s*['\"]?([^'\";]+)", str(refresh), re.I)
        if target:
            found.append((urljoin(base, target.group(1).strip()), ""))
    sources = " ".join(str(src) for src in doc.xpath("//script/@src"))
    for script in doc.iter("script"):
        code = script.text or ""
        found += [(address, "") for address in URL_IN_TEXT.findall(code)]
        found += [(f"https://jobs.lever.co/{name}", "") for name in LEVER_ACCOUNT.findall(code)]
        if "smartrecruiters" in f"{script.get('class') or ''} {code} {sources}":
            found += [
                (f"https://careers.smartrecruiters.com/{name}", "")
                for name in SMARTRECRUITERS_COMPANY.findall(code)
            ]
    return found


def _board(address: str) -> Recognised | None:
    found = recognise(address)
    if found is None or found.vendor not in VENDORS or found.token.lower() in NOT_BOARDS:
        return None
    return found


def _job_feed(address: str, label: str) -> Recognised | None:
    parts = urlsplit(address)
    if parts.scheme not in {"http", "https"}:
        return None
    is_feed = label.startswith("feed ") or bool(FEED_PATH.search(parts.path))
    if is_feed and JOB_WORDS.search(f"{address} {label}"):
        return Recognised("feed", address)
    return None


def _is_feed(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf"))


def _unreachable(fetched: http.Fetched) -> str:
    if fetched.status == 0:
        if not fetched.error or fetched.error == netguard.WEB_PROBLEM:
            return netguard.WEB_PROBLEM
        return f"Onward couldn't open that page. {fetched.error}"
    if fetched.status in {404, 410}:
        return "That page isn't there (the site answered “not found”)."
    if fetched.status in {401, 403}:
        return "That site doesn't let Onward read the page."
    return f"Onward couldn't open that page (the site answered {fetched.status})."
