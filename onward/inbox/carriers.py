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

from .company_names import clean_company, company_key
from .languages.company import signature_block_companies, signature_companies
from .parsing import Mail
from .patterns import NAME
from .signatures import SIGNATURE_LIMIT, companies_in_signature

_THIRD_PERSON = re.compile(
    r"\b(?:[Ll]'entreprise|[Ll]a société|[Ll]'employeur|[Tt]he (?:company|employer|hiring "
    r"company)|[Dd]as Unternehmen|[Dd]ie Firma|[Dd]er Arbeitgeber|[Ll]a empresa|[Ee]l empleador|"
    r"[Hh]et bedrijf|[Dd]e werkgever|(?:transmise?|envoyée?|adressée?) à|(?:sent|forwarded|"
    r"transmitted) to|(?:weitergeleitet|übermittelt) an|(?:enviada|remitida) a|(?:doorgestuurd|"
    rf"verstuurd) naar) (?:l'entreprise |la société |the company |die |der )?({NAME})"
    r"(?![\w;])"  # not a name cut at an entity left in the text: "L&amp;T"
)
_THIRD_PERSON_CUE = re.compile(
    r"entreprise|société|employeur|company|employer|unternehmen|firma|arbeitgeber|empresa|"
    r"empleador|bedrijf|werkgever|transmise|envoyée|adressée|sent to|forwarded|transmitted|"
    r"weitergeleitet|übermittelt|enviada|remitida|doorgestuurd|verstuurd",
    re.IGNORECASE,
)
_CARRIED = re.compile(rf"\b(?:via|through|über|par l'intermédiaire de|a través de) ({NAME})")


def third_person_companies(text: str) -> list[str]:
    """The names the text gives the employer in the third person, or as where the
    application went: "l'entreprise Acme", "the employer Acme", "forwarded to Acme"."""
    if not _THIRD_PERSON_CUE.search(text):
        return []
    return [match.group(1) for match in _THIRD_PERSON.finditer(text)]


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
