"""Read latency under load: each read endpoint against /healthz on the same server, in one run.

    python -m bench.reads --articles 300 --seconds 10

Starts the service (own DATA_DIR, free port), ingests `--articles` generated articles through the
API (or use `--url` for a service that already holds data), samples real ids and names from it,
then loads each endpoint at 64 connections with wrk (a Lua script cycling through the sampled
paths; a bounded Python generator when wrk is missing) and prints requests/s, p50 and p99, each as
a ratio to /healthz measured right before and right after that endpoint (the mean of the two;
each load starts once the previous one's backlog has drained, see `settle`).
Ratios are oriented so that higher is better: rps / rps(healthz), latency(healthz) / latency.
Target: every ratio >= 0.5.

`--revalidation` measures HTTP caching instead: each endpoint's plain GET against a conditional
GET carrying the ETag that path answered before (304, no body), at 8 connections.

Entity ids are drawn half from the 100 entities in the most articles (what readers open) and half
uniformly; search queries are stored aliases, half of them respelled (transliteration variant,
lower case, a typo).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

import asyncpg
import httpx

from bench import harness
from bench.corpus import generate, spell
from bench.load import WRK_HINT, LoadResult, run_load, wrk_path

ENDPOINTS = (
    "/v1/entities?q=",
    "/v1/entities/{id}",
    "/v1/entities/{id}/timeline",
    "/v1/timeline",
    "/v1/conflicts",
    "/v1/articles/{id}",
)


@dataclass
class Samples:
    """Real ids and names to build request paths from."""

    popular: list[str] = field(default_factory=list)  # entity ids in the most articles
    entities: list[str] = field(default_factory=list)  # entity ids, uniformly
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    first_day: date = date(2023, 1, 1)
    last_day: date = date(2024, 12, 31)


def respell(alias: str, rng: random.Random) -> str:
    """How a reader might type a name: as stored, another transliteration, lower case, a typo."""
    roll = rng.random()
    if roll < 0.5:
        return alias
    if roll < 0.7:
        return spell(alias, rng.randrange(1, 5))
    if roll < 0.85:
        return alias.lower()
    if len(alias) > 4:
        i = rng.randrange(1, len(alias) - 1)
        return alias[:i] + alias[i + 1] + alias[i] + alias[i + 2 :]
    return alias


def paths_for(endpoint: str, samples: Samples, n: int = 500, seed: int = 7) -> list[str]:
    """`n` request paths for one endpoint, deterministic for a seed."""
    rng = random.Random(f"{seed}:{endpoint}")
    span = max(1, (samples.last_day - samples.first_day).days)

    def entity() -> str:
        pool = samples.popular if samples.popular and rng.random() < 0.5 else samples.entities
        return rng.choice(pool)

    out = []
    for _ in range(n):
        if endpoint == "/v1/entities?q=":
            out.append("/v1/entities?q=" + quote(respell(rng.choice(samples.aliases), rng)))
        elif endpoint == "/v1/entities/{id}":
            out.append(f"/v1/entities/{entity()}")
        elif endpoint == "/v1/entities/{id}/timeline":
            out.append(f"/v1/entities/{entity()}/timeline")
        elif endpoint == "/v1/timeline":
            if rng.random() < 0.25:
                out.append("/v1/timeline")
            else:
                start = samples.first_day + timedelta(days=rng.randrange(span))
                out.append(f"/v1/timeline?from={start}&to={start + timedelta(days=30)}")
        elif endpoint == "/v1/conflicts":
            roll = rng.random()
            if roll < 0.5:
                out.append("/v1/conflicts")
            elif roll < 0.75:
                out.append("/v1/conflicts?kind=" + rng.choice(("existence", "date", "quantity")))
            else:
                out.append(f"/v1/conflicts?entity_id={entity()}")
        elif endpoint == "/v1/articles/{id}":
            out.append(f"/v1/articles/{rng.choice(samples.articles)}")
        else:
            raise ValueError(endpoint)
    return out


async def samples_from_api(base: str, limit_pages: int = 50) -> Samples:
    """Sample ids through the API (bounded: at most `limit_pages` pages of 200)."""
    s = Samples()
    counts: list[tuple[int, str]] = []
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        cursor = None
        for _ in range(limit_pages):
            page = await harness.get_json(client, "/v1/entities", limit=200, cursor=cursor)
            for e in page["items"]:
                s.entities.append(e["id"])
                s.aliases.extend(e["aliases"][:3])
                counts.append((e["article_count"], e["id"]))
            cursor = page["next_cursor"]
            if not cursor:
                break
        cursor = None
        days = []
        for _ in range(limit_pages):
            page = await harness.get_json(client, "/v1/articles", limit=200, cursor=cursor)
            for a in page["items"]:
                s.articles.append(a["id"])
                if a["published_at"]:
                    days.append(date.fromisoformat(a["published_at"][:10]))
            cursor = page["next_cursor"]
            if not cursor:
                break
    s.popular = [i for _, i in sorted(counts, reverse=True)[:100]]
    if days:
        s.first_day, s.last_day = min(days), max(days)
    return s


async def samples_from_db(conn: asyncpg.Connection, n: int = 2000, seed: int = 7) -> Samples:
    """Sample ids straight from the database (for large corpora)."""
    await conn.execute("SELECT setseed($1)", (seed % 1000) / 1000)
    s = Samples()
    s.popular = [
        r[0]
        for r in await conn.fetch("SELECT id::text FROM entities ORDER BY article_count DESC, seq LIMIT 100")
    ]
    s.entities = [
        r[0] for r in await conn.fetch("SELECT id::text FROM entities ORDER BY random() LIMIT $1", n)
    ]
    s.aliases = [
        r[0] for r in await conn.fetch("SELECT alias FROM entity_aliases ORDER BY random() LIMIT $1", n)
    ]
    s.articles = [
        r[0] for r in await conn.fetch("SELECT id::text FROM articles ORDER BY random() LIMIT $1", n)
    ]
    first, last = await conn.fetchrow("SELECT min(published_at), max(published_at) FROM articles")
    if first and last:
        s.first_day, s.last_day = first, last
    return s


@dataclass
class ReadFigures:
    """Each endpoint's figures and those of the /healthz runs on either side of it: a ratio is
    taken against the mean of its two neighbours, so a machine that slows down or speeds up
    during the run (shared, noisy) skews it as little as possible."""

    healthz: list[LoadResult]  # one more than endpoints: before the first, after each
    endpoints: dict[str, LoadResult]

    def _around(self, index: int) -> list[LoadResult]:
        return self.healthz[index : index + 2]

    @property
    def base_rps(self) -> float:
        return statistics.mean(r.rps for r in self.healthz)

    def ratios(self, endpoint: str) -> tuple[float, float, float]:
        index = list(self.endpoints).index(endpoint)
        around = self._around(index)
        r = self.endpoints[endpoint]
        rps = statistics.mean(h.rps for h in around)
        p50 = statistics.mean(h.p50_ms for h in around)
        p99 = statistics.mean(h.p99_ms for h in around)
        return r.rps / rps, p50 / r.p50_ms, p99 / r.p99_ms

    def rows(self) -> list[tuple[object, ...]]:
        out: list[tuple[object, ...]] = []
        for i, (name, r) in enumerate(self.endpoints.items()):
            around = self._around(i)
            h_rps = statistics.mean(h.rps for h in around)
            h_p50 = statistics.mean(h.p50_ms for h in around)
            h_p99 = statistics.mean(h.p99_ms for h in around)
            a, b, c = self.ratios(name)
            ok = "PASS" if min(a, b, c) >= 0.5 else "MISS"
            out.append(
                (
                    name,
                    f"{r.rps:.0f}",
                    f"{r.p50_ms:.1f}",
                    f"{r.p99_ms:.1f}",
                    f"{h_rps:.0f} / {h_p50:.1f} / {h_p99:.1f}",
                    f"{a:.2f}",
                    f"{b:.2f}",
                    f"{c:.2f}",
                    r.errors,
                    ok,
                )
            )
        return out

    def render(self) -> str:
        header = (
            "endpoint",
            "req/s",
            "p50 ms",
            "p99 ms",
            "/healthz around: req/s / p50 / p99",
            "rps ratio",
            "p50 ratio",
            "p99 ratio",
            "errors",
            "target >= 0.5",
        )
        return harness.table(self.rows(), header)


def settle(base: str, *, quiet_ms: float = 50.0, limit_s: float = 60.0) -> None:
    """Wait until a read that needs a database connection answers within `quiet_ms` again: when
    the load generator stops, the server still works through the requests it had accepted (a
    slow endpoint leaves seconds of them queued for the pool), and a /healthz figure taken
    meanwhile would measure that backlog, not the server."""
    deadline = time.monotonic() + limit_s
    with httpx.Client(base_url=base, timeout=limit_s) as client:
        while time.monotonic() < deadline:
            started = time.perf_counter()
            client.get("/v1/entities", params={"limit": 1})
            if (time.perf_counter() - started) * 1000 < quiet_ms:
                return
            time.sleep(0.2)


def measure(
    base: str,
    samples: Samples,
    *,
    seconds: float,
    connections: int = 64,
    endpoints: Sequence[str] = ENDPOINTS,
    tool: str = "wrk",
    warmup: float = 2.0,
) -> ReadFigures:
    """/healthz, then each endpoint followed by /healthz again; all on one server in one run."""
    if tool == "wrk" and not wrk_path():
        print(WRK_HINT)
        tool = "python"
    paths = {e: paths_for(e, samples) for e in endpoints}
    mixed = [p for e in endpoints for p in paths[e][:50]]
    run_load(base, mixed, seconds=warmup, connections=connections, prefer=tool)
    settle(base)

    def healthz() -> LoadResult:
        h = run_load(base, ["/healthz"], seconds=seconds, connections=connections, prefer=tool)
        print(
            f"    {'/healthz':28} {h.rps:8.0f} req/s  p50 {h.p50_ms:7.1f} ms  p99 {h.p99_ms:7.1f} ms",
            flush=True,
        )
        return h

    around = [healthz()]
    results = {}
    for e in endpoints:
        results[e] = run_load(base, paths[e], seconds=seconds, connections=connections, prefer=tool)
        settle(base)
        print(
            f"    {e:28} {results[e].rps:8.0f} req/s  p50 {results[e].p50_ms:7.1f} ms  p99 {results[e].p99_ms:7.1f} ms",
            flush=True,
        )
        around.append(healthz())
    return ReadFigures(around, results)


async def _revalidation_load(
    base: str, paths: Sequence[str], etags: dict[str, str] | None, seconds: float, connections: int
) -> tuple[LoadResult, float]:
    """Load `paths` with plain GETs (`etags` None) or with If-None-Match for each path's ETag;
    the figures and the mean bytes of body a response carried."""
    latencies: list[float] = []
    body_bytes = 0
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base, timeout=30.0, limits=limits) as client:

        async def one(worker: int) -> None:
            nonlocal body_bytes, errors
            i = worker * 7919
            while time.perf_counter() < deadline:
                i += 1
                path = paths[i % len(paths)]
                headers = {"If-None-Match": etags[path]} if etags is not None else {}
                started = time.perf_counter()
                r = await client.get(path, headers=headers)
                latencies.append((time.perf_counter() - started) * 1000)
                body_bytes += len(r.content)
                errors += r.status_code != (304 if etags is not None else 200)

        started = time.perf_counter()
        await asyncio.gather(*(one(w) for w in range(connections)))
        elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    result = LoadResult(
        requests=len(latencies),
        seconds=elapsed,
        rps=len(latencies) / elapsed,
        p50_ms=q[49],
        p99_ms=q[98],
        errors=errors,
        tool="python",
    )
    return result, body_bytes / max(1, len(latencies))


def measure_revalidation(
    base: str, samples: Samples, *, seconds: float, connections: int = 8, endpoints: Sequence[str] = ENDPOINTS
) -> str:
    """Each endpoint's plain GET against a conditional one (If-None-Match with the ETag the same
    path answered before): a client or cache that holds a read gets 304 and no body."""
    rows = []
    for endpoint in endpoints:
        paths = paths_for(endpoint, samples, n=50)
        with httpx.Client(base_url=base, timeout=30.0) as client:
            etags = {p: client.get(p).headers.get("etag", "") for p in paths}
        full, full_bytes = asyncio.run(_revalidation_load(base, paths, None, seconds, connections))
        settle(base)
        cond, cond_bytes = asyncio.run(_revalidation_load(base, paths, etags, seconds, connections))
        settle(base)
        rows.append(
            (
                endpoint,
                f"{full.rps:.0f} / {full.p50_ms:.1f} / {full_bytes:.0f}",
                f"{cond.rps:.0f} / {cond.p50_ms:.1f} / {cond_bytes:.0f}",
                f"{cond.rps / full.rps:.2f}",
                f"{full.p50_ms / cond.p50_ms:.2f}",
                full.errors + cond.errors,
            )
        )
    header = (
        "endpoint",
        "full GET: req/s / p50 ms / body bytes",
        "If-None-Match: req/s / p50 ms / body bytes",
        "rps ratio",
        "p50 ratio",
        "unexpected statuses",
    )
    return harness.table(rows, header)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reads", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="articles to ingest first")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=10.0, help="load per endpoint")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2, help="ANALYSIS_WORKERS for the ingest")
    parser.add_argument("--tool", choices=("wrk", "python"), default="wrk")
    parser.add_argument("--url", default=None, help="an already running service on 127.0.0.1 (no ingest)")
    parser.add_argument(
        "--revalidation",
        action="store_true",
        help="instead: each endpoint's plain GET against a conditional GET (ETag / 304), at 8 connections",
    )
    args = parser.parse_args(argv)
    harness.banner(f"read latency at {args.connections} connections, each endpoint vs /healthz")

    def run(base: str) -> None:
        samples = asyncio.run(samples_from_api(base))
        print(
            f"sampled {len(samples.entities)} entities, {len(samples.articles)} articles; {args.seconds:.0f} s per endpoint"
        )
        if args.revalidation:
            print()
            print(measure_revalidation(base, samples, seconds=args.seconds))
            return
        figures = measure(base, samples, seconds=args.seconds, connections=args.connections, tool=args.tool)
        print()
        print(figures.render())

    if args.url:
        assert args.url.startswith("http://127.0.0.1:"), "loopback only"
        run(args.url.rstrip("/"))
        return 0
    with harness.Service(workers=args.workers) as service:
        articles: list[dict[str, Any]] = generate(args.articles, seed=args.seed)
        seconds, statuses = asyncio.run(
            harness.post_batches(service.base, articles, batch=10, concurrency=args.workers + 1)
        )
        print(f"ingested {statuses} in {seconds:.0f} s")
        run(service.base)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
