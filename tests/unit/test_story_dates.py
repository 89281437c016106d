"""Date reports across a story's events: one happening its sources put on different days."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.domain import DateInfo, Source
from service.pipeline.temporal.written_day import names_last_weekday, writes_calendar_day
from service.reconcile.story_dates import KEY_PREFIX, StoryEvent, StoryMention, story_date_conflicts

ARMY, MILITIA = "e-army", "e-militia"
PARTIES = {ARMY: "the army", MILITIA: "the militia"}


def day(d: date) -> DateInfo:
    return DateInfo(value=d.isoformat(), granularity="day", start=d, end=d)


def mention(
    article: str, outlet: str, when: date | None, expression: str, published: date | None = date(2026, 3, 6)
) -> StoryMention:
    return StoryMention(
        article_id=article,
        published=published,
        source=Source(name=outlet),
        date=day(when) if when else None,
        expression=expression,
        sentence=f"The ceasefire took effect on {expression}.",
    )


def event(
    event_id: str,
    mentions: list[StoryMention],
    predicate: str = "ceasefire",
    cls: str = "begin",
    parties: dict[str, str] | None = None,
) -> StoryEvent:
    return StoryEvent(
        id=event_id,
        predicate=predicate,
        predicate_class=cls,
        participants=PARTIES if parties is None else parties,
        mentions=mentions,
    )


def truce(third: date = date(2026, 3, 3), fifth: date = date(2026, 3, 5)) -> list[StoryEvent]:
    return [
        event("ev-1", [mention("a-1", "Harbour Times", third, f"Tuesday, {third.day} March")]),
        event("ev-2", [mention("a-2", "Daily Standard", fifth, f"Thursday, {fifth.day} March")]),
    ]


def test_two_written_days_for_one_truce_are_a_date_report() -> None:
    [draft] = story_date_conflicts("story-1", truce())
    assert draft.kind == "date" and draft.key == f"{KEY_PREFIX}story-1:ev-1"
    assert draft.summary.startswith("Sources disagree on the date of the start of the ceasefire")
    positions = {s.position: [x.name for x in s.sources] for s in draft.sides}
    assert positions == {"2026-03-03": ["Harbour Times"], "2026-03-05": ["Daily Standard"]}
    assert sorted(draft.article_ids) == ["a-1", "a-2"]
    assert set(draft.entity_ids) >= {ARMY, MILITIA}


def test_more_sources_for_a_day_make_it_the_first_side() -> None:
    events = truce()
    events[1].mentions.append(mention("a-3", "Evening Post", date(2026, 3, 5), "5 March"))
    [draft] = story_date_conflicts("story-1", events)
    assert draft.event_id == "ev-2" and draft.sides[0].position == "2026-03-05"


def test_a_weekday_worked_out_from_another_article_date_disputes_nothing() -> None:
    # "on Thursday" four days back is the reader's sum against a publication date; read against
    # another article's date than the written day's, a slip there (a time zone, an update) is no
    # source's.
    events = truce()
    events[1] = event(
        "ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 5), "Thursday", published=date(2026, 3, 9))]
    )
    assert story_date_conflicts("story-1", events) == []


def test_a_weekday_against_a_written_day_of_one_publication_date_is_a_date_report() -> None:
    # "sank on Monday, 3 March" and "sank on Sunday", both written on the 6th: the sources' words.
    events = truce()
    events[1] = event("ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 5), "Thursday")])
    [draft] = story_date_conflicts("story-1", events)
    positions = {s.position: [x.name for x in s.sources] for s in draft.sides}
    assert positions == {"2026-03-03": ["Harbour Times"], "2026-03-05": ["Daily Standard"]}


def test_a_weekday_naming_the_day_before_publication_is_the_sources_word() -> None:
    # "took effect on Thursday" in Friday's paper against "Tuesday, 3 March" in another paper a
    # day later: the day just past, as wire copy names it, disputes the written day.
    events = truce()
    events[1] = event(
        "ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 5), "Thursday", published=date(2026, 3, 6))]
    )
    events[0] = event(
        "ev-1",
        [mention("a-1", "Harbour Times", date(2026, 3, 3), "Tuesday, 3 March", published=date(2026, 3, 7))],
    )
    [draft] = story_date_conflicts("story-1", events)
    positions = {s.position: [x.name for x in s.sources] for s in draft.sides}
    assert positions == {"2026-03-03": ["Harbour Times"], "2026-03-05": ["Daily Standard"]}


@pytest.mark.parametrize(
    ("day_named", "disputed"),
    [
        (date(2026, 3, 7), True),
        (date(2026, 3, 6), True),
        (date(2026, 3, 5), True),
        (date(2026, 3, 4), True),
        (date(2026, 3, 3), False),
        (date(2026, 3, 1), False),
    ],
)
def test_only_the_publication_day_or_the_three_before_are_read_by_weekday(
    day_named: date, disputed: bool
) -> None:
    # Published on the 7th: "Saturday" to "Wednesday" (the 7th to the 4th) name those days
    # unless the kept date is four days off; "Tuesday" (the 3rd) is the reader's sum.
    weekday = day_named.strftime("%A")
    events = [
        event(
            "ev-1", [mention("a-1", "Harbour Times", date(2026, 3, 3), "3 March", published=date(2026, 3, 8))]
        ),
        event("ev-2", [mention("a-2", "Daily Standard", day_named, weekday, published=date(2026, 3, 7))]),
    ]
    assert bool(story_date_conflicts("story-1", events)) is disputed


@pytest.mark.parametrize(
    ("day_named", "expression", "disputed"),
    [
        (date(2026, 3, 5), "last Thursday", True),  # five days back, the Thursday before
        (date(2026, 3, 4), "last Wednesday", True),  # six days back
        (date(2026, 3, 5), "Thursday", False),  # five days back with no "last": the reader's sum
        (date(2026, 3, 3), "last Tuesday", False),  # a week back: a kept date a day late misreads it
    ],
)
def test_last_weekday_names_the_week_before_in_the_sources_words(
    day_named: date, expression: str, disputed: bool
) -> None:
    # Published Tuesday the 10th: "resigned last Thursday" is the 5th by the source's own "last",
    # against "3 March" written out in another paper.
    events = [
        event(
            "ev-1",
            [mention("a-1", "Harbour Times", date(2026, 3, 2), "2 March", published=date(2026, 3, 11))],
        ),
        event("ev-2", [mention("a-2", "Daily Standard", day_named, expression, published=date(2026, 3, 10))]),
    ]
    assert bool(story_date_conflicts("story-1", events)) is disputed


def weekday_truce(second_published: date = date(2026, 3, 6), second: str = "Thursday") -> list[StoryEvent]:
    return [
        event("ev-1", [mention("a-1", "Harbour Times", date(2026, 3, 3), "Tuesday")]),
        event("ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 5), second, second_published)]),
    ]


def test_two_weekdays_in_articles_of_one_day_are_a_date_report() -> None:
    # "took effect on Tuesday" and "on Thursday", both written on the 6th: the sources' own words.
    [draft] = story_date_conflicts("story-1", weekday_truce())
    positions = {s.position: [x.name for x in s.sources] for s in draft.sides}
    assert positions == {"2026-03-03": ["Harbour Times"], "2026-03-05": ["Daily Standard"]}


@pytest.mark.parametrize(
    ("published", "expression"),
    [
        (date(2026, 3, 9), "Thursday"),  # four days back against another day: maybe a slip
        (date(2026, 3, 6), "yesterday"),  # no weekday named
    ],
)
def test_weekdays_read_against_other_dates_or_words_dispute_nothing(published: date, expression: str) -> None:
    assert story_date_conflicts("story-1", weekday_truce(published, expression)) == []


def test_an_undated_mention_joined_to_the_other_day_lends_its_article_no_second_day() -> None:
    # "the ceasefire, which has held" in the article of the 3rd joined the truce of the 5th: it
    # gives no day, so the article still gives one; giving the 5th too, it disputes itself.
    events = truce()
    events[1].mentions.append(mention("a-1", "Harbour Times", None, ""))
    assert len(story_date_conflicts("story-1", events)) == 1
    events[1].mentions[-1] = mention("a-1", "Harbour Times", date(2026, 3, 5), "5 March")
    assert story_date_conflicts("story-1", events) == []


def test_an_article_written_before_the_later_day_disputes_nothing() -> None:
    # Published on the 4th, it could not have told of a truce of the 5th: two truces.
    events = truce()
    events[0] = event(
        "ev-1", [mention("a-1", "Harbour Times", date(2026, 3, 3), "3 March", published=date(2026, 3, 4))]
    )
    assert story_date_conflicts("story-1", events) == []


def test_happenings_that_recur_are_never_disputed_by_day() -> None:
    # Shelling on the 3rd and on the 5th between the same parties is two attacks.
    events = [
        event("ev-1", [mention("a-1", "Harbour Times", date(2026, 3, 3), "3 March")], "shell", "attack"),
        event("ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")], "shell", "attack"),
    ]
    assert story_date_conflicts("story-1", events) == []


def test_one_party_and_two_predicates_are_two_happenings() -> None:
    # Shot on the 3rd, died on the 5th: a killing and a death of one person, days apart.
    one = {ARMY: "Ana Lima"}
    events = [
        event("ev-1", [mention("a-1", "Harbour Times", date(2026, 3, 3), "3 March")], "kill", "death", one),
        event("ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")], "die", "death", one),
    ]
    assert story_date_conflicts("story-1", events) == []
    events[1] = event(
        "ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")], "kill", "death", one
    )
    assert len(story_date_conflicts("story-1", events)) == 1


def test_two_parties_agreeing_once_may_be_told_with_two_verbs() -> None:
    events = [
        event("ev-1", [mention("a-1", "Harbour Times", date(2026, 3, 3), "3 March")], "sign", "agreement"),
        event("ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")], "agree", "agreement"),
    ]
    assert len(story_date_conflicts("story-1", events)) == 1


def test_other_parties_are_another_happening() -> None:
    events = truce()
    events[1] = event(
        "ev-2",
        [mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")],
        parties={ARMY: "the army", "e-rebels": "the rebels"},
    )
    assert story_date_conflicts("story-1", events) == []


def test_an_outlet_giving_both_days_disputes_itself_only() -> None:
    events = truce()
    events[1] = event("ev-2", [mention("a-2", "Harbour Times", date(2026, 3, 5), "5 March")])
    assert story_date_conflicts("story-1", events) == []


def test_a_happening_told_as_one_of_several_is_not_disputed() -> None:
    # "A new ceasefire took effect on 5 March": the one of the 3rd was another.
    events = truce()
    renewed = mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")
    events[1] = event("ev-2", [renewed._replace(sentence="A new ceasefire took effect on 5 March.")])
    assert story_date_conflicts("story-1", events) == []
    # Arrested again: another arrest; a new bus depot in the sentence tells of no other truce.
    again = mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")
    events[1] = event("ev-2", [again._replace(sentence="The ceasefire took effect again on 5 March.")])
    assert story_date_conflicts("story-1", events) == []
    depot = mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")
    events[1] = event(
        "ev-2", [depot._replace(sentence="The ceasefire took effect on 5 March near the new bus depot.")]
    )
    assert len(story_date_conflicts("story-1", events)) == 1
    # A former mayor arrested is one arrest.
    former = mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")
    events[1] = event("ev-2", [former._replace(sentence="Police arrested the former mayor on 5 March.")])
    assert len(story_date_conflicts("story-1", events)) == 1


def test_an_article_telling_two_of_a_kind_disputes_no_day_of_them() -> None:
    # "Police arrested Jon on 3 June and his brother Emil on 5 June": two arrests in one article,
    # whose parties the parse may pair with the wrong day.
    emil, jon = {"e-emil": "Emil Brask"}, {"e-jon": "Jon Brask"}
    on_9th = date(2026, 6, 9)
    events = [
        event(
            "ev-1",
            [mention("a-1", "Valley Post", date(2026, 6, 3), "3 June", on_9th)],
            "arrest",
            "arrest",
            emil,
        ),
        event(
            "ev-2",
            [mention("a-1", "Valley Post", date(2026, 6, 5), "5 June", on_9th)],
            "arrest",
            "arrest",
            jon,
        ),
        event(
            "ev-3",
            [mention("a-2", "Tarnow Daily", date(2026, 6, 5), "5 June", on_9th)],
            "arrest",
            "arrest",
            emil,
        ),
    ]
    assert story_date_conflicts("story-1", events) == []
    # The same two reports of Emil's arrest alone are a dispute.
    assert len(story_date_conflicts("story-1", [events[0], events[2]])) == 1


def test_days_months_apart_are_two_happenings() -> None:
    events = truce(date(2026, 1, 3), date(2026, 3, 5))
    assert story_date_conflicts("story-1", events) == []


@given(st.permutations(range(3)))
def test_the_report_does_not_depend_on_the_order_events_are_read(order: list[int]) -> None:
    events = truce()
    events.append(event("ev-3", [mention("a-3", "Evening Post", date(2026, 3, 5), "March 5")]))
    drafts = story_date_conflicts("story-1", [events[i] for i in order])
    assert [d.key for d in drafts] == [f"{KEY_PREFIX}story-1:ev-1"]
    assert [s.position for s in drafts[0].sides] == ["2026-03-05", "2026-03-03"]


def test_written_days_and_days_left_to_the_calendar() -> None:
    for written in ("3 March", "Tuesday, 3 March", "March 3rd", "the 3rd of March", "2026-03-03", "3/3/2026"):
        assert writes_calendar_day(written), written
    for left in ("Tuesday", "yesterday", "last week", "March", "March 2026", "3 Marchers"):
        assert not writes_calendar_day(left), left


def test_one_person_arrested_and_picked_up_on_two_days_is_a_date_report() -> None:
    # Police: arrested on Friday 6 February; his lawyer: picked up on Wednesday 4 February.
    one = {ARMY: "Anton Varga"}
    events = [
        event(
            "ev-1",
            [mention("a-1", "Harbour Times", date(2026, 3, 6), "Friday, 6 March")],
            "arrest",
            "arrest",
            one,
        ),
        event("ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 4), "4 March")], "pick", "arrest", one),
    ]
    assert len(story_date_conflicts("story-1", events)) == 1


def test_another_of_the_kind_dated_far_away_leaves_the_day_disputed() -> None:
    # "She died on Friday 6 March ... her husband died in 2016": his death is plainly another;
    # undated, it lends no day; dated nearby, the parse may have swapped the two days.
    ana, ivo = {"e-ana": "Ana Lima"}, {"e-ivo": "Ivo Lima"}
    in_2016 = DateInfo(value="2016", granularity="year", start=date(2016, 1, 1), end=date(2016, 12, 31))
    husband = mention("a-2", "Daily Standard", None, "2016")._replace(date=in_2016)
    events = [
        event("ev-1", [mention("a-1", "Harbour Times", date(2026, 3, 3), "3 March")], "die", "death", ana),
        event("ev-2", [mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")], "die", "death", ana),
        event("ev-3", [husband], "die", "death", ivo),
    ]
    assert len(story_date_conflicts("story-1", events)) == 1
    events[2] = event("ev-3", [mention("a-2", "Daily Standard", None, "")], "die", "death", ivo)
    assert len(story_date_conflicts("story-1", events)) == 1
    # dated by the article's date alone ("two others were also detained"), in no words of its own
    events[2] = event("ev-3", [mention("a-2", "Daily Standard", date(2026, 3, 6), "")], "die", "death", ivo)
    assert len(story_date_conflicts("story-1", events)) == 1
    events[2] = event(
        "ev-3", [mention("a-2", "Daily Standard", date(2026, 2, 20), "20 February")], "die", "death", ivo
    )
    assert story_date_conflicts("story-1", events) == []


def told(n: int, day_of_march: int, predicate: str, cls: str, parties: dict[str, str]) -> StoryEvent:
    """Event n, told by outlet n on `day_of_march` written out."""
    outlets = ("Harbour Times", "Daily Standard", "Evening Post")
    when = date(2026, 3, day_of_march)
    return event(
        f"ev-{n}", [mention(f"a-{n}", outlets[n - 1], when, f"{day_of_march} March")], predicate, cls, parties
    )


def test_a_person_sacked_and_dismissed_by_the_president_on_two_days_is_a_date_report() -> None:
    # Sources: sacked on Monday 2 March; the president's spokesman: she dismissed him on Thursday.
    # The act told without its doer joins the one told with her.
    minister = {"e-hollis": "Dan Holl"}
    both = {"e-hollis": "Dan Holl", "e-president": "Rena Obal"}
    events = [told(1, 2, "sack", "departure", minister), told(2, 5, "dismiss", "departure", both)]
    assert len(story_date_conflicts("story-1", events)) == 1
    # With two doers told (two acts, for all the reader knows), the act without one joins neither.
    other = {"e-hollis": "Dan Holl", "e-premier": "Ivo Rask"}
    events.append(told(3, 4, "fire", "departure", other))
    assert story_date_conflicts("story-1", events) == []


def test_a_captive_freed_on_two_days_is_a_date_report() -> None:
    # His sister: released on 2 March; his lawyer: the gate opened for him on 4 March.
    blogger = {"e-stan": "Iva Stan"}
    events = [told(1, 2, "release", "freeing", blogger), told(2, 4, "free", "freeing", blogger)]
    assert len(story_date_conflicts("story-1", events)) == 1


def test_an_article_telling_two_of_a_kind_on_one_day_still_gives_that_day() -> None:
    # "The president dismissed Dan Holl on Thursday" and '"has today relieved him"' said on
    # Thursday: two of a kind on one day, whose days no parse can swap; another outlet's Monday
    # still disputes it.
    holl = {"e-holl": "Dan Holl"}
    events = [
        event(
            "ev-1", [mention("a-1", "Harbour Times", date(2026, 3, 2), "2 March")], "sack", "departure", holl
        ),
        event(
            "ev-2",
            [mention("a-2", "Daily Standard", date(2026, 3, 5), "5 March")],
            "dismiss",
            "departure",
            holl,
        ),
        event(
            "ev-3",
            [mention("a-2", "Daily Standard", date(2026, 3, 5), "today")],
            "relieve",
            "departure",
            {
                "e-holl": "Dan Holl",
                "e-rena": "Rena Obal",
            },
        ),
    ]
    assert len(story_date_conflicts("story-1", events)) == 1


def test_weekdays_the_source_places_in_the_week_before() -> None:
    for last in ("last Thursday", "Last Saturday's", "this past Sunday", "on previous Monday"):
        assert names_last_weekday(last), last
    for other in ("Thursday", "next Thursday", "last week", "at last, on Thursday"):
        assert not names_last_weekday(other), other


# "Carrow died on Tuesday, 3 March"; "Oswin Carrow, the Archprelate of X, died on Thursday": the
# title the parser made a second party does not make the death another.
CARROW = {"e-carrow": "Oswin Carrow"}
CARROW_TITLED = {**CARROW, "e-title": "Archprelate of X"}
CARROW_BESIDE = {**CARROW, "e-pope": "the Prelate"}
# "Selvan signed the concession on Thursday, 11 September"; "the port authority signed the
# concession with Selvan last Friday": one signing, its other party unnamed in one source.
SELVAN = {"e-selvan": "Selvan Maritime"}
SELVAN_PORT = {**SELVAN, "e-port": "Harwick Port Authority"}
SELVAN_BANK = {**SELVAN, "e-bank": "Harlow Bank"}


@pytest.mark.parametrize(
    ("verb", "other_verb", "cls", "fewer", "fuller", "rival"),
    [
        ("die", "kill", "death", CARROW, CARROW_TITLED, CARROW_BESIDE),
        ("sign", "agree", "agreement", SELVAN, SELVAN_PORT, SELVAN_BANK),
    ],
)
def test_a_happening_told_with_fewer_parties_joins_its_one_fuller_telling(
    verb: str,
    other_verb: str,
    cls: str,
    fewer: dict[str, str],
    fuller: dict[str, str],
    rival: dict[str, str],
) -> None:
    events = [told(1, 3, verb, cls, fewer), told(2, 5, verb, cls, fuller)]
    assert len(story_date_conflicts("story-1", events)) == 1
    # Told with another verb, it may be another happening (shot one day, died another) ...
    events = [told(1, 3, verb, cls, fewer), told(2, 5, other_verb, cls, fuller)]
    assert story_date_conflicts("story-1", events) == []
    # ... and with two fuller tellings, which one it is stays open.
    events = [told(1, 3, verb, cls, fewer), told(2, 5, verb, cls, fuller), told(3, 4, verb, cls, rival)]
    assert story_date_conflicts("story-1", events) == []


def test_the_town_a_happening_is_told_in_is_no_party_to_it() -> None:
    # "Oddaway was elected by the synod in Quellmoor on Monday"; "the church elected Severine
    # Oddaway on Wednesday": one election, wherever one source says it was held.
    in_town = told(1, 2, "elect", "election", {"e-odd": "Severine Oddaway", "e-town": "Quellmoor"})
    in_town = in_town._replace(places=frozenset({"e-town"}))
    by_church = told(2, 4, "elect", "election", {"e-odd": "Severine Oddaway", "e-church": "the Church"})
    assert len(story_date_conflicts("story-1", [in_town, by_church])) == 1
    # Countries that sign are the parties to their agreement, not where it was signed.
    countries = {"e-a": "Xland", "e-b": "Yland"}
    signed = told(1, 2, "sign", "agreement", countries)._replace(places=frozenset(countries))
    ministers = told(2, 4, "sign", "agreement", {"e-a": "Xland", "e-min": "Ana Lima"})
    assert story_date_conflicts("story-1", [signed, ministers]) == []
