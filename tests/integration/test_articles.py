"""Ingesting and reading articles over HTTP, against a real PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from tests.conftest import SEEDS

pytestmark = pytest.mark.integration

ARTICLE = {
    "text": "The city council of Springfield approved a new budget on Tuesday, officials said. "
    "Mayor Jane Doe said the plan would fund three new schools.",
    "title": "Springfield approves budget",
    "url": "https://example.com/news/springfield-budget",
    "source": "Example News",
    "external_id": "example-1",
    "published_at": "2024-03-14",
}


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["type"] and body["title"] and body["detail"]
    return body


async def test_create_then_read(client: Any) -> None:
    created = await client.post("/v1/articles", json=ARTICLE)
    assert created.status_code == 201, created.text
    article = created.json()
    assert created.headers["location"] == f"/v1/articles/{article['id']}"
    assert article["title"] == ARTICLE["title"]
    assert article["published_at"] == "2024-03-14"
    assert article["published_at_inferred"] is False
    assert article["language"] == "en"
    assert article["word_count"] > 10
    read = await client.get(f"/v1/articles/{article['id']}")
    assert read.status_code == 200
    assert read.json()["text"] == article["text"]


@pytest.mark.parametrize(
    "change",
    [
        {},  # the same article again
        {"text": ARTICLE["text"] + " Updated later.", "url": None},  # same external id
        {"external_id": "another-id"},  # same url and text
        {"external_id": "third-id", "url": None, "text": "  " + ARTICLE["text"].upper() + "\n"},  # same text
    ],
)
async def test_resending_returns_the_stored_article(client: Any, change: dict[str, Any]) -> None:
    first = await client.post("/v1/articles", json=ARTICLE)
    again = await client.post("/v1/articles", json={**ARTICLE, **change})
    assert first.status_code == 201
    assert again.status_code == 200, again.text
    assert again.json()["id"] == first.json()["id"]
    listed = await client.get("/v1/articles")
    assert len(listed.json()["items"]) == 1


async def test_concurrent_duplicates_store_one_article(client: Any) -> None:
    body = {**ARTICLE, "external_id": None, "url": None}
    responses = await asyncio.gather(*(client.post("/v1/articles", json=body) for _ in range(4)))
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 200, 200, 201], [r.text for r in responses]
    assert len({r.json()["id"] for r in responses}) == 1
    assert len((await client.get("/v1/articles")).json()["items"]) == 1


async def test_malformed_json(client: Any) -> None:
    response = await client.post(
        "/v1/articles", content=b'{"text": "unterminated', headers={"content-type": "application/json"}
    )
    assert_problem(response, 400)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": 42}, "text"),
        ({"text": "   \n\t "}, "text"),
        ({"text": ""}, "text"),
        ({}, "text"),
        ({"text": "ok text", "published_at": "yesterday"}, "published_at"),
        ({"text": "ok text", "published_at": "2024-02-30"}, "published_at"),
        ({"text": "ok text", "url": "not a url"}, "url"),
        ({"text": "ok text", "colour": "blue"}, "colour"),
        ([1, 2, 3], "body"),
    ],
)
async def test_invalid_bodies(client: Any, body: Any, field: str) -> None:
    response = await client.post("/v1/articles", json=body)
    problem = assert_problem(response, 422)
    assert problem["errors"], problem
    if field != "body":
        assert any(field in e["field"] or field in e["message"] for e in problem["errors"]), problem


async def test_wrong_content_type(client: Any) -> None:
    response = await client.post(
        "/v1/articles", content=b"text=hello", headers={"content-type": "text/plain"}
    )
    assert_problem(response, 415)
    form = await client.post("/v1/articles", data={"text": "hello"})
    assert_problem(form, 415)


async def test_body_over_limit(make_client: Any) -> None:
    async with make_client(max_body_bytes=2048) as small:
        response = await small.post("/v1/articles", json={"text": "word " * 1000})
        assert_problem(response, 413)
        ok = await small.post("/v1/articles", json={"text": "A short article about the harbour."})
        assert ok.status_code == 201


async def test_unknown_and_malformed_ids(client: Any) -> None:
    assert_problem(await client.get("/v1/articles/00000000-0000-0000-0000-000000000000"), 404)
    assert_problem(await client.get("/v1/articles/not-an-id"), 404)
    assert_problem(await client.get("/v1/articles/'; DROP TABLE articles; --"), 404)
    assert_problem(await client.get("/v1/articles", params={"entity_id": "nope"}), 400)


async def test_bad_list_parameters(client: Any) -> None:
    assert_problem(await client.get("/v1/articles", params={"limit": 0}), 400)
    assert_problem(await client.get("/v1/articles", params={"limit": 201}), 400)
    assert_problem(await client.get("/v1/articles", params={"limit": "ten"}), 400)
    assert_problem(await client.get("/v1/articles", params={"cursor": "garbage!"}), 400)
    assert_problem(await client.get("/v1/articles", params={"published_from": "soon"}), 400)


async def test_batch_keeps_good_items_around_a_bad_one(client: Any) -> None:
    items = [
        {**ARTICLE, "external_id": "b1", "url": None},
        {"text": "   "},
        {
            "text": "Rain is expected over the northern coast this weekend, forecasters said.",
            "external_id": "b3",
        },
        {**ARTICLE, "external_id": "b1", "url": None},
    ]
    response = await client.post("/v1/articles/batch", json={"articles": items})
    assert response.status_code == 200, response.text
    results = response.json()["items"]
    assert [r["status"] for r in results] == ["created", "invalid", "created", "duplicate"]
    assert results[1]["error"]["status"] == 422 and results[1]["error"]["errors"]
    assert results[3]["article_id"] == results[0]["article_id"]
    assert len((await client.get("/v1/articles")).json()["items"]) == 2


async def test_batch_limits(client: Any) -> None:
    assert_problem(await client.post("/v1/articles/batch", json={"articles": []}), 422)
    too_many = {"articles": [{"text": f"story {i}"} for i in range(101)]}
    assert_problem(await client.post("/v1/articles/batch", json=too_many), 422)
    assert_problem(await client.post("/v1/articles/batch", json={"items": []}), 422)


async def test_list_filters_and_pagination(client: Any) -> None:
    for i in range(5):
        body = {
            "text": f"Story number {i} about the harbour expansion in Springfield and its {i + 2} new cranes.",
            "source": "Harbour Daily" if i % 2 else "City Times",
            "published_at": f"2024-03-1{i}",
        }
        assert (await client.post("/v1/articles", json=body)).status_code == 201
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/v1/articles", params=params)).json()
        seen += [a["id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 5
    by_source = (await client.get("/v1/articles", params={"source": "Harbour Daily"})).json()["items"]
    assert len(by_source) == 2
    dated = (
        await client.get(
            "/v1/articles", params={"published_from": "2024-03-12", "published_to": "2024-03-13"}
        )
    ).json()
    assert sorted(a["published_at"] for a in dated["items"]) == ["2024-03-12", "2024-03-13"]
    searched = (await client.get("/v1/articles", params={"q": "cranes"})).json()["items"]
    assert len(searched) == 5


async def test_api_keys(make_client: Any) -> None:
    async with make_client(api_keys=("secret-one", "secret-two")) as guarded:
        assert_problem(await guarded.post("/v1/articles", json=ARTICLE), 401)
        wrong = await guarded.post("/v1/articles", json=ARTICLE, headers={"authorization": "Bearer nope"})
        assert_problem(wrong, 403)
        basic = await guarded.post(
            "/v1/articles", json=ARTICLE, headers={"authorization": "Basic secret-one"}
        )
        assert_problem(basic, 401)
        right = await guarded.post(
            "/v1/articles", json=ARTICLE, headers={"authorization": "Bearer secret-two"}
        )
        assert right.status_code == 201
        assert (await guarded.get("/v1/articles")).status_code == 200  # reads stay open
        batch = await guarded.post("/v1/articles/batch", json={"articles": [ARTICLE]})
        assert_problem(batch, 401)


async def test_seeds_are_cleaned_dated_and_titled(client: Any) -> None:
    gold = json.loads((SEEDS.parent / "tests" / "data" / "seeds_gold.json").read_text())["articles"]
    for path in sorted(SEEDS.glob("*.txt")):
        response = await client.post(
            "/v1/articles", json={"text": path.read_text(), "external_id": path.name}
        )
        assert response.status_code == 201, response.text
        article = response.json()
        want = gold[path.name]
        assert article["published_at"] == want["published"], path.name
        if want.get("title"):
            assert article["title"] == want["title"], path.name
        for furniture in ("Advertisement", "ADVERTISEMENT", "Support Us", "Photo Credit", "RECENT NEWS"):
            assert furniture not in article["text"], (path.name, furniture)
