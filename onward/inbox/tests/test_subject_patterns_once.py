"""A subject's company and role names, read once per process, are what its patterns find
read one after the other (after its "Re:" and "Fwd:"): on every tuning and written subject."""

from __future__ import annotations

from onward.inbox import corpus, role_patterns, subject_patterns
from onward.inbox.evaluation import DEVSET
from onward.inbox.parsing import parse
from onward.inbox.patterns import REPLY_PREFIX


def _subjects() -> list[str]:
    subjects = [parse(path.read_bytes()).subject for path in sorted(DEVSET.glob("*/*.eml"))]
    for source in corpus.sources():
        subjects += [example.mail.subject for example in corpus.examples(source, "tune")]
    return [*subjects, "Re: Fwd: Your application to Acme Analytics for Data Analyst"]


def test_the_subject_companies_are_the_patterns_matches_in_order() -> None:
    found = 0
    for subject in _subjects():
        bare = REPLY_PREFIX.sub("", subject)
        expected = [
            (match.group(1), weight)
            for pattern, weight, _ in subject_patterns.SUBJECT_COMPANY
            for match in pattern.finditer(bare)
        ]
        about = subject_patterns.SUBJECT_ABOUT.match(bare)
        if about and (name := subject_patterns.company_before_title(about[1])):
            expected.append((name, 3))
        assert list(subject_patterns.subject_companies(subject)) == expected
        found += len(expected)
    assert found > 100


def test_the_subject_roles_are_the_patterns_matches_without_the_reply_prefix() -> None:
    found = 0
    for subject in _subjects():
        bare = role_patterns._REPLY_PREFIX.sub("", subject)
        expected = [
            (match.group(1), weight)
            for pattern, weight, _ in role_patterns.SUBJECT_ROLE
            for match in pattern.finditer(bare)
        ]
        assert list(role_patterns.subject_roles(subject)) == expected
        found += len(expected)
    assert found > 50
    assert role_patterns.subject_roles("Re: Fwd: Your application for Data Analyst")
