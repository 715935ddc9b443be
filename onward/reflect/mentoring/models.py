"""Asking a mentor: the request, its private links, the mentor's replies, and the action
items the user makes of the advice."""

from __future__ import annotations

import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


def cv_upload_to(instance: MentorRequest, filename: str) -> str:
    # A random name: the user's file name never reaches the disk, and no one can guess
    # the path of someone else's CV.
    suffix = PurePosixPath(filename).suffix.lower()
    return f"reflect/cv/{secrets.token_hex(16)}{suffix}"


class MentorRequest(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    mentor = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentor_requests",
    )
    mentor_name = models.CharField(max_length=200)  # kept if the person is deleted
    step = models.ForeignKey(
        "plans.Step", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rejection = models.ForeignKey(
        "pipeline.Rejection",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentor_requests",
    )
    # A snapshot of the focus areas at the time of asking: [{"key", "title", "why"}].
    focus_areas = models.JSONField(default=list, blank=True)
    message = models.TextField()
    notes = models.TextField(blank=True)
    debriefs = models.ManyToManyField("reflect.Debrief", blank=True, related_name="+")
    hide_companies = models.BooleanField(default=False)
    cv = models.FileField(upload_to=cv_upload_to, blank=True, max_length=200)
    cv_name = models.CharField(max_length=120, blank=True)
    cv_size = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Request to {self.mentor_name}"

    def get_absolute_url(self) -> str:
        return reverse("reflect:mentor_request_detail", args=[self.pk])

    @property
    def mentor_first_name(self) -> str:
        parts = self.mentor_name.split()
        return parts[0] if parts else self.mentor_name


class ShareQuerySet(models.QuerySet["Share"]):
    def live(self) -> ShareQuerySet:
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())


class Share(models.Model):
    """A private, read-only link to a request. Only the token's SHA-256 is stored, so a
    copy of the database cannot be turned back into working links."""

    request = models.ForeignKey(MentorRequest, on_delete=models.CASCADE, related_name="shares")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_viewed_at = models.DateTimeField(null=True, blank=True)

    objects = ShareQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Link to {self.request}"

    @property
    def is_live(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()


class MentorReply(models.Model):
    request = models.ForeignKey(MentorRequest, on_delete=models.CASCADE, related_name="replies")
    share = models.ForeignKey(
        Share, null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    name = models.CharField(max_length=100)
    # Plain text, always shown escaped: a reply can never carry markup into a page.
    body = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)
    # The one-time number of the reply form that sent it: a form sends one reply, however
    # often it is posted, in any process (the database keeps it unique).
    stamp_nonce = models.CharField(max_length=32, null=True, blank=True, unique=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name_plural = "mentor replies"

    def __str__(self) -> str:
        return f"Reply from {self.name}"

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else self.name


class ActionItem(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    due_on = models.DateField()
    request = models.ForeignKey(
        MentorRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    reply = models.ForeignKey(
        MentorReply, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    # A focus area key from the patterns (a dimension, or "stage:<stage>").
    focus_key = models.CharField(max_length=40, blank=True)
    focus_title = models.CharField(max_length=120, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["done_at", "due_on", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    @property
    def source(self) -> str:
        if self.reply_id and self.reply:
            return f"From {self.reply.first_name}'s advice"
        return ""
