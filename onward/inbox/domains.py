"""Company names hidden in a message's addresses and links: acme.wd5.myworkdayjobs.com ->
"acme" (extract.py weighs them against the names the text gives)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import ats_senders
from .parsing import Mail

TEXT_LIMIT = 3000  # as extract.TEXT_LIMIT: the links written in the text are read this far
_LOCAL_PARTS = re.compile(r"[._+-]")

# Applicant-tracking systems' links that name the company (acme.wd5.myworkdayjobs.com), in
# the order they are tried; ANY_LINK_SLUG matches a link if and only if one of them does.
_LINK_SLUGS = (
    r"//([a-z0-9-]+)\.wd\d+\.myworkdayjobs\.com",
    r"//(?:job-)?boards(?:\.eu)?\.greenhouse\.io/([a-z0-9-]+)",
    r"//jobs\.(?:eu\.)?lever\.co/([a-z0-9-]+)",
    r"//careers-([a-z0-9-]+)\.icims\.com",
    r"//jobs\.smartrecruiters\.com/([a-z0-9-]+)",
    r"//([a-z0-9-]+)\.taleo\.net",
    r"//apply\.workable\.com/([a-z0-9-]+)",
    r"//jobs\.ashbyhq\.com/([a-z0-9-]+)",
    r"//([a-z0-9-]+)\.(?:recruitee|teamtailor|bamboohr|breezy|jobs\.personio)\.(?:com|hr|de)",
)
LINK_SLUGS = [re.compile(pattern, re.IGNORECASE) for pattern in _LINK_SLUGS]
ANY_LINK_SLUG = re.compile("|".join(f"(?:{pattern})" for pattern in _LINK_SLUGS), re.IGNORECASE)


def is_machine_address(address: str) -> bool:
    """no-reply@, careers@, jobs@...: mail from a system or a shared inbox, not a person."""
    local = address.lower().partition("@")[0]
    if not local:
        return False
    parts = _LOCAL_PARTS.split(local)
    return (
        "reply" in local
        or local in ats_senders.MACHINE_LOCAL_PARTS
        or any(part in ats_senders.MACHINE_LOCAL_PARTS for part in parts)
    )


def domain_slugs(mail: Mail) -> list[str]:
    """Company names hidden in addresses and links: acme.wd5.myworkdayjobs.com -> "acme"."""
    slugs = [*_address_slugs(mail.sender_email, mail.reply_to)]
    for link in mail.links[:40] + _text_links(mail.text[:TEXT_LIMIT]):
        if slug := _slug_from_link(link):
            slugs.append(slug)
    return [
        s.lower()
        for s in dict.fromkeys(slugs)
        if s and len(s) > 1 and not _names_a_vendor(s.lower())
    ]


# They depend on the two addresses alone, and a sender comes back with each message it
# sends: read once (LRU).
@lru_cache(maxsize=1024)
def _address_slugs(sender: str, reply_to: str) -> tuple[str, ...]:
    """The slugs the sender's and the Reply-To addresses give, in that order (as written:
    domain_slugs lowers them, drops repeats and vendors' names)."""
    slugs: list[str] = []
    for address in (sender, reply_to):
        if "@" not in address:
            continue
        local, _, domain = address.partition("@")
        # The last label is the top-level domain, never a company ("acme-technik.at" is not
        # "At"); second-level ones ("co.uk", "gv.at") are in NOT_SLUGS.
        parts = domain.lower().split(".")
        parts = parts[:-1] if len(parts) > 1 else parts
        labels = [p for p in parts if p not in ats_senders.NOT_SLUGS]
        vendor = any(label in ats_senders.ATS_VENDORS for label in labels)
        tenant, plus, tag = local.partition("+")
        if plus and any(ch.isdigit() for ch in tag) and not is_machine_address(tenant):
            # "redhat+email+20kvj-136a44c078@talent.icims.com": a sending system's tagged
            # address names its tenant before the "+"
            slugs.append(tenant.lower())
        if vendor:
            # Workday writes from acme@myworkday.com; some ATS use acme.lever.co.
            slugs += _tenant(local.lower(), labels)
        elif labels and labels[-1] not in ats_senders.FREE_MAIL:
            slugs.append(labels[-1])
    return tuple(slugs)


def _tenant(local: str, labels: list[str]) -> list[str]:
    """The company an applicant-tracking system writes for, from its address: the local part
    (acme@myworkday.com; acme_careers@ and hr-acme@ less their department word) and a
    subdomain of the system's (no-reply@acmehealth.icims.com), never a department's
    ("tal@", "talent.icims.com") or the system's own labels."""
    found = []
    if "reply" not in local and local not in ats_senders.DEPARTMENT_LOCAL_PARTS:
        parts = _LOCAL_PARTS.split(local)
        kept = [
            part
            for part in parts
            if part
            and part not in ats_senders.MACHINE_LOCAL_PARTS
            and part not in ats_senders.DEPARTMENT_LOCAL_PARTS
        ]
        if len(kept) == len(parts):
            found.append(local)  # as before: "acme.health" stays whole
        elif len(kept) == 1 and len(kept[0]) > 2:
            found.append(kept[0])
    for label in labels:
        if (
            len(label) > 2
            and label.isalpha()
            and label not in ats_senders.ATS_VENDORS
            and label not in ats_senders.MACHINE_LOCAL_PARTS
            and label not in ats_senders.DEPARTMENT_LOCAL_PARTS
        ):
            found.append(label)
    return found


_VENDOR_WORDS = {name for name in ats_senders.ATS_NAMES if len(name) > 4 and " " not in name}


@lru_cache(maxsize=1024)  # a company's slug comes back with each of its messages
def _names_a_vendor(slug: str) -> bool:
    return any(vendor in slug for vendor in _VENDOR_WORDS)


_URL = re.compile(r"https?://[^\s<>\"')]+")


def _text_links(text: str) -> list[str]:
    return _URL.findall(text[:8000])[:20]


def _slug_from_link(link: str) -> str | None:
    # The host and first path segment come first: a tracking link's long token after them
    # is never read (each pattern would scan it again).
    return _slug_from_link_head(link[:160].partition("?")[0])


@lru_cache(maxsize=1024)  # a template's tracking links share their host and path
def _slug_from_link_head(link: str) -> str | None:
    if not ANY_LINK_SLUG.search(link):
        return None  # most links (tracking, logos) match none: one search instead of nine
    for pattern in LINK_SLUGS:
        if match := pattern.search(link):
            return match.group(1).lower()
    return None


def pretty_slug(slug: str) -> str | None:
    if slug in ats_senders.FREE_MAIL or slug in ats_senders.ATS_NAMES or len(slug) < 2:
        return None
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", slug) if part)
