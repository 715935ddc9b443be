"""The HTTP seam: conditional requests, waits, timeouts, redirects and limits."""

from __future__ import annotations

import asyncio
import time

from onward.lib.http import Client, Fetched, parse_retry_after, run

from .fakeboards import Answer, FakeBoards


def get(url: str, **kwargs: object) -> Fetched:
    options = {k: kwargs.pop(k) for k in list(kwargs) if k in {"etag"}}

    async def fetch() -> Fetched:
        async with Client(**kwargs) as client:  # type: ignore[arg-type]
            return await client.get(url, **options)  # type: ignore[arg-type]

    return run(fetch())


def test_an_etag_makes_the_next_request_conditional(boards: FakeBoards) -> None:
    boards.static("/board", b'{"jobs": []}')
    first = get(f"{boards.url}/board")
    assert first.ok and first.etag
    again = get(f"{boards.url}/board", etag=first.etag)
    assert again.not_modified and again.body == b""
    assert boards.conditional_hits["/board"] == 1


def test_a_short_retry_after_is_waited_out_inline(boards: FakeBoards) -> None:
    calls = {"n": 0}

    def busy_then_fine(query: object, headers: object) -> Answer:
        calls["n"] += 1
        if calls["n"] == 1:
            return 429, {"Retry-After": "1"}, b""
        return 200, {}, b"[]"

    boards.raw("/busy", busy_then_fine)
    started = time.monotonic()
    fetched = get(f"{boards.url}/busy")
    assert fetched.ok
    assert time.monotonic() - started >= 1
    assert boards.hits["/busy"] == 2


def test_a_long_retry_after_is_handed_back_not_slept(boards: FakeBoards) -> None:
    boards.status("/slow-down", 429, {"Retry-After": "3600"})
    started = time.monotonic()
    fetched = get(f"{boards.url}/slow-down")
    assert fetched.status == 429 and fetched.retry_after == 3600
    assert time.monotonic() - started < 1
    assert boards.hits["/slow-down"] == 1


def test_sync_code_can_run_a_fetch_even_inside_a_running_loop(boards: FakeBoards) -> None:
    boards.static("/board", b"[]")

    async def inside_a_loop() -> Fetched:
        return get(f"{boards.url}/board")  # as when Playwright's sync API holds the thread

    assert run(inside_a_loop()).ok


def test_retry_after_as_an_http_date() -> None:
    import datetime as dt

    now = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    assert parse_retry_after("Mon, 02 Mar 2026 09:02:00 GMT", now) == 120
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_a_slow_server_times_out(boards: FakeBoards) -> None:
    boards.static("/sleepy", b"[]")
    boards.delay = 1.5
    started = time.monotonic()
    fetched = get(f"{boards.url}/sleepy", timeout=0.3)
    assert fetched.status == 0 and fetched.error
    assert time.monotonic() - started < 1.4


def test_permanent_redirects_are_reported_and_temporary_ones_followed(boards: FakeBoards) -> None:
    boards.status("/old", 301, {"Location": "/new"})
    boards.status("/detour", 302, {"Location": "/board"})
    boards.static("/board", b"[]")
    moved = get(f"{boards.url}/old")
    assert moved.status == 301 and moved.location == f"{boards.url}/new"
    assert get(f"{boards.url}/detour").ok


def test_an_oversized_answer_is_refused(boards: FakeBoards) -> None:
    boards.static("/huge", b"x" * 5000, etag=False)
    fetched = get(f"{boards.url}/huge", max_bytes=1000)
    assert fetched.status == 0 and "larger" in fetched.error


def test_nobody_listening_is_an_error_not_a_crash() -> None:
    fetched = get("http://127.0.0.1:9/nothing", timeout=1)
    assert fetched.status == 0 and fetched.error


def test_the_per_host_limit_holds(boards: FakeBoards) -> None:
    boards.static("/board", b"[]", etag=False)
    boards.delay = 0.05

    async def many() -> None:
        async with Client(per_host=3, concurrency=20) as client:
            await asyncio.gather(*(client.get(f"{boards.url}/board") for _ in range(15)))

    run(many())
    assert boards.hits["/board"] == 15
    assert boards.most_in_flight <= 3
