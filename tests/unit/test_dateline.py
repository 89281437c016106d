"""Wire datelines: where the opening's dateline ends and which agency it credits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.pipeline.dateline import SENTENCE_CHARS, Dateline, dateline, opening_sentence, without_dateline
from service.pipeline.nlp import load


@pytest.mark.parametrize(
    ("text", "agency", "rest"),
    [
        ("HARBORTON, Dec 19 (Coastwire) - The hackers who", "Coastwire", "The hackers who"),
        ("NEW HARBORTON, Lakeland (Coastwire) — A man says", "Coastwire", "A man says"),
        ("EASTPORT/WESTPORT (Coastwire) - The leader is", "Coastwire", "The leader is"),
        ("KELLBY , Ostria, Dec. 1 (LNA) -- There are reports", "LNA", "There are reports"),
        ("KELLBY, Mo. (Channel 9 News/Coastwire) — A woman lost", "Channel 9 News/Coastwire", "A woman lost"),
        ("TAVRA (VNA)- The army has", "VNA", "The army has"),
        ("(Coastwire) -- A member of the band", "Coastwire", "A member of the band"),
        ("(KXYZ)- An audio recording", "KXYZ", "An audio recording"),
        ("(Harbor-News.com) On Monday several members", "Harbor-News.com", "On Monday several members"),
        ("KELLBY / Nana /--Vice president", "Nana", "Vice president"),
        ("HARBORTON — The ministry said", None, "The ministry said"),
        ("HARBORTON, Lakeland – The ministry said", None, "The ministry said"),
        ("HARBORTON, Jan 9 – Rumours spread", None, "Rumours spread"),
        ("EAST HARBORTON—Thousands marched", None, "Thousands marched"),
        ("(HARBORTON) In a decision", None, "In a decision"),
        ("(HARBORTON, LK) – In the boldest", None, "In the boldest"),
        ("(March 3, 2019) – Your order", None, "Your order"),
        ("(Updates with new figures) The toll rose", None, "The toll rose"),
        ("(Source) The mayor said", None, "The mayor said"),
    ],
)
def test_datelines_and_their_credits(text: str, agency: str | None, rest: str) -> None:
    found = dateline(text)
    assert found.agency == agency
    assert text[found.end :] == rest


@pytest.mark.parametrize(
    "text",
    [
        "The port closed on Monday.",
        "KXYZ-TV in Harborton is reporting that the port closed.",
        "ACME (the maker) said on Monday it would act.",
        "A local baker — who else? — says she won the prize twice.",
        "THE best bakery in town — everyone agrees — has closed.",
        "US officials said the port closed.",
        "HARBORTON —",
        "(Coastwire)",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline(text) == Dateline(end=0)
    assert without_dateline(text) == text


def test_leading_white_space_is_skipped() -> None:
    text = "\n  HARBORTON (Coastwire) - The port closed."
    assert dateline(text).agency == "Coastwire"
    assert without_dateline(text) == "The port closed."


@given(st.text(max_size=200))
def test_any_text_keeps_some_words_and_the_end_is_inside_it(text: str) -> None:
    found = dateline(text)
    assert 0 <= found.end <= len(text)
    assert without_dateline(text).strip() or not text.strip()


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The harbor closed on Monday.  Ships waited.", "The harbor closed on Monday."),
        (
            "HARBORTON, Sept. 5 (Coastwire) - The story on Sept. 5 was withdrawn. More.",
            "The story on Sept. 5 was withdrawn.",
        ),
        (
            "Officials in the U.S. said the port closed. Ships waited.",
            "Officials in the U.S. said the port closed.",
        ),
        ("Mr. Roe of Acme Inc. said so. Then he left.", "Mr. Roe of Acme Inc. said so."),
        ("It rose to 3.5 percent. Then it fell.", "It rose to 3.5 percent."),
        ("  no stop at all ", "no stop at all"),
        ("", None),
    ],
)
def test_the_opening_sentence_comes_after_the_dateline_and_past_abbreviations(
    text: str, first: str | None
) -> None:
    assert opening_sentence(text) == first


def test_an_opening_with_no_full_stop_is_cut() -> None:
    assert opening_sentence("word " * 200) == ("word " * 200)[:SENTENCE_CHARS]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ESKAROL, May 3 (CPA) - About 6,000 people marched.", "ESKAROL"),
        ("NEW HARBORTON — The mayor resigned.", "NEW HARBORTON"),
        ("EASTPORT/WESTPORT / Wire /-- Ferries stopped.", "EASTPORT/WESTPORT"),
        ("(Agency) -- A member of staff left.", None),
    ],
)
def test_the_place_a_dateline_names(text: str, place: str | None) -> None:
    found = dateline(text).place
    assert (text[found[0] : found[1]] if found else None) == place


def test_a_datelines_place_is_a_place_and_so_is_its_name_in_the_text() -> None:
    doc = load()(
        "ESKAROL, May 3 (CPA) - About 6,000 people took part in a protest in central Eskarol on Saturday."
    )
    assert [(e.text, e.label_) for e in doc.ents if e.text.lower() == "eskarol"] == [
        ("ESKAROL", "GPE"),
        ("Eskarol", "GPE"),
    ]
