"""A company named for what it does is a company, not a job title (fourteenth pass).

Found by reading employers' templates as HR and job-site pages publish them (read, not kept in
the corpus): an interview invitation for "<name> Engineering" named no employer, because
"engineering" began with
"engineer" and so the whole name was taken for a title ending with who a person is. The same
slip dropped "… International" (intern-), "… Architecture" (architect-), "… Advisory"
(advisor-). A title's last word is the role itself or its feminine or plural ending; a longer
word is what a company does. Every case is written here with made-up companies; the guards
say what must stay a title.
"""

from __future__ import annotations

import pytest

from onward.inbox.company_forms import ROLE_WORDS, looks_like_title
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

from .mails import raw


def read(subject: str, body: str) -> tuple[str, str | None]:
    reading = understand(parse(raw(sender="", subject=subject, body=body)))
    return reading.label, reading.company


@pytest.mark.parametrize(
    "company",
    ["Tollund Engineering", "Brennick International", "Marlow Architecture", "Quessant Advisory"],
)
def test_an_interview_invitation_names_a_company_called_for_what_it_does(company: str) -> None:
    body = (
        f"Dear Alex,\nThank you for your application for the Data Analyst position at {company}."
        " We have reviewed your application and would like to invite you to an interview.\n"
        "Please confirm by 10 April whether you are available.\n"
    )
    assert read(f"Interview invitation for Data Analyst at {company}", body) == (
        "next_step",
        company,
    )


def test_a_rejection_signed_by_such_a_company_names_it() -> None:
    body = (
        "Dear Alex,\n\nThank you for your interest in the Data Analyst role. After careful "
        "consideration, we regret to inform you that we will not be moving forward with your "
        "application.\n\nBest regards,\nSam Carter\nTalent Acquisition Lead\nMarlow Architecture\n"
    )
    assert read("Your application", body) == ("rejection", "Marlow Architecture")


@pytest.mark.parametrize(
    "key",
    [
        "senior software engineer",
        "java entwicklerin",  # the feminine ending is still the role
        "data analysts",
        "summer internship",  # a programme, read as a title by its words
        "data engineering",  # a department alone
        "head of engineering",  # who, then of what
        "director of data science",
    ],
)
def test_what_stays_a_title(key: str) -> None:
    assert looks_like_title(key, ROLE_WORDS)


@pytest.mark.parametrize(
    "key", ["tollund engineering", "brennick international", "quessant advisory", "zs associates"]
)
def test_what_is_no_longer_taken_for_a_title(key: str) -> None:
    assert not looks_like_title(key, ROLE_WORDS)
