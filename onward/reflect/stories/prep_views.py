"""The interview prep sheet: a page, and the same as a PDF to print."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.text import slugify

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.pipeline.models import Application

from . import prep


def _application(request: AuthedRequest, pk: int) -> Application:
    return owned_or_404(Application.objects.select_related("company"), request.user, pk=pk)


def prep_sheet(request: AuthedRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    return render(
        request, "reflect/prep_sheet.html", {"sheet": prep.build(request.user, application)}
    )


def prep_pdf(request: AuthedRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    pdf = prep.render_pdf(prep.build(request.user, application), request.user)
    name = slugify(f"prep {application.role} {application.company.name}") or "prep-sheet"
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return response
