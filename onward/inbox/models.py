"""Mail brought into Onward, what it seemed to say, and what the user decided."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Label(models.TextChoices):
    REJECTION = "rejection", "A rejection"
    NEXT_STEP = "next_step", "A next step (interview, call, task)"
    OFFER = "offer", "An offer"
    RECEIVED = "received", "They got my application"
    OTHER = "other", "Something else"


class Source(models.TextChoices):
    PASTE = "paste", "Pasted"
    UPLOAD = "upload", "Uploaded"
    CLI = "cli", "Command line"
    IMAP = "imap", "Mail account"
    DEMO = "demo", "Demo"


class ImportedMessage(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "To look at"
        ACCEPTED = "accepted", "Done"
        AUTO = "auto", "Updated automatically"
        DISMISSED = "dismissed", "Not what it seemed"
        IGNORED = "ignored", "Ignored"
        LOGGED = "logged", "Logged"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # The Message-ID, or "sha256:..." of the message when it has none: one row per mail.
    key = models.CharField(max_length=300)
    message_id = models.CharField(max_length=300, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices)
    received_at = models.DateTimeField(null=True, blank=True)
    subject = models.CharField(max_length=500, blank=True)
    sender_name = models.CharField(max_length=200, blank=True)
    sender_email = models.CharField(max_length=254, blank=True)
    text = models.TextField(blank=True)
    label = models.CharField(max_length=20, choices=Label.choices)
    confidence = models.FloatField(default=0)
    company = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    application = models.ForeignKey(
        "pipeline.Application",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="emails",
        help_text="The application it matched, or the one it was filed under.",
    )
    person = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="emails"
    )
    interaction = models.OneToOneField(
        "people.Interaction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="email",
    )
    warnings = models.TextField(blank=True)
    # Why the label is what it is when the classifier was overruled (a lesson the user gave).
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="inbox_message_once_per_user")
        ]
        indexes = [models.Index(fields=["user", "status"], name="inbox_user_status")]

    def __str__(self) -> str:
        return self.subject or f"Email {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("inbox:message", args=[self.pk])

    @property
    def sender(self) -> str:
        return self.sender_name or self.sender_email or "Someone"


class ConnectTodo(models.Model):
    """A suggestion to connect with a real person who wrote (not a no-reply address)."""

    class State(models.TextChoices):
        OPEN = "open", "To do"
        DONE = "done", "Done"
        DISMISSED = "dismissed", "Not now"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="+")
    message = models.ForeignKey(
        ImportedMessage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "person"], name="inbox_connect_once_per_person")
        ]

    def __str__(self) -> str:
        return f"Connect with {self.person}"

    def get_absolute_url(self) -> str:
        return reverse("inbox:connect", args=[self.pk])


class InboxSettings(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="inbox_settings"
    )
    auto_apply = models.BooleanField(
        "Update my applications by themselves when Onward is sure",
        default=False,
        help_text="Only for a clear rejection that matches one of your applications. "
        "Everything else still waits for your yes.",
    )

    def __str__(self) -> str:
        return f"Inbox settings of {self.user}"


class MailAccount(models.Model):
    """An IMAP folder Onward reads, from the last message it saw onwards."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mail_account"
    )
    host = models.CharField(max_length=200)
    port = models.PositiveIntegerField(default=993)
    use_ssl = models.BooleanField(default=True)
    # The host the person allowed to receive their password in plain text (a server on
    # their own network with no TLS). Empty, or another host than `host`: never.
    plain_login_host = models.CharField(max_length=200, blank=True)
    username = models.CharField(max_length=200)
    password_encrypted = models.TextField(blank=True)
    folder = models.CharField(max_length=200, default="INBOX")
    since = models.DateField(null=True, blank=True)
    uidvalidity = models.BigIntegerField(null=True, blank=True)
    last_uid = models.BigIntegerField(default=0)
    last_synced_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    last_result = models.CharField(max_length=300, blank=True)
    syncing_since = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.username} on {self.host}"


class SenderLesson(models.Model):
    """What the person told Onward about one sender's kind of mail: its label from now on.

    A sender's template is the domain of its address and its subject with the parts that
    change from one mail to the next (names, numbers, dates) taken out, or the first lines
    of the body when there is no subject."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    domain = models.CharField(max_length=254)
    template = models.CharField(max_length=300)
    label = models.CharField(max_length=20, choices=Label.choices)
    # What the message was before the correction, so "Undo" can put it back.
    message = models.ForeignKey(
        ImportedMessage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    was_label = models.CharField(max_length=20, choices=Label.choices)
    was_status = models.CharField(max_length=10, choices=ImportedMessage.Status.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "domain", "template"], name="inbox_lesson_once_per_template"
            )
        ]

    def __str__(self) -> str:
        return f"Mail from {self.domain} is {self.get_label_display().lower()}"
