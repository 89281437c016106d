"""A speaker's "today" is the day they spoke: days named from inside a quotation, re-anchored.

The tagger anchors "today", "yesterday" and "tomorrow" on the publication date, as news copy
uses them. Inside a direct quotation they are the speaker's words, anchored on the day the
speaker spoke: '"The President has today relieved him of his duties," the spokesman told
reporters on Thursday' names Thursday, whatever day the article appeared. When the words
outside the quotation give the day of speaking (one day-precise expression of the sentence, not
itself a word of this kind), the quoted day moves with it. Pure: text and expressions in, the
expressions out.
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
_STRAIGHT = '"'
_OPENING, _CLOSING = "\u201c", "\u201d"


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """The character spans inside quotation marks, paragraph by paragraph: curly marks pair as
    they open and close; straight ones pair in turn. A quotation a paragraph leaves open runs to
    the paragraph's end (news copy reopens it in the next)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        opened: int | None = None
        for i, ch in enumerate(paragraph):
            if ch == _OPENING or (ch == _STRAIGHT and opened is None):
                opened = offset + i + 1 if opened is None else opened
            elif ch in (_CLOSING, _STRAIGHT) and opened is not None:
                spans.append((opened, offset + i))
                opened = None
        if opened is not None:
            spans.append((opened, offset + len(paragraph)))
        offset += len(paragraph) + 1
    return spans


def speakers_days(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """`times` with each quoted day word (`DAY_DEIXIS`) re-anchored on the day of speaking that
    its sentence gives outside the quotation; unchanged where none, or more than one, is given.
    Linear: the spans are in text order, and each sentence's expressions are read once."""
    spans = quotation_spans(text)
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
