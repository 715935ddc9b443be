"""`onward card`: the command-line way to print a thank-you card."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from django.core.management import CommandError, call_command


@pytest.fixture
def message_file(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text(
        "Thank you for the conversation on Tuesday.\nIt meant a lot.\n", encoding="utf-8"
    )
    return path


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("card", *args, stdout=out)
    return out.getvalue()


def test_card_command_writes_the_pdf_and_says_where(message_file: Path, tmp_path: Path):
    output = tmp_path / "cards" / "priya.pdf"
    said = run(
        "--theme",
        "boho-spirit",
        "--format",
        "a2-folded",
        "--to",
        "Priya Raman",
        "--message-file",
        str(message_file),
        "--output",
        str(output),
        "--from",
        "Sam",
    )
    assert str(output) in said
    assert "612 x 396 pt" in said
    reader = pypdf.PdfReader(output)
    assert len(reader.pages) == 2
    assert "It meant a lot." in reader.pages[1].extract_text()
    assert not list(output.parent.glob("*.part"))


def test_missing_message_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(CommandError, match="No message file"):
        run(
            "--theme",
            "potpourri",
            "--format",
            "a6-postcard",
            "--to",
            "Priya",
            "--message-file",
            str(tmp_path / "absent.txt"),
            "--output",
            str(tmp_path / "x.pdf"),
        )
    assert not (tmp_path / "x.pdf").exists()


def test_unreadable_message_file_is_a_clear_error(tmp_path: Path):
    binary = tmp_path / "note.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    for path in (binary, tmp_path):  # not UTF-8; a folder
        with pytest.raises(CommandError, match="Couldn't read the message file"):
            run(
                "--theme",
                "potpourri",
                "--format",
                "a6-postcard",
                "--to",
                "Priya",
                "--message-file",
                str(path),
                "--output",
                str(tmp_path / "x.pdf"),
            )


def test_empty_message_file_is_a_clear_error(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(CommandError, match="is empty"):
        run(
            "--theme",
            "chalkboard",
            "--format",
            "a2-folded",
            "--to",
            "Priya",
            "--message-file",
            str(empty),
            "--output",
            str(tmp_path / "x.pdf"),
        )


def test_too_long_message_explains_instead_of_printing(tmp_path: Path):
    long = tmp_path / "long.txt"
    long.write_text(" ".join(["thanks"] * 200), encoding="utf-8")
    with pytest.raises(CommandError, match="a little long for a card"):
        run(
            "--theme",
            "chalkboard",
            "--format",
            "a2-folded",
            "--to",
            "Priya",
            "--message-file",
            str(long),
            "--output",
            str(tmp_path / "x.pdf"),
        )


@pytest.mark.parametrize(("flag", "value"), [("--theme", "glitter"), ("--format", "a4")])
def test_theme_and_format_are_limited_to_the_choices(
    flag: str, value: str, message_file: Path, tmp_path: Path
):
    args = {"--theme": "potpourri", "--format": "a6-postcard"}
    args[flag] = value
    with pytest.raises(CommandError, match="invalid choice"):
        run(
            "--theme",
            args["--theme"],
            "--format",
            args["--format"],
            "--to",
            "Priya",
            "--message-file",
            str(message_file),
            "--output",
            str(tmp_path / "x.pdf"),
        )
