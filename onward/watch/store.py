"""The database half of a poll cycle: write down what each board said, and make alerts.

Exactly-once rests on the database, not on timing:
- a posting is unique per (board, vendor id), and new ones go in with
  bulk_create(ignore_conflicts=True) while the board's row is locked;
- an alert is unique per (user, posting), inserted the same way;
- the first good fetch of a board records its postings as a baseline and alerts
  nobody, since those roles were open before anyone started watching.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from django.db import transaction
from django.db.models import Q, QuerySet

from onward.core import versions

from .fetching import Outcome
from .matching import Filters
from .models import Alert, Board, Posting, Watch
from .sources import Found
from .sources.base import safe_link

BACKOFF_START = dt.timedelta(minutes=30)
BACKOFF_CAP = dt.timedelta(hours=24)
GIVE_UP_AFTER = 10  # failures in a row (about a week at the capped back-off)
BOARDS_PER_TRANSACTION = 50
FRESH_FIELDS = [
    "status", "failures", "last_error", "etag", "last_modified", "content_hash", "company_name",
    "last_polled_at", "last_ok_at", "next_poll_at", "baseline_at", "claimed_by", "claimed_until",
]  # fmt: skip


def backoff(failures: int, retry_after: float | None) -> dt.timedelta:
    """Doubling from 30 minutes up to a day, and never sooner than the server asked."""
    delay = min(BACKOFF_START * (2 ** max(0, failures - 1)), BACKOFF_CAP)
    if retry_after:
        delay = max(delay, dt.timedelta(seconds=min(retry_after, 7 * 86400)))
    return delay


def record(outcomes: list[Outcome], now: dt.datetime, every: dt.timedelta) -> list[int]:
    """Write every outcome down; returns the ids of postings that are news."""
    unchanged = [o for o in outcomes if o.kind == "unchanged"]
    for o in unchanged:
        if o.content_hash:  # a full answer that matched: keep the validators it came with
            Board.objects.filter(pk=o.board_id).update(
                etag=o.etag[:300], last_modified=o.last_modified[:100]
            )
    answering = [o.board_id for o in unchanged]
    # Boards that were in trouble and answer again leave their watchers' Today.
    _boards_changed(Board.objects.filter(pk__in=answering).exclude(status=Board.Status.OK))
    Board.objects.filter(pk__in=answering).update(
        status=Board.Status.OK,
        failures=0,
        last_error="",
        last_polled_at=now,
        last_ok_at=now,
        next_poll_at=now + every,
        claimed_by="",
        claimed_until=None,
    )
    for outcome in outcomes:
        if outcome.kind in {"gone", "moved", "failed"}:
            _record_trouble(outcome, now)
    news: list[int] = []
    fresh = [o for o in outcomes if o.kind == "fresh"]
    for start in range(0, len(fresh), BOARDS_PER_TRANSACTION):
        with transaction.atomic():
            for outcome in fresh[start : start + BOARDS_PER_TRANSACTION]:
                news += _record_fresh(outcome, now, every)
    return news


def _record_trouble(outcome: Outcome, now: dt.datetime) -> None:
    with transaction.atomic():
        board = Board.objects.select_for_update().get(pk=outcome.board_id)
        board.last_polled_at = now
        board.last_error = outcome.error[:300]
        if outcome.kind == "gone":
            board.status = Board.Status.GONE
        elif outcome.kind == "moved":
            board.status = Board.Status.MOVED
            board.moved_to = outcome.moved_to[:1000]
        else:
            board.failures += 1
            if board.failures >= GIVE_UP_AFTER:
                board.status = Board.Status.GONE
                board.last_error = f"Stopped after {board.failures} failed tries: {outcome.error}"[
                    :300
                ]
            else:
                board.status = Board.Status.FAILING
                board.next_poll_at = now + backoff(board.failures, outcome.retry_after)
        board.claimed_by, board.claimed_until = "", None
        board.save()
        _boards_changed(Board.objects.filter(pk=board.pk))


def _record_fresh(outcome: Outcome, now: dt.datetime, every: dt.timedelta) -> list[int]:
    board = Board.objects.select_for_update().get(pk=outcome.board_id)
    found = _unique(outcome.postings)
    existing = dict(Posting.objects.filter(board=board).values_list("vendor_id", "closed_at"))
    new = [f for f in found.values() if f.vendor_id not in existing]
    Posting.objects.bulk_create(
        [
            Posting(
                board=board,
                vendor_id=f.vendor_id,
                title=f.title[:300],
                location=f.location[:300],
                remote=f.remote,
                department=f.department[:200],
                url=safe_link(f.url)[:1000],
                posted_at=f.posted_at,
                first_seen_at=now,
                last_seen_at=now,
            )
            for f in new
        ],
        ignore_conflicts=True,
        batch_size=500,
    )
    present = [v for v in found if v in existing]
    reopened = [v for v in present if existing[v] is not None]
    closed = [v for v, closed_at in existing.items() if closed_at is None and v not in found]
    for chunk in _chunks(present):
        Posting.objects.filter(board=board, vendor_id__in=chunk).update(last_seen_at=now)
    for chunk in _chunks(reopened):
        Posting.objects.filter(board=board, vendor_id__in=chunk).update(closed_at=None)
    for chunk in _chunks(closed):
        Posting.objects.filter(board=board, vendor_id__in=chunk).update(closed_at=now)

    baseline = board.baseline_at is None
    board.status = Board.Status.OK
    board.failures = 0
    board.last_error = ""
    board.etag = outcome.etag[:300]
    board.last_modified = outcome.last_modified[:100]
    board.content_hash = outcome.content_hash
    board.company_name = board.company_name or outcome.company[:200]
    board.last_polled_at = board.last_ok_at = now
    board.next_poll_at = now + every
    board.baseline_at = board.baseline_at or now
    board.claimed_by, board.claimed_until = "", None
    board.save(update_fields=FRESH_FIELDS)
    if baseline or not new:
        return []
    ids = list(
        Posting.objects.filter(
            board=board, vendor_id__in=[f.vendor_id for f in new], first_seen_at=now
        ).values_list("pk", flat=True)
    )
    make_alerts(board, ids)
    return ids


def make_alerts(board: Board, posting_ids: Iterable[int]) -> None:
    """An alert for each active watch on the board that the posting fits."""
    postings = list(Posting.objects.filter(pk__in=list(posting_ids)))
    watches = Watch.objects.filter(board=board, active=True)
    alerts = []
    for watch in watches:
        filters = Filters.of(watch.keywords, watch.locations, watch.remote)
        for posting in postings:
            # A watch made after the posting first appeared was set up knowing it.
            if watch.created_at > posting.first_seen_at:
                continue
            if filters.fits(posting.title, posting.location, posting.remote):
                alerts.append(Alert(user_id=watch.user_id, watch=watch, posting=posting))
    Alert.objects.bulk_create(alerts, ignore_conflicts=True, batch_size=500)
    versions.changed({alert.user_id for alert in alerts})  # bulk_create sends no signal


def _boards_changed(boards: QuerySet[Board]) -> None:
    """A board is shared by everyone who watches it: each of them may see it on Today."""
    versions.changed(
        Watch.objects.filter(board__in=boards).values_list("user_id", flat=True).distinct()
    )


def due_boards(now: dt.datetime, force: bool) -> Q:
    """Boards someone watches that a cycle may fetch now."""
    watched = Q(pk__in=Watch.objects.filter(active=True).values("board_id"))
    live = Q(status__in=[Board.Status.OK, Board.Status.FAILING], is_sample=False)
    scheduled = Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
    if force:
        # "Now" still waits out a back-off: a board that said "slow down" gets its rest.
        scheduled |= Q(status=Board.Status.OK)
    free = Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    return watched & live & scheduled & free


def _unique(found: list[Found]) -> dict[str, Found]:
    unique: dict[str, Found] = {}
    for posting in found:
        key = posting.vendor_id[:200]
        unique.setdefault(key, replace(posting, vendor_id=key))
    return unique


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
