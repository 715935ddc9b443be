# ruff: noqa: RUF001, E501  (file names kept as published: typographic apostrophes, long names)
"""One job seeker's own mailbox, kept as .eml files (cyberthreatgurl/GmailJobTracker, MIT).

The author of GmailJobTracker, a tracker that reads a Gmail job search, committed the mail it
was tested on: `tests/emails/*.eml`, exported whole from her mailbox in 2025 (cyber-security
and threat-intelligence roles in the United States; she is greeted as Kelly or Adrian). The
files were removed from the repository later; they are read at COMMIT, the last commit that
has all 87. Every file is one received message, read as the app reads mail: the plain part
when there is one, else the HTML (`body_type`).

Labels and companies were given by reading each message (LABELS, by file name). Left out
(SKIP): her own messages (a reply and a forward with her question on top), two nags to finish
an application or a questionnaire (as `pfohl`'s are), and four personal messages that are not
job-search mail and concern other people or her accounts (a mortgage quote, a relative's health
cover, a prescription, a payment receipt). Kept as `other`: newsletters, job alerts,
recruiters' cold messages and the rest of the mailbox, which the inbox must not call a
rejection. A position cancelled, or not filled, or an application closed for good, is a
rejection, as in `multilang` (TUMApply's "position closed"). ECS's two spellings ("ECS Federal,
LLC", "ECS") share one split group, as `bauer`'s GROUP does.
"""

from __future__ import annotations

import email
import subprocess
from email import policy
from email.message import EmailMessage

from .git_files import show_bytes

REPO = "cyberthreatgurl/GmailJobTracker"
COMMIT = "4b1e117a745466ddbe8574b54737065e53e7b99d"
FOLDER = "tests/emails/"

SKIP = {
    "Position You Applied For - Leidos - Cybersecurity PMA.eml",  # her own reply
    "Your Application with ICF.eml",  # her forward, her own question on top
    "Don't forget to finish your application with Amentum.eml",  # a nag
    "Your Parsons Job Application for_ [not available].eml",  # a questionnaire to complete
    "Numbers on 25 Years.eml",  # personal: a mortgage quote
    "TLC Health Care Coverage Updated.eml",  # personal: a relative's health cover
    "Your prescription is ready.eml",  # personal
    "Thank you for your payment. Your confirmation number is 200341688594.eml",  # personal
}

R, A, N, OT = "rejection", "received", "next_step", "other"
LABELS: dict[str, tuple[str, str]] = {
    "ARES Opportunities.eml": (N, "ARES Corporation"),
    "AmentumCareers Job Alerts.eml": (OT, ""),
    "Anthropic Follow-Up for Security Engineer_ Detection and Response _ Adrian Shaw.eml": (
        R,
        "Anthropic",
    ),
    "Application Received - Thank You.eml": (A, "SailPoint Technologies"),
    "Application submitted for Computer Network Defense Analyst - Entry to Experienced Level (MD, TX) - 1249540.eml": (
        A,
        "National Security Agency",
    ),
    "Assessments complete for SUPERVISORY IT SPECIALIST (INFOSEC), ST-12829104-26-JLM.eml": (
        OT,
        "",
    ),
    "BAE Systems - Thank you for your application.eml": (A, "BAE Systems"),
    "CSA Thanks You! (1).eml": (R, "CSA"),
    "CSA Thanks You!.eml": (R, "CSA"),
    "DHS Cybersecurity Service Application Status Update for the Cybersecurity Research and Development - Leadership position (Vacancy #12404802).eml": (
        R,
        "Department of Homeland Security",
    ),
    "Deep Dive_ China’s Global Strategy and Power Balance.eml": (OT, ""),
    "Draper Application Status.eml": (R, "Draper"),
    "ECS Federal, LLC -1136-ARPA-H AI & Cybersecurity Expert has been cancelled.eml": (
        R,
        "ECS Federal",
    ),
    "GovCom Talent Talks.eml": (OT, ""),
    "I found your resume on USAJOBS. What do you think of this position_.eml": (OT, ""),
    "Indeed Application_ Cyber Security Engineer.eml": (A, ""),
    "Indeed Application_ Cybersecurity Program Manager.eml": (A, ""),
    "Indeed Application_ Senior Systems Security Engineer (1).eml": (A, ""),
    "Indeed Application_ Senior Systems Security Engineer.eml": (A, ""),
    "Instructions for Completing Your Form Later.eml": (OT, ""),
    "Intro Kelly and Stas.eml": (N, "Eclypsium"),
    "It’s great that you’re interested in AFS!.eml": (A, "Accenture Federal Services"),
    "Kelly, we have received your application for Engineering Manager, Attack Emulation Team.eml": (
        A,
        "Netflix",
    ),
    "Kelly, your application was sent to TikTok.eml": (A, "TikTok"),
    "Look forward to discussing your future with MANTECH!.eml": (N, "MANTECH"),
    "Meeting with Kelly Shaw -_ Cyber Program Director.eml": (N, "Sharp Decisions"),
    "Meeting with Kelly Shaw.eml": (N, "Endyna"),
    "NSA Employment Processing Update.eml": (R, "National Security Agency"),
    "New job opportunities at Viasat!.eml": (OT, ""),
    "New jobs similar to Cybersecurity SME - Incident Response & Threat Hunting at NTT DATA North America.eml": (
        OT,
        "",
    ),
    "Notice of Results and Referral for SUPERVISORY IT SPECIALIST (INFOSEC), ST-12829104-26-JLM.eml": (
        R,
        "Naval Sea Systems Command",
    ),
    "OpenAI Reorgs For Profit, MiniMax-M2 Leads Open Coding, Universal Music Group Embraces AI, LLMs Go Private.eml": (
        OT,
        "",
    ),
    "PERMANENT_ FULL TIME JOB _ OT Cyber Security Analyst _ Apollo Beach, FL 33572.eml": (OT, ""),
    "Peraton Application Update.eml": (R, "Peraton"),
    "Position You Applied For - Leidos - Cybersecurity PM.eml": (N, "Leidos"),
    "Profile submitted to Idaho National Laboratory.eml": (A, "Idaho National Laboratory"),
    "Proofpoint - Thank you for applying!.eml": (R, "Proofpoint"),
    "Proofpoint - We have received your application..eml": (A, "Proofpoint"),
    "Proofpoint - We have received your application2.eml": (A, "Proofpoint"),
    "Rapid7 Application Update - Let’s Keep in Touch!.eml": (R, "Rapid7"),
    "Response Requested - Cyber Security Engineer - Millennium Corporation.eml": (
        N,
        "Millennium Corporation",
    ),
    "Software Engineering Institute - Employee Referral.eml": (
        A,
        "Software Engineering Institute",
    ),
    "Splunk Application Update _ Senior Machine Learning Engineer, AI (FULLY REMOTE-USA) (32661).eml": (
        R,
        "Splunk",
    ),
    "Take Control of Your Smart Home with Matter & TP-Link.eml": (OT, ""),
    "Thank You For Applying!.eml": (A, "Armis"),
    "Thank You For Your Recent Submission to Guidehouse.eml": (A, "Guidehouse"),
    "Thank You for Applying at Draper!.eml": (A, "Draper"),
    "Thank You for Applying at Hampton, VA.eml": (A, "Millennium Corporation"),
    "Thank You for submitting your resume!.eml": (A, "Peraton"),
    "Thank You from Simventions, Inc.eml": (R, "SimVentions"),
    "Thank you for applying (1).eml": (A, "Booz Allen"),
    "Thank you for applying to AIG.eml": (A, "AIG"),
    "Thank you for applying to Palo Alto Networks - Senior Manager, Threat Intel Research - _Adrian_ _Shaw_.eml": (
        A,
        "Palo Alto Networks",
    ),
    "Thank you for applying-bah1.eml": (A, "Booz Allen"),
    "Thank you for applying.eml": (A, "Booz Allen"),
    "Thank you for applying2.eml": (A, "Trellix"),
    "Thank you for applyingbah2.eml": (A, "Booz Allen"),
    "Thank you for your application.eml": (A, "Valiant Solutions"),
    "Thank you for your interest.eml": (R, "Capital One"),
    "Thank you for your interest1.eml": (R, "Capital One"),
    "Thank you for your interest2.eml": (R, "Capital One"),
    "Thank you for your interest611.eml": (R, "Capital One"),
    "Thanks for applying to Google.eml": (A, "Google"),
    "Thanks for applying to Google2.eml": (A, "Google"),
    "Thanks for applying to Rapid7! Here are the next steps....eml": (A, "Rapid7"),
    "The November 2025 issue of Computer is here!.eml": (OT, ""),
    "Trellix career opportunity update on Manager, Threat Intelligence Services.eml": (
        R,
        "Trellix",
    ),
    "Update on Leidos Position Full Spectrum Cyber AI Researcher (1).eml": (R, "Leidos"),
    "Update on Leidos Position Full Spectrum Cyber AI Researcher.eml": (R, "Leidos"),
    "Urgent Hiring for Job Lead Cybersecurity Engineer __ Reston, VA.eml": (OT, ""),
    "We Got It_ Thanks for applying for Field CTO position @ Claroty!.eml": (A, "Claroty"),
    "Your Application for SR All Source Analyst-CIS0003WZ at Amentum.eml": (A, "Amentum"),
    "Your Parsons Job Application Has Been Received.eml": (A, "Parsons"),
    "Your application for the position Cybersecurity Program Manager at ARES Corporation has been received.eml": (
        A,
        "ARES Corporation",
    ),
    "[EXTERNAL] Re_ ECS - Regarding Your Job Submission for Lead Cyber Threat Intelligence Analyst Position #2007-other.eml": (
        OT,
        "",
    ),
    "[EXTERNAL] Re_ ECS - Regarding Your Job Submission for Lead Cyber Threat Intelligence Analyst Position #2007.eml": (
        N,
        "ECS",
    ),
    "[EXT] Re_ RAND_ Research Lead - Securing Frontier AI.eml": (R, "RAND"),
    "[EXT] Re_ RAND_ Research Lead - Securing Frontier AI2.eml": (N, "RAND"),
    "🍁 Fall exclusive_ Get a cash bonus up to $1,000, plus market-leading rates up to 4.10% APY.eml": (
        OT,
        "",
    ),
}
GROUP = {"ECS Federal": "ecs", "ECS": "ecs"}


def _names(git_dir: str) -> list[str]:
    listing = ["ls-tree", "-r", "--name-only", COMMIT, FOLDER]
    out = subprocess.run(
        ["git", "-C", git_dir, "-c", "core.quotePath=false", *listing],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return sorted(n[len(FOLDER) :] for n in out.splitlines() if n.endswith(".eml"))


def _text(message: EmailMessage) -> tuple[str, str]:
    """The part the app reads (plain when it has text, else HTML) and its kind."""
    for kind in ("plain", "html"):
        part = message.get_body(preferencelist=(kind,))
        if part is not None:
            text = str(part.get_content())
            if text.strip():
                return text, kind
    return "", "plain"


def messages(git_dir: str) -> list[dict[str, str]]:
    """Each labelled message, numbered by its file's place in the folder's sorted listing."""
    out: list[dict[str, str]] = []
    for n, name in enumerate(_names(git_dir)):
        if name in SKIP:
            continue
        raw = show_bytes(git_dir, COMMIT, f"{FOLDER}{name}")
        message = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        body, kind = _text(message)
        label, company = LABELS[name]
        out.append(
            {
                "n": str(n),
                "subject": str(message.get("subject", "")),
                "from": str(message.get("from", "")),
                "body": body,
                "body_type": kind,
                "label": label,
                "company": company,
                "group": GROUP.get(company, ""),
            }
        )
    return out
