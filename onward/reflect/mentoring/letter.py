"""The request as a letter, for when the private link can't reach the mentor (Onward on
an address only this computer or network knows), or when email simply suits them better.

The same things the private page shows, and nothing else: the message, the focus areas,
the chosen debriefs (without company names if the user asked), the notes, and the CV as
an attachment to the .eml. As plain text for an email, and as a PDF.
"""

from __future__ import annotations

from urllib.parse import quote

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from onward.lib import emails
from onward.notes import fonts

from .models import MentorRequest
from .redact import for_mentor
from .shared_views import page_context
from .uploads import content_type

SUBJECT = "Could I ask your advice?"
# The drafted message points at the private page; in a letter the notes are right below.
_PAGE_LINE = "I've put my notes on a private page for you."
_LETTER_LINE = "I've written my notes out below."


def message_text(ask: MentorRequest) -> str:
    return for_mentor(ask, ask.message).replace(_PAGE_LINE, _LETTER_LINE).strip()


def letter_text(ask: MentorRequest, *, cv_attached: bool) -> str:
    """Everything shared, written out as the body of an email."""
    page = page_context(ask)
    lines = [message_text(ask), ""]
    if page["focus_areas"]:
        lines += ["", "WHAT I'D LIKE TO WORK ON", ""]
        for number, area in enumerate(page["focus_areas"], 1):
            lines.append(f"{number}. {area['title']}")
            if area.get("shared"):
                lines.append(f"   {area['shared']}")
        lines.append("")
    if page["debriefs"]:
        lines += [
            "",
            "HOW THE INTERVIEWS WENT",
            "My own notes. Ratings are 1 (rough) to 5 (strong).",
            "",
        ]
        for debrief in page["debriefs"]:
            heading = " · ".join(
                part
                for part in [debrief["title"], debrief["stage"], f"{debrief['when']:%b %Y}"]
                if part
            )
            lines += [heading, "-" * min(len(heading), 60)]
            lines += [f"{label}: {value}/5" for label, value in debrief["ratings"]]
            if debrief["questions"]:
                lines += ["", "They asked:"] + [f"- {q}" for q in debrief["questions"]]
            if debrief["went_well"]:
                lines += ["", "Went well:", debrief["went_well"].strip()]
            if debrief["differently"]:
                lines += ["", "Would do differently:", debrief["differently"].strip()]
            lines.append("")
    if page["notes"].strip():
        lines += ["", "NOTES", "", page["notes"].strip(), ""]
    if page["has_cv"]:
        lines += [
            "",
            f"My CV is attached ({ask.cv_name})."
            if cv_attached
            else f"I'll send my CV ({ask.cv_name}) along with this.",
        ]
    lines += ["", "A short reply to this email is plenty. Thank you."]
    return "\n".join(lines).strip() + "\n"


def _owner(ask: MentorRequest) -> tuple[str, str]:
    user = ask.user
    return user.get_full_name().strip(), user.email


def _mentor_email(ask: MentorRequest) -> str:
    return ask.mentor.email if ask.mentor else ""


def mailto(ask: MentorRequest) -> str:
    """For the user's own mail app. A mailto: link can't carry the CV, so it says so."""
    body = letter_text(ask, cv_attached=False)
    return f"mailto:{quote(_mentor_email(ask))}?subject={quote(SUBJECT)}&body={quote(body)}"


def eml(ask: MentorRequest) -> bytes:
    """A ready-to-send email, CV attached, to open in any mail app."""
    name, address = _owner(ask)
    message = emails.build_message(
        subject=SUBJECT,
        body="",
        to_name=ask.mentor_name,
        to_email=_mentor_email(ask),
        sender=emails.own(name, address),
        message_id=emails.new_message_id(),
    )
    attached = False
    if ask.cv:
        try:
            with ask.cv.open("rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            data = b""
        if data:
            message.attach(ask.cv_name or "cv", data, content_type(ask.cv.name or ""))
            attached = True
    message.body = letter_text(ask, cv_attached=attached)
    return message.message().as_bytes()


def pdf(ask: MentorRequest) -> bytes:
    """The private page on paper: to print, or to attach to a message of the user's own."""
    # Imported here so Django starts without WeasyPrint's native libraries loaded.
    from weasyprint import HTML, URLFetcher

    html = render_to_string(
        "reflect/mentor_letter_pdf.html",
        {
            **page_context(ask),
            "message": message_text(ask),
            "owner_email": ask.user.email,
            "today": timezone.localdate(),
            # Built by the notes app from font files it found itself, never from user text.
            "font_css": mark_safe(fonts.font_face_css()),
        },
    )
    # Only our own font files may load: no network, whatever the user's text says.
    fetcher = URLFetcher(allowed_protocols={"file"})
    return bytes(HTML(string=html, url_fetcher=fetcher).write_pdf())


def file_name(ask: MentorRequest, suffix: str) -> str:
    return f"{slugify(f'advice-request-{ask.mentor_name}') or 'advice-request'}.{suffix}"
