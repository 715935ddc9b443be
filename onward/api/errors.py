"""One shape for every refusal: `{"detail": "...", "errors": [{"field", "message"}]}`.

The API's own type checks (pydantic) and the apps' forms both answer 422 in this shape,
so a script reads one kind of error whichever rule said no."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError

NEEDS_A_LOOK = "Some of what was sent needs another look."
NOT_FOUND = "Nothing here with that id."
SIGN_IN = "Send a personal access token (Authorization: Bearer onw_…) or sign in."


class FieldError(Schema):
    field: str
    message: str


class Problem(Schema):
    detail: str
    errors: list[FieldError] = []


class Invalid(Exception):
    """What was sent breaks one of the app's rules: each error names its field."""

    def __init__(self, errors: Iterable[tuple[str, str]]) -> None:
        self.errors = list(errors)
        super().__init__(NEEDS_A_LOOK)


def form_errors(form: forms.BaseForm, names: Mapping[str, str] | None = None) -> Invalid:
    """The form's errors, named by the API's field names (`names` maps form → API)."""
    names = names or {}
    found = []
    for field, errors in form.errors.items():
        name = "" if field == NON_FIELD_ERRORS else names.get(field, field)
        found += [(name, str(message)) for message in errors]
    return Invalid(found)


def check(form: forms.BaseForm, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The form's cleaned data, or a 422 naming each field and what is wrong with it."""
    if not form.is_valid():
        raise form_errors(form, names)
    return form.cleaned_data


def _field(loc: Iterable[Any]) -> str:
    # ("body", "payload", "role") → "role"; ("query", "limit") → "limit"
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header", "cookie", "form"}:
        source = parts.pop(0)
        if source == "body" and len(parts) > 1:
            parts.pop(0)  # the operation's parameter name, not a field of the body
    return ".".join(parts)


def _message(error: Mapping[str, Any]) -> str:
    message = str(error.get("msg", "Not valid."))
    return message if message.endswith(".") else message + "."


def install(api: NinjaAPI) -> None:
    def problem(request: HttpRequest, status: int, detail: str, errors: Any = ()) -> HttpResponse:
        body = {"detail": detail, "errors": [{"field": f, "message": m} for f, m in errors]}
        return api.create_response(request, body, status=status)

    @api.exception_handler(ValidationError)
    def validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = [(_field(e.get("loc", ())), _message(e)) for e in exc.errors]
        return problem(request, 422, NEEDS_A_LOOK, errors)

    @api.exception_handler(Invalid)
    def invalid(request: HttpRequest, exc: Invalid) -> HttpResponse:
        return problem(request, 422, NEEDS_A_LOOK, exc.errors)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return problem(request, 404, NOT_FOUND)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = problem(request, 401, SIGN_IN)
        response["WWW-Authenticate"] = 'Bearer realm="onward"'
        return response

    @api.exception_handler(HttpError)
    def refused(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return problem(request, exc.status_code, str(exc))
