"""Bringing mail in and acting on it: each message is one transaction, and nothing
changes an application without the user's yes (or their standing "yes" in settings)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Case, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from onward.people.models import Company, Interaction, Person, Relationship
from onward.people.services import company_named
from onward.pipeline.models import Application, Outcome, Stage
from onward.pipeline.services import (
    create_application,
    move_to_stage,
    record_rejection,
)

from .domains import is_machine_address
from .learning import Lessons
from .matching import best_match, same_company
from .models import ConnectTodo, ImportedMessage, InboxSettings, Label
from .parsing import Mail
from .understand import Reading

AUTO_CONFIDENCE = 0.9
TEXT_KEPT = 20_000
Status = ImportedMessage.Status


@dataclass
class Tally:
    """What an import did, for the summary a person reads afterwards."""

    read: int = 0
    added: int = 0
    to_review: int = 0
    duplicates: int = 0
    skipped: int = 0
    auto: int = 0
    problems: list[str] = field(default_factory=list)
    labels: dict[str, int] = field(default_factory=dict)

    def count(self, label: str) -> None:
        self.labels[label] = self.labels.get(label, 0) + 1


class Importer:
    """Imports messages for one user, keeping what every message needs in memory."""

    def __init__(self, user: User, source: str, *, keep_other: bool = False) -> None:
        self.user = user
        self.source = source
        self.keep_other = keep_other
        self.applications = list(Application.objects.filter(user=user).select_related("company"))
        prefs = InboxSettings.objects.filter(user=user).first()
        self.auto_apply = bool(prefs and prefs.auto_apply)
        self.lessons = Lessons(user)
        self.tally = Tally()

    def add(self, mail: Mail, reading: Reading) -> ImportedMessage | None:
        """Import one message atomically. None when it was already here or is not job mail."""
        self.tally.read += 1
        reading = self.lessons.apply(mail, reading)
        self.tally.count(reading.label)
        if ImportedMessage.objects.filter(user=self.user, key=mail.key).exists():
            self.tally.duplicates += 1
            return None
        if not reading.job_related and not self.keep_other and not self._known_sender(mail):
            self.tally.skipped += 1
            return None
        try:
            with transaction.atomic():
                message = self._save(mail, reading)
        except IntegrityError:
            # Imported at the same moment by another worker: the first one wins.
            self.tally.duplicates += 1
            return None
        self.tally.added += 1
        if message.status == Status.PENDING:
            self.tally.to_review += 1
        if self._may_apply_itself(message):
            accept(message, automatic=True)
            self.tally.auto += 1
            self.tally.to_review -= 1
        return message

    def _known_sender(self, mail: Mail) -> bool:
        return bool(mail.sender_email) and (
            Person.objects.filter(user=self.user, email__iexact=mail.sender_email).exists()
        )

    def _save(self, mail: Mail, reading: Reading) -> ImportedMessage:
        application = best_match(self.applications, reading.company, reading.role)
        company = _company_for(self.user, reading, application)
        person, created = sender_person(self.user, mail, reading, company)
        when = mail.date or timezone.now()
        interaction = None
        if person is not None:
            interaction = Interaction.objects.create(
                user=self.user,
                person=person,
                kind=Interaction.Kind.EMAIL,
                happened_at=when,
                summary=_summary(mail, reading)[:500],
            )
        message = ImportedMessage.objects.create(
            user=self.user,
            key=mail.key,
            message_id=mail.message_id,
            source=self.source,
            received_at=mail.date,
            subject=mail.subject[:500],
            sender_name=mail.sender_name[:200],
            sender_email=mail.sender_email[:254],
            text=mail.text[:TEXT_KEPT],
            label=reading.label,
            confidence=reading.confidence,
            company=(reading.company or (application.company.name if application else ""))[:200],
            role=(reading.role or (application.role if application else ""))[:200],
            status=_first_status(reading, application),
            application=application,
            person=person,
            interaction=interaction,
            warnings="\n".join(mail.warnings)[:2000],
            reason=reading.reason[:300],
        )
        if person is not None and created and not is_machine_address(person.email):
            ConnectTodo.objects.get_or_create(
                user=self.user, person=person, defaults={"message": message}
            )
        return message

    def _may_apply_itself(self, message: ImportedMessage) -> bool:
        return (
            self.auto_apply
            and message.status == Status.PENDING
            and message.label == Label.REJECTION
            and message.confidence >= AUTO_CONFIDENCE
            and message.application is not None
            and message.application.outcome == Outcome.OPEN
        )


def _first_status(reading: Reading, application: Application | None) -> str:
    """Only mail that could change an application waits for a decision."""
    label = reading.label
    if label == Label.REJECTION:
        done = application is not None and application.outcome == Outcome.REJECTED
        return Status.LOGGED if done else Status.PENDING
    if label == Label.OFFER:
        done = application is not None and application.stage == Stage.OFFER
        return Status.LOGGED if done else Status.PENDING
    if label == Label.NEXT_STEP:
        if application is None:
            return Status.PENDING
        ahead = Stage.rank(application.stage) >= Stage.rank(Stage.INTERVIEW)
        closed = application.outcome != Outcome.OPEN
        return Status.LOGGED if ahead or closed else Status.PENDING
    if label == Label.RECEIVED:
        return Status.LOGGED if application is not None else Status.PENDING
    return Status.LOGGED


def _company_for(user: User, reading: Reading, application: Application | None) -> Company | None:
    if application is not None:
        return application.company
    if not reading.company or not reading.job_related:
        return None
    for company in Company.objects.filter(user=user):
        if same_company(company.name, reading.company):
            return company
    return company_named(user, reading.company)


def _summary(mail: Mail, reading: Reading) -> str:
    what = {
        "rejection": "Email: not this time",
        "next_step": "Email about a next step",
        "offer": "Email: an offer",
        "received": "Email: application received",
    }.get(reading.label, "Email")
    about = f" ({reading.role})" if reading.role else ""
    subject = f": “{mail.subject}”" if mail.subject else ""
    return f"{what}{about}{subject}"


def sender_person(
    user: User, mail: Mail, reading: Reading, company: Company | None
) -> tuple[Person | None, bool]:
    """The Person who sent this, created if new. Shared no-reply addresses (one for every
    company on an applicant-tracking system) are told apart by company."""
    address = mail.sender_email
    if not address and not mail.sender_name:
        return None, False
    machine = is_machine_address(address)
    people = Person.objects.filter(user=user)
    if address:
        people = people.filter(email__iexact=address)
        if machine:
            people = people.filter(company=company)
    else:
        people = people.filter(name__iexact=mail.sender_name, email="")
    if existing := people.first():
        if company is not None and existing.company_id is None:
            existing.company = company
            existing.save(update_fields=["company"])
        return existing, False
    name = _display_name(mail, company, machine)
    return (
        Person.objects.create(
            user=user,
            name=name[:200],
            email=address[:254],
            company=company,
            relationship=Relationship.RECRUITER,
            how_we_met=_how_we_met(reading, company)[:300],
        ),
        True,
    )


def _display_name(mail: Mail, company: Company | None, machine: bool) -> str:
    name = mail.sender_name.split(" via ")[0].strip()
    if name:
        return name
    if machine and company is not None:
        return f"{company.name} hiring team"
    local = mail.sender_email.split("@")[0]
    return " ".join(part.capitalize() for part in local.replace("_", ".").split(".") if part)


def _how_we_met(reading: Reading, company: Company | None) -> str:
    if reading.role and company is not None:
        return f"Wrote to you about {reading.role} at {company.name}"
    if company is not None:
        return f"Wrote to you from {company.name}"
    return "Wrote to you"


# -- acting on a message ------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    label: str
    application: Application | None = None  # None: a new one from company and role
    company: str = ""
    role: str = ""
    received_on: dt.date | None = None


NEXT_STAGE_WORDS = ("phone screen", "recruiter screen", "screening call", "quick call", "chat")


def next_stage_for(message: ImportedMessage) -> str:
    """A screen or an interview: what a "next step" email moves the application to."""
    text = f"{message.subject}\n{message.text[:3000]}".lower()
    if any(word in text for word in NEXT_STAGE_WORDS) and "final" not in text:
        return Stage.SCREEN
    if "final round" in text or "final interview" in text:
        return Stage.FINAL
    return Stage.INTERVIEW


@transaction.atomic
def accept(
    message: ImportedMessage, decision: Decision | None = None, *, automatic: bool = False
) -> Application | None:
    """The user's yes: file the email under an application and make the change it asks for."""
    decision = decision or Decision(message.label, message.application)
    label = decision.label
    company = (decision.company or message.company).strip()
    role = (decision.role or message.role).strip()
    received_on = decision.received_on or _local_day(message.received_at)
    application = decision.application
    if application is None and label != Label.OTHER:
        stage: str = Stage.APPLIED
        if label == Label.NEXT_STEP:
            stage = next_stage_for(message)
        elif label == Label.OFFER:
            stage = Stage.OFFER
        application = create_application(
            message.user,
            company or "Unknown company",
            role or "Unknown role",
            stage=stage,
            applied_on=received_on if label == Label.RECEIVED else None,
        )
    if application is not None:
        _apply(application, label, message, received_on)
    message.label = label
    message.company = company[:200]
    message.role = role[:200]
    message.application = application
    message.status = Status.AUTO if automatic else Status.ACCEPTED
    message.decided_at = timezone.now()
    message.save(update_fields=["label", "company", "role", "application", "status", "decided_at"])
    if message.person is not None and application is not None and not message.person.company_id:
        message.person.company = application.company
        message.person.save(update_fields=["company"])
    return application


def _apply(application: Application, label: str, message: ImportedMessage, day: dt.date) -> None:
    note = f"From an email: {message.subject}"[:300] if message.subject else "From an email"
    if label == Label.REJECTION:
        if not hasattr(application, "rejection"):
            record_rejection(
                application, received_on=day, channel="email", message_text=message.text[:5000]
            )
    elif label == Label.NEXT_STEP:
        stage = next_stage_for(message)
        if application.outcome == Outcome.OPEN and Stage.rank(stage) > Stage.rank(
            application.stage
        ):
            move_to_stage(application, stage, note=note)
    elif label == Label.OFFER and application.stage != Stage.OFFER:
        move_to_stage(application, Stage.OFFER, note=note)


def _local_day(when: dt.datetime | None) -> dt.date:
    return timezone.localdate(when) if when else timezone.localdate()


@transaction.atomic
def set_aside(message: ImportedMessage, status: str) -> None:
    """ "Not a rejection" (dismissed) or "ignore": the email stays logged, nothing changes."""
    message.status = status
    message.decided_at = timezone.now()
    message.save(update_fields=["status", "decided_at"])


@transaction.atomic
def close_connect(todo: ConnectTodo, state: str) -> None:
    todo.state = state
    todo.done_at = timezone.now()
    todo.save(update_fields=["state", "done_at"])
    if state == ConnectTodo.State.DONE:
        Interaction.objects.create(
            user=todo.user,
            person=todo.person,
            kind=Interaction.Kind.LINKEDIN,
            summary="Connected after their email",
        )
        if todo.person.keep_in_touch_days is None:
            todo.person.keep_in_touch_days = 90
            todo.person.save(update_fields=["keep_in_touch_days"])


def pending(user: User) -> QuerySet[ImportedMessage]:
    """What waits for the user, rejections first (they start a plan), then the rest, the
    newest first; ordered by the database, so a page of thousands is read as a page."""
    order: list[str] = [Label.REJECTION, Label.OFFER, Label.NEXT_STEP, Label.RECEIVED, Label.OTHER]
    rank = Case(
        *(When(label=label, then=Value(index)) for index, label in enumerate(order)),
        default=Value(9),
    )
    return (
        ImportedMessage.objects.filter(user=user, status=Status.PENDING)
        .select_related("application__company", "person")
        .order_by(rank, Coalesce("received_at", "created_at").desc(), "-pk")
    )
