"""Where the text of a rejection names the company it comes from, in a sentence of its own.

Written for the test (none from the corpus), for mail with no subject or sender to go by (a
pasted text): "our company, Acme", "unserem Unternehmen Acme", "within Acme", "Here at Acme",
"im Acme-Team", "Wir, die Acme GmbH, …", an agency's "our client, Acme"; subjects that give the
status with the name; a closing in two languages ("Met vriendelijke groeten / Kind regards")
or with "With". Each failed before the readers learned it, except the guards (what must
stay as it is).
"""

from __future__ import annotations

import pytest

from onward.inbox.corpus import as_bytes
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

NO_DE = (
    " Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben."
    "\n\nMit freundlichen Grüßen\nSabine Huber\n"
)
NO_EN = (
    " Unfortunately, we have decided not to move forward with your application.\n\nBest,\nJane\n"
)


def read(body: str) -> tuple[str, str | None]:
    record = {"id": "written", "from": "", "subject": "", "body": body}
    reading = understand(parse(as_bytes(record)))
    return reading.label, reading.company


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        ("Thank you for applying to the Data Analyst role at our company, Acme Labs.", "Acme Labs"),
        ("Here at Acme Labs we received many applications.", "Acme Labs"),
        ("Thank you for applying for the position of Data Analyst within Acme Labs.", "Acme Labs"),
    ],
)
def test_english_mail_names_its_company_in_a_sentence(opening: str, company: str) -> None:
    assert read("Dear Alex,\n\n" + opening + NO_EN) == ("rejection", company)


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        (
            "vielen Dank für Ihr Interesse an unserem Unternehmen Aurach Software.",
            "Aurach Software",
        ),
        ("vielen Dank für Ihr Interesse, im Aurach-Team mitzuarbeiten.", "Aurach"),
        ("wir, die Aurach Software GmbH, bedanken uns für Ihre Bewerbung.", "Aurach Software GmbH"),
    ],
)
def test_german_mail_names_its_company_in_a_sentence(opening: str, company: str) -> None:
    assert read("Sehr geehrter Herr Muster,\n\n" + opening + NO_DE) == ("rejection", company)


@pytest.mark.parametrize(
    "opening",
    [
        # guards: what must stay as it is
        "Thank you for applying. Our company culture values every applicant.",
        "We will get back to you within the next two weeks.",
        "vielen Dank für Ihre Bewerbung im Recruiting-Team.",
        # a part of the company, or a word for any company, is not its name
        "Thank you for applying for one of the positions within the Data Science team.",
        "Thank you for applying for the role within the Finance department.",
        "Thank you for applying for one of the positions within the Company.",
    ],
)
def test_no_company_is_read_where_none_is_named(opening: str) -> None:
    assert read("Dear Alex,\n\n" + opening + NO_EN) == ("rejection", None)


@pytest.mark.parametrize(
    "subject", ["Acme Labs Candidate Update", "Your application status with Acme Labs"]
)
def test_a_subject_names_the_company_with_the_status(subject: str) -> None:
    record = {
        "id": "written",
        "from": "",
        "subject": subject,
        "body": "Dear Alex,\n\nThank you for your application." + NO_EN,
    }
    reading = understand(parse(as_bytes(record)))
    assert (reading.label, reading.company) == ("rejection", "Acme Labs")


@pytest.mark.parametrize(
    "body",
    [
        # an agency passes on its client's answer
        "Dear Alex,\n\nThank you for your application. We regret to inform you that our "
        "client, Brixton Analytics, has decided to proceed with other candidates.\n\n"
        "Kind regards,\nSophie\nTalentBridge\n",
        "Sehr geehrter Herr Muster,\n\nleider hat sich unser Kunde, die Brixton Analytics, "
        "für andere Bewerber entschieden.\n\nMit freundlichen Grüßen\nSophie Janssens\n",
    ],
)
def test_an_agency_names_its_client(body: str) -> None:
    assert read(body) == ("rejection", "Brixton Analytics")


@pytest.mark.parametrize(
    "closing",
    [
        "Met vriendelijke groeten / Kind regards,\nSophie Janssens\nBrixton Analytics",
        "With kind regards,\nSophie Janssens\nBrixton Analytics",
    ],
)
def test_a_closing_in_two_languages_or_with_with(closing: str) -> None:
    body = "Dear Alex,\n\nThank you for your application." + NO_EN.replace("Best,\nJane\n", "")
    assert read(body + closing + "\n") == ("rejection", "Brixton Analytics")
