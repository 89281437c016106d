"""Entities, timeline, conflicts and /v1/analyze over HTTP, on the five seed articles."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.integration
# The analyst's reading of the seed articles: their entities, spellings, and what is no person.
GOLD = json.loads((ROOT / "tests" / "data" / "seeds_gold.json").read_text(encoding="utf-8"))


async def ingest_seeds(client: Any) -> dict[str, str]:
    items = [{"text": p.read_text(), "external_id": p.name} for p in sorted(SEEDS.glob("*.txt"))]
    response = await client.post("/v1/articles/batch", json={"articles": items})
    assert response.status_code == 200, response.text
    results = response.json()["items"]
    assert all(r["status"] in {"created", "duplicate"} for r in results)
    return {item["external_id"]: r["article_id"] for item, r in zip(items, results, strict=True)}


async def everything(client: Any, path: str, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(50):
        page = (
            await client.get(path, params={**params, "limit": 200, **({"cursor": cursor} if cursor else {})})
        ).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items
    raise AssertionError("pagination did not end")


async def find_entity(client: Any, query: str, type_: str | None = None) -> dict[str, Any]:
    params = {"q": query, **({"type": type_} if type_ else {})}
    items = (await client.get("/v1/entities", params=params)).json()["items"]
    assert items, f"nothing found for {query!r}"
    return items[0]


@pytest.fixture
async def seeded(client: Any) -> dict[str, str]:
    return await ingest_seeds(client)


async def test_one_entity_per_person_whatever_the_spelling(client: Any, seeded: dict[str, str]) -> None:
    ids = {
        (await find_entity(client, q, "PERSON"))["id"] for q in ("Peskov", "Dmitry Peskov", "Dmytro Peskov")
    }
    assert len(ids) == 1
    peskov = await find_entity(client, "dmytro peskov")
    assert peskov["article_count"] == 5
    assert {"Dmitry Peskov", "Dmytro Peskov"} <= set(peskov["aliases"])


async def test_seed_entities_are_the_analysts(client: Any, seeded: dict[str, str]) -> None:
    """Every spelling the analyst lists for an entity finds one stored entity of its type, seen in
    at least as many articles as the analyst counts; no piece of page furniture is a person."""
    stored = await everything(client, "/v1/entities")
    places = {"GPE", "LOC"}
    for want in GOLD["entities"]:
        ids = set()
        for alias in want["aliases"]:
            hits = [
                e
                for e in stored
                if alias.casefold() in {n.casefold() for n in [e["name"], *e["aliases"]]}
                and (e["type"] == want["type"] or {e["type"], want["type"]} <= places)
            ]
            assert hits, f"{want['name']}: alias {alias!r} finds no {want['type']}"
            best = max(hits, key=lambda e: e["article_count"])
            assert best["article_count"] >= want["min_articles"], (want["name"], alias, best)
            ids.add(best["id"])
        assert len(ids) == 1, f"{want['name']}: aliases split across {ids}"
    people = {n.casefold() for e in stored if e["type"] == "PERSON" for n in [e["name"], *e["aliases"]]}
    assert not people & {n.casefold() for n in GOLD["not_persons"]}


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("peskof", "Dmitry Peskov"),
        ("PESKOV", "Dmitry Peskov"),
        ("zelenskyy", "Volodymyr Zelensky"),
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("kyiv", "Kyiv"),
        ("washington post", "The Washington Post"),
        ("Vladmir Putin", "Vladimir Putin"),
    ],
)
async def test_search_is_case_accent_transliteration_and_typo_tolerant(
    client: Any, seeded: dict[str, str], query: str, name: str
) -> None:
    best = await find_entity(client, query)
    assert best["name"].casefold() == name.casefold() or name.casefold() in {
        a.casefold() for a in best["aliases"]
    }


async def test_type_filter_and_no_furniture_entities(client: Any, seeded: dict[str, str]) -> None:
    people = await everything(client, "/v1/entities", type="PERSON")
    assert people and all(e["type"] == "PERSON" for e in people)
    names = {n.casefold() for e in people for n in [e["name"], *e["aliases"]]}
    assert not names & {"photo credit", "sumy", "support us", "advertisement"}
    article = (await client.get(f"/v1/articles/{seeded['002_486cb53e87b2946b.txt']}")).json()
    listed = {e["name"] for e in article["entities"]}
    assert not listed & {"Macron", "Erdogan", "Scholz", "Le Figaro", "Bild"}


async def test_entity_detail_has_related_entities(client: Any, seeded: dict[str, str]) -> None:
    trump = await find_entity(client, "Donald Trump", "PERSON")
    detail = (await client.get(f"/v1/entities/{trump['id']}")).json()
    related = {r["name"]: r["co_occurrences"] for r in detail["related"]}
    assert related.get("Vladimir Putin") == 5
    assert detail["first_seen"] == "2024-11-11"


async def test_one_timeline_event_for_the_call_citing_every_article(
    client: Any, seeded: dict[str, str]
) -> None:
    trump = await find_entity(client, "Trump", "PERSON")
    putin = await find_entity(client, "Putin", "PERSON")
    events = await everything(client, "/v1/timeline")
    calls = [
        e
        for e in events
        if e["date"] == "2024-11-07" and {trump["id"], putin["id"]} <= {x["id"] for x in e["entities"]}
    ]
    assert len(calls) == 1
    call = calls[0]
    assert len({a["id"] for a in call["articles"]}) >= 4
    assert call["disputed"] and call["conflict_ids"]
    assert call["granularity"] == "day" and call["start"] == call["end"] == "2024-11-07"
    starts = [e["start"] for e in events]
    assert starts == sorted(starts)
    own = await everything(client, f"/v1/entities/{putin['id']}/timeline")
    assert call["id"] in {e["id"] for e in own}
    november = await everything(client, "/v1/timeline", **{"from": "2024-11-01", "to": "2024-11-30"})
    assert all(e["end"] >= "2024-11-01" and e["start"] <= "2024-11-30" for e in november)
    assert call["id"] in {e["id"] for e in november}


async def test_conflict_reports_who_asserts_and_who_denies(client: Any, seeded: dict[str, str]) -> None:
    putin = await find_entity(client, "Putin", "PERSON")
    reports = await everything(client, "/v1/conflicts", entity_id=putin["id"])
    existence = [r for r in reports if r["kind"] == "existence"]
    assert len(existence) == 1
    sides = {s["stance"]: s for s in existence[0]["sides"]}
    asserting = {s["name"] for s in sides["asserts"]["sources"]}
    denying = {s["name"] for s in sides["denies"]["sources"]}
    assert {"The Washington Post", "Reuters"} <= asserting
    assert "Dmitry Peskov" in denying or "Kremlin" in denying
    assert not asserting & {"Dmitry Peskov", "Kremlin"}
    assert "Steven Cheung" in {s["name"] for s in sides["declines_to_comment"]["sources"]}
    evidence_articles = {e["article_id"] for s in existence[0]["sides"] for e in s["evidence"]}
    assert len(evidence_articles) >= 4
    assert existence[0]["event"]["date"] == "2024-11-07"
    date = [r for r in reports if r["kind"] == "date"]
    assert len(date) == 1
    positions = {s["position"] for s in date[0]["sides"]}
    assert {"2024-10-07", "2024-11-07"} <= positions
    one = (await client.get(f"/v1/conflicts/{existence[0]['id']}")).json()
    assert one["id"] == existence[0]["id"] and one["summary"]
    only_dates = await everything(client, "/v1/conflicts", kind="date")
    assert {r["id"] for r in only_dates} == {date[0]["id"]}


async def test_resending_the_seeds_changes_nothing(client: Any, seeded: dict[str, str]) -> None:
    before = (
        await everything(client, "/v1/timeline"),
        await everything(client, "/v1/conflicts"),
        await everything(client, "/v1/entities"),
    )
    again = await ingest_seeds(client)
    assert again == seeded
    after = (
        await everything(client, "/v1/timeline"),
        await everything(client, "/v1/conflicts"),
        await everything(client, "/v1/entities"),
    )
    assert [len(x) for x in after] == [len(x) for x in before]
    assert after[1] == before[1]


async def test_article_detail_lists_entities_and_claims(client: Any, seeded: dict[str, str]) -> None:
    article = (await client.get(f"/v1/articles/{seeded['000_dd1109191da98998.txt']}")).json()
    names = {e["name"] for e in article["entities"]}
    assert {"Donald Trump", "Vladimir Putin", "Dmitry Peskov"} <= names
    stances = {(c["claimant"]["name"], c["stance"]) for c in article["claims"]}
    assert ("Steven Cheung", "declines_to_comment") in stances
    assert any(stance == "denies" for _, stance in stances)
    assert all(
        c["claimant"]["entity_id"] is None or isinstance(c["claimant"]["entity_id"], str)
        for c in article["claims"]
    )
    by_entity = await everything(client, "/v1/articles", entity_id=article["entities"][0]["id"])
    assert article["id"] in {a["id"] for a in by_entity}


async def test_analyze_reads_without_storing(client: Any) -> None:
    text = (
        "date 2024-11-11 ADVERTISEMENT\n\nOfficials said the talks between Ana Lima and Joe Smith were held on "
        "Thursday, 7 October, in Geneva. The ministry denied that any agreement was signed."
    )
    response = await client.post("/v1/analyze", json={"text": text})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["published_at"] == "2024-11-11"
    assert body["clean_text_offset"] > 0
    for item in body["entities"] + body["time_expressions"] + body["claims"] + body["warnings"]:
        assert 0 <= item["start"] < item["end"] <= len(text)
    for entity in body["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    times = {t["text"]: t for t in body["time_expressions"]}
    assert times["Thursday, 7 October"]["value"] == "2024-10-07"
    assert [w["kind"] for w in body["warnings"]] == ["weekday_mismatch"]
    assert any(c["stance"] == "denies" for c in body["claims"])
    assert (await client.get("/v1/articles")).json()["items"] == []


async def test_analyze_says_a_site_of_jokes_tells_nothing_as_fact(client: Any) -> None:
    text = (
        "THE DAILY SNORT | SATIRE. Everything on this site is made up.\n\n"
        "The transport ministry has announced that drivers will pay a fee for every pothole they hit. "
        '"It is only fair," a spokesman said.'
    )
    response = await client.post("/v1/analyze", json={"text": text})
    assert response.status_code == 200, response.text
    body = response.json()
    assert [w["kind"] for w in body["warnings"]] == ["satire"]
    for w in body["warnings"]:
        assert 0 <= w["start"] < w["end"] <= len(text)
    assert body["claims"] == []


async def test_analyze_without_a_date_leaves_relative_times_unanchored(client: Any) -> None:
    body = (
        await client.post(
            "/v1/analyze", json={"text": "The mayor said on Monday that the bridge will reopen."}
        )
    ).json()
    monday = next(t for t in body["time_expressions"] if t["text"] == "Monday")
    assert monday["anchor"] == "none" and "X" in monday["value"]
    dated = (
        await client.post(
            "/v1/analyze",
            json={
                "text": "The mayor said on Monday that the bridge will reopen.",
                "published_at": "2024-11-13",
            },
        )
    ).json()
    assert next(t for t in dated["time_expressions"] if t["text"] == "Monday")["value"] == "2024-11-11"


async def test_non_english_article_is_stored_with_its_language_and_no_entities(client: Any) -> None:
    text = "Кремль заперечив повідомлення про телефонну розмову між двома лідерами минулого тижня. " * 3
    article = (await client.post("/v1/articles", json={"text": text})).json()
    assert article["language"] == "uk"
    assert article["entities"] == [] and article["claims"] == []


async def test_an_article_naming_nobody_keeps_what_its_sources_say(client: Any) -> None:
    # No entity is recognised, so nothing goes on the timeline; its claims are still the article's.
    text = "A fire destroyed the central market overnight. Residents said the fire was started deliberately."
    article = (await client.post("/v1/articles", json={"text": text, "published_at": "2026-06-10"})).json()
    assert article["entities"] == []
    assert [(c["claimant"]["name"], c["stance"]) for c in article["claims"]] == [("Residents", "asserts")]
