"""Replays of the inputs that once broke the service, each against the real app on a real
PostgreSQL (and, where the fault lives in the HTTP server itself, a real uvicorn on loopback),
every one with `API_KEYS` set as the original reports were."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.integration

PROBLEM_JSON = "application/problem+json"
KEY = "k1"
AUTH = {"Authorization": f"Bearer {KEY}"}
# A text the resolver and event rules act on: two named people meet, one side denies it.
MEETING = (
    "Foreign Minister John Smith met Mary Jones, the German chancellor, in Berlin on Monday, "
    "officials said. Smith said talks next week would be useful. Jones denied that the meeting "
    "took place on Sunday. A year later they met again."
)


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


# -- 2. dates at the ends of the calendar ----------------------------------------------------


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
async def test_a_batch_with_an_article_dated_at_the_calendar_s_end_stores_every_item(
    make_client: Callable[..., Any], day: str
) -> None:
    async with make_client(api_keys=(KEY,)) as client:
        batch = [
            {"text": f"First story of the batch. {MEETING}", "published_at": "2024-03-11"},
            {"text": MEETING, "published_at": day},
            {"text": f"Third story of the batch. {MEETING}", "published_at": "2024-03-12"},
        ]
        response = await client.post("/v1/articles/batch", json={"articles": batch}, headers=AUTH)
        assert response.status_code == 200, response.text
        assert [item["status"] for item in response.json()["items"]] == ["created"] * 3
        article_id = response.json()["items"][1]["article_id"]
        article = await client.get(f"/v1/articles/{article_id}")
        assert article.status_code == 200 and article.json()["published_at"] == day
        for path in ("/v1/timeline", f"/v1/timeline?from={day}", f"/v1/timeline?to={day}", "/v1/conflicts"):
            assert (await client.get(path)).status_code == 200, path
        for entity in article.json()["entities"]:
            for path in (f"/v1/entities/{entity['id']}", f"/v1/entities/{entity['id']}/timeline"):
                assert (await client.get(path)).status_code == 200, path


# -- 3. forged cursors -----------------------------------------------------------------------

FORGED = [
    "[9223372036854775808]",
    json.dumps([2**70]),
    '["2024-01-01", 1e300]',
    '["2024-01-01", Infinity]',
    "[Infinity]",
    "[1e300]",
]
LISTS = ["/v1/articles", "/v1/entities", "/v1/entities?q=smith", "/v1/timeline", "/v1/conflicts"]


async def test_forged_cursors_are_refused_with_400_on_every_list(make_client: Callable[..., Any]) -> None:
    async with make_client(api_keys=(KEY,)) as client:
        for raw in FORGED:
            cursor = base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")
            for path in LISTS:
                joiner = "&" if "?" in path else "?"
                response = await client.get(f"{path}{joiner}cursor={cursor}")
                body = assert_problem(response, 400)
                assert body["errors"][0]["field"] == "cursor", (path, raw)
