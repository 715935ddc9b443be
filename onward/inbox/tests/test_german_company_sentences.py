"""German and Austrian sentences that name the employer (patterns_de.py), read as a person would.

Written for the test (none from the corpus): "Ihre Bewerbung für Vallorix", "Vallorix hat
sich leider für … entschieden", "wir von Vallorix", "seitens der Vallorix Bank AG", "Ihre
Bewerbung an der Universität Wien", the signer and her department above the company, an
Austrian street in a footer. Each failed before the twelfth pass, except the guards (what
must stay as it is: a role is no company, nor a department or "das Unternehmen"; "beim BRZ"
does not outweigh the signature's "Bundesrechenzentrum GmbH"; the signer and her department
above the company, read right before through the company's legal form, now also by the
signature block, which took the signer for the company).
"""

from __future__ import annotations

import pytest

from onward.inbox.corpus import as_bytes
from onward.inbox.names import same_company
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

HI = "Sehr geehrter Herr Bauer,\n\n"
NO = "Leider haben wir uns für andere Bewerber:innen entschieden."
BYE = "\n\nMit freundlichen Grüßen\n"


def read(body: str, sender: str = "Petra Huber") -> tuple[str, str | None]:
    record = {"id": "written", "from": sender, "subject": "", "body": body}
    reading = understand(parse(as_bytes(record)))
    return reading.label, reading.company


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (HI + "danke für Ihre Bewerbung für Vallorix. " + NO + BYE, "Vallorix"),
        (HI + "Vallorix hat sich leider für eine andere Kandidatin entschieden." + BYE, "Vallorix"),
        (
            HI
            + "vielen Dank. Das Vallorix-Team hat sich für andere Bewerber:innen entschieden."
            + BYE,
            "Vallorix",
        ),
        (HI + "wir von Vallorix danken Ihnen für Ihre Bewerbung. " + NO + BYE, "Vallorix"),
        (
            HI
            + "seitens der Vallorix Bank AG dürfen wir uns für Ihre Bewerbung bedanken. "
            + NO
            + BYE,
            "Vallorix Bank AG",
        ),
        (
            HI + "vielen Dank für Ihre Bewerbung an der Universität Wien. " + NO + BYE,
            "Universität Wien",
        ),
        (
            HI + "vielen Dank für Ihre Bewerbung an der FH Campus Wien. " + NO + BYE,
            "FH Campus Wien",
        ),
    ],
)
def test_the_sentence_that_names_the_employer(body: str, company: str) -> None:
    label, found = read(body)
    assert label == "rejection"
    assert found is not None and same_company(found, company), found


@pytest.mark.parametrize(
    ("body", "company"),
    [
        # the signer and her department, the company under them
        (
            HI
            + "vielen Dank für Ihre Bewerbung. "
            + NO
            + BYE
            + "Petra Huber\nRecruiting\nVallorix Solutions GmbH\n",
            "Vallorix Solutions GmbH",
        ),
        # an Austrian street in the footer, the name before it
        (
            "Hallo Gerald,\n\nvielen Dank für deine Bewerbung. " + NO + "\n\nLG Petra\n\n--\n"
            "Vallorix | Lindengasse 5 | 1070 Wien\n",
            "Vallorix",
        ),
    ],
)
def test_the_employer_under_the_signer(body: str, company: str) -> None:
    label, found = read(body, sender="")
    assert label == "rejection"
    assert found is not None and same_company(found, company), found


@pytest.mark.parametrize(
    "body",
    [
        HI + "vielen Dank. Das Unternehmen hat sich für eine andere Kandidatin entschieden." + BYE,
        HI + "vielen Dank für Ihre Bewerbung für Softwareentwickler (m/w/d). " + NO + BYE,
        HI + "wir von der Personalabteilung danken Ihnen für Ihre Bewerbung. " + NO + BYE,
    ],
)
def test_no_company_where_none_is_named(body: str) -> None:
    assert read(body, sender="") == ("rejection", None)


def test_a_short_form_does_not_outweigh_the_signature() -> None:
    body = (
        HI
        + "vielen Dank für Ihre Bewerbung beim BRZ. "
        + NO
        + BYE
        + "Petra Huber\nTalent Acquisition\nBundesrechenzentrum GmbH\n"
    )
    assert read(body) == ("rejection", "Bundesrechenzentrum GmbH")
