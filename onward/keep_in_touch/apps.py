from django.apps import AppConfig


class KeepInTouchConfig(AppConfig):
    """The long game: who is losing touch, and what to say. Its records live in people."""

    name = "onward.keep_in_touch"
    label = "keep_in_touch"
    verbose_name = "Keep in touch"
