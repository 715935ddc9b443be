from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404
from onward.lib import emails
from onward.plans.models import Step
from onward.plans.services import step_of_kind

from . import services
from .cards import FORMATS, THEMES, CardError, render_card, render_envelope
from .forms import CardForm, NoteForm, RedraftForm
from .models import Note
from .tone import SERIOUS, check_note, for_display

TONE_SHAPE = {"short": "email", "warm": "email", "card": "card"}


def _note(request: AuthedRequest, pk: int) -> Note:
    return owned_or_404(
        Note.objects.select_related("person", "rejection__application__company", "step"),
        request.user,
        pk=pk,
    )


def _findings(note: Note, body: str) -> list[dict[str, object]]:
    """Tone findings with the words they point at, ready for the template."""
    details = services.tone_details(note)
    found = check_note(
        body,
        shape=TONE_SHAPE.get(note.shape, "email"),
        recipient_name=note.person.name,
        details=details,
    )
    return for_display(body, found)


def note_for_step(request: AuthedRequest, pk: int) -> HttpResponse:
    step = step_of_kind(request.user, pk, Step.Kind.THANK)
    if step.person is None:  # the interviewer was deleted: no one left to thank
        return redirect(step.plan)
    return redirect(services.note_for_step(step))


def note_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    note = _note(request, pk)
    form = NoteForm(request.POST if request.method == "POST" else None, instance=note)
    if request.method == "POST":
        if note.is_locked:
            messages.info(request, "This note is already on its way, so it can't change now.")
            return redirect(note)
        if form.is_valid():
            form.save()
            findings = _findings(note, note.body)
            if findings:
                messages.info(request, "Saved. Have a look at the suggestions before you send it.")
            else:
                messages.success(request, "Saved. It reads well.")
            return redirect(note)
    body = form["body"].value() or ""
    return render(
        request,
        "notes/note_edit.html",
        {
            "note": note,
            "form": form,
            "findings": _findings(note, str(body)),
            "details": services.interview_details(note),
            "drew_on": services.context_for(note.person, note.rejection, note.user).detail(),
            "signed_as": services.sender_name(request.user),
            "shapes": Note.Shape.choices,
            "themes": THEMES,
            "formats": FORMATS,
            "mailto": _mailto(note),
            "mail": emails.status(),
            "save_state": "",
        },
    )


def _mailto(note: Note) -> str:
    from urllib.parse import quote

    if not note.person.email:
        return ""
    return (
        f"mailto:{quote(note.person.email)}?subject={quote(note.subject)}&body={quote(note.body)}"
    )


def _keep_posted_text(request: AuthedRequest, note: Note) -> str:
    """A download posted from the composer carries the text on screen: keep it first, so
    the .eml or the card says what the user sees. Returns a problem to show, or ""."""
    if request.method != "POST" or note.is_locked:
        return ""  # a note on its way is what it is; a plain link uses the saved text
    form = NoteForm(request.POST, instance=Note(subject=note.subject, body=note.body))
    if not form.is_valid():
        return _first_error(form)
    services.save_text(note, form.cleaned_data["subject"], form.cleaned_data["body"])
    return ""


def _first_error(form: NoteForm) -> str:
    return next(str(error) for errors in form.errors.values() for error in errors)


@require_POST
def note_autosave(request: AuthedRequest, pk: int) -> HttpResponse:
    """Keep the draft as it is typed (htmx, debounced); answers with the quiet "Saved"."""
    note = _note(request, pk)
    form = NoteForm(request.POST, instance=Note(subject=note.subject, body=note.body))
    if not form.is_valid():
        state = f"Not saved yet: {_first_error(form)}"
    elif services.save_text(note, form.cleaned_data["subject"], form.cleaned_data["body"]):
        state = "Saved"
    else:
        return HttpResponse("This note is already on its way, so it can't change now.", status=409)
    return render(
        request,
        "notes/_save_state.html",
        {"note": note, "save_state": state, "saved": state == "Saved"},
    )


@require_POST
def note_check(request: AuthedRequest, pk: int) -> HttpResponse:
    """Live tone check while typing (htmx); nothing is saved."""
    note = _note(request, pk)
    body = request.POST.get("body", "")
    # The findings, and the count under the text box (swapped in out of band).
    return render(request, "notes/_check.html", {"note": note, "findings": _findings(note, body)})


@require_POST
def note_redraft(request: AuthedRequest, pk: int) -> HttpResponse:
    note = _note(request, pk)
    form = RedraftForm(request.POST)
    if note.is_locked or not form.is_valid():
        messages.error(request, "That draft can't be changed now.")
        return redirect(note)
    services.redraft(note, form.cleaned_data["shape"])
    messages.info(request, f"Started again from the {note.get_shape_display().lower()} draft.")
    return redirect(note)


def note_send(request: AuthedRequest, pk: int) -> HttpResponse:
    note = _note(request, pk)
    if note.status == Note.Status.SENT:
        messages.info(request, f"Already sent to {note.person.first_name}.")
        return redirect(note)
    if note.status == Note.Status.MAILED:
        messages.info(request, "You sent this one from your mail app already.")
        return redirect(note)
    if not note.person.email:
        messages.error(
            request,
            f"Add {note.person.first_name}'s email to send this, or print it as a card instead.",
        )
        return redirect(note)
    mail = emails.status()
    if not mail.delivers:
        # Said before anything happens, with the ways that do reach the person.
        if request.method == "POST":
            messages.error(request, services.NO_MAIL_SERVER)
            return redirect(note)
        return render(
            request,
            "notes/note_send_elsewhere.html",
            {"note": note, "mail": mail, "mailto": _mailto(note)},
        )
    if note.status == Note.Status.UNSURE:
        return _send_again(request, note)
    findings = _findings(note, note.body)
    serious = any(f["code"] in SERIOUS for f in findings)
    if request.method == "POST":
        # Asking why or a bitter line: sending takes a deliberate tick, not one click.
        if serious and not request.POST.get("as_it_is"):
            context = {"note": note, "findings": findings, "serious": True, "unticked": True}
            return render(request, "notes/note_send.html", context, status=400)
        try:
            services.queue_email(note)
        except services.CannotSend as reason:
            messages.error(request, str(reason))
            return redirect(note)
        messages.success(request, f"On its way to {note.person.first_name}. That was kind.")
        if note.step_id:
            return redirect(note.step.plan)  # type: ignore[union-attr]
        return redirect(note)
    return render(
        request,
        "notes/note_send.html",
        {"note": note, "findings": findings, "serious": serious},
    )


def _send_again(request: AuthedRequest, note: Note) -> HttpResponse:
    """The mail server may have the note already: another copy only when asked twice."""
    if request.method == "POST":
        try:
            services.queue_email(note, again=True)
        except services.CannotSend as reason:
            messages.error(request, str(reason))
            return redirect(note)
        messages.success(request, f"Sending it to {note.person.first_name} again.")
        return redirect(note)
    return render(request, "notes/note_send_again.html", {"note": note})


@require_POST
def note_sent_after_all(request: AuthedRequest, pk: int) -> HttpResponse:
    """The person found it in their sent mail: it went."""
    note = _note(request, pk)
    if not services.mark_sent_after_all(note):
        messages.info(request, "This note isn't waiting on that question any more.")
        return redirect(note)
    messages.success(request, f"Noted: it reached {note.person.first_name}. That was kind.")
    if note.step_id:
        return redirect(note.step.plan)  # type: ignore[union-attr]
    return redirect(note)


def note_eml(request: AuthedRequest, pk: int) -> HttpResponse:
    note = _note(request, pk)
    problem = _keep_posted_text(request, note)
    if problem:
        messages.error(request, problem)
        return redirect(note)
    message = services.eml_for(note)
    # Outlook, Apple Mail and Thunderbird open a file marked unsent as a draft to send,
    # not as a message received.
    message.extra_headers["X-Unsent"] = "1"
    response = HttpResponse(message.message().as_bytes(), content_type="message/rfc822")
    name = slugify(f"thank-you-{note.person.name}") or "thank-you"
    response["Content-Disposition"] = f'attachment; filename="{name}.eml"'
    return response


def note_card(request: AuthedRequest, pk: int) -> HttpResponse:
    note = _note(request, pk)
    form = CardForm(request.POST if request.method == "POST" else request.GET)
    if not form.is_valid():
        messages.error(request, "Pick one of the card designs and a size.")
        return redirect(note)
    problem = _keep_posted_text(request, note)
    if problem:
        messages.error(request, problem)
        return redirect(note)
    theme, fmt = form.cleaned_data["theme"], form.cleaned_data["format"]
    try:
        pdf = render_card(theme, fmt, note.person.name, note.body, services.sender_name(note.user))
    except CardError as problem:
        messages.error(request, str(problem))
        return redirect(note)
    response = HttpResponse(pdf, content_type="application/pdf")
    # The size is in the name: an A2 and an A6 of one design are different files to print.
    name = slugify(f"card-{note.person.name}-{theme}-{fmt}") or "card"
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response


def note_envelope(request: AuthedRequest, pk: int) -> HttpResponse:
    note = _note(request, pk)
    try:
        pdf = render_envelope(note.person.name, note.person.postal_address)
    except CardError:
        messages.error(
            request,
            f"Add {note.person.first_name}'s postal address to print an envelope.",
        )
        return redirect(note)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="envelope.pdf"'
    return response


@require_POST
def note_mailed(request: AuthedRequest, pk: int) -> HttpResponse:
    """The user sent it from their own mail app: true, so the step can be done."""
    note = _note(request, pk)
    if not services.mark_mailed(note):
        messages.info(request, "This note is already on its way, or marked already.")
        return redirect(note)
    messages.success(
        request, f"Noted: you wrote to {note.person.first_name} from your mail app. That was kind."
    )
    if note.step_id:
        return redirect(note.step.plan)  # type: ignore[union-attr]
    return redirect(note)


@require_POST
def note_printed(request: AuthedRequest, pk: int) -> HttpResponse:
    note = _note(request, pk)
    if note.status == Note.Status.SENT:
        messages.info(request, "This one already went by email.")
        return redirect(note)
    theme = request.POST.get("theme", "")
    services.mark_printed(note, theme if theme in THEMES else "")
    messages.success(request, f"Lovely. A card for {note.person.first_name} is a real gift.")
    if note.step_id:
        return redirect(note.step.plan)  # type: ignore[union-attr]
    return redirect(note)
