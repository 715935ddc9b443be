"""Backing up a running install and restoring it into a fresh data folder."""

from __future__ import annotations

import json
import sqlite3
import tarfile
import threading
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from onward.portability.backup import (
    BackupProblem,
    Install,
    backup,
    copy_database,
    restore,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL uses pg_dump"),
]


def an_install(root: Path) -> Install:
    """A data folder like a real one: the app's schema, a secret key and an uploaded CV."""
    root.mkdir()
    install = Install(root, root / "onward.sqlite3", root / "huey.sqlite3")
    copy_database(Path(connection.settings_dict["NAME"]), install.database)
    (root / "secret_key").write_text("the-install-key")
    (root / "media" / "reflect" / "cv").mkdir(parents=True)
    (root / "media" / "reflect" / "cv" / "abc.pdf").write_bytes(b"%PDF-1.4 a CV")
    return install


class Writer(threading.Thread):
    """Adds groups two at a time in one transaction, as the app would, until told to stop:
    a consistent copy holds an even number of them."""

    def __init__(self, database: Path) -> None:
        super().__init__(daemon=True)
        self.database = database
        self.commits = 0
        self.stop = threading.Event()
        self.started_writing = threading.Event()
        self.error: Exception | None = None

    def run(self) -> None:
        db = sqlite3.connect(self.database, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            while not self.stop.is_set():
                db.execute("BEGIN IMMEDIATE")
                db.execute("INSERT INTO auth_group (name) VALUES (?)", (f"g{self.commits}a",))
                db.execute("INSERT INTO auth_group (name) VALUES (?)", (f"g{self.commits}b",))
                db.execute("COMMIT")
                self.commits += 1
                if self.commits >= 50:
                    self.started_writing.set()
        except Exception as error:  # surfaced by the test, not lost in the thread
            self.error = error
            self.started_writing.set()
        finally:
            db.close()


def groups(database: Path) -> int:
    db = sqlite3.connect(database)
    try:
        return int(db.execute("SELECT COUNT(*) FROM auth_group").fetchone()[0])
    finally:
        db.close()


def test_a_backup_taken_while_writes_go_on_restores_whole_into_a_fresh_folder(
    tmp_path: Path,
) -> None:
    install = an_install(tmp_path / "live")
    writer = Writer(install.database)
    writer.start()
    writer.started_writing.wait(timeout=60)
    before = writer.commits
    report = backup(install, tmp_path / "onward.tar.gz")
    after_backup = writer.commits
    writer.stop.set()
    writer.join(timeout=60)
    assert writer.error is None
    assert writer.commits > after_backup  # the writer kept going: the backup didn't stop it

    fresh = Install(tmp_path / "fresh", tmp_path / "fresh" / "onward.sqlite3")
    restored = restore(tmp_path / "onward.tar.gz", fresh)

    db = sqlite3.connect(fresh.database)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    migrations = db.execute("SELECT COUNT(*) FROM django_migrations").fetchone()[0]
    db.close()
    assert migrations > 0
    copied = groups(fresh.database)
    assert copied % 2 == 0  # never half a transaction
    assert 2 * before <= copied <= 2 * writer.commits
    assert (fresh.data_dir / "secret_key").read_text() == "the-install-key"
    assert (fresh.data_dir / "media/reflect/cv/abc.pdf").read_bytes() == b"%PDF-1.4 a CV"
    assert restored.files == report.files == ["secret_key", "media/reflect/cv/abc.pdf"]
    assert restored.made_at == report.made_at


def test_restore_refuses_to_replace_an_install_without_force(tmp_path: Path) -> None:
    install = an_install(tmp_path / "live")
    backup(install, tmp_path / "copy")
    other = an_install(tmp_path / "other")
    (other.data_dir / "secret_key").write_text("other-key")

    with pytest.raises(BackupProblem, match=r"Nothing was restored.*--force"):
        restore(tmp_path / "copy", other)
    assert (other.data_dir / "secret_key").read_text() == "other-key"

    restore(tmp_path / "copy", other, force=True)
    assert (other.data_dir / "secret_key").read_text() == "the-install-key"
    assert (tmp_path / "copy" / "secret_key").exists()  # the backup itself is untouched


def test_a_backup_never_writes_over_an_existing_file(tmp_path: Path) -> None:
    install = an_install(tmp_path / "live")
    (tmp_path / "taken.tar.gz").write_text("keep me")
    with pytest.raises(BackupProblem, match=r"already exists"):
        backup(install, tmp_path / "taken.tar.gz")
    assert (tmp_path / "taken.tar.gz").read_text() == "keep me"


def test_something_that_isnt_a_backup_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.tar.gz").write_bytes(b"not a tar at all")
    with pytest.raises(BackupProblem, match=r"isn't an Onward backup"):
        restore(tmp_path / "notes.tar.gz", Install(tmp_path / "d", tmp_path / "d" / "o.sqlite3"))
    with tarfile.open(tmp_path / "empty.tar.gz", "w:gz"):
        pass
    with pytest.raises(BackupProblem, match=r"no manifest.json"):
        restore(tmp_path / "empty.tar.gz", Install(tmp_path / "e", tmp_path / "e" / "o.sqlite3"))


def test_a_damaged_database_in_a_backup_is_not_restored(tmp_path: Path) -> None:
    install = an_install(tmp_path / "live")
    backup(install, tmp_path / "copy")
    (tmp_path / "copy" / "onward.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    fresh = Install(tmp_path / "fresh", tmp_path / "fresh" / "onward.sqlite3")
    with pytest.raises(BackupProblem, match=r"onward.sqlite3 in the backup"):
        restore(tmp_path / "copy", fresh)
    assert not fresh.database.exists()


def test_the_commands_say_what_they_backed_up_and_restored(
    tmp_path: Path, settings: Any, capsys: Any
) -> None:
    settings.DATA_DIR = tmp_path / "data"
    settings.DATA_DIR.mkdir()
    (settings.DATA_DIR / "secret_key").write_text("key")
    out = tmp_path / "b.tar.gz"
    call_command("backup", str(out))
    said = capsys.readouterr().out
    assert f"Backed up to {out}" in said and "file secret_key" in said
    with tarfile.open(out) as archive:
        manifest = json.loads(archive.extractfile("manifest.json").read())  # type: ignore[union-attr]
    assert manifest["files"] == ["secret_key"]

    call_command("restore", str(out), "--data-dir", str(tmp_path / "fresh"))
    said = capsys.readouterr().out
    assert "Restored the backup made" in said and "database onward.sqlite3" in said
    with pytest.raises(CommandError, match=r"already there"):
        call_command("restore", str(out), "--data-dir", str(tmp_path / "fresh"))
