"""The company and role patterns tried only where one of their heads starts find exactly
what a search of the whole text finds: on every tuning message and our written set, and on
sentences made from every way each pattern can begin. A pattern added or widened without
its heads fails here, not silently in the figures."""

from __future__ import annotations

import pytest

from onward.inbox import corpus, extract, pattern_heads, patterns, role_patterns
from onward.inbox.evaluation import DEVSET
from onward.inbox.parsing import parse
from onward.inbox.pattern_heads import Heads
from onward.inbox.patterns import COMPANY, COMPANY_HEADS
from onward.inbox.role_patterns import ROLE_HEADS, ROLE_IN_TEXT

TABLES = {"company": (COMPANY, COMPANY_HEADS), "role": (ROLE_IN_TEXT, ROLE_HEADS)}


def _texts() -> list[str]:
    texts = [parse(path.read_bytes()).text for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        texts += [example.mail.text for example in corpus.examples(source, "tune")]
    return texts


TEXTS = _texts()

# Each pattern's ways of beginning, followed by a company and a role: "the position at Acme
# Analytics", "interest in Acme Analytics", "apply with Acme Analytics"...
PROBES = [
    f"Thank you for your {lead} {tail}"
    for lead in (
        "position",
        "role",
        "opportunities",
        "internship",
        "internships",
        "interest in",
        "apply to",
        "apply with",
        "candidacy with",
        "employment with",
        "for considering",
        "time",
        "conversations",
        "chatting",
        "everyone",
        "team",
        "considering",
        "thinking of",
        "the",
        "Your",
        "application for",
        "interest for",
        "as a",
        "for the",
        "Position",
        "Stelle",
    )
    for tail in (
        "at Acme Analytics. We",
        "with Acme Analytics, we",
        "here at Acme Analytics!",
        "Acme Analytics Recruiting Team",
        "Data Analyst role at Acme.",
        "to the Data Analyst position.",
    )
]


def spans(pattern: object, text: str, heads: Heads | None, index: int) -> list[tuple[int, int]]:
    starts = heads.starts(text).get(index) if heads else None
    return [match.span() for match in pattern_heads.finditer(pattern, text, starts)]  # type: ignore[arg-type]


@pytest.mark.parametrize("table", sorted(TABLES))
def test_patterns_tried_at_their_heads_find_what_a_whole_search_finds(table: str) -> None:
    rows, heads = TABLES[table]
    assert heads.indexes, "no pattern has heads: the test would prove nothing"
    differ = []
    for text in [*TEXTS, *PROBES]:
        for index in heads.indexes:
            pattern = rows[index][0]
            if spans(pattern, text, heads, index) != spans(pattern, text, None, index):
                differ.append((index, pattern.pattern[:60], text[:80]))
    assert differ == []


def test_heads_are_filed_under_the_pattern_they_belong_to() -> None:
    # Filed by the pattern's own words, so a pattern inserted above cannot take them.
    with pytest.raises(LookupError):
        patterns._index(COMPANY, "no pattern starts like this")


def test_one_pass_for_company_and_role_finds_what_a_pass_for_each_finds() -> None:
    # The role reads the text and then its quoted history, the company the text alone: one
    # pass over the first finds, for the company, what its own pass over the second finds.
    pairs = [(text[:3000], text[3000:4000] or text[:1000]) for text in TEXTS]
    pairs += [(probe, probe) for probe in PROBES]
    pairs += [("Your Data Analyst role at Acme", ""), ("", "the Data Analyst role at Acme")]
    assert any(patterns.COMPANY_HEADS.starts(text) for text, _ in pairs)
    differ = []
    for text, quoted in pairs:
        both = f"{text}\n{quoted}"
        company, role = extract.TEXT_HEADS.starts(both, len(text))
        if (company, role) != (COMPANY_HEADS.starts(text), ROLE_HEADS.starts(both)):
            differ.append(("heads", text[:80]))
        low, quoted_low = text.lower(), quoted.lower()
        company_on, role_on = extract.TEXT_TRIGGERS.present(f"{low}\n{quoted_low}", len(low))
        if (company_on, role_on) != (
            patterns.COMPANY_TRIGGERS.present(low),
            role_patterns.ROLE_TRIGGERS.present(f"{low}\n{quoted_low}"),
        ):
            differ.append(("triggers", text[:80]))
    assert differ == []


def test_reading_line_by_line_finds_what_one_pass_finds() -> None:
    # Each line's heads and triggers are kept for the next message that holds the line; a
    # message's are its lines', moved to where each line starts. Every tuning and written
    # message, the probes, and lines that come back in another place (the cache answers).
    pairs = [(text[:3000], text[3000:4000] or text[:1000]) for text in TEXTS]
    pairs += [(probe, probe) for probe in PROBES]
    pairs += [
        ("", ""),
        ("Your Data Analyst role at Acme", ""),
        ("", "the Data Analyst role at Acme"),
    ]
    pairs += [("x\n" + text[:2000], "Σ\n" + text[:500]) for text in TEXTS[:50]]
    differ = []
    for text, quoted in pairs:
        both = f"{text}\n{quoted}"
        low, quoted_low = text.lower(), quoted.lower()
        one_pass = (
            *extract.TEXT_HEADS.starts(both, len(text)),
            *extract.TEXT_TRIGGERS.present(f"{low}\n{quoted_low}", len(low)),
        )
        if extract.TEXT_LINES.scan(both, len(text)) != one_pass:
            differ.append(text[:80])
    assert differ == []
    assert extract.TEXT_LINES.line.cache_info().hits > 0


def test_the_first_part_must_end_with_a_line() -> None:
    with pytest.raises(ValueError, match="must end where a line does"):
        extract.TEXT_LINES.scan("Your role at Acme", 4)
