from __future__ import annotations

from typing import Any

import pytest

from onward.people.models import Company
from onward.people.services import company_named

pytestmark = pytest.mark.django_db


def test_company_named_reuses_a_company_whatever_its_case_and_spacing(alice: Any) -> None:
    acme = company_named(alice, "Acme  Analytics")

    assert acme.name == "Acme Analytics"
    assert company_named(alice, " acme analytics ") == acme
    assert Company.objects.filter(user=alice).count() == 1


def test_company_named_never_hands_over_another_users_company(alice: Any, bob: Any) -> None:
    alices = company_named(alice, "Acme")

    bobs = company_named(bob, "Acme")

    assert bobs != alices
    assert bobs.user == bob


def test_the_old_import_paths_still_give_the_same_company_and_helper() -> None:
    from onward.people import services
    from onward.pipeline import models as pipeline_models
    from onward.pipeline import services as pipeline_services

    assert pipeline_models.Company is Company
    assert pipeline_services.company_named is services.company_named
