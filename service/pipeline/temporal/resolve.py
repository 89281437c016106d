"""From a found span to a TIMEX3 value: the normalisation half of the temporal tagger.

Relative expressions are anchored on the publication date the way news is written: a bare
weekday or month lies on the side of the publication date that the verb's tense says, "last
week" is the ISO week before, "a year earlier" follows the period the article is talking about.
Without a publication date nothing relative is guessed: the value keeps X placeholders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from dateutil.easter import EASTER_WESTERN, easter

from service.pipeline.numbers import parse_number
from service.pipeline.temporal.lexicon import (
    MONTH_NAMES,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    TIME_UNITS,
    UNITS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    month_number,
    unit_of,
)
from service.pipeline.temporal.rules import Candidate
from service.pipeline.temporal.tense import Tense
from service.pipeline.temporal.values import (
    add_months,
    day_value,
    month_value,
    quarter_of,
    season_of,
    shift_day,
    valid_day,
    week_value,
)
from service.pipeline.types import Anchor, TimexType

# A weekday without tense cues is taken from the past up to this many days back: news mostly
# reports what happened, so "Thursday" in a Monday article is last Thursday, not next.
PAST_BIAS_DAYS = 4
# A weekday with a part of the day ("Friday night") is a DATE in TimeBank; the deictic ones
# ("this morning", "tonight") are TIME.
PART_OF_DAY_TYPE: TimexType = "DATE"


@dataclass
class Resolved:
    type: TimexType
    value: str
    anchor: Anchor
    alternative: str | None = None
    day: date | None = None  # the one day it denotes, when it denotes one
    quarter: tuple[int, int] | None = None  # (year, quarter) when it denotes a quarter
    mismatch: tuple[date, int] | None = None  # (the date, the weekday named next to it)


@dataclass
class ResolutionContext:
    """What a value may be computed from besides the expression's own words."""

    dct: date | None
    tense: Tense = "none"
    ref_day: date | None = None  # the last day the article talked about ("the next day")
    ref_quarter: tuple[int, int] | None = None  # the last quarter it talked about
    ref_year: int | None = None  # the year of the last date it talked about ("later that year")
    sentence_day: Resolved | None = None  # a day named earlier in the same sentence
    year: int | None = None  # a year glued on ("the third quarter of 1989")
    year_anchor: Anchor = "text"

    def direction(self) -> int:
        return {"past": -1, "future": 1}.get(self.tense, 0)


def _relative(ctx: ResolutionContext) -> Anchor:
    return "published_at" if ctx.dct is not None else "none"


def _date(
    value: str, ctx: ResolutionContext, day: date | None = None, anchor: Anchor | None = None
) -> Resolved:
    return Resolved("DATE", value, anchor or _relative(ctx), day=day)


def _day(d: date, ctx: ResolutionContext, anchor: Anchor | None = None) -> Resolved:
    return Resolved("DATE", day_value(d), anchor or _relative(ctx), day=d)


# --- choosing the occurrence of a yearless date ------------------------------------------------


# How far back (in the option's own units) a past tense may carry a yearless date: "extended
# to Nov. 20" in a November 2 article is the Nov. 20 coming, not last year's, because the verb
# dates the extension, not the deadline; beyond the window the nearest occurrence wins. A
# future tense has no window: a future event cannot lie before the article.
DAY_WINDOW = 300
MONTH_WINDOW = 10


_T = TypeVar("_T")


def _pick(options: list[tuple[int, _T]], now: int, direction: int, window: int | None = None) -> _T:
    """Of (position, thing) options, the one the tense points to: the latest at or before
    `now` (past), the earliest at or after it (future), else the nearest (past on ties)."""
    if direction < 0:
        before = [o for o in options if o[0] <= now and (window is None or now - o[0] <= window)]
        if before:
            return max(before, key=lambda o: o[0])[1]
    if direction > 0:
        after = [o for o in options if o[0] >= now]
        if after:
            return min(after, key=lambda o: o[0])[1]
    return min(options, key=lambda o: (abs(o[0] - now), o[0] > now))[1]


def _nearest_day(month: int, day_num: int, ctx: ResolutionContext) -> date | None:
    assert ctx.dct is not None
    options = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        d = valid_day(year, month, day_num)
        if d is not None:
            options.append((d.toordinal(), d))
    if not options:
        return None
    return _pick(options, ctx.dct.toordinal(), ctx.direction(), DAY_WINDOW)


def _nearest_month_year(month: int, ctx: ResolutionContext) -> int:
    assert ctx.dct is not None
    now = ctx.dct.year * 12 + ctx.dct.month - 1
    options = [(y * 12 + month - 1, y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    return _pick(options, now, ctx.direction(), MONTH_WINDOW)


def weekday_day(weekday: int, ctx: ResolutionContext, rel: str = "") -> date:
    """The date a weekday name means in an article of ctx.dct."""
    assert ctx.dct is not None
    back = (ctx.dct.weekday() - weekday) % 7
    forward = (weekday - ctx.dct.weekday()) % 7
    if rel in {"last", "past", "previous"}:
        return ctx.dct - timedelta(days=back or 7)
    if rel in {"next", "coming", "following"}:
        return ctx.dct + timedelta(days=forward or 7)
    direction = ctx.direction()
    if direction < 0:
        return ctx.dct - timedelta(days=back)
    if direction > 0:
        return ctx.dct + timedelta(days=forward)
    return ctx.dct - timedelta(days=back) if back <= PAST_BIAS_DAYS else ctx.dct + timedelta(days=forward)


# --- explicit dates ----------------------------------------------------------------------------


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _full_year(text: str, ctx: ResolutionContext) -> int:
    year = int(text)
    if len(text) != 2:
        return year
    # '98 or 11/07/24: the century that puts the year nearest the article
    now = ctx.dct.year if ctx.dct else 2000
    century = now // 100 * 100
    return min((century - 100 + year, century + year), key=lambda y: abs(y - now))


def resolve_month_day(
    month: int, day_num: int, year_text: str | None, ctx: ResolutionContext
) -> Resolved | None:
    if year_text:
        d = valid_day(_full_year(year_text, ctx), month, day_num)
        return _day(d, ctx, "text") if d else None
    if ctx.year is not None:
        d = valid_day(ctx.year, month, day_num)
        return _day(d, ctx, ctx.year_anchor) if d else None
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day_num:02d}", "none")
    d = _nearest_day(month, day_num, ctx)
    return _day(d, ctx) if d else None


def _slash_date(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    a, b = int(c.group("a") or 0), int(c.group("b") or 0)
    year = _full_year(c.group("year") or "", ctx)
    # month first (US) unless that is impossible; the other reading is kept as alternative
    us, eu = valid_day(year, a, b), valid_day(year, b, a)
    if us is None and eu is None:
        return None
    first = us or eu
    assert first is not None
    found = _day(first, ctx, "text")
    if us is not None and eu is not None and us != eu:
        found.alternative = day_value(eu)
    return found


def _explicit_date(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    if c.rule == "date_slash":
        return _slash_date(c, ctx)
    if c.rule == "date_iso":
        d = valid_day(int(c.group("year") or 0), int(c.group("month") or 0), int(c.group("day") or 0))
        if d is None:
            return None
        if c.group("hour"):
            return Resolved("TIME", f"{day_value(d)}T{c.group('hour')}:{c.group('minute')}", "text", day=d)
        return _day(d, ctx, "text")
    month = month_number(c.group("month") or "")
    if month is None:
        return None
    return resolve_month_day(month, _day_number(c.group("day") or "0"), c.group("year"), ctx)


def _month_year(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    month = month_number(c.group("month") or "")
    if month is None:
        return None
    return _date(month_value(int(c.group("year") or 0), month), ctx, anchor="text")


def _month(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    month = month_number(c.group("month") or "")
    if month is None:
        return None
    if ctx.year is not None:
        return _date(month_value(ctx.year, month), ctx, anchor=ctx.year_anchor)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{month:02d}", "none")
    return _date(month_value(_nearest_month_year(month, ctx), month), ctx)


def _year(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    return _date(f"{int(c.group('year') or 0):04d}", ctx, anchor="text")


def _year_words(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    """Years spelled out, as broadcast transcripts write them: "nineteen ninety-six"."""
    words = re.sub(r"[\s-]+", " ", (c.group("words") or "").lower()).replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:])) if words[2:] else 0.0
        return _date(f"{2000 + int(rest or 0):04d}", ctx, anchor="text")
    century = parse_number(words[0])
    rest = 0.0 if words[1:] == ["hundred"] else parse_number(" ".join(words[1:]))
    if century is None or rest is None:
        return None
    return _date(f"{int(century) * 100 + int(rest):04d}", ctx, anchor="text")


def _the_year(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    """Business news's "the year", "the fiscal year": the current (or just reported) year;
    "for the year ended Sept. 30" states the length of a reporting period."""
    mod = re.sub(r"\s+", " ", (c.group("mod") or "").lower())
    if c.group("ending"):
        return Resolved("DURATION", "P1Y", "text")
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", "none")
    return _date(f"{ctx.dct.year - (1 if mod == 'latest fiscal' else 0):04d}", ctx)


def _decade(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    word = (c.group("dec") or "").lower().replace("'", "")
    if word[:4].isdigit():
        return _date(word[:3], ctx, anchor="text")
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7}
    tens |= {"eighties": 8, "nineties": 9}
    digit = tens.get(word, int(word[0]) if word[:1].isdigit() else 0)
    if ctx.dct is None:
        return Resolved("DATE", f"XX{digit}", "none")  # which century is not said
    # "the nineties", "the '90s": the most recent such decade that has begun
    now = ctx.dct.year
    century = now // 100
    if century * 100 + digit * 10 > now:
        century -= 1
    return _date(f"{century:02d}{digit}", ctx)


def _century(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    word = (c.group("ord") or "").lower()
    number = int(re.sub(r"\D", "", word)) if word[:1].isdigit() else ORDINALS.get(word, 0)
    if number < 1:
        return None
    return _date(f"{number - 1:02d}", ctx, anchor="text")


# --- publication-relative days, weeks, months --------------------------------------------------

_DEICTIC_SHIFT = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "overnight": -1,
    "this": 0,
    "last": -1,
}


def _x_day(part: str | None = None) -> Resolved:
    suffix = f"T{part}" if part else ""
    return Resolved("TIME" if part else "DATE", f"XXXX-XX-XX{suffix}", "none")


def _with_part(found: Resolved, part: str | None, kind: TimexType = PART_OF_DAY_TYPE) -> Resolved:
    if not part:
        return found
    return replace(found, type=kind, value=f"{found.value}T{part}")


def _deictic(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    word = re.sub(r"\s+", " ", (c.group("word") or "").lower())
    part = "NI" if word in {"tonight", "overnight"} else None
    if c.group("part"):
        part = PARTS_OF_DAY[c.group("part").lower()]
    if ctx.dct is None:
        return _x_day(part)
    found = _day(ctx.dct + timedelta(days=_DEICTIC_SHIFT.get(word, 0)), ctx)
    return _with_part(found, part, "TIME")


def _weekday(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    weekday = WEEKDAYS[(c.group("wd") or "").lower()]
    rel = (c.group("rel") or "").lower()
    part = PARTS_OF_DAY[c.group("part").lower()] if c.group("part") else None
    if rel in {"previous", "following"} and ctx.ref_day is not None:
        # "the previous Friday": counted from the day being talked about
        base = replace(ctx, dct=ctx.ref_day)
        return _with_part(_day(weekday_day(weekday, base, rel), ctx), part)
    if ctx.dct is None:
        return Resolved(
            PART_OF_DAY_TYPE if part else "DATE",
            f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else ""),
            "none",
        )
    return _with_part(_day(weekday_day(weekday, ctx, rel), ctx), part)


_BACK = {"last", "past", "previous", "preceding", "prior"}
_FORWARD = {"next", "coming", "following"}


def _shift_of(rel: str) -> int:
    return -1 if rel in _BACK else 1 if rel in _FORWARD else 0


def _weekend(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    rel = (c.group("rel") or "").lower()
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-WXX-WE", "none")
    saturday = ctx.dct - timedelta(days=(ctx.dct.weekday() - 5) % 7)  # the latest, or today
    in_weekend = ctx.dct.weekday() >= 5
    # "next weekend" is always the coming one; a future tense means the coming one unless the
    # article is written during a weekend, which is then the one meant
    if rel in _FORWARD or (not in_weekend and rel not in _BACK and ctx.direction() > 0):
        saturday += timedelta(days=7)
    return _date(week_value(saturday) + "-WE", ctx)


def _unit_value(unit: str, base: date, shift: int) -> str | None:
    if unit == "week":
        return week_value(base + timedelta(weeks=shift))
    if unit == "month":
        return month_value(*add_months(base.year, base.month, shift))
    if unit == "year":
        return f"{base.year + shift:04d}"
    if unit == "quarter":
        year, quarter = divmod(base.year * 4 + quarter_of(base.month) - 1 + shift, 4)
        return f"{year:04d}-Q{quarter + 1}"
    if unit == "decade":
        return f"{base.year // 10 + shift:03d}"
    if unit == "century":
        return f"{base.year // 100 + shift:02d}"
    return None


_X_UNIT = {
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "year": "XXXX",
    "quarter": "XXXX-QX",
    "decade": "XXX",
    "century": "XX",
}


def _rel_unit(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    rel = (c.group("rel") or "").lower()
    unit = (c.group("unit") or "").lower()
    the = bool(c.group("the"))
    if unit in {"day", "morning", "afternoon", "evening", "night"}:
        return _rel_day(rel, unit, ctx)
    if unit == "fortnight":
        return Resolved("DURATION", "P2W", "text")
    if the and rel in {"previous", "following", "preceding", "prior", "same"} and ctx.ref_day is not None:
        value = _unit_value(unit, ctx.ref_day, _shift_of(rel) if rel != "same" else 0)
        return _date(value, ctx) if value else None
    if ctx.dct is None:
        return Resolved("DATE", _X_UNIT.get(unit, "XXXX"), "none")
    value = _unit_value(unit, ctx.dct, _shift_of(rel))
    return _date(value, ctx) if value else None


def _rel_day(rel: str, unit: str, ctx: ResolutionContext) -> Resolved | None:
    part = PARTS_OF_DAY.get(unit)
    if rel == "last" and unit == "night":
        if ctx.dct is None:
            return _x_day("NI")
        return _with_part(_day(ctx.dct - timedelta(days=1), ctx), "NI", "TIME")
    base = ctx.ref_day or ctx.dct
    if base is None:
        return _x_day(part)
    shift = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel, 0)
    return _with_part(_day(base + timedelta(days=shift), ctx), part)


def _that_unit(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    unit = (c.group("unit") or "").lower()
    if unit == "year" and ctx.ref_year is not None:
        # "founded in 2011 ... later that year": the year the article last talked about, told by
        # a year alone as often as by a day.
        return _date(f"{ctx.ref_year:04d}", ctx)
    if ctx.ref_day is None:
        return None  # "that day" with nothing to point back to: not worth guessing
    if unit == "day" or unit in PARTS_OF_DAY:
        return _with_part(_day(ctx.ref_day, ctx), PARTS_OF_DAY.get(unit))
    value = _unit_value(unit, ctx.ref_day, 0)
    return _date(value, ctx) if value else None


# --- named periods: months, seasons, holidays, quarters ----------------------------------------


def _season_index(year: int, code: str) -> int:
    return year * 4 + ["SP", "SU", "FA", "WI"].index(code)


def _season(code: str, ctx: ResolutionContext, rel: str = "") -> Resolved:
    if ctx.year is not None:
        return _date(f"{ctx.year:04d}-{code}", ctx, anchor=ctx.year_anchor)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{code}", "none")
    year_now, code_now = season_of(ctx.dct)
    now = _season_index(year_now, code_now)
    options = [(_season_index(y, code), y) for y in (year_now - 1, year_now, year_now + 1)]
    if rel in _BACK:
        year = max(o for o in options if o[0] < now)[1]
    elif rel in _FORWARD:
        year = min(o for o in options if o[0] > now)[1]
    elif rel == "this":
        year = ctx.dct.year if code != "WI" or ctx.dct.month == 12 else ctx.dct.year - 1
    else:
        year = _pick(options, now, ctx.direction())
    return _date(f"{year:04d}-{code}", ctx)


def _season_rule(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    code = SEASONS[(c.group("season") or "").lower()]
    if c.group("year"):
        return _date(f"{int(c.group('year') or 0):04d}-{code}", ctx, anchor="text")
    return _season(code, ctx)


def holiday_day(name: str, year: int) -> date:
    name = re.sub(r"\s+", " ", name.lower())
    if name.startswith("christmas"):
        return date(year, 12, 24 if name.endswith("eve") else 25)
    if name.startswith("new year"):
        return date(year, 12, 31) if name.endswith("eve") else date(year, 1, 1)
    if name.startswith("thanksgiving"):  # fourth Thursday of November (US)
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name.startswith("easter"):
        return easter(year, EASTER_WESTERN) + timedelta(days=1 if name.endswith("monday") else 0)
    fixed = {"halloween": (10, 31), "valentine's day": (2, 14), "boxing day": (12, 26)}
    month, day_num = fixed.get(name, (1, 1))
    return date(year, month, day_num)


def _holiday(name: str, ctx: ResolutionContext, year_text: str | None = None, rel: str = "") -> Resolved:
    if year_text:
        return _day(holiday_day(name, int(year_text)), ctx, "text")
    if ctx.year is not None:
        return _day(holiday_day(name, ctx.year), ctx, ctx.year_anchor)
    if ctx.dct is None:
        d = holiday_day(name, 2000)
        return Resolved("DATE", f"XXXX-{d.month:02d}-{d.day:02d}", "none")
    options = [
        (holiday_day(name, y).toordinal(), holiday_day(name, y))
        for y in range(ctx.dct.year - 1, ctx.dct.year + 2)
    ]
    now = ctx.dct.toordinal()
    if rel in _BACK:
        return _day(max(o for o in options if o[0] < now)[1], ctx)
    if rel in _FORWARD:
        return _day(min(o for o in options if o[0] > now)[1], ctx)
    if rel == "this":
        return _day(holiday_day(name, ctx.dct.year), ctx)
    return _day(_pick(options, now, ctx.direction()), ctx)


def _holiday_rule(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    return _holiday(c.group("hol") or "", ctx, c.group("year"))


def _rel_named(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    rel = (c.group("rel") or "").lower()
    name = (c.group("name") or "").lower()
    if name in SEASONS:
        return _season(SEASONS[name], ctx, rel)
    month = month_number(name)
    if month is None:
        return _holiday(name, ctx, rel=rel)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{month:02d}", "none")
    # "last February" is February of last year (even in March), "next March" the coming one
    year = ctx.dct.year
    if rel in _BACK:
        year -= 1
    elif rel in _FORWARD:
        year += 1 if month <= ctx.dct.month else 0
    return _date(month_value(year, month), ctx)


def _quarter_value(
    year: int, quarter: int, ctx: ResolutionContext, anchor: Anchor | None = None, remember: bool = True
) -> Resolved:
    """A quarter value; `remember` makes it the quarter later "the quarter" refers to, which
    derived ones ("the year-ago quarter") must not become."""
    found = _date(f"{year:04d}-Q{quarter}", ctx, anchor=anchor)
    if remember:
        found.quarter = (year, quarter)
    return found


def _shift_quarter(year: int, quarter: int, shift: int) -> tuple[int, int]:
    y, q = divmod(year * 4 + quarter - 1 + shift, 4)
    return y, q + 1


def _last_completed_quarter(dct: date) -> tuple[int, int]:
    return _shift_quarter(dct.year, quarter_of(dct.month), -1)


def _ordinal_quarter(quarter: int, year_text: str | None, ctx: ResolutionContext) -> Resolved:
    if year_text:
        return _quarter_value(int(year_text), quarter, ctx, "text")
    if ctx.year is not None:
        return _quarter_value(ctx.year, quarter, ctx, ctx.year_anchor)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-Q{quarter}", "none")
    now = ctx.dct.year * 4 + quarter_of(ctx.dct.month) - 1
    options = [(y * 4 + quarter - 1, y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    # business news reports a quarter just after it ends and forecasts the next ones: the
    # nearest occurrence is right whatever the tense ("expects to report a third-quarter loss")
    return _quarter_value(_pick(options, now, 0), quarter, ctx)


def _quarter_ord(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    word = (c.group("ord") or c.group("q") or "").lower()
    quarter = int(word[0]) if word[:1].isdigit() else ORDINALS.get(word, 0)
    if not 1 <= quarter <= 4:
        return None
    found = _ordinal_quarter(quarter, c.group("year"), ctx)
    if c.group("ago") and found.quarter is not None:  # "the year-ago third quarter"
        return _quarter_value(found.quarter[0] - 1, quarter, ctx, remember=False)
    return found


_YEAR_AGO = {"year-earlier", "year-ago", "year-before", "comparable"}


def _quarter_rel(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    rel = re.sub(r"\s+", " ", (c.group("rel") or "").lower())
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-QX", "none")
    current = (ctx.dct.year, quarter_of(ctx.dct.month))
    reported = ctx.ref_quarter or _last_completed_quarter(ctx.dct)
    if rel in {"current", "this"}:
        target = current
    elif rel in {"next", "coming"}:
        target = _shift_quarter(*current, 1)
    elif rel == "last":
        target = _shift_quarter(*current, -1)
    elif rel in {"previous", "prior", "preceding"}:
        target = _shift_quarter(*reported, -1)
    elif rel in _YEAR_AGO:
        return _quarter_value(*_shift_quarter(*reported, -4), ctx, remember=False)
    else:  # "the quarter", "the latest quarter", "the same quarter": the one being reported
        target = reported
    return _quarter_value(*target, ctx)


def _quarter_of_year(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    """The quarter being reported, in the year given: "the 1988 quarter", "the 1989 period"."""
    year = int(c.group("year") or 0)
    if ctx.ref_quarter is not None:
        quarter = ctx.ref_quarter[1]
    elif ctx.dct is not None:
        quarter = _last_completed_quarter(ctx.dct)[1]
    else:
        return _date(f"{year:04d}", ctx, anchor="text")
    return _quarter_value(year, quarter, ctx, "text", remember=False)


def _half_year(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    half = 1 if (c.group("ord") or "").lower() in {"first", "1st"} else 2
    if c.group("year"):
        return _date(f"{int(c.group('year') or 0):04d}-H{half}", ctx, anchor="text")
    if ctx.year is not None:
        return _date(f"{ctx.year:04d}-H{half}", ctx, anchor=ctx.year_anchor)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-H{half}", "none")
    year = ctx.dct.year if half == 1 or ctx.dct.month > 6 or ctx.direction() > 0 else ctx.dct.year - 1
    return _date(f"{year:04d}-H{half}", ctx)


def _year_adj(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", "none")
    if ctx.ref_quarter is not None:
        return _quarter_value(*_shift_quarter(*ctx.ref_quarter, -4), ctx, remember=False)
    return _date(f"{ctx.dct.year - 1:04d}", ctx)


def _period_end(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    unit = "year" if c.group("yearend") else (c.group("unit") or "").lower()
    if ctx.dct is None:
        return Resolved("DATE", _X_UNIT.get(unit, "XXXX"), "none")
    if unit == "quarter":
        return _quarter_value(ctx.dct.year, quarter_of(ctx.dct.month), ctx)
    value = _unit_value(unit, ctx.dct, 0)
    return _date(value, ctx) if value else None


# --- durations, "ago", sets --------------------------------------------------------------------

_SMALLER = {"Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}
_SMALLER_TIME = {"H": ("M", 60), "M": ("S", 60)}


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT30M, P1Y6M; PXD when the amount is vague."""
    letter = UNITS[unit]
    time = unit in TIME_UNITS
    prefix = "PT" if time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    scale = {"decade": 10, "century": 100, "millennium": 1000, "fortnight": 2}.get(unit)
    if scale:
        amount, letter = amount * scale, "W" if unit == "fortnight" else "Y"
    whole = int(amount)
    rest = amount - whole
    if rest < 1e-9:
        return f"{prefix}{whole}{letter}"
    smaller, factor = (_SMALLER_TIME if time else _SMALLER).get(letter, (letter, 1))
    part = round(rest * factor)
    if factor == 1 or part == 0:
        return f"{prefix}{amount:g}{letter}"
    head = f"{whole}{letter}" if whole else ""
    if not time and smaller == "H":  # "a day and a half": P1DT12H
        return f"P{head}T{part}H"
    return f"{prefix}{head}{part}{smaller}"


def _amount(c: Candidate) -> float | None:
    num = c.group("num")
    if num is None:
        return 1.0
    amount = parse_number(re.sub(r"\s+", " ", num))
    if amount is not None and c.group("half"):
        amount += 0.5
    return amount


def _duration(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    unit = unit_of(c.group("unit") or c.group("unit2") or "")
    if unit not in UNITS:
        return None
    if c.rule == "half_unit":
        return Resolved("DURATION", duration_value(0.5, unit), "text")
    if c.rule == "duration_adj":  # "day-long", "years-old"
        plural = (c.group("unit") or "").lower() != unit
        return Resolved("DURATION", duration_value(None if plural else 1.0, unit), "text")
    num = (c.group("num") or "").lower()
    if c.rule == "vague_duration":
        rel = (c.group("rel") or "").lower()
        if rel == "recent":  # "in recent days/years"
            return Resolved("DATE", "PAST_REF", _relative(ctx))
        if rel in {"coming", "next"} and not num:
            return Resolved("DATE", "FUTURE_REF", _relative(ctx))
        return Resolved("DURATION", duration_value(None, unit), "text")
    return Resolved("DURATION", duration_value(_amount(c), unit), "text")


def _ago(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    unit = unit_of(c.group("unit") or "")
    direction = re.sub(r"\s+", " ", (c.group("dir") or "").lower())
    forward = direction in {"later", "after", "hence", "from now"}
    amount = _amount(c) if c.group("num") else None
    if direction in {"earlier", "later"} and unit in {"second", "minute", "hour", "day", "week"} and amount:
        # "three days later", "a day earlier": TimeML reads these as lengths of time
        return Resolved("DURATION", duration_value(amount, unit), "text")
    if amount is None:
        return Resolved("DATE", "FUTURE_REF" if forward else "PAST_REF", _relative(ctx))
    shift = amount if forward else -amount
    from_reference = direction in {"earlier", "later", "before", "after"}
    if unit == "year" and ctx.ref_quarter is not None and amount == 1 and not forward:
        # "up from $10 million a year ago" in a quarterly report: the same quarter a year back
        return _quarter_value(*_shift_quarter(*ctx.ref_quarter, -4), ctx, remember=False)
    if from_reference and unit == "year" and ctx.ref_year is not None and shift == int(shift):
        # "He started it in 1976 ... One year later he was fired": a year after the year the
        # text last named, not after the article's date ("a year ago" stays the article's).
        return _date(f"{ctx.ref_year + int(shift):04d}", ctx)
    base = ctx.ref_day if from_reference and unit in {"day", "week", "month"} and ctx.ref_day else ctx.dct
    if base is None:
        return Resolved("DATE", _X_UNIT.get(unit, "XXXX-XX-XX"), "none")
    return _shifted(base, unit, shift, ctx)


def _shifted(base: date, unit: str, shift: float, ctx: ResolutionContext) -> Resolved | None:
    if unit in TIME_UNITS:
        return _day(base, ctx)
    if unit == "day":
        return _day(base + timedelta(days=round(shift)), ctx)
    if unit in {"week", "fortnight"}:
        weeks = shift * (2 if unit == "fortnight" else 1)
        return _date(week_value(base + timedelta(days=round(weeks * 7))), ctx)
    if unit == "month" or shift != int(shift):
        months = round(shift * {"month": 1, "quarter": 3, "year": 12}.get(unit, 12))
        moved = shift_day(base, months=months)
        return _date(month_value(moved.year, moved.month), ctx)
    if unit == "quarter":
        return _quarter_value(*_shift_quarter(base.year, quarter_of(base.month), int(shift)), ctx)
    scale = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}[unit]
    year = base.year + int(shift) * scale
    if unit == "decade":
        return _date(f"{year // 10:03d}", ctx)
    if unit in {"century", "millennium"}:
        return _date(f"{year // 100:02d}", ctx)
    return _date(f"{year:04d}", ctx)


_ADVERB_SETS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q", "biweekly": "P2W", "fortnightly": "P2W",
    "semiannually": "P6M", "semi-annually": "P6M",
}  # fmt: skip


def _set(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    if c.rule == "set_adverb":
        return Resolved("SET", _ADVERB_SETS[(c.group("adv") or "").lower()], "text")
    if c.rule == "weekdays":
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[(c.group('wd') or '').lower()[:-1]] + 1}", "text")
    what = (c.group("what") or c.group("unit") or "").lower()
    if what in WEEKDAYS:
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[what] + 1}", "text")
    if what in PARTS_OF_DAY:
        return Resolved("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[what]}", "text")
    if what in SEASONS:
        return Resolved("SET", f"XXXX-{SEASONS[what]}", "text")
    if what == "weekend":
        return Resolved("SET", "XXXX-WXX-WE", "text")
    month = month_number(what)
    if month is not None:
        return Resolved("SET", f"XXXX-{month:02d}", "text")
    unit = unit_of(what)
    if unit not in UNITS:
        return None
    amount = 1.0
    if c.group("other"):  # "every other week"
        amount = 2.0
    elif c.group("num"):  # "every two weeks"
        amount = parse_number(c.group("num") or "") or 1.0
    return Resolved("SET", duration_value(amount, unit), "text")


# --- clock times -------------------------------------------------------------------------------

_NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00", "mid-day": "12:00"}
_NAMED_PARTS = {"midmorning": "MO", "mid-morning": "MO", "midafternoon": "AF", "mid-afternoon": "AF"}


def clock(c: Candidate) -> str | None:
    """The "THH:MM" (or "TMO") part of a clock-time match."""
    if c.rule == "time_named":
        named = (c.group("named") or "").lower()
        return f"T{_NAMED_TIMES[named]}" if named in _NAMED_TIMES else f"T{_NAMED_PARTS.get(named, 'MI')}"
    hour_text = (c.group("hour") or "").lower()
    hour_num = int(hour_text) if hour_text.isdigit() else parse_number(hour_text)
    if hour_num is None:
        return None
    hour = int(hour_num)
    minute = c.group("minute") or "00"
    ampm = (c.group("ampm") or "").lower().replace(".", "")
    part = (c.group("part") or c.group("part2") or c.group("night") or "").lower()
    if ampm == "pm" or part in {"afternoon", "evening", "night"}:
        hour = hour + 12 if hour < 12 else hour
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or (c.rule == "time_oclock" and not 1 <= int(hour_num) <= 12):
        return None
    second = f":{c.group('second')}" if c.group("second") else ""
    return f"T{hour:02d}:{minute}{second}"


def _time(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    suffix = clock(c)
    if suffix is None:
        return None
    base = ctx.sentence_day
    if base is not None:
        date_part = base.value.split("T")[0]
        return Resolved("TIME", date_part + suffix, base.anchor, day=base.day)
    if ctx.ref_day is not None:
        # "ran aground on Monday evening ... struck the bank at about 7.30pm": a clock time with
        # no day of its own is on the day the narrative has reached.
        return Resolved("TIME", day_value(ctx.ref_day) + suffix, _relative(ctx), day=ctx.ref_day)
    if ctx.dct is None:
        return Resolved("TIME", "XXXX-XX-XX" + suffix, "none")
    return Resolved("TIME", day_value(ctx.dct) + suffix, "published_at", day=ctx.dct)


# --- references to the present, past, future --------------------------------------------------

_REF_VALUES = {"present_ref": "PRESENT_REF", "past_ref": "PAST_REF", "future_ref": "FUTURE_REF"}


def _ref(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    if (c.group("ref") or "").lower() == "today's":  # "today's meeting" is the day itself
        return _deictic(Candidate(c.start, c.end, "deictic", {"word": "today"}), ctx)
    return Resolved("DATE", _REF_VALUES[c.rule], _relative(ctx))


# --- merged expressions ------------------------------------------------------------------------


def _weekday_and_date(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    """A weekday next to a date ("Thursday, 7 November"): the date wins; a weekday it does not
    fall on is a mismatch whose other reading (the weekday alone) is kept as the alternative."""
    weekday_part, date_part = c.parts
    weekday = WEEKDAYS[(weekday_part.group("wd") or "").lower()]
    found = resolve(date_part, _year_from_weekday(date_part, weekday, ctx))
    if found is None or found.day is None:
        return found
    if found.day.weekday() != weekday:
        found.mismatch = (found.day, weekday)
        if ctx.dct is not None:
            found.alternative = day_value(
                weekday_day(weekday, ctx, (weekday_part.group("rel") or "").lower())
            )
    part = weekday_part.group("part")
    return _with_part(found, PARTS_OF_DAY[part.lower()] if part else None)


def _year_from_weekday(date_part: Candidate, weekday: int, ctx: ResolutionContext) -> ResolutionContext:
    """For "Monday, Oct. 26" without a year, the year nearest the article in which Oct. 26 is
    a Monday, when there is one; otherwise the usual choice (and a mismatch warning)."""
    month = month_number(date_part.group("month") or "")
    dct = ctx.dct
    if dct is None or month is None or date_part.group("year") or ctx.year is not None:
        return ctx
    day_num = _day_number(date_part.group("day") or "0")
    days = [valid_day(y, month, day_num) for y in (dct.year - 1, dct.year, dct.year + 1)]
    fitting = [d for d in days if d is not None and d.weekday() == weekday]
    if not fitting:
        return ctx
    nearest = min(fitting, key=lambda d: abs((d - dct).days))
    return replace(ctx, year=nearest.year, year_anchor="published_at")


def _date_and_time(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    day_part, time_part = c.parts if c.rule == "date_time" else c.parts[::-1]
    found = resolve(day_part, ctx)
    suffix = clock(time_part)
    if found is None or suffix is None:
        return found
    return replace(found, type="TIME", value=found.value.split("T")[0] + suffix)


def _with_year(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    head, year_part = c.parts
    year_found = resolve(year_part, ctx)
    if year_found is None or not year_found.value[:4].isdigit():
        return resolve(head, ctx)
    glued = replace(ctx, year=int(year_found.value[:4]), year_anchor=year_found.anchor)
    return resolve(head, glued)


def weekday_mismatch_message(day: date, weekday: int, dct: date | None) -> str:
    verb = "is" if dct is not None and day > dct else "was"
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year} {verb} a {WEEKDAY_NAMES[day.weekday()]}, not a {WEEKDAY_NAMES[weekday]}"


_RESOLVERS = {
    "date_iso": _explicit_date,
    "date_slash": _explicit_date,
    "date_mdy": _explicit_date,
    "date_dmy": _explicit_date,
    "date_md": _explicit_date,
    "month_year": _month_year,
    "month": _month,
    "year": _year,
    "decade": _decade,
    "year_words": _year_words,
    "the_year": _the_year,
    "century": _century,
    "deictic_part": _deictic,
    "deictic": _deictic,
    "weekday": _weekday,
    "weekdays": _set,
    "weekend": _weekend,
    "rel_unit": _rel_unit,
    "that_unit": _that_unit,
    "rel_named": _rel_named,
    "season_year": _season_rule,
    "season": _season_rule,
    "holiday": _holiday_rule,
    "period_end": _period_end,
    "ago": _ago,
    "duration": _duration,
    "duration_adj": _duration,
    "vague_duration": _duration,
    "half_unit": _duration,
    "set_every": _set,
    "set_adverb": _set,
    "set_a": _set,
    "time_ampm": _time,
    "time_24": _time,
    "time_mil": _time,
    "time_named": _time,
    "time_oclock": _time,
    "quarter_ord": _quarter_ord,
    "quarter_code": _quarter_ord,
    "quarter_year_first": _quarter_ord,
    "quarter_of_year": _quarter_of_year,
    "quarter_rel": _quarter_rel,
    "half_year": _half_year,
    "year_adj": _year_adj,
    "present_ref": _ref,
    "past_ref": _ref,
    "future_ref": _ref,
    "wd_date": _weekday_and_date,
    "date_time": _date_and_time,
    "time_date": _date_and_time,
    "with_year": _with_year,
}


def resolve(c: Candidate, ctx: ResolutionContext) -> Resolved | None:
    """The TIMEX3 reading of one candidate, or None when it turns out not to be one."""
    return _RESOLVERS[c.rule](c, ctx)
