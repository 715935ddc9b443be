from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def demo_login(request: HttpRequest) -> dict[str, object]:
    """`make run` shows the demo account on the sign-in page (ONWARD_DEMO_LOGIN); real
    installs don't set it."""
    return {"demo_login": settings.ONWARD_DEMO_LOGIN}
