"""`immersion`: what Immersion Facilitée sends a job seeker about an application (eighteenth pass).

gip-inclusion/immersion-facile (GIP Plateforme de l'inclusion, MIT licence) is France's
public service through which job seekers apply to a company for a professional immersion
(a short unpaid period in a job, arranged with their employment adviser): the candidate
writes to the company through the site, and the company answers through it. The mail a
candidate receives about that application is kept in the product's code (COMMIT): the
confirmation that the application was sent, the company's refusal (one text per reason the
company ticks, signed in the company's name), a nudge to telephone a company that has not
answered, the notice that an unanswered application was closed after three months, and the
notice that an application cannot go on because the company was banned from the site.

These are a product's templates (one sender: group "immersion-facile", the repository's name,
as the products in `multilang` are grouped), read from the TypeScript at COMMIT and filled with
the product's own seed values where it has them (STAND_INS: "FRANCE MERGUEZ DISTRIBUTION",
"John Doe" the candidate, "Bob Le Tuteur" the company's contact, from
back/src/scripts/seed/conventionDraftSeed.ts); the page layout, buttons and links' addresses are
left out, their words kept. Labels by reading each text (LABELS): an application closed for
good (unanswered for three months, or the company banned) is a rejection, as a position
cancelled is in `shaw` and TUMApply.
"""

from __future__ import annotations

import re

from .git_files import show
from .js_template import as_text, fill, template, value_after

REPO = "gip-inclusion/immersion-facile"
COMMIT = "cd676358befab6b481b326b25f0e649abc6e1423"  # 2026-08-07, the snapshot's newest
TEMPLATES = "shared/src/email/emailTemplatesByName.ts"
REJECTION = "shared/src/discussion/discussion.content.ts"
GROUP = "immersion-facile"
COMPANY = "FRANCE MERGUEZ DISTRIBUTION"

STAND_INS = {
    "businessName": COMPANY,
    "discussion.businessName": COMPANY,
    "beneficiaryFirstName": "John",
    "beneficiaryLastName": "Doe",
    'beneficiaryFirstName ? ` ${beneficiaryFirstName}` : ""': " John",
    'beneficiaryLastName ? ` ${beneficiaryLastName}` : ""': " Doe",
    'kind === "IF" ? "une immersion professionnelle" : "un stage"': "une immersion professionnelle",
    'kind === "IF" ? "immersion" : "stage"': "immersion",
    "contactFirstName": "Bob",
    "contactLastName": "Le Tuteur",
    'contactJob ? `- Fonction : ${contactJob}` : ""': "- Fonction : Manager",
    "contactPhone": "0303030303",
    "fromUser.firstName": "Bob",
    "fromUser.lastName": "Le Tuteur",
    # the seed's first immersion day, as the product displays a date
    "toDisplayedDate({ date: new Date(discussionCreatedAt) })": "12/01/2026",
    "frontRoutes.search().href": "/recherche",
}

R, S, OTHER = "rejection", "received", "other"
# Each message: (label, what it is, where its text is)
LABELS: list[tuple[str, str, str]] = [
    (S, "application sent to the company", "CONTACT_BY_EMAIL_CANDIDATE_CONFIRMATION"),
    (R, "refusal: the company cannot help with the project", "UNABLE_TO_HELP"),
    (R, "refusal: the company is too busy to take anyone", "NO_TIME"),
    (OTHER, "no answer after 15 days: telephone the company", "DISCUSSION_BENEFICIARY_FOLLOW_UP"),
    (R, "unanswered for three months: closed", "DISCUSSION_DEPRECATED_NOTIFICATION_BENEFICIARY"),
    (R, "the company is banned: cannot go on", "ESTABLISHMENT_BANNED_NOTIFICATION_TO_BENEFICIARY"),
]

# The parts the product's layout puts in a mail, in order (its buttons left out).
_FIELDS = ("greetings", "content", "highlight.content", "subContent")
_NEXT_KEY = re.compile(r"\n    [A-Z_]+: \{")
_REFUSALS = {"UNABLE_TO_HELP", "NO_TIME"}  # the company's reasons, in discussion.content.ts
_REASON = re.compile(r'rejectionKind === "(\w+)"\)\s*return\s*"([^"]*)"')


def _signature(source: str) -> str:
    """`defaultSignature("immersion")`: the second of its two literals (the first is the
    chambers of commerce's, for their pupils' placements)."""
    start = source.index("const defaultSignature")
    first_end, _ = template(source, source.index("`", start))
    _, parts = template(source, source.index("`", first_end))
    return fill(parts, {})


def _template_mail(source: str, key: str, stand_ins: dict[str, str]) -> tuple[str, str]:
    start = source.index(f"\n    {key}: {{")
    found = _NEXT_KEY.search(source, start + 1)
    block = source[start : found.start() if found else len(source)]
    _, subject = value_after(block, 0, "subject")
    pieces = []
    for field in _FIELDS:
        outer, _, inner = field.rpartition(".")
        at = 0
        if outer:
            at = block.find(f"{outer}:")
            if at < 0:
                continue
        if not re.search(rf"\b{inner}:", block[at:]):
            continue
        _, parts = value_after(block, at, inner)
        pieces.append(as_text(fill(parts, stand_ins)))
    return fill(subject, stand_ins).strip(), "\n\n".join(p for p in pieces if p)


def _refusal(source: str, reason: str) -> tuple[str, str]:
    reasons = dict(_REASON.findall(source))
    stand_ins = {**STAND_INS, "makeRejectionText(params)": reasons[reason]}
    start = source.index("export const rejectDiscussionEmailParams")
    _, subject = value_after(source, start, "subject")
    _, body = value_after(source, start, "htmlContent")
    return fill(subject, stand_ins).strip(), as_text(fill(body, stand_ins))


def messages(git_dir: str) -> list[dict[str, str]]:
    """Each mail as {"n", "subject", "from", "body", "label", "company", "group"}."""
    templates = show(git_dir, COMMIT, TEMPLATES)
    refusals = show(git_dir, COMMIT, REJECTION)
    stand_ins = {**STAND_INS, 'defaultSignature("immersion")': _signature(templates)}
    out = []
    for n, (label, _, where) in enumerate(LABELS):
        if where in _REFUSALS:
            subject, body = _refusal(refusals, where)
        else:
            subject, body = _template_mail(templates, where, stand_ins)
        out.append(
            {
                "n": str(n),
                "subject": subject,
                "from": "",
                "body": body + "\n",
                "label": label,
                "company": COMPANY,
                "group": GROUP,
            }
        )
    return out
