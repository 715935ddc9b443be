"""What a person reads for each table: "4 people", "1 application". A table without words
here shows Django's verbose name; settings-like tables (one per account) aren't counted."""

from __future__ import annotations

from . import ownership

WORDS: dict[str, tuple[str, str]] = {
    "people.company": ("company", "companies"),
    "people.person": ("person", "people"),
    "people.interaction": ("interaction", "interactions"),
    "pipeline.application": ("application", "applications"),
    "pipeline.stagechange": ("stage change", "stage changes"),
    "pipeline.interview": ("interview", "interviews"),
    "pipeline.interviewpanel": ("interviewer on a panel", "interviewers on panels"),
    "pipeline.rejection": ("rejection", "rejections"),
    "plans.aftercareplan": ("plan", "plans"),
    "plans.step": ("plan step", "plan steps"),
    "notes.note": ("note", "notes"),
    "outlook.moodcheckin": ("check-in", "check-ins"),
    "outlook.reframe": ("reframe", "reframes"),
    "reflect.debrief": ("debrief", "debriefs"),
    "reflect.mentorrequest": ("mentor request", "mentor requests"),
    "reflect.mentorreply": ("mentor reply", "mentor replies"),
    "reflect.actionitem": ("action item", "action items"),
    "reflect.inventorytake": ("strengths inventory", "strengths inventories"),
    "reflect.story": ("story", "stories"),
    "inbox.importedmessage": ("email", "emails"),
    "inbox.connecttodo": ("reminder to connect", "reminders to connect"),
    "watch.watch": ("company watch", "company watches"),
    "watch.alert": ("job alert", "job alerts"),
    "watch.alertnote": ("note about a job", "notes about jobs"),
    "insights.digestsent": ("digest sent", "digests sent"),
}


def counted(counts: dict[str, int]) -> list[tuple[str, int]]:
    """("people", 4)... for the tables with rows, in the export's order."""
    found = []
    for table in ownership.tables():
        n = counts.get(table.label, 0)
        if not n or table.shared or table.one_per_user:
            continue
        meta = table.model._meta
        one, many = WORDS.get(table.label, (str(meta.verbose_name), str(meta.verbose_name_plural)))
        found.append((one if n == 1 else many, n))
    return found
