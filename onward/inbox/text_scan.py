"""The first 3,000 characters of a message, split and scanned once for the company and role
readers (extract.py): its lines, where the costliest patterns may start, which are triggered,
and what the patterns that cannot cross a line find in each line (pattern_heads.LinesScan),
kept for the message being read."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import pattern_heads, patterns, role_patterns
from .parsing import Mail
from .signatures import HEAD_LIMIT

TEXT_LIMIT = 3000  # the company and role are named early; the signature is read separately

# The costliest company and role patterns, tried in one pass over the text
TEXT_HEADS = pattern_heads.HeadsPair(patterns.COMPANY_HEADS, role_patterns.ROLE_HEADS)
TEXT_TRIGGERS = pattern_heads.TriggersPair(patterns.COMPANY_TRIGGERS, role_patterns.ROLE_TRIGGERS)


# ... line by line, each line's hits kept for the next message of the same template, and
# with them what each pattern that cannot cross a line finds in it (most of those with heads)
def _line_local(
    rows: pattern_heads.Patterns, heads: pattern_heads.Heads
) -> dict[int, re.Pattern[str]]:
    return {i: rows[i][0] for i in heads.indexes if pattern_heads.line_local(rows[i][0])}


_LOCAL = (
    _line_local(patterns.COMPANY, patterns.COMPANY_HEADS),
    _line_local(role_patterns.ROLE_IN_TEXT, role_patterns.ROLE_HEADS),
)
TEXT_LINES = pattern_heads.LinesScan(TEXT_HEADS, TEXT_TRIGGERS, kept=4096, local=_LOCAL)
# ... and those that match only where the text starts ("Acme\nAcme · Data Analyst ·"), there
_COMPANY_AT_START = pattern_heads.at_start_only(patterns.COMPANY)
_ROLE_AT_START = pattern_heads.at_start_only(role_patterns.ROLE_IN_TEXT)
if set(_COMPANY_AT_START) & set(patterns.COMPANY_HEADS.heads) or set(_ROLE_AT_START) & set(
    role_patterns.ROLE_HEADS.heads
):
    raise ValueError("a pattern with heads is also read at the start only")


# The company's and the role's pattern heads and triggers, found in one pass each over the
# role's text (pattern_heads.HeadsPair), for the message being read: keyed by that text and where
# the company's part of it ends.
_scanned: tuple[tuple[str, int], pattern_heads.Read] | None
_scanned = None


_split_lines: tuple[str, list[str]] = ("", [""])
if HEAD_LIMIT != TEXT_LIMIT:
    raise ValueError("above_footer reads the lines _lines splits: the limits must agree")


def _lines(text: str) -> list[str]:
    """`text.split("\n")` for the first TEXT_LIMIT characters of the text, split once for
    the message being read: four readers walk its lines, and each line's hash, which their
    caches ask for, is then computed once. Never changed by a reader."""
    global _split_lines
    split = _split_lines  # read once: another thread may replace it meanwhile
    if split[0] != text:
        split = _split_lines = (text, text.split("\n"))
    return split[1]


def _scan(mail: Mail) -> pattern_heads.Read:
    """Where the company's and the role's patterns may start, which are triggered, and what
    the line-local ones find (LinesScan.read)."""
    global _scanned
    text = mail.text[:TEXT_LIMIT]
    key = (text + "\n" + mail.quoted[:1000], len(text))
    scanned = _scanned  # read once: another thread may replace it meanwhile
    if scanned is None or scanned[0] != key:
        lines = [*_lines(text), *mail.quoted[:1000].split("\n")]  # key[0].split("\n")
        scanned = _scanned = (key, TEXT_LINES.read(*key, lines))
    return scanned[1]


COMPANY, ROLE = 0, 1  # which reader's text patterns `text_matches` reads
_TABLES = (patterns.COMPANY, role_patterns.ROLE_IN_TEXT)
_AT_START = (_COMPANY_AT_START, _ROLE_AT_START)


def text_matches(mail: Mail, text: str, reader: int) -> Iterator[tuple[str, int]]:
    """What the company's (COMPANY) or the role's (ROLE) text patterns find in `text`, each
    with its pattern's weight, in the table's order: the line-local ones from the scan's
    lines, the others where the scan says they may start."""
    starts0, starts1, on0, on1, found0, found1 = _scan(mail)
    company = reader == COMPANY
    starts, triggered, found = (starts0, on0, found0) if company else (starts1, on1, found1)
    rows, local, at_start = _TABLES[reader], _LOCAL[reader], _AT_START[reader]
    for index in sorted(triggered):  # in the table's order, as they were tried
        pattern, weight, _ = rows[index]
        if index in local:
            for name in found.get(index, ()):
                yield name, weight
        else:
            at = starts[index] if index in starts else at_start.get(index)
            for match in pattern_heads.finditer(pattern, text, at):
                yield match.group(1), weight
