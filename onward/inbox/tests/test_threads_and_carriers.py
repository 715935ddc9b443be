"""The nineteenth pass's rules, one test each, on short messages written for the test (none
from the corpus): a reply thread's subject read without its "RE: RE:", a recruiter's own
subject ("Acme Opportunity", "Acme Telephone Interview"), status words that are never a
company, a hiring product named as the carrier, an application closed unanswered as a
decision, and scheduling without the word "interview"."""

from __future__ import annotations

import pytest

from onward.inbox import subject_patterns
from onward.inbox.corpus import as_bytes
from onward.inbox.decision import says_no
from onward.inbox.parsing import parse
from onward.inbox.understand import Reading, understand

NO = (
    "Hi Sam,\n\nThank you for your time. We have decided to move forward with other "
    "candidates at this time.\n\nBest,\nRecruiter\n"
)


def read(subject: str, body: str) -> Reading:
    record = {"id": "written", "from": "", "subject": subject, "body": body}
    return understand(parse(as_bytes(record)), extract_other=True)


def names(subject: str) -> list[str]:
    return [name for name, _ in subject_patterns.subject_companies(subject)]


# -- a thread's subject, without its reply prefixes ---------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "RE: RE: Fwd: Tallowick Opportunity",
        "AW: WG: Tallowick Next Steps",
        "RE[2]: Tallowick Meeting",
    ],
)
def test_a_reply_threads_subject_is_read_without_its_prefixes(subject: str) -> None:
    assert "Tallowick" in names(subject)
    assert not {"RE", "AW", "WG"} & set(names(subject))


# -- a recruiter's own subject: the company, maybe a title, then what it is about ------------


@pytest.mark.parametrize(
    "subject",
    [
        "Tallowick Telephone Interview",
        "Tallowick On-Site Interview",
        "Tallowick Interview Confirmation",
        "Tallowick Software Engineer Code Challenge invitation",
        "Tallowick Software Development Engineering Opportunity",
        "Tallowick next step - Coding Test",
    ],
)
def test_the_name_before_what_a_recruiters_subject_is_about_is_the_company(subject: str) -> None:
    assert read(subject, NO).company == "Tallowick"


@pytest.mark.parametrize(
    "subject", ["Exciting Opportunity", "Data Analyst Interview", "Urgent Interview Request"]
)
def test_a_subject_with_a_title_or_praise_before_it_names_no_company(subject: str) -> None:
    assert read(subject, NO).company is None


def test_a_name_after_the_interview_is_read_by_the_other_patterns_not_the_word_before() -> None:
    assert "Final" not in names("Final Interview with Tallowick")


# -- status words are never a company --------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Data Engineer - Assessment Completed",
        "Analyst - Application Submitted",
        "QA Engineer - Coding Challenge Update",
        "Analyst - Interview Confirmed",
    ],
)
def test_a_subjects_status_words_are_no_company(subject: str) -> None:
    assert read(subject, NO).company is None


def test_a_status_tail_does_not_hide_the_company_before_it() -> None:
    subject = "RE: Tallowick Data Engineer Opportunity - Assessment Completed"
    assert read(subject, NO).company == "Tallowick"


def test_a_message_word_after_the_company_is_taken_off() -> None:
    assert read("RE: Your Tallowick Interview: Save The Date", NO).company == "Tallowick"


def test_the_first_words_of_the_role_read_are_the_roles_not_a_company() -> None:
    body = NO.replace("at this time.", "for the Supply Planning Analyst role.")
    assert read("Re: Supply Planning Analyst interview", body).company != "Supply Planning"


def test_a_name_and_one_title_word_are_too_close_to_call() -> None:
    # "Acme Analyst" or "Supply Planning Analyst": one role word says neither
    assert read("Re: Supply Planning Analyst interview", NO).company is None


def test_a_company_and_a_title_written_apart_keep_the_company() -> None:
    body = NO.replace("Recruiter\n", "Your Tallowick Careers Team\n")
    reading = read("Your Application for Tallowick Labs - Web Developer", body)
    assert reading.company is not None and reading.company.startswith("Tallowick")


def test_an_adverts_hiring_heading_is_no_company() -> None:
    reading = read("Hiring Software Engineers: come build with us", NO)
    assert reading.company != "Hiring Software Engineers"


# -- a hiring product named as the carrier ---------------------------------------------------

FR_SENT = (
    "Bonjour,\n\nNous vous confirmons que votre candidature a bien été transmise à "
    "BOULANGERIE MARTIN. L'entreprise doit maintenant examiner votre demande.\n\n"
    "Bonne journée,\nL'équipe Passerelle Emploi\n"
)
EN_SENT = (
    "Hi Sam,\n\nThank you for applying. Your application has been forwarded to Harbor Lumber, "
    "who will review it and contact you directly.\n\nBest,\nThe Worklink Team\n"
)


def test_a_go_between_that_names_where_the_application_went_is_the_carrier() -> None:
    subject = "Passerelle Emploi - Confirmation de votre candidature auprès de BOULANGERIE MARTIN"
    assert read(subject, FR_SENT).company == "BOULANGERIE MARTIN"
    assert read("Your application was sent", EN_SENT).company == "Harbor Lumber"


def test_the_company_named_in_the_third_person_outweighs_the_signing_product() -> None:
    body = (
        "Bonjour,\n\nVous avez une candidature en cours avec l'entreprise BOULANGERIE MARTIN. "
        "Cette entreprise a été retirée de notre site, votre démarche ne peut pas continuer.\n\n"
        "Bonne journée,\nL'équipe Passerelle Emploi\n"
    )
    assert read("Information concernant votre demande", body).company == "BOULANGERIE MARTIN"


def test_a_company_writing_about_itself_is_not_a_carrier() -> None:
    body = (
        "Hi Sam,\n\nYour application has been forwarded to Harbor Lumber's hiring manager. We "
        "have decided to move forward with other candidates.\n\nBest,\nHarbor Lumber Talent Team\n"
    )
    assert read("Your application", body).company == "Harbor Lumber"


def test_without_a_company_named_in_the_third_person_the_signer_stays() -> None:
    body = NO.replace("Recruiter\n", "The Worklink Team\n") + "Sent via Worklink\n"
    assert read("Your application to Worklink", body).company == "Worklink"


# -- an application closed, or run out, unanswered is a decision -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "your application to harbor lumber has been closed because the employer did not respond "
        "within 90 days.",
        "your request has now expired without an answer from the company.",
        "votre demande d'immersion chez boulangerie martin a été clôturée. nous vous invitons à "
        "rechercher d'autres entreprises pour votre projet.",
        "la candidature est restée sans réponse pendant trois mois. nous l'avons donc "
        "automatiquement clôturée pour garder vos échanges à jour.",
        "ihre bewerbung bei der harbor gmbh wurde automatisch geschlossen, da wir ihnen leider "
        "keine antwort geben konnten und wir danken ihnen für ihr interesse.",
        "tu candidatura para el puesto ha sido cerrada porque la empresa no ha respondido en "
        "tres meses y te deseamos suerte con tu proceso.",
        "je sollicitatie bij harbor is automatisch gesloten omdat de werkgever niet heeft "
        "gereageerd, wij wensen je veel succes met je zoektocht.",
    ],
)
def test_an_application_closed_unanswered_says_no(text: str) -> None:
    assert says_no(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "your application has been received and our office is closed until monday.",
        "if your application has expired, you can apply again from your account.",
        "your application is closed for editing once submitted, and we will review it soon.",
        "si votre candidature est close, vous pouvez postuler à nouveau depuis votre espace "
        "personnel sur notre site.",
        "vous n'avez pas encore reçu de réponse de l'entreprise, vous pouvez la relancer par "
        "téléphone pour votre candidature.",
    ],
)
def test_a_closing_that_is_not_the_readers_application_says_nothing(text: str) -> None:
    assert says_no(text) is None


# -- a recruiter asking when to talk, without the word "interview" --------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\nA colleague shared your resume with me. Are you free for a call? Could you "
        "share a few days/times when we can connect?\nThanks,\nRecruiter\n",
        "Hi Sam,\nCan you give me some times next week that work with your schedule?\nCheers\n",
        "Hi Sam,\nGreat! What is the best number to reach you on?\nBest\n",
        "Hi Sam,\nCould you send me your available times for next week?\nBest\n",
    ],
)
def test_a_request_for_times_is_a_next_step(body: str) -> None:
    assert read("Following up", body).label == "next_step"


def test_a_rejection_offering_a_call_stays_a_rejection() -> None:
    body = NO.replace(
        "at this time.", "at this time. If you'd like feedback, I am free for a call next week."
    )
    assert read("Your application", body).label == "rejection"


@pytest.mark.parametrize(
    "subject", ["We have received your application!", "Thank You For Your Application!"]
)
def test_an_acknowledging_subject_is_received(subject: str) -> None:
    body = "Hi Sam,\nOur hiring team will look at it and be in touch.\nBest,\nThe Team\n"
    assert read(subject, body).label == "received"
