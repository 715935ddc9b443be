"""A whole install in one file, and back: the SQLite databases copied with SQLite's own
online backup API (a consistent copy while the web app and the worker keep writing), and
the files beside them the app needs (the secret key that decrypts stored IMAP passwords
and signs links, and uploads such as mentor CVs).

PostgreSQL installs back up with pg_dump and pg_restore instead (see the README).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "manifest.json"
DATABASE = "onward.sqlite3"
QUEUE = "huey.sqlite3"
# Files and folders of the data directory worth keeping; the rest (collected static files,
# the .eml outbox) can be made again.
KEPT = ("secret_key", "media")


class BackupProblem(Exception):
    """What stopped a backup or a restore, in words for the person running it."""


@dataclass(frozen=True)
class Install:
    """Where one install keeps its things."""

    data_dir: Path
    database: Path
    queue: Path | None = None


@dataclass
class Report:
    made_at: str = ""
    databases: dict[str, int] = field(default_factory=dict)  # name -> bytes
    files: list[str] = field(default_factory=list)
    users: int | None = None

    def lines(self) -> list[str]:
        found = [f"database {name} ({size:,} bytes)" for name, size in self.databases.items()]
        found += [f"file {name}" for name in self.files]
        return found


def copy_database(source: Path, target: Path) -> None:
    """One step of SQLite's backup API: a read transaction, so it sees one moment of the
    database, and in WAL mode writers carry on meanwhile."""
    src = sqlite3.connect(source, timeout=30)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.Error as error:
        raise BackupProblem(f"Couldn't copy {source}: {error}.") from None
    finally:
        dst.close()
        src.close()


def _check(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise BackupProblem(f"{path.name} in the backup isn't a database: {error}.") from None
    finally:
        connection.close()
    if result != "ok":
        raise BackupProblem(f"{path.name} in the backup is damaged ({result}).")


def _count_users(path: Path) -> int | None:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM auth_user").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def backup(install: Install, out: Path, now: dt.datetime | None = None) -> Report:
    """Write a backup to `out`: a .tar.gz file, or else a new folder."""
    if not install.database.exists():
        raise BackupProblem(f"There's no database at {install.database} to back up.")
    if out.exists() and (out.is_file() or any(out.iterdir())):
        raise BackupProblem(f"{out} already exists: choose a new name.")
    report = Report(made_at=(now or dt.datetime.now(dt.UTC)).isoformat())
    with tempfile.TemporaryDirectory(prefix="onward-backup-", dir=out.parent) as work:
        staging = Path(work) / "backup"
        staging.mkdir()
        sources = {DATABASE: install.database}
        if install.queue is not None and install.queue.exists():
            sources[QUEUE] = install.queue
        for name, source in sources.items():
            copy_database(source, staging / name)
            report.databases[name] = (staging / name).stat().st_size
        for name in KEPT:
            path = install.data_dir / name
            if path.is_dir():
                shutil.copytree(path, staging / name)
                report.files += sorted(
                    str(p.relative_to(staging)) for p in (staging / name).rglob("*") if p.is_file()
                )
            elif path.is_file():
                shutil.copy2(path, staging / name)
                report.files.append(name)
        report.users = _count_users(staging / DATABASE)
        manifest = {
            "made_at": report.made_at,
            "databases": report.databases,
            "files": report.files,
            "users": report.users,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1))
        if out.name.endswith((".tar.gz", ".tgz")):
            partial = Path(work) / "backup.tar.gz"
            with tarfile.open(partial, "w:gz") as archive:
                for path in sorted(staging.iterdir()):
                    archive.add(path, arcname=path.name)
            os.replace(partial, out)  # the backup appears whole, or not at all
        else:
            if out.exists():
                out.rmdir()
            staging.rename(out)
    return report


def _move(source: Path, target: Path) -> None:
    """Into place in one step, even when the target is on another disk."""
    try:
        os.replace(source, target)
    except OSError:
        partial = target.with_name(target.name + ".restoring")
        shutil.copy2(source, partial)
        os.replace(partial, target)


def _unpack(source: Path, into: Path) -> Path:
    if source.is_dir():
        # A copy: restoring moves files into place, and the backup must stay as it was.
        shutil.copytree(source, into / "backup")
        return into / "backup"
    try:
        with tarfile.open(source, "r:*") as archive:
            # "data": no absolute paths, no links out, no devices: a tar can't reach outside.
            archive.extractall(into, filter="data")
    except (tarfile.TarError, OSError) as error:
        raise BackupProblem(f"{source} isn't an Onward backup ({error}).") from None
    return into


def restore(source: Path, install: Install, force: bool = False) -> Report:
    """Put a backup back. Refuses to replace an existing install unless forced."""
    if not source.exists():
        raise BackupProblem(f"There's no backup at {source}.")
    install.data_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="onward-restore-", dir=install.data_dir) as work:
        unpacked = _unpack(source, Path(work))
        manifest_path = unpacked / MANIFEST
        if not manifest_path.is_file() or not (unpacked / DATABASE).is_file():
            raise BackupProblem(f"{source} isn't an Onward backup: it has no {MANIFEST}.")
        try:
            manifest = json.loads(manifest_path.read_text())
        except (ValueError, UnicodeDecodeError):
            raise BackupProblem(f"{source} has a damaged {MANIFEST}.") from None
        targets = {DATABASE: install.database}
        if install.queue is not None and (unpacked / QUEUE).is_file():
            targets[QUEUE] = install.queue
        in_the_way = [str(t) for t in targets.values() if t.exists()]
        in_the_way += [
            str(install.data_dir / n)
            for n in KEPT
            if (unpacked / n).exists() and (install.data_dir / n).exists()
        ]
        if in_the_way and not force:
            raise BackupProblem(
                "Nothing was restored: these are already there — "
                + ", ".join(in_the_way)
                + ". Stop Onward and run again with --force to replace them."
            )
        for name in targets:
            _check(unpacked / name)
        report = Report(made_at=str(manifest.get("made_at", "")))
        for name, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            # A write-ahead log left by the old database would be replayed into the new one.
            for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
                leftover.unlink(missing_ok=True)
            _move(unpacked / name, target)
            report.databases[name] = target.stat().st_size
        for name in KEPT:
            path = unpacked / name
            destination = install.data_dir / name
            if path.is_dir():
                if destination.exists():
                    shutil.rmtree(destination)
                shutil.move(path, destination)
                report.files += sorted(
                    str(p.relative_to(install.data_dir))
                    for p in destination.rglob("*")
                    if p.is_file()
                )
            elif path.is_file():
                _move(path, destination)
                destination.chmod(0o600)  # the secret key: readable by its owner only
                report.files.append(name)
        report.users = _count_users(install.database)
    return report
