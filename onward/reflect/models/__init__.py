"""Reflect's models, one module per feature."""

from ..debriefs.models import Debrief
from ..mentoring.models import ActionItem, MentorReply, MentorRequest, Share
from ..stories.models import Story
from ..strengths.models import InventoryTake

__all__ = [
    "ActionItem",
    "Debrief",
    "InventoryTake",
    "MentorReply",
    "MentorRequest",
    "Share",
    "Story",
]
