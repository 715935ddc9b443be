"""Every feature's models, gathered here so Django finds them under the `reflect` label;
other apps import them from this path."""

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
