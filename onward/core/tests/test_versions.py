"""Each user's data version (core.versions) moves on with every committed change to their
data, once per transaction, and never for a change that was rolled back."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import transaction

from onward.core import versions
from onward.people.models import Company, Person
from onward.test import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def carol() -> User:
    return UserFactory.create(username="carol@example.com")


def test_each_change_outside_a_transaction_moves_it_on(carol: User) -> None:
    before = versions.current(carol.pk)
    person = Person.objects.create(user=carol, name="Dana Mills")
    person.name = "Dana Mills-Okafor"
    person.save()
    person.delete()
    assert versions.current(carol.pk) == before + 3


def test_a_transaction_moves_it_on_once_however_many_rows(carol: User) -> None:
    before = versions.current(carol.pk)
    with transaction.atomic():
        for n in range(20):
            with transaction.atomic():  # a savepoint per row, as importers do
                Person.objects.create(user=carol, name=f"Person {n}")
    assert versions.current(carol.pk) == before + 1


def test_only_the_owners_version_moves(carol: User) -> None:
    other = UserFactory.create(username="dave@example.com")
    theirs = versions.current(other.pk)
    Company.objects.create(user=carol, name="Acme")
    assert versions.current(other.pk) == theirs


def test_a_rolled_back_change_leaves_it_and_a_later_one_still_moves_it(carol: User) -> None:
    before = versions.current(carol.pk)
    with pytest.raises(RuntimeError), transaction.atomic():
        Person.objects.create(user=carol, name="Never")
        raise RuntimeError
    assert versions.current(carol.pk) == before
    with transaction.atomic():
        try:
            with transaction.atomic():
                Person.objects.create(user=carol, name="Rolled back")
                raise RuntimeError
        except RuntimeError:
            pass
        # The savepoint took its move with it: this change must move it on by itself.
        Person.objects.create(user=carol, name="Kept")
    assert versions.current(carol.pk) == before + 1
    assert list(Person.objects.filter(user=carol).values_list("name", flat=True)) == ["Kept"]


def test_a_row_reached_through_its_parent_moves_its_owners_version(carol: User) -> None:
    from onward.test import PRIYA, rejected_application

    step = rejected_application(carol, [PRIYA]).plan.steps.first()
    assert step is not None
    before = versions.current(carol.pk)
    step.title = "Rest"
    step.save()  # a Step belongs to carol through its plan
    assert versions.current(carol.pk) == before + 1
