"""Who may call the API: a token or the signed-in browser; a read-only token only reads."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import Client

from onward.api import tokens
from onward.api.auth import READ_ONLY
from onward.people.models import Person

from .conftest import Api

pytestmark = pytest.mark.django_db


def test_no_token_is_a_401_in_json_not_a_sign_in_page(client: Client) -> None:
    response = client.get("/api/applications")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "personal access token" in response.json()["detail"]


def test_a_revoked_token_is_refused(alice: User) -> None:
    new = tokens.create_token(alice, "old script")
    tokens.revoke(new.token)
    assert Api(new.secret).get("/people").status_code == 401


def test_a_token_of_a_deactivated_account_is_refused(alice: User) -> None:
    new = tokens.create_token(alice, "script")
    alice.is_active = False
    alice.save()
    assert Api(new.secret).get("/people").status_code == 401


def test_a_read_only_token_reads_but_cannot_write(reader: Api, alice: User) -> None:
    person = Person.objects.create(user=alice, name="Dana Li")
    assert reader.get(f"/people/{person.pk}").json()["name"] == "Dana Li"
    for method, path, body in [
        ("post", "/people", {"name": "Ana"}),
        ("patch", f"/people/{person.pk}", {"name": "Dana"}),
        ("delete", f"/people/{person.pk}", None),
    ]:
        response = reader.send(method, path, body)
        assert response.status_code == 403, method
        assert response.json()["detail"] == READ_ONLY
    assert list(Person.objects.values_list("name", flat=True)) == ["Dana Li"]


def test_the_signed_in_browser_can_use_the_api(alice_client: Client) -> None:
    created = alice_client.post(
        "/api/people", {"name": "Ana Ruiz"}, content_type="application/json"
    )
    assert created.status_code == 201
    assert alice_client.get("/api/people").json()["count"] == 1


def test_the_browser_must_pass_the_csrf_check_to_write(alice: User) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(alice)
    assert browser.get("/api/people").status_code == 200
    refused = browser.post("/api/people", {"name": "Ana"}, content_type="application/json")
    assert refused.status_code == 403
    assert not Person.objects.exists()
    browser.get("/settings/api/")  # the page sets the CSRF cookie
    token = browser.cookies["csrftoken"].value
    allowed = browser.post(
        "/api/people", {"name": "Ana"}, content_type="application/json",
        headers={"X-CSRFToken": token},
    )  # fmt: skip
    assert allowed.status_code == 201


def test_a_token_needs_no_csrf_token(alice: User) -> None:
    secret = tokens.create_token(alice, "script").secret
    script = Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {secret}"})
    response = script.post("/api/people", {"name": "Ana"}, content_type="application/json")
    assert response.status_code == 201


def test_the_schema_is_openapi_3_and_names_the_bearer_scheme(client: Client) -> None:
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    schemes = schema["components"]["securitySchemes"]
    assert schemes["TokenAuth"] == {"type": "http", "scheme": "bearer"}
    assert "/api/applications/{id}" in schema["paths"]


def test_the_docs_page_loads_everything_from_this_install(client: Client) -> None:
    response = client.get("/api/docs/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert "/static/ninja/swagger-ui-init.js" in page
    assert "cdn" not in page.lower() and "https://" not in page
    # The settings travel as JSON data, not as an inline script the CSP would block.
    assert "<script>" not in page
    assert "default-src 'self'" in response["Content-Security-Policy"]
    settings_json = page.split('id="swagger-settings">')[1].split("</script>")[0]
    assert json.loads(settings_json)["url"] == "/api/openapi.json"
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200


def test_a_token_speaks_in_its_users_time_zone(alice: User) -> None:
    # Late evening in Auckland is already tomorrow there: "today" is alice's, not the server's.
    from onward.accounts.prefs import preferences_for

    prefs = preferences_for(alice)
    prefs.time_zone = "Pacific/Auckland"
    prefs.save()
    secret = tokens.create_token(alice, "script").secret
    with time_machine.travel(dt.datetime(2026, 3, 10, 12, 30, tzinfo=dt.UTC), tick=False):
        made = Api(secret).post(
            "/applications", {"company": "Acme", "role": "Analyst", "applied_on": "2026-03-11"}
        )
    assert made.status_code == 201  # 11 March in Auckland: not a date in the future
