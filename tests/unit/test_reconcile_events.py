"""Merge decisions for event mentions: which stored event, if any, a mention is."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.domain import DateInfo, EventMention, StoredEvent
from service.reconcile.events import (
    date_closeness,
    dates_compatible,
    event_summary,
    match_event,
    merged_date,
    named_parties,
)

TRUMP, PUTIN, XI, PESKOV, KREMLIN, UKRAINE = "e-trump", "e-putin", "e-xi", "e-peskov", "e-kremlin", "e-ua"


def day(iso: str) -> DateInfo:
    d = date.fromisoformat(iso)
    return DateInfo(value=iso, granularity="day", start=d, end=d)


def week(year: int, number: int) -> DateInfo:
    start = date.fromisocalendar(year, number, 1)
    return DateInfo(value=f"{year}-W{number:02d}", granularity="week", start=start, end=start + timedelta(6))


def month(year: int, number: int) -> DateInfo:
    start = date(year, number, 1)
    end = date(year + number // 12, number % 12 + 1, 1) - timedelta(1)
    return DateInfo(value=f"{year}-{number:02d}", granularity="month", start=start, end=end)


def year(number: int) -> DateInfo:
    return DateInfo(value=str(number), granularity="year", start=date(number, 1, 1), end=date(number, 12, 31))


def mention(
    participants: list[str],
    when: DateInfo | None,
    *,
    cls: str = "communication",
    predicate: str = "call",
    alternative: DateInfo | None = None,
) -> EventMention:
    return EventMention(
        article_id="a-new",
        published=date(2024, 11, 11),
        predicate=predicate,
        predicate_class=cls,
        participants=participants,
        date=when,
        alternative=alternative,
    )


def stored(
    event_id: str,
    participants: list[str],
    when: DateInfo | None,
    *,
    cls: str = "communication",
    predicate: str = "speak",
) -> StoredEvent:
    return StoredEvent(
        id=event_id, predicate=predicate, predicate_class=cls, participants=participants, date=when
    )


# --- dates_compatible ----------------------------------------------------------------------


def test_week_and_a_day_inside_it_are_compatible() -> None:
    assert dates_compatible(week(2024, 45), day("2024-11-07"))
    assert dates_compatible(day("2024-11-07"), week(2024, 45))


def test_two_different_days_are_not_compatible() -> None:
    assert not dates_compatible(day("2024-11-07"), day("2024-11-06"))


def test_day_outside_the_week_is_not_compatible() -> None:
    assert not dates_compatible(week(2024, 45), day("2024-11-11"))


def test_overlapping_week_and_month_are_compatible() -> None:
    # 2024-W44 runs 28 October - 3 November: it shares days with November.
    assert dates_compatible(week(2024, 44), month(2024, 11))


def test_missing_date_is_compatible_only_when_allowed() -> None:
    assert not dates_compatible(None, day("2024-11-07"))
    assert not dates_compatible(day("2024-11-07"), None)
    assert dates_compatible(None, day("2024-11-07"), allow_missing=True)
    assert dates_compatible(None, None, allow_missing=True)


@given(st.dates(), st.dates())
def test_days_are_compatible_exactly_when_equal(a: date, b: date) -> None:
    assert dates_compatible(day(a.isoformat()), day(b.isoformat())) == (a == b)


def test_closeness_prefers_the_same_precision() -> None:
    assert date_closeness(day("2024-11-07"), day("2024-11-07")) == 1.0
    assert date_closeness(day("2024-11-07"), week(2024, 45)) == 1 / 7
    assert date_closeness(day("2024-11-07"), day("2024-11-08")) == 0.0


# --- match_event: merge and no-merge pairs --------------------------------------------------


def test_same_call_reported_with_a_day_and_with_its_week_merges() -> None:
    event_id, reason, flagged = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07")), [stored("ev1", [PUTIN, TRUMP], week(2024, 45))]
    )
    assert event_id == "ev1"
    assert not flagged
    assert "ev1" in reason


def test_calls_on_different_days_stay_two_events() -> None:
    event_id, reason, flagged = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07")), [stored("ev1", [TRUMP, PUTIN], day("2024-11-06"))]
    )
    assert event_id is None
    assert not flagged
    assert "incompatible" in reason


def test_different_participant_pairs_stay_apart() -> None:
    event_id, _, _ = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07")), [stored("ev1", [TRUMP, XI], day("2024-11-07"))]
    )
    assert event_id is None


def test_two_participants_need_two_shared_even_against_a_one_participant_event() -> None:
    # The candidate has only one of the mention's two participants.
    event_id, _, _ = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07")), [stored("ev1", [TRUMP], day("2024-11-07"))]
    )
    assert event_id is None


def test_single_participant_mention_joins_an_event_that_has_it() -> None:
    event_id, _, _ = match_event(
        mention([PUTIN], day("2024-11-07")), [stored("ev1", [TRUMP, PUTIN], day("2024-11-07"))]
    )
    assert event_id == "ev1"


def test_single_participant_mention_needs_its_participant_in_the_event() -> None:
    event_id, _, _ = match_event(
        mention([XI], day("2024-11-07")), [stored("ev1", [TRUMP, PUTIN], day("2024-11-07"))]
    )
    assert event_id is None


def test_mention_without_participants_never_merges() -> None:
    event_id, reason, _ = match_event(mention([], day("2024-11-07")), [stored("ev1", [], day("2024-11-07"))])
    assert event_id is None
    assert "no participants" in reason


def test_different_class_never_merges() -> None:
    event_id, _, _ = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07"), cls="meeting", predicate="meet"),
        [stored("ev1", [TRUMP, PUTIN], day("2024-11-07"))],
    )
    assert event_id is None


def test_different_predicates_of_one_class_merge() -> None:
    # "call" and "speak" are both communication: the class decides, not the lemma.
    event_id, _, _ = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07"), predicate="call"),
        [stored("ev1", [TRUMP, PUTIN], day("2024-11-07"), predicate="speak")],
    )
    assert event_id == "ev1"


def test_without_a_class_only_the_same_predicate_merges() -> None:
    candidates = [stored("ev1", [TRUMP, PUTIN], day("2024-11-07"), cls="", predicate="speak")]
    same, _, _ = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07"), cls="", predicate="speak"), candidates
    )
    other, _, _ = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07"), cls="", predicate="call"), candidates
    )
    assert (same, other) == ("ev1", None)


def test_no_candidates_gives_a_new_event() -> None:
    assert match_event(mention([TRUMP, PUTIN], day("2024-11-07")), [])[0] is None


# --- statements -----------------------------------------------------------------------------


def statement(participants: list[str], when: DateInfo | None, **kw: DateInfo) -> EventMention:
    return mention(participants, when, cls="statement", predicate="deny", **kw)


def said(event_id: str, participants: list[str], when: DateInfo | None) -> StoredEvent:
    return stored(event_id, participants, when, cls="statement", predicate="say")


def test_statement_merges_with_the_same_speaker_on_the_same_day() -> None:
    event_id, _, _ = match_event(
        statement([TRUMP, PESKOV], day("2024-11-11")),
        [said("st1", [PUTIN, TRUMP, PESKOV], day("2024-11-11"))],
        speaker=PESKOV,
        speakers={"st1": PESKOV},
    )
    assert event_id == "st1"


def test_statement_needs_the_same_speaker() -> None:
    # Same participants and day, but the stored statement was made by the other one.
    event_id, _, _ = match_event(
        statement([KREMLIN, PESKOV], day("2024-11-11")),
        [said("st1", [PESKOV, KREMLIN], day("2024-11-11"))],
        speaker=PESKOV,
        speakers={"st1": KREMLIN},
    )
    assert event_id is None


def test_statement_without_known_speakers_never_merges() -> None:
    # Participant order carries no role, so without speakers nothing says who spoke.
    candidates = [said("st1", [PESKOV], day("2024-11-11"))]
    assert match_event(statement([PESKOV], day("2024-11-11")), candidates)[0] is None
    assert match_event(statement([PESKOV], day("2024-11-11")), candidates, speaker=PESKOV)[0] is None


def test_statement_needs_the_same_day_not_a_week() -> None:
    event_id, _, _ = match_event(
        statement([PESKOV], week(2024, 46)),
        [said("st1", [PESKOV], day("2024-11-11"))],
        speaker=PESKOV,
        speakers={"st1": PESKOV},
    )
    assert event_id is None


def test_statement_on_another_day_stays_apart() -> None:
    event_id, _, _ = match_event(
        statement([PESKOV], day("2024-11-12")),
        [said("st1", [PESKOV], day("2024-11-11"))],
        speaker=PESKOV,
        speakers={"st1": PESKOV},
    )
    assert event_id is None


def test_statement_day_with_a_time_is_the_same_day() -> None:
    morning = DateInfo(
        value="2024-11-11T09:30", granularity="day", start=date(2024, 11, 11), end=date(2024, 11, 11)
    )
    event_id, _, _ = match_event(
        statement([PESKOV], morning),
        [said("st1", [PESKOV], day("2024-11-11"))],
        speaker=PESKOV,
        speakers={"st1": PESKOV},
    )
    assert event_id == "st1"


def test_undated_statement_never_merges() -> None:
    event_id, _, _ = match_event(
        statement([PESKOV], None),
        [said("st1", [PESKOV], day("2024-11-11"))],
        speaker=PESKOV,
        speakers={"st1": PESKOV},
    )
    assert event_id is None


def test_statements_by_one_speaker_about_different_things_stay_apart() -> None:
    event_id, _, _ = match_event(
        statement([PESKOV, UKRAINE], day("2024-11-11")),
        [said("st1", [PESKOV, TRUMP], day("2024-11-11"))],
        speaker=PESKOV,
        speakers={"st1": PESKOV},
    )
    assert event_id is None


# --- undated mentions and ties --------------------------------------------------------------


def test_undated_mention_merges_into_the_only_candidate() -> None:
    event_id, reason, flagged = match_event(
        mention([TRUMP, PUTIN], None), [stored("ev1", [TRUMP, PUTIN], day("2024-11-07"))]
    )
    assert event_id == "ev1"
    assert not flagged
    assert "only candidate" in reason


def test_undated_mention_with_two_candidates_makes_a_new_event() -> None:
    event_id, reason, _ = match_event(
        mention([TRUMP, PUTIN], None),
        [stored("ev1", [TRUMP, PUTIN], day("2024-11-07")), stored("ev2", [TRUMP, PUTIN], day("2024-11-01"))],
    )
    assert event_id is None
    assert "ambiguous" in reason


def test_undated_mention_counts_only_candidates_that_fit() -> None:
    # The second candidate is another pair, so only one candidate really fits.
    event_id, _, _ = match_event(
        mention([TRUMP, PUTIN], None),
        [stored("ev1", [TRUMP, PUTIN], day("2024-11-07")), stored("ev2", [TRUMP, XI], day("2024-11-07"))],
    )
    assert event_id == "ev1"


def test_dated_mention_prefers_a_dated_candidate_over_an_undated_one() -> None:
    event_id, _, _ = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07")),
        [stored("ev0", [TRUMP, PUTIN], None), stored("ev1", [TRUMP, PUTIN], day("2024-11-07"))],
    )
    assert event_id == "ev1"


def test_dated_mention_joins_the_only_undated_candidate() -> None:
    event_id, _, _ = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07")), [stored("ev0", [TRUMP, PUTIN], None)]
    )
    assert event_id == "ev0"


def test_best_candidate_by_shared_participants() -> None:
    event_id, _, _ = match_event(
        mention([TRUMP, PUTIN, XI], day("2024-11-07"), cls="meeting", predicate="meet"),
        [
            stored("ev1", [TRUMP, PUTIN], day("2024-11-07"), cls="meeting"),
            stored("ev2", [TRUMP, PUTIN, XI], day("2024-11-07"), cls="meeting"),
        ],
    )
    assert event_id == "ev2"


def test_best_candidate_by_date_precision() -> None:
    event_id, _, _ = match_event(
        mention([TRUMP, PUTIN], day("2024-11-07")),
        [stored("ev1", [TRUMP, PUTIN], month(2024, 11)), stored("ev2", [TRUMP, PUTIN], day("2024-11-07"))],
    )
    assert event_id == "ev2"


def test_equal_candidates_are_a_tie_and_merge_into_neither() -> None:
    event_id, reason, _ = match_event(
        mention([TRUMP, PUTIN], year(2024)),
        [stored("ev1", [TRUMP, PUTIN], day("2024-03-01")), stored("ev2", [TRUMP, PUTIN], day("2024-11-07"))],
    )
    assert event_id is None
    assert "ev1" in reason and "ev2" in reason


def test_a_candidate_listed_twice_is_still_one_candidate() -> None:
    ev1 = stored("ev1", [TRUMP, PUTIN], day("2024-11-07"))
    assert match_event(mention([TRUMP, PUTIN], day("2024-11-07")), [ev1, ev1])[0] == "ev1"


def test_choice_does_not_depend_on_candidate_order() -> None:
    candidates = [
        stored("ev1", [TRUMP, PUTIN], month(2024, 11)),
        stored("ev2", [TRUMP, PUTIN], week(2024, 45)),
    ]
    forward = match_event(mention([TRUMP, PUTIN], day("2024-11-07")), candidates)
    backward = match_event(mention([TRUMP, PUTIN], day("2024-11-07")), candidates[::-1])
    assert forward == backward
    assert forward[0] == "ev2"


# --- the alternative (weekday) reading -----------------------------------------------------


def test_alternative_date_merge_flags_the_disagreement() -> None:
    # "Thursday, 7 October" in an article of 11 November: the 7th of October was a Monday,
    # the Thursday before publication is 7 November, which the stored call has.
    event_id, reason, flagged = match_event(
        mention([TRUMP, PUTIN], day("2024-10-07"), alternative=day("2024-11-07")),
        [stored("ev1", [TRUMP, PUTIN], day("2024-11-07"))],
    )
    assert event_id == "ev1"
    assert flagged
    assert "date conflict" in reason


def test_own_date_beats_the_alternative_reading() -> None:
    event_id, _, flagged = match_event(
        mention([TRUMP, PUTIN], day("2024-10-07"), alternative=day("2024-11-07")),
        [stored("ev1", [TRUMP, PUTIN], day("2024-11-07")), stored("ev2", [TRUMP, PUTIN], day("2024-10-07"))],
    )
    assert (event_id, flagged) == ("ev2", False)


def test_alternative_match_prefers_the_candidate_as_precise_as_the_alternative() -> None:
    event_id, _, flagged = match_event(
        mention([TRUMP, PUTIN], day("2024-10-07"), alternative=day("2024-11-07")),
        [stored("ev1", [TRUMP, PUTIN], week(2024, 45)), stored("ev2", [TRUMP, PUTIN], day("2024-11-07"))],
    )
    assert (event_id, flagged) == ("ev2", True)


def test_alternative_that_fits_nothing_does_not_merge() -> None:
    event_id, _, flagged = match_event(
        mention([TRUMP, PUTIN], day("2024-10-07"), alternative=day("2024-11-07")),
        [stored("ev1", [TRUMP, PUTIN], day("2024-11-05"))],
    )
    assert (event_id, flagged) == (None, False)


def test_statement_merge_on_the_alternative_day_is_flagged() -> None:
    event_id, _, flagged = match_event(
        statement([PESKOV], day("2024-10-11"), alternative=day("2024-11-11")),
        [said("st1", [PESKOV], day("2024-11-11"))],
        speaker=PESKOV,
        speakers={"st1": PESKOV},
    )
    assert (event_id, flagged) == ("st1", True)


# --- merged_date ----------------------------------------------------------------------------


def test_merged_date_takes_the_day_inside_the_week() -> None:
    assert merged_date(week(2024, 45), day("2024-11-07")) == day("2024-11-07")
    assert merged_date(day("2024-11-07"), week(2024, 45)) == day("2024-11-07")


def test_merged_date_fills_a_missing_date() -> None:
    assert merged_date(None, day("2024-11-07")) == day("2024-11-07")
    assert merged_date(week(2024, 45), None) == week(2024, 45)
    assert merged_date(None, None) is None


def test_merged_date_keeps_the_event_date_against_a_contradiction() -> None:
    assert merged_date(day("2024-11-07"), day("2024-10-07")) == day("2024-11-07")


def test_merged_date_keeps_a_month_against_a_week_that_only_overlaps_it() -> None:
    # 2024-W44 reaches into October: taking it would lose that the event was in November.
    assert merged_date(month(2024, 11), week(2024, 44)) == month(2024, 11)


# --- event_summary -------------------------------------------------------------------------


def test_a_title_names_the_parties_most_mentions_name() -> None:
    weights = [("a", "Ann", 9), ("b", "Bob", 5), ("p", "The Paper", 4), ("s", "A State", 0)]
    assert named_parties(weights) == {"a": "Ann", "b": "Bob"}


def test_one_mention_names_every_party_and_no_party_names_all_shown() -> None:
    assert named_parties([("a", "Ann", 1), ("b", "Bob", 1), ("s", "A State", 0)]) == {"a": "Ann", "b": "Bob"}
    assert named_parties([("s", "A State", 0), ("p", "The Paper", 0)]) == {"s": "A State", "p": "The Paper"}
    assert named_parties([]) == {}


@given(
    st.lists(st.tuples(st.text(min_size=1), st.text(), st.integers(min_value=0, max_value=50)), max_size=8)
)
def test_the_most_named_party_is_always_named(weights: list[tuple[str, str, int]]) -> None:
    named = named_parties(weights)
    assert set(named) <= {i for i, _, _ in weights}
    if weights:
        top = max(count for _, _, count in weights)
        assert all(i in named for i, _, count in weights if count == top)


def test_event_summary_with_two_names_and_a_day() -> None:
    text = event_summary("call", ["Donald Trump", "Vladimir Putin"], day("2024-11-07"))
    assert text == "Donald Trump and Vladimir Putin: call on 2024-11-07"


def test_event_summary_with_three_names_and_a_month() -> None:
    text = event_summary("meet", ["A", "B", "C"], month(2024, 11))
    assert text == "A, B and C: meeting in November 2024"


@pytest.mark.parametrize(
    ("predicate", "predicate_class", "title"),
    [
        ("resign", "end", "A: resignation"),
        ("detain", "arrest", "A: arrest"),
        ("kill", "kill", "A: killing"),
        # no noun for the verb or its class: the verb
        ("burst", "burst", "A: burst"),
    ],
)
def test_event_summary_names_the_event_by_its_noun(predicate: str, predicate_class: str, title: str) -> None:
    assert event_summary(predicate, ["A"], None, predicate_class) == title


def test_event_summary_without_names_or_date() -> None:
    assert event_summary("attack", [], None) == "attack"
    assert event_summary("attack", [], week(2024, 45)) == "attack in the week of 2024-11-04"
