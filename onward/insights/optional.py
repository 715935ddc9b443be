"""Reading other apps that may not be ready yet (reflect's debriefs and action items).

Insights and the calendar use them through their public models when their tables
exist, and quietly leave them out otherwise, so this app never breaks on a fresh
checkout where those apps have not been migrated.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db import connection


def model_if_ready(app_label: str, model_name: str) -> Any | None:
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None
    if model._meta.db_table not in connection.introspection.table_names():
        return None
    return model
