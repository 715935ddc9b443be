"""How a watch is made, changed and acted on: small functions, each one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import httpx
from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from onward.accounts.prefs import preferences_for
from onward.core import versions
from onward.core.sending import Outcome, send_once
from onward.lib import emails, netguard
from onward.notes.models import Note
from onward.people.models import Company, Person, Relationship
from onward.people.services import company_named
from onward.pipeline.models import Application, Rejection
from onward.pipeline.services import interviewers_of

from .matching import Filters
from .models import Alert, AlertNote, Board, Watch
from .sources import Recognised, recognise


class WatchRefused(Exception):
    """The watch can't be made; the message says why, kindly."""


def unrecognised_message(url: str) -> str:
    return (
        f"Onward couldn't tell which job board {url!r} is. It knows Greenhouse "
        "(boards.greenhouse.io/NAME), Lever (jobs.lever.co/NAME), Ashby (jobs.ashbyhq.com/NAME), "
        "SmartRecruiters (careers.smartrecruiters.com/NAME), Workable (apply.workable.com/NAME) "
        "and RSS or Atom feeds. Paste the address of the company's job list on one of those."
    )


SHORT_UNRECOGNISED = (
    "Onward can't tell which job board this is. Try the address of their job list on "
    "Greenhouse, Lever, Ashby, SmartRecruiters or Workable (like jobs.lever.co/acme), or a "
    "jobs feed. If you know which kind of board it is, pick it below."
)


class NoBoardFound(WatchRefused):
    """Onward read the careers page and found no board behind it: a reminder to look at the
    page can stand in for the watch."""


# How often a careers page with no readable board is looked at, by the user themselves.
LOOK_EVERY_DAYS = 14


def board_from(url: str, vendor: str | None = None, *, short: bool = False) -> Recognised:
    found = recognise(url, vendor or None)
    if found is None:
        raise WatchRefused(SHORT_UNRECOGNISED if short else unrecognised_message(url.strip()))
    return _checked(found)


def _checked(found: Recognised) -> Recognised:
    """A feed's address is the one a person types: it must be a valid web address on the
    public internet (unless ONWARD_ALLOW_PRIVATE_FETCH). Every fetch checks it again."""
    if found.vendor == "feed":
        try:
            httpx.URL(found.token)
        except (httpx.InvalidURL, TypeError):
            raise WatchRefused(netguard.WEB_PROBLEM) from None
        if netguard.refusal(found.token):
            raise WatchRefused(netguard.WEB_PROBLEM)
    return found


def board_behind(
    url: str, vendor: str | None = None, *, short: bool = True
) -> tuple[Recognised, bool]:
    """The board a pasted address names, or else the one its page links to or embeds, and
    whether Onward had to look at the page to find it. Fetches the page: call it outside
    a transaction. NoBoardFound says why nothing was found."""
    if vendor or recognise(url) is not None:
        return board_from(url, vendor, short=short), False
    from .discovery import discover

    discovery = discover(url)
    if discovery.found is None:
        raise NoBoardFound(discovery.problem)
    return _checked(discovery.found), True


def latest_rejection(user: User, company: Company) -> Rejection | None:
    return (
        Rejection.objects.filter(user=user, application__company=company)
        .select_related("application")
        .order_by("-received_on", "-pk")
        .first()
    )


def refusal(rejection: Rejection | None) -> str | None:
    if rejection is not None and not rejection.would_work_there:
        company = rejection.application.company.name
        return (
            f"You said you wouldn't want to work at {company} again, so Onward won't watch it. "
            "That's a fair call, and it frees your attention for places that deserve it."
        )
    return None


def default_keywords(user: User, company: Company, rejection: Rejection | None) -> str:
    if rejection is not None:
        return rejection.application.role
    latest = Application.objects.filter(user=user, company=company).order_by("-created_at").first()
    return latest.role if latest else ""


@dataclass(frozen=True)
class WatchInput:
    company: str
    careers_url: str
    keywords: str | None = None
    locations: str = ""
    remote: bool = False
    email_immediately: bool = False
    vendor: str | None = None
    # The board, when the caller has already found it (behind a careers page).
    board: Recognised | None = None


@transaction.atomic
def save_watch(user: User, given: WatchInput, rejection: Rejection | None = None) -> Watch:
    """Make (or update) the user's watch on the board behind `given.careers_url`."""
    found = given.board or board_from(given.careers_url, given.vendor)
    company = rejection.application.company if rejection else company_named(user, given.company)
    if message := refusal(rejection or latest_rejection(user, company)):
        raise WatchRefused(message)
    board, _ = Board.objects.get_or_create(vendor=found.vendor, token=found.token)
    keywords = given.keywords
    if keywords is None:
        keywords = default_keywords(user, company, rejection)
    watch, created = Watch.objects.get_or_create(
        user=user,
        board=board,
        defaults={
            "company": company,
            "rejection": rejection,
            "careers_url": given.careers_url.strip(),
            "keywords": keywords,
            "locations": given.locations,
            "remote": given.remote,
            "email_immediately": given.email_immediately,
        },
    )
    finish_watch_step(rejection or latest_rejection(user, company))
    # A board found now replaces the reminder to look at the company's page by hand.
    Watch.objects.filter(user=user, company=company, board__isnull=True).delete()
    if not created:
        watch.company = company
        watch.rejection = rejection or watch.rejection
        watch.careers_url = given.careers_url.strip()
        watch.keywords = keywords
        watch.locations = given.locations
        watch.remote = given.remote
        watch.email_immediately = given.email_immediately
        watch.active = True
        watch.save()
    return watch


@transaction.atomic
def save_reminder(user: User, given: WatchInput, rejection: Rejection | None = None) -> Watch:
    """No board Onward can read: remind the user to look at the careers page themselves,
    every two weeks, as keep-in-touch reminds them of people."""
    company = rejection.application.company if rejection else company_named(user, given.company)
    if message := refusal(rejection or latest_rejection(user, company)):
        raise WatchRefused(message)
    today = preferences_for(user).local_today()
    keywords = given.keywords
    if keywords is None:
        keywords = default_keywords(user, company, rejection)
    watch, _ = Watch.objects.update_or_create(
        user=user,
        company=company,
        board=None,
        defaults={
            "rejection": rejection,
            "careers_url": given.careers_url.strip(),
            "keywords": keywords,
            "locations": given.locations,
            "remote": given.remote,
            "email_immediately": False,
            "look_every_days": LOOK_EVERY_DAYS,
            "next_look_on": today + dt.timedelta(days=LOOK_EVERY_DAYS),
            "active": True,
        },
    )
    finish_watch_step(rejection or latest_rejection(user, company))
    return watch


@transaction.atomic
def looked(watch: Watch) -> Watch:
    """The user looked at the careers page: the next reminder is a cycle from today."""
    today = preferences_for(watch.user).local_today()
    watch.next_look_on = today + dt.timedelta(days=watch.look_every_days or LOOK_EVERY_DAYS)
    watch.save(update_fields=["next_look_on"])
    return watch


def finish_watch_step(rejection: Rejection | None) -> None:
    """However the watch was set up, the plan's "keep an eye on them" step is then done."""
    from onward.plans.models import Step
    from onward.plans.services import mark_done

    if rejection is None:
        return
    for step in Step.objects.filter(
        plan__rejection=rejection, kind=Step.Kind.WATCH, state=Step.State.OPEN
    ):
        mark_done(step)


@transaction.atomic
def move_watch(
    watch: Watch, careers_url: str, vendor: str | None = None, found: Recognised | None = None
) -> Watch:
    """Point a watch at another board (the company moved its jobs, or the address was
    wrong), or give a reminder-only watch the board the user has found since."""
    found = found or board_from(careers_url, vendor)
    board, _ = Board.objects.get_or_create(vendor=found.vendor, token=found.token)
    if board.pk == watch.board_id:
        watch.careers_url = careers_url.strip()
        watch.save(update_fields=["careers_url"])
        return watch
    if Watch.objects.filter(user=watch.user, board=board).exclude(pk=watch.pk).exists():
        raise WatchRefused("You already watch that board.")
    watch.board = board
    watch.careers_url = careers_url.strip()
    watch.look_every_days = watch.next_look_on = None
    # Roles open on the new board when the watch moved there were knowable, not news.
    watch.created_at = timezone.now()
    watch.save(
        update_fields=["board", "careers_url", "created_at", "look_every_days", "next_look_on"]
    )
    return watch


def check_again(board: Board) -> None:
    """The user asks to try a board that stopped answering: once more, at the next cycle."""
    Board.objects.filter(pk=board.pk).update(
        status=Board.Status.OK, failures=0, next_poll_at=None, last_error=""
    )
    # A board is shared: everyone watching it had "a board moved" on Today.
    versions.changed(Watch.objects.filter(board=board).values_list("user_id", flat=True))


def watches_of(user: User) -> QuerySet[Watch]:
    return Watch.objects.filter(user=user).select_related("company", "board", "rejection")


def filters_of(watch: Watch) -> Filters:
    return Filters.of(watch.keywords, watch.locations, watch.remote)


# --- acting on an alert ------------------------------------------------------------


def people_met(user: User, company: Company) -> list[Person]:
    """The interviewers of every application at the company, then its recruiters."""
    seen: dict[int, Person] = {}
    applications = Application.objects.filter(user=user, company=company).order_by("created_at")
    for application in applications:
        for person in interviewers_of(application):
            seen.setdefault(person.pk, person)
    recruiters = Person.objects.filter(
        user=user,
        company=company,
        relationship__in=[Relationship.RECRUITER, Relationship.HIRING_MANAGER],
    ).order_by("name")
    for person in recruiters:
        seen.setdefault(person.pk, person)
    return list(seen.values())


def rejection_with(user: User, company: Company, person: Person) -> Rejection | None:
    """The rejection of the application where the user met this person, for its details."""
    for application in Application.objects.filter(user=user, company=company).order_by(
        "-created_at"
    ):
        if person in interviewers_of(application):
            return Rejection.objects.filter(application=application).first()
    return latest_rejection(user, company)


@transaction.atomic
def note_for(alert: Alert, person: Person) -> Note:
    """The re-engagement note to `person` about this alert, drafted the first time."""
    from onward.notes.services import redraft

    existing = AlertNote.objects.filter(alert=alert, person=person).select_related("note").first()
    if existing:
        return existing.note
    note = Note.objects.create(
        user=alert.user,
        person=person,
        rejection=rejection_with(alert.user, alert.watch.company, person),
        purpose=Note.Purpose.RE_ENGAGE,
        shape=Note.Shape.SHORT,
        subject="",
        body="",
    )
    AlertNote.objects.create(alert=alert, person=person, note=note)
    redraft(note, Note.Shape.SHORT)
    if alert.seen_at is None:
        Alert.objects.filter(pk=alert.pk).update(seen_at=timezone.now())
    versions.changed([alert.user_id])
    return note


@transaction.atomic
def dismiss(alert: Alert) -> None:
    now = timezone.now()
    Alert.objects.filter(pk=alert.pk).update(dismissed_at=now, seen_at=alert.seen_at or now)
    versions.changed([alert.user_id])


@transaction.atomic
def undismiss(alert: Alert) -> None:
    Alert.objects.filter(pk=alert.pk).update(dismissed_at=None)
    versions.changed([alert.user_id])


def mark_seen(alert: Alert) -> None:
    if alert.seen_at is None:
        Alert.objects.filter(pk=alert.pk, seen_at__isnull=True).update(seen_at=timezone.now())


# --- the immediate email -----------------------------------------------------------


def alert_email(alert: Alert, message_id: str = "") -> EmailMessage:

    posting = alert.posting
    link = f"{settings.SITE_URL.rstrip('/')}{reverse('watch:alert_detail', args=[alert.pk])}"
    where = posting.location or ("Remote" if posting.remote else "")
    lines = [
        f"{alert.headline}{f' ({where})' if where else ''}.",
        "",
        *([f"The posting: {posting.url}", ""] if posting.url else []),
        "If it fits, Onward has a short note ready for the people you met there:",
        link,
        "",
        "No rush. It'll keep until you're ready.",
    ]
    return EmailMessage(
        subject=alert.headline,
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[alert.user.email],
        headers={"Message-ID": message_id or emails.new_message_id()},
    )


def email_alert(alert_id: int) -> bool:
    """Send the alert's email once (core.sending holds the claim). True when this call sent it."""
    if not emails.delivers():
        return False  # the console or a folder reaches no one; the alert is on Today
    alert = (
        Alert.objects.select_related("user", "watch__company", "posting")
        .filter(pk=alert_id, emailed_at__isnull=True)
        .first()
    )
    if alert is None or not alert.user.email:
        return False

    def emailed() -> None:
        Alert.objects.filter(pk=alert_id).update(emailed_at=timezone.now())

    outcome = send_once(
        f"alert:{alert_id}",
        lambda message_id: alert_email(alert, message_id),
        kind="alert",
        object_id=alert_id,
        on_sent=emailed,
        on_unsure=emailed,  # may have gone: never a second one by itself
    )
    return outcome == Outcome.SENT


def digest_alerts(user: User, since: dt.datetime) -> QuerySet[Alert]:
    """New, undismissed alerts since a moment, for an email digest."""
    return (
        Alert.objects.filter(user=user, created_at__gte=since, dismissed_at__isnull=True)
        .select_related("watch__company", "posting")
        .order_by("created_at")
    )
