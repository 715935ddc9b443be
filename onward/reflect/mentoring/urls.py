from django.urls import path

from onward.plans.models import Step
from onward.plans.pages import moved_to

from . import action_views, another_way, shared_views, views

urlpatterns = [
    # The old address of the plan step's page.
    path("steps/<int:pk>/mentor/", moved_to(Step.Kind.MENTOR)),
    path("mentor/new/", views.mentor_request_new, name="mentor_request_new"),
    path("mentor/check/", views.mentor_tone_check, name="mentor_tone_check"),
    path("mentor/<int:pk>/", views.mentor_request_detail, name="mentor_request_detail"),
    path("mentor/<int:pk>/edit/", views.mentor_request_edit, name="mentor_request_edit"),
    path("mentor/<int:pk>/preview/", views.mentor_request_preview, name="mentor_request_preview"),
    path("mentor/<int:pk>/share/", views.share_create, name="share_create"),
    path("mentor/<int:pk>/delete/", views.mentor_request_delete, name="mentor_request_delete"),
    path("shares/<int:pk>/", views.share_ready, name="share_ready"),
    path("shares/<int:pk>/revoke/", views.share_revoke, name="share_revoke"),
    # The same request another way, for a mentor the link can't reach
    path("mentor/<int:pk>/request.eml", another_way.letter_eml, name="letter_eml"),
    path("mentor/<int:pk>/request.pdf", another_way.letter_pdf, name="letter_pdf"),
    path("mentor/<int:pk>/replies/paste/", another_way.reply_paste, name="reply_paste"),
    path("mentor/<int:pk>/sent/", another_way.request_sent, name="mentor_request_sent"),
    # The mentor's page: public, behind the link's token
    path("s/<str:token>/", shared_views.shared_request, name="shared_request"),
    path("s/<str:token>/cv/", shared_views.shared_cv, name="shared_cv"),
    # Action items
    path("actions/", action_views.action_list, name="action_list"),
    path("actions/new/", action_views.action_new, name="action_new"),
    path("replies/<int:pk>/action/", action_views.action_from_reply, name="action_from_reply"),
    path("actions/<int:pk>/done/", action_views.action_done, name="action_done"),
    path("actions/<int:pk>/undo/", action_views.action_undo, name="action_undo"),
    path("actions/<int:pk>/delete/", action_views.action_delete, name="action_delete"),
]
