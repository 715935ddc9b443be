"""The preferences page: gentle mode, the digest, and the calendar feed."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.lib import emails

from .forms import PreferencesForm
from .prefs import preferences_for, turn_feed_off, turn_feed_on


def feed_url(token: str) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("insights:calendar_feed", args=[token])


def preferences(request: AuthedRequest) -> HttpResponse:
    prefs = preferences_for(request.user)
    form = PreferencesForm(request.POST if request.method == "POST" else None, instance=prefs)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect("accounts:preferences")
    url = feed_url(prefs.feed_token) if prefs.feed_token else ""
    return render(
        request,
        "accounts/preferences.html",
        {
            "form": form,
            "prefs": prefs,
            "feed_url": url,
            "webcal_url": url.replace("https://", "webcal://").replace("http://", "webcal://"),
            "mail": emails.status(),
        },
    )


@require_POST
def feed_new(request: AuthedRequest) -> HttpResponse:
    prefs = preferences_for(request.user)
    had_one = bool(prefs.feed_token)
    turn_feed_on(prefs)
    messages.success(
        request,
        "Here's your new calendar address. The old one has stopped working."
        if had_one
        else "Your calendar feed is on. Add the address below to your calendar app.",
    )
    return redirect(reverse("accounts:preferences") + "#calendar")


@require_POST
def feed_off(request: AuthedRequest) -> HttpResponse:
    turn_feed_off(preferences_for(request.user))
    messages.info(request, "The calendar feed is off. Its address no longer works.")
    return redirect(reverse("accounts:preferences") + "#calendar")
