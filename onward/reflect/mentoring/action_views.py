"""Action items: the advice a user decides to act on."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404

from ..debriefs.services import patterns_for
from . import actions as service
from .forms import ActionForm
from .models import ActionItem, MentorReply


def action_list(request: AuthedRequest, form: ActionForm | None = None) -> HttpResponse:
    items = ActionItem.objects.filter(user=request.user).select_related("reply")
    focus = patterns_for(request.user).focus_areas
    return render(
        request,
        "reflect/action_list.html",
        {
            "open": service.with_progress(request.user, list(items.filter(done_at__isnull=True))),
            "done": list(items.filter(done_at__isnull=False).order_by("-done_at")[:10]),
            "form": form or ActionForm(focus_areas=focus),
        },
    )


@require_POST
def action_new(request: AuthedRequest) -> HttpResponse:
    form = ActionForm(request.POST, focus_areas=patterns_for(request.user).focus_areas)
    if not form.is_valid():
        return action_list(request, form)
    data = form.cleaned_data
    service.create_action(
        request.user, data["title"], data["due_on"], data["focus_key"], form.focus_title()
    )
    messages.success(request, "Added. It will be on Today when it's due.")
    return redirect("reflect:action_list")


@require_POST
def action_from_reply(request: AuthedRequest, pk: int) -> HttpResponse:
    reply = owned_or_404(
        MentorReply.objects.select_related("request"), request.user, "request__user", pk=pk
    )
    form = ActionForm(request.POST, focus_areas=patterns_for(request.user).focus_areas)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(str(e) for e in errors))
        return redirect(reply.request)
    data = form.cleaned_data
    service.create_action(
        request.user,
        data["title"],
        data["due_on"],
        data["focus_key"],
        form.focus_title(),
        request=reply.request,
        reply=reply,
    )
    messages.success(request, "Added to your action items. It will be on Today when it's due.")
    return redirect(reply.request)


def _item(request: AuthedRequest, pk: int) -> ActionItem:
    return owned_or_404(ActionItem, request.user, pk=pk)


@require_POST
def action_done(request: AuthedRequest, pk: int) -> HttpResponse:
    item = _item(request, pk)
    service.complete(item)
    messages.success(request, f"Done: {item.title}. That's real progress.")
    return redirect("reflect:action_list")


@require_POST
def action_undo(request: AuthedRequest, pk: int) -> HttpResponse:
    item = _item(request, pk)
    service.reopen(item)
    messages.info(request, f"Back on your list: {item.title}.")
    return redirect("reflect:action_list")


@require_POST
def action_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    item = _item(request, pk)
    item.delete()
    messages.info(request, "Removed.")
    return redirect("reflect:action_list")
