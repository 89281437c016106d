"""Page furniture out, article in: `clean` on one small page per rule, and properties over any text.

The seed pages are checked end to end in tests/integration/test_seed_pages.py."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.pipeline.analyse import RawArticle, prepare_many
from service.pipeline.clean import clean
from service.pipeline.nlp import load
from service.pipeline.types import Cleaned


def assert_segments_valid(raw: str, cleaned: Cleaned) -> None:
    """Runs are sorted, disjoint, in bounds, and copy the raw characters exactly; whatever lies
    between runs is an inserted separator (white space) or characters repaired from mojibake
    (other characters in the raw text)."""
    covered = 0
    raw_end = 0
    for clean_start, raw_start, length in cleaned.segments:
        assert length > 0
        assert clean_start >= covered, "runs overlap or are out of order"
        assert raw_start >= raw_end, "runs go backwards in the raw text"
        assert raw_start >= 0 and raw_start + length <= len(raw)
        assert clean_start + length <= len(cleaned.text)
        assert cleaned.text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
        gap, raw_gap = cleaned.text[covered:clean_start], raw[raw_end:raw_start]
        assert gap.isspace() or covered == clean_start or _repaired(gap, raw_gap)
        covered = clean_start + length
        raw_end = raw_start + length
    tail = cleaned.text[covered:]
    assert not tail or _repaired(tail, raw[raw_end:]), "the cleaned text ends outside any run"


def _repaired(text: str, raw: str) -> bool:
    """Characters repaired from mojibake: other characters than the raw ones they stand for."""
    return bool(raw) and text != raw


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# ---------------------------------------------------------------------------------------------
# One rule at a time, on generic pages

BODY = "The council approved the budget on Tuesday after a long debate."
BODY2 = "Opposition members said they would challenge the decision in court."


def page(*lines: str) -> str:
    return "\n".join(lines)


# A page as scrapers deliver it: a headline, then furniture between the article's paragraphs.
FURNISHED = page(
    "Council approves budget after long debate",
    "Updated - May 3, 2024 10:15 am CET - Some City",
    "A man walks past a damaged building | Photo: Some Agency",
    "",
    BODY,
    "",
    "Follow us on Facebook!",
    "",
    BODY2,
    "",
)


def test_a_furnished_page_keeps_its_article_with_exact_offsets() -> None:
    cleaned = clean(FURNISHED)
    assert cleaned.title == "Council approves budget after long debate"
    assert cleaned.published_at == date(2024, 5, 3)
    assert cleaned.published_at_inferred is True
    assert cleaned.text == f"{cleaned.title}\n\n{BODY}\n\n{BODY2}"
    assert_segments_valid(FURNISHED, cleaned)
    for word in ("approved", "Opposition", "court"):
        mapped = cleaned.to_raw(cleaned.text.index(word))
        assert FURNISHED[mapped : mapped + len(word)] == word


@pytest.mark.parametrize(
    "rest",
    ["ADVERTISEMENT", "All Sections", "Advertisement:", "", "   "],
)
def test_date_header_with_furniture_glued(rest: str) -> None:
    cleaned = clean(page(f" date 2023-05-02 {rest}", "", BODY))
    assert cleaned.published_at == date(2023, 5, 2)
    assert cleaned.published_at_inferred is False
    assert cleaned.text == BODY


def test_date_header_with_article_text_glued() -> None:
    raw = page(f" date 2023-05-02 {BODY}", "", BODY2)
    cleaned = clean(raw)
    assert cleaned.published_at == date(2023, 5, 2)
    assert cleaned.text == f"{BODY}\n\n{BODY2}"
    assert_segments_valid(raw, cleaned)


def test_marker_glued_before_article_text_on_the_date_line() -> None:
    cleaned = clean(f"date 2023-05-02 ADVERTISEMENT {BODY}")
    assert cleaned.text == BODY


def test_invalid_date_header_is_text() -> None:
    cleaned = clean(page("date 2023-13-45 Something odd", "", BODY))
    assert cleaned.published_at is None
    assert cleaned.text == f"date 2023-13-45 Something odd\n\n{BODY}"


def test_date_header_only_on_the_first_line() -> None:
    cleaned = clean(page(BODY, "date 2023-05-02", BODY2))
    assert cleaned.published_at is None


@pytest.mark.parametrize(
    "furniture",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Advertisement:",
        "Sponsored content",
        "Skip to main content",
        "Read more",
        "» Related articles",
        "Share this article",
        "Story continues below advertisement",
        "LATEST NEWS",
        "Follow us on Facebook!",
        "Subscribe to our newsletter",
        "Support our journalism or become a patron!",
        "Download our app",
        "EN | DE | FR",
        "Укр Рус Eng",
        "Укр Рус Eng Subscribe",
        "A man walks past a damaged building | Photo: Some Agency",
        "Jane Doe. File photo: Some Agency",
        "Protesters gather outside parliament. Photo by John Roe",
        "Image credit: Some Agency",
        "AP",
        "By Jane Doe and John van Roe",
        "JANE DOEFriday, 3 May 2024, 09:15",
        "Updated - May 3, 2024 10:15 am CET - Some City",
        "Published: 3 May 2024",
        "© 2024 Some Media Group. All rights reserved.",
        "* * *",
        "ElectionsEuropeEconomyPoliticsWorldNewsBusinessSport",
        "Read more: Minister resigns after row over funding",
        "Watch - Minister resigns after row over funding",
        "Updated 2 hours ago",
        "Reporting by Jane Doe; Editing by John Roe",
        "Image caption, Firefighters at the scene on Tuesday",
        "Image source, Some Agency",
    ],
)
def test_furniture_line_dropped(furniture: str) -> None:
    raw = page(BODY, "", furniture, "", BODY2)
    cleaned = clean(raw)
    assert cleaned.text == f"{BODY}\n\n{BODY2}"
    assert_segments_valid(raw, cleaned)


@pytest.mark.parametrize(
    "content",
    [
        "Source: the regional administration",
        "Support for the US plan has grown.",  # "US" is the country, not "us"
        "Follow the money, the inspector said.",
        "He was photographed at the scene.",
        "On 3 May 2024 the council met again.",
        "What happens next",  # a heading between paragraphs
        "Support for our troops is waning, officials said.",  # "Support" is a noun here
        "He posted a video: it showed the strike.",  # "video:" inside a sentence is no caption
        "Three options remain: (a) talks, (b) sanctions, (c) nothing.",
        "Related-party deals rose sharply last year.",
    ],
)
def test_content_line_kept(content: str) -> None:
    cleaned = clean(page(BODY, "", content, "", BODY2))
    assert cleaned.text == f"{BODY}\n\n{content}\n\n{BODY2}"


def test_byline_with_time_gives_the_date() -> None:
    cleaned = clean(page("Council approves budget", "JANE DOEFriday, 3 May 2024, 09:15", BODY))
    assert cleaned.published_at == date(2024, 5, 3)
    assert cleaned.published_at_inferred is True
    assert cleaned.text == f"Council approves budget\n\n{BODY}"


@pytest.mark.parametrize(
    "dateline",
    ["Published: 3 May 2024", "Posted on 3 May 2024 at 10:15", "Updated 3 May 2024", "3.5.2024 10:15"],
)
def test_short_datelines_give_the_date(dateline: str) -> None:
    cleaned = clean(page("Council approves budget", dateline, BODY))
    assert cleaned.published_at == date(2024, 5, 3)
    assert cleaned.published_at_inferred is True
    assert cleaned.text == f"Council approves budget\n\n{BODY}"


def test_publication_beats_update_line() -> None:
    cleaned = clean(page("Updated: 4 May 2024 10:00", "Published: 3 May 2024", BODY))
    assert cleaned.published_at == date(2024, 5, 3)


def test_dates_below_the_first_sentence_are_not_the_publication_date() -> None:
    cleaned = clean(page(BODY, "Updated - May 3, 2024 10:15 am CET", BODY2))
    assert cleaned.published_at is None
    assert cleaned.published_at_inferred is False
    assert "Updated" not in cleaned.text


def test_a_date_in_a_headline_is_no_publication_date() -> None:
    cleaned = clean(page("Council Vote Set For May 3, 2024", "", BODY))
    assert cleaned.published_at is None
    assert cleaned.title == "Council Vote Set For May 3, 2024"


def test_feed_of_timed_headlines_dropped() -> None:
    raw = page(BODY, "Latest news", "09:46", "Minister resigns", "09:12", "Storm hits the coast", BODY2)
    cleaned = clean(raw)
    assert cleaned.text == f"{BODY}\n\n{BODY2}"


def test_a_lone_time_stamp_drops_but_its_paragraph_stays() -> None:
    cleaned = clean(page("09:46", BODY))
    assert cleaned.text == BODY


def test_related_headlines_after_the_article_dropped() -> None:
    raw = page(
        BODY,
        "",
        BODY2,
        "",
        "Minister resigns after row over funding – Some Agency",
        "Storm closes schools across the region – media",
        "Prices rise again",
    )
    assert clean(raw).text == f"{BODY}\n\n{BODY2}"


def test_unattributed_headlines_after_the_last_sentence_dropped() -> None:
    raw = page(BODY, "", BODY2, "", "Markets rally as inflation cools", "Oil prices slip on demand worries")
    assert clean(raw).text == f"{BODY}\n\n{BODY2}"


def test_short_teaser_after_the_last_sentence_dropped() -> None:
    assert clean(page(BODY, "", BODY2, "", "Markets rally again")).text == f"{BODY}\n\n{BODY2}"


def test_attributed_headline_list_dropped_mid_page() -> None:
    raw = page(
        BODY,
        "Minister resigns after row over funding – Some Agency",
        "Storm closes schools across the region – media",
        BODY2,
    )
    assert clean(raw).text == f"{BODY}\n\n{BODY2}"


def test_single_unfinished_last_line_is_kept() -> None:
    last = "The vote is expected to take place next week without a clear majority"
    assert clean(page(BODY, "", last)).text == f"{BODY}\n\n{last}"


def test_trailing_tag_dropped() -> None:
    assert clean(page(BODY, "", "Politics")).text == BODY


def test_repeated_headline_appears_once() -> None:
    raw = page('Council approves "historic" budget', "By Jane Doe", "Council approves historic budget", BODY)
    cleaned = clean(raw)
    assert cleaned.title == 'Council approves "historic" budget'
    assert cleaned.text == f'Council approves "historic" budget\n\n{BODY}'


def test_standfirst_repeating_a_sentence_leaves_the_sentence() -> None:
    standfirst = BODY.rstrip(".")
    cleaned = clean(page("Council approves budget", "", standfirst, "", BODY2, "", BODY))
    assert cleaned.text == f"Council approves budget\n\n{BODY2}\n\n{BODY}"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Council approves budget", "Council approves budget"),
        ("Will the council approve the budget?", "Will the council approve the budget?"),
        ("“We will not give up,” mayor says", "“We will not give up,” mayor says"),
        (BODY, None),  # a sentence, not a headline
        ("budget approved", None),  # not capitalised like a headline
        (" ".join(["Word"] * 31), None),  # too long for a headline
    ],
)
def test_title_rule(first: str, title: str | None) -> None:
    cleaned = clean(page(first, "", BODY2))
    assert cleaned.title == title
    assert cleaned.text == f"{first}\n\n{BODY2}"


def test_title_follows_furniture() -> None:
    cleaned = clean(page("Skip to content", "Menu", "", "Council approves budget", BODY))
    assert cleaned.title == "Council approves budget"
    assert cleaned.text == f"Council approves budget\n\n{BODY}"


def test_hard_wrapped_paragraph_is_joined() -> None:
    raw = page("The council approved the budget on Tuesday after a", "long debate that lasted all night.")
    cleaned = clean(raw)
    assert (
        cleaned.text
        == "The council approved the budget on Tuesday after a long debate that lasted all night."
    )
    assert_segments_valid(raw, cleaned)


@pytest.mark.parametrize(
    ("raw", "text", "title"),
    [
        # A headline-like first line continued in lower case is a wrapped sentence, not a title;
        # joined, it ends a sentence, so the short line after it is a trailing teaser.
        ("Council approves budget\nword .\n“quoted”", "Council approves budget word.", None),
        ("Minister resigns – Some Agency\nword .\n“quoted”", "Minister resigns – Some Agency word.", None),
        ("Council approves\nthe budget .\n\nMarkets rally again", "Council approves the budget.", None),
        # A wrapped headline is a title as a whole, exactly as printed in the text.
        (
            f"Council approves\nbudget\n\n{BODY}",
            f"Council approves budget\n\n{BODY}",
            "Council approves budget",
        ),
    ],
)
def test_context_rules_judge_wrapped_lines_as_one_paragraph(raw: str, text: str, title: str | None) -> None:
    cleaned = clean(raw)
    assert cleaned.text == text
    assert cleaned.title == title
    assert_segments_valid(raw, cleaned)
    again = clean(cleaned.text)
    assert again.text == text
    assert again.title == title


def test_white_space_normalised_with_exact_offsets() -> None:
    raw = f"  {BODY}   \r\n\r\n\r\n\r\n\t{BODY2}  \n\n\n"
    cleaned = clean(raw)
    assert cleaned.text == f"{BODY}\n\n{BODY2}"
    assert_segments_valid(raw, cleaned)


def test_inner_space_runs_collapse() -> None:
    raw = "The council  approved the   budget ."
    cleaned = clean(raw)
    assert cleaned.text == "The council approved the budget."
    assert_segments_valid(raw, cleaned)


def test_space_fixes_leave_ellipses_decimals_and_quotes() -> None:
    raw = "Growth was .5 percent ... or so, he said . “Maybe more.”"
    cleaned = clean(raw)
    assert cleaned.text == "Growth was .5 percent ... or so, he said. “Maybe more.”"


def test_control_characters_removed_with_exact_offsets() -> None:
    raw = f"\ufeff{BODY[:10]}\x00\x07{BODY[10:]}\u200b\n\n{BODY2}"
    cleaned = clean(raw)
    assert cleaned.text == f"{BODY}\n\n{BODY2}"
    assert_segments_valid(raw, cleaned)
    assert raw[cleaned.to_raw(cleaned.text.index("approved")) :].startswith("approved")


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\n", "\x00", "\x00\x01\x02", "\r", "\u2028\u2029"])
def test_empty_inputs(raw: str) -> None:
    cleaned = clean(raw)
    assert cleaned.text == ""
    assert cleaned.segments == []
    assert cleaned.title is None
    assert cleaned.published_at is None


# A hang or a quadratic blow-up fails by the timeout; how fast cleaning is belongs in bench/ (the
# "clean" stage of `python -m bench.ingest`).
@pytest.mark.timeout(120)
def test_huge_inputs_clean_to_valid_segments() -> None:
    cases = [
        FURNISHED * 5_000,  # ~1.7 MB of page with furniture, repeated
        "word " * 400_000,  # one very long line
        "1 May 2024 " * 100_000 + "\n",  # date-like text everywhere
        "a  ." * 200_000,  # every space and stop rule firing
        "AP\n09:46\n" * 100_000,  # many short furniture lines
        "\x00 x" * 200_000,  # control characters throughout
    ]
    for raw in cases:
        assert_segments_valid(raw, clean(raw))


def test_repeated_page_keeps_one_copy() -> None:
    assert clean(FURNISHED * 3).text == clean(FURNISHED).text


# ---------------------------------------------------------------------------------------------
# Properties

FRAGMENTS = [
    BODY,
    BODY2,
    "Council approves budget",
    "Advertisement:",
    "date 2024-11-11",
    " date 2024-11-11 ADVERTISEMENT",
    "09:46",
    "Updated - May 3, 2024 10:15 am CET - Some City",
    "Minister resigns – Some Agency",
    "Photo: Some Agency",
    "Follow us!",
    "AP",
    "word .",
    '." .',
    "  ",
    "\t",
    "\x00",
    "\ufeff",
    "\r\n",
    "\n",
    "\n\n",
    "“quoted”",
    "ElectionsEuropeEconomy",
]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_cleans_to_valid_segments(raw: str) -> None:
    assert_segments_valid(raw, clean(raw))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=25).map("".join))
def test_page_like_text_cleans_to_valid_segments(raw: str) -> None:
    cleaned = clean(raw)
    assert_segments_valid(raw, cleaned)
    text = cleaned.text
    assert "\n\n\n" not in text and text == text.strip()
    assert all(line == line.rstrip() for line in text.split("\n"))
    for offset in range(0, len(cleaned.text), 7):
        assert 0 <= cleaned.to_raw(offset) <= len(raw)
    if cleaned.title is not None:
        assert cleaned.title == cleaned.title.strip()
        assert cleaned.title and "\n" not in cleaned.title


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("\n".join))
def test_cleaning_twice_changes_nothing(raw: str) -> None:
    once = clean(raw).text
    assert clean(once).text == once


def test_other_spaces_become_plain_ones_and_offsets_hold() -> None:
    # pages type no-break and thin spaces between a name's parts; the model reads a plain one only
    raw = "Peter\u00a0Jones met Alan\u2009Smith on Monday, the\u202fDaily Ledger reported."
    cleaned = clean(raw)
    assert cleaned.text == "Peter Jones met Alan Smith on Monday, the Daily Ledger reported."
    assert_segments_valid(raw, cleaned)


def test_a_no_break_space_keeps_a_name_whole() -> None:
    (prepared,) = prepare_many(
        [RawArticle(text="Peter\u00a0Jones met Alan\u00a0Smith in Paris on Monday.")], load()
    )
    assert {g.name for g in prepared.analysis.entities} >= {"Peter Jones", "Alan Smith"}
