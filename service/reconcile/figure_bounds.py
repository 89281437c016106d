"""What a figure allows, read from the hedge written with it: pure.

One reading for every comparison of figures, the story's (`quantities`) and a dated event's
(`conflicts.quantity_conflicts`): "over 200" is (200, ∞), "at least 88" [88, ∞), "200+" [200, ∞),
"at most 50" [0, 50], "fewer than 50" [0, 50), "up to 50" [25, 50] (a ceiling claimed reached:
`REACHED_SHARE`), "nearly 100" [90, 100), "about 300" and "~300" [270, 330], "between 120 and
200" [120, 200]; an unhedged multiple of 1,000 is rounded, ±5%. The hedges are the lexicon's.
"""

from __future__ import annotations

from typing import NamedTuple

from service.pipeline import lexicon as lx
from service.pipeline.statements.figures import parse_figure

ABOUT_TOLERANCE = 0.10  # "about 100": 90-110
NEARLY_TOLERANCE = 0.10  # "nearly 100": 90 up to (not including) 100
ROUND_TOLERANCE = 0.05  # an unhedged multiple of 1,000 ("11,000") is a rounded figure: ±5%
# The least share of its ceiling a count claimed to reach it ("up to 60,000", "as many as 300")
# allows: such a claim is of a count near the ceiling, and half of it is no longer near.
REACHED_SHARE = 0.5

# Hedges by what they do to the number after them; longest first so "no more than" wins.
_ABOVE_STRICT = lx.STRICT_ABOVE
_ABOVE = tuple(h for h in lx.OPEN_ABOVE if h not in lx.STRICT_ABOVE)
_BELOW_STRICT = lx.STRICT_BELOW
_BELOW = tuple(h for h in lx.OPEN_BELOW if h not in lx.STRICT_BELOW and h not in lx.REACHED_CEILINGS)
_REACHED = lx.REACHED_CEILINGS
_NEARLY = lx.SHORT_OF
# The lexicon's approximations but those read as "nearly" ("closer to 6,500", a rival's estimate,
# is no ceiling).
_ABOUT = (*(h for h in lx.APPROXIMATE if h not in lx.SHORT_OF), *lx.ROUGHLY_WRITTEN)
_HEDGES = (
    (_ABOVE_STRICT, "above_strict"),
    (_ABOVE, "above"),
    (_BELOW_STRICT, "below_strict"),
    (_BELOW, "below"),
    (_REACHED, "reached"),
    (_NEARLY, "nearly"),
    (_ABOUT, "about"),
)
# Signs written on the number itself, read as the hedge they stand for: "~300" is about 300,
# "200+" at least 200.
_ABOUT_SIGN, _ABOUT_WORD = "~", "about"
_ABOVE_SIGN, _ABOVE_WORD = "+", "at least"


class Bounds(NamedTuple):
    """The values a figure allows; an open end excludes its own value, high None is unbounded."""

    low: float
    high: float | None
    low_open: bool = False
    high_open: bool = False

    def meets(self, other: Bounds) -> bool:
        """Whether some value satisfies both."""
        low, low_open = max((self.low, self.low_open), (other.low, other.low_open))
        highs = [
            (h, o) for h, o in ((self.high, self.high_open), (other.high, other.high_open)) if h is not None
        ]
        if not highs:
            return True
        high = min(h for h, _ in highs)
        high_open = any(o for h, o in highs if h == high)
        return low < high or (low == high and not low_open and not high_open)


def hedged_bounds(low: float, high: float | None, text: str) -> Bounds:
    """What a figure allows, read from its hedge as written (the module's docstring); a text it
    cannot read keeps the stored bounds, a reversed range read the right way round."""
    words = " ".join(text.casefold().replace("$", " ").replace("€", " ").replace("£", " ").split())
    if words.startswith(_ABOUT_SIGN):
        words = f"{_ABOUT_WORD} {words[len(_ABOUT_SIGN) :].strip()}"
    if words.endswith(_ABOVE_SIGN):
        words = f"{_ABOVE_WORD} {words[: -len(_ABOVE_SIGN)].strip()}"
    for hedges, kind in _HEDGES:
        hedge = next((h for h in sorted(hedges, key=len, reverse=True) if words.startswith(h + " ")), None)
        if hedge is None:
            continue
        parsed = parse_figure(words[len(hedge) + 1 :])
        if parsed is None or parsed[1] is None:
            break
        lo, hi = parsed
        if kind == "above_strict":
            return Bounds(hi, None, low_open=True)
        if kind == "above":
            return Bounds(lo, None)
        if kind == "below_strict":
            return Bounds(0.0, hi, high_open=True)
        if kind == "below":
            return Bounds(0.0, hi)
        if kind == "reached":
            return Bounds(hi * REACHED_SHARE, hi)
        if kind == "nearly":
            return Bounds(lo * (1 - NEARLY_TOLERANCE), hi, high_open=True)
        return Bounds(lo * (1 - ABOUT_TOLERANCE), hi * (1 + ABOUT_TOLERANCE))
    if high is not None and high < low:
        low, high = high, low
    if high is not None and high == low and low >= 1000 and low % 1000 == 0:
        return Bounds(low * (1 - ROUND_TOLERANCE), low * (1 + ROUND_TOLERANCE))
    return Bounds(low, high)
