"""`jaseem`: the rejections one engineer received in 2015-16, quoted on his blog (18th pass (c)).

jaseemabid/blog (Jaseem Abid's Jekyll site; no licence file) holds PATH, "Rejections": the
companies that turned him down "outright without even an interview", each under its name in
bold, with the mail quoted as a Markdown block quote ("I've truncated emails to focus on the
important parts", he writes). The file is unchanged since the commit that added it (88464fe,
2016-11-30); COMMIT is the snapshot's newest. No subject, sender or date was kept.

What is read: each block quote under a company's heading, its "> " marks and his line wrapping
undone (paragraphs kept). Left out, by heading (LEFT_OUT): the email he wrote himself (Standard
Chartered), and the three quotes he cut down to one sentence of a longer mail (Airbnb: "boils down
to this"; Imgur; Spotify), as the eighteenth pass (b) left out a tracker's one-sentence snippets:
a sentence picked for being the refusal is not the mail as it reads. Headings with "No reply" have
no quote and give nothing.

Labels by reading: all eight are refusals before any interview. The company is the one the text
names ("" when it names none: AlphaSheets', Barclays' and Klarna's quotes do not name theirs);
the group that places a message is his heading (one employer each), decided before the split.
"""

from __future__ import annotations

import re

from .git_files import show

REPO = "jaseemabid/blog"
COMMIT = "a24ff1982526cc3dcfff60c08cb8fe6dada02186"
PATH = "_posts/2016-11-30-rejections.md"

_HEADING = re.compile(r"^\*\*(.+?)\*\*\s*$")

# Headings whose quote is not a received mail as it reads, with the reason.
LEFT_OUT = {
    "Standard Chartered": "his own email to the team's lead, not one he received",
    "Airbnb": "one sentence he picked from 'this huge email'",
    "Imgur": "one sentence of the mail",
    "Spotify": "one sentence of the mail",
}

R = "rejection"
# Heading: (label, the company the quoted text itself names)
LABELS: dict[str, tuple[str, str]] = {
    "AlphaSheets": (R, ""),  # "we're in the market for experienced Haskellers ... pass this time"
    "Barclays": (R, ""),  # "looking for someone with more Haskell experience"; visa needed
    "CloudFlare": (R, "CloudFlare"),  # "we will not be moving forward with your candidacy"
    "Confluent": (R, "Confluent"),  # "we've made the decision to not move forward"
    "Digital Ocean": (R, "DigitalOcean"),  # "not a close enough match ... not ... move forward"
    "Etsy": (R, "Etsy"),  # "we didn't feel there was a right match at this time"
    "Facebook": (R, "Facebook"),  # "we have decided not to move forward with your candidacy"
    "Klarna": (R, ""),  # "continue the process with other candidates"
}


def _quotes(text: str) -> list[tuple[str, str]]:
    """(heading, quoted text) for each heading with a block quote, in the post's order."""
    found: list[tuple[str, str]] = []
    heading = ""
    block: list[str] = []

    def close() -> None:
        if block and heading:
            paragraphs = "\n".join(block).split("\n\n")
            body = "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
            found.append((heading, body + "\n"))
        block.clear()

    for line in text.splitlines():
        title = _HEADING.match(line)
        if title:
            close()
            heading = title.group(1).strip()
        elif line.startswith(">"):
            block.append(line[1:].strip())
        elif block:
            close()
    close()
    return found


def messages(git_dir: str) -> list[dict[str, str]]:
    """Each quoted rejection as {"n", "subject", "from", "body", "label", "company", "group"}."""
    quotes = _quotes(show(git_dir, COMMIT, PATH))
    headings = [h for h, _ in quotes]
    if sorted(set(headings) - set(LEFT_OUT)) != sorted(LABELS) or len(set(headings)) != len(
        headings
    ):
        raise ValueError(f"{REPO}@{COMMIT}:{PATH}: unexpected quotes {headings}")
    out = []
    for n, (heading, body) in enumerate(quotes):
        if heading in LEFT_OUT:
            continue
        label, company = LABELS[heading]
        out.append(
            {
                "n": str(n),
                "subject": "",
                "from": "",
                "body": body,
                "label": label,
                "company": company,
                "group": heading.lower(),
            }
        )
    return out
