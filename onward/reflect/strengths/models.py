"""One take of the strengths inventory: answers saved page by page, scored when finished."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from .inventory import ITEMS, PAGE_SIZE, PAGES, VERSION


class InventoryTake(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    version = models.CharField(max_length=10, default=VERSION)
    answers = models.JSONField(default=dict, blank=True)  # {item id: 1-5}
    # {strength key: {"mean": float, "rank": int}}, frozen when the take is finished.
    result = models.JSONField(default=dict, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        return f"Strengths, {self.started_at:%d %b %Y}"

    def get_absolute_url(self) -> str:
        if self.finished_at:
            return reverse("reflect:strengths_report", args=[self.pk])
        return reverse("reflect:strengths_page", args=[self.pk, self.next_page])

    @property
    def answered(self) -> int:
        return sum(1 for item in ITEMS if item.id in self.answers)

    @property
    def percent_done(self) -> int:
        return round(self.answered / len(ITEMS) * 100)

    @property
    def next_page(self) -> int:
        """The first page with an unanswered item: where a resumed take picks up."""
        for index, item in enumerate(ITEMS):
            if item.id not in self.answers:
                return index // PAGE_SIZE + 1
        return PAGES
