from __future__ import annotations

from django.contrib import messages
from django.db.models import Case, Value, When
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.core.paging import page_of

from . import services
from .forms import (
    ApplicationForm,
    InterviewerFormSet,
    InterviewForm,
    RejectionForm,
    StageForm,
)
from .models import Application, Outcome


def application_list(request: AuthedRequest) -> HttpResponse:
    # Those in progress first, then the closed ones, a page at a time.
    still_open = Case(When(outcome=Outcome.OPEN, then=Value(0)), default=Value(1))
    applications = (
        Application.objects.filter(user=request.user)
        .select_related("company")
        .order_by(still_open, "-created_at", "-pk")
    )
    page = page_of(request, applications)
    return render(
        request,
        "pipeline/application_list.html",
        {
            "page": page,
            "open": [a for a in page if a.outcome == Outcome.OPEN],
            "closed": [a for a in page if a.outcome != Outcome.OPEN],
        },
    )


def application_new(request: AuthedRequest) -> HttpResponse:
    form = ApplicationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        application = services.create_application(
            request.user,
            data["company"],
            data["role"],
            stage=data["stage"],
            location=data["location"],
            job_url=data["job_url"],
            applied_on=data["applied_on"],
        )
        if _guided(request):
            # The "I just got a rejection" path: who interviewed you, then the news itself.
            return redirect(
                reverse("pipeline:interview_new", args=[application.pk]) + "?then=rejection"
            )
        messages.success(request, "Saved. Add the interviews and the people you met next.")
        return redirect(application)
    return render(
        request, "pipeline/application_form.html", {"form": form, "guided": _guided(request)}
    )


def _guided(request: AuthedRequest) -> bool:
    return (request.GET.get("then") or request.POST.get("then")) == "rejection"


def application_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application, request.user, pk=pk)
    interviews = application.interviews.prefetch_related("interviewpanel_set__person")
    return render(
        request,
        "pipeline/application_detail.html",
        {
            "application": application,
            "interviews": interviews,
            "history": application.history.all(),
            "rejection": getattr(application, "rejection", None),
            "stage_form": StageForm(initial={"stage": application.stage}),
        },
    )


@require_POST
def application_stage(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application, request.user, pk=pk)
    form = StageForm(request.POST)
    if form.is_valid():
        services.move_to_stage(application, form.cleaned_data["stage"])
        messages.success(request, "Stage updated.")
    else:
        messages.error(request, "Pick one of the stages in the list.")
    return redirect(application)


def interview_new(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application, request.user, pk=pk)
    form = InterviewForm(request.POST if request.method == "POST" else None)
    panel = InterviewerFormSet(request.POST if request.method == "POST" else None, prefix="people")
    if request.method == "POST" and form.is_valid() and panel.is_valid():
        people = [
            services.InterviewerInput(
                name=row["name"], title=row["title"], email=row["email"], topics=row["topics"]
            )
            for row in panel.cleaned_data
            if row.get("name")
        ]
        data = form.cleaned_data
        services.add_interview(
            application, data["held_on"], data["kind"], data["notes"], people, stage=data["stage"]
        )
        count = len(people)
        if _guided(request):
            return redirect("pipeline:rejection_new", pk=application.pk)
        messages.success(
            request,
            "Interview saved."
            + (f" {count} {'person' if count == 1 else 'people'} added." if count else ""),
        )
        return redirect(application)
    return render(
        request,
        "pipeline/interview_form.html",
        {"application": application, "form": form, "panel": panel, "guided": _guided(request)},
    )


def rejection_new(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application, request.user, pk=pk)
    if hasattr(application, "rejection"):
        return redirect(application.rejection.plan)
    form = RejectionForm(
        request.POST if request.method == "POST" else None, application=application
    )
    if request.method == "POST" and form.is_valid():
        rejection = services.record_rejection(application, **form.cleaned_data)
        messages.success(request, "Saved. That one stings. Give yourself today.")
        return redirect(rejection.plan)
    return render(
        request, "pipeline/rejection_form.html", {"application": application, "form": form}
    )


def application_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application.objects.select_related("company"), request.user, pk=pk)
    if request.method == "POST":
        name = str(application)
        application.delete()
        messages.success(request, f"Deleted {name}, with its interviews and plan.")
        return redirect("pipeline:application_list")
    return render(
        request,
        "core/confirm_delete.html",
        {
            "title": f"Delete {application}?",
            "detail": "Its interviews, stage history, plan and notes go too. "
            "The people you met stay in People. This can't be undone.",
            "back": application.get_absolute_url(),
        },
    )
