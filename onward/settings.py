"""Every knob comes from the environment; the defaults run on a laptop with SQLite."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("ONWARD_DATA_DIR", BASE_DIR / "var"))
TESTING = "pytest" in sys.modules or os.environ.get("ONWARD_TESTING") == "1"


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _secret_key() -> str:
    # A self-hosted install should not need a setup step, so a key is made once
    # and kept beside the database instead of shipping a shared default.
    if key := os.environ.get("ONWARD_SECRET_KEY"):
        return key
    if TESTING:
        return "onward-tests-only-not-secret"
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("ONWARD_DEBUG", default=False)
ALLOWED_HOSTS = env_list("ONWARD_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("ONWARD_CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("ONWARD_SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django_htmx",
    "huey.contrib.djhuey",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "onward.core",
    "onward.accounts",
    "onward.pipeline",
    "onward.people",
    "onward.keep_in_touch",
    "onward.plans",
    "onward.notes",
    "onward.outlook",
    "onward.reflect",
    "onward.inbox",
    "onward.watch",
    "onward.insights",
    "onward.demo",
]

# Social / OpenID Connect sign-in is switched on from the environment alone:
# ONWARD_SOCIAL_PROVIDERS="google,github,openid_connect" adds each provider app.
SOCIAL_PROVIDERS = env_list("ONWARD_SOCIAL_PROVIDERS")
INSTALLED_APPS += [f"allauth.socialaccount.providers.{name}" for name in SOCIAL_PROVIDERS]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "onward.accounts.middleware.UserTimeZoneMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "onward.urls"
WSGI_APPLICATION = "onward.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "onward" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "onward.core.context.demo_login",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'onward.sqlite3'}"),
        conn_max_age=int(os.environ.get("ONWARD_DB_CONN_MAX_AGE", "0")),
    )
}
# Every request is one transaction: a view that fails part-way saves nothing.
DATABASES["default"]["ATOMIC_REQUESTS"] = True
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Tests use a file, not memory: the browser tests' live server answers from other
    # threads, which an in-memory database cannot share. One file per test process.
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(tempfile.gettempdir(), f"onward-tests-{os.getpid()}.sqlite3")
    }
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"}
    )

FORM_RENDERER = "onward.core.forms.Renderer"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "today"
LOGOUT_REDIRECT_URL = "landing"

ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ONWARD_EMAIL_VERIFICATION", "optional")
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Onward] "
ACCOUNT_ADAPTER = "onward.accounts.adapter.AccountAdapter"
SOCIALACCOUNT_PROVIDERS: dict[str, dict[str, object]] = {}
if "openid_connect" in SOCIAL_PROVIDERS:
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "APPS": [
            {
                "provider_id": os.environ.get("ONWARD_OIDC_ID", "oidc"),
                "name": os.environ.get("ONWARD_OIDC_NAME", "Single sign-on"),
                "client_id": os.environ.get("ONWARD_OIDC_CLIENT_ID", ""),
                "secret": os.environ.get("ONWARD_OIDC_SECRET", ""),
                "settings": {"server_url": os.environ.get("ONWARD_OIDC_SERVER_URL", "")},
            }
        ]
    }
for _name in SOCIAL_PROVIDERS:
    if _name == "openid_connect":
        continue
    _prefix = f"ONWARD_{_name.upper()}"
    SOCIALACCOUNT_PROVIDERS[_name] = {
        "APPS": [
            {
                "client_id": os.environ.get(f"{_prefix}_CLIENT_ID", ""),
                "secret": os.environ.get(f"{_prefix}_SECRET", ""),
            }
        ]
    }

# Mail: the console by default, a folder of .eml files ("file") or SMTP when configured.
_MAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}
EMAIL_MODE = os.environ.get("ONWARD_EMAIL", "console")
_mail_options: dict[str, object] = {}
if EMAIL_MODE == "file":
    _mail_options = {
        "file_path": os.environ.get("ONWARD_EMAIL_FILE_PATH", str(DATA_DIR / "sent-mail"))
    }
elif EMAIL_MODE == "smtp":
    _mail_options = {
        "host": os.environ.get("ONWARD_EMAIL_HOST", "localhost"),
        "port": int(os.environ.get("ONWARD_EMAIL_PORT", "25")),
        "username": os.environ.get("ONWARD_EMAIL_USER", ""),
        "password": os.environ.get("ONWARD_EMAIL_PASSWORD", ""),
        "use_tls": env_bool("ONWARD_EMAIL_USE_TLS"),
        "use_ssl": env_bool("ONWARD_EMAIL_USE_SSL"),
        "timeout": 30,
    }
MAILERS = {
    "default": {
        "BACKEND": _MAIL_BACKENDS.get(EMAIL_MODE, EMAIL_MODE),
        "OPTIONS": _mail_options,
    }
}
DEFAULT_FROM_EMAIL = os.environ.get("ONWARD_FROM_EMAIL", "Onward <onward@localhost>")

REDIS_URL = os.environ.get("REDIS_URL", "")

# The cache holds rate limits (mentor replies); Redis shares them across processes.
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL and not TESTING
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# The background worker: huey. SQLite on one machine, Redis when REDIS_URL is set.
HUEY: dict[str, object]
if TESTING and not env_bool("ONWARD_HUEY_REAL"):
    HUEY = {"huey_class": "huey.MemoryHuey", "name": "onward", "immediate": True}
elif REDIS_URL:
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "onward",
        "url": REDIS_URL,
        "immediate": False,
        "consumer": {
            "workers": int(os.environ.get("ONWARD_WORKERS", "2")),
            "worker_type": "thread",
        },
    }
else:
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "onward",
        "filename": str(DATA_DIR / "huey.sqlite3"),
        "immediate": False,
        "consumer": {
            "workers": int(os.environ.get("ONWARD_WORKERS", "2")),
            "worker_type": "thread",
        },
    }

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("ONWARD_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG or TESTING
MEDIA_ROOT = DATA_DIR / "media"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = env_bool("ONWARD_SECURE_COOKIES")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("ONWARD_LOG_LEVEL", "WARNING")},
}

# The UI's fonts come from PyPI packages, served as static files (no font service).
STATICFILES_DIRS: list[tuple[str, str]] = []
for _package, _prefix in (
    ("font_source_sans_pro", "fonts/source-sans"),
    ("font_source_serif_pro", "fonts/source-serif"),
):
    try:
        _module = __import__(_package)
        STATICFILES_DIRS.append((_prefix, _module.font_directory))
    except ImportError:  # the CSS falls back to system fonts
        pass

# What plugs into shared screens, by dotted path (loaded with import_string, like MIDDLEWARE).
# Each source is `items(user, today, until)` yielding core.due.DueItem, read by Today, the
# email digest and the calendar feed; a wrong path stops the app at startup.
ONWARD_DUE_SOURCES = [
    "onward.plans.due.items",
    "onward.outlook.due.items",
    "onward.reflect.due.items",
    "onward.keep_in_touch.due.items",
    "onward.watch.due.items",
    "onward.inbox.due.items",
]
# Drafters for notes other than thank-yous, by purpose: `draft(note, shape) -> Draft`.
ONWARD_NOTE_DRAFTERS = {
    "re_engage": "onward.watch.drafts.draft_re_engage",
}
