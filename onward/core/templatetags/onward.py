from __future__ import annotations

import datetime as dt

from django import template
from django.forms import Form
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


_COUNTS = {1: "one thing", 2: "two things", 3: "three things", 4: "four things"}


@register.inclusion_tag("forms/error_summary.html")
def error_summary(form: Form, anchor: str = "problems") -> dict[str, object]:
    """Every problem with a posted form, gathered where the eye lands after the post: the
    form's action ends in #<anchor>, so the browser scrolls here, and onward.js focuses it.
    Each problem links to its field."""
    problems: list[tuple[str, str]] = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        href = ""
        if field is not None and not field.widget.is_hidden:
            bound = form[name]
            widget_id = bound.field.widget.id_for_label(bound.auto_id)
            href = f"#{widget_id}" if widget_id else ""
        problems += [(href, str(error)) for error in errors]
    count = _COUNTS.get(len(problems), f"{len(problems)} things")
    return {"problems": problems, "count": count, "anchor": anchor}
