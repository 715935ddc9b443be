"""The people met along the way, the companies they work at, and every interaction with them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Relationship(models.TextChoices):
    INTERVIEWER = "interviewer", "Interviewer"
    RECRUITER = "recruiter", "Recruiter"
    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    MENTOR = "mentor", "Mentor"
    PEER = "peer", "Peer"


class Company(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    website = models.URLField(blank=True)
    careers_url = models.URLField(blank=True)
    # Sample data from "Show me around" can be cleared without touching the user's own.
    is_sample = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # Born in pipeline; the table keeps its name so data and foreign keys stay put.
        db_table = "pipeline_company"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="company_unique_name_per_user")
        ]
        verbose_name_plural = "companies"

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    title = models.CharField(max_length=200, blank=True)
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    linkedin_url = models.URLField("LinkedIn URL", blank=True)
    postal_address = models.TextField(blank=True)
    how_we_met = models.CharField(max_length=300, blank=True)
    relationship = models.CharField(
        max_length=20, choices=Relationship.choices, default=Relationship.INTERVIEWER
    )
    notes = models.TextField(blank=True)
    keep_in_touch_days = models.PositiveIntegerField(null=True, blank=True)
    is_sample = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("people:person_detail", args=[self.pk])

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else self.name


class Interaction(models.Model):
    class Kind(models.TextChoices):
        EMAIL = "email", "Email"
        CARD = "card", "Card"
        CALL = "call", "Call"
        MEETING = "meeting", "Meeting"
        INTERVIEW = "interview", "Interview"
        LINKEDIN = "linkedin", "LinkedIn"
        NOTE = "note", "Note"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="interactions")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NOTE)
    happened_at = models.DateTimeField(default=timezone.now)
    summary = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-happened_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} with {self.person}: {self.summary}"
