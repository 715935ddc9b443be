"""Insights, the work-search log, and the two pages that work without signing in:
the calendar feed and the digest's unsubscribe link (each behind its own secret token)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from onward.accounts.models import Preferences
from onward.accounts.prefs import by_feed_token, by_unsubscribe_token, preferences_for
from onward.core.http import AuthedRequest, private_link
from onward.core.remembered import remembered
from onward.lib import emails

from . import charts, describe, facts, svg, worklog
from .digest import compose, context, unsubscribe
from .feed import build_feed


class RangeForm(forms.Form):
    start = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise forms.ValidationError("The start date comes after the end date.")
        return data


# The modules that shape what insights() keeps in the cache: a change to any of them files
# new entries under a new key.
_CHARTS_CODE = tuple(
    Path(__file__).with_name(name)
    for name in ("views.py", "charts.py", "facts.py", "svg.py", "describe.py")
)


def insights(request: AuthedRequest) -> HttpResponse:
    user = request.user
    today = preferences_for(user).local_today()
    # Drawn from the whole history: worked out once per change to the user's data and per
    # day, then read from the cache (core.remembered).
    drawn = remembered(user, "insights", today, _CHARTS_CODE, lambda: _charts(user, today))
    return render(
        request,
        "insights/insights.html",
        {**drawn, "range_form": RangeForm(), "today": today},
    )


def _charts(user: User, today: dt.date) -> dict[str, object]:
    apps = facts.application_facts(user)
    flow = charts.stage_flow(apps)
    endings = charts.endings_by_stage(facts.stages_reached(user))
    responses = charts.response_times(apps)
    mood = charts.mood_series(facts.checkins(user), today)
    debriefs = charts.debrief_series(facts.debriefs(user))
    flow_bars = svg.hbars(
        [
            (
                row.label,
                [
                    ("seg-further", "went further", row.went_further),
                    ("seg-open", "in progress", row.open),
                    ("seg-ended", "ended here", row.ended),
                    ("seg-other", "withdrawn", row.withdrawn),
                    ("seg-accepted", "accepted", row.accepted),
                ],
            )
            for row in flow.rows
        ]
    )
    return {
        "flow": flow,
        "flow_bars": flow_bars,
        "endings": endings,
        "endings_total": sum(c.value for c in endings),
        "endings_bars": svg.hbars([(c.label, [("seg-ended", "", c.value)]) for c in endings]),
        "responses": responses,
        "response_bars": svg.hbars(
            [(c.label, [("seg-further", "", c.value)]) for c in responses.buckets]
        ),
        "mood": mood,
        "mood_chart": svg.line_chart(mood) if mood else None,
        "debriefs": debriefs,
        "debrief_chart": svg.line_chart(debriefs) if debriefs else None,
        "flow_desc": describe.flow(flow),
        "endings_desc": describe.counts(endings, "Endings by stage reached."),
        "responses_desc": describe.responses(responses),
        "mood_desc": describe.series(mood, "mood check-ins"),
        "debrief_desc": describe.series(debriefs or [], "debrief ratings"),
    }


def _range(request: AuthedRequest) -> tuple[dt.date | None, dt.date | None] | None:
    form = RangeForm(request.GET)
    if not form.is_valid():
        return None
    return form.cleaned_data["start"], form.cleaned_data["end"]


def _filename(kind: str, start: dt.date | None, end: dt.date | None) -> str:
    span = f"-{start or 'start'}-to-{end or 'today'}" if start or end else ""
    return f"work-search-log{span}.{kind}"


def worklog_csv(request: AuthedRequest) -> HttpResponse:
    dates = _range(request)
    if dates is None:
        messages.error(request, "Those dates don't look right. Try again, or leave them empty.")
        return redirect("insights:insights")
    rows, _ = worklog.gather(request.user, *dates)
    response = HttpResponse(worklog.to_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv", *dates)}"'
    return response


def worklog_pdf(request: AuthedRequest) -> HttpResponse:
    dates = _range(request)
    if dates is None:
        messages.error(request, "Those dates don't look right. Try again, or leave them empty.")
        return redirect("insights:insights")
    rows, histories = worklog.gather(request.user, *dates)
    pdf = worklog.to_pdf(request.user, rows, histories, *dates)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename("pdf", *dates)}"'
    return response


def digest_preview(request: AuthedRequest) -> HttpResponse:
    digest = compose(request.user)
    return render(
        request,
        "insights/digest_preview.html",
        {**context(digest), "preview": True, "mail": emails.status()},
    )


@login_not_required
@private_link
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    prefs = by_feed_token(token)
    if prefs is None or not prefs.user.is_active:
        raise Http404
    response = HttpResponse(build_feed(prefs.user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="onward.ics"'
    return response


@csrf_exempt  # only a mail app's one-click POST goes without the CSRF check (see below)
@login_not_required
@private_link
def digest_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """A GET only asks (mail scanners open every link); the page's button, a POST with
    the CSRF token, unsubscribes. A mail app's one-click POST (RFC 8058: the body
    "List-Unsubscribe=One-Click") carries no CSRF token: the secret address is its key."""
    prefs = by_unsubscribe_token(token)
    if prefs is None:
        raise Http404
    if request.method == "POST" and request.POST.get("List-Unsubscribe") == "One-Click":
        unsubscribe(prefs)
        return HttpResponse("Unsubscribed.", content_type="text/plain")
    if request.method == "POST":
        return _unsubscribe_page_post(request, prefs)
    return render(request, "insights/unsubscribed.html", {"ask": True, "prefs": prefs})


@csrf_protect
def _unsubscribe_page_post(request: HttpRequest, prefs: Preferences) -> HttpResponse:
    again = request.POST.get("resubscribe", "")
    if again in {Preferences.Digest.DAILY, Preferences.Digest.WEEKLY}:
        prefs.digest = again
        prefs.save(update_fields=["digest"])
        return render(request, "insights/unsubscribed.html", {"back_on": True})
    if "unsubscribe" not in request.POST:
        return HttpResponse(status=400)
    was = unsubscribe(prefs) if prefs.digest != Preferences.Digest.OFF else ""
    return render(request, "insights/unsubscribed.html", {"was": was})
