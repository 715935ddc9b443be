"""`onward check-note FILE`: the composer's tone check, for a note written anywhere.

Exit status 0 means nothing to fix, 1 means there are findings, 2 means the file
couldn't be read, so scripts can tell "look at this" apart from "try again".
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser, RawDescriptionHelpFormatter
from pathlib import Path
from typing import Any

from django.core.management.base import (
    BaseCommand,
    CommandError,
    CommandParser,
    DjangoHelpFormatter,
)

from onward.notes.tone import IMPORTANCE, MEANING, SHAPES, Finding, check_note

UNREADABLE = 2


class _HelpFormatter(DjangoHelpFormatter, RawDescriptionHelpFormatter):
    """Django's option order, with the list of codes printed as written."""


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        message = f"Couldn't find {name}. Check the path and try again."
    except IsADirectoryError:
        message = f"{name} is a folder. Point check-note at the note's text file."
    except PermissionError:
        message = f"Couldn't open {name}: this account isn't allowed to read it."
    except UnicodeDecodeError:
        message = f"{name} isn't UTF-8 text. Save it as plain UTF-8 text and try again."
    except OSError as exc:
        message = f"Couldn't read {name}: {exc.strerror or exc}."
    raise CommandError(message, returncode=UNREADABLE)


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class Command(BaseCommand):
    help = "Check a thank-you note's tone before sending it. Exits 1 when there's something to fix."
    # A plain text check: no database or app checks are needed, so it stays fast.
    requires_system_checks: list[str] = []

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.formatter_class = _HelpFormatter
        codes = "\n".join(f"  {code:<20}{MEANING[code]}" for code in IMPORTANCE)
        parser.epilog = f"Findings, the most important first:\n{codes}"
        return parser

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", help="The note as a UTF-8 text file, or - to read stdin.")
        parser.add_argument("--shape", choices=sorted(SHAPES), default="email")
        parser.add_argument("--json", action="store_true", dest="as_json", help="Print JSON.")
        parser.add_argument("--to", dest="recipient", default=None, help="Who the note is for.")
        parser.add_argument(
            "--detail",
            action="append",
            default=[],
            help="Something from the interview the note should mention (repeatable).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        text = _read(options["file"])
        findings = check_note(
            text,
            shape=options["shape"],
            recipient_name=options["recipient"],
            details=options["detail"],
        )
        if options["as_json"]:
            self.stdout.write(json.dumps([self._as_dict(f) for f in findings], indent=2))
        else:
            self._print_readable(text, findings)
        if findings:
            raise SystemExit(1)

    @staticmethod
    def _as_dict(finding: Finding) -> dict[str, object]:
        return {
            "code": finding.code,
            "message": finding.message,
            "start": finding.start,
            "end": finding.end,
            "why": finding.why,
            "suggestion": finding.suggestion,
        }

    def _print_readable(self, text: str, findings: list[Finding]) -> None:
        if not findings:
            self.stdout.write("Looks good: nothing to fix.")
            return
        for finding in findings:
            if finding.end > finding.start:
                line, column = _line_and_column(text, finding.start)
                words = text[finding.start : finding.end]
                where = f"Line {line}, column {column}: \u201c{words}\u201d"
            else:
                where = "The whole note"
            self.stdout.write(f"{where} [{finding.code}]")
            self.stdout.write(f"  {finding.message}")
            self.stdout.write(f"  Why: {finding.why}")
            self.stdout.write(f"  Try: {finding.suggestion}")
        count = len(findings)
        self.stdout.write(f"\n{count} thing{'s' if count != 1 else ''} to look at before sending.")
