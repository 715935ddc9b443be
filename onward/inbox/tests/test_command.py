"""`onward import-mail PATH [--user EMAIL] [--dry-run] [--json]`."""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from onward.inbox.models import ImportedMessage
from onward.people.models import Person

from .mails import alert, human, mbox, raw

pytestmark = pytest.mark.django_db


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*args: str, stdout: io.StringIO | None = None) -> tuple[str, str, int]:
    out, err = stdout or io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("import_mail", *args, stdout=out, stderr=err)
    except SystemExit as exit:
        code = int(exit.code or 0)
    return out.getvalue(), err.getvalue(), code


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    path = tmp_path / "jobs.mbox"
    path.write_bytes(mbox(raw(), alert(), human()))
    return path


def test_json_prints_one_object_per_message(inbox: Path) -> None:
    out, err, code = run(str(inbox), "--dry-run", "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == ""
    assert [line["label"] for line in lines] == ["rejection", "other", "rejection"]
    assert lines[0] == {
        "message_id": "rejection-1@greenhouse.example",
        "date": "2024-11-05T10:00:00+00:00",
        "subject": "Your application to Acme Analytics",
        "label": "rejection",
        "company": "Acme Analytics",
        "role": "Data Analyst",
        "sender_name": "Acme Analytics Talent Team via Greenhouse",
        "sender_email": "no-reply@us.greenhouse-mail.io",
        "confidence": lines[0]["confidence"],
    }


def test_a_dry_run_needs_no_user_and_changes_nothing(inbox: Path, alice: Any) -> None:
    out, _, code = run(str(inbox), "--dry-run")
    assert code == 0
    assert "Read 3 messages: 2 rejections" in out
    assert "Nothing was saved (dry run)." in out
    assert not ImportedMessage.objects.exists() and not Person.objects.exists()


def test_importing_for_a_user_saves_job_mail_once(inbox: Path, alice: Any) -> None:
    out, _, _ = run(str(inbox), "--user", "ALICE@example.com")
    assert "Saved 2 new, 0 already here, 1 not job mail (not kept)." in out
    assert "2 to look at on the Inbox page" in out
    out, _, _ = run(str(inbox), "--user", "alice@example.com")
    assert "Saved 0 new, 2 already here" in out
    assert ImportedMessage.objects.filter(user=alice).count() == 2


def test_a_real_import_needs_a_user_and_an_existing_one(inbox: Path, alice: Any) -> None:
    with pytest.raises(CommandError, match=r"--user EMAIL"):
        run(str(inbox))
    with pytest.raises(CommandError, match=r"no account for nobody@example\.com"):
        run(str(inbox), "--user", "nobody@example.com")
    with pytest.raises(CommandError, match="no such file"):
        run("/nonexistent.mbox", "--dry-run")


def test_bad_messages_are_named_and_the_rest_still_imported(tmp_path: Path, alice: Any) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "1-good.eml").write_bytes(raw())
    (folder / "2-binary.eml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (folder / "3-empty.eml").write_bytes(raw(subject="", body="", message_id="<empty@x>"))
    (folder / "4-charset.eml").write_bytes(
        raw(message_id="<cs@x>", content_type="text/plain; charset=klingon")
    )
    out, err, code = run(str(folder), "--user", "alice@example.com")
    assert code == 2
    assert "2-binary.eml: it has no From, Date, Subject or Message-ID header" in err
    assert "3-empty.eml: it is empty" in err
    assert "4-charset.eml: unknown charset 'klingon'" in err
    assert "1 could not be read (see above); the rest are in." in out
    # The empty one comes from a sender already known, so it is logged with them.
    assert ImportedMessage.objects.filter(user=alice).count() == 3
    assert ImportedMessage.objects.get(key="empty@x").status == "logged"


def test_an_mbox_problem_names_the_message_and_its_line(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    path.write_bytes(mbox(raw(), b"garbage without headers\n", raw(message_id="<3@x>")))
    out, err, code = run(str(path), "--dry-run", "--json")
    assert code == 2
    assert "box.mbox, message 2 (line " in err
    assert len(out.splitlines()) == 2


def test_a_progress_bar_only_on_a_terminal_and_never_with_json(inbox: Path) -> None:
    out, _, _ = run(str(inbox), "--dry-run", stdout=Terminal())
    assert "█" in out and "100%" in out
    out, _, _ = run(str(inbox), "--dry-run", "--json", stdout=Terminal())
    assert "█" not in out and all(json.loads(line) for line in out.splitlines())
    out, _, _ = run(str(inbox), "--dry-run")
    assert "█" not in out


def test_the_console_script_reads_mail_without_loading_the_urls_or_http_client(
    inbox: Path, tmp_path: Path
) -> None:
    # Start-up is most of a small import's time: the URL conf (every view and API schema,
    # which the system checks would import) and httpx (which the watch's jobs use) are
    # nothing reading mail needs.
    env = dict(os.environ, ONWARD_DATA_DIR=str(tmp_path / "var"))
    report = (
        "import atexit, sys\n"
        "atexit.register(lambda: print(*(m for m in ('onward.urls', 'httpx') if m in sys.modules),"
        " file=sys.stderr))\n"
        "from onward.cli import main; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", report, "import-mail", str(inbox), "--dry-run", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3
    assert result.stderr.strip() == ""


def test_the_human_output_shows_no_terminal_controls_from_a_message(tmp_path: Path) -> None:
    hostile = "\x1b[2J\x1b]0;PWNED-TITLE\x07 \x1b[31mRED\u202e"
    encoded = base64.b64encode(f"Your application to Acme {hostile}".encode()).decode()
    path = tmp_path / "ansi.eml"
    path.write_bytes(
        raw(
            subject=f"=?utf-8?b?{encoded}?=",
            sender="Acme\x1b[8m Talent Team <jobs@acme.example>",
            content_type="text/plain; charset=\x1b[5mx",
        )
    )
    out, err, _ = run(str(path), "--dry-run")
    assert "PWNED-TITLE" in out and "RED" in out  # the words stay; only the controls go
    for control in ("\x1b", "\x07", "\u202e"):
        assert control not in out and control not in err


def test_the_command_line_starts_without_the_system_checks(
    inbox: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # They would import every URL, view and API schema: a second of start-up, for nothing
    # that reading mail uses. (call_command skips them anyway: run as `onward` runs it.)
    from django.core.management.base import BaseCommand

    from onward.inbox.management.commands.import_mail import Command

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("import-mail ran the system checks")

    monkeypatch.setattr(BaseCommand, "check", refuse)
    Command().run_from_argv(["onward", "import_mail", str(inbox), "--dry-run", "--json"])
    assert len(capsys.readouterr().out.splitlines()) == 3
