"""Sample check-ins leave with the sample rejection they belong to; the user's own stay."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from onward.pipeline.models import Rejection

from .models import MoodCheckIn


@receiver(pre_delete, sender=Rejection, dispatch_uid="outlook-sample-checkins")
def drop_sample_checkins(sender: Any, instance: Rejection, **kwargs: Any) -> None:
    MoodCheckIn.objects.filter(rejection=instance, is_sample=True).delete()
