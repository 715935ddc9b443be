"""Forms found in the thirteenth pass's new tuning mail (more of `shaw`'s mailbox, from the
messages table her tracker exported), each written here anew with made-up companies: no
corpus text.

A university's applicant-tracking system whose address names the university while the subject
names the institute by its initials and the text writes them out; a status note that only
says the application is still being reviewed; a job board's "application submitted" page sent
as mail; a recruiter's calendar invitation whose subject alone says it is an introduction
call. Five cases failed on the code before this pass; the guards say what must stay as it is
(capitals that are nobody's initials, a recruiter's cold approach).
"""

from __future__ import annotations

from onward.inbox.company_forms import initials
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

from .mails import raw

UNIVERSITY_ATS = '"hvu-workday staff.hvu" <hvu@myworkday.com>'


def read(sender: str, subject: str, body: str) -> tuple[str, str | None]:
    reading = understand(parse(raw(sender=sender, subject=subject, body=body)))
    return reading.label, reading.company


def test_initials_are_those_of_a_name_of_three_words_or_more() -> None:
    assert initials("northgate research institute") == "nri"
    assert initials("blue cross blue shield") == "bcbs"
    assert initials("acme analytics") == ""  # two words: too often another name's initials
    assert initials("acme") == ""


def test_the_subjects_initials_and_the_name_they_stand_for_outweigh_the_addresss_tenant() -> None:
    # "NRI" (subject) and "Northgate Research Institute" (text) are one company;
    # it is written as the subject writes it, the more trusted place.
    body = (
        "Dear Sam,\n\nThank you for expressing interest in the Senior Analyst role at the "
        "Northgate Research Institute. We appreciate your time and consideration in applying."
        "\n\nAt this time the position has been closed and is no longer available.\n\n"
        "If you opted in to receive SMS messages from HVU, you will no longer receive SMS "
        "communications regarding your application for this position.\n\n"
        "Sincerely,\nThe Office of Human Resources\n"
    )
    label, company = read(UNIVERSITY_ATS, "NRI Application Update", body)
    assert (label, company) == ("rejection", "NRI")


def test_the_name_written_out_is_kept_when_the_text_writes_it_more() -> None:
    body = (
        "Dear Sam,\n\nThank you for your interest in the Senior Analyst role at the Northgate "
        "Research Institute at Halvern Valley University. Your application has been received "
        "and will be reviewed by our team as soon as possible.\n\n"
        "The Office of Human Resources\nHalvern Valley University\n"
    )
    label, company = read(UNIVERSITY_ATS, "NRI Application Received", body)
    assert (label, company) == ("received", "Northgate Research Institute")


def test_capitals_that_are_nobodys_initials_stay_the_company() -> None:
    body = (
        "Dear Sam,\n\nThank you for applying to KVX. Unfortunately, we will not be moving "
        "forward with your application for the Data Engineer role.\n\nKVX Talent Team\n"
    )
    label, company = read("KVX Careers <careers@kvx.example>", "KVX Application Update", body)
    assert (label, company) == ("rejection", "KVX")


def test_a_note_that_the_application_is_still_being_reviewed_is_an_acknowledgement() -> None:
    body = (
        "Just keeping in touch. Your application is being reviewed by our team at the "
        "Northgate Research Institute.\n\nSincerely,\nThe Office of Human Resources\n"
    )
    label, _ = read(UNIVERSITY_ATS, "We continue to evaluate your job application", body)
    assert label == "received"


def test_a_job_boards_application_submitted_page_is_an_acknowledgement() -> None:
    body = (
        "We'll help you get started\n\nApplication submitted\n\nSecurity Analyst\n\n"
        "Brightwell Analytics - Fredericksburg, VA\n\n"
        "The following items were sent to Brightwell Analytics. Good luck!\n\n"
        "Application\n\nResume\n\nKeep it going\n\nYou're on a roll! Discover more jobs to "
        "apply to.\n\nKeep track of your applications\n\nYou will receive an application "
        "status update within a few weeks.\n"
    )
    label, company = read(
        "Glassdoor Jobs <glassdoor-apply@indeed.com>",
        "Submitted: Application with Brightwell Analytics",
        body,
    )
    assert (label, company) == ("received", "Brightwell Analytics")


def test_an_introduction_call_named_only_in_the_subject_is_a_next_step() -> None:
    body = (
        "https://fernhill.zoom.us/j/123456789\n\nhttps://www.linkedin.com/in/someone/\n\n"
        "https://www.fernhill.example\n"
    )
    label, _ = read(
        "Dana Reyes <dana.reyes@fernhill.example>",
        "Introduction Call with Dana Reyes about Available Position",
        body,
    )
    assert label == "next_step"


def test_a_recruiters_cold_approach_asking_for_an_intro_call_is_not_a_next_step() -> None:
    body = (
        "Hi Sam,\n\nI came across your profile and have an exciting opportunity with one of "
        "our clients that matches your skills. Please share your updated resume and your "
        "availability for a brief discussion.\n\nBest,\nDana Reyes\nTalent Partner, Fernhill "
        "Staffing\n"
    )
    label, _ = read(
        "Dana Reyes <dana.reyes@fernhill.example>", "Intro call: Security Engineer role", body
    )
    assert label != "next_step"
