"""Figures of one story meet with no event between them: two sources giving counts that cannot
both be true make a quantity report; one source raising its own count later makes none, and
shows as a revision where another source disagrees. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.integration

FIRE_LEDGER = {
    "text": "Kestrel Mill warehouse fire in Dunmore, Ohio\n\n"
    "A fire at the Kestrel Mill warehouse in Dunmore, Ohio, has left at least 40 people dead. "
    "The Kestrel Mill warehouse fire in Dunmore spread through the night before firefighters reached it.",
    "external_id": "qty-fire-ledger",
    "source": "Harbor Ledger",
    "published_at": "2024-05-10",
}
FIRE_TIMES = {
    "text": "Kestrel Mill warehouse fire in Dunmore, Ohio\n\n"
    "The death toll stands at 25 according to the Dunmore hospital. "
    "The Kestrel Mill warehouse fire in Dunmore spread through the night before firefighters reached it.",
    "external_id": "qty-fire-times",
    "source": "Valley Times",
    "published_at": "2024-05-10",
}
FLOOD_FIRST = {
    "text": "Orrin Valley floods\n\n"
    "Floods in the Orrin Valley have killed 12 people, according to the Orrin Valley Relief Agency. "
    "The Orrin Valley floods washed away bridges and farms along the Orrin river.",
    "external_id": "qty-flood-first",
    "source": "Valley Times",
    "published_at": "2024-06-01",
}
FLOOD_LATER = {
    "text": "Orrin Valley floods\n\n"
    "Floods in the Orrin Valley have killed 19 people, according to the Orrin Valley Relief Agency. "
    "The Orrin Valley floods washed away bridges and farms along the Orrin river.",
    "external_id": "qty-flood-later",
    "source": "Valley Times",
    "published_at": "2024-06-02",
}
FLOOD_OTHER = {
    "text": "Orrin Valley floods\n\n"
    "The death toll stands at 60 according to the Orrin Valley Red Cross. "
    "The Orrin Valley floods washed away bridges and farms along the Orrin river.",
    "external_id": "qty-flood-other",
    "source": "Harbor Ledger",
    "published_at": "2024-06-02",
}


async def quantity_reports(client: Any) -> list[dict[str, Any]]:
    response = await client.get("/v1/conflicts", params={"kind": "quantity", "limit": 100})
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def test_two_sources_disagreeing_on_a_toll_in_one_story(client: Any) -> None:
    ledger = (await client.post("/v1/articles", json=FIRE_LEDGER)).json()
    times = (await client.post("/v1/articles", json=FIRE_TIMES)).json()
    assert ledger["story_id"] == times["story_id"]
    (one,) = await quantity_reports(client)
    assert one["event"] is None
    assert [s["position"] for s in one["sides"]] == ["25", "at least 40"]
    assert [[x["name"] for x in s["sources"]] for s in one["sides"]] == [
        ["the Dunmore hospital"],
        ["Harbor Ledger"],
    ]
    assert [[e["article_id"] for e in s["evidence"]] for s in one["sides"]] == [[times["id"]], [ledger["id"]]]
    assert "Dunmore" in {e["name"] for e in one["entities"]}
    assert one["summary"].startswith("Sources disagree on the number of dead: 25 (the Dunmore hospital)")
    assert one["story_ids"] == [ledger["story_id"]]
    story = (await client.get(f"/v1/stories/{ledger['story_id']}")).json()
    assert one["id"] in story["conflict_ids"]
    # Sending an article again changes nothing.
    assert (await client.post("/v1/articles", json=FIRE_TIMES)).status_code == 200
    assert [r["id"] for r in await quantity_reports(client)] == [one["id"]]


async def test_a_source_raising_its_own_toll_later_is_an_update(client: Any) -> None:
    first = (await client.post("/v1/articles", json=FLOOD_FIRST)).json()
    later = (await client.post("/v1/articles", json=FLOOD_LATER)).json()
    assert first["story_id"] == later["story_id"]
    assert await quantity_reports(client) == []
    # Another source's count of the same day that cannot be true beside it: a report, on which
    # the first source's earlier count shows as its revision.
    other = (await client.post("/v1/articles", json=FLOOD_OTHER)).json()
    assert other["story_id"] == first["story_id"]
    (one,) = await quantity_reports(client)
    assert [s["position"] for s in one["sides"]] == ["19", "60"]
    agency = one["sides"][0]
    assert [(r["figure"], r["article_id"]) for r in agency["revisions"]] == [("12", first["id"])]
    assert agency["sources"][0]["name"] == agency["revisions"][0]["source"]["name"]
    assert "revised from 12" in one["summary"]
    assert one["sides"][1]["revisions"] == []


MARCH_FIRST = {
    "text": "Pension march in Lindau\n\n"
    "About 120,000 people marched through Lindau on Saturday against the pension reform, the organisers said. "
    "The Lindau pension march ended peacefully at the town hall.",
    "external_id": "qty-march-first",
    "source": "Metro News",
    "published_at": "2024-05-04",
}
MARCH_LATER = {
    "text": "Pension march in Lindau\n\n"
    "Police said 25,000 people took part in Saturday's march against the pension reform in Lindau, "
    "while unions said the crowd was more than 100,000. "
    "The Lindau pension march ended peacefully at the town hall.",
    "external_id": "qty-march-later",
    "source": "National Courier",
    "published_at": "2024-05-05",
}


async def test_a_rival_speakers_figure_inside_a_report_is_that_speakers(client: Any) -> None:
    # "police said 25,000 ..., while unions said more than 100,000": the unions' figure is
    # theirs, not a second police figure that would revise the first one away.
    first = (await client.post("/v1/articles", json=MARCH_FIRST)).json()
    later = (await client.post("/v1/articles", json=MARCH_LATER)).json()
    assert first["story_id"] == later["story_id"]
    (one,) = await quantity_reports(client)
    assert [s["position"] for s in one["sides"]] == ["25,000", "more than 100,000 / About 120,000"]
    assert [sorted(x["name"] for x in s["sources"]) for s in one["sides"]] == [
        ["Police"],
        ["the organisers", "unions"],
    ]


SALE_SELLER = {
    "text": "Marlo Group has sold its brewery unit to Tenby Holdings for 300 million euros, the company said on"
    " Monday. The brewery unit employs 900 people in Marlo.",
    "external_id": "qty-sale-seller",
    "source": "Deal Times",
    "published_at": "2026-08-17",
}
SALE_BUYER = {
    "text": "Marlo Group sold its brewery unit to Tenby Holdings for 250 million euros, Tenby Holdings said in"
    " a statement on Monday. The brewery unit employs 900 people in Marlo.",
    "external_id": "qty-sale-buyer",
    "source": "Trade Journal",
    "published_at": "2026-08-17",
}


JOBS_UNION = {
    "text": "The chipmaker Verlo will cut 2,000 jobs at its plants in Amsby, the union IG Chips said on Monday.",
    "external_id": "qty-jobs-union",
    "source": "Industry Wire",
    "published_at": "2026-03-02",
}
JOBS_COMPANY = {
    "text": "Verlo said on Monday that 600 jobs would be cut at its plants in Amsby, fewer than the union had claimed.",
    "external_id": "qty-jobs-company",
    "source": "Amsby Post",
    "published_at": "2026-03-02",
}


@pytest.mark.parametrize(
    ("first", "second", "counted", "positions"),
    [
        # two prices for one sale, in one currency
        (SALE_SELLER, SALE_BUYER, "the price", ["250 million euros", "300 million euros"]),
        # two counts of the jobs a plan cuts, given in the future
        (JOBS_UNION, JOBS_COMPANY, "the number of jobs cut", ["2,000", "600"]),
    ],
)
async def test_two_sources_counts_of_one_thing_are_a_report(
    client: Any, first: dict[str, str], second: dict[str, str], counted: str, positions: list[str]
) -> None:
    one_story = {
        (await client.post("/v1/articles", json=body)).json()["story_id"] for body in (first, second)
    }
    assert len(one_story) == 1
    (one,) = await quantity_reports(client)
    assert one["summary"].startswith(f"Sources disagree on {counted}: ")
    assert sorted(s["position"] for s in one["sides"]) == positions


MARSH_MONDAY = {
    "text": "Tarrow Marsh floods\n\n"
    "Floods in the Tarrow Marsh have killed six people, according to the Tarrow Marsh Relief Agency. "
    "The Tarrow Marsh floods cut off villages along the Tarrow river.",
    "external_id": "qty-marsh-monday",
    "source": "Valley Times",
    "published_at": "2024-06-03",
}
MARSH_THURSDAY = {
    "text": "Tarrow Marsh floods\n\n"
    "Floods in the Tarrow Marsh have killed 17 people, according to the Tarrow Marsh Relief Agency. "
    "The toll stood at six on Monday. The Tarrow Marsh floods cut off villages along the Tarrow river.",
    "external_id": "qty-marsh-thursday",
    "source": "Harbor Ledger",
    "published_at": "2024-06-06",
}


async def test_a_toll_an_article_recalls_from_earlier_in_the_week_stands_at_that_day(client: Any) -> None:
    # "The toll stood at six on Monday", told on Thursday beside Thursday's 17, is Monday's count.
    first = (await client.post("/v1/articles", json=MARSH_MONDAY)).json()
    later = (await client.post("/v1/articles", json=MARSH_THURSDAY)).json()
    assert first["story_id"] == later["story_id"]
    assert await quantity_reports(client) == []
