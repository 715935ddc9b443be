"""More places and forms a company's name takes: a From line with a name and no address, a
German "Firma", a French "au sein de l'…", a plural possessive, a legal form without dots
("SA"), and words that only look like a company (a job portal, the word for an application).

Each message is written for the test (none is from the corpus), and each was read wrong
before the change it names.
"""

from __future__ import annotations

import pytest

from onward.inbox.parsing import address_of, parse
from onward.inbox.understand import understand

from .mails import raw


def read(*, sender: str, subject: str, body: str) -> tuple[str, str | None]:
    reading = understand(parse(raw(sender=sender, subject=subject, body=body)))
    return reading.label, reading.company


DE_NO = "Sehr geehrter Herr Novak,\n\nleider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\n"


def test_a_from_line_with_a_name_and_no_address_is_a_display_name() -> None:
    assert address_of("Career Halbmond GmbH") == ("Career Halbmond GmbH", "")
    assert address_of("Anna Huber") == ("Anna Huber", "")
    with_address = ("Anna Huber", "anna@halbmond.example")
    assert address_of("Anna Huber <anna@halbmond.example>") == with_address


def test_a_company_named_in_an_addressless_from_line_is_found() -> None:
    assert read(sender="Career Halbmond Logistik GmbH", subject="", body=DE_NO) == (
        "rejection",
        "Halbmond Logistik GmbH",
    )


def test_a_signature_that_repeats_an_addressless_from_line_is_not_taken_for_a_person() -> None:
    body = DE_NO + "Ines Maurer\nHR Business Partnerin\nStiftung Lindenhof Wien\n"
    assert read(sender="Stiftung Lindenhof Wien", subject="Ihre Bewerbung", body=body) == (
        "rejection",
        "Stiftung Lindenhof Wien",
    )


def test_german_firma_before_a_name_is_not_part_of_it() -> None:
    body = (
        "Sehr geehrter Herr Novak,\n\nwir danken Ihnen für Ihr Interesse an einer Tätigkeit in "
        "der Firma Hagedorn. Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.\n"
    )
    assert read(sender="noreply@jobs.example", subject="", body=body) == ("rejection", "Hagedorn")


def test_a_job_portal_in_the_from_line_is_not_the_employer() -> None:
    label, company = read(
        sender="Stellenportal <noreply@stellenportal.example>",
        subject="Ihre Bewerbung bei der Firma Grubinger",
        body=DE_NO,
    )
    assert (label, company) == ("rejection", "Grubinger")


def test_french_au_sein_de_l_names_the_company_and_candidature_never_does() -> None:
    body = (
        "Bonjour,\n\nNous avons étudié votre candidature au poste de chargé de projet au sein "
        "de l'Atelier Lumen. Nous sommes au regret de vous informer qu'elle n'a pas été "
        "retenue.\n\nBien cordialement,\nMarie Dupont\nResponsable RH\n"
    )
    label, company = read(
        sender="Marie Dupont <m.dupont@atelier-lumen.example>",
        subject="Candidature - Chargé de projet",
        body=body,
    )
    assert (label, company) == ("rejection", "Atelier Lumen")


def test_recrutement_before_a_name_in_the_from_line_is_not_part_of_it() -> None:
    body = "Bonjour Paul,\n\nMalheureusement, votre candidature n'a pas été retenue.\n"
    assert read(sender="Recrutement Ferrand <no-reply@teamtailor.com>", subject="", body=body) == (
        "rejection",
        "Ferrand",
    )


def test_a_french_signature_with_sa_names_the_company() -> None:
    body = (
        "Madame, Monsieur,\n\nNous vous remercions de l'intérêt porté à notre groupe. "
        "Malheureusement, le poste a été pourvu.\n\nDirection des Ressources Humaines\n"
        "Groupe Vautrin SA\n"
    )
    assert read(sender="noreply@jobs.example", subject="", body=body) == (
        "rejection",
        "Groupe Vautrin SA",
    )


def test_a_plural_possessive_leaves_the_company_and_drops_the_role() -> None:
    body = (
        "Dear Alex,\n\nThank you for taking the time to apply to Cobalt Robotics' Data "
        "Engineer role. We have decided not to move forward with your application.\n"
    )
    assert read(sender="", subject="", body=body) == ("rejection", "Cobalt Robotics")


EN_NO = "Hi Alex,\n\nThanks for applying. Unfortunately we won't be moving forward.\n\n"


@pytest.mark.parametrize(
    ("signed", "company"),
    [
        ("Best,\nPriya from Tallow Analytics\n", "Tallow Analytics"),
        ("Cheers,\nPriya @ Tallow\n", "Tallow"),
        ("Liebe Grüße\nLena von Tallow\n", "Tallow"),
        ("Liebe Grüße\nLena vom Team Tallow\n", "Tallow"),
        ("Bien à vous,\nJulie de chez Tallow\n", "Tallow"),
    ],
)
def test_a_first_name_from_a_company_signs_for_it(signed: str, company: str) -> None:
    assert read(sender="noreply@jobs.example", subject="Your application", body=EN_NO + signed) == (
        "rejection",
        company,
    )


def test_sent_from_a_phone_is_not_a_company() -> None:
    body = EN_NO + "Sent from Outlook Mobile\n"
    assert read(sender="noreply@jobs.example", subject="Your application", body=body) == (
        "rejection",
        None,
    )


def test_a_subject_from_the_companys_team_names_the_company() -> None:
    assert read(
        sender="noreply@jobs.example",
        subject="Update from the Tallow Analytics Recruiting Team",
        body=EN_NO,
    ) == ("rejection", "Tallow Analytics")


@pytest.mark.parametrize(
    ("subject", "body_names", "company"),
    [
        ("Your application to eTrellis", "", "eTrellis"),  # a name in lower case, then a capital
        ("iMarlow Application Update", "", "iMarlow"),
        ("Your application", "the Analyst role at R.T. Harlan", "R.T. Harlan"),  # initials
        ("Your application to D. E. Whitcombe", "", "D. E. Whitcombe"),
        ("Your application", "the Analyst role at Harlan Associates", "Harlan Associates"),
    ],
)
def test_names_written_in_unusual_shapes_are_found(
    subject: str, body_names: str, company: str
) -> None:
    said = f"Thank you for your interest in {body_names}. " if body_names else ""
    body = f"Hi Alex,\n\n{said}Unfortunately we won't be moving forward.\n"
    assert read(sender="noreply@jobs.example", subject=subject, body=body) == (
        "rejection",
        company,
    )


ES_NO = "Lamentablemente, hemos decidido continuar con otros candidatos.\n"
NL_NO = "Helaas hebben we besloten om niet verder te gaan met jouw sollicitatie.\n"
FR_NO = "Malheureusement, nous ne pouvons pas y donner une suite favorable.\n"


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        ("", f"Hola Pablo,\n\nGracias por postularte a Marisma Datos. {ES_NO}", "Marisma Datos"),
        (
            "Tu candidatura para Analista de Datos en Marisma Datos",
            f"Hola,\n\n{ES_NO}",
            "Marisma Datos",
        ),
        (
            "",
            "Beste Jan,\n\nBedankt voor je sollicitatie op de vacature Data Analist bij Polder "
            f"Logistiek. {NL_NO}",
            "Polder Logistiek",
        ),
        ("", f"Bonjour,\n\nMerci d'avoir pensé à Garrigue Conseil. {FR_NO}", "Garrigue Conseil"),
        (
            "",
            "Hi Alex,\n\nEveryone at Tallow Analytics appreciates your interest. Unfortunately "
            "we won't be moving forward.\n",
            "Tallow Analytics",
        ),
    ],
)
def test_spanish_dutch_french_and_english_ways_of_naming_who_you_applied_to(
    subject: str, body: str, company: str
) -> None:
    assert read(sender="noreply@jobs.example", subject=subject, body=body) == (
        "rejection",
        company,
    )


ATS_NO = "Dear Alex,\n\nUnfortunately we will not be moving forward with your application.\n"


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        ("tal@myworkday.com", None),  # a talent-acquisition inbox, not a company called "Tal"
        ("Workday <talentacquisition@myworkday.com>", None),
        ("tallow_careers@myworkday.com", "Tallow"),  # the department word taken off
        ("no-reply@tallowhealth.icims.com", "Tallowhealth"),  # the system's tenant subdomain
    ],
)
def test_the_company_an_applicant_tracking_address_names(sender: str, company: str | None) -> None:
    assert read(sender=sender, subject="Application update", body=ATS_NO) == ("rejection", company)


def test_a_run_together_tenant_is_written_as_the_text_writes_it() -> None:
    body = ATS_NO.replace("Unfortunately", "Thank you for your interest in TallowHealth. Sadly")
    assert read(
        sender="no-reply@tallowhealth.icims.com", subject="Application update", body=body
    ) == ("rejection", "TallowHealth")
