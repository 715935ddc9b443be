"""Reading a user's IMAP folder, from the last message seen onwards.

Each message is imported in its own transaction together with the new "last seen UID",
so a sync that stops half-way (a dropped connection, a restarted worker) carries on
exactly where it stopped, and never imports a message twice.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from onward.lib.imap import Folder, ImapError, ImapServer

from .crypto import CannotDecrypt, decrypt
from .models import MailAccount, Source
from .parsing import NotAnEmail, parse
from .services import Importer
from .understand import understand

log = logging.getLogger(__name__)
MAX_PER_SYNC = 2000  # a first sync of a big folder goes on at the next run
STALE_CLAIM = dt.timedelta(minutes=30)


def server_for(account: MailAccount) -> ImapServer:
    return ImapServer(
        host=account.host,
        port=account.port,
        use_ssl=account.use_ssl,
        username=account.username,
        password=decrypt(account.password_encrypted),
        folder=account.folder or "INBOX",
        plain_login_host=account.plain_login_host,
    )


def _claim(account_id: int) -> bool:
    """Only one sync of an account at a time: claim it with a conditional update."""
    now = timezone.now()
    return bool(
        MailAccount.objects.filter(pk=account_id)
        .filter(Q(syncing_since__isnull=True) | Q(syncing_since__lt=now - STALE_CLAIM))
        .update(syncing_since=now)
    )


def sync_account(account_id: int) -> str:
    """Import what is new in the account's folder. Returns a sentence for the settings page."""
    if not _claim(account_id):
        return "A sync is already running."
    account = MailAccount.objects.select_related("user").get(pk=account_id)
    result = ""
    error = ""
    try:
        result = _sync(account)
    except CannotDecrypt:
        error = "Onward can't read the saved password any more. Please enter it again."
    except ImapError as problem:
        error = str(problem)
    finally:
        MailAccount.objects.filter(pk=account_id).update(
            syncing_since=None,
            last_synced_at=timezone.now(),
            last_error=error[:500],
            **({"last_result": result[:300]} if result else {}),
        )
    return error or result


def _sync(account: MailAccount) -> str:
    importer = Importer(account.user, Source.IMAP)
    problems = 0
    with Folder(server_for(account)) as folder:
        if folder.uidvalidity != account.uidvalidity:
            # The server renumbered the folder: read it again; Message-IDs stop duplicates.
            MailAccount.objects.filter(pk=account.pk).update(
                uidvalidity=folder.uidvalidity, last_uid=0
            )
            account.last_uid = 0
        uids = folder.new_uids(account.last_uid, account.since)[:MAX_PER_SYNC]
        for fetched in folder.fetch(uids):
            with transaction.atomic():
                try:
                    mail = parse(fetched.raw)
                    importer.add(mail, understand(mail))
                except NotAnEmail:
                    problems += 1
                except Exception:  # one bad message must not stop the folder
                    log.exception("IMAP message %s of account %s", fetched.uid, account.pk)
                    problems += 1
                MailAccount.objects.filter(pk=account.pk).update(last_uid=fetched.uid)
    tally = importer.tally
    parts = [f"Read {tally.read} new message{'s' if tally.read != 1 else ''}"]
    if tally.to_review:
        parts.append(f"{tally.to_review} to look at")
    if problems:
        parts.append(f"{problems} couldn't be read")
    return ", ".join(parts) + "."
