"""A source's dated figure for a count of people is a report on the timeline: through the whole
pipeline, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from service.pipeline.analyse import analyse
from service.pipeline.figure_events import REPORT_CLASS
from service.pipeline.nlp import load
from service.pipeline.types import Analysis, Statement

PUBLISHED = date(2024, 3, 14)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def reports(analysis: Analysis) -> list[Statement]:
    return [s for s in analysis.statements if s.predicate_class == REPORT_CLASS]


def names(analysis: Analysis, st: Statement) -> list[str]:
    return [analysis.entities[p].name for p in st.participants]


def test_according_to_an_outlet_today_dates_the_figure_to_the_article(nlp: Language) -> None:
    a = analyse(
        "Floods hit the region in May. According to the Harbor Times today, the total dead and "
        "missing for all six towns damaged by the Velmar flood now stands at 1,240.",
        PUBLISHED,
        nlp,
    )
    found = reports(a)
    assert len(found) == 1
    st = found[0]
    assert st.time is not None and a.time_expressions[st.time].value == "2024-03-14"
    assert names(a, st)[0] == "Harbor Times"
    assert any("Velmar" in n for n in names(a, st)[1:])  # what the counted phrase names
    assert st.actual and st.event >= 0


def test_the_attributions_own_day_wins_over_an_earlier_day_and_the_parse(nlp: Language) -> None:
    a = analyse(
        "Aid arrived in the region on Sunday. According to the Harbor Times today, the total dead "
        "and missing for all six towns damaged by the Velmar flood now stands at 1,240.",
        PUBLISHED,
        nlp,
    )
    found = reports(a)
    assert [a.time_expressions[s.time or 0].value for s in found] == ["2024-03-14"]


def test_a_person_saying_on_a_day_how_many_were_injured_gives_a_report(nlp: Language) -> None:
    a = analyse(
        "Mayor Lena Brandt said on Monday that 35 people had been injured in the Dunmore fire.",
        PUBLISHED,
        nlp,
    )
    found = reports(a)
    assert len(found) == 1  # the dated "said" itself, now read as the report
    assert found[0].predicate == "say"
    assert names(a, found[0])[0] == "Lena Brandt"
    assert a.time_expressions[found[0].time or 0].value == "2024-03-11"


def test_an_authority_putting_a_toll_on_a_day_is_one_report_with_the_disaster(nlp: Language) -> None:
    a = analyse(
        "The Ostrian Health Ministry on Tuesday put the death toll from the Velmar earthquake at 85.",
        PUBLISHED,
        nlp,
    )
    found = reports(a)
    assert len(found) == 1
    assert a.time_expressions[found[0].time or 0].value == "2024-03-12"
    assert names(a, found[0])[0] == "Ostrian Health Ministry"
    assert len(found[0].participants) == 2


def test_the_same_figure_repeated_in_one_article_is_one_event(nlp: Language) -> None:
    a = analyse(
        "According to the Harbor Times today, the dead from the Velmar flood now number 1,240. "
        "Rescuers searched the valley. According to the Harbor Times today, the dead from the "
        "Velmar flood now number 1,240.",
        PUBLISHED,
        nlp,
    )
    found = reports(a)
    assert len(found) == 2
    assert found[0].event == found[1].event
    assert all(s.event != found[0].event for s in a.statements if s not in found)


@pytest.mark.parametrize(
    "text",
    [
        # undated background
        "According to the Ostrian Red Cross, 400 people died in the Velmar flood last year.",
        "According to the Ostrian Red Cross, 400 people died in the Velmar flood.",
        # a forecast
        "The Ostrian Red Cross said on Monday the death toll could rise to 500.",
        "The Ostrian Red Cross said on Monday that the death toll is expected to reach 500.",
        # no source in the outlet's voice, dated: the deaths are the event, not a report
        "On Monday 40 people were killed in Dunmore.",
        # the day dates the deaths, not the report
        "According to the Ostrian Red Cross, 40 people were killed on Monday in Dunmore.",
        # "Today" in an outlet's name is no date
        "According to sources including the Ostrian Times and Dunmore Today, 12 miners were found dead.",
        # a dated figure that counts no people
        "According to the Harbor Times today, Acme sold 40,000 phones in Dunmore.",
    ],
)
def test_no_report_without_a_named_source_a_day_of_its_own_and_a_count_of_people(
    nlp: Language, text: str
) -> None:
    assert reports(analyse(text, PUBLISHED, nlp)) == []
