"""Learning from the person: a correction in the review queue becomes a lesson about that
sender's kind of mail, so the same kind of message is not wrong twice for that user.

A lesson belongs to one user and is only ever read for that user."""

from __future__ import annotations

import re
from dataclasses import replace

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from .extract import extract
from .models import ImportedMessage, Label, SenderLesson
from .parsing import Mail
from .understand import Reading

Status = ImportedMessage.Status
TEMPLATE_WORDS = 12
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_REPLY = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)+", re.IGNORECASE)
NOUNS: dict[str, str] = {
    Label.REJECTION: "a rejection",
    Label.NEXT_STEP: "a next step",
    Label.OFFER: "an offer",
    Label.RECEIVED: "an application received",
    Label.OTHER: "something else",
}


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower()[:254] if "@" in address else ""


def template_of(subject: str, text: str) -> str:
    """What stays the same from one mail of a sender's template to the next: the words of
    the subject and of the body's first lines, with the capitalised words (names, companies,
    months) and the numbers taken out. Both, because one tracking system sends "Your
    application to X" both to say it arrived and to say no."""
    subject_words = _steady_words(_REPLY.sub("", subject))
    body_words = _steady_words(text[:300])
    return f"{subject_words} / {body_words}"[:300]


def _steady_words(source: str) -> str:
    words = _WORD.findall(source)
    kept = [word.lower() for word in words if not word[0].isupper()]
    if not kept:  # all capitalised ("Application Update"): the words themselves
        kept = [word.lower() for word in words]
    return " ".join(kept[:TEMPLATE_WORDS])


def key_of(sender_email: str, subject: str, text: str) -> tuple[str, str]:
    return domain_of(sender_email), template_of(subject, text)


def reason_for(lesson: SenderLesson) -> str:
    if lesson.label == Label.OTHER:
        return f"You told Onward mail like this is not {NOUNS[lesson.was_label]}."
    return f"You told Onward mail like this is {NOUNS[lesson.label]}."


class Lessons:
    """One user's lessons, read once for a whole import."""

    def __init__(self, user: User) -> None:
        self.by_key = {
            (lesson.domain, lesson.template): lesson
            for lesson in SenderLesson.objects.filter(user=user)
        }

    def apply(self, mail: Mail, reading: Reading) -> Reading:
        """The reading, overruled by a lesson when one fits this mail."""
        if not self.by_key:
            return reading
        lesson = self.by_key.get(key_of(mail.sender_email, mail.subject, mail.text))
        if lesson is None or lesson.label == reading.label:
            return reading
        # "Not a rejection" says what it isn't: it overrules only that label.
        if lesson.label == Label.OTHER and reading.label != lesson.was_label:
            return reading
        company, role = reading.company, reading.role
        if lesson.label != Label.OTHER and company is None and role is None:
            found = extract(mail)
            company, role = found.company, found.role
        return replace(
            reading,
            label=lesson.label,
            confidence=1.0,
            company=company,
            role=role,
            reason=reason_for(lesson),
        )


@transaction.atomic
def teach(message: ImportedMessage, label: str, *, was_status: str) -> SenderLesson:
    """Remember that mail like this message is `label` for its user (the latest word wins)."""
    domain, template = key_of(message.sender_email, message.subject, message.text)
    lesson, _ = SenderLesson.objects.update_or_create(
        user=message.user,
        domain=domain,
        template=template,
        defaults={
            "label": label,
            "message": message,
            "was_label": message.label,
            "was_status": was_status,
        },
    )
    return lesson


@transaction.atomic
def set_aside_and_learn(message: ImportedMessage) -> SenderLesson:
    """ "Not a rejection" in the queue: the email stays logged, and Onward remembers."""
    lesson = teach(message, Label.OTHER, was_status=message.status)
    message.status = Status.DISMISSED
    message.decided_at = timezone.now()
    message.save(update_fields=["status", "decided_at"])
    return lesson


@transaction.atomic
def undo(lesson: SenderLesson) -> bool:
    """Forget the lesson and put its email back as it was, when nothing else has happened to
    it since. True when the email went back to the list."""
    message = lesson.message
    restored = False
    if (
        message is not None
        and lesson.label == Label.OTHER
        and message.status == Status.DISMISSED
        and lesson.was_status == Status.PENDING
    ):
        message.status = Status.PENDING
        message.label = lesson.was_label
        message.decided_at = None
        message.save(update_fields=["status", "label", "decided_at"])
        restored = True
    lesson.delete()
    return restored


def sender_of(lesson: SenderLesson) -> str:
    """Who the lesson is about, in words: the domain, or the sender of its email."""
    if lesson.domain:
        return lesson.domain
    if lesson.message is not None:
        return lesson.message.sender
    return "this sender"
