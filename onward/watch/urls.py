from django.urls import include, path

from onward.plans.models import Step
from onward.plans.pages import moved_to, step_page

from . import views

# The plan's step opens at /steps/<pk>/watch/, outside /watch/.
step_pages = [step_page(Step.Kind.WATCH, views.watch_for_step)]

_pages = [
    path("", views.watch_list, name="watch_list"),
    path("new/", views.watch_new, name="watch_new"),
    path("steps/<int:pk>/", moved_to(Step.Kind.WATCH)),
    path("<int:pk>/", views.watch_edit, name="watch_edit"),
    path("<int:pk>/stop/", views.watch_stop, name="watch_stop"),
    path("<int:pk>/looked/", views.watch_looked, name="watch_looked"),
    path("<int:pk>/check-again/", views.watch_check_again, name="watch_check_again"),
    path("alerts/<int:pk>/", views.alert_detail, name="alert_detail"),
    path("alerts/<int:pk>/note/<int:person>/", views.alert_note, name="alert_note"),
    path("alerts/<int:pk>/dismiss/", views.alert_dismiss, name="alert_dismiss"),
    path("alerts/<int:pk>/restore/", views.alert_restore, name="alert_restore"),
]

app_name = "watch"
urlpatterns = [
    *step_pages,
    path("watch/", include(_pages)),
]
