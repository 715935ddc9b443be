"""`onward import-vcards contacts.vcf --user EMAIL [--dry-run]`."""

from onward.imports.management.base import ImportCommand


class Command(ImportCommand):
    help = "Bring in contacts from a vCard file (versions 3 and 4) as people."
    kind = "vcards"
    things = "people"
