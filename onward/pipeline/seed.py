"""The sample job search by key: what each app's demo data builds on.

onward.demo.data builds it and hands it to every app's `demo.populate(user, seed)`. It
lives here, beside the records it holds, so that no app has to import the demo app.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from onward.people.models import Person

from .models import Application, Rejection


@dataclass(frozen=True)
class Seed:
    applications: dict[str, Application] = field(default_factory=dict)  # open and rejected
    rejections: dict[str, Rejection] = field(default_factory=dict)  # each with its plan
    people: dict[str, Person] = field(default_factory=dict)  # interviewers and the mentor
