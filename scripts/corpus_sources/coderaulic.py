# ruff: noqa: E501  (the reasons beside the tables are kept on their lines)
"""`coderaulic`: the mail one software engineer received while job hunting (eighteenth pass (b)).

Coderaulic/rejected (no licence file) is "an app that chronicles some of my job search
experience as a Software Engineer": a small React site, one card per employer, each card the
thread of that application (around Seattle, until the site was made in June 2019: application
received, recruiters, phone screens, on-site invitations, refusals). The messages are kept in
`src/companies.js` (COMMIT, the file's last change) as a JavaScript array: per employer,
`headings` (a message's subject), `details` (its lines) and `type` ('E' a message, 'T' his own
account of a call or an interview, 'G' the "ghosted" card). He replaced names by "Applicant",
"Candidate", "Recruiter", "[Date]", "[link]" and the like, and kept no sender or date.

Only the 'E' items are mail; of those, his own replies and two items that are not mail as
sent are left out (SKIP, the reason beside each), and the lines he wrote into five messages
are taken out (REMARKS). Each message is labelled by reading it (LABELS: the label and the
company the message itself names, "" when it names none). Conventions, as the other
sources: a recruiter's unsolicited approach, a job advert, an event invitation and a request
for forms or answers are `other`; a confirmation that an assessment was submitted is `other`
(as shaw-005); a recruiter's call after a referral, a phone screen or its scheduling is a
`next_step`; a position filled, closed or gone is a `rejection`. The split places each
employer (his card) on one side, by the build's hash.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .git_files import show

REPO = "Coderaulic/rejected"
COMMIT = "5657596"  # 2019-06-07, "fix: updated styling on links and search bar": the last change to the file
PATH = "src/companies.js"
ITEMS = 291  # headings over all cards, 'E', 'T' and 'G' together

# Items left out, by position in the flattened list of (card, heading):
# fmt: off
SKIP: dict[int, str] = {
    **dict.fromkeys(
        (7, 10, 16, 18, 40, 48, 56, 73, 75, 93, 134, 139,
         141, 143, 161, 163, 197, 221, 233, 235, 243, 245, 250),
        "his own reply or message",
    ),
    217: "his note that he applied on the careers site, kept as an 'E' item",
    55: "the signature names another card's team ('Airbnb Recruiting Team' under Cherwell Software's recruiter): not as sent",
}
# fmt: on

# Lines he wrote into a message (a summary in place of what it said, a comment), taken out:
REMARKS: dict[int, set[int]] = {
    41: {9, 10, 11},  # "Blah blah you get the idea." and what happened next
    180: {4, 5},  # his sarcastic stand-ins for the two exercises
    206: {9},  # "You get the idea... Same job description..."
    251: {6},  # "Long story short... spoke with the recruiter later"
    252: {3, 4},  # "Whole bunch of links to ..."
}

R, N, A, OT = "rejection", "next_step", "received", "other"
MB = "Mercedes-Benz Research & Development North America"
# Position: (label, company the message names)
# fmt: off
LABELS: dict[int, tuple[str, str]] = {
    0: (A, "Airbnb"), 1: (R, "Airbnb"),
    2: (A, "Algorithmia"), 3: (R, "Algorithmia"),
    4: (A, "Allyis"),
    6: (OT, ""),  # a recruiter's unsolicited approach
    8: (N, "Amazon"),  # the at-home assessment
    9: (OT, ""),  # a form to fill in before interviews (a request, as Je Postule's)
    11: (N, "Amazon"), 12: (N, "Amazon"),
    13: (OT, ""), 14: (OT, ""),  # the assessment's parts submitted (as shaw-005)
    15: (N, "Amazon"), 17: (N, "Amazon"), 19: (N, "Amazon"), 20: (N, "Amazon"),
    21: (N, "Amazon"), 22: (N, "Amazon"),
    25: (A, "Apptio"),  # Indeed: "Your application has been submitted"
    26: (N, "Apptio"), 27: (N, "Apptio"), 28: (N, "Apptio"), 29: (N, "Apptio"),
    31: (N, "Apptio"), 32: (N, "Apptio"), 33: (N, "Apptio"), 34: (N, "Apptio"),
    37: (A, "Arcblock"), 38: (A, "ArcBlock"),
    41: (OT, ""),  # screening questions to answer
    42: (R, "Avalara"),
    44: (A, "Avanade"), 45: (R, "Avanade"),
    46: (OT, ""), 47: (OT, ""),  # an invitation to a happy hour, and its reminder
    50: (A, "Axon"), 51: (R, "Axon"),
    52: (A, "The Boeing Company"), 53: (R, "Boeing"),
    54: (A, "Cherwell Software"),
    58: (A, "Compass"),
    60: (OT, ""),  # registered in a talent community
    61: (A, "Donnelley Financial Solutions"),
    63: (A, ""),  # signed "Recruiting" only
    65: (A, "Expedia"), 66: (R, "Expedia"),
    67: (A, "Expeditors"), 68: (OT, ""), 69: (R, "Expeditors"),  # 68: "viewed your application"
    71: (A, "F5 Networks"), 72: (N, "F5 Networks"), 74: (N, "F5 Networks"),
    77: (N, "F5"), 78: (N, ""), 80: (R, "F5"), 81: (R, "F5 Networks"),
    82: (A, "Glowforge"), 83: (R, "Glowforge"),
    85: (A, "GoDaddy"), 86: (R, "GoDaddy"),
    87: (A, "Grab"), 88: (R, "Grab"),
    89: (A, "Hardsuit Labs"), 90: (R, "Hardsuit Labs"),
    91: (A, "Holland America Group"), 92: (N, "Holland America"), 94: (N, "Holland America"),
    97: (A, "Honeywell"),
    99: (A, "IBM"),
    101: (A, "IQVIA"),
    103: (A, "JobLandr"), 104: (R, "JobLandr"),
    105: (A, "Karat"),
    107: (A, "LabKey"), 108: (A, "LabKey"),
    110: (A, "Liberty Mutual"), 111: (N, "Liberty Mutual"), 112: (N, "Liberty Mutual"),
    114: (N, "Liberty Mutual"),
    116: (R, ""),  # "[Manager] has decided to move forward with another candidate"; names none
    118: (A, "Marchex"),
    120: (A, "Marketo"),
    122: (A, MB),
    123: (N, "MBRDNA"),  # the recruiter's call after a friend passed on his resume
    125: (N, "MBRDNA"), 127: (N, "MBRDNA"), 128: (N, "MBRDNA"), 129: (N, "MBRDNA"),
    132: (N, "MBRDNA"),
    137: (OT, ""),  # a recruiter's invitation to a hiring event, unsolicited
    138: (A, "Microsoft"), 140: (N, "Microsoft"), 142: (N, "Microsoft"), 145: (R, "Microsoft"),
    146: (A, "Motorola Solutions"), 147: (R, "Motorola Solutions"),
    148: (A, "98point6"),
    150: (A, "Nintendo Software Technology Corporation"),
    151: (R, "Nintendo Software Technology Corporation"),  # "this position has closed"
    152: (A, "NVIDIA"), 153: (R, "NVIDIA"),
    154: (A, "Omni ePartners"), 155: (R, "Omni ePartners"),
    156: (A, "Palantir"), 157: (R, "Palantir Technologies"),
    158: (A, "The Pokémon Company International"), 159: (R, "The Pokémon Company International"),
    160: (N, "Porch"),  # a recruiter's call after a referral
    162: (N, ""), 165: (N, "Porch"), 167: (N, "Porch"), 168: (N, "Porch"),
    171: (A, "Premise Data"), 172: (R, "Premise"),
    173: (A, "Providence Health & Services"),
    175: (A, "Qualtrics"), 177: (N, "Qualtrics"), 178: (R, "Qualtrics"),
    179: (A, "Quantcast"), 180: (N, "Quantcast"), 181: (N, "Quantcast"),
    182: (OT, ""),  # HackerRank: the challenge submitted
    183: (R, "Quantcast"),
    184: (A, "Rackspace"),
    186: (A, "Redfin"), 187: (R, "Redfin"),
    188: (OT, ""),  # an unsolicited approach
    189: (A, "Revature"), 190: (R, "Revature"),
    191: (A, "SAP Concur"), 192: (R, "SAP Concur"),
    193: (A, "SkyKick"), 194: (R, "SkyKick"),
    195: (A, "Slalom"), 196: (N, "Slalom"),
    199: (A, "Smashing Ideas"), 200: (R, "Smashing Ideas"),
    201: (A, "Square"), 202: (R, "Square"),
    203: (A, "Starbucks"), 204: (R, "Starbucks"),  # "no longer available"
    206: (OT, ""),  # an agency's advert for the same role
    208: (A, "The Trade Desk"),
    210: (A, "T-Mobile"), 211: (R, "T-Mobile"),
    212: (A, "Uber"), 213: (R, "Uber"),
    214: (A, "Viewpath Inc"), 215: (A, "Viewpath"), 216: (R, "Viewpath Inc"),
    218: (R, "Wargaming"),
    219: (A, "WatchGuard Technologies"), 220: (N, "WatchGuard Technologies"),
    222: (N, "WatchGuard Technologies"),
    225: (A, "Whitepages"), 226: (R, "Whitepages"),
    227: (A, "Whole Foods Market"), 228: (N, "Whole Foods Market"),
    230: (R, "Whole Foods Market"),
    231: (A, "Xealth"), 232: (N, "Xealth"), 234: (N, "Xealth"), 237: (R, "Xealth"),
    238: (A, "Xevo"), 239: (A, "Xevo"), 240: (R, "Xevo"),
    241: (A, "Xinova"),
    242: (A, "Xinova"),  # "a few finalists in process... if it remains open": a status, no decision
    244: (R, "Xinova"),  # "a candidate accept[ed] an offer for this role"
    246: (OT, ""),
    248: (A, "Zillow Group"), 249: (N, "Zillow Group"), 251: (N, "Zillow"), 252: (N, ""),
    253: (N, "Zillow Group"),
    255: (R, "ZG"),  # signed "ZG Recruiting Team", the only name it gives
    256: (OT, ""),  # an unsolicited approach
    257: (N, ""), 258: (N, "Google"),
    260: (OT, ""),  # asks for a call about the interview's feedback: no decision in the words
    266: (OT, ""),  # "a couple of housekeeping questions"
    268: (R, ""),  # signed by a VP of Engineering, names no company
    270: (A, "SR Education Group"),
    281: (R, "Dell EMC"),
    283: (OT, ""),  # a job advert
    284: (R, "Philips"),  # "the role has been filled"
    289: (A, "zulily"), 290: (R, "zulily"),
}
# fmt: on

_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")
_KEY = re.compile(r"([{,]\s*)([A-Za-z_]\w*)\s*:")
_COMMENT = re.compile(r"^\s*//.*$", re.M)
_TRAILING = re.compile(r",(\s*[\]}])")


def _unescape(body: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def _outside(segment: str) -> str:
    """A stretch between strings: comments dropped, bare keys quoted, trailing commas dropped."""
    segment = _COMMENT.sub("", segment)
    return _TRAILING.sub(r"\1", _KEY.sub(r'\1"\2":', segment))


def _as_json(source: str) -> str:
    """The array literal as JSON (the only JavaScript the file uses: quoted strings, bare
    keys, one comment line, trailing commas), rewritten outside its strings only."""
    source = source[source.index("[") : source.rindex("]") + 1]
    pieces: list[str] = []
    last = 0
    for found in _STRING.finditer(source):
        pieces.append(_outside(source[last : found.start()]))
        text = found.group(1) if found.group(1) is not None else found.group(2)
        pieces.append(json.dumps(_unescape(text), ensure_ascii=False))
        last = found.end()
    pieces.append(_outside(source[last:]))
    return "".join(pieces)


@dataclass(frozen=True)
class Item:
    """One heading of a card and what it shows."""

    n: int  # position over all cards, in the file's order
    card: str
    kind: str  # 'E' a message, 'T' his account, 'G' ghosted
    subject: str
    lines: list[str]


def items(git_dir: str) -> list[Item]:
    """Every (card, heading) in the file's order."""
    cards = json.loads(_as_json(show(git_dir, COMMIT, PATH)))
    out: list[Item] = []
    for card in cards:
        data = card["data"]
        for subject, lines, kind in zip(
            data["headings"], data["details"], data["type"], strict=False
        ):
            out.append(Item(len(out), card["name"], kind, subject, list(lines)))
    if len(out) != ITEMS:
        raise ValueError(f"expected {ITEMS} items in {REPO}@{COMMIT}:{PATH}, found {len(out)}")
    return out


def messages(git_dir: str) -> list[dict[str, str]]:
    """Each message he received, as {"n", "subject", "from", "body", "label", "company", "group"}."""
    found = items(git_dir)
    mail = {item.n for item in found if item.kind == "E"}
    if set(LABELS) | set(SKIP) != mail or set(LABELS) & set(SKIP):
        raise ValueError("every 'E' item must be labelled or left out, and not both")
    out = []
    for item in found:
        if item.n not in LABELS:
            continue
        dropped = REMARKS.get(item.n, set())
        lines = [line for k, line in enumerate(item.lines) if k not in dropped]
        label, company = LABELS[item.n]
        out.append(
            {
                "n": str(item.n),
                "subject": item.subject,
                "from": "",
                "body": "\n".join(lines).strip() + "\n",
                "label": label,
                "company": company,
                "group": item.card,
            }
        )
    return out
