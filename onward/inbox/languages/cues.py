"""Signs of an invitation or an acknowledgement in German, French, Spanish and Dutch.

vocab.py holds fixed phrases ("einladung zum", "bewerbung erhalten"); real mail bends them
("würden wir Sie gerne zu einem weiteren Gespräch einladen", "wir haben Ihre Bewerbung auf
Java Developer erhalten"), so these are read with a few words of slack. They only add to the
scores the phrases give; a decision against the reader still outweighs them.
"""

from __future__ import annotations

import re
from re import Pattern

_W = r"(?:\S+\s+)"


def _c(pattern: str) -> Pattern[str]:
    return re.compile(pattern)


_INVITE = r"(?:gespräch|interview|kennenlernen|termin)\w*\s+"
_YOUR = r"\b(?:ihre|deine|ihrer|deiner) bewerbung\s+"

CUES: dict[str, list[tuple[Pattern[str], str, int]]] = {
    "de": [
        # "möchten wir Sie zu einem weiteren Gespräch einladen", "lade ich Sie … ein"
        (_c(rf"\b{_INVITE}{_W}{{0,14}}?ein(?:zu)?laden\b"), "next_step", 3),
        (
            _c(rf"\b(?:lade|laden) (?:ich|wir) (?:sie|dich|euch)\b\s+{_W}{{0,8}}?ein\b"),
            "next_step",
            3,
        ),
        (_c(r"\b(?:persönlich|gerne) (?:\S+ ){0,14}?kennen ?(?:zu )?lernen\b"), "next_step", 3),
        (
            _c(
                r"\b(?:ersten|zweiten|weiteren|persönlichen) (?:gemeinsamen )?"
                r"(?:gespräch|kennenlernen)"
            ),
            "next_step",
            1,
        ),
        (_c(r"\b(?:interview|gespräch)\w* (?:\w+ ){0,3}bestätig"), "next_step", 3),
        # "die Einladung für das zweite Gespräch", "einen Termin für ein Videointerview
        # auszuwählen", "ein Gespräch vereinbaren"
        (
            _c(
                r"\beinladung (?:zu|zum|zur|für) (?:\S+ ){0,3}?\w*(?:gespräch|interview|"
                r"kennenlernen)"
            ),
            "next_step",
            3,
        ),
        (_c(r"\btermin\w* (?:für|zu|zum) (?:\S+ ){0,2}?\w*(?:gespräch|interview)"), "next_step", 3),
        (
            _c(
                r"\b\w*(?:gespräch|interview)\w* (?:\S+ ){0,3}?(?:vereinbaren|auszumachen|buchen)\b"
            ),
            "next_step",
            2,
        ),
        # "wir haben Ihre Bewerbung auf … erhalten", "ist bei uns eingegangen"
        (_c(rf"{_YOUR}{_W}{{0,8}}?(?:erhalten|eingegangen)\b"), "received", 3),
        # "Ihre Unterlagen sind bei uns eingegangen", "wir prüfen Ihre Unterlagen sorgfältig"
        (
            _c(
                r"\b(?:ihre|deine) (?:bewerbungs)?unterlagen\s+(?:\S+\s+){0,6}?(?:erhalten|"
                r"eingegangen)\b"
            ),
            "received",
            3,
        ),
        (
            _c(
                r"\b(?:prüfen|sichten|bearbeiten) (?:\w+ ){0,2}?(?:ihre|deine) "
                r"(?:bewerbung|unterlagen)"
                # the verb at the end: "wir werden Ihre Unterlagen sorgfältig prüfen"
                r"|\b(?:ihre|deine) (?:bewerbungs)?unterlagen (?:\S+ ){0,3}?(?:prüfen|sichten|"
                r"bearbeiten|geprüft|gesichtet)\b"
            ),
            "received",
            2,
        ),
        (_c(r"\buns (?:\w+ ){0,6}?bei (?:ihnen|dir) (?:\w+ )?melden\b"), "received", 1),
        (_c(r"\b(?:melden|zurückmelden) uns (?:\w+ ){0,6}bei (?:ihnen|dir)\b"), "received", 1),
    ],
    "fr": [
        (
            _c(r"\b(?:convier|convions|inviter|invitons) (?:\w+ ){0,3}(?:à|pour) un entretien"),
            "next_step",
            3,
        ),
        (_c(r"\bavons (?:bien )?reçu (?:votre|ta) candidature"), "received", 3),
        (_c(r"\baccusons (?:bonne )?réception de (?:votre|ta) candidature"), "received", 3),
        # what application products confirm: "votre candidature a bien été enregistrée / reçue
        # / transmise", "elle sera étudiée avec attention", "est en cours d'étude",
        # "nous examinons votre candidature", "nous reviendrons vers vous"
        (
            _c(
                r"\b(?:votre|ta) (?:candidature|dossier|cv)\b[^.;!?]{0,40}?\ba (?:bien )?été "
                r"(?:bien )?(?:reçue?|enregistrée?|transmise?|prise? en compte|envoyée?)"
            ),
            "received",
            3,
        ),
        (
            _c(
                r"\b(?:sera|est|seront|sont) (?:\w+ )?(?:étudiée?s?|examinée?s?|analysée?s?|"
                r"en cours "
                r"d'(?:étude|examen|analyse|traitement))\b"
                r"|\b(?:examinons|étudions|analysons|examine|étudie) (?:\w+ )?(?:votre|ta|l'|le)"
                r"|\b(?:l'|la )(?:examinons|étudions|analysons|examine|étudie)\b"
            ),
            "received",
            2,
        ),
        (
            _c(
                r"\b(?:elle|celle-ci) a (?:bien )?été (?:reçue|enregistrée|transmise|prise en "
                r"compte)"
            ),
            "received",
            3,
        ),
        (_c(r"\b(?:reviendrons|revenir|reviendra) (?:\w+ )?vers (?:vous|toi)\b"), "received", 1),
        # "nous souhaiterions vous rencontrer", "convenir d'un entretien"
        (
            _c(
                r"\b(?:souhaiterions|souhaitons|aimerions|voudrions) vous rencontrer\b"
                r"|\b(?:convenir|fixer) d'un (?:entretien|rendez-vous)\b"
                r"|\bvous proposer un (?:entretien|rendez-vous)\b"
            ),
            "next_step",
            3,
        ),
    ],
    "es": [
        (
            _c(
                r"\b(?:invitarte|invitarle|te invitamos|le invitamos) (?:\w+ ){0,3}"
                r"(?:a|para) una entrevista"
            ),
            "next_step",
            3,
        ),
        (
            _c(
                r"\bhemos recibido (?:correctamente )?(?:tu|su) "
                r"(?:candidatura|solicitud|postulación|aplicación)"
            ),
            "received",
            3,
        ),
        # "gracias por enviarnos tu candidatura", "la revisaremos", "estamos revisando tu
        # perfil", "nos pondremos en contacto contigo"
        (
            _c(
                r"\bgracias por (?:enviarnos|enviar) (?:tu|su) (?:candidatura|cv|solicitud)"
                r"|\b(?:la|lo) (?:revisaremos|estudiaremos|valoraremos)\b"
                r"|\b(?:revisaremos|estudiaremos|valoraremos|estamos revisando|estamos valorando)"
                r" (?:tu|su) (?:candidatura|perfil|cv|solicitud)"
            ),
            "received",
            2,
        ),
        (_c(r"\bnos pondremos en contacto (?:contigo|con usted)"), "received", 1),
    ],
    "nl": [
        (
            _c(
                r"\b(?:uitnodigen|uit te nodigen|nodigen (?:je|u) (?:\w+ ){0,2}uit) "
                r"(?:\w+ ){0,3}(?:voor )?(?:een|het) (?:\w+)?gesprek"
            ),
            "next_step",
            3,
        ),
        (_c(r"\b(?:sollicitatiegesprek|kennismakingsgesprek)"), "next_step", 2),
        (
            _c(r"\b(?:we|wij) hebben (?:je|jouw|uw) sollicitatie (?:\w+ ){0,6}?ontvangen\b"),
            "received",
            3,
        ),
        # "we bekijken je sollicitatie", "we nemen binnen een week contact met je op"
        (
            _c(
                r"\b(?:bekijken|beoordelen|beoordeeld|bekeken|bestuderen) (?:\w+ ){0,2}?"
                r"(?:je|jouw|uw) "
                r"(?:sollicitatie|cv|gegevens)|\b(?:je|jouw|uw) (?:sollicitatie|cv)\w* "
                r"(?:wordt|worden|zal) (?:\w+ ){0,2}?(?:bekeken|beoordeeld)"
            ),
            "received",
            2,
        ),
        (_c(r"\bnemen (?:\w+ ){0,4}?contact met (?:je|jou|u) op\b"), "received", 1),
        # "we hebben deze in goede orde ontvangen"
        (_c(r"\b(?:we|wij) hebben (?:deze|die|hem|ze) (?:\S+ ){0,4}?ontvangen\b"), "received", 3),
        # "we hebben je cv in goede orde ontvangen"
        (
            _c(
                r"\b(?:je|jouw|uw) (?:sollicitatie|cv|brief|motivatie)\w* (?:\S+ ){0,5}?ontvangen\b"
            ),
            "received",
            3,
        ),
    ],
}
