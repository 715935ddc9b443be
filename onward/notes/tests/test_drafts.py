"""Thank-you drafts, read as a specification: personal, kind, short, and clean by the tone check."""

from __future__ import annotations

import itertools
import re

import pytest

from onward.notes.drafts import SHAPES, Draft, DraftContext, draft_note, specific_detail
from onward.notes.tone import CARD_WORD_LIMIT, check_note, count_words

DBT_NOTES = "We talked about their move to dbt and how the team runs A/B tests."
LONG_NOTES = (
    "Priya explained how she plans the quarterly roadmap with product managers across "
    "three regions and how they prioritise requests from sales, finance and support. "
) * 4

MESSY_NOTES = [
    DBT_NOTES,
    "",
    "   \n\n  ...  ",
    "- dbt migration\n- A/B testing culture\n* she has a dog",
    "Interview went well. We discussed the onboarding plan!!",
    "I talked about my SQL project; she explained how her team forecasts demand.",
    "I bombed the SQL question. So nervous.",
    "She runs the analytics guild and mentors new hires.",
    "Talked with Mr. Chen about the data platform (Snowflake).",
    "Topics: forecasting, hiring plans",
    "Why did they pick someone else? No idea.",
    "We both love cycling.",
    "1) Discussed: the hiring freeze\n2) she loves hiking",
    LONG_NOTES,
]
NAMES = ["Priya Raman", "Dr. Priya Raman", "Raman, Priya", "Jean-Luc Picard", "Li"]
PLACES = [("Acme", "Data Analyst"), ("", ""), ("Acme", ""), ("", "the Senior Data Analyst role")]


def ctx(**overrides: object) -> DraftContext:
    fields: dict[str, object] = {
        "recipient_name": "Priya Raman",
        "recipient_title": "Analytics Manager",
        "company": "Acme",
        "role": "Data Analyst",
        "interview_notes": DBT_NOTES,
        "sender_name": "Sam Lee",
    }
    return DraftContext(**{**fields, **overrides})  # type: ignore[arg-type]


def all_contexts() -> list[DraftContext]:
    return [
        DraftContext(name, "", company, role, notes, sender, future)
        for name, (company, role), notes, sender, future in itertools.product(
            NAMES, PLACES, MESSY_NOTES, ["Sam Lee", ""], [True, False]
        )
    ]


# --- the detail a draft draws on ----------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "detail"),
    [
        (DBT_NOTES, "their move to dbt"),
        ("- dbt migration\n- A/B testing culture", "the dbt migration"),
        ("Interview went well. We discussed the onboarding plan!!", "the onboarding plan"),
        ("I talked about my SQL project; she explained her forecasts.", "my SQL project"),
        ("Talked with Mr. Chen about the data platform (Snowflake).", "the data platform"),
        ("I asked about mentoring...", "mentoring"),
        ("  * She explained how her team forecasts demand  ", "how her team forecasts demand"),
        ("We both love cycling.", "we both love cycling"),
        ("Topics: forecasting, hiring plans", "forecasting and hiring plans"),
        ("At Acme, they use dbt for everything.", "they use dbt for everything"),
    ],
)
def test_specific_detail_finds_the_topic_in_messy_notes(notes: str, detail: str) -> None:
    assert specific_detail(notes) == detail


@pytest.mark.parametrize(
    "notes",
    [
        "",
        "   \n\n  ...  ",
        "Went well. Nice chat.",
        "I bombed the SQL question. So nervous.",
        "Why did they pick someone else? No idea.",
        "She mentioned the hiring freeze.",
    ],
)
def test_specific_detail_finds_nothing_rather_than_something_private_or_empty(notes: str) -> None:
    assert specific_detail(notes) is None


def test_specific_detail_keeps_the_phrase_short() -> None:
    detail = specific_detail(LONG_NOTES)
    assert detail is not None and count_words(detail) <= 12
    assert detail.startswith("how she plans the quarterly roadmap")


def test_specific_detail_prefers_what_was_talked_about_over_a_bare_remark() -> None:
    assert specific_detail("Great energy.\nWe discussed the pricing model.") == "the pricing model"


# --- what every draft says ----------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_greets_the_person_by_first_name(shape: str) -> None:
    body = draft_note(ctx(recipient_name="Dr. Priya Raman"), shape).body
    assert re.match(r"(Hi|Dear) Priya,\n", body)


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_mentions_the_detail_from_the_notes_speaking_to_them(shape: str) -> None:
    body = draft_note(ctx(), shape).body
    assert "our conversation about your move to dbt" in body


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_turns_notes_about_them_into_words_to_them(shape: str) -> None:
    notes = "She runs the analytics guild and mentors new hires."
    body = draft_note(ctx(interview_notes=notes), shape).body
    assert "learning that you run the analytics guild" in body


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_with_empty_notes_still_has_a_warm_general_line(shape: str) -> None:
    body = draft_note(ctx(interview_notes=""), shape).body
    assert "I enjoyed learning about" in body
    assert "conversation about" not in body


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_thanks_them_for_their_time_and_for_letting_them_know(shape: str) -> None:
    body = draft_note(ctx(), shape).body
    assert "Thank you" in body and "time" in body and "letting me know" in body


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_offers_to_stay_in_touch(shape: str) -> None:
    assert "stay in touch" in draft_note(ctx(), shape).body


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_states_future_interest_only_when_chosen(shape: str) -> None:
    wanted = draft_note(ctx(future_interest=True), shape).body
    unwanted = draft_note(ctx(future_interest=False), shape).body
    assert "considered for future roles" in wanted
    assert "future" not in unwanted.lower() and "considered" not in unwanted.lower()


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_names_the_company_in_the_future_interest_line(shape: str) -> None:
    assert "Acme" in draft_note(ctx(future_interest=True), shape).body


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_signs_with_the_senders_name_when_given(shape: str) -> None:
    assert draft_note(ctx(sender_name="Sam Lee"), shape).body.endswith(",\nSam Lee")


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_without_the_senders_name_ends_on_a_sentence_not_an_empty_sign_off(
    shape: str,
) -> None:
    body = draft_note(ctx(sender_name="  "), shape).body
    assert body.endswith(".")
    assert not re.search(r"(?:regards|Warmly),", body)


@pytest.mark.parametrize("shape", SHAPES)
def test_draft_never_asks_why_they_were_not_chosen(shape: str) -> None:
    body = draft_note(ctx(interview_notes=""), shape).body.lower()
    assert "why" not in body and "feedback" not in body


@pytest.mark.parametrize(("company", "role"), PLACES)
@pytest.mark.parametrize("shape", SHAPES)
def test_draft_phrases_around_a_missing_company_or_role(
    shape: str, company: str, role: str
) -> None:
    body = draft_note(ctx(company=company, role=role, future_interest=True), shape).body
    assert not re.search(r"[\[\]{}<>]|\bNone\b|\s[,.]|  |\bat\s*[,.]|the\s+role role", body)
    assert ("Acme" in body) is bool(company)


def test_draft_subject_thanks_them_by_name() -> None:
    assert draft_note(ctx(), "short") == Draft(
        subject="Thank you, Priya", body=draft_note(ctx(), "short").body
    )


def test_draft_without_a_name_says_hello_and_thanks_them_for_their_time() -> None:
    draft = draft_note(ctx(recipient_name="  "), "warm")
    assert draft.subject == "Thank you for your time"
    assert draft.body.startswith("Hello,\n")


def test_draft_refuses_an_unknown_shape() -> None:
    with pytest.raises(ValueError, match="letter"):
        draft_note(ctx(), "letter")


# --- length of each shape ----------------------------------------------------------


@pytest.mark.parametrize("notes", MESSY_NOTES)
@pytest.mark.parametrize(("company", "role"), PLACES)
@pytest.mark.parametrize("future", [True, False])
def test_each_shape_keeps_to_its_length(notes: str, company: str, role: str, future: bool) -> None:
    context = ctx(interview_notes=notes, company=company, role=role, future_interest=future)
    assert 60 <= count_words(draft_note(context, "short").body) <= 110
    assert 100 <= count_words(draft_note(context, "warm").body) <= 180
    assert count_words(draft_note(context, "card").body) <= CARD_WORD_LIMIT


def test_card_stays_within_the_limit_with_long_notes_and_long_names() -> None:
    context = DraftContext(
        recipient_name="Maximiliana Alexandrovna Konstantinopolskaya-Rimsky",
        company="The International Consolidated Widgets and Sprockets Company of Northern Europe",
        role="Senior Principal Staff Machine Learning Infrastructure Platform Reliability Engineer",
        interview_notes=LONG_NOTES,
        sender_name="Bartholomew Alexander Montgomery-Worthington the Third of Somewhere",
        future_interest=True,
    )
    body = draft_note(context, "card").body
    assert count_words(body) <= CARD_WORD_LIMIT
    assert "Dear Maximiliana," in body and "how you plan the quarterly roadmap" in body
    assert "considered for future roles" in body and "stay in touch" in body
    assert "Warmly,\nBartholomew" in body


def test_card_keeps_the_role_and_full_signature_when_there_is_room() -> None:
    body = draft_note(ctx(future_interest=True), "card").body
    assert "the Data Analyst role at Acme" in body and body.endswith("Sam Lee")


# --- the tone check agrees with the drafts -----------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_drafts_pass_the_tone_check_for_many_contexts(shape: str) -> None:
    for context in all_contexts():
        body = draft_note(context, shape).body
        detail = specific_detail(context.interview_notes)
        # The composer may pass the notes, the phrase drawn on, or nothing at all.
        ways = [(), (context.interview_notes,) if detail else (), (detail,) if detail else ()]
        for details in ways:
            findings = check_note(body, shape, context.recipient_name, details)
            if not context.sender_name:  # unsigned drafts are the drafts branch's to fix
                findings = [f for f in findings if f.code != "missing-signature"]
            assert findings == [], f"{context}\n{body}\n{findings}"
