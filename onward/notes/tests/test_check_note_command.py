"""`onward check-note FILE`: the tone check from the command line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from onward.tests.subprocesses import in_process

ONWARD = Path(sys.executable).with_name("onward")
PROJECT = Path(__file__).resolve().parents[3]

KIND_NOTE = (
    "Dear Priya,\n\nThank you for your time, and for letting me know. I enjoyed our "
    "conversation about your move to dbt. I hope we can stay in touch.\n\nWarmly,\nSam\n"
)
ASKING_NOTE = "Hi,\nCould you tell me why I wasn't selected?\n"


def write(tmp_path: Path, text: str, name: str = "note.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    """call_command, returning the exit status the console script would give."""
    out = StringIO()
    try:
        call_command("check_note", *args, stdout=out)
    except SystemExit as exit_:
        return int(exit_.code or 0), out.getvalue()
    return 0, out.getvalue()


def test_a_kind_note_looks_good_and_exits_zero(tmp_path: Path) -> None:
    status, out = run(str(write(tmp_path, KIND_NOTE)))
    assert status == 0
    assert out.strip() == "Looks good: nothing to fix."


def test_findings_are_listed_with_where_why_and_what_to_try_and_exit_one(tmp_path: Path) -> None:
    status, out = run(str(write(tmp_path, ASKING_NOTE)))
    assert status == 1
    assert "Line 2, column 19: \u201cwhy I wasn't selected\u201d [asks-for-reasons]" in out
    assert "This asks why you weren't chosen." in out
    assert "Why: Companies rarely answer" in out
    assert "Try: " in out
    assert "The whole note [missing-name]" in out
    assert "3 things to look at before sending." in out


def test_json_lists_each_finding_with_code_message_and_offsets(tmp_path: Path) -> None:
    status, out = run(str(write(tmp_path, ASKING_NOTE)), "--json")
    findings = json.loads(out)
    assert status == 1
    # The most important first: asking why, before the name and the detail.
    assert [f["code"] for f in findings] == [
        "asks-for-reasons",
        "missing-name",
        "no-personal-detail",
    ]
    asks = findings[0]
    assert {"code", "message", "start", "end"} <= asks.keys()
    assert ASKING_NOTE[asks["start"] : asks["end"]] == "why I wasn't selected"


def test_json_for_a_kind_note_is_an_empty_list(tmp_path: Path) -> None:
    assert run(str(write(tmp_path, KIND_NOTE)), "--json") == (0, "[]\n")


def test_shape_card_applies_the_card_word_limit(tmp_path: Path) -> None:
    long_note = KIND_NOTE.replace("I hope", "It meant a lot to me. " * 8 + "I hope")
    path = str(write(tmp_path, long_note))
    assert run(path, "--shape", "email")[0] == 0
    status, out = run(path, "--shape", "card", "--json")
    assert status == 1 and [f["code"] for f in json.loads(out)] == ["too-long"]


def test_to_checks_for_the_recipients_name(tmp_path: Path) -> None:
    path = str(write(tmp_path, KIND_NOTE))
    assert run(path, "--to", "Priya Raman")[0] == 0
    status, out = run(path, "--to", "Tom Chen", "--json")
    assert status == 1
    assert json.loads(out)[0]["message"] == "This doesn't use Tom's name."


def test_detail_checks_the_note_against_the_interview(tmp_path: Path) -> None:
    path = str(write(tmp_path, KIND_NOTE))
    assert run(path, "--detail", "the dbt migration")[0] == 0
    assert run(path, "--detail", "quarterly forecasting")[0] == 1


def test_a_missing_file_is_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"Couldn't find .*nope\.txt") as error:
        call_command("check_note", str(tmp_path / "nope.txt"))
    assert error.value.returncode == 2


def test_a_folder_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="is a folder"):
        call_command("check_note", str(tmp_path))


def test_a_file_that_is_not_utf8_is_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Dear Ren\u00e9e, merci.".encode("latin-1"))
    with pytest.raises(CommandError, match="isn't UTF-8 text"):
        call_command("check_note", str(path))


# --- through the console script (in_process: its entry point in this process) ------


def onward(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ONWARD), "check-note", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not ONWARD.exists(), reason="the onward console script isn't installed")
def test_console_script_exits_zero_for_a_kind_note(tmp_path: Path) -> None:
    result = onward(str(write(tmp_path, KIND_NOTE)), "--to", "Priya")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Looks good: nothing to fix."


def test_console_script_exits_one_with_json_findings(tmp_path: Path) -> None:
    result = in_process(
        "check-note", str(write(tmp_path, ASKING_NOTE)), "--json", "--shape", "card"
    )
    assert result.returncode == 1, result.stderr
    assert "asks-for-reasons" in [f["code"] for f in json.loads(result.stdout)]


def test_console_script_reports_a_missing_file_without_a_traceback(tmp_path: Path) -> None:
    result = in_process("check-note", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "Couldn't find" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_every_code_most_important_first() -> None:
    from onward.notes.tone import IMPORTANCE

    result = in_process("check-note", "--help")
    assert result.returncode == 0, result.stderr
    listed = re.findall(r"^  ([a-z-]+) +\S", result.stdout.split("Findings,")[1], re.M)
    assert listed == list(IMPORTANCE)


def test_a_note_signed_off_without_a_name_or_with_a_broken_sentence_exits_one(
    tmp_path: Path,
) -> None:
    unsigned = KIND_NOTE.replace("Warmly,\nSam\n", "Warmly,\n")
    status, out = run(str(write(tmp_path, unsigned)), "--json")
    assert status == 1 and [f["code"] for f in json.loads(out)] == ["missing-signature"]
    broken = KIND_NOTE.replace("about your move to dbt", "about Walked the panel through")
    status, out = run(str(write(tmp_path, broken)), "--json")
    assert status == 1 and [f["code"] for f in json.loads(out)] == ["broken-sentence"]
