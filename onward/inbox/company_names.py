"""How a candidate for the company is written and compared: cleaned of the words around it
("Team Recruiting Acme", "Acme Talent Team", "im Namen der Acme AG" are Acme) and keyed so that
two spellings of one company meet ("ACME, Inc." and "Acme").

extract.py cleans every candidate it reads (display name, subject, text, signature) here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import company_forms as forms
from . import name_words

_MESSAGE_ENDS = tuple(" " + suffix for suffix in name_words.MESSAGE_WORDS)


@lru_cache(maxsize=4096)
def clean_company(name: str) -> str:
    name = name.strip(" \t.,;:!?-\u2013|'\"\u2019()[]")
    name = re.sub(
        # ("Team Recruiting Acme" first: the engine takes the first alternative that fits)
        r"^(?:Team (?:Recruiting|Recruitment|HR|Karriere|Personal)"
        # "Recruiting Team Acme", "HR-Team Acme"
        r"|(?:Recruiting|Recruitment|HR|Talent|People|Hiring)[- ]Team"
        # who signs for whom: "Jane Doe / for Acme", "on behalf of Acme", "pour le compte de"
        r"|for|[Oo]n behalf of|pour(?: le compte de)?|au nom de"
        # a French department, then its company: "RH du Groupe Acme", "Recrutement de Acme"
        r"|(?:RH|DRH|[Rr]essources [Hh]umaines|[Rr]ecrutement) (?:de la|du|des|de)"
        r"|[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ee]l|[Dd]ie|[Dd]er|[Yy]our|[Oo]ur|[Ii]hr|[Ii]hre|[Vv]otre"
        r"|[Tt]u|[Ss]u|[Tt]eam|Team von|[Ll]'équipe|[Ee]quipo"
        # a team or a careers site before the name: "Career Translogica GmbH", "Jobs Acme"
        r"|Careers?|CAREERS?|Karriere|Jobs|Recruiting|Recruitment|Recrutement|Firma"
        # German: who writes for whom, "im Namen der Acme AG", "Personalabteilung der Stadt Graz"
        r"|[Ii]m (?:Namen|Auftrag) (?:der|des|von)"
        r"|(?:Personalabteilung|Personalwesen|Personalmanagement|Bewerbermanagement"
        r"|Karriere[- ]?Team|Personal[- ]?Team|HR[- ]?Abteilung)(?: (?:der|des|von|bei))?)\s+",
        "",
        name,
    )
    lowered = name.lower()
    for suffix in name_words.TEAM_WORDS:
        if lowered.endswith(" " + suffix):
            name = name[: -len(suffix) - 1].rstrip(" -\u2013|,")
            lowered = name.lower()
    if lowered.endswith(_MESSAGE_ENDS):  # (one test in C for the few names that end so)
        for suffix in name_words.MESSAGE_WORDS:
            if lowered.endswith(" " + suffix):
                name = name[: -len(suffix) - 1].rstrip(" -\u2013|,")
                lowered = name.lower()
    name = re.sub(r"(?:'|\u2019)s(?:\s.*)?$", "", name)  # "Acme's Software Engineer role"
    name = re.sub(r"(?<=s)(?:'|\u2019)\s.*$", "", name)  # "Acme Robotics' Data Engineer role"
    name = re.sub(r"^(?:\d{4}|\d{2}-\d{2})\s+", "", name)  # "2018 Under Armour Summer League"
    name = re.sub(r"\s+#?\d{5,}$", "", name)  # "with ASML 256584": a requisition's number
    name = forms.without_programme(name)  # "the Acme Graduate Program" is Acme's
    return name.strip(" .,-\u2013|")


@lru_cache(maxsize=8192)
def company_key(name: str) -> str:
    """The form two spellings of one company share: "ACME, Inc." and "Acme" -> "acme"."""
    words = re.sub(r"[^\w& ]+", " ", name.lower()).split()
    while len(words) > 1 and words[-1] in name_words.LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)
