"""Turning an uploaded file into text and rows, whatever tool or phone wrote it.

Every problem with the file as a whole is a `FileProblem` whose message is written for the
person who chose the file: it is shown as it is, and nothing is imported.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

# A LinkedIn export of 30,000 connections is about 3 MB; a tracker's CSV far less.
MAX_BYTES = 5 * 1024 * 1024

# Signatures of files people pick by mistake, and what to do instead.
_NOT_TEXT = [
    (b"PK\x03\x04", "That looks like an Excel or zip file. Save it as CSV first "
     "(in Excel or Numbers: File, Save as or Export, then CSV) and choose that file."),
    (b"\xd0\xcf\x11\xe0", "That looks like an old Excel file. Save it as CSV first "
     "(File, Save as, then CSV) and choose that file."),
    (b"%PDF", "That's a PDF. Onward needs the spreadsheet itself, saved as CSV."),
    (b"\x89PNG", "That's a picture. Onward needs a text file here."),
    (b"\xff\xd8\xff", "That's a picture. Onward needs a text file here."),
]  # fmt: skip


class FileProblem(Exception):
    """The file can't be read at all: the message says why and what to do."""


def too_big(size: int) -> str | None:
    if size <= MAX_BYTES:
        return None
    return (
        f"That file is {size / 1024 / 1024:.0f} MB, and Onward takes files up to "
        f"{MAX_BYTES // 1024 // 1024} MB. If it holds more than your search, export only "
        "the part you need, or split it in two."
    )


def decode(data: bytes) -> str:
    """The file's text: UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode
    text"), else Windows' Western encoding (Latin-1 and its superset), which any byte
    sequence fits. Line endings become plain newlines."""
    if problem := too_big(len(data)):
        raise FileProblem(problem)
    for signature, message in _NOT_TEXT:
        if data.startswith(signature):
            raise FileProblem(message)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    if "\x00" in text:
        raise FileProblem("That doesn't look like a text file. Choose the CSV or vCard file.")
    if not text.strip():
        raise FileProblem("That file is empty.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass
class Table:
    """A CSV file's header and rows; `first_line` is the header's line number (1-based), so
    a row's problem can name the line a spreadsheet shows."""

    header: list[str]
    rows: list[list[str]]
    lines: list[int]  # each row's line in the file, blank lines and the header counted

    def line_of(self, index: int) -> int:
        return self.lines[index]


def read_csv(text: str, header_starts: tuple[str, ...] = ()) -> Table:
    """Rows of a CSV in any of the usual dialects (comma, semicolon, tab). With
    `header_starts`, lines before the first one starting with one of those words are
    skipped: LinkedIn puts a few "Notes:" lines above its header."""
    text_lines = text.split("\n")
    start = 0
    if header_starts:
        wanted = tuple(word.lower() for word in header_starts)
        for number, line in enumerate(text_lines):
            if line.strip().strip('"\ufeff').lower().startswith(wanted):
                start = number
                break
        else:
            raise FileProblem(
                f"Onward couldn't find the header row (it starts with “{header_starts[0]}”). "
                "Is this the right file?"
            )
    body = "\n".join(text_lines[start:])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            body[:4096], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    lines: list[int] = []
    reader = csv.reader(io.StringIO(body), dialect)
    try:
        for row in reader:
            if any(value.strip() for value in row):
                rows.append(row)
                lines.append(start + reader.line_num)
    except csv.Error as error:
        raise FileProblem(f"Onward couldn't read this as CSV ({error}).") from error
    if not rows:
        raise FileProblem("That file has no rows.")
    header = [cell.strip().strip("\ufeff") for cell in rows[0]]
    if len(header) < 2:
        raise FileProblem(
            "Onward found only one column. Is it a CSV file, with a header row first?"
        )
    return Table(header=header, rows=rows[1:], lines=lines[1:])


def cell(row: list[str], index: int | None) -> str:
    """A cell by column index, tidied; a short row (a missing column) reads as empty."""
    if index is None or index >= len(row):
        return ""
    return " ".join(row[index].split())
