"""More places mail names its company: the company as the one deciding, a German signature
with the company above its department, a French department signing for its employer.

Written for the test (none from the corpus); each failed before the readers learned it.
"""

from __future__ import annotations

import pytest

from onward.inbox.corpus import as_bytes
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

DE_NO = "leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben."
FR_NO = "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue."


def read(subject: str, body: str) -> tuple[str, str | None]:
    record = {"id": "written", "from": "", "subject": subject, "body": body}
    reading = understand(parse(as_bytes(record)))
    return reading.label, reading.company


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nThank you for interviewing with us. Delmar Energy has decided to move "
        "forward with other candidates.\n",
        "Hi Alex,\n\nWe have reviewed your application for the Data Intern role. At this time "
        "Delmar Energy will not be moving forward.\n",
        "Dear Alex,\n\nThank you for your patience. Unfortunately, Delmar Energy, Inc. has "
        "chosen to pursue other applicants.\n",
    ],
)
def test_the_company_that_decides_is_the_company(body: str) -> None:
    assert read("Your application", body) == ("rejection", "Delmar Energy")


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nUnfortunately I will not be able to move your application forward.\n",
        "Hi Alex,\n\nThe Hiring Team has decided to move forward with other candidates.\n",
    ],
)
def test_a_person_or_a_team_that_decides_is_no_company(body: str) -> None:
    assert read("Your application", body) == ("rejection", None)


@pytest.mark.parametrize(
    ("closing", "company"),
    [
        ("Mit freundlichen Grüßen\nTannberg Personalservice", "Tannberg"),
        ("Mit freundlichen Grüßen\n\nTannberg\nPeople & Culture", "Tannberg"),
        ("Mit freundlichen Grüßen\nTannberg Bau\nPersonalabteilung", "Tannberg Bau"),
    ],
)
def test_a_german_signature_names_the_company_above_or_before_its_department(
    closing: str, company: str
) -> None:
    body = f"Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. {DE_NO}\n\n{closing}"
    assert read("Ihre Bewerbung", body) == ("rejection", company)


def test_a_french_department_signs_for_its_employer() -> None:
    body = (
        f"Bonjour Alex,\n\nMerci pour votre candidature. {FR_NO}\n\nCordialement,\n"
        "Le service RH de la Mairie de Tannberg"
    )
    assert read("Votre candidature", body) == ("rejection", "Mairie de Tannberg")


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        ("Personalabteilung Tannberg <personal@example.at>", "Tannberg"),
        ("Stadt Tannberg <personal@example.at>", "Stadt Tannberg"),
        ("HR | Tannberg <hr@example.at>", "Tannberg"),
        ("Team Recruiting Tannberg <jobs@example.at>", "Tannberg"),
        ("Anna Huber (Tannberg) <a.huber@example.at>", "Tannberg"),
        ("Huber Anna, Tannberg <a.huber@example.at>", "Tannberg"),
    ],
)
def test_a_display_name_names_the_employer_beside_a_department_or_a_person(
    sender: str, company: str
) -> None:
    body = f"Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. {DE_NO}\n\nAnna Huber"
    record = {"id": "written", "from": sender, "subject": "Ihre Bewerbung", "body": body}
    reading = understand(parse(as_bytes(record)))
    assert (reading.label, reading.company) == ("rejection", company)


@pytest.mark.parametrize(
    "sender",
    ["Jane Doe, PhD <jane@example.com>", "Anna Neustadt <anna@example.com>"],
)
def test_a_person_with_a_degree_or_a_town_in_her_name_names_no_company(sender: str) -> None:
    body = "Hi Alex,\n\nWe have decided not to move forward with your application.\n\nJane\n"
    record = {"id": "written", "from": sender, "subject": "Your application", "body": body}
    reading = understand(parse(as_bytes(record)))
    assert (reading.label, reading.company) == ("rejection", None)


def test_interest_in_a_post_at_a_german_employer_names_the_employer_not_the_post() -> None:
    body = (
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihr Interesse an einer Anstellung in der "
        f"Tannberg Bank. {DE_NO[0].upper()}{DE_NO[1:]}\n"
    )
    assert read("Ihre Bewerbung", body) == ("rejection", "Tannberg Bank")


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Votre candidature auprès de Tannberg n'a pas été retenue.", "Tannberg"),
        ("Tannberg n'a pas retenu votre candidature.", "Tannberg"),
        (
            "Malheureusement, Tannberg a décidé de ne pas donner suite à votre candidature.",
            "Tannberg",
        ),
        ("Vous avez postulé au poste de vendeur de la structure Tannberg. " + FR_NO, "Tannberg"),
        ("L'employeur Tannberg a décliné votre candidature.", "Tannberg"),
        ("Votre candidature spontanée envoyée à Tannberg n'a pas été retenue.", "Tannberg"),
    ],
)
def test_french_mail_names_the_employer_where_french_mail_does(body: str, company: str) -> None:
    assert read("Candidature", f"Bonjour Alex,\n\n{body}\n\nCordialement") == (
        "rejection",
        company,
    )


@pytest.mark.parametrize(
    "body",
    [
        "L'employeur a décliné votre candidature.",
        "Votre candidature pour le poste d'analyste a été refusée.",
        "Le recruteur a refusé votre candidature.",
    ],
)
def test_a_french_refusal_said_outright_is_a_rejection(body: str) -> None:
    assert read("Candidature", f"Bonjour Alex,\n\n{body}\n\nCordialement") == ("rejection", None)
