"""Reading a decision in German, French, Spanish and Dutch mail, sentence by sentence.

decision.py reads English. A message in another language is told apart cheaply, by counting
its most common short words (`detect`), and its sentences are then read by that language's
module (de.py, fr.py, es.py, nl.py), in the same way as English: a decision against the
reader (a progress verb negated, someone else chosen, the job gone, an explicit no), unless a
condition stands before it ("falls…", "si…", "si…", "als…") or it is about people in general
("nicht alle Bewerber…"). The weighted phrases in rejection_phrases.py still add up as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from re import Pattern

from ..lowering import latin1


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Short words frequent in one language and rare in the others ("de", "die", "en", "we" are
# shared, so they are not here).
_STOPWORDS = {
    "en": _words("the and you your for with this that have will our thank of to is are not"),
    "de": _words(
        "und der das wir ihre ihnen nicht für mit sie bei uns dass ist leider sehr auf "
        "ich haben wünschen bewerbung unsere ihrer dich dir deine zu zum zur einem einen unserem "
        "ihr danke vielen wurde"
    ),
    "fr": _words(
        "et les nous vous votre pour une des est pas dans avec qui sur candidature "
        "au aux été ne cette vos merci bonjour"
    ),
    "es": _words(
        "el los las que por para con una tu su del hemos nuestro gracias candidatura "
        "muy usted esta te le proceso"
    ),
    "nl": _words(
        "het een van je wij niet voor met dat zijn naar ook bij helaas sollicitatie uw "
        "jouw ons onze hebben graag wordt"
    ),
}
_WORD = re.compile(r"[\w']+")
# _WORD's characters of Latin-1 kept, every other byte made a space: text held in Latin-1 (an
# applicant-tracking template's folded text nearly always is) splits into _WORD's words with
# one table look-up a character, in C, instead of a regex match and a string a word
# (tests/test_language_words.py checks every character).
_WORD_BYTES = bytes(code if _WORD.fullmatch(chr(code)) else 32 for code in range(256))


def _words_of(text: str) -> list[str]:
    """`_WORD.findall(text)`."""
    data = latin1(text)
    if data is None:
        return _WORD.findall(text)
    return data.translate(_WORD_BYTES).decode("latin-1").split()


LANGUAGES = tuple(_STOPWORDS)
_LANGUAGE_OF = {word: lang for lang, words in _STOPWORDS.items() for word in words}
_READ = 400  # characters: enough words to tell, and cheap (a few microseconds)
_last: tuple[str, str] = ("", "en")  # the last text told apart, as one message asks twice


def detect(text: str) -> str:
    """The language of (folded) text: "en", "de", "fr", "es" or "nl"; English when unsure."""
    global _last
    head = text[:_READ]
    if head == _last[0]:
        return _last[1]
    # A language's words, then how many of each (counted in C: the loop it replaces visited
    # each of them in Python); in _STOPWORDS' order, so max() settles a tie as before.
    hits = [*filter(None, map(_LANGUAGE_OF.get, _words_of(head)))]
    counts = {lang: hits.count(lang) for lang in _STOPWORDS}
    best = max(counts, key=lambda lang: counts[lang])
    # Three common words settle it; two do when no English word stands against them (a
    # two-line German refusal: "vielen Dank für Ihr Interesse … Die Stelle wurde besetzt").
    enough = 3 if counts["en"] else 2
    if best == "en" or counts[best] < enough or counts[best] <= counts["en"]:
        best = "en"
    _last = (head, best)
    return best


@dataclass(frozen=True)
class Reader:
    """One language's sentence-level reading of a decision."""

    decisions: Sequence[Pattern[str]]
    condition: Pattern[str]  # before the decision in its sentence, it cancels it
    not_about_you: Pattern[str]  # around the decision, it is about something else


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\s[•·|]\s|\s{3,}")


def read(text: str, reader: Reader) -> str | None:
    """The first sentence that turns the reader down, or None."""
    for sentence in _SENTENCES.split(text):
        if len(sentence) < 12:
            continue
        for pattern in reader.decisions:
            match = pattern.search(sentence)
            if match is None:
                continue
            start, end = match.start(), match.end()
            if reader.condition.search(sentence, 0, start):
                continue
            if reader.not_about_you.search(sentence[max(0, start - 40) : end + 25]):
                continue
            return sentence.strip()
    return None


def says_no(text: str) -> str | None:
    """For folded text in German, French, Spanish or Dutch: the sentence that says no."""
    lang = detect(text)
    if lang == "en":
        return None
    from . import de, es, fr, nl

    reader = {"de": de.READER, "fr": fr.READER, "es": es.READER, "nl": nl.READER}[lang]
    return read(text, reader)


def silence(text: str) -> bool:
    """For folded text in German, French, Spanish or Dutch: whether it says what silence
    will mean ("sans réponse de notre part…"), as an acknowledgement does."""
    lang = detect(text)
    if lang == "en":
        return False
    from .silent import silence as says_silence

    return says_silence(text, lang)


def cue_scores(text: str) -> dict[str, int]:
    """For folded text in German, French, Spanish or Dutch: the weight of the signs of an
    invitation ("next_step") or an acknowledgement ("received") found in it."""
    lang = detect(text)
    if lang == "en":
        return {}
    from .cues import CUES

    found: dict[str, int] = {}
    for pattern, label, weight in CUES[lang]:
        if pattern.search(text):
            found[label] = found.get(label, 0) + weight
    return found
