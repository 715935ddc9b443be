"""Who writes a rejection and how they sign it, in German, French, Spanish, Dutch and English.

Written for the test (none from the corpus), from how each language names an employer: a
recruiter's own name at an applicant-tracking system that names the employer in its address
("Anna Huber" <vallorix-jobs@m.personio.de>), a first name and the company ("Carola |
Vallorix"), "das Gespräch mit dem Team von Vallorix", "die Vallorix GmbH bedankt sich",
Austria's "e.U.", a French postal footer, "Recrutement Vallorin", "Desde Vallorin queremos";
and decisions: "gegen eine Zusammenarbeit entschieden", "have now filled the role". Each
failed before this pass, except the guards (what must stay as it is).
"""

from __future__ import annotations

import pytest

from onward.inbox.corpus import as_bytes
from onward.inbox.names import same_company
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

DE = (
    "Sehr geehrter Herr Muster,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
    "mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\n"
)
DU = (
    "Hallo Gerald,\n\nleider müssen wir dir mitteilen, dass wir uns gegen deine Bewerbung "
    "entschieden haben.\n\n"
)
FR = "Bonjour,\n\nVotre candidature n'a malheureusement pas été retenue.\n\n"
ES = (
    "Hola Carlos,\n\nGracias por tu interés. Lamentablemente, hemos decidido continuar con "
    "otros candidatos.\n\n"
)
NL = (
    "Beste Sanne,\n\nBedankt voor je sollicitatie. Helaas hebben we besloten niet verder te "
    "gaan met je sollicitatie.\n\n"
)
EN = "Dear Alex,\n\n{}\n\nRegards,\nVallorin Human Resources\n"


def read(subject: str, body: str, sender: str = "") -> tuple[str, str | None]:
    record = {"id": "written", "from": sender, "subject": subject, "body": body}
    reading = understand(parse(as_bytes(record)))
    return reading.label, reading.company


@pytest.mark.parametrize(
    ("subject", "body", "sender", "company"),
    [
        # a recruiter writing through Personio, whose address names her employer
        (
            "Ihre Bewerbung",
            DE + "Mit freundlichen Grüßen\nAnna Huber\n",
            "Anna Huber <vallorix-jobs@m.personio.de>",
            "Vallorix",
        ),
        (
            "",
            "Lieber Gerald,\n\ndanke für das Gespräch mit dem Team von Vallorix. Wir haben "
            "uns entschieden, mit anderen Bewerber:innen fortzufahren.\n\nLiebe Grüße\nCarola\n",
            "Carola Bachmaier",
            "Vallorix",
        ),
        ("", DU + "Beste Grüße\nCarola | Vallorix\n", "", "Vallorix"),
        (
            "",
            "Sehr geehrter Herr Bauer,\n\ndie Vallorix GmbH bedankt sich für Ihre Bewerbung. "
            "Leider haben wir uns für einen anderen Bewerber entschieden.\n\nMit freundlichen "
            "Grüßen\n",
            "",
            "Vallorix GmbH",
        ),
        (
            "Ihre Bewerbung",
            DE + "Mit freundlichen Grüßen\nHuber Consulting e.U.\n",
            "",
            "Huber Consulting e.U.",
        ),
        (
            "Votre candidature",
            FR + "Cordialement\n\nVallorin - 12 rue de la Paix - 75002 Paris\n",
            "",
            "Vallorin",
        ),
        (
            "Votre candidature pour le poste de Data Analyst (H/F)",
            FR + "Cordialement\nRecrutement Vallorin\n",
            "",
            "Vallorin",
        ),
        (
            "Votre candidature",
            FR + "Bien à vous,\n\nSophie Durand\nTalent Acquisition Manager\n"
            "T : +33 1 23 45 67 89\nVallorin France\n",
            "",
            "Vallorin France",
        ),
        ("Tu candidatura", ES + "Un saludo,\nLucía | Vallorin\n", "", "Vallorin"),
        (
            "Tu candidatura",
            "Hola Carlos,\n\nDesde Vallorin queremos agradecerte tu interés. "
            "Lamentablemente no has sido seleccionado.\n\nSaludos\n",
            "",
            "Vallorin",
        ),
        ("Je sollicitatie", NL + "Groet,\nSanne | Vallorin\n", "", "Vallorin"),
        # a department and the company on one line, with a slash or after the name
        ("Ihre Bewerbung", DE + "Mit freundlichen Grüßen\nHR / Vallorix\n", "", "Vallorix"),
        (
            "Ihre Bewerbung",
            DE + "Mit freundlichen Grüßen\nVallorix | Personalverwaltung\n",
            "",
            "Vallorix",
        ),
        (
            "Ihre Bewerbung",
            DE + "Mit freundlichen Grüßen\nHuber Consulting KEG\n",
            "",
            "Huber Consulting KEG",
        ),
    ],
)
def test_the_company_a_rejection_names(subject: str, body: str, sender: str, company: str) -> None:
    label, found = read(subject, body, sender)
    assert label == "rejection"
    assert found is not None and same_company(found, company), found


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Gerald,\n\nwir haben uns deine Unterlagen angesehen und uns gegen eine "
        "Zusammenarbeit entschieden.\n\nLiebe Grüße\nCarola\n",
        EN.format("We received many applications and have now filled the role."),
        EN.format("The position has been awarded to another candidate."),
    ],
)
def test_a_decision_said_another_way(body: str) -> None:
    assert read("Update zu deiner Bewerbung", body)[0] == "rejection"


def test_a_company_name_at_a_system_is_still_the_company() -> None:
    """Guards: a display name that is a team's ("Vallorin Human Resources") or the tenant's
    own ("Vallorin Robotics" <vallorinrobotics@myworkday.com>) is not taken for a person."""
    body = EN.format("Unfortunately, your application was unsuccessful.")
    for sender, company in [
        ("Vallorin Human Resources <systemmessage@successfactors.com>", "Vallorin"),
        ("Vallorin Robotics <vallorinrobotics@myworkday.com>", "Vallorin Robotics"),
    ]:
        label, found = read("Application Update", body, sender)
        assert label == "rejection"
        assert found is not None and same_company(found, company), found


def test_what_is_still_to_come_is_no_decision() -> None:
    """Guard: "when we have completed the selection process" promises, it does not decide."""
    body = (
        "Dear Alex,\n\nThank you for applying. We will be in touch when we have completed the "
        "selection process.\n\nRegards,\nAcme HR\n"
    )
    assert read("Your application", body)[0] == "received"


def test_a_persons_team_names_no_company() -> None:
    """Guard: "das Team von Frau Huber" is a person's team."""
    body = DE + "Sie hatten ein Gespräch mit dem Team von Frau Huber.\n\nMit freundlichen Grüßen\n"
    assert read("Ihre Bewerbung", body) == ("rejection", None)


def test_a_team_line_with_its_web_address() -> None:
    body = (
        "Hi Conor,\n\nUnfortunately, we have decided to move forward with other candidates.\n\n"
        "Vallorin Recruiting | vallorin.com\n"
    )
    label, found = read("Update on your application", body)
    assert label == "rejection"
    assert found is not None and same_company(found, "Vallorin"), found
