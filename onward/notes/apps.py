from django.apps import AppConfig


class NotesConfig(AppConfig):
    name = "onward.notes"
    label = "notes"

    def ready(self) -> None:
        from .services import drafters

        drafters()  # a wrong path in ONWARD_NOTE_DRAFTERS stops the app at startup
