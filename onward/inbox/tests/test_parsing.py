"""Reading a message: headers in any encoding, plain or HTML text, replies and forwards."""

from __future__ import annotations

import base64

import pytest

from onward.inbox.parsing import NotAnEmail, parse, parse_text

from .mails import REJECTION_TEXT, raw


def test_the_headers_and_text_of_a_plain_message() -> None:
    mail = parse(raw())
    assert mail.message_id == "rejection-1@greenhouse.example"
    assert mail.key == mail.message_id
    assert mail.subject == "Your application to Acme Analytics"
    assert mail.sender_name == "Acme Analytics Talent Team via Greenhouse"
    assert mail.sender_email == "no-reply@us.greenhouse-mail.io"
    assert mail.date is not None and mail.date.isoformat() == "2024-11-05T10:00:00+00:00"
    assert "move forward with other candidates" in mail.text
    assert mail.warnings == []


def test_encoded_words_and_raw_utf8_headers_are_decoded() -> None:
    encoded = parse(raw(sender="=?utf-8?q?M=C3=BCller_Logistik?= <jobs@mueller.example>"))
    assert encoded.sender_name == "Müller Logistik"
    unencoded = parse(raw(subject="Ihre Bewerbung bei Müller"))
    assert unencoded.subject == "Ihre Bewerbung bei Müller"


def test_latin1_bodies_and_unknown_charsets_are_read() -> None:
    body = "Leider können wir Ihnen keine Zusage geben.".encode("latin-1")
    head = raw(body="", content_type="text/plain; charset=iso-8859-1")
    assert "können" in parse(head + body).text
    wrong = parse(raw(body="Caf\u00e9", content_type="text/plain; charset=x-made-up"))
    assert "Café" in wrong.text
    assert any("unknown charset" in warning for warning in wrong.warnings)


def test_a_charset_name_with_a_nul_byte_is_an_unknown_charset() -> None:
    mail = parse(raw(body="Caf\u00e9", content_type='text/plain; charset=\x00"utf-8"'))
    assert "Caf" in mail.text
    assert any("unknown charset" in warning for warning in mail.warnings)


def test_control_characters_in_html_are_dropped() -> None:
    html = "<p>Dear\x05 Alex,\x00</p><p>we\x1b regret</p>"
    mail = parse(raw(body=html, content_type="text/html; charset=utf-8"))
    assert mail.text == "Dear Alex,\n\nwe regret"


def test_an_html_only_message_becomes_text_and_keeps_its_links() -> None:
    html = (
        "<html><head><style>p{color:red}</style></head><body><p>Hi&nbsp;Alex,</p>"
        "<p>We&rsquo;ve decided to <b>pursue other candidates</b>.</p>"
        "<a href='https://boards.greenhouse.io/acme/jobs/1'>Jobs</a></body></html>"
    )
    mail = parse(raw(body=html, content_type="text/html; charset=utf-8"))
    assert "color:red" not in mail.text
    assert "We\u2019ve decided to pursue other candidates." in mail.text
    assert mail.links == ["https://boards.greenhouse.io/acme/jobs/1"]


def test_multipart_prefers_the_plain_part_and_decodes_base64() -> None:
    plain = base64.encodebytes(REJECTION_TEXT.encode()).decode()
    body = (
        "--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{plain}\n--b\nContent-Type: text/html\n\n<p>HTML version</p>\n--b--\n"
    )
    mail = parse(raw(body=body, content_type='multipart/alternative; boundary="b"'))
    assert mail.text.startswith("Hi Alex,")


def test_a_huge_attachment_is_skipped_and_named() -> None:
    attachment = base64.encodebytes(b"x" * (6 * 1024 * 1024)).decode()
    body = (
        f"--b\nContent-Type: text/plain\n\n{REJECTION_TEXT}\n--b\n"
        "Content-Type: application/pdf\nContent-Disposition: attachment; filename=cv.pdf\n"
        f"Content-Transfer-Encoding: base64\n\n{attachment}--b--\n"
    )
    mail = parse(raw(body=body, content_type='multipart/mixed; boundary="b"'))
    assert "move forward" in mail.text
    assert any("attachment cv.pdf (6 MB) skipped" in warning for warning in mail.warnings)


def test_a_multipart_without_its_boundary_still_gives_its_headers() -> None:
    mail = parse(raw(body="no boundary here\n", content_type="multipart/mixed"))
    assert mail.subject == "Your application to Acme Analytics"
    assert mail.text == ""  # as the standard library reads it: no parts, so no text


def test_a_reply_keeps_only_its_new_text_for_reading() -> None:
    body = (
        "Sorry, we've decided to move forward with another candidate.\n\n"
        "On Mon, 7 Oct 2024 at 10:15, Alex <alex@example.com> wrote:\n"
        "> Could we schedule a call about next steps?\n"
    )
    mail = parse(raw(subject="Re: Data Analyst", body=body))
    assert "schedule" not in mail.text
    assert "schedule a call" in mail.quoted


def test_a_forwarded_message_is_read_as_the_original_sender_wrote_it() -> None:
    body = (
        "sigh, saving this one\n\n---------- Forwarded message ---------\n"
        "From: Copperleaf Talent <talent@copperleaf.example>\n"
        "Date: Wed, 2 Oct 2024 at 16:20\nSubject: Your application\n"
        "To: Alex <alex@example.com>\n\nWe regret to inform you that you have not been "
        "shortlisted.\n"
    )
    mail = parse(raw(sender="Alex <alex@example.com>", subject="Fwd: Your application", body=body))
    assert mail.forwarded
    assert (mail.sender_name, mail.sender_email) == (
        "Copperleaf Talent",
        "talent@copperleaf.example",
    )
    assert mail.subject == "Your application"
    assert mail.text.startswith("We regret to inform you")


def test_without_a_message_id_the_key_is_a_hash_that_ignores_line_endings() -> None:
    unix = parse(raw(message_id=None))
    windows = parse(raw(message_id=None, newline="\r\n"))
    assert unix.key.startswith("sha256:")
    assert unix.key == windows.key
    assert parse(raw(message_id=None, body="Another text")).key != unix.key


def test_an_empty_message_says_so() -> None:
    mail = parse(raw(subject="", body=""))
    assert "it is empty: no subject and no text" in mail.warnings


@pytest.mark.parametrize(
    "data", [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"", b"just some words\n"]
)
def test_something_that_is_not_an_email_is_refused_clearly(data: bytes) -> None:
    with pytest.raises(NotAnEmail, match="isn't an email"):
        parse(data)


def test_pasted_text_needs_no_headers() -> None:
    mail = parse_text("Unfortunately we have decided to move forward with other candidates.")
    assert mail.key.startswith("sha256:") and mail.sender_email == ""
    with_headers = parse_text(raw().decode())
    assert with_headers.subject == "Your application to Acme Analytics"
