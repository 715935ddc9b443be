"""The Date header as a datetime: the common form by one regex, anything else by the
standard library's reader; None for what no reader makes sense of."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

# The Date most mail writes ("Tue, 5 Nov 2024 10:00:00 +0100"), read as
# email.utils.parsedate_to_datetime reads it without its Python-level parsing: a year of four
# digits (no two-digit years to widen) and a zone written as digits, not named ("-0000" is no
# zone, as the standard reader has it). Anything else takes the standard reader.
_MONTHS = {
    name: number
    for number, name in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}
_PLAIN_DATE = re.compile(
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{{1,2}}) ({'|'.join(_MONTHS)}) ([1-9]\d{{3}}) "
    r"(\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)",
    re.ASCII,
)


def _plain_date(found: re.Match[str]) -> dt.datetime:
    day, month, year, hour, minute, second, sign, zone_h, zone_m = found.groups()
    offset = int(zone_h) * 3600 + int(zone_m) * 60
    if sign == "-" and not offset:
        return dt.datetime(int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second))
    zone = dt.timezone(dt.timedelta(seconds=-offset if sign == "-" else offset))
    return dt.datetime(
        int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second), tzinfo=zone
    )


def parse_date(value: object) -> dt.datetime | None:
    if not value:
        return None
    try:
        if found := _PLAIN_DATE.fullmatch(str(value)):
            when = _plain_date(found)
        else:
            when = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    try:
        when.astimezone(dt.UTC)  # as the database stores it: year 9999 at -23:59 overflows
    except OverflowError:
        return None
    return when
