"""TIMEX3 value arithmetic: formatting calendar units and reading a value back as a Period.

Pure calendar code with no language in it, shared by the tagger and anything that needs to
compare two normalised values (the timeline asks "do these two periods overlap?").
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from service.pipeline.types import Granularity, Period

# Meteorological seasons (northern hemisphere), which is what TimeML's SP/SU/FA/WI mean in
# practice; winter starts in December and runs into the next year.
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    """ISO week of `d`: weeks belong to the year of their Thursday, like TimeML's W values."""
    iso_year, iso_week, _ = d.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def season_of(d: date) -> tuple[int, str]:
    """The (year, season code) a day falls in; January and February belong to the previous
    year's winter because the season is named after the year it starts in."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    code = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")
    return d.year, code


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_day(d: date, years: int = 0, months: int = 0) -> date:
    """`d` moved by whole years/months, clamping the 31st to the end of shorter months."""
    year, month = add_months(d.year, d.month, years * 12 + months)
    return date(year, month, min(d.day, monthrange(year, month)[1]))


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def period(value: str) -> Period | None:
    """A TIMEX3 date value as a closed interval of days at its own precision.

    None for what is not a calendar period: durations (P3Y), sets, PRESENT_REF and friends,
    and partially unknown values (XXXX-09) that name no particular stretch of time.
    """
    try:
        found = _period(value)
    except ValueError:  # out-of-range calendar numbers: "2024-13", "0000"
        return None
    if found is None:
        return None
    granularity, start, end = found
    return Period(value=value, granularity=granularity, start=start, end=end)


def _period(value: str) -> tuple[Granularity, date, date] | None:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return "day", d, d
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:  # the weekend of that week
            return "week", monday + timedelta(days=5), monday + timedelta(days=6)
        return "week", monday, monday + timedelta(days=6)
    if m := _MONTH.match(value):
        return ("month", *_months(int(m[1]), int(m[2]), 1))
    if m := _QUARTER.match(value):
        return ("quarter", *_months(int(m[1]), (int(m[2]) - 1) * 3 + 1, 3))
    if m := _HALF.match(value):  # "the first half of 2024": January to June, July to December
        return ("half", *_months(int(m[1]), (int(m[2]) - 1) * 6 + 1, 6))
    if m := _SEASON.match(value):
        return ("season", *_season_bounds(int(m[1]), m[2]))
    if m := _YEAR.match(value):
        year = int(m[1])
        return "year", date(year, 1, 1), date(year, 12, 31)
    if m := _DECADE.match(value):
        first = int(m[1]) * 10
        return "decade", date(max(first, 1), 1, 1), date(first + 9, 12, 31)
    if m := _CENTURY.match(value):
        first = int(m[1]) * 100  # TimeML "19" is the 1900s
        return "century", date(max(first, 1), 1, 1), date(first + 99, 12, 31)
    return None


def _months(year: int, first: int, count: int) -> tuple[date, date]:
    """The first and last day of `count` months of `year` from month `first`."""
    last = first + count - 1
    return date(year, first, 1), date(year, last, monthrange(year, last)[1])


def _season_bounds(year: int, code: str) -> tuple[date, date]:
    first = SEASON_FIRST_MONTH[code]
    start = date(year, first, 1)
    end_year, end_month = add_months(year, first, 2)
    return start, date(end_year, end_month, monthrange(end_year, end_month)[1])
