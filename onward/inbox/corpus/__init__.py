"""Real job-search mail from public repositories, labelled, for measuring the inbox.

Each source folder holds `tune.jsonl` (rules and the model may be fitted to it) and
`heldout.jsonl` (never fitted to: it is the measure). Built by scripts/build_inbox_corpus.py;
sources, licences and counts are in docs/inbox.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from email.header import Header
from pathlib import Path

from ..parsing import Mail, parse

FOLDER = Path(__file__).resolve().parent
PARTS = ("tune", "heldout")


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    label: str
    company: str
    role: str | None  # None: not labelled
    mail: Mail
    language: str = "en"  # the language of the text, as labelled


def sources() -> list[str]:
    return sorted(p.name for p in FOLDER.iterdir() if (p / "heldout.jsonl").exists())


def as_bytes(record: dict[str, str]) -> bytes:
    """The record as the message it was: the corpus keeps only subject, sender and text."""
    kind = "html" if record.get("body_type") == "html" else "plain"
    head = [f"Message-ID: <{record['id']}@corpus.onward>"]
    if record.get("from"):
        head.append("From: " + Header(record["from"], "utf-8").encode())
    if record.get("subject"):
        head.append("Subject: " + Header(record["subject"], "utf-8").encode())
    head += [
        "MIME-Version: 1.0",
        f"Content-Type: text/{kind}; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + record["body"].encode("utf-8")


def examples(source: str, part: str) -> Iterator[Example]:
    with (FOLDER / source / f"{part}.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield Example(
                record["id"],
                record["label"],
                record["company"],
                record["role"],
                parse(as_bytes(record)),
                record.get("language", "en"),
            )


def languages(source: str, part: str) -> list[str]:
    """The labelled language of each message of a part, in file order ("en" when unlabelled)."""
    with (FOLDER / source / f"{part}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line).get("language", "en") for line in handle]
