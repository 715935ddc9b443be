"""What depends on the sender or the subject alone is read once per sender or subject (an
applicant-tracking system's sender and subjects come back with every message it sends), and
gives what reading it for each message gave: the company the display name gives, the slugs
the addresses give, whether a candidate is plausible as the company, the word model's subject
features, and the language's word counts. Held to
the code each replaces on every written, tuning and benchmark message, read cold and then
again with the caches full."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any, cast

import pytest

from onward.inbox import domains, extract, languages
from onward.inbox import model as word_model
from onward.inbox.classify import TEXT_LIMIT, fold
from onward.inbox.parsing import Mail, parse
from onward.inbox.tests.known_mail import raw_messages

MODEL = word_model.load()


@pytest.fixture(scope="module")
def mails() -> list[Mail]:
    return [parse(raw) for raw in raw_messages(300)]


def _twice(read: Callable[[Mail], object], mails: list[Mail]) -> list[object]:
    """Each message read with the caches as the others left them, in turn and in reverse."""
    first = [read(mail) for mail in mails]
    again = [read(mail) for mail in reversed(mails)][::-1]
    assert first == again
    return first


def old_domain_slugs(mail: Mail) -> list[str]:
    """domain_slugs before the addresses' slugs were kept per sender."""
    slugs: list[str] = []
    for address in [mail.sender_email, mail.reply_to]:
        if "@" not in address:
            continue
        local, _, domain = address.partition("@")
        parts = domain.lower().split(".")
        parts = parts[:-1] if len(parts) > 1 else parts
        labels = [p for p in parts if p not in domains.ats_senders.NOT_SLUGS]
        vendor = any(label in domains.ats_senders.ATS_VENDORS for label in labels)
        tenant, plus, tag = local.partition("+")
        if plus and any(ch.isdigit() for ch in tag) and not domains.is_machine_address(tenant):
            slugs.append(tenant.lower())
        if vendor:
            slugs += domains._tenant(local.lower(), labels)
        elif labels and labels[-1] not in domains.ats_senders.FREE_MAIL:
            slugs.append(labels[-1])
    for link in mail.links[:40] + domains._text_links(mail.text[: domains.TEXT_LIMIT]):
        if slug := domains._slug_from_link(link):
            slugs.append(slug)
    return [
        s.lower()
        for s in dict.fromkeys(slugs)
        if s and len(s) > 1 and not domains._names_a_vendor(s.lower())
    ]


def test_the_slugs_are_the_old_ones(mails: list[Mail]) -> None:
    domains._address_slugs.cache_clear()
    assert _twice(domains.domain_slugs, mails) == [old_domain_slugs(mail) for mail in mails]


def test_the_display_names_company_is_read_from_name_address_and_slugs_alone(
    mails: list[Mail],
) -> None:
    extract._display_name_company.cache_clear()
    read = _twice(lambda mail: extract._from_display_name(mail, domains.domain_slugs(mail)), mails)
    uncached = extract._display_name_company.__wrapped__
    for mail, found in zip(mails, read, strict=True):
        slugs = tuple(domains.domain_slugs(mail))
        assert found == uncached(mail.sender_name, mail.sender_email, slugs), mail.key
    # Something to read: the benchmark's senders name their companies.
    assert sum(found is not None for found in read) > 300


def test_a_recruiter_through_a_system_is_still_told_apart() -> None:
    # A person's name at a system's address that names another tenant: not the company.
    slugs = ("acme",)
    assert extract._display_name_company("Anna Huber", "acme-jobs@m.personio.de", slugs) is None
    # The company's own name there is.
    assert extract._display_name_company("Acme Robotics", "no-reply@greenhouse.io", ()) == (
        "Acme Robotics"
    )


def test_the_model_reads_each_subject_once_and_the_same(mails: list[Mail]) -> None:
    assert MODEL is not None and MODEL.packed is not None
    kept = cast(Any, MODEL.subject_split)  # an lru_cache
    kept.cache_clear()

    def read(mail: Mail) -> object:
        body = fold(mail.text[:TEXT_LIMIT])
        return MODEL.read_text(mail.subject, body, no=False, bulk=mail.bulk, folded=True)

    readings = _twice(read, mails)
    for mail, reading in zip(mails, readings, strict=True):
        body = fold(mail.text[:TEXT_LIMIT])
        found = word_model.features(mail.subject, body, no=False, bulk=mail.bulk, folded=True)
        assert reading == MODEL.read(found), mail.key
    assert kept.cache_info().hits > 0


def old_detect(text: str) -> str:
    """languages.detect before its words were counted with list.count (and not remembered)."""
    counts = dict.fromkeys(languages._STOPWORDS, 0)
    for lang in filter(None, map(languages._LANGUAGE_OF.get, languages._words_of(text[:400]))):
        counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    enough = 3 if counts["en"] else 2
    if best == "en" or counts[best] < enough or counts[best] <= counts["en"]:
        best = "en"
    return best


def test_the_language_is_told_as_before(mails: list[Mail]) -> None:
    texts = [fold(mail.text[:TEXT_LIMIT]) for mail in mails]
    rng = random.Random(3)
    words = [word for group in languages._STOPWORDS.values() for word in group] + ["acme", "x"]
    # Ties between languages, settled by the table's order as before.
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    told = [languages.detect(text) for text in texts]
    assert told == [old_detect(text) for text in texts]
    assert {"de", "fr", "es", "en"} <= set(told)


def test_a_candidates_plausibility_is_read_once_and_the_same(
    mails: list[Mail], monkeypatch: pytest.MonkeyPatch
) -> None:
    extract._plausible_company.cache_clear()
    kept = _twice(extract.extract, mails)
    assert extract._plausible_company.cache_info().hits > 0
    monkeypatch.setattr(extract, "_plausible_company", extract._plausible_company.__wrapped__)
    assert kept == [extract.extract(mail) for mail in mails]
    assert sum(found.company is not None for found in kept) > 300  # type: ignore[attr-defined]


def test_the_names_that_spell_the_domain_are_kept_per_name_and_slugs(mails: list[Mail]) -> None:
    extract._slug_names_kept.cache_clear()
    read = _twice(lambda mail: extract._names_matching(domains.domain_slugs(mail), mail), mails)
    assert extract._slug_names_kept.cache_info().hits > 0
    assert sum(map(bool, read)) > 100  # the benchmark's domains are spelled in their text
