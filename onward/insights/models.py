"""The digest's memory: one row per user and period, so no digest ever goes out twice."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class DigestSent(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # "day:2025-03-09" or "week:2025-W10", in the user's own time zone.
    period = models.CharField(max_length=20)
    items = models.PositiveSmallIntegerField(default=0)  # 0: nothing was due, nothing sent
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "period"], name="digest_once_per_period")
        ]

    def __str__(self) -> str:
        return f"Digest {self.period} for {self.user}"
