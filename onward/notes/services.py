"""Thank-you notes from draft to sent: one transaction per change, one send per note."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from onward.core.plugins import load
from onward.core.sending import Outcome, send_once
from onward.lib import emails
from onward.people.models import Interaction, Person
from onward.pipeline.models import Application, InterviewPanel, Rejection
from onward.plans.models import Step
from onward.plans.services import mark_done

from .drafts import Draft, DraftContext, draft_note, signed
from .models import Note

log = logging.getLogger(__name__)


class CannotSend(Exception):
    """The note can't go by email; the message says what to do instead."""


NO_MAIL_SERVER = (
    "Email isn't set up on this Onward, so nothing was sent. Open the note in your own "
    "mail app, download the .eml, or print it as a card."
)


DAILY_LIMIT_REACHED = (
    "That's {limit} notes today, the most this Onward sends for one person in a day. "
    "It will send again tomorrow; meanwhile you can open this one in your own mail app "
    "or download the .eml."
)


def sender_name(user: User) -> str:
    return user.get_full_name().strip()


def verified(user: User) -> bool:
    """Whether the user proved their address is theirs (allauth's confirmation email)."""
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()


def sent_today(user: User, but: Note | None = None) -> int:
    """Notes the user asked Onward to email in the last 24 hours."""
    since = timezone.now() - dt.timedelta(days=1)
    notes = Note.objects.filter(user=user, queued_at__gte=since)
    if but is not None:
        notes = notes.exclude(pk=but.pk)
    return notes.count()


@dataclass(frozen=True)
class Discussed:
    """What the user noted about a conversation with one person."""

    notes: str = ""
    # The whole interview's notes stand in when the person has none of their own; then
    # the others on the panel matter, because the notes may be about one of them.
    shared: bool = False
    others: tuple[str, ...] = ()


def discussed(application: Application | None, person: Person) -> Discussed:
    """This person's own topics first, else the interview's notes, with who else was there."""
    if application is None:
        return Discussed(person.notes)
    panels = list(
        InterviewPanel.objects.filter(interview__application=application, person=person)
        .select_related("interview")
        .order_by("interview__held_on", "pk")
    )
    for panel in panels:
        if panel.topics.strip():
            return Discussed(panel.topics)
    for panel in panels:
        if panel.interview.notes.strip():
            others = (
                InterviewPanel.objects.filter(interview=panel.interview)
                .exclude(person=person)
                .order_by("pk")
                .values_list("person__name", flat=True)
            )
            return Discussed(panel.interview.notes, shared=True, others=tuple(others))
    return Discussed()


def context_for(person: Person, rejection: Rejection | None, user: User) -> DraftContext:
    application = rejection.application if rejection else None
    talk = discussed(application, person)
    return DraftContext(
        recipient_name=person.name,
        recipient_title=person.title,
        company=application.company.name if application else "",
        role=application.role if application else "",
        interview_notes=talk.notes,
        sender_name=sender_name(user),
        future_interest=bool(rejection and rejection.wants_future_line),
        other_interviewers=talk.others,
        shared_notes=talk.shared,
    )


def interview_details(note: Note) -> str:
    return discussed(note.rejection.application if note.rejection else None, note.person).notes


def tone_details(note: Note) -> list[str]:
    """The notes the tone check holds a note to: only notes a draft could draw on. Notes it
    leaves out (how it went, another language) would ask for a detail that shouldn't be there."""
    ctx = context_for(note.person, note.rejection, note.user)
    return [ctx.interview_notes] if ctx.detail().phrase else []


@transaction.atomic
def sign_drafts(user: User) -> int:
    """Sign the user's unsent notes with the name they just gave. Returns how many changed."""
    name = sender_name(user)
    changed = 0
    editable = [Note.Status.DRAFT, Note.Status.FAILED]
    for note in Note.objects.select_for_update().filter(user=user, status__in=editable):
        body = signed(note.body, note.shape, name)
        if body != note.body:
            note.body = body
            note.save(update_fields=["body", "updated_at"])
            changed += 1
    return changed


@transaction.atomic
def note_for_step(step: Step) -> Note:
    """The note of a thank step, drafted the first time it is opened."""
    existing = Note.objects.filter(step=step).first()
    if existing:
        return existing
    if step.person is None:
        raise ValueError("A thank-you step needs a person.")
    rejection = step.plan.rejection
    draft = draft_note(context_for(step.person, rejection, step.plan.user), "short")
    return Note.objects.create(
        user=step.plan.user,
        person=step.person,
        rejection=rejection,
        step=step,
        shape=Note.Shape.SHORT,
        subject=draft.subject,
        body=draft.body,
    )


Drafter = Callable[[Note, str], Draft]
DRAFTERS_SETTING = "ONWARD_NOTE_DRAFTERS"


def _thank_you_draft(note: Note, shape: str) -> Draft:
    return draft_note(context_for(note.person, note.rejection, note.user), shape)


def drafter_for(purpose: str) -> Drafter:
    """Other apps draft their own kinds of note (e.g. reaching back out when a company
    hires), named by purpose in settings.ONWARD_NOTE_DRAFTERS; thank-yous are ours."""
    path = getattr(settings, DRAFTERS_SETTING).get(purpose)
    return load(DRAFTERS_SETTING, path) if path else _thank_you_draft


def drafters() -> dict[str, Drafter]:
    return {purpose: drafter_for(purpose) for purpose in getattr(settings, DRAFTERS_SETTING)}


@transaction.atomic
def redraft(note: Note, shape: str) -> None:
    draft = drafter_for(note.purpose)(note, shape)
    note.shape = shape
    note.subject = draft.subject
    note.body = draft.body
    note.save(update_fields=["shape", "subject", "body", "updated_at"])


def queue_email(note: Note, *, again: bool = False) -> None:
    """Mark the note queued and hand it to the worker once the transaction commits.

    again: the person read "may have been sent" and asked for another copy anyway."""
    from .tasks import send_note

    if not emails.delivers():
        # The console or a folder of files would keep the note on this machine while
        # the app called it sent.
        raise CannotSend(NO_MAIL_SERVER)
    if not note.person.email:
        raise CannotSend(
            f"Add {note.person.first_name}'s email to send this, or print it as a card instead."
        )
    limit = settings.ONWARD_DAILY_SEND_LIMIT
    if limit and sent_today(note.user, but=note) >= limit:
        raise CannotSend(DAILY_LIMIT_REACHED.format(limit=limit))
    sendable = [Note.Status.DRAFT, Note.Status.FAILED] + ([Note.Status.UNSURE] if again else [])
    with transaction.atomic():
        claimed = Note.objects.filter(pk=note.pk, status__in=sendable).update(
            status=Note.Status.QUEUED,
            queued_at=timezone.now(),
            # Each press of Send is its own email in the sent-log, once each.
            sends=F("sends") + 1,
            message_id=note.message_id or emails.new_message_id(),
            send_error="",
        )
        if not claimed:
            raise CannotSend("This note is already on its way.")
        transaction.on_commit(lambda: send_note(note.pk))
    note.refresh_from_db()


def message_for(note: Note, message_id: str = "") -> EmailMessage:
    return emails.build_message(
        subject=note.subject,
        body=note.body,
        to_name=note.person.name,
        to_email=note.person.email,
        sender=emails.sender(sender_name(note.user), note.user.email, verified=verified(note.user)),
        message_id=message_id or note.message_id or emails.new_message_id(),
    )


def eml_for(note: Note) -> EmailMessage:
    """The note as a file for the person's own mail app: from them, as they are."""
    return emails.build_message(
        subject=note.subject,
        body=note.body,
        to_name=note.person.name,
        to_email=note.person.email,
        sender=emails.own(sender_name(note.user), note.user.email),
        message_id=note.message_id or emails.new_message_id(),
    )


def deliver(note_id: int) -> bool:
    """Send a queued note once. Returns True when this call sent it.

    The note's sent-log row (core.sending) holds the claim and its lease. A failure before
    the server had the body puts the note back to queued for the next retry; one after it
    makes the note "may have been sent" and nothing is retried.
    """
    if not emails.delivers():
        # Queued while a mail server was set up, and it is gone now: say so, send nothing.
        Note.objects.filter(pk=note_id, status=Note.Status.QUEUED).update(
            status=Note.Status.FAILED, send_error=NO_MAIL_SERVER[:300]
        )
        return False
    Note.objects.filter(pk=note_id, status=Note.Status.QUEUED).update(status=Note.Status.SENDING)
    note = Note.objects.select_related("person", "user", "step").filter(pk=note_id).first()
    if note is None or note.status != Note.Status.SENDING:
        return False
    try:
        outcome = send_once(
            f"note:{note.pk}:{note.sends}",
            # The note's own Message-ID, the same on every copy, so mail apps can tell.
            lambda message_id: message_for(note, message_id),
            kind="note",
            object_id=note.pk,
            user=note.user,
            message_id=note.message_id,
            on_sent=lambda: _record_sent(note),
            on_unsure=lambda: _record_unsure(note),
        )
    except Exception as error:
        Note.objects.filter(pk=note_id, status=Note.Status.SENDING).update(
            status=Note.Status.QUEUED, send_error=str(error)[:300]
        )
        raise
    return outcome == Outcome.SENT


def _record_sent(note: Note, how: str = "Sent") -> None:
    Note.objects.filter(pk=note.pk).update(
        status=Note.Status.SENT, sent_at=timezone.now(), send_error=""
    )
    Interaction.objects.create(
        user=note.user,
        person=note.person,
        kind=Interaction.Kind.EMAIL,
        summary=f"{how} {_what(note)}: {note.subject}",
    )
    if note.step and note.step.state == Step.State.OPEN:
        mark_done(note.step)


def _record_unsure(note: Note) -> None:
    Note.objects.filter(pk=note.pk).update(
        status=Note.Status.UNSURE,
        send_error="The mail server didn't confirm it took the note.",
    )


@transaction.atomic
def mark_sent_after_all(note: Note) -> bool:
    """The person found the note in their sent mail (or the reply): it went. True when
    this call recorded it."""
    if not Note.objects.filter(pk=note.pk, status=Note.Status.UNSURE).exists():
        return False
    note.refresh_from_db()
    _record_sent(note)
    note.refresh_from_db()
    return True


def _what(note: Note) -> str:
    if note.purpose == Note.Purpose.RE_ENGAGE:
        return "a note to reconnect"
    return "a thank-you note"


def give_up(note_id: int, reason: str) -> None:
    """The last retry failed before the server had the note: it was not sent."""
    Note.objects.filter(pk=note_id, status__in=[Note.Status.QUEUED, Note.Status.SENDING]).update(
        status=Note.Status.FAILED, send_error=reason[:300]
    )


@transaction.atomic
def mark_mailed(note: Note) -> bool:
    """The user sent the note from their own mail app. True when this call recorded it.

    Only a note Onward is not sending can be marked, so the two never both go out."""
    done = Note.objects.filter(
        pk=note.pk, status__in=[Note.Status.DRAFT, Note.Status.FAILED, Note.Status.PRINTED]
    ).update(status=Note.Status.MAILED, sent_at=timezone.now(), send_error="")
    if not done:
        return False
    note.refresh_from_db()
    Interaction.objects.create(
        user=note.user,
        person=note.person,
        kind=Interaction.Kind.EMAIL,
        summary=f"Sent {_what(note)} from your mail app: {note.subject}",
    )
    if note.step and note.step.state == Step.State.OPEN:
        mark_done(note.step)
    return True


@transaction.atomic
def save_text(note: Note, subject: str, body: str) -> bool:
    """Keep the text on screen (autosave, or a download that carries it). False when the
    note is on its way and can no longer change."""
    changed = (
        Note.objects.filter(pk=note.pk)
        .exclude(status__in=Note.LOCKED)
        .update(subject=subject, body=body, updated_at=timezone.now())
    )
    if changed:
        note.subject, note.body = subject, body
    return bool(changed)


@transaction.atomic
def mark_printed(note: Note, theme: str) -> None:
    if note.status == Note.Status.PRINTED:
        return
    note.status = Note.Status.PRINTED
    note.card_theme = theme
    note.save(update_fields=["status", "card_theme", "updated_at"])
    Interaction.objects.create(
        user=note.user,
        person=note.person,
        kind=Interaction.Kind.CARD,
        summary="Sent a printed thank-you card",
    )
    if note.step and note.step.state == Step.State.OPEN:
        mark_done(note.step)
