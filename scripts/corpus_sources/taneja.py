"""`taneja`: the rejections one student received for internships, 2020 (sixteenth pass).

humblef00ls/rejection-wordgram (Aparimeya Taneja, November 2020, MIT licence) is a toy that
strings words of rejection mail into new "rejections" (a word-pair Markov chain). Its
`main.js` (COMMIT) opens with the texts it learns from: eleven rejections its author received
for software-engineering internships, pasted as one line each (the mail's line breaks lost),
with his first name left in. No subject and no sender were kept: the text is all there is.

Labels by reading each message (LABELS, by position in the list): all eleven are refusals,
three of them after an interview or a coding challenge. The company is the one the text
names; one (a firm signing "Human Capital | Recruiting") names none, and one names only an
address ("apply through fb.com/careers"), which is not the company written out, so both are "".
"""

from __future__ import annotations

import re

from .git_files import show

REPO = "humblef00ls/rejection-wordgram"
COMMIT = "98b9925c8de319ec138bf60954c33209391dbfb3"
PATH = "main.js"

_TEXTS = re.compile(r"let texts =\s*\[(.*?)\n\]", re.S)
_ITEM = re.compile(r"`([^`]*)`")

R = "rejection"
# Position in the list: (label, company)
LABELS: dict[int, tuple[str, str]] = {
    # "we have been unable to identify an ideal match ... Human Capital | Recruiting"
    0: (R, ""),
    1: (R, "Reddit"),  # "we have decided not to move forward in the process at this time"
    2: (R, "Stripe"),  # "the difficult decision to not move forward with your candidacy"
    3: (R, "Unity Technologies"),  # "decided not to move forward with your application"
    4: (R, "IMC"),  # after an interview: "move forward with other candidates"
    5: (R, "Databricks"),  # "the decision to not move forward at this time"
    6: (R, ""),  # "decided to not proceed with your candidacy"; only "fb.com/careers"
    7: (R, "Palantir"),  # after a coding challenge: "no openings that are a strong match"
    8: (R, "Robinhood"),  # "the decision to not move forward with the interview process"
    9: (R, "Jane Street"),  # "unable to find a good match for your skills"
    10: (R, "IBM"),  # "IBM is pursuing other candidates"
}


def messages(git_dir: str) -> list[dict[str, str]]:
    """Each pasted rejection as {"n", "subject", "from", "body", "label", "company"}."""
    source = show(git_dir, COMMIT, PATH)
    found = _TEXTS.search(source)
    if found is None:
        raise ValueError(f"{REPO}@{COMMIT}:{PATH} has no list of texts")
    texts = _ITEM.findall(found.group(1))
    if len(texts) != len(LABELS):
        raise ValueError(f"expected {len(LABELS)} texts, found {len(texts)}")
    out = []
    for n, body in enumerate(texts):
        label, company = LABELS[n]
        out.append(
            {
                "n": str(n),
                "subject": "",
                "from": "",
                "body": body.strip() + "\n",
                "label": label,
                "company": company,
            }
        )
    return out
