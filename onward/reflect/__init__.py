"""Reflect and grow: one Django app (label ``reflect``), one sub-package per feature.

Each feature owns its models, forms, views, urls and tests:

- ``debriefs/``: a debrief per rejection (the plan's reflect step), the rating
  ``dimensions``, and the ``patterns`` read across debriefs (focus areas, stage clusters,
  recurring questions, progress).
- ``mentoring/``: mentor requests, their private links (``services``: tokens, the tone
  check, replies and their rate limit), the mentor's public page (``shared_views``), CV
  ``uploads``, the e-mail ``notify`` on a reply, and action items (``actions``,
  ``action_views``).
- ``strengths/``: the strengths ``inventory`` (content), its ``scoring`` (arithmetic),
  taking it page by page and the report (``services``).
- ``stories/``: the story bank, ``matching`` stories to a role, and the interview ``prep``
  sheet (page and PDF).

The features depend one way: mentoring on debriefs; stories on the other three;
strengths on none. What spans them stays here: ``home`` (the front page and the patterns
page), ``urls`` (includes each feature's), ``models`` (re-exports every feature's models
so Django finds them under the ``reflect`` label, and is the path other apps import),
``due``, ``demo``, ``tasks`` (huey finds jobs in an app's ``tasks`` module and names
them by it) and the shared test helpers
(``tests/helpers.py``, ``conftest.py``). ``inventory``, ``scoring`` and
``models/mentoring`` are old paths kept as re-exports.
"""
