"""Kinds of German, French, Spanish and Dutch mail, each written for the test (no corpus
text): acknowledgements that say what silence will mean, the ways hiring products confirm an
application, decisions worded without the words the readers knew, and where each language
puts the company (a department before its name, who signs for whom). English written by
speakers of other languages ("was not retained", "does not correspond to the requirements")
is here too: the same words, translated.

The seventh pass: French mail was called a rejection when an acknowledgement ended
"sans réponse de notre part … considérez que votre candidature n'a pas été retenue", the
same kind as the English acknowledgements the fifth pass fixed. Every case here failed on
the code before it, except the guards that hold what must not change (a Dutch
acknowledgement of the same kind was not a rejection before either; "classée sans suite" is
itself a no; "a no-brainer" and personal data "not retained" are not a no).
"""

from __future__ import annotations

import pytest

from onward.inbox.names import same_company
from onward.inbox.parsing import parse
from onward.inbox.understand import understand

from .mails import raw

ATS = "no-reply@us.greenhouse-mail.io"
HR_DE = "Personal <jobs@acme-technik.de>"
HR_NL = "HR <hr@acme.nl>"


def label(sender: str, subject: str, body: str) -> str:
    return understand(parse(raw(sender=sender, subject=subject, body=body))).label


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            ATS,
            "Votre candidature",
            "Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de chargé de projet"
            " et nous vous en remercions. Elle sera étudiée avec attention. Sans réponse de notre"
            " part dans un délai de quatre semaines, vous pourrez considérer que votre candidature"
            " n'a pas été retenue.\n\nCordialement",
        ),
        (
            ATS,
            "Votre candidature",
            "Bonjour,\n\nMerci pour votre candidature. Notre équipe l'examine actuellement. En"
            " l'absence de retour de notre part sous 15 jours, veuillez considérer que nous ne"
            " pouvons pas donner suite à votre candidature.\n\nBien cordialement",
        ),
        (
            HR_DE,
            "Ihre Bewerbung",
            "Sehr geehrte Frau Huber,\n\nvielen Dank für Ihre Bewerbung. Wir prüfen Ihre"
            " Unterlagen sorgfältig. Sollten Sie innerhalb von vier Wochen nichts von uns hören,"
            " konnten wir Ihre Bewerbung leider nicht berücksichtigen.\n\nMit freundlichen Grüßen",
        ),
        (
            ATS,
            "Tu candidatura",
            "Hola Ana,\n\nGracias por tu interés. Hemos recibido tu candidatura y la estamos"
            " revisando. Si no recibes noticias nuestras en las próximas tres semanas, significa"
            " que tu perfil no ha sido seleccionado.\n\nSaludos",
        ),
    ],
)
def test_an_acknowledgement_that_says_what_silence_will_mean_is_an_acknowledgement(
    sender: str, subject: str, body: str
) -> None:
    assert label(sender, subject, body) == "received"


def test_a_dutch_acknowledgement_that_says_what_silence_will_mean_is_not_a_rejection() -> None:
    body = (
        "Beste Sanne,\n\nBedankt voor je sollicitatie. Als je binnen twee weken niets van ons"
        " hoort, ben je helaas niet door naar de volgende ronde.\n\nMet vriendelijke groet"
    )
    assert label(HR_NL, "Je sollicitatie", body) != "rejection"


def test_a_french_classee_sans_suite_is_still_a_rejection() -> None:
    body = (
        "Bonjour,\n\nNous vous informons que votre candidature n'a pas été retenue et a été"
        " classée sans suite.\n\nCordialement"
    )
    assert label(ATS, "Votre candidature", body) == "rejection"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            ATS,
            "Confirmation de candidature",
            "Bonjour Marie,\n\nVotre candidature au poste de comptable a bien été enregistrée."
            " Nous reviendrons vers vous dans les meilleurs délais.\n\nL'équipe recrutement",
        ),
        (
            ATS,
            "Votre candidature",
            "Bonjour,\n\nNous vous remercions de l'intérêt que vous portez à notre entreprise."
            " Votre candidature est en cours d'étude par nos équipes et nous ne manquerons pas de"
            " revenir vers vous.\n\nCordialement",
        ),
        (
            HR_DE,
            "Ihre Bewerbung",
            "Sehr geehrte Frau Huber,\n\nvielen Dank für Ihr Interesse. Ihre Unterlagen sind bei"
            " uns eingegangen und werden derzeit geprüft.\n\nMit freundlichen Grüßen",
        ),
        (
            HR_NL,
            "Je sollicitatie",
            "Beste Sanne,\n\nBedankt voor je sollicitatie. We bekijken je cv en nemen binnen een"
            " week contact met je op.\n\nMet vriendelijke groet",
        ),
    ],
)
def test_how_hiring_products_confirm_an_application(sender: str, subject: str, body: str) -> None:
    assert label(sender, subject, body) == "received"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            HR_NL,
            "Je sollicitatie",
            "Beste Sanne,\n\nBedankt voor je sollicitatie. Na zorgvuldige overweging hebben we"
            " besloten je niet uit te nodigen voor een gesprek.\n\nMet vriendelijke groet",
        ),
        (
            ATS,
            "Votre candidature",
            "Bonjour,\n\nNous avons finalement choisi de poursuivre le processus avec un candidat"
            " dont le profil correspond davantage à nos besoins.\n\nCordialement",
        ),
    ],
)
def test_decisions_worded_without_the_usual_words(sender: str, subject: str, body: str) -> None:
    assert label(sender, subject, body) == "rejection"


NEIN = (
    "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben."
)
NON = "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature."
NEE = "Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie."
NO = "Unfortunately, we have decided to move forward with other candidates."
PERSON = "Anna Huber <anna.huber@example.de>"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        # the trust the reader put in the company, said with a relative clause
        (
            PERSON,
            "",
            "Hallo,\n\nvielen Dank für das Vertrauen, das Sie in die Nordwind Logistik gesetzt"
            f" haben. {NEIN}\n",
            "Nordwind Logistik",
        ),
        # who signs for whom, on its own line
        (
            PERSON,
            "",
            f"Hallo,\n\n{NEIN}\n\nMit freundlichen Grüßen\nim Namen der Nordwind Logistik\n"
            "Anna Huber",
            "Nordwind Logistik",
        ),
        # a department, then its company
        (
            PERSON,
            "",
            f"Hallo,\n\n{NEIN}\n\nBeste Grüße\nHR Department Nordwind Logistik",
            "Nordwind Logistik",
        ),
        (
            ATS,
            "Votre candidature",
            f"Bonjour,\n\n{NON}\n\nCordialement,\nLa Direction des Ressources Humaines de Nordwind",
            "Nordwind",
        ),
        (
            HR_NL,
            "Je sollicitatie",
            f"Beste Sanne,\n\n{NEE}\n\nMet vriendelijke groet,\nHet HR-team van Nordwind",
            "Nordwind",
        ),
        (
            PERSON,
            "Ihre Bewerbung",
            f"Hallo Gerald,\n\n{NEIN}\n\nLiebe Grüße\nAnna vom Nordwind Recruiting Team",
            "Nordwind",
        ),
        (
            "Marie Dupont <marie.dupont@example.fr>",
            "Votre candidature",
            f"Bonjour,\n\n{NON}\n\nBien à vous,\nMarie Dupont\n"
            "Responsable RH - Nordwind Logistique",
            "Nordwind Logistique",
        ),
        (
            HR_NL,
            "Je sollicitatie",
            f"Beste Sanne,\n\n{NEE}\n\nHartelijke groet,\nNamens het team van Nordwind,\n"
            "Sanne de Vries",
            "Nordwind",
        ),
        (
            ATS,
            "Tu candidatura",
            "Hola Ana,\n\nGracias por participar en nuestro proceso de selección para Nordwind."
            " Lamentamos informarte de que tu candidatura no ha sido seleccionada.\n",
            "Nordwind",
        ),
        # subjects: "bei der", Dutch "bij"
        (
            ATS,
            "Absage: Java Entwickler (m/w/d) bei der Nordwind Logistik",
            f"Sehr geehrter Herr Bauer,\n\n{NEIN}\n",
            "Nordwind Logistik",
        ),
        (ATS, "Je sollicitatie bij Nordwind", f"Beste Sanne,\n\n{NEE}\n", "Nordwind"),
        # "Recursos Humanos" and "RR.HH." are a department, never the company
        (
            ATS,
            "Tu candidatura",
            "Hola Ana,\n\nLamentamos informarte de que tu candidatura no ha sido seleccionada."
            "\n\nUn saludo,\nEl equipo de RR.HH. de Nordwind",
            "Nordwind",
        ),
        (
            ATS,
            "Tu candidatura",
            "Hola Ana,\n\nGracias por tu interés en formar parte de Nordwind. Lamentamos"
            " informarte de que en esta ocasión tu candidatura no ha sido seleccionada.\n\n"
            "Saludos,\nEl equipo de Recursos Humanos",
            "Nordwind",
        ),
        # a subject led by the company, then the programme and what the mail is
        (
            "laserfiche@acmehsg.org",
            "Acme Housing Authority Summer 2024 Internship Decision",
            f"Hello,\n\n{NO}\n",
            "Acme Housing Authority",
        ),
        (ATS, "Northwind Internship Application Update", f"Hi,\n\n{NO}\n", "Northwind"),
    ],
)
def test_the_company_is_found_in_department_and_sign_off_phrasing(
    sender: str, subject: str, body: str, company: str
) -> None:
    reading = understand(parse(raw(sender=sender, subject=subject, body=body)))
    assert reading.company is not None and same_company(reading.company, company), reading.company


@pytest.mark.parametrize(
    "sentence",
    [
        "At this stage we will not be able to take your application forward.",
        "We appreciate your interest, but we have decided to keep looking for a profile with"
        " more experience.",
        "Sadly it's a no from the team this time.",
        "We received many strong applications and yours was not retained for the next phase.",
        "Thank you for your application. Your profile does not correspond to the requirements"
        " of the position.",
        "Your application did not make it to the next round.",
        "Sadly we will have to say no this time.",
        "We have decided to stop the recruitment process with you.",
        "We will not take your application into consideration for this vacancy.",
    ],
)
def test_english_as_written_by_speakers_of_other_languages_says_no(sentence: str) -> None:
    body = f"Dear Jane,\n\n{sentence}\n\nBest,\nTom"
    assert label("Tom Jansen <tom.jansen@example.be>", "Your application", body) == "rejection"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiring you was a no-brainer, and it's a no-brainer to invite you to the next round.",
        "Your personal data will not be retained after the end of the process.",
    ],
)
def test_what_only_looks_like_those_is_not_a_no(sentence: str) -> None:
    body = f"Dear Jane,\n\nThank you for your application. {sentence}\n\nBest,\nTom"
    assert label("Tom Jansen <tom.jansen@example.be>", "Your application", body) != "rejection"


def test_the_company_after_the_recruitment_team_of() -> None:
    body = f"Dear Jane,\n\n{NO}\n\nKind regards,\nThe recruitment team of Acme Robotics"
    reading = understand(parse(raw(sender=ATS, subject="Your application", body=body)))
    assert reading.company is not None and same_company(reading.company, "Acme Robotics")


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        (
            "Ihre Bewerbung",
            "Sehr geehrter Herr Bauer,\n\nvielen Dank für Ihre Bewerbung als Java Entwickler. Wir"
            " werden Ihre Unterlagen sorgfältig prüfen und uns so bald wie möglich bei Ihnen"
            " melden.\n\nMit freundlichen Grüßen",
            "received",
        ),
        (
            "Votre candidature",
            "Bonjour,\n\nMerci pour votre candidature ! Elle a bien été transmise au recruteur, qui"
            " reviendra vers vous s'il souhaite vous rencontrer.\n\nL'équipe",
            "received",
        ),
        (
            "Tu candidatura",
            "Hola Ana,\n\nGracias por enviarnos tu candidatura. La revisaremos y nos pondremos en"
            " contacto contigo si tu perfil encaja con lo que buscamos.\n\nSaludos",
            "received",
        ),
        (
            "Je sollicitatie",
            "Beste Sanne,\n\nBedankt voor je sollicitatie. We hebben deze in goede orde ontvangen"
            " en nemen binnen twee weken contact met je op.\n\nGroet",
            "received",
        ),
        (
            "Je sollicitatie",
            "Beste Sanne,\n\nWe hebben gekozen voor een kandidaat die beter aansluit bij het"
            " profiel.\n\nGroet",
            "rejection",
        ),
    ],
)
def test_the_verb_where_each_language_puts_it(subject: str, body: str, expected: str) -> None:
    assert label("noreply@jobs.example.com", subject, body) == expected


@pytest.mark.parametrize(
    "subject",
    ["Your Application with Acme Robotics", "Your candidacy for Data Analyst, Acme Robotics"],
)
def test_english_subjects_that_name_the_company(subject: str) -> None:
    reading = understand(parse(raw(sender=ATS, subject=subject, body=f"Hi Jane,\n\n{NO}\n")))
    assert reading.company is not None and same_company(reading.company, "Acme Robotics")


JOBS = "noreply@jobs.example.com"
NO_ES = "Lamentamos informarte de que en esta ocasión tu candidatura no ha sido seleccionada."


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Votre candidature", f"Bonjour,\n\nNordwind vous remercie de votre candidature. {NON}\n"),
        (
            "Votre candidature",
            "Bonjour,\n\nVous avez postulé à l'offre « Comptable » de l'entreprise Nordwind."
            f" {NON}\n",
        ),
        ("Tu candidatura", f"Hola Ana,\n\nNordwind te agradece tu interés. {NO_ES}\n"),
        (
            "Tu candidatura",
            f"Hola Ana,\n\nGracias por tu interés en trabajar con nosotros en Nordwind. {NO_ES}\n",
        ),
        ("Je sollicitatie", f"Beste Sanne,\n\nNordwind bedankt je voor je sollicitatie. {NEE}\n"),
        ("Je sollicitatie", f"Beste Sanne,\n\n{NEE}\n\nMet vriendelijke groet,\nTeam Nordwind"),
        (
            "Je sollicitatie",
            "Beste Sanne,\n\nBedankt voor je sollicitatie voor de functie van analist bij"
            f" Nordwind. {NEE}\n",
        ),
    ],
)
def test_the_company_that_thanks_or_signs_as_a_team(subject: str, body: str) -> None:
    reading = understand(parse(raw(sender=JOBS, subject=subject, body=body)))
    assert reading.company is not None and same_company(reading.company, "Nordwind")
