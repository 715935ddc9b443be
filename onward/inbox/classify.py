"""What kind of job-search mail a message is: rules over weighted phrases, all local.

Labels: rejection, next_step (an interview, a screen, scheduling, an assessment),
offer, received (an acknowledgement, no decision) and other.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import ahocorasick

from . import languages, vocab
from . import model as word_model
from .decision import says_no_folded
from .lowering import lower_words
from .parsing import Mail

LABELS = ("rejection", "next_step", "offer", "received", "other")
DECISION_WEIGHT = 5
TEXT_LIMIT = 3000  # characters of the new text read for the label: the answer comes early

# "we've decided to offer the Data Analyst role to a candidate with more experience"
OFFERED_ELSEWHERE = re.compile(
    r"(?:offer|offered|offering) (?:the|this) [\w -]{0,40}?(?:role|position|job) "
    r"to (?:a|an|another)\b"
)

# The reader withdrew: "you will no longer be considered" then confirms their own decision.
WITHDRAWN = re.compile(
    r"\byou(?: have|'ve)? withdrawn\b|\byou withdrew\b|\byour (?:request to withdraw|withdrawal)\b|"
    r"\bwithdrawn (?:at|per|as per) your request\b|\bwithdrawal (?:confirm|received|request)"
)

# Silence as the answer, promised in an acknowledgement: "if you have not heard from us within
# three weeks, you may assume you have not been shortlisted". The decision reader reads it as a
# condition; the phrases it holds ("not been shortlisted") must not make it a rejection either.
# languages/silent.py holds the same for German, French, Spanish and Dutch.
SILENCE = re.compile(
    r"\bif you (?:do not|don't|have not|haven't|did not|didn't)\s+(?:hear|receive)|"
    r"\bif you (?:are|have) not (?:been )?(?:contacted|heard)|"
    r"\bif (?:we do not|we don't|you do not|you don't) (?:contact you|get back|hear)|"
    r"\bif (?:you have|you've) not been contacted\b"
)

# Replaced one by one: str.replace is many times faster than str.translate on long text.
_FOLDS = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "))


@dataclass(frozen=True, slots=True)
class Verdict:
    label: str
    confidence: float
    scores: dict[str, int]


def fold(text: str) -> str:
    """Lower case, straight quotes, single spaces: the form phrases are matched in."""
    for curly, straight in _FOLDS:
        text = text.replace(curly, straight)
    return lower_words(text)


class Phrases:
    """Every weighted phrase of every label, and the personal and outreach phrases, looked
    for in one pass over the text (an Aho-Corasick automaton, in C) instead of a hundred
    substring searches: the same answer as `phrase in text` for each phrase, five times
    faster on the 3,000 characters of an applicant-tracking template."""

    def __init__(self, weighted: dict[str, dict[str, int]], *plain: tuple[str, ...]) -> None:
        self.labels = tuple(weighted)
        self.weights: dict[str, list[tuple[str, int]]] = {}
        for label, phrases in weighted.items():
            for phrase, weight in phrases.items():
                self.weights.setdefault(phrase, []).append((label, weight))
        self.automaton = ahocorasick.Automaton()
        every = {*self.weights, *(phrase for group in plain for phrase in group)}
        for phrase in every:
            self.automaton.add_word(phrase, phrase)
        self.automaton.make_automaton()
        # No phrase holds ". ", starts with a space or ends with a full stop, so every phrase
        # found in a text split at ". " lies inside one of its sentences (found_in_sentences).
        if any(". " in p or p.startswith(" ") or p.endswith(".") for p in every):
            raise ValueError("a phrase can cross a sentence break: found_in_sentences is wrong")
        self.in_sentence = lru_cache(maxsize=4096)(self.found)

    def found(self, text: str) -> frozenset[str]:
        """The phrases that occur in the text (overlapping ones too)."""
        return frozenset(map(itemgetter(1), self.automaton.iter(text)))  # gathered in C

    def found_in_sentences(self, sentences: list[str]) -> frozenset[str]:
        """`found(". ".join(sentences))`, each sentence looked for once per process (a
        template's sentences come back message after message): the union of its
        sentences' phrases, since none crosses a break."""
        return frozenset().union(*map(self.in_sentence, dict.fromkeys(sentences)))  # (repeats once)

    def score(self, found: AbstractSet[str]) -> dict[str, tuple[int, int]]:
        """Per label, the total weight of the phrases found, and the largest single weight."""
        scores = dict.fromkeys(self.labels, (0, 0))
        for phrase in found:
            for label, weight in self.weights.get(phrase, ()):
                total, top = scores[label]
                scores[label] = (total + weight, max(top, weight))
        return scores


def score(text: str, phrases: dict[str, int]) -> int:
    return sum(weight for phrase, weight in phrases.items() if phrase in text)


_SUBJECT = tuple(
    (phrase, label, weight)
    for label, phrases in vocab.SUBJECT.items()
    for phrase, weight in phrases.items()
)


@lru_cache(maxsize=4096)  # a template's subjects come back ("Your application to Acme")
def _subject_weights(subject: str) -> tuple[tuple[str, int], ...]:
    """The label and weight of each subject phrase in the (folded) subject, in table order."""
    return tuple((label, weight) for phrase, label, weight in _SUBJECT if phrase in subject)


_BODY = Phrases(
    {
        "rejection": vocab.REJECTION,
        "next_step": vocab.NEXT_STEP,
        "offer": vocab.OFFER,
        "received": vocab.RECEIVED,
        "bulk": vocab.BULK,
    },
    vocab.PERSONAL,
    vocab.OUTREACH,
)


def classify(mail: Mail) -> Verdict:
    body = fold(mail.text[:TEXT_LIMIT])
    subject = fold(mail.subject)
    subject = subject.removeprefix("re: ").removeprefix("aw: ").removeprefix("fwd: ")
    sentences = body.split(". ")  # read by the phrases and the word model
    phrases = _BODY.found_in_sentences(sentences)
    found = _BODY.score(phrases)
    strong = found["rejection"][1] >= 3
    scores = {label: total for label, (total, _) in found.items()}
    for label, weight in _subject_weights(subject):
        scores[label] += weight
    scores["bulk"] += 2 * mail.bulk
    # Teasers of other people's posts, each cut short: a digest, whatever one of them says
    # (their "to interview" and "your resume" are the posts' words, not the reader's).
    digest = body.count("read more") >= 3
    scores["bulk"] += 3 * digest
    # Both folded, read as one text; its pieces at ". " are the subject's, then the body's
    # sentences (" . " ends the subject's last piece, and no ". " starts in it and reaches
    # into the body): tests/test_classify_shared_text.py checks.
    both = subject + " . " + body
    for label, weight in languages.cue_scores(both).items():  # languages/
        scores[label] += weight
    personal = not digest and not phrases.isdisjoint(vocab.PERSONAL)
    if not phrases.isdisjoint(vocab.OUTREACH):
        # A recruiter's cold approach: an opportunity, not a step in an application.
        scores["next_step"] = min(scores["next_step"], 2)
        personal = False
    if (mail.bulk or scores["bulk"] >= 4) and not personal:
        # Sent to a list and never about "your application": a newsletter quoting a rejection.
        scores["bulk"] += 4
    if "offer" in body and OFFERED_ELSEWHERE.search(body):
        scores["rejection"] += 3
    no = says_no_folded(both, [*(subject + " ").split(". "), *sentences]) is not None
    if not no and strong and "if " in body and SILENCE.search(body):
        strong = False  # the "no" it holds is a condition: what silence will mean
        scores["rejection"] = min(scores["rejection"], 2)
    if not no and strong and languages.silence(body):  # the same, in other languages
        strong = False
        scores["rejection"] = min(scores["rejection"], 2)
    if no and ("withdr" in body or "withdr" in subject) and WITHDRAWN.search(both):
        # A confirmation of the reader's own withdrawal: not a decision against them.
        return Verdict("other", 0.7, scores)
    if no:
        # A sentence that turns the reader down, read as a sentence: worth a phrase that
        # settles it, and more, so the "received" or "next steps" wrapping it doesn't win.
        scores["rejection"] += DECISION_WEIGHT
        strong = True
    label, confidence = _decide(
        scores, strong=strong or scores["rejection"] >= 6, personal=personal
    )
    learned = word_model.load()
    cues = any(scores[k] for k in ("rejection", "next_step", "offer", "received"))
    if learned is not None and (cues or label != "other"):
        # Mail with no sign of a job search at all (most of a mailbox) is left to the rules:
        # the model would only say "other" more surely, at a third of the reading time.
        known, p = learned.read_text(
            mail.subject, body, no=no, bulk=mail.bulk, folded=True, sentences=sentences
        )
        if known >= KNOWN:
            label, confidence = _second_opinion(
                label, confidence, p, no=no, cues=scores["rejection"]
            )
    return Verdict(label, confidence, scores)


KNOWN = 0.5  # the share of a message's words and pairs the model must know to have a say
VETO = 0.1  # the model is this sure it is not a rejection: soft signs alone don't make one
VETO_SAID = 0.02  # ... even against a sentence that seems to say no (an acknowledgement's aside)
PROMOTE = 0.9  # ... this sure it is one, and there is a sign of it: a rejection, to be asked
UNSURE = 0.75  # when rules and model disagree, never sure enough to act alone (0.9)


def _second_opinion(
    label: str, confidence: float, p: dict[str, float], *, no: bool, cues: int
) -> tuple[str, float]:
    """Rules and the model together: agreement raises confidence, disagreement lowers it,
    and the model settles the cases the rules decide on weak evidence."""
    top = max(p, key=lambda k: p[k])
    if label == top:
        return label, round(min(0.99, (confidence + p[top]) / 2 + 0.05), 2)
    if label == "rejection" and p["rejection"] < (VETO_SAID if no else VETO):
        return top, round(min(p[top], UNSURE), 2)
    if label != "rejection" and top == "rejection" and p["rejection"] >= PROMOTE and cues >= 2:
        return "rejection", round(min(p["rejection"], UNSURE), 2)
    if label != "rejection" and top != "rejection" and p[top] >= 0.85 and p.get(label, 0) < 0.1:
        return top, round(min(p[top], UNSURE), 2)
    return label, round(min(confidence, max(0.05, 1 - p[top])), 2)


def _decide(scores: dict[str, int], *, strong: bool, personal: bool) -> tuple[str, float]:
    rejection = scores["rejection"]
    next_step = scores["next_step"]
    offer = scores["offer"]
    received = scores["received"]
    bulk = scores["bulk"]

    # A digest or job alert: it says "unfortunately, this job is closed", not "no" to you.
    # (Not "your application was sent to Acme" with similar jobs listed under it: what it says
    # about your application outweighs the list.)
    answer = personal and max(received, next_step) > bulk
    if bulk >= 5 and not (strong and rejection >= bulk) and not answer:
        return "other", _sure(bulk, rejection + next_step)
    if offer >= 4 and offer > rejection:
        return "offer", _sure(offer, max(rejection, next_step))
    if strong and rejection >= 3 and rejection + 1 >= next_step:
        return "rejection", _sure(rejection, max(next_step, bulk - 2, 0))
    if next_step >= 3 and next_step > rejection:
        return "next_step", _sure(next_step, max(rejection, received))
    if rejection >= 4 and rejection > next_step + 1 and rejection > received + 1:
        # Several soft signs together ("unfortunately", "other candidates", "best of luck"),
        # and not merely the courtesies an acknowledgement ends with ("we wish you success",
        # "we keep your information on file") outweighing what it says it is.
        return "rejection", _sure(rejection - 1, max(next_step, received))
    if received >= 2 and received >= next_step:
        return "received", _sure(received, max(rejection, next_step))
    if next_step >= 2 and bulk < 3 and personal:
        return "next_step", _sure(next_step - 1, rejection)
    cues = max(rejection, next_step, offer, received)
    return "other", round(max(0.5, 0.95 - 0.1 * cues), 2)


def _sure(winner: int, runner_up: int) -> float:
    """More evidence, and less of it for anything else, means more confidence."""
    strength = 1 - 0.55**winner
    share = winner / (winner + runner_up) if winner + runner_up else 1.0
    return round(max(0.05, min(0.99, strength * (0.5 + share / 2))), 2)
