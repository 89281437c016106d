"""Dates across a story's articles: two outlets writing different days for one ceasefire are a
date report; the same day is none. A story's report shown on an event outlives that event's own
re-decision. Names are invented."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.db import connect
from service.domain import ConflictDraft, DateInfo, Evidence, Side, Source
from service.store import conflicts as conflict_store
from service.store import timeline as timeline_store

pytestmark = pytest.mark.integration

EARLY = (
    "A ceasefire between the Vessian army and the Free Coast militia took effect on Tuesday, 3 March, "
    "after talks in Kell mediated by the Harbour Council, both sides said. The Free Coast militia "
    "said its fighters would stay in their positions around Kell."
)
LATE = (
    "The ceasefire between the Vessian army and the Free Coast militia, which came into force on "
    "Thursday, 5 March, appeared fragile on Friday around Kell, with the Free Coast militia and the "
    "army accusing each other of violations."
)
SAME_DAY = (
    "The ceasefire between the Vessian army and the Free Coast militia, which took effect on 3 March, "
    "held around Kell on Friday, the Free Coast militia said."
)


async def _post(client: Any, text: str, source: str, external_id: str) -> str:
    created = await client.post(
        "/v1/articles",
        json={"text": text, "published_at": "2026-03-06", "source": source, "external_id": external_id},
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def _date_reports(client: Any, article_id: str) -> list[dict[str, Any]]:
    article = (await client.get(f"/v1/articles/{article_id}")).json()
    found = (await client.get("/v1/conflicts", params={"story_id": article["story_id"]})).json()["items"]
    return [r for r in found if r["kind"] == "date"]


async def test_two_outlets_giving_a_ceasefire_two_days_are_a_date_report(client: Any) -> None:
    first = await _post(client, EARLY, "Harbour Times", "truce-1")
    second = await _post(client, LATE, "Daily Standard", "truce-2")
    [report] = await _date_reports(client, second)
    assert "ceasefire" in report["summary"]
    positions = {s["position"]: [x["name"] for x in s["sources"]] for s in report["sides"]}
    assert positions == {"2026-03-03": ["Harbour Times"], "2026-03-05": ["Daily Standard"]}
    cited = {e["article_id"] for s in report["sides"] for e in s["evidence"]}
    assert cited == {first, second}
    quotes = {e["quote"] for s in report["sides"] for e in s["evidence"]}
    assert quotes == {"Tuesday, 3 March", "Thursday, 5 March"}
    # Re-ingesting changes nothing; a third outlet for the 3rd joins that side.
    again = await client.post("/v1/articles", json={"text": LATE, "published_at": "2026-03-06"})
    assert again.status_code == 200
    third = await _post(client, SAME_DAY, "Evening Post", "truce-3")
    [updated] = await _date_reports(client, third)
    assert updated["id"] == report["id"]
    assert updated["sides"][0]["position"] == "2026-03-03"
    assert [x["name"] for x in updated["sides"][0]["sources"]] == ["Evening Post", "Harbour Times"]


async def test_outlets_agreeing_on_the_day_raise_no_date_report(client: Any) -> None:
    await _post(client, EARLY, "Harbour Times", "truce-same-1")
    second = await _post(client, SAME_DAY, "Evening Post", "truce-same-2")
    assert await _date_reports(client, second) == []


DIED_THURSDAY = (
    "The painter Rina Dalvo died on Thursday at her home in Ostby, her gallery said on Friday. "
    "Dalvo, who painted the Ostby coast for six decades, was 81."
)
DIED_SATURDAY = (
    "The painter Rina Dalvo died on Saturday at her home in Ostby, her family said. "
    "Dalvo painted the Ostby coast for six decades and was 81."
)


async def test_two_weekdays_for_one_death_on_one_publication_day_are_a_date_report(client: Any) -> None:
    # Both written on the 6th (a Friday): "Thursday" is the 5th, "Saturday" the 28th of February.
    first = await _post(client, DIED_THURSDAY, "Arts Weekly", "death-1")
    second = await _post(client, DIED_SATURDAY, "Ostby News", "death-2")
    [report] = await _date_reports(client, second)
    positions = {s["position"]: [x["name"] for x in s["sources"]] for s in report["sides"]}
    assert positions == {"2026-03-05": ["Arts Weekly"], "2026-02-28": ["Ostby News"]}
    assert {e["article_id"] for s in report["sides"] for e in s["evidence"]} == {first, second}


DIED_YESTERDAY = (
    "The sculptor Oren Vask died on Saturday at his studio in Ostby, his family said. "
    "Vask, who carved the harbour gates of Ostby, was 88."
)
DIED_ON_THE_FIFTH = (
    "The sculptor Oren Vask died on Friday, 6 March, at his studio in Ostby, the city council said. "
    "Vask carved the harbour gates of Ostby and was 88."
)


async def test_a_weekday_naming_the_day_before_publication_disputes_a_written_day(client: Any) -> None:
    # "died on Saturday" in Sunday's paper (the 8th) is the 7th; another outlet, two days later,
    # writes the 6th out.
    async def post(text: str, source: str, external_id: str, published: str) -> str:
        body = {"text": text, "published_at": published, "source": source, "external_id": external_id}
        created = await client.post("/v1/articles", json=body)
        assert created.status_code == 201, created.text
        return str(created.json()["id"])

    first = await post(DIED_YESTERDAY, "Ostby News", "vask-1", "2026-03-08")
    second = await post(DIED_ON_THE_FIFTH, "Arts Weekly", "vask-2", "2026-03-10")
    [report] = await _date_reports(client, second)
    positions = {s["position"]: [x["name"] for x in s["sources"]] for s in report["sides"]}
    assert positions == {"2026-03-07": ["Ostby News"], "2026-03-06": ["Arts Weekly"]}
    assert {e["article_id"] for s in report["sides"] for e in s["evidence"]} == {first, second}


def _day(value: str) -> DateInfo:
    d = date.fromisoformat(value)
    return DateInfo(value=value, granularity="day", start=d, end=d)


async def test_a_storys_report_on_an_event_outlives_the_events_own_redecision(database_url: str) -> None:
    async with connect(database_url) as conn:
        event = await timeline_store.create(conn, "sign", "agreement", _day("2026-03-03"), "signing")
        article = await conn.fetchval(
            "INSERT INTO articles (content_hash, raw_text, text, word_count) VALUES ('h-scope', 'x', 'x', 1) RETURNING id::text"
        )
        side = Side(
            position="happened",
            stance="asserts",
            sources=[Source(name="Harbour Times")],
            evidence=[Evidence(article_id=article, quote="q", sentence="s")],
        )

        def draft(key: str) -> ConflictDraft:
            return ConflictDraft(
                key=key,
                kind="existence",
                event_id=event,
                summary=key,
                sides=[side],
                entity_ids=[],
                article_ids=[article],
            )

        scoped = await conflict_store.upsert(conn, draft("existence:story:s-1:c-1"), scope_id=article)
        own = await conflict_store.upsert(conn, draft("existence:event-own"))
        # The event's claims no longer raise its own report: that one goes, the story's stays.
        await conflict_store.remove_stale(conn, event, [])
        kept = await conn.fetch("SELECT id::text AS id FROM conflicts WHERE event_id = $1::uuid", event)
        assert [r["id"] for r in kept] == [scoped] and own != scoped


WEDDING_EARLY = (
    "Singer Marisa Quenby and actor Dorian Ashcombe were married on Saturday 14 February in a private "
    "ceremony at a vineyard near Almsby, the couple's publicist said."
)
WEDDING_LATE = (
    "Singer Marisa Quenby and actor Dorian Ashcombe were married on 21 February at a vineyard near "
    "Almsby, according to two guests and the local marriage register."
)


async def test_one_wedding_told_on_two_days_is_a_date_report_on_one_event(client: Any) -> None:
    # A couple marries once: a second day a week later is the same wedding, dated two ways.
    first = await _post(client, WEDDING_EARLY, "Lantern Review", "wedding-1")
    second = await _post(client, WEDDING_LATE, "Brightwater Bulletin", "wedding-2")
    [report] = [r for r in await _date_reports(client, second) if "wedding" in r["summary"]]
    assert {s["position"] for s in report["sides"]} == {"2026-02-14", "2026-02-21"}
    assert {e["article_id"] for s in report["sides"] for e in s["evidence"]} == {first, second}
