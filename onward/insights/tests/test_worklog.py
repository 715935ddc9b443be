"""The work-search log: CSV with stable columns, and a PDF, of every application and activity."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from onward.insights.worklog import COLUMNS
from onward.people.models import Interaction
from onward.pipeline.services import (
    add_interview,
    create_application,
    move_to_stage,
    record_rejection,
)
from onward.test import PRIYA

pytestmark = pytest.mark.django_db


def on(day: str) -> Any:
    return time_machine.travel(dt.datetime.fromisoformat(day + "T10:00:00+00:00"), tick=False)


@pytest.fixture
def search(alice: Any) -> None:
    with on("2025-03-01"):
        acme = create_application(alice, "Acme", "Data Analyst", applied_on=dt.date(2025, 2, 27))
    with on("2025-03-10"):
        add_interview(acme, dt.date(2025, 3, 9), "video", "Case study on churn.", [PRIYA])
    with on("2025-03-20"):
        record_rejection(acme, received_on=dt.date(2025, 3, 18), channel="email")
    with on("2025-03-21"):
        priya = acme.interviews.get().interviewers.get()
        Interaction.objects.create(
            user=alice, person=priya, kind="email", summary="Sent a thank-you note"
        )
    with on("2025-04-02"):
        globex = create_application(alice, "=Globex", "BI Developer", stage="saved")
    with on("2025-04-05"):
        move_to_stage(globex, "applied")


def rows(response: Any) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # so spreadsheet apps read accents right
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_csv_has_stable_columns_and_every_activity_in_date_order(
    search: None, alice_client: Client
) -> None:
    response = alice_client.get(reverse("insights:worklog_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="work-search-log.csv"'
    header, *body = rows(response)
    assert header == COLUMNS == [
        "date", "activity", "employer", "role", "stage", "outcome",
        "contact", "method", "details", "application",
    ]  # fmt: skip
    acme = body[0][9]
    assert body == [
        ["2025-02-27", "Applied", "Acme", "Data Analyst", "Applied", "In progress", "", "", "",
         acme],
        ["2025-03-09", "Interview", "Acme", "Data Analyst", "Interviewing", "", "Priya Raman",
         "Video call", "Case study on churn.", acme],
        ["2025-03-10", "Stage changed", "Acme", "Data Analyst", "Interviewing", "In progress", "",
         "", "Interview on 09 Mar 2025", acme],
        ["2025-03-18", "Outcome", "Acme", "Data Analyst", "Interviewing", "Not selected", "",
         "Email", "Heard back on 18 Mar 2025", acme],
        ["2025-03-21", "Contact", "Acme", "", "", "", "Priya Raman (Analytics Manager)", "Email",
         "Sent a thank-you note", ""],
        ["2025-04-02", "Saved", "'=Globex", "BI Developer", "Saved", "In progress", "", "", "",
         body[5][9]],
        ["2025-04-05", "Applied", "'=Globex", "BI Developer", "Applied", "In progress", "", "", "",
         body[5][9]],
    ]  # fmt: skip
    assert acme != body[5][9]


def test_a_date_range_keeps_only_what_happened_inside_it(
    search: None, alice_client: Client
) -> None:
    response = alice_client.get(
        reverse("insights:worklog_csv"), {"start": "2025-03-15", "end": "2025-03-31"}
    )
    _, *body = rows(response)
    assert [(r[0], r[1]) for r in body] == [("2025-03-18", "Outcome"), ("2025-03-21", "Contact")]
    assert "2025-03-15-to-2025-03-31" in response["Content-Disposition"]


@pytest.mark.parametrize(
    "dates", [{"start": "2025-04-01", "end": "2025-03-01"}, {"start": "not a date"}]
)
def test_a_wrong_range_goes_back_with_a_kind_word(
    dates: dict[str, str], search: None, alice_client: Client
) -> None:
    for name in ["insights:worklog_csv", "insights:worklog_pdf"]:
        response = alice_client.get(reverse(name), dates, follow=True)
        assert response.redirect_chain[-1][0] == reverse("insights:insights")
        assert "look right. Try again, or leave them empty." in response.content.decode()


def test_the_pdf_reads_as_a_log_with_the_full_stage_history(
    search: None, alice_client: Client
) -> None:
    response = alice_client.get(reverse("insights:worklog_pdf"))
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    for expected in [
        "Work-search log",
        "Alice Lee",
        "Data Analyst",
        "Priya Raman",
        "Not selected",
        "Stage history of each application",
        "BI Developer at =Globex",
        "Heard back on 18 Mar 2025",
    ]:
        assert expected in text, expected


def test_an_empty_period_says_so(search: None, alice_client: Client) -> None:
    response = alice_client.get(
        reverse("insights:worklog_pdf"), {"start": "2024-01-01", "end": "2024-01-31"}
    )
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "No activity in this period." in text


def test_bobs_log_holds_none_of_alices_search(search: None, bob_client: Client) -> None:
    _, *body = rows(bob_client.get(reverse("insights:worklog_csv")))
    assert body == []
    pdf = PdfReader(io.BytesIO(bob_client.get(reverse("insights:worklog_pdf")).content))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "Acme" not in text and "Priya" not in text


@pytest.mark.parametrize(
    "name", ["insights:worklog_csv", "insights:worklog_pdf", "insights:insights"]
)
def test_the_log_needs_a_signed_in_user(name: str, client: Client) -> None:
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
