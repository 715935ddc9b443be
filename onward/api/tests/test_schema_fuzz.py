"""Schemathesis against the API's own OpenAPI schema, signed in with a token, through
Django's WSGI handler (no server, no network): whatever it sends, no answer is a server
error, and every answer matches what the schema says it returns.

Bounded on purpose: a few examples per operation, so the run takes seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.contrib.auth.models import User
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from onward.api.tokens import create_token
from onward.test import PRIYA, rejected_application
from onward.watch.models import Alert, Posting
from onward.watch.services import WatchInput, save_watch

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

# Random (fuzzed) cases only: the coverage phase's boundary cases for every parameter
# would take minutes, and the tests beside this one name the boundaries that matter.
CONFIG = SchemathesisConfig.from_dict({"phases": {"coverage": {"enabled": False}}})
# The schema is read as a script would read it: from /api/openapi.json (no database).
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application(), config=CONFIG)


@pytest.fixture(autouse=True)
def connection_kept_open(db: None) -> Iterator[None]:
    # As Django's test client does: the test's transaction holds the connection, so a
    # finished request must not close it.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def signed_in(alice: User) -> dict[str, Any]:
    """Alice's token, and one of each of her objects: half the ids sent are real ones, so
    the operations get past "not found" and into their rules."""
    rejection = rejected_application(alice, [PRIYA])
    application = rejection.application
    plan = rejection.plan
    watch = save_watch(alice, WatchInput("Acme", "https://jobs.lever.co/acme"))
    assert watch.board is not None
    posting = Posting.objects.create(
        board=watch.board, vendor_id="p1", title="Analyst", url="https://x.example/p1"
    )
    alert = Alert.objects.create(user=alice, watch=watch, posting=posting)
    steps = plan.steps.all()
    thank = steps.get(kind="thank")
    from onward.notes.services import note_for_step

    note = note_for_step(thank)
    ids = {
        "applications": application.pk,
        "interviews": application.interviews.get().pk,
        "rejections": rejection.pk,
        "people": thank.person_id,
        "plans": plan.pk,
        "steps": thank.pk,
        "notes": note.pk,
        "checkins": None,
        "watches": watch.pk,
        "alerts": alert.pk,
    }
    return {"token": create_token(alice, "fuzz").secret, "ids": ids}


@schema.parametrize()
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_api_never_errors_and_always_matches_its_schema(
    case: Any, signed_in: dict[str, Any]
) -> None:
    identifier = case.path_parameters.get("id") if case.path_parameters else None
    collection = case.path.split("/")[2]
    real = signed_in["ids"].get(collection)
    if isinstance(identifier, int) and identifier % 2 == 0 and real is not None:
        case.path_parameters["id"] = real
    case.call_and_validate(headers={"Authorization": f"Bearer {signed_in['token']}"}, checks=CHECKS)
