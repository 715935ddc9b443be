"""Forms found in a real mailbox's tuning part (the eleventh pass's `shaw` source), each written
here anew with made-up companies: no corpus text.

An acknowledgement that invites the reader to keep looking at other openings; a job site's
"your application was sent to Acme" with a list of similar jobs under it; a recruiter
thanking the reader for booking a call, or sending the calendar invite for screening calls;
and a company named only by a signature whose name, legal word and all, is the sender's
domain. Eleven cases failed on the code before this pass; the seven others are guards (what
must stay as it is, and the sent application read with the word model, as it was).
"""

from __future__ import annotations

import pytest

from onward.inbox import classify
from onward.inbox.decision import says_no
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

from .mails import raw

WORKDAY = "Corvane Workday Notification <corvane@myworkday.com>"


def read(sender: str, subject: str, body: str) -> tuple[str, str | None]:
    reading = understand(parse(raw(sender=sender, subject=subject, body=body)))
    return reading.label, reading.company


@pytest.mark.parametrize(
    "sentence",
    [
        "we encourage you to continue exploring other career opportunities with us by setting "
        "up job alerts so that you will receive emails when new positions become available.",
        "feel free to continue browsing other open roles on our careers site.",
        "we hope you will continue to explore other opportunities at corvane.",
        "you can keep applying to other positions that interest you.",
    ],
)
def test_an_invitation_to_look_at_other_openings_is_not_a_no(sentence: str) -> None:
    assert says_no(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "we have decided to move forward with other candidates.",
        "we decided to continue with other applicants whose experience is closer to the role.",
        "the team has chosen to go in a different direction for this position.",
        "we have decided to proceed with other candidates for other roles.",
    ],
)
def test_someone_else_chosen_is_still_a_no(sentence: str) -> None:
    assert says_no(sentence) is not None


def test_an_acknowledgement_that_points_to_other_openings_is_not_a_rejection() -> None:
    body = (
        "Dear Sam,\n\nThank you for taking the time to apply with us here at Corvane. Your "
        "application for the Security Engineer position has been received.\n\n"
        "If you are selected to move forward, a member of the Talent Acquisition Team will "
        "reach out to you to discuss next steps.\n\n"
        "You can use the link below to access your Candidate Portal at any time:\n\n"
        "https://corvane.wd1.myworkdayjobs.com/External\n\n"
        "We encourage you to continue exploring other career opportunities with us by setting "
        "up job alerts so that you will receive emails when new positions that meet your "
        "criteria become available.\n\nThank You,\nCorvane Talent Acquisition Team\n"
    )
    label, company = read(WORKDAY, "Thank You For Your Recent Submission to Corvane", body)
    assert (label, company) == ("received", "Corvane")


SIMILAR_JOBS = (
    "\n\nView similar jobs you may be interested in\n\n"
    "Security Engineer\nBrightwell Analytics\nUnited States\n3 connections\n"
    "View job: https://www.linkedin.com/comm/jobs/view/1/\n\n"
    "Incident Responder\nFernhill\nReston, VA\n5 connections\n"
    "View job: https://www.linkedin.com/comm/jobs/view/2/\n\n"
    "Threat Hunter\nKestrel Data\nWashington, DC\n2 school alumni\n"
    "View job: https://www.linkedin.com/comm/jobs/view/3/\n"
)


@pytest.mark.parametrize("with_model", [True, False])
def test_a_job_sites_sent_application_with_similar_jobs_under_it_is_an_acknowledgement(
    with_model: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rules alone must read it so: the word model is not sure of every such message.
    if not with_model:
        monkeypatch.setattr(classify.word_model, "load", lambda: None)
    body = (
        "Your application was sent to Halvorsen Systems\n\n"
        "Security Operations Lead\nHalvorsen Systems\nArlington, VA\n"
        "View job: https://www.linkedin.com/comm/jobs/view/9/\n\n"
        "Applied on September 6, 2025\n\nNow, take these next steps for more success" + SIMILAR_JOBS
    )
    label, company = read(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sam, your application was sent to Halvorsen Systems",
        body,
    )
    assert (label, company) == ("received", "Halvorsen Systems")


def test_a_list_of_similar_jobs_alone_is_still_a_digest() -> None:
    body = "Jobs similar to Security Engineer at Brightwell Analytics" + SIMILAR_JOBS
    label, _ = read(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "New jobs similar to Security Engineer at Brightwell Analytics",
        body,
    )
    assert label == "other"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Look forward to discussing your future with Corvane!",
            "Sam,\n\nThank you for scheduling a conversation with me on Wed Sep 10, 2025 at "
            "01:00 PM EDT. I will call you at the phone number you provided. Look forward to "
            "speaking with you.\n\nThank you,\nDana Reyes\n\n2025 © Corvane Corporation\n",
        ),
        (
            "RE: Research Lead at Corvane",
            "Hi Sam,\n\nThanks so much for your patience. I was able to secure 4-5 pm ET on "
            "Monday for your screening calls. For now, I have sent out a calendar invite for "
            "your calls on Monday, and included your schedule below:\n\n"
            "Screening call with Lee Park | 4:00 - 4:30 pm ET\n"
            "Screening call with HR | 4:45 - 5:00 pm ET\n\nBest,\nDana\n",
        ),
    ],
)
def test_a_booked_call_or_screening_calls_are_a_next_step(subject: str, body: str) -> None:
    label, _ = read("Dana Reyes <dana.reyes@corvane.example>", subject, body)
    assert label == "next_step"


def test_a_signature_that_spells_the_senders_domain_with_its_legal_word_names_the_company() -> None:
    body = (
        "Sam,\n\nThank you for applying to our PM position. I have reviewed your resume and "
        "would like to discuss the position with you further.\n\nThis role would be "
        "supporting the Navy at Dahlgren, two or three days a week.\n\nIf you are interested, "
        "please let me know when you would be available for a call.\n\nThanks,\n"
        "Ryan Miller | Vice President, IT Programs\n"
        "CORVANE Corporation | 8444 Westpark Drive, Suite 800, McLean, VA\n"
    )
    label, company = read(
        "Ryan Miller <rmiller@corvanecorporation.example>", "Corvane Opportunities", body
    )
    assert (label, company) == ("next_step", "CORVANE Corporation")


@pytest.mark.parametrize(
    "subject",
    [
        "Next Phase - Complete Assessment",
        "Next Step - Complete Assessment",
        "Next Phase: Assessment",
    ],
)
def test_a_task_in_the_subject_is_not_the_company(subject: str) -> None:
    body = (
        "Dear Sam,\n\nCongratulations, you've been moved to the next phase of our hiring "
        "process!\n\nOur next step requires that you complete an assessment. To complete the "
        "assessment, please click on the link below.\n\nThis assessment typically takes about "
        "40 minutes.\n\nhttps://assessments.example/apply/137\n\nSincerely,\nHuman Resources\n"
    )
    label, company = read("Human Resources <noreply@corvane.example>", subject, body)
    assert (label, company) == ("next_step", "Corvane")  # the sender's domain, never the task
