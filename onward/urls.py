from django.urls import include, path

from onward.core import views as core
from onward.keep_in_touch import urls as keep_in_touch_urls
from onward.notes import views as notes
from onward.outlook import views as outlook
from onward.people import views as people
from onward.pipeline import views as pipeline
from onward.plans import views as plans
from onward.plans.models import Step
from onward.plans.pages import moved_to, step_page
from onward.reflect import urls as reflect_urls
from onward.watch import urls as watch_urls

urlpatterns = [
    path("", core.landing, name="landing"),
    path("health/", core.health, name="health"),
    path("settings/", core.settings_page, name="settings"),
    path("", include("onward.demo.urls")),
    path("today/", plans.today, name="today"),
    path("applications/", pipeline.application_list, name="application_list"),
    path("applications/new/", pipeline.application_new, name="application_new"),
    path("applications/<int:pk>/", pipeline.application_detail, name="application_detail"),
    path("applications/<int:pk>/delete/", pipeline.application_delete, name="application_delete"),
    path("applications/<int:pk>/stage/", pipeline.application_stage, name="application_stage"),
    path("applications/<int:pk>/interviews/new/", pipeline.interview_new, name="interview_new"),
    path("applications/<int:pk>/rejection/", pipeline.rejection_new, name="rejection_new"),
    path("plans/<int:pk>/", plans.plan_detail, name="plan_detail"),
    path("steps/<int:pk>/", plans.step_open, name="step_open"),
    path("steps/<int:pk>/done/", plans.step_done, name="step_done"),
    path("steps/<int:pk>/skip/", plans.step_skip, name="step_skip"),
    path("steps/<int:pk>/snooze/", plans.step_snooze, name="step_snooze"),
    path("steps/<int:pk>/undo/", plans.step_undo, name="step_undo"),
    step_page(Step.Kind.THANK, notes.note_for_step),
    path("steps/<int:pk>/note/", moved_to(Step.Kind.THANK)),
    path("", include(reflect_urls.step_pages)),
    path("", include(watch_urls.step_pages)),
    path("", include(keep_in_touch_urls.step_pages)),
    path("notes/<int:pk>/", notes.note_edit, name="note_edit"),
    path("notes/<int:pk>/check/", notes.note_check, name="note_check"),
    path("notes/<int:pk>/redraft/", notes.note_redraft, name="note_redraft"),
    path("notes/<int:pk>/send/", notes.note_send, name="note_send"),
    path("notes/<int:pk>/note.eml", notes.note_eml, name="note_eml"),
    path("notes/<int:pk>/card.pdf", notes.note_card, name="note_card"),
    path("notes/<int:pk>/envelope.pdf", notes.note_envelope, name="note_envelope"),
    path("notes/<int:pk>/printed/", notes.note_printed, name="note_printed"),
    path("people/", people.person_list, name="person_list"),
    path("people/<int:pk>/", people.person_detail, name="person_detail"),
    path("people/<int:pk>/edit/", people.person_edit, name="person_edit"),
    path("people/<int:pk>/delete/", people.person_delete, name="person_delete"),
    path("people/", include("onward.keep_in_touch.urls")),
    path("checkin/", outlook.checkin, name="checkin"),
    path("reflect/", include("onward.reflect.urls")),
    path("inbox/", include("onward.inbox.urls")),
    path("watch/", include("onward.watch.urls")),
    path("insights/", include("onward.insights.urls")),
    path("", include("onward.outlook.urls")),
    path("", include("onward.accounts.urls")),
    path("accounts/", include("allauth.urls")),
]
