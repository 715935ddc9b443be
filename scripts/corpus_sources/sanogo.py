"""`sanogo`: one job seeker's Gmail, 2022, exported to PDF and then to text (fifteenth pass).

adja-qista/nlpJobUnderstanding (2022, no licence file) is a student project that sorts job
mail; its `emails.csv` (COMMIT) holds 421 texts: 150 from the Enron corpus and 131 job
adverts copied from Indeed (neither is mail to a job seeker, both left out), and 140 messages
from the Gmail of Assan Sanogo, looking for data-science work in the United States in spring
and summer 2022 (`Label` "assan"; he appears to be one of the project's authors: a notebook
of his is in its sister repository, adjamagatte/Job_description_understanding_test). Each
was saved as a PDF, either with a "Save Emails to PDF" add-on (a `Subject:` / `From:` /
`Date Sent:` header block) or with Gmail's print view (a page header "Gmail - <subject>",
the thread's messages one under the other, page footers with the thread's address and
"1/3"), and the PDF turned back into
text. `messages` reads the subject and sender from either header, and takes out what the
exporter added (its page headers and footers, the form feeds), so the text is the mail's.

Labels by reading each message (LABELS, by row number in the file): most are recruiters'
cold approaches for contract roles, job alerts and newsletters (other); one rejection after
an interview; invitations to a recruiter's call (next step); LinkedIn's "your application
was viewed" (other, as in `shaw`). Left out (SKIP, with the reason): his own messages and
replies, and personal mail that is not job-search mail (shopping, housing, betting), as
`shaw.py` leaves out hers. The company is the employer the message names ("" for other mail).
"""

from __future__ import annotations

import csv
import io
import re

from .git_files import show

REPO = "adja-qista/nlpJobUnderstanding"
COMMIT = "57eefe933d14114651b786e2ee77817794262918"
PATH = "emails.csv"
OWNER = "assan"  # the `Label` of his mail in the file

R, N = "rejection", "next_step"
# Row number in the file: (label, company). Every other message of his is `other`.
LABELS: dict[int, tuple[str, str]] = {
    # "our Machine Learning Engineer position is not the right fit for you", after an interview
    352: (R, "Emsi Burning Glass"),
    # a staffing agency's recruiter: "share your availability ... 1st HR round with Tiger
    # Analytic" (the employer, spelled as the mail spells it), after he agreed to a call
    359: (N, "Tiger Analytic"),
    # "this will be a 30 min Recruiter Interview ... share your availability"
    419: (N, "Handshake"),
}
SKIP: dict[int, str] = {
    351: "his own reply",
    328: "a shop's newsletter he forwarded to himself",
    389: "a shop's newsletter he forwarded to himself",
    358: "personal: a fabric shop's sale",
    333: "personal: a betting site",
    341: "personal: flats to rent",
    380: "personal: flats to rent",
    366: "not mail: a research article",
    406: "not mail: a job advert's web page",
    340: "the export lost the text (one line left)",
    344: "the export lost the text (one word left)",
    354: "the export lost the text (one word left)",
    364: "the export lost the text (one word left)",
    # an agency recruiter's template sent twice under two subjects: the text of row 336, word
    # for word (one text is never on both sides of the split, nor counted twice)
    416: "the same text as row 336",
}
# Two newsletters of a French data-science school; the rest is English.
LANGUAGE: dict[int, str] = {338: "fr", 346: "fr"}

_EXPORTER = re.compile(
    r"(?m)^(?:Exported using Save Emails to PDF by cloudHQ\s*|\d{1,2}/\d{1,2}\s*|"
    r"https://mail\.google\.com/\S*\s*|\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M\s*|"
    r"Gmail - .*)$"
)
_HEADER = re.compile(r"^(Subject|From|To|Cc|Bcc|Date Sent|Date Received|Attachments):\s*(.*)$")


def _clean(body: str) -> str:
    """The mail's text: the exporter's page headers, footers and form feeds taken out."""
    body = body.replace("\x0c", "\n")
    body = _EXPORTER.sub("", body)
    lines = [line.rstrip() for line in body.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", text).strip()


def _addon(content: str) -> tuple[str, str, str]:
    """A "Save Emails to PDF" export: a header block, then the text."""
    lines = content.strip().splitlines()
    fields: dict[str, str] = {}
    last = ""
    i = 0
    while i < len(lines) and lines[i].strip():
        found = _HEADER.match(lines[i])
        if found:
            last = found.group(1)
            fields[last] = found.group(2).strip()
        elif last:  # a header wrapped onto the next line
            fields[last] += " " + lines[i].strip()
        i += 1
    return fields.get("Subject", ""), fields.get("From", ""), _clean("\n".join(lines[i:]))


def _print_view(content: str) -> tuple[str, str, str]:
    """Gmail's print view: the subject, "N message(s)", then each message's sender and date."""
    text = content.replace("\x0c", "\n")
    found = re.search(r"Gmail - (.*)", text)
    subject = found.group(1).strip() if found else ""
    head = re.search(r"\n\d+ messages?\n\s*\n(.*?)\n", text)
    sender = head.group(1).strip() if head else ""
    start = head.end() if head else 0
    # the sender's block ends at the date line: "Mon, Aug 22, 2022 at 8:06 AM"
    dated = re.compile(r"(?m)^\w{3}, \w{3} \d{1,2}, \d{4} at \d{1,2}:\d{2} [AP]M\s*$")
    when = dated.search(text, start)
    body = text[when.end() :] if when else text[start:]
    return subject, sender, _clean(body)


def rows(git_dir: str) -> list[dict[str, str]]:
    """His messages, in the file's order, each with its row number (`n`) in the file."""
    raw = show(git_dir, COMMIT, PATH)
    csv.field_size_limit(10**9)
    out = []
    for n, row in enumerate(csv.DictReader(io.StringIO(raw))):
        if row["Label"] != OWNER:
            continue
        content = row["Content"]
        if content.lstrip().startswith("Subject:"):
            subject, sender, body = _addon(content)
        else:
            subject, sender, body = _print_view(content)
        out.append({"n": str(n), "subject": subject, "from": sender, "body": body})
    return out


def messages(git_dir: str) -> list[dict[str, str]]:
    """Each message kept, with its label and company; numbered by its row in the file."""
    out = []
    for row in rows(git_dir):
        n = int(row["n"])
        if n in SKIP:
            continue
        label, company = LABELS.get(n, ("other", ""))
        out.append({**row, "body_type": "plain", "label": label, "company": company, "group": ""})
    return out
