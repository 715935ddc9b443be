"""Settings → Your data in the browser: download, upload with a preview, and leaving."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from onward.people.models import Company, Person
from onward.portability import export, importer
from onward.portability.forms import MAX_BYTES
from onward.test import PASSWORD, UserFactory

from .helpers import everything

pytestmark = pytest.mark.django_db


def signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def upload(client: Client, data: bytes, name: str = "onward.json") -> Any:
    return client.post(
        reverse("portability:import_preview"), {"file": SimpleUploadedFile(name, data)}
    )


def test_download_everything_gives_the_json_export(alice: Any, alice_client: Client) -> None:
    everything(alice)
    response = alice_client.get(reverse("portability:download_json"))
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="onward-export-')
    document = json.loads(response.content)
    assert document["version"] == export.VERSION
    assert document["tables"] == json.loads(export.to_json(export.build(alice)))["tables"]
    assert [r["author"] for r in document["tables"]["reflect.mentorreply"]] == [None, "me"]


def test_the_spreadsheets_are_a_zip_of_csv_files(alice: Any, alice_client: Client) -> None:
    everything(alice)
    response = alice_client.get(reverse("portability:download_csv"))
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "people.person.csv" in names and "pipeline.application.csv" in names


def test_an_upload_shows_what_it_holds_and_imports_only_when_asked(alice: Any) -> None:
    everything(alice)
    data = export.to_json(export.build(alice))
    newcomer = UserFactory.create()
    client = signed_in(newcomer)

    preview = upload(client, data)
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "4 people" in page and "1 application" in page and "Import all of it" in page
    assert importer.holdings(newcomer) == {}  # nothing yet

    done = client.post(reverse("portability:import_confirm"))
    assert done.status_code == 302 and done["Location"] == reverse("plans:today")
    assert Person.objects.filter(user=newcomer).count() == 4
    said = [str(m) for m in done.wsgi_request._messages]  # type: ignore[attr-defined]
    assert "add it again" in said[-1]
    again = client.post(reverse("portability:import_confirm"))  # the upload is used up
    assert "expired" in str(list(again.wsgi_request._messages))  # type: ignore[attr-defined]
    assert Person.objects.filter(user=newcomer).count() == 4


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"company,role\nAcme,Analyst\n", "jobs.csv", "Choose the .json file"),
        (b"PK\x03\x04zipzip", "onward.json", "compressed file"),
        (b"{oops", "onward.json", "isn&#x27;t readable JSON"),
        (b'{"format": "onward-export", "version": 7}', "onward.json", "newer Onward"),
        (b"\xff\xfe\x00bin", "onward.json", "isn&#x27;t text"),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_imports_nothing(
    bob: Any, bob_client: Client, data: bytes, name: str, message: str
) -> None:
    response = upload(bob_client, data, name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert importer.holdings(bob) == {}


def test_a_file_over_50_mb_is_refused(bob: Any, bob_client: Client) -> None:
    response = upload(bob_client, b" " * (MAX_BYTES + 1))
    assert response.status_code == 400
    assert "at most 50 MB" in response.content.decode()


def test_an_account_with_data_is_told_why_it_cant_import(alice: Any, bob: Any) -> None:
    everything(alice)
    Company.objects.create(user=bob, name="Bob's own")
    response = upload(signed_in(bob), export.to_json(export.build(alice)))
    assert response.status_code == 400
    assert "already has data" in response.content.decode()
    assert list(Company.objects.filter(user=bob).values_list("name", flat=True)) == ["Bob's own"]


def test_deleting_needs_the_password(alice: Any, alice_client: Client) -> None:
    everything(alice)
    response = alice_client.post(reverse("portability:delete"), {"password": "wrong"})
    assert response.status_code == 400
    assert "That isn&#x27;t your password. Nothing was deleted." in response.content.decode()
    assert get_user_model().objects.filter(pk=alice.pk).exists()


def test_the_delete_page_offers_the_export_first(alice_client: Client) -> None:
    page = alice_client.get(reverse("portability:delete")).content.decode()
    assert reverse("portability:download_json") in page


def test_deleting_with_the_password_signs_out_and_removes_everything(
    alice: Any, alice_client: Client
) -> None:
    world = everything(alice)
    response = alice_client.post(reverse("portability:delete"), {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("core:landing")
    assert not get_user_model().objects.filter(pk=alice.pk).exists()
    feed = alice_client.get(reverse("insights:calendar_feed", args=[world.feed_token]))
    assert feed.status_code == 404
    assert alice_client.get(reverse("plans:today")).status_code == 302  # signed out


def test_a_social_account_must_sign_in_again_before_deleting() -> None:
    user = UserFactory.create()
    user.set_unusable_password()
    user.save()
    SocialAccount.objects.create(user=user, provider="github", uid="42")
    client = signed_in(user)  # force_login records no recent sign-in
    response = client.post(reverse("portability:delete"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert get_user_model().objects.filter(pk=user.pk).exists()
