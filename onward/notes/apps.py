from django.apps import AppConfig


class NotesConfig(AppConfig):
    name = "onward.notes"
    label = "notes"
