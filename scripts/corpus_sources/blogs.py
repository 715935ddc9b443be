"""`blogs`: job mail that its recipients quoted whole on their own blogs (18th pass (d)).

Each post is too small to stand as a source (five and four messages), so they are pooled as
one, each message read from its repository at a recorded commit (POSTS). Neither repository
has a licence file. No subject, sender or date was kept by the authors in a usable form.

- scriptnull/vishnubharathi.codes, `source/_posts/rejections.md` (Vishnu Bharathi's Hexo
  site, "Rejections", 2020, "inspired by Jaseem Abid's original post": the `jaseem` source):
  one "## Employer" section per application, the mail he received set between lines of
  "~ ~ ~ ~". Read: every such block. Left out: his own reply under Mozilla; the line of dots
  by which he cut Zoom's mail short (his mark, not the mail's text).
- derekdang/blogging-challenge, `content/posts/20231017-candidatehorrorstory.md` (Derek
  Dang's Hugo blog, "Candidate Horror Story", 2023): "my email exchange with names redacted",
  one code block a message, each opening with its date line. Read: the recruiter's and the
  coordinator's four messages; his own five replies left out (by position). The employer is
  "XYZ corp" in his text; the mails name none.

Labels by reading. The group that places a message is its employer (the section heading, or
"xyz corp"), fixed before the split: one employer's mails stay on one side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .git_files import show


@dataclass(frozen=True)
class Post:
    repo: str
    commit: str
    path: str
    offset: int  # message numbers: offset + position in the post


VISHNU = Post(
    "scriptnull/vishnubharathi.codes",
    # the snapshot's newest; the post is unchanged since 0142da9 (2020-10-10)
    "5da1bb6fe26a418138aa14997134a1519c1ef5cf",
    "source/_posts/rejections.md",
    0,
)
DEREK = Post(
    "derekdang/blogging-challenge",
    # the snapshot's newest; only the post's `draft:` line changed since c99d988 (2023-10-17)
    "0e64489a9f9ea10fd7175830a19361dd6c38c107",
    "content/posts/20231017-candidatehorrorstory.md",
    100,
)
POSTS = (VISHNU, DEREK)

R, N, A = "rejection", "next_step", "received"

# (section heading, block number within it): (label, the company the mail itself names)
VISHNU_LABELS: dict[tuple[str, int], tuple[str, str]] = {
    # "we are choosing not to move forward at this time"
    ("Mozilla", 0): (R, "Mozilla"),
    # "unfortunately it isn't a match for what we're looking for this time around"
    ("Uber", 0): (R, "Uber"),
    # "We recently filled the role you applied for": a no for this application
    ("Donut", 0): (R, "Donut"),
    # "we received your application ... will be in touch if your qualifications match"
    ("epiFi", 0): (A, "epiFI Technologies"),
    # "At this time, we are not seeing exact alignment with the current team needs."
    ("Zoom", 0): (R, "Zoom Video Communications"),
}
VISHNU_LEFT_OUT = {("Mozilla", 1): "his own reply to Mozilla's rejection"}

# Code block number: label. The employer is redacted; no mail names it.
DEREK_LABELS: dict[int, str] = {
    0: N,  # the recruiter: "recommend the next steps ... provide windows of availability"
    3: N,  # "provide your availability for next week for that loop"
    6: N,  # "Can you please provide for next week as well"
    8: N,  # the coordinator: "I am working to schedule your interview ... 3, 60 minute calls"
}
DEREK_OWN = {1, 2, 4, 5, 7}  # his own replies and follow-ups

_SECTION = re.compile(r"^## (.+?)\s*$")
_MARK = re.compile(r"^~( ~)+\s*$")
_DOTS = re.compile(r"^\.{3,}\s*$")


def _tidy(lines: list[str]) -> str:
    """Lines as published, trailing blanks cut, runs of blank lines (some hold only a
    non-breaking space) made one blank line."""
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            if out and out[-1]:
                out.append("")
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def _vishnu_blocks(text: str) -> list[tuple[str, int, str]]:
    """(section, block number, text) for each "~ ~ ~ ~" block, in the post's order."""
    found: list[tuple[str, int, str]] = []
    block: list[str] = []
    section, inside, count = "", False, 0
    for line in text.splitlines():
        heading = _SECTION.match(line)
        if heading and not inside:
            section, count = heading.group(1), 0
        elif _MARK.match(line):
            if inside:
                found.append((section, count, _tidy([b for b in block if not _DOTS.match(b)])))
                count += 1
            inside, block = not inside, []
        elif inside:
            block.append(line)
    if inside:
        raise ValueError(f"{VISHNU.repo}: a block is not closed")
    return found


def _vishnu(git_dir: str) -> list[dict[str, str]]:
    blocks = _vishnu_blocks(show(git_dir, VISHNU.commit, VISHNU.path))
    keys = [(s, k) for s, k, _ in blocks]
    if sorted(keys) != sorted([*VISHNU_LABELS, *VISHNU_LEFT_OUT]):
        raise ValueError(f"{VISHNU.repo}@{VISHNU.commit}: unexpected blocks {keys}")
    out = []
    for n, (section, k, body) in enumerate(blocks):
        if (section, k) in VISHNU_LEFT_OUT:
            continue
        label, company = VISHNU_LABELS[(section, k)]
        out.append(_row(VISHNU.offset + n, body, label, company, section.lower()))
    return out


def _derek(git_dir: str) -> list[dict[str, str]]:
    text = show(git_dir, DEREK.commit, DEREK.path)
    blocks = re.findall(r"^```\n(.*?)^```", text, flags=re.M | re.S)
    if len(blocks) != len(DEREK_LABELS) + len(DEREK_OWN):
        raise ValueError(f"{DEREK.repo}@{DEREK.commit}: {len(blocks)} code blocks")
    out = []
    for n, block in enumerate(blocks):
        if n in DEREK_OWN:
            continue
        lines = block.splitlines()
        # the first line is the date he copied from his mail client, not the mail's text
        if not re.match(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|May|Jun)\b", lines[0]):
            raise ValueError(f"{DEREK.repo}: block {n} has no date line")
        out.append(_row(DEREK.offset + n, _tidy(lines[1:]), DEREK_LABELS[n], "", "xyz corp"))
    return out


def _row(n: int, body: str, label: str, company: str, group: str) -> dict[str, str]:
    return {
        "n": str(n),
        "subject": "",
        "from": "",
        "body": body,
        "label": label,
        "company": company,
        "group": group,
    }


def messages(git_dirs: list[str]) -> list[dict[str, str]]:
    """Every kept message of every post, read from the git directory named after its repo."""

    def find(post: Post) -> str:
        for d in git_dirs:
            if post.repo.replace("/", "+") in d or post.repo.split("/")[1] in d:
                return d
        raise SystemExit(f"no git directory given for {post.repo}")

    return [*_vishnu(find(VISHNU)), *_derek(find(DEREK))]
