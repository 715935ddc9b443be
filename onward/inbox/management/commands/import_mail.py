"""`onward import-mail PATH [--user EMAIL] [--dry-run] [--json]`: read job-search mail."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from onward.inbox.learning import Lessons
from onward.inbox.parsing import NotAnEmail, parse
from onward.inbox.progress import Progress
from onward.inbox.reading import NotMail, count_hint, sources
from onward.inbox.services import Importer, Tally
from onward.inbox.understand import Reading, as_json, understand
from onward.lib.terminal import printable

LABEL_WORDS = {
    "rejection": "a rejection",
    "next_step": "a next step",
    "offer": "an offer",
    "received": "received",
}


class Command(BaseCommand):
    help = (
        "Read job-search mail from an .eml file, an .mbox file or a folder of .eml files: "
        "find the rejections, next steps, offers and acknowledgements. "
        "Exits 0 when every message was read, 2 when some could not be (the rest are imported)."
    )
    # Reading mail needs no URLs, views or API: the system checks would import them all,
    # a second of CPU before the first message (a quarter of the command's start-up).
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="an .eml, an .mbox, or a folder of .eml files")
        parser.add_argument("--user", help="the email address of the account to import into")
        parser.add_argument(
            "--dry-run", action="store_true", help="only read and report; change nothing"
        )
        parser.add_argument(
            "--json", action="store_true", help="print one JSON object per message, one per line"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"]).expanduser()
        dry_run: bool = options["dry_run"]
        as_lines: bool = options["json"]
        user = self._user(options.get("user"), dry_run)
        if not path.exists():
            raise CommandError(f"{path}: there is no such file or folder.")
        out = getattr(self.stdout, "_out", sys.stdout)
        err = getattr(self.stderr, "_out", sys.stderr)
        tty = not as_lines and hasattr(out, "isatty") and out.isatty()
        progress = Progress(out, count_hint(path), enabled=tty)
        importer = Importer(user, "cli") if user is not None and not dry_run else None
        tally = importer.tally if importer else Tally()
        # The person's lessons read every message, whether it is saved or only shown:
        # a dry run with --user reports exactly what the import would save.
        lessons = importer.lessons if importer else Lessons(user) if user is not None else None

        def problem(text: str) -> None:
            tally.problems.append(text)
            progress.clear()
            err.write(printable(text) + "\n")

        try:
            for raw in sources(path):
                progress.advance(raw.size)
                try:
                    mail = parse(raw.data, truncated=raw.truncated)
                except NotAnEmail as error:
                    problem(f"{raw.where}: {error}; skipped.")
                    continue
                except Exception as error:  # a parser bug must not stop a 100,000-message import
                    problem(f"{raw.where}: could not be read ({error}); skipped.")
                    continue
                for warning in mail.warnings:
                    progress.clear()
                    err.write(printable(f"{raw.where}: {warning}.") + "\n")
                reading = understand(mail, lessons=lessons)
                if as_lines:
                    out.write(json.dumps(as_json(mail, reading), ensure_ascii=False) + "\n")
                if importer is None:
                    tally.read += 1
                    tally.count(reading.label)
                else:
                    try:
                        importer.add(mail, reading)
                    except DatabaseError as error:
                        problem(f"{raw.where}: could not be saved ({error}); nothing of it kept.")
                        continue
                if not as_lines and reading.job_related:
                    progress.line(_describe(mail.subject, reading))
        except NotMail as error:
            problem(str(error))
        progress.finish()
        if not as_lines:
            out.write(_summary(tally, dry_run=dry_run or importer is None) + "\n")
        out.flush()
        if tally.problems:
            raise SystemExit(2)

    def _user(self, email: str | None, dry_run: bool) -> User | None:
        if not email:
            if dry_run:
                return None
            raise CommandError(
                "Whose mail is this? Add --user EMAIL, or look first with --dry-run."
            )
        user = (
            User.objects.filter(email__iexact=email).first()
            or User.objects.filter(username__iexact=email).first()
        )
        if user is None:
            raise CommandError(f"There is no account for {email}.")
        return user


def _describe(subject: str, reading: Reading) -> str:
    """One line for a person's terminal: what the sender wrote can't steer it."""
    what = LABEL_WORDS.get(reading.label, reading.label)
    about = " · ".join(part for part in (reading.company, reading.role) if part) or "?"
    return printable(f"  {what:<12} {about}  “{subject[:70]}”")


def _summary(tally: Tally, *, dry_run: bool) -> str:
    counts = ", ".join(
        f"{tally.labels.get(label, 0):,} {word}"
        for label, word in (
            ("rejection", "rejections"),
            ("next_step", "next steps"),
            ("offer", "offers"),
            ("received", "acknowledgements"),
            ("other", "other"),
        )
    )
    lines = [f"Read {tally.read:,} messages: {counts}."]
    if dry_run:
        lines.append("Nothing was saved (dry run).")
    else:
        lines.append(
            f"Saved {tally.added:,} new, {tally.duplicates:,} already here, "
            f"{tally.skipped:,} not job mail (not kept)."
        )
        if tally.auto:
            lines.append(f"{tally.auto:,} updated your applications by themselves.")
        if tally.to_review:
            lines.append(f"{tally.to_review:,} to look at on the Inbox page (/inbox/).")
    if tally.problems:
        lines.append(f"{len(tally.problems):,} could not be read (see above); the rest are in.")
    return "\n".join(lines)
