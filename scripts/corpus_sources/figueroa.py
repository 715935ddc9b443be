"""`figueroa`: the rejections one software engineer received, 2020 to 2024 (sixteenth pass).

nelsonfigueroa/rejection-api (Nelson Figueroa, MIT licence) is a small web service that
answers with a random rejection: "a collection of rejection emails I received", kept in
`rejections.csv` (one `number,"text"` row each) and added to as they came, from November
2020 to July 2024 (read at COMMIT, the last change to the file). His README says the
messages "have been slightly modified to remove company names": where a name stood, the
text now says "our company" or "us", and no sender or subject was kept. Greetings and most
signatures are cut too. So this source measures whether a rejection is found, and whether the
reader keeps from inventing a company where none is named; not the company itself.

Labels by reading each message: all 54 are refusals (about eight after an interview, a call or a
coding exercise; five because the position was filled). The company is "" throughout.
The split places each message by its own hash (no company), except where two messages are
one employer's template (the same sentences, row numbers in TEMPLATE): those share a group,
so one template is never on both sides. Row 29 is left out (labels.py says why).
"""

from __future__ import annotations

import csv
import io

from .git_files import show

REPO = "nelsonfigueroa/rejection-api"
COMMIT = "b06ca49"  # "moar rejections", 2024-07-11: the file's last change
PATH = "rejections.csv"
COUNT = 54

# Messages that are one template, by the sentences they share (read, not measured):
TEMPLATE: dict[int, str] = {
    1: "growing-quickly",  # "...decided not to proceed with your candidacy ... growing quickly"
    15: "growing-quickly",
    2: "opportunity-to-consider",  # "Thank you for giving us the opportunity to consider you"
    4: "opportunity-to-consider",
    11: "reviewed-carefully",  # "We reviewed your ... application carefully. Unfortunately"
    21: "reviewed-carefully",
    12: "time-invested",  # "We appreciate your interest and the time you've invested in applying"
    19: "time-invested",
    16: "not-move-forward-at-this-time",  # "Unfortunately, we have decided not to move forward"
    27: "not-move-forward-at-this-time",
}


def messages(git_dir: str) -> list[dict[str, str]]:
    """Each rejection as {"n", "subject", "from", "body", "label", "company", "group"?}."""
    text = show(git_dir, COMMIT, PATH)
    rows = [row for row in csv.reader(io.StringIO(text)) if row]
    if len(rows) != COUNT:
        raise ValueError(f"expected {COUNT} rows in {REPO}@{COMMIT}:{PATH}, found {len(rows)}")
    out = []
    for number, body in rows:
        n = int(number)
        row = {
            "n": str(n),
            "subject": "",
            "from": "",
            "body": body.strip() + "\n",
            "label": "rejection",
            "company": "",
        }
        if n in TEMPLATE:
            row["group"] = TEMPLATE[n]
        out.append(row)
    return out
