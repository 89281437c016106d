"""Stories over HTTP against a real PostgreSQL: assignment at ingest, near-duplicates, merges."""

from __future__ import annotations

from typing import Any

import asyncpg
import pytest

from service.db import create_pool
from service.ingest import stories as story_assignment
from service.store import stories as story_store
from tests.conftest import SEEDS

pytestmark = pytest.mark.integration

# Invented people and places: two leaders who talk more than once, and other news about them.
CALL_MARCH = [
    (
        "Varga and Berg discuss tariffs in phone call",
        "2024-03-04",
        "Norland President Anna Varga and Ostland Prime Minister Tomas Berg spoke by phone on Monday "
        "about the tariffs on steel and timber that both governments raised last year. Varga's office "
        "said the two leaders agreed to set up a working group on the steel tariffs. Berg told "
        "reporters in Ostbury that the call was frank and that timber exports would be discussed again.",
    ),
    (
        "Leaders of Norland and Ostland talk steel tariffs",
        "2024-03-05",
        "The phone call between Anna Varga and Tomas Berg focused on steel and timber tariffs, "
        "officials in both capitals said. A working group on the tariffs will meet within weeks, "
        "according to Varga's spokesman. Timber exporters in Ostland welcomed the call, saying the "
        "tariffs had cost them orders.",
    ),
]
CALL_APRIL = (
    "Varga and Berg speak again, this time on fishing quotas",
    "2024-04-08",
    "Anna Varga and Tomas Berg held a second phone call on Monday, a month after their first, this time "
    "about fishing quotas in the northern sea. Berg said Ostland's fishing fleet needed larger quotas "
    "for cod and herring, while Varga proposed a joint survey of the fish stocks before any change.",
)
INTERVIEW = (
    "Varga says pensions will rise next year",
    "2024-03-05",
    "In an interview with the Norland Herald, President Anna Varga said state pensions would rise by "
    "four percent next year and that hospital waiting lists were her first priority. Varga also said "
    "she would not seek changes to the constitution. Asked about Tomas Berg, she said relations were good.",
)
UNRELATED_WAR = (
    "Drones strike power plants overnight",
    "2024-11-11",
    "Drones struck two power plants in the eastern region overnight, cutting electricity to thousands "
    "of homes, the regional governor said on Monday. Repair crews restored power to most districts by "
    "the afternoon. The air force said it shot down most of the drones launched in the attack.",
)

# A death hoax written from one template, told of two invented singers; then a second outlet's
# report on the first hoax, which names that singer.
HOAX_TEMPLATE = (
    "News of singer {name}'s death spread quickly earlier this week, causing concern among fans "
    "across the world. However, the report has now been confirmed as a complete hoax. {surname}, "
    "who is alive and well, is the latest in a long line of celebrities to be the subject of a fake "
    "death report. The rumour started on a page that shared a fake news story, and thousands of fans "
    "wrote messages of sorrow before {surname}'s publicist said the singer was fine."
)
HOAX_A = HOAX_TEMPLATE.format(name="Rowan Achterberg", surname="Achterberg")
HOAX_B = HOAX_TEMPLATE.format(name="Lisette Vambrough", surname="Vambrough")
HOAX_A_AGAIN = (
    "Rowan Achterberg is alive, the singer's publicist said on Thursday, after a fake report of "
    "Achterberg's death spread among fans this week. The hoax began on a page that shares fake news "
    "stories, and many fans believed it before the publicist told them the singer was well."
)


def article(title: str, day: str, text: str, n: int) -> dict[str, Any]:
    return {
        "text": text,
        "title": title,
        "published_at": day,
        "external_id": f"story-test-{n}",
        "source": f"Outlet {n}",
    }


async def post(client: Any, body: dict[str, Any]) -> dict[str, Any]:
    response = await client.post("/v1/articles", json=body)
    assert response.status_code in (200, 201), response.text
    return response.json()


async def test_the_seeds_form_one_story_and_unrelated_war_news_stays_apart(client: Any) -> None:
    seeds = []
    for path in sorted(SEEDS.glob("*.txt")):
        seeds.append(await post(client, {"text": path.read_text(), "external_id": path.name}))
    war = await post(client, article(*UNRELATED_WAR, n=1))
    story_ids = {a["story_id"] for a in seeds}
    assert len(story_ids) == 1 and None not in story_ids
    assert war["story_id"] not in story_ids

    (story_id,) = story_ids
    detail = (await client.get(f"/v1/stories/{story_id}")).json()
    assert detail["article_count"] == 5
    assert sorted(a["id"] for a in detail["articles"]) == sorted(a["id"] for a in seeds)
    assert detail["first_published"] == "2024-11-11"
    assert detail["title"] and detail["summary"].startswith("5 articles")
    assert detail["entities"] and detail["event_ids"]

    listed = (await client.get("/v1/stories")).json()
    assert [s["id"] for s in listed["items"]] == [war["story_id"], story_id]  # newest activity first
    page = (await client.get("/v1/stories?limit=1")).json()
    assert len(page["items"]) == 1 and page["next_cursor"]
    rest = (await client.get(f"/v1/stories?limit=1&cursor={page['next_cursor']}")).json()
    assert [s["id"] for s in rest["items"]] == [story_id] and rest["next_cursor"] is None
    in_story = (await client.get(f"/v1/articles?story_id={story_id}")).json()["items"]
    assert sorted(a["id"] for a in in_story) == sorted(a["id"] for a in seeds)
    person = detail["entities"][0]["id"]
    assert [s["id"] for s in (await client.get(f"/v1/stories?entity_id={person}")).json()["items"]] == [
        story_id
    ]
    assert (await client.get("/v1/stories?from=2024-11-12")).json()["items"] == []
    assert [s["id"] for s in (await client.get("/v1/stories?q=power%20plants")).json()["items"]] == [
        war["story_id"]
    ]


async def test_coverage_of_the_same_people_on_different_developments_stays_apart(client: Any) -> None:
    march = [await post(client, article(*a, n=i)) for i, a in enumerate(CALL_MARCH)]
    april = await post(client, article(*CALL_APRIL, n=10))
    interview = await post(client, article(*INTERVIEW, n=11))
    assert march[0]["story_id"] == march[1]["story_id"]
    assert april["story_id"] != march[0]["story_id"]
    assert interview["story_id"] not in {march[0]["story_id"], april["story_id"]}
    detail = (await client.get(f"/v1/stories/{march[0]['story_id']}")).json()
    assert detail["outlets"] == ["Outlet 0", "Outlet 1"]
    assert detail["summary"].startswith("2 articles from 2 outlets from 2024-03-04 to 2024-03-05")


async def test_one_template_told_of_two_people_is_two_stories(client: Any) -> None:
    first = await post(client, {"text": HOAX_A, "external_id": "hoax-a"})
    second = await post(client, {"text": HOAX_B, "external_id": "hoax-b"})
    again = await post(client, {"text": HOAX_A_AGAIN, "external_id": "hoax-a-again"})
    assert second["story_id"] != first["story_id"]
    assert again["story_id"] == first["story_id"]


async def test_resending_a_stored_article_changes_no_story(client: Any, database_url: str) -> None:
    first = [await post(client, article(*a, n=i)) for i, a in enumerate(CALL_MARCH)]

    async def snapshot() -> tuple[Any, ...]:
        conn = await asyncpg.connect(database_url)
        try:
            stories = await conn.fetch(
                "SELECT id, activity, article_count, weights::text FROM stories ORDER BY id"
            )
            df = await conn.fetch("SELECT term, df FROM term_df ORDER BY term")
            documents = await conn.fetchval("SELECT documents FROM term_corpus")
            return tuple(map(tuple, stories)), tuple(map(tuple, df)), documents
        finally:
            await conn.close()

    before = await snapshot()
    again = await client.post("/v1/articles", json=article(*CALL_MARCH[0], n=0))
    assert again.status_code == 200
    assert again.json()["story_id"] == first[0]["story_id"]
    assert await snapshot() == before


async def test_a_republished_copy_is_marked_a_near_duplicate_in_the_same_story(client: Any) -> None:
    original = await post(client, article(*CALL_MARCH[0], n=0))
    title, day, text = CALL_MARCH[0]
    copy = await post(
        client,
        {
            **article(title, day, text.replace("frank", "frank and useful"), n=5),
            "published_at": "2024-03-06",
        },
    )
    assert copy["id"] != original["id"]
    assert copy["near_duplicate_of"] == original["id"]
    assert copy["story_id"] == original["story_id"]
    detail = (await client.get(f"/v1/stories/{original['story_id']}")).json()
    marked = {a["id"]: a["near_duplicate_of"] for a in detail["articles"]}
    assert marked == {original["id"]: None, copy["id"]: original["id"]}


async def background(client: Any) -> None:
    """Other coverage first, so the corpus's word frequencies mean something."""
    await post(client, article(*CALL_APRIL, n=10))
    await post(client, article(*INTERVIEW, n=11))


async def test_a_merge_keeps_every_article_and_answers_the_old_id(client: Any, database_url: str) -> None:
    await background(client)
    march = await post(client, article(*CALL_MARCH[0], n=0))
    interview = await post(client, article(*UNRELATED_WAR, n=20))
    kept, merged = march["story_id"], interview["story_id"]
    assert kept != merged
    conn = await asyncpg.connect(database_url)
    try:
        async with conn.transaction():
            await story_store.merge(conn, kept, [merged])
    finally:
        await conn.close()
    old = await client.get(f"/v1/stories/{merged}")
    assert old.status_code == 200
    assert old.json()["id"] == kept
    assert sorted(a["id"] for a in old.json()["articles"]) == sorted([march["id"], interview["id"]])
    assert (await client.get(f"/v1/articles/{interview['id']}")).json()["story_id"] == kept
    assert kept in [s["id"] for s in (await client.get("/v1/stories")).json()["items"]]
    assert merged not in [s["id"] for s in (await client.get("/v1/stories")).json()["items"]]
    by_old_id = (await client.get(f"/v1/articles?story_id={merged}")).json()["items"]
    assert len(by_old_id) == 2


async def test_an_article_that_bridges_two_stories_merges_them(client: Any) -> None:
    """Two reports ten days apart are two stories until a report between them covers both."""
    await background(client)
    (t0, _, x0), (t1, _, x1) = CALL_MARCH
    left = await post(client, article(t0, "2024-03-04", x0, n=0))
    right = await post(client, article(t1, "2024-03-14", x1, n=1))
    assert left["story_id"] != right["story_id"]
    bridge = await post(client, article("The tariff talks so far", "2024-03-09", x0 + " " + x1, n=12))
    story = (await client.get(f"/v1/stories/{bridge['story_id']}")).json()
    assert story["article_count"] == 3
    assert sorted(a["id"] for a in story["articles"]) == sorted([left["id"], right["id"], bridge["id"]])
    assert (story["first_published"], story["last_published"]) == ("2024-03-04", "2024-03-14")
    for old in (left["story_id"], right["story_id"]):
        assert (await client.get(f"/v1/stories/{old}")).json()["id"] == story["id"]
    assert len((await client.get("/v1/stories")).json()["items"]) == 3  # with the background's two


async def test_bad_story_ids_are_problems(client: Any) -> None:
    missing = await client.get("/v1/stories/00000000-0000-0000-0000-000000000000")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert (await client.get("/v1/stories/not-an-id")).status_code == 404
    assert (await client.get("/v1/stories?entity_id=nope")).status_code == 400
    assert (await client.get("/v1/articles?story_id=nope")).status_code == 400
    assert (await client.get("/v1/timeline?story_id=nope")).status_code == 400
    assert (await client.get("/v1/conflicts?story_id=nope")).status_code == 400
    assert (await client.get("/v1/stories?from=2024-02-01&to=2024-01-01")).status_code == 400
    assert (await client.get("/v1/stories?cursor=garbage")).status_code == 400


async def test_the_backfill_places_articles_stored_before_stories(client: Any, database_url: str) -> None:
    march = [await post(client, article(*a, n=i)) for i, a in enumerate(CALL_MARCH)]
    april = await post(client, article(*CALL_APRIL, n=10))
    pool = await create_pool(database_url)
    try:
        async with pool.acquire() as conn:
            # As a database migrated from before revision 0010 holds them: no story anywhere.
            await conn.execute(
                "UPDATE articles SET story_id = NULL, near_duplicate_of = NULL, signature = NULL"
            )
            await conn.execute("DELETE FROM article_bands; DELETE FROM stories; DELETE FROM term_df")
            await conn.execute("UPDATE term_corpus SET documents = 0")
        assert await story_assignment.backfill(pool) == 3
        assert await story_assignment.backfill(pool) == 0  # nothing left to place
    finally:
        await pool.close()
    placed = {a["id"]: a["story_id"] for a in (await client.get("/v1/articles")).json()["items"]}
    assert None not in placed.values()
    assert placed[march[0]["id"]] == placed[march[1]["id"]] != placed[april["id"]]
    story = (await client.get(f"/v1/stories/{placed[march[0]['id']]}")).json()
    assert story["article_count"] == 2 and story["title"]
