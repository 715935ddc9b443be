"""Which postings fit a watch: titles by keyword, places, remote, and the unknown."""

from __future__ import annotations

import pytest

from onward.watch.matching import Filters, terms


def test_terms_split_on_commas_and_tidy_spaces() -> None:
    assert terms(" data  analyst, analytics ;; BI\n") == ["data analyst", "analytics", "BI"]
    assert terms("") == []


@pytest.mark.parametrize(
    ("title", "fits"),
    [
        ("Data Analyst", True),
        ("Senior Data Analysts, Growth", True),
        ("Analyst (Data Platform)", True),
        ("Head of Analytics", True),
        ("Product Analyst", False),
        ("Data Engineer", False),
    ],
)
def test_a_title_fits_when_every_word_of_one_phrase_is_in_it(title: str, fits: bool) -> None:
    assert Filters.of("data analyst, analytics", "", False).title_fits(title) is fits


def test_no_keywords_means_every_title() -> None:
    assert Filters.of("", "", False).title_fits("Office Manager")


@pytest.mark.parametrize(
    ("location", "remote", "fits"),
    [
        ("London, UK", False, True),
        ("Manchester", False, False),
        ("Anywhere in the UK", True, True),
        ("", False, True),  # unknown: better one extra alert than a missed opening
    ],
)
def test_places_and_remote(location: str, remote: bool, fits: bool) -> None:
    assert Filters.of("", "london", True).place_fits(location, remote) is fits


def test_remote_only_watch_skips_known_office_roles() -> None:
    remote_only = Filters.of("", "", True)
    assert remote_only.place_fits("Remote", True)
    assert not remote_only.place_fits("Berlin", False)


def test_a_remote_posting_doesnt_fit_a_watch_that_didnt_ask_for_remote() -> None:
    assert not Filters.of("", "London", False).place_fits("Remote (EU)", True)


def test_descriptions_read_plainly() -> None:
    assert Filters.of("data analyst", "London", True).describe() == (
        "data analyst · in London or remote"
    )
    assert Filters.of("", "", False).describe() == "any role · anywhere"
    assert Filters.of("bi", "", True).describe() == "bi · remote"
