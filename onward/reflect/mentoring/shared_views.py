"""The mentor's side: a private, read-only page behind a link, with a reply form.

No account is needed. Every way a link can fail (never existed, expired, turned off)
ends in the same not-found page, through the same code, so the page never tells a
stranger whether a link once worked.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render

from onward.core.http import private_link
from onward.pipeline.models import Stage

from ..debriefs.dimensions import DIMENSIONS
from . import redact
from . import services as mentoring
from .forms import ReplyForm
from .models import MentorRequest, Share
from .uploads import content_type


def _not_found(request: HttpRequest) -> HttpResponse:
    return render(request, "reflect/share_not_found.html", status=404)


def page_context(ask: MentorRequest) -> dict[str, Any]:
    """Only what the user chose to share, and nothing else of theirs."""
    names = redact.company_names(ask) if ask.hide_companies else []

    def shown(text: str) -> str:
        return redact.for_mentor(ask, text, names)

    debriefs = []
    for debrief in ask.debriefs.select_related("rejection__application__company"):
        application = debrief.rejection.application
        debriefs.append(
            {
                "title": application.role
                if ask.hide_companies
                else f"{application.role} at {application.company.name}",
                "when": debrief.rejection.received_on,
                "stage": Stage(debrief.stage_reached).label
                if debrief.stage_reached in Stage.values
                else "",
                "ratings": [(d.label, debrief.rating(d.key)) for d in DIMENSIONS],
                "questions": [shown(question) for question in debrief.question_list],
                "went_well": shown(debrief.went_well),
                "differently": shown(debrief.differently),
            }
        )
    owner = ask.user
    return {
        "ask": ask,
        "message": shown(ask.message),
        "notes": shown(ask.notes),
        "owner_name": owner.get_full_name().strip() or owner.first_name or "Someone you know",
        "focus_areas": ask.focus_areas,
        "debriefs": debriefs,
        "has_cv": bool(ask.cv),
    }


@login_not_required
@private_link
def shared_request(request: HttpRequest, token: str) -> HttpResponse:
    share = mentoring.find_share(token)
    if share is None:
        return _not_found(request)
    form = ReplyForm(
        request.POST if request.method == "POST" else None, owner=share.request.user.first_name
    )
    status = 200
    if request.method == "POST":
        if mentoring.over_reply_limit(share):
            return _limited(request)
        if form.is_valid():
            return _reply(request, share, form)
        status = 400
    else:
        mentoring.seen(share)
        if request.user.is_authenticated:
            name = request.user.get_full_name().strip()  # type: ignore[union-attr]
            form.initial["name"] = name
    return _page(request, share, form, status)


def _page(request: HttpRequest, share: Share, form: ReplyForm, status: int) -> HttpResponse:
    context = {
        **page_context(share.request),
        "form": form,
        # A fresh stamp each time the form is shown, so the time to reply counts from now.
        "stamp": mentoring.reply_stamp(share),
        "replies": share.replies.all(),
        "share": share,
    }
    return render(request, "reflect/shared.html", context, status=status)


def _limited(request: HttpRequest) -> HttpResponse:
    kept = {"body": request.POST.get("body", "")[:5000]}
    return render(request, "reflect/reply_limited.html", kept, status=429)


def _reply(request: HttpRequest, share: Share, form: ReplyForm) -> HttpResponse:
    data = form.cleaned_data
    thanks = f"Thank you. {share.request.user.first_name or 'They'} will see your advice soon."
    if data["website"]:
        # A bot filled the hidden field: say thanks as usual, so it learns nothing, and
        # keep nothing.
        messages.success(request, thanks)
        return redirect(request.path)
    problem = mentoring.stamp_problem(data["stamp"], share)
    if problem:
        form.add_error(
            None,
            "That was quick. Please read it over once, then send it again."
            if problem == "too-fast"
            else "This page was open a long while. Please send your reply again.",
        )
        return _page(request, share, form, 400)
    author = request.user if request.user.is_authenticated else None
    try:
        mentoring.add_reply(share, data["name"], data["body"], author, stamp=data["stamp"])
    except mentoring.ReplyRefused as refused:
        if refused.reason == "limit":
            return _limited(request)
        form.add_error(
            None,
            "This form already sent a reply. To add something, send it again from here.",
        )
        return _page(request, share, form, 400)
    messages.success(request, thanks)
    return redirect(request.path)


@login_not_required
@private_link
def shared_cv(request: HttpRequest, token: str) -> HttpResponseBase:
    share = mentoring.find_share(token)
    if share is None or not share.request.cv:
        return _not_found(request)
    ask = share.request
    try:
        handle = ask.cv.open("rb")
    except FileNotFoundError:
        return _not_found(request)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=ask.cv_name or "cv",
        content_type=content_type(ask.cv.name or ""),
    )
    return response
