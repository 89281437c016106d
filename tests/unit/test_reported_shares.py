"""Turnout reported as a share (`pipeline.reported_shares`), through the whole pipeline: the
percent of voters who voted or of workers who walked out, and the percents that count nothing.
Names are invented."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from service.pipeline.analyse import analyse
from service.pipeline.nlp import load
from service.pipeline.reported_shares import share_value


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def shares(nlp: Language, text: str) -> list[tuple[str, float, float | None, str]]:
    found = analyse(text, date(2025, 5, 20), nlp).figures
    return [(f.text, f.low, f.high, f.source) for f in found if f.counted == "turnout"]


def test_a_turnout_told_by_its_noun(nlp: Language) -> None:
    assert shares(
        nlp, "Turnout in Sunday's parliamentary election reached 61.4 percent, the electoral commission said."
    ) == [("61.4 percent", 61.4, 61.4, "the electoral commission")]
    assert shares(nlp, "The party said its observers had recorded turnout of 41.3 percent.") == [
        ("41.3 percent", 41.3, 41.3, "The party")
    ]


def test_the_share_of_a_workforce_on_strike_is_its_turnout(nlp: Language) -> None:
    assert shares(
        nlp, "More than 85% of depot workers walked out on Tuesday, according to the Rail Staff Union."
    ) == [("More than 85%", 85.0, None, "Rail Staff Union")]
    assert shares(nlp, "Orrin Rail said fewer than 40% of its staff joined the strike.") == [
        ("fewer than 40%", 0.0, 40.0, "Orrin Rail")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The union is seeking a pay rise of 9% this year.",
        "Orrin Rail said 72% of its planned services ran during the strike.",
        # a share of a workforce that did something else than strike
        "More than 85% of depot workers voted for the strike, the union said.",
        "With 92 percent of polling stations counted, the ruling party had 54.2 percent of the vote.",
    ],
)
def test_percents_of_no_turnout_count_nothing(nlp: Language, text: str) -> None:
    assert shares(nlp, text) == []


def test_a_share_is_read_with_its_hedge() -> None:
    assert share_value("more than 85%") == (85.0, None)
    assert share_value("about 40 per cent") == (36.0, 44.0)
    assert share_value("61.4 percent") == (61.4, 61.4)
