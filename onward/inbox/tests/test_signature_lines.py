"""The closing above a footer is the last one of the first 3,000 characters whether the lines
are read from the first or from the last, and each short line is asked once per process: the
same block on every tuning message, our written set, the benchmark's ATS mail, and texts made
of closings and lines."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from onward.inbox import corpus, signatures
from onward.inbox.evaluation import DEVSET
from onward.inbox.parsing import parse

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
import mail_import


def read_forward(text: str) -> str:
    """above_footer as it read before: every line from the first, the last closing kept."""
    lines = text[: signatures.HEAD_LIMIT].split("\n")
    offset, closing, at = 0, -1, 0
    for number, line in enumerate(lines):
        if len(line) < 40 and signatures._CLOSING.match(line.strip()):
            closing, at = number, offset
        offset += len(line) + 1
    if closing < 0 or at >= len(text) - signatures.SIGNATURE_LIMIT:
        return ""
    return "\n".join(line for line in lines[closing : closing + 6] if line.strip())[:300]


def test_every_message_gives_the_block_read_forward_gives() -> None:
    texts = [parse(path.read_bytes()).text for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        texts += [example.mail.text for example in corpus.examples(source, "tune")]
    rng = random.Random(7)
    texts += [parse(mail_import.message(rng, n, "ats")).text for n in range(300)]
    assert sum(bool(read_forward(text)) for text in texts) > 20
    for text in texts:
        assert signatures.above_footer(text) == read_forward(text)


def test_made_up_texts_give_the_block_read_forward_gives() -> None:
    rng = random.Random(5)
    pieces = ["Best regards", "Thanks", "\n", "x" * 30, "Acme Team", " ", "Kind regards,"]
    pieces += ["y" * 700, "\n\n", "Cheers!", "Sincerely"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert signatures.above_footer(text) == read_forward(text), text
