"""Bring your search with you: upload, look at the preview, import it all at once.

The uploaded file's text waits in the session between the upload and the import, so the
preview can be shown again with other columns without asking for the file twice, and no
address carries an id another person could try."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from onward.core.http import AuthedRequest
from onward.people.models import Person

from . import applications, people, services
from .forms import MappingForm, UploadForm
from .reading import FileProblem, Table, decode

SHOWN = 50  # rows shown in a preview; the counts cover them all

KINDS: dict[str, dict[str, Any]] = {
    "applications": {
        "title": "Applications from another job tracker",
        "lede": "A CSV file from Huntr, Teal, a spreadsheet of your own: one row per "
        "application. Onward finds the company, the role, the date, where it stands, the link "
        "and your notes, and shows you what it found before anything is saved.",
        "accept": ".csv,text/csv",
        "upload": "imports:applications",
        "preview": "imports:applications_preview",
    },
    "linkedin": {
        "title": "Your LinkedIn connections",
        "lede": "LinkedIn's Connections.csv: in LinkedIn, Settings, Data privacy, Get a copy "
        "of your data, Connections. It arrives by email within a few minutes. People you "
        "already have in Onward are left out.",
        "accept": ".csv,text/csv",
        "upload": "imports:linkedin",
        "preview": "imports:linkedin_preview",
    },
    "vcards": {
        "title": "Contacts from your phone or address book",
        "lede": "A vCard file (.vcf), versions 3 and 4: what Contacts on a phone, Outlook and "
        "Google Contacts export. People you already have in Onward are left out.",
        "accept": ".vcf,text/vcard,text/x-vcard",
        "upload": "imports:vcards",
        "preview": "imports:vcards_preview",
    },
}


def _session_key(kind: str) -> str:
    return f"imports.pending.{kind}"


def home(request: AuthedRequest) -> HttpResponse:
    count = Person.objects.filter(user=request.user).count()
    return render(request, "imports/home.html", {"kinds": KINDS, "people_count": count})


def _upload(request: AuthedRequest, kind: str) -> HttpResponse:
    info = KINDS[kind]
    posted = request.method == "POST"
    form = UploadForm(
        request.POST if posted else None, request.FILES if posted else None, accept=info["accept"]
    )
    if posted and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            text = decode(upload.read())
            services.parse(
                request.user, kind, text
            )  # a file Onward can't read at all is refused here
        except FileProblem as problem:
            form.add_error("file", str(problem))
        else:
            request.session[_session_key(kind)] = {"name": upload.name[:100], "text": text}
            return redirect(info["preview"])
    return render(request, "imports/upload.html", {"form": form, "info": info, "kind": kind})


def _preview(request: AuthedRequest, kind: str) -> HttpResponse:
    info = KINDS[kind]
    pending = request.session.get(_session_key(kind))
    if not pending:
        messages.info(request, "Choose the file to bring in.")
        return redirect(info["upload"])
    try:
        parsed = services.parse(request.user, kind, pending["text"])
    except FileProblem as problem:  # only if the rules changed since the upload
        messages.error(request, str(problem))
        return redirect(info["upload"])
    context: dict[str, Any] = {"info": info, "kind": kind, "file_name": pending["name"]}
    if kind == "applications":
        if not isinstance(parsed, Table):  # services.parse gives applications a Table
            raise TypeError(parsed)
        table = parsed
        source = request.POST if request.method == "POST" else request.GET
        chosen = any(name in source for name in applications.FIELDS)
        mapping_form = MappingForm(source if chosen else None, header=table.header)
        if mapping_form.is_bound and mapping_form.is_valid():
            mapping = mapping_form.mapping()
            order = mapping_form.cleaned_data.get("day_first")
            day_first = order if mapping_form.data.get("day_first") else None
        else:
            mapping, day_first = applications.guess_mapping(table.header), None
        result: Any = applications.preview(request.user, table, mapping, day_first)
        if not mapping_form.is_bound:
            mapping_form = MappingForm(
                initial={
                    **{k: "" if v is None else str(v) for k, v in result.mapping.items()},
                    "day_first": "1" if result.day_first else "0",
                },
                header=table.header,
            )
        # "Company ← Company, Role ← Job Title": what was matched, in one line.
        labels = [
            (name, f"{applications.FIELDS[name][0]} ← {table.header[index]}")
            for name, index in result.mapping.items()
            if index is not None and index < len(table.header)
        ]
        context.update(mapping_form=mapping_form, header=table.header, mapping_labels=labels)
    else:
        result = parsed
    if request.method == "POST" and "import" in request.POST:
        if not result.can_import:
            messages.error(request, "There is nothing here Onward can import yet.")
        else:
            return _commit(request, kind, result, pending["name"])
    context.update(result=result, shown=result.good[:SHOWN], more=max(0, len(result.good) - SHOWN))
    return render(request, "imports/preview.html", context)


def _commit(request: AuthedRequest, kind: str, result: Any, file_name: str) -> HttpResponse:
    made = services.save(request.user, kind, result, file_name)
    if kind == "applications":
        words = "application" if len(made) == 1 else "applications"
        target = "pipeline:application_list"
    else:
        words = "person" if len(made) == 1 else "people"
        target = "people:person_list"
    del request.session[_session_key(kind)]
    left = len(result.rows) - len(made)
    messages.success(
        request,
        f"Brought in {len(made)} {words}."
        + (f" {left} left out, as the preview said." if left else ""),
    )
    return redirect(target)


def applications_upload(request: AuthedRequest) -> HttpResponse:
    return _upload(request, "applications")


def applications_preview(request: AuthedRequest) -> HttpResponse:
    return _preview(request, "applications")


def linkedin_upload(request: AuthedRequest) -> HttpResponse:
    return _upload(request, "linkedin")


def linkedin_preview(request: AuthedRequest) -> HttpResponse:
    return _preview(request, "linkedin")


def vcards_upload(request: AuthedRequest) -> HttpResponse:
    return _upload(request, "vcards")


def vcards_preview(request: AuthedRequest) -> HttpResponse:
    return _preview(request, "vcards")


@require_GET
def people_vcf(request: AuthedRequest) -> HttpResponse:
    found = Person.objects.filter(user=request.user).select_related("company").order_by("name")
    response = HttpResponse(people.as_vcards(found), content_type="text/vcard; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="onward-people-{stamp}.vcf"'
    return response
