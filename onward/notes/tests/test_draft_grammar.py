"""Every draft reads as whole, plain English sentences, whatever the notes held.

The drafter is run over a matrix of inputs (no notes, whole sentences, fragments,
lists, a capital first word, very long notes, other languages, one and five
interviewers, every shape, with and without the future-roles line and the sender's
name), and each draft is held to the rules below, stated so a person can check them
by eye. The tone check must find nothing in any of them either.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onward.notes.drafts import SHAPES, DraftContext, draft_note
from onward.notes.tone import check_note
from onward.notes.topics import LEFT_OUT

PANEL = ["Maya Chen", "Daniel Okoye", "Priya Raman", "Tom Okafor", "Li Wei"]

NOTES = {
    "none": "",
    "blank": "  \n\n ... \n",
    "whole sentence": "We talked about their move to dbt and how the team runs A/B tests.",
    "sentences about them": "She explained how her team forecasts demand. It was interesting.",
    "a fact about them": "She runs the analytics guild and mentors new hires.",
    "a fact about the team": "The platform team is moving to Snowflake.",
    "an opinion": "The panel was friendly.",
    "the review's case": "Walked the panel through my checkout redesign case study.",
    "verb and nothing after": "Walked the panel through.",
    "verb and object": "Presented my portfolio",
    "fragment": "pricing experiments",
    "fragment with a trailing ellipsis": "Asked about mentoring...",
    "bullets": "- dbt migration\n- A/B testing culture\n* she has a dog",
    "numbered list": "1) the data platform\n2) on-call rotation",
    "semicolons": "forecasting; hiring plans; the Q3 roadmap",
    "commas": "Topics: forecasting, hiring plans",
    "bullet dots": "\u2022 Onboarding plan\n\u2022 Team rituals",
    "capital first word": "Onboarding plan for new analysts",
    "a product name first": "GitHub Actions pipeline",
    "a capitalised verb first": "Discussed roadmap",
    "very long": (
        "Priya explained how she plans the quarterly roadmap with product managers across "
        "three regions and how they prioritise requests from sales, finance and support. "
    )
    * 5,
    "one long run-on": " ".join(["the migration of the reporting stack"] * 20),
    "German": "Wir haben über die Migration zu dbt gesprochen.",
    "Spanish": "Hablamos sobre la migración de datos y el equipo.",
    "Chinese": "我们讨论了数据平台的迁移。",
    "English then German": "Talked about dbt. Wir haben auch über Kafka gesprochen.",
    "private": "I bombed the SQL question. So nervous.",
    "asking why": "Why did they pick someone else? No idea.",
    "shouted punctuation": "dbt!!! and, um... Kafka??",
    "a question to ask": "(ask about the roadmap)",
    "quotes and brackets": 'Their "north star" metric [activation]',
    "names on the panel": (
        "Maya asked about my pricing work; Daniel walked me through their roadmap."
    ),
}

# Words that may follow "about" with a capital: names and products the inputs contain.
PROPER = {"GitHub", "Q3", "A/B", "SQL", "Snowflake", "Kafka", "Acme", "Northwind"}
VERBS_NEVER_AFTER_ABOUT = {
    "walked", "talked", "discussed", "presented", "asked", "explained", "went", "took", "showed",
    "was", "is", "were", "are", "i", "she", "he", "they", "we",
}  # fmt: skip
FUNCTION_ENDINGS = {
    "the", "a", "an", "of", "to", "with", "for", "in", "on", "at", "about", "from", "by", "and",
    "or", "but", "through", "into", "over", "my", "your", "their", "our", "his", "her",
}  # fmt: skip
SUBJECT_OR_THANKS = re.compile(r"\b(?:I|I'd|I'm|you|we|it|It|We|You)\b|^Thank you\b")
NOT_ENGLISH = re.compile(r"\b(?:wir|haben|über|gesprochen|hablamos|sobre|equipo|datos)\b", re.I)
CLOSINGS = ("Best regards,", "Warm regards,", "Warmly,")


def sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", paragraph.strip()) if s]


def grammar_problems(body: str, sender: str) -> Iterator[str]:
    """Each rule a draft breaks, in words."""
    paragraphs = body.split("\n\n")
    greeting, *rest = paragraphs
    if not re.fullmatch(r"(?:(?:Hi|Dear) [A-Z][\w.'\- ]*|Hello),", greeting):
        yield f"the greeting isn't 'Hi/Dear Name,': {greeting!r}"
    if sender:
        closing = rest.pop() if rest else ""
        if closing.split("\n") != [closing.split("\n")[0], sender] or not closing.startswith(
            CLOSINGS
        ):
            yield f"the sign-off isn't a closing with the sender's name under it: {closing!r}"
    elif any(line.strip() in CLOSINGS for line in body.splitlines()):
        yield "a sign-off with no name under it"
    if re.search(r"[.,;:!?]\s*[.,;:!?]", body):
        yield "doubled punctuation"
    if re.search(r" [.,;:!?]|  |[ \t]$", body, re.M):
        yield "a space before punctuation, a double space, or a space at a line's end"
    if re.search(r"[\[\]{}<>\"\u201c\u201d()]", body):
        yield "a bracket or quotation mark from the notes"
    if not all(unicodedata.name(ch, "").startswith("LATIN") for ch in body if ch.isalpha()):
        yield "letters outside the Latin script"
    if NOT_ENGLISH.search(body):
        yield "words from another language"
    for paragraph in rest:
        if not paragraph.rstrip().endswith((".", "!", "?")):
            yield f"a paragraph that doesn't end a sentence: {paragraph!r}"
        for sentence in sentences(paragraph):
            words = sentence.rstrip(".!?").split()
            if not sentence[0].isupper():
                yield f"a sentence that doesn't start with a capital: {sentence!r}"
            if len(words) > 40:
                yield f"a sentence of {len(words)} words: {sentence!r}"
            if words and words[-1].lower() in FUNCTION_ENDINGS:
                yield f"a sentence ending on {words[-1]!r}: {sentence!r}"
            if not SUBJECT_OR_THANKS.search(sentence):
                yield f"a fragment with no subject: {sentence!r}"
            for m in re.finditer(r"\babout(?: (\S+))?", sentence):
                after = (m.group(1) or "").strip(".,;:!?")
                if not after:
                    yield f"an empty 'about': {sentence!r}"
                elif after[0].isupper() and after not in PROPER:
                    yield f"a capitalised {after!r} after 'about': {sentence!r}"
                elif after.lower() in VERBS_NEVER_AFTER_ABOUT:
                    yield f"a verb or a subject after 'about': {sentence!r}"
            for m in re.finditer(r"\blearning that (\S+) (\S+)", sentence):
                subject, verb = m.groups()
                if subject.lower() not in {"you", "we", "the", "your", "our"}:
                    yield f"'learning that' without a subject: {sentence!r}"
                if verb.lower() in FUNCTION_ENDINGS:
                    yield f"'learning that' without a verb: {sentence!r}"


def contexts() -> Iterator[tuple[str, DraftContext]]:
    panels = {"one interviewer": PANEL[:1], "five interviewers": PANEL}
    for (label, notes), (size, panel), future, sender in itertools.product(
        NOTES.items(), panels.items(), [True, False], ["Sam Rivera", ""]
    ):
        for name in panel:
            others = tuple(n for n in panel if n != name)
            yield (
                f"{label} / {size} / {name} / future={future} / sender={sender!r}",
                DraftContext(
                    recipient_name=name,
                    company="Northwind",
                    role="Senior Product Designer",
                    interview_notes=notes,
                    sender_name=sender,
                    future_interest=future,
                    other_interviewers=others,
                    shared_notes=bool(others),
                ),
            )


@pytest.mark.parametrize("shape", SHAPES)
def test_every_draft_reads_as_whole_sentences_and_passes_the_tone_check(shape: str) -> None:
    failures = []
    for label, ctx in contexts():
        body = draft_note(ctx, shape).body
        problems = list(grammar_problems(body, ctx.sender_name))
        # The composer holds a draft to the notes only when the draft could draw on them.
        details = [ctx.interview_notes] if ctx.detail().phrase else []
        tone_shape = "card" if shape == "card" else "email"
        findings = check_note(body, tone_shape, ctx.recipient_name, details)
        problems += [f"tone: {f.code} {f.message}" for f in findings]
        if problems:
            failures.append(f"{label}\n{body}\n  - " + "\n  - ".join(problems))
    assert not failures, f"{len(failures)} drafts broke a rule:\n\n" + "\n\n".join(failures[:5])


# --- the rules catch what they are meant to -----------------------------------------


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("Hi Dan,\n\nI enjoyed our conversation about Walked the panel through.", "capitalised"),
        ("Hi Dan,\n\nI enjoyed our conversation about walked the panel.", "a verb"),
        ("Hi Dan,\n\nI enjoyed our conversation about .", "empty 'about'"),
        ("Hi Dan,\n\nThank you.. I enjoyed it.", "doubled punctuation"),
        ("Hi Dan,\n\nWalked the panel through my case study.", "no subject"),
        ("Hi Dan,\n\nI enjoyed our conversation about the panel through.", "ending on"),
        ("Hi Dan,\n\nI enjoyed learning that about the team.", "without a subject"),
        ("Hi Dan,\n\nI enjoyed it.\n\nBest regards,", "no name under it"),
        ("Hi Dan,\n\nI enjoyed our talk about wir haben gesprochen.", "another language"),
    ],
)
def test_the_grammar_rules_catch_a_broken_draft(body: str, rule: str) -> None:
    assert any(rule in problem for problem in grammar_problems(body, "")), list(
        grammar_problems(body, "")
    )


# --- what the drafts say about the notes --------------------------------------------


def draft_for(notes: str, name: str = "Daniel Okoye", panel: tuple[str, ...] = ()) -> str:
    ctx = DraftContext(
        name, company="Northwind", interview_notes=notes, sender_name="Sam",
        other_interviewers=panel, shared_notes=bool(panel),
    )  # fmt: skip
    return draft_note(ctx, "short").body


def test_the_reviews_note_becomes_a_topic_not_a_spliced_sentence() -> None:
    body = draft_for("Walked the panel through my checkout redesign case study.")
    assert "our conversation about my checkout redesign case study." in body
    assert "about Walked" not in body


def test_a_verb_with_nothing_after_it_leaves_the_notes_out_and_says_why() -> None:
    ctx = DraftContext("Daniel Okoye", interview_notes="Walked the panel through.")
    assert ctx.detail().phrase is None
    assert ctx.detail().left_out == LEFT_OUT["shapeless"]
    assert "I enjoyed learning about your team's work" in draft_note(ctx, "short").body


@pytest.mark.parametrize("notes", [NOTES["German"], NOTES["Spanish"], NOTES["Chinese"]])
def test_notes_in_another_language_are_left_out_with_the_reason(notes: str) -> None:
    detail = DraftContext("Maya Chen", interview_notes=notes).detail()
    assert (detail.phrase, detail.left_out) == (None, LEFT_OUT["language"])


def test_private_notes_are_left_out_with_the_reason() -> None:
    detail = DraftContext("Maya Chen", interview_notes=NOTES["private"]).detail()
    assert (detail.phrase, detail.left_out) == (None, LEFT_OUT["private"])


def test_no_notes_leave_nothing_to_explain() -> None:
    assert DraftContext("Maya Chen").detail().left_out == ""


def test_a_capital_that_only_starts_the_sentence_is_dropped_but_a_names_stays() -> None:
    body = draft_for("Onboarding plan for new analysts")
    assert "about the onboarding plan for new analysts." in body
    assert "about the GitHub Actions pipeline." in draft_for("GitHub Actions pipeline")
    assert "about the Q3 roadmap." in draft_for("Q3 roadmap")
    assert "about Kafka Streams." in draft_for("Kafka Streams")
    assert "learning that Northwind uses dbt." in draft_for("Northwind uses dbt")


def test_on_a_shared_panel_each_person_gets_what_was_said_with_them() -> None:
    notes = NOTES["names on the panel"]
    panel = tuple(PANEL[:2])
    assert "about my pricing work" in draft_for(notes, "Maya Chen", panel[1:])
    assert "about your roadmap" in draft_for(notes, "Daniel Okoye", panel[:1])


def test_on_a_shared_panel_she_said_is_not_pinned_on_anyone() -> None:
    ctx = DraftContext(
        "Tom Okafor", interview_notes=NOTES["sentences about them"],
        other_interviewers=("Maya Chen",), shared_notes=True,
    )  # fmt: skip
    assert ctx.detail().phrase is None
    assert ctx.detail().left_out == LEFT_OUT["others"]


def test_a_fact_about_the_team_reads_as_something_learned() -> None:
    assert "learning that the platform team is moving to Snowflake." in draft_for(
        NOTES["a fact about the team"]
    )


def test_an_opinion_about_the_interview_is_not_repeated_to_them() -> None:
    assert "friendly" not in draft_for(NOTES["an opinion"])


# --- and notes nobody would write: the rules hold for any jumble of note words -----------

JUMBLE = [
    *re.split(
        r" +",
        "we talked about discussed the a their her his my our team roadmap pricing dbt Kafka SQL "
        "migration walked presented asked explained she he they I it is was has uses runs moving "
        "how what why when and but or with to for of on through about into panel case study "
        "Walked Presented Asked Discussed She They We Talked The Topics: really great nervous "
        "interesting data platform culture hiring plans wir haben über gesprochen y la sobre "
        'equipo - * \u2022 1) ; , . ! ? ... ( ) " :',
    ),
    "\n",
]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    words=st.lists(st.sampled_from(JUMBLE), max_size=25),
    shape=st.sampled_from(SHAPES),
    shared=st.booleans(),
)
def test_any_jumble_of_note_words_still_gives_whole_sentences(
    words: list[str], shape: str, shared: bool
) -> None:
    notes = " ".join(words)
    ctx = DraftContext(
        "Maya Chen", company="Northwind", role="Designer", interview_notes=notes,
        sender_name="Sam", other_interviewers=("Daniel Okoye",) if shared else (),
        shared_notes=shared,
    )  # fmt: skip
    body = draft_note(ctx, shape).body
    assert list(grammar_problems(body, "Sam")) == [], body
    details = [notes] if ctx.detail().phrase else []
    assert check_note(body, "card" if shape == "card" else "email", "Maya Chen", details) == []
