"""What pipeline tells the apps above it, so that it never has to know them."""

from __future__ import annotations

from django.dispatch import Signal

# Sent inside record_rejection's transaction with `rejection=`. Receivers run in that
# transaction and their exceptions propagate, so a receiver that fails saves nothing.
rejection_recorded = Signal()
