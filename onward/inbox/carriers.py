"""The carrier: a hiring product writing about a company's decision (nineteenth pass).

A go-between (a job board, a placement service, an agency, a public hiring product) names the
employer in the third person, "the company Acme", "l'entreprise Acme", or as where the
application went ("transmise à Acme", "forwarded to Acme"), and signs as itself ("L'équipe
Jobboard"); or the text names it as the way things travel ("via Jobboard"). Where the text
names the employer so, the go-between's own name is the carrier, not the company: as an ATS
vendor is never the company for another employer (ats_senders.py), learned from the text.
"""

from __future__ import annotations

import re

import ahocorasick

from .company_names import clean_company, company_key
from .languages.company import signature_block_companies, signature_companies
from .parsing import Mail
from .patterns import NAME
from .signatures import SIGNATURE_LIMIT, companies_in_signature

# How the employer is named in the third person, or as where the application went; each
# written as it starts a sentence too. Found in one pass over the text (Aho-Corasick, in C):
# "sent to" is in most acknowledgements ("sent to the hiring team"), and a regular
# expression tried at every position of every message cost a tenth of a reading.
_PHRASES = (
    "l'entreprise",
    "la société",
    "l'employeur",
    "the company",
    "the employer",
    "the hiring company",
    "das Unternehmen",
    "die Firma",
    "der Arbeitgeber",
    "la empresa",
    "el empleador",
    "het bedrijf",
    "de werkgever",
    *(
        f"{verb} à"
        for verb in ("transmise", "transmis", "envoyée", "envoyé", "adressée", "adressé")
    ),
    "sent to",
    "forwarded to",
    "transmitted to",
    "weitergeleitet an",
    "übermittelt an",
    "enviada a",
    "remitida a",
    "doorgestuurd naar",
    "verstuurd naar",
)
_FIND = ahocorasick.Automaton()
for _phrase in _PHRASES:
    for _form in (_phrase, _phrase[0].upper() + _phrase[1:]):
        _FIND.add_word(_form + " ", len(_form) + 1)
_FIND.make_automaton()
# The name after the phrase: "l'entreprise Acme", "transmise à la société Acme"; not a name
# cut at an entity left in the text ("L&amp;T").
_NAME_AFTER = re.compile(rf"(?:l'entreprise |la société |the company |die |der )?({NAME})(?![\w;])")


def third_person_companies(text: str) -> list[str]:
    """The names the text gives the employer in the third person, or as where the
    application went: "l'entreprise Acme", "the employer Acme", "forwarded to Acme"."""
    found = []
    for end, length in _FIND.iter(text):
        start = end + 1 - length
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # inside a word: "resent to"
        if (match := _NAME_AFTER.match(text, end + 1)) is not None:
            found.append(match.group(1))
    return found


_CARRIED = re.compile(rf"\b(?:via|through|über|par l'intermédiaire de|a través de) ({NAME})")


def carried_by(text: str) -> list[str]:
    """The names the text gives as the way things travel: "via Jobboard", "über Jobboard"."""
    return [match.group(1) for match in _CARRIED.finditer(text)]


def drop_carriers(mail: Mail, text: str, votes: dict[str, int], third: list[str]) -> set[str]:
    """A hiring product writing about a company's decision: where the text names the
    employer in the third person ("l'entreprise Acme", "forwarded to Acme"), the names it
    signs with or says things travel through ("L'équipe Jobboard", "via Jobboard") are the
    carrier's, and lose their votes (third_person_companies)."""
    named = {key for name in third if (key := company_key(clean_company(name))) in votes}
    if not named:
        return set()
    tail = mail.text[-SIGNATURE_LIMIT:]
    carriers = {
        company_key(clean_company(name))
        for name in (
            *companies_in_signature(tail),
            *signature_companies(tail),
            *signature_block_companies(tail),
            *carried_by(text),
        )
    }
    dropped = {
        key
        for key in carriers - named
        if key in votes and not any(key.startswith(n) or n.startswith(key) for n in named)
    }
    for key in dropped:
        del votes[key]
    return dropped
