"""What a message says: its label, and the employer and role it is about."""

from __future__ import annotations

import csv

import pytest

from onward.inbox import evaluation
from onward.inbox.parsing import parse
from onward.inbox.understand import as_json, understand

from .mails import alert, human, raw


def read(data: bytes) -> tuple[str, str | None, str | None]:
    reading = understand(parse(data))
    return reading.label, reading.company, reading.role


def test_an_ats_rejection_names_the_employer_never_the_ats() -> None:
    assert read(raw()) == ("rejection", "Acme Analytics", "Data Analyst")


def test_a_workday_sender_is_read_from_its_subdomain() -> None:
    data = raw(
        sender="meridianinsurance@myworkday.com",
        subject="Application update",
        body="Dear Alex,\n\nWe regret to inform you that we will not be moving forward with "
        "your application for Claims Analyst.\n\nhttps://meridianinsurance.wd5.myworkdayjobs.com\n",
    )
    label, company, _ = read(data)
    assert label == "rejection"
    assert company == "Meridianinsurance"  # the domain's spelling when the text names none


def test_a_person_who_writes_is_not_taken_for_the_company() -> None:
    assert read(human()) == ("rejection", "Acme Analytics", "Data Analyst")


def test_a_job_alert_that_says_unfortunately_is_not_a_rejection() -> None:
    label, company, role = read(alert())
    assert (label, company, role) == ("other", None, None)


def test_a_rescheduling_that_says_unfortunately_is_a_next_step() -> None:
    data = raw(
        sender="Sofia Marin <sofia@polaris.example>",
        subject="Need to reschedule our interview",
        body="Hi Alex,\n\nUnfortunately our lead is away, so I need to reschedule your "
        "interview for the Learning Designer role. Would Monday at 2pm work?\n",
    )
    assert read(data)[0] == "next_step"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "We are pleased to offer you the position of Analyst. Your offer letter is attached.",
            "offer",
        ),
        ("Thanks for applying! We've received your application and will review it.", "received"),
        ("The position has been filled. Thank you for your interest in Acme.", "rejection"),
        ("Leider haben wir uns für einen anderen Kandidaten entschieden.", "rejection"),
        ("Malheureusement, votre candidature n'a pas été retenue.", "rejection"),
        ("Lamentablemente, hemos decidido continuar con otros candidatos.", "rejection"),
        ("are you free sunday for dinner? unfortunately I can't do saturday", "other"),
    ],
)
def test_labels_in_four_languages(body: str, label: str) -> None:
    data = raw(sender="Someone <someone@company.example>", subject="Hello", body=body)
    assert read(data)[0] == label


def test_the_json_line_has_exactly_the_documented_keys() -> None:
    mail = parse(raw())
    line = as_json(mail, understand(mail))
    assert list(line) == [
        "message_id",
        "date",
        "subject",
        "label",
        "company",
        "role",
        "sender_name",
        "sender_email",
        "confidence",
    ]
    assert line["date"] == "2024-11-05T10:00:00+00:00"
    assert 0.0 <= line["confidence"] <= 1.0


@pytest.mark.parametrize("split", ["tune", "holdout"])
def test_the_development_set_meets_the_targets(split: str) -> None:
    figures = evaluation.report(evaluation.evaluate(split))
    rejection_recall = figures["labels"]["rejection"]["recall"]
    other_called_rejection = figures["other_called_rejection"]
    company_right = figures["company_right_in_rejections"]
    assert rejection_recall is not None and rejection_recall >= 0.95
    assert other_called_rejection is not None and other_called_rejection <= 0.02
    assert company_right is not None and company_right >= 0.90


def test_the_development_set_is_big_and_varied() -> None:
    rows = []
    for split in evaluation.SPLITS:
        with (evaluation.DEVSET / split / "labels.csv").open() as handle:
            rows += list(csv.DictReader(handle))
    assert len(rows) >= 200
    assert {row["label"] for row in rows} == {
        "rejection",
        "next_step",
        "offer",
        "received",
        "other",
    }
    assert len({row["company"] for row in rows if row["company"]}) >= 40


def test_a_mistake_names_what_was_read_and_what_was_wanted() -> None:
    row = evaluation.Row(
        "tune/1.eml", "rejection", "other", "Acme, Inc.", "Globex", "Data Analyst", ""
    )
    assert evaluation.mistakes(row) == [
        "label other (want rejection)",
        "company 'Globex' (want 'Acme, Inc.')",
        "role '' (want 'Data Analyst')",
    ]
    right = evaluation.Row(
        "tune/2.eml", "rejection", "rejection", "ACME, Inc.", "Acme", "Analyst (m/w/d)", "analyst"
    )
    assert evaluation.mistakes(right) == []


def test_a_figure_with_nothing_to_measure_shows_as_a_dash_not_a_zero() -> None:
    rows = [evaluation.Row("tune/1.eml", "other", "other", "", "", "", "")]
    figures = evaluation.report(rows)
    assert figures["labels"]["rejection"] == {
        "support": 0,
        "precision": None,
        "recall": None,
        "called_rejection": None,
    }
    assert figures["other_called_rejection"] == 0.0
    text = evaluation.table("tune", figures)
    assert text.splitlines()[1] == "tune: 1 messages"
    assert "  rejection        0         -       -" in text
    assert "  company right in rejections: -" in text
    assert "other mail called a rejection              0.0%" in text
