from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is open by default; ONWARD_OPEN_SIGNUP=0 closes it for an institution.

    allauth's messages, in Onward's voice: what happened and what to do next."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": "That email or password is not correct. Check for a typo, "
        "or choose a new password with the link below.",
        "email_taken": "There's already an account with this email. Sign in instead, or "
        "choose a new password if you've forgotten it.",
        "too_many_login_attempts": "That's a few tries in a row. Take a breath and try again "
        "in a few minutes, or choose a new password.",
        "invalid_password_reset": "This link has been used or is too old. Ask for a fresh one.",
        "rate_limited": "That's a lot of tries at once. Wait a minute, then try again.",
        "account_inactive": "This account is switched off. Ask whoever runs this Onward.",
    }

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return settings.ONWARD_OPEN_SIGNUP and bool(settings.SECRET_KEY)
