"""`onward token create --user EMAIL --name NAME [--read-only]`: a personal access token,
printed once (only its hash is kept); `onward token list --user EMAIL` and
`onward token revoke --user EMAIL ID` to see and take back the ones made."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError

from onward.api import tokens
from onward.api.models import AccessToken


class Command(BaseCommand):
    help = "Make, list or revoke a user's personal access tokens for the API."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help="Make a token and print it once.")
        create.add_argument("--user", required=True, help="The account's email address.")
        create.add_argument("--name", required=True, help="What the token is for.")
        create.add_argument("--read-only", action="store_true", help="It can only read.")
        listing = actions.add_parser("list", help="The user's tokens (never the secrets).")
        listing.add_argument("--user", required=True)
        revoke = actions.add_parser("revoke", help="Revoke a token by its id.")
        revoke.add_argument("--user", required=True)
        revoke.add_argument("id", type=int)

    def handle(self, *args: Any, **options: Any) -> None:
        user = _user(options["user"])
        if options["action"] == "create":
            name = " ".join(options["name"].split())
            if not name:
                raise CommandError("Give the token a name, so you can tell it apart later.")
            new = tokens.create_token(user, name, read_only=options["read_only"])
            self.stdout.write(new.secret)
            kind = "read-only token" if options["read_only"] else "token"
            self.stderr.write(
                f"Made the {kind} “{new.token.name}” for {user.email}. This is the only "
                "time it is shown: keep it like a password."
            )
        elif options["action"] == "list":
            for token in AccessToken.objects.filter(user=user):
                state = "revoked" if token.revoked_at else "active"
                access = "read-only" if token.read_only else "read-write"
                self.stdout.write(f"{token.pk}\t{token.prefix}…\t{access}\t{state}\t{token.name}")
        else:
            found = AccessToken.objects.filter(user=user, pk=options["id"]).first()
            if found is None:
                raise CommandError(f"{user.email} has no token with the id {options['id']}.")
            if tokens.revoke(found):
                self.stdout.write(f"Revoked “{found.name}”.")
            else:
                self.stdout.write(f"“{found.name}” was already revoked.")


def _user(email: str) -> User:
    user = get_user_model().objects.filter(email__iexact=email.strip()).first()
    if user is None:
        raise CommandError(f"No account uses {email}.")
    return user
