"""Printed thank-you cards and envelopes, checked by reading the PDFs back with pypdf."""

from __future__ import annotations

import io
import re
from functools import cache
from typing import cast

import pypdf
import pytest
from pypdf.generic import DictionaryObject

from onward.notes import cards, fonts
from onward.notes.cards import FORMATS, THEMES, CardError, render_card, render_envelope

MESSAGE = (
    "Thank you for taking the time to talk with me about the product design role.\n"
    "I enjoyed hearing how your team runs its research sprints.\n\n"
    "If another role opens up that fits, I would love to be considered."
)
SIZES = {"a2-folded": (612.0, 396.0), "a6-postcard": (419.53, 297.64)}
COMBOS = [(theme, fmt) for theme in THEMES for fmt in FORMATS]


@cache
def card(theme: str, fmt: str) -> bytes:
    # Rendering takes a fraction of a second; each combination is drawn once per run.
    return render_card(theme, fmt, "Priya Raman", MESSAGE, "Sam")


def read(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def text_of(page: pypdf.PageObject) -> str:
    """The page's text with line wrapping undone, so phrases can be searched whole."""
    return re.sub(r"\s+", " ", page.extract_text()).strip()


def font_names(reader: pypdf.PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        for ref in cast(DictionaryObject, resources.get("/Font", DictionaryObject())).values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def words(count: int) -> str:
    return " ".join(f"word{i}" for i in range(count))


def test_the_themes_and_formats_are_the_playbooks():
    assert THEMES == {
        "boho-spirit": "Boho Spirit",
        "potpourri": "Potpourri",
        "chalkboard": "Chalkboard",
    }
    assert FORMATS == {"a2-folded": "A2 folded card", "a6-postcard": "A6 postcard"}


@pytest.mark.parametrize(("theme", "fmt"), COMBOS)
def test_each_card_is_two_pages_of_its_paper_size(theme: str, fmt: str):
    reader = read(card(theme, fmt))
    assert len(reader.pages) == 2
    width, height = SIZES[fmt]
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=1)
        assert float(page.mediabox.height) == pytest.approx(height, abs=1)


@pytest.mark.parametrize(("theme", "fmt"), COMBOS)
def test_front_says_thank_you_and_the_inside_carries_the_message(theme: str, fmt: str):
    outside, inside = read(card(theme, fmt)).pages
    assert "Thank you" in text_of(outside)
    inside_text = text_of(inside)
    assert "Thank you for taking the time to talk with me about the product design role." in (
        inside_text
    )
    assert "I would love to be considered." in inside_text
    assert "Priya," in inside_text  # greeted by first name
    assert inside_text.rstrip().endswith("Sam") or "Sam" in inside_text


def test_postcard_message_side_has_the_recipient_on_the_address_lines():
    inside = read(card("potpourri", "a6-postcard")).pages[1]
    assert "Priya Raman" in text_of(inside)


@pytest.mark.parametrize("theme", THEMES)
def test_handwriting_and_display_fonts_are_embedded(theme: str):
    names = font_names(read(card(theme, "a2-folded")))
    assert any("Intuitive" in name for name in names), names
    assert any("Amatic" in name for name in names), names


def test_missing_font_packages_fall_back_instead_of_failing(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fonts, "find_font", lambda package, filename: None)
    assert fonts.font_face_css() == ""
    reader = read(render_card("chalkboard", "a6-postcard", "Priya", MESSAGE))
    assert len(reader.pages) == 2
    assert not any("Intuitive" in name for name in font_names(reader))
    assert "research sprints" in text_of(reader.pages[1])


def test_find_font_locates_package_files_and_tolerates_absence():
    found = fonts.find_font("font_intuitive", "Intuitive.ttf")
    assert found is not None and found.is_file()
    assert fonts.find_font("font_intuitive", "NoSuchFace.ttf") is None
    assert fonts.find_font("font_package_that_is_not_installed", "X.ttf") is None
    assert 'font-family: "Intuitive"' in fonts.font_face_css()


def test_message_html_is_printed_literally_and_line_breaks_kept():
    message = "<b>hi</b> & <i>thanks</i>\nSecond line <script>x</script>"
    reader = read(render_card("boho-spirit", "a2-folded", "Priya", message))
    lines = [line.strip() for line in reader.pages[1].extract_text().splitlines()]
    assert "<b>hi</b> & <i>thanks</i>" in lines
    assert "Second line <script>x</script>" in lines


def test_an_existing_greeting_and_signature_are_not_repeated():
    message = "Dear Priya,\nThank you for your time.\nWarmly,\nSam"
    text = text_of(
        read(render_card("potpourri", "a6-postcard", "Priya Raman", message, "Sam")).pages[1]
    )
    assert text.count("Priya,") == 1
    assert text.count("Sam") == 1


def test_a_title_keeps_the_full_name_in_the_greeting():
    assert cards._salutation("Thank you.", "Dr. Chen") == "Dr. Chen,"
    assert cards._salutation("Thank you.", "Priya Raman") == "Priya,"
    assert cards._salutation("Hi Priya, thanks!", "Priya Raman") == ""
    assert cards._salutation("Priya — thank you.", "Priya Raman") == ""
    assert cards._salutation("It was really lovely to meet.", "Al Smith") == "Al,"
    assert cards._signoff("Thank you.\nWarmly, Sam", "Sam Lee") == ""
    assert cards._signoff("Thank you.\nWarmly,", "Sam Lee") == "Sam Lee"


def test_long_messages_start_smaller_but_stay_legible():
    layout = cards.LAYOUTS["a2-folded"]
    assert cards._starting_size(layout, 40) == layout.base_size
    assert layout.min_size <= cards._starting_size(layout, 120) < layout.base_size


def test_a_long_message_shrinks_to_fit_and_prints_whole():
    sentence = "Thank you again for the kind and thoughtful conversation about the team."
    message = " ".join([sentence] * 10)  # 120 words, twice what a card holds comfortably
    assert len(message.split()) == 120
    reader = read(render_card("boho-spirit", "a2-folded", "Priya", message, "Sam"))
    assert len(reader.pages) == 2
    assert message in text_of(reader.pages[1])


def test_many_short_lines_shrink_until_they_fit(monkeypatch: pytest.MonkeyPatch):
    measured: list[float] = []
    measure = cards._overflow

    def spy(document: object) -> float:
        measured.append(measure(document))
        return measured[-1]

    monkeypatch.setattr(cards, "_overflow", spy)
    message = "\n".join(f"line{i}" for i in range(16))
    reader = read(render_card("chalkboard", "a6-postcard", "Priya", message))
    assert measured[0] > 1 >= measured[-1]  # too tall at first, then made to fit
    text = text_of(reader.pages[1])
    assert all(f"line{i}" in text for i in range(16))


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"theme": "glitter"}, "no card theme called “glitter”"),
        ({"fmt": "a4-poster"}, "no card format called “a4-poster”"),
        ({"message": "   \n  "}, "needs a message"),
        ({"message": words(121)}, "a little long for a card"),
        ({"message": "x" * 1000}, "a little long for a card"),
        ({"message": "\n".join("thanks" for _ in range(60))}, "doesn't quite fit"),
    ],
)
def test_card_errors_explain_kindly(kwargs: dict[str, str], says: str):
    args = {"theme": "potpourri", "fmt": "a6-postcard", "to_name": "Priya", "message": "Hi"}
    args.update(kwargs)
    with pytest.raises(CardError, match=says) as excinfo:
        render_card(**args)
    assert isinstance(excinfo.value, ValueError)


def test_unknown_theme_error_lists_the_choices():
    with pytest.raises(CardError) as excinfo:
        render_card("glitter", "a2-folded", "Priya", "Thanks")
    assert "Boho Spirit (boho-spirit)" in str(excinfo.value)
    assert "Chalkboard (chalkboard)" in str(excinfo.value)


def test_envelope_is_addressed_on_an_a2_envelope():
    pdf = render_envelope(
        "Priya Raman",
        "Acme Design Co.\n123 Market Street, Suite 400\nSan Francisco, CA 94105",
        "Sam Lee\n12 Elm Road\nOakland, CA 94607",
    )
    reader = read(pdf)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(414, abs=1)
    assert float(page.mediabox.height) == pytest.approx(315, abs=1)
    lines = [line.strip() for line in page.extract_text().splitlines()]
    for line in [
        "Priya Raman",
        "Acme Design Co.",
        "123 Market Street, Suite 400",
        "Oakland, CA 94607",
    ]:
        assert line in lines


def test_envelope_without_return_address_escapes_user_text():
    reader = read(render_envelope("<b>Priya</b>", "1 <i>Main</i> St\nSpringfield"))
    text = reader.pages[0].extract_text()
    assert "<b>Priya</b>" in text and "1 <i>Main</i> St" in text


@pytest.mark.parametrize("address", ["", "  \n \n"])
def test_envelope_needs_an_address(address: str):
    with pytest.raises(CardError, match="postal address"):
        render_envelope("Priya", address)


def test_envelope_refuses_an_address_too_long_for_it():
    with pytest.raises(CardError, match="address lines"):
        render_envelope("Priya", "\n".join(f"line {i}" for i in range(9)))


def test_templates_ship_inside_the_package():
    # package-data in pyproject.toml picks up onward/templates; a moved folder would break installs.
    assert cards.TEMPLATE_DIR.parent.parent.name == "templates"
    folder = cards.TEMPLATE_DIR
    for theme in THEMES:
        for part in (
            "style.css",
            "front.html",
            "back.html",
            "inside.html",
            "note.html",
            "motif.html",
        ):
            assert (folder / "themes" / theme / part).is_file(), (theme, part)


def test_a_long_wrapped_address_is_set_smaller_not_cut_off(monkeypatch: pytest.MonkeyPatch):
    measured: list[float] = []
    measure = cards._overflow

    def spy(document: object, box: str, area: str) -> float:
        measured.append(measure(document, box, area))
        return measured[-1]

    monkeypatch.setattr(cards, "_overflow", spy)
    long_line = "Department of Human-Centred Computing and Interaction Design, Building"
    address = "\n".join([long_line] * 4 + ["San Francisco, CA 94105"])
    reader = read(render_envelope("Professor Maximiliana Montgomery-Worthington", address))
    assert measured[0] > 1 >= measured[-1]
    text = text_of(reader.pages[0])
    assert text.count("Interaction Design, Building") == 4
    assert "San Francisco, CA 94105" in text


def test_an_address_too_long_for_any_size_is_refused_kindly():
    address = "\n".join(["An extraordinarily long address line that goes on and on " * 3] * 6)
    with pytest.raises(CardError, match="too long to fit on the envelope"):
        render_envelope("Priya", address)
