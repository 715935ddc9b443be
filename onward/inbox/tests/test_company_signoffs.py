# ruff: noqa: RUF001  (the en dash of a real subject line)
"""How German, French and English mail signs off and names its company, read as a person would.

Written for the test (none from the corpus): a department that signs alone names no company
("L'équipe Recrutement", "Das Recruiting", "People & Culture"); a company written with its
department ("Vallorin RH", "L'équipe RH du Groupe Vallorin", "Recruiting Team Aurach"); a
formal French closing, an "i.A." line or the signer's telephone and address between the
closing and the company; "for Acme" under a name. Each failed before the readers learned it,
except the guards (what must stay as it is: "Service Recrutement - Vallorin", already read,
and the signer with her team, "Sabine Huber | Recruiting").
"""

from __future__ import annotations

import pytest

from onward.inbox.corpus import as_bytes
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

DE = (
    "Sehr geehrter Herr Muster,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
    "mitteilen, dass wir uns für andere Bewerber entschieden haben.\n\nWir wünschen Ihnen "
    "alles Gute.\n\n"
)
FR = (
    "Bonjour Monsieur Martin,\n\nNous vous remercions pour votre candidature. Nous sommes au "
    "regret de vous informer que votre candidature n'a pas été retenue.\n\nNous vous "
    "souhaitons bonne continuation.\n\n"
)
EN = (
    "Dear Alex,\n\nThank you for your application. Unfortunately, we have decided to move "
    "forward with other candidates.\n\nWe wish you all the best.\n\n"
)


def read(subject: str, body: str, sender: str = "") -> tuple[str, str | None]:
    record = {"id": "written", "from": sender, "subject": subject, "body": body}
    reading = understand(parse(as_bytes(record)))
    return reading.label, reading.company


@pytest.mark.parametrize(
    "closing",
    [
        "L'équipe Recrutement",
        "L'équipe Carrières",
        "L'équipe Talents",
        "L'équipe Talent Acquisition",
        "L'équipe People",
    ],
)
def test_a_french_team_that_signs_alone_names_no_company(closing: str) -> None:
    assert read("Votre candidature", FR + "Cordialement,\n" + closing + "\n") == (
        "rejection",
        None,
    )


@pytest.mark.parametrize("closing", ["Das Recruiting", "Ihr People & Culture Team"])
def test_a_german_team_that_signs_alone_names_no_company(closing: str) -> None:
    assert read("Ihre Bewerbung", DE + "Mit freundlichen Grüßen\n" + closing + "\n") == (
        "rejection",
        None,
    )


@pytest.mark.parametrize(
    "subject",
    [
        "[Vallorin] Votre candidature",
        "Candidature Développeur H/F - Vallorin",
        "Retour sur votre candidature - Vallorin",
        "Votre candidature au sein de Vallorin",
    ],
)
def test_the_subject_names_the_company_when_a_team_signs(subject: str) -> None:
    body = FR + "Cordialement,\nL'équipe Recrutement\n"
    assert read(subject, body) == ("rejection", "Vallorin")


@pytest.mark.parametrize(
    ("closing", "company"),
    [
        ("Cordialement,\nVallorin RH", "Vallorin"),
        ("Cordialement,\nVallorin Recrutement", "Vallorin"),
        ("Sincères salutations,\nL'équipe RH du Groupe Vallorin", "Groupe Vallorin"),
        (
            "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "La Direction des Ressources Humaines\nVallorin Industries",
            "Vallorin Industries",
        ),
    ],
)
def test_a_french_signature_names_the_company_with_its_department(
    closing: str, company: str
) -> None:
    assert read("Votre candidature", FR + closing + "\n") == ("rejection", company)


@pytest.mark.parametrize(
    ("closing", "company"),
    [
        # who signs for the management is not the company
        (
            "Mit freundlichen Grüßen\n\nSabine Huber\nim Auftrag der Geschäftsführung\n"
            "Aurach Consulting GmbH & Co. KG",
            "Aurach Consulting GmbH & Co. KG",
        ),
        # "Im Auftrag" on its own line is no one's name
        (
            "Mit freundlichen Grüßen\nIm Auftrag\nSabine Huber\nAmt für Personal\n"
            "Landeshauptstadt Aurach",
            "Landeshauptstadt Aurach",
        ),
        # the signer's telephone and address between the title and the company
        (
            "Mit freundlichen Grüßen\nSabine Huber\nTalent Acquisition Specialist\n"
            "T +43 664 1234567\nsabine.huber@aurach-group.com\n\nAurach Group\n"
            "Praterstraße 1\n1020 Wien",
            "Aurach Group",
        ),
    ],
)
def test_a_german_signature_names_the_company_below_the_signer(closing: str, company: str) -> None:
    assert read("Ihre Bewerbung", DE + closing + "\n") == ("rejection", company)


def test_a_first_name_from_the_company_team() -> None:
    body = (
        "Hallo Max,\n\ndanke für deine Bewerbung! Leider müssen wir dir mitteilen, dass wir "
        "uns für andere Bewerber:innen entschieden haben.\n\nLiebe Grüße\n"
        "Sabine aus dem Aurach People Team\n"
    )
    assert read("Deine Bewerbung", body) == ("rejection", "Aurach")


def test_for_the_company_under_the_signer() -> None:
    body = EN + "Best regards,\nJane Doe\nfor Harlow Systems\n"
    assert read("Your application", body) == ("rejection", "Harlow Systems")


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        ("Recruiting Team Aurach <jobs@dvinci-mail.com>", "Aurach"),
        ("Vallorin Recrutement <vallorin@flatchr.io>", "Vallorin"),
    ],
)
def test_the_display_name_before_an_applicant_tracking_system(sender: str, company: str) -> None:
    body = FR if "flatchr" in sender else DE
    closing = "Cordialement,\nL'équipe RH\n" if "flatchr" in sender else "Viele Grüße\n"
    assert read("Votre candidature", body + closing, sender) == ("rejection", company)


@pytest.mark.parametrize(
    ("sender", "subject", "company"),
    [
        # Austrian job sites send for the employer, or for themselves
        ("hokify <noreply@hokify.com>", "Ihre Bewerbung", None),
        ("willhaben Jobs <noreply@willhaben.at>", "Ihre Bewerbung", None),
        ("devjobs.at <noreply@devjobs.at>", "Ihre Bewerbung", None),
        (
            "Aurach Software (über StepStone) <noreply@stepstone.at>",
            "Ihre Bewerbung",
            "Aurach Software",
        ),
        # a reference number or a forward's mark is no company
        ("", "Ihre Bewerbung als Entwickler (m/w/d) – Referenznummer 1234", None),
        ("", "WG: Ihre Bewerbung", None),
        ("", "Ihre Bewerbung an die Aurach Software GmbH", "Aurach Software GmbH"),
    ],
)
def test_german_senders_and_subjects(sender: str, subject: str, company: str | None) -> None:
    body = DE + "Mit freundlichen Grüßen\nIhr Recruiting-Team\n"
    assert read(subject, body, sender) == ("rejection", company)


@pytest.mark.parametrize(
    ("closing", "company"),
    [
        ("Cordialement,\nService Recrutement – Vallorin", "Vallorin"),  # a guard
        ("Cordialement,\nClaire Dubois\nVallorin - Direction des Ressources Humaines", "Vallorin"),
        # signing for the company, then the signer's name
        ("Cordialement,\nPour Vallorin,\nClaire Dubois", "Vallorin"),
        ("Cordialement,\nClaire Dubois | Vallorin", "Vallorin"),
        # a French title is no company: the company is under it
        ("Bien cordialement,\nClaire Dubois\nRecrutement & Marque employeur\nVALLORIN", "VALLORIN"),
    ],
)
def test_a_french_signature_with_its_department_or_signer_on_one_line(
    closing: str, company: str
) -> None:
    assert read("Votre candidature", FR + closing + "\n") == ("rejection", company)


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        (
            "Suite à votre candidature auprès du Centre Hospitalier de Sainte-Aude, nous sommes "
            "au regret de vous informer qu'elle n'a pas été retenue.",
            "Centre Hospitalier de Sainte-Aude",
        ),
        (
            "Suite à votre candidature à la Mairie de Sainte-Aude, nous sommes au regret de "
            "vous informer qu'elle n'a pas été retenue.",
            "Mairie de Sainte-Aude",
        ),
        (
            "Nous vous remercions d'avoir choisi Vallorin. Nous sommes au regret de vous "
            "informer que votre candidature n'a pas été retenue.",
            "Vallorin",
        ),
    ],
)
def test_a_french_sentence_names_the_employer(opening: str, company: str) -> None:
    body = "Bonjour,\n\n" + opening + "\n\nCordialement,\nClaire Dubois\n"
    assert read("Votre candidature", body) == ("rejection", company)


def test_the_signer_and_her_team_on_one_line_are_no_company() -> None:
    # a guard: the department-and-company line is not "Sabine Huber" and her team
    closing = "Mit freundlichen Grüßen\nSabine Huber | Recruiting\nAurach Software SE"
    assert read("Ihre Bewerbung", DE + closing + "\n") == ("rejection", "Aurach Software SE")
