from django.urls import include, path

from onward.plans.models import Step
from onward.plans.pages import moved_to, step_page

from . import views

app_name = "notes"
urlpatterns = [
    step_page(Step.Kind.THANK, views.note_for_step),
    path("steps/<int:pk>/note/", moved_to(Step.Kind.THANK)),
    path(
        "notes/<int:pk>/",
        include(
            [
                path("", views.note_edit, name="note_edit"),
                path("check/", views.note_check, name="note_check"),
                path("autosave/", views.note_autosave, name="note_autosave"),
                path("redraft/", views.note_redraft, name="note_redraft"),
                path("send/", views.note_send, name="note_send"),
                path("note.eml", views.note_eml, name="note_eml"),
                path("card.pdf", views.note_card, name="note_card"),
                path("envelope.pdf", views.note_envelope, name="note_envelope"),
                path("printed/", views.note_printed, name="note_printed"),
                path("mailed/", views.note_mailed, name="note_mailed"),
                path("sent/", views.note_sent_after_all, name="note_sent_after_all"),
            ]
        ),
    ),
]
