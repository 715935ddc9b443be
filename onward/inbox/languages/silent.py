"""Silence as the answer, promised in an acknowledgement, in German, French, Spanish, Dutch.

"Sans réponse de notre part d'ici quatre semaines, considérez que votre candidature n'a pas
été retenue", "Sollten Sie innerhalb von drei Wochen nichts von uns hören…", "Si no recibes
noticias nuestras…", "Als je binnen twee weken niets van ons hoort…": what silence will
mean is not a decision. Each language's decision reader already reads the sentence as a
condition; classify.py uses these so the rejection phrases inside it ("n'a pas été
retenue", "nicht berücksichtigen") don't make the acknowledgement a rejection either, as
classify.SILENCE does for English.
"""

from __future__ import annotations

import re
from re import Pattern

# not "suite": "classée sans suite" is itself the no
_ANSWER = r"(?:réponse|retour|nouvelles?)"
SILENCE: dict[str, Pattern[str]] = {
    "fr": re.compile(
        rf"\b(?:sans|en l'absence d'|en l'absence de|à défaut de|faute de) (?:\w+ ){{0,2}}?"
        rf"{_ANSWER}\b"
        rf"|\bsi vous n'(?:avez|obtenez|recevez) (?:pas|aucune?) (?:\w+ ){{0,2}}?{_ANSWER}"
        r"|\bsi (?:nous ne|vous n'êtes pas) (?:\w+ ){0,2}?(?:revenons|recontactons|contactons|"
        r"recontacté|contacté)"
        r"|\bpassé (?:ce|un) délai\b"
    ),
    "de": re.compile(
        r"\b(?:sollten|falls|wenn|sofern) (?:sie|du) (?:\S+ ){0,6}?(?:nichts|keine (?:\w+ )?"
        r"(?:rückmeldung|nachricht|antwort))\b"
        r"|\b(?:ohne|bei ausbleibender) (?:\w+ )?(?:rückmeldung|antwort|nachricht)\b"
        r"|\b(?:sollten|falls|wenn|sofern) wir (?:uns )?(?:\S+ ){0,6}?nicht (?:\w+ ){0,2}?"
        r"(?:melden|zurückmelden|kontaktieren)"
    ),
    "es": re.compile(
        r"\b(?:si no|en caso de no|de no) (?:\w+ ){0,2}?(?:recib\w*|has recibido|ha recibido|"
        r"tienes|tiene|tener)\s+(?:\w+ ){0,2}?(?:noticias|respuesta|novedades|contacto)\b"
        r"|\bsi no (?:\w+ ){0,2}?(?:te|le|nos) (?:contactamos|ponemos en contacto|hemos contactado)"
    ),
    "nl": re.compile(
        r"\b(?:als|indien|mocht|wanneer) (?:je|u|jij) (?:\S+ ){0,6}?(?:niets|geen (?:\w+ )?"
        r"(?:reactie|bericht|antwoord))\b"
        r"|\b(?:als|indien|mochten|wanneer) (?:we|wij) (?:\S+ ){0,6}?(?:geen contact|niet) "
        r"(?:\w+ ){0,2}?(?:opnemen|reageren|contact)"
        r"|\bzonder (?:\w+ )?(?:reactie|bericht|antwoord)\b"
    ),
}


def silence(text: str, lang: str) -> bool:
    """Whether folded text in that language says what silence will mean."""
    pattern = SILENCE.get(lang)
    return pattern is not None and pattern.search(text) is not None
