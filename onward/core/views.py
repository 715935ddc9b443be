from __future__ import annotations

import logging

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.lib import emails

log = logging.getLogger(__name__)


@login_not_required
def landing(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("plans:today")
    return render(request, "core/landing.html")


@login_not_required
def health(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


class NameForm(forms.Form):
    first_name = forms.CharField(max_length=150, required=False, label="First name")
    last_name = forms.CharField(max_length=150, required=False, label="Last name")


def settings_page(request: AuthedRequest) -> HttpResponse:
    user = request.user
    form = NameForm(
        request.POST if request.method == "POST" else None,
        initial={"first_name": user.first_name, "last_name": user.last_name},
    )
    if request.method == "POST" and form.is_valid():
        user.first_name = form.cleaned_data["first_name"]
        user.last_name = form.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        messages.success(request, "Saved. Your notes will be signed with this name.")
        return redirect("core:settings")
    return render(request, "core/settings.html", {"form": form, "mail": emails.status()})


@require_POST
def mail_test(request: AuthedRequest) -> HttpResponse:
    """One message to the user's own address, sent now, so they see what happened."""
    back = redirect(reverse("core:settings") + "#mail")
    user = request.user
    if not emails.delivers():
        messages.info(request, "Email isn't set up on this Onward, so there's nothing to test.")
        return back
    if not user.email:
        messages.error(request, "Add an email address to your account first.")
        return back
    message = emails.build_message(
        subject="A test message from Onward",
        body=(
            "This is the test message you asked for in Onward's settings.\n\n"
            "It arrived, so email works: your thank-you notes can go from Onward itself.\n"
        ),
        to_name=user.get_full_name().strip(),
        to_email=user.email,
        sender=emails.Sender(settings.DEFAULT_FROM_EMAIL, ""),
        message_id=emails.new_message_id(),
    )
    try:
        emails.send(message)
    except Exception as error:  # any failure is the user's to read, never a 500
        log.warning("mail test for user %s failed: %r", user.pk, error)
        messages.error(request, f"The test message didn't go. {emails.why_not_sent(error)}")
        return back
    messages.success(
        request,
        f"The mail server took a test message for {user.email}. It should arrive in a "
        "minute; if it doesn't, look in the spam folder.",
    )
    return back
