"""The interview prep sheet for an application: strengths to lead with, stories to have
ready, and what past debriefs taught. A page, and a PDF rendered by WeasyPrint."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from onward.notes import fonts
from onward.pipeline.models import Application

from ..debriefs.models import Debrief
from ..debriefs.patterns import FocusArea, RecurringQuestion
from ..debriefs.services import patterns_for
from ..mentoring.models import ActionItem
from ..strengths.scoring import Score
from ..strengths.services import top_strengths
from .matching import Match, best_matches
from .models import Story

LESSONS = 3


@dataclass(frozen=True)
class Lesson:
    where: str
    text: str


@dataclass
class PrepSheet:
    application: Application
    top: list[Score] = field(default_factory=list)
    stories: list[Match] = field(default_factory=list)
    story_count: int = 0
    lessons: list[Lesson] = field(default_factory=list)
    focus: list[FocusArea] = field(default_factory=list)
    questions: list[RecurringQuestion] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.top or self.stories or self.lessons or self.focus)


def build(user: User, application: Application) -> PrepSheet:
    top = top_strengths(user)
    patterns = patterns_for(user)
    stories = list(Story.objects.filter(user=user))
    texts = [application.role, application.notes]
    texts += [q.text for q in patterns.recurring]
    texts += [interview.notes for interview in application.interviews.all()]
    debriefs = (
        Debrief.objects.filter(user=user)
        .exclude(differently="")
        .select_related("rejection__application__company")
        .order_by("-rejection__received_on", "-created_at")[:LESSONS]
    )
    return PrepSheet(
        application=application,
        top=top,
        stories=best_matches(stories, [s.strength.key for s in top], texts),
        story_count=len(stories),
        lessons=[Lesson(str(d.rejection.application), d.differently.strip()) for d in debriefs],
        focus=patterns.focus_areas,
        questions=patterns.recurring[:5],
        actions=list(ActionItem.objects.filter(user=user, done_at__isnull=True)[:5]),
    )


def render_pdf(sheet: PrepSheet, user: User) -> bytes:
    # Imported here so Django starts without WeasyPrint's native libraries loaded.
    from weasyprint import HTML, URLFetcher

    html = render_to_string(
        "reflect/prep_sheet_pdf.html",
        {
            "sheet": sheet,
            "name": user.get_full_name().strip(),
            "today": timezone.localdate(),
            # Built by the notes app from font files it found itself, never from user text.
            "font_css": mark_safe(fonts.font_face_css()),
        },
    )
    # Only our own font files may load: no network, whatever the user's text says.
    fetcher = URLFetcher(allowed_protocols={"file"})
    return bytes(HTML(string=html, url_fetcher=fetcher).write_pdf())
