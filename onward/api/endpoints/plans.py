"""Aftercare plans and their steps: done, skipped, moved on a couple of days, or reopened."""

import datetime as dt

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from onward.core.ownership import owned_or_404
from onward.plans import services
from onward.plans.forms import SkipForm
from onward.plans.models import AftercarePlan, Step

from ..auth import user_of, writes
from ..errors import check
from ..shapes import Id, changes, reads

router = Router(tags=["Plans"])
CLOSE_ON_PAGE = "Closing the chapter looks back at it first: open this step in Onward to close it."


class StepOut(Schema):
    id: int
    plan_id: int
    kind: str
    title: str
    detail: str
    person_id: int | None
    due_on: dt.date
    state: str
    timing: str
    skip_reason: str
    done_at: dt.datetime | None

    @staticmethod
    def resolve_timing(obj: Step) -> str:
        return obj.timing()


class PlanOut(Schema):
    id: int
    rejection_id: int
    application_id: int
    company: str
    starts_on: dt.date
    created_at: dt.datetime

    @staticmethod
    def resolve_application_id(obj: AftercarePlan) -> int:
        return obj.rejection.application_id

    @staticmethod
    def resolve_company(obj: AftercarePlan) -> str:
        return obj.rejection.application.company.name


class PlanDetail(PlanOut):
    steps: list[StepOut]

    @staticmethod
    def resolve_steps(obj: AftercarePlan) -> QuerySet[Step]:
        return obj.steps.all()


class SkipIn(Schema):
    reason: str = Field("", description="Optional, just for you.")


def _plans(request: HttpRequest) -> QuerySet[AftercarePlan]:
    return AftercarePlan.objects.filter(user=user_of(request)).select_related(
        "rejection__application__company"
    )


def _step(request: HttpRequest, pk: int) -> Step:
    return owned_or_404(Step.objects.select_related("plan"), user_of(request), "plan__user", pk=pk)


@router.get("/plans", response=reads(list[PlanOut], found=False))
@paginate
def plan_list(request: HttpRequest) -> QuerySet[AftercarePlan]:
    return _plans(request)


@router.get("/plans/{int:id}", response=reads(PlanDetail))
def plan_detail(request: HttpRequest, id: Id) -> AftercarePlan:
    return owned_or_404(_plans(request), user_of(request), pk=id)


@router.get("/steps/{int:id}", response=reads(StepOut))
def step_detail(request: HttpRequest, id: Id) -> Step:
    return _step(request, id)


@router.post("/steps/{int:id}/done", response=changes(StepOut, conflict=True))
@writes
def step_done(request: HttpRequest, id: Id) -> Step:
    step = _step(request, id)
    if step.closes_on_its_page:
        raise HttpError(409, CLOSE_ON_PAGE)
    services.mark_done(step)
    return step


@router.post("/steps/{int:id}/skip", response=changes(StepOut))
@writes
def step_skip(request: HttpRequest, id: Id, payload: SkipIn) -> Step:
    step = _step(request, id)
    data = check(SkipForm(payload.dict()))
    services.skip(step, data["reason"])
    return step


@router.post("/steps/{int:id}/snooze", response=changes(StepOut))
@writes
def step_snooze(request: HttpRequest, id: Id) -> Step:
    """Move the step on by a couple of days: no rush."""
    step = _step(request, id)
    services.snooze(step)
    return step


@router.post("/steps/{int:id}/reopen", response=changes(StepOut))
@writes
def step_reopen(request: HttpRequest, id: Id) -> Step:
    """Undo a done or a skip."""
    step = _step(request, id)
    services.reopen(step)
    return step
