"""The settings the test suite runs on (pyproject's DJANGO_SETTINGS_MODULE).

Everything comes from onward.settings; only what makes tests fast and independent of
the machine changes here. Subprocesses the tests start inherit DJANGO_SETTINGS_MODULE,
so they run on these settings too.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from onward.settings import *  # noqa: F403
from onward.settings import DATABASES, ENV, parse

# The same in every test process and in the subprocesses they start.
SECRET_KEY = "onward-tests-only-not-secret"
# Hashing passwords properly is slow on purpose; tests make hundreds of users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# One process, no Redis: rate limits are counted in memory.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# So sessions are read from the database even with REDIS_URL set: the processes a test
# starts each have their own cache, and one signing out must sign out in all of them.
SESSION_ENGINE = "onward.core.sessions"
# Jobs run at once, inside the test. ONWARD_HUEY_REAL=1 keeps the real queue, for the
# tests that start `onward worker` in a subprocess.
if not parse.boolean(ENV, "ONWARD_HUEY_REAL"):
    HUEY = {"huey_class": "huey.MemoryHuey", "name": "onward", "immediate": True}
# Static files are found where they lie, without collectstatic.
WHITENOISE_AUTOREFRESH = True

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not memory: the browser tests' live server answers from other threads,
    # which an in-memory database cannot share. One file per process, so parallel runs
    # (pytest -n, several checkouts) never meet; pytest-xdist adds its worker name.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"onward-tests-{os.getpid()}.sqlite3")
    }
