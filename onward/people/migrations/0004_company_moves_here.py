"""Company moves from pipeline to people. Only Django's idea of where the model lives
changes: the table keeps its name (pipeline_company), so no row and no foreign key in the
database is touched. pipeline 0003 then removes the old model from pipeline's state and
renames its ContentType row."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def drop_in_between_content_type(apps, schema_editor):
    # Unapplied in a separate run from pipeline 0003, post_migrate has made a row for
    # people.Company in the state in between (both apps had a Company). The real row, with
    # any permissions given to users, is pipeline's again by now; this one holds only
    # Django's default permissions.
    types = apps.get_model('contenttypes', 'ContentType').objects.db_manager(
        schema_editor.connection.alias
    )
    if types.filter(app_label='pipeline', model='company').exists():
        types.filter(app_label='people', model='company').delete()


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('people', '0003_sample_flag'),
        ('pipeline', '0002_sample_flag'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Company',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('website', models.URLField(blank=True)),
                        ('careers_url', models.URLField(blank=True)),
                        ('is_sample', models.BooleanField(default=False)),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name_plural': 'companies',
                        'db_table': 'pipeline_company',
                        'ordering': ['name'],
                        'constraints': [
                            models.UniqueConstraint(fields=('user', 'name'), name='company_unique_name_per_user'),
                        ],
                    },
                ),
                migrations.AlterField(
                    model_name='person',
                    name='company',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='people', to='people.company'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(migrations.RunPython.noop, drop_in_between_content_type, elidable=False),
    ]
