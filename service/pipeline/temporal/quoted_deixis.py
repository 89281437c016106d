"""A speaker's "today" is the day they spoke: days named from inside a quotation, re-anchored.

The tagger anchors "today", "yesterday" and "tomorrow" on the publication date, as news copy
uses them. Inside a direct quotation they are the speaker's words, anchored on the day the
speaker spoke: '"The President has today relieved him of his duties," the spokesman told
reporters on Thursday' names Thursday, whatever day the article appeared. When the words
outside the quotation give the day of speaking (one day-precise expression of the sentence, not
itself a word of this kind), the quoted day moves with it. Pure: expressions and quotation
spans in, the expressions out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

import msgspec

from service.pipeline.types import TimeExpression

# Words of a day counted from the day of speaking, with their offset from it.
DAY_DEIXIS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
}
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def speakers_days(times: list[TimeExpression], spans: list[tuple[int, int]]) -> list[TimeExpression]:
    """`times` with each quoted day word (`DAY_DEIXIS`) re-anchored on the day of speaking that
    its sentence gives outside the quotation; unchanged where none, or more than one, is given.
    `spans`: the quotations' character ranges in text order (the claims reader's quote regions).
    Linear: the spans are found by bisection, and each sentence's expressions are read once."""
    starts = [start for start, _ in spans]

    def quoted(t: TimeExpression) -> bool:
        at = bisect_right(starts, t.start) - 1  # the last quotation opened before it
        return at >= 0 and t.end <= spans[at][1]

    # Per sentence, the day-precise expressions outside quotations that are no day word.
    spoken: dict[int, list[TimeExpression]] = {}
    for o in times:
        if o.text.lower() not in DAY_DEIXIS and _DAY_VALUE.match(o.value) and not quoted(o):
            spoken.setdefault(o.sentence, []).append(o)
    out = list(times)
    for n, t in enumerate(times):
        offset = DAY_DEIXIS.get(t.text.lower())
        if offset is None or not _DAY_VALUE.match(t.value) or not quoted(t):
            continue
        said = spoken.get(t.sentence, [])
        match = _DAY_VALUE.match(said[0].value) if len(said) == 1 else None
        if match is None:
            continue
        day = date.fromisoformat(match.group(1)) + timedelta(days=offset)
        value = day.isoformat() + t.value[10:]  # the part of the day stays: "tonight" is TNI
        if value != t.value:
            out[n] = msgspec.structs.replace(t, value=value, anchor="text")
    return out
