"""Demo data: a few emails, read by the real parser, waiting on the Inbox page."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime

from django.contrib.auth.models import User
from django.utils import timezone

from onward.pipeline.seed import Seed

from .models import Source
from .parsing import parse
from .services import Importer
from .understand import understand

# (hours ago, From, Subject, body)
EMAILS: list[tuple[int, str, str, str]] = [
    (
        3,
        "Juniper Books Careers <careers@juniperbooks.example>",
        "Your application for Data Analyst",
        "Dear Alex,\n\nThank you for applying for the Data Analyst role at Juniper Books. "
        "We received many strong applications, and after careful review we have decided to "
        "move forward with other candidates whose experience more closely matches the role.\n\n"
        "We wish you every success in your search.\n\nJuniper Books Careers",
    ),
    (
        20,
        "Mia Torres <mia.torres@northwindhealth.example>",
        "Senior Data Analyst - phone screen",
        "Hi Alex,\n\nThanks for applying for the Senior Data Analyst position. I'd like to "
        "schedule a 30-minute phone screen to hear more about your work. What times work for "
        "you this week?\n\nBest,\nMia Torres\nTalent Acquisition, Northwind Health",
    ),
    (
        30,
        "Pinecrest Software Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application to Pinecrest Software",
        "Hi Alex,\n\nThank you for your interest in Pinecrest Software and the Junior Data "
        "Engineer role. Unfortunately, we won't be moving forward with your application at "
        "this time.\n\nAll the best,\nThe Pinecrest Software Recruiting Team",
    ),
    (
        50,
        "Orbital Foods <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Orbital Foods",
        "Hi Alex,\n\nThanks for applying to Orbital Foods! We've received your application "
        "for the Supply Chain Analyst position and our team will review it shortly.\n\n"
        "Orbital Foods Recruiting",
    ),
]


def populate(user: User, seed: Seed) -> None:
    importer = Importer(user, Source.DEMO)
    now = timezone.now()
    for index, (hours, sender, subject, body) in enumerate(EMAILS):
        when = now - dt.timedelta(hours=hours)
        raw = (
            f"From: {sender}\nTo: {user.email}\nSubject: {subject}\n"
            f"Date: {format_datetime(when)}\nMessage-ID: <demo-{index}-{user.pk}@onward.local>\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
        ).encode()
        mail = parse(raw)
        importer.add(mail, understand(mail))
