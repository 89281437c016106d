"""Quantity reports within a story: figures compared by what they count, with their hedges;
revisions by one source; counter-examples that must raise nothing. Names are invented."""

from __future__ import annotations

import itertools
from datetime import date

import msgspec
import pytest

from service.domain import Source
from service.reconcile.quantities import StoryFigure, story_quantity_conflicts

DAY = date(2024, 3, 14)
_ids = itertools.count()


def fig(
    text: str,
    low: float,
    high: float | None,
    source: str,
    article: str = "a1",
    counted: str = "injured",
    published: date | None = DAY,
    seq: int = 1,
    places: list[str] | None = None,
    entity_id: str | None = None,
    start: int = 0,
    as_of: date | None = None,
) -> StoryFigure:
    n = next(_ids)
    return StoryFigure(
        figure_id=f"f{n:04d}",
        article_id=article,
        counted=counted,
        low=low,
        high=high,
        text=text,
        quote=f"{text} were {counted}",
        sentence=f"Sentence {n}: {text} were {counted}.",
        source=Source(name=source, entity_id=entity_id),
        places=places or [],
        published=published,
        as_of=as_of,
        seq=seq,
        start=start,
    )


def reports(*figures: StoryFigure) -> list:
    return story_quantity_conflicts("story1", list(figures))


# --- conflicts -----------------------------------------------------------------------------


def test_over_200_against_between_120_and_200_from_two_sources_in_one_article() -> None:
    [draft] = reports(
        fig("over 200", 200, None, "Daily Post"), fig("between 120 and 200", 120, 200, "the local police")
    )
    assert draft.kind == "quantity"
    assert draft.event_id is None
    assert draft.key == "quantity:story:story1:injured"
    assert [s.position for s in draft.sides] == ["between 120 and 200", "over 200"]
    assert [s.sources[0].name for s in draft.sides] == ["the local police", "Daily Post"]
    assert draft.summary == (
        "Sources disagree on the number of injured: between 120 and 200 (the local police) vs over 200 (Daily Post)."
    )


def test_two_articles_on_one_day_with_exact_figures_that_differ() -> None:
    [draft] = reports(
        fig("45", 45, 45, "Ministry", "a1", "dead"), fig("30", 30, 30, "Police", "a2", "dead", seq=2)
    )
    assert draft.article_ids == ["a1", "a2"]


def test_overlapping_hedged_ranges_do_not_conflict() -> None:
    assert reports(fig("at least 200", 200, None, "A"), fig("between 120 and 200", 120, 200, "B")) == []
    assert reports(fig("about 300", 270, 330, "A"), fig("310", 310, 310, "B")) == []
    assert reports(fig("up to 50", 0, 50, "A"), fig("between 40 and 60", 40, 60, "B")) == []
    assert reports(fig("11,000", 11000, 11000, "A"), fig("11,300", 11300, 11300, "B")) == []


def test_nobody_disagrees_with_one_figure_restated() -> None:
    assert (
        reports(fig("88", 88, 88, "A"), fig("88", 88, 88, "B", "a2"), fig("at least 88", 88, None, "C", "a3"))
        == []
    )


def test_different_counted_things_are_never_compared() -> None:
    assert reports(fig("88", 88, 88, "A", counted="dead"), fig("200", 200, 200, "B", counted="injured")) == []
    assert (
        reports(fig("12", 12, 12, "A", counted="dead:soldier"), fig("40", 40, 40, "B", counted="dead")) == []
    )


def test_a_figure_of_no_kind_of_person_counts_the_one_kind_the_story_names() -> None:
    # "The official number is 45 dead" against "at least 80 miners were killed".
    official = fig("45", 45, 45, "the governor", "a1", counted="dead")
    union = fig("At least 80", 80, None, "the union", "a2", counted="dead:miner")
    [draft] = reports(official, union)
    assert draft.key == "quantity:story:story1:dead:miner"
    assert draft.summary.startswith("Sources disagree on the number of dead miners: ")
    # With two kinds named ("miners", "rescuers"), "45 dead" could be either: left apart.
    rescuers = fig("3", 3, 3, "the brigade", "a3", counted="dead:rescuer")
    assert reports(official, union, rescuers) == []
    # A kind below the whole is a part of it: "12 miners" among "45 dead".
    assert reports(official, fig("12", 12, 12, "the union", "a2", counted="dead:miner")) == []
    # One source's own kind above its own whole decides nothing.
    assert reports(official, fig("At least 80", 80, None, "the governor", "a2", counted="dead:miner")) == []


def test_figures_for_different_places_are_never_compared() -> None:
    a = fig("12", 12, 12, "A", counted="dead", places=["Dorvik"])
    b = fig("30", 30, 30, "B", counted="dead", places=["Morrow"])
    assert reports(a, b) == []
    c = fig("30", 30, 30, "B", counted="dead", places=["Dorvik", "Morrow"])
    assert len(reports(a, c)) == 1
    # a count its source told again for another place stands for both places
    first = fig("12", 12, 12, "A", "a0", counted="dead", places=["Morrow"], seq=0)
    assert len(reports(first, a, b)) == 1
    # a place named with the word of its kind is the place named bare
    d = fig("30", 30, 30, "B", counted="dead", places=["Dorvik province"])
    assert len(reports(a, d)) == 1
    assert len(reports(fig("12", 12, 12, "A", counted="dead", places=["Dorvik Island"]), d)) == 1


def test_a_later_higher_figure_from_the_same_source_is_an_update() -> None:
    first = fig("30", 30, 30, "the health ministry", "a1", "dead", DAY, 1)
    later = fig("45", 45, 45, "the health ministry", "a2", "dead", date(2024, 3, 15), 2)
    assert reports(first, later) == []


def test_the_same_source_on_one_day_in_two_articles_is_an_update_too() -> None:
    first = fig("30", 30, 30, "Police", "a1", "dead", DAY, 1)
    later = fig("45", 45, 45, "Police", "a2", "dead", DAY, 2)
    assert reports(first, later) == []


def test_a_source_named_by_its_head_noun_is_the_one_source_of_that_name() -> None:
    # "the directorate had put the toll at six" is the provincial emergency directorate's own
    # earlier count, which it has since raised to 13.
    first = fig("six", 6, 6, "directorate", "a2", "dead", DAY, 2)
    later = fig("13", 13, 13, "the provincial emergency directorate", "a2", "dead", DAY, 2, start=50)
    assert reports(first, later) == []
    # beside two directorates, the bare noun says neither
    other = fig("13", 13, 13, "the national directorate", "a3", "dead", DAY, 3)
    assert len(reports(first, later, other)) == 1


def test_a_revision_is_shown_on_the_side_of_its_source_when_another_source_disagrees() -> None:
    first = fig("30", 30, 30, "the health ministry", "a1", "dead", DAY, 1)
    later = fig("45", 45, 45, "the health ministry", "a2", "dead", date(2024, 3, 15), 2)
    other = fig("at least 80", 80, None, "a rescue group", "a3", "dead", date(2024, 3, 15), 3)
    [draft] = reports(first, later, other)
    assert [s.position for s in draft.sides] == ["45", "at least 80"]
    ministry = draft.sides[0]
    assert [(r.figure, r.article_id, r.source.name) for r in ministry.revisions] == [
        ("30", "a1", "the health ministry")
    ]
    assert "45 (the health ministry, revised from 30)" in draft.summary
    assert draft.article_ids == ["a1", "a2", "a3"]


def test_a_figure_restated_more_exactly_is_no_revision_and_both_are_evidence() -> None:
    # "At least 34" in one article, "34" in a later one: one count told twice, not revised.
    first = fig("At least 34", 34, None, "the disaster agency", "a1", "dead", DAY, 1)
    again = fig("34", 34, 34, "the disaster agency", "a2", "dead", DAY, 2)
    other = fig("61", 61, 61, "hospital officials", "a2", "dead", DAY, 2)
    [draft] = reports(first, again, other)
    agency = draft.sides[0]
    assert (agency.position, agency.revisions) == ("34", [])
    assert [e.article_id for e in agency.evidence] == ["a1", "a2"]
    assert (
        draft.summary
        == "Sources disagree on the number of dead: 34 (the disaster agency) vs 61 (hospital officials)."
    )


def test_a_later_higher_figure_from_another_source_may_have_grown() -> None:
    early = fig("30", 30, 30, "Police", "a1", "dead", DAY, 1)
    late = fig("45", 45, 45, "the health ministry", "a2", "dead", date(2024, 3, 16), 2)
    assert reports(early, late) == []


def test_counts_are_compared_at_the_day_they_stand_at() -> None:
    # Two counts "as of Friday" told two days apart disagree about Friday...
    trust = fig("14", 14, 14, "the trust", "a1", "infected", DAY, 1)
    union = fig("37", 37, 37, "the union", "a2", "infected", date(2024, 3, 16), 2)
    assert reports(trust, union) == []  # two days later, the count may have grown
    union_as_of_friday = fig("37", 37, 37, "the union", "a2", "infected", date(2024, 3, 16), 2, as_of=DAY)
    assert len(reports(trust, union_as_of_friday)) == 1
    # ...and a toll an article recalls from earlier in the week ("stood at six on Monday") is no
    # count of today beside another source's.
    office = fig("17", 17, 17, "the emergency office", "a2", "dead", date(2024, 3, 16), 2)
    recalled = fig("six", 6, 6, "Coastline Daily", "a2", "dead", date(2024, 3, 16), 2, as_of=DAY)
    assert reports(recalled, office) == []
    undated = fig("six", 6, 6, "Coastline Daily", "a2", "dead", date(2024, 3, 16), 2)
    assert len(reports(undated, office)) == 1


def test_crowds_counted_days_apart_are_two_occasions() -> None:
    # The league match's crowd and the cup tie's four days later, in one story: two crowds.
    league = fig("6,212", 6_212, 6_212, "The Harbour Gazette", "a1", "crowd", DAY, 1)
    cup = fig("8,940", 8_940, 8_940, "The Valley Recorder", "a2", "crowd", date(2024, 3, 18), 2)
    assert reports(league, cup) == []
    # Undated, they may be one crowd.
    undated = fig("8,940", 8_940, 8_940, "The Valley Recorder", "a2", "crowd", None, 2)
    assert len(reports(league, undated)) == 1


def test_a_crowd_counted_higher_a_day_later_has_not_grown() -> None:
    # Saturday's march was over when either counted it: the organisers' later count disagrees.
    police = fig("about 6,000", 5_400, 6_600, "Police", "a1", "crowd", DAY, 1)
    organisers = fig("more than 40,000", 40_000, None, "the organisers", "a2", "crowd", date(2024, 3, 16), 2)
    [draft] = reports(police, organisers)
    assert [s.position for s in draft.sides] == ["about 6,000", "more than 40,000"]


def test_a_deals_price_told_higher_a_day_later_has_not_grown() -> None:
    # The buyer's price on Monday, the seller's on Tuesday: one sale, two prices.
    buyer = fig("1.2 billion crowns", 1.2e9, 1.2e9, "Halberd", "a1", "price:crown", DAY, 1)
    seller = fig("1.45 billion crowns", 1.45e9, 1.45e9, "Vantry", "a2", "price:crown", date(2024, 3, 16), 2)
    assert len(reports(buyer, seller)) == 1


def test_a_later_lower_figure_from_another_source_contradicts() -> None:
    early = fig("45", 45, 45, "the health ministry", "a1", "dead", DAY, 1)
    late = fig("30", 30, 30, "Police", "a2", "dead", date(2024, 3, 16), 2)
    assert len(reports(early, late)) == 1


@pytest.mark.parametrize("counted", ["missing", "hospitalised", "stranded"])
def test_a_count_that_goes_down_as_well_as_up_told_lower_later_is_the_newer_one(counted: str) -> None:
    # Eleven missing on Monday, two "still missing" on Thursday: the others were found.
    early = fig("11", 11, 11, "the civil protection agency", "a1", counted, DAY, 1)
    late = fig("Two", 2, 2, "The Valley Gazette", "a2", counted, date(2024, 3, 18), 2)
    assert reports(early, late) == []
    # Told the same day, the two counts still disagree.
    same_day = fig("Two", 2, 2, "The Valley Gazette", "a2", counted, DAY, 2)
    assert len(reports(early, same_day)) == 1
    # Told in an article nobody can date, it may be the newer count too.
    undated = fig("Two", 2, 2, "The Valley Gazette", "a2", counted, None, 2)
    assert reports(early, undated) == []


def test_a_count_that_may_have_shifted_stands_with_the_figure_it_meets() -> None:
    # The ministry's 46 and the director's 112 on Wednesday disagree; the hospital's 112 a day
    # later may have shifted from 46, but it meets the director's figure: it stands with his.
    ministry = fig("46", 46, 46, "the ministry", "a1", "hospitalised", DAY, 1)
    director = fig("112", 112, 112, "the director", "a2", "hospitalised", DAY, 2)
    hospital = fig("112", 112, 112, "Kell General Hospital", "a3", "hospitalised", date(2024, 3, 15), 3)
    [draft] = reports(ministry, director, hospital)
    sides = {s.position: sorted(x.name for x in s.sources) for s in draft.sides}
    assert sides == {"46": ["the ministry"], "112": ["Kell General Hospital", "the director"]}


def test_people_evacuated_counted_lower_later_by_another_source_contradicts() -> None:
    early = fig("Around 1,200", 1_080, 1_320, "the fire service", "a1", "displaced", DAY, 1)
    late = fig("430", 430, 430, "the council", "a2", "displaced", date(2024, 3, 18), 2)
    assert len(reports(early, late)) == 1


def test_undated_figures_are_taken_as_given_at_the_same_time() -> None:
    a = fig("45", 45, 45, "Ministry", "a1", "dead", None, 1)
    b = fig("30", 30, 30, "Police", "a2", "dead", None, 2)
    assert len(reports(a, b)) == 1


def test_parts_from_one_source_in_one_article_add_up() -> None:
    # "5 killed in A" and "one more in B" by one source: six in all, agreeing with another's 6.
    parts = [fig("5", 5, 5, "Police", counted="dead"), fig("one", 1, 1, "Police", counted="dead")]
    assert reports(*parts, fig("6", 6, 6, "Ministry", "a2", "dead")) == []


def test_one_figure_written_two_ways_by_one_source_is_one_count() -> None:
    # "19 pupils had fallen ill" and "Nineteen of our students fell ill": one count, not 19 + 19.
    trust = [
        fig("19", 19, 19, "the trust", counted="ill", start=10),
        fig("Nineteen", 19, 19, "the trust", counted="ill", start=90),
    ]
    [draft] = reports(*trust, fig("Forty-six", 46, 46, "the health board", "a2", "ill"))
    assert [s.position for s in draft.sides] == ["19", "Forty-six"]


def test_one_source_named_by_entity_is_one_source() -> None:
    a = fig("45", 45, 45, "Ministry of Health", "a1", "dead", DAY, 1, entity_id="e1")
    b = fig("30", 30, 30, "the ministry", "a2", "dead", date(2024, 3, 15), 2, entity_id="e1")
    assert reports(a, b) == []


def test_covered_counted_things_are_left_to_the_event_report() -> None:
    figures = [fig("45", 45, 45, "A", counted="dead"), fig("30", 30, 30, "B", counted="dead")]
    assert story_quantity_conflicts("story1", figures, {"dead"}) == []


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_output_does_not_depend_on_figure_order(order: tuple[int, ...]) -> None:
    figures = [
        fig("over 200", 200, None, "Daily Post", "a1"),
        fig("between 120 and 200", 120, 200, "the local police", "a1"),
        fig("150", 150, 150, "Ministry", "a2", seq=2),
    ]
    assert story_quantity_conflicts("s", [figures[i] for i in order]) == story_quantity_conflicts(
        "s", figures
    )


def test_sources_whose_figures_agree_share_a_position() -> None:
    # Organisers' 120,000 and the unions' "more than 100,000" tell one crowd, against the
    # police's 18,000: two positions, not three.
    [draft] = reports(
        fig("18,000", 18000, 18000, "Police", "a1", "crowd"),
        fig("120,000", 120000, 120000, "Organisers", "a1", "crowd"),
        fig("more than 100,000", 100000, None, "The unions", "a2", "crowd", seq=2),
    )
    assert [(s.position, [src.name for src in s.sources]) for s in draft.sides] == [
        ("18,000", ["Police"]),
        ("more than 100,000 / 120,000", ["Organisers", "The unions"]),
    ]


def test_a_figure_agreeing_with_two_positions_that_disagree_joins_only_one() -> None:
    # "at least 50" can agree with 60 and with 90, which cannot agree with each other.
    [draft] = reports(
        fig("60", 60, 60, "A", "a1", "dead"),
        fig("90", 90, 90, "B", "a2", "dead"),
        fig("at least 50", 50, None, "C", "a3", "dead"),
    )
    assert [s.position for s in draft.sides] == ["at least 50 / 60", "90"]


def test_one_sources_parts_read_in_the_order_the_article_gives_them() -> None:
    # Stored in the other order (ids are random), told "31 ... and at least two more": the
    # summary reads as the article does, whatever order the store returns.
    later = fig("at least two", 2, None, "The group", article="a1", counted="injured", start=90)
    first = fig("31", 31, 31, "The group", article="a1", counted="injured", start=10)
    police = fig("19", 19, 19, "Police", article="a2", counted="injured")
    [draft] = reports(later, first, police)
    assert "31 + at least two" in draft.summary


@pytest.mark.parametrize(
    ("counted", "phrase"),
    [
        ("without_power:home", "homes without power"),  # power comes back
        ("trapped:miner", "trapped miners"),  # the trapped are freed
    ],
)
def test_a_count_that_falls_as_the_news_goes_on_reads_as_what_it_counts(counted: str, phrase: str) -> None:
    company = fig("8,500", 8_500, 8_500, "the company", "a1", counted=counted)
    group = fig("21,000", 21_000, 21_000, "the consumer group", "a2", counted=counted)
    [draft] = reports(company, group)
    assert draft.summary.startswith(f"Sources disagree on the number of {phrase}: ")
    # A lower count a day later may be the newer one, not a disagreement.
    later = fig("2,000", 2_000, 2_000, "the consumer group", "a2", counted, date(2024, 3, 15))
    assert reports(company, later) == []


@pytest.mark.parametrize(
    ("counted", "phrase"),
    [
        # an adjective before what it counts
        ("resigned:nurse", "the number of resigned nurses"),
        ("cancelled:flight", "the number of cancelled flights"),
        ("dead:fish", "the number of dead fish"),
        ("culled:bird", "the number of culled birds"),
        ("destroyed:home", "the number of destroyed homes"),
        ("rescued:crew", "the number of rescued crew"),
        # how badly, as a part of the count
        ("injured:serious", "the number of seriously injured"),
        # a kind of people in place of "people"
        ("hospitalised:child", "the number of children taken to hospital"),
        # a phrase after what it counts
        ("burned:hectare", "the number of hectares burned"),
        ("aboard:passenger", "the number of passengers on board"),
        # a sum of money
        ("raised:crown", "the money raised"),
    ],
)
def test_the_counted_thing_reads_as_what_it_is_in_the_summary(counted: str, phrase: str) -> None:
    one = fig("640", 640, 640, "the charity", "a1", counted=counted)
    other = fig("2,100", 2_100, 2_100, "the streamer", "a2", counted=counted)
    [draft] = reports(one, other)
    assert draft.summary.startswith(f"Sources disagree on {phrase}: ")


def test_people_taken_to_hospital_read_as_such_in_the_summary() -> None:
    service = fig("23", 23, 23, "the ambulance service", "a1", counted="hospitalised")
    mayor = fig("Sixty-one", 61, 61, "the deputy mayor", "a2", counted="hospitalised")
    [draft] = reports(service, mayor)
    assert draft.summary == (
        "Sources disagree on the number of people taken to hospital: 23 (the ambulance service) vs "
        "Sixty-one (the deputy mayor)."
    )


def test_a_figure_told_again_later_stands_from_when_its_source_first_gave_it() -> None:
    # The union says 57 arrested the day the police say 23, and says 57 again two days later:
    # its later 57 is no count that may have grown since the police's.
    police = fig("23", 23, 23, "Police", "a1", "arrested", DAY, 1)
    union = fig("57", 57, 57, "the union", "a2", "arrested", DAY, 2, entity_id="e-union")
    again = fig("57", 57, 57, "The Union", "a3", "arrested", date(2024, 3, 16), 3)
    [draft] = reports(police, union, again)
    assert [s.position for s in draft.sides] == ["23", "57"]
    # Told only two days later, it may have grown.
    assert reports(police, again) == []


def test_a_figure_told_again_still_stands_at_its_later_telling() -> None:
    # Police say 38 on Monday and again on Tuesday, when lawyers say at least 112: at odds on
    # Tuesday, whatever the count may have grown to since Monday.
    monday = fig("38", 38, 38, "Police", "a1", "arrested", DAY, 1)
    tuesday = fig("38", 38, 38, "Police", "a2", "arrested", date(2024, 3, 15), 2)
    lawyers = fig("at least 112", 112, None, "volunteer lawyers", "a2", "arrested", date(2024, 3, 15), 2)
    [draft] = reports(monday, tuesday, lawyers)
    assert [s.position for s in draft.sides] == ["38", "at least 112"]


def test_a_crowd_claimed_to_reach_a_ceiling_disagrees_with_one_far_below_it() -> None:
    # organisers: "up to 60,000 people marched"; police: "fewer than twelve thousand took part"
    organisers = fig("Up to 60,000", 0, 60000, "the organisers", "a1", "crowd", DAY, 1)
    police = fig("fewer than twelve thousand", 0, 12000, "the police", "a2", "crowd", date(2024, 3, 15), 2)
    (report,) = reports(organisers, police)
    assert [s.position for s in report.sides] == ["fewer than twelve thousand", "Up to 60,000"]
    # a ceiling near the other count is no disagreement
    assert reports(fig("up to 15,000", 0, 15000, "the organisers", "a1", "crowd", DAY, 1), police) == []


def test_votes_cast_counted_higher_a_day_later_have_not_grown() -> None:
    # The commission's 48,210 ballots on Monday and the opposition's "more than 51,000" on
    # Tuesday: the poll is over, so the two disagree.
    official = fig("48,210", 48210, 48210, "the electoral commission", "a1", "votes", DAY, 1)
    rival = fig("more than 51,000", 51000, None, "Civic Renewal", "a2", "votes", date(2024, 3, 15), 2)
    (report,) = reports(official, rival)
    assert "votes cast" in report.summary


@pytest.mark.parametrize("counted", ["jobs", "escaped:prisoner", "aboard:passenger"])
def test_jobs_a_closure_cuts_and_prisoners_out_in_one_escape_told_higher_a_day_later_disagree(
    counted: str,
) -> None:
    company = fig("about 230", 207, 253, "the company", "a1", counted, DAY, 1)
    union = fig("close to 450", 405, 495, "the union", "a2", counted, date(2024, 3, 15), 2)
    assert len(reports(company, union)) == 1


def _said(figure: StoryFigure, sentence: str) -> StoryFigure:
    return msgspec.structs.replace(figure, sentence=sentence)


def test_a_count_told_as_correcting_reads_a_floor_as_the_count_it_is_near() -> None:
    # "At least 1,200 were evacuated" (the agency) and "The real number is closer to 3,000" (the
    # mayor): the mayor corrects the agency's count, which the floor alone would allow.
    floor = fig("At least 1,200", 1200, None, "the agency", article="a1", counted="displaced")
    real = _said(
        fig("closer to 3,000", 2700, 3300, "the mayor", article="a2", counted="displaced"),
        'The real number," the mayor said, "is closer to 3,000."',
    )
    [draft] = reports(floor, real)
    assert [s.position for s in draft.sides] == ["At least 1,200", "closer to 3,000"]
    # told a day later, the correction still says the count was wrong, not that it grew
    later = msgspec.structs.replace(real, published=date(2024, 3, 15), seq=2)
    assert len(reports(floor, later)) == 1
    # another source's "nearly 3,000" stands with the correction, not with the floor
    nearly = fig("Nearly three thousand", 2700, 3300, "the council", article="a3", counted="displaced")
    [draft] = reports(floor, real, nearly)
    assert [[x.name for x in s.sources] for s in draft.sides] == [
        ["the agency"],
        ["the council", "the mayor"],
    ]


def test_without_correcting_words_a_floor_and_a_larger_count_agree() -> None:
    floor = fig("At least 1,200", 1200, None, "the agency", article="a1", counted="displaced")
    larger = fig("nearly 3,000", 2700, 3300, "the mayor", article="a2", counted="displaced")
    assert reports(floor, larger) == []


def test_a_correcting_count_near_the_floor_agrees_with_it() -> None:
    floor = fig("At least 1,200", 1200, None, "the agency", article="a1", counted="displaced")
    near = _said(
        fig("about 1,250", 1125, 1375, "the mayor", article="a2", counted="displaced"),
        "The true figure is about 1,250, the mayor said.",
    )
    assert reports(floor, near) == []


def test_a_lower_count_beside_another_sources_count_told_as_risen_is_the_count_before() -> None:
    # One article: "The death toll rose to nine on Wednesday after three of the injured died,
    # the office said. Six people were killed at the scene on Monday." The outlet's six is the
    # count before the rise the office tells, not a rival to it.
    risen = _said(
        fig("nine", 9, 9, "the civil protection office", "a2", "dead"),
        "The death toll rose to nine on Wednesday, the civil protection office said.",
    )
    before = fig("Six", 6, 6, "Alpine Wire", "a2", "dead")
    assert reports(risen, before) == []
    # "has climbed to at least 41": a floor told as risen to
    climbed = _said(
        fig("at least 41", 41, None, "the relief agency", "a2", "dead"),
        "The toll has climbed to at least 41, the relief agency said.",
    )
    assert reports(climbed, before) == []
    # "raised the death toll from the collapse at the colliery to 14": told by whoever raised it
    raised = _said(
        fig("14", 14, 14, "the inspectorate", "a2", "dead"),
        "The inspectorate on Wednesday raised the death toll from the collapse at the colliery to 14.",
    )
    assert reports(raised, before) == []


def test_a_rise_told_in_another_article_leaves_two_rival_counts() -> None:
    # The rise is told in one article, the lower count in another on the same day: two sources
    # disagreeing, as with no rise told at all.
    risen = _said(
        fig("nine", 9, 9, "the civil protection office", "a1", "dead"),
        "The death toll rose to nine on Wednesday, the civil protection office said.",
    )
    other = fig("Six", 6, 6, "Alpine Wire", "a2", "dead", seq=2)
    assert len(reports(risen, other)) == 1
    # and in one article without a rise told, they disagree
    plain = _said(risen, "Nine people died, the civil protection office said.")
    assert len(reports(plain, fig("Six", 6, 6, "Alpine Wire", "a1", "dead"))) == 1


def test_a_source_named_with_words_that_describe_it_is_the_source_named_without() -> None:
    # "The inspectorate had reported nine deaths" (taken up as "Mines Inspectorate") and "the
    # national Mines Inspectorate raised the toll to 14": one source's update, no dispute.
    earlier = fig("nine", 9, 9, "Mines Inspectorate", "a1", "dead", published=None)
    later = fig("14", 14, 14, "national Mines Inspectorate", "a1", "dead", published=None, start=5)
    assert reports(earlier, later) == []
    # the national and the regional office of one name are two sources
    regional = fig("nine", 9, 9, "regional Health Office", "a2", "dead", seq=2)
    national = fig("14", 14, 14, "national Health Office", "a3", "dead", seq=3)
    [draft] = reports(fig("nine", 9, 9, "Health Office", "a1", "dead"), regional, national)
    assert len(draft.sides) == 2


def test_a_name_with_and_without_its_possessive_is_one_source() -> None:
    # "Kestrany's coastguard" in one reading, "Kestrany coastguard" in another: one source, whose
    # later higher toll updates its own.
    earlier = fig("seven", 7, 7, "Kestrany's coastguard", "a1", "dead")
    later = fig("12", 12, 12, "Kestrany coastguard", "a2", "dead", seq=2)
    assert reports(earlier, later, fig("seven", 7, 7, "coastguard", "a2", "dead", seq=2)) == []


def test_a_description_in_common_nouns_ending_one_fuller_name_is_that_source() -> None:
    # "Fourteen people were injured, the airport authority said" on Monday; "has risen to 19, the
    # Halvena Airport Authority said" the next day: one authority's update.
    earlier = fig("Fourteen", 14, 14, "the airport authority", "a1", "injured")
    later = fig("19", 19, 19, "Halvena Airport Authority", "a2", "injured", seq=2, as_of=DAY)
    assert reports(earlier, later) == []
    # opening a sentence, the description keeps its capital "The"
    opening = fig("Fourteen", 14, 14, "The airport authority", "a1", "injured")
    assert reports(opening, later) == []
    # with two authorities of that ending, the description says neither
    other = fig("12", 12, 12, "Tarn Airport Authority", "a3", "injured", seq=3)
    [draft] = reports(earlier, later, other)
    assert len(draft.sides) == 3


def test_a_spokesman_named_with_the_body_he_speaks_for_is_that_source() -> None:
    # "nine dead, emergency service spokesman Radek Zielinski said" on Monday; "rose to 14, the
    # regional emergency service said" the next day: the service's own update.
    earlier = fig("nine", 9, 9, "emergency service spokesman Radek Zielinski", "a1", "dead", entity_id="e1")
    later = fig("14", 14, 14, "the regional emergency service", "a2", "dead", seq=2, as_of=DAY)
    assert reports(earlier, later) == []
    # a spokesman of another body is another source
    other = fig("nine", 9, 9, "police spokesman Jan Berg", "a1", "dead", entity_id="e2")
    assert len(reports(other, later)) == 1
