"""What an instance hosted for other people needs: private files, strict headers, and the
switches an operator turns on behind HTTPS (each listed in the README's Security part)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from .test_settings import README, run_settings


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_folder_and_what_is_made_in_it_are_private(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = tmp_path / "var"
    run_settings(monkeypatch, data)
    assert mode(data) == 0o700
    assert mode(data / "secret_key") == 0o600
    database = data / "onward.sqlite3"
    database.touch()  # as SQLite does, with the process's umask
    assert mode(database) & 0o077 == 0


def test_https_switches_are_off_on_a_laptop_and_on_when_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    laptop = run_settings(monkeypatch, tmp_path)
    assert laptop["SECURE_HSTS_SECONDS"] == 0
    assert "SECURE_PROXY_SSL_HEADER" not in laptop
    assert "testserver" not in laptop["ALLOWED_HOSTS"]
    hosted = run_settings(
        monkeypatch, tmp_path, ONWARD_HSTS_SECONDS="31536000", ONWARD_TRUST_X_FORWARDED_PROTO="1"
    )
    assert hosted["SECURE_HSTS_SECONDS"] == 31536000
    assert hosted["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


@pytest.mark.django_db
def test_pages_refuse_powerful_browser_features(client: Client) -> None:
    response = client.get(reverse("account_login"))
    policy = {part.strip() for part in response["Permissions-Policy"].split(",")}
    assert {"camera=()", "microphone=()", "geolocation=()"} <= policy
    assert response["Content-Security-Policy"].startswith("default-src 'self'")


@pytest.mark.django_db
@override_settings(
    SECURE_HSTS_SECONDS=3600, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")
)
def test_behind_an_https_proxy_pages_ask_browsers_to_stay_on_https(client: Client) -> None:
    over_https = client.get(reverse("account_login"), headers={"x-forwarded-proto": "https"})
    assert over_https["Strict-Transport-Security"] == "max-age=3600"
    plain = client.get(reverse("account_login"))
    assert "Strict-Transport-Security" not in plain


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_there_is_no_admin_sign_in_to_guess_passwords_at(
    client: Client, alice_client: Client, method: str
) -> None:
    # Every sign-in goes through allauth's form, with its rate limits and lockout.
    for who in (client, alice_client):
        answer = getattr(who, method)("/admin/login/", {"username": "admin", "password": "x"})
        assert answer.status_code == 404


def test_the_readme_tells_an_operator_what_to_set() -> None:
    security = README.read_text().split("### Security", 1)[1].split("\n## ", 1)[0]
    for variable in (
        "ONWARD_SECURE_COOKIES",
        "ONWARD_HSTS_SECONDS",
        "ONWARD_TRUST_X_FORWARDED_PROTO",
        "ONWARD_ALLOWED_HOSTS",
        "ONWARD_CSRF_TRUSTED_ORIGINS",
        "ONWARD_EMAIL_VERIFICATION",
        "REDIS_URL",
    ):
        assert variable in security
