"""The environment parsers: pure functions, so each rule is checked on a plain dict."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from onward import envparse as parse

DATA = Path("/srv/onward")


# --- single values -----------------------------------------------------------------


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", " yes ", "on", "On"])
def test_a_boolean_is_on_for_every_usual_spelling(raw: str) -> None:
    assert parse.boolean({"X": raw}, "X") is True


@pytest.mark.parametrize("raw", ["0", "false", "False", "no", "off"])
def test_a_boolean_is_off_for_every_usual_spelling(raw: str) -> None:
    assert parse.boolean({"X": raw}, "X", default=True) is False


@pytest.mark.parametrize("env", [{}, {"X": ""}, {"X": "  "}])
def test_an_unset_or_empty_boolean_is_the_default(env: dict[str, str]) -> None:
    assert parse.boolean(env, "X", default=True) is True
    assert parse.boolean(env, "X") is False


def test_a_misspelt_boolean_stops_the_app_naming_the_variable() -> None:
    with pytest.raises(ImproperlyConfigured, match=r"ONWARD_DEBUG must be 1 or 0.*'ture'"):
        parse.boolean({"ONWARD_DEBUG": "ture"}, "ONWARD_DEBUG")


def test_an_integer_is_read_and_an_empty_one_is_the_default() -> None:
    assert parse.integer({"N": " 42 "}, "N", 7) == 42
    assert parse.integer({"N": ""}, "N", 7) == 7
    assert parse.integer({}, "N", 7) == 7


@pytest.mark.parametrize("raw", ["ten", "4.5", "1e3", "5 MB"])
def test_an_integer_that_is_not_one_names_the_variable(raw: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="ONWARD_REPLY_LIMIT must be a whole number"):
        parse.integer({"ONWARD_REPLY_LIMIT": raw}, "ONWARD_REPLY_LIMIT", 5)


def test_an_integer_below_its_minimum_is_refused() -> None:
    with pytest.raises(ImproperlyConfigured, match="ONWARD_WORKERS must be 1 or more, not 0"):
        parse.integer({"ONWARD_WORKERS": "0"}, "ONWARD_WORKERS", 2, minimum=1)
    with pytest.raises(ImproperlyConfigured, match="must be 0 or more, not -1"):
        parse.integer({"N": "-1"}, "N", 2)
    assert parse.integer({"N": "0"}, "N", 2) == 0


def test_a_number_may_have_a_fraction() -> None:
    assert parse.number({"H": "0.5"}, "H", 6) == 0.5
    assert parse.number({"H": "12"}, "H", 6) == 12.0
    assert parse.number({}, "H", 6) == 6


@pytest.mark.parametrize("raw", ["0", "-1", "soon", "nan", "inf"])
def test_a_number_must_be_above_zero_and_finite(raw: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="ONWARD_WATCH_EVERY_HOURS must be a number"):
        parse.number({"ONWARD_WATCH_EVERY_HOURS": raw}, "ONWARD_WATCH_EVERY_HOURS", 6)


def test_a_list_is_split_on_commas_and_tidied() -> None:
    assert parse.listing({"L": " a.example , b.example,,"}, "L") == ["a.example", "b.example"]
    assert parse.listing({"L": ""}, "L", ["localhost"]) == ["localhost"]
    assert parse.listing({}, "L") == []


def test_text_is_stripped_but_a_secret_is_kept_as_given() -> None:
    env = {"T": "  https://onward.example  ", "S": " pass word "}
    assert parse.text(env, "T") == "https://onward.example"
    assert parse.text({}, "T", "fallback") == "fallback"
    assert parse.secret(env, "S") == " pass word "
    assert parse.secret({"S": ""}, "S", "fallback") == "fallback"


def test_a_choice_is_one_of_its_options() -> None:
    options = ["mandatory", "optional", "none"]
    assert parse.choice({"V": "Mandatory"}, "V", "optional", options) == "mandatory"
    assert parse.choice({}, "V", "optional", options) == "optional"
    with pytest.raises(ImproperlyConfigured, match="V must be one of mandatory, optional, none"):
        parse.choice({"V": "always"}, "V", "optional", options)


def test_a_time_zone_must_exist() -> None:
    assert parse.time_zone({"TZ": "Europe/Berlin"}, "TZ", "UTC") == "Europe/Berlin"
    assert parse.time_zone({}, "TZ", "UTC") == "UTC"
    with pytest.raises(ImproperlyConfigured, match="ONWARD_TIME_ZONE must be a time zone name"):
        parse.time_zone({"ONWARD_TIME_ZONE": "Mars/Olympus"}, "ONWARD_TIME_ZONE", "UTC")


def test_a_log_level_is_one_of_pythons() -> None:
    assert parse.log_level({"L": "info"}, "L") == "INFO"
    assert parse.log_level({}, "L") == "WARNING"
    with pytest.raises(ImproperlyConfigured, match="L must be one of DEBUG"):
        parse.log_level({"L": "loud"}, "L")


def test_the_demo_login_needs_both_halves() -> None:
    assert parse.demo_login("demo@onward.local:onward-demo") == (
        "demo@onward.local",
        "onward-demo",
    )
    assert parse.demo_login("demo@x.example:pass:word") == ("demo@x.example", "pass:word")
    assert parse.demo_login("demo@onward.local") is None
    assert parse.demo_login(":secret") is None
    assert parse.demo_login("") is None


# --- the database ---------------------------------------------------------------------


def test_the_database_is_sqlite_in_the_data_folder_by_default() -> None:
    config = parse.parse_database({}, DATA)
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == "/srv/onward/onward.sqlite3"
    assert config["ATOMIC_REQUESTS"] is False  # onward.core.transactions wraps writes
    assert config["CONN_MAX_AGE"] == 0
    # The web server and the worker share the file: writers wait instead of failing.
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]


def test_a_database_url_picks_postgres_and_keeps_connections_when_asked() -> None:
    env = {"DATABASE_URL": "postgres://me:pw@db:5432/onward", "ONWARD_DB_CONN_MAX_AGE": "60"}
    config = parse.parse_database(env, DATA)
    # Django's backend, its health check made without a round trip.
    assert config["ENGINE"] == "onward.core.postgres"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db", 5432, "onward")
    assert config["CONN_MAX_AGE"] == 60
    assert config["CONN_HEALTH_CHECKS"] is True
    assert config["ATOMIC_REQUESTS"] is False  # onward.core.transactions wraps writes
    assert "transaction_mode" not in config.get("OPTIONS", {})


def test_a_database_url_of_an_unknown_kind_names_the_variable() -> None:
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        parse.parse_database({"DATABASE_URL": "mongo://db/onward"}, DATA)


# --- sign-in with other accounts ---------------------------------------------------------


def test_no_social_providers_by_default() -> None:
    social = parse.parse_social({})
    assert (social.providers, social.apps, social.settings) == ([], [], {})


def test_each_social_provider_adds_its_allauth_app_and_keys() -> None:
    env = {
        "ONWARD_SOCIAL_PROVIDERS": "google, GitHub",
        "ONWARD_GOOGLE_CLIENT_ID": "g-id",
        "ONWARD_GOOGLE_SECRET": "g-secret",
        "ONWARD_GITHUB_CLIENT_ID": "h-id",
    }
    social = parse.parse_social(env)
    assert social.apps == [
        "allauth.socialaccount.providers.google",
        "allauth.socialaccount.providers.github",
    ]
    assert social.settings["google"] == {"APPS": [{"client_id": "g-id", "secret": "g-secret"}]}
    assert social.settings["github"] == {"APPS": [{"client_id": "h-id", "secret": ""}]}


def test_openid_connect_names_one_server_from_the_oidc_variables() -> None:
    env = {
        "ONWARD_SOCIAL_PROVIDERS": "openid_connect",
        "ONWARD_OIDC_SERVER_URL": "https://sso.example.edu/realms/staff",
        "ONWARD_OIDC_CLIENT_ID": "onward",
        "ONWARD_OIDC_SECRET": "s3cret",
        "ONWARD_OIDC_ID": "campus",
        "ONWARD_OIDC_NAME": "Campus sign-in",
    }
    social = parse.parse_social(env)
    assert social.apps == ["allauth.socialaccount.providers.openid_connect"]
    assert social.settings["openid_connect"] == {
        "APPS": [
            {
                "provider_id": "campus",
                "name": "Campus sign-in",
                "client_id": "onward",
                "secret": "s3cret",
                "settings": {"server_url": "https://sso.example.edu/realms/staff"},
            }
        ]
    }


def test_openid_connect_has_a_name_and_id_of_its_own_by_default() -> None:
    app = parse.parse_social({"ONWARD_SOCIAL_PROVIDERS": "openid_connect"}).settings[
        "openid_connect"
    ]["APPS"][0]
    assert (app["provider_id"], app["name"]) == ("oidc", "Single sign-on")


def test_a_provider_listed_twice_is_installed_once() -> None:
    social = parse.parse_social({"ONWARD_SOCIAL_PROVIDERS": "github,github"})
    assert social.apps == ["allauth.socialaccount.providers.github"]


@pytest.mark.parametrize("bad", ["google;github", "../evil", "allauth.socialaccount", "1up"])
def test_a_provider_name_that_cannot_be_one_is_refused(bad: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="ONWARD_SOCIAL_PROVIDERS"):
        parse.parse_social({"ONWARD_SOCIAL_PROVIDERS": bad})


# --- mail ------------------------------------------------------------------------------


def test_mail_goes_to_the_console_by_default() -> None:
    mail = parse.parse_mail({}, DATA)
    assert mail.mode == "console"
    assert mail.mailers == {
        "default": {"BACKEND": "django.core.mail.backends.console.EmailBackend", "OPTIONS": {}}
    }


def test_file_mail_goes_to_a_folder_in_the_data_folder_unless_told() -> None:
    mail = parse.parse_mail({"ONWARD_EMAIL": "file"}, DATA)
    assert mail.backend == "django.core.mail.backends.filebased.EmailBackend"
    assert mail.options == {"file_path": "/srv/onward/sent-mail"}
    told = parse.parse_mail({"ONWARD_EMAIL": "file", "ONWARD_EMAIL_FILE_PATH": "/tmp/m"}, DATA)
    assert told.options == {"file_path": "/tmp/m"}


def test_smtp_takes_its_server_and_login_from_the_environment() -> None:
    env = {
        "ONWARD_EMAIL": "SMTP",
        "ONWARD_EMAIL_HOST": "mail.example.org",
        "ONWARD_EMAIL_PORT": "587",
        "ONWARD_EMAIL_USER": "onward",
        "ONWARD_EMAIL_PASSWORD": "pw ",
        "ONWARD_EMAIL_USE_TLS": "yes",
    }
    mail = parse.parse_mail(env, DATA)
    assert mail.backend == "onward.lib.smtp.EmailBackend"
    assert mail.options == {
        "host": "mail.example.org",
        "port": 587,
        "username": "onward",
        "password": "pw ",
        "use_tls": True,
        "use_ssl": False,
        "timeout": 30,
    }


def test_smtp_defaults_to_the_local_server() -> None:
    options = parse.parse_mail({"ONWARD_EMAIL": "smtp"}, DATA).options
    assert (options["host"], options["port"], options["use_tls"]) == ("localhost", 25, False)


def test_smtp_with_both_tls_and_ssl_is_refused() -> None:
    env = {"ONWARD_EMAIL": "smtp", "ONWARD_EMAIL_USE_TLS": "1", "ONWARD_EMAIL_USE_SSL": "1"}
    with pytest.raises(ImproperlyConfigured, match="ONWARD_EMAIL_USE_TLS or ONWARD_EMAIL_USE_SSL"):
        parse.parse_mail(env, DATA)


def test_a_bad_smtp_port_names_the_variable() -> None:
    with pytest.raises(ImproperlyConfigured, match="ONWARD_EMAIL_PORT"):
        parse.parse_mail({"ONWARD_EMAIL": "smtp", "ONWARD_EMAIL_PORT": "smtp"}, DATA)


def test_mail_may_name_any_backend_by_its_dotted_path() -> None:
    mail = parse.parse_mail({"ONWARD_EMAIL": "anymail.backends.postmark.EmailBackend"}, DATA)
    assert mail.backend == "anymail.backends.postmark.EmailBackend"


def test_an_unknown_mail_mode_is_refused() -> None:
    with pytest.raises(ImproperlyConfigured, match="ONWARD_EMAIL must be one of console"):
        parse.parse_mail({"ONWARD_EMAIL": "pigeon"}, DATA)


# --- the worker and the cache -------------------------------------------------------------


def test_the_worker_queue_is_sqlite_in_the_data_folder_without_redis() -> None:
    huey = parse.parse_huey({}, DATA, "")
    assert huey["huey_class"] == "huey.SqliteHuey"
    assert huey["filename"] == "/srv/onward/huey.sqlite3"
    assert huey["immediate"] is False
    assert huey["consumer"] == {"workers": 2, "worker_type": "thread"}


def test_the_worker_queue_is_redis_when_redis_url_is_set() -> None:
    huey = parse.parse_huey({"ONWARD_WORKERS": "4"}, DATA, "redis://cache:6379/0")
    assert huey["huey_class"] == "huey.RedisHuey"
    assert huey["url"] == "redis://cache:6379/0"
    assert huey["consumer"]["workers"] == 4


def test_the_worker_needs_at_least_one_thread() -> None:
    with pytest.raises(ImproperlyConfigured, match="ONWARD_WORKERS must be 1 or more"):
        parse.parse_huey({"ONWARD_WORKERS": "0"}, DATA, "")


def test_the_cache_is_shared_through_redis_only_when_there_is_one() -> None:
    assert parse.parse_cache("")["default"]["BACKEND"].endswith("LocMemCache")
    redis = parse.parse_cache("redis://cache:6379/1")["default"]
    assert redis == {
        "BACKEND": "onward.core.rediscache.RedisCache",  # Django's, keeping its client
        "LOCATION": "redis://cache:6379/1",
    }
