"""Every knob comes from the environment; the defaults run on a laptop with SQLite.

This is the only module that reads os.environ (a test checks): the small parsers in
onward.envparse turn each variable into a value or stop the app with a clear message.
Every variable read here is listed in the README's configuration table (a test checks
that too). Tests run on onward.settings_test, which starts from this module.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from onward import envparse as parse

ENV = os.environ
BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(parse.text(ENV, "ONWARD_DATA_DIR", str(BASE_DIR / "var")))
# Made on first start: it holds the SQLite database and the worker's queue. Only the
# account that runs Onward may read it (sessions, password hashes, CVs), and what this
# process creates is private too: the database, its journal, uploads, the queue.
os.umask(0o077)
DATA_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)


def _stored_secret_key(data_dir: Path) -> str:
    # A self-hosted install should not need a setup step, so a key is made once
    # and kept beside the database instead of shipping a shared default.
    path = data_dir / "secret_key"
    try:
        # O_EXCL: of two processes starting at once, one makes the key; 0600 from the start.
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # the other process may not have written it yet
            if key := path.read_text().strip():
                return key
            time.sleep(0.02)
        raise ImproperlyConfigured(f"{path} is empty: delete it to make a new key.") from None
    key = secrets.token_urlsafe(50)
    with os.fdopen(handle, "w") as file:
        file.write(key)
    return key


SECRET_KEY = parse.secret(ENV, "ONWARD_SECRET_KEY") or _stored_secret_key(DATA_DIR)
DEBUG = parse.boolean(ENV, "ONWARD_DEBUG")
ALLOWED_HOSTS = parse.listing(ENV, "ONWARD_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
# Behind an HTTPS proxy: the public origin(s), e.g. https://onward.example.org.
CSRF_TRUSTED_ORIGINS = parse.listing(ENV, "ONWARD_CSRF_TRUSTED_ORIGINS")
SITE_URL = parse.text(ENV, "ONWARD_SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "django_htmx",
    "huey.contrib.djhuey",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    # The API's docs page and its scripts and styles, served from here (no CDN).
    "ninja",
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
    "onward.imports",
    "onward.demo",
    "onward.portability",
    "onward.api",
]

# Social / OpenID Connect sign-in is switched on from the environment alone:
# ONWARD_SOCIAL_PROVIDERS="google,github,openid_connect" adds each provider app.
SOCIAL = parse.parse_social(ENV)
INSTALLED_APPS += SOCIAL.apps

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
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
    # Last, so it holds just the view: a POST is one transaction, a GET never waits on one.
    "onward.core.transactions.WriteTransactionMiddleware",
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

DATABASES = {"default": parse.parse_database(ENV, DATA_DIR)}

FORM_RENDERER = "onward.core.forms.Renderer"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    # Signs no one in; reads back the user of a session with one plain query.
    "onward.accounts.backends.SessionUserBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "plans:today"
LOGOUT_REDIRECT_URL = "core:landing"

ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Onward] "
ACCOUNT_ADAPTER = "onward.accounts.adapter.AccountAdapter"
# allauth's forms in Onward's words; sign-up also takes the browser's time zone.
ACCOUNT_FORMS = {
    "signup": "onward.accounts.forms.SignupForm",
    "login": "onward.accounts.forms.LoginForm",
    "reset_password": "onward.accounts.forms.ResetPasswordForm",
}
SOCIALACCOUNT_PROVIDERS = SOCIAL.settings
# Sign-up is open by default; an institution closes it (read by accounts.adapter).
ONWARD_OPEN_SIGNUP = parse.boolean(ENV, "ONWARD_OPEN_SIGNUP", default=True)
# `make run` shows the demo account on the sign-in page (core.context); installs don't.
ONWARD_DEMO_LOGIN = parse.demo_login(parse.text(ENV, "ONWARD_DEMO_LOGIN"))

# Mail: the console by default, a folder of .eml files ("file") or SMTP when configured.
MAIL = parse.parse_mail(ENV, DATA_DIR)
EMAIL_MODE = MAIL.mode
# Where mail reaches people (SMTP), others may sign up: verification is then mandatory,
# the only way sign-up can hide which addresses have an account (allauth's
# ACCOUNT_PREVENT_ENUMERATION, on by default, sends the owner an email instead).
ACCOUNT_EMAIL_VERIFICATION = parse.choice(
    ENV,
    "ONWARD_EMAIL_VERIFICATION",
    "mandatory" if EMAIL_MODE == "smtp" else "optional",
    ["mandatory", "optional", "none"],
)
MAILERS = MAIL.mailers
DEFAULT_FROM_EMAIL = parse.text(ENV, "ONWARD_FROM_EMAIL", "Onward <onward@localhost>")
# Notes go From the instance's address ("Sam Lee via Onward"), replies to the person; with
# this on, From the person's own address once they have verified it.
ONWARD_SEND_AS_USER = parse.boolean(ENV, "ONWARD_SEND_AS_USER")
# Notes one person can have Onward email in 24 hours; 0 means no limit.
ONWARD_DAILY_SEND_LIMIT = parse.integer(ENV, "ONWARD_DAILY_SEND_LIMIT", 20, minimum=0)
# How long a worker may hold an email it is sending before another takes it over. Far
# longer than one SMTP conversation (30 s per step), so a live worker never loses it.
ONWARD_MAIL_LEASE_SECONDS = parse.integer(ENV, "ONWARD_MAIL_LEASE_SECONDS", 600, minimum=1)
# The worker never starts a job while the database is away: it waits, trying again after
# 1, 2, 4… seconds, at most this long between tries, and runs the job once it answers.
ONWARD_WORKER_DB_WAIT_SECONDS = parse.integer(ENV, "ONWARD_WORKER_DB_WAIT_SECONDS", 30, minimum=1)

REDIS_URL = parse.text(ENV, "REDIS_URL")
CACHES = parse.parse_cache(REDIS_URL)
# Sessions come from the cache only where every process shares it (core.sessions says why).
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db" if REDIS_URL else "onward.core.sessions"
)
HUEY = parse.parse_huey(ENV, DATA_DIR, REDIS_URL)

# The apps' own knobs. Tests change them with pytest-django's `settings` fixture.
# inbox: encrypts stored IMAP passwords; empty means a key derived from SECRET_KEY.
ONWARD_FIELD_KEY = parse.secret(ENV, "ONWARD_FIELD_KEY")
# reflect: mentor links, CVs and replies.
ONWARD_SHARE_DAYS = parse.integer(ENV, "ONWARD_SHARE_DAYS", 30, minimum=1)
ONWARD_CV_MAX_BYTES = parse.integer(ENV, "ONWARD_CV_MAX_BYTES", 5 * 1024 * 1024, minimum=1)
# Replies per hour, per link and per address.
ONWARD_REPLY_LIMIT = parse.integer(ENV, "ONWARD_REPLY_LIMIT", 5)
# Faster than a person can read the page and type: taken for a bot.
ONWARD_REPLY_MIN_SECONDS = parse.integer(ENV, "ONWARD_REPLY_MIN_SECONDS", 3)
ONWARD_NOTIFY_REPLIES = parse.boolean(ENV, "ONWARD_NOTIFY_REPLIES", default=True)
# inbox: the most a web upload takes at once (the command line reads any size).
ONWARD_UPLOAD_MAX_BYTES = parse.integer(
    ENV, "ONWARD_UPLOAD_MAX_BYTES", 100 * 1024 * 1024, minimum=1
)
# watch: how often and how politely job boards are checked.
ONWARD_WATCH_EVERY_HOURS = parse.number(ENV, "ONWARD_WATCH_EVERY_HOURS", 6)
ONWARD_WATCH_CONCURRENCY = parse.integer(ENV, "ONWARD_WATCH_CONCURRENCY", 20, minimum=1)
ONWARD_WATCH_PER_HOST = parse.integer(ENV, "ONWARD_WATCH_PER_HOST", 6, minimum=1)
ONWARD_WATCH_TIMEOUT = parse.number(ENV, "ONWARD_WATCH_TIMEOUT", 20)
ONWARD_WATCH_MAX_PAGES = parse.integer(ENV, "ONWARD_WATCH_MAX_PAGES", 20, minimum=1)
# Job boards, careers pages and IMAP servers on private or loopback addresses are refused
# unless this is on, so a shared instance can't be used to probe its own network.
# ONWARD_WATCH_ALLOW_PRIVATE_FEEDS is its older name, still read.
ONWARD_ALLOW_PRIVATE_FETCH = parse.boolean(
    ENV,
    "ONWARD_ALLOW_PRIVATE_FETCH",
    default=parse.boolean(ENV, "ONWARD_WATCH_ALLOW_PRIVATE_FEEDS"),
)
# Each vendor's API base; empty means the vendor's own public host.
ONWARD_GREENHOUSE_API = parse.text(ENV, "ONWARD_GREENHOUSE_API")
ONWARD_LEVER_API = parse.text(ENV, "ONWARD_LEVER_API")
ONWARD_ASHBY_API = parse.text(ENV, "ONWARD_ASHBY_API")
ONWARD_SMARTRECRUITERS_API = parse.text(ENV, "ONWARD_SMARTRECRUITERS_API")
ONWARD_WORKABLE_API = parse.text(ENV, "ONWARD_WORKABLE_API")

LANGUAGE_CODE = "en-us"
TIME_ZONE = parse.time_zone(ENV, "ONWARD_TIME_ZONE", "UTC")
# A new user's time zone until they pick theirs (accounts.prefs); else TIME_ZONE.
ONWARD_DEFAULT_TIME_ZONE = parse.time_zone(ENV, "ONWARD_DEFAULT_TIME_ZONE", "")
# English only: no template or module translates, so Django's machinery stays off.
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
# Python's table lacks these, and a font sent as application/octet-stream is still used,
# but some browsers then warn.
WHITENOISE_MIMETYPES = {".otf": "font/otf", ".ttf": "font/ttf"}
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_ROOT = DATA_DIR / "media"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Django's default, set here because reflect's private links depend on it: a link's token
# never leaves the site in a Referer, and the reply form still passes the CSRF check.
SECURE_REFERRER_POLICY = "same-origin"
# The API: every list is paginated (?limit=, at most 100, and ?offset=).
NINJA_PAGINATION_CLASS = "onward.api.pages.Pages"
NINJA_PAGINATION_MAX_LIMIT = 100

# Nothing is loaded from anywhere but this app: no inline script or style either, so
# injected markup can't run. The templates keep all styles in static CSS files.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Behind an HTTPS proxy: send the session and CSRF cookies over HTTPS only.
SESSION_COOKIE_SECURE = parse.boolean(ENV, "ONWARD_SECURE_COOKIES")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Behind an HTTPS proxy: plain-HTTP requests are sent to HTTPS (ONWARD_SSL_REDIRECT), and
# browsers refuse plain HTTP for this site for ONWARD_HSTS_SECONDS.
SECURE_SSL_REDIRECT = parse.boolean(ENV, "ONWARD_SSL_REDIRECT")
SECURE_HSTS_SECONDS = parse.integer(ENV, "ONWARD_HSTS_SECONDS", 0, minimum=0)
# Behind a proxy that ends HTTPS and sets X-Forwarded-Proto: only on when the proxy
# always sets it, else a client could claim HTTPS over plain HTTP.
if parse.boolean(ENV, "ONWARD_TRUST_X_FORWARDED_PROTO"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Subdomains and browsers' preload lists commit the operator's whole domain, not just this
# site: a choice for whoever runs the domain, so `check --deploy` needn't ask it of Onward.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
# No page needs these; the reflect page copies a link, so the clipboard stays ours.
_UNUSED_FEATURES = "accelerometer camera display-capture geolocation gyroscope magnetometer \
microphone midi payment usb browsing-topics"
PERMISSIONS_POLICY: dict[str, list[str]] = {feature: [] for feature in _UNUSED_FEATURES.split()} | {
    "clipboard-write": ["self"]
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": parse.log_level(ENV, "ONWARD_LOG_LEVEL")},
}

# The UI's fonts come from PyPI packages, served as static files (no font service):
# onward.core.fonts finds the four the stylesheet uses and serves them compressed.
# onward.core.precompressed serves the stylesheets and scripts the same way, so it comes
# first: its prepared copies win over the apps' originals.
STATICFILES_FINDERS = [
    "onward.core.precompressed.CompressedFinder",
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "onward.core.fonts.FontFinder",
]

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
# What a finished plan step produced, by step kind: `result(step) -> plans.results.StepResult
# | None`. The plan links a done step to it, and the chapter's ending gathers them.
ONWARD_STEP_RESULTS = {
    "pause": "onward.outlook.steps.checkin_result",
    "thank": "onward.notes.steps.result",
    "reflect": "onward.reflect.steps.debrief_result",
    "strengths": "onward.reflect.steps.strengths_result",
    "mentor": "onward.reflect.steps.mentor_result",
    "silver_lining": "onward.outlook.steps.reframe_result",
    "stay_in_touch": "onward.keep_in_touch.steps.result",
    "watch": "onward.watch.steps.result",
    "move_on": "onward.plans.chapter.result",
}
