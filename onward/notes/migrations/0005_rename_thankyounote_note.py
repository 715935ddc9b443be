"""ThankYouNote became Note: it also holds the notes that reach back out after a rejection."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("notes", "0004_note_purpose"),
        ("people", "0004_company_moves_here"),
        # watch 0001 points at notes.ThankYouNote by its old name: rename after it.
        ("watch", "0001_initial"),
    ]

    operations = [
        migrations.RenameModel(old_name="ThankYouNote", new_name="Note"),
        migrations.AlterField(
            model_name="note",
            name="person",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="written_notes",
                to="people.person",
            ),
        ),
    ]
