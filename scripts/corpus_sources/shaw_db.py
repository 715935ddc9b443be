# ruff: noqa: RUF003  (subjects kept as published in the comments: typographic apostrophes)
"""More of `shaw`'s mailbox: the messages table her tracker exported (GmailJobTracker, MIT).

The same job seeker as `shaw.py` (cyberthreatgurl/GmailJobTracker; greeted as Adrian or Kelly,
cyber-security work in the United States, 2025). Besides the .eml files, she committed three
exports of her tracker's database, each a JSON list of the messages it had read from her Gmail
(`scripts/*.json.txt` at COMMIT, on the repository's main branch; later removed): the message's
Gmail id, sender, subject, time and the text the tracker kept (plain text, or HTML for a few).
The three overlap; a message is taken once, with the first text that is not empty
(`job_tracker_tracker_messages`, then `job_tracker_db_tracker_message_table`, then
`tracker_message_table`). The tracker's own labels (`ml_label`) are not used: every message
was labelled by reading it (LABELS, by Gmail id, in the order of their time).

Left out (SKIP, with the reason): her own messages and replies, her own newsletter, nags to
finish an application (as `shaw.py` and `pfohl` leave them out), personal mail that is not
job-search mail (a life-insurance and a loan application, a relative's note), and one
acknowledgement that carries her account's user name and password. COPY: the same message as
one of `shaw.py`'s .eml files (same subject and sender, or the same long subject), so that no
message is counted twice and none can sit on both sides of the split; those were found by
comparing headers, not by reading them. Messages whose text the export lost (empty) are not
listed. Companies are spelled as in `shaw.py` where the company is the same (the split is by
company, so one company's mail stays on one side).
"""

from __future__ import annotations

import json
import re

from .git_files import show_bytes

REPO = "cyberthreatgurl/GmailJobTracker"
COMMIT = "40ffc9fb249d98bd35108738a4c5465f46c6bf60"
FILES = (
    "scripts/job_tracker_tracker_messages.json.txt",
    "scripts/job_tracker_db_tracker_message_table.json.txt",
    "scripts/tracker_message_table.json.txt",
)
FIRST = 100  # numbered after shaw.py's .eml files (0-86): shaw-100 is the first listed here

R, A, N, OT = "rejection", "received", "next_step", "other"
SKIP, COPY = "skip", "copy"
LABELS: dict[str, tuple[str, str]] = {
    "1951ed7485fba8fb": (A, "Elastic"),  # Thank you for applying to Elastic!
    "1953a169a8838db1": (COPY, ""),  # We Got It: Thanks for applying for Field CTO position @ Claro
    "195439899894355c": (OT, ""),  # We're starting in under an hour: Lunch & Learn Workshop: Jobsca
    "1954407ab36681fc": (OT, ""),  # We're starting in under an hour: Show Up Strong: Build Confiden
    "19557d3f9bd0a7ea": (A, "Virginia Tech"),  # Kelly, your application was sent to Virginia Tech
    "19559957864be9cc": (COPY, ""),  # Proofpoint - We have received your application.
    "19559b97dec2cce5": (COPY, ""),  # Thank You For Applying!
    "1955cd8f73635aba": (N, ""),  # Cyber Program Director Interview - Kelly Shaw
    "1955cef77db7e3ba": (N, "ARC"),  # ARC Cyber Program Director Interview Prep conversation
    "1955e05b2ea6a33d": (N, "Google"),  # [Due in 4 days] Next Part of your Google Application: Goog
    "195627550b8b189b": (OT, ""),  # GovCom Talent Talks Podcast Interview: Kelly Shaw
    "19562ff8a4932ab3": (A, "The TJX Companies"),  # Thank You for your Application
    "19567f8e0dc1093a": (SKIP, "personal: a life-insurance application"),  # Signature Needed - Pers
    "1956cd41d76aa135": (SKIP, "her account's user name and password are in the text"),
    "1956e244b3a6c234": (A, "Recorded Future"),  # Thank you for applying to Recorded Future
    "19595fa4272d8ec6": (N, "Claroty"),  # Your Phone interview with Claroty!
    "19595fce4940cd42": (N, "Claroty"),  # Phone interview scheduled - Field CTO @Claroty
    "195b4fe741577d05": (R, "Virginia Tech"),  # Virginia Tech application status
    "195f7a6c0c4f10d9": (COPY, ""),  # Your Parsons Job Application Has Been Received
    "195f7a6c713551fa": (COPY, ""),  # Your Parsons Job Application for: [not available]
    "195f9ae32537a4a4": (SKIP, "a nag to finish an application"),  # Complete Your SimVentions Appli
    "19611db2dfe160a0": (R, "Parsons"),  # Parsons Application Update – Req: R165130
    "1961b103bdbdc4d0": (R, "Armis"),  # Your application to Armis Security
    "19620536af738fcb": (SKIP, "her own message"),  # Adrian Kelly Shaw - MRA + 10 Application
    "1962167e0b752b43": (SKIP, "her own message"),  # Re: Adrian Kelly Shaw - MRA + 10 Application
    "19631bb5e8662404": (A, "Recorded Future"),  # Thank you for applying to Recorded Future
    "19635ca2b5919743": (A, "Software Engineering Institute"),  # SEI Application Received
    "1963eaf0e0f7319a": (A, "Software Engineering Institute"),  # We continue to evaluate your job a
    "1967e0d712990fcf": (N, "Venture Global LNG"),  # Venture Global LNG Interview Availability - Cy
    "1967e1e399a104d7": (SKIP, "her own reply"),  # Re: Venture Global LNG Interview Availability -
    "1967ee3ecd7048d1": (A, "Splunk"),  # Thanks for applying for the Senior Machine Learning Engine
    "196808ade46dedeb": (R, "Software Engineering Institute"),  # SEI Application Update
    "19685236c9ddf91b": (SKIP, "a nag to finish an application"),  # Delta Dental: Continue to apply
    "19690de7acee0d70": (R, "Recorded Future"),  # Important information about your application with
    "196949af1d0be2eb": (SKIP, "a nag to finish an application"),  # Delta Dental: Continue to apply
    "1969e0e3f1b7664a": (A, "CVS Health"),  # Your application with CVS Health has been received!
    "196cbc821c79853d": (R, "Palo Alto Networks"),  # Your application for ​Senior Manager, Threat I
    "196d4b7f48724402": (SKIP, "personal: a loan application"),  # Adrian: An invitation to complete
    "196f483fbc884dbd": (COPY, ""),  # Splunk Application Update | Senior Machine Learning Engineer,
    "197037756b483657": (A, "Cloudflare"),  # Cloudflare Recruiting | Application Received - Senior
    "197038446545831e": (A, "Recorded Future"),  # Thank you for applying to Recorded Future
    "19703a60f9fc15f0": (A, "Anthropic"),  # Thank you for applying to Anthropic
    "1971c5b3f5c1fb9d": (OT, ""),  # RE: Job Opening for the role Lead Machine Learning Engineer ||
    "1971ce1a236c20e7": (OT, ""),  # Job Opening for the role Lead Machine Learning Engineer || Ft.
    "1972158319575408": (N, "Partner Forces"),  # Partner Forces Interview Availability
    "197218082f5e0658": (SKIP, "her own reply"),  # Re: Partner Forces Interview Availability
    "19747cfdb8b922ee": (A, "Banduri"),  # Submitted: Application with Banduri
    "1974cb347937ab04": (A, "ManTech"),  # Thank you for your application at ManTech!
    "1974d3008aedbccc": (A, "Cloudflare"),  # Cloudflare Recruiting | Application Received - Senior
    "19754c772c9d91f6": (R, "Recorded Future"),  # Important information about your application with
    "1975590443541b2b": (R, "Partner Forces"),  # Important information about your application to Pa
    "1975673cea3ba6f2": (SKIP, "her own reply"),  # Re: Important information about your application
    "1975dcdb7303dec5": (COPY, ""),  # Rapid7 Application Update - Let’s Keep in Touch!
    "1976ab04691de099": (SKIP, "her own reply"),  # Re: [EXTERNAL] Re: ECS - Regarding Your Job Subm
    "1977156cf99e0fb0": (A, "Claroty"),  # We Got It: Thanks for applying for Lead Network Security
    "1977971ab578aa49": (OT, ""),  # Your application was viewed by Maritime Transportation System I
    "1979e87ded059f60": (R, "CareFirst"),  # Thank you for your interest in Job ID:20657 - Cyber Sec
    "197adfa1fffc0e62": (R, "Dragos"),  # Follow-up on Dragos Application
    "1980a2920decbec7": (N, "Corelight"),  # Hi Kelly - Availability for a second Video interview at
    "19832d3e3873cd8f": (A, "AMERICAN SYSTEMS"),  # Thank You For Your Application
    "1988533d1af1a854": (N, ""),  # Introduction Call with Farr Shepherd & Kelly Shaw about Availabl
    "198a4f5f42e5ffc4": (A, "Microsoft"),  # Thank you for your Application!
    "198a4fcc34ef95c2": (A, "Microsoft"),  # Thank you for your Application!
    "198ae7b80356515d": (A, "Sabre Systems"),  # Thank you for your application
    "198b919d74af40bf": (A, "Microsoft"),  # Thank you for your Application!
    "198ce0edd84dde7b": (R, "SentinelOne"),  # Your Application with SentinelOne | Principal Product
    "198d3ba492703917": (OT, ""),  # tuesday interview || Network Security Specialist
    "198d420c4d5cd461": (SKIP, "her own reply"),  # Re: tuesday interview || Network Security Specia
    "198e776bf7dd45e6": (COPY, ""),  # Peraton Application Update
    "1990c1ea96128e2e": (COPY, ""),  # PERMANENT/ FULL TIME JOB | OT Cyber Security Analyst | Apollo
    "1992170b2ae82c1b": (A, "Tyler Technologies"),  # Your application for Security Architect at Tyl
    "19921738621c415f": (COPY, ""),  # Kelly, your application was sent to TikTok
    "19921a33fcfd0641": (A, "Cisco"),  # You have applied to Cisco Job Director of Engineering (Adve
    "19924b141bea8b31": (A, "Tyler Technologies"),  # Your application for Sr. DFIR Engineer at Tyle
    "1992ec28987bd2e4": (A, "MANTECH"),  # Thank you for your application at MANTECH!
    "19934632c3059a5e": (R, "Tyler Technologies"),  # Your application for Sr. DFIR Engineer at Tyle
    "19935c8418167632": (COPY, ""),  # Urgent Hiring for Job Lead Cybersecurity Engineer : [Reston,
    "1993a62db038ea07": (R, "Tyler Technologies"),  # Your application for Security Architect at Tyl
    "1993c4065804595e": (OT, ""),  # Lumen Job Alert from the Talent Community
    "199413fc5da55aee": (OT, ""),  # Information for Your Training - Workshop: Job Hunt Like a Hacke
    "199413fc4989f4f2": (OT, ""),  # Your Training Agenda - Workshop: Job Hunt Like a Hacker 2025 Ed
    "19941b8c54b39510": (OT, ""),  # Explore Google Cloud’s application hosting options
    "1994d39869d47aa9": (SKIP, "personal: a relative's note"),  # Job from Becca
    "199588aa096a65a8": (OT, ""),  # [Reminder] Application Deadline: Tomorrow
    "19958f24c3399481": (OT, ""),  # Adrian, I've found your job of the week
    "1995dc74d4f585c8": (COPY, ""),  # Proofpoint - We have received your application.
    "1995eb1b679a697c": (COPY, ""),  # Proofpoint - We have received your application.
    "1995eb32ded343a2": (OT, ""),  # Randolph College has an open position
    "1996394f681c1ef6": (SKIP, "a nag to finish an application"),  # You've started your job applica
    "19963d9f37cedd27": (OT, ""),  # Did you see this job?
    "19966ec8a5339d0f": (OT, ""),  # AI and the Data Science Job Market: What the Hell Is Actually H
    "199690989f63ef29": (OT, ""),  # UMKC- SSE has an open position
    "1996c1a9cca73375": (OT, ""),  # You have 2 job alerts for Tyler Technologies
    "1997187dfc6dc905": (OT, ""),  # The Complete AI Interview Guide: What Actually Works in 2025
    "199722c76bc26b27": (OT, ""),  # Job Opportunity - Program Manager - Remote
    "199724591ba48b3b": (OT, ""),  # Job Cybersecurity Technician is shared with you II Contract II
    "199724fb30fd8771": (A, "Tech Wizards"),  # Application Received Confirmation
    "199725c129280dc5": (SKIP, "a nag to finish an application"),  # You've started your job applica
    "19972e3f24c4cbb5": (COPY, ""),  # BAE Systems - Thank you for your application
    "19974aa2a47199f4": (R, "Cisco"),  # Thank You For Your Interest in the Director of Engineering
    "1997702c2df800b9": (COPY, ""),  # Fwd: Your Application with ICF
    "19978918c196d878": (OT, ""),  # NEWS: Donald Trump Adopts Joe Biden's Position on Ukraine and T
    "1997ab3740cc7954": (SKIP, "a nag to finish an application"),  # Your job application is incompl
    "1997b2a75c9c3396": (A, "Bowhead"),  # Thank you for your application with UIC & the Bowhead Fam
    "1997cd9bd4a0326b": (SKIP, "a nag to finish an application"),  # You've started your job applica
    "19984600352da1cd": (SKIP, "a nag to finish an application"),  # Your job application is incompl
    "1999526bb10da8dc": (OT, ""),  # How Secure Application eliminates the silos between observabili
    "1999d49b493bde14": (SKIP, "her own writing (her newsletter)"),  # Cyber Job Hunting Aint Easy
    "199ab14202d29271": (COPY, ""),  # Indeed Application: Senior Systems Security Engineer
    "199b2f1a45a1f1a6": (SKIP, "a nag to finish an application"),  # Complete Your SimVentions Appli
    "199b5e7e20495afc": (A, "Northrop Grumman"),  # Adrian, we have received your application
    "199b9b7acdbe008d": (OT, ""),  # Job Opportunity with State VA at Richmond, VA - Cybersecurity E
    "199b9f24c3916cf5": (OT, ""),  # Job Opportunity with State VA at Richmond, VA - Cybersecurity E
    "199c0e99aa0597f0": (OT, ""),  # Job change? Your pet’s MetLife coverage doesn’t budge.
    "199c5192741aa3eb": (OT, ""),  # Adrian, I've found your job of the week
    "199c51fa8a222cd6": (COPY, ""),  # Your application for the position Cybersecurity Program Manag
    "199c51fabe318e18": (COPY, ""),  # Indeed Application: Cybersecurity Program Manager
    "199c8cef645b3564": (OT, ""),  # What the unofficial job numbers reveal, something strange is ha
}


def _rows(git_dir: str) -> dict[str, dict[str, str]]:
    """Each message once, by Gmail id, with the first non-empty text of the three exports."""
    found: dict[str, dict[str, str]] = {}
    for path in FILES:
        raw = show_bytes(git_dir, COMMIT, path)
        for row in json.loads(raw.decode("utf-8-sig")):
            known = found.get(row["msg_id"])
            if known is None or (not known["body"].strip() and (row["body"] or "").strip()):
                found[row["msg_id"]] = {**row, "body": row["body"] or ""}
    return found


def messages(git_dir: str) -> list[dict[str, str]]:
    """Each labelled message, numbered from FIRST in LABELS' order."""
    rows = _rows(git_dir)
    listed = {k for k, row in rows.items() if row["body"].strip()}
    assert listed == set(LABELS), "every message with text is labelled, skipped or a copy"
    out: list[dict[str, str]] = []
    for n, (msg_id, (label, company)) in enumerate(LABELS.items(), start=FIRST):
        if label in (SKIP, COPY):
            continue
        row = rows[msg_id]
        body = row["body"]
        kind = "html" if re.search(r"<(?:html|div|p|table|body|br)\b", body, re.I) else "plain"
        out.append(
            {
                "n": str(n),
                "subject": row["subject"],
                "from": row["sender"],
                "body": body,
                "body_type": kind,
                "label": label,
                "company": company,
                "group": "",
            }
        )
    return out
