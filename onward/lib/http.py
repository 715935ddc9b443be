"""Outgoing HTTP: the one seam between Onward and the web (today: public job boards).

An async client that is polite by construction: a global and a per-host limit on
requests in flight, a deadline per request, conditional requests (ETag and
Last-Modified), a cap on the size of what it reads, and a short inline wait when
a server asks for one (429 or 503 with a small Retry-After). A longer wait is
handed back to the caller, which schedules its own back-off: a poll cycle must
never sleep for minutes on one slow board.

Redirects: temporary ones (302, 303, 307) are followed; permanent ones (301, 308)
are returned as they are, so the caller can tell the user that a board moved.

Every request, and every hop of a redirect, goes through onward.lib.netguard: only
public addresses are dialled, and the address dialled is the one that was checked.
Anything that keeps a request from getting an answer reads the same to the person
("We couldn't read that page."), so the answers can't map a network; the log has why.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import logging
from collections import defaultdict
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from . import netguard

log = logging.getLogger(__name__)
USER_AGENT = "Onward/0.1 (self-hosted job-search companion; polls public job boards)"
MAX_BYTES = 10 * 1024 * 1024
FOLLOWED = {302, 303, 307}
RETRYABLE = {429, 503}


@dataclass(frozen=True)
class Fetched:
    """What one GET came back with. `status` is 0 when no answer came at all."""

    url: str
    status: int
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    retry_after: float | None = None
    location: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def run[T](coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from sync code, on a loop of its own.

    When this thread already runs an event loop (an async caller, or a library such
    as Playwright's sync API), asyncio.run() refuses, so the work goes to a thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait, from either form the header takes: "120" or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - now).total_seconds())


class Client:
    """Use as `async with Client(...) as client: await client.get(url)`."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        concurrency: int = 20,
        per_host: int = 6,
        max_bytes: int = MAX_BYTES,
        inline_wait: float = 3.0,
        retries: int = 2,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.inline_wait = inline_wait
        self.retries = retries
        self._all = asyncio.Semaphore(concurrency)
        self._per_host_limit = per_host
        self._hosts: dict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(self._per_host_limit)
        )
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            limits=limits,
            headers={"User-Agent": user_agent},
            follow_redirects=False,
            transport=netguard.PinnedTransport(limits=limits),
            # Proxies from the environment would resolve names where the guard can't see.
            trust_env=False,
        )

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._client.aclose()

    async def get(
        self, url: str, *, etag: str = "", last_modified: str = "", accept: str = "*/*"
    ) -> Fetched:
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            fetched = await self._get_following(url, headers)
            wait = fetched.retry_after
            if (
                fetched.status in RETRYABLE
                and attempt < self.retries
                and wait is not None
                and wait <= self.inline_wait
            ):
                attempt += 1
                await asyncio.sleep(wait)
                continue
            return fetched

    async def _get_following(self, url: str, headers: dict[str, str]) -> Fetched:
        for _hop in range(4):
            fetched = await self._get_once(url, headers)
            if fetched.status not in FOLLOWED or not fetched.location:
                return fetched
            url = fetched.location
        return Fetched(url=url, status=0, error="Too many redirects.")

    async def _get_once(self, url: str, headers: dict[str, str]) -> Fetched:
        # Judged on its face first (numeric forms, scheme); the transport checks what the
        # name resolves to, and dials that, when it connects.
        if netguard.refusal(url, resolve=False):
            return Fetched(url=url, status=0, error=netguard.WEB_PROBLEM)
        host = urlsplit(url).netloc.lower()
        # The host's own limit first, so requests queued behind one busy host
        # don't hold the global slots that other hosts could use.
        async with self._hosts[host], self._all:
            try:
                async with asyncio.timeout(self.timeout):
                    return await self._read(url, headers)
            except TimeoutError:
                log.info("No answer from %s within %g s", url, self.timeout)
            except httpx.HTTPError as error:
                log.info("Fetching %s failed: %s: %s", url, type(error).__name__, error)
            except Exception:  # a malformed address or answer is one board's problem only
                log.warning("Fetching %s failed", url, exc_info=True)
            return Fetched(url=url, status=0, error=netguard.WEB_PROBLEM)

    async def _read(self, url: str, headers: dict[str, str]) -> Fetched:
        async with self._client.stream("GET", url, headers=headers) as response:
            body = b""
            if response.status_code == 200:
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        return Fetched(
                            url=url,
                            status=0,
                            error=f"The answer was larger than {self.max_bytes // 1024} KiB.",
                        )
                    chunks.append(chunk)
                body = b"".join(chunks)
            location = response.headers.get("Location", "")
            return Fetched(
                url=url,
                status=response.status_code,
                body=body,
                etag=response.headers.get("ETag", ""),
                last_modified=response.headers.get("Last-Modified", ""),
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
                location=urljoin(url, location) if location else "",
            )
