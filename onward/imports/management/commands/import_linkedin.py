"""`onward import-linkedin Connections.csv --user EMAIL [--dry-run]`."""

from onward.imports.management.base import ImportCommand


class Command(ImportCommand):
    help = "Bring in LinkedIn's Connections.csv as people, leaving out the ones known."
    kind = "linkedin"
    things = "people"
