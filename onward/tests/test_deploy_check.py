"""Django's deployment checklist passes with the production settings the README lists
("Running it for many people"): `manage.py check --deploy` reports nothing at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The README's production example, with a made-up host and a key of the right strength.
PRODUCTION = {
    "ONWARD_SECRET_KEY": "x7Kq2-LmV9pR4tY8wZ1nB6cF3hJ5sD0gA-eUoIiPaQ_zXvNbMcWlEk",
    "ONWARD_ALLOWED_HOSTS": "onward.example.org",
    "ONWARD_CSRF_TRUSTED_ORIGINS": "https://onward.example.org",
    "ONWARD_SITE_URL": "https://onward.example.org",
    "ONWARD_SECURE_COOKIES": "1",
    "ONWARD_SSL_REDIRECT": "1",
    "ONWARD_TRUST_X_FORWARDED_PROTO": "1",
    "ONWARD_HSTS_SECONDS": "31536000",
    "ONWARD_EMAIL": "smtp",
    "ONWARD_EMAIL_HOST": "mail.example.org",
    "ONWARD_EMAIL_PORT": "587",
    "ONWARD_EMAIL_USE_TLS": "1",
}


def _check_deploy(tmp_path: Path, extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONWARD_")}
    env.update(DJANGO_SETTINGS_MODULE="onward.settings", ONWARD_DATA_DIR=str(tmp_path), **extra)
    env.pop("DATABASE_URL", None)
    # Set by the browser tests in this same process; no deployment has it.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_nothing_with_the_production_settings(tmp_path: Path) -> None:
    result = _check_deploy(tmp_path, PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_speaks_up_when_https_is_left_out(tmp_path: Path) -> None:
    without_https = {
        k: v
        for k, v in PRODUCTION.items()
        if k not in {"ONWARD_SSL_REDIRECT", "ONWARD_HSTS_SECONDS"}
    }
    result = _check_deploy(tmp_path, without_https)
    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS" in result.stderr
    assert "SECURE_SSL_REDIRECT" in result.stderr
