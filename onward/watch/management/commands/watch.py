"""`onward watch add|list|poll`: company watch from the command line."""

from __future__ import annotations

import json
import time
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser

from onward.lib.terminal import printable
from onward.watch import services
from onward.watch.poller import alert_line, poll_cycle
from onward.watch.sources import vendor_choices

LOOP_SECONDS = 15 * 60


class Command(BaseCommand):
    help = "Watch companies' public job boards: add a watch, list them, or poll now."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="add|list|poll")
        add = sub.add_parser("add", help="Watch a company's job board.")
        add.add_argument("--user", required=True, metavar="EMAIL")
        add.add_argument("--company", required=True, metavar="NAME")
        add.add_argument("--url", required=True, metavar="CAREERS_URL")
        add.add_argument(
            "--keywords",
            metavar="TEXT",
            help='Comma-separated, e.g. "data analyst, analytics" (default: the rejected role).',
        )
        add.add_argument("--location", default="", metavar="TEXT", help="Comma-separated places.")
        add.add_argument("--remote", action="store_true", help="Remote roles fit too.")
        add.add_argument("--email", action="store_true", help="Email the user at once on news.")
        add.add_argument(
            "--vendor",
            choices=[name for name, _ in vendor_choices()],
            help="Say which kind of board it is when the URL doesn't.",
        )
        listing = sub.add_parser("list", help="List a user's watches.")
        listing.add_argument("--user", required=True, metavar="EMAIL")
        poll = sub.add_parser("poll", help="Check the watched boards.")
        poll.add_argument("--once", action="store_true", help="Run one cycle now, then stop.")
        poll.add_argument(
            "--json", action="store_true", help="Print each new alert as a JSON line."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "add":
            self.add(options)
        elif action == "list":
            self.list(options)
        else:
            self.poll(options)

    def _user(self, email: str) -> User:
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No Onward account has the email {email!r}.")
        return user

    def add(self, options: dict[str, Any]) -> None:
        user = self._user(options["user"])
        url = options["url"]
        try:
            found, discovered = services.board_behind(url, options["vendor"], short=False)
        except services.NoBoardFound as nothing:
            raise CommandError(
                f"{services.unrecognised_message(url.strip())} Onward looked at that page too: "
                f"{nothing}"
            ) from nothing
        except services.WatchRefused as refused:
            raise CommandError(str(refused)) from refused
        if discovered:
            self.stdout.write(f"Followed the careers page to the board behind it: {url}")
        given = services.WatchInput(
            company=options["company"],
            careers_url=url,
            keywords=options["keywords"],
            locations=options["location"],
            remote=options["remote"],
            email_immediately=options["email"],
            vendor=options["vendor"],
            board=found,
        )
        try:
            watch = services.save_watch(user, given)
        except services.WatchRefused as refused:
            raise CommandError(str(refused)) from refused
        board = found
        name = "the feed" if board.vendor == "feed" else f"the board {board.token!r}"
        self.stdout.write(f"Recognised a {board.label} job board: {name}.")
        self.stdout.write(
            f"Watching {watch.company.name} for {user.email}: "
            f"{services.filters_of(watch).describe()}."
        )
        hours = settings.ONWARD_WATCH_EVERY_HOURS
        self.stdout.write(f"Checked every {hours:g} hours by the worker.")

    def list(self, options: dict[str, Any]) -> None:
        user = self._user(options["user"])
        watches = list(services.watches_of(user))
        if not watches:
            self.stdout.write(f"{user.email} isn't watching any company yet.")
            return
        for watch in watches:
            board = watch.board
            if board is None:
                self.stdout.write(
                    f"{watch.company.name}\tcareers page: {watch.careers_url}\t"
                    f"you look every {watch.look_every_days} days, next {watch.next_look_on}\t"
                    f"{services.filters_of(watch).describe()}"
                )
                continue
            state = board.get_status_display().lower()
            if board.is_sample:
                state = "sample, never checked"
            elif board.status == board.Status.OK and board.last_ok_at is None:
                state = "not checked yet"
            self.stdout.write(
                f"{watch.company.name}\t{board.source_label}: {board.token}\t{state}\t"
                f"{services.filters_of(watch).describe()}\t"
                f"{watch.alerts.count()} alert(s)"
            )

    def poll(self, options: dict[str, Any]) -> None:
        while True:
            report = poll_cycle(force=options["once"])
            if options["json"]:
                for alert in report.announced:
                    self.stdout.write(json.dumps(alert_line(alert), ensure_ascii=False))
            else:
                self.stdout.write(report.summary())
                for alert in report.announced:
                    # A job board wrote the title and the address: no escape codes.
                    line = f"  {alert.user.email}: {alert.headline} {alert.posting.url}"
                    self.stdout.write(printable(line))
            if options["once"]:
                return
            time.sleep(LOOP_SECONDS)
