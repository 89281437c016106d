"""Faults: the database going away under traffic, an ingest interrupted half-way, and SIGTERM
while requests are in flight.

(a) runs the app on its own embedded PostgreSQL, stopped and started again with pg_ctl;
(b) injects a failure inside the ingest transaction with a trigger in the test's database;
(c) runs `python -m service serve` as a subprocess with its own DATA_DIR and port.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import psutil
import pytest
from litestar.testing import AsyncTestClient
from pgserver._commands import pg_ctl

from service.app import create_app
from service.embedded import EmbeddedPostgres
from service.migrate import upgrade
from service.workers import AnalysisPool
from tests.conftest import ROOT, SEEDS, settings_for

pytestmark = pytest.mark.integration

PROBLEM_JSON = "application/problem+json"
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
# No request may take longer than this while the database is away (DB_TIMEOUT is 2 s here).
BOUND_SECONDS = 15.0


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    body = response.json()
    assert body["status"] == status and body["type"] and body["title"] and body["detail"]
    return body


def assert_unavailable(response: httpx.Response) -> None:
    assert_problem(response, 503)
    assert int(response.headers["retry-after"]) > 0


# -- (a) PostgreSQL stopped under traffic ----------------------------------------------------


class OwnPostgres:
    """An embedded PostgreSQL for one test, which the test may stop and start with pg_ctl."""

    def __init__(self, folder: Path) -> None:
        self.embedded = EmbeddedPostgres(folder)
        self.url = self.embedded.start()
        server = self.embedded._server
        self.pgdata: Path = server.pgdata
        self.user: str | None = server.system_user
        self.socket_dir = server.get_postmaster_info().socket_dir
        self.running = True

    def stop(self) -> None:
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.pgdata, user=self.user, timeout=60)
        self.running = False

    def start(self) -> None:
        # The options pgserver starts it with: no TCP, the same Unix socket folder.
        args = ["-w", "-o", '-h ""', "-o", f"-k {self.socket_dir}", "-l", str(self.pgdata / "log"), "start"]
        pg_ctl(args, pgdata=self.pgdata, user=self.user, timeout=60)
        self.running = True

    def close(self) -> None:
        if self.running:
            self.stop()
        self.embedded.stop()  # drops pgserver's handle (the server is already stopped)


@pytest.fixture
def private_dir() -> Iterator[Path]:
    """A folder outside pytest's basetemp: each pytest start resets /tmp/pytest-of-USER to mode
    0700, which locks out a PostgreSQL that pgserver runs as its own user (as root it does)."""
    with tempfile.TemporaryDirectory(prefix="news-intel-fault-") as folder:
        yield Path(folder)


@pytest.fixture
def own_postgres(private_dir: Path) -> Iterator[OwnPostgres]:
    server = OwnPostgres(private_dir)
    try:
        upgrade(server.url)
        yield server
    finally:
        server.close()


@dataclass
class Traffic:
    """Reads and writes sent in a loop while the database comes and goes."""

    client: AsyncTestClient
    seen: list[tuple[str, int, float, dict[str, str]]] = field(default_factory=list)
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def run(self) -> None:
        n = 0
        while not self.stop.is_set() and n < 10_000:
            n += 1
            for method, path, body in (
                ("GET", "/v1/articles", None),
                ("GET", "/v1/entities?q=minister", None),
                ("GET", "/v1/timeline", None),
                ("POST", "/v1/articles", {"text": f"Officials met on Monday, meeting number {n}."}),
            ):
                started = time.monotonic()
                response = await self.client.request(method, path, json=body, timeout=BOUND_SECONDS * 2)
                self.seen.append(
                    (
                        f"{method} {path}",
                        response.status_code,
                        time.monotonic() - started,
                        dict(response.headers),
                    )
                )
            await asyncio.sleep(0.05)


async def poll(client: AsyncTestClient, path: str, status: int, within: float) -> httpx.Response:
    deadline = time.monotonic() + within
    while True:
        response = await client.get(path)
        if response.status_code == status or time.monotonic() > deadline:
            return response
        await asyncio.sleep(0.2)


@pytest.mark.timeout(180)
async def test_database_stopped_under_traffic_then_back(
    own_postgres: OwnPostgres, analysis_pool: AnalysisPool
) -> None:
    settings = settings_for(own_postgres.url, db_timeout=2.0, db_pool_min=1, db_pool_max=4)
    app = create_app(settings, analysis=analysis_pool)
    async with AsyncTestClient(app, raise_server_exceptions=False, timeout=60) as client:
        first = await client.post("/v1/articles", json={"text": SEED_TEXTS[0], "external_id": "before"})
        assert first.status_code == 201
        assert (await client.get("/readyz")).status_code == 200

        traffic = Traffic(client)
        task = asyncio.create_task(traffic.run())
        try:
            await asyncio.sleep(0.5)
            await asyncio.to_thread(own_postgres.stop)

            # Down: not ready, and every database request is a quick 503 problem.
            not_ready = await poll(client, "/readyz", 503, within=BOUND_SECONDS)
            body = assert_problem(not_ready, 503)
            assert body["database"] == "unreachable"
            assert int(not_ready.headers["retry-after"]) > 0
            for path in (
                "/v1/articles",
                "/v1/entities",
                "/v1/conflicts",
                f"/v1/articles/{first.json()['id']}",
            ):
                started = time.monotonic()
                assert_unavailable(await client.get(path))
                assert time.monotonic() - started < BOUND_SECONDS
            assert_unavailable(await client.post("/v1/articles", json={"text": "Rain fell on Tuesday."}))
            # Analysis needs no database.
            assert (
                await client.post("/v1/analyze", json={"text": "Rain fell on Tuesday."})
            ).status_code == 200
            await asyncio.sleep(1.0)

            await asyncio.to_thread(own_postgres.start)

            # Back: ready again without a restart, and reads and writes work.
            assert (await poll(client, "/readyz", 200, within=BOUND_SECONDS * 2)).status_code == 200
            recovered_at = len(traffic.seen)
            for _ in range(600):  # two more rounds of traffic, bounded
                if len(traffic.seen) >= recovered_at + 8:
                    break
                await asyncio.sleep(0.1)
        finally:
            traffic.stop.set()
            await asyncio.wait_for(task, timeout=BOUND_SECONDS * 3)

        listed = await client.get("/v1/articles", params={"limit": 200})
        assert listed.status_code == 200
        assert first.json()["id"] in [a["id"] for a in listed.json()["items"]]
        later = await client.post("/v1/articles", json={"text": SEED_TEXTS[1], "external_id": "after"})
        assert later.status_code == 201

    statuses = {status for _, status, _, _ in traffic.seen}
    assert 503 in statuses and statuses <= {200, 201, 503}, [(n, s) for n, s, _, _ in traffic.seen]
    for name, status, elapsed, headers in traffic.seen:
        assert elapsed < BOUND_SECONDS, (name, status, elapsed)
        if status == 503:
            assert headers["content-type"].startswith(PROBLEM_JSON) and int(headers["retry-after"]) > 0
    # The traffic saw the service recover as well as fail.
    last = [status for name, status, _, _ in traffic.seen if name.startswith("GET")][-3:]
    assert last == [200, 200, 200], [(n, s, round(e, 2)) for n, s, e, _ in traffic.seen]


# -- (b) an ingest interrupted half-way --------------------------------------------------------

TABLES = ("articles", "mentions", "article_entities", "entities", "events", "claims", "conflicts")


async def counts(url: str) -> dict[str, int]:
    conn = await asyncpg.connect(url)
    try:
        return {t: await conn.fetchval(f"SELECT count(*) FROM {t}") for t in TABLES}
    finally:
        await conn.close()


async def install_fault(url: str, table: str, action: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(
            f"""
            CREATE FUNCTION injected_fault() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {action};
                RETURN NEW;
            END $$;
            CREATE TRIGGER injected_fault BEFORE INSERT ON {table}
                FOR EACH ROW EXECUTE FUNCTION injected_fault();
            """
        )
    finally:
        await conn.close()


async def remove_fault(url: str, table: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(f"DROP TRIGGER injected_fault ON {table}; DROP FUNCTION injected_fault()")
    finally:
        await conn.close()


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    ("table", "action", "status"),
    [
        # The connection dies mid-transaction (as when PostgreSQL restarts): 503, retry later.
        ("events", "PERFORM pg_terminate_backend(pg_backend_pid())", 503),
        # Contention that outlasts the retries: 503, retry later.
        ("claims", "RAISE EXCEPTION 'injected' USING ERRCODE = 'serialization_failure'", 503),
        # A bug-like error: 500 problem, logged; still nothing half-stored.
        ("claims", "RAISE EXCEPTION 'injected fault'", 500),
    ],
    ids=["connection-killed", "serialization-failure", "error"],
)
async def test_interrupted_ingest_leaves_nothing_behind(
    make_client: Any, database_url: str, table: str, action: str, status: int
) -> None:
    await install_fault(database_url, table, action)
    async with make_client() as client:
        body = {"text": SEED_TEXTS[0], "external_id": "interrupted", "source": "Test wire"}
        started = time.monotonic()
        response = await client.post("/v1/articles", json=body)
        assert time.monotonic() - started < BOUND_SECONDS * 2
        assert_problem(response, status)
        if status == 503:
            assert int(response.headers["retry-after"]) > 0
        batch = await client.post("/v1/articles/batch", json={"articles": [body]})
        assert_problem(batch, status)
        assert await counts(database_url) == dict.fromkeys(TABLES, 0)
        assert (await client.get("/v1/articles")).json()["items"] == []

        # Once the fault is gone the same article goes in whole, so the trigger did stand in its way.
        await remove_fault(database_url, table)
        assert (await client.post("/v1/articles", json=body)).status_code == 201
        stored = await counts(database_url)
        assert stored["articles"] == 1 and stored[table] > 0 and stored["mentions"] > 0


# -- (c) SIGTERM with requests in flight -------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_processes(pgdata: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(attrs=["name", "cmdline"]):
        cmdline = proc.info.get("cmdline") or []
        if proc.info.get("name") == "postgres" and any(str(pgdata) in part for part in cmdline):
            found.append(proc)
    return found


@pytest.fixture
def service_process(private_dir: Path) -> Iterator[tuple[subprocess.Popen[str], str, Path, Path]]:
    """`python -m service serve` on its own data folder and port, with no seeds."""
    seeds = private_dir / "no-seeds"
    seeds.mkdir()
    port = free_port()
    log_path = private_dir / "service.log"
    env = {
        **os.environ,
        "DATA_DIR": str(private_dir / "data"),
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "SEEDS_DIR": str(seeds),
        "ANALYSIS_WORKERS": "1",
        "API_KEYS": "sigterm-test-key",
        "LOG_LEVEL": "INFO",
    }
    env.pop("DATABASE_URL", None)
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "service", "serve"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
    pgdata = (private_dir / "data" / "postgres").resolve()
    try:
        yield process, f"http://127.0.0.1:{port}", pgdata, log_path
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
        if (pgdata / "postmaster.pid").exists():  # left behind by a failure: stop that cluster only
            user = "pgserver" if os.geteuid() == 0 else None  # pgserver runs it so when root
            pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=pgdata, user=user, timeout=60)


async def wait_ready(base: str, process: subprocess.Popen[str], log_path: Path, within: float) -> None:
    deadline = time.monotonic() + within
    async with httpx.AsyncClient(base_url=base, timeout=5) as client:
        while time.monotonic() < deadline:
            assert process.poll() is None, "exited during start-up:\n" + tail(log_path)
            try:
                if (await client.get("/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.5)
    raise AssertionError("the service did not become ready:\n" + tail(log_path))


async def wait_in_flight(client: httpx.AsyncClient, path: str, within: float) -> None:
    """Until the service's own metrics count a request to `path` in progress."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        metrics = (await client.get("/metrics")).text
        gauges = [
            line for line in metrics.splitlines() if line.startswith("news_intel_requests_in_progress{")
        ]
        if any(f'path="{path}"' in line and float(line.rsplit(" ", 1)[1]) >= 1 for line in gauges):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"no request to {path} was seen in flight")


def tail(path: Path) -> str:
    return path.read_text()[-3000:]


@pytest.mark.timeout(240)
async def test_sigterm_lets_in_flight_requests_finish(
    service_process: tuple[subprocess.Popen[str], str, Path, Path],
) -> None:
    process, base, pgdata, log_path = service_process
    await wait_ready(base, process, log_path, within=150)
    assert postgres_processes(pgdata), "the embedded PostgreSQL is not running"

    headers = {"Authorization": "Bearer sigterm-test-key"}
    # Fifteen distinct articles: a few seconds of analysis, so SIGTERM lands mid-request.
    texts = [f"{text}\nEdition {n}." for n in range(3) for text in SEED_TEXTS]
    batch = {"articles": [{"text": text} for text in texts]}
    async with httpx.AsyncClient(base_url=base, timeout=120, headers=headers) as client:
        in_flight = [
            asyncio.create_task(client.post("/v1/articles/batch", json=batch)),
            asyncio.create_task(client.post("/v1/articles", json={"text": SEED_TEXTS[0] + "\nUpdated."})),
        ]
        await wait_in_flight(client, "/v1/articles/batch", within=60)
        assert not in_flight[0].done(), "the batch finished before SIGTERM"
        process.send_signal(signal.SIGTERM)
        responses = await asyncio.wait_for(asyncio.gather(*in_flight), timeout=120)
        # New connections are refused once the server is shutting down.
        async with httpx.AsyncClient(base_url=base, timeout=5) as late:
            with pytest.raises(httpx.TransportError):
                await late.get("/healthz")

    assert [r.status_code for r in responses] == [200, 201], [r.text[:300] for r in responses]
    assert [item["status"] for item in responses[0].json()["items"]] == ["created"] * len(texts)
    assert await asyncio.to_thread(process.wait, 90) == 0
    assert not (pgdata / "postmaster.pid").exists(), "the embedded PostgreSQL was left running"
    assert not postgres_processes(pgdata)

    # The log is JSON lines with request ids, and the API key never appears in it.
    lines = [line for line in log_path.read_text().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines if line.startswith("{")]
    assert any(r.get("logger") == "service.access" and r.get("request_id") for r in records)
    assert "sigterm-test-key" not in log_path.read_text()
