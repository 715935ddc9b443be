"""Notes to people: draft one for a thank step, edit it, redraft it in another shape,
run the tone check, and render it as a print-ready card."""

import datetime as dt

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.text import slugify
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from onward.core.ownership import owned_or_404
from onward.notes import services
from onward.notes.cards import CardError, render_card
from onward.notes.forms import CardForm, NoteForm, RedraftForm
from onward.notes.models import Note
from onward.plans.models import Step
from onward.plans.services import step_of_kind

from ..auth import user_of, writes
from ..errors import Invalid, check
from ..shapes import Id, changes, merged, reads

router = Router(tags=["Notes"])
LOCKED = "This note is already on its way, so it can't change now."
PDF = {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}


class NoteOut(Schema):
    id: int
    person_id: int
    rejection_id: int | None
    step_id: int | None
    purpose: str
    shape: str
    subject: str
    body: str
    status: str
    card_theme: str
    sent_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime


class NoteIn(Schema):
    subject: str | None = None
    body: str | None = None


class RedraftIn(Schema):
    shape: str = Field(description="short, warm or card.")


class ToneIn(Schema):
    body: str | None = Field(None, description="The text to check; the saved note when left out.")


class FindingOut(Schema):
    code: str
    message: str
    why: str
    suggestion: str
    start: int
    end: int
    excerpt: str
    serious: bool


class ToneOut(Schema):
    findings: list[FindingOut]


class CardQuery(Schema):
    theme: str = Field("potpourri", description="boho-spirit, potpourri or chalkboard.")
    format: str = Field("a6-postcard", description="a2-folded or a6-postcard.")


def _note(request: HttpRequest, pk: int) -> Note:
    return owned_or_404(
        Note.objects.select_related("person", "rejection__application__company", "step"),
        user_of(request),
        pk=pk,
    )


@router.get("/notes", response=reads(list[NoteOut], found=False))
@paginate
def note_list(request: HttpRequest) -> QuerySet[Note]:
    return Note.objects.filter(user=user_of(request))


@router.get("/notes/{int:id}", response=reads(NoteOut))
def note_detail(request: HttpRequest, id: Id) -> Note:
    return _note(request, id)


@router.post("/steps/{int:id}/note", response=changes(NoteOut, conflict=True))
@writes
def note_for_step(request: HttpRequest, id: Id) -> Note:
    """The thank-you note of a "thank" step: drafted the first time, the same note after."""
    step = step_of_kind(user_of(request), id, Step.Kind.THANK)
    if step.person is None:
        raise HttpError(409, "The person this step thanks was deleted: no one left to thank.")
    return services.note_for_step(step)


@router.patch("/notes/{int:id}", response=changes(NoteOut, conflict=True))
@writes
def note_update(request: HttpRequest, id: Id, payload: NoteIn) -> Note:
    note = _note(request, id)
    if note.is_locked:
        raise HttpError(409, LOCKED)
    data = check(NoteForm(merged(note, ["subject", "body"], payload.dict(exclude_unset=True))))
    if not services.save_text(note, data["subject"], data["body"]):
        raise HttpError(409, LOCKED)
    return _note(request, id)


@router.post("/notes/{int:id}/redraft", response=changes(NoteOut, conflict=True))
@writes
def note_redraft(request: HttpRequest, id: Id, payload: RedraftIn) -> Note:
    """Start again from a fresh draft in the shape asked for."""
    note = _note(request, id)
    if note.is_locked:
        raise HttpError(409, LOCKED)
    services.redraft(note, check(RedraftForm(payload.dict()))["shape"])
    return _note(request, id)


@router.post("/notes/{int:id}/tone-check", response=reads(ToneOut, body=True))
def note_tone_check(request: HttpRequest, id: Id, payload: ToneIn) -> dict[str, object]:
    """Gentle findings about the text before it goes out. Nothing is saved."""
    note = _note(request, id)
    body = note.body if payload.body is None else payload.body
    return {"findings": services.tone_findings(note, body)}


@router.get(
    "/notes/{int:id}/card",
    response=reads(None),
    openapi_extra={"responses": {200: {"description": "The card, as a PDF", "content": PDF}}},
)
def note_card(request: HttpRequest, id: Id, query: Query[CardQuery]) -> HttpResponse:
    """The note as a print-ready card (PDF), in one of the designs and sizes."""
    note = _note(request, id)
    data = check(CardForm(query.dict()))
    theme, fmt = data["theme"], data["format"]
    try:
        pdf = render_card(theme, fmt, note.person.name, note.body, services.sender_name(note.user))
    except CardError as problem:
        raise Invalid([("body", str(problem))]) from problem
    response = HttpResponse(pdf, content_type="application/pdf")
    name = slugify(f"card-{note.person.name}-{theme}-{fmt}") or "card"
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response
