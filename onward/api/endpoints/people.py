"""People met along the way, and every interaction with them."""

import datetime as dt

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from onward.core.ownership import owned_or_404
from onward.people import services
from onward.people.forms import InteractionForm, PersonForm
from onward.people.models import Interaction, Person

from ..auth import user_of, writes
from ..errors import check
from ..shapes import Id, changes, merged, reads

router = Router(tags=["People"])
FIELDS = list(PersonForm.Meta.fields)


class PersonOut(Schema):
    id: int
    name: str
    email: str
    title: str
    company: str | None = None
    relationship: str
    linkedin_url: str
    postal_address: str
    how_we_met: str
    keep_in_touch_days: int | None
    notes: str
    created_at: dt.datetime

    @staticmethod
    def resolve_company(obj: Person) -> str | None:
        return obj.company.name if obj.company else None


class PersonIn(Schema):
    name: str
    email: str = ""
    title: str = ""
    relationship: str = Field(
        "peer", description="interviewer, recruiter, hiring_manager, mentor or peer."
    )
    linkedin_url: str = ""
    postal_address: str = ""
    how_we_met: str = ""
    keep_in_touch_days: int | None = None
    notes: str = ""


class PersonPatch(Schema):
    name: str | None = None
    email: str | None = None
    title: str | None = None
    relationship: str | None = None
    linkedin_url: str | None = None
    postal_address: str | None = None
    how_we_met: str | None = None
    keep_in_touch_days: int | None = None
    notes: str | None = None


class InteractionOut(Schema):
    id: int
    person_id: int
    kind: str
    happened_at: dt.datetime
    summary: str


class InteractionIn(Schema):
    kind: str = Field("note", description="email, card, call, meeting, interview, linkedin, note.")
    summary: str
    happened_on: dt.date | None = Field(None, description="Today when left out.")


def _person(request: HttpRequest, pk: int) -> Person:
    return owned_or_404(Person.objects.select_related("company"), user_of(request), pk=pk)


@router.get("/people", response=reads(list[PersonOut], found=False))
@paginate
def person_list(request: HttpRequest) -> QuerySet[Person]:
    return Person.objects.filter(user=user_of(request)).select_related("company")


@router.post("/people", response=changes(PersonOut, 201, found=False))
@writes
def person_create(request: HttpRequest, payload: PersonIn) -> Status:
    form = PersonForm(merged(Person(), FIELDS, payload.dict()))
    check(form)
    person = form.save(commit=False)
    person.user = user_of(request)
    person.save()
    return Status(201, person)


@router.get("/people/{int:id}", response=reads(PersonOut))
def person_detail(request: HttpRequest, id: Id) -> Person:
    return _person(request, id)


@router.patch("/people/{int:id}", response=changes(PersonOut))
@writes
def person_update(request: HttpRequest, id: Id, payload: PersonPatch) -> Person:
    person = _person(request, id)
    form = PersonForm(merged(person, FIELDS, payload.dict(exclude_unset=True)), instance=person)
    check(form)
    return form.save()


@router.delete("/people/{int:id}", response=changes(None, 204))
@writes
def person_delete(request: HttpRequest, id: Id) -> Status:
    _person(request, id).delete()
    return Status(204, None)


@router.get("/people/{int:id}/interactions", response=reads(list[InteractionOut]))
@paginate
def person_interactions(request: HttpRequest, id: Id) -> QuerySet[Interaction]:
    return _person(request, id).interactions.all()


@router.post("/people/{int:id}/interactions", response=changes(InteractionOut, 201))
@writes
def interaction_create(request: HttpRequest, id: Id, payload: InteractionIn) -> Status:
    person = _person(request, id)
    data = check(InteractionForm(merged(Interaction(), [], payload.dict())))
    day = data["happened_on"] or timezone.localdate()
    return Status(201, services.log_interaction(person, data["kind"], data["summary"], day))


@router.get("/interactions", response=reads(list[InteractionOut], found=False))
@paginate
def interaction_list(request: HttpRequest) -> QuerySet[Interaction]:
    return Interaction.objects.filter(user=user_of(request))
