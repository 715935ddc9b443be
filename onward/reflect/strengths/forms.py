from __future__ import annotations

from typing import Any

from django import forms

from .inventory import SCALE, page_items


class InventoryPageForm(forms.Form):
    """One page of the inventory: a five-point answer for each of its items."""

    def __init__(self, *args: Any, page: int, answers: dict[str, int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.items = page_items(page)
        for item in self.items:
            self.fields[item.id] = forms.TypedChoiceField(
                label=item.text,
                choices=SCALE,
                coerce=int,
                widget=forms.RadioSelect,
                initial=answers.get(item.id),
                error_messages={"required": "Still open."},
            )
