"""Keep in touch is a feature on top: only the project shell and the demo reach it, and
its addresses are the ones people have bookmarked."""

from __future__ import annotations

from django.apps import apps
from django.urls import reverse

from onward.core.tests.test_structure import import_graph


def test_it_is_an_app_of_its_own_with_no_tables() -> None:
    config = apps.get_app_config("keep_in_touch")
    assert config.verbose_name == "Keep in touch"
    assert list(config.get_models()) == []


def test_no_app_but_the_demo_imports_it() -> None:
    graph = import_graph()
    assert sorted(app for app, targets in graph.items() if "keep_in_touch" in targets) == ["demo"]


def test_its_pages_keep_the_addresses_they_had_under_people() -> None:
    assert reverse("keep_in_touch:losing_touch") == "/people/losing-touch/"
    assert reverse("keep_in_touch:person_reminder", args=[7]) == "/people/7/reminder/"
    assert reverse("keep_in_touch:stay_in_touch_for_step", args=[7]) == "/steps/7/stay-in-touch/"
