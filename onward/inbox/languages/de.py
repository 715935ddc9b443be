"""German: how a decision against the reader is said.

German puts the verb last, so the negation comes first and the verb follows a few words on:
"können wir Sie leider nicht weiter berücksichtigen", "dass wir Sie nicht in die engere
Auswahl nehmen konnten", "keine positive Rückmeldung geben". Someone else chosen: "für
andere Bewerber:innen entschieden", "mit anderen Kandidat:innen fortzufahren", "Bewerbungen,
die dem Anforderungsprofil noch besser entsprechen". The job gone: "die Position ist bereits
besetzt", "nicht mehr vakant". An explicit no: "müssen wir Ihnen absagen", "sagen wir dir ab".
"""

from __future__ import annotations

import re

from . import Reader

_W = r"[\w:*/.,()\"'-]+"  # a word, with the gender forms "Bewerber:innen", "Kandidat*innen"
_NEG = r"\b(?:nicht|nicht mehr|nicht länger|kein(?:e|en|er|em)?|vorerst nicht)\b"
_PROGRESS = (
    r"(?:berücksichtig|weiter(?:zu)?(?:verfolg|führ|bearbeit|geh|komm|zuverfolg|gekommen|gegangen)|"
    # "kommen Sie nicht in Frage", "die Stelle vorerst nicht zu besetzen" (not "besetzt":
    # "solange die Stelle noch nicht besetzt ist" is an acknowledgement's aside)
    r"in (?:frage|betracht)\b|(?:zu )?besetzen\b|"
    r"weiter (?:zu )?(?:verfolg|berücksichtig|bearbeit|betrachte|führ)|"
    r"fort(?:zu)?(?:fahr|setz|führ)|anbieten|anzubieten|"
    r"(?:in die|in den|in der) (?:engere|engeren|letzte|letzten|nächste|nächsten|weitere|"
    r"weiteren|zweite)\w* (?:auswahl|wahl|runde|kreis|phase|stufe)|"
    r"(?:auswahl|wahl|runde) (?:aufnehm|nehm|einbezieh|zieh|gekommen|kommen)|"
    r"positiv\w* (?:rückmeldung|nachricht|bescheid|antwort|entscheidung)|"
    r"(?:zusage|angebot) (?:send|mach|geb|unterbreit|übermittel)|zusage\b|"
    r"(?:passende|entsprechende) (?:position|stelle)\w* (?:\w+ ){0,3}anbieten|"
    r"(?:geklappt|gepasst|erfolgreich)|einladen|einzuladen|mitnehmen)"
)
NEGATED = re.compile(rf"{_NEG}\s+(?:{_W}\s+){{0,6}}?{_PROGRESS}")
# someone else chosen: "für andere Kandidat:innen entschieden", "mit anderen Bewerbern
# fortzufahren", "andere Personen … besser erfüllen", "Bewerbungen, die … besser entsprechen"
_OTHERS_NOUN = (
    r"(?:kandidat|bewerber|bewerbung|person|profil|interessent|mitbewerber|teilnehmer)\w*"
)
OTHERS = re.compile(
    rf"\b(?:für|mit|auf)\s+(?:eine[nr:*]*\s+)?(?:andere|anderen|weitere)[\w:*]*\s+(?:{_W}\s+)?"
    rf"{_OTHERS_NOUN}[^.;!?]{{0,80}}?\b(?:entschieden|fortzufahren|fortfahren|fortzusetzen|"
    r"fortsetzen|fortgesetzt|weiterzugehen|gefallen|gewählt|ausgewählt|weiter)"
    rf"|\b(?:andere|anderen|einige|weitere)\s+(?:{_W}\s+)?{_OTHERS_NOUN}"
    r"[^.;!?]{0,120}?\b(?:besser|treffender|genauer|näher|passender|mehr|stärker)\b"
    rf"|\b(?:bewerbungen|kandidat\w*|personen|person|profile)\b,?\s+(?:die|deren|welche)\b"
    r"[^.;!?]{0,100}?\b(?:besser|treffender|genauer|näher|passender|noch mehr|stärker)\b"
    r"|\banderweitig (?:entschieden|besetzt|vergeben|orientiert)"
    r"|\bentscheidung (?:ist |fiel )?(?:\w+ ){0,2}auf (?:eine[nr]?|die) (?:andere|anderen)"
    r"|\bmitbewerber\w* entschieden"
    # "dass wir uns für jemand anderen entschieden haben"
    r"|\bfür (?:jemand|jemanden|wen) (?:anderen|anderes)\b[^.;!?]{0,40}?\bentschieden"
    # "leider haben wir uns anders entschieden", "jemanden gefunden, der besser passt"
    r"|\banders entschieden\b"
    r"|\bjemand(?:en)?\b[^.;!?]{0,60}?\b(?:besser|passender|treffender|gefunden|eingestellt)\b"
    # filled from inside: "die Stelle intern zu besetzen", "für einen internen Kandidaten"
    r"|\bintern(?:e[nrm]?)?\b[^.;!?]{0,40}?\b(?:besetz\w*|entschieden|vergeben)\b"
)
GONE = re.compile(
    r"\b(?:position|stelle|vakanz|job|ausschreibung)\b[^.;!?]{0,80}?\b(?:bereits |inzwischen |"
    r"mittlerweile |schon )?(?:erfolgreich )?(?<!nicht )(?:besetzt|vergeben|gestrichen|"
    r"zurückgezogen|nicht mehr (?:vakant|verfügbar|offen|aktuell|zu vergeben))\b"
    r"|\bnicht mehr vakant\b"
    # the application closed, or run out, unanswered: "Ihre Bewerbung wurde automatisch
    # geschlossen", "deine Bewerbung ist abgelaufen" (nineteenth pass)
    r"|\b(?:ihre|deine) (?:bewerbung|anfrage)\b[^.;!?]{0,80}?\b(?:wurde|ist)\s+(?:nun\s+|daher\s+|"
    r"automatisch\s+)*(?:geschlossen|abgelaufen)\b"
)
EXPLICIT = re.compile(
    rf"\b(?:müssen|muss|möchten|werden)\s+(?:wir|ich)\s+(?:{_W}\s+){{0,5}}?(?:absagen|eine absage)"
    rf"|\bsagen (?:wir|ich) (?:{_W}\s+){{0,4}}?ab\b"
    r"|\b(?:absage|absagen) (?:erteilen|schicken|senden|geben|mitteilen|zukommen)"
    # "gegen Ihre Bewerbung entschieden", "uns gegen eine Zusammenarbeit entschieden"
    r"|\bgegen (?:sie|dich|(?:ihre|deine|eine|die) (?:weitere |gemeinsame )?(?:bewerbung|"
    r"kandidatur|zusammenarbeit|einstellung|anstellung|berücksichtigung))\b[^.;!?]{0,30}?"
    r"\bentschieden"
    r"|\bnicht (?:für|zu) (?:sie|dich) entschieden"
    r"|\b(?:ihr|dein) profil\b[^.;!?]{0,60}?\bnicht\b[^.;!?]{0,50}?\b(?:entspricht|passt)"
    r"|\btreffen sie (?:\w+ ){0,2}nicht (?:\w+ ){0,2}die vorstellungen"
    # "Ihre Qualifikationen entsprechen leider nicht ganz unseren Anforderungen", "leider
    # passt Ihr Profil nicht zu den Anforderungen", "leider fiel unsere Wahl nicht auf Sie"
    r"|\b(?:entspricht|entsprechen|passt|passen|deckt|decken)\b[^.;!?]{0,30}?\bnicht\b"
    r"[^.;!?]{0,40}?\b(?:anforderung|vorstellung|erwartung|profil|suche)"
    r"|\bwahl\b[^.;!?]{0,30}?\bnicht auf (?:sie|dich)\b"
)
CONDITION = re.compile(
    # "auch wenn" / "selbst wenn" concede ("even though"), they don't make a condition
    r"\b(?:falls|sofern|solange|sollten|sollte|(?<!auch )(?<!selbst )wenn|ob|bevor|sobald|"
    r"andernfalls|ansonsten|im falle|für den fall)\b"
)
NOT_ABOUT_YOU = re.compile(
    r"\bnicht (?:alle|allen|jede[nrm]?|immer|nur|möglich, mit allen)\b"
    r"|\b(?:zögern|scheuen) sie nicht\b|\bnicht zu zögern\b"
    r"|\b(?:termin|gespräch|interview|treffen)\w*\b[^.;!?]{0,40}\babsagen"
    r"|\bnicht (?:auf diese|auf diese e-mail) antworten\b"
)
READER = Reader((NEGATED, OTHERS, GONE, EXPLICIT), CONDITION, NOT_ABOUT_YOU)
