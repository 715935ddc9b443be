"""The sent-log: one row per email Onward means to send once, keyed by a stable name."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class SentMail(models.Model):
    """Where one email stands. A worker holds it under a lease while it talks to the mail
    server; a lease that runs out means that worker died, and the periodic job takes over."""

    class State(models.TextChoices):
        READY = "ready", "Not sent yet"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        # The server had the body but never confirmed: no automatic retry from here.
        UNSURE = "unsure", "May have been sent"

    key = models.CharField(max_length=200, unique=True)  # e.g. "note:12:1", "alert:40"
    kind = models.CharField(max_length=20)  # which app's resender takes over an expired lease
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE
    )
    message_id = models.CharField(max_length=200)
    state = models.CharField(max_length=10, choices=State.choices, default=State.READY)
    # Which claim holds the lease, so a worker that lost it can't record over the next one.
    token = models.CharField(max_length=32, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    handed_at = models.DateTimeField(null=True, blank=True)  # the body went to the server
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["state", "lease_until"], name="sentmail_leases")]

    def __str__(self) -> str:
        return f"{self.key}: {self.state}"


class DataVersion(models.Model):
    """A count of the changes to one user's data: every write to a row they own moves it
    on (core.versions), so anything worked out from their data and cached under this
    number is never read once the data has changed. The user's id without a foreign key:
    moving it on while an account's rows are being deleted must not stop the delete."""

    owner = models.BigIntegerField(primary_key=True)  # the user's id
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"version {self.version} of user {self.owner}"
