"""The email digest: what's due, daily or weekly, at the hour the user chose, in their
own time zone. Never twice for the same user and period: each send is claimed in the
sent-log (core.sending) under the period's key, and a DigestSent row records it.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from onward.accounts.models import Preferences
from onward.accounts.prefs import preferences_for
from onward.core.due import DueItem
from onward.core.sending import Outcome, send_once
from onward.lib import emails

from .agenda import agenda
from .models import DigestSent

log = logging.getLogger(__name__)
AHEAD_DAYS: dict[str, int] = {Preferences.Digest.DAILY: 2, Preferences.Digest.WEEKLY: 7}
MOST = 8  # a digest is a nudge, not a wall of tasks


def period_due(prefs: Preferences, now: dt.datetime) -> str | None:
    """The period this digest would cover if one is due at `now`, else None.

    Due at or after the chosen local hour, so a worker that was down at 8:00 still
    sends at 9:00; on the switch to summer time the hour that doesn't exist counts as
    passed, and the hour that happens twice in autumn is claimed only once.
    """
    if prefs.digest == Preferences.Digest.OFF:
        return None
    local = prefs.local_now(now)
    if local.hour < prefs.digest_hour:
        return None
    if prefs.digest == Preferences.Digest.DAILY:
        return f"day:{local.date().isoformat()}"
    if local.weekday() != prefs.digest_weekday:
        return None
    year, week, _ = local.isocalendar()
    return f"week:{year}-W{week:02d}"


@dataclass(frozen=True)
class Digest:
    prefs: Preferences
    today: dt.date
    due: list[DueItem]
    coming: list[DueItem]

    @property
    def is_empty(self) -> bool:
        return not self.due and not self.coming

    @property
    def weekly(self) -> bool:
        return self.prefs.digest == Preferences.Digest.WEEKLY

    @property
    def subject(self) -> str:
        if self.weekly:
            return "Your week ahead in Onward"
        count = len(self.due)
        if count == 0:
            return "Coming up in Onward"
        return f"Today in Onward: {count} thing{'s' if count != 1 else ''}, when you're ready"


def compose(user: User, now: dt.datetime | None = None) -> Digest:
    prefs = preferences_for(user)
    today = prefs.local_today(now)
    ahead = AHEAD_DAYS.get(prefs.digest, 2)
    items = agenda(user, today, days_ahead=ahead)
    return Digest(
        prefs=prefs,
        today=today,
        due=[i for i in items if i.is_due(today)],  # in priority order, as on Today
        coming=sorted(
            (i for i in items if not i.is_due(today)),
            key=lambda i: (i.due_on or today, i.priority, i.title),
        ),
    )


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def unsubscribe_url(prefs: Preferences) -> str:
    return _absolute(reverse("insights:digest_unsubscribe", args=[prefs.unsubscribe_token]))


def context(digest: Digest) -> dict[str, Any]:
    return {
        "digest": digest,
        "due": digest.due[:MOST],
        "more": max(len(digest.due) - MOST, 0),
        "coming": digest.coming[:MOST],
        "site": settings.SITE_URL.rstrip("/"),
        "today_url": _absolute(reverse("plans:today")),
        "preferences_url": _absolute(reverse("accounts:preferences")),
        "unsubscribe_url": unsubscribe_url(digest.prefs),
    }


def message(user: User, digest: Digest, message_id: str = "") -> EmailMultiAlternatives:
    ctx = context(digest)
    email = EmailMultiAlternatives(
        subject=digest.subject,
        body=render_to_string("insights/digest.txt", ctx),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            # One-click unsubscribe (RFC 8058): mail apps POST to this address.
            "List-Unsubscribe": f"<{ctx['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
            "Message-ID": message_id or emails.new_message_id(),
        },
    )
    email.attach_alternative(render_to_string("insights/digest.html", ctx), "text/html")
    return email


def send_digest(prefs: Preferences, now: dt.datetime | None = None) -> bool:
    """Send this user's digest if one is due now and not yet sent. True when sent."""
    now = now or timezone.now()
    period = period_due(prefs, now)
    user = prefs.user
    if period is None or not user.is_active or not user.email:
        return False
    if not emails.delivers():
        # The console or a folder of files reaches no one: claim nothing, so no period
        # is recorded as sent, and the first digest after mail is set up still goes.
        return False
    if DigestSent.objects.filter(user=user, period=period).exists():
        return False  # the usual case after the first hour: skip without a failed insert
    digest = compose(user, now)
    items = len(digest.due) + len(digest.coming)

    def record() -> None:
        DigestSent.objects.get_or_create(
            user=user, period=period, defaults={"sent_at": now, "items": items}
        )

    if digest.is_empty:
        record()  # nothing due: no email, and none later in this period either
        return False
    # The sent-log holds the claim: a digest is sent once per period, a failure before
    # the server had it is tried again next hour, and one after it is not.
    outcome = send_once(
        f"digest:{user.pk}:{period}",
        lambda message_id: message(user, digest, message_id),
        kind="digest",
        user=user,
        on_sent=record,
        on_unsure=record,
    )
    return outcome == Outcome.SENT


def send_due_digests(now: dt.datetime | None = None) -> int:
    """Every digest due now; one user's failure never stops the others."""
    now = now or timezone.now()
    sent = 0
    wanted = Preferences.objects.exclude(digest=Preferences.Digest.OFF).select_related("user")
    for prefs in wanted:
        try:
            sent += send_digest(prefs, now)
        except Exception:
            log.exception("digest: could not send to user %s", prefs.user_id)
    return sent


@transaction.atomic
def unsubscribe(prefs: Preferences) -> str:
    """Stop the digest; returns the choice it had, so it can be turned back on."""
    before = prefs.digest
    prefs.digest = Preferences.Digest.OFF
    prefs.save(update_fields=["digest"])
    return before
