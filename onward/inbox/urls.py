from django.urls import include, path

from . import views

_pages = [
    path("", views.queue, name="queue"),
    path("paste/", views.paste, name="paste"),
    path("upload/", views.upload, name="upload"),
    path("settings/", views.settings_page, name="mail"),
    path("settings/sync/", views.sync_now, name="sync"),
    path("settings/disconnect/", views.disconnect, name="disconnect"),
    path("<int:pk>/", views.message_detail, name="message"),
    path("<int:pk>/decide/", views.decide, name="decide"),
    path("learned/<int:pk>/undo/", views.undo_lesson, name="undo_lesson"),
    path("learned/<int:pk>/forget/", views.forget_lesson, name="forget_lesson"),
    path("connect/<int:pk>/", views.connect, name="connect"),
    path("connect/<int:pk>/close/", views.connect_close, name="connect_close"),
]

app_name = "inbox"
urlpatterns = [
    path("inbox/", include(_pages)),
]
