"""Settings → Your data: take everything out, bring it back in, or leave."""

from __future__ import annotations

import datetime as dt
import secrets

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest

from . import export, importer
from .deletion import delete_account
from .forms import DeleteAccountForm, ImportForm
from .upgrade import ImportProblem, read

PENDING_DIR = "portability/pending"
PENDING_KEY = "portability_pending_import"
# An upload waits this long for its "Import" click; older ones are cleared away.
PENDING_FOR = dt.timedelta(hours=6)


def _page(
    request: AuthedRequest, form: ImportForm | None = None, status: int = 200
) -> HttpResponse:
    held = importer.Summary(importer.holdings(request.user))
    return render(
        request,
        "portability/your_data.html",
        {"form": form or ImportForm(), "held": held.lines(), "empty": not held.counts},
        status=status,
    )


@never_cache
def your_data(request: AuthedRequest) -> HttpResponse:
    return _page(request)


def _download(data: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


def download_json(request: AuthedRequest) -> HttpResponse:
    stamp = timezone.localdate().isoformat()
    data = export.to_json(export.build(request.user))
    return _download(data, "application/json", f"onward-export-{stamp}.json")


def download_csv(request: AuthedRequest) -> HttpResponse:
    stamp = timezone.localdate().isoformat()
    data = export.to_csv_zip(export.build(request.user))
    return _download(data, "application/zip", f"onward-spreadsheets-{stamp}.zip")


def _clear_stale() -> None:
    try:
        _, names = default_storage.listdir(PENDING_DIR)
    except FileNotFoundError:
        return
    for name in names:
        path = f"{PENDING_DIR}/{name}"
        if default_storage.get_modified_time(path) < timezone.now() - PENDING_FOR:
            default_storage.delete(path)


def _forget_pending(request: AuthedRequest) -> None:
    if name := request.session.pop(PENDING_KEY, None):
        default_storage.delete(name)


@require_POST
@never_cache
def import_preview(request: AuthedRequest) -> HttpResponse:
    """Read the chosen file and say what it holds; nothing is imported yet."""
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, form, status=400)
    raw = form.cleaned_data["file"].read()
    try:
        summary = importer.check(read(raw))
    except ImportProblem as problem:
        form.add_error("file", str(problem))
        return _page(request, form, status=400)
    if held := importer.holdings(request.user):
        form.add_error("file", importer._not_empty(held))
        return _page(request, form, status=400)
    _clear_stale()
    _forget_pending(request)
    name = default_storage.save(f"{PENDING_DIR}/{secrets.token_hex(16)}.json", ContentFile(raw))
    request.session[PENDING_KEY] = name
    return render(request, "portability/import_preview.html", {"summary": summary})


@require_POST
def import_confirm(request: AuthedRequest) -> HttpResponse:
    name = request.session.get(PENDING_KEY)
    if not name or not default_storage.exists(name):
        request.session.pop(PENDING_KEY, None)
        messages.error(request, "That upload has expired. Choose the file again, please.")
        return redirect("portability:your_data")
    try:
        with default_storage.open(name, "rb") as handle:
            summary = importer.load(request.user, read(handle.read()))
    except ImportProblem as problem:
        messages.error(request, f"Nothing was imported. {problem}")
        return redirect("portability:your_data")
    finally:
        _forget_pending(request)
    messages.success(request, f"Welcome back: {summary.total} things are in Onward again.")
    if summary.counts.get("inbox.mailaccount"):
        # Passwords never travel in an export.
        messages.info(request, "Your mail account came across without its password: add it again.")
    return redirect("plans:today")


@never_cache
@reauthentication_required(allow_get=True, enabled=lambda r: not r.user.has_usable_password())
def delete(request: AuthedRequest) -> HttpResponse:
    user = request.user
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=user)
    if request.method == "POST" and form.is_valid():
        _forget_pending(request)
        delete_account(user)
        logout(request)
        messages.success(request, "Your account and everything in it are gone. Take care.")
        return redirect("core:landing")
    held = importer.Summary(importer.holdings(user))
    return render(
        request,
        "portability/delete.html",
        {"form": form, "held": held.lines()},
        status=400 if form.is_bound else 200,
    )
