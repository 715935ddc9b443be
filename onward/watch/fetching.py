"""The network half of a poll cycle: fetch every claimed board at once, politely.

Async and free of the ORM: it takes plain Targets and returns plain Outcomes,
and the database half (store.py) writes them down afterwards in sync code.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass, field

from django.conf import settings

from onward.lib import http, netguard

from .sources import SOURCES, Found, SourceError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Target:
    board_id: int
    vendor: str
    token: str
    etag: str = ""
    last_modified: str = ""
    content_hash: str = ""


@dataclass
class Outcome:
    """What became of one board: unchanged, fresh (with its postings), gone, moved or failed."""

    board_id: int
    kind: str
    postings: list[Found] = field(default_factory=list)
    etag: str = ""
    last_modified: str = ""
    content_hash: str = ""
    company: str = ""
    error: str = ""
    retry_after: float | None = None
    moved_to: str = ""
    requests: int = 0


def _failure(target: Target, fetched: http.Fetched, requests: int) -> Outcome:
    status = fetched.status
    if status in {404, 410}:
        kind, error = "gone", f"The board answered {status}: it isn't there any more."
    elif status in {301, 308}:
        kind, error = "moved", "The board has moved to a new address."
    elif status == 429:
        kind, error = "failed", "The board asked Onward to slow down (429)."
    elif status >= 500:
        kind, error = "failed", f"The board's server had a problem ({status})."
    elif status == 0:
        kind, error = "failed", fetched.error or "No answer."
    else:
        kind, error = "failed", f"The board answered {status}."
    return Outcome(
        board_id=target.board_id,
        kind=kind,
        error=error,
        retry_after=fetched.retry_after,
        moved_to=fetched.location if kind == "moved" else "",
        requests=requests,
    )


async def fetch_board(client: http.Client, target: Target, max_pages: int) -> Outcome:
    source = SOURCES[target.vendor]
    url: str | None = source.first_url(target.token)
    digest = hashlib.sha256()
    postings: list[Found] = []
    company = ""
    first: http.Fetched | None = None
    requests = 0
    while url and requests < max_pages:
        conditional = first is None
        fetched = await client.get(
            url,
            etag=target.etag if conditional else "",
            last_modified=target.last_modified if conditional else "",
            accept=source.accept,
        )
        requests += 1
        if conditional and fetched.not_modified:
            return Outcome(target.board_id, "unchanged", requests=requests)
        if not fetched.ok:
            # A later page failing leaves a partial list: diffing it would close
            # postings that are still open, so the whole board counts as failed.
            return _failure(target, fetched, requests)
        first = first or fetched
        digest.update(fetched.body)
        try:
            page = source.parse(target.token, fetched.body, url)
        except SourceError as error:
            return Outcome(target.board_id, "failed", error=str(error)[:300], requests=requests)
        postings.extend(page.postings)
        company = company or page.company
        url = page.next_url
    if first is None:  # no page was asked for (max_pages < 1, or no first address)
        return Outcome(target.board_id, "failed", error="Nothing to fetch.", requests=0)
    content_hash = digest.hexdigest()
    kind = "unchanged" if content_hash == target.content_hash else "fresh"
    # A first page's validators say nothing about later pages, where a new posting
    # may land: a paged board is fetched whole and compared by its content instead.
    single = requests == 1
    return Outcome(
        board_id=target.board_id,
        kind=kind,
        postings=postings if kind == "fresh" else [],
        etag=first.etag if single else "",
        last_modified=first.last_modified if single else "",
        content_hash=content_hash,
        company=company,
        requests=requests,
    )


async def _fetch_one(client: http.Client, target: Target, max_pages: int) -> Outcome:
    """One board's trouble, whatever it is, is written on that board: the cycle goes on
    for everyone else's."""
    try:
        return await fetch_board(client, target, max_pages)
    except Exception:
        log.warning("Board %s (%s) failed", target.board_id, target.token, exc_info=True)
        return Outcome(target.board_id, "failed", error=netguard.WEB_PROBLEM)


async def fetch_all(targets: list[Target], client: http.Client | None = None) -> list[Outcome]:
    max_pages = settings.ONWARD_WATCH_MAX_PAGES

    async def run(active: http.Client) -> list[Outcome]:
        return list(await asyncio.gather(*(_fetch_one(active, t, max_pages) for t in targets)))

    if client is not None:
        return await run(client)
    async with http.Client(
        timeout=settings.ONWARD_WATCH_TIMEOUT,
        concurrency=settings.ONWARD_WATCH_CONCURRENCY,
        per_host=settings.ONWARD_WATCH_PER_HOST,
    ) as fresh:
        return await run(fresh)
