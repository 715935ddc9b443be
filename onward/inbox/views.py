from __future__ import annotations

import logging
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.core.paging import page_of
from onward.pipeline.models import Application, Stage

from . import learning, services
from .crypto import encrypt
from .forms import DecisionForm, InboxSettingsForm, MailAccountForm, PasteForm, UploadForm
from .models import (
    ConnectTodo,
    ImportedMessage,
    InboxSettings,
    Label,
    MailAccount,
    SenderLesson,
    Source,
)
from .parsing import NotAnEmail, parse, parse_text
from .reading import NotMail, RawMail, from_upload
from .understand import understand

Status = ImportedMessage.Status
log = logging.getLogger(__name__)
RECENT = 15
WAITING_PER_PAGE = 25
JUST_LEARNED = "inbox_just_learned"  # the session key of the lesson the queue offers to undo


def queue(request: AuthedRequest) -> HttpResponse:
    waiting = page_of(request, services.pending(request.user), per_page=WAITING_PER_PAGE)
    recent = (
        ImportedMessage.objects.filter(user=request.user)
        .exclude(status=Status.PENDING)
        .select_related("application__company")
        .order_by("-created_at", "-pk")[:RECENT]
    )
    return render(
        request,
        "inbox/queue.html",
        {
            "waiting": [_card(message) for message in waiting],
            "page": waiting,
            "recent": recent,
            "has_account": MailAccount.objects.filter(user=request.user).exists(),
            "learned": _just_learned(request),
        },
    )


def _just_learned(request: AuthedRequest) -> dict[str, Any] | None:
    """The lesson the last correction taught, shown once with its Undo."""
    pk = request.session.pop(JUST_LEARNED, None)
    lesson = (
        SenderLesson.objects.select_related("message").filter(user=request.user, pk=pk).first()
        if isinstance(pk, int)
        else None
    )
    if lesson is None:
        return None
    return {
        "lesson": lesson,
        "sender": learning.sender_of(lesson),
        "noun": learning.NOUNS[lesson.was_label if lesson.label == Label.OTHER else lesson.label],
        "negative": lesson.label == Label.OTHER,
    }


def _card(message: ImportedMessage) -> dict[str, Any]:
    """What the review card says for this message: the question and the yes."""
    label = message.label
    stage = services.next_stage_for(message) if label == Label.NEXT_STEP else ""
    return {
        "message": message,
        "stage": Stage(stage).label if stage else "",
        "sure": message.confidence >= 0.85,
        "unsure": message.confidence < 0.6,
    }


def message_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    message = owned_or_404(
        ImportedMessage.objects.select_related("application__company", "person"),
        request.user,
        pk=pk,
    )
    label = message.label if message.label != Label.OTHER else Label.REJECTION
    initial = {
        "label": label,
        "application": str(message.application_id) if message.application_id else "new",
        "company": message.company,
        "role": message.role,
        "received_on": timezone.localdate(message.received_at)
        if message.received_at
        else timezone.localdate(),
    }
    form = DecisionForm(
        request.POST if request.method == "POST" else None, user=request.user, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        decision = services.Decision(
            label=data["label"],
            application=data["application"],
            company=data["company"],
            role=data["role"],
            received_on=data["received_on"],
        )
        with transaction.atomic():
            corrected = data["label"] != message.label
            was_status = message.status
            application = services.accept(message, decision)
            if corrected:
                lesson = learning.teach(message, data["label"], was_status=was_status)
        if corrected:
            request.session[JUST_LEARNED] = lesson.pk
            messages.info(
                request,
                f"Onward will remember: mail like this from {learning.sender_of(lesson)} is "
                f"{learning.NOUNS[lesson.label]}. You can undo that in Mail settings.",
            )
        return _after_yes(request, message, application)
    return render(request, "inbox/message.html", {"message": message, "form": form})


@require_POST
def decide(request: AuthedRequest, pk: int) -> HttpResponse:
    message = owned_or_404(ImportedMessage, request.user, pk=pk)
    action = request.POST.get("action", "")
    if message.status != Status.PENDING and action in {"yes", "no", "ignore"}:
        messages.info(request, "That one is already taken care of.")
        return redirect("inbox:queue")
    if action == "yes":
        application = services.accept(message)
        return _after_yes(request, message, application)
    if action == "no" and message.label != Label.OTHER:
        lesson = learning.set_aside_and_learn(message)
        request.session[JUST_LEARNED] = lesson.pk
    elif action == "no":
        services.set_aside(message, Status.DISMISSED)
        messages.success(request, "Got it. It stays logged with the person, nothing changed.")
    elif action == "ignore":
        services.set_aside(message, Status.IGNORED)
        messages.success(request, "Ignored.")
    else:
        messages.error(request, "Choose yes, no, or ignore.")
    return redirect("inbox:queue")


def _after_yes(
    request: AuthedRequest, message: ImportedMessage, application: Application | None
) -> HttpResponse:
    if message.label == Label.REJECTION and application is not None:
        rejection = getattr(application, "rejection", None)
        if rejection is not None and hasattr(rejection, "plan"):
            messages.success(request, "Saved. That one stings. Give yourself today.")
            return redirect(rejection.plan)
    texts: dict[str, str] = {
        Label.NEXT_STEP: "Updated. Good luck with the next step.",
        Label.OFFER: "Marked as an offer. Congratulations.",
        Label.RECEIVED: "Added to your applications.",
    }
    messages.success(request, texts.get(message.label, "Saved."))
    return redirect("inbox:queue")


def paste(request: AuthedRequest) -> HttpResponse:
    form = PasteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            mail = parse_text(form.cleaned_data["text"])
            reading = understand(mail, extract_other=True)
        except NotAnEmail:
            form.add_error("text", "Onward couldn't read that as an email. Paste it again?")
        except Exception:  # a parser bug in one email is the email's problem, not a 500
            log.warning("inbox: a pasted email could not be read", exc_info=True)
            form.add_error(
                "text",
                "Onward couldn't read this email: something in it is broken. "
                "Try pasting only its text, without the headers.",
            )
        else:
            importer = services.Importer(request.user, Source.PASTE, keep_other=True)
            message = importer.add(mail, reading)
            if message is None:
                existing = ImportedMessage.objects.get(user=request.user, key=mail.key)
                messages.info(request, "You've brought this email in before.")
                return redirect(existing)
            if message.status == Status.AUTO:
                messages.success(request, "Onward recognised this and updated the application.")
            return redirect(message)
    return render(request, "inbox/paste.html", {"form": form})


@transaction.non_atomic_requests
def upload(request: AuthedRequest) -> HttpResponse:
    # Not one transaction for the whole request: each message is imported in its own,
    # so one broken message in a big mbox keeps the rest.
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        importer = services.Importer(request.user, Source.UPLOAD)
        problems: list[str] = []
        notes: list[str] = []
        for upload_file in form.cleaned_data["upload"]:
            try:
                for raw in from_upload(upload_file, upload_file.name):
                    problem = _import_one(importer, raw, notes)
                    if problem:
                        problems.append(problem)
            except NotMail as error:
                problems.append(str(error))
        _report(request, importer.tally, problems, notes)
        return redirect("inbox:queue")
    return render(request, "inbox/upload.html", {"form": form})


def _import_one(importer: services.Importer, raw: RawMail, notes: list[str]) -> str:
    """Import one message of an upload; what went wrong with it, or "" when nothing did.

    Like `onward import-mail`, any error in one message skips only that message."""
    try:
        mail = parse(raw.data, truncated=raw.truncated, size=raw.size)
        importer.add(mail, understand(mail))
    except NotAnEmail as error:
        return f"{raw.where}: {error}."
    except Exception as error:
        log.warning("inbox: %s could not be imported", raw.where, exc_info=True)
        return f"{raw.where}: something in it is broken ({type(error).__name__})."
    notes.extend(f"{raw.where}: {warning}." for warning in mail.warnings)
    return ""


def _report(
    request: AuthedRequest, tally: services.Tally, problems: list[str], notes: list[str]
) -> None:
    read = f"Read {tally.read} email{'s' if tally.read != 1 else ''}"
    parts = [read]
    if tally.to_review:
        parts.append(f"{tally.to_review} to look at below")
    if tally.auto:
        parts.append(f"{tally.auto} updated by themselves")
    if tally.duplicates:
        parts.append(f"{tally.duplicates} you'd brought in before")
    if tally.skipped:
        parts.append(f"{tally.skipped} not about your job search (not kept)")
    if problems:
        parts.append(f"{len(problems)} couldn't be read (skipped, see below)")
    messages.success(request, ", ".join(parts) + ".")
    for problem in problems[:5]:
        messages.error(request, f"Skipped {problem}")
    if len(problems) > 5:
        messages.error(request, f"And {len(problems) - 5} more that couldn't be read.")
    for note in notes[:5]:
        messages.info(request, note)


def settings_page(request: AuthedRequest) -> HttpResponse:
    prefs, _ = InboxSettings.objects.get_or_create(user=request.user)
    account = MailAccount.objects.filter(user=request.user).first()
    which = request.POST.get("form") if request.method == "POST" else None
    prefs_form = InboxSettingsForm(request.POST if which == "prefs" else None, instance=prefs)
    account_form = MailAccountForm(
        request.POST if which == "account" else None,
        instance=account or MailAccount(user=request.user),
        prefix="imap",
    )
    if which == "prefs" and prefs_form.is_valid():
        prefs_form.save()
        messages.success(request, "Saved.")
        return redirect("inbox:mail")
    if which == "account" and account_form.is_valid():
        saved = account_form.save(commit=False)
        if password := account_form.cleaned_data.get("password"):
            saved.password_encrypted = encrypt(password)
        if account is not None and _server_changed(account, saved):
            saved.last_uid, saved.uidvalidity = 0, None
        saved.last_error = ""
        saved.save()
        _queue_sync(saved.pk)
        messages.success(request, "Saved. Onward will read new mail in the background.")
        return redirect("inbox:mail")
    lessons = [
        (lesson, learning.sender_of(lesson), learning.reason_for(lesson))
        for lesson in SenderLesson.objects.filter(user=request.user).select_related("message")
    ]
    return render(
        request,
        "inbox/settings.html",
        {
            "prefs_form": prefs_form,
            "account_form": account_form,
            "account": account,
            "lessons": lessons,
        },
    )


@require_POST
def undo_lesson(request: AuthedRequest, pk: int) -> HttpResponse:
    lesson = owned_or_404(SenderLesson.objects.select_related("message"), request.user, pk=pk)
    if learning.undo(lesson):
        messages.success(request, "Undone. The email is back in your list.")
    else:
        messages.success(request, "Undone. Onward forgot that.")
    return redirect("inbox:queue")


@require_POST
def forget_lesson(request: AuthedRequest, pk: int) -> HttpResponse:
    lesson = owned_or_404(SenderLesson, request.user, pk=pk)
    with transaction.atomic():
        lesson.delete()
    messages.success(request, "Forgotten. Onward will read that mail afresh.")
    return redirect("inbox:mail")


def _server_changed(before: MailAccount, after: MailAccount) -> bool:
    return (before.host, before.username, before.folder) != (
        after.host,
        after.username,
        after.folder,
    )


def _queue_sync(account_id: int) -> None:
    from .tasks import sync_mail

    transaction.on_commit(lambda: sync_mail(account_id))


@require_POST
def sync_now(request: AuthedRequest) -> HttpResponse:
    account = owned_or_404(MailAccount, request.user)
    _queue_sync(account.pk)
    messages.success(request, "Checking for new mail now. It can take a minute.")
    return redirect("inbox:mail")


@require_POST
def disconnect(request: AuthedRequest) -> HttpResponse:
    account = owned_or_404(MailAccount, request.user)
    account.delete()
    messages.success(request, "Disconnected. The password is gone; imported emails stay.")
    return redirect("inbox:mail")


def connect(request: AuthedRequest, pk: int) -> HttpResponse:
    todo = owned_or_404(
        ConnectTodo.objects.select_related("person__company", "message"), request.user, pk=pk
    )
    return render(request, "inbox/connect.html", {"todo": todo, "person": todo.person})


@require_POST
def connect_close(request: AuthedRequest, pk: int) -> HttpResponse:
    todo = owned_or_404(ConnectTodo.objects.select_related("person"), request.user, pk=pk)
    state = request.POST.get("state")
    if state not in {ConnectTodo.State.DONE, ConnectTodo.State.DISMISSED}:
        messages.error(request, "Choose done or not now.")
        return redirect(todo)
    services.close_connect(todo, state)
    if state == ConnectTodo.State.DONE:
        messages.success(request, f"Nice. {todo.person.first_name} is on your people list.")
        return redirect(todo.person)
    messages.success(request, "Okay, not now.")
    return redirect("plans:today")
