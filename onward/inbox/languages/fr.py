"""French: how a decision against the reader is said.

The negation wraps the verb: "nous ne pouvons pas donner une suite favorable", "votre
candidature n'a pas été retenue", "nous ne poursuivrons pas", "n'a malheureusement pas pu
aboutir". Someone else chosen: "nous avons retenu un autre candidat", "d'autres profils
correspondant davantage". The job gone: "le poste a été pourvu". Regret: "nous sommes au
regret de vous informer", "nous avons le regret de vous annoncer".
"""

from __future__ import annotations

import re

from . import Reader

_W = r"[\w'-]+"
_PROGRESS = (
    r"(?:retenu|retenue|retenir|retiendr|donner (?:une )?suite|donnerons (?:pas )?suite|suite"
    r" favorable|poursuiv|aller plus loin|continuer|sélectionn|abouti|correspond|convoqu|"
    r"proposer|avancer|passer à l'étape|favorable|accéder|conserv)"
)
NEGATED = re.compile(
    rf"\b(?:ne|n')\s*(?:{_W}\s+){{0,4}}?(?:pas|plus|point|guère)\b\s*(?:{_W}\s+){{0,5}}?"
    rf"{_PROGRESS}"
    r"|\bpas (?:été |pu être )?retenue?s?\b|\bnon retenue?s?\b|\bsuite défavorable\b"
    r"|\bne pas (?:donner suite|retenir|poursuivre|aller plus loin|continuer)"
    # the verb between "ne" and "pas": "votre profil ne correspond pas", "nous ne donnerons
    # pas suite", "nous avons le regret de ne pouvoir donner une suite favorable"
    rf"|\b(?:ne|n')\s*(?:{_W}\s+)?(?:correspond|convien|retien|sélectionn|poursuiv)\w*\s+"
    r"(?:pas|plus)\b"
    r"|\b(?:ne|n')\s*donn\w+\s+pas\s+(?:de\s+)?suite\b"
    r"|\bde ne (?:pas )?pouvoir (?:\w+ ){0,2}?(?:donner (?:une )?suite|retenir|poursuivre)"
    # said outright: "l'employeur a décliné votre candidature", "elle a été refusée"
    r"|\b(?:a|ont|avons|ai)\s+(?:\w+\s+)?(?:décliné|refusé|rejeté)\s+(?:votre|ta)\s+candidature\b"
    r"|\bcandidature\b[^.;!?]{0,40}?\ba été\s+(?:\w+\s+)?(?:refusée|déclinée|rejetée)\b"
)
OTHERS = re.compile(
    rf"\b(?:retenu|choisi|sélectionné|privilégi\w*|opté pour|décidé de poursuivre avec|"
    # what goes on may be named first: "poursuivre le processus avec un autre candidat"
    rf"orienté\w* vers|(?:poursuivre|avancer|continuer)\s+(?:{_W}\s+){{0,3}}?avec)"
    rf"\s+(?:{_W}\s+){{0,2}}?"
    r"(?:un autre|une autre|d'autres)\s+(?:candidat|candidature|profil|personne)"
    # "nous avons privilégié des profils plus expérimentés"
    r"|\bprivilégi\w*\s+(?:des|les|un|une)\s+(?:candidat|candidature|profil|personne)\w*"
    r"|\battribuée?\s+à\s+(?:un autre|une autre|d'autres|un candidat|une candidate|quelqu'un)"
    # someone else without "autre": "poursuivre avec un candidat dont le profil correspond
    # davantage", "retenu une candidature plus proche de nos besoins"
    rf"|\b(?:retenu|choisi|sélectionné|privilégié|poursuivre|avancer|continuer)\s+(?:{_W}\s+)"
    r"{0,4}?(?:avec )?(?:un|une) (?:candidat|candidate|candidature|profil)\w*\s+(?:dont|qui|"
    r"plus|correspondant|répondant)\b"
    r"|\b(?:d'autres) (?:candidat|candidature|profil)\w*\b[^.;!?]{0,60}?\b(?:plus "
    r"(?:proches?|adaptés?|en adéquation)|correspond\w* (?:davantage|mieux|plus))"
)
GONE = re.compile(
    r"\b(?:poste|offre|stage|emploi|mission|recrutement)\b[^.;!?]{0,60}?\b(?:a été|a déjà été|"
    r"avait été|est|vient d'être|"
    r"est désormais|est déjà) (?:déjà )?(?:pourvue?|clôturée?|fermée?|annulée?|supprimée?|"
    r"attribuée?)\b"
    r"|\b(?:poste|offre|stage|emploi|mission)\b[^.;!?]{0,60}?\bn'(?:est|était) plus (?:disponible|"
    r"ouverte?|d'actualité|vacante?|à pourvoir)\b"
    r"|\b(?:avons|a|ai) (?:déjà |finalement )?pourvu (?:le|ce|cette|la) (?:poste|offre|mission)"
    # the application closed, or run out, unanswered: "votre demande a été clôturée", "nous
    # l'avons donc automatiquement clôturée" (nineteenth pass; a job's own closing is above)
    r"|\b(?:votre|ta) (?:candidature|demande)\b[^.;!?]{0,80}?\b(?:a été|est)\s+(?:donc\s+|"
    r"automatiquement\s+)*(?:clôturée|close|fermée|expirée)\b"
    r"|\bl'(?:avons|a)\s+(?:donc\s+)?(?:automatiquement\s+)?(?:clôturée|close|fermée)\b"
)
REGRET = re.compile(
    r"\b(?:sommes au regret|avons le regret|regrettons|suis au regret|ai le regret)\b"
    r"[^.;!?]{0,30}?\b(?:de vous|de t'|que)\b"
    r"|\bdésolée?s? de vous (?:annoncer|informer|dire)\b"
)
CONDITION = re.compile(
    r"\b(?:si|s'il|s'ils|lorsque|au cas où|dans le cas où|sauf|à moins|sans réponse|passé ce "
    r"délai|faute de|en l'absence|à défaut)\b"
)
NOT_ABOUT_YOU = re.compile(
    r"\bn'hésite[zr]? pas\b|\bne pas répondre\b|\bne (?:pouvons|pourrons) pas répondre\b"
    r"|\bpas (?:toutes|tous|chaque)\b|\bne (?:\w+ ){0,2}pas à (?:ce|cet) (?:e-?mail|message)"
)
READER = Reader((NEGATED, OTHERS, GONE, REGRET), CONDITION, NOT_ABOUT_YOU)
