"""The `onward` console script: Django management commands with friendlier names.

`onward check-note FILE` runs the `check_note` command, `onward worker` runs the
background worker, and any other Django command works too (`onward migrate`).
"""

from __future__ import annotations

import os
import sys

# `import` is a Python keyword, so its command module has another name.
ALIASES = {"worker": "run_huey", "import": "import_data"}


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")
    args = list(sys.argv if argv is None else argv)
    if len(args) > 1 and not args[1].startswith("-"):
        name = args[1]
        args[1] = ALIASES.get(name, name.replace("-", "_"))
    args[0] = "onward"
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)


if __name__ == "__main__":
    main()
