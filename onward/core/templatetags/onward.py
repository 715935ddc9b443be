from __future__ import annotations

import datetime as dt

from django import template
from django.utils.safestring import mark_safe

from onward.lib.dates import human_date

register = template.Library()


@register.filter
def humandate(value: dt.date | dt.datetime | None) -> str:
    return human_date(value)


@register.filter
def is_checkbox(field: object) -> bool:
    return (
        getattr(getattr(field, "field", None), "widget", None).__class__.__name__ == "CheckboxInput"
    )


@register.filter
def is_radio(field: object) -> bool:
    return (
        getattr(getattr(field, "field", None), "widget", None).__class__.__name__ == "RadioSelect"
    )


@register.filter
def undo_step(extra_tags: str | None) -> int | None:
    """The step a message can undo, from its extra tags ("undo-step-12")."""
    for tag in (extra_tags or "").split():
        if tag.startswith("undo-step-") and tag[10:].isdigit():
            return int(tag[10:])
    return None


@register.simple_tag(takes_context=True)
def nav_current(context: template.Context, *prefixes: str) -> str:
    """aria-current for the nav link whose section holds the current page."""
    request = context.get("request")
    path = getattr(request, "path", "")
    hit = any(path.startswith(prefix) for prefix in prefixes)
    return mark_safe('aria-current="page"') if hit else ""


@register.simple_tag
def mail_status() -> object:
    """Where Onward's email goes (onward.lib.emails.status), for pages that mention email:
    `{% mail_status as mail %}{% if mail.delivers %}…`."""
    from onward.lib.emails import status

    return status()
