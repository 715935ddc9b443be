"""Gentle mode in templates: `{% gentle_mode as gentle %}` and `{{ text|soften_if:gentle }}`."""

from __future__ import annotations

from typing import Any

from django import template
from django.template import Context

from onward.accounts.gentle import soften
from onward.accounts.prefs import is_gentle

register = template.Library()


@register.simple_tag(takes_context=True)
def gentle_mode(context: Context) -> bool:
    request = context.get("request")
    if request is None:
        return False
    # Once per request, however many templates ask.
    if not hasattr(request, "_onward_gentle"):
        request._onward_gentle = is_gentle(request.user)
    return bool(request._onward_gentle)


@register.filter
def soften_if(value: Any, gentle: bool) -> Any:
    return soften(str(value)) if gentle and value else value
