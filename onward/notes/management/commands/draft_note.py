"""`onward draft-note --to NAME --company COMPANY --role ROLE`: the composer's first draft,
from plain words rather than database rows, for scripts and for checking drafts in bulk.

Exit status 0 means a draft was printed; 2 means the arguments were wrong (an unknown
shape, a missing --to), like any command-line mistake.
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from onward.notes.drafts import SHAPES, DraftContext, draft_note

BAD_ARGUMENTS = 2


class Command(BaseCommand):
    help = "Print the thank-you draft Onward would write for one interviewer."
    # Plain words in, plain text out: no database or app checks needed.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--to", dest="recipient", metavar="NAME", required=True, help="Who it's for."
        )
        parser.add_argument(
            "--company", metavar="COMPANY", required=True, help="Where you interviewed."
        )
        parser.add_argument(
            "--role", metavar="ROLE", required=True, help='The role, or "" for none.'
        )
        parser.add_argument(
            "--notes",
            metavar="TEXT",
            default="",
            help="What you talked about, as you'd write it in the app; - reads stdin.",
        )
        # Checked in handle() rather than with choices=, for a message in Onward's words.
        parser.add_argument(
            "--shape", metavar="short|warm|card", default="short", help="The draft's shape."
        )
        parser.add_argument(
            "--from", dest="sender", metavar="NAME", default="", help="Your name, to sign it."
        )
        parser.add_argument(
            "--future",
            action="store_true",
            help="Add the line asking to be considered for future roles.",
        )
        parser.add_argument("--json", action="store_true", dest="as_json", help="Print JSON.")

    def handle(self, *args: Any, **options: Any) -> None:
        shape = options["shape"].strip().lower()
        if shape not in SHAPES:
            raise CommandError(
                f"There's no {options['shape']!r} shape. Pick one of: {', '.join(SHAPES)}.",
                returncode=BAD_ARGUMENTS,
            )
        if not options["recipient"].strip():
            raise CommandError("Say who the note is for, with --to NAME.", returncode=BAD_ARGUMENTS)
        notes = sys.stdin.read() if options["notes"] == "-" else options["notes"]
        context = DraftContext(
            recipient_name=options["recipient"],
            company=options["company"],
            role=options["role"],
            interview_notes=notes,
            sender_name=options["sender"],
            future_interest=options["future"],
        )
        draft = draft_note(context, shape)
        if options["as_json"]:
            payload = {"shape": shape, "subject": draft.subject, "body": draft.body}
            self.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False))
            return
        self.stdout.write(f"Subject: {draft.subject}\n\n{draft.body}")
        left_out = context.detail().left_out
        if left_out:
            # On stderr, so the draft on stdout can be piped on as it is.
            self.stderr.write(left_out, style_func=None)
