"""`onward draft-note`: the composer's first draft from the command line, from plain words."""

from __future__ import annotations

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from onward.notes.drafts import DraftContext, draft_note
from onward.notes.topics import LEFT_OUT
from onward.tests.subprocesses import in_process

ONWARD = Path(sys.executable).with_name("onward")
PROJECT = Path(__file__).resolve().parents[3]
MAYA = ["--to", "Maya Chen", "--company", "Northwind", "--role", "Product Designer"]


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("draft_note", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_prints_the_subject_and_the_draft_the_app_would_make() -> None:
    notes = "We talked about their checkout redesign."
    out, _ = run(*MAYA, "--notes", notes, "--from", "Sam Rivera")
    app = draft_note(
        DraftContext(
            "Maya Chen",
            company="Northwind",
            role="Product Designer",
            interview_notes=notes,
            sender_name="Sam Rivera",
        ),
        "short",
    )
    assert out == f"Subject: {app.subject}\n\n{app.body}\n"
    assert "our conversation about your checkout redesign." in out
    assert out.rstrip().endswith("Best regards,\nSam Rivera")


def test_json_prints_shape_subject_and_body_only() -> None:
    out, _ = run(*MAYA, "--shape", "card", "--json")
    draft = json.loads(out)
    assert set(draft) == {"shape", "subject", "body"}
    assert draft["shape"] == "card"
    assert draft["subject"] == "Thank you, Maya"
    assert draft["body"].startswith("Dear Maya,\n\n")


@pytest.mark.parametrize("shape", ["short", "warm", "card", "WARM"])
def test_every_shape_is_drafted(shape: str) -> None:
    out, _ = run(*MAYA, "--shape", shape, "--json")
    assert json.loads(out)["shape"] == shape.lower()


def test_future_adds_the_line_about_future_roles_and_only_then() -> None:
    with_future, _ = run(*MAYA, "--future")
    without, _ = run(*MAYA)
    assert "considered for future roles at Northwind" in with_future
    assert "future roles" not in without


def test_without_from_the_draft_ends_on_a_sentence_not_an_empty_sign_off() -> None:
    out, _ = run(*MAYA)
    assert out.rstrip().endswith("all the best.")
    assert "regards," not in out


def test_notes_it_leaves_out_are_explained_on_stderr_not_in_the_draft() -> None:
    out, err = run(*MAYA, "--notes", "Walked the panel through.")
    assert "Walked" not in out
    assert err.strip() == LEFT_OUT["shapeless"]


def test_an_empty_role_and_company_still_read_well() -> None:
    out, _ = run("--to", "Maya Chen", "--company", "", "--role", "")
    assert "interview me, and for letting me know" in out


def test_notes_can_come_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", StringIO("- pricing experiments\n"))
    out, _ = run(*MAYA, "--notes", "-")
    assert "our conversation about pricing experiments." in out


def test_an_unknown_shape_is_a_clear_error_with_exit_status_two() -> None:
    with pytest.raises(CommandError, match="There's no 'letter' shape") as raised:
        run(*MAYA, "--shape", "letter")
    assert raised.value.returncode == 2
    assert "short, warm, card" in str(raised.value)


def test_a_blank_name_is_a_clear_error_with_exit_status_two() -> None:
    with pytest.raises(CommandError, match="Say who the note is for") as raised:
        run("--to", " ", "--company", "Northwind", "--role", "")
    assert raised.value.returncode == 2


# --- through the console script (in_process: its entry point in this process) ------


def onward(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ONWARD), "draft-note", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not ONWARD.exists(), reason="the onward console script isn't installed")
def test_console_script_prints_json_and_exits_zero() -> None:
    result = onward(*MAYA, "--shape", "warm", "--from", "Sam", "--future", "--json")
    assert result.returncode == 0, result.stderr
    draft = json.loads(result.stdout)
    assert draft["shape"] == "warm"
    assert draft["body"].endswith("Warm regards,\nSam")
    assert "future roles" in draft["body"]


def test_console_script_exits_two_on_a_bad_shape_without_a_traceback() -> None:
    result = in_process("draft-note", *MAYA, "--shape", "letter")
    assert result.returncode == 2
    assert "There's no 'letter' shape. Pick one of: short, warm, card." in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_console_script_exits_two_when_a_required_argument_is_missing() -> None:
    result = in_process("draft-note", "--company", "Northwind", "--role", "Designer")
    assert result.returncode == 2
    assert "--to" in result.stderr
