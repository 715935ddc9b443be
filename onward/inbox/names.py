"""When two spellings name one company: shared by matching and by the measuring."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from .extract import company_key


def fold(text: str) -> str:
    """Lower case without accents: "Alcázar" and "Alcazar" are one name."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(name: str) -> str:
    key = fold(company_key(name))
    return key.removeprefix("the ") if " " in key else key


def same_company(a: str, b: str) -> bool:
    left, right = _key(a), _key(b)
    if not left or not right:
        return False
    if left == right or left.replace(" ", "") == right.replace(" ", ""):
        return True
    # "Acme" for "Acme Analytics": the first words agree and one is the other's start.
    if left.startswith(right + " ") or right.startswith(left + " "):
        return True
    return SequenceMatcher(None, left, right).ratio() >= 0.88
