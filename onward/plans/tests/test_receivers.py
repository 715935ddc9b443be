"""plans builds the aftercare plan when pipeline says a rejection was recorded."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from onward.people.models import Person
from onward.pipeline.models import Application, Outcome, Rejection, Stage, StageChange
from onward.pipeline.services import create_application, record_rejection
from onward.plans import services
from onward.plans.models import AftercarePlan, Step
from onward.test import PRIYA, rejected_application

pytestmark = pytest.mark.django_db


def test_a_recorded_rejection_has_its_plan_at_once(alice: Any) -> None:
    rejection = rejected_application(alice, [PRIYA], stage=Stage.INTERVIEW)

    plan = AftercarePlan.objects.get(rejection=rejection)
    assert plan.user == alice
    assert plan.starts_on == timezone.localdate()
    assert Step.objects.filter(plan=plan, kind=Step.Kind.THANK, person__name="Priya Raman").exists()
    assert Person.objects.get(user=alice, name="Priya Raman").keep_in_touch_days is not None


def test_a_plan_that_cannot_be_built_saves_neither_it_nor_the_rejection(
    alice: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    application = create_application(alice, "Acme", "Analyst", stage=Stage.SCREEN)

    def broken(rejection: Rejection) -> list[services.Planned]:
        raise RuntimeError("the playbook is unreadable")

    # Fails after the plan row is written, so the plan's rollback is proven too.
    monkeypatch.setattr(services, "planned_steps", broken)
    with pytest.raises(RuntimeError, match="unreadable"):
        record_rejection(application, received_on=timezone.localdate())

    assert not Rejection.objects.exists()
    assert not AftercarePlan.objects.exists()
    assert not Step.objects.exists()
    application.refresh_from_db()
    assert application.outcome == Outcome.OPEN
    assert not StageChange.objects.filter(
        application=application, outcome=Outcome.REJECTED
    ).exists()
    assert Application.objects.get(pk=application.pk).stage == Stage.SCREEN
