"""The temporal tagger on short news sentences, parsed by the real English model.

The article date is Monday 11 November 2024 unless a test says otherwise.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from service.pipeline.analyse import analyse
from service.pipeline.nlp import load
from service.pipeline.temporal.fold import fold, folded_twin
from service.pipeline.temporal.prefilter import Presence
from service.pipeline.temporal.rules import RULES, Rule, match_rules
from service.pipeline.temporal.tagger import tag_times
from service.pipeline.temporal.values import period
from service.pipeline.types import AnalysisWarning, Period, TimeExpression

MONDAY = date(2024, 11, 11)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def tag(nlp: Language, text: str, published: date | None = MONDAY) -> list[TimeExpression]:
    times, _ = tag_times(nlp(text), published)
    return times


def only(nlp: Language, text: str, surface: str, published: date | None = MONDAY) -> TimeExpression:
    """The one expression whose text is `surface`, checking its offsets point at it."""
    found = [t for t in tag(nlp, text, published) if t.text == surface]
    assert len(found) == 1, f"{surface!r} not tagged once in {text!r}: {tag(nlp, text, published)}"
    assert text[found[0].start : found[0].end] == surface
    return found[0]


# --- weekdays by tense -------------------------------------------------------------------------


def test_said_on_thursday_is_the_thursday_before(nlp: Language) -> None:
    t = only(nlp, "The minister said on Thursday that talks would resume.", "Thursday")
    assert (t.type, t.value, t.anchor) == ("DATE", "2024-11-07", "published_at")


def test_talked_by_phone_on_thursday_is_past(nlp: Language) -> None:
    assert only(nlp, "The two leaders talked by phone on Thursday.", "Thursday").value == "2024-11-07"


def test_will_meet_on_thursday_is_the_thursday_after(nlp: Language) -> None:
    assert only(nlp, "The two leaders will meet on Thursday.", "Thursday").value == "2024-11-14"


def test_monday_in_a_monday_article_is_that_day(nlp: Language) -> None:
    assert only(nlp, "Air raid sirens sounded across the capital on Monday.", "Monday").value == "2024-11-11"


def test_sunday_in_the_past_tense_is_the_day_before(nlp: Language) -> None:
    assert only(nlp, "The drones struck the port on Sunday.", "Sunday").value == "2024-11-10"


def test_wednesday_in_the_past_tense(nlp: Language) -> None:
    assert (
        only(nlp, "Protesters gathered outside parliament on Wednesday.", "Wednesday").value == "2024-11-06"
    )


def test_possessive_weekday_names_the_day_of_the_event(nlp: Language) -> None:
    assert only(nlp, "Monday's air alerts lasted four hours.", "Monday").value == "2024-11-11"


def test_following_before_a_possessive_weekday_is_a_preposition(nlp: Language) -> None:
    # "following Saturday's defeat": after the defeat of the Saturday just past.
    t = only(nlp, "The club sacked its coach following Saturday's 3-0 defeat.", "Saturday")
    assert t.value == "2024-11-09"
    t = only(nlp, "They met again the following Saturday.", "the following Saturday")
    assert t.value == "2024-11-16"


def test_plans_to_points_forward(nlp: Language) -> None:
    assert only(nlp, "The envoy plans to visit the region on Friday.", "Friday").value == "2024-11-15"


# --- publication-relative expressions ----------------------------------------------------------


def test_last_week_and_this_week_are_iso_weeks(nlp: Language) -> None:
    times = tag(nlp, "Prices rose last week and fell again this week.")
    assert [(t.text, t.value) for t in times] == [("last week", "2024-W45"), ("this week", "2024-W46")]


def test_earlier_last_week_keeps_the_modifier_and_the_week(nlp: Language) -> None:
    t = only(nlp, "Earlier last week the army said it had advanced.", "Earlier last week")
    assert (t.value, t.anchor) == ("2024-W45", "published_at")


def test_yesterday_today_tonight(nlp: Language) -> None:
    times = tag(nlp, "Talks failed yesterday. Today the border is shut. Crowds will gather tonight.")
    assert [(t.text, t.type, t.value) for t in times] == [
        ("yesterday", "DATE", "2024-11-10"),
        ("Today", "DATE", "2024-11-11"),
        ("tonight", "TIME", "2024-11-11TNI"),
    ]


def test_this_year_and_last_year(nlp: Language) -> None:
    times = tag(nlp, "Exports fell this year after a record last year.")
    assert [(t.text, t.value) for t in times] == [("this year", "2024"), ("last year", "2023")]


def test_month_without_year_in_the_past(nlp: Language) -> None:
    t = only(nlp, "The company filed for bankruptcy in September.", "September")
    assert (t.value, t.anchor) == ("2024-09", "published_at")


def test_month_and_year_are_explicit(nlp: Language) -> None:
    t = only(nlp, "The invasion began in February 2022.", "February 2022")
    assert (t.value, t.anchor) == ("2022-02", "text")


def test_month_day_with_future_tense_is_the_next_occurrence(nlp: Language) -> None:
    t = only(nlp, "The new president will be sworn in on January 20.", "January 20")
    assert (t.value, t.anchor) == ("2025-01-20", "published_at")


def test_day_month_in_the_past_takes_the_publication_year(nlp: Language) -> None:
    assert only(nlp, "The minister spoke on 7 October.", "7 October").value == "2024-10-07"


def test_day_month_in_the_future_is_next_year_when_already_past(nlp: Language) -> None:
    assert only(nlp, "The vote will be held on 7 October.", "7 October").value == "2025-10-07"


def test_past_tense_deadline_soon_after_publication_is_not_last_year(nlp: Language) -> None:
    # the verb dates the extension; a date a year back would be far less likely
    assert only(nlp, "The bank extended the offer to November 20.", "November 20").value == "2024-11-20"


def test_clock_time_with_zone_on_the_publication_day(nlp: Language) -> None:
    t = only(nlp, "The first missiles hit at 06:30 GMT.", "06:30 GMT")
    assert (t.type, t.value, t.anchor) == ("TIME", "2024-11-11T06:30", "published_at")


def test_clock_time_after_a_date_takes_that_date(nlp: Language) -> None:
    t = only(nlp, "On 7 November the sirens sounded again at 11:30.", "11:30")
    assert t.value == "2024-11-07T11:30"


def test_clock_time_alone_is_on_the_day_the_narrative_has_reached(nlp: Language) -> None:
    # The earlier sentence's Thursday, not the publication day (Monday 11 November).
    text = "The ferry ran aground on Thursday evening. It struck the bank at about 7.30pm."
    assert only(nlp, text, "7.30pm").value == "2024-11-07T19:30"


def test_weekday_date_and_time_are_one_expression(nlp: Language) -> None:
    t = only(nlp, "Updated: Monday, 11 November 2024, 11:30.", "Monday, 11 November 2024, 11:30")
    assert (t.type, t.value, t.anchor) == ("TIME", "2024-11-11T11:30", "text")


def test_clock_time_on_a_day_is_one_expression_on_that_day(nlp: Language) -> None:
    # "at 7.40am on Thursday 7 November": the day the time is on, not the publication day.
    t = only(
        nlp, "Police said he was detained at 7.40am on Thursday 7 November.", "7.40am on Thursday 7 November"
    )
    assert (t.type, t.value) == ("TIME", "2024-11-07T07:40")
    t = only(nlp, "He was seized shortly after 10pm on Friday, 8 November.", "10pm on Friday, 8 November")
    assert t.value == "2024-11-08T22:00"


def test_weekday_glued_to_a_byline_is_still_found(nlp: Language) -> None:
    # scraped pages lose the break between byline and dateline
    text = "By JANE DOEMonday, 11 November 2024, 11:30"
    t = only(nlp, text, "Monday, 11 November 2024, 11:30")
    assert t.value == "2024-11-11T11:30"
    assert tag(nlp, "Themonday was quiet.") == []


def test_past_present_and_future_references(nlp: Language) -> None:
    text = (
        "In recent days the shelling eased. It is now quiet and currently calm. Recovery lies in the future."
    )
    values = {t.text: t.value for t in tag(nlp, text)}
    assert values == {
        "recent days": "PAST_REF",
        "now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "the future": "FUTURE_REF",
    }


def test_recently_and_at_this_time(nlp: Language) -> None:
    assert only(nlp, "The talks recently collapsed.", "recently").value == "PAST_REF"
    # the preposition is a signal, outside the expression
    assert only(nlp, "At this time no agreement exists.", "this time").value == "PRESENT_REF"


def test_since_a_year_tags_the_year_only(nlp: Language) -> None:
    t = only(nlp, "The war has raged since 2022.", "2022")
    assert (t.type, t.value, t.anchor) == ("DATE", "2022", "text")


def test_decade(nlp: Language) -> None:
    assert only(nlp, "Inflation was high in the 1990s.", "the 1990s").value == "199"


def test_quarter_nearest_the_article(nlp: Language) -> None:
    assert only(nlp, "Profit fell in the third quarter.", "the third quarter").value == "2024-Q3"


# --- durations and sets ------------------------------------------------------------------------


def test_nearly_three_years_is_a_duration(nlp: Language) -> None:
    t = only(nlp, "The war has lasted nearly three years.", "nearly three years")
    assert (t.type, t.value, t.anchor) == ("DURATION", "P3Y", "text")


def test_three_year_old_conflict_is_a_duration_not_a_date(nlp: Language) -> None:
    t = only(nlp, "The three-year-old conflict shows no sign of ending.", "three-year-old")
    assert (t.type, t.value) == ("DURATION", "P3Y")


def test_a_childs_age_is_not_tagged(nlp: Language) -> None:
    assert tag(nlp, "A 6-year-old boy was rescued from the rubble.") == []


def test_half_an_hour_and_vague_hours(nlp: Language) -> None:
    assert only(nlp, "The alert lasted nearly half an hour.", "nearly half an hour").value == "PT30M"
    assert only(nlp, "Rescuers searched for hours.", "hours").value == "PTXH"


def test_days_after_and_a_day_after_are_durations(nlp: Language) -> None:
    days = only(nlp, "The strike came just days after the talks.", "days")
    day = only(nlp, "He resigned a day after the call.", "a day")
    assert (days.type, days.value, day.type, day.value) == ("DURATION", "PXD", "DURATION", "P1D")


def test_every_week_and_weekly_are_sets(nlp: Language) -> None:
    every = only(nlp, "Convoys leave every week.", "every week")
    weekly = only(nlp, "The ministry holds a weekly briefing.", "weekly")
    assert (every.type, every.value, weekly.type, weekly.value) == ("SET", "P1W", "SET", "P1W")


def test_a_rate_is_a_set_and_a_span_is_a_duration(nlp: Language) -> None:
    assert only(nlp, "The plant makes 300 tanks a year.", "a year").type == "SET"
    assert only(nlp, "The plant was closed for a year.", "a year").type == "DURATION"


# --- explicit dates against weekdays -----------------------------------------------------------


def test_weekday_contradicting_the_date_is_a_warning_with_an_alternative(nlp: Language) -> None:
    text = "The minister said on Thursday, 7 October, that the talks had failed."
    times, warnings = tag_times(nlp(text), MONDAY)
    t = next(t for t in times if t.text == "Thursday, 7 October")
    assert (t.value, t.alternative) == ("2024-10-07", "2024-11-07")
    assert t.anchor in {"text", "published_at"}
    assert warnings == [
        AnalysisWarning(
            kind="weekday_mismatch",
            message="7 October 2024 was a Monday, not a Thursday",
            start=t.start,
            end=t.end,
        )
    ]


def test_weekday_matching_the_date_is_no_warning(nlp: Language) -> None:
    times, warnings = tag_times(nlp("The minister said on Thursday, 7 November, that talks failed."), MONDAY)
    assert [(t.text, t.value, t.alternative) for t in times] == [("Thursday, 7 November", "2024-11-07", None)]
    assert warnings == []


def test_weekday_with_a_part_of_day_and_its_date_are_one_expression(nlp: Language) -> None:
    # The day is written out, so a reader of the story's dates sees the source's own day.
    times, warnings = tag_times(nlp("He was picked up on Thursday morning, 7 November, outside."), MONDAY)
    assert [(t.text, t.value) for t in times] == [("Thursday morning, 7 November", "2024-11-07TMO")]
    assert warnings == []
    # The weekday still settles the year of a yearless date: 7 November 2025 was a Friday.
    times, _ = tag_times(nlp("They left on Friday night, 7 November."), MONDAY)
    assert [(t.text, t.value) for t in times] == [("Friday night, 7 November", "2025-11-07TNI")]


def test_weekday_picks_the_year_of_a_yearless_date(nlp: Language) -> None:
    # 26 October is a Monday in 2026, not in 2024 or 2025: the weekday settles the year
    t = only(nlp, "The talks open on Monday, 26 October.", "Monday, 26 October", date(2026, 10, 20))
    assert t.value == "2026-10-26"


# --- an article without a date -----------------------------------------------------------------


def test_undated_article_leaves_relative_values_unknown(nlp: Language) -> None:
    text = "Talks failed yesterday and last week. They met on Thursday and in September."
    found = {t.text: (t.value, t.anchor) for t in tag(nlp, text, None)}
    assert found == {
        "yesterday": ("XXXX-XX-XX", "none"),
        "last week": ("XXXX-WXX", "none"),
        "Thursday": ("XXXX-WXX-4", "none"),
        "September": ("XXXX-09", "none"),
    }


def test_undated_article_still_reads_full_dates(nlp: Language) -> None:
    t = only(nlp, "The accord was signed on 7 November 2024.", "7 November 2024", None)
    assert (t.value, t.anchor) == ("2024-11-07", "text")


def test_sentence_index(nlp: Language) -> None:
    times = tag(nlp, "Nothing happened. Then on Friday the guns fell silent.")
    assert [(t.text, t.sentence) for t in times] == [("Friday", 1)]


# --- period() ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end"),
    [
        ("2024-11-07", "day", date(2024, 11, 7), date(2024, 11, 7)),
        ("2024-11-07T06:30", "day", date(2024, 11, 7), date(2024, 11, 7)),
        ("2024-W45", "week", date(2024, 11, 4), date(2024, 11, 10)),
        ("2024-W45-WE", "week", date(2024, 11, 9), date(2024, 11, 10)),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024-Q3", "quarter", date(2024, 7, 1), date(2024, 9, 30)),
        ("2024-H1", "half", date(2024, 1, 1), date(2024, 6, 30)),
        ("2024-H2", "half", date(2024, 7, 1), date(2024, 12, 31)),
        ("2024-SU", "season", date(2024, 6, 1), date(2024, 8, 31)),
        ("2024-WI", "season", date(2024, 12, 1), date(2025, 2, 28)),
        ("2024", "year", date(2024, 1, 1), date(2024, 12, 31)),
        ("199", "decade", date(1990, 1, 1), date(1999, 12, 31)),
        ("20", "century", date(2000, 1, 1), date(2099, 12, 31)),
    ],
)
def test_period_of_each_granularity(value: str, granularity: str, start: date, end: date) -> None:
    assert period(value) == Period(value=value, granularity=granularity, start=start, end=end)


@pytest.mark.parametrize(
    "value",
    ["P3Y", "PT30M", "XXXX-WXX-1", "PRESENT_REF", "XXXX-09", "2024-13", "", "2024-W60", "2024-H3", "XXXX-H1"],
)
def test_period_is_none_for_what_is_not_a_calendar_period(value: str) -> None:
    assert period(value) is None


# --- any text ----------------------------------------------------------------------------------

_WORDS = [
    "Monday", "Thursday", "7", "October", "2024", "last", "week", "year", "ago", "the", "said",
    "will", "meet", "on", "at", "06:30", "GMT", "three-year-old", "nearly", "half", "an", "hour",
    "every", "daily", "since", "1990s", "quarter", "third", "a", "day", "after", ",", ".", "-",
    "'s", "Q3", "11/07/24", "2024-11-07", "midnight", "noon", "p.m.", "twenty-four", "$", "%",
]  # fmt: skip
_TEXTS = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=25).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXTS, published=st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31))))
def test_any_text_gives_well_formed_expressions(nlp: Language, text: str, published: date | None) -> None:
    doc = nlp(text)
    times, warnings = tag_times(doc, published)
    sentences = list(doc.sents)
    for t in times:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start : t.end]
        assert 0 <= t.sentence < max(len(sentences), 1)
    for w in warnings:
        assert 0 <= w.start < w.end <= len(text)


# --- fast rule matching: the prefilter and the folded twins change no match ---------------------
#
# match_rules skips the rules whose needed words a text lacks and runs the others case-sensitively
# on fold(text). Every test here compares it with the plain way: each rule's own IGNORECASE
# regex over the original text.


def _plain(text: str) -> list[tuple[str, int, int, dict[str, str | None]]]:
    return [(r.name, m.start(), m.end(), m.groupdict()) for r in RULES for m in r.regex.finditer(text)]


def _fast(text: str) -> list[tuple[str, int, int, dict[str, str | None]]]:
    return [(c.rule, c.start, c.end, c.groups) for c in match_rules(text)]


# At least one text per rule that the rule's regex matches; odd letters that IGNORECASE equates
# with ASCII ones (long s, dotted and dotless i, Kelvin sign) are in some on purpose.
_RULE_EXAMPLES = {
    "date_iso": ["at 2024-11-07T06:30 local"],
    "date_slash": ["on 11/07/24"],
    "date_mdy": ["on Nov. 7, 2024", "on DECEMBER 25 1999"],
    "date_dmy": ["on the 7th of November 2024"],
    "date_md": ["on NOVEMBER 7"],
    "month_year": ["in November of 2024"],
    "month": ["in November", "since Sept."],
    "year": ["in fiscal 1999", "FY2024"],
    "year_words": ["in nineteen ninety-nine", "two thousand and ten"],
    "the_year": ["for the full year ended"],
    "decade": ["in the 1990s", "the '90s", "the Sixties"],
    "century": ["the 21st century", "the twenty-first century"],
    "deictic_part": ["yesterday morning"],
    "deictic": ["the day after tomorrow", "overnight"],
    "weekday": ["last Friday afternoon", "By JOHN SMITHMonday", "FR\u0130DAY", "fr\u0131day"],
    "weekdays": ["on Mondays"],
    "weekend": ["this weekend"],
    "rel_unit": ["the following fiscal year", "this wee\u212a"],
    "that_unit": ["that night"],
    "rel_named": ["next Christmas", "last winter"],
    "season_year": ["summer of 2024"],
    "season": ["in the \u017fpring", "WINTER"],
    "holiday": ["Thanksgiving Day 2024", "New Year's Eve"],
    "period_end": ["the end of the year", "year-end"],
    "ago": ["nearly three years ago", "a decade or so later", "10 days from now"],
    "set_a": ["twice a week", "$5 per year"],
    "duration": ["the past 14 days", "two and a half years", "a 6-month-long"],
    "duration_adj": ["week-long"],
    "vague_duration": ["the past few weeks", "months"],
    "half_unit": ["half an hour", "a half-day"],
    "set_every": ["every other Monday", "each weekend"],
    "set_adverb": ["semi-annually", "Daily"],
    "time_ampm": ["at 6:30 p.m. GMT", "5pm"],
    "time_24": ["at 18:30 hrs UTC", "06:30:15"],
    "time_mil": ["at 0630 GMT", "1800 hours local time"],
    "time_named": ["at mid-morning", "MIDNIGHT"],
    "time_oclock": ["at five o'clock in the morning", "9 in the evening"],
    "quarter_ord": ["the year-ago third quarter of 2023"],
    "quarter_code": ["in Q3 2024"],
    "quarter_year_first": ["the 2024 fourth quarter"],
    "quarter_of_year": ["the 1999 period"],
    "quarter_rel": ["the latest quarter"],
    "half_year": ["the first half of 2024"],
    "year_adj": ["year-earlier"],
    "present_ref": ["at present", "nowadays", "at this time"],
    "past_ref": ["not long ago", "RECENTLY"],
    "future_ref": ["as soon as possible", "the near future"],
}


def test_every_rule_has_an_example() -> None:
    assert {r.name for r in RULES} == set(_RULE_EXAMPLES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_prefilter_admits_each_rules_examples(rule: Rule) -> None:
    for text in _RULE_EXAMPLES[rule.name]:
        assert rule.regex.search(text), f"{rule.name} example {text!r} does not match: fix the example"
        assert Presence(fold(text)).admits(rule.needs), f"{rule.name} wrongly skipped on {text!r}"
        assert _fast(text) == _plain(text)


def test_only_the_case_glued_weekday_rule_runs_without_a_folded_twin() -> None:
    # not a matter of correctness (such a rule runs as written) but of speed
    assert [r.name for r in RULES if r.twin is None] == ["weekday"]


@pytest.mark.parametrize("pattern", [r"(?-i:A)b", r"[a-z]", r"(a)\1", "\u00e9t\u00e9", r"(?i:x)"])
def test_no_twin_for_what_the_fold_cannot_vouch_for(pattern: str) -> None:
    assert folded_twin(re.compile(pattern, re.IGNORECASE)) is None


# Every test the regex engine makes on one character, as the rules use it.
_PROBES = [re.escape(chr(c)) for c in range(128)] + [r"\w", r"\s", r"\d", "."]
_PROBES += [r"[a\w]", r"[a\s]", r"[a\d]", r"[\s-]", r"[0-3]", r"[ik]", r"[^is]", r"(?<![\w])x", r"x(?![\w])"]


def test_fold_keeps_every_test_the_engine_makes_on_every_code_point() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    folded = fold(everything)
    assert len(folded) == len(everything)  # offsets in the folded copy are offsets in the text
    for probe in _PROBES:
        rule = re.compile(probe, re.IGNORECASE)
        twin = folded_twin(rule)
        assert twin is not None, probe
        plain = [m.span() for m in rule.finditer(everything)]
        assert [m.span() for m in twin.finditer(folded)] == plain, probe


# Random texts of the words the rules need, in any case and with the odd letters IGNORECASE
# equates with ASCII ones, glued by spaces, hyphens, commas and nothing at all.
_ODD = {"i": "I\u0130\u0131", "s": "S\u017f", "k": "K\u212a"}
_RULE_WORDS = sorted(
    {s for r in RULES for clause in r.needs for s in clause} | {"2024", "7", "06:30", "'90s"}
)


def _any_case(word: str) -> st.SearchStrategy[str]:
    letters = [st.sampled_from(c + _ODD.get(c, c.upper())) for c in word]
    return st.tuples(*letters).map("".join)


_RULE_TEXTS = st.lists(
    st.tuples(
        st.sampled_from(_RULE_WORDS).flatmap(_any_case), st.sampled_from([" ", "  ", "\n", "-", ", ", ""])
    ),
    max_size=12,
).map(lambda pieces: "".join(word + gap for word, gap in pieces))


@settings(max_examples=250, deadline=None)
@given(text=_RULE_TEXTS)
def test_fast_matching_finds_what_the_plain_rules_find(text: str) -> None:
    assert _fast(text) == _plain(text)


@pytest.mark.parametrize(
    "path", sorted((Path(__file__).parents[2] / "seeds").glob("*.txt")), ids=lambda p: p.name
)
def test_fast_matching_on_the_seed_articles(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _fast(text) == _plain(text)


# --- time words inside names -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Sunday Ledger reported that the minister resigned.",
        "Harbor Today said the port would close.",
        "The minister resigned, the Daily Courier reported.",
        "Speaking on the Today programme, the minister defended the plan.",
        "Monday Harbor Partners bought the factory.",
        "Friday Holdings said it sold the plant.",
        "According to the Ostrian Times and Dunmore Today, the mine closed.",
    ],
)
def test_a_time_word_inside_a_name_is_no_date(nlp: Language, text: str) -> None:
    assert tag(nlp, text) == []


def test_a_real_date_next_to_a_name_with_a_time_word_stays(nlp: Language) -> None:
    text = "The Daily Ledger reported on Sunday that the mayor resigned."
    assert [(t.text, t.value) for t in tag(nlp, text)] == [("Sunday", "2024-11-10")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The mayor said today that the bridge will close.", "today", "2024-11-11"),
        ("Acme Corp. Friday said it would sell the plant.", "Friday", "2024-11-08"),
        ("On Friday Acme said it would sell the plant.", "Friday", "2024-11-08"),
        ("The Friday meeting of Acme Bank was cancelled.", "Friday", "2024-11-08"),
        ("The rally was held the Friday Smith arrived.", "Friday", "2024-11-08"),
    ],
)
def test_dates_beside_company_names_stay(nlp: Language, text: str, surface: str, value: str) -> None:
    assert only(nlp, text, surface).value == value


def test_a_statement_is_not_dated_by_a_name(nlp: Language) -> None:
    named = analyse("Harbor Today said the port would close.", MONDAY, nlp)
    assert named.time_expressions == []
    assert named.statements and all(s.time is None for s in named.statements)
    dated = analyse("The Sunday Ledger said on Friday that the port would close.", MONDAY, nlp)
    assert [t.text for t in dated.time_expressions] == ["Friday"]
    assert dated.statements[0].time == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The firm was founded in 2011. Later that year it moved to Lima.", "2011"),
        ("It opened on March 3, 2012, and that year it hired ten people.", "2012"),
        ("It was founded in 2011 and listed on May 2, 2013; that year it grew.", "2013"),
        ("Sales fell in the first half of 2009. Later that year the plant closed.", "2009"),
    ],
)
def test_that_year_is_the_year_the_text_last_named(nlp: Language, text: str, value: str) -> None:
    assert [t.value for t in tag(nlp, text) if "that year" in t.text.lower()] == [value]


def test_that_year_with_no_year_named_before_is_no_date(nlp: Language) -> None:
    assert [t for t in tag(nlp, "Later that year it moved to Lima.") if "that year" in t.text.lower()] == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "In 1984 the first Zorbix computer was sold. One year later he was fired.",
            "One year later",
            "1985",
        ),
        ("The firm was founded in 2001. Two years earlier she had left Lima.", "Two years earlier", "1999"),
        ("It opened on March 3, 2012. Two months later it closed.", "Two months later", "2012-05"),
    ],
)
def test_years_later_count_from_the_year_the_text_last_named(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert [t.value for t in tag(nlp, text) if t.text == words] == [value]


def test_years_ago_count_from_the_article_date(nlp: Language) -> None:
    text = "In 1984 the first Zorbix computer was sold. A year ago the shares fell."
    assert [t.value for t in tag(nlp, text) if t.text == "A year ago"] == [str(MONDAY.year - 1)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The weekday dates the announcing: before the verb's object, hung on the verb.
        ("In her keynote address Wednesday, Ann Lee announced the release of the suite.", "2010-10-20"),
        ("Zorbix announced Monday a plan to cut jobs.", "2010-10-18"),
        # After the object of a planning verb, the planned thing's day: ahead.
        ("The group planned a rally Saturday.", "2010-10-23"),
    ],
)
def test_a_weekday_on_a_planning_verb_dates_what_it_precedes(nlp: Language, text: str, value: str) -> None:
    assert [t.value for t in tag(nlp, text, date(2010, 10, 21))] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "in March" on the announcing verb: the month it was announced in, gone by
        ("Corvell announced the closure in March, citing energy costs.", "2010-03"),
        ("The council scheduled the vote in May.", "2010-05"),
        # inside the planned deed's own clause: ahead
        ("The group planned to hold a rally in November.", "2010-11"),
        # what was announced, on its own day: ahead
        ("Corvell announced a rally on Saturday.", "2010-10-23"),
    ],
)
def test_a_month_a_plan_was_announced_or_made_in_is_gone_by(nlp: Language, text: str, value: str) -> None:
    assert [t.value for t in tag(nlp, text, date(2010, 10, 21))] == [value]


def test_a_count_in_words_is_no_year(nlp: Language) -> None:
    # "two thousand jobs" counts jobs; "in two thousand and five" is a year
    assert [t.text for t in tag(nlp, "More than two thousand jobs will go, the union said.")] == []
    assert only(nlp, "The plant closed in two thousand and five.", "two thousand and five").value == "2005"
