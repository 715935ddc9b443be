"""Wordings in circulation in German and French model letters (fourteenth pass; the letters
were read on public pages, not kept), written here anew with made-up companies: no corpus text.

German writes the team that signs as one word as often as with a hyphen ("Ihr Personalteam
der Acme AG", "Dein Recruitingteam der Acme GmbH"); French names what goes on before saying
with whom ("nous avons décidé de poursuivre le processus avec un autre candidat"), and sends
an application to a company ("votre candidature spontanée adressée à Acme"). Nine of the
twelve cases fail on the code before this pass; the guards say what must stay as it is (going
on with the reader is no rejection; a team that signs alone names no company).
"""

from __future__ import annotations

import pytest

from onward.inbox.parsing import parse
from onward.inbox.understand import understand

from .mails import raw

GERMAN_NO = (
    "Sehr geehrte Frau Martin,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
    "mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.\n\n"
    "Mit freundlichen Grüßen\n{sign}\n"
)


def read(subject: str, body: str) -> tuple[str, str | None]:
    reading = understand(parse(raw(sender="", subject=subject, body=body)))
    return reading.label, reading.company


@pytest.mark.parametrize(
    ("sign", "company"),
    [
        ("Ihr Personalteam der Lindqvist Bau AG", "Lindqvist Bau AG"),
        ("Ihr Personalteam der Lindqvist Bau", "Lindqvist Bau"),
        ("Dein Recruitingteam der Felsner Digital GmbH", "Felsner Digital GmbH"),
        ("Ihr Karriereteam der Orsted Medizintechnik", "Orsted Medizintechnik"),
    ],
)
def test_a_german_team_written_as_one_word_signs_above_its_company(sign: str, company: str) -> None:
    assert read("Ihre Bewerbung", GERMAN_NO.format(sign=sign)) == ("rejection", company)


def test_a_german_team_that_signs_alone_leaves_the_company_to_the_subject() -> None:
    body = GERMAN_NO.format(sign="Ihr Personalteam")
    assert read("Ihre Bewerbung bei Tessberg Optik", body) == ("rejection", "Tessberg Optik")


@pytest.mark.parametrize(
    "sentence",
    [
        "nous avons décidé de poursuivre le processus avec un autre candidat dont le profil "
        "correspond davantage à nos besoins.",
        "nous avons décidé de continuer le recrutement avec une autre candidate.",
        "nous allons avancer dans notre processus avec d'autres profils.",
    ],
)
def test_a_french_process_going_on_with_someone_else_is_a_no(sentence: str) -> None:
    body = (
        "Bonjour Alex,\n\nMerci pour l'intérêt que vous portez à Quentiron.\n\n"
        f"Malheureusement, {sentence}\n\nBelle continuation,\nL'équipe Talents\n"
    )
    assert read("Réponse à votre candidature", body) == ("rejection", "Quentiron")


def test_a_french_process_going_on_with_the_reader_is_an_invitation() -> None:
    body = (
        "Bonjour Alex,\n\nMerci pour votre candidature. Nous avons le plaisir de poursuivre le "
        "processus avec vous et vous proposons un entretien mardi à 10h.\n\nCordialement,\n"
        "Claire Morin\n"
    )
    assert read("Votre candidature", body)[0] == "next_step"


def test_going_on_with_those_chosen_later_is_still_an_acknowledgement() -> None:
    body = (
        "Bonjour Alex,\n\nNous avons bien reçu votre candidature et la transmettons à l'équipe. "
        "Nous continuerons le processus avec les candidats retenus dans les prochaines semaines "
        "et reviendrons vers vous.\n\nCordialement,\nClaire Morin\n"
    )
    assert read("Votre candidature", body)[0] == "received"


@pytest.mark.parametrize("verb", ["adressée", "transmise"])
def test_a_french_application_sent_to_a_company_names_it(verb: str) -> None:
    body = (
        f"Bonjour Alex,\n\nMerci pour votre candidature spontanée {verb} à Verdier Transports."
        "\n\nMalheureusement, nous ne pouvons pas donner une suite favorable à votre "
        "candidature.\n\nCordialement,\nClaire Morin\n"
    )
    assert read("Votre candidature", body) == ("rejection", "Verdier Transports")
