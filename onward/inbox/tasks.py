"""Background jobs for the inbox, run by `onward worker` (huey)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from .models import MailAccount
from .sync import sync_account


@db_task()
def sync_mail(account_id: int) -> str:
    return sync_account(account_id)


@db_periodic_task(crontab(minute="*/30"))
def sync_all_mail() -> int:
    """Every half hour, each connected account reads what is new."""
    ids = list(MailAccount.objects.exclude(password_encrypted="").values_list("pk", flat=True))
    for account_id in ids:
        sync_mail(account_id)
    return len(ids)
