"""The strengths inventory: its items and dimensions, the scoring, and the report."""
