"""Amounts written in digits or English words: the one reader of number phrases, shared by the
temporal tagger ("three weeks", "nineteen ninety-six") and statement figures ("35,000", "a
dozen", "1.5 million").

Hand-written rather than taken from a number-parsing package: the ones on offer read only bare
number words, so news usage ("a dozen", "a score", "half a", "3 1/2", digits with thousands
separators before a multiplier) would still need this code around them, and one of them reads
"a hundred and fifty" as 5000.
"""

from __future__ import annotations

import re

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Number words; "dozen" etc. also appear as "dozens of", which the figure rules read as open-ended.
NUMBER_WORDS: dict[str, int] = {**ONES, **TENS, "dozen": 12, "score": 20}
MULTIPLIERS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
# Amounts that say "some number of": no figure can be read from them.
VAGUE_AMOUNTS = {
    "several",
    "few",
    "a few",
    "some",
    "many",
    "a couple of",
    "couple of",
    "numerous",
    "countless",
}
_COUPLE = {"a couple of", "couple of"}
_HALF = {"half a", "half an", "a half"}
_ONE = {"a", "an", "one"}
_DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_FRACTION = re.compile(r"(\d+)\s+(\d)/(\d)")
# "a" and "an" stand for one only on their own ("an hour"); before a number word they are
# filler ("a dozen", "a hundred"), as is "and" ("a hundred and fifty").
_FILLER = frozenset({"a", "an", "and"})


def parse_number(text: str) -> float | None:
    """The amount a number phrase states: "6", "35,000", "six", "twenty-five", "a dozen",
    "1.5 million", "3 1/2", "half an", "a couple of"; None when it is vague ("several") or
    not a number."""
    text = text.lower().strip()
    if text in _COUPLE:
        return 2.0
    if text in VAGUE_AMOUNTS or not text:
        return None
    if text in _ONE:
        return 1.0
    if text in _HALF:
        return 0.5
    if fraction := _FRACTION.fullmatch(text):
        # "3 1/0" is no amount: a zero denominator reads as nothing, not as a crash.
        return int(fraction[1]) + int(fraction[2]) / int(fraction[3]) if int(fraction[3]) else None
    words = [w for w in text.split() if w not in _FILLER]
    if not words:
        return None
    total, current = 0.0, 0.0
    for w in words:
        if _DIGITS.match(w):
            current += float(w.replace(",", ""))
        elif w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
        elif "-" in w and all(p in NUMBER_WORDS for p in w.split("-")):
            current += sum(NUMBER_WORDS[p] for p in w.split("-"))  # "twenty-five"
        elif w in MULTIPLIERS:
            current = (current or 1.0) * MULTIPLIERS[w]
            if MULTIPLIERS[w] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
    return total + current
