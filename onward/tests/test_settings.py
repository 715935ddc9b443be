"""settings.py wires the parsers up: run it in a made-up environment and look at the result.

Running the module itself (not django.conf.settings, which is set up once per process)
takes milliseconds, so every case is checked without starting a subprocess.
"""

from __future__ import annotations

import ast
import importlib
import os
import re
import runpy
import stat
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

import onward
from onward.tests.source import nodes

PACKAGE = Path(onward.__file__).resolve().parent
README = PACKAGE.parent / "README.md"
SETTINGS = PACKAGE / "settings.py"
VARIABLE = re.compile(r"\b(?:ONWARD_[A-Z0-9_<>]+|DATABASE_URL|REDIS_URL)\b")


def run_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> dict[str, Any]:
    """The settings module's names, as it computes them for this environment alone."""
    for name in list(os.environ):
        if VARIABLE.fullmatch(name):
            monkeypatch.delenv(name)
    monkeypatch.setenv("ONWARD_DATA_DIR", str(tmp_path))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def test_the_defaults_run_on_a_laptop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    names = run_settings(monkeypatch, tmp_path)
    assert names["DEBUG"] is False
    assert names["ALLOWED_HOSTS"] == ["localhost", "127.0.0.1", "[::1]"]
    assert names["CSRF_TRUSTED_ORIGINS"] == []
    assert names["SESSION_COOKIE_SECURE"] is False
    assert names["DATABASES"]["default"]["NAME"] == str(tmp_path / "onward.sqlite3")
    assert names["HUEY"]["huey_class"] == "huey.SqliteHuey"
    assert names["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert names["SESSION_ENGINE"] == "onward.core.sessions"
    assert names["EMAIL_MODE"] == "console"
    assert names["SOCIALACCOUNT_PROVIDERS"] == {}
    assert names["ONWARD_OPEN_SIGNUP"] is True
    assert names["ONWARD_DEMO_LOGIN"] is None
    assert names["USE_I18N"] is False
    assert "django.contrib.admin" not in names["INSTALLED_APPS"]


def test_the_secret_key_is_made_once_and_kept_private(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = run_settings(monkeypatch, tmp_path)["SECRET_KEY"]
    again = run_settings(monkeypatch, tmp_path)["SECRET_KEY"]
    path = tmp_path / "secret_key"
    assert len(first) > 50 and first == again == path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    given = run_settings(monkeypatch, tmp_path, ONWARD_SECRET_KEY="from-the-environment")
    assert given["SECRET_KEY"] == "from-the-environment"


def test_behind_an_https_proxy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    names = run_settings(
        monkeypatch,
        tmp_path,
        ONWARD_ALLOWED_HOSTS="onward.example.org",
        ONWARD_CSRF_TRUSTED_ORIGINS="https://onward.example.org",
        ONWARD_SECURE_COOKIES="1",
        ONWARD_SITE_URL="https://onward.example.org",
    )
    assert names["ALLOWED_HOSTS"] == ["onward.example.org"]
    assert names["CSRF_TRUSTED_ORIGINS"] == ["https://onward.example.org"]
    assert names["SESSION_COOKIE_SECURE"] is True
    assert names["CSRF_COOKIE_SECURE"] is True
    assert names["SITE_URL"] == "https://onward.example.org"


def test_social_providers_are_switched_on_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    names = run_settings(
        monkeypatch,
        tmp_path,
        ONWARD_SOCIAL_PROVIDERS="openid_connect,google,github",
        ONWARD_GITHUB_CLIENT_ID="gh-id",
        ONWARD_OIDC_SERVER_URL="https://sso.example.edu",
    )
    for provider in ["openid_connect", "google", "github"]:
        app = f"allauth.socialaccount.providers.{provider}"
        assert app in names["INSTALLED_APPS"]
        assert provider in names["SOCIALACCOUNT_PROVIDERS"]
        # The app Django will load exists, with the provider allauth looks for in it.
        assert importlib.import_module(f"{app}.provider").provider_classes
    github = names["SOCIALACCOUNT_PROVIDERS"]["github"]["APPS"][0]
    assert github["client_id"] == "gh-id"


def test_the_apps_knobs_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    names = run_settings(
        monkeypatch,
        tmp_path,
        ONWARD_REPLY_LIMIT="2",
        ONWARD_NOTIFY_REPLIES="0",
        ONWARD_SHARE_DAYS="14",
        ONWARD_WATCH_EVERY_HOURS="0.5",
        ONWARD_WATCH_ALLOW_PRIVATE_FEEDS="yes",
        ONWARD_LEVER_API="http://proxy.local/lever",
        ONWARD_FIELD_KEY="kept-apart",
        ONWARD_DEFAULT_TIME_ZONE="Europe/Berlin",
        ONWARD_DEMO_LOGIN="demo@onward.local:onward-demo",
        ONWARD_OPEN_SIGNUP="0",
        ONWARD_EMAIL="file",
        ONWARD_EMAIL_FILE_PATH=str(tmp_path / "mail"),
        ONWARD_LOG_LEVEL="info",
        ONWARD_DB_CONN_MAX_AGE="30",
    )
    assert names["ONWARD_REPLY_LIMIT"] == 2
    assert names["ONWARD_NOTIFY_REPLIES"] is False
    assert names["ONWARD_SHARE_DAYS"] == 14
    assert names["ONWARD_WATCH_EVERY_HOURS"] == 0.5
    assert names["ONWARD_ALLOW_PRIVATE_FETCH"] is True  # from its older name
    assert names["ONWARD_LEVER_API"] == "http://proxy.local/lever"
    assert names["ONWARD_FIELD_KEY"] == "kept-apart"
    assert names["ONWARD_DEFAULT_TIME_ZONE"] == "Europe/Berlin"
    assert names["ONWARD_DEMO_LOGIN"] == ("demo@onward.local", "onward-demo")
    assert names["ONWARD_OPEN_SIGNUP"] is False
    assert names["MAILERS"]["default"]["OPTIONS"] == {"file_path": str(tmp_path / "mail")}
    assert names["LOGGING"]["root"]["level"] == "INFO"
    assert names["DATABASES"]["default"]["CONN_MAX_AGE"] == 30


def test_sessions_come_from_the_cache_only_when_every_process_shares_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shared = run_settings(monkeypatch, tmp_path, REDIS_URL="redis://127.0.0.1:6379/0")
    assert shared["CACHES"]["default"]["BACKEND"].endswith("RedisCache")
    assert shared["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    alone = run_settings(monkeypatch, tmp_path)
    assert alone["SESSION_ENGINE"] == "onward.core.sessions"


def test_redis_is_an_extra_that_only_redis_url_needs() -> None:
    # Django's Redis cache and huey's RedisHuey import it when REDIS_URL asks for them.
    # The tests may use it: it is among the dev dependencies.
    importers = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if not {"tests", "e2e"} & set(path.relative_to(PACKAGE).parts)
        for node in nodes(path)
        if (
            isinstance(node, ast.Import)
            and any(a.name.split(".")[0] == "redis" for a in node.names)
        )
        or (isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "redis")
    ]
    assert importers == []


def test_redis_carries_the_queue_and_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    names = run_settings(monkeypatch, tmp_path, REDIS_URL="redis://127.0.0.1:6379/3")
    assert names["HUEY"]["huey_class"] == "huey.RedisHuey"
    assert names["CACHES"]["default"]["LOCATION"] == "redis://127.0.0.1:6379/3"


def test_a_bad_value_stops_the_app_with_its_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with pytest.raises(ImproperlyConfigured, match="ONWARD_WATCH_TIMEOUT must be a number"):
        run_settings(monkeypatch, tmp_path, ONWARD_WATCH_TIMEOUT="fast")


def test_tests_run_on_the_test_settings(settings: Any) -> None:
    assert settings.SETTINGS_MODULE == "onward.settings_test"
    assert settings.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]
    assert settings.HUEY["immediate"] is True
    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")


def test_private_fetching_is_off_unless_allowed_and_the_new_name_wins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert run_settings(monkeypatch, tmp_path)["ONWARD_ALLOW_PRIVATE_FETCH"] is False
    names = run_settings(
        monkeypatch,
        tmp_path,
        ONWARD_ALLOW_PRIVATE_FETCH="0",
        ONWARD_WATCH_ALLOW_PRIVATE_FEEDS="1",
    )
    assert names["ONWARD_ALLOW_PRIVATE_FETCH"] is False


# --- one place reads the environment, and the README lists all it reads ---------------------


def _reads_environment(path: Path) -> list[int]:
    """Lines that read os.environ or call os.getenv (not setting DJANGO_SETTINGS_MODULE)."""
    lines = []
    for node in nodes(path):
        if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv"}:
            line = path.read_text().splitlines()[node.lineno - 1]
            if 'setdefault("DJANGO_SETTINGS_MODULE"' not in line:
                lines.append(node.lineno)
    return lines


def test_only_the_settings_read_the_environment() -> None:
    allowed = {SETTINGS, PACKAGE / "settings_test.py"}
    found = {
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in PACKAGE.rglob("*.py")
        if path not in allowed
        and not {"tests", "e2e", "migrations"} & set(path.relative_to(PACKAGE).parts)
        and path.name != "conftest.py"
        for line in _reads_environment(path)
    }
    assert found == set(), "read the variable in settings.py and use django.conf.settings"


def _readme_variables() -> set[str]:
    text = README.read_text()
    section = text[text.index("## Configuration") :]
    section = section[: section.index("\n## ", 1)]
    first_cells = [row.split("|")[1] for row in section.splitlines() if row.startswith("| `")]
    return {name for cell in first_cells for name in VARIABLE.findall(cell)}


def test_the_readme_lists_every_variable_the_settings_read() -> None:
    read = set()
    for path in [SETTINGS, PACKAGE / "envparse.py"]:
        read |= set(
            re.findall(r"\"((?:ONWARD_[A-Z0-9_]+)|DATABASE_URL|REDIS_URL)\"", path.read_text())
        )
    assert len(read) > 40  # the scan found the names, not nothing
    missing = read - _readme_variables()
    assert missing == set(), "add these to the README's configuration table"


def test_the_readme_lists_the_variables_named_after_a_social_provider() -> None:
    # ONWARD_GITHUB_CLIENT_ID and the like are built from the provider's name.
    assert {"ONWARD_<PROVIDER>_CLIENT_ID", "ONWARD_<PROVIDER>_SECRET"} <= _readme_variables()


def test_the_readme_lists_no_variable_that_nothing_reads() -> None:
    source = SETTINGS.read_text() + (PACKAGE / "envparse.py").read_text()
    stale = {name for name in _readme_variables() if "<" not in name and f'"{name}"' not in source}
    assert stale == set()
