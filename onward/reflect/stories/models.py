"""The story bank: STAR stories to tell in interviews."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Story(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=120)
    situation = models.TextField()
    task = models.TextField(blank=True)
    action = models.TextField()
    result = models.TextField()
    # Keys from onward.reflect.inventory: STRENGTHS and COMPETENCIES.
    strengths = models.JSONField(default=list, blank=True)
    competencies = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("reflect:story_edit", args=[self.pk])
