"""Composing a request for a mentor's advice, and managing its private links."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.notes.tone import for_display
from onward.people.models import Person, Relationship
from onward.pipeline.models import Rejection
from onward.plans.models import Step
from onward.plans.services import step_of_kind

from ..debriefs.models import Debrief
from ..debriefs.patterns import FocusArea
from ..debriefs.services import patterns_for
from . import another_way
from . import services as mentoring
from .forms import ActionForm, MentorRequestForm, PastedReplyForm
from .models import MentorRequest, Share
from .notify import notices_by_email
from .redact import for_mentor
from .shared_views import page_context
from .uploads import display_name


def _request(request: AuthedRequest, pk: int) -> MentorRequest:
    return owned_or_404(
        MentorRequest.objects.select_related("mentor", "rejection__application__company"),
        request.user,
        pk=pk,
    )


def _focus_choices(request: AuthedRequest, saved: list[dict[str, str]]) -> list[FocusArea]:
    """Today's focus areas, plus any saved with the request that have since changed."""
    current = patterns_for(request.user).focus_areas
    keys = {area.key for area in current}
    kept = [FocusArea(a["key"], a["title"], a["why"], "", a.get("shared", ""))
            for a in saved if a["key"] not in keys]  # fmt: skip
    return current + kept


def mentor_for_step(request: AuthedRequest, pk: int) -> HttpResponse:
    """The plan's "ask a mentor" step: the request made for it, or a new one."""
    step = step_of_kind(request.user, pk, Step.Kind.MENTOR)
    existing = MentorRequest.objects.filter(user=request.user, step=step).first()
    if existing is not None:
        return redirect(existing)
    return redirect(reverse("reflect:mentor_request_new") + f"?step={step.pk}")


def _context_from_query(request: AuthedRequest) -> tuple[Step | None, Rejection | None]:
    step_id = request.GET.get("step") or request.POST.get("step") or ""
    rejection_id = request.GET.get("rejection") or request.POST.get("rejection") or ""
    if step_id.isdigit():
        step = step_of_kind(request.user, int(step_id), Step.Kind.MENTOR)
        return step, step.plan.rejection
    if rejection_id.isdigit():
        rejection = owned_or_404(
            Rejection.objects.select_related("application__company"),
            request.user,
            pk=int(rejection_id),
        )
        return None, rejection
    return None, None


def mentor_request_new(request: AuthedRequest) -> HttpResponse:
    step, rejection = _context_from_query(request)
    focus = patterns_for(request.user).focus_areas
    mentors = Person.objects.filter(user=request.user, relationship=Relationship.MENTOR)
    mentor = mentors.first()
    shared = list(Debrief.objects.filter(user=request.user, rejection=rejection)) + list(
        Debrief.objects.filter(user=request.user).exclude(rejection=rejection)[:2]
    )
    initial = {
        "mentor": mentor,
        "focus": [area.key for area in focus],
        "debriefs": shared,
        "message": mentoring.draft_message(
            request.user, mentor.name if mentor else "", focus, rejection
        ),
    }
    form = MentorRequestForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        initial=initial,
        user=request.user,
        focus_areas=focus,
    )
    if request.method == "POST" and form.is_valid():
        ask = form.save(commit=False)
        ask.user, ask.step, ask.rejection = request.user, step, rejection
        return _save(request, form, ask)
    return _composer(request, form, None, step, rejection)


def mentor_request_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    ask = _request(request, pk)
    focus = _focus_choices(request, ask.focus_areas)
    form = MentorRequestForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        instance=ask,
        initial={
            "mentor": ask.mentor,
            "focus": [a["key"] for a in ask.focus_areas],
            "debriefs": list(ask.debriefs.all()),
        },
        user=request.user,
        focus_areas=focus,
    )
    if request.method == "POST" and form.is_valid():
        return _save(request, form, form.save(commit=False))
    return _composer(request, form, ask, ask.step, ask.rejection)


def _composer(
    request: AuthedRequest,
    form: MentorRequestForm,
    ask: MentorRequest | None,
    step: Step | None,
    rejection: Rejection | None,
) -> HttpResponse:
    message = str(form["message"].value() or "")
    mentor_name = ask.mentor_name if ask else ""
    chosen = form["mentor"].value() if form.has_mentors else None
    chosen_pk = getattr(chosen, "pk", chosen)  # the initial is a Person, a POST gives its pk
    if not mentor_name and str(chosen_pk or "").isdigit():
        person = Person.objects.filter(user=request.user, pk=int(str(chosen_pk))).first()
        mentor_name = person.name if person else ""
    return render(
        request,
        "reflect/mentor_form.html",
        {
            "form": form,
            "ask": ask,
            "step": step,
            "rejection": rejection,
            "findings": _findings(message, mentor_name),
            "focus_areas": form.focus_list,
            "reach": another_way.link_reach(request),
            "host": request.get_host(),
        },
    )


def _findings(message: str, mentor_name: str) -> list[dict[str, Any]]:
    """Tone findings with the words they point at, ready for the template."""
    return for_display(message, mentoring.tone_findings(message, mentor_name))


@transaction.atomic
def _save(request: AuthedRequest, form: MentorRequestForm, ask: MentorRequest) -> HttpResponse:
    data = form.cleaned_data
    mentor = data.get("mentor")
    if mentor is None:
        mentor = Person.objects.create(
            user=request.user,
            name=data["new_mentor_name"].strip(),
            email=data.get("new_mentor_email") or "",
            relationship=Relationship.MENTOR,
            how_we_met="Asked for advice through Onward",
        )
    ask.mentor, ask.mentor_name = mentor, mentor.name
    ask.focus_areas = [area.as_dict() for area in form.chosen_focus()]
    old_cv = ask.cv.name if ask.pk and ask.cv else ""
    upload = data.get("cv_file")
    if upload:
        ask.cv = upload
        ask.cv_name = display_name(upload.name or "cv")
        ask.cv_size = upload.size or 0
    elif data.get("remove_cv"):
        ask.cv.name, ask.cv_name, ask.cv_size = "", "", 0
    ask.save()
    ask.debriefs.set(data["debriefs"])
    if old_cv and old_cv != ask.cv.name:
        storage = ask.cv.storage
        transaction.on_commit(lambda: storage.delete(old_cv))
    if "share" in request.POST:
        return _share(request, ask, data["days"])
    messages.success(request, "Saved as a draft. Share it whenever you're ready.")
    return redirect(ask)


# A new link's token waits in the session between the post that made it and the page that
# shows it, so reloading that page repeats nothing; the page takes it out as it shows it.
_NEW_LINKS = "onward.reflect.new_links"


def _share(request: AuthedRequest, ask: MentorRequest, days: int) -> HttpResponse:
    local = another_way.link_reach(request).is_local  # a link no mentor could open asks no one
    share, token = mentoring.create_share(ask, days, finishes_step=not local)
    waiting = dict(request.session.get(_NEW_LINKS, {}))
    waiting[str(share.pk)] = token
    request.session[_NEW_LINKS] = waiting
    return redirect("reflect:share_ready", pk=share.pk)


def share_ready(request: AuthedRequest, pk: int) -> HttpResponse:
    """The new link, once. Opened again, the page says the link still works but can't be
    shown, and offers to swap it for a new one."""
    share = owned_or_404(Share.objects.select_related("request__mentor"), request.user,
                         "request__user", pk=pk)  # fmt: skip
    ask = share.request
    waiting = dict(request.session.get(_NEW_LINKS, {}))
    token = waiting.pop(str(pk), None)
    if token is None:
        days = (share.expires_at - share.created_at).days
        return render(
            request, "reflect/share_shown.html", {"ask": ask, "share": share, "days": days}
        )
    request.session[_NEW_LINKS] = waiting
    link = request.build_absolute_uri(reverse("reflect:shared_request", args=[token]))
    email = ask.mentor.email if ask.mentor else ""
    body = f"{for_mentor(ask, ask.message)}\n\n{link}\n"
    subject = "Could I ask your advice?"
    mailto = f"mailto:{quote(email)}?subject={quote(subject)}&body={quote(body)}"
    response = render(
        request,
        "reflect/share_created.html",
        {
            "ask": ask,
            "share": share,
            "link": link,
            "mailto": mailto,
            **another_way.context(request, ask),
        },
    )
    # The link is in the page: keep it out of the browser's cache and back-forward history.
    response["Cache-Control"] = "no-store"
    return response


def mentor_request_detail(
    request: AuthedRequest,
    pk: int,
    paste_form: PastedReplyForm | None = None,
    status: int = 200,
) -> HttpResponse:
    ask = _request(request, pk)
    replies = list(ask.replies.all())
    unread = {reply.pk for reply in replies if reply.read_at is None}
    mentoring.mark_read(ask)
    focus = _focus_choices(request, ask.focus_areas)
    return render(
        request,
        "reflect/mentor_detail.html",
        {
            "ask": ask,
            "shares": ask.shares.all(),
            "replies": replies,
            "unread": unread,
            "actions": ask.actions.all(),
            "action_form": ActionForm(focus_areas=focus),
            "days": mentoring.SHARE_DAY_CHOICES,
            "default_days": mentoring.share_days(),
            "by_email": notices_by_email(request.user),
            **another_way.context(request, ask, paste_form),
        },
        status=status,
    )


def mentor_request_preview(request: AuthedRequest, pk: int) -> HttpResponse:
    """What the mentor will see, without a link and without the reply form."""
    ask = _request(request, pk)
    return render(request, "reflect/shared.html", {**page_context(ask), "preview": True})


@require_POST
def share_create(request: AuthedRequest, pk: int) -> HttpResponse:
    ask = _request(request, pk)
    days = request.POST.get("days", "")
    allowed = {str(d): d for d in mentoring.SHARE_DAY_CHOICES}
    replaces = request.POST.get("replaces", "")
    with transaction.atomic():
        if replaces.isdigit():
            # A link that was made but never copied: turned off as its replacement is made.
            old = ask.shares.filter(pk=int(replaces)).first()
            if old is not None:
                mentoring.revoke(old)
        return _share(request, ask, allowed.get(days, mentoring.share_days()))


@require_POST
def share_revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    share = owned_or_404(Share.objects.select_related("request"), request.user, "request__user",
                         pk=pk)  # fmt: skip
    mentoring.revoke(share)
    messages.info(request, "That link is turned off. Anyone who opens it now sees nothing.")
    return redirect(share.request)


@require_POST
def mentor_request_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    ask = _request(request, pk)
    mentoring.delete_request(ask)
    messages.info(request, "Deleted the request, its links and its replies.")
    return redirect("reflect:reflect_home")


MENTOR_READS_WELL = "It reads well: warm, clear, and easy to answer."


@require_POST
def mentor_tone_check(request: AuthedRequest) -> HttpResponse:
    """Live tone check while typing (htmx); nothing is saved."""
    message = request.POST.get("message", "")
    name = request.POST.get("new_mentor_name", "").strip()
    mentor_id = request.POST.get("mentor", "")
    if mentor_id.isdigit():
        person = Person.objects.filter(user=request.user, pk=int(mentor_id)).first()
        name = person.name if person else name
    return render(
        request,
        "notes/_findings.html",
        {"findings": _findings(message, name), "ok_text": MENTOR_READS_WELL},
    )
