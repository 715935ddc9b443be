"""The decision read sentence by sentence, and the word model that gives a second opinion."""

from __future__ import annotations

import json

import pytest

from onward.inbox import model
from onward.inbox.classify import classify, fold
from onward.inbox.decision import says_no
from onward.inbox.parsing import parse

from .mails import raw


@pytest.mark.parametrize(
    "sentence",
    [
        "After careful consideration we've decided not to move forward with your application.",
        "We won't be advancing you to the next round of our hiring process at this time.",
        "You are no longer being considered for this position.",
        "We do not see a fit at this time.",
        "We are pursuing other applicants whose experience more closely fits our needs.",
        "Unfortunately, Luminize did not select your application to move forward.",
        "The position has been filled.",
        "We are writing to let you know that the position has been cancelled.",
        "Unfortunately we just hired someone for this role.",
        "We've made a selection for this position and will be closing the requisition.",
        "I'm sorry to say we have filled all our internship positions for the year.",
        "While we regret to say that we won't be moving forward with you in this role, thanks.",
        # more paraphrases, written for these rules (none from the corpus)
        "Your application was unsuccessful on this occasion.",
        "We have decided to pursue candidates whose experience more closely aligns with the role.",
        "The team has chosen to move forward with a candidate whose background better fits.",
        "After careful review, we will not be extending an interview at this time.",
        "Unfortunately we have decided to decline your application.",
        "We have decided to pass on your application at this time.",
        "We have selected a candidate for this role.",
        "We decided to go with someone else for this role.",
        "Your experience does not meet the minimum qualifications for this role.",
        "Unfortunately you did not pass the assessment stage.",
        "We are not in a position to offer you an interview.",
        "Your application status has been updated to Not Selected.",
        "The role has been offered to an internal candidate.",
        "The search for this role has concluded.",
        "We regret not being able to process your application further.",
        "There were many candidates whose profiles were more closely aligned with the role.",
        "You were not among the candidates selected for interview.",
        "The hiring manager has selected another applicant.",
        "We are moving forward with an internal candidate.",
        "We don't have any openings that fit your profile right now.",
    ],
)
def test_a_sentence_that_turns_the_reader_down_is_a_decision(sentence: str) -> None:
    assert says_no(fold(sentence)) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "If you are not selected for this position, keep an eye on our careers page.",
        "If you do not complete the assessment, you will not move forward in the process.",
        "Should we not move forward, we will keep your resume on file.",
        "Please note that not all candidates will be interviewed.",
        "We may not be able to respond to every applicant individually.",
        "Candidates who are not selected will be notified by email.",
        "Here's how to respond when a company says they've decided to move forward with "
        "other candidates.",
        "Thank you for applying! We have received your application and will review it.",
        "If the position is filled in the meantime, we will let you know.",
        "Candidates who do not meet the minimum qualifications will not be considered.",
        "If your application is unsuccessful, we will keep your details on file.",
        "We will review your application and if selected, we will schedule an interview.",
        "Only candidates who are shortlisted will be contacted.",
        "We have selected you for an interview.",
        "If we do not have a role that matches your experience, we will keep your CV.",
        "Internal candidates will also be considered for this role.",
        "We are moving forward with interviews next week.",
        "Should your application be unsuccessful, we will keep it on file for six months.",
    ],
)
def test_a_condition_an_aside_or_reported_speech_is_not_a_decision(sentence: str) -> None:
    assert says_no(fold(sentence)) is None


def test_an_acknowledgement_that_carries_the_decision_is_a_rejection() -> None:
    data = raw(
        sender="Acme Careers <careers@acme.example>",
        subject="Thank you for applying to Acme",
        body="Thank you for applying to the Data Analyst role at Acme! We have received your "
        "application. After careful consideration we've decided to progress with other "
        "candidates.\n",
    )
    assert classify(parse(data)).label == "rejection"


def test_the_shipped_model_loads_and_gives_probabilities_that_sum_to_one() -> None:
    learned = model.load()
    assert learned is not None
    found = model.features("Update", "Unfortunately we will not move forward.", no=True)
    probabilities = learned.probabilities(found)
    assert set(probabilities) == {"rejection", "next_step", "offer", "received", "other"}
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert max(probabilities, key=probabilities.__getitem__) == "rejection"


def test_the_shipped_model_was_trained_on_todays_tuning_parts_only() -> None:
    # Rebuild it with `python scripts/train_inbox_model.py` after changing the corpus.
    data = json.loads(model.MODEL_FILE.read_text())
    assert data["fingerprint"] == model.training_fingerprint()
    assert data["trained_on"] == "corpus/*/tune.jsonl + devset/tune"


def test_without_a_model_file_the_rules_read_alone(tmp_path) -> None:
    assert model.load.__wrapped__(tmp_path / "missing.json") is None


def test_a_model_file_of_another_version_is_not_used(tmp_path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"version": model.VERSION + 1}))
    assert model.load.__wrapped__(path) is None


def test_when_rules_and_model_disagree_the_review_queue_is_asked() -> None:
    # Soft signs only ("wish you success", "keep in touch"): the rules lean to a rejection.
    data = raw(
        sender="Workday Careers <careers@globex.example>",
        subject="Thank you for applying",
        body="Thank you for applying! Your application will be reviewed and we will contact "
        "you with next steps. We wish you success in your job search and encourage you to "
        "keep in touch.\n",
    )
    verdict = classify(parse(data))
    assert verdict.label != "rejection" or verdict.confidence < 0.9
