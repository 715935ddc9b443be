"""Per-user preferences: gentle mode, the email digest, and the secret calendar feed."""

from __future__ import annotations

import datetime as dt
import secrets
import zoneinfo

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone

# 32 random bytes (256 bits) as URL-safe text: far past guessing, and short enough to paste.
TOKEN_BYTES = 32


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class Preferences(models.Model):
    class Digest(models.TextChoices):
        DAILY = "daily", "Every day"
        WEEKLY = "weekly", "Once a week"
        OFF = "off", "Off"

    WEEKDAYS = [
        (0, "Monday"),
        (1, "Tuesday"),
        (2, "Wednesday"),
        (3, "Thursday"),
        (4, "Friday"),
        (5, "Saturday"),
        (6, "Sunday"),
    ]

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="preferences"
    )
    gentle_mode = models.BooleanField(
        default=False,
        help_text="Hides the text of rejection messages unless you ask, and keeps the "
        "word out of Today.",
    )
    digest = models.CharField(max_length=10, choices=Digest.choices, default=Digest.OFF)
    digest_hour = models.PositiveSmallIntegerField(default=8, validators=[MaxValueValidator(23)])
    digest_weekday = models.PositiveSmallIntegerField(
        choices=WEEKDAYS, default=0, validators=[MaxValueValidator(6)]
    )
    time_zone = models.CharField(max_length=64, default="UTC")
    # The calendar feed is off (no token) until the user turns it on; a new token
    # replaces the old one, so the old address stops working at once.
    feed_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # Lets a digest email's unsubscribe link work without signing in.
    unsubscribe_token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "preferences"

    def __str__(self) -> str:
        return f"Preferences of {self.user}"

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def local_now(self, now: dt.datetime | None = None) -> dt.datetime:
        return (now or timezone.now()).astimezone(self.zone)

    def local_today(self, now: dt.datetime | None = None) -> dt.date:
        return self.local_now(now).date()

    def local_date(self, moment: dt.datetime) -> dt.date:
        """The calendar day a moment fell on where the user lives."""
        return moment.astimezone(self.zone).date()
