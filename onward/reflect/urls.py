from django.urls import path

from onward.plans.models import Step
from onward.plans.pages import moved_to, step_page

from .views import actions, debriefs, home, mentor, prep, shared, stories, strengths

# The plan's steps open at /steps/<pk>/<kind>/, outside /reflect/ (routed by the root URLconf).
step_pages = [
    step_page(Step.Kind.REFLECT, debriefs.debrief_for_step),
    step_page(Step.Kind.MENTOR, mentor.mentor_for_step),
]

urlpatterns = [
    path("", home.reflect_home, name="reflect_home"),
    path("patterns/", debriefs.patterns_page, name="reflect_patterns"),
    # Debriefs
    path("steps/<int:pk>/debrief/", moved_to(Step.Kind.REFLECT)),
    path("rejections/<int:pk>/debrief/", debriefs.debrief_new, name="debrief_new"),
    path("debriefs/<int:pk>/", debriefs.debrief_detail, name="debrief_detail"),
    path("debriefs/<int:pk>/edit/", debriefs.debrief_edit, name="debrief_edit"),
    path("debriefs/<int:pk>/delete/", debriefs.debrief_delete, name="debrief_delete"),
    # Asking a mentor
    path("steps/<int:pk>/mentor/", moved_to(Step.Kind.MENTOR)),
    path("mentor/new/", mentor.mentor_request_new, name="mentor_request_new"),
    path("mentor/check/", mentor.mentor_tone_check, name="mentor_tone_check"),
    path("mentor/<int:pk>/", mentor.mentor_request_detail, name="mentor_request_detail"),
    path("mentor/<int:pk>/edit/", mentor.mentor_request_edit, name="mentor_request_edit"),
    path("mentor/<int:pk>/preview/", mentor.mentor_request_preview, name="mentor_request_preview"),
    path("mentor/<int:pk>/share/", mentor.share_create, name="share_create"),
    path("mentor/<int:pk>/delete/", mentor.mentor_request_delete, name="mentor_request_delete"),
    path("shares/<int:pk>/revoke/", mentor.share_revoke, name="share_revoke"),
    # The mentor's page: public, behind the link's token
    path("s/<str:token>/", shared.shared_request, name="shared_request"),
    path("s/<str:token>/cv/", shared.shared_cv, name="shared_cv"),
    # Action items
    path("actions/", actions.action_list, name="action_list"),
    path("actions/new/", actions.action_new, name="action_new"),
    path("replies/<int:pk>/action/", actions.action_from_reply, name="action_from_reply"),
    path("actions/<int:pk>/done/", actions.action_done, name="action_done"),
    path("actions/<int:pk>/undo/", actions.action_undo, name="action_undo"),
    path("actions/<int:pk>/delete/", actions.action_delete, name="action_delete"),
    # Strengths and stories
    path("strengths/", strengths.strengths_home, name="strengths_home"),
    path("strengths/start/", strengths.strengths_start, name="strengths_start"),
    path("strengths/<int:pk>/", strengths.strengths_report, name="strengths_report"),
    path("strengths/<int:pk>/page/<int:page>/", strengths.strengths_page, name="strengths_page"),
    path("stories/", stories.story_list, name="story_list"),
    path("stories/new/", stories.story_new, name="story_new"),
    path("stories/<int:pk>/", stories.story_edit, name="story_edit"),
    path("stories/<int:pk>/delete/", stories.story_delete, name="story_delete"),
    # Interview prep
    path("prep/<int:pk>/", prep.prep_sheet, name="prep_sheet"),
    path("prep/<int:pk>/sheet.pdf", prep.prep_pdf, name="prep_pdf"),
]
