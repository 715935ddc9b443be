"""What every operation may answer, so the OpenAPI schema lists each refusal it can give."""

from __future__ import annotations

from typing import Annotated, Any

from django.db.models import Model
from django.forms.models import model_to_dict
from ninja import Path

from .errors import Problem

Responses = dict[int, Any]
# An object's id in a path: inside every database's integer range, so a huge number is
# a 422, not a database error.
Id = Annotated[int, Path(ge=1, le=2**53)]


def reads(ok: Any, *, found: bool = True, body: bool = False) -> Responses:
    """A read: the answer, or 401 (no token), 404 (not found, or not yours), 422 (a bad
    parameter), and 400 when a body is sent that is not JSON."""
    answers: Responses = {200: ok, 401: Problem, 422: Problem}
    if body:
        answers[400] = Problem
    if found:
        answers[404] = Problem
    return answers


def changes(ok: Any, status: int = 200, *, found: bool = True, conflict: bool = False) -> Responses:
    """A write: also 403 (a read-only token, or a failed CSRF check), 422 (invalid) and
    400 (a body that is not JSON)."""
    answers: Responses = {status: ok, 400: Problem, 401: Problem, 403: Problem, 422: Problem}
    if found:
        answers[404] = Problem
    if conflict:
        answers[409] = Problem
    return answers


def merged(instance: Model, fields: list[str], given: dict[str, Any]) -> dict[str, Any]:
    """A partial update as a whole form's data: what is stored, with what was sent on top,
    so the form checks the record as it will be."""
    data = {k: ("" if v is None else v) for k, v in model_to_dict(instance, fields).items()}
    data.update({k: ("" if v is None else v) for k, v in given.items()})
    return data
