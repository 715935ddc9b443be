"""Turning the environment into settings: small pure functions, one rule each.

settings.py is the only module that reads ``os.environ``; it hands the mapping to these
functions. Each takes a mapping (or a string) and returns plain values, or raises
ImproperlyConfigured naming the variable, so a typo stops the app at start instead of
being ignored, and every rule is tested in milliseconds without Django set up.

An empty variable counts as unset everywhere: ``ONWARD_X=`` in a compose file means
"use the default", not "the empty string".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

Env = Mapping[str, str]

TRUE = frozenset({"1", "true", "yes", "on"})
FALSE = frozenset({"0", "false", "no", "off"})
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
PROVIDER = re.compile(r"^[a-z][a-z0-9_]*$")


def _raw(env: Env, name: str) -> str:
    return env.get(name, "").strip()


def text(env: Env, name: str, default: str = "") -> str:
    """The value without surrounding spaces, or the default when unset or empty."""
    return _raw(env, name) or default


def secret(env: Env, name: str, default: str = "") -> str:
    """Like text, but kept exactly as given: a password may start or end with a space."""
    return env.get(name) or default


def boolean(env: Env, name: str, default: bool = False) -> bool:
    raw = _raw(env, name).lower()
    if not raw:
        return default
    if raw in TRUE:
        return True
    if raw in FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be 1 or 0 (also true/false, yes/no, on/off), not {env[name]!r}."
    )


def integer(env: Env, name: str, default: int, *, minimum: int = 0) -> int:
    raw = _raw(env, name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be {minimum} or more, not {value}.")
    return value


def number(env: Env, name: str, default: float) -> float:
    """A positive number, fractions allowed (hours, seconds)."""
    raw = _raw(env, name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}.") from None
    if not value > 0 or value == float("inf"):
        raise ImproperlyConfigured(f"{name} must be a number above 0, not {raw!r}.")
    return value


def listing(env: Env, name: str, default: Iterable[str] = ()) -> list[str]:
    """A comma-separated list, spaces and empty items dropped."""
    raw = _raw(env, name)
    if not raw:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def choice(env: Env, name: str, default: str, choices: Iterable[str]) -> str:
    allowed = tuple(choices)
    raw = _raw(env, name)
    if not raw:
        return default
    if raw.lower() not in allowed:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(allowed)}, not {raw!r}.")
    return raw.lower()


def time_zone(env: Env, name: str, default: str) -> str:
    """An IANA time zone name such as Europe/Berlin."""
    raw = _raw(env, name)
    if not raw:
        return default
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImproperlyConfigured(
            f"{name} must be a time zone name such as Europe/Berlin, not {raw!r}."
        ) from None
    return raw


def log_level(env: Env, name: str, default: str = "WARNING") -> str:
    raw = _raw(env, name).upper()
    if not raw:
        return default
    if raw not in LOG_LEVELS:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(LOG_LEVELS)}, not {raw!r}.")
    return raw


def demo_login(value: str) -> tuple[str, str] | None:
    """ "email:password" as `make run` passes it, or None when either half is missing."""
    email, _, password = value.partition(":")
    return (email, password) if email and password else None


# --- groups of variables -----------------------------------------------------------


def parse_database(env: Env, data_dir: Path) -> dict[str, Any]:
    """DATABASE_URL (SQLite in the data folder by default) and ONWARD_DB_CONN_MAX_AGE."""
    url = text(env, "DATABASE_URL", f"sqlite:///{data_dir / 'onward.sqlite3'}")
    try:
        config: dict[str, Any] = dict(
            dj_database_url.parse(url, conn_max_age=integer(env, "ONWARD_DB_CONN_MAX_AGE", 0))
        )
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL isn't a database address: {error}") from None
    # Not every request: onward.core.transactions wraps only those that may write, so a
    # page view never waits for (or holds) a write lock.
    config["ATOMIC_REQUESTS"] = False
    # A kept connection (ONWARD_DB_CONN_MAX_AGE) is checked before a request reuses it, so
    # a database that restarted costs no one an error page (on PostgreSQL without a round
    # trip: onward.core.postgres).
    config["CONN_HEALTH_CHECKS"] = True
    if config["ENGINE"] == "django.db.backends.postgresql":
        # The same backend, checking a kept connection without a round trip.
        config["ENGINE"] = "onward.core.postgres"
    if config["ENGINE"].endswith("sqlite3"):
        # WAL: readers never wait for the writer. IMMEDIATE and a timeout: a transaction
        # takes the write lock at its start, so writers from the web processes and the
        # worker queue up for it instead of failing half-way.
        config.setdefault("OPTIONS", {})
        config["OPTIONS"].update(
            {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL;",
            }
        )
    return config


@dataclass(frozen=True)
class Social:
    """Sign-in with other accounts: the allauth provider apps and their settings."""

    providers: list[str] = field(default_factory=list)
    apps: list[str] = field(default_factory=list)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)


def parse_social(env: Env) -> Social:
    """ONWARD_SOCIAL_PROVIDERS="google,github,openid_connect" switches each on.

    Each provider NAME takes ONWARD_<NAME>_CLIENT_ID and ONWARD_<NAME>_SECRET; OpenID
    Connect takes ONWARD_OIDC_* instead, as it names one server rather than a company.
    """
    providers = [name.lower() for name in listing(env, "ONWARD_SOCIAL_PROVIDERS")]
    for name in providers:
        if not PROVIDER.match(name):
            raise ImproperlyConfigured(
                f"ONWARD_SOCIAL_PROVIDERS must list allauth provider names such as "
                f"google or openid_connect, not {name!r}."
            )
    providers = list(dict.fromkeys(providers))
    settings: dict[str, dict[str, Any]] = {}
    for name in providers:
        if name == "openid_connect":
            app: dict[str, Any] = {
                "provider_id": text(env, "ONWARD_OIDC_ID", "oidc"),
                "name": text(env, "ONWARD_OIDC_NAME", "Single sign-on"),
                "client_id": text(env, "ONWARD_OIDC_CLIENT_ID"),
                "secret": secret(env, "ONWARD_OIDC_SECRET"),
                "settings": {"server_url": text(env, "ONWARD_OIDC_SERVER_URL")},
            }
        else:
            prefix = f"ONWARD_{name.upper()}"
            app = {
                "client_id": text(env, f"{prefix}_CLIENT_ID"),
                "secret": secret(env, f"{prefix}_SECRET"),
            }
        settings[name] = {"APPS": [app]}
    return Social(
        providers=providers,
        apps=[f"allauth.socialaccount.providers.{name}" for name in providers],
        settings=settings,
    )


MAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    # Django's, told whether a failure came before or after the server had the message.
    "smtp": "onward.lib.smtp.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}


@dataclass(frozen=True)
class Mail:
    mode: str
    backend: str
    options: dict[str, Any]

    @property
    def mailers(self) -> dict[str, dict[str, Any]]:
        """Django's MAILERS setting."""
        return {"default": {"BACKEND": self.backend, "OPTIONS": self.options}}


def parse_mail(env: Env, data_dir: Path) -> Mail:
    """ONWARD_EMAIL: the console by default, a folder of .eml files ("file"), SMTP, or
    a backend's dotted path; the ONWARD_EMAIL_* details for the chosen one."""
    mode = text(env, "ONWARD_EMAIL", "console")
    if mode.lower() in MAIL_BACKENDS:
        mode = mode.lower()
    elif "." not in mode:
        raise ImproperlyConfigured(
            f"ONWARD_EMAIL must be one of {', '.join(MAIL_BACKENDS)} or a backend's "
            f"dotted path, not {mode!r}."
        )
    options: dict[str, Any] = {}
    if mode == "file":
        options = {"file_path": text(env, "ONWARD_EMAIL_FILE_PATH", str(data_dir / "sent-mail"))}
    elif mode == "smtp":
        use_tls = boolean(env, "ONWARD_EMAIL_USE_TLS")
        use_ssl = boolean(env, "ONWARD_EMAIL_USE_SSL")
        if use_tls and use_ssl:
            raise ImproperlyConfigured(
                "Set ONWARD_EMAIL_USE_TLS or ONWARD_EMAIL_USE_SSL, not both: "
                "TLS upgrades a plain connection (port 587), SSL starts encrypted (port 465)."
            )
        options = {
            "host": text(env, "ONWARD_EMAIL_HOST", "localhost"),
            "port": integer(env, "ONWARD_EMAIL_PORT", 25, minimum=1),
            "username": text(env, "ONWARD_EMAIL_USER"),
            "password": secret(env, "ONWARD_EMAIL_PASSWORD"),
            "use_tls": use_tls,
            "use_ssl": use_ssl,
            "timeout": 30,
        }
    return Mail(mode=mode, backend=MAIL_BACKENDS.get(mode, mode), options=options)


def parse_cache(redis_url: str) -> dict[str, dict[str, str]]:
    """The cache holds rate limits (mentor replies); Redis shares them across processes."""
    if redis_url:
        return {
            "default": {
                "BACKEND": "onward.core.rediscache.RedisCache",
                "LOCATION": redis_url,
            }
        }
    return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def parse_huey(env: Env, data_dir: Path, redis_url: str) -> dict[str, Any]:
    """The background worker: SQLite on one machine, Redis when REDIS_URL is set."""
    consumer = {
        "workers": integer(env, "ONWARD_WORKERS", 2, minimum=1),
        "worker_type": "thread",
    }
    if redis_url:
        return {
            "huey_class": "huey.RedisHuey",
            "name": "onward",
            "url": redis_url,
            "immediate": False,
            "consumer": consumer,
        }
    return {
        "huey_class": "huey.SqliteHuey",
        "name": "onward",
        "filename": str(data_dir / "huey.sqlite3"),
        "immediate": False,
        "consumer": consumer,
    }
