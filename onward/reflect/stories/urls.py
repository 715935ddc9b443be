from django.urls import path

from . import views

urlpatterns = [
    path("stories/", views.story_list, name="story_list"),
    path("stories/new/", views.story_new, name="story_new"),
    path("stories/<int:pk>/", views.story_edit, name="story_edit"),
    path("stories/<int:pk>/delete/", views.story_delete, name="story_delete"),
    # Interview prep
    path("prep/<int:pk>/", views.prep_sheet, name="prep_sheet"),
    path("prep/<int:pk>/sheet.pdf", views.prep_pdf, name="prep_pdf"),
]
