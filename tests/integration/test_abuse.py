"""Abuse: API keys kept out of logs, SQL metacharacters everywhere, the write rate limit and its
memory."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import asyncpg
import httpx
import pytest

from service.api.middleware import WriteRateLimit
from service.logs import JsonFormatter
from tests.conftest import SEEDS

pytestmark = pytest.mark.integration

PROBLEM_JSON = "application/problem+json"
KEY = "k3y-Abuse-9f8e7d6c5b4a"
OTHER_KEY = "other-key-0a1b2c3d4e5f"
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]

# Characters SQL (and LIKE, and full-text queries) give meaning to, alone and in classic shapes.
META = [
    "'",
    '"',
    ";",
    "--",
    "%",
    "_",
    "\\",
    "\x00",
    "' OR '1'='1",
    "1; DROP TABLE articles; --",
    "%' --",
    "_%_",
    "\\'; --",
    "a\x00b",
    "$1",
    "); DELETE FROM entities; --",
    "!(a & b) | c:*",
]
QUERY_PARAMS = {
    "/v1/articles": ["source", "entity_id", "q", "cursor", "published_from", "published_to", "limit"],
    "/v1/entities": ["q", "type", "cursor", "limit"],
    "/v1/timeline": ["entity_id", "from", "to", "cursor", "limit"],
    "/v1/conflicts": ["entity_id", "kind", "cursor", "limit"],
}
PATHS = ["/v1/articles/{}", "/v1/entities/{}", "/v1/entities/{}/timeline", "/v1/conflicts/{}"]
TABLES = (
    "articles",
    "mentions",
    "article_entities",
    "entities",
    "entity_aliases",
    "events",
    "claims",
    "conflicts",
)


def assert_client_error_or_ok(response: httpx.Response) -> None:
    assert response.status_code < 500, (response.request.url, response.text)
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith(PROBLEM_JSON), response.request.url
        body = response.json()
        assert body["status"] == response.status_code and body["title"] and body["detail"]


async def snapshot(url: str) -> dict[str, Any]:
    """Row counts and a digest of every table the API could damage."""
    conn = await asyncpg.connect(url)
    try:
        return {
            table: await conn.fetchval(
                f"SELECT count(*)::text || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM {table} t"
            )
            for table in TABLES
        }
    finally:
        await conn.close()


# -- API keys never reach the logs -------------------------------------------------------------


async def test_api_keys_never_appear_in_logs(make_client: Callable[..., Any], caplog: Any) -> None:
    caplog.set_level(logging.DEBUG)
    async with make_client(api_keys=(KEY, OTHER_KEY), write_rate_limit=100) as client:
        good = await client.post(
            "/v1/articles", json={"text": SEED_TEXTS[0]}, headers={"Authorization": f"Bearer {KEY}"}
        )
        assert good.status_code == 201
        wrong = await client.post(
            "/v1/articles", json={"text": "Rain fell."}, headers={"Authorization": f"Bearer {KEY}x"}
        )
        assert wrong.status_code == 403
        for header in (f"Basic {KEY}", f"Token {KEY}", KEY, f"Bearer  {OTHER_KEY[:-1]}"):
            response = await client.post(
                "/v1/articles", json={"text": "Rain."}, headers={"Authorization": header}
            )
            assert response.status_code in {401, 403}
            assert KEY not in response.text and OTHER_KEY not in response.text
        # A key in the wrong place (the query string, a body field) is not echoed either.
        misplaced = await client.post(
            f"/v1/articles?api_key={KEY}",
            json={"text": "Rain.", "api_key": KEY},
            headers={"Authorization": f"Bearer {KEY}"},
        )
        assert misplaced.status_code == 422 and KEY not in misplaced.text
        # An error while a valid key is in use: the unexpected-error log has no headers in it.
        await client.get(f"/v1/articles?cursor={KEY}")
    # The service's own records (the test's HTTP client logs the URLs it calls, query included).
    records = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert any(r.name == "service.access" for r in records), "nothing was logged"
    formatter = JsonFormatter()
    logged = "\n".join(formatter.format(r) + " " + repr(vars(r)) for r in records)
    for secret in (KEY, OTHER_KEY, KEY + "x", OTHER_KEY[:-1]):
        assert secret not in logged


# -- SQL metacharacters in every parameter -----------------------------------------------------


async def test_sql_metacharacters_in_every_parameter(
    make_client: Callable[..., Any], database_url: str
) -> None:
    async with make_client() as client:
        stored = await client.post(
            "/v1/articles", json={"text": SEED_TEXTS[1], "source": "Wire", "external_id": "meta-0"}
        )
        assert stored.status_code == 201
        before = await snapshot(database_url)
        for path, params in QUERY_PARAMS.items():
            for param in params:
                for value in META:
                    assert_client_error_or_ok(await client.get(path, params={param: value}))
        for template in PATHS:
            for value in META:
                assert_client_error_or_ok(await client.get(template.format(quote(value, safe=""))))
        assert await snapshot(database_url) == before
        # The stored article is untouched and still found.
        again = await client.get(f"/v1/articles/{stored.json()['id']}")
        assert again.status_code == 200 and again.json()["text"] == stored.json()["text"]


@pytest.mark.parametrize("value", ['O\'Brien "Daily"; --', "100% _true_ \\ news", "a\x00b", "%", "_"])
async def test_metacharacters_are_data_not_syntax(make_client: Callable[..., Any], value: str) -> None:
    """Stored as written (NUL shown as U+FFFD) and matched exactly: no wildcard, no injection."""
    async with make_client() as client:
        body = {
            "text": f"The council met on Monday. {value}",
            "source": value,
            "title": value,
            "external_id": value,
        }
        created = await client.post("/v1/articles", json=body)
        assert created.status_code == 201, created.text
        shown = value.replace("\x00", "\ufffd")
        assert created.json()["source"] == shown and created.json()["external_id"] == shown
        other = await client.post("/v1/articles", json={"text": "Rain fell on the coast.", "source": "Plain"})
        assert other.status_code == 201
        listed = (await client.get("/v1/articles", params={"source": value})).json()["items"]
        assert [a["id"] for a in listed] == [created.json()["id"]]
        # Sending the same external id again finds the same article.
        duplicate = await client.post("/v1/articles", json={**body, "text": "Different words entirely."})
        assert duplicate.status_code == 200 and duplicate.json()["id"] == created.json()["id"]
        searched = await client.get("/v1/articles", params={"q": value})
        assert_client_error_or_ok(searched)


# -- the write rate limit ----------------------------------------------------------------------


async def test_write_rate_limit_answers_429_and_leaves_reads_alone(make_client: Callable[..., Any]) -> None:
    async with make_client(write_rate_limit=3, api_keys=(KEY, OTHER_KEY)) as client:
        mine = {"Authorization": f"Bearer {KEY}"}
        for _ in range(3):
            assert (
                await client.post("/v1/analyze", json={"text": "Rain fell."}, headers=mine)
            ).status_code == 200
        limited = await client.post("/v1/analyze", json={"text": "Rain fell."}, headers=mine)
        assert limited.status_code == 429
        assert limited.headers["content-type"].startswith(PROBLEM_JSON)
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        body = limited.json()
        assert body["status"] == 429 and body["type"].endswith("rate-limited") and body["detail"]
        # Ingest is a write too; reads are not limited.
        assert (await client.post("/v1/articles", json={"text": "Rain."}, headers=mine)).status_code == 429
        for _ in range(5):
            assert (await client.get("/v1/articles")).status_code == 200
            assert (await client.get("/healthz")).status_code == 200
        # Another key has its own allowance.
        theirs = {"Authorization": f"Bearer {OTHER_KEY}"}
        assert (await client.post("/v1/analyze", json={"text": "Rain."}, headers=theirs)).status_code == 200
        # Unknown or made-up credentials share the address's allowance: no fresh one per header.
        # (Analysis needs a key too: the address's allowance is spent on 401s.)
        for n in range(3):
            assert (await client.post("/v1/analyze", json={"text": "Rain."})).status_code == 401, n
        for n in range(5):
            made_up = {"Authorization": f"Bearer made-up-{n}"}
            assert (
                await client.post("/v1/analyze", json={"text": "Rain."}, headers=made_up)
            ).status_code == 429


async def test_no_limit_when_unset(make_client: Callable[..., Any]) -> None:
    async with make_client(write_rate_limit=0) as client:
        for _ in range(20):
            assert (await client.post("/v1/analyze", json={"text": "Rain fell."})).status_code == 200


async def test_rate_limiter_forgets_idle_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory stays bounded by the clients of the last minute, however many came before."""
    clock = [1000.0]
    monkeypatch.setattr("service.api.middleware.time.monotonic", lambda: clock[0])
    passed: list[str] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        passed.append(scope["client"][0])

    async def send(message: dict[str, Any]) -> None:
        return None

    limiter = WriteRateLimit(app, per_minute=2)
    for n in range(10_000):
        await limiter(
            {"type": "http", "method": "POST", "client": (f"10.{n // 256}.{n % 256}.1", 1)}, None, send
        )
        clock[0] += 0.001
    assert len(limiter.hits) == 10_000
    clock[0] += 61
    await limiter({"type": "http", "method": "POST", "client": ("192.0.2.1", 1)}, None, send)
    assert len(limiter.hits) == 1
    assert len(passed) == 10_001


# -- bodies that are not what they claim ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param(b'{"text": "bad \xff\xfe bytes"}', 400, id="invalid-utf8"),
        pytest.param(b'{"text": "lone \\ud800 surrogate"}', 400, id="lone-surrogate"),
        pytest.param(b'{"text": "cut', 400, id="truncated"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, 400, id="deeply-nested"),
        pytest.param(b'{"text": "\\u0000"}', 201, id="only-nul"),
        pytest.param(b'{"text": "' + b"x" * 2_000_001 + b'"}', 413, id="over-max-body"),
    ],
)
async def test_malformed_bodies_are_client_errors(
    make_client: Callable[..., Any], body: bytes, status: int
) -> None:
    async with make_client(max_body_bytes=2_000_000) as client:
        for path in ("/v1/articles", "/v1/analyze", "/v1/articles/batch"):
            response = await client.post(path, content=body, headers={"Content-Type": "application/json"})
            expected = status if status != 201 else {"/v1/articles": 201, "/v1/analyze": 200}.get(path, 422)
            assert response.status_code == expected, (path, response.text[:300])
            if expected >= 400:
                assert_client_error_or_ok(response)
