"""The mentor step's advice, reworded in plans made before: "Why not ask the company why?"
read as an invitation to ask. Only steps that still carry the old words exactly change;
nothing else in an existing plan is touched."""

from typing import Any

from django.db import migrations

OLD = (
    "Why not ask the company why? They rarely answer, and it can put them on the "
    "defensive. Someone you trust can help more."
)
NEW = (
    "Skip asking the company why: they rarely answer, and it can put them on the defensive. "
    "Talk it through with a mentor you trust instead."
)


def reword(apps: Any, schema_editor: Any) -> None:
    Step = apps.get_model("plans", "Step")
    Step.objects.filter(kind="mentor", detail=OLD).update(detail=NEW)


def put_back(apps: Any, schema_editor: Any) -> None:
    Step = apps.get_model("plans", "Step")
    Step.objects.filter(kind="mentor", detail=NEW).update(detail=OLD)


class Migration(migrations.Migration):
    dependencies = [("plans", "0002_strengths_step")]

    operations = [migrations.RunPython(reword, put_back)]
