"""The old path of onward.reflect.strengths.scoring, for modules not yet moved over."""

from .strengths.scoring import as_record, score

__all__ = ["as_record", "score"]
