"""The names found before an anchor ("Acme is an Equal Opportunity Employer", "Acme has
decided...") are the same whether the anchors are searched line by line, each line and each
window before an anchor read once per process, or the whole text is searched: on every tuning
message, our written set, and probes at the edges (a line break, the text's start)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from onward.inbox import corpus
from onward.inbox.company_forms import _ANCHORED, _LOOK_BACK, _NEEDS, anchored_companies
from onward.inbox.evaluation import DEVSET
from onward.inbox.parsing import parse


def anchored_companies_by_search(text: str) -> Iterator[tuple[str, int]]:
    """What anchored_companies finds, by searching the whole text for each anchor."""
    for (anchor, before, weight), needs in zip(_ANCHORED, _NEEDS, strict=True):
        if not any(word in text for word in needs):
            continue
        for match in anchor.finditer(text):
            start = match.start()
            if found := before.search(text, max(0, start - _LOOK_BACK), start):
                yield found.group(1), weight


def _texts() -> list[str]:
    texts = [parse(path.read_bytes()).text for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        texts += [example.mail.text for example in corpus.examples(source, "tune")]
    return texts


PROBES = [
    "Acme is an Equal Opportunity Employer.",
    "Thanks.\nAcme Analytics, Inc. is proud to be an equal opportunity employer",
    "x" * 150 + ". Acme is an Equal Opportunity Employer",
    "x" * 119 + "\nAcme is an Equal Opportunity Employer",
    "Acme appreciates your interest\nAcme appreciates your interest",
    "We thank you.\nAcme's recruiting team\nAcme\u2019s Talent Acquisition Team",
    "Unfortunately Acme has decided to move forward. Globex will not be moving ahead.",
    "Stadt Graz n'a pas retenu votre candidature",
    "Acme\nhas decided",  # the anchor's leading space is not a line break
    "Equal\nOpportunity",
]


@pytest.mark.parametrize("text", PROBES)
def test_probes_read_line_by_line_as_a_whole_search_reads_them(text: str) -> None:
    assert list(anchored_companies(text)) == list(anchored_companies_by_search(text))


def test_every_tuning_and_written_message_gives_the_same_names() -> None:
    texts = _texts()
    found = 0
    for text in texts:
        for part in (text[:3000], text):
            expected = list(anchored_companies_by_search(part))
            assert list(anchored_companies(part)) == expected
            found += len(expected)
    assert found > 20, "too few anchored names for the comparison to mean anything"


def test_a_line_read_before_reads_the_same_in_another_message() -> None:
    first = "Dear Sam,\nAcme has decided to move forward with other candidates."
    second = "Hello,\nGlobex thanks you.\nAcme has decided to move forward with other candidates."
    assert list(anchored_companies(first)) == [("Acme", 3)]
    assert list(anchored_companies(second)) == list(anchored_companies_by_search(second))
    assert ("Acme", 3) in list(anchored_companies(second))
