"""How well the tone check does on a labelled set of notes: precision and recall per code.

The set is notes we wrote ourselves (onward/notes/tests/tone_set.jsonl), one JSON
object a line, each labelled with every code a careful reader would expect. The
rules were tuned on the "tune" split; the "holdout" third was written at the same
time, before any tuning, and never tuned on. It is a regression set: it says the
check still catches what it caught, not how it does on real people's notes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import CODES, check_note

DEFAULT_SET = Path(__file__).resolve().parents[1] / "tests" / "tone_set.jsonl"
SPLITS = ("tune", "holdout")


@dataclass(frozen=True)
class Example:
    id: int
    split: str
    about: str
    text: str
    codes: frozenset[str]
    to: str = ""
    shape: str = "email"
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    example: Example
    found: frozenset[str]

    @property
    def right(self) -> bool:
        return self.found == self.example.codes


@dataclass
class CodeFigures:
    support: int = 0  # notes labelled with the code
    true_pos: int = 0
    false_pos: int = 0

    @property
    def precision(self) -> float | None:
        flagged = self.true_pos + self.false_pos
        return self.true_pos / flagged if flagged else None

    @property
    def recall(self) -> float | None:
        return self.true_pos / self.support if self.support else None


@dataclass
class Report:
    outcomes: list[Outcome]
    codes: dict[str, CodeFigures] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        """Share of notes whose findings are exactly the expected codes, no more, no fewer."""
        return sum(o.right for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0

    @property
    def mistakes(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.right]


def load(path: Path = DEFAULT_SET) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        item = json.loads(line)
        unknown = set(item["codes"]) - set(CODES)
        if unknown or item["split"] not in SPLITS:
            raise ValueError(f"{path.name}, line {number}: unknown code or split")
        examples.append(
            Example(
                id=item["id"],
                split=item["split"],
                about=item.get("about", ""),
                text=item["text"],
                codes=frozenset(item["codes"]),
                to=item.get("to", ""),
                shape=item.get("shape", "email"),
                details=tuple(item.get("details", ())),
            )
        )
    return examples


def evaluate(examples: Iterable[Example]) -> Report:
    outcomes = []
    for example in examples:
        findings = check_note(example.text, example.shape, example.to or None, example.details)
        outcomes.append(Outcome(example, frozenset(f.code for f in findings)))
    report = Report(outcomes, {code: CodeFigures() for code in CODES})
    for outcome in outcomes:
        for code, figures in report.codes.items():
            expected, found = code in outcome.example.codes, code in outcome.found
            figures.support += int(expected)
            figures.true_pos += int(expected and found)
            figures.false_pos += int(found and not expected)
    return report


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def as_table(reports: dict[str, Report]) -> str:
    """Per-code precision and recall, one pair of columns per split, as plain text."""
    names = list(reports)
    lines = [
        f"{'':<20}"
        + "".join(f"{name + f' ({len(r.outcomes)} notes)':>26}" for name, r in reports.items()),
        f"{'code':<20}" + "".join(f"{'n':>6}{'precision':>11}{'recall':>9}" for _ in names),
    ]
    for code in CODES:
        row = f"{code:<20}"
        for report in reports.values():
            figures = report.codes[code]
            precision, recall = _percent(figures.precision), _percent(figures.recall)
            row += f"{figures.support:>6}{precision:>11}{recall:>9}"
        lines.append(row)
    lines.append(
        f"{'exactly right':<20}"
        + "".join(f"{'':>6}{'':>11}{_percent(r.accuracy):>9}" for r in reports.values())
    )
    return "\n".join(lines)


def as_json(reports: dict[str, Report]) -> dict[str, object]:
    return {
        name: {
            "notes": len(report.outcomes),
            "accuracy": round(report.accuracy, 3),
            "codes": {
                code: {
                    "support": f.support,
                    "precision": None if f.precision is None else round(f.precision, 3),
                    "recall": None if f.recall is None else round(f.recall, 3),
                }
                for code, f in report.codes.items()
            },
        }
        for name, report in reports.items()
    }


def describe_mistakes(report: Report) -> list[str]:
    lines = []
    for outcome in report.mistakes:
        missed = sorted(outcome.example.codes - outcome.found)
        extra = sorted(outcome.found - outcome.example.codes)
        parts = [
            f"missed {', '.join(missed)}" if missed else "",
            f"also {', '.join(extra)}" if extra else "",
        ]
        what = "; ".join(p for p in parts if p)
        lines.append(f"#{outcome.example.id} ({outcome.example.about}): {what}")
    return lines


def reports_for(splits: Sequence[str], examples: Sequence[Example]) -> dict[str, Report]:
    reports = {split: evaluate(e for e in examples if e.split == split) for split in splits}
    if len(splits) > 1:
        reports["all"] = evaluate(e for e in examples if e.split in splits)
    return reports
