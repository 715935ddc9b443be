"""One call that reads a message: its label, how sure, the company and the role."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .classify import classify
from .extract import extract
from .parsing import Mail

if TYPE_CHECKING:
    from .learning import Lessons


@dataclass(frozen=True, slots=True)
class Reading:
    label: str
    confidence: float
    company: str | None
    role: str | None
    reason: str = ""  # set when a lesson from the user overruled the classifier

    @property
    def job_related(self) -> bool:
        return self.label != "other"


def understand(
    mail: Mail, *, extract_other: bool = False, lessons: Lessons | None = None
) -> Reading:
    """The reading of a message; with a person's lessons, as that person's import reads it
    (a lesson that fits overrules the classifier). Every path that reports or saves a
    reading for a user passes their lessons here."""
    reading = _read(mail, extract_other=extract_other)
    return lessons.apply(mail, reading) if lessons is not None else reading


def _read(mail: Mail, *, extract_other: bool) -> Reading:
    verdict = classify(mail)
    if verdict.label == "other" and not extract_other:
        # Not job mail: the company and role would only be guesses (and cost time).
        return Reading("other", verdict.confidence, None, None)
    found = extract(mail)
    return Reading(verdict.label, verdict.confidence, found.company, found.role)


def as_json(mail: Mail, reading: Reading) -> dict[str, Any]:
    """The line `onward import-mail --json` prints for a message."""
    return {
        "message_id": mail.message_id or mail.key,
        "date": mail.date.isoformat() if mail.date else None,
        "subject": mail.subject,
        "label": reading.label,
        "company": reading.company,
        "role": reading.role,
        "sender_name": mail.sender_name or None,
        "sender_email": mail.sender_email or None,
        "confidence": reading.confidence,
    }
