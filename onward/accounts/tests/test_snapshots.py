"""With a shared cache, a signed-in visit reads its user from the cache (core.snapshots),
and that changes nothing about who is signed in: a new password, signing out,
deactivation and deletion end every session at once, a visit that read the row just
before a change can't bring the old row back, and no one is ever read as someone else.

The tests commit like the real server (transaction=True) and turn snapshots on with the
local-memory cache (one process is the whole server here), sessions in the cache too, as
with Redis; each checks that the shortcut was really taken before it changes anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from onward.accounts.backends import _read
from onward.core import snapshots, versions
from onward.test import PASSWORD, UserFactory, rejected_application, same_cookie

pytestmark = pytest.mark.django_db(transaction=True)
TODAY = reverse("plans:today")


@pytest.fixture(autouse=True)
def _shared_cache(settings: Any) -> Iterator[None]:
    settings.ONWARD_USER_SNAPSHOTS = True
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def carol() -> User:
    return UserFactory.create(username="carol@example.com", first_name="Carol")


@pytest.fixture
def dan() -> User:
    return UserFactory.create(username="dan@example.com", first_name="Dan")


def signed_in(user: User) -> Client:
    client = Client()
    answer = client.post(reverse("account_login"), {"login": user.username, "password": PASSWORD})
    assert answer.status_code == 302, answer.content.decode()[:300]
    return client


def user_queries(client: Client, path: str = TODAY) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        answer = client.get(path)
    assert answer.status_code == 200, answer.status_code
    return [q["sql"] for q in captured if "auth_user" in q["sql"]]


def from_the_cache(client: Client) -> None:
    """The shortcut is taken: a visit reads its user without a query."""
    client.get(TODAY)  # makes the preferences: a change, so the snapshot is read again
    client.get(TODAY)  # and kept
    assert user_queries(client) == []


def signed_out(client: Client) -> bool:
    answer = same_cookie(client).get(TODAY)
    return answer.status_code == 302 and answer["Location"].startswith(reverse("account_login"))


def test_a_visit_with_nothing_changed_makes_no_query(carol: User) -> None:
    rejected_application(carol)
    client = signed_in(carol)
    client.get(TODAY)
    client.get(TODAY)
    with CaptureQueriesContext(connection) as captured:
        page = client.get(TODAY)
    assert page.status_code == 200 and page.wsgi_request.user == carol
    assert "Acme" in page.content.decode()
    assert len(captured) == 0, [q["sql"] for q in captured]


def test_a_change_behind_the_page_reads_the_row_again(carol: User) -> None:
    client = signed_in(carol)
    from_the_cache(client)
    User.objects.filter(pk=carol.pk).update(first_name="Caroline")  # no signal: not seen
    versions.changed([carol.pk])  # as every write path does
    assert len(user_queries(client)) == 1
    assert "Caroline" in client.get(TODAY).content.decode()
    assert user_queries(client) == []  # and kept again


def test_a_new_password_signs_out_every_other_session(carol: User) -> None:
    client, phone = signed_in(carol), signed_in(carol)
    from_the_cache(client)
    from_the_cache(phone)
    new = "a-new-long-passphrase"
    answer = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
    )
    assert answer.status_code == 302
    assert signed_out(phone)  # its session's hash no longer matches the password
    assert client.get(TODAY).status_code == 200  # the browser that changed it stays in


@pytest.mark.parametrize("change", ["deactivated", "deleted", "new password"])
def test_a_change_behind_the_page_signs_out_at_once(carol: User, change: str) -> None:
    client = signed_in(carol)
    from_the_cache(client)
    if change == "deactivated":
        carol.is_active = False
        carol.save()
    elif change == "deleted":
        carol.delete()
    else:
        carol.set_password("a-new-long-passphrase")
        carol.save()
    assert signed_out(client)


def test_signing_out_ends_the_session(carol: User) -> None:
    client = signed_in(carol)
    from_the_cache(client)
    kept = same_cookie(client)
    assert client.post(reverse("account_logout")).status_code == 302
    assert kept.get(TODAY).status_code == 302


def test_a_row_read_before_a_change_is_not_kept_after_it(carol: User) -> None:
    """A visit reads the row, then the password changes, then that visit keeps what it
    read: the old row must not be used (it would still match the old session)."""
    client = signed_in(carol)
    from_the_cache(client)
    before = _read("default", carol.pk)
    assert before is not None
    carol.set_password("a-new-long-passphrase")
    carol.save()
    snapshots.keep(carol.pk, before)
    assert signed_out(client)


def test_a_row_read_before_a_deletion_is_not_kept_after_it(
    carol: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deletion alone ends it, even with nothing else moving the version (here the
    account's own rows going with it do too)."""
    client = signed_in(carol)
    from_the_cache(client)
    pk = carol.pk
    before = _read("default", pk)
    assert before is not None
    monkeypatch.setattr(versions, "changed", lambda user_ids: None)
    carol.delete()
    monkeypatch.undo()
    snapshots.keep(pk, before)
    found = cache.get_many([snapshots.version_key(pk), snapshots.snapshot_key(pk)])
    assert snapshots.usable(pk, found) is None
    assert signed_out(client)


def test_a_change_not_yet_committed_already_stops_the_snapshot(carol: User) -> None:
    """Published before the commit: from then on the row is read from the database (the
    old row until the commit, then the new one), never the snapshot."""
    client = signed_in(carol)
    from_the_cache(client)
    with transaction.atomic():
        carol.set_password("a-new-long-passphrase")
        carol.save()
        found = cache.get_many([snapshots.version_key(carol.pk), snapshots.snapshot_key(carol.pk)])
        assert snapshots.usable(carol.pk, found) is None
    assert signed_out(client)


def test_a_change_rolled_back_leaves_the_account_as_it_was(carol: User) -> None:
    client = signed_in(carol)
    from_the_cache(client)
    with pytest.raises(RuntimeError), transaction.atomic():
        carol.is_active = False
        carol.save()
        raise RuntimeError
    assert client.get(TODAY).status_code == 200
    assert client.get(TODAY).status_code == 200


def test_each_user_is_read_as_themselves(carol: User, dan: User) -> None:
    rejected_application(carol, company="Carol Co")
    rejected_application(dan, company="Dan Co")
    carols, dans = signed_in(carol), signed_in(dan)
    for _ in range(3):
        mine, theirs = carols.get(TODAY), dans.get(TODAY)
        assert mine.wsgi_request.user == carol and theirs.wsgi_request.user == dan
        assert "Carol Co" in mine.content.decode() and "Dan Co" not in mine.content.decode()
        assert "Dan Co" in theirs.content.decode() and "Carol Co" not in theirs.content.decode()
    assert user_queries(carols) == [] and user_queries(dans) == []


def test_a_snapshot_is_only_ever_its_own_users(carol: User, dan: User) -> None:
    """Even if someone else's snapshot sat in a user's place (it can't get there), the
    session is checked against it and refused: a visit never becomes another user."""
    carols, dans = signed_in(carol), signed_in(dan)
    from_the_cache(carols)
    from_the_cache(dans)
    found = cache.get_many([snapshots.version_key(carol.pk), snapshots.snapshot_key(carol.pk)])
    cache.set(snapshots.snapshot_key(dan.pk), found[snapshots.snapshot_key(carol.pk)])
    cache.set(snapshots.version_key(dan.pk), found[snapshots.version_key(carol.pk)])
    answer = same_cookie(dans).get(TODAY)
    assert answer.status_code == 200 and answer.wsgi_request.user == dan


def test_without_a_shared_cache_nothing_is_kept(carol: User, settings: Any) -> None:
    settings.ONWARD_USER_SNAPSHOTS = None  # decided by the cache: local memory here
    client = signed_in(carol)
    client.get(TODAY)
    assert len(user_queries(client)) == 1
    assert cache.get(snapshots.snapshot_key(carol.pk)) is None
