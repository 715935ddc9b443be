"""Dutch: how a decision against the reader is said.

"we hebben besloten niet verder te gaan met je sollicitatie", "je bent niet geselecteerd",
"we nodigen je niet uit", "helaas moeten wij je teleurstellen"; someone else chosen: "we
hebben gekozen voor een andere kandidaat", "kandidaten die beter aansluiten", "onze keuze is
niet op u gevallen"; the job gone:
"de vacature is vervuld"; an explicit no: "afgewezen", "een afwijzing".
"""

from __future__ import annotations

import re

from . import Reader

_W = r"[\w'-]+"
_NEG = r"\b(?:niet|geen|niet langer|niet meer)\b"
_PROGRESS = (
    r"(?:verder|door (?:naar|met)|uit(?:te)?nodig|uit te nodig|uitgenodigd|selecteer|geselecteerd|"
    r"meenemen|mee te nemen|in aanmerking|aanbieden|aan te bieden|voort|volgende (?:ronde|"
    r"fase|stap)|aansl|past\b|passend|gekozen|kiezen|succesvol|positie\w* aanbieden)"
)
NEGATED = re.compile(rf"{_NEG}\s+(?:{_W}\s+){{0,6}}?{_PROGRESS}")
OTHERS = re.compile(
    rf"\b(?:gekozen|besloten|kiezen|verder|door|geselecteerd|voorkeur)\b\s+(?:{_W}\s+){{0,4}}?"
    r"(?:voor |met )?(?:een |de )?(?:andere|anderen)\s*(?:kandida|sollicitant|persoon|profiel)?"
    r"|\b(?:andere )?(?:kandidaat|kandidaten|sollicitanten|profielen)\b[^.;!?]{0,40}?"
    r"\b(?:beter|meer) (?:aansl|pass|aan)"
    # the choice did not fall on you: "onze keuze (bij deze selectie) is niet op u gevallen"
    r"|\bkeuze\b[^.;!?]{0,40}?\b(?:niet op (?:u|jou|je)|op (?:een )?andere?\w*|op iemand "
    r"anders)\b[^.;!?]{0,25}?\bgevallen\b"
)
GONE = re.compile(
    r"\b(?:vacature|functie|positie|baan|stageplek)\b[^.;!?]{0,60}?\b(?:is|werd|wordt|zijn)\s+"
    r"(?:inmiddels |al |reeds )?(?:vervuld|ingevuld|gesloten|ingetrokken|vergeven|komen te "
    r"vervallen)\b"
    # the application closed, or run out, unanswered: "je sollicitatie is automatisch
    # gesloten", "uw aanvraag is verlopen" (nineteenth pass)
    r"|\b(?:je|jouw|uw) (?:sollicitatie|aanvraag)\b[^.;!?]{0,80}?\b(?:is|werd)\s+(?:nu\s+|"
    r"automatisch\s+)*(?:gesloten|afgesloten|verlopen)\b"
)
EXPLICIT = re.compile(
    r"\b(?:afgewezen|afwijzen|afwijzing)\b"
    r"|\b(?:moeten|moet) (?:wij|we|ik) (?:je|u|jou) (?:\w+ ){0,2}teleurstellen"
    # "je profiel sluit helaas onvoldoende aan bij de functie"
    r"|\bsluit\w*\s+(?:\w+\s+){0,3}?(?:onvoldoende|niet)\s+aan\b"
)
CONDITION = re.compile(
    r"\b(?:als|indien|mocht|mochten|wanneer|tenzij|zodra|ingeval|in geval|anders)\b"
)
NOT_ABOUT_YOU = re.compile(
    r"\baarzel niet\b|\bniet (?:alle|iedereen|elke|ieder)\b|\bniet (?:beantwoorden|reageren)\b"
    r"|\b(?:afspraak|gesprek|interview)\w*\b[^.;!?]{0,40}\b(?:afgewezen|afzeggen)"
)
READER = Reader((NEGATED, OTHERS, GONE, EXPLICIT), CONDITION, NOT_ABOUT_YOU)
