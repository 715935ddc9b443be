"""`onward import-applications FILE --user EMAIL [--dry-run] [--month-first]`."""

from onward.imports.management.base import ImportCommand


class Command(ImportCommand):
    help = "Bring in applications from another job tracker's CSV."
    kind = "applications"
    things = "applications"
