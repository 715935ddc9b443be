from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "onward.core"
    label = "core"

    def ready(self) -> None:
        from .due import sources

        # Import every listed source now: a wrong path stops the app at startup with an
        # ImproperlyConfigured, not on the first visit to Today.
        sources()

        from . import versions

        versions.connect()
