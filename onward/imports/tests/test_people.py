"""LinkedIn's connections and phone contacts become people, without doubles; every person
goes back out as a vCard a phone reads."""

from __future__ import annotations

import html
from typing import Any

import pytest
import vobject
from django.test import Client
from django.urls import reverse

from onward.imports import people
from onward.people.models import Company, Person, Relationship

from .files import LINKEDIN_CSV, VCARD_3, VCARD_4, upload

pytestmark = pytest.mark.django_db


def text(response: Any) -> str:
    return html.unescape(response.content.decode())


def bring_in(client: Client, kind: str, data: str | bytes, name: str) -> Any:
    client.post(reverse(f"imports:{kind}"), {"file": upload(data, name)})
    return client.post(reverse(f"imports:{kind}_preview"), {"import": "1"})


def test_linkedin_connections_become_people_with_how_you_met(
    alice: Any, alice_client: Client
) -> None:
    alice_client.post(
        reverse("imports:linkedin"), {"file": upload(LINKEDIN_CSV, "Connections.csv")}
    )
    preview = text(alice_client.get(reverse("imports:linkedin_preview")))
    assert "2 people ready to bring in" in preview
    assert "Priya Raman" in preview and "Analytics Manager · Acme" in preview
    assert not Person.objects.exists()
    done = alice_client.post(reverse("imports:linkedin_preview"), {"import": "1"})
    assert done["Location"] == reverse("people:person_list")
    priya = Person.objects.get(name="Priya Raman")
    assert (priya.email, priya.title, priya.linkedin_url) == (
        "priya@acme.example",
        "Analytics Manager",
        "https://www.linkedin.com/in/priyaraman",
    )
    assert priya.company is not None and priya.company.name == "Acme"
    assert priya.how_we_met == "Connected on LinkedIn, 12 Nov 2024"
    assert priya.relationship == Relationship.PEER
    jordan = Person.objects.get(name="Jordan Ellis")
    assert jordan.email == "" and jordan.relationship == Relationship.RECRUITER


def test_people_already_known_or_listed_twice_are_left_out(
    alice: Any, alice_client: Client
) -> None:
    Person.objects.create(user=alice, name="priya  raman", email="other@example.org")
    doubled = LINKEDIN_CSV + (
        "Jordan,Ellis,https://www.linkedin.com/in/jordanellis,,Brightline,"
        "Talent Partner,03 Jan 2025\n"
    )
    alice_client.post(reverse("imports:linkedin"), {"file": upload(doubled, "Connections.csv")})
    preview = text(alice_client.get(reverse("imports:linkedin_preview")))
    assert "1 person ready to bring in; 2 already here or listed twice" in preview
    assert "Already in Onward" in preview and "Listed twice (see line 6)" in preview
    alice_client.post(reverse("imports:linkedin_preview"), {"import": "1"})
    assert sorted(Person.objects.values_list("name", flat=True)) == ["Jordan Ellis", "priya  raman"]


def test_another_persons_people_are_not_taken_for_known(alice_client: Client, bob: Any) -> None:
    Person.objects.create(user=bob, name="Priya Raman")
    bring_in(alice_client, "linkedin", LINKEDIN_CSV, "Connections.csv")
    assert Person.objects.filter(name="Priya Raman").count() == 2
    assert Company.objects.filter(user=bob).count() == 0


def test_a_csv_that_is_not_linkedins_says_where_to_find_it(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("imports:linkedin"),
        {"file": upload("Name,Company\nPriya,Acme\n", "contacts.csv")},
    )
    assert "Get a copy of your data" in text(response)


def test_a_bad_email_is_named_by_line_and_that_person_left_out(alice_client: Client) -> None:
    broken = LINKEDIN_CSV + "Sam,Whitaker,,not-an-email,Quillon,Lead,01 Feb 2025\n"
    alice_client.post(reverse("imports:linkedin"), {"file": upload(broken, "Connections.csv")})
    preview = text(alice_client.get(reverse("imports:linkedin_preview")))
    assert "Line 7" in preview and "“not-an-email” isn't an email address" in preview
    alice_client.post(reverse("imports:linkedin_preview"), {"import": "1"})
    assert Person.objects.count() == 2


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1"])
def test_linkedin_in_any_encoding_with_windows_line_endings(
    alice_client: Client, encoding: str
) -> None:
    data = LINKEDIN_CSV.replace("Priya,Raman", "Zoë,Noël").replace("\n", "\r\n").encode(encoding)
    bring_in(alice_client, "linkedin", data, "Connections.csv")
    assert Person.objects.filter(name="Zoë Noël").exists()


def test_vcards_of_versions_3_and_4_become_people(alice: Any, alice_client: Client) -> None:
    bring_in(alice_client, "vcards", (VCARD_3 + VCARD_4).replace("\n", "\r\n"), "contacts.vcf")
    dana = Person.objects.get(name="Dana Li")
    assert (dana.email, dana.title, dana.notes) == (
        "dana@example.org",
        "Head of Data",
        "Former manager",
    )
    assert dana.company is not None and dana.company.name == "Fernwood Labs"
    mia = Person.objects.get(name="Mia Torres")
    assert mia.linkedin_url == "https://www.linkedin.com/in/miatorres"


def test_a_file_that_is_not_a_vcard_says_so(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("imports:vcards"), {"file": upload("Name,Email\nA,b@c.d\n", "people.csv")}
    )
    assert "a vCard file (.vcf) starts with BEGIN:VCARD" in text(response)
    assert not Person.objects.exists()


def test_a_failure_while_saving_people_leaves_none_half_saved(
    alice: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = people.vcard_rows(VCARD_3 + VCARD_4)
    real = people.company_named

    def fails_on_the_second(user: Any, name: str) -> Any:
        if name == "Northwind Health":
            raise RuntimeError("disk full")
        return real(user, name)

    monkeypatch.setattr(people, "company_named", fails_on_the_second)
    with pytest.raises(RuntimeError):
        people.commit(alice, rows)
    assert not Person.objects.exists() and not Company.objects.exists()


def test_every_person_goes_out_as_a_vcard_and_comes_back_the_same(
    alice: Any, alice_client: Client, bob: Any
) -> None:
    acme = Company.objects.create(user=alice, name="Acme")
    Person.objects.create(
        user=alice,
        name="Priya Raman",
        email="priya@acme.example",
        title="Analytics Manager",
        company=acme,
        linkedin_url="https://www.linkedin.com/in/priyaraman",
        how_we_met="Interviewed me",
        notes="Loves dbt; ask about the migration",
    )
    Person.objects.create(user=alice, name="Tom")
    Person.objects.create(user=bob, name="Bob's Friend")
    response = alice_client.get(reverse("imports:people_vcf"))
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode()
    cards = list(vobject.readComponents(body))
    assert [card.fn.value for card in cards] == ["Priya Raman", "Tom"]
    priya = cards[0]
    assert priya.version.value == "3.0"
    assert (priya.email.value, priya.org.value, priya.title.value) == (
        "priya@acme.example",
        ["Acme"],
        "Analytics Manager",
    )
    assert (priya.n.value.given, priya.n.value.family) == ("Priya", "Raman")
    # Back in, into an empty account: the same people.
    Person.objects.filter(user=alice).delete()
    rows = people.mark_known(alice, people.vcard_rows(body))
    people.commit(alice, rows.rows)
    back = Person.objects.get(user=alice, name="Priya Raman")
    assert (back.email, back.title, back.linkedin_url) == (
        "priya@acme.example",
        "Analytics Manager",
        "https://www.linkedin.com/in/priyaraman",
    )
    assert back.company is not None and back.company.name == "Acme"
    assert "Loves dbt" in back.notes
