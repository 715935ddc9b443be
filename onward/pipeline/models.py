"""Where a job search stands: applications, their stage history,
interviews and the rejection that starts an aftercare plan."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

# Companies are records, like people, and live there; the old import path keeps working.
from onward.people.models import Company as Company


class Stage(models.TextChoices):
    # Ordered from earliest to furthest; `rank` relies on this order.
    SAVED = "saved", "Saved"
    APPLIED = "applied", "Applied"
    SCREEN = "screen", "Phone screen"
    INTERVIEW = "interview", "Interviewing"
    FINAL = "final", "Final round"
    OFFER = "offer", "Offer"

    @classmethod
    def rank(cls, value: str) -> int:
        values = [choice.value for choice in cls]
        return values.index(value) if value in values else -1


class Outcome(models.TextChoices):
    OPEN = "open", "In progress"
    REJECTED = "rejected", "Not this time"
    WITHDRAWN = "withdrawn", "Withdrawn"
    ACCEPTED = "accepted", "Accepted"


class Application(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="applications")
    role = models.CharField(max_length=200)
    location = models.CharField(max_length=200, blank=True)
    job_url = models.URLField(blank=True)
    applied_on = models.DateField(null=True, blank=True)
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.APPLIED)
    # Kept separately so that a final "rejected" never hides how far it went.
    furthest_stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.APPLIED)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, default=Outcome.OPEN)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.role} at {self.company.name}"

    def get_absolute_url(self) -> str:
        return reverse("pipeline:application_detail", args=[self.pk])


class StageChange(models.Model):
    """One line of the stage history; never edited, only appended."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="history")
    stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, default=Outcome.OPEN)
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_stage_display()} ({self.get_outcome_display()})"


class Interview(models.Model):
    class Kind(models.TextChoices):
        PHONE = "phone", "Phone screen"
        VIDEO = "video", "Video call"
        ONSITE = "onsite", "On-site"
        PANEL = "panel", "Panel"
        TECHNICAL = "technical", "Technical"
        OTHER = "other", "Other"

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviews"
    )
    held_on = models.DateField()
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.VIDEO)
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.INTERVIEW)
    notes = models.TextField(blank=True, help_text="What you talked about.")
    interviewers = models.ManyToManyField(
        "people.Person", through="InterviewPanel", related_name="interviews"
    )

    class Meta:
        ordering = ["held_on", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.held_on:%d %b %Y}"


class InterviewPanel(models.Model):
    """One interviewer in one interview, with what was discussed with them."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE)
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE)
    topics = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["interview", "person"], name="panel_unique_person")
        ]

    def __str__(self) -> str:
        return f"{self.person} in {self.interview}"


class Rejection(models.Model):
    class Channel(models.TextChoices):
        EMAIL = "email", "Email"
        PHONE = "phone", "Phone call"
        PORTAL = "portal", "Job portal"
        IN_PERSON = "in_person", "In person"
        SILENCE = "silence", "They stopped replying"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="rejection"
    )
    received_on = models.DateField()
    stage_reached = models.CharField(max_length=20, choices=Stage.choices)
    channel = models.CharField(max_length=20, choices=Channel.choices, default=Channel.EMAIL)
    message_text = models.TextField(blank=True)
    would_work_there = models.BooleanField(default=True)
    future_interest = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.application} ({self.received_on:%d %b %Y})"

    @property
    def wants_future_line(self) -> bool:
        return self.would_work_there and self.future_interest
