"""What to say next: a suggested touch for where the relationship stands, and a draft.

The playbook's long game: connect on LinkedIn about two weeks after the interview,
share something useful, congratulate them on news, and after a few months check in
on openings. Every draft is the user's to edit, and passes the same tone check as a
thank-you note (their name, one real detail, nothing bitter, no asking why).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.db import models

from onward.notes.drafts import sign, topic_phrase
from onward.notes.tone import Finding, check_note, first_name
from onward.people.models import Interaction, Person, Relationship
from onward.pipeline.models import InterviewPanel
from onward.pipeline.services import topics_with


class TouchKind(models.TextChoices):
    LINKEDIN = "linkedin", "Connect on LinkedIn"
    CONGRATULATE = "congratulate", "Congratulate them on their news"
    SHARE = "share", "Share something useful"
    OPENINGS = "openings", "Check in on openings"
    UPDATE = "update", "Tell them how it's going"


# The interaction each touch is logged as, and the line it leaves in the history.
LOGGED_AS: dict[str, tuple[str, str]] = {
    TouchKind.LINKEDIN: (Interaction.Kind.LINKEDIN, "Connected on LinkedIn"),
    TouchKind.CONGRATULATE: (Interaction.Kind.EMAIL, "Congratulated them on their news"),
    TouchKind.SHARE: (Interaction.Kind.EMAIL, "Shared something useful"),
    TouchKind.OPENINGS: (Interaction.Kind.EMAIL, "Checked in about openings"),
    TouchKind.UPDATE: (Interaction.Kind.EMAIL, "Told them how it's going"),
}

LINKEDIN_AFTER_DAYS = (10, 60)  # about two weeks after the interview, while it's fresh
OPENINGS_AFTER_DAYS = 75  # "a few months" after meeting
NEWS_WITHIN_DAYS = 45
NEWS = re.compile(
    r"\b(?:promot\w*|new (?:role|job|position)|launch\w*|award\w*|published|"
    r"spoke at|talk at|raised|funding|anniversary|congrat\w*|news|started at|joined)\b",
    re.I,
)
WORK_WITH = {Relationship.INTERVIEWER, Relationship.HIRING_MANAGER, Relationship.RECRUITER}


@dataclass(frozen=True)
class Situation:
    """Where the relationship stands, gathered once for the suggestion and the drafts."""

    person: Person
    today: dt.date
    last_interview_on: dt.date | None
    met_on: dt.date
    topic: str  # what you talked about in the interview, if noted
    role: str
    company: str
    news: str  # a recent logged line that sounds like news
    connected_on_linkedin: bool
    would_work_there: bool
    sender: str
    recent: list[Interaction] = field(default_factory=list)

    @property
    def details(self) -> list[str]:
        return [self.topic] if self.topic.strip() else []


def situation(person: Person, today: dt.date, sender: str = "") -> Situation:
    interactions = list(person.interactions.all()[:50])
    panel = (
        InterviewPanel.objects.filter(person=person)
        .select_related("interview__application__company")
        .order_by("-interview__held_on", "-pk")
        .first()
    )
    application = panel.interview.application if panel else None
    # Only what was talked about in an interview goes into a draft as "our conversation
    # about …"; the user's private notes about someone stay in the context panel.
    topic = topics_with(application, person) if application else ""
    rejection = getattr(application, "rejection", None) if application else None
    news = next(
        (
            i.summary
            for i in interactions
            if i.kind not in {Interaction.Kind.INTERVIEW}
            and (today - i.happened_at.date()).days <= NEWS_WITHIN_DAYS
            and NEWS.search(i.summary)
        ),
        "",
    )
    met = min([i.happened_at.date() for i in interactions] + [person.created_at.date()])
    return Situation(
        person=person,
        today=today,
        last_interview_on=panel.interview.held_on if panel else None,
        met_on=met,
        topic=topic_phrase(topic, person.name),
        role=application.role if application else "",
        company=application.company.name if application else (str(person.company or "")),
        news=news,
        connected_on_linkedin=any(i.kind == Interaction.Kind.LINKEDIN for i in interactions),
        would_work_there=rejection.would_work_there if rejection else True,
        sender=sender,
        recent=interactions[:3],
    )


def suggest(s: Situation) -> str:
    """The one touch that fits best now."""
    if s.news:
        return TouchKind.CONGRATULATE
    if s.person.relationship == Relationship.MENTOR:
        return TouchKind.UPDATE
    if s.last_interview_on and not s.connected_on_linkedin:
        since = (s.today - s.last_interview_on).days
        if LINKEDIN_AFTER_DAYS[0] <= since <= LINKEDIN_AFTER_DAYS[1]:
            return TouchKind.LINKEDIN
    if (
        s.person.relationship in WORK_WITH
        and s.would_work_there
        and (s.today - s.met_on).days >= OPENINGS_AFTER_DAYS
    ):
        return TouchKind.OPENINGS
    return TouchKind.SHARE


WHY: dict[str, str] = {
    TouchKind.LINKEDIN: "About two weeks after an interview, a connection request is easy to "
    "accept and keeps you in view.",
    TouchKind.CONGRATULATE: "Good news is the easiest reason to write, and people remember "
    "who noticed.",
    TouchKind.SHARE: "Sharing something useful asks nothing of them, and reminds them of a good "
    "conversation.",
    TouchKind.OPENINGS: "A few months on, a light question about openings is welcome, and "
    "timing is often everything.",
    TouchKind.UPDATE: "Mentors like to hear how their advice turned out, good news or not.",
}


@dataclass(frozen=True)
class TouchDraft:
    kind: str
    subject: str
    body: str

    @property
    def label(self) -> str:
        return TouchKind(self.kind).label


def _talk(s: Situation) -> str:
    """A phrase that names the real conversation, so the draft is personal."""
    if s.topic:
        return f"our conversation about {s.topic}"
    if s.company:
        return f"our chat about the work at {s.company}"
    return "our chat about your work"


def _sign(s: Situation) -> str:
    signed = sign("Best wishes", s.sender)
    return f"\n\n{signed}" if signed else ""


def draft(s: Situation, kind: str) -> TouchDraft:
    name = first_name(s.person.name) or s.person.name
    talk = _talk(s)
    role = f" for the {s.role} role" if s.role else ""
    if kind == TouchKind.LINKEDIN:
        # A connection note: LinkedIn keeps these short, so no sign-off.
        opening = (
            f"thank you again for the interview{role}. I enjoyed {talk}, and"
            if s.last_interview_on
            else f"I enjoyed {talk}, and"
        )
        body = f"Hi {name}, {opening} I'd be glad to stay in touch here."
        return TouchDraft(kind, "", body)
    if kind == TouchKind.CONGRATULATE:
        body = (
            f"Hi {name},\n\nI saw your news and wanted to say congratulations. I still think "
            f"back to {talk}, and it's lovely to see things going well for you." + _sign(s)
        )
        return TouchDraft(kind, "Congratulations", body)
    if kind == TouchKind.OPENINGS:
        at = f" at {s.company}" if s.company else ""
        keen = (
            f"I've kept thinking about {talk}, and I'm still keen on the work{at}."
            if s.topic
            else f"Since our chat about the team{at}, I've stayed keen on working with you."
        )
        body = (
            f"Hi {name},\n\nI hope you're well. {keen} If a role opens up that might suit me, "
            "I'd be glad to hear about it. Either way, I hope the year is going well." + _sign(s)
        )
        return TouchDraft(kind, "Checking in", body)
    if kind == TouchKind.UPDATE:
        body = (
            f"Hi {name},\n\nA quick update since our last conversation about "
            f"{s.topic or 'my search'}. Things are moving, one step at a time, and your "
            "advice has helped. I'd love to catch up when you have a moment." + _sign(s)
        )
        return TouchDraft(kind, "A quick update", body)
    found = (
        f"This week I was reading about {s.topic}, and it took me straight back to our "
        "conversation."
        if s.topic
        else f"I came across something this week that took me back to {talk}."
    )
    body = (
        f"Hi {name},\n\n{found} If it's useful, I'm happy to send over what I found. No need "
        "to reply; I hope all is well with you." + _sign(s)
    )
    return TouchDraft(TouchKind.SHARE, "Thought of you", body)


def check(s: Situation, text: str) -> list[Finding]:
    return check_note(text, "email", s.person.name, s.details)
