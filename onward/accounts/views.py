"""Your name, and the preferences page: gentle mode, the digest, and the calendar feed."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.lib import emails

from .forms import FirstNameForm, PreferencesForm
from .prefs import preferences_for, turn_feed_off, turn_feed_on


def feed_url(token: str) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("insights:calendar_feed", args=[token])


def _next(request: AuthedRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("core:settings")


def first_name(request: AuthedRequest) -> HttpResponse:
    """Ask for the name that signs notes: from the welcome, or from a note without one."""
    user = request.user
    form = FirstNameForm(
        request.POST if request.method == "POST" else None,
        initial={"first_name": user.first_name},
    )
    if request.method == "POST" and form.is_valid():
        user.first_name = form.cleaned_data["first_name"]
        user.save(update_fields=["first_name"])
        messages.success(request, f"Thank you, {user.first_name}. Your notes are signed with it.")
        return redirect(_next(request))
    return render(request, "accounts/first_name.html", {"form": form, "next": _next(request)})


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
