"""The Settings card for clearing sample data, so core's page needs nothing from demo."""

from __future__ import annotations

from typing import Any

from django import template

from onward.demo.data import has_sample_data

register = template.Library()


@register.inclusion_tag("demo/_sample_card.html", takes_context=True)
def sample_data_card(context: template.Context) -> dict[str, Any]:
    return {"has_sample": has_sample_data(context["request"].user)}
