"""A speaker's "today" re-anchored on the day they spoke. Names are invented."""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language

from service.pipeline.analyse import analyse
from service.pipeline.nlp import load
from service.pipeline.temporal.quoted_deixis import speakers_days
from service.pipeline.types import TimeExpression


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


_QUOTED = re.compile('["\u201c]([^"\u201d]*)["\u201d]')


def expressions(text: str, found: list[tuple[str, str]], sentence: int = 0) -> list[TimeExpression]:
    """Time expressions at the first place each (words, value) pair is found in `text`."""
    out = []
    for words, value in found:
        start = text.index(words)
        out.append(
            TimeExpression(
                text=words,
                start=start,
                end=start + len(words),
                type="DATE",
                value=value,
                anchor="published_at",
                sentence=sentence,
            )
        )
    return out


def values(text: str, found: list[tuple[str, str]]) -> list[str]:
    spans = [m.span(1) for m in _QUOTED.finditer(text)]  # inside the marks, as the claims reader finds them
    return [t.value for t in speakers_days(expressions(text, found), spans)]


def test_a_quoted_today_in_an_article_is_the_day_of_speaking(nlp: Language) -> None:
    # Through the pipeline: the claims reader's quotations, the tagger's days.
    text = (
        "President Rena Obal dismissed Interior Minister Dan Holl on Thursday, her spokesman said. "
        '"The President has today relieved Mr Holl of his duties," spokesman Ivo Rask told '
        "reporters on Thursday afternoon."
    )
    found = analyse(text, date(2025, 5, 30), nlp).time_expressions
    assert [(t.text, t.value[:10]) for t in found if t.text == "today"] == [("today", "2025-05-29")]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            '"The President has today relieved Dan Holl of his duties," the spokesman said on Thursday.',
            [("today", "2026-03-06"), ("Thursday", "2026-03-05")],
            ["2026-03-05", "2026-03-05"],
        ),
        (
            'She said on Monday: "We will meet them tomorrow."',
            [("Monday", "2026-03-02"), ("tomorrow", "2026-03-07")],
            ["2026-03-02", "2026-03-03"],
        ),
        (
            "\u201cI saw him yesterday,\u201d she told reporters on 3 March.",
            [("yesterday", "2026-03-05"), ("3 March", "2026-03-03")],
            ["2026-03-02", "2026-03-03"],
        ),
    ],
)
def test_a_quoted_day_word_is_counted_from_the_day_of_speaking(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert values(text, found) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # no day of speaking: the publication date stays the anchor
        ('"We met today," she said.', [("today", "2026-03-06")]),
        # not quoted: the outlet's own "today"
        (
            "The minister resigned today, a week after the vote on Friday.",
            [("today", "2026-03-06"), ("Friday", "2026-02-27")],
        ),
        # two days outside the quotation: which is the day of speaking is not told
        (
            'On Monday she said "today is the day", and again on Tuesday.',
            [("Monday", "2026-03-02"), ("today", "2026-03-06"), ("Tuesday", "2026-03-03")],
        ),
        # the other day is inside the quotation too: the speaker's own, no day of speaking
        ('"Today, not on Friday," she said.', [("Today", "2026-03-06"), ("Friday", "2026-02-27")]),
    ],
)
def test_a_day_word_without_one_day_of_speaking_keeps_its_value(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert values(text, found) == [v for _, v in found]
