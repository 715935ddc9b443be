"""How fast `onward import-mail --dry-run` reads an mbox, and how much memory it needs.

Usage: python bench/mail_import.py [N ...] [--shape ats|mixed|both] [--keep DIR] [--json]
       [--code DIR]

Two shapes of mail. `ats` (the figure the README gives): every message HTML only, 20-60 KB,
in the shape of real applicant-tracking mail (layout tables, inline CSS, a preheader of
invisible characters, tracking pixels and redirect links, legal footers, quoted-printable,
and recruiters' replies quoting the whole template); see bench/ats_mail.py. `mixed`: for
each N (default 1,000, 10,000 and 100,000; `ats` defaults to 1,000, 5,000 and 20,000) an
mbox of N realistic messages (ATS rejections, recruiters' notes, HTML newsletters and job alerts,
personal mail, forwarded and quoted replies, German, French and Spanish mail, and
1 in 100 with a CV attachment of 100-400 KB), runs the real command in a fresh
process (`onward import-mail FILE --dry-run --json`, output to /dev/null), and
prints messages per second (of wall-clock time, and of the process's own CPU time,
which is what "on one core" means and what a busy machine does not distort) and that
process's peak memory (max RSS).

Targets: at least 2,000 messages per second on one core, under 200 MB at 100,000
messages, and memory flat as N grows.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ats_mail import ats_message

ROOT = Path(__file__).resolve().parent.parent
ONWARD = [sys.executable, "-c", "from onward.cli import main; main()"]
# Whose code the command runs: this checkout's, or (--code) another's, such as `main`'s
# exported with `git archive main | tar -x -C DIR`, to compare the two in turn.
code = ROOT

COMPANIES = [
    "Acme Analytics",
    "Northwind Health",
    "Brightline Energy",
    "Juniper Books",
    "Tessellate",
    "Harbour & Co",
    "Cobalt Mobility",
    "Fernwood Labs",
    "Globex",
    "Quillon",
    "Lumen Bank",
    "Pinecrest Software",
    "Orbital Foods",
    "Meridian Insurance",
    "Kestrel Robotics",
    "Helix Bio",
    "Sparrow Logistics",
    "Vireo Games",
    "Atlas Freight",
    "Copperleaf",
]
ROLES = [
    "Data Analyst",
    "Senior Data Analyst",
    "Analytics Engineer",
    "Product Analyst",
    "BI Developer",
    "Data Scientist",
    "Backend Engineer",
    "Product Designer",
    "Operations Analyst",
    "Marketing Coordinator",
]
PEOPLE = [
    "Priya Raman",
    "Tom Okafor",
    "Lena Fischer",
    "Marcus Bell",
    "Sam Whitaker",
    "Dana Whitfield",
    "Hannah Cole",
    "Raj Patel",
    "Eva Novak",
    "Jo Brennan",
]
FILLER = (
    "We were impressed by the range of applications we received and the care that went "
    "into them. Our team reviews every application by hand and discusses each one. "
)


def slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def message(rng: random.Random, n: int, shape: str = "mixed") -> bytes:
    company, role = rng.choice(COMPANIES), rng.choice(ROLES)
    person = rng.choice(PEOPLE)
    when = dt.datetime(2024, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=rng.randint(0, 500_000))
    if shape == "ats":
        headers = (
            f"To: Alex Morgan <alex@example.com>\nDate: {format_datetime(when)}\n"
            f"Message-ID: <bench-{n}@bench.example>\nMIME-Version: 1.0\n"
        )
        return ats_message(rng, n, company, role, person, headers)
    kind = rng.random()
    html = False
    if kind < 0.12:
        sender = f"{company} Talent Team via Greenhouse <no-reply@us.greenhouse-mail.io>"
        subject = f"Your application to {company}"
        body = (
            f"Hi Alex,\n\nThank you for your interest in {company} and the {role} role. "
            f"{FILLER * rng.randint(1, 3)}Unfortunately, we have decided to move forward with "
            f"other candidates whose experience more closely matches our needs.\n\n"
            f"Best,\nThe {company} Recruiting Team\n"
        )
    elif kind < 0.2:
        sender = f"{person} <{person.split()[0].lower()}@{slug(company)}.example>"
        subject = f"Re: {role} interview"
        body = (
            f"Hi Alex,\n\nThanks for coming in last week. {FILLER}I'm sorry to say we've "
            f"decided to go with another candidate for the {role} role.\n\nAll the best,\n"
            f"{person}\n\nOn Mon, 7 Oct 2024 at 10:15, Alex Morgan <alex@example.com> wrote:\n"
            + "> Hi, just checking in on next steps.\n"
            * rng.randint(2, 12)
        )
    elif kind < 0.3:
        sender = f"{slug(company)}@myworkday.com"
        subject = f"Application received: {role}"
        body = (
            f"Dear Alex,\n\nThank you for applying to {company}. We have received your "
            f"application for the {role} position and will review it shortly.\n\n{company}\n"
        )
    elif kind < 0.38:
        sender = f"{person} <{person.split()[0].lower()}@{slug(company)}.example>"
        subject = f"{company} - {role} - next steps"
        body = (
            f"Hi Alex,\n\nI'd love to set up a 30 minute phone screen for the {role} role. "
            f"Could you share a few times that work for you next week?\n\n{person}\n"
        )
    elif kind < 0.6:
        html = True
        sender = "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"
        subject = f'"{role.lower()}": {rng.randint(3, 30)} new jobs'
        rows = "".join(
            f"<tr><td><a href='https://www.linkedin.com/jobs/view/{rng.randint(1, 10**9)}'>"
            f"{rng.choice(ROLES)}</a></td><td>{rng.choice(COMPANIES)}</td><td>London</td></tr>"
            for _ in range(rng.randint(5, 25))
        )
        body = (
            "<html><head><style>td{padding:4px;font:14px Arial}</style></head><body>"
            f"<h1>Your job alert</h1><table>{rows}</table><p>Unfortunately, one job you saved "
            "is no longer accepting applications.</p><p><a href='#'>Unsubscribe</a></p>"
            "</body></html>"
        )
    elif kind < 0.8:
        html = True
        sender = "The Career Compass <hello@careercompass.example>"
        subject = "This week: bouncing back"
        body = (
            "<html><body>"
            + "".join(
                f"<p>{FILLER}Unfortunately many candidates hear no more than yes.</p>"
                for _ in range(rng.randint(3, 15))
            )
            + "<p><a href='#'>Unsubscribe</a></p></body></html>"
        )
    elif kind < 0.9:
        sender = f"Sam Morgan <sam{n % 50}@gmail.com>"
        subject = "dinner sunday?"
        body = "hey! are you free sunday? unfortunately I can't do saturday.\n" * rng.randint(1, 5)
    else:
        sender = "Sternberg Versicherung <karriere@sternberg-versicherung.example>"
        subject = "Ihre Bewerbung als Datenanalyst"
        body = (
            "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir "
            "Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.\n\n"
            "Mit freundlichen Grüßen\nIhr Sternberg Versicherung Recruiting-Team\n"
        )
    headers = (
        f"From: {sender}\nTo: Alex Morgan <alex@example.com>\nSubject: {subject}\n"
        f"Date: {format_datetime(when)}\nMessage-ID: <bench-{n}@bench.example>\nMIME-Version: 1.0\n"
    )
    kind_header = "text/html" if html else "text/plain"
    if rng.random() < 0.01:
        attachment = base64.encodebytes(rng.randbytes(rng.randint(100_000, 400_000))).decode()
        return (
            headers + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
            f"Content-Type: {kind_header}; charset=utf-8\n\n{body}\n--b\n"
            "Content-Type: application/pdf; name=cv.pdf\nContent-Transfer-Encoding: base64\n"
            f"Content-Disposition: attachment; filename=cv.pdf\n\n{attachment}--b--\n"
        ).encode()
    return (headers + f"Content-Type: {kind_header}; charset=utf-8\n\n{body}").encode()


def write_mbox(path: Path, count: int, seed: int = 42, shape: str = "mixed") -> int:
    rng = random.Random(seed)
    with path.open("wb") as handle:
        for n in range(count):
            data = message(rng, n, shape).replace(b"\nFrom ", b"\n>From ")
            handle.write(b"From bench@example Mon Jan  1 00:00:00 2024\n" + data + b"\n\n")
    return path.stat().st_size


def run(path: Path) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds, peak RSS in bytes and exit status of one real run."""
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="onward.settings")
    if code != ROOT:
        env["PYTHONPATH"] = str(code)
    env.setdefault("ONWARD_DATA_DIR", tempfile.mkdtemp(prefix="onward-bench-"))
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen(
            [*ONWARD, "import-mail", str(path), "--dry-run", "--json"],
            stdout=devnull,
            stderr=subprocess.PIPE,
            cwd=code,
            env=env,
        )
        assert process.stderr is not None
        process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, cpu, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)


DEFAULT_COUNTS = {"ats": [1_000, 5_000, 20_000], "mixed": [1_000, 10_000, 100_000]}
SHAPES = {
    "ats": "HTML-only applicant-tracking mail, 20-60 KB each (the README's figure)",
    "mixed": "a mixed inbox: short plain notes, newsletters, alerts, 1 in 100 with a CV",
}


def measure(
    folder: Path, shape: str, count: int, startup: float, startup_cpu: float, args: Any
) -> dict[str, Any]:
    """Write an mbox of `count` messages of one shape and time one real run over it."""
    path = folder / f"bench-{shape}-{count}.mbox"
    size = write_mbox(path, count, shape=shape)
    elapsed, cpu, peak, status = run(path)
    row = {
        "shape": shape,
        "messages": count,
        "mbox_mb": round(size / 1e6, 1),
        "seconds": round(elapsed, 2),
        "msgs_per_s": round(count / elapsed),
        "cpu_seconds": round(cpu, 2),
        "steady_msgs_per_s": round(count / max(elapsed - startup, 1e-6)),
        # One process on one core: messages per second of its own CPU time, which a
        # busy machine does not distort the way wall-clock time does.
        "msgs_per_cpu_s": round(count / max(cpu, 1e-6)),
        "steady_msgs_per_cpu_s": round(count / max(cpu - startup_cpu, 1e-6)),
        "peak_rss_mb": round(peak / 1e6, 1),
        "exit": status,
    }
    if not args.keep:
        path.unlink()
    if not args.json:
        print(
            f"{count:>9,} {row['mbox_mb']:>8} {row['seconds']:>7} {row['msgs_per_s']:>7,} "
            f"{row['cpu_seconds']:>7} {row['msgs_per_cpu_s']:>10,} "
            f"{row['steady_msgs_per_cpu_s']:>17,} {row['peak_rss_mb']:>11}"
        )
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int)
    parser.add_argument(
        "--shape",
        choices=("ats", "mixed", "both"),
        default="both",
        help="ATS-shaped HTML mail, the mixed inbox, or both (the default)",
    )
    parser.add_argument("--keep", type=Path, help="keep the generated mbox files in this folder")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--code", type=Path, help="run the command from this checkout's code (same .venv)"
    )
    args = parser.parse_args()
    global code
    code = (args.code or ROOT).resolve()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="onward-mbox-"))
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty.mbox"
    write_mbox(empty, 1)
    startup, startup_cpu, _, _ = run(empty)
    results: list[dict[str, Any]] = []
    if not args.json:
        print(f"Start-up of the command (1 message): {startup:.2f} s, {startup_cpu:.2f} s CPU")
        print(
            f"{'messages':>9} {'mbox MB':>8} {'wall s':>7} {'msgs/s':>7} {'CPU s':>7} "
            f"{'msgs/CPU-s':>10} {'steady msgs/CPU-s':>17} {'peak RSS MB':>11}"
        )
    shapes = ("ats", "mixed") if args.shape == "both" else (args.shape,)
    for shape in shapes:
        counts = args.counts or DEFAULT_COUNTS[shape]
        if not args.json:
            print(f"-- {shape}: {SHAPES[shape]}")
        for count in counts:
            results.append(measure(folder, shape, count, startup, startup_cpu, args))
    if args.json:
        summary = {"startup_s": round(startup, 2), "startup_cpu_s": round(startup_cpu, 2)}
        print(json.dumps(summary | {"runs": results}, indent=2))


if __name__ == "__main__":
    main()
