"""A job tracker's CSV becomes applications: the columns found by name and shown, changeable,
each row checked, and everything saved at once or nothing."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.imports import applications
from onward.imports.reading import decode, read_csv
from onward.pipeline.models import Application, Outcome, Stage
from onward.pipeline.services import create_application
from onward.plans.models import AftercarePlan

from .files import HUNTR_CSV, upload

pytestmark = pytest.mark.django_db

UPLOAD = reverse("imports:applications")
PREVIEW = reverse("imports:applications_preview")


def page_text(client: Client, query: dict[str, str] | None = None) -> str:
    return html.unescape(client.get(PREVIEW, query or {}).content.decode())


def send(client: Client, text: str | bytes, name: str = "huntr.csv") -> Any:
    return client.post(UPLOAD, {"file": upload(text, name)})


def test_the_usual_column_names_are_matched() -> None:
    header = ["Company Name", "Position", "Date applied", "Stage", "Job Link", "Comments", "x"]
    mapping = applications.guess_mapping(header)
    assert mapping == {
        "company": 0, "role": 1, "applied_on": 2, "status": 3, "job_url": 4,
        "location": None, "notes": 5,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("status", "stage", "outcome"),
    [
        ("Wishlist", Stage.SAVED, Outcome.OPEN),
        ("Applied", Stage.APPLIED, Outcome.OPEN),
        ("Phone screen", Stage.SCREEN, Outcome.OPEN),
        ("Interviewing", Stage.INTERVIEW, Outcome.OPEN),
        ("Final round", Stage.FINAL, Outcome.OPEN),
        ("Offer", Stage.OFFER, Outcome.OPEN),
        ("Rejected", Stage.APPLIED, Outcome.REJECTED),
        ("Withdrawn", Stage.APPLIED, Outcome.WITHDRAWN),
        ("Ghosted", Stage.APPLIED, Outcome.OPEN),  # silence is not a "no"
        ("", Stage.APPLIED, Outcome.OPEN),
    ],
)
def test_other_trackers_status_words(status: str, stage: str, outcome: str) -> None:
    assert applications.read_status(status) == (stage, outcome)


def test_the_preview_shows_what_comes_in_and_saves_nothing(
    alice: Any, alice_client: Client
) -> None:
    response = send(alice_client, HUNTR_CSV)
    assert response["Location"] == PREVIEW
    page = page_text(alice_client)
    assert "3 applications ready to bring in" in page
    assert "Data Analyst" in page and "Not this time" in page
    assert 'value="0" selected' in page  # the company column, found by its name
    assert not Application.objects.exists()


def test_bringing_them_in_keeps_dates_stages_links_and_notes(
    alice: Any, alice_client: Client
) -> None:
    send(alice_client, HUNTR_CSV)
    response = alice_client.post(PREVIEW, {"import": "1"})
    assert response["Location"] == reverse("pipeline:application_list")
    made = {a.company.name: a for a in Application.objects.filter(user=alice)}
    assert set(made) == {"Acme", "Globex", "Initech"}
    acme = made["Acme"]
    assert (acme.role, acme.applied_on, acme.job_url, acme.notes) == (
        "Data Analyst", dt.date(2026, 10, 2), "https://jobs.example/acme/1", "Referred by Priya",
    )  # fmt: skip
    assert made["Globex"].stage == Stage.INTERVIEW
    initech = made["Initech"]
    assert initech.outcome == Outcome.REJECTED
    # An old "no" is recorded with its history, and starts no plan by surprise.
    assert [c.outcome for c in initech.history.order_by("pk")] == [Outcome.OPEN, Outcome.REJECTED]
    assert not AftercarePlan.objects.exists()
    # The pending file is gone: a second post imports nothing twice.
    again = alice_client.post(PREVIEW, {"import": "1"})
    assert again["Location"] == UPLOAD
    assert Application.objects.count() == 3


def test_changing_the_mapping_changes_the_preview(alice: Any, alice_client: Client) -> None:
    send(alice_client, "Who,What,When\nAcme,Analyst,03/04/2026\n")
    page = page_text(alice_client)
    assert "Onward needs a column for the company and the role" in page
    assert 'name="import"' not in page
    chosen = {"company": "0", "role": "1", "applied_on": "2", "day_first": "0"}
    page = page_text(alice_client, chosen)
    assert "1 application ready to bring in" in page
    alice_client.post(PREVIEW, {**chosen, "import": "1"})
    assert Application.objects.get().applied_on == dt.date(2026, 3, 4)  # month first, as chosen


def test_rows_with_problems_are_named_by_line_and_left_out(
    alice: Any, alice_client: Client
) -> None:
    send(
        alice_client,
        "Company,Title,Date Applied,Status,URL\n"
        "Acme,Analyst,2026-10-02,Applied,\n"
        ",Orphan role,2026-10-02,Applied,\n"
        "Globex,Analyst,someday,Applied,\n"
        "Initech,Analyst,2026-10-02,Mysterious,not a url\n"
        "Acme,Analyst,2026-10-02,Applied,\n",
    )
    page = page_text(alice_client)
    assert "1 application ready to bring in" in page
    assert "3 rows with a problem, left out" in page
    assert "Line 3" in page and "No company." in page
    assert "Line 4" in page and "“someday” isn't a date" in page
    assert "Onward doesn't know the status “Mysterious”" in page
    assert "isn't a web address" in page
    assert "The same as line 2" in page
    alice_client.post(PREVIEW, {"import": "1"})
    assert list(Application.objects.values_list("company__name", flat=True)) == ["Acme"]


def test_applications_already_in_onward_are_left_out(alice: Any, alice_client: Client) -> None:
    create_application(alice, "Acme", "Data Analyst", applied_on=dt.date(2026, 10, 2))
    send(alice_client, HUNTR_CSV)
    assert "already here or listed twice" in page_text(alice_client)
    alice_client.post(PREVIEW, {"import": "1"})
    assert Application.objects.filter(company__name="Acme").count() == 1
    assert Application.objects.count() == 3


def test_a_failure_while_saving_leaves_nothing_half_imported(
    alice: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = applications.preview(
        alice, read_csv(decode(HUNTR_CSV.encode())), applications.guess_mapping(
            ["Company", "Job Title", "Date Applied", "Status", "URL", "Notes"]
        )
    )  # fmt: skip
    real = applications.create_application
    calls = []

    def fails_on_the_third(*args: Any, **kwargs: Any) -> Application:
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(applications, "create_application", fails_on_the_third)
    with pytest.raises(RuntimeError):
        applications.commit(alice, preview.rows, "huntr.csv")
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    ("data", "name", "says"),
    [
        (b"PK\x03\x04rest", "tracker.xlsx", "Save it as CSV first"),
        (b"", "empty.csv", "That file is empty"),
        (b"one column only\nAcme\n", "odd.csv", "only one column"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_with_a_reason(
    alice_client: Client, data: bytes, name: str, says: str
) -> None:
    response = send(alice_client, data, name)
    assert response.status_code == 200
    assert says in response.content.decode()
    assert alice_client.session.get("imports.pending.applications") is None


def test_a_huge_file_is_refused(alice_client: Client) -> None:
    huge = b"Company,Title\n" + b"Acme,Analyst\n" * 420_000  # about 5.5 MB
    response = send(alice_client, huge)
    assert "Onward takes files up to 5 MB" in response.content.decode()
    assert not Application.objects.exists()


def test_each_person_sees_only_their_own_pending_file(alice_client: Client, bob: Any) -> None:
    send(alice_client, HUNTR_CSV)
    bobs = Client()
    bobs.force_login(bob)
    assert bobs.get(PREVIEW)["Location"] == UPLOAD
    assert bobs.post(PREVIEW, {"import": "1"})["Location"] == UPLOAD
    assert not Application.objects.exists()
