"""missing-signature and broken-sentence: slips a hurried person or an empty blank makes."""

from __future__ import annotations

import pytest

from onward.notes.tone import Finding, check_note

START = "Dear Priya,\n\nThank you for our conversation about your move to dbt."


def only(code: str, text: str) -> list[Finding]:
    return [f for f in check_note(text, recipient_name="Priya Raman") if f.code == code]


# --- missing-signature --------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "words"),
    [
        ("\n\nBest regards,", "Best regards,"),
        ("\n\nThanks,", "Thanks,"),
        ("\n\nWarmly,", "Warmly,"),
        ("\n\nKind regards,\n\n  \n", "Kind regards,"),
        ("\n\nWith thanks,", "With thanks,"),
        ("\n\nAll the best", "All the best"),
        ("\n\nThank you!", "Thank you!"),
        (" I hope we stay in touch. Best regards,", "Best regards,"),
        ("\n\nViele Grüße,", "Viele Grüße,"),
    ],
)
def test_a_sign_off_with_no_name_after_it_is_flagged(ending: str, words: str) -> None:
    text = START + ending
    [finding] = only("missing-signature", text)
    assert text[finding.start : finding.end] == words
    assert words in finding.message and "your first name" in finding.suggestion


@pytest.mark.parametrize(
    "ending",
    [
        "\n\nBest regards,\nSam",
        "\n\nThanks again,\nSam Lee",
        " Thanks, Sam",
        "\n\nWarmly,\nSam\n\n",
        " I hope we stay in touch. Thank you.",  # a sentence, not a sign-off
        "\n\nBest of luck with the launch.",
        "",
    ],
)
def test_a_signed_note_or_a_note_without_a_sign_off_passes(ending: str) -> None:
    assert only("missing-signature", START + ending) == []


def test_a_placeholder_for_the_name_is_a_placeholder_not_a_missing_signature() -> None:
    codes = [f.code for f in check_note(START + "\n\nBest regards,\n[Your name]")]
    assert "placeholder-left" in codes and "missing-signature" not in codes


# --- broken-sentence ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("I enjoyed our conversation about Walked the panel through.", "about Walked"),
        ("I enjoyed your advice on Presented my portfolio.", "on Presented"),
        ("Our discussion regarding Discussed metrics helped.", "regarding Discussed"),
        ("We talked about Walking through the case study.", "about Walking"),
        ("I enjoyed our conversation about I think the roadmap.", "about I"),
        ("Thank you for the interview.. It was kind.", ".."),
        ("Thanks for letting me know,. It was kind.", ",."),
        ("Thank you,, truly.", ",,"),
        ("Was it kind?. Yes.", "?."),
        ("I enjoyed our conversation about .", "about ."),
        ("I enjoyed the interview for the , and more.", "the ,"),
        ("I enjoyed meeting your.", "your."),
        ("Thank you for the interview for the () role.", "()"),
        ("Thank you for the the interview.", "the the"),
    ],
)
def test_a_sentence_that_does_not_hold_together_is_flagged(sentence: str, words: str) -> None:
    text = f"{START} {sentence}\n\nBest,\nSam"
    findings = only("broken-sentence", text)
    assert words in [text[f.start : f.end] for f in findings]
    assert all(f.message.endswith(".") and f.suggestion for f in findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "I learned so much... honestly.",
        "We met at 9 a.m., then again at noon.",
        "See you at the U.S. office, etc., next year.",
        "I enjoyed hearing about Elasticsearch and Snowflake.",
        "I talked about Reading, where I grew up.",
        "Thank you for the talk about Kindred, your new product.",
        "I enjoyed the session on Building Trust at the offsite.",
        "I enjoyed our chat on Monday about the roadmap.",
        "We covered A/B tests and the I/O limits on I/O-bound jobs.",
        "I sent a folder of .eml files, as you asked.",
        "It was a built-in in-process cache.",
        "Why didn't it work?! I wondered.",
        "I think that that was the best part.",
    ],
)
def test_ordinary_punctuation_names_and_titles_are_not_broken(sentence: str) -> None:
    assert only("broken-sentence", f"{START} {sentence}\n\nBest,\nSam") == []


def test_a_doubled_full_stop_is_one_finding_not_two() -> None:
    text = f"{START} It was kind.. \n\nBest,\nSam"
    assert len(only("broken-sentence", text)) == 1
