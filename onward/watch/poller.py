"""One poll cycle: claim the boards that are due, fetch them all at once, write
down what changed, and announce each new alert exactly once.

Two workers running a cycle at the same moment split the boards between them
(a claim is a conditional UPDATE with a lease), and an alert is announced by
the one cycle whose conditional UPDATE claims it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from onward.lib import http

from . import store
from .fetching import Outcome, Target, fetch_all
from .models import Alert, Board

LEASE = dt.timedelta(minutes=15)


@dataclass
class CycleReport:
    boards: int = 0
    requests: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    new_postings: int = 0
    announced: list[Alert] = field(default_factory=list)
    fetch_seconds: float = 0.0
    write_seconds: float = 0.0

    def summary(self) -> str:
        if not self.boards:
            return "No boards were due for a check."
        parts = [f"{n} {kind}" for kind, n in sorted(self.outcomes.items())]
        news = len(self.announced)
        return (
            f"Checked {self.boards} board{'s' if self.boards != 1 else ''} "
            f"({', '.join(parts)}); {self.new_postings} new posting"
            f"{'s' if self.new_postings != 1 else ''}, {news} new alert{'s' if news != 1 else ''}."
        )


def claim(now: dt.datetime, cycle: str, force: bool) -> list[Target]:
    """Take the boards that are due for this cycle, and no board another cycle holds."""
    Board.objects.filter(store.due_boards(now, force)).update(
        claimed_by=cycle, claimed_until=now + LEASE
    )
    return [
        Target(b.pk, b.vendor, b.token, b.etag, b.last_modified, b.content_hash)
        for b in Board.objects.filter(claimed_by=cycle).order_by("pk")
    ]


def announce(posting_ids: list[int], cycle: str) -> list[Alert]:
    """Claim the alerts on these postings for this cycle; each is claimed by one cycle only."""
    if not posting_ids:
        return []
    claimed: list[int] = []
    for start in range(0, len(posting_ids), 500):
        chunk = posting_ids[start : start + 500]
        Alert.objects.filter(posting_id__in=chunk, claimed_by="").update(claimed_by=cycle)
    claimed = list(Alert.objects.filter(claimed_by=cycle).values_list("pk", flat=True))
    alerts = list(
        Alert.objects.filter(pk__in=claimed)
        .select_related("user", "watch__company", "posting__board")
        .order_by("pk")
    )
    from .tasks import email_alert

    for alert in alerts:
        if alert.watch.email_immediately:
            alert_id = alert.pk
            transaction.on_commit(lambda alert_id=alert_id: email_alert(alert_id))  # type: ignore[misc]
    return alerts


def poll_cycle(
    *, force: bool = False, now: dt.datetime | None = None, client: http.Client | None = None
) -> CycleReport:
    """Run one cycle. `force` checks every watched board now, except ones backing off."""
    now = now or timezone.now()
    cycle = uuid.uuid4().hex
    targets = claim(now, cycle, force)
    report = CycleReport(boards=len(targets))
    if not targets:
        return report
    started = dt.datetime.now(dt.UTC)
    try:
        outcomes: list[Outcome] = http.run(fetch_all(targets, client))
    except BaseException:
        Board.objects.filter(claimed_by=cycle).update(claimed_by="", claimed_until=None)
        raise
    fetched = dt.datetime.now(dt.UTC)
    every = dt.timedelta(hours=settings.ONWARD_WATCH_EVERY_HOURS)
    news = store.record(outcomes, now, every)
    report.announced = announce(news, cycle)
    report.fetch_seconds = (fetched - started).total_seconds()
    report.write_seconds = (dt.datetime.now(dt.UTC) - fetched).total_seconds()
    report.requests = sum(o.requests for o in outcomes)
    report.outcomes = Counter(o.kind for o in outcomes)
    report.new_postings = len(news)
    return report


def alert_line(alert: Alert) -> dict[str, str | None]:
    """The JSON line `onward watch poll --json` prints for a new alert."""
    posting = alert.posting
    return {
        "user": alert.user.email,
        "company": alert.watch.company.name,
        "title": posting.title,
        "url": posting.url,
        "location": posting.location or ("Remote" if posting.remote else ""),
        "posted_at": posting.posted_at.isoformat() if posting.posted_at else None,
        "source": posting.board.vendor,
    }
