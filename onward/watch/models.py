"""Company watch: public job boards (shared by everyone who watches them), each
user's watches with their filters, the postings seen on a board, and alerts.

Postings and alerts are unique by constraint, so a posting is stored once per
board and announced once per user, whatever restarts or parallel workers do.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Board(models.Model):
    """One public job board. Shared: ten users watching Acme cost one fetch per cycle."""

    class Status(models.TextChoices):
        OK = "ok", "Checked"
        FAILING = "failing", "Having trouble"
        MOVED = "moved", "Moved"
        GONE = "gone", "Gone"

    vendor = models.CharField(max_length=20)
    # The board name ("acme"), or for an RSS/Atom feed the feed's URL.
    token = models.CharField(max_length=500)
    company_name = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OK)
    # Demo data: shown like any board, never fetched.
    is_sample = models.BooleanField(default=False)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    failures = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    moved_to = models.CharField(max_length=1000, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_ok_at = models.DateTimeField(null=True, blank=True)
    # Set by the first good fetch: what the board held then is the baseline, not news.
    baseline_at = models.DateTimeField(null=True, blank=True)
    # A cycle claims its boards for a while, so two workers never fetch one board twice.
    claimed_by = models.CharField(max_length=32, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["vendor", "token"], name="watch_board_unique")
        ]
        indexes = [models.Index(fields=["status", "next_poll_at"])]

    def __str__(self) -> str:
        return f"{self.vendor}:{self.token}"

    @property
    def source_label(self) -> str:
        from .sources import SOURCES

        source = SOURCES.get(self.vendor)
        return source.label if source else self.vendor

    @property
    def public_url(self) -> str:
        from .sources import SOURCES

        source = SOURCES.get(self.vendor)
        return source.careers_url(self.token) if source else ""

    @property
    def needs_attention(self) -> bool:
        return self.status in {self.Status.MOVED, self.Status.GONE}


class Watch(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    company = models.ForeignKey("people.Company", on_delete=models.CASCADE, related_name="watches")
    # None when Onward found no job board it can read behind the company's careers page:
    # the watch is then a reminder to look at that page yourself (look_every_days).
    board = models.ForeignKey(
        Board, null=True, blank=True, on_delete=models.PROTECT, related_name="watches"
    )
    rejection = models.ForeignKey(
        "pipeline.Rejection",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="watches",
    )
    careers_url = models.CharField(max_length=1000)
    keywords = models.CharField(
        max_length=300,
        blank=True,
        help_text="Words from the job titles you'd want, separated by commas. "
        "Leave empty to hear about every opening.",
    )
    locations = models.CharField(
        max_length=300,
        blank=True,
        help_text="Places, separated by commas. Leave empty for anywhere.",
    )
    remote = models.BooleanField(
        "Remote roles too", default=False, help_text="Also tell me about remote roles."
    )
    email_immediately = models.BooleanField(
        "Email me at once",
        default=False,
        help_text="Send me an email as soon as a fitting role opens.",
    )
    look_every_days = models.PositiveSmallIntegerField(null=True, blank=True)
    next_look_on = models.DateField(null=True, blank=True)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["company__name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "board"], name="watch_one_per_board"),
            models.UniqueConstraint(
                fields=["user", "company"],
                condition=models.Q(board__isnull=True),
                name="watch_one_reminder_per_company",
            ),
            # A watch reads a board, or reminds its user to look at the page: never neither.
            models.CheckConstraint(
                condition=models.Q(board__isnull=False)
                | models.Q(look_every_days__isnull=False, next_look_on__isnull=False),
                name="watch_board_or_reminder",
            ),
        ]

    def __str__(self) -> str:
        return f"Watching {self.company}"

    def get_absolute_url(self) -> str:
        return reverse("watch:watch_edit", args=[self.pk])

    @property
    def is_reminder(self) -> bool:
        return self.board_id is None


class Posting(models.Model):
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="postings")
    vendor_id = models.CharField(max_length=200)
    title = models.CharField(max_length=300)
    location = models.CharField(max_length=300, blank=True)
    remote = models.BooleanField(default=False)
    department = models.CharField(max_length=200, blank=True)
    url = models.CharField(max_length=1000)
    posted_at = models.DateTimeField(null=True, blank=True)
    first_seen_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-first_seen_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["board", "vendor_id"], name="watch_posting_unique")
        ]

    def __str__(self) -> str:
        return self.title


class Alert(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    watch = models.ForeignKey(Watch, on_delete=models.CASCADE, related_name="alerts")
    posting = models.ForeignKey(Posting, on_delete=models.CASCADE, related_name="alerts")
    created_at = models.DateTimeField(default=timezone.now)
    seen_at = models.DateTimeField(null=True, blank=True)
    dismissed_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    # The poll cycle that announced it (printed, emailed): claimed once, by one cycle.
    claimed_by = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "posting"], name="watch_alert_once")]

    def __str__(self) -> str:
        return f"{self.watch.company} is hiring: {self.posting.title}"

    def get_absolute_url(self) -> str:
        return reverse("watch:alert_detail", args=[self.pk])

    @property
    def headline(self) -> str:
        title = self.posting.title
        article = "an" if title[:1].lower() in "aeiou" else "a"
        return f"{self.watch.company.name} is hiring {article} {title}"


class AlertNote(models.Model):
    """The re-engagement note written to one person about one alert (one each, at most)."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="notes")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE)
    note = models.OneToOneField("notes.Note", on_delete=models.CASCADE, related_name="watch_alert")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert", "person"], name="watch_note_per_person")
        ]

    def __str__(self) -> str:
        return f"Note to {self.person} about {self.alert.posting}"
