"""How the user is doing: mood check-ins, and reframes that find the silver lining."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
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
    # Sample check-ins go when the sample data is cleared; the user's own always stay.
    is_sample = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_mood_display()} on {self.created_at:%d %b %Y}"


class Reframe(models.Model):
    """The silver lining of one rejection, ending in one concrete next step."""

    class Door(models.TextChoices):
        NEW_IDEA = "new_idea", "A new idea for my current job"
        BETTER_CV = "better_cv", "A better CV"
        BETTER_FIT = "better_fit", "A position that fits me better"
        SKILL = "skill", "A skill worth building"
        PEOPLE = "people", "People worth knowing"
        OTHER = "other", "Something else"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    rejection = models.OneToOneField(
        "pipeline.Rejection", on_delete=models.CASCADE, related_name="reframe"
    )
    step = models.ForeignKey(
        "plans.Step", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    what_happened = models.TextField("What happened")
    first_thought = models.TextField("My first thought", blank=True)
    doors = models.JSONField("What it might open the door to", default=list, blank=True)
    door_detail = models.TextField("In my words", blank=True)
    balanced = models.TextField("A more balanced way to see it")
    next_step = models.CharField("One next step", max_length=200)
    next_step_due = models.DateField("By when")
    next_step_done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Silver lining: {self.rejection.application}"

    def get_absolute_url(self) -> str:
        return reverse("outlook:reframe_detail", args=[self.pk])

    @property
    def door_labels(self) -> list[str]:
        labels = dict(self.Door.choices)
        return [labels[d] for d in self.doors if d in labels]

    @property
    def next_step_done(self) -> bool:
        return self.next_step_done_at is not None
