"""Reading one cell: dates written every which way, web addresses, email addresses."""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
_WORDY = ["%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%d-%b-%Y", "%d-%b-%y"]


class CellProblem(ValueError):
    """One cell can't be read: the message names it for the person."""


def day_first_guess(values: list[str]) -> bool:
    """Whether numeric dates in a column put the day first (31/12) or the month (12/31):
    the first value that can only be one decides; day first when none does."""
    for value in values:
        found = _NUMERIC.match(value.strip())
        if not found or len(found.group(1)) == 4:
            continue
        first, second = int(found.group(1)), int(found.group(2))
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return True


def parse_date(value: str, day_first: bool = True) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    found = _NUMERIC.match(value)
    if found:
        a, b, c = (int(part) for part in found.groups())
        if len(found.group(1)) == 4:
            year, month, day = a, b, c
        else:
            day, month = (a, b) if day_first else (b, a)
            year = c + 2000 if c < 100 else c
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise CellProblem(f"“{value}” isn't a date Onward can read.") from None
    bare = value.split("T")[0].split(" ")[0] if value[:4].isdigit() else value
    for shape in _WORDY:
        try:
            return dt.datetime.strptime(bare, shape).date()
        except ValueError:
            continue
    raise CellProblem(f"“{value}” isn't a date Onward can read. Try 2026-11-30.")


def web_address(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    full = value if "://" in value else f"https://{value}"
    try:
        URLValidator(schemes=["http", "https"])(full)
    except ValidationError:
        raise CellProblem(f"“{value[:60]}” isn't a web address.") from None
    if len(full) > 200:
        raise CellProblem("That web address is longer than Onward keeps (200 characters).")
    return full


def email_address(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    try:
        validate_email(value)
    except ValidationError:
        raise CellProblem(f"“{value[:60]}” isn't an email address.") from None
    return value


def fits(value: str, limit: int, what: str) -> str:
    if len(value) > limit:
        raise CellProblem(f"The {what} is longer than Onward keeps ({limit} characters).")
    return value
