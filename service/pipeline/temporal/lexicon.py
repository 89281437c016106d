"""English calendar words and number words for the temporal tagger, plus the regex fragments
built from them. Only general vocabulary: nothing here knows about any particular article."""

from __future__ import annotations

from service.pipeline.numbers import ONES, TENS

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

# TimeML duration unit letters; decades and centuries are written out in years because
# "P30Y" is what every consumer understands, while the vague plural keeps its own letter.
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "E", "century": "C", "millennium": "L",
}  # fmt: skip
TIME_UNITS = {"second", "minute", "hour"}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
}  # fmt: skip

# --- regex fragments (used with re.IGNORECASE) -------------------------------------------------
_ONES_RX = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_RX = "|".join(TENS)
NUM_WORD = rf"(?:(?:{_TENS_RX})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|{_ONES_RX})"
NUM_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+\d/\d)?"
# "a", "an" and "one" are how news writes 1; "a hundred", "a dozen" are round amounts.
NUMBER = (
    rf"(?:{NUM_DIGITS}|(?:a\s+)?(?:hundred|dozen)|{NUM_WORD}(?:\s+hundred)?|an?(?=[\s-])|half\s+an?|a\s+half)"
)
VAGUE = r"(?:several|a\s+few|few|some|many|a\s+couple\s+of|couple\s+of|numerous|countless)"
# "a couple of years" is two years, written like the vague amounts
MONTH_FULL = "january|february|march|april|may|june|july|august|september|october|november|december"
MONTH_ABBR = r"jan\.?|feb\.?|mar\.|apr\.?|jun\.|jul\.|aug\.?|sept\.?|sep\.|oct\.?|nov\.?|dec\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
PART = "morning|afternoon|evening|night"
SEASON = "spring|summer|autumn|fall|winter"
UNIT_SG = "second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|millennium"
UNIT_PL = r"seconds|minutes|hours|days|weeks|fortnights|months|quarters|years|decades|centuries|millennia"
UNIT = rf"(?:{UNIT_PL}|{UNIT_SG})"
ZONE = (
    r"(?:GMT|UTC|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|AEST|AEDT|"
    r"HKT|SGT|WIB|local\s+time|(?P<paren>\(\s*\d{1,2}(?::?\d\d)?\s*GMT\s*\)))"
)


def unit_of(word: str) -> str:
    """Singular unit name of a (possibly plural or hyphen-suffixed) unit word."""
    word = word.lower()
    if word == "centuries":
        return "century"
    if word == "millennia":
        return "millennium"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))
