from __future__ import annotations

import os

from django.http import HttpRequest


def demo_login(request: HttpRequest) -> dict[str, object]:
    """`make run` shows the demo account on the sign-in page; real installs don't set this."""
    email, _, password = os.environ.get("ONWARD_DEMO_LOGIN", "").partition(":")
    return {"demo_login": (email, password) if email and password else None}
