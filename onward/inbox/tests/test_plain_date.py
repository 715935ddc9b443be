"""The common Date is read without the standard library's parser, to the same datetime (and
the same zone) or the same refusal: on every Date of the tuning, written and benchmark
messages, and on made-up dates with every field at and past its edges."""

from __future__ import annotations

import datetime as dt
import email.utils
import random

from onward.inbox import dates, mime
from onward.inbox.tests.known_mail import raw_messages


def _standard(value: str) -> tuple[dt.datetime, object] | None:
    """parse_date as it read every Date before (the standard reader alone)."""
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    try:
        when.astimezone(dt.UTC)
    except OverflowError:
        return None
    return when, when.utcoffset()


def _ours(value: str) -> tuple[dt.datetime, object] | None:
    when = dates.parse_date(value)
    return None if when is None else (when, when.utcoffset())


def test_every_message_date_reads_the_same() -> None:
    raws = raw_messages(300)
    values = [mime.headers(mime.split_head(raw)[0]).get("date", "") for raw in raws]
    plain = [date for date in values if dates._PLAIN_DATE.fullmatch(date)]
    assert len(plain) > 500
    for date in values:
        assert _ours(date) == _standard(date), date


def test_made_up_dates_read_the_same() -> None:
    rng = random.Random(5)
    days = ["", "Tue, ", "Sun, ", "Xyz, "]
    months = ["Jan", "Feb", "Dec", "Nov", "jan", "Foo"]
    years = ["2024", "1999", "0099", "9999", "1000", "0001", "24"]
    zones = ["+0000", "-0000", "+0100", "-0530", "+0560", "+2359", "-2359", "+2400", "+9999", "GMT"]
    for _ in range(30000):
        value = (
            f"{rng.choice(days)}{rng.randint(0, 40):0{rng.choice((1, 2))}d} {rng.choice(months)} "
            f"{rng.choice(years)} {rng.randint(0, 25):02d}:{rng.randint(0, 61):02d}:"
            f"{rng.randint(0, 61):02d} {rng.choice(zones)}"
        )
        assert _ours(value) == _standard(value), value
