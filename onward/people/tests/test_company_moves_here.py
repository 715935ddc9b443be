"""Company moved from pipeline to people by state-only migrations (people 0004, watch 0002,
pipeline 0003). A database made before the move keeps every company, every link to one and
its ContentType row (so permissions stay attached); and the move can be undone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.apps.registry import Apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from onward.people.models import Company, Person
from onward.pipeline.models import Application
from onward.watch.models import Watch

BEFORE_THE_MOVE = [
    ("people", "0003_sample_flag"),
    ("pipeline", "0002_sample_flag"),
    ("watch", "0001_initial"),
]

pytestmark = pytest.mark.django_db(transaction=True)


def _migrate(targets: list[tuple[str, str]]) -> Apps:
    """Migrate the test database to `targets` and return the models as they were there."""
    # The executor hands back the state it reached: rendering it again from the applied
    # migrations would walk every migration a second time.
    state = MigrationExecutor(connection).migrate(targets)
    ContentType.objects.clear_cache()
    return state.apps


def _latest() -> list[tuple[str, str]]:
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture
def latest_afterwards() -> Iterator[None]:
    # Whatever happens in the test, the next test finds today's schema.
    yield
    _migrate(_latest())


def _records(apps: Apps, company_app: str) -> dict[str, Any]:
    """One user's company with a person, an application and a watch, made with the models
    of that moment; the user may change companies through a permission."""
    user = apps.get_model(settings.AUTH_USER_MODEL).objects.create(username="carol@example.com")
    company = apps.get_model(company_app, "Company").objects.create(user=user, name="Acme")
    person = apps.get_model("people", "Person").objects.create(
        user=user, name="Priya Raman", company=company
    )
    application = apps.get_model("pipeline", "Application").objects.create(
        user=user, company=company, role="Analyst"
    )
    board = apps.get_model("watch", "Board").objects.create(vendor="greenhouse", token="acme")
    watch = apps.get_model("watch", "Watch").objects.create(
        user=user, company=company, board=board, careers_url="https://acme.example/jobs"
    )
    content_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label=company_app, model="company"
    )
    permission, _ = apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename="change_company", defaults={"name": "Can change"}
    )
    user.user_permissions.add(permission)
    return {
        "user": user.pk,
        "company": company.pk,
        "person": person.pk,
        "application": application.pk,
        "watch": watch.pk,
        "content_type": content_type.pk,
        "permission": permission.pk,
    }


def _assert_linked(apps: Apps, company_app: str, made: dict[str, Any]) -> None:
    company = apps.get_model(company_app, "Company").objects.get(pk=made["company"])
    assert company.name == "Acme"
    assert apps.get_model("people", "Person").objects.get(pk=made["person"]).company == company
    application = apps.get_model("pipeline", "Application").objects.get(pk=made["application"])
    assert application.company == company
    assert apps.get_model("watch", "Watch").objects.get(pk=made["watch"]).company == company
    content_types = apps.get_model("contenttypes", "ContentType").objects
    assert list(content_types.filter(model="company").values_list("pk", "app_label")) == [
        (made["content_type"], company_app)
    ]
    user = apps.get_model(settings.AUTH_USER_MODEL).objects.get(pk=made["user"])
    assert list(user.user_permissions.values_list("pk", flat=True)) == [made["permission"]]


def test_a_company_made_before_the_move_keeps_its_people_applications_and_watches(
    latest_afterwards: None,
) -> None:
    made = _records(_migrate(BEFORE_THE_MOVE), "pipeline")

    _assert_linked(_migrate(_latest()), "people", made)
    company = Company.objects.get(pk=made["company"])
    assert Person.objects.get(pk=made["person"]).company == company
    assert Application.objects.get(pk=made["application"]).company == company
    assert Watch.objects.get(pk=made["watch"]).company == company
    assert ContentType.objects.get_for_model(Company).pk == made["content_type"]
    user = Person.objects.get(pk=made["person"]).user
    assert user.has_perm("people.change_company")


def test_undoing_the_move_gives_pipeline_back_the_same_rows(latest_afterwards: None) -> None:
    made = _records(_migrate(_latest()), "people")

    _assert_linked(_migrate(BEFORE_THE_MOVE), "pipeline", made)


def test_the_move_in_two_runs_leaves_one_content_type_with_its_permissions(
    latest_afterwards: None,
) -> None:
    made = _records(_migrate(BEFORE_THE_MOVE), "pipeline")
    halfway = _migrate([("people", "0004_company_moves_here")])
    # What post_migrate does after a run that stops halfway: a row for people's Company.
    halfway.get_model("contenttypes", "ContentType").objects.create(
        app_label="people", model="company"
    )

    _assert_linked(_migrate(_latest()), "people", made)

    halfway = _migrate([("pipeline", "0002_sample_flag")])
    halfway.get_model("contenttypes", "ContentType").objects.create(
        app_label="people", model="company"
    )
    _assert_linked(_migrate([("people", "0003_sample_flag")]), "pipeline", made)
