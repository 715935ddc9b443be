from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is open by default; ONWARD_OPEN_SIGNUP=0 closes it for an institution."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return settings.ONWARD_OPEN_SIGNUP and bool(settings.SECRET_KEY)
