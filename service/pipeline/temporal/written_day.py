"""Whether a time expression writes its calendar day out ("3 March", "March 3rd", "2026-03-03")
rather than leaving the day to be worked out from the article's date ("Tuesday", "yesterday")."""

from __future__ import annotations

import re

from service.pipeline.temporal.lexicon import DAY_NUM, MONTH, WEEKDAY

_WRITTEN_DAY = re.compile(
    rf"\b(?:{DAY_NUM}\s+(?:of\s+)?{MONTH}(?![a-z])|{MONTH}\s+{DAY_NUM}\b|\d{{4}}-\d{{2}}-\d{{2}}\b|"
    rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b)",
    re.IGNORECASE,
)


def writes_calendar_day(expression: str) -> bool:
    """True when the expression names its day by the calendar: a different day written by two
    sources is then their disagreement, not a slip in working out what "Tuesday" meant."""
    return _WRITTEN_DAY.search(expression) is not None


_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY})\b", re.IGNORECASE)


def names_weekday(expression: str) -> bool:
    """True when the expression gives its day by a weekday's name ("on Thursday", "Saturday
    morning"): the same name read against two different publication dates may be two days."""
    return _WEEKDAY.search(expression) is not None


_LAST_WEEKDAY = re.compile(rf"\b(?:last|past|previous)\s+(?:{WEEKDAY})\b", re.IGNORECASE)


def names_last_weekday(expression: str) -> bool:
    """True when the expression names the weekday of the week before by the source's own word
    ("last Thursday", "this past Sunday"): a day the source places, not the reader."""
    return _LAST_WEEKDAY.search(expression) is not None
