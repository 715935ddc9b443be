"""The work-search log: every application and activity with dates and the full stage
history, as CSV and as a PDF, for a benefits office or any proof of an active search.

The CSV's columns are stable (documented in docs/insights.md); new ones are only ever
added at the end.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from onward.accounts.prefs import preferences_for
from onward.people.models import Interaction
from onward.pipeline.models import Application, Outcome, Stage

COLUMNS = [
    "date",
    "activity",
    "employer",
    "role",
    "stage",
    "outcome",
    "contact",
    "method",
    "details",
    "application",
]
# Plain words for an outside reader; the app's own gentler labels are for the user.
OUTCOMES: dict[str, str] = {
    Outcome.OPEN: "In progress",
    Outcome.REJECTED: "Not selected",
    Outcome.WITHDRAWN: "Withdrawn",
    Outcome.ACCEPTED: "Accepted",
}
STAGES = dict(Stage.choices)


@dataclass(frozen=True)
class LogRow:
    date: dt.date
    activity: str
    employer: str = ""
    role: str = ""
    stage: str = ""
    outcome: str = ""
    contact: str = ""
    method: str = ""
    details: str = ""
    application: str = ""  # Onward's reference, to group one application's rows
    order: int = 0

    def cells(self) -> list[str]:
        return [
            self.date.isoformat(),
            self.activity,
            self.employer,
            self.role,
            self.stage,
            self.outcome,
            self.contact,
            self.method,
            self.details,
            self.application,
        ]


@dataclass
class History:
    """One application with its full stage history, for the PDF's second part."""

    application: Application
    reference: str
    changes: list[LogRow] = field(default_factory=list)


def _ref(application: Application) -> str:
    return f"A{application.pk}"


def _stage_rows(application: Application, zone: dt.tzinfo) -> list[LogRow]:
    rejection = getattr(application, "rejection", None)
    rows = []
    previous = ""
    for index, change in enumerate(application.history.all()):
        day = change.changed_at.astimezone(zone).date()
        method = ""
        details = "" if change.note == "Added to Onward" else change.note
        if index == 0:
            activity = "Saved" if change.stage == Stage.SAVED else "Applied"
            day = application.applied_on or day
        elif change.outcome != Outcome.OPEN:
            activity = "Outcome"
            if change.outcome == Outcome.REJECTED and rejection is not None:
                day = rejection.received_on
                method = rejection.get_channel_display()
        elif change.stage == Stage.APPLIED and previous == Stage.SAVED:
            activity = "Applied"
        else:
            activity = "Stage changed"
        rows.append(
            LogRow(
                date=day,
                activity=activity,
                employer=application.company.name,
                role=application.role,
                stage=STAGES.get(change.stage, ""),
                outcome=OUTCOMES.get(change.outcome, ""),
                method=method,
                details=details,
                application=_ref(application),
                order=index,
            )
        )
        previous = change.stage
    return rows


def _interview_rows(application: Application) -> list[LogRow]:
    rows = []
    for interview in application.interviews.all():
        people = ", ".join(p.name for p in interview.interviewers.all())
        rows.append(
            LogRow(
                date=interview.held_on,
                activity="Interview",
                employer=application.company.name,
                role=application.role,
                stage=STAGES.get(interview.stage, ""),
                contact=people,
                method=interview.get_kind_display(),
                details=" ".join(interview.notes.split())[:300],
                application=_ref(application),
                order=50,
            )
        )
    return rows


def gather(
    user: User, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[list[LogRow], list[History]]:
    """Every activity (oldest first) and every application's stage history, in range."""
    zone = preferences_for(user).zone
    applications = (
        Application.objects.filter(user=user)
        .select_related("company", "rejection")
        .prefetch_related("history", "interviews__interviewers")
        .order_by("created_at", "pk")
    )
    rows: list[LogRow] = []
    histories: list[History] = []

    def in_range(day: dt.date) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    for application in applications:
        stage_rows = _stage_rows(application, zone)
        app_rows = [r for r in stage_rows + _interview_rows(application) if in_range(r.date)]
        rows += app_rows
        if app_rows:
            histories.append(History(application, _ref(application), stage_rows))
    interactions = (
        Interaction.objects.filter(user=user)
        .exclude(kind=Interaction.Kind.INTERVIEW)  # already listed as interviews
        .select_related("person__company")
    )
    for interaction in interactions:
        day = interaction.happened_at.astimezone(zone).date()
        if not in_range(day):
            continue
        person = interaction.person
        rows.append(
            LogRow(
                date=day,
                activity="Contact",
                employer=str(person.company or ""),
                contact=person.name + (f" ({person.title})" if person.title else ""),
                method=interaction.get_kind_display(),
                details=interaction.summary,
                order=90,
            )
        )
    rows.sort(key=lambda r: (r.date, r.application, r.order))
    return rows, histories


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(cell: str) -> str:
    # A spreadsheet would run a cell starting like a formula; a leading quote keeps it text.
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def to_csv(rows: list[LogRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_safe(cell) for cell in row.cells()])
    # A byte-order mark so spreadsheet apps read names with accents correctly.
    return "\ufeff" + out.getvalue()


def to_pdf(
    user: User,
    rows: list[LogRow],
    histories: list[History],
    start: dt.date | None,
    end: dt.date | None,
) -> bytes:
    from weasyprint import HTML, URLFetcher

    from onward.notes import fonts

    applied = {r.application for r in rows if r.activity == "Applied"}
    context = {
        "user": user,
        "name": user.get_full_name() or user.email,
        "rows": rows,
        "histories": histories,
        "start": start,
        "end": end,
        "generated": preferences_for(user).local_now(),
        "counts": {
            "applications": len(applied),
            "interviews": sum(1 for r in rows if r.activity == "Interview"),
            "contacts": sum(1 for r in rows if r.activity == "Contact"),
        },
        "font_css": mark_safe(_sans_faces()),
        "sans": mark_safe(fonts.STACKS["sans"]),
    }
    html = render_to_string("insights/worklog_pdf.html", context)
    # Our own font files only: no network, whatever the user's text says.
    fetcher = URLFetcher(allowed_protocols={"file"})
    return bytes(HTML(string=html, base_url="/", url_fetcher=fetcher).write_pdf())


def _sans_faces() -> str:
    """@font-face rules for the sans face only: the log needs no card fonts, and loading
    them all would triple the time to make it."""
    from onward.notes import fonts

    return "\n".join(
        "@font-face {"
        f' font-family: "{face.family}"; src: url("{path.resolve().as_uri()}");'
        f" font-weight: {face.weight}; font-style: {face.style}; }}"
        for face, path in fonts.available_faces()
        if face.family == fonts.SANS
    )
