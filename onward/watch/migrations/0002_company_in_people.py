"""Watch.company now points at people.Company: the same table (pipeline_company), so the
column and its foreign key in the database stay as they are."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('people', '0004_company_moves_here'),
        ('watch', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='watch',
                    name='company',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='watches', to='people.company'),
                ),
            ],
            database_operations=[],
        ),
    ]
