"""`onward card`: print a thank-you card to a PDF from a message in a text file."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from onward.notes.cards import FORMATS, LAYOUTS, THEMES, CardError, render_card


class Command(BaseCommand):
    help = "Render a print-ready thank-you card PDF from a message file."
    # A card needs no database and no URLs: skipping the system checks saves start-up time.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--theme", required=True, choices=list(THEMES))
        parser.add_argument("--format", required=True, choices=list(FORMATS), dest="fmt")
        parser.add_argument("--to", required=True, dest="to_name", help="Who the card is for.")
        parser.add_argument(
            "--message-file", required=True, type=Path, help="A UTF-8 text file with the note."
        )
        parser.add_argument("--output", required=True, type=Path, help="Where to write the PDF.")
        parser.add_argument("--from", default="", dest="from_name", help="Your name, to sign.")

    def handle(self, *args: Any, **options: Any) -> None:
        message_file: Path = options["message_file"]
        output: Path = options["output"]
        try:
            message = message_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CommandError(f"No message file at {message_file}. Check the path.") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Couldn't read the message file {message_file}: {exc}") from None
        if not message.strip():
            raise CommandError(f"{message_file} is empty. Write the note there first.")

        try:
            pdf = render_card(
                options["theme"],
                options["fmt"],
                options["to_name"],
                message,
                options["from_name"],
            )
        except CardError as exc:
            raise CommandError(str(exc)) from None

        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            # Written whole to a temporary name first, so a failed write never leaves a
            # half-written PDF where a good one was.
            partial = output.with_name(output.name + ".part")
            partial.write_bytes(pdf)
            partial.replace(output)
        except OSError as exc:
            raise CommandError(f"Couldn't write {output}: {exc}") from None

        layout = LAYOUTS[options["fmt"]]
        self.stdout.write(
            f"Wrote {output} ({FORMATS[options['fmt']]}, {THEMES[options['theme']]}): "
            f"2 pages of {layout.width_pt:g} x {layout.height_pt:g} pt "
            f"({layout.width} x {layout.height})."
        )
