"""What a plan's "thank" step produced: the note, and how it went (ONWARD_STEP_RESULTS)."""

from __future__ import annotations

from onward.lib.dates import human_date
from onward.plans.models import Step
from onward.plans.results import StepResult

from .models import Note


def result(step: Step) -> StepResult | None:
    note = Note.objects.filter(step=step).first()
    if note is None:
        return None
    url = note.get_absolute_url()
    if note.status == Note.Status.SENT:
        return StepResult("See the note you sent", url, f"By email, {human_date(note.sent_at)}")
    if note.status == Note.Status.MAILED:
        when = f", {human_date(note.sent_at)}" if note.sent_at else ""
        return StepResult("See the note you sent", url, f"From your mail app{when}")
    if note.status == Note.Status.PRINTED:
        return StepResult("See the note on your card", url, "With a printed card")
    if note.status in {Note.Status.QUEUED, Note.Status.SENDING}:
        return StepResult("See the note", url, "By email, on its way")
    # Marked done by hand (written some other way): the draft is still worth a look.
    return StepResult("Open the note", url)
