"""End-to-end seed checks of cleaning: each seed page POSTed as it was scraped, and its stored text,
title and date read back as the analyst reads them. The rules themselves are tested one at a time
on generic pages in tests/unit/test_clean.py."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import SEEDS

pytestmark = pytest.mark.integration

S000 = "000_dd1109191da98998.txt"
S001 = "001_3a07ea96e75dbcee.txt"
S002 = "002_486cb53e87b2946b.txt"
S003 = "003_1f50a7ff4d521347.txt"
S004 = "004_d8e15501e1bf4429.txt"
ALL_SEEDS = [S000, S001, S002, S003, S004]


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


async def stored(client: Any, name: str, raw: str | None = None) -> dict[str, Any]:
    """The article the service stores for a seed page (or a variant of it)."""
    response = await client.post("/v1/articles", json={"text": raw or seed(name), "external_id": name})
    assert response.status_code == 201, response.text
    article: dict[str, Any] = response.json()
    return article


@pytest.mark.parametrize(
    ("name", "published", "title"),
    [
        (S000, "2024-11-11", None),
        (S001, "2024-11-11", "Kremlin denies Putin and Trump spoke on phone"),
        (S002, "2024-11-11", 'Kremlin denies reports of Putin-Trump phone call, calling them "pure fiction"'),
        (
            S003,
            None,
            "Kremlin Denies Alleged Trump And Putin Phone Call Amid Rising Speculations Over Ukraine Conflict",
        ),
        # The first line of 004 is the lead paragraph, so no line above the body reads as a title.
        (S004, "2024-11-11", None),
    ],
)
async def test_seed_date_and_title(client: Any, name: str, published: str | None, title: str | None) -> None:
    article = await stored(client, name)
    assert article["published_at"] == published
    assert article["published_at_inferred"] is False
    assert article["title"] == title
    if title is not None:
        # Kept once, as the first paragraph, apart from the first sentence.
        assert paragraphs(article["text"])[0] == title
        assert article["text"].count(title) == 1


@pytest.mark.parametrize("name", ALL_SEEDS)
async def test_seed_text_is_normalised(client: Any, name: str) -> None:
    text = (await stored(client, name))["text"]
    assert text
    assert "\n\n\n" not in text
    assert text == text.strip()
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert "date 2024" not in text


async def test_000_keeps_the_whole_article(client: Any) -> None:
    text = (await stored(client, S000))["text"]
    assert text.startswith("The Kremlin has denied reports that US President-elect Donald Trump")
    assert text.endswith("Vance said on the Shawn Ryan Show podcast in September.")
    assert "Attention! Danger of missiles throughout Ukraine!" in text
    # "each other ." lost the space before its full stop, and nothing else changed.
    assert "drone attacks against each other.\n\n" in text
    assert "other ." not in text
    # Every raw paragraph but the date header, one for one.
    assert len(paragraphs(text)) == sum(1 for line in seed(S000).splitlines() if line.strip()) - 1


async def test_001_furniture_dropped_and_standfirst_not_repeated(client: Any) -> None:
    text = (await stored(client, S001))["text"]
    lines = text.split("\n")
    for furniture in (
        "ADVERTISEMENT",
        "Updated -",
        "IST",
        "Photo Credit",
        "Russia’s President Vladimir Putin |",
    ):
        assert furniture not in text
    assert "AFP" not in lines
    # The standfirst repeats a body sentence: the sentence stays, in its place in the body.
    assert text.count("denying any phone call took place") == 1
    assert 'was "simply false information", denying any phone call took place.' in text
    assert text.split("\n\n")[1].startswith("The Kremlin on Monday denied a U.S. media report")
    assert text.endswith("would only embolden the Kremlin and lead to more aggression, he said.")


async def test_002_page_furniture_and_other_headlines_dropped(client: Any) -> None:
    text = (await stored(client, S002))["text"]
    for furniture in (
        "All Sections",
        "Укр",
        "Eng",
        "Support Us",
        "Support UP",
        "patron",
        "Follow us on Instagram",
        "POHORILOV",
        "11:30",
        "Stock photo",
        "Getty Images",
        "Advertisement",
        "TrumpPutinRussiaUSA",
        "All News",
        "RECENT NEWS",
        "09:46",
        "– Bild",
        "– media",
        "Sky News",
    ):
        assert furniture not in text, furniture
    # The analyst's list: other stories' headlines must not reach the entity extractor.
    for name in ("Macron", "Erdogan", "Scholz", "Le Figaro", "Bild"):
        assert name not in text, name
    for headline in (
        "Germany to transfer 4,000 mini-Taurus drones",
        "Russian troops to focus on capturing",
        "Trump's son calls those responsible",
        "Russia loses 1,560 soldiers",
    ):
        assert headline not in text, headline
    assert text.count("Kremlin denies reports of Putin-Trump phone call") == 1
    # The article itself, attribution lines included.
    assert "Source: Kremlin-aligned Russian news agency RIA Novosti" in text
    assert "on Thursday, 7 October, as reported by the Washington Post" in text
    assert '"There was no conversation."' in text
    assert text.endswith("This was the first phone conversation between them since Trump won the election.")


async def test_003_headings_kept_as_paragraphs(client: Any) -> None:
    text = (await stored(client, S003))["text"]
    parts = paragraphs(text)
    assert "Kremlin’s Response to “False Information”" in parts
    assert "Conflicting Demands from Putin and Zelensky" in parts
    assert "“completely false.”" in text  # curly quotes untouched
    assert text.endswith("amidst the ongoing Ukraine-Russia conflict.")


async def test_004_text_after_the_date_header_is_kept(client: Any) -> None:
    text = (await stored(client, S004))["text"]
    assert text.startswith("The Kremlin has denied reports that US President-elect Donald Trump has spoken")
    assert "\n\nTrump did not have a phone conversation with Putin\n\n" in text
    # `publications." .`: the stray full stop after a closed sentence goes.
    assert 'respectable publications."\n\n' in text
    assert '." .' not in text
    assert text.endswith("Trump and his team are ardent patriots of America.")


@pytest.mark.parametrize("name", [S001, S002])  # an update line (001), a byline with a time (002)
async def test_date_inferred_without_the_date_header(client: Any, name: str) -> None:
    article = await stored(client, name, seed(name).replace(" date 2024-11-11 ", "", 1))
    assert article["published_at"] == "2024-11-11"
    assert article["published_at_inferred"] is True
