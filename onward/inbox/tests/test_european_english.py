"""Rejections as English written in continental Europe words them, and where such mail
names its company when it comes without a subject or a sender (one flowing paragraph).

Every message here is written for the test, in the shapes such mail commonly takes; none is
from the corpus. Each failed before the rules learned it; the second list is what must stay
a non-decision.
"""

from __future__ import annotations

import pytest

from onward.inbox.corpus import as_bytes
from onward.inbox.decision import says_no
from onward.inbox.parsing import parse
from onward.inbox.understand import Reading, understand


def read_bare(body: str) -> Reading:
    """A message as a pasted text: no subject, no sender."""
    return understand(parse(as_bytes({"id": "written", "from": "", "subject": "", "body": body})))


@pytest.mark.parametrize(
    "sentence",
    [
        # "retenir" and "weerhouden" carried into English
        "We appreciate your interest, but unfortunately we did not retain your application.",
        "We will not retain your candidacy for the next phase.",
        "Unfortunately, we have to inform you that your application was not withheld.",
        # the answer, not the progress, negated
        "We are sorry, but we will not give a positive answer to your application.",
        "We are unable to give you a favourable reply this time.",
        # someone else chosen, said of profiles
        "After careful consideration we decided to continue with profiles that match more "
        "closely the requirements.",
        "We will proceed with profiles whose experience is closer to the role.",
        # shorter ways, common in mail from small European employers
        "Unfortunately we won't be able to go further with your application.",
        "We received many applications and unfortunately yours was not among those retained.",
        "I'm sorry, but we decided to stop the recruitment for this position.",
        "At the moment we don't have any open positions matching your profile.",
        # Dutch, German and French turns of phrase carried into English
        "Our choice has fallen on another candidate.",
        "After the interviews we have chosen for another candidate.",
        "In the end we opted for a candidate with more experience.",
        "We made a different choice for this role.",
        "Unfortunately we will not follow up on your application.",
        "Unfortunately we cannot give a follow-up to your application.",
        "Unfortunately your application will not be followed up.",
        "Unfortunately, we must give you a negative answer.",
        "We have decided that you are not the candidate we are looking for.",
        "The position you applied for has been given to another candidate.",
        "Unfortunately there is no match for this position.",
        "We decided to hire a more senior developer for this role.",
        # a recruiting agency passing on its client's answer
        "Unfortunately the client came back with negative feedback on your profile.",
        "Unfortunately the feedback from the hiring manager was not positive.",
        "They would rather go for someone with more backend experience.",
        "Unfortunately the client prefers to go with candidates who have more SAP experience.",
        "The client has decided to put the recruitment on hold.",
        "The employer has closed this job.",
        "Unfortunately it will be a no for this position.",
        # "once again" is no condition; the decision restated or passed on is still one
        "Once again, we regret that we cannot move forward with your application.",
        "Once more thanks for your time; unfortunately we won't move forward.",
        "As said on the phone, we will not proceed with your candidacy.",
        "As I told you during the interview, we have decided not to continue.",
        "The team told me that they decided to continue with other candidates.",
        "The hiring manager said that we will not move forward with your application.",
        # the profile judged, with no word about the process
        "We have reviewed your profile but it is not in line with our current needs.",
        "We feel that your experience is not aligned with what this role requires.",
        "Your background is not relevant enough for this position.",
        "After reviewing your case study, we feel your skills are not yet at the level we need.",
        "Your profile is very interesting, but it is too junior for the position.",
        "We think your profile is overqualified for this position.",
        "We think it's a bit too early in your career for this role.",
        "We are looking for a more senior profile for this role.",
    ],
)
def test_a_european_english_no_is_read_as_a_no(sentence: str) -> None:
    assert says_no(sentence.lower())


@pytest.mark.parametrize(
    "sentence",
    [
        "We will retain your data for two years unless you ask us to delete it.",
        "We would be glad to give you a positive answer soon.",
        "We decided to interview only profiles that match the requirements, and yours does.",
        "Profiles that do not match the requirements will not be contacted.",
        "We are happy to go further with your application: expect a call this week.",
        "If we decide to stop the recruitment for this position, we will let you know.",
        "We will follow up on your application within two weeks.",
        "Congratulations, you have been chosen for a candidate interview next week.",
        "We decided to hire a more senior team this year, and you could lead it.",
        "If the feedback is negative, we will tell you why.",
        "We would rather go with you than wait for more applications.",
        "It will be a no-brainer for the team to invite you.",
        "There is no match for your saved search this week.",
        "Once we have decided not to move forward with a candidate, we let them know.",
        "When a company says they have decided to go with other candidates, ask for feedback.",
        "It is too early to say when we will decide.",
        "Don't worry if you think you are overqualified: apply anyway.",
    ],
)
def test_what_only_looks_like_such_a_no_is_not_one(sentence: str) -> None:
    assert not says_no(sentence.lower())


def test_a_bare_pasted_rejection_with_a_retained_no_is_a_rejection() -> None:
    reading = read_bare(
        "Dear Alex, We appreciate your interest in Kavori. Unfortunately, we did not retain "
        "your application. Kind regards"
    )
    assert reading.label == "rejection"


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Dear Alex, Thank you for your application. Unfortunately your profile does not "
            "match the requirements of the role. Best regards, Velmora Recruiting",
            "Velmora",
        ),
        (
            "Hi Alex, Thank you for taking the time to speak with us. Unfortunately, we have "
            "decided to go ahead with another candidate for the role. Best, Marie, Talent "
            "Acquisition at Wexford Labs",
            "Wexford Labs",
        ),
        (
            "Hi Alex, We've reviewed your application and decided to proceed with other "
            "applicants at this time. All the best, Talent Acquisition | Kormak",
            "Kormak",
        ),
        (
            "Dear Alex, we have reviewed your application and unfortunately we will not "
            "proceed with your candidacy. Kind regards, HR department Oakridge Logistics",
            "Oakridge Logistics",
        ),
    ],
)
def test_a_one_paragraph_message_is_signed_by_its_company(body: str, company: str) -> None:
    reading = read_bare(body)
    assert (reading.label, reading.company) == ("rejection", company)


def test_a_thank_you_inside_a_one_paragraph_message_is_no_signature() -> None:
    reading = read_bare(
        "Dear Alex, We decided not to move forward with your application. Thank you, Alex, "
        "for the time you gave us."
    )
    assert (reading.label, reading.company) == ("rejection", None)


@pytest.mark.parametrize(
    "field",
    ["[Company_B]", "[Company Name]", "{{company_name}}", "[COMPANY]", "<Company>"],
)
def test_an_unfilled_template_field_is_no_company(field: str) -> None:
    # The choti corpus fills its owner's "[Company_B]" with a stand-in name, and labels a
    # message whose placeholder was left unfilled as naming no company: so does the reader.
    reading = read_bare(
        f"Hi Alex, Thank you for your interest in {field}. Unfortunately, we have decided not "
        f"to proceed. Kind regards, Talent Acquisition at {field}"
    )
    assert (reading.label, reading.company) == ("rejection", None)
