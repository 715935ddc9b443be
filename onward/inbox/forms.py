from __future__ import annotations

from typing import Any, cast

from django import forms
from django.conf import settings
from django.contrib.auth.models import User

from onward.lib import netguard
from onward.pipeline.models import Application

from .models import InboxSettings, Label, MailAccount

NEW = "new"


class PasteForm(forms.Form):
    text = forms.CharField(
        label="The email",
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        max_length=200_000,
        help_text="Paste the whole email. The headers (From, Subject, Date) help, "
        "but the text alone is enough.",
        error_messages={"required": "Paste an email here first."},
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field: each is checked like a single FileField."""

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data] if data else [single(None, initial)]
        return [single(data, initial)]


class UploadForm(forms.Form):
    upload = MultipleFileField(
        label="Files",
        widget=MultipleFileInput(attrs={"accept": ".eml,.mbox,.txt,message/rfc822"}),
        help_text="One or more .eml files, or an .mbox export (Gmail Takeout, Thunderbird, "
        "Apple Mail). Attachments are skipped and never kept.",
        error_messages={"required": "Choose a file to bring in."},
    )

    def clean_upload(self) -> list[Any]:
        files: list[Any] = self.cleaned_data["upload"]
        limit: int = settings.ONWARD_UPLOAD_MAX_BYTES
        if sum(file.size for file in files) > limit:
            raise forms.ValidationError(
                f"That's more than {limit / (1024 * 1024):.0f} MB, the most this page takes at "
                "once. Bring it in a few files at a time, or from the command line, which reads "
                "any size: onward import-mail PATH --user you@example.com"
            )
        return files


class DecisionForm(forms.Form):
    label = forms.ChoiceField(
        label="What is it?",
        choices=[c for c in Label.choices if c[0] != Label.OTHER],
        widget=forms.RadioSelect,
    )
    application = forms.ChoiceField(label="Which application?", required=False)
    company = forms.CharField(label="Company", max_length=200, required=False)
    role = forms.CharField(label="Role", max_length=200, required=False)
    received_on = forms.DateField(
        label="When it arrived", widget=forms.DateInput(attrs={"type": "date"})
    )

    quiet_optional = True

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.applications = {
            str(app.pk): app
            for app in Application.objects.filter(user=user).select_related("company")
        }
        choice = cast(forms.ChoiceField, self.fields["application"])  # declared above
        choice.choices = [
            (NEW, "A new application (from the company and role below)"),
            *[(pk, f"{app.role} at {app.company.name}") for pk, app in self.applications.items()],
        ]
        self.fields["company"].help_text = "Used for a new application."

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        choice = data.get("application") or NEW
        data["application"] = self.applications.get(choice)
        if data["application"] is None and not (data.get("company") or "").strip():
            self.add_error("company", "Add the company, so Onward can file it.")
        return data


class InboxSettingsForm(forms.ModelForm):
    class Meta:
        model = InboxSettings
        fields = ["auto_apply"]


class MailAccountForm(forms.ModelForm):
    password = forms.CharField(
        label="Password",
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )
    port = forms.IntegerField(label="Port", min_value=1, max_value=65535, initial=993)
    allow_plain_login = forms.BooleanField(
        required=False,
        label="If this server offers no encryption, send my password to it in plain text",
        help_text="Only for a server on your own network. Anyone on the way could read it.",
    )

    class Meta:
        model = MailAccount
        fields = ["host", "port", "use_ssl", "username", "folder", "since"]
        labels = {
            "host": "IMAP server",
            "use_ssl": "Use SSL/TLS (port 993)",
            "username": "Username",
            "folder": "Folder",
            "since": "Read mail from",
        }
        help_texts = {
            "host": "For example imap.gmail.com or imap.fastmail.com.",
            "use_ssl": "Without it, Onward asks the server to encrypt (STARTTLS) before it "
            "signs in, and stops if the server can't.",
            "folder": "INBOX, or a folder where your job-search mail goes.",
            "since": "Onward reads mail from this day on. Leave empty for all of it.",
        }
        widgets = {"since": forms.DateInput(attrs={"type": "date"})}

    field_order = [
        "host",
        "port",
        "use_ssl",
        "username",
        "password",
        "folder",
        "since",
        "allow_plain_login",
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        password = self.fields["password"]
        if self.instance.password_encrypted:
            password.help_text = "Stored encrypted. Leave empty to keep the saved one."
        else:
            # A new account can't sign in without one; a saved one is kept when left empty.
            password.help_text = "Often an app password from your mail provider. Stored encrypted."
            password.required = True
            password.error_messages["required"] = "Add the password, so Onward can sign in."
        plain = self.fields["allow_plain_login"]
        host = self.instance.host
        if host:
            plain.label = f"If {host} offers no encryption, send my password to it in plain text"
        plain.initial = bool(host) and self.instance.plain_login_host == host

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        host, port = (data.get("host") or "").strip(), data.get("port")
        if host and port:
            try:
                netguard.check_host(host, port)
            except netguard.Refused as refusal:
                netguard.log.warning("Refused IMAP host %s:%s: %s", host, port, refusal)
                self.add_error("host", netguard.MAIL_PROBLEM)
        return data

    def save(self, commit: bool = True) -> MailAccount:
        account = super().save(commit=False)
        # The allowance names the host it was given for: a new host starts without it.
        allowed = self.cleaned_data.get("allow_plain_login")
        account.plain_login_host = account.host if allowed else ""
        if commit:
            account.save()
        return account
