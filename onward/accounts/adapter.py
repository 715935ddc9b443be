from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is open by default; ONWARD_OPEN_SIGNUP=0 closes it for an institution."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        from django.conf import settings

        from onward.settings import env_bool

        return env_bool("ONWARD_OPEN_SIGNUP", default=True) and bool(settings.SECRET_KEY)
