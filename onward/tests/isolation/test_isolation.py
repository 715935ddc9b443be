"""Each user sees only their own data, for every route of the project, by construction.

The routes come from walking the URLconf (routes.py); every route that takes an argument
needs its row in table.py, so a new URL cannot be left out. For each one another signed-in
user gets a 404 and changes nothing, a signed-out visitor is sent to sign in, and the owner
gets exactly the answer the row states. Pages without an argument show bob none of alice's
things. Pages behind a secret token are public by design: a wrong token finds nothing.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import pypdf
import pytest
from django.test import Client
from django.urls import reverse

from .routes import ROUTES, WITH_ARGS, WITHOUT_ARGS
from .table import ROWS, Answer
from .world import (
    ACTION,
    CHECKIN_WORDS,
    COMPANY,
    IMAP_LOGIN,
    MAIL_SUBJECT,
    NEXT_STEP,
    STORY,
    TOKEN_NAME,
    TOUCH,
    World,
    snapshot,
)

pytestmark = pytest.mark.django_db

# What alice sees on each page without an argument (her own rows); bob's page shows none of
# it. Today gathers something from every app: each of them.
SHOWS: dict[str, tuple[str | Callable[[World], str], ...]] = {
    "core:settings": ('value="Alice"',),
    "accounts:preferences": (lambda w: w.feed_token,),
    "accounts:first_name": ('value="Alice"',),
    "pipeline:application_list": (COMPANY,),
    "people:person_list": ("Priya Raman", "Jordan Ellis", "Dana Li"),
    "keep_in_touch:losing_touch": ("Jordan Ellis",),
    "plans:today": (
        COMPANY,
        "Dana replied",
        "Jordan Ellis",
        NEXT_STEP,
        "hiring a Product Analyst",
        "Connect with Sam Okoro",
        "email to look at",
    ),
    "outlook:checkin": (CHECKIN_WORDS,),
    "reflect:reflect_home": (COMPANY, "Dana Li"),
    "reflect:reflect_patterns": (ACTION,),
    "reflect:mentor_request_new": ("Dana Li", COMPANY),
    "reflect:action_list": (ACTION,),
    "reflect:strengths_home": (
        lambda w: reverse("reflect:strengths_report", args=[w.finished_take.pk]),
    ),
    "reflect:story_list": (STORY,),
    "inbox:queue": (MAIL_SUBJECT, "Sam Okoro"),
    "inbox:mail": (IMAP_LOGIN,),
    "watch:watch_list": (COMPANY,),
    "insights:insights": ("1 ended so far",),
    "insights:worklog_csv": (COMPANY, TOUCH),
    "insights:worklog_pdf": (COMPANY,),
    "insights:digest_preview": (NEXT_STEP, "Jordan Ellis"),
    "portability:download_json": (COMPANY, STORY, TOUCH, IMAP_LOGIN),
    "portability:download_csv": (COMPANY, STORY, TOUCH),
    "api:tokens": (TOKEN_NAME,),
    # The API's lists, read with alice's session as a script would with her token.
    "api:application_list": (COMPANY,),
    "api:rejection_list": (lambda w: f'"application_id": {w.application.pk}',),
    "api:person_list": ("Priya Raman", "Jordan Ellis"),
    "api:interaction_list": (TOUCH,),
    "api:plan_list": (COMPANY,),
    "api:note_list": ("Priya",),
    "api:checkin_list": (CHECKIN_WORDS,),
    "api:watch_list": (COMPANY,),
    "api:alert_list": ("Product Analyst",),
    "imports:people_vcf": ("Priya Raman", "Jordan Ellis", "Dana Li"),
}
# Pages without an argument that hold none of anyone's rows, and why.
HOLD_NOTHING = {
    "core:mail_test": "POST only: a test message to the user's own address",
    "accounts:feed_new": "POST only: a new address for the user's own feed",
    "accounts:feed_off": "POST only: turns the user's own feed off",
    "demo:sample_data_add": "POST only: sample data in the user's own account",
    "demo:sample_data_clear": "asks before clearing the user's own sample data",
    "pipeline:application_new": "a blank form",
    "reflect:mentor_tone_check": "POST only: checks the text it is sent",
    "reflect:action_new": "POST only: adds to the user's own list",
    "reflect:strengths_start": "POST only: starts the user's own inventory",
    "reflect:strengths_method": "how the inventory works: the same words for everyone",
    "reflect:story_new": "a blank form",
    "inbox:paste": "a blank form",
    "inbox:upload": "a blank form",
    "inbox:sync": "POST only: the user's own mail account",
    "inbox:disconnect": "POST only: the user's own mail account",
    "watch:watch_new": "a blank form",
    "portability:your_data": "how many rows the user has, never their words; and forms",
    "portability:import_preview": "POST only: what the file the user chose holds",
    "portability:import_confirm": "POST only: imports the user's own upload into their account",
    "portability:delete": "asks for the user's own password before deleting their account",
    "api:application_create": "POST adds to the user's own list (a GET there is the list)",
    "api:person_create": "POST adds to the user's own list (a GET there is the list)",
    "api:checkin_create": "POST adds to the user's own list (a GET there is the list)",
    "api:watch_create": "POST adds to the user's own list (a GET there is the list)",
    "imports:home": "what can be brought in; counts only the user's own people",
    "imports:applications": "a blank form",
    "imports:linkedin": "a blank form",
    "imports:vcards": "a blank form",
    # The file waits in the user's own session, so no address names anything to try.
    "imports:applications_preview": "the user's own uploaded file, from their session",
    "imports:linkedin_preview": "the user's own uploaded file, from their session",
    "imports:vcards_preview": "the user's own uploaded file, from their session",
}
# Public pages without an argument: what a signed-out visitor gets.
# The API's schema and docs name no one's data; its root only points at the docs.
PUBLIC_PAGES = {
    "core:landing": 200,
    "core:health": 200,
    "api:openapi-json": 200,
    "api:openapi-view": 200,
    "api:api-root": 404,
}
# The API signs its callers in itself (a token, or the session) and answers a signed-out
# caller 401 rather than sending a script to the sign-in page.
API = sorted(
    key
    for key, route in [*WITH_ARGS.items(), *WITHOUT_ARGS.items()]
    if route.path.startswith("api/") and key not in PUBLIC_PAGES
)

OBJECT_ROUTES = sorted(key for key, row in ROWS.items() if not row.public_token)
TOKEN_ROUTES = sorted(key for key, row in ROWS.items() if row.public_token)
CALLS = [(key, method) for key in sorted(ROWS) for method in ROWS[key].calls]
SIGNED_IN_ONLY = sorted(route.key for route in ROUTES if not route.public)


def request(client: Client, method: str, key: str, w: World, args: list[Any] | None = None) -> Any:
    """GET the route's page, or POST its form, with the row's arguments (or those given);
    an API operation gets its data as JSON."""
    row = ROWS[key]
    url = WITH_ARGS[key].url(row.args(w) if args is None else args) + row.query
    if method == "get":
        return client.get(url)
    if row.api:
        return getattr(client, method)(url, json.dumps(row.data(w)), "application/json")
    return client.post(url, row.data(w))


def text(response: Any) -> str:
    """What a person would read in the response, whatever its format."""
    body = b"".join(response)  # a file download streams; iterating reads either kind
    if response.get("Content-Type", "").startswith("application/pdf"):
        return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(body)).pages)
    return body.decode("utf-8", errors="replace")


def shown(response: Any, w: World) -> list[str]:
    page = text(response)
    return [marker for marker in w.markers if marker in page]


def assert_answer(response: Any, answer: Answer, w: World, what: str) -> None:
    """Exactly the stated answer: the status, and for a redirect, where it goes."""
    assert response.status_code == answer.status, what
    if answer.to is not None:
        assert response["Location"] == answer.to(w), what


def sign_in_url(url: str) -> str:
    return f"{reverse('account_login')}?{urlencode({'next': url}, safe='/')}"


# -- the walk and the table agree ---------------------------------------------------------


def test_every_route_with_an_argument_has_its_row() -> None:
    missing = sorted(set(WITH_ARGS) - set(ROWS))
    assert not missing, f"Routes with an argument and no row in table.py: {missing}"


def test_every_row_names_a_route_that_exists() -> None:
    gone = sorted(set(ROWS) - set(WITH_ARGS))
    assert not gone, f"Rows in table.py for routes that no longer exist: {gone}"


def test_only_token_routes_are_public() -> None:
    public = sorted(key for key, route in WITH_ARGS.items() if route.public and key not in API)
    assert public == TOKEN_ROUTES


def test_every_api_operation_with_an_argument_is_a_row_of_its_own_method() -> None:
    assert sorted(key for key in API if key in WITH_ARGS) == sorted(
        key for key, row in ROWS.items() if row.api
    )


def test_every_page_without_an_argument_is_accounted_for() -> None:
    listed = [*SHOWS, *HOLD_NOTHING, *PUBLIC_PAGES]
    assert len(listed) == len(set(listed)), "a page is listed twice"
    assert sorted(listed) == sorted(WITHOUT_ARGS)
    public = sorted(key for key, route in WITHOUT_ARGS.items() if route.public and key not in API)
    assert public == sorted(PUBLIC_PAGES)


# -- another signed-in user ---------------------------------------------------------------


@pytest.mark.parametrize("key", OBJECT_ROUTES)
def test_another_user_gets_404_and_nothing_changes(
    key: str, world: World, bob_client: Client
) -> None:
    row = ROWS[key]
    before = snapshot(world.alice)
    for method, answer in row.calls.items():
        response = request(bob_client, method, key, world)
        what = f"bob {method.upper()} {key}"
        if answer.status == 405:
            # require_POST answers before any object is looked up: the same for every id.
            assert response.status_code == 405, what
        elif answer.status == 301:
            # An old address is only rewritten; the page it names is what refuses him.
            assert_answer(response, answer, world, what)
            after = getattr(bob_client, method)(response["Location"], row.data(world))
            assert after.status_code == 404, what
        else:
            assert response.status_code == 404, what
        assert not shown(response, world), what
    assert snapshot(world.alice) == before


# -- the owner ----------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "method"), CALLS)
def test_the_owner_gets_exactly_the_stated_answer(
    key: str, method: str, world: World, alice_client: Client
) -> None:
    row = ROWS[key]
    # A page behind a token is for whoever holds the link: no sign-in.
    client = Client() if row.public_token else alice_client
    response = request(client, method, key, world)
    assert_answer(response, row.calls[method], world, f"alice {method.upper()} {key}")


# -- public pages behind a token ------------------------------------------------------------


@pytest.mark.parametrize("key", TOKEN_ROUTES)
def test_a_wrong_token_finds_nothing_and_changes_nothing(
    key: str, world: World, bob_client: Client
) -> None:
    before = snapshot(world.alice)
    for args in ROWS[key].wrong(world):
        for who, client in (("a stranger", Client()), ("bob", bob_client)):
            for method in ("get", "post"):
                response = request(client, method, key, world, args)
                what = f"{who} {method.upper()} {key} with {args}"
                assert response.status_code == 404, what
                assert not shown(response, world), what
    assert snapshot(world.alice) == before


# -- signed out ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", SIGNED_IN_ONLY)
def test_a_signed_out_visitor_is_sent_to_sign_in(key: str, client: Client) -> None:
    # LoginRequiredMiddleware answers before any view runs: whatever the ids, no object is
    # looked up, so any will do.
    route = WITH_ARGS.get(key) or WITHOUT_ARGS[key]
    url = route.url([1] * len(route.args))
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        assert response.status_code == 302, method
        assert response["Location"] == sign_in_url(url), method


@pytest.mark.parametrize("key", API)
def test_the_api_answers_a_signed_out_caller_401(key: str, client: Client) -> None:
    route = WITH_ARGS.get(key) or WITHOUT_ARGS[key]
    url = route.url([1] * len(route.args))
    # A list's GET; at the same address, a POST that adds to it.
    methods = (
        ROWS[key].calls if key in ROWS else ["get", *(["post"] if key in HOLD_NOTHING else [])]
    )
    for method in methods:
        if method == "get":
            response = client.get(url)
        else:
            response = getattr(client, method)(url, "{}", "application/json")
        assert response.status_code == 401, method


@pytest.mark.parametrize(("key", "status"), sorted(PUBLIC_PAGES.items()))
def test_public_pages_answer_without_sign_in(key: str, status: int, client: Client) -> None:
    assert client.get(reverse(key)).status_code == status


# -- pages without an argument: lists, overviews and forms -----------------------------------


@pytest.mark.parametrize("key", sorted(SHOWS))
def test_a_page_lists_only_your_own(
    key: str, world: World, alice_client: Client, bob_client: Client
) -> None:
    mine = [m(world) if callable(m) else m for m in SHOWS[key]]
    alices = text(alice_client.get(reverse(key)))
    assert [m for m in mine if m not in alices] == []
    bobs = bob_client.get(reverse(key))
    assert bobs.status_code == 200
    assert [m for m in mine if m in text(bobs)] == []
    assert shown(bobs, world) == []


@pytest.mark.parametrize("key", sorted(HOLD_NOTHING))
def test_a_page_that_holds_no_rows_shows_none_of_another_users(
    key: str, world: World, bob_client: Client
) -> None:
    assert not shown(bob_client.get(reverse(key)), world)
