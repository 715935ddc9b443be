"""Asking a mentor without the private link: when the link can't reach them (Onward runs
on an address only this computer or network knows), the request goes as an email or a
PDF with everything shared written out, and their answer is pasted back in."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.lib.reach import Reach, reach

from . import letter
from . import services as mentoring
from .forms import PastedReplyForm
from .models import MentorRequest


def link_reach(request: HttpRequest) -> Reach:
    """Who could open a link made from this page: links are built on the address the
    user is browsing, the same one the private link will carry."""
    return reach(request.build_absolute_uri("/"))


def context(
    request: HttpRequest, ask: MentorRequest, paste_form: PastedReplyForm | None = None
) -> dict[str, Any]:
    """What the request's pages need to offer the other ways, and to say why."""
    return {
        "reach": link_reach(request),
        "host": request.get_host(),
        "letter_mailto": letter.mailto(ask),
        "paste_form": paste_form or PastedReplyForm(initial={"name": ask.mentor_name}),
        "step_open": mentoring.open_mentor_step(ask) is not None,
    }


def _request(request: AuthedRequest, pk: int) -> MentorRequest:
    return owned_or_404(MentorRequest.objects.select_related("mentor"), request.user, pk=pk)


def letter_eml(request: AuthedRequest, pk: int) -> HttpResponse:
    ask = _request(request, pk)
    response = HttpResponse(letter.eml(ask), content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="{letter.file_name(ask, "eml")}"'
    return response


def letter_pdf(request: AuthedRequest, pk: int) -> HttpResponse:
    ask = _request(request, pk)
    response = HttpResponse(letter.pdf(ask), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{letter.file_name(ask, "pdf")}"'
    return response


@require_POST
def reply_paste(request: AuthedRequest, pk: int) -> HttpResponse:
    ask = _request(request, pk)
    form = PastedReplyForm(request.POST)
    if not form.is_valid():
        from .views import mentor_request_detail  # the same page, with the form's errors

        return mentor_request_detail(request, pk, paste_form=form, status=400)
    reply = mentoring.paste_reply(ask, form.cleaned_data["name"], form.cleaned_data["body"])
    messages.success(
        request,
        f"Kept {reply.first_name}'s advice. Turn a line of it into an action item when "
        "you're ready.",
    )
    return redirect(reverse("reflect:mentor_request_detail", args=[ask.pk]) + f"#reply-{reply.pk}")


@require_POST
def request_sent(request: AuthedRequest, pk: int) -> HttpResponse:
    """The user sent the request their own way: now the plan's step is done."""
    ask = _request(request, pk)
    if mentoring.finish_step(ask):
        messages.success(
            request, f"Done: you asked {ask.mentor_first_name}. That was a brave, useful thing."
        )
    return redirect(ask)
