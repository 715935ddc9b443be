"""Mood check-ins: how the user is doing, a number from 1 (really low) to 5 (good)."""

import datetime as dt

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from onward.core.ownership import owned_or_404
from onward.outlook.forms import CheckInForm
from onward.outlook.models import MoodCheckIn
from onward.outlook.services import record_checkin
from onward.plans.models import Step
from onward.plans.services import step_of_kind

from ..auth import user_of, writes
from ..errors import check
from ..shapes import Id, changes, reads

router = Router(tags=["Check-ins"])


class CheckInOut(Schema):
    id: int
    mood: int
    mood_words: str
    words: str
    rejection_id: int | None
    created_at: dt.datetime

    @staticmethod
    def resolve_mood_words(obj: MoodCheckIn) -> str:
        return obj.get_mood_display()


class CheckInIn(Schema):
    mood: int = Field(description="1 really low, 2 low, 3 okay, 4 fairly good, 5 good.")
    words: str = ""
    step_id: int | None = Field(
        None, ge=1, le=2**53, description="A plan's pause step, done with this check-in."
    )


@router.get("/checkins", response=reads(list[CheckInOut], found=False))
@paginate
def checkin_list(request: HttpRequest) -> QuerySet[MoodCheckIn]:
    return MoodCheckIn.objects.filter(user=user_of(request))


@router.post("/checkins", response=changes(CheckInOut, 201))
@writes
def checkin_create(request: HttpRequest, payload: CheckInIn) -> Status:
    user = user_of(request)
    step = step_of_kind(user, payload.step_id, Step.Kind.PAUSE) if payload.step_id else None
    data = check(CheckInForm(payload.dict(exclude={"step_id"})))
    return Status(201, record_checkin(user, data["mood"], data["words"], step))


@router.get("/checkins/{int:id}", response=reads(CheckInOut))
def checkin_detail(request: HttpRequest, id: Id) -> MoodCheckIn:
    return owned_or_404(MoodCheckIn, user_of(request), pk=id)
