"""Upload and paste read what they can: one broken message is skipped and counted, the rest
of the mbox comes in (as with `onward import-mail`), and nothing answers with an error page."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from onward.inbox.models import ImportedMessage
from onward.inbox.reading import MAX_MESSAGE_BYTES

from .mails import human, mbox, raw
from .test_hostile_mail import HOSTILE_MAIL

pytestmark = pytest.mark.django_db

BROKEN_SUBJECT = "=?utf-8?B?!!!notbase64?="
# Found by the security review: each made the upload answer 500 and drop what followed.
REVIEWED = {
    "a broken encoded word": raw(subject=BROKEN_SUBJECT, message_id="<bad-subject@x.example>"),
    "a NUL in the charset": raw(
        content_type='text/plain; charset="ut\x00f8"', message_id="<nul@x.example>"
    ),
    "parts nested 5,000 deep": b"From: a@b.example\nSubject: deep\nMessage-ID: <deep@x>\n"
    + b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (n, n) for n in range(5000)
    )
    + b"Content-Type: text/plain\n\nburied\n",
    "a date past the year 9999": raw(subject="Far future", message_id="<future@x.example>").replace(
        b"Date: ", b"Date: Fri, 31 Dec 9999 23:59:59 -2359\nX-Old-Date: "
    ),
}


def upload(client: Client, name: str, data: bytes) -> str:
    response = client.post(
        reverse("inbox:upload"), {"upload": [SimpleUploadedFile(name, data)]}, follow=True
    )
    assert response.status_code == 200
    return response.content.decode()


def subjects(user: Any) -> set[str]:
    return set(ImportedMessage.objects.filter(user=user).values_list("subject", flat=True))


def test_a_broken_subject_in_an_mbox_keeps_its_neighbours(alice: Any, alice_client: Client) -> None:
    box = mbox(
        human(message_id="<before@acme.example>"),
        REVIEWED["a broken encoded word"],
        human(message_id="<after@acme.example>"),
    )
    page = upload(alice_client, "mixed.mbox", box)
    assert "Read 3 emails" in page
    assert ImportedMessage.objects.filter(user=alice).count() == 3
    assert BROKEN_SUBJECT in subjects(alice)  # shown as written


@pytest.mark.parametrize("data", REVIEWED.values(), ids=REVIEWED.keys())
def test_each_message_the_review_broke_the_upload_with_is_read(
    alice: Any, alice_client: Client, data: bytes
) -> None:
    page = upload(alice_client, "one.eml", data)
    assert "Read 1 email" in page


def test_an_mbox_of_hostile_mail_is_read_or_skipped_and_counted(
    alice: Any, alice_client: Client
) -> None:
    good = human(message_id="<last@acme.example>")
    box = mbox(*HOSTILE_MAIL.values(), *REVIEWED.values(), good)
    page = upload(alice_client, "hostile.mbox", box)
    assert "Data Analyst - final round" in subjects(alice)
    read = len(HOSTILE_MAIL) + len(REVIEWED) + 1
    skipped = page.count("Skipped hostile.mbox, message")
    assert f"Read {read - skipped} emails" in page
    if skipped:
        assert f"{skipped} couldn&#x27;t be read (skipped, see below)" in page


def test_paste_reads_an_email_with_a_broken_subject(alice: Any, alice_client: Client) -> None:
    pasted = (
        human(message_id="<pasted@acme.example>")
        .decode()
        .replace("Subject: Data Analyst - final round", f"Subject: {BROKEN_SUBJECT}")
    )
    response = alice_client.post(reverse("inbox:paste"), {"text": pasted}, follow=True)
    assert response.status_code == 200
    assert subjects(alice) == {BROKEN_SUBJECT}


def test_an_upload_past_the_limit_is_refused_in_words(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.ONWARD_UPLOAD_MAX_BYTES = 2 * 1024 * 1024
    files = [SimpleUploadedFile(f"{n}.eml", human() + b"x" * 1024 * 1024) for n in range(3)]
    response = alice_client.post(reverse("inbox:upload"), {"upload": files})
    assert response.status_code == 200
    page = response.content.decode()
    assert "more than 2 MB, the most this page takes at once" in page
    assert "onward import-mail" in page
    assert not ImportedMessage.objects.exists()


def test_a_message_cut_short_says_how_large_it_was(alice: Any, alice_client: Client) -> None:
    attachment = b"QUFB\n" * (MAX_MESSAGE_BYTES // 4)  # about 2.5 MB of base64
    big = human().replace(b"Content-Type: text/plain; charset=utf-8\n", b"") + attachment
    page = upload(alice_client, "big.eml", big)
    assert "Read 1 email" in page
    assert "big.eml: very large (3 MB): only its beginning was read, attachments skipped." in page
