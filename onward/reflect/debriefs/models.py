"""A debrief: a short, private look back at one rejection."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from onward.pipeline.models import Stage

from .dimensions import DIMENSIONS


def _rating(label: str) -> models.PositiveSmallIntegerField[int, int]:
    return models.PositiveSmallIntegerField(
        label, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )


class Debrief(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    rejection = models.OneToOneField(
        "pipeline.Rejection", on_delete=models.CASCADE, related_name="debrief"
    )
    step = models.ForeignKey(
        "plans.Step", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    stage_reached = models.CharField(max_length=20, choices=Stage.choices)
    questions = models.TextField(blank=True)
    # One field per dimension in onward.reflect.dimensions, in the same order.
    preparation = _rating("Interview preparation")
    depth = _rating("Role-specific depth")
    stories = _rating("Stories and examples (STAR)")
    clarity = _rating("Communication clarity")
    questions_asked = _rating("Questions I asked")
    cv_fit = _rating("CV fit to the role")
    rapport = _rating("Rapport")
    went_well = models.TextField(blank=True)
    differently = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Debrief: {self.rejection.application}"

    def get_absolute_url(self) -> str:
        return reverse("reflect:debrief_detail", args=[self.pk])

    def rating(self, key: str) -> int:
        return int(getattr(self, key))

    @property
    def ratings(self) -> dict[str, int]:
        return {d.key: self.rating(d.key) for d in DIMENSIONS}

    @property
    def question_list(self) -> list[str]:
        return [line.strip(" -*\u2022\t") for line in self.questions.splitlines() if line.strip()]
