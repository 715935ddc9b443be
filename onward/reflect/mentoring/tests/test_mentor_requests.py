"""Composing a request for a mentor: drafted around the focus areas, tone-checked, shared
through a link that is shown once, and finishing the plan's mentor step."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from onward.people.models import Person
from onward.plans.models import Step
from onward.reflect.tests.helpers import PDF, debrief, mentor, request_for
from onward.test import PRIYA, rejected_application

from ..models import MentorRequest, Share

pytestmark = pytest.mark.django_db


def compose(client: Client, data: dict[str, Any], query: str = "") -> Any:
    return client.post(reverse("reflect:mentor_request_new") + query, data)


def test_the_mentor_step_opens_a_composer_drafted_around_the_focus_areas(
    alice: Any, alice_client: Client
) -> None:
    rejection = rejected_application(alice, [PRIYA])
    debrief(alice, rejection, stories=1)
    mentor(alice)
    step = rejection.plan.steps.get(kind=Step.Kind.MENTOR)
    opened = alice_client.get(reverse("plans:step_open", args=[step.pk]))
    assert opened["Location"] == reverse("reflect:mentor_for_step", args=[step.pk])
    composer = alice_client.get(opened["Location"])
    assert composer["Location"] == reverse("reflect:mentor_request_new") + f"?step={step.pk}"
    page = alice_client.get(composer["Location"]).content.decode()
    assert "Hi Dana," in page
    assert "- Tell stronger stories" in page
    assert "I didn&#x27;t get the Data Analyst role at Acme" in page
    assert 'value="stories" id="focus-1" checked' in page
    assert "It reads well" in page


def test_creating_the_link_shows_it_once_stores_only_its_hash_and_finishes_the_step(
    alice: Any, alice_client: Client
) -> None:
    rejection = rejected_application(alice, [PRIYA])
    written = debrief(alice, rejection, stories=1)
    dana = mentor(alice)
    step = rejection.plan.steps.get(kind=Step.Kind.MENTOR)
    response = compose(
        alice_client,
        {
            "mentor": dana.pk,
            "focus": ["stories"],
            "debriefs": [written.pk],
            "message": "Hi Dana,\n\nCould you help me with my stories?\n\nAlice",
            "days": 30,
            "share": "1",
        },
        f"?step={step.pk}",
    )
    share = Share.objects.get()
    assert response["Location"] == reverse("reflect:share_ready", args=[share.pk])
    page = alice_client.get(response["Location"]).content.decode()
    link = re.search(r'value="(http://testserver/reflect/s/([^/"]+)/)"', page)
    assert link is not None
    token = link.group(2)
    assert len(token) >= 43  # 32 random bytes: 256 bits
    ask = MentorRequest.objects.get()
    assert (ask.mentor, ask.step, ask.rejection) == (dana, step, rejection)
    assert ask.focus_areas[0]["key"] == "stories"
    assert ask.focus_areas[0]["shared"].startswith("My stories scored")
    share = Share.objects.get()
    assert share.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(Share.objects.values_list().get())
    step.refresh_from_db()
    assert step.state == Step.State.DONE
    assert "mailto:dana%40example.org" in page
    # Never again: the request's page cannot show the link.
    assert token not in alice_client.get(ask.get_absolute_url()).content.decode()


def test_a_newcomer_without_a_mentor_adds_one_in_the_same_form(
    alice: Any, alice_client: Client
) -> None:
    response = compose(
        alice_client,
        {
            "new_mentor_name": "Sam Rivera",
            "new_mentor_email": "sam@example.org",
            "message": "Hi Sam,\n\nCould I ask your advice on interviews?\n\nAlice",
            "days": 14,
            "share": "1",
        },
    )
    assert response.status_code == 302
    sam = Person.objects.get(name="Sam Rivera")
    assert (sam.user, sam.relationship, sam.email) == (alice, "mentor", "sam@example.org")
    assert MentorRequest.objects.get().mentor == sam
    assert Share.objects.get().expires_at.date() > Share.objects.get().created_at.date()


def test_no_mentor_named_is_asked_for_and_nothing_is_saved(
    alice: Any, alice_client: Client
) -> None:
    response = compose(alice_client, {"message": "Hi,\n\nHelp?", "days": 30, "share": "1"})
    assert "Add your mentor&#x27;s name" in response.content.decode()
    assert not MentorRequest.objects.exists()
    assert not Share.objects.exists()


def test_saving_a_draft_shares_nothing(alice: Any, alice_client: Client) -> None:
    dana = mentor(alice)
    response = compose(
        alice_client, {"mentor": dana.pk, "message": "Hi Dana, a question.", "days": 30}
    )
    ask = MentorRequest.objects.get()
    assert response["Location"] == ask.get_absolute_url()
    assert not Share.objects.exists()


def test_the_tone_check_flags_what_would_land_badly_but_not_asking_how_to_improve(
    alice: Any, alice_client: Client
) -> None:
    dana = mentor(alice)
    response = alice_client.post(
        reverse("reflect:mentor_tone_check"),
        {
            "mentor": dana.pk,
            "message": "Hi Dana, what could I have done better?? It was so unfair!!!",
        },
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert 'data-code="negative-tone"' in page
    assert 'data-code="exclamations"' in page
    assert 'data-code="asks-for-reasons"' not in page
    assert 'data-code="missing-name"' not in page
    wrong_name = alice_client.post(
        reverse("reflect:mentor_tone_check"), {"mentor": dana.pk, "message": "Hi Sam, a question."}
    )
    assert 'data-code="missing-name"' in wrong_name.content.decode()


def test_the_composer_shows_tone_findings_for_a_saved_message(
    alice: Any, alice_client: Client
) -> None:
    ask = request_for(alice, message="Hi Dana, [insert company] was great!!")
    page = alice_client.get(reverse("reflect:mentor_request_edit", args=[ask.pk])).content.decode()
    assert 'data-code="placeholder-left"' in page


def test_a_cv_is_stored_under_a_random_name(
    alice: Any, alice_client: Client, media_root: Path
) -> None:
    dana = mentor(alice)
    upload = SimpleUploadedFile("Alice Lee CV (final).pdf", PDF, "application/pdf")
    compose(
        alice_client,
        {"mentor": dana.pk, "message": "Hi Dana", "days": 30, "cv_file": upload},
    )
    ask = MentorRequest.objects.get()
    assert ask.cv_name == "Alice_Lee_CV_final.pdf"
    assert ask.cv_size == len(PDF)
    stored = str(ask.cv.name)
    assert re.fullmatch(r"reflect/cv/[0-9a-f]{32}\.pdf", stored)
    assert (media_root / stored).read_bytes() == PDF


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cv.exe", b"MZ...", "Share your CV as a PDF"),
        ("cv.pdf", b"<html>not a pdf</html>", "doesn&#x27;t look like a real PDF"),
        ("cv.docx", b"PK\x03\x04 broken zip", "doesn&#x27;t look like a real DOCX"),
        ("cv.txt", b"\x00\x01binary", "doesn&#x27;t look like a real TXT"),
        ("cv.pdf", b"", "That file is empty"),
    ],
)
def test_a_cv_that_is_not_what_it_says_is_refused(
    alice: Any, alice_client: Client, media_root: Path, name: str, content: bytes, message: str
) -> None:
    dana = mentor(alice)
    upload = SimpleUploadedFile(name, content)
    response = compose(
        alice_client, {"mentor": dana.pk, "message": "Hi Dana", "days": 30, "cv_file": upload}
    )
    assert message in response.content.decode()
    assert not MentorRequest.objects.exists()
    assert not (media_root / "reflect").exists()


def test_a_cv_over_the_size_limit_is_refused(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.ONWARD_CV_MAX_BYTES = 100
    dana = mentor(alice)
    upload = SimpleUploadedFile("cv.txt", b"x" * 101)
    response = compose(
        alice_client, {"mentor": dana.pk, "message": "Hi Dana", "days": 30, "cv_file": upload}
    )
    assert "the limit is 100" in response.content.decode()
    assert not MentorRequest.objects.exists()


def test_a_word_file_and_a_text_file_are_accepted(alice: Any, alice_client: Client) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    dana = mentor(alice)
    for upload in (
        SimpleUploadedFile("cv.docx", buffer.getvalue()),
        SimpleUploadedFile("cv.txt", "Alice Lee — Data Analyst".encode()),
    ):
        compose(alice_client, {"mentor": dana.pk, "message": "Hi Dana", "days": 30,
                               "cv_file": upload})  # fmt: skip
    assert sorted(MentorRequest.objects.values_list("cv_name", flat=True)) == ["cv.docx", "cv.txt"]


def test_replacing_or_removing_the_cv_deletes_the_old_file(
    alice: Any,
    alice_client: Client,
    media_root: Path,
    django_capture_on_commit_callbacks: Any,
) -> None:
    dana = mentor(alice)
    compose(
        alice_client,
        {"mentor": dana.pk, "message": "Hi Dana", "days": 30,
         "cv_file": SimpleUploadedFile("one.pdf", PDF)},
    )  # fmt: skip
    ask = MentorRequest.objects.get()
    first = media_root / str(ask.cv.name)
    edit = reverse("reflect:mentor_request_edit", args=[ask.pk])
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(edit, {"mentor": dana.pk, "message": "Hi Dana", "days": 30,
                                 "cv_file": SimpleUploadedFile("two.pdf", PDF)})  # fmt: skip
    ask.refresh_from_db()
    second = media_root / str(ask.cv.name)
    assert not first.exists() and second.exists()
    assert ask.cv_name == "two.pdf"
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(edit, {"mentor": dana.pk, "message": "Hi Dana", "days": 30,
                                 "remove_cv": "on"})  # fmt: skip
    ask.refresh_from_db()
    assert not ask.cv and ask.cv_name == "" and not second.exists()


def test_deleting_a_request_removes_its_links_replies_and_file(
    alice: Any,
    alice_client: Client,
    media_root: Path,
    django_capture_on_commit_callbacks: Any,
) -> None:
    dana = mentor(alice)
    compose(
        alice_client,
        {"mentor": dana.pk, "message": "Hi Dana", "days": 30, "share": "1",
         "cv_file": SimpleUploadedFile("cv.pdf", PDF)},
    )  # fmt: skip
    ask = MentorRequest.objects.get()
    stored = media_root / str(ask.cv.name)
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(reverse("reflect:mentor_request_delete", args=[ask.pk]))
    assert not MentorRequest.objects.exists() and not Share.objects.exists()
    assert not stored.exists()


def test_reloading_the_ready_page_makes_no_new_link_and_never_shows_the_token_again(
    alice: Any, alice_client: Client
) -> None:
    dana = mentor(alice)
    made = compose(
        alice_client, {"mentor": dana.pk, "message": "Hi Dana", "days": 30, "share": "1"}
    )
    first = alice_client.get(made["Location"])
    assert first["Cache-Control"] == "no-store"
    token = re.search(r"/reflect/s/([^/\"]+)/", first.content.decode())
    assert token is not None
    reloaded = alice_client.get(made["Location"])
    assert reloaded.status_code == 200
    page = reloaded.content.decode()
    assert "That link was shown once" in page
    assert token.group(1) not in page
    assert (MentorRequest.objects.count(), Share.objects.count()) == (1, 1)
    assert Share.objects.get().is_live


def test_a_link_shown_and_lost_can_be_swapped_for_a_new_one(
    alice: Any, alice_client: Client
) -> None:
    ask = request_for(alice)
    made = alice_client.post(reverse("reflect:share_create", args=[ask.pk]), {"days": "14"})
    alice_client.get(made["Location"])
    lost = Share.objects.get()
    page = alice_client.get(made["Location"]).content.decode()
    assert f'name="replaces" value="{lost.pk}"' in page
    swapped = alice_client.post(
        reverse("reflect:share_create", args=[ask.pk]), {"days": "14", "replaces": lost.pk}
    )
    new = Share.objects.exclude(pk=lost.pk).get()
    assert swapped["Location"] == reverse("reflect:share_ready", args=[new.pk])
    lost.refresh_from_db()
    assert not lost.is_live and new.is_live
    assert (new.expires_at - new.created_at).days == 14
    assert "Your link is ready" in alice_client.get(swapped["Location"]).content.decode()


def test_another_requests_link_is_not_turned_off_by_a_swap(
    alice: Any, alice_client: Client
) -> None:
    one, other = request_for(alice), request_for(alice)
    alice_client.post(reverse("reflect:share_create", args=[other.pk]), {"days": "7"})
    kept = Share.objects.get()
    alice_client.post(reverse("reflect:share_create", args=[one.pk]), {"replaces": kept.pk})
    kept.refresh_from_db()
    assert kept.is_live and Share.objects.count() == 2


def test_a_new_link_can_be_made_and_an_old_one_turned_off(alice: Any, alice_client: Client) -> None:
    ask = request_for(alice)
    alice_client.post(reverse("reflect:share_create", args=[ask.pk]), {"days": "7"})
    alice_client.post(reverse("reflect:share_create", args=[ask.pk]), {"days": "9999"})
    first, second = Share.objects.order_by("pk")
    assert (first.expires_at - first.created_at).days == 7
    assert (second.expires_at - second.created_at).days == 30  # an odd choice: the default
    response = alice_client.post(reverse("reflect:share_revoke", args=[first.pk]))
    assert response["Location"] == ask.get_absolute_url()
    first.refresh_from_db()
    assert first.revoked_at is not None and not first.is_live
    assert second.is_live
    page = alice_client.get(ask.get_absolute_url()).content.decode()
    assert "Turned off" in page and "Works" in page


def test_asking_from_a_debrief_finishes_that_rejections_mentor_step(
    alice: Any, alice_client: Client
) -> None:
    rejection = rejected_application(alice, [PRIYA])
    written = debrief(alice, rejection)
    page = alice_client.get(written.get_absolute_url()).content.decode()
    link = reverse("reflect:mentor_request_new") + f"?rejection={rejection.pk}"
    assert link in page
    dana = mentor(alice)
    compose(
        alice_client,
        {"mentor": dana.pk, "message": "Hi Dana", "days": 30, "share": "1",
         "rejection": rejection.pk},
    )  # fmt: skip
    assert MentorRequest.objects.get().rejection == rejection
    assert rejection.plan.steps.get(kind=Step.Kind.MENTOR).state == Step.State.DONE


def test_the_composer_checks_the_greeting_against_the_chosen_mentor(
    alice: Any, alice_client: Client
) -> None:
    dana = mentor(alice)
    page = alice_client.get(reverse("reflect:mentor_request_new")).content.decode()
    assert 'data-code="missing-name"' not in page
    response = compose(alice_client, {"mentor": dana.pk, "message": "Hi Sam,", "days": "x"})
    assert 'data-code="missing-name"' in response.content.decode()
    assert not MentorRequest.objects.exists()
