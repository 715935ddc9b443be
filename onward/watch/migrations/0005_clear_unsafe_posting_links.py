"""Postings stored before links were checked may carry javascript: or data: links from a
hostile feed: only http(s) links stay (security review 2026-11-30, finding 10)."""

from django.db import migrations
from django.db.models import Q


def clear_unsafe_links(apps, schema_editor):
    Posting = apps.get_model("watch", "Posting")
    safe = Q(url__istartswith="http://") | Q(url__istartswith="https://")
    Posting.objects.exclude(safe).exclude(url="").update(url="")


class Migration(migrations.Migration):
    dependencies = [("watch", "0004_careers_page_reminder")]

    operations = [migrations.RunPython(clear_unsafe_links, migrations.RunPython.noop)]
