from __future__ import annotations

from django.forms.renderers import TemplatesSetting


class Renderer(TemplatesSetting):
    """Every form field in one markup: label, input, help and errors linked for screen readers."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
