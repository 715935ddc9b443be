"""The company named by an applicant-tracking subject, when neither the sender nor the text
names it: the shapes such subjects commonly take, written for the test (none from the corpus).
Each failed before the subject patterns learned it."""

from __future__ import annotations

import pytest

from onward.inbox.corpus import as_bytes
from onward.inbox.names import same_company
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

BODY = (
    "Hi Alex,\n\nThank you for applying. Unfortunately we have decided to move forward with "
    "other candidates at this time.\n\nBest,\nRecruiting Team\n"
)


def company_of(subject: str) -> str | None:
    record = {"id": "written", "from": "", "subject": subject, "body": BODY}
    reading = understand(parse(as_bytes(record)))
    assert reading.label == "rejection"
    return reading.company


@pytest.mark.parametrize(
    "subject",
    [
        "Your application for Data Analyst with Delmar Energy",
        "Your Application for Data Intern position with Delmar Energy 40917",
        "Thank You For Applying To Delmar Energy",
        "Your Application With Delmar Energy",
        "Thank you for considering Delmar Energy",
        "Delmar Energy, Inc. Application Update",
        "Delmar Energy Internship Application",
        "Your Delmar Energy Internship Application",
        "Delmar Energy Internship - Thank You",
        "Application Status Update - Delmar Energy Summer Internship",
        "Thank you for your application to the Delmar Energy Summer Internship",
    ],
)
def test_the_subject_names_the_company(subject: str) -> None:
    assert company_of(subject) == "Delmar Energy"


@pytest.mark.parametrize(
    "subject",
    [
        "Your application for Data Analyst with our team",
        "Thank you for considering us",
        "Data Science Internship - Application Update",
    ],
)
def test_a_subject_without_a_company_names_none(subject: str) -> None:
    assert company_of(subject) is None


@pytest.mark.parametrize(
    "footer",
    [
        "© 2018 Delmar Energy, Inc. All rights reserved.",
        "Copyright © 2017 Delmar Energy Corporation. All rights reserved.",
        "This email was sent by Delmar Energy, 100 Main Street, Springfield.",
        "Delmar Energy | 100 Main Street | Springfield, IL 62701",
        "Delmar Energy, 100 Main Street, Springfield, IL 62701",
        "Follow Delmar Energy on LinkedIn",
    ],
)
def test_a_template_footer_names_the_company_when_nothing_else_does(footer: str) -> None:
    record = {
        "id": "written",
        "from": "",
        "subject": "Your application",
        "body": BODY + "\n" + footer,
    }
    reading = understand(parse(as_bytes(record)))
    assert reading.label == "rejection"
    assert same_company(reading.company or "", "Delmar Energy")  # "… Corporation" is the same


def test_a_footer_never_outweighs_the_company_the_text_names() -> None:
    body = (
        "Hi Alex,\n\nThank you for your interest in Delmar. Unfortunately we have decided to "
        "move forward with other candidates.\n\n© 2018 Delmar Intellectual Property. All "
        "rights reserved.\n"
    )
    record = {"id": "written", "from": "", "subject": "Your application", "body": body}
    assert understand(parse(as_bytes(record))).company == "Delmar"
