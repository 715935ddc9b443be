"""Taking the strengths inventory: page by page, resumable, scored when finished."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from onward.plans.models import Step
from onward.plans.services import mark_done

from .inventory import ITEMS, Strength, page_items
from .models import InventoryTake
from .scoring import (
    TOP,
    Change,
    DomainScore,
    Score,
    as_record,
    compare,
    domain_scores,
    left_top,
    score,
)


def unfinished(user: User) -> InventoryTake | None:
    return InventoryTake.objects.filter(user=user, finished_at__isnull=True).first()


def latest_finished(user: User) -> InventoryTake | None:
    return InventoryTake.objects.filter(user=user, finished_at__isnull=False).first()


@transaction.atomic
def start(user: User) -> InventoryTake:
    """A new take, unless one is already under way: then that one, to resume."""
    return unfinished(user) or InventoryTake.objects.create(user=user)


@transaction.atomic
def save_page(take: InventoryTake, page: int, answers: Mapping[str, int]) -> None:
    allowed = {item.id for item in page_items(page)}
    take.answers = {**take.answers, **{k: int(v) for k, v in answers.items() if k in allowed}}
    take.save(update_fields=["answers"])
    if take.answered == len(ITEMS) and take.finished_at is None:
        finish(take)


@transaction.atomic
def finish(take: InventoryTake) -> None:
    take.result = as_record(score(take.answers))
    take.finished_at = timezone.now()
    take.save(update_fields=["result", "finished_at"])
    # Strengths belong to the person, not to one rejection: every plan's "know your
    # strengths" step still open is done by this take.
    for step in Step.objects.filter(
        plan__user_id=take.user_id, kind=Step.Kind.STRENGTHS, state=Step.State.OPEN
    ):
        mark_done(step)


def top_strengths(user: User) -> list[Score]:
    take = latest_finished(user)
    return score(take.answers)[:TOP] if take else []


@dataclass
class Report:
    take: InventoryTake
    scores: list[Score]
    domains: list[DomainScore]
    previous: InventoryTake | None = None
    changes: list[Change] = field(default_factory=list)
    dropped: list[Strength] = field(default_factory=list)

    @property
    def top(self) -> list[Score]:
        return self.scores[:TOP]

    @property
    def rest(self) -> list[Score]:
        return self.scores[TOP:]

    def change_for(self, key: str) -> Change | None:
        return next((c for c in self.changes if c.strength.key == key), None)


def report(take: InventoryTake) -> Report:
    scores = score(take.answers)
    previous = (
        InventoryTake.objects.filter(
            user_id=take.user_id, finished_at__isnull=False, finished_at__lt=take.finished_at
        )
        .order_by("-finished_at")
        .first()
    )
    result = Report(take, scores, domain_scores(scores), previous)
    if previous is not None and previous.result:
        current = take.result or as_record(scores)
        result.changes = compare(current, previous.result)
        result.dropped = left_top(current, previous.result)
    return result
