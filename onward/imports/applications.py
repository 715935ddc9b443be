"""Applications from another job tracker's CSV (Huntr, Teal, a spreadsheet of your own).

The columns are matched by their usual names, shown to the person, and can be changed;
every row is checked before anything is saved, and the rows that can be saved are saved
together or not at all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db import transaction

from onward.pipeline.models import Application, Outcome, Stage, StageChange
from onward.pipeline.services import create_application

from .reading import Table, cell
from .values import CellProblem, day_first_guess, fits, parse_date, web_address

# What Onward keeps, with the column names trackers use for it (compared without case,
# spaces or punctuation).
FIELDS: dict[str, tuple[str, list[str]]] = {
    "company": ("Company", ["company", "companyname", "employer", "organization",
                            "organisation", "org"]),
    "role": ("Role", ["title", "role", "position", "jobtitle", "job", "jobposition",
                      "positiontitle", "roletitle"]),
    "applied_on": ("Applied on", ["dateapplied", "applied", "appliedon", "applicationdate",
                                  "dateofapplication", "date", "applieddate", "submitted"]),
    "status": ("Where it stands", ["status", "stage", "state", "applicationstatus",
                                   "list", "column", "pipeline"]),
    "job_url": ("Link to the posting", ["url", "link", "joburl", "joblink", "postingurl",
                                        "postinglink", "jobposting", "website"]),
    "location": ("Location", ["location", "city", "place", "where"]),
    "notes": ("Notes", ["notes", "note", "comments", "comment", "description", "details"]),
}  # fmt: skip
REQUIRED = ("company", "role")

# Status words from other trackers -> (stage, outcome).
_STATUS = [
    (("wishlist", "bookmark", "saved", "interested", "to apply", "want"),
     Stage.SAVED, Outcome.OPEN),
    (("reject", "declined by", "not selected", "not moving", "no offer", "turned down",
      "unsuccessful"), Stage.APPLIED, Outcome.REJECTED),
    (("withdr", "declined", "not interested"), Stage.APPLIED, Outcome.WITHDRAWN),
    (("accepted", "hired", "signed"), Stage.OFFER, Outcome.ACCEPTED),
    (("offer",), Stage.OFFER, Outcome.OPEN),
    (("final", "onsite", "on-site"), Stage.FINAL, Outcome.OPEN),
    (("interview", "technical", "assessment", "take-home", "take home"),
     Stage.INTERVIEW, Outcome.OPEN),
    (("screen", "phone", "recruiter call", "hr call"), Stage.SCREEN, Outcome.OPEN),
    # Silence is not a "no": these stay open.
    (("applied", "submitted", "sent", "waiting", "in progress", "active", "ghost",
      "no response", "no answer"), Stage.APPLIED, Outcome.OPEN),
]  # fmt: skip


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def guess_mapping(header: list[str]) -> dict[str, int | None]:
    """Each field's column, by name; a column serves one field at most."""
    keys = [_key(name) for name in header]
    taken: set[int] = set()
    mapping: dict[str, int | None] = {}
    for name, (_label, synonyms) in FIELDS.items():
        mapping[name] = None
        for synonym in synonyms:
            hits = [i for i, key in enumerate(keys) if key == synonym and i not in taken]
            if hits:
                mapping[name] = hits[0]
                taken.add(hits[0])
                break
    return mapping


def read_status(value: str) -> tuple[str, str]:
    lowered = value.lower().strip()
    if not lowered:
        return Stage.APPLIED, Outcome.OPEN
    for words, stage, outcome in _STATUS:
        if any(word in lowered for word in words):
            return stage, outcome
    raise CellProblem(f"Onward doesn't know the status “{value[:40]}”.")


@dataclass
class Row:
    line: int
    company: str = ""
    role: str = ""
    applied_on: dt.date | None = None
    stage: str = Stage.APPLIED
    outcome: str = Outcome.OPEN
    job_url: str = ""
    location: str = ""
    notes: str = ""
    status_text: str = ""
    problems: list[str] = field(default_factory=list)
    skip: str = ""  # why a readable row is left out: a duplicate

    @property
    def ok(self) -> bool:
        return not self.problems and not self.skip

    @property
    def stage_label(self) -> str:
        if self.outcome != Outcome.OPEN:
            return str(Outcome(self.outcome).label)
        return str(Stage(self.stage).label)

    def key(self) -> tuple[str, str, dt.date | None]:
        return (self.company.lower(), self.role.lower(), self.applied_on)


@dataclass
class Preview:
    rows: list[Row]
    mapping: dict[str, int | None]
    day_first: bool
    missing: list[str]  # required fields with no column

    @property
    def good(self) -> list[Row]:
        return [row for row in self.rows if row.ok]

    @property
    def bad(self) -> list[Row]:
        return [row for row in self.rows if row.problems]

    @property
    def skipped(self) -> list[Row]:
        return [row for row in self.rows if row.skip and not row.problems]

    @property
    def can_import(self) -> bool:
        return not self.missing and bool(self.good)


def preview(
    user: User, table: Table, mapping: dict[str, int | None], day_first: bool | None = None
) -> Preview:
    missing = [FIELDS[name][0] for name in REQUIRED if mapping.get(name) is None]
    if day_first is None:
        dates = [cell(row, mapping.get("applied_on")) for row in table.rows]
        day_first = day_first_guess(dates)
    known = {
        (company.lower(), role.lower(), applied)
        for company, role, applied in Application.objects.filter(user=user).values_list(
            "company__name", "role", "applied_on"
        )
    }
    seen: dict[tuple[str, str, dt.date | None], int] = {}
    rows = []
    for index, raw in enumerate(table.rows):
        row = _read(raw, table.line_of(index), mapping, day_first)
        if not row.problems:
            if row.key() in known:
                row.skip = "Already in Onward"
            elif row.key() in seen:
                row.skip = f"The same as line {seen[row.key()]}"
            else:
                seen[row.key()] = row.line
        rows.append(row)
    return Preview(rows=rows, mapping=mapping, day_first=day_first, missing=missing)


def _read(raw: list[str], line: int, mapping: dict[str, int | None], day_first: bool) -> Row:
    def get(name: str) -> str:
        return cell(raw, mapping.get(name))

    row = Row(line=line, company=get("company"), role=get("role"), location=get("location"))
    # Notes keep their line breaks: only the ends are tidied.
    index = mapping.get("notes")
    row.notes = raw[index].strip() if index is not None and index < len(raw) else ""
    row.status_text = get("status")
    if not row.company:
        row.problems.append("No company.")
    if not row.role:
        row.problems.append("No role.")
    for check in (
        lambda: setattr(row, "company", fits(row.company, 200, "company name")),
        lambda: setattr(row, "role", fits(row.role, 200, "role")),
        lambda: setattr(row, "location", fits(row.location, 200, "location")),
        lambda: setattr(row, "applied_on", parse_date(get("applied_on"), day_first)),
        lambda: setattr(row, "job_url", web_address(get("job_url"))),
        lambda: _set_status(row),
    ):
        try:
            check()
        except CellProblem as problem:
            row.problems.append(str(problem))
    return row


def _set_status(row: Row) -> None:
    row.stage, row.outcome = read_status(row.status_text)


@transaction.atomic
def commit(user: User, rows: list[Row], source: str) -> list[Application]:
    """Save the readable rows, all in one transaction. Closed ones are closed with their
    history; no aftercare plan starts for an old "no" (the application offers one)."""
    made = []
    for row in rows:
        if not row.ok:
            continue
        application = create_application(
            user,
            row.company,
            row.role,
            stage=row.stage,
            location=row.location,
            job_url=row.job_url,
            applied_on=row.applied_on,
            notes=row.notes,
        )
        StageChange.objects.filter(application=application).update(
            note=f"Imported from {source}"[:300]
        )
        if row.outcome != Outcome.OPEN:
            application.outcome = row.outcome
            application.save(update_fields=["outcome"])
            StageChange.objects.create(
                application=application,
                stage=row.stage,
                outcome=row.outcome,
                note=f"{row.status_text} (imported)"[:300],
            )
        made.append(application)
    return made
