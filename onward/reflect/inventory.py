"""The old path of onward.reflect.strengths.inventory, for modules not yet moved over."""

from .strengths.inventory import ITEMS

__all__ = ["ITEMS"]
