"""Preferences: gentle mode, the digest's rhythm and time zone, and the calendar feed's secret."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts.models import Preferences
from onward.accounts.prefs import by_feed_token, by_unsubscribe_token, preferences_for

pytestmark = pytest.mark.django_db

VALID = {
    "gentle_mode": "on",
    "digest": "weekly",
    "digest_weekday": "4",
    "digest_hour": "7",
    "time_zone": "Europe/Berlin",
}


def test_preferences_are_made_once_with_kind_defaults(alice: Any) -> None:
    prefs = preferences_for(alice)
    assert (prefs.gentle_mode, prefs.digest, prefs.digest_hour, prefs.time_zone) == (
        False,
        "off",
        8,
        "UTC",
    )
    assert prefs.feed_token is None  # the feed is off until asked for
    assert preferences_for(alice).pk == prefs.pk
    assert Preferences.objects.count() == 1


def test_saving_the_form_keeps_every_choice(alice: Any, alice_client: Client) -> None:
    response = alice_client.post(reverse("accounts:preferences"), VALID)
    assert response["Location"] == reverse("accounts:preferences")
    prefs = preferences_for(alice)
    assert (prefs.gentle_mode, prefs.digest, prefs.digest_weekday, prefs.digest_hour) == (
        True,
        "weekly",
        4,
        7,
    )
    assert prefs.time_zone == "Europe/Berlin"


@pytest.mark.parametrize(
    ("field", "value"),
    [("time_zone", "Mars/Olympus"), ("digest_hour", "24"), ("digest", "hourly")],
)
def test_a_wrong_choice_is_refused_and_nothing_changes(
    field: str, value: str, alice: Any, alice_client: Client
) -> None:
    response = alice_client.post(reverse("accounts:preferences"), {**VALID, field: value})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert preferences_for(alice).digest == "off"


def test_the_page_offers_real_time_zones_and_no_blank_digest(alice_client: Client) -> None:
    page = alice_client.get(reverse("accounts:preferences")).content.decode()
    assert 'value="America/New_York"' in page
    assert 'value="Asia/Kolkata"' in page
    assert page.count('name="digest"') == 3


def test_turning_the_feed_on_makes_a_secret_of_at_least_128_bits(
    alice: Any, alice_client: Client
) -> None:
    alice_client.post(reverse("accounts:feed_new"))
    token = preferences_for(alice).feed_token
    assert token is not None
    # URL-safe base64 carries 6 bits a character.
    assert len(token) * 6 >= 128
    page = alice_client.get(reverse("accounts:preferences")).content.decode()
    assert reverse("insights:calendar_feed", args=[token]) in page
    assert "webcal://" in page


def test_a_new_address_replaces_the_old_one_at_once(alice: Any, alice_client: Client) -> None:
    alice_client.post(reverse("accounts:feed_new"))
    old = preferences_for(alice).feed_token
    alice_client.post(reverse("accounts:feed_new"))
    new = preferences_for(alice).feed_token
    assert old != new
    assert by_feed_token(old or "") is None
    assert by_feed_token(new or "") is not None


def test_turning_the_feed_off_forgets_its_secret(alice: Any, alice_client: Client) -> None:
    alice_client.post(reverse("accounts:feed_new"))
    old = preferences_for(alice).feed_token
    alice_client.post(reverse("accounts:feed_off"))
    assert preferences_for(alice).feed_token is None
    assert by_feed_token(old or "") is None


def test_feed_changes_only_by_post(alice: Any, alice_client: Client) -> None:
    assert alice_client.get(reverse("accounts:feed_new")).status_code == 405
    assert preferences_for(alice).feed_token is None


def test_every_user_has_their_own_secrets(alice: Any, bob: Any) -> None:
    a, b = preferences_for(alice), preferences_for(bob)
    assert a.unsubscribe_token != b.unsubscribe_token
    found = by_unsubscribe_token(a.unsubscribe_token)
    assert found is not None and found.user == alice


@pytest.mark.parametrize("token", ["", "short", "x" * 43])
def test_a_short_or_unknown_token_finds_nobody(token: str, alice: Any) -> None:
    preferences_for(alice)
    assert by_feed_token(token) is None
    assert by_unsubscribe_token(token) is None


def test_bob_changing_his_preferences_leaves_alices_alone(
    alice: Any, alice_client: Client, bob_client: Client
) -> None:
    alice_client.post(reverse("accounts:feed_new"))
    before = preferences_for(alice)
    bob_client.post(reverse("accounts:preferences"), VALID)
    bob_client.post(reverse("accounts:feed_new"))
    bob_client.post(reverse("accounts:feed_off"))
    after = preferences_for(alice)
    assert (after.feed_token, after.digest, after.gentle_mode, after.time_zone) == (
        before.feed_token,
        "off",
        False,
        "UTC",
    )


@pytest.mark.parametrize(
    "name",
    ["accounts:preferences", "accounts:feed_new", "accounts:feed_off", "insights:digest_preview"],
)
def test_preference_pages_need_a_signed_in_user(name: str, client: Client) -> None:
    response = client.post(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_settings_links_to_preferences(alice_client: Client) -> None:
    assert (
        reverse("accounts:preferences")
        in alice_client.get(reverse("core:settings")).content.decode()
    )


def test_the_time_zone_middleware_makes_today_the_users_day(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    import datetime as dt

    import time_machine

    auth = "django.contrib.auth.middleware.AuthenticationMiddleware"
    at = settings.MIDDLEWARE.index(auth) + 1
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[:at],
        "onward.accounts.middleware.UserTimeZoneMiddleware",
        *settings.MIDDLEWARE[at:],
    ]
    prefs = preferences_for(alice)
    prefs.time_zone = "Pacific/Auckland"
    prefs.save()
    # 21:00 UTC on Monday 2 June is already Tuesday 3 June in Auckland.
    with time_machine.travel(dt.datetime(2025, 6, 2, 21, tzinfo=dt.UTC), tick=False):
        page = alice_client.get(reverse("plans:today")).content.decode()
    assert "Tuesday 3 June" in page


# Outside a transaction, as the server reads them: inside one they are never kept.
@pytest.mark.django_db(transaction=True)
def test_kept_preferences_come_back_with_every_field_and_no_query(
    alice: Any, django_assert_num_queries: Any
) -> None:
    from django.contrib.auth.models import User

    from onward.accounts import prefs as kept
    from onward.core import versions

    chosen = preferences_for(alice)
    chosen.gentle_mode, chosen.time_zone, chosen.feed_token = True, "Asia/Tokyo", "t" * 30
    chosen.save()
    first = User.objects.get(pk=alice.pk)
    kept.keep_for_request(first)  # reads them and keeps their row

    again = User.objects.get(pk=alice.pk)
    versions.for_request(again)  # read with the user, in a request (accounts.backends)
    with django_assert_num_queries(0):
        back = kept.keep_for_request(again, found=_found_for(again))
    names = [f.attname for f in Preferences._meta.concrete_fields]
    assert [getattr(back, n) for n in names] == [getattr(chosen, n) for n in names]
    assert not back._state.adding  # saving it updates the row, as before
    back.digest_hour = 6
    back.save()
    assert Preferences.objects.get(user=alice).digest_hour == 6


@pytest.mark.django_db(transaction=True)
def test_preferences_an_earlier_release_kept_as_a_model_are_read_afresh(alice: Any) -> None:
    from django.contrib.auth.models import User

    from onward.accounts import prefs as kept
    from onward.core import remembered, versions

    saved = preferences_for(alice)
    user = User.objects.get(pk=alice.pk)
    stale = Preferences(user=alice, gentle_mode=True, time_zone="Asia/Tokyo")
    key = kept.preferences_key(alice.pk)
    remembered.keep(key, remembered.stamped(user, versions.for_request(user), stale))

    back = kept.keep_for_request(user)

    assert (back.gentle_mode, back.time_zone) == (saved.gentle_mode, saved.time_zone)
    assert saved.time_zone != "Asia/Tokyo" and not saved.gentle_mode


def _found_for(user: Any) -> dict[str, object]:
    from onward.accounts import prefs as kept
    from onward.core import remembered

    key = kept.preferences_key(user.pk)
    return remembered.read_many([key])
