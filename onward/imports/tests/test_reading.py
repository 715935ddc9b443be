"""Any file a tool or a phone wrote reads the same; a file that isn't one says so."""

from __future__ import annotations

import pytest

from onward.imports.reading import MAX_BYTES, FileProblem, decode, read_csv

from .files import HUNTR_CSV, LINKEDIN_CSV


@pytest.mark.parametrize(
    "data",
    [
        HUNTR_CSV.encode("utf-8"),
        b"\xef\xbb\xbf" + HUNTR_CSV.encode("utf-8"),
        HUNTR_CSV.replace("\n", "\r\n").encode("utf-8"),
        HUNTR_CSV.encode("utf-16"),
    ],
    ids=["utf-8", "utf-8 with a BOM", "windows line endings", "utf-16"],
)
def test_every_encoding_and_line_ending_reads_the_same(data: bytes) -> None:
    table = read_csv(decode(data))
    assert table.header[0] == "Company"
    assert [row[0] for row in table.rows] == ["Acme", "Globex", "Initech"]


def test_latin_1_keeps_its_accents() -> None:
    text = decode("Company,Title\nSociété Générale,Analyste données\n".encode("latin-1"))
    assert read_csv(text).rows == [["Société Générale", "Analyste données"]]


def test_semicolons_from_a_european_spreadsheet_are_columns_too() -> None:
    table = read_csv(decode(b"Company;Title;Date\nAcme;Analyst;30.11.2026\n"))
    assert table.rows == [["Acme", "Analyst", "30.11.2026"]]


def test_linkedins_notes_above_the_header_are_skipped_and_lines_counted() -> None:
    table = read_csv(decode(LINKEDIN_CSV.encode()), header_starts=("First Name",))
    assert table.header[:2] == ["First Name", "Last Name"]
    assert len(table.rows) == 2
    assert table.line_of(0) == 5  # as a text editor numbers the file


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"PK\x03\x04\x14\x00rest-of-a-zip", "Excel"),
        (b"%PDF-1.7\n", "PDF"),
        (b"", "empty"),
        (b"\x00\x01\x02binary", "text file"),
        (b"just one line and no columns\n", "only one column"),
    ],
)
def test_a_file_that_is_not_a_csv_says_what_to_do(data: bytes, says: str) -> None:
    with pytest.raises(FileProblem, match=says):
        read_csv(decode(data))


def test_a_file_over_the_cap_is_refused_before_it_is_read() -> None:
    with pytest.raises(FileProblem, match="Onward takes files up to 5 MB"):
        decode(b"a,b\n" * (MAX_BYTES // 4 + 1))


def test_linkedin_without_its_header_is_named() -> None:
    with pytest.raises(FileProblem, match="First Name"):
        read_csv(decode(b"Notes:\nsomething\n"), header_starts=("First Name",))
