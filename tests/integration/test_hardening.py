"""Replays of the inputs that once broke the service, each against the real app on a real
PostgreSQL (and, where the fault lives in the HTTP server itself, a real uvicorn on loopback),
every one with `API_KEYS` set as the original reports were."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import signal
import socket
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import psutil
import pytest
import uvicorn
from litestar import Litestar

from service.app import create_app
from service.config import Settings
from service.embedded import EmbeddedPostgres
from service.server import server_options
from service.supervise import RESTARTS, supervise
from service.workers import AnalysisPool
from tests.conftest import settings_for

pytestmark = pytest.mark.integration

# Every wait below is a bounded loop: a fault makes the test fail, never hang.
BOUND_SECONDS = 30.0
DENSE = "On Monday, 7 October 2024, on Tuesday, next week, yesterday at 5 pm, "

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


# -- 1. analysis: behind the key, under the rate limit, bounded in size and time ---------------


async def test_analyze_needs_the_key_and_counts_against_the_write_limit(
    make_client: Callable[..., Any],
) -> None:
    async with make_client(api_keys=(KEY,), write_rate_limit=2) as client:
        body = {"text": "The minister met the mayor on Monday.", "published_at": "2024-11-11"}
        assert_problem(await client.post("/v1/analyze", json=body), 401)
        assert (await client.post("/v1/analyze", json=body, headers=AUTH)).status_code == 200
        assert (await client.post("/v1/analyze", json=body, headers=AUTH)).status_code == 200
        limited = await client.post("/v1/analyze", json=body, headers=AUTH)
        assert_problem(limited, 429)
        assert int(limited.headers["retry-after"]) > 0


async def test_a_text_over_the_size_bound_is_refused_before_any_work(make_client: Callable[..., Any]) -> None:
    async with make_client(api_keys=(KEY,), analysis_max_chars=1000) as client:
        long_text = DENSE * 20
        body = assert_problem(await client.post("/v1/analyze", json={"text": long_text}, headers=AUTH), 422)
        assert body["errors"][0]["field"] == "text"
        assert_problem(await client.post("/v1/articles", json={"text": long_text}, headers=AUTH), 422)
        batch = [
            {"text": f"Short story one. {MEETING}"[:900]},
            {"text": long_text},
            {"text": "Short story two."},
        ]
        response = await client.post("/v1/articles/batch", json={"articles": batch}, headers=AUTH)
        assert response.status_code == 200, response.text
        items = response.json()["items"]
        assert [item["status"] for item in items] == ["created", "invalid", "created"]
        assert items[1]["error"]["errors"][0]["field"] == "articles[1].text"


@asynccontextmanager
async def app_client(app: Litestar) -> AsyncIterator[Any]:
    from litestar.testing import AsyncTestClient

    async with AsyncTestClient(app, raise_server_exceptions=False) as client:
        yield client


@asynccontextmanager
async def own_pool(seconds_per_text: float | None) -> AsyncIterator[tuple[AnalysisPool, set[int]]]:
    """A pool of one worker that a test may see stopped, with the pids of its processes."""
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    pool = AnalysisPool(1, Settings().spacy_model, seconds_per_text=seconds_per_text)
    try:
        await asyncio.to_thread(pool.warm_up)
        yield pool, {p.pid for p in psutil.Process().children(recursive=True)} - before
    finally:
        await asyncio.to_thread(pool.close)


async def test_warm_up_returns_once_every_worker_has_answered() -> None:
    pool = AnalysisPool(2, Settings().spacy_model)
    try:
        answered = await asyncio.to_thread(pool.warm_up)
        assert len(answered) == 2
        children = {p.pid for p in psutil.Process().children(recursive=True)}
        assert answered <= children
    finally:
        await asyncio.to_thread(pool.close)


async def test_an_analysis_over_its_time_budget_is_stopped_with_422(database_url: str) -> None:
    async with own_pool(seconds_per_text=0.5) as (pool, _):
        app = create_app(settings_for(database_url, api_keys=(KEY,)), analysis=pool)
        async with app_client(app) as client:
            slow = await client.post("/v1/analyze", json={"text": DENSE * 4000}, headers=AUTH)
            assert "stopped" in assert_problem(slow, 422)["detail"]
            # The pool goes on: a new worker takes the next text.
            fine = await client.post(
                "/v1/analyze", json={"text": "The mayor met the governor."}, headers=AUTH
            )
            assert fine.status_code == 200, fine.text


# -- a real HTTP server on loopback, for what happens on the connection itself -----------------


@asynccontextmanager
async def real_server(app: Litestar, settings: Settings) -> AsyncIterator[int]:
    """uvicorn with the service's own options on 127.0.0.1 (a free port), in this event loop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, **server_options(settings)))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        for _ in range(int(BOUND_SECONDS / 0.05)):
            if server.started or task.done():
                break
            await asyncio.sleep(0.05)
        assert server.started, "the server did not start"
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, BOUND_SECONDS)
        sock.close()


async def over_http(port: int, method: str, path: str, **options: Any) -> httpx.Response:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=BOUND_SECONDS) as client:
        return await client.request(method, path, **options)


async def exchange(port: int, raw: bytes) -> bytes:
    """Send `raw`, then read until the server closes the connection (bounded)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(raw)
        await writer.drain()
        return await asyncio.wait_for(reader.read(), BOUND_SECONDS)
    finally:
        writer.close()


def status_and_body(response: bytes) -> tuple[int, dict[str, str], dict[str, Any]]:
    head, _, body = response.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, json.loads(body or b"{}")


async def test_the_client_leaving_stops_its_analysis_and_is_logged_as_499(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="service.access")
    async with own_pool(seconds_per_text=None) as (pool, workers):
        settings = settings_for(database_url, api_keys=(KEY,))
        [worker] = [psutil.Process(pid) for pid in workers if psutil.Process(pid).cpu_times().user > 0.5]
        async with real_server(create_app(settings, analysis=pool), settings) as port:
            body = json.dumps({"text": DENSE * 14_000}).encode()
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(
                b"POST /v1/analyze HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer k1\r\n"
                b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body
            )
            await writer.drain()
            busy_from = worker.cpu_times().user
            for _ in range(int(BOUND_SECONDS / 0.1)):  # until the worker is at it
                if worker.cpu_times().user > busy_from + 0.5:
                    break
                await asyncio.sleep(0.1)
            writer.close()
            for _ in range(int(BOUND_SECONDS / 0.1)):  # the abandoned work's process is stopped
                if not worker.is_running() or worker.status() == psutil.STATUS_ZOMBIE:
                    break
                await asyncio.sleep(0.1)
            assert not worker.is_running() or worker.status() == psutil.STATUS_ZOMBIE
            lines = [
                r
                for r in caplog.records
                if r.name == "service.access" and r.__dict__.get("path") == "/v1/analyze"
            ]
            assert lines and lines[-1].__dict__["status"] == 499 and lines[-1].__dict__["client_gone"] is True
            # The pool goes on with a new worker.
            async with httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{port}", timeout=BOUND_SECONDS
            ) as client:
                fine = await client.post(
                    "/v1/analyze", json={"text": "The mayor met the governor."}, headers=AUTH
                )
                assert fine.status_code == 200, fine.text


# -- 5. slow clients, 6. the server's own refusals --------------------------------------------


async def test_slow_clients_get_408_and_lose_their_connection(
    database_url: str, analysis_pool: AnalysisPool
) -> None:
    settings = settings_for(database_url, api_keys=(KEY,), header_timeout=0.5, body_timeout=0.5)
    async with real_server(create_app(settings, analysis=analysis_pool), settings) as port:
        halves = [b"GET /v1/entities HTTP/1.1\r\nHost: t\r\n"] * 20 + [
            b"POST /v1/articles HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
            b'Authorization: Bearer k1\r\nContent-Length: 100\r\n\r\n{"text": '
        ] * 20
        answers = await asyncio.gather(*(exchange(port, half) for half in halves))
        for answer in answers:
            status, headers, body = status_and_body(answer)
            assert status == 408 and headers["content-type"] == PROBLEM_JSON and body["status"] == 408


async def test_an_overlong_url_gets_a_problem_not_plain_text(
    database_url: str, analysis_pool: AnalysisPool
) -> None:
    settings = settings_for(database_url)
    async with real_server(create_app(settings, analysis=analysis_pool), settings) as port:
        answer = await exchange(
            port, b"GET /v1/entities?q=" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: t\r\n\r\n"
        )
        status, headers, body = status_and_body(answer)
        assert status == 414 and headers["content-type"] == PROBLEM_JSON and body["status"] == 414
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=BOUND_SECONDS) as client:
            health = await client.get("/healthz")
            assert "server" not in health.headers
            assert health.headers["x-content-type-options"] == "nosniff"


async def test_unknown_routes_get_a_request_id_and_an_access_line(
    client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="service.access")
    for method, path, status in [("GET", "/nowhere", 404), ("DELETE", "/v1/entities", 405)]:
        response = await client.request(method, path)
        assert_problem(response, status)
        rid = response.headers["x-request-id"]
        [line] = [
            r for r in caplog.records if r.name == "service.access" and r.__dict__.get("request_id") == rid
        ]
        assert (
            line.__dict__["status"] == status and line.__dict__["client"] and line.__dict__["route"] is None
        )
    await client.get("/v1/entities")
    matched = [
        r for r in caplog.records if r.name == "service.access" and r.__dict__.get("path") == "/v1/entities"
    ]
    assert matched[-1].__dict__["route"] == "/v1/entities"


# -- 4. the embedded database supervised ------------------------------------------------------


def test_a_killed_embedded_postgres_is_restarted_and_counted(tmp_path: Path) -> None:
    embedded = EmbeddedPostgres(tmp_path)
    url = embedded.start()
    supervisor = supervise(embedded, interval=0.2)
    assert supervisor is not None
    try:
        restarts = RESTARTS._value.get()
        postmaster = embedded._server.get_pid()
        os.kill(postmaster, signal.SIGKILL)
        for _ in range(int(BOUND_SECONDS / 0.2)):
            if RESTARTS._value.get() > restarts and supervisor.alive():
                break
            time.sleep(0.2)
        assert RESTARTS._value.get() == restarts + 1
        assert embedded._server.get_pid() != postmaster

        async def query() -> int:
            connection = await asyncpg.connect(url)
            try:
                return int(await connection.fetchval("SELECT 1"))
            finally:
                await connection.close()

        assert asyncio.run(query()) == 1
    finally:
        supervisor.stop()
        embedded.stop()


# -- 7. headers, CORS, /metrics ----------------------------------------------------------------


async def test_every_response_says_nosniff_and_how_to_cache_it(client: Any) -> None:
    for response in [
        await client.get("/healthz"),
        await client.get("/v1/entities"),
        await client.get("/v1/entities/nope"),
        await client.post("/v1/articles", json={"text": ""}),
    ]:
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["cache-control"]
    assert (await client.post("/v1/articles", json={"text": ""})).headers["cache-control"] == "no-store"


async def test_cors_is_off_by_default_and_allows_only_the_configured_origins(
    make_client: Callable[..., Any],
) -> None:
    preflight = {"Origin": "https://app.example", "Access-Control-Request-Method": "GET"}
    async with make_client() as client:
        response = await client.get("/v1/entities", headers={"Origin": "https://app.example"})
        assert "access-control-allow-origin" not in response.headers
    async with make_client(cors_origins=("https://app.example",)) as client:
        allowed = await client.options("/v1/entities", headers=preflight)
        assert allowed.status_code in {200, 204}
        assert allowed.headers["access-control-allow-origin"] == "https://app.example"
        read = await client.get("/v1/entities", headers={"Origin": "https://app.example"})
        assert read.headers["access-control-allow-origin"] == "https://app.example"
        other = await client.get("/v1/entities", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


async def test_metrics_can_be_restricted_to_some_addresses(
    make_client: Callable[..., Any], database_url: str, analysis_pool: AnalysisPool
) -> None:
    async with make_client() as client:
        assert (await client.get("/metrics")).status_code == 200
    async with make_client(metrics_allow=("10.0.0.0/8",)) as client:
        assert_problem(await client.get("/metrics"), 403)
    settings = settings_for(database_url, metrics_allow=("127.0.0.1/32",))
    async with real_server(create_app(settings, analysis=analysis_pool), settings) as port:
        assert (await over_http(port, "GET", "/metrics")).status_code == 200


# -- HTTP caching for reads ---------------------------------------------------------------------


async def test_reads_carry_an_etag_and_answer_304_until_they_change(make_client: Callable[..., Any]) -> None:
    async with make_client(api_keys=(KEY,)) as client:
        await client.post("/v1/articles", json={"text": MEETING, "published_at": "2024-03-11"}, headers=AUTH)
        first = await client.get("/v1/articles")
        tag = first.headers["etag"]
        assert first.status_code == 200 and first.headers["cache-control"] == "no-cache"
        again = await client.get("/v1/articles", headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        assert (
            await client.get("/v1/articles", headers={"If-None-Match": f'"other", W/{tag}'})
        ).status_code == 304
        await client.post("/v1/articles", json={"text": "Jane Doe met John Roe in Paris."}, headers=AUTH)
        changed = await client.get("/v1/articles", headers={"If-None-Match": tag})
        assert changed.status_code == 200 and changed.headers["etag"] != tag
    async with make_client(cache_max_age=30) as client:
        assert (await client.get("/v1/timeline")).headers["cache-control"] == "public, max-age=30"


# Without the bound the write waits for the held connection for ever: the timeout makes that a
# failure instead of a hang.
@pytest.mark.timeout(60)
async def test_a_write_waits_for_a_connection_no_longer_than_db_timeout(
    make_client: Callable[..., Any],
) -> None:
    async with make_client(api_keys=(KEY,), db_pool_min=1, db_pool_max=1, db_timeout=1.0) as client:
        pool = client.app.state.db.pool
        async with pool.acquire():  # the only connection, held: the write must not wait for it
            write = client.post("/v1/articles", json={"text": MEETING}, headers=AUTH)
            response = await asyncio.wait_for(write, BOUND_SECONDS)
        assert_problem(response, 503)
        assert int(response.headers["retry-after"]) > 0
        assert (await client.post("/v1/articles", json={"text": MEETING}, headers=AUTH)).status_code == 201
