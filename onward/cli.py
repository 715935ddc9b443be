"""The `onward` console script: Django management commands with friendlier names.

`onward check-note FILE` runs the `check_note` command, `onward worker` runs the
background worker, and any other Django command works too (`onward migrate`).
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

# `import` is a Python keyword, so its command module has another name.
ALIASES = {"worker": "run_huey", "import": "import_data"}
# Commands that need no database, apps or settings of the install, only templates: Django
# starts with just those, which spares most of a second of start-up (a card PDF from the
# command line in about a second, issue 13).
LIGHT = {"card": "onward.notes.management.commands.card"}


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")
    args = list(sys.argv if argv is None else argv)
    if len(args) > 1 and not args[1].startswith("-"):
        name = args[1]
        args[1] = ALIASES.get(name, name.replace("-", "_"))
    args[0] = "onward"
    if len(args) > 1 and args[1] in LIGHT:
        _run_light(args)
        return
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)


def _run_light(args: list[str]) -> None:
    import django
    from django.conf import settings

    settings.configure(
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [Path(__file__).resolve().parent / "templates"],
            }
        ],
        USE_I18N=False,
    )
    django.setup()
    importlib.import_module(LIGHT[args[1]]).Command().run_from_argv(args)


if __name__ == "__main__":
    main()
