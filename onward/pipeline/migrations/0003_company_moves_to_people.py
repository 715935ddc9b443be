"""Company now lives in people (people 0004). Application.company points there, and the
model leaves pipeline's state; the table pipeline_company and its rows stay untouched."""

import django.db.models.deletion
from django.db import migrations, models


def _move_content_type(apps, schema_editor, from_label, to_label):
    # Permissions and generic relations point at the ContentType row, so renaming it (same
    # id) keeps them attached.
    types = apps.get_model('contenttypes', 'ContentType').objects.db_manager(
        schema_editor.connection.alias
    )
    moving = types.filter(app_label=from_label, model='company').first()
    if moving is None:
        return  # A new database: post_migrate makes the row once all migrations have run.
    # Run separately from people 0004, post_migrate has made a row for the state in between
    # (both apps had a Company). It holds only Django's default permissions.
    types.filter(app_label=to_label, model='company').delete()
    moving.app_label = to_label
    moving.save(update_fields=['app_label'])


def forwards(apps, schema_editor):
    _move_content_type(apps, schema_editor, 'pipeline', 'people')


def backwards(apps, schema_editor):
    _move_content_type(apps, schema_editor, 'people', 'pipeline')


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('people', '0004_company_moves_here'),
        ('pipeline', '0002_sample_flag'),
        # Every foreign key to the old model must be repointed before it leaves the state.
        ('watch', '0002_company_in_people'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='application',
                    name='company',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='applications', to='people.company'),
                ),
                migrations.DeleteModel(
                    name='Company',
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
