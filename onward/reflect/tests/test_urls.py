"""Every reflect page keeps the address (and the URL name) it had before reflect was split
into feature packages: people bookmark these, and templates reverse the names."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from onward.reflect.urls import step_pages

PAGES = [
    ("reflect_home", [], "/reflect/"),
    ("reflect_patterns", [], "/reflect/patterns/"),
    ("debrief_for_step", [1], "/steps/1/reflect/"),
    ("debrief_new", [1], "/reflect/rejections/1/debrief/"),
    ("debrief_detail", [1], "/reflect/debriefs/1/"),
    ("debrief_edit", [1], "/reflect/debriefs/1/edit/"),
    ("debrief_delete", [1], "/reflect/debriefs/1/delete/"),
    ("mentor_for_step", [1], "/steps/1/mentor/"),
    ("mentor_request_new", [], "/reflect/mentor/new/"),
    ("mentor_tone_check", [], "/reflect/mentor/check/"),
    ("mentor_request_detail", [1], "/reflect/mentor/1/"),
    ("mentor_request_edit", [1], "/reflect/mentor/1/edit/"),
    ("mentor_request_preview", [1], "/reflect/mentor/1/preview/"),
    ("share_create", [1], "/reflect/mentor/1/share/"),
    ("mentor_request_delete", [1], "/reflect/mentor/1/delete/"),
    ("share_revoke", [1], "/reflect/shares/1/revoke/"),
    ("shared_request", ["tok"], "/reflect/s/tok/"),
    ("shared_cv", ["tok"], "/reflect/s/tok/cv/"),
    ("action_list", [], "/reflect/actions/"),
    ("action_new", [], "/reflect/actions/new/"),
    ("action_from_reply", [1], "/reflect/replies/1/action/"),
    ("action_done", [1], "/reflect/actions/1/done/"),
    ("action_undo", [1], "/reflect/actions/1/undo/"),
    ("action_delete", [1], "/reflect/actions/1/delete/"),
    ("strengths_home", [], "/reflect/strengths/"),
    ("strengths_start", [], "/reflect/strengths/start/"),
    ("strengths_report", [1], "/reflect/strengths/1/"),
    ("strengths_page", [1, 2], "/reflect/strengths/1/page/2/"),
    ("story_list", [], "/reflect/stories/"),
    ("story_new", [], "/reflect/stories/new/"),
    ("story_edit", [1], "/reflect/stories/1/"),
    ("story_delete", [1], "/reflect/stories/1/delete/"),
    ("prep_sheet", [1], "/reflect/prep/1/"),
    ("prep_pdf", [1], "/reflect/prep/1/sheet.pdf"),
]


@pytest.mark.parametrize(("name", "args", "path"), PAGES, ids=[p[0] for p in PAGES])
def test_each_page_keeps_its_address_and_name(name: str, args: list[object], path: str) -> None:
    assert reverse(name, args=args) == path
    assert resolve(path).url_name == name


def _names(patterns: Sequence[URLPattern | URLResolver]) -> set[str]:
    found: set[str] = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            found |= _names(pattern.url_patterns)
        elif pattern.name:
            found.add(pattern.name)
    return found


def test_no_reflect_page_is_left_out_of_the_list() -> None:
    listed = {name for name, _, _ in PAGES}
    # The plan's step pages live at /steps/<pk>/<kind>/ but belong to reflect's features.
    patterns = [*get_resolver("onward.reflect.urls").url_patterns, *step_pages]
    assert _names(patterns) == listed
