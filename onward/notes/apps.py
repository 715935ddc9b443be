from django.apps import AppConfig


class NotesConfig(AppConfig):
    name = "onward.notes"
    label = "notes"

    def ready(self) -> None:
        from django.conf import settings
        from django.db.models.signals import post_save

        from . import tasks  # noqa: F401  (registers the jobs, and the resender of notes)
        from .receivers import sign_drafts_when_named
        from .services import drafters

        drafters()  # a wrong path in ONWARD_NOTE_DRAFTERS stops the app at startup
        post_save.connect(
            sign_drafts_when_named,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="notes.sign_drafts_when_named",
        )
