"""Print-ready thank-you cards and envelopes, rendered from templates with WeasyPrint.

A card is laid out, measured, and laid out again at a slightly smaller size when the
message does not fit its space, so a longer note still prints whole instead of being
cut off at the edge of the card.
"""

from __future__ import annotations

import atexit
import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from onward.notes import fonts
from onward.notes.quick_import import import_weasyprint

if TYPE_CHECKING:  # WeasyPrint loads native libraries: only a card being drawn imports it
    from weasyprint import CSS, HTML, URLFetcher
    from weasyprint.document import Document
    from weasyprint.text.fonts import FontConfiguration

THEMES: dict[str, str] = {
    "boho-spirit": "Boho Spirit",
    "potpourri": "Potpourri",
    "chalkboard": "Chalkboard",
}
FORMATS: dict[str, str] = {
    "a2-folded": "A2 folded card",
    "a6-postcard": "A6 postcard",
}

# A card reads best under about 60 words; up to 120 still fit at a smaller size.
COMFORTABLE_WORDS = 60
MAX_WORDS = 120
# Long words wrap less tightly; past this many characters even 120 words will not fit.
MAX_CHARS = 750
MAX_ADDRESS_LINES = 6
ENVELOPE_SIZES = (12.5, 11.0, 9.5)
# Each retry shrinks the message by at least this factor, so it only shrinks modestly.
SHRINK_STEP = 0.93

GREETINGS = ("dear ", "hi ", "hi,", "hello", "hey ", "good morning", "good afternoon")
TITLES = {"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "dame", "sir"}
TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates" / "notes" / "cards"


class CardError(ValueError):
    """A card or envelope cannot be made from what was given; the message says why."""


@dataclass(frozen=True)
class Layout:
    template: str
    page_size: str  # CSS @page size
    width: str
    height: str
    width_pt: float
    height_pt: float
    base_size: float  # message font size in pt for a comfortable-length note
    min_size: float  # below this, handwriting stops being legible in print


LAYOUTS: dict[str, Layout] = {
    "a2-folded": Layout(
        "notes/cards/a2-folded.html", "8.5in 5.5in", "8.5in", "5.5in", 612, 396, 16.0, 11.0
    ),
    "a6-postcard": Layout(
        "notes/cards/a6-postcard.html", "148mm 105mm", "148mm", "105mm", 419.53, 297.64, 13.0, 9.5
    ),
}
ENVELOPE = Layout(
    "notes/cards/envelope.html", "5.75in 4.375in", "5.75in", "4.375in", 414, 315, 0, 0
)


def render_card(theme: str, fmt: str, to_name: str, message: str, from_name: str = "") -> bytes:
    """A two-page PDF: the card's outside (or front) and its inside (or message side)."""
    _check_choice(theme, THEMES, "card theme")
    _check_choice(fmt, FORMATS, "card format")
    text = _clean_message(message)
    words = len(text.split())
    if words > MAX_WORDS or len(text) > MAX_CHARS:
        amount = f"{words} words" if words > MAX_WORDS else f"{len(text)} characters"
        raise CardError(
            f"This note is a little long for a card ({amount}). A card holds about "
            f"{COMFORTABLE_WORDS} words comfortably and up to {MAX_WORDS} in smaller writing. "
            "Try trimming it, or send it as an email instead."
        )
    layout = LAYOUTS[fmt]
    to_name, from_name = to_name.strip(), from_name.strip()
    context: dict[str, Any] = {
        **_base_context(layout),
        "theme": theme,
        "theme_name": THEMES[theme],
        "fmt": fmt,
        "to_name": to_name,
        "from_name": from_name,
        "salutation": _salutation(text, to_name),
        "paragraphs": [p for p in re.split(r"\n\s*\n", text) if p.strip()],
        "signoff": _signoff(text, from_name),
        "title": f"Thank-you card for {to_name}" if to_name else "Thank-you card",
    }
    size = _starting_size(layout, words)
    while True:
        context["message_size"] = f"{size:.2f}"
        document = _render(render_to_string(layout.template, context))
        overflow = _overflow(document)
        if overflow <= 1:
            return _pdf(document)
        if size <= layout.min_size:
            raise CardError(
                "This note doesn't quite fit on the card, even in smaller writing. Try a few "
                "fewer words or line breaks, or send it as an email instead."
            )
        # Text height grows roughly with the square of its size (longer and more lines).
        step = min(SHRINK_STEP, 0.99 / overflow**0.5)
        size = max(layout.min_size, round(size * step, 2))


def render_envelope(to_name: str, address: str, return_address: str = "") -> bytes:
    """A one-page PDF for an A2 envelope (5.75 x 4.375 in), addressed to the recipient."""
    lines = _address_lines(address)
    if not lines:
        raise CardError("Add a postal address to print the envelope, or hand-write it instead.")
    returns = _address_lines(return_address)
    if len(lines) > MAX_ADDRESS_LINES or len(returns) > MAX_ADDRESS_LINES:
        raise CardError(
            f"An envelope has room for {MAX_ADDRESS_LINES} address lines; "
            "try joining a few of them."
        )
    context: dict[str, Any] = {
        **_base_context(ENVELOPE),
        "to_name": to_name.strip(),
        "address_lines": lines,
        "return_lines": returns,
        "title": f"Envelope for {to_name.strip()}".strip(),
    }
    # Long lines wrap; when the wrapped address outgrows its space, it is set smaller.
    for size in ENVELOPE_SIZES:
        context["address_size"] = f"{size:.1f}"
        document = _render(render_to_string(ENVELOPE.template, context))
        if _overflow(document, "recipient", "recipient-area") <= 1:
            return _pdf(document)
    raise CardError(
        "This address is too long to fit on the envelope. Try shortening a line or two, "
        "or hand-write it instead."
    )


def _check_choice(value: str, choices: dict[str, str], what: str) -> None:
    if value not in choices:
        options = ", ".join(f"{label} ({slug})" for slug, label in choices.items())
        raise CardError(f"There's no {what} called “{value}”. Choose one of: {options}.")


def _clean_message(message: str) -> str:
    lines = [line.rstrip() for line in (message or "").replace("\r\n", "\n").split("\n")]
    # Runs of blank lines are one paragraph break: space on a card is precious.
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text:
        raise CardError("The card needs a message. Write a few lines first, then print it.")
    return text


def _address_lines(address: str) -> list[str]:
    return [line.strip() for line in (address or "").splitlines() if line.strip()]


def _salutation(text: str, to_name: str) -> str:
    """The recipient's first name as a greeting, unless the note already opens with one.

    Only the name is added, never words of ours. "Dr. Chen" keeps the title, since a
    bare "Dr.," would read oddly and a first name may be too familiar.
    """
    names = _words(to_name)
    if not names:
        return ""
    first_line = text.split("\n", 1)[0]
    if first_line.lower().startswith(GREETINGS) or names & _words(first_line):
        return ""
    first_word = to_name.split()[0]
    titled = first_word.lower().rstrip(".") in TITLES
    return f"{to_name if titled else first_word},"


def _signoff(text: str, from_name: str) -> str:
    """The sender's name under the note, unless the note already ends with it."""
    names = _words(from_name)
    if not names or names & _words(text.rsplit("\n", 1)[-1]):
        return ""
    return from_name


def _words(text: str) -> set[str]:
    """Whole words, lower-cased, leaving out titles: "Al" must not match "really"."""
    return {word for word in re.findall(r"[\w'\u2019-]+", text.lower()) if word not in TITLES}


def _starting_size(layout: Layout, words: int) -> float:
    # Text area grows with the square of the font size, hence the square root.
    if words <= COMFORTABLE_WORDS:
        return layout.base_size
    return round(max(layout.min_size, layout.base_size * (COMFORTABLE_WORDS / words) ** 0.5), 2)


def _overflow(document: Document, box: str = "message", area: str = "message-area") -> float:
    """The laid-out box's height over its area's (both carry HTML ids); > 1 overflows.

    WeasyPrint caps a box at the page's edge, so a large overflow reads as a modest one.
    """
    for page in document.pages:
        anchors = page.anchors
        if box in anchors and area in anchors:
            inner, outer = anchors[box], anchors[area]
            # Half a pixel of slack: rounding in layout must not shrink text that fits.
            return float((inner[3] - inner[1]) / (outer[3] - outer[1] + 0.5))
    raise RuntimeError(f"The template lost its #{box} or #{area} element.")


def _base_context(layout: Layout) -> dict[str, Any]:
    return {
        # Built by fonts.py from file paths we found ourselves, never from user text.
        "font_css": mark_safe(fonts.font_face_css()),
        # Font stacks are our own constants; marked safe so quotes survive inside <style>.
        "stack": {name: mark_safe(stack) for name, stack in fonts.STACKS.items()},
        "page_size": layout.page_size,
        "page_width": layout.width,
        "page_height": layout.height,
    }


def _html(html: str) -> HTML:
    # Imported here so Django can start (and tests can collect) without WeasyPrint's
    # native libraries loaded; only rendering a card needs them.
    from weasyprint import HTML

    return HTML(string=html, base_url=str(TEMPLATE_DIR), url_fetcher=_fetcher())


@cache
def _fetcher() -> URLFetcher:
    """Cards only ever load our own font files: no network, whatever the text says.

    Made once, with a TLS context that trusts no certificate: by default a fetcher's HTTPS
    handler reads the system's certificates (some 0.02 s of CPU) for connections that
    `allowed_protocols` refuses anyway; should one ever be allowed, it fails closed."""
    import ssl

    from weasyprint import URLFetcher

    trusts_nothing = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return URLFetcher(allowed_protocols={"file"}, ssl_context=trusts_nothing)


# WeasyPrint loads each @font-face file into its font configuration once and keeps it; one
# configuration for every card means the eight faces are read once per process, not once
# per card. WeasyPrint isn't made for threads sharing one, so cards are drawn one at a time.
_drawing = threading.Lock()


@cache
def _font_config(faces: str) -> FontConfiguration:
    """One per set of @font-face rules: a configuration never knows a face the card's
    stylesheet doesn't bring (a missing font package falls back, as it should)."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def _render(html: str) -> Document:
    # The first <style> is the same for every card of a theme and format (base.html):
    # parsed once and handed to WeasyPrint, instead of once per card and per retry.
    before, tag, after = html.partition("<style>")
    shared, end, rest = after.partition("</style>")
    if not (tag and end):
        raise RuntimeError("The card template lost its shared <style> element.")
    import_weasyprint()
    with _drawing:
        font_config = _font_config(fonts.font_face_css())
        sheet = _stylesheet(shared, font_config)
        return _html(before + rest).render(stylesheets=[sheet], font_config=font_config)


def _forget_stylesheets() -> None:
    # A parsed sheet keeps the font configuration alive; left until interpreter shutdown,
    # that configuration fails to delete its folder of font copies (WeasyPrint is gone).
    _stylesheet.cache_clear()


@lru_cache(maxsize=16)  # a few themes and formats, and the envelope
def _stylesheet(css: str, font_config: FontConfiguration) -> CSS:
    from weasyprint import CSS

    return CSS(
        string=css, base_url=str(TEMPLATE_DIR), url_fetcher=_fetcher(), font_config=font_config
    )


atexit.register(_forget_stylesheets)


def _pdf(document: Document) -> bytes:
    with _drawing:
        return bytes(document.write_pdf())
