"""The story bank, and the prep sheet for an interview: a page, and the same as a PDF."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.pipeline.models import Application

from ..strengths.inventory import BY_KEY, COMPETENCY_NAMES
from ..strengths.services import top_strengths
from . import prep
from .forms import StoryForm
from .models import Story


def story_list(request: AuthedRequest) -> HttpResponse:
    stories = list(Story.objects.filter(user=request.user))
    strength = request.GET.get("strength", "")
    competency = request.GET.get("competency", "")
    if strength in BY_KEY:
        stories = [s for s in stories if strength in s.strengths]
    if competency in COMPETENCY_NAMES:
        stories = [s for s in stories if competency in s.competencies]
    cards = [
        {
            "story": story,
            "strengths": [(k, BY_KEY[k].name) for k in story.strengths if k in BY_KEY],
            "competencies": [
                (k, COMPETENCY_NAMES[k]) for k in story.competencies if k in COMPETENCY_NAMES
            ],
        }
        for story in stories
    ]
    return render(
        request,
        "reflect/story_list.html",
        {
            "cards": cards,
            "strength": BY_KEY.get(strength),
            "competency": COMPETENCY_NAMES.get(competency, ""),
        },
    )


def _form_page(request: AuthedRequest, form: StoryForm, story: Story | None) -> HttpResponse:
    return render(
        request,
        "reflect/story_form.html",
        {
            "form": form,
            "story": story,
            "top": [s.strength.key for s in top_strengths(request.user)],
        },
    )


def story_new(request: AuthedRequest) -> HttpResponse:
    initial = {}
    if request.GET.get("strength") in BY_KEY:
        initial["strengths"] = [request.GET["strength"]]
    form = StoryForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        story = form.save(commit=False)
        story.user = request.user
        story.save()
        messages.success(request, "Saved to your story bank. One more ready to tell.")
        return redirect("reflect:story_list")
    return _form_page(request, form, None)


def story_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    story = owned_or_404(Story, request.user, pk=pk)
    form = StoryForm(request.POST if request.method == "POST" else None, instance=story)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect("reflect:story_list")
    return _form_page(request, form, story)


@require_POST
def story_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    story = owned_or_404(Story, request.user, pk=pk)
    story.delete()
    messages.info(request, f"Deleted “{story.title}”.")
    return redirect("reflect:story_list")


def _application(request: AuthedRequest, pk: int) -> Application:
    return owned_or_404(Application.objects.select_related("company"), request.user, pk=pk)


def prep_sheet(request: AuthedRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    return render(
        request, "reflect/prep_sheet.html", {"sheet": prep.build(request.user, application)}
    )


def prep_pdf(request: AuthedRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    pdf = prep.render_pdf(prep.build(request.user, application), request.user)
    name = slugify(f"prep {application.role} {application.company.name}") or "prep-sheet"
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return response
