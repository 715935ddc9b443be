"""Shared test helpers: factories and the users alice, bob and charlie."""

from __future__ import annotations

import datetime as dt
from typing import Any

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from onward.people.models import Company, Person, Relationship
from onward.pipeline.models import Application, Rejection, Stage
from onward.pipeline.services import InterviewerInput, add_interview, record_rejection

PASSWORD = "a-kind-password-42"


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}@example.com")
    email = factory.SelfAttribute("username")
    first_name = "Alex"
    last_name = "Morgan"

    @factory.post_generation
    def verified(obj: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        obj.set_password(PASSWORD)
        if create:
            obj.save(update_fields=["password"])
            EmailAddress.objects.get_or_create(
                user=obj, email=obj.email, defaults={"verified": True, "primary": True}
            )


class CompanyFactory(factory.django.DjangoModelFactory[Company]):
    class Meta:
        model = Company

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Acme {n}")


class ApplicationFactory(factory.django.DjangoModelFactory[Application]):
    class Meta:
        model = Application

    user = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory, user=factory.SelfAttribute("..user"))
    role = "Data Analyst"
    stage = Stage.INTERVIEW
    furthest_stage = Stage.INTERVIEW


class PersonFactory(factory.django.DjangoModelFactory[Person]):
    class Meta:
        model = Person

    user = factory.SubFactory(UserFactory)
    name = "Priya Raman"
    email = "priya@acme.example"
    title = "Analytics Manager"
    relationship = Relationship.INTERVIEWER


PRIYA = InterviewerInput(
    "Priya Raman", "Analytics Manager", "priya@acme.example", "their move to dbt"
)
TOM = InterviewerInput("Tom Okafor", "Data Engineer", "", "the streaming pipeline")


def rejected_application(
    user: User,
    interviewers: list[InterviewerInput] | None = None,
    *,
    stage: str = Stage.INTERVIEW,
    would_work_there: bool = True,
    future_interest: bool = True,
    company: str = "Acme",
) -> Rejection:
    """An application with one interview (the given people) and its rejection."""
    application = ApplicationFactory.create(
        user=user,
        company=CompanyFactory.create(user=user, name=company),
        stage=Stage.APPLIED,
        furthest_stage=Stage.APPLIED,
    )
    people = [PRIYA, TOM] if interviewers is None else interviewers
    if people:
        add_interview(
            application,
            timezone.localdate() - dt.timedelta(days=5),
            "video",
            "Talked about dashboards.",
            people,
            stage=stage,
        )
    return record_rejection(
        application,
        received_on=timezone.localdate(),
        stage_reached=stage,
        channel="email",
        would_work_there=would_work_there,
        future_interest=future_interest,
    )


def same_cookie(client: Client) -> Client:
    """Another test client holding the same cookies: a second tab, or a stolen session."""
    other = Client()
    other.cookies = client.cookies.__class__(client.cookies)
    return other
