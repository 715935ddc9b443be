"""Applications with their stage history, their interviews, and rejections."""

import datetime as dt

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate

from onward.core.ownership import owned_or_404
from onward.pipeline import services
from onward.pipeline.forms import (
    ApplicationForm,
    InterviewerForm,
    InterviewForm,
    RejectionForm,
    StageForm,
)
from onward.pipeline.models import Application, Interview, Rejection, StageChange

from ..auth import user_of, writes
from ..errors import Invalid, check
from ..shapes import Id, changes, reads

router = Router(tags=["Applications"])
NEEDS_NAME = "Add their name, so Onward knows who to thank."


class StageChangeOut(Schema):
    stage: str
    outcome: str
    changed_at: dt.datetime
    note: str


class ApplicationOut(Schema):
    id: int
    company: str
    role: str
    location: str
    job_url: str
    applied_on: dt.date | None
    stage: str
    furthest_stage: str
    outcome: str
    notes: str
    created_at: dt.datetime
    rejection_id: int | None = None

    @staticmethod
    def resolve_company(obj: Application) -> str:
        return obj.company.name

    @staticmethod
    def resolve_rejection_id(obj: Application) -> int | None:
        rejection = getattr(obj, "rejection", None)
        return rejection.pk if rejection else None


class ApplicationDetail(ApplicationOut):
    history: list[StageChangeOut]

    @staticmethod
    def resolve_history(obj: Application) -> QuerySet[StageChange]:
        return obj.history.all()


class ApplicationIn(Schema):
    company: str = Field(description="The company's name; a new one is added to your records.")
    role: str
    location: str = ""
    job_url: str = ""
    applied_on: dt.date | None = None
    stage: str = Field("applied", description="saved, applied, screen, interview or final.")


class StageIn(Schema):
    stage: str = Field(description="saved, applied, screen, interview, final or offer.")
    note: str = Field("", max_length=300)


class InterviewerIn(Schema):
    name: str
    title: str = ""
    email: str = ""
    topics: str = Field("", description="What you discussed with them.")


class InterviewOut(Schema):
    id: int
    application_id: int
    held_on: dt.date
    kind: str
    stage: str
    notes: str
    interviewer_ids: list[int]

    @staticmethod
    def resolve_interviewer_ids(obj: Interview) -> list[int]:
        return [person.pk for person in obj.interviewers.all()]


class InterviewIn(Schema):
    held_on: dt.date
    kind: str = Field("video", description="phone, video, onsite, panel, technical or other.")
    stage: str = "interview"
    notes: str = ""
    interviewers: list[InterviewerIn] = Field([], max_length=12)


class RejectionOut(Schema):
    id: int
    application_id: int
    plan_id: int | None = None
    received_on: dt.date
    stage_reached: str
    channel: str
    message_text: str
    would_work_there: bool
    future_interest: bool
    created_at: dt.datetime

    @staticmethod
    def resolve_plan_id(obj: Rejection) -> int | None:
        plan = getattr(obj, "plan", None)
        return plan.pk if plan else None


class RejectionIn(Schema):
    received_on: dt.date
    stage_reached: str = Field(description="applied, screen, interview or final.")
    channel: str = Field("email", description="email, phone, portal, in_person or silence.")
    message_text: str = ""
    would_work_there: bool = True
    future_interest: bool = True


def _applications(request: HttpRequest) -> QuerySet[Application]:
    return Application.objects.filter(user=user_of(request)).select_related("company", "rejection")


def _application(request: HttpRequest, pk: int) -> Application:
    return owned_or_404(_applications(request), user_of(request), pk=pk)


@router.get("/applications", response=reads(list[ApplicationOut], found=False))
@paginate
def application_list(request: HttpRequest) -> QuerySet[Application]:
    return _applications(request)


@router.post("/applications", response=changes(ApplicationDetail, 201, found=False))
@writes
def application_create(request: HttpRequest, payload: ApplicationIn) -> Status:
    data = check(ApplicationForm(payload.dict()))
    application = services.create_application(
        user_of(request),
        data["company"],
        data["role"],
        stage=data["stage"],
        location=data["location"],
        job_url=data["job_url"],
        applied_on=data["applied_on"],
    )
    return Status(201, application)


@router.get("/applications/{int:id}", response=reads(ApplicationDetail))
def application_detail(request: HttpRequest, id: Id) -> Application:
    return _application(request, id)


@router.patch("/applications/{int:id}", response=changes(ApplicationDetail))
@writes
def application_stage(request: HttpRequest, id: Id, payload: StageIn) -> Application:
    application = _application(request, id)
    data = check(StageForm(payload.dict()))
    services.move_to_stage(application, data["stage"], note=payload.note.strip())
    return _application(request, id)


@router.delete("/applications/{int:id}", response=changes(None, 204))
@writes
def application_delete(request: HttpRequest, id: Id) -> Status:
    _application(request, id).delete()
    return Status(204, None)


@router.get("/applications/{int:id}/interviews", response=reads(list[InterviewOut]))
@paginate
def interview_list(request: HttpRequest, id: Id) -> QuerySet[Interview]:
    return _application(request, id).interviews.prefetch_related("interviewers")


@router.post("/applications/{int:id}/interviews", response=changes(InterviewOut, 201))
@writes
def interview_create(request: HttpRequest, id: Id, payload: InterviewIn) -> Status:
    application = _application(request, id)
    data = check(InterviewForm(payload.dict(exclude={"interviewers"})))
    people = []
    for n, given in enumerate(payload.interviewers):
        row = check(InterviewerForm(given.dict()), _prefixed(f"interviewers.{n}."))
        if not row["name"]:
            raise Invalid(
                [(f"interviewers.{n}.name", "Add their name, so Onward knows who to thank.")]
            )
        people.append(
            services.InterviewerInput(row["name"], row["title"], row["email"], row["topics"])
        )
    interview = services.add_interview(
        application, data["held_on"], data["kind"], data["notes"], people, stage=data["stage"]
    )
    return Status(201, interview)


def _prefixed(prefix: str) -> dict[str, str]:
    return {name: prefix + name for name in InterviewerForm.base_fields}


@router.get("/interviews/{int:id}", response=reads(InterviewOut))
def interview_detail(request: HttpRequest, id: Id) -> Interview:
    return owned_or_404(Interview, user_of(request), "application__user", pk=id)


@router.post("/applications/{int:id}/rejection", response=changes(RejectionOut, 201, conflict=True))
@writes
def rejection_create(request: HttpRequest, id: Id, payload: RejectionIn) -> Status:
    """Record the news: the application closes, and its aftercare plan is made."""
    application = _application(request, id)
    if hasattr(application, "rejection"):
        raise HttpError(409, "This application already has its rejection recorded.")
    data = check(RejectionForm(payload.dict(), application=application))
    return Status(201, services.record_rejection(application, **data))


@router.get("/rejections", response=reads(list[RejectionOut], found=False))
@paginate
def rejection_list(request: HttpRequest) -> QuerySet[Rejection]:
    return Rejection.objects.filter(user=user_of(request)).select_related("plan")


@router.get("/rejections/{int:id}", response=reads(RejectionOut))
def rejection_detail(request: HttpRequest, id: Id) -> Rejection:
    return owned_or_404(Rejection.objects.select_related("plan"), user_of(request), pk=id)
