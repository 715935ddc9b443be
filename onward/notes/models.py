"""Notes to people: a thank-you draft per interviewer, or a note reaching back out when a
company is hiring again; sent once by email or printed as a card."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Note(models.Model):
    class Shape(models.TextChoices):
        SHORT = "short", "Short email"
        WARM = "warm", "Warm email"
        CARD = "card", "Card"

    class Purpose(models.TextChoices):
        THANK_YOU = "thank_you", "Thank-you note"
        RE_ENGAGE = "re_engage", "Reaching back out"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        QUEUED = "queued", "Sending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        PRINTED = "printed", "Printed as a card"
        # The user sent it themselves (their mail app, the .eml): Onward sent nothing.
        MAILED = "mailed", "Sent from your mail app"
        FAILED = "failed", "Not sent"
        # The server had the note but never confirmed (a timeout, a dropped line, a worker
        # that died): only the person can tell, from their sent mail or a reply.
        UNSURE = "unsure", "May have been sent"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    person = models.ForeignKey(
        "people.Person", on_delete=models.CASCADE, related_name="written_notes"
    )
    rejection = models.ForeignKey(
        "pipeline.Rejection", null=True, blank=True, on_delete=models.SET_NULL, related_name="notes"
    )
    step = models.OneToOneField(
        "plans.Step", null=True, blank=True, on_delete=models.SET_NULL, related_name="note"
    )
    purpose = models.CharField(max_length=20, choices=Purpose.choices, default=Purpose.THANK_YOU)
    shape = models.CharField(max_length=10, choices=Shape.choices, default=Shape.SHORT)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    card_theme = models.CharField(max_length=20, blank=True)
    # A stable Message-ID chosen when the note is queued, so a retried send is recognisable.
    message_id = models.CharField(max_length=200, blank=True)
    # How many times the person asked Onward to email it: each is its own sent-log entry.
    sends = models.PositiveSmallIntegerField(default=0)
    queued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    send_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    LOCKED = (Status.QUEUED, Status.SENDING, Status.SENT, Status.UNSURE)

    class Meta:
        ordering = ["-updated_at", "-pk"]

    def __str__(self) -> str:
        return f"Note to {self.person}"

    def get_absolute_url(self) -> str:
        return reverse("notes:note_edit", args=[self.pk])

    @property
    def is_locked(self) -> bool:
        """A note that is on its way or gone is no longer editable."""
        return self.status in self.LOCKED
