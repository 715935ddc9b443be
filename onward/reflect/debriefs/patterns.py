"""Patterns across debriefs: ratings that stay low, where rejections cluster, questions
that keep coming back, and the one to three focus areas they point to.

Pure functions over plain facts, so every rule can be checked from known debriefs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from onward.notes.tone import content_words
from onward.pipeline.models import Stage

from .dimensions import BY_KEY, DIMENSIONS, LOW, STAGE_FOCUS

WINDOW = 4  # "the last 4 debriefs"
MAX_FOCUS = 3
SIMILAR = 0.5  # share of content words two questions need in common to be "the same"
CHANGE = 0.5  # how far an average must move to count as better or lower


@dataclass(frozen=True)
class DebriefFacts:
    when: dt.date  # when the "no" came: debriefs are read in that order
    written: dt.datetime  # when the debrief was written: "since" an action item
    stage: str
    ratings: Mapping[str, int]
    questions: Sequence[str] = ()


@dataclass(frozen=True)
class RejectionFacts:
    when: dt.date
    stage: str


@dataclass(frozen=True)
class FocusArea:
    key: str  # a dimension key, or "stage:<stage>"
    title: str
    why: str  # to the user: "Your stories scored ..."
    tip: str
    shared: str = ""  # the same in the user's voice, for a mentor: "My stories scored ..."

    def as_dict(self) -> dict[str, str]:
        return {"key": self.key, "title": self.title, "why": self.why, "shared": self.shared}


@dataclass(frozen=True)
class StageCluster:
    stage: str
    count: int
    total: int
    sentence: str
    shared: str


@dataclass(frozen=True)
class RecurringQuestion:
    text: str  # the most recent wording
    debriefs: int


@dataclass(frozen=True)
class Average:
    key: str
    label: str
    mean: float


@dataclass
class Patterns:
    debriefs: int
    averages: list[Average] = field(default_factory=list)
    focus_areas: list[FocusArea] = field(default_factory=list)
    stage_cluster: StageCluster | None = None
    recurring: list[RecurringQuestion] = field(default_factory=list)


def find_patterns(
    debriefs: Sequence[DebriefFacts], rejections: Sequence[RejectionFacts] = ()
) -> Patterns:
    ordered = sorted(debriefs, key=lambda d: (d.when, d.written))
    cluster = stage_cluster([r.stage for r in rejections] or [d.stage for d in ordered])
    patterns = Patterns(
        debriefs=len(ordered),
        averages=_averages(ordered),
        stage_cluster=cluster,
        recurring=recurring_questions(ordered),
    )
    focus = _low_ratings(ordered)
    if cluster and len(focus) < MAX_FOCUS:
        stage = STAGE_FOCUS[cluster.stage]
        key = f"stage:{cluster.stage}"
        focus.append(FocusArea(key, stage.title, cluster.sentence, stage.tip, cluster.shared))
    if not focus and ordered:
        focus.append(_lowest(ordered))
    patterns.focus_areas = focus[:MAX_FOCUS]
    return patterns


def _averages(ordered: Sequence[DebriefFacts]) -> list[Average]:
    if not ordered:
        return []
    return [
        Average(d.key, d.label, round(sum(x.ratings[d.key] for x in ordered) / len(ordered), 1))
        for d in DIMENSIONS
    ]


def _low_ratings(ordered: Sequence[DebriefFacts]) -> list[FocusArea]:
    """Dimensions rated 2 or lower in at least half of the last few debriefs."""
    window = ordered[-WINDOW:]
    n = len(window)
    found: list[tuple[float, float, int, FocusArea]] = []
    for index, dimension in enumerate(DIMENSIONS):
        values = [d.ratings[dimension.key] for d in window]
        lows = sum(1 for v in values if v <= LOW)
        if not lows or lows * 2 < n:
            continue
        why = _low_sentence(dimension.subject, lows, n, len(ordered), values, "your")
        shared = _low_sentence(dimension.mine, lows, n, len(ordered), values, "my")
        area = FocusArea(dimension.key, dimension.focus, why, dimension.tip, shared)
        found.append((-lows / n, sum(values) / n, index, area))
    return [area for *_, area in sorted(found, key=lambda row: row[:3])]


def _low_sentence(
    subject: str, lows: int, n: int, total: int, values: list[int], whose: str
) -> str:
    if n == 1:
        return f"{subject} scored {values[0]} out of 5 in {whose} debrief."
    if lows == 1:
        low = next(v for v in values if v <= LOW)
        which = f"{whose} latest debrief" if values[-1] <= LOW else f"{whose} debrief before last"
        return f"{subject} scored {low} out of 5 in {which}."
    if n >= WINDOW or total > n:
        last = "the last" if whose == "your" else "my last"
        where = f"all of {last} {n} debriefs" if lows == n else f"{lows} of {last} {n} debriefs"
    elif lows == n:
        where = f"both of {whose} debriefs" if n == 2 else f"all {n} of {whose} debriefs"
    else:
        where = f"{lows} of {whose} {n} debriefs"
    return f"{subject} scored {LOW} or lower in {where}."


def _lowest(ordered: Sequence[DebriefFacts]) -> FocusArea:
    """When nothing stays low, the lowest average is still the best place to grow."""
    n = len(ordered)
    means = [
        (sum(d.ratings[dim.key] for d in ordered) / n, index, dim)
        for index, dim in enumerate(DIMENSIONS)
    ]
    mean, _, dimension = min(means, key=lambda row: row[:2])
    if n == 1:
        why = f"{dimension.subject} was your lowest rating ({mean:.0f} out of 5)."
        shared = f"{dimension.mine} was my lowest rating ({mean:.0f} out of 5)."
    else:
        so_far = f"so far, averaging {mean:.1f} across {n} debriefs."
        why = f"{dimension.subject} is your lowest rating {so_far}"
        shared = f"{dimension.mine} is my lowest rating {so_far}"
    return FocusArea(dimension.key, dimension.focus, why, dimension.tip, shared)


_STAGE_WORDS = {
    "saved": "before any interview",
    "applied": "before any interview",
    "screen": "after the first call",
    "interview": "after interviews, before a final round",
    "final": "in the final round",
    "offer": "in the final round",
}


_STAGE_NOUNS = {
    "saved": "application stage",
    "applied": "application stage",
    "screen": "phone screen",
    "interview": "interview stage",
    "final": "final round",
    "offer": "offer stage",
}


def stage_cluster(stages: Sequence[str]) -> StageCluster | None:
    """The stage where at least two, and at least half, of the rejections came."""
    # Before any interview is one stage for this purpose, whatever it was called.
    grouped = ["applied" if s == "saved" else "final" if s == "offer" else s for s in stages]
    grouped = [s for s in grouped if s in _STAGE_WORDS]
    if len(grouped) < 2:
        return None
    counts = Counter(grouped)
    # Ties go to the furthest stage: it is the more hopeful, and the more specific, story.
    stage, count = max(counts.items(), key=lambda kv: (kv[1], Stage.rank(kv[0])))
    total = len(grouped)
    if count < 2 or count * 2 < total:
        return None
    where = _STAGE_WORDS[stage]
    if count == total:
        sentence = shared = f"All {count} rejections came {where}."
    else:
        sentence = f"{count} of your {total} rejections came {where}."
        shared = f"{count} of my {total} rejections came {where}."
    if stage == "final":
        sentence += " You are getting close."
    return StageCluster(stage, count, total, sentence, shared)


def recurring_questions(ordered: Sequence[DebriefFacts]) -> list[RecurringQuestion]:
    """Questions asked in two or more debriefs, worded alike (most often asked first)."""
    groups: list[tuple[list[frozenset[str]], set[int], list[str]]] = []
    for index, debrief in enumerate(ordered):
        for question in debrief.questions:
            text = " ".join(question.split())
            if not text:
                continue
            words = frozenset(content_words(text)) or frozenset({text.lower()})
            for members, seen, wordings in groups:
                if any(_similar(words, other) for other in members):
                    members.append(words)
                    seen.add(index)
                    wordings.append(text)
                    break
            else:
                groups.append(([words], {index}, [text]))
    found = [
        (len(seen), max(seen), RecurringQuestion(wordings[-1], len(seen)))
        for _, seen, wordings in groups
        if len(seen) >= 2
    ]
    return [q for *_, q in sorted(found, key=lambda row: (-row[0], -row[1]))]


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a & b) / len(a | b) >= SIMILAR


@dataclass(frozen=True)
class Progress:
    status: str  # "waiting", "better", "same", "lower", "new"
    sentence: str


def progress_on(
    focus_key: str,
    since: dt.datetime,
    debriefs: Sequence[DebriefFacts],
    rejections: Sequence[RejectionFacts] = (),
) -> Progress:
    """Whether the debriefs written after `since` improved on a focus area."""
    if focus_key.startswith("stage:"):
        return _stage_progress(focus_key.removeprefix("stage:"), since, rejections)
    dimension = BY_KEY.get(focus_key)
    if dimension is None:
        return Progress("waiting", "")
    ordered = sorted(debriefs, key=lambda d: (d.when, d.written))
    before = [d.ratings[focus_key] for d in ordered if d.written < since][-WINDOW:]
    after = [d.ratings[focus_key] for d in ordered if d.written >= since]
    if not after:
        return Progress("waiting", "No debrief since you started on this. The next one will tell.")
    now = sum(after) / len(after)
    count = "1 debrief" if len(after) == 1 else f"{len(after)} debriefs"
    if not before:
        return Progress("new", f"{dimension.subject} averaged {now:.1f} in {count} since.")
    then = sum(before) / len(before)
    if now - then >= CHANGE:
        sentence = f"Better: {now:.1f} in {count} since, up from {then:.1f}."
        return Progress("better", sentence)
    if then - now >= CHANGE:
        return Progress("lower", f"Not yet: {now:.1f} in {count} since, from {then:.1f}.")
    return Progress("same", f"About the same: {now:.1f} in {count} since, {then:.1f} before.")


def _stage_progress(
    stage: str, since: dt.datetime, rejections: Sequence[RejectionFacts]
) -> Progress:
    later = [r for r in rejections if r.when >= since.date()]
    if not later:
        return Progress("waiting", "Nothing new since you started on this.")
    furthest = max(later, key=lambda r: Stage.rank(r.stage))
    label = _STAGE_NOUNS.get(furthest.stage, "same stage")
    if Stage.rank(furthest.stage) > Stage.rank(stage):
        return Progress("better", f"Better: since then you reached the {label}.")
    return Progress("same", f"Since then: the {label}, like before.")
