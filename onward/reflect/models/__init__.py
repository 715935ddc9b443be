"""Reflect's models, one module per feature."""

from .debriefs import Debrief
from .mentoring import ActionItem, MentorReply, MentorRequest, Share
from .stories import Story
from .strengths import InventoryTake

__all__ = [
    "ActionItem",
    "Debrief",
    "InventoryTake",
    "MentorReply",
    "MentorRequest",
    "Share",
    "Story",
]
