"""Finding where the inbox's costliest patterns match without trying every letter.

The tables themselves (which patterns, their heads and triggers) are in patterns.py and
role_patterns.py; this module holds the machinery that reads them: one Aho-Corasick pass
per text.
"""

from __future__ import annotations

import re
import re._constants as _constants  # to read a pattern's parse: at_start_only
import re._parser as _parser
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from typing import cast

import ahocorasick

from .lowering import lower

Patterns = list[tuple[re.Pattern[str], int, tuple[str, ...]]]
_AT_BEGINNING = (_constants.AT, _constants.AT_BEGINNING)  # a `^` outside MULTILINE


# -- finding the matches of the costliest patterns without trying every letter -------------
#
# Python's regex engine tries a pattern at every letter it may start with: over the 3,000
# characters of an applicant-tracking template, the patterns below cost about half of
# reading the company and role. Every match of each of them starts with one of a few
# exact strings, its "heads" ("the A" ... "the Z" for "the Data Analyst role"); one
# Aho-Corasick pass finds where all the heads are, and a pattern is tried there only, left
# to right, each try after the last match's end, as finditer tries. `pattern.match(text, at)`
# sees the whole text (look-behinds, \b, ^ and $ as in a search), so the matches are the
# same as `pattern.finditer(text)`'s.
class Heads:
    def __init__(self, heads: dict[int, list[str]]) -> None:
        self.heads = heads
        self.indexes = tuple(heads)
        owners: dict[str, list[int]] = {}
        for index, strings in heads.items():
            for head in strings:
                owners.setdefault(head, []).append(index)
        self.automaton = ahocorasick.Automaton()
        for head, indexes in owners.items():
            self.automaton.add_word(head, (len(head), indexes))
        self.automaton.make_automaton()

    def starts(self, text: str) -> dict[int, list[int]]:
        """Per pattern (by its index in its list), where in the text a match may start."""
        found: dict[int, set[int]] = {index: set() for index in self.indexes}
        for end, (size, indexes) in self.automaton.iter(text):
            for index in indexes:
                found[index].add(end + 1 - size)
        return {index: sorted(at) for index, at in found.items()}


class Triggers:
    """Which patterns of a list have one of their triggers in the (lower-cased) text: one
    Aho-Corasick pass instead of a substring search per trigger (85 of them a message)."""

    def __init__(self, rows: Patterns) -> None:
        self.always = frozenset(index for index, (_, _, words) in enumerate(rows) if not words)
        self.owners: dict[str, list[int]] = {}
        owners = self.owners
        for index, (_, _, words) in enumerate(rows):
            for word in words:
                owners.setdefault(word, []).append(index)
        self.automaton = ahocorasick.Automaton()
        for word, indexes in owners.items():
            self.automaton.add_word(word, tuple(indexes))
        self.automaton.make_automaton()

    def present(self, low: str) -> frozenset[int]:
        # A trigger such as "the" is found dozens of times: the distinct ones are gathered in
        # C (set, map, itemgetter), and only they are read in Python.
        return self.always.union(*set(map(itemgetter(1), self.automaton.iter(low))))


def at_start_only(rows: Patterns) -> dict[int, list[int]]:
    """The patterns of a list that can match only where the text starts (`^` before all of
    them, not MULTILINE), each with that one start: `finditer` then tries `match` there, which
    is what `pattern.finditer(text)` finds (a search that tries every other letter in vain)."""
    found = {}
    for index, (pattern, _, _) in enumerate(rows):
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if not pattern.flags & re.MULTILINE and len(parsed) and parsed[0] == _AT_BEGINNING:
            found[index] = [0]
    return found


def finditer(
    pattern: re.Pattern[str], text: str, starts: list[int] | None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`; tried only at `starts` when the pattern has heads."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            yield match
            end = match.end()


# The role is read from the text and its quoted history (text + "\n" + quoted), the company
# from the text alone: the first part of the same string. Each pair of tables below is looked
# for in one pass over the role's text; what lies wholly inside the first part is exactly what
# a pass over the company's text finds (tests/test_pattern_heads.py holds them to it).
class HeadsPair:
    def __init__(self, first: Heads, second: Heads) -> None:
        self.first, self.second = first.indexes, second.indexes
        owners: dict[str, tuple[list[int], list[int]]] = {}
        for which, table in enumerate((first, second)):
            for index, strings in table.heads.items():
                for head in strings:
                    owners.setdefault(head, ([], []))[which].append(index)
        self.automaton = ahocorasick.Automaton()
        for head, (firsts, seconds) in owners.items():
            self.automaton.add_word(head, (len(head), tuple(firsts), tuple(seconds)))
        self.automaton.make_automaton()

    def starts(
        self, text: str, first_end: int
    ) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        """Heads.starts of the first table over text[:first_end], and of the second over
        the whole text."""
        found: tuple[dict[int, set[int]], dict[int, set[int]]] = (
            {index: set() for index in self.first},
            {index: set() for index in self.second},
        )
        for end, (size, firsts, seconds) in self.automaton.iter(text):
            start = end + 1 - size
            if end < first_end:
                for index in firsts:
                    found[0][index].add(start)
            for index in seconds:
                found[1][index].add(start)
        return (
            {index: sorted(at) for index, at in found[0].items()},
            {index: sorted(at) for index, at in found[1].items()},
        )


class TriggersPair:
    def __init__(self, first: Triggers, second: Triggers) -> None:
        self.always = (first.always, second.always)
        owners: dict[str, tuple[list[int], list[int]]] = {}
        for which, table in enumerate((first, second)):
            for word, indexes in table.owners.items():
                owners.setdefault(word, ([], []))[which].extend(indexes)
        self.automaton = ahocorasick.Automaton()
        for word, (firsts, seconds) in owners.items():
            self.automaton.add_word(word, (tuple(firsts), tuple(seconds)))
        self.automaton.make_automaton()

    def present(self, low: str, first_end: int) -> tuple[frozenset[int], frozenset[int]]:
        """Triggers.present of the first table over low[:first_end], of the second over all."""
        hits = list(self.automaton.iter(low))  # in the order they end
        inside = bisect_left(hits, (first_end,))  # those that end before first_end
        return (
            self.always[0].union(*{firsts for _, (firsts, _) in hits[:inside]}),
            self.always[1].union(*{seconds for _, (_, seconds) in hits}),
        )


# A template's lines come back in every message it sends: 95% of the lines of the first
# 4,000 characters of the benchmark's applicant-tracking mail were seen before. No head and
# no trigger holds a line break, so every hit lies inside one line, and a line's hits are
# the same wherever the line is: each line is looked for once and its hits kept (LRU),
# and a message's are its lines' hits, moved by where each line starts.
HeadHit = tuple[int, tuple[int, ...], tuple[int, ...]]  # where, and whose head (each table)
Groups = tuple[tuple[int, tuple[str, ...]], ...]  # per line-local pattern: its matches' group 1
LineHits = tuple[
    tuple[HeadHit, ...], frozenset[int], frozenset[int], tuple[HeadHit, ...], Groups, Groups
]
Read = tuple[
    dict[int, list[int]],
    dict[int, list[int]],
    frozenset[int],
    frozenset[int],
    dict[int, list[str]],
    dict[int, list[str]],
]


class LinesScan:
    def __init__(
        self,
        heads: HeadsPair,
        triggers: TriggersPair,
        kept: int,
        local: tuple[dict[int, re.Pattern[str]], dict[int, re.Pattern[str]]] = ({}, {}),
    ) -> None:
        self.heads, self.triggers, self.local = heads, triggers, local
        if any("\n" in word for word in (*heads.automaton.keys(), *triggers.automaton.keys())):
            raise ValueError("a head or trigger holds a line break: lines cannot be read alone")
        for which, table in enumerate(local):
            if not all(line_local(p) for p in table.values()) or not set(table) <= set(
                (heads.first, heads.second)[which]
            ):
                raise ValueError("a pattern read line by line can cross a line, or has no heads")
        self.line = lru_cache(maxsize=kept)(self._line)

    def _line(self, line: str) -> LineHits:
        """The heads that start in the line (where, and the patterns of each table), and the
        patterns of each table triggered in the line lowered; then the heads of the patterns
        that are not line-local, and what each line-local one finds in the line (the group 1
        of each match, tried at its heads as `finditer` tries them)."""
        heads = tuple(
            (end + 1 - size, firsts, seconds)
            for end, (size, firsts, seconds) in self.heads.automaton.iter(line)
        )
        owners = set(map(itemgetter(1), self.triggers.automaton.iter(lower(line))))
        firsts = frozenset(index for pair in owners for index in pair[0])
        seconds = frozenset(index for pair in owners for index in pair[1])
        local_first, local_second = self.local
        rest = tuple(
            hit
            for hit in (
                (
                    start,
                    tuple(i for i in first if i not in local_first),
                    tuple(i for i in second if i not in local_second),
                )
                for start, first, second in heads
            )
            if hit[1] or hit[2]
        )
        groups: list[Groups] = []
        for which, local in enumerate(self.local):
            starts: dict[int, list[int]] = {}
            for hit in heads:
                for index in hit[1 + which]:
                    if index in local:
                        starts.setdefault(index, []).append(hit[0])
            groups.append(
                tuple(
                    (index, found)
                    for index, at in sorted(starts.items())
                    if (found := tuple(m.group(1) for m in finditer(local[index], line, at)))
                )
            )
        return heads, firsts, seconds, rest, groups[0], groups[1]

    def scan(
        self, text: str, first_end: int
    ) -> tuple[dict[int, list[int]], dict[int, list[int]], frozenset[int], frozenset[int]]:
        """`heads.starts(text, first_end)` and `triggers.present(low, len(low[:first_end]))`
        (low: the text lowered), where the first part ends with a line: text[first_end] is a
        line break. Lowering a line alone gives what lowering it in the text gives: lower()
        maps each character alone, except a final sigma, which reads a line break beside it
        as the end of the text."""
        if first_end < len(text) and text[first_end] != "\n":
            raise ValueError("the first part must end where a line does")
        found: tuple[dict[int, set[int]], dict[int, set[int]]] = (
            {index: set() for index in self.heads.first},
            {index: set() for index in self.heads.second},
        )
        first_on: set[int] = set(self.triggers.always[0])
        second_on: set[int] = set(self.triggers.always[1])
        at = 0
        for line in text.split("\n"):
            heads, firsts, seconds, _, _, _ = self.line(line)
            inside = at < first_end  # a line of the first part (its hits end before it does)
            for start, first_indexes, second_indexes in heads:
                if inside:
                    for index in first_indexes:
                        found[0][index].add(at + start)
                for index in second_indexes:
                    found[1][index].add(at + start)
            if inside:
                first_on |= firsts
            second_on |= seconds
            at += len(line) + 1
        return (
            {index: sorted(at) for index, at in found[0].items()},
            {index: sorted(at) for index, at in found[1].items()},
            frozenset(first_on),
            frozenset(second_on),
        )

    def read(self, text: str, first_end: int, lines: list[str] | None = None) -> Read:
        """`scan`, less the starts of the line-local patterns, and what those find instead:
        per pattern, the group 1 of its matches in order, over the first part for the first
        table, over the whole text for the second (what `finditer` at the heads finds: no
        match of such a pattern crosses a line, so each line's are its own). `lines`:
        `text.split("\n")`, when the caller has them."""
        if first_end < len(text) and text[first_end] != "\n":
            raise ValueError("the first part must end where a line does")
        found: tuple[dict[int, set[int]], dict[int, set[int]]] = (
            {i: set() for i in self.heads.first if i not in self.local[0]},
            {i: set() for i in self.heads.second if i not in self.local[1]},
        )
        groups: tuple[dict[int, list[str]], dict[int, list[str]]] = ({}, {})
        if lines is None:
            lines = text.split("\n")
        # Each line's hits, looked up in C; the Python below visits only the lines that hold
        # something to place. The first part is its first `inside` lines (it ends with one).
        hits = list(map(self.line, lines))
        inside = text.count("\n", 0, first_end) + 1 if first_end < len(text) else len(lines)
        first_on = self.triggers.always[0].union(*map(itemgetter(1), hits[:inside]))
        second_on = self.triggers.always[1].union(*map(itemgetter(2), hits))
        for _, _, _, _, first_groups, _ in filter(itemgetter(4), hits[:inside]):
            for index, names in first_groups:
                groups[0].setdefault(index, []).extend(names)
        for _, _, _, _, _, second_groups in filter(itemgetter(5), hits):
            for index, names in second_groups:
                groups[1].setdefault(index, []).extend(names)
        if any(map(itemgetter(3), hits)):
            # where each line starts: the lengths before it, and a break after each
            starts = list(accumulate(map(len, lines), initial=0))
            for number in compress(range(len(hits)), map(itemgetter(3), hits)):
                at = starts[number] + number
                for start, first_indexes, second_indexes in hits[number][3]:
                    if number < inside:
                        for index in first_indexes:
                            found[0][index].add(at + start)
                    for index in second_indexes:
                        found[1][index].add(at + start)
        return (
            {index: sorted(at) for index, at in found[0].items()},
            {index: sorted(at) for index, at in found[1].items()},
            frozenset(first_on),
            frozenset(second_on),
            groups[0],
            groups[1],
        )


# What a line-local pattern may hold: characters, classes and assertions that never match a
# line break, and no anchor but \b and \B (which read a line break beside a line as they read
# the end of the line alone). Anything else (\s, [^...], ^, $, back-references, a flag) is
# not line-local.
_LOCAL_AT = {_constants.AT_BOUNDARY, _constants.AT_NON_BOUNDARY}
_LOCAL_CATEGORIES = {_constants.CATEGORY_WORD, _constants.CATEGORY_DIGIT}


def line_local(pattern: re.Pattern[str]) -> bool:
    """Whether no match of the pattern can hold a line break, nor read past the line it starts
    in: then a match tried at a position of a line is the same in the line alone, since each
    look-behind and look-ahead also fails where it would read the line break."""
    if pattern.flags != re.UNICODE:
        return False
    return _local(_parser.parse(pattern.pattern, pattern.flags))


def _local(items: object) -> bool:
    for op, av in items:  # type: ignore[attr-defined]
        if op is _constants.LITERAL:
            ok = av != ord("\n")
        elif op is _constants.ANY:
            ok = True  # "." is never a line break without DOTALL (no flag is allowed)
        elif op is _constants.IN:
            ok = all(_local_set_item(item, value) for item, value in av)
        elif op is _constants.BRANCH:
            ok = all(_local(branch) for branch in av[1])
        elif op is _constants.SUBPATTERN:
            ok = not av[1] and not av[2] and _local(av[3])  # no flag set or cleared inside
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            ok = _local(av[2])
        elif op is _constants.AT:
            ok = av in _LOCAL_AT
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            ok = _local(av[1])
        else:
            ok = False
        if not ok:
            return False
    return True


def _local_set_item(op: object, av: object) -> bool:
    if op is _constants.LITERAL:
        return av != ord("\n")
    if op is _constants.RANGE:
        low, high = cast(tuple[int, int], av)
        return not low <= ord("\n") <= high
    if op is _constants.CATEGORY:
        return av in _LOCAL_CATEGORIES
    return False  # NEGATE, and anything else
