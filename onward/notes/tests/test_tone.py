"""The tone check, read as a specification: what each finding means and where it points."""

from __future__ import annotations

import pytest

from onward.notes.tone import (
    CARD_WORD_LIMIT,
    CODES,
    EMAIL_WORD_LIMIT,
    Finding,
    check_note,
    count_words,
    first_name,
)

GOOD_NOTE = (
    "Dear Priya,\n\n"
    "Thank you for your time, and for letting me know. I enjoyed our conversation about "
    "your move to dbt. I hope we can stay in touch.\n\nWarmly,\nSam"
)


def codes(text: str, **kwargs: object) -> list[str]:
    return [f.code for f in check_note(text, **kwargs)]  # type: ignore[arg-type]


def only(code: str, text: str, **kwargs: object) -> list[Finding]:
    return [f for f in check_note(text, **kwargs) if f.code == code]  # type: ignore[arg-type]


def pointed_at(text: str, finding: Finding) -> str:
    return text[finding.start : finding.end]


def test_codes_are_stable() -> None:
    expected = "asks-for-reasons negative-tone no-personal-detail missing-name too-long"
    later = ("placeholder-left", "exclamations", "missing-signature", "broken-sentence")
    assert (*expected.split(), *later) == CODES


def test_a_kind_specific_note_has_no_findings() -> None:
    assert check_note(GOOD_NOTE) == []
    assert check_note(GOOD_NOTE, shape="card", recipient_name="Priya Raman") == []


@pytest.mark.parametrize("shape", ["email", "card", "short", "warm"])
def test_every_shape_the_composer_uses_is_accepted(shape: str) -> None:
    assert check_note(GOOD_NOTE, shape=shape) == []


def test_an_unknown_shape_is_refused() -> None:
    with pytest.raises(ValueError, match="postcard"):
        check_note(GOOD_NOTE, shape="postcard")


def test_every_finding_explains_itself_in_plain_words() -> None:
    text = (
        "hi,\nWhy wasn't I selected?!!! It was UNFAIR. [Company] I liked it regarding "
        "Walked the demo. " + "word " * 250 + "\n\nBest regards,"
    )
    findings = check_note(text)
    assert {f.code for f in findings} == set(CODES)
    for finding in findings:
        assert finding.message and finding.why and finding.suggestion
        assert finding.message.endswith(".") and finding.why.endswith(".")
        assert "error" not in finding.message.lower()


def test_findings_come_most_important_first_then_by_where_they_start() -> None:
    text = "Hi,\nThat was a waste of time. Why did you choose another candidate? [Name] [Role]"
    found = check_note(text)
    assert [f.code for f in found] == [
        "asks-for-reasons",
        "negative-tone",
        "placeholder-left",
        "placeholder-left",
        "missing-name",
        "no-personal-detail",
    ]
    placeholders = [f.start for f in found if f.code == "placeholder-left"]
    assert placeholders == sorted(placeholders)


# --- asks-for-reasons ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Could you tell me why I wasn't selected?", "why I wasn't selected"),
        ("I'd like to understand why I was not chosen for the role.", "why I was not chosen"),
        ("Why wasn't I selected?", "Why wasn't I selected"),
        ("What could I have done better?", "What could I have done better"),
        ("I wonder what I could have done differently.", "what I could have done differently"),
        ("I'd appreciate any feedback on why it didn't work out.", "any feedback on why"),
        ("Why did you choose another candidate?", "Why did you choose another candidate"),
        ("May I ask why you went with someone else?", "why you went with someone else"),
        ("Could you share the reasons for your decision?", "the reasons for your decision"),
        ("Please let me know where I fell short.", "where I fell short"),
        ("Can you tell me what I did wrong?", "what I did wrong"),
        ("I'd welcome your feedback on my interview.", "your feedback on my interview"),
        ("Is there any feedback you could give me?", "any feedback you could give me?"),
        ("Could you explain the decision?", "explain the decision"),
        ("Why didn't I get the job?", "Why didn't I get"),
        ("I'd love to know how I could improve.", "how I could improve"),
    ],
)
def test_asks_for_reasons_flags_requests_for_why_they_were_not_chosen(
    sentence: str, words: str
) -> None:
    text = f"Dear Priya,\n\nThank you for your time. {sentence}"
    [finding] = only("asks-for-reasons", text)
    assert pointed_at(text, finding) == words


def test_asks_for_reasons_flags_why_was_i_not_selected() -> None:
    assert "asks-for-reasons" in codes("Why was I not selected?")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for letting me know.",
        "I'd welcome staying in touch.",
        "I enjoyed hearing why the team chose dbt.",
        "I enjoyed hearing why the team chose dbt over another tool.",
        "Thank you for your feedback on my case study.",
        "Thanks for the feedback on my portfolio, it was generous of you.",
        "I learned a lot about how the team decides what to build.",
        "I hope we can stay in touch, and I'd love to hear how the launch goes.",
    ],
)
def test_asks_for_reasons_leaves_gracious_sentences_alone(sentence: str) -> None:
    assert "asks-for-reasons" not in codes(f"Dear Priya,\n\n{sentence}")


def test_asks_for_reasons_explains_why_and_points_to_a_mentor() -> None:
    [finding] = only("asks-for-reasons", "Why was I not selected?")
    assert "defensive" in finding.why
    assert "mentor" in finding.why.lower() or "mentor" in finding.suggestion.lower()


# --- negative-tone -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("I was disappointed in how the process was run.", "disappointed in how"),
        ("This process felt unfair.", "unfair"),
        ("Honestly it was a waste of time.", "a waste of time"),
        ("I think you made a mistake.", "you made a mistake"),
        ("Well, your loss.", "your loss"),
        ("Frankly, I expected more.", "Frankly"),
        ("I can't believe you went another way.", "I can't believe"),
        ("I was shocked by the email.", "shocked"),
        ("The whole thing was ridiculous.", "ridiculous"),
        ("Thanks for nothing.", "Thanks for nothing"),
        ("It should have been me.", "should have been me"),
        ("I am NEVER applying again.", "NEVER"),
        ("THANK YOU FOR NOTHING", "THANK YOU FOR NOTHING"),
    ],
)
def test_negative_tone_points_at_the_bitter_words(sentence: str, words: str) -> None:
    text = f"Dear Priya,\n\n{sentence}"
    findings = only("negative-tone", text)
    assert words in [pointed_at(text, f) for f in findings]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry we won't work together this time.",
        "I was sad to hear the news, but I understand.",
        "I'm not disappointed at all; it was a great conversation.",
        "It was never a waste of time.",
        "I was so sorry for your loss when you mentioned your father.",
        "I enjoyed our chat about SQL, AWS and the ETL jobs.",
        "I enjoyed learning about KPMG and the work at ACME.",
        "No hard feelings at all.",
    ],
)
def test_negative_tone_allows_mild_regret_negation_and_acronyms(sentence: str) -> None:
    assert "negative-tone" not in codes(f"Dear Priya,\n\n{sentence}")


def test_negative_tone_names_the_words_in_its_message() -> None:
    [finding] = only("negative-tone", "Dear Priya, I was disappointed by your decision.")
    assert "\u201cdisappointed by your\u201d" in finding.message


def test_shouting_is_reported_once_per_run_of_capitals() -> None:
    text = "Dear Priya, THANK YOU SO MUCH for your time."
    [finding] = only("negative-tone", text)
    assert pointed_at(text, finding) == "THANK YOU SO MUCH"
    assert "capitals" in finding.message


# --- no-personal-detail ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear Priya, thank you for your time and for letting me know. Best of luck.",
        "Dear Priya, I enjoyed our conversation. I hope we stay in touch.",
        "Dear Priya, thanks for the interview.",
    ],
)
def test_no_personal_detail_flags_stock_thanks(text: str) -> None:
    [finding] = only("no-personal-detail", text)
    assert (finding.start, finding.end) == (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Priya, I enjoyed our conversation about your move to dbt.",
        "Dear Priya, I loved hearing how the team runs experiments.",
        "Dear Priya, it was great talking about data contracts.",
        "Dear Priya, when we discussed the roadmap, I learned a lot.",
        "Dear Priya, you mentioned the analytics guild; it sounds wonderful.",
        "Dear Priya, your \u201cship small, ship often\u201d line has stayed with me.",
    ],
)
def test_no_personal_detail_without_notes_accepts_a_specific_reference(text: str) -> None:
    assert "no-personal-detail" not in codes(text)


def test_no_personal_detail_with_notes_needs_a_word_from_them() -> None:
    notes = ["We talked about their move to dbt and how the team runs A/B tests."]
    generic = "Dear Priya, I enjoyed our conversation about the role."
    assert "no-personal-detail" in codes(generic, details=notes)
    assert "no-personal-detail" not in codes("Dear Priya, I liked the dbt story.", details=notes)


def test_no_personal_detail_matches_other_forms_of_the_same_word() -> None:
    notes = ["A/B tests"]
    assert "no-personal-detail" not in codes("Dear Priya, your A/B testing is neat.", details=notes)


def test_no_personal_detail_ignores_words_every_note_shares() -> None:
    notes = ["The interview with the team about the role went well"]
    text = "Dear Priya, thank you for the interview with the team about the role."
    assert "no-personal-detail" in codes(text, details=notes)


def test_notes_passed_as_one_string_count_as_one_detail() -> None:
    generic = "Dear Priya, I enjoyed our conversation about the role."
    assert "no-personal-detail" in codes(generic, details="We talked about dbt.")


def test_blank_details_fall_back_to_looking_for_a_reference() -> None:
    assert "no-personal-detail" not in codes(GOOD_NOTE, details=["", "   "])


# --- missing-name ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi,\nThanks for your time.",
        "Dear Sir or Madam,\nThanks for your time.",
        "To whom it may concern,\nThanks for your time.",
        "Dear Hiring Manager,\nThanks for your time.",
        "Hi there,\nThanks for your time.",
        "Thanks for your time.",
    ],
)
def test_missing_name_flags_a_greeting_without_a_name(text: str) -> None:
    [finding] = only("missing-name", text)
    assert (finding.start, finding.end) == (0, 0)


NAMED_GREETINGS = ["Dear Priya,\nOk.", "Hi Priya,\nOk.", "Hello Mr. Chen,\nOk.",
                   "Good morning Dr Raman,\nOk.", "Priya,\nOk."]  # fmt: skip


@pytest.mark.parametrize("text", NAMED_GREETINGS)
def test_missing_name_accepts_a_greeting_naming_someone(text: str) -> None:
    assert "missing-name" not in codes(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dear Priya,\nThanks.", False),
        ("Dear Priya Raman,\nThanks.", False),
        ("Dear Dr. Raman,\nThanks.", False),
        ("Dear Sam,\nThanks.", True),
        ("Hi,\nThanks.", True),
        ("Dear Priyanka,\nThanks.", True),
    ],
)
def test_missing_name_with_a_recipient_looks_for_their_name(text: str, flagged: bool) -> None:
    assert ("missing-name" in codes(text, recipient_name="Priya Raman")) is flagged


def test_missing_name_suggests_the_recipients_first_name() -> None:
    [finding] = only("missing-name", "Hi,\nThanks.", recipient_name="Raman, Priya")
    assert "Priya" in finding.message and "Dear Priya," in finding.suggestion


# --- too-long ----------------------------------------------------------------------


def test_too_long_flags_an_email_over_the_limit_and_names_both_numbers() -> None:
    text = "Dear Priya, " + "thanks " * EMAIL_WORD_LIMIT
    [finding] = only("too-long", text)
    assert str(count_words(text)) in finding.message and str(EMAIL_WORD_LIMIT) in finding.message


def test_too_long_points_at_the_words_past_the_limit() -> None:
    text = "Dear Priya, " + " ".join(f"w{i}" for i in range(CARD_WORD_LIMIT))
    [finding] = only("too-long", text, shape="card")
    assert pointed_at(text, finding).split()[0] == f"w{CARD_WORD_LIMIT - 2}"
    assert finding.end == len(text)


@pytest.mark.parametrize(
    ("shape", "words", "flagged"),
    [
        ("email", EMAIL_WORD_LIMIT, False),
        ("email", EMAIL_WORD_LIMIT + 1, True),
        ("card", CARD_WORD_LIMIT, False),
        ("card", CARD_WORD_LIMIT + 1, True),
        ("warm", CARD_WORD_LIMIT + 1, False),
    ],
)
def test_too_long_uses_the_limit_for_the_shape(shape: str, words: int, flagged: bool) -> None:
    text = " ".join(["word"] * words)
    assert ("too-long" in codes(text, shape=shape)) is flagged


def test_word_count_counts_contractions_and_hyphens_once() -> None:
    assert count_words("I'd love a follow-up, Priya!") == 5


# --- placeholder-left --------------------------------------------------------------


PLACEHOLDERS = ["[Company]", "[Name]", "{name}", "{{ company }}", "<NAME>", "XXX", "TODO",
                "Lorem ipsum", "INSERT NAME HERE", "insert company name here", "____"]  # fmt: skip


@pytest.mark.parametrize("placeholder", PLACEHOLDERS)
def test_placeholder_left_points_at_each_placeholder(placeholder: str) -> None:
    text = f"Dear Priya, I enjoyed talking about {placeholder} and the roadmap."
    [finding] = only("placeholder-left", text)
    assert pointed_at(text, finding) == placeholder


def test_placeholder_left_reports_every_placeholder_separately() -> None:
    text = "Dear [Name], thanks from [Your name] at {company}."
    found = [pointed_at(text, f) for f in only("placeholder-left", text)]
    assert found == ["[Name]", "[Your name]", "{company}"]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Priya, write to me at <sam@example.com> any time.",
        "Dear Priya, I enjoyed our talk about the insert statement in SQL.",
        "Dear Priya, the A/B tests and XX-large datasets were fascinating.",
    ],
)
def test_placeholder_left_ignores_ordinary_text(text: str) -> None:
    assert "placeholder-left" not in codes(text)


def test_a_placeholder_in_capitals_is_not_also_called_shouting() -> None:
    assert codes("Dear Priya, INSERT NAME HERE.", details=["name"]) == ["placeholder-left"]


# --- exclamations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dear Priya! Thank you!", False),
        ("Dear Priya! Thank you! Truly!", True),
        ("Dear Priya, thank you!!", True),
        ("Dear Priya, thank you.", False),
    ],
)
def test_exclamations_allow_two_at_most_and_never_a_double(text: str, flagged: bool) -> None:
    assert ("exclamations" in codes(text)) is flagged


def test_exclamations_point_at_the_double_mark() -> None:
    text = "Dear Priya, thank you!! Sam"
    [finding] = only("exclamations", text)
    assert pointed_at(text, finding) == "!!"


def test_exclamations_point_at_the_third_mark() -> None:
    text = "Hi Priya! Thanks! See you! Sam"
    [finding] = only("exclamations", text)
    assert finding.start == text.index("you!") + 3 and "3" in finding.message


# --- names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("full", "first"),
    [("Priya Raman", "Priya"), ("Dr. Priya Raman", "Priya"), ("Raman, Priya", "Priya"), ("", "")],
)
def test_first_name_is_the_name_to_greet_them_by(full: str, first: str) -> None:
    assert first_name(full) == first
