"""One call that reads a message: its label, how sure, the company and the role."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .classify import classify
from .extract import extract
from .parsing import Mail


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


def understand(mail: Mail, *, extract_other: bool = False) -> Reading:
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
