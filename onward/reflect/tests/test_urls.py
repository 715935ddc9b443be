"""Every reflect page keeps the address (and the URL name) it had before reflect was split
into feature packages: people bookmark these, and templates reverse the names."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

PAGES = [
    ("reflect:reflect_home", [], "/reflect/"),
    ("reflect:reflect_patterns", [], "/reflect/patterns/"),
    ("reflect:debrief_for_step", [1], "/steps/1/reflect/"),
    ("reflect:debrief_new", [1], "/reflect/rejections/1/debrief/"),
    ("reflect:debrief_detail", [1], "/reflect/debriefs/1/"),
    ("reflect:debrief_edit", [1], "/reflect/debriefs/1/edit/"),
    ("reflect:debrief_delete", [1], "/reflect/debriefs/1/delete/"),
    ("reflect:mentor_for_step", [1], "/steps/1/mentor/"),
    ("reflect:mentor_request_new", [], "/reflect/mentor/new/"),
    ("reflect:mentor_tone_check", [], "/reflect/mentor/check/"),
    ("reflect:mentor_request_detail", [1], "/reflect/mentor/1/"),
    ("reflect:mentor_request_edit", [1], "/reflect/mentor/1/edit/"),
    ("reflect:mentor_request_preview", [1], "/reflect/mentor/1/preview/"),
    ("reflect:share_create", [1], "/reflect/mentor/1/share/"),
    ("reflect:mentor_request_delete", [1], "/reflect/mentor/1/delete/"),
    ("reflect:share_ready", [1], "/reflect/shares/1/"),
    ("reflect:share_revoke", [1], "/reflect/shares/1/revoke/"),
    ("reflect:letter_eml", [1], "/reflect/mentor/1/request.eml"),
    ("reflect:letter_pdf", [1], "/reflect/mentor/1/request.pdf"),
    ("reflect:reply_paste", [1], "/reflect/mentor/1/replies/paste/"),
    ("reflect:mentor_request_sent", [1], "/reflect/mentor/1/sent/"),
    ("reflect:shared_request", ["tok"], "/reflect/s/tok/"),
    ("reflect:shared_cv", ["tok"], "/reflect/s/tok/cv/"),
    ("reflect:action_list", [], "/reflect/actions/"),
    ("reflect:action_new", [], "/reflect/actions/new/"),
    ("reflect:action_from_reply", [1], "/reflect/replies/1/action/"),
    ("reflect:action_done", [1], "/reflect/actions/1/done/"),
    ("reflect:action_undo", [1], "/reflect/actions/1/undo/"),
    ("reflect:action_delete", [1], "/reflect/actions/1/delete/"),
    ("reflect:strengths_home", [], "/reflect/strengths/"),
    ("reflect:strengths_start", [], "/reflect/strengths/start/"),
    ("reflect:strengths_for_step", [1], "/steps/1/strengths/"),
    ("reflect:strengths_method", [], "/reflect/strengths/how-it-works/"),
    ("reflect:strengths_report", [1], "/reflect/strengths/1/"),
    ("reflect:strengths_page", [1, 2], "/reflect/strengths/1/page/2/"),
    ("reflect:story_list", [], "/reflect/stories/"),
    ("reflect:story_new", [], "/reflect/stories/new/"),
    ("reflect:story_edit", [1], "/reflect/stories/1/"),
    ("reflect:story_delete", [1], "/reflect/stories/1/delete/"),
    ("reflect:prep_sheet", [1], "/reflect/prep/1/"),
    ("reflect:prep_pdf", [1], "/reflect/prep/1/sheet.pdf"),
]


@pytest.mark.parametrize(("name", "args", "path"), PAGES, ids=[p[0] for p in PAGES])
def test_each_page_keeps_its_address_and_name(name: str, args: list[object], path: str) -> None:
    assert reverse(name, args=args) == path
    assert resolve(path).view_name == name


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
    # reflect's urls.py also routes the plan's step pages, at /steps/<pk>/<kind>/.
    names = _names(get_resolver("onward.reflect.urls").url_patterns)
    assert {f"reflect:{name}" for name in names} == listed
