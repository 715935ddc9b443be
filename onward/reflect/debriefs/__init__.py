"""Debriefs: a short look back at each rejection, and the patterns read across them."""
