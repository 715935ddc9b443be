"""`str.lower()` for the long texts the readers fold, without its slow path.

An applicant-tracking template's text is almost never pure ASCII (a "·", a "©", an "é" in a
name), and for such text CPython lowers character by character through its Unicode tables:
about twenty instructions a character, over the 3,000 characters each reader folds. Every
character of Latin-1 (U+0000-U+00FF) lowers to one character of Latin-1, and on its own (no
Latin-1 character reads its neighbours, as a final sigma does), so text held in Latin-1 is
lowered byte by byte with a 256-byte table, in C: five times faster, the same string
(tests/test_lowering.py checks every character, and texts of every kind of mail).
"""

from __future__ import annotations

# Each Latin-1 byte's lower case, as str.lower() gives it for that character.
_LATIN1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))


def lower(text: str) -> str:
    """`text.lower()`."""
    if text.isascii():
        return text.lower()  # ASCII has its own fast path
    data = latin1(text)
    if data is None:
        return text.lower()  # a character past Latin-1: the general way
    return data.translate(_LATIN1_LOWER).decode("latin-1")


# ... and white space made a space: what str.split() splits at, in Latin-1, is what
# bytes.split() splits at once these are spaces (\x1c-\x1f, \x85 and \xa0 are not ASCII white
# space, so bytes.split() alone would keep them in a word).
_LATIN1_FOLD = bytes(32 if chr(code).isspace() else _LATIN1_LOWER[code] for code in range(256))


def lower_words(text: str) -> str:
    """`" ".join(text.lower().split())`: lower case, single spaces. Latin-1 text is lowered
    and split as bytes, in C: each word a bytes object, not a string, which costs a third
    less over the 3,000 characters the classifier folds (tests/test_lowering.py checks every
    character, and the texts of every kind of mail)."""
    data = latin1(text)
    if data is None:
        return " ".join(text.lower().split())
    return b" ".join(data.translate(_LATIN1_FOLD).split()).decode("latin-1")


def latin1(text: str) -> bytes | None:
    """The text's Latin-1 bytes, or None when a character is past Latin-1. Without raising:
    an exception for each sentence of mail written with "—" or "•" costs more than the table
    saves. ("ignore" drops what Latin-1 cannot hold, so the bytes are shorter then.)"""
    data = text.encode("latin-1", "ignore")
    return data if len(data) == len(text) else None
