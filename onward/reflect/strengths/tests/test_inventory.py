"""The inventory's make-up and its scoring, as docs/strengths.md describes them."""

from __future__ import annotations

from collections import Counter

import pytest

from onward.reflect.tests.helpers import favouring

from ..inventory import (
    COMPETENCIES,
    DOMAINS,
    ITEMS,
    PAGE_SIZE,
    PAGES,
    STRENGTHS,
    page_items,
)
from ..scoring import TOP, Incomplete, as_record, compare, domain_scores, keyed, left_top, score


def uniform(value: int) -> dict[str, int]:
    return {item.id: value for item in ITEMS}


def test_eighty_items_twenty_strengths_four_domains() -> None:
    assert len(ITEMS) == 80
    assert len(STRENGTHS) == 20
    assert len(DOMAINS) == 4
    assert Counter(s.domain for s in STRENGTHS) == {d.key: 5 for d in DOMAINS}
    assert Counter(item.strength for item in ITEMS) == {s.key: 4 for s in STRENGTHS}


def test_each_strength_has_exactly_one_reverse_keyed_item() -> None:
    reversed_per_strength = Counter(item.strength for item in ITEMS if item.reverse)
    assert reversed_per_strength == {s.key: 1 for s in STRENGTHS}


def test_items_are_short_unique_and_in_the_first_person() -> None:
    texts = [item.text for item in ITEMS]
    assert len(set(texts)) == len(texts)
    assert len({item.id for item in ITEMS}) == len(ITEMS)
    for text in texts:
        assert text.startswith(("I ", "I'm", "When", "People", "Others", "Pressure", "Details",
                                "Teaching"))  # fmt: skip
        assert len(text.split()) <= 16, text
        assert not text.startswith("-")


def test_every_strength_says_what_it_means_and_how_to_sell_it() -> None:
    for strength in STRENGTHS:
        assert strength.meaning and strength.cv and strength.interview
        assert "[" in strength.cv, "a CV pattern leaves room for the user's own facts"


def test_pages_hold_ten_and_never_ask_about_one_strength_twice() -> None:
    assert PAGES == 8
    for page in range(1, PAGES + 1):
        items = page_items(page)
        assert len(items) == PAGE_SIZE
        assert len({item.strength for item in items}) == PAGE_SIZE
    with pytest.raises(ValueError):
        page_items(0)
    with pytest.raises(ValueError):
        page_items(PAGES + 1)


def test_reverse_keyed_answers_count_the_other_way_round() -> None:
    assert keyed(5, reverse=False) == 5
    assert keyed(5, reverse=True) == 1
    assert keyed(2, reverse=True) == 4
    with pytest.raises(ValueError):
        keyed(6, reverse=False)


def test_the_strengths_a_person_agrees_with_come_first() -> None:
    chosen = ("planner", "listener", "persuader", "inventive", "detail")
    scores = score(favouring(*chosen))
    assert {s.strength.key for s in scores[:TOP]} == set(chosen)
    assert all(s.mean == 5.0 and s.percent == 100 for s in scores[:TOP])
    assert all(s.mean == 3.0 and s.percent == 50 for s in scores[TOP:])
    assert [s.rank for s in scores] == list(range(1, 21))


def test_agreeing_with_everything_does_not_make_everything_strong() -> None:
    scores = score(uniform(5))
    # Three items agree, the reversed one disagrees: (5 + 5 + 5 + 1) / 4.
    assert {s.mean for s in scores} == {4.0}


def test_ties_are_broken_by_strong_answers_then_a_fixed_order() -> None:
    answers = favouring(value=4, rest=4)
    # Same mean of 4 for "evidence", but with answers of 5 and 3 instead of all 4s.
    evidence = [item for item in ITEMS if item.strength == "evidence" and not item.reverse]
    answers[evidence[0].id], answers[evidence[1].id] = 5, 3
    scores = score(answers)
    assert scores[0].strength.key == "evidence"
    assert scores[0].strong_answers == 1
    # Everything else is tied: the inventory's own order, every time.
    assert [s.strength.key for s in scores[1:4]] == ["problem_solver", "quick_study", "big_picture"]


def test_an_unfinished_set_of_answers_cannot_be_scored() -> None:
    answers = uniform(3)
    answers.pop(ITEMS[-1].id)
    with pytest.raises(Incomplete, match="1 items have no answer"):
        score(answers)


def test_domains_average_their_strengths() -> None:
    thinking = [s.key for s in STRENGTHS if s.domain == "thinking"]
    domains = domain_scores(score(favouring(*thinking)))
    assert domains[0].key == "thinking" and domains[0].percent == 100
    assert {d.percent for d in domains[1:]} == {50}


def test_a_retake_is_compared_with_the_one_before() -> None:
    before = as_record(score(favouring("planner", "listener", "detail", "evidence", "decisive")))
    after = as_record(score(favouring("planner", "listener", "detail", "evidence", "explainer")))
    changes = {c.strength.key: c for c in compare(after, before)}
    assert changes["explainer"].is_new_in_top
    assert changes["explainer"].moved > 0
    assert not changes["planner"].is_new_in_top
    assert [s.key for s in left_top(after, before)] == ["decisive"]


def test_competencies_have_names_and_hints() -> None:
    assert len(COMPETENCIES) >= 10
    for key, name, hints in COMPETENCIES:
        assert key and name and hints
