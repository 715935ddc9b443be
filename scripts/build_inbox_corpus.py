"""Build onward/inbox/corpus/ from public repositories of real job-search mail.

Usage: python scripts/build_inbox_corpus.py GIT_DIR_OF_EACH_SOURCE...

Each argument is a clone (or bare git directory) of one repository named in
scripts/corpus_sources/labels.py, e.g. `git clone https://github.com/cdeweyx/Job-Rejection-Analysis`.
The script reads the file at the recorded commit, applies the labels, folds exact duplicates,
decodes what the export left encoded (quoted-printable, base64), and splits each source into
`tune.jsonl` and `heldout.jsonl`: by a hash of the company, so one company's templates are
never on both sides (a message naming no company is placed by its own hash). Nothing about a
message but its company and text decides its side, and the result is the same on every run.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import csv
import hashlib
import io
import json
import quopri
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_sources import (  # noqa: E402
    bauer,
    blogs,
    coderaulic,
    dc_aviation,
    employer_en,
    figueroa,
    immersion,
    jaseem,
    multilang,
    multilang_more,
    pasted_en,
    pasted_en_more,
    sanogo,
    shaw,
    shaw_db,
    taneja,
    tum_apply,
)
from corpus_sources.git_files import show  # noqa: E402
from corpus_sources.labels import (  # noqa: E402
    CHOTI_STAND_INS,
    COMPANY,
    DEFAULT,
    GROUP,
    LABEL,
    LANGUAGE,
    SKIP,
    SOURCE_LANGUAGE,
    SOURCES,
)

from onward.inbox.extract import company_key  # noqa: E402

OUT = ROOT / "onward" / "inbox" / "corpus"


def rows(name: str, text: str, more: list[str]) -> list[dict[str, str]]:
    if name == "bauer":
        found = bauer.messages(text)
        for k, extra in enumerate(more, start=1):
            found += bauer.messages(extra, offset=1000 * k)
        return found
    if name == "sethpoly":
        return [
            {"subject": "", "from": "", "body": body} for body, _ in csv.reader(io.StringIO(text))
        ]
    if name == "choti":
        # {"rejection_emails": [...], "feedback_rejection": [...]}: text and her company letter
        data = json.loads(text)
        return [
            choti_row(r)
            for key in ("rejection_emails", "feedback_rejection")
            for r in data[key]
            if r.get("email_text")
        ]
    if name == "pfohl":
        return [
            {
                "subject": r["subject"],
                "from": r["sender"],
                "body": r["email_body"],
                "company": r["company"],
            }
            for r in csv.DictReader(io.StringIO(text))
        ]
    return [
        {"subject": r["Subject"], "from": "", "body": r["Text"]}
        for r in csv.DictReader(io.StringIO(text))
    ]


def choti_row(r: dict[str, str]) -> dict[str, str]:
    """Her placeholders filled: "[Company_B]" by that letter's stand-in, "[Name]" by a name."""
    letter = r["company_id"].rsplit("_", 1)[-1].strip()[:1].upper()
    company = CHOTI_STAND_INS[letter]
    body = re.sub(r"\[Company_([A-Z])\]", lambda m: CHOTI_STAND_INS[m.group(1)], r["email_text"])
    body = body.replace("[Company]", company).replace("[Name]", "Alex")
    if company not in body:
        company = ""  # the company a message names: a recruiter's own note may name none
    # the group is her company id as written ("Company_B"): the split made before any reading
    return {"subject": "", "from": "", "body": body, "group": r["company_id"], "company": company}


_B64 = re.compile(r"[A-Za-z0-9+/=\s]+")


def decoded(body: str) -> tuple[str, str]:
    """The text as a reader would see it, and its type: the Dewey export kept raw parts."""
    stripped = body.strip()
    if len(stripped) > 100 and _B64.fullmatch(stripped):
        with contextlib.suppress(binascii.Error, ValueError):
            body = base64.b64decode(stripped, validate=False).decode("utf-8", "replace")
    elif re.search(r"=(?:3D|C2|E2|\r?\n)", body):
        body = quopri.decodestring(body.encode("utf-8")).decode("utf-8", "replace")
    kind = "html" if re.search(r"<(?:html|div|p|table|body|br)\b", body, re.I) else "plain"
    return body, kind


_PASSCODE = re.compile(r"(?i)(passcode:\s*)\S+")


def heldout(source: str, group: str) -> bool:
    return hashlib.sha256(f"{source}:{group}".encode()).digest()[0] % 2 == 0


def build(name: str, git_dir: str, dirs: list[str] | None = None) -> dict[str, int]:
    spec = SOURCES[name]
    seen: set[str] = set()
    parts: dict[str, list[dict[str, object]]] = {"tune": [], "heldout": []}
    if name == "shaw":  # a folder of .eml files, and her tracker's messages table
        found = [*shaw.messages(git_dir), *shaw_db.messages(git_dir)]
    elif name == "sanogo":  # a job seeker's Gmail, saved as PDFs and then as text
        found = sanogo.messages(git_dir)
    elif name == "taneja":  # rejections pasted into a script's list of texts
        found = taneja.messages(git_dir)
    elif name == "figueroa":  # one number and text a row, no header
        found = figueroa.messages(git_dir)
    elif name == "coderaulic":  # a site's JavaScript array of one job seeker's threads
        found = coderaulic.messages(git_dir)
    elif name == "jaseem":  # rejections quoted on a blog, one block quote per company
        found = jaseem.messages(git_dir)
    elif name == "immersion":  # a hiring product's templates, filled with its seed values
        found = immersion.messages(git_dir)
    elif name == "dc_aviation":  # one employer's texts in PHP, under its mail footer
        found = dc_aviation.messages(git_dir)
    elif name == "blogs":  # mail quoted on blogs, each post in its own repository
        found = blogs.messages(dirs or [git_dir])
    else:
        text = show(git_dir, spec["commit"], spec["path"])
        more = [show(git_dir, spec["commit"], path) for path in spec.get("more", [])]
        found = rows(name, text, more)
    for position, row in enumerate(found):
        n = int(row.get("n", position))
        if n in SKIP[name]:
            continue
        subject = " ".join(row["subject"].split())
        kind = row.get("body_type", "plain")
        body, kind = decoded(row["body"]) if name == "dewey" else (row["body"], kind)
        # The digest (a message's group when it names no company) is of the text as
        # published: the split was made before passcodes were scrubbed, and must not move.
        digest = hashlib.sha256(f"{subject}\n{' '.join(body.split())}".encode()).hexdigest()
        # Meeting invitations carry their passcodes: long past, but nothing we need to keep.
        body = _PASSCODE.sub(r"\1[removed]", body)
        if digest in seen:
            continue
        seen.add(digest)
        label = LABEL[name].get(n) or row.get("label") or DEFAULT[name]
        company = COMPANY[name].get(n, row.get("company", ""))
        if label == "other":
            company = ""
        group = GROUP.get(name, {}).get(n) or row.get("group") or company_key(company) or digest
        record = {
            "id": f"{name}-{n:03d}",
            "subject": subject,
            "from": row["from"],
            "body": body,
            "body_type": kind,
            "label": label,
            "company": company,
            "role": None,  # not labelled in these sources
            "language": LANGUAGE.get(name, {}).get(n)
            or row.get("language")
            or (sanogo.LANGUAGE.get(n) if name == "sanogo" else None)
            or SOURCE_LANGUAGE[name],
        }
        parts["heldout" if heldout(name, group) else "tune"].append(record)
    folder = OUT / name
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for part, records in parts.items():
        with (folder / f"{part}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        counts[part] = len(records)
    return counts


def build_multilang() -> dict[str, int]:
    """French, Spanish, Dutch (Odoo's and TUMApply's German, pasted English, two employers'
    English templates): with their origins.

    Product templates and pasted mail come from many places (one of them, Odoo, too large to
    clone here), so the texts are kept with their addresses and commits, not read from git.
    Each message is placed by a hash of its sender (`group`), as the other sources by company.
    """
    parts: dict[str, list[dict[str, object]]] = {"tune": [], "heldout": []}
    for row in [
        *multilang.MESSAGES,
        *multilang_more.MESSAGES,
        *tum_apply.MESSAGES,
        *pasted_en.MESSAGES,
        *pasted_en_more.MESSAGES,
        *employer_en.MESSAGES,
    ]:
        record = {
            "id": f"multilang-{int(row['n']):03d}",
            "subject": row["subject"],
            "from": row["from"],
            "body": row["body"],
            "body_type": "plain",
            "label": row["label"],
            "company": "" if row["label"] == "other" else row["company"],
            "role": None,
            "language": row["language"],
            "kind": row["kind"],
            "origin": row["origin"],
        }
        parts["heldout" if heldout("multilang", row["group"]) else "tune"].append(record)
    folder = OUT / "multilang"
    folder.mkdir(parents=True, exist_ok=True)
    for part, records in parts.items():
        with (folder / f"{part}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {part: len(records) for part, records in parts.items()}


def main() -> None:
    """Every source by default; `--only NAME…` before the directories rebuilds just those.

    `multilang` needs no directory (`--only multilang`).
    """
    args = sys.argv[1:]
    names = [*SOURCES, "multilang"]
    if args[:1] == ["--only"]:
        names = [a for a in args[1:] if a in SOURCES or a == "multilang"]
        args = [a for a in args[1:] if a not in SOURCES and a != "multilang"]
    dirs = args
    for name in names:
        if name == "multilang":
            print(name, build_multilang())
            continue
        if name == "blogs":  # several repositories, one a post: blogs.py finds each
            print(name, build(name, "", dirs))
            continue
        repo = SOURCES[name]["repo"].replace("/", "+")
        git_dir = next(
            (d for d in dirs if repo in d or SOURCES[name]["repo"].split("/")[1] in d), None
        )
        if git_dir is None:
            sys.exit(f"no git directory given for {SOURCES[name]['repo']}")
        print(name, build(name, git_dir))


if __name__ == "__main__":
    main()
