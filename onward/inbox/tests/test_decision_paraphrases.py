"""More ways a decision is worded: a progress verb negated or passive, the job filled, paused
or given away, someone else found, "decided against", "pass"; in English, German and French.

Every sentence here is written for the test (none is from the corpus), and each failed before
the rules learned it; the second half of each pair is what must stay a non-decision.
"""

from __future__ import annotations

import pytest

from onward.inbox import languages
from onward.inbox.classify import classify, fold
from onward.inbox.decision import says_no
from onward.inbox.languages import de, fr
from onward.inbox.parsing import parse

from .mails import raw


@pytest.mark.parametrize(
    "sentence",
    [
        "We've decided to go with someone whose background is nearer to what the team needs.",
        "We have found someone else for the analyst opening.",
        "Your application will not be taken forward this time.",
        "We won't be scheduling a second interview with you.",
        "We've filled the position, so we are closing the search.",
        "We're going to pass on moving forward with you.",
        "After some thought we've decided to pass at this time.",
        "The team has decided to hold off on hiring for this role until next year.",
        "Hiring for the marketing role has been paused.",
        "The role has already been taken.",
        "We have decided against moving forward with your application.",
        "We decided against proceeding with your candidacy.",
        "Another applicant was a stronger match for the team.",
        "The company has decided to not fill the position after all.",
        "We decided not to fill this role.",
        "We won't be filling the opening this year.",
        # as English written by speakers of other languages says it
        "Your profile is not quite what we are looking for at the moment.",
        "We have concluded that your profile is not suitable for this position.",
        "Honestly, your profile doesn't fit the role we have open.",
        "We decided to stop the process here.",
        "We're looking for a candidate with a different profile.",
        "For this role we are looking for someone with more experience.",
        "We found a better match for the opening.",
        "The vacancy has been fulfilled.",
        "I'm afraid I have to disappoint you.",
        "The other candidate had more relevant experience with our tools.",
        "Your application will not be processed further.",
        "After reading your application we see no match with the position.",
        "There is no real fit between your profile and the vacancy.",
        "Sadly, this time it's not going to work out.",
        "Unfortunately we won't be able to take your application to the next stage.",
        "We won't be taking you through to the final round.",
        "We have decided to close the vacancy without making an appointment.",
        "Application unsuccessful",
        "Unsuccessful application - Junior Analyst",
    ],
)
def test_an_english_paraphrase_of_no_is_a_decision(sentence: str) -> None:
    assert says_no(fold("Thank you for applying. " + sentence)) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "If the position has already been taken, we will tell you.",
        "Your application has been taken into consideration.",
        "We hope to fill the position within a month and will be in touch.",
        "We have decided to pass your resume on to the hiring manager.",
        "We are going to pass along your application to the team.",
        "We decided against a phone screen and will invite you straight to an onsite.",
        "We've hired a new recruiter who will be in touch to schedule your interview.",
        "We will not be scheduling interviews until next week.",
        "We're looking for someone with more than three years of experience in SQL.",
        "We will let you know whether your profile is suitable for this role.",
        "Your personal data will not be processed further once the process ends.",
        "There is no match for your saved search this week.",
        "If there is no match between your profile and the role, we will keep your CV.",
        "We decided to end the process early and make you an offer.",
        "We cannot notify unsuccessful applications individually.",
        "We will work out the next steps and be in touch.",
        "If this time doesn't work out, we can find another slot.",
        "We will take your application to the hiring manager for review.",
        "We are taking you through to the next stage.",
    ],
)
def test_english_that_only_looks_like_those_is_not_a_decision(sentence: str) -> None:
    assert says_no(fold("Thank you for applying. " + sentence)) is None


DE_INTRO = "Sehr geehrter Herr Novak, vielen Dank für Ihre Bewerbung. "
FR_INTRO = "Bonjour, nous vous remercions pour votre candidature. "


@pytest.mark.parametrize(
    ("reader", "intro", "sentence"),
    [
        (de.READER, DE_INTRO, "Leider kommen Sie für diese Stelle nicht in Frage."),
        (de.READER, DE_INTRO, "Wir haben uns entschieden, die Position intern zu besetzen."),
        (de.READER, DE_INTRO, "Wir haben uns für eine interne Kandidatin entschieden."),
        (de.READER, DE_INTRO, "Leider haben wir uns anders entschieden."),
        (de.READER, DE_INTRO, "Sie sind im Auswahlverfahren leider nicht weitergekommen."),
        (de.READER, DE_INTRO, "Wir haben beschlossen, die Stelle vorerst nicht zu besetzen."),
        (de.READER, DE_INTRO, "Wir haben jemanden gefunden, der noch besser zum Team passt."),
        (fr.READER, FR_INTRO, "Le poste n'est plus disponible."),
        (fr.READER, FR_INTRO, "Nous avons privilégié des profils plus expérimentés."),
        (fr.READER, FR_INTRO, "Nous avons décidé de privilégier une autre candidature."),
        (fr.READER, FR_INTRO, "Le recrutement pour ce poste a été clôturé."),
        (fr.READER, FR_INTRO, "Nous avons finalement opté pour un autre profil."),
        (fr.READER, FR_INTRO, "Nous avons pourvu le poste la semaine dernière."),
        (fr.READER, FR_INTRO, "Le poste a été attribué à une autre candidate."),
    ],
)
def test_a_german_or_french_paraphrase_of_no_is_a_decision(
    reader: languages.Reader, intro: str, sentence: str
) -> None:
    assert languages.read(fold(intro + sentence), reader) is not None


@pytest.mark.parametrize(
    ("reader", "intro", "sentence"),
    [
        (de.READER, DE_INTRO, "Solange die Stelle noch nicht besetzt ist, bleiben Sie im Rennen."),
        (de.READER, DE_INTRO, "Wir möchten die Stelle bald besetzen und melden uns."),
        (de.READER, DE_INTRO, "Die Stelle wird intern und extern ausgeschrieben."),
        (fr.READER, FR_INTRO, "Si le poste n'est plus disponible, nous vous le dirons."),
        (fr.READER, FR_INTRO, "Nous privilégions les échanges par e-mail."),
    ],
)
def test_german_or_french_that_only_looks_like_those_is_not_a_decision(
    reader: languages.Reader, intro: str, sentence: str
) -> None:
    assert languages.read(fold(intro + sentence), reader) is None


def test_a_two_line_german_refusal_is_read_as_german() -> None:
    # Too few common words for the old threshold of three, and no English word among them.
    body = "Hallo Herr Novak,\n\ndanke für Ihr Interesse. Die Stelle wurde inzwischen besetzt.\n"
    data = raw(sender="bewerbung@kaltenbach.example", subject="Absage", body=body)
    assert languages.detect(fold(body)) == "de"
    assert classify(parse(data)).label == "rejection"
