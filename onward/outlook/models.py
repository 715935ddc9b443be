"""How the user is doing: mood check-ins (reframes arrive with a later issue)."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone


class MoodCheckIn(models.Model):
    MOODS = {
        1: "Really low",
        2: "Low",
        3: "Okay",
        4: "Fairly good",
        5: "Good",
    }

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    rejection = models.ForeignKey(
        "pipeline.Rejection", null=True, blank=True, on_delete=models.SET_NULL
    )
    mood = models.PositiveSmallIntegerField(
        choices=MOODS, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    words = models.CharField("A few words", max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_mood_display()} on {self.created_at:%d %b %Y}"
