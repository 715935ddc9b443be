from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "onward.accounts"
    label = "accounts"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from .backends import read_back_cheaply

        user_logged_in.connect(read_back_cheaply, dispatch_uid="onward.accounts.read_back")
