"""People holds records (companies, people, their history, the rhythm of keeping in touch);
the features built on them live in other apps, which import people, never the reverse."""

from __future__ import annotations

import pytest

from onward.core.tests.test_structure import import_graph

FEATURES_ON_TOP = ["keep_in_touch", "notes", "pipeline", "plans"]


@pytest.mark.parametrize("feature", FEATURES_ON_TOP)
def test_people_imports_no_feature_built_on_it(feature: str) -> None:
    assert feature not in import_graph()["people"]


def test_people_stands_on_core_lib_and_accounts_only() -> None:
    assert import_graph()["people"] <= {"core", "lib", "accounts"}


def test_the_features_on_top_do_import_people() -> None:
    graph = import_graph()
    assert "people" in graph["pipeline"]
    assert "people" in graph["keep_in_touch"]
