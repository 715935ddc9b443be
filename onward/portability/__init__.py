"""Your data: export and import, backup and restore, and deleting an account."""
