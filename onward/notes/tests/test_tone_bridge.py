"""The tone check guards the bridge: entitlement, indirect asking why, gracious regret."""

from __future__ import annotations

import pytest

from onward.notes.tone import CODES, IMPORTANCE, MEANING, SERIOUS, check_note, for_display

NOTE = "Dear Priya,\n\nThank you for our conversation about your move to dbt. {}\n\nBest,\nSam"


def found(sentence: str) -> list[tuple[str, str]]:
    text = NOTE.format(sentence)
    return [(f.code, text[f.start : f.end]) for f in check_note(text, recipient_name="Priya Raman")]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("I was clearly the best candidate!", "I was clearly the best candidate"),
        ("Honestly, I'm the strongest candidate you'll find.", "I'm the strongest candidate"),
        ("I'd have been the perfect fit.", "I'd have been the perfect fit"),
        (
            "Everyone could see I was obviously the right choice.",
            "I was obviously the right choice",
        ),
        ("My portfolio made me clearly the best candidate.", "clearly the best candidate"),
        ("I think you made a mistake.", "you made a mistake"),
        ("This is a huge mistake on your part.", "This is a huge mistake"),
        ("I deserved at least a second interview.", "I deserved"),
        ("I deserve better than a two-line email.", "I deserve"),
        ("It's your loss.", "your loss"),
        ("You should have picked me.", "should have picked me"),
        ("You should've gone with me.", "should've gone with me"),
        ("I'm better qualified than most people you'll see.", "better qualified than"),
        ("I had more experience than anyone on your shortlist.", "more experience than anyone"),
        ("I can do this job better than whoever you picked.", "better than whoever"),
        (
            "I hope whoever you hired is as strong on checkout flows as I am.",
            "as strong on checkout flows as I am",
        ),
        ("You'll be sorry.", "You'll be sorry"),
        ("You missed out.", "You missed out"),
    ],
)
def test_entitlement_and_comparison_read_as_negative_tone(sentence: str, words: str) -> None:
    assert ("negative-tone", words) in found(sentence)


def test_comparison_is_explained_as_comparison() -> None:
    text = NOTE.format("I was clearly the best candidate.")
    [finding] = [f for f in check_note(text) if f.code == "negative-tone"]
    assert "measures you against" in finding.message
    assert "considered next time" in finding.suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        "While I'm disappointed not to be moving forward, I'm grateful for your time.",
        "I was disappointed, of course, but mostly grateful.",
        "I'm a little disappointed with the outcome, naturally.",
        "It's disappointing news, but I understand.",
        "I was really disappointed by the news.",
        "I'm sure you found the best candidate for the team.",
        "I hope the best candidate won, and I mean that.",
        "Our chat was clearly the best part of my week.",
        "Your dashboards were the best I've seen.",
        "Your research is better than anything I've seen.",
        "I'm sure whoever you hired will do brilliantly.",
        "Thank you for your patience when I made a mistake in the SQL exercise.",
        "I deserved a holiday after all that, honestly.",
        "You're missing out on a great coffee place near the office.",
    ],
)
def test_gracious_regret_and_praise_are_not_bitter(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("I'd love to know what tipped the decision.", "what tipped the decision"),
        ("I'm curious what tipped the balance in the end.", "what tipped the balance"),
        (
            "Could you share what I could have done differently?",
            "what I could have done differently",
        ),
        ("I'd love to know what made you choose the other candidate.", "what made you choose"),
        ("What made you go with someone else?", "What made you go with"),
        ("I'd be grateful for any feedback on where I fell short.", "any feedback on where I"),
        ("Could you tell me what the deciding factor was?", "the deciding factor"),
        ("I'd appreciate any insight into how the decision was made.", "how the decision was made"),
        ("Might I ask what led to your decision?", "what led to your decision"),
        (
            "It would help me to understand what set the other candidate apart.",
            "what set the other candidate apart",
        ),
        ("I'd be grateful to hear how I compared with the other finalists.", "how I compared"),
        ("Is there anything I could do differently next time?", "anything I could do differently"),
        ("Would you be open to sharing what I could improve on?", "what I could improve on"),
        (
            "Any pointers on where my application was lacking would mean a lot.",
            "where my application was lacking",
        ),
        (
            "I'd really value hearing what held my application back.",
            "what held my application back",
        ),
        ("Was there something that made you decide against me?", "decide against me"),
        ("How did the other candidates compare?", "How did the other candidates compare"),
    ],
)
def test_asking_why_indirectly_is_asking_why(sentence: str, words: str) -> None:
    assert ("asks-for-reasons", words) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to hear how the migration goes.",
        "I loved hearing what made you choose to leave consulting for healthcare.",
        "What made you choose Acme in the first place was inspiring.",
        "What was the deciding factor for you when you joined Acme?",
        "I know what I need to work on, and I'm already on it.",
        "I'll reflect on where I could improve before my next interview.",
        "Is there anything I can do to help with the launch?",
        "I understand your decision and respect it.",
        "I learned a lot, and it's given me plenty to work on.",
        "I enjoyed hearing how you improve search ranking with click data.",
    ],
)
def test_near_misses_are_not_asking_why(sentence: str) -> None:
    assert found(sentence) == []


# --- order and display --------------------------------------------------------------


def test_importance_ranks_every_code_with_asking_why_and_bitterness_first() -> None:
    assert sorted(IMPORTANCE) == sorted(CODES) == sorted(MEANING)
    assert IMPORTANCE[:2] == ("asks-for-reasons", "negative-tone")
    assert {"asks-for-reasons", "negative-tone"} == SERIOUS


def test_the_review_note_puts_asking_why_and_bitterness_first() -> None:
    text = "Why didn't you pick me?! I was clearly the best candidate!!! [Company]"
    codes = [f.code for f in check_note(text, recipient_name="Maya Chen")]
    assert codes[:2] == ["asks-for-reasons", "negative-tone"]
    assert set(codes[2:]) == {
        "placeholder-left",
        "missing-name",
        "no-personal-detail",
        "exclamations",
    }


def test_overlapping_findings_of_one_kind_are_reported_once() -> None:
    text = NOTE.format("THANK YOU FOR NOTHING.")
    negative = [f for f in check_note(text) if f.code == "negative-tone"]
    assert len(negative) == 1


def test_display_quotes_the_words_once() -> None:
    text = NOTE.format("Could you tell me why I wasn't selected? It was unfair.")
    shown = {d["code"]: d for d in for_display(text, check_note(text))}
    # The message doesn't quote the words, so the page shows them…
    assert shown["asks-for-reasons"]["quote"] == "why I wasn't selected"
    # …and where the message already quotes them, the page doesn't repeat them.
    assert "\u201cunfair\u201d" in str(shown["negative-tone"]["message"])
    assert shown["negative-tone"]["quote"] == ""
    assert shown["negative-tone"]["excerpt"] == "unfair"
