"""What export, import and backup cost for a busy account.

    .venv/bin/python bench/portability.py [--applications 500] [--interactions 2000]

Makes a fresh data folder and database, fills one account with the demo's sample data plus
the given number of extra applications (each with its stage history) and interactions,
then times: building the export, writing it as JSON and as a CSV zip, importing it into a
new account, and `onward backup` of the whole database. Prints the figures; nothing leaves
the machine, and the folder is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applications", type=int, default=500)
    parser.add_argument("--interactions", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="onward-bench-") as folder:
        os.environ["ONWARD_DATA_DIR"] = folder
        os.environ.pop("DATABASE_URL", None)
        os.environ["DJANGO_SETTINGS_MODULE"] = "onward.settings"
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        run(Path(folder), args.applications, args.interactions)


def run(folder: Path, applications: int, interactions: int) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from onward.demo.data import populate
    from onward.people.models import Company, Interaction, Person
    from onward.pipeline.models import Application, StageChange
    from onward.portability import export, importer
    from onward.portability.backup import Install, backup
    from onward.portability.upgrade import read

    call_command("migrate", verbosity=0)
    users = get_user_model()._default_manager
    busy = users.create_user("busy@example.com", "busy@example.com", "x")
    populate(busy)
    company = Company.objects.create(user=busy, name="Bench Co")
    person = Person.objects.create(user=busy, name="Sam Bench")
    made = Application.objects.bulk_create(
        Application(user=busy, company=company, role=f"Role {i}") for i in range(applications)
    )
    StageChange.objects.bulk_create(StageChange(application=a, stage="applied") for a in made)
    Interaction.objects.bulk_create(
        Interaction(user=busy, person=person, summary=f"Touch {i}") for i in range(interactions)
    )

    def timed(what: str, work):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        result = work()
        print(f"{what:<28} {1000 * (time.perf_counter() - started):8.0f} ms")
        return result

    document = timed("build the export", lambda: export.build(busy))
    rows = sum(len(r) for r in document["tables"].values())
    data = timed("write JSON", lambda: export.to_json(document))
    sheets = timed("write CSV zip", lambda: export.to_csv_zip(document))
    newcomer = users.create_user("new@example.com", "new@example.com", "x")
    timed("import into a new account", lambda: importer.load(newcomer, read(data)))
    out = folder / "backup.tar.gz"
    install = Install(folder, folder / "onward.sqlite3", folder / "huey.sqlite3")
    timed("backup (database + files)", lambda: backup(install, out))
    print(f"{'rows exported':<28} {rows:8}")
    print(f"{'JSON size':<28} {len(data) / 1024:8.0f} KB")
    print(f"{'CSV zip size':<28} {len(sheets) / 1024:8.0f} KB")
    print(f"{'backup size':<28} {out.stat().st_size / 1024:8.0f} KB")


if __name__ == "__main__":
    main()
