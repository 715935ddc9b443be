"""People from LinkedIn's Connections.csv and from vCards, skipping the ones already known,
and everyone back out as vCards for a phone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import vobject
from django.contrib.auth.models import User
from django.db import transaction

from onward.people.models import Person, Relationship
from onward.people.services import company_named

from .reading import FileProblem, Table, cell
from .values import CellProblem, email_address, fits, parse_date, web_address

LINKEDIN_COLUMNS = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                    "Connected On"]  # fmt: skip
LINKEDIN_REQUIRED = ["First Name", "Last Name"]


@dataclass
class PersonRow:
    line: int  # the line in a CSV, or the card's number in a vCard file
    unit: str = "line"  # which of the two, in words
    name: str = ""
    email: str = ""
    company: str = ""
    title: str = ""
    linkedin_url: str = ""
    how_we_met: str = ""
    notes: str = ""
    postal_address: str = ""
    problems: list[str] = field(default_factory=list)
    skip: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems and not self.skip

    @property
    def relationship(self) -> str:
        title = self.title.lower()
        if any(word in title for word in ("recruit", "talent", "sourcer")):
            return Relationship.RECRUITER
        return Relationship.PEER


@dataclass
class PeoplePreview:
    rows: list[PersonRow]

    @property
    def good(self) -> list[PersonRow]:
        return [row for row in self.rows if row.ok]

    @property
    def bad(self) -> list[PersonRow]:
        return [row for row in self.rows if row.problems]

    @property
    def skipped(self) -> list[PersonRow]:
        return [row for row in self.rows if row.skip and not row.problems]

    @property
    def can_import(self) -> bool:
        return bool(self.good)


def _name_key(name: str) -> str:
    return " ".join(name.lower().split())


def _url_key(url: str) -> str:
    return url.lower().split("://")[-1].removeprefix("www.").rstrip("/")


def mark_known(user: User, rows: list[PersonRow]) -> PeoplePreview:
    """Leave out people Onward already has (same email, LinkedIn address or name) and people
    listed twice in the file."""
    known_names, known_emails, known_urls = set(), set(), set()
    for name, email, url in Person.objects.filter(user=user).values_list(
        "name", "email", "linkedin_url"
    ):
        known_names.add(_name_key(name))
        if email:
            known_emails.add(email.lower())
        if url:
            known_urls.add(_url_key(url))
    seen: dict[str, int] = {}
    for row in rows:
        if row.problems:
            continue
        keys = [f"n:{_name_key(row.name)}"]
        keys += [f"e:{row.email.lower()}"] if row.email else []
        keys += [f"u:{_url_key(row.linkedin_url)}"] if row.linkedin_url else []
        if (
            _name_key(row.name) in known_names
            or (row.email and row.email.lower() in known_emails)
            or (row.linkedin_url and _url_key(row.linkedin_url) in known_urls)
        ):
            row.skip = "Already in Onward"
        elif earlier := next((seen[key] for key in keys if key in seen), None):
            row.skip = f"Listed twice (see {row.unit} {earlier})"
        else:
            for key in keys:
                seen[key] = row.line
    return PeoplePreview(rows=rows)


def _checked(row: PersonRow) -> PersonRow:
    if not row.name:
        row.problems.append("No name.")
    for name, limit, what in (
        ("name", 200, "name"),
        ("title", 200, "position"),
        ("company", 200, "company name"),
        ("how_we_met", 300, "how you met"),
    ):
        try:
            setattr(row, name, fits(getattr(row, name), limit, what))
        except CellProblem as problem:
            row.problems.append(str(problem))
    return row


# LinkedIn's Connections.csv ------------------------------------------------------------


def linkedin_rows(table: Table) -> list[PersonRow]:
    columns = {name.lower(): i for i, name in enumerate(table.header)}
    missing = [name for name in LINKEDIN_REQUIRED if name.lower() not in columns]
    if missing:
        raise FileProblem(
            "This doesn't look like LinkedIn's Connections.csv: it has no "
            + " or ".join(f"“{name}”" for name in missing)
            + " column. In LinkedIn: Settings, Data privacy, Get a copy of your data, "
            "Connections."
        )
    rows = []
    for index, raw in enumerate(table.rows):

        def get(name: str) -> str:
            return cell(raw, columns.get(name.lower()))  # noqa: B023 (called at once)

        row = PersonRow(
            line=table.line_of(index),
            name=" ".join(part for part in (get("First Name"), get("Last Name")) if part),
            company=get("Company"),
            title=get("Position"),
        )
        try:
            row.email = email_address(get("Email Address"))
        except CellProblem as problem:
            row.problems.append(str(problem))
        try:
            row.linkedin_url = web_address(get("URL"))
        except CellProblem as problem:
            row.problems.append(str(problem))
        try:
            since = parse_date(get("Connected On"))
        except CellProblem as problem:
            row.problems.append(str(problem))
            since = None
        row.how_we_met = (
            f"Connected on LinkedIn, {since:%-d %b %Y}" if since else "Connected on LinkedIn"
        )
        rows.append(_checked(row))
    return rows


# vCards ----------------------------------------------------------------------------------


def vcard_rows(text: str) -> list[PersonRow]:
    if "BEGIN:VCARD" not in text.upper():
        raise FileProblem(
            "No contacts found: a vCard file (.vcf) starts with BEGIN:VCARD. Export the "
            "contacts from your phone or address book as vCard and choose that file."
        )
    rows = []
    try:
        cards = list(vobject.readComponents(text, ignoreUnreadable=True))
    except Exception as error:  # vobject raises its own and plain errors alike
        raise FileProblem(f"Onward couldn't read these contacts ({error}).") from error
    for number, card in enumerate(cards, start=1):
        if card.name.upper() != "VCARD":
            continue
        rows.append(_checked(_card_row(card, number)))
    if not rows:
        raise FileProblem("No contacts found in that file.")
    return rows


def _value(card: vobject.base.Component, name: str) -> str:
    item = card.contents.get(name)
    if not item:
        return ""
    value = item[0].value
    if isinstance(value, list):
        value = ";".join(str(part) for part in value if part)
    return " ".join(str(value).split())


def _card_row(card: vobject.base.Component, number: int) -> PersonRow:
    name = _value(card, "fn")
    if not name and "n" in card.contents:
        given = card.contents["n"][0].value
        name = " ".join(part for part in (given.given, given.family) if part)
    row = PersonRow(line=number, unit="contact", name=name, title=_value(card, "title"))
    org = card.contents.get("org")
    if org:
        parts = org[0].value
        row.company = " ".join((parts[0] if isinstance(parts, list) else str(parts)).split())
    if "note" in card.contents:
        row.notes = str(card.contents["note"][0].value).strip()
    if "adr" in card.contents:
        address = card.contents["adr"][0].value
        lines = [address.street, address.city, address.region, address.code, address.country]
        flat = [" ".join(part) if isinstance(part, list) else part for part in lines]
        row.postal_address = "\n".join(part for part in flat if part)
    for item in card.contents.get("email", []):
        try:
            row.email = email_address(str(item.value))
            break
        except CellProblem as problem:
            row.problems.append(str(problem))
    for item in card.contents.get("url", []):
        url = str(item.value)
        if "linkedin.com" in url.lower():
            try:
                row.linkedin_url = web_address(url)
            except CellProblem as problem:
                row.problems.append(str(problem))
    row.how_we_met = "From your contacts"
    return row


# Saving and exporting --------------------------------------------------------------------


@transaction.atomic
def commit(user: User, rows: Iterable[PersonRow]) -> list[Person]:
    made = []
    for row in rows:
        if not row.ok:
            continue
        made.append(
            Person.objects.create(
                user=user,
                name=row.name,
                email=row.email,
                title=row.title,
                company=company_named(user, row.company) if row.company else None,
                linkedin_url=row.linkedin_url,
                how_we_met=row.how_we_met,
                notes=row.notes,
                postal_address=row.postal_address,
                relationship=row.relationship,
            )
        )
    return made


def as_vcards(people: Iterable[Person]) -> str:
    """Every person as a vCard 3.0, the version every phone and address book reads."""
    cards = []
    for person in people:
        card = vobject.vCard()
        card.add("fn").value = person.name
        parts = person.name.split()
        family = parts[-1] if len(parts) > 1 else ""
        given = " ".join(parts[:-1]) if len(parts) > 1 else person.name
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
        if person.email:
            email = card.add("email")
            email.value = person.email
            email.type_param = "INTERNET"
        if person.company_id:
            card.add("org").value = [person.company.name]  # type: ignore[union-attr]
        if person.title:
            card.add("title").value = person.title
        if person.linkedin_url:
            card.add("url").value = person.linkedin_url
        if person.postal_address:
            lines = person.postal_address.splitlines()
            card.add("adr").value = vobject.vcard.Address(
                street=", ".join(lines[:1]), city=", ".join(lines[1:])
            )
        note = "\n".join(part for part in (person.how_we_met, person.notes) if part)
        if note:
            card.add("note").value = note
        cards.append(card.serialize())
    return "".join(cards)
