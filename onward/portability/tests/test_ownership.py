"""The walk over the models: every model a user owns is exported (or left out on purpose),
and no secret leaves."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.apps import apps

from onward.portability import export, ownership

from .helpers import everything

pytestmark = pytest.mark.django_db


def test_every_model_a_user_owns_is_exported_or_left_out_for_a_stated_reason() -> None:
    owned = {ownership.label(m) for m in ownership.owned_models() if not m._meta.auto_created}
    exported = {t.label for t in ownership.tables() if not t.shared}
    missing = sorted(owned - exported - set(ownership.NOT_EXPORTED))
    assert not missing, f"Owned by a user but not in the export: {missing}"
    stale = sorted(set(ownership.NOT_EXPORTED) - owned)
    assert not stale, f"NOT_EXPORTED names models no user owns: {stale}"


def test_the_walk_finds_rows_owned_through_a_parent() -> None:
    paths = {ownership.label(m): path for m, path in ownership.owned_models().items()}
    assert paths["plans.step"] == "plan__user"
    assert paths["pipeline.interviewpanel"] == "interview__application__user"
    assert paths["watch.alertnote"] == "alert__user"
    assert "watch.board" not in paths  # a job board is everyone's


def test_every_model_of_onward_is_owned_shared_or_nobodys_on_purpose() -> None:
    """A model of Onward's that isn't reached would silently stay behind in an export."""
    reached = set(ownership.owned_models()) | {t.model for t in ownership.tables()}
    onward = {m for m in apps.get_models() if m.__module__.startswith("onward.")}
    unreached = {ownership.label(m) for m in onward - reached}
    assert sorted(unreached - set(ownership.NOBODYS)) == []
    assert sorted(set(ownership.NOBODYS) - unreached) == [], "NOBODYS names a reached model"


def test_a_secret_looking_field_is_either_kept_back_or_said_to_be_harmless() -> None:
    undecided = []
    for table in ownership.tables():
        secret = ownership.SECRET_FIELDS.get(table.label, frozenset())
        for field in table.model._meta.concrete_fields:
            name = f"{table.label}.{field.name}"
            looks_secret = ownership.SECRET_LOOKING.search(field.name)
            if looks_secret and field.name not in secret and name not in ownership.NOT_SECRET:
                undecided.append(name)
    assert not undecided, (
        f"Add each to SECRET_FIELDS (kept out of exports) or NOT_SECRET: {undecided}"
    )


def test_a_link_to_a_model_left_out_can_be_empty_so_the_row_still_imports() -> None:
    for table in ownership.tables():
        for field in table.model._meta.concrete_fields:
            if field.is_relation and ownership.label(field.related_model) in ownership.NOT_EXPORTED:  # type: ignore[arg-type]
                assert field.null, f"{table.label}.{field.name} can't be left empty on import"


def test_no_password_hash_imap_password_or_link_token_leaves(alice: Any) -> None:
    world = everything(alice)
    alice.mail_account.password_encrypted = "gAAAA-encrypted-imap-password"
    alice.mail_account.save()
    text = export.to_json(export.build(alice)).decode()
    assert alice.password and alice.password not in text
    assert "gAAAA-encrypted-imap-password" not in text
    for token in (world.feed_token, world.unsubscribe_token, world.share_token):
        assert token not in text
    assert world.share.token_hash not in text
    assert "password" not in json.loads(text)["account"]
