"""The story bank: which stories to have ready for a given interview."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..strengths.inventory import BY_KEY, COMPETENCIES, COMPETENCY_NAMES
from .models import Story


@dataclass(frozen=True)
class Match:
    story: Story
    score: int
    reasons: list[str]


def wanted_competencies(texts: Iterable[str]) -> set[str]:
    """Competencies a job ad, notes or questions hint at, by their words."""
    words = set(re.findall(r"[a-z][a-z\-]+", " ".join(texts).lower()))
    found = set()
    for key, _, hints in COMPETENCIES:
        if any(word.startswith(hint) for hint in hints for word in words):
            found.add(key)
    return found


def best_matches(
    stories: Sequence[Story], top_strengths: Sequence[str], texts: Iterable[str], count: int = 3
) -> list[Match]:
    """The stories that show the user's top strengths and what this role seems to want.

    A shared strength counts double a competency: strengths are what the user leads
    with, competencies only what the role hints at.
    """
    wanted = wanted_competencies(texts)
    matches = []
    for story in stories:
        strengths = [key for key in top_strengths if key in story.strengths]
        competencies = [key for key in story.competencies if key in wanted]
        reasons = [f"Shows {BY_KEY[key].name}" for key in strengths if key in BY_KEY]
        reasons += [f"Fits {COMPETENCY_NAMES[key].lower()}" for key in competencies
                    if key in COMPETENCY_NAMES]  # fmt: skip
        matches.append(Match(story, 2 * len(strengths) + len(competencies), reasons))
    # Stable: equal scores keep the bank's order (most recently edited first).
    matches.sort(key=lambda m: -m.score)
    return matches[:count]
