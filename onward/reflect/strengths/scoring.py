"""Scoring the strengths inventory, and comparing one take with another.

Pure functions over {item id: answer 1-5}, so the method in docs/strengths.md can be
checked without a database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .inventory import DOMAINS, ITEMS, STRENGTHS, Strength

TOP = 5


class Incomplete(ValueError):
    """Some items have no answer yet."""


@dataclass(frozen=True)
class Score:
    strength: Strength
    mean: float  # 1.0-5.0 after reverse keying
    percent: int  # the mean on a 0-100 scale, for a bar
    strong_answers: int  # keyed answers of 5, the first tie-break
    rank: int  # 1 = strongest


@dataclass(frozen=True)
class DomainScore:
    key: str
    name: str
    percent: int


def keyed(answer: int, reverse: bool) -> int:
    """A reverse-keyed item counts the other way round: 5 becomes 1."""
    if answer not in (1, 2, 3, 4, 5):
        raise ValueError(f"An answer is 1 to 5, not {answer!r}.")
    return 6 - answer if reverse else answer


def score(answers: Mapping[str, int]) -> list[Score]:
    """Every strength, strongest first. Needs an answer for every item."""
    missing = [item.id for item in ITEMS if item.id not in answers]
    if missing:
        raise Incomplete(f"{len(missing)} items have no answer yet.")
    values: dict[str, list[int]] = {s.key: [] for s in STRENGTHS}
    for item in ITEMS:
        values[item.strength].append(keyed(int(answers[item.id]), item.reverse))
    order = {s.key: index for index, s in enumerate(STRENGTHS)}
    rows = []
    for strength in STRENGTHS:
        keyed_values = values[strength.key]
        mean = sum(keyed_values) / len(keyed_values)
        rows.append((strength, mean, sum(1 for v in keyed_values if v == 5)))
    # Ties: more answers of "very like me" first, then the fixed order (never random,
    # so the same answers always give the same report).
    rows.sort(key=lambda row: (-row[1], -row[2], order[row[0].key]))
    return [
        Score(strength, round(mean, 2), round((mean - 1) / 4 * 100), strong, rank)
        for rank, (strength, mean, strong) in enumerate(rows, start=1)
    ]


def domain_scores(scores: list[Score]) -> list[DomainScore]:
    """Each domain's average, strongest first."""
    result = []
    for domain in DOMAINS:
        percents = [s.percent for s in scores if s.strength.domain == domain.key]
        result.append(DomainScore(domain.key, domain.name, round(sum(percents) / len(percents))))
    return sorted(result, key=lambda d: -d.percent)


def as_record(scores: list[Score]) -> dict[str, dict[str, float | int]]:
    """What a finished take stores, so a later change of wording never rewrites history."""
    return {s.strength.key: {"mean": s.mean, "rank": s.rank} for s in scores}


@dataclass(frozen=True)
class Change:
    strength: Strength
    rank: int
    previous_rank: int | None
    mean: float
    previous_mean: float | None

    @property
    def moved(self) -> int:
        """Places gained since last time (negative when it fell)."""
        return 0 if self.previous_rank is None else self.previous_rank - self.rank

    @property
    def is_new_in_top(self) -> bool:
        return self.rank <= TOP and (self.previous_rank is None or self.previous_rank > TOP)


def compare(
    current: Mapping[str, Mapping[str, float | int]],
    previous: Mapping[str, Mapping[str, float | int]],
) -> list[Change]:
    """The current take against an earlier one, in the current order."""
    by_key = {s.key: s for s in STRENGTHS}
    changes = []
    for key, row in current.items():
        if key not in by_key:
            continue  # a strength retired in a later version of the inventory
        before = previous.get(key)
        changes.append(
            Change(
                strength=by_key[key],
                rank=int(row["rank"]),
                previous_rank=int(before["rank"]) if before else None,
                mean=float(row["mean"]),
                previous_mean=float(before["mean"]) if before else None,
            )
        )
    return sorted(changes, key=lambda c: c.rank)


def left_top(
    current: Mapping[str, Mapping[str, float | int]],
    previous: Mapping[str, Mapping[str, float | int]],
) -> list[Strength]:
    """Strengths in the previous top five that are not in the current one."""
    by_key = {s.key: s for s in STRENGTHS}
    return [
        by_key[key]
        for key, row in sorted(previous.items(), key=lambda kv: kv[1]["rank"])
        if key in by_key
        and key in current
        and int(row["rank"]) <= TOP
        and int(current[key]["rank"]) > TOP
    ]
