"""Conflict reports over the claims about one event: what is, and what is not, a disagreement."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.domain import DateInfo, EventClaim, EventMention, Source, StoredEvent
from service.reconcile.conflicts import (
    DatedReport,
    _denies_a_figure,
    _entity_by_name,
    _identity,
    conflict_key,
    detect_conflicts,
    report_from_mention,
)

TRUMP, PUTIN = "e-trump", "e-putin"
NAMES = {TRUMP: "Donald Trump", PUTIN: "Vladimir Putin"}

WAPO = Source(name="The Washington Post", entity_id="e-wapo")
REUTERS = Source(name="Reuters", entity_id="e-reuters")
PESKOV = Source(name="Dmitry Peskov", entity_id="e-peskov")
CHEUNG = Source(name="Steven Cheung", entity_id="e-cheung")
POLICE = Source(name="police")
MEDICS = Source(name="medics")

_ids = itertools.count()


def day(iso: str) -> DateInfo:
    d = date.fromisoformat(iso)
    return DateInfo(value=iso, granularity="day", start=d, end=d)


def week(year: int, number: int) -> DateInfo:
    start = date.fromisocalendar(year, number, 1)
    return DateInfo(value=f"{year}-W{number:02d}", granularity="week", start=start, end=start + timedelta(6))


def call_event(when: DateInfo | None = None) -> StoredEvent:
    return StoredEvent(
        id="ev1",
        predicate="call",
        predicate_class="communication",
        participants=[TRUMP, PUTIN],
        date=when or day("2024-11-07"),
    )


def attack_event() -> StoredEvent:
    return StoredEvent(id="ev9", predicate="attack", predicate_class="attack", participants=[], date=None)


def claim(
    source: Source,
    stance: str = "asserts",
    *,
    article: str = "a1",
    quote: str = "",
    when: DateInfo | None = None,
    alternative: DateInfo | None = None,
) -> EventClaim:
    n = next(_ids)
    return EventClaim(
        claim_id=f"c{n}",
        article_id=article,
        claimant=source,
        stance=stance,  # type: ignore[arg-type]
        quote=quote or f"quote {n}",
        sentence=f"sentence {n}",
        date=when,
        alternative=alternative,
    )


def figure(
    source: Source,
    low: float,
    high: float | None,
    text: str,
    *,
    article: str = "a1",
    counted: str = "kill:people",
    sentence: str = "",
) -> EventClaim:
    n = next(_ids)
    return EventClaim(
        claim_id=f"q{n}",
        article_id=article,
        claimant=source,
        stance="asserts",
        quote=text,
        sentence=sentence or f"sentence {n}",
        quantity_low=low,
        quantity_high=high,
        quantity_text=text,
        counted=counted,
    )


def dated(source: Source, when: DateInfo, article: str, alternative: DateInfo | None = None) -> DatedReport:
    return DatedReport(article_id=article, source=source, date=when, alternative=alternative)


def kinds(drafts: list) -> list[str]:
    return [d.kind for d in drafts]


# --- existence -----------------------------------------------------------------------------


def full_existence_claims() -> list[EventClaim]:
    return [
        claim(WAPO, "asserts", article="wapo"),
        claim(REUTERS, "asserts", article="reuters"),
        claim(PESKOV, "denies", article="tass"),
        claim(CHEUNG, "declines_to_comment", article="wapo"),
    ]


def test_asserts_denies_and_declines_give_one_report_with_three_sides() -> None:
    [draft] = detect_conflicts(call_event(), NAMES, full_existence_claims())
    assert draft.kind == "existence"
    assert [s.stance for s in draft.sides] == ["asserts", "denies", "declines_to_comment"]
    assert [s.position for s in draft.sides] == ["happened", "did not happen", "no comment"]
    assert [[src.name for src in s.sources] for s in draft.sides] == [
        ["Reuters", "The Washington Post"],
        ["Dmitry Peskov"],
        ["Steven Cheung"],
    ]


def test_a_contrary_account_denies_the_event_another_articles_claimant_asserts() -> None:
    # A deed said not done ("had not spoken", "remains in her post"): it stands with the
    # denials against another article's assertion, and never says the event happened.
    contrary = msgspec.structs.replace(claim(PESKOV, article="tass"), contrary=True)
    [draft] = detect_conflicts(call_event(), NAMES, [claim(WAPO, article="wapo"), contrary])
    assert [(s.stance, [src.name for src in s.sources]) for s in draft.sides] == [
        ("asserts", ["The Washington Post"]),
        ("denies", ["Dmitry Peskov"]),
    ]


def test_a_contrary_account_with_no_assertion_elsewhere_takes_no_side() -> None:
    # Told beside an assertion of its own article, or alone, it asserts nothing of the event:
    # a denial from a third claimant meets no one on the asserting side through it.
    contrary = msgspec.structs.replace(claim(PESKOV, article="tass"), contrary=True)
    assert detect_conflicts(call_event(), NAMES, [contrary, claim(CHEUNG, "denies", article="wapo")]) == []
    same_article = [claim(REUTERS, article="tass"), contrary]
    assert detect_conflicts(call_event(), NAMES, same_article) == []


def test_a_contrary_account_answers_no_deed_dated_well_before_it() -> None:
    # "The Harlow shop remains open" (11 March) says nothing of a closure last month: a state now
    # may follow a deed undone. A deed of that week it answers.
    contrary = msgspec.structs.replace(
        claim(PESKOV, article="tass"), contrary=True, published=date.fromisoformat("2024-11-11")
    )
    long_before = claim(
        WAPO,
        article="wapo",
        when=DateInfo(value="2024-10", granularity="month", start=date(2024, 10, 1), end=date(2024, 10, 31)),
    )
    assert detect_conflicts(call_event(), NAMES, [long_before, contrary]) == []
    that_week = claim(WAPO, article="wapo", when=day("2024-11-07"))
    [draft] = detect_conflicts(call_event(), NAMES, [that_week, contrary])
    assert [s.stance for s in draft.sides] == ["asserts", "denies"]


def test_existence_summary_reads_from_the_structure() -> None:
    [draft] = detect_conflicts(call_event(), NAMES, full_existence_claims())
    assert draft.summary == (
        "Reuters and The Washington Post say the call between Donald Trump and "
        "Vladimir Putin on 2024-11-07 happened; Dmitry Peskov denies it; Steven Cheung declines to comment."
    )


def test_an_event_of_no_known_kind_reads_as_what_was_asserted() -> None:
    # "the take involving X" names nothing a reader knows; the asserted words do.
    event = StoredEvent(id="ev2", predicate="take", predicate_class="take", participants=[TRUMP], date=None)
    claims = [
        claim(WAPO, "asserts", article="wapo", quote="Trump took money from a lobbying firm"),
        claim(PESKOV, "denies", article="tass", quote="claims that he took money"),
    ]
    [draft] = detect_conflicts(event, NAMES, claims)
    assert draft.summary == (
        "The Washington Post says “Trump took money from a lobbying firm”; Dmitry Peskov denies it."
    )


def test_participant_order_from_the_store_does_not_change_the_report() -> None:
    event = call_event()
    reordered = msgspec.structs.replace(event, participants=event.participants[::-1])
    claims = full_existence_claims()
    assert detect_conflicts(event, NAMES, claims) == detect_conflicts(reordered, NAMES, claims)


def test_existence_report_lists_participants_claimants_and_articles() -> None:
    [draft] = detect_conflicts(call_event(), NAMES, full_existence_claims())
    assert draft.entity_ids == [PUTIN, TRUMP, "e-cheung", "e-peskov", "e-reuters", "e-wapo"]
    assert draft.article_ids == ["reuters", "tass", "wapo"]
    assert draft.event_id == "ev1"


def test_two_outlets_reporting_the_same_denial_agree() -> None:
    claims = [claim(PESKOV, "denies", article="wapo"), claim(PESKOV, "denies", article="reuters")]
    assert detect_conflicts(call_event(), NAMES, claims) == []


def test_only_denials_by_several_claimants_are_no_conflict() -> None:
    claims = [claim(PESKOV, "denies"), claim(Source(name="Kremlin"), "denies")]
    assert detect_conflicts(call_event(), NAMES, claims) == []


def test_only_asserts_give_nothing() -> None:
    # A denial of some other event is attached to that event, never to this one.
    claims = [claim(WAPO, "asserts", article="wapo"), claim(REUTERS, "asserts", article="reuters")]
    assert detect_conflicts(call_event(), NAMES, claims) == []


def test_asserts_and_declines_to_comment_are_no_conflict() -> None:
    claims = [claim(WAPO, "asserts"), claim(CHEUNG, "declines_to_comment")]
    assert detect_conflicts(call_event(), NAMES, claims) == []


def test_no_claims_give_nothing() -> None:
    assert detect_conflicts(call_event(), NAMES, []) == []


def test_outlet_quoting_a_claim_is_not_a_claimant() -> None:
    # Both denials are carried by a Washington Post article; only the claimants are sources.
    claims = [claim(REUTERS, "asserts", article="reuters"), claim(PESKOV, "denies", article="wapo-article")]
    [draft] = detect_conflicts(call_event(), NAMES, claims)
    all_sources = [src.name for side in draft.sides for src in side.sources]
    assert all_sources == ["Reuters", "Dmitry Peskov"]
    assert "wapo-article" in draft.article_ids


def test_one_denial_repeated_by_two_outlets_is_one_source_with_two_pieces_of_evidence() -> None:
    claims = [
        claim(WAPO, "asserts", article="wapo"),
        claim(PESKOV, "denies", article="wapo", quote="No, there was no call"),
        claim(PESKOV, "denies", article="reuters", quote="No, there was no call"),
    ]
    [draft] = detect_conflicts(call_event(), NAMES, claims)
    deny = draft.sides[1]
    assert [s.name for s in deny.sources] == ["Dmitry Peskov"]
    assert [e.article_id for e in deny.evidence] == ["reuters", "wapo"]


def test_identical_evidence_is_listed_once() -> None:
    twice = claim(PESKOV, "denies", article="tass", quote="No call")
    again = msgspec.structs.replace(twice, claim_id="other")
    [draft] = detect_conflicts(call_event(), NAMES, [claim(WAPO), twice, again])
    assert len(draft.sides[1].evidence) == 1


def test_claimants_without_entity_id_are_told_apart_by_casefolded_name() -> None:
    claims = [
        claim(Source(name="Kremlin"), "denies", article="a1"),
        claim(Source(name="kremlin"), "denies", article="a2"),
        claim(WAPO, "asserts"),
    ]
    [draft] = detect_conflicts(call_event(), NAMES, claims)
    assert len(draft.sides[1].sources) == 1


def test_claimant_named_two_ways_with_one_entity_is_one_source_with_the_fuller_name() -> None:
    claims = [
        claim(Source(name="Peskov", entity_id="e-peskov"), "denies"),
        claim(PESKOV, "denies", article="a2"),
        claim(WAPO, "asserts"),
    ]
    [draft] = detect_conflicts(call_event(), NAMES, claims)
    assert draft.sides[1].sources == [PESKOV]


def test_a_claimant_contradicting_only_itself_is_no_conflict() -> None:
    claims = [claim(PESKOV, "asserts", article="a1"), claim(PESKOV, "denies", article="a2")]
    assert detect_conflicts(call_event(), NAMES, claims) == []


def test_unresolved_name_of_a_known_claimant_counts_as_that_claimant() -> None:
    # "Dmitry Peskov" without an id is the same claimant as the resolved one.
    claims = [claim(PESKOV, "asserts"), claim(Source(name="Dmitry Peskov"), "denies", article="a2")]
    assert detect_conflicts(call_event(), NAMES, claims) == []


def test_a_self_contradicting_claimant_appears_on_both_sides() -> None:
    claims = [claim(PESKOV, "asserts"), claim(PESKOV, "denies", article="a2"), claim(CHEUNG, "denies")]
    [draft] = detect_conflicts(call_event(), NAMES, claims)
    assert [[s.name for s in side.sources] for side in draft.sides] == [
        ["Dmitry Peskov"],
        ["Dmitry Peskov", "Steven Cheung"],
    ]


# --- date ----------------------------------------------------------------------------------


def test_different_days_from_different_sources_give_a_date_report() -> None:
    claims = [
        claim(WAPO, when=day("2024-11-07"), article="wapo"),
        claim(REUTERS, when=day("2024-11-07"), article="reuters"),
        claim(PESKOV, when=day("2024-10-07"), article="tass"),
    ]
    [draft] = detect_conflicts(call_event(), NAMES, claims)
    assert draft.kind == "date"
    assert [s.position for s in draft.sides] == ["2024-11-07", "2024-10-07"]
    assert [[s.name for s in side.sources] for side in draft.sides] == [
        ["Reuters", "The Washington Post"],
        ["Dmitry Peskov"],
    ]
    assert draft.summary == (
        "Sources disagree on the date of the call between Donald Trump and Vladimir Putin: "
        "2024-11-07 (Reuters and The Washington Post) vs 2024-10-07 (Dmitry Peskov)."
    )


def test_a_week_and_a_day_inside_it_are_no_date_conflict() -> None:
    claims = [claim(WAPO, when=day("2024-11-07")), claim(REUTERS, when=week(2024, 45), article="a2")]
    assert detect_conflicts(call_event(), NAMES, claims) == []


def test_a_week_backs_the_one_day_it_contains() -> None:
    claims = [
        claim(WAPO, when=day("2024-11-07")),
        claim(REUTERS, when=week(2024, 45), article="a2"),
        claim(PESKOV, when=day("2024-10-07"), article="a3"),
    ]
    [draft] = detect_conflicts(call_event(), NAMES, claims)
    assert [[s.name for s in side.sources] for side in draft.sides] == [
        ["Reuters", "The Washington Post"],
        ["Dmitry Peskov"],
    ]


def test_a_week_containing_both_days_takes_no_side() -> None:
    claims = [
        claim(WAPO, when=day("2024-11-07")),
        claim(PESKOV, when=day("2024-11-08"), article="a2"),
        claim(REUTERS, when=week(2024, 45), article="a3"),
    ]
    [draft] = detect_conflicts(call_event(), NAMES, claims)
    assert [s.position for s in draft.sides] == ["2024-11-07", "2024-11-08"]
    assert "a3" not in draft.article_ids


def test_article_against_itself_weekday_mismatch_gives_both_dates() -> None:
    # "Thursday, 7 October" in an article of 11 November: the text names two different days.
    reports = [dated(WAPO, day("2024-10-07"), "wapo", alternative=day("2024-11-07"))]
    [draft] = detect_conflicts(call_event(), NAMES, [], reports)
    assert draft.kind == "date"
    assert sorted(s.position for s in draft.sides) == ["2024-10-07", "2024-11-07"]
    assert all(side.sources == [WAPO] for side in draft.sides)


def test_weekday_mismatch_against_other_sources() -> None:
    reports = [
        dated(WAPO, day("2024-11-07"), "wapo"),
        dated(REUTERS, day("2024-10-07"), "reuters", alternative=day("2024-11-07")),
    ]
    [draft] = detect_conflicts(call_event(), NAMES, [], reports)
    assert [s.position for s in draft.sides] == ["2024-11-07", "2024-10-07"]
    # Reuters' weekday points to the 7th of November, its date to the 7th of October.
    assert [[s.name for s in side.sources] for side in draft.sides] == [
        ["Reuters", "The Washington Post"],
        ["Reuters"],
    ]


def test_alternative_agreeing_with_its_own_date_adds_nothing() -> None:
    reports = [dated(WAPO, week(2024, 45), "wapo", alternative=day("2024-11-07"))]
    assert detect_conflicts(call_event(), NAMES, [], reports) == []


def test_a_week_whose_weekday_reading_lies_inside_it_takes_no_extra_side() -> None:
    # "Thursday this week" read as week 45 with the Thursday as second reading: no contradiction,
    # so the Thursday must not become a position against the Friday another source gives.
    reports = [
        dated(WAPO, week(2024, 45), "wapo", alternative=day("2024-11-07")),
        dated(REUTERS, day("2024-11-08"), "reuters"),
    ]
    assert detect_conflicts(call_event(), NAMES, [], reports) == []


def test_denial_dates_do_not_date_the_event() -> None:
    claims = [
        claim(WAPO, when=day("2024-11-07")),
        claim(PESKOV, "denies", when=day("2024-10-07"), article="a2"),
    ]
    assert kinds(detect_conflicts(call_event(), NAMES, claims)) == ["existence"]


def test_report_from_mention_carries_the_outlet_and_the_dates() -> None:
    mention = EventMention(
        article_id="wapo",
        published=date(2024, 11, 11),
        predicate="call",
        predicate_class="communication",
        participants=[TRUMP, PUTIN],
        date=day("2024-10-07"),
        alternative=day("2024-11-07"),
        sentence="On Thursday, 7 October, Trump called Putin.",
        time_expression="Thursday, 7 October",
    )
    report = report_from_mention(mention, WAPO)
    assert report is not None
    assert (report.source, report.date, report.alternative) == (WAPO, day("2024-10-07"), day("2024-11-07"))
    assert report.quote == "Thursday, 7 October"
    assert report_from_mention(msgspec.structs.replace(mention, date=None), WAPO) is None
    assert report_from_mention(msgspec.structs.replace(mention, polarity=False), WAPO) is None


# --- quantity ------------------------------------------------------------------------------


def test_at_least_six_agrees_with_five_in_one_place_and_another_man_elsewhere() -> None:
    claims = [
        figure(POLICE, 6, None, "at least six", article="a1"),
        figure(MEDICS, 5, 5, "five", article="a2"),
        figure(Source(name="officials"), 1, 1, "another man", article="a2"),
    ]
    assert detect_conflicts(attack_event(), {}, claims) == []


def test_a_figure_restated_in_one_article_is_not_summed() -> None:
    # The lead and the body both say six: a reading as one count of six must stay possible.
    claims = [
        figure(POLICE, 6, 6, "six", article="a1", sentence="Six people were killed."),
        figure(POLICE, 6, 6, "six", article="a1", sentence="The six victims were named."),
        figure(MEDICS, 6, 6, "6", article="a2"),
    ]
    assert detect_conflicts(attack_event(), {}, claims) == []


def test_parts_in_different_articles_are_not_summed() -> None:
    # Five in one article, one in another: these are two different totals, not parts.
    claims = [figure(POLICE, 5, 5, "five", article="a1"), figure(MEDICS, 1, 1, "one", article="a2")]
    [draft] = detect_conflicts(attack_event(), {}, claims)
    assert [s.position for s in draft.sides] == ["one", "five"]


def test_exact_figures_that_differ_conflict() -> None:
    claims = [
        figure(POLICE, 6, 6, "6", article="a1"),
        figure(MEDICS, 11, 11, "11", article="a2"),
    ]
    [draft] = detect_conflicts(attack_event(), {}, claims)
    assert draft.kind == "quantity"
    assert draft.key == "quantity:ev9:kill:people"
    assert [s.position for s in draft.sides] == ["6", "11"]
    assert (
        draft.summary
        == "Sources disagree on the number of people (kill) in the attack: 6 (police) vs 11 (medics)."
    )


def test_at_least_is_open_above() -> None:
    claims = [figure(POLICE, 6, None, "at least 6", article="a1"), figure(MEDICS, 40, 40, "40", article="a2")]
    assert detect_conflicts(attack_event(), {}, claims) == []


def test_at_least_conflicts_with_a_smaller_exact_figure() -> None:
    claims = [figure(POLICE, 6, None, "at least 6", article="a1"), figure(MEDICS, 4, 4, "4", article="a2")]
    [draft] = detect_conflicts(attack_event(), {}, claims)
    assert [s.position for s in draft.sides] == ["4", "at least 6"]


def test_ranges_that_overlap_agree_and_disjoint_ones_conflict() -> None:
    overlap = [
        figure(POLICE, 35_000, 40_000, "35,000-40,000", article="a1", counted="deploy:soldier"),
        figure(MEDICS, 38_000, 45_000, "38,000 to 45,000", article="a2", counted="deploy:soldier"),
    ]
    assert detect_conflicts(attack_event(), {}, overlap) == []
    disjoint = [
        figure(POLICE, 35_000, 40_000, "35,000-40,000", article="a1", counted="deploy:soldier"),
        figure(MEDICS, 11_300, 11_300, "11,300", article="a2", counted="deploy:soldier"),
    ]
    [draft] = detect_conflicts(attack_event(), {}, disjoint)
    assert [s.position for s in draft.sides] == ["11,300", "35,000-40,000"]


def test_about_allows_ten_percent() -> None:
    within = [
        figure(POLICE, 100, 100, "about 100", article="a1"),
        figure(MEDICS, 109, 109, "109", article="a2"),
    ]
    beyond = [
        figure(POLICE, 100, 100, "about 100", article="a1"),
        figure(MEDICS, 115, 115, "115", article="a2"),
    ]
    assert detect_conflicts(attack_event(), {}, within) == []
    assert kinds(detect_conflicts(attack_event(), {}, beyond)) == ["quantity"]


def test_an_events_figures_read_their_hedges_as_the_storys_do() -> None:
    # "about 100" as the pipeline stores it (90-110) is widened once, not twice: 115 is beyond
    # it; "more than 200" leaves 200 out, so "120-200" cannot also be true.
    about = [
        figure(POLICE, 90, 110, "about 100", article="a1"),
        figure(MEDICS, 115, 115, "115", article="a2"),
    ]
    over = [
        figure(POLICE, 200, None, "more than 200", article="a1"),
        figure(MEDICS, 120, 200, "between 120 and 200", article="a2"),
    ]
    assert kinds(detect_conflicts(attack_event(), {}, about)) == ["quantity"]
    assert kinds(detect_conflicts(attack_event(), {}, over)) == ["quantity"]


def test_nearly_allows_ten_percent_below_only() -> None:
    below = [figure(POLICE, 100, 100, "nearly 100", article="a1"), figure(MEDICS, 92, 92, "92", article="a2")]
    above = [
        figure(POLICE, 100, 100, "nearly 100", article="a1"),
        figure(MEDICS, 104, 104, "104", article="a2"),
    ]
    assert detect_conflicts(attack_event(), {}, below) == []
    assert kinds(detect_conflicts(attack_event(), {}, above)) == ["quantity"]


def test_a_round_thousand_reads_as_rounded() -> None:
    claims = [
        figure(POLICE, 11_000, 11_000, "11,000", article="a1"),
        figure(MEDICS, 11_300, 11_300, "11,300", article="a2"),
    ]
    assert detect_conflicts(attack_event(), {}, claims) == []


def test_same_figure_from_two_articles_is_one_side() -> None:
    claims = [
        figure(REUTERS, 6, 6, "6", article="a1"),
        figure(POLICE, 6, 6, "six", article="a2"),
        figure(MEDICS, 9, 9, "9", article="a3"),
    ]
    [draft] = detect_conflicts(attack_event(), {}, claims)
    assert [s.position for s in draft.sides] == ["6", "9"]
    assert [s.name for s in draft.sides[0].sources] == ["police", "Reuters"]


def test_the_same_figure_stored_twice_in_one_article_is_not_doubled() -> None:
    claims = [
        figure(POLICE, 6, 6, "six", article="a1", sentence="Six were killed."),
        figure(MEDICS, 6, 6, "six", article="a1", sentence="Six were killed."),
        figure(REUTERS, 12, 12, "12", article="a2"),
    ]
    assert kinds(detect_conflicts(attack_event(), {}, claims)) == ["quantity"]


def test_a_denied_figure_states_no_count() -> None:
    denied = msgspec.structs.replace(figure(MEDICS, 50, 50, "50", article="a2"), stance="denies")
    assert detect_conflicts(attack_event(), {}, [figure(POLICE, 6, 6, "6"), denied]) == []


def test_figures_for_different_counted_things_are_separate() -> None:
    claims = [
        figure(POLICE, 6, 6, "6", article="a1", counted="kill:people"),
        figure(MEDICS, 30, 30, "30", article="a2", counted="injure:people"),
    ]
    assert detect_conflicts(attack_event(), {}, claims) == []


def test_two_counted_things_in_conflict_give_two_reports() -> None:
    claims = [
        figure(POLICE, 6, 6, "6", article="a1", counted="kill:people"),
        figure(MEDICS, 9, 9, "9", article="a2", counted="kill:people"),
        figure(POLICE, 30, 30, "30", article="a1", counted="injure:people"),
        figure(MEDICS, 50, 50, "50", article="a2", counted="injure:people"),
    ]
    drafts = detect_conflicts(attack_event(), {}, claims)
    assert [d.key for d in drafts] == ["quantity:ev9:injure:people", "quantity:ev9:kill:people"]


# --- keys and determinism ------------------------------------------------------------------


def test_conflict_keys_name_kind_event_and_subject() -> None:
    assert conflict_key("existence", "ev1") == "existence:ev1"
    assert conflict_key("quantity", "ev1", "kill:people") == "quantity:ev1:kill:people"


def test_all_three_kinds_come_in_a_fixed_order() -> None:
    claims = [
        *full_existence_claims(),
        claim(PESKOV, when=day("2024-10-07"), article="tass"),
        claim(WAPO, when=day("2024-11-07"), article="wapo"),
        figure(POLICE, 6, 6, "6", article="a1"),
        figure(MEDICS, 9, 9, "9", article="a2"),
    ]
    assert kinds(detect_conflicts(call_event(), NAMES, claims)) == ["existence", "date", "quantity"]


def test_re_running_gives_identical_output_whatever_the_claim_order() -> None:
    claims = [
        *full_existence_claims(),
        claim(PESKOV, when=day("2024-10-07")),
        claim(WAPO, when=day("2024-11-07")),
    ]
    first = detect_conflicts(call_event(), NAMES, claims)
    assert msgspec.json.encode(first) == msgspec.json.encode(
        detect_conflicts(call_event(), NAMES, claims[::-1])
    )


def test_key_stays_the_same_when_more_claims_arrive() -> None:
    early = detect_conflicts(call_event(), NAMES, [claim(WAPO, article="wapo"), claim(PESKOV, "denies")])
    later = detect_conflicts(call_event(), NAMES, full_existence_claims())
    assert [d.key for d in early] == [d.key for d in later] == ["existence:ev1"]
    assert len(later[0].sides) > len(early[0].sides)


@given(st.permutations(list(range(6))))
def test_quantity_output_does_not_depend_on_claim_order(order: list[int]) -> None:
    claims = [
        figure(POLICE, 5, 5, "five", article="a1", sentence="s1"),
        figure(MEDICS, 1, 1, "another man", article="a1", sentence="s2"),
        figure(REUTERS, 9, 9, "9", article="a2", sentence="s3"),
        figure(WAPO, 6, None, "at least 6", article="a3", sentence="s4"),
        figure(PESKOV, 2, 2, "two", article="a4", sentence="s5"),
        figure(CHEUNG, 6, 6, "6", article="a5", sentence="s6"),
    ]
    baseline = msgspec.json.encode(detect_conflicts(attack_event(), {}, claims))
    shuffled = [claims[i] for i in order]
    assert msgspec.json.encode(detect_conflicts(attack_event(), {}, shuffled)) == baseline


@pytest.mark.parametrize(
    ("name", "plural"),
    [
        ("Reports", True),
        ("earlier reports", True),
        ("local police", True),
        ("Aid workers", True),
        ("Reports hours earlier", True),
        ("sources close to the minister", True),
        ("officials in the capital", True),
        ("Survivors", True),
        ("Engineers", True),
        ("Organisers", True),
        ("Experts at the institute", True),
        ("reports in Spain", True),
        ("Police", True),
        ("two people familiar with the decision", True),
        ("Three people close to him", True),
        ("both men", True),
        ("people familiar with the matter", True),
        ("The Two Ronnies", False),
        ("Reuters", False),
        ("People", False),
        ("Sources Magazine", False),
        ("Fox News", False),
        ("the press", False),
        ("Ann Smith", False),
        ("the status", False),
        ("", False),
    ],
)
def test_a_claimant_named_by_a_plural_noun_takes_a_plural_verb(name: str, plural: bool) -> None:
    from service.domain import Source
    from service.reconcile.summary import plural_name, verb_for

    assert plural_name(name) is plural
    assert verb_for([Source(name=name)], "says", "say") == ("say" if plural else "says")


def test_existence_report_names_the_organisation_an_officer_on_a_side_speaks_for() -> None:
    # "Jane Roe, chief executive of Nortel Lines, denied the call took place": Nortel is named.
    officer = Source(name="Jane Roe", entity_id="e-roe")
    denial = claim(officer, "denies", article="b2")
    denial.speaks_for = "e-nortel"
    [draft] = detect_conflicts(call_event(), NAMES, [claim(WAPO, "asserts", article="b1"), denial])
    assert draft.entity_ids == [PUTIN, TRUMP, "e-roe", "e-wapo", "e-nortel"]


@pytest.mark.parametrize(
    ("quote", "of_a_figure"),
    [
        ("that 50 were killed", True),
        # the figure came from the claim the denial points at, not from its own words
        ("This is a complete fabrication intended to frighten the population", False),
        # a report denied as a whole denies the happening it tells
        ("a claim by the rebels that its fighters had killed 14 soldiers in an ambush", False),
    ],
)
def test_a_denial_disputes_a_figure_only_in_its_own_words(quote: str, of_a_figure: bool) -> None:
    figure_text = "50" if "50" in quote else "14"
    denial = msgspec.structs.replace(
        figure(POLICE, float(figure_text), float(figure_text), figure_text), stance="denies", quote=quote
    )
    assert _denies_a_figure(denial) is of_a_figure


@pytest.mark.parametrize(
    ("quote", "of_a_figure"),
    [
        # "rejected the union's figure as baseless": the count, not the deaths
        ("the union's figure", True),
        ("The figures are wrong", True),
        # a denial that tells the happening in full is of the happening
        ("that four miners died in the collapse at the mine on Monday and that the figure rose", False),
    ],
)
def test_a_denial_naming_only_a_count_disputes_the_count(quote: str, of_a_figure: bool) -> None:
    denial = msgspec.structs.replace(claim(POLICE, "denies", article="b2"), quote=quote)
    assert _denies_a_figure(denial) is of_a_figure


@pytest.mark.parametrize(
    ("name", "same"),
    [
        ("Veskarian telecoms operator Telvane", True),  # described before its name: Telvane
        ("rival operator Telvane Mobile", False),  # another name that begins the same
        ("a spokesman for Telvane", False),  # someone of it
        ("the head of Telvane", False),
        ("Orbis and Telvane", False),
    ],
)
def test_a_source_named_with_words_that_describe_it_is_the_entity_its_name_ends_in(
    name: str, same: bool
) -> None:
    known = _entity_by_name([Source(name="Telvane", entity_id="e-telvane")])
    assert (_identity(Source(name=name), known) == "id:e-telvane") is same
