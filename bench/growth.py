"""Cost as the corpus grows: per-article ingest and the read figures at 1k, 10k and 100k articles.

    python -m bench.growth --sizes 1000,10000,100000      # full run (~30 min on 2 cores)
    python -m bench.growth --sizes 500,2000 --seconds 3   # quick run
    python -m bench.growth --http 0 --no-reads            # ingest and EXPLAIN only (~15 min to 100k)
    python -m bench.growth --shared-buffers 2GB ...       # the server's buffer cache sized for 100k

1. An embedded PostgreSQL in a temporary folder, migrated to head.
2. A base of `--base` generated articles is ingested for real (the analysis pool, then the
   service's own store-and-reconcile transaction, in process).
3. For each size, copies of the base are bulk-loaded with COPY (see bench/bulk.py: shared
   popular entities, per-copy minted long-tail entities with recomputed keys and indexed
   words, dates spread over `--years` years), then:
   - per-article ingest: `--measure` fresh articles (analysed once, up front) go through the
     service's store-and-reconcile transaction one at a time, timed each, with a per-statement
     breakdown; and `--http` more through POST /v1/articles/batch on a service started against
     the database (end to end, analysis included);
   - EXPLAIN (ANALYZE, BUFFERS) of the main queries (the store's own SQL, run through a proxy
     connection), with custom and generic plans;
   - the read figures of bench/reads.py against that service.
4. A summary: each figure at each size and its ratio to the smallest size (target: the largest
   within 1.5x of the smallest).
5. The temporary folder, database included, is removed (`--keep-data` leaves it for a look).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import shutil
import statistics
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import asyncpg

from bench import bulk, harness, reads
from bench.corpus import generate
from service.api.schemas import ArticleIn
from service.config import load_settings
from service.db import create_pool
from service.domain import ArticleInput
from service.embedded import EmbeddedPostgres
from service.ingest import apply
from service.ingest.articles import Ingested, _store_with_retry, raw_article
from service.migrate import upgrade
from service.pipeline import name_search
from service.pipeline import terms as term_rules
from service.pipeline.analyse import Prepared
from service.reconcile import propositions, resolver
from service.reconcile import stories as story_rules
from service.store import articles as article_store
from service.store import conflicts as conflict_store
from service.store import entities as entity_store
from service.store import stories as story_store
from service.store import timeline as timeline_store
from service.workers import AnalysisPool

DB = "bench_growth"


def with_database(url: str, name: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


class Timed:
    """A connection proxy that times every statement (by its first words) for a breakdown."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._conn, name)
        if name not in {"fetch", "fetchrow", "fetchval", "execute", "executemany", "copy_records_to_table"}:
            return attr

        async def timed(*args: Any, **kwargs: Any) -> Any:
            label = " ".join(str(args[0]).split())[:70] if args else name
            started = time.perf_counter()
            try:
                return await attr(*args, **kwargs)
            finally:
                self.seconds[label] += time.perf_counter() - started
                self.calls[label] += 1

        return timed


class Explain:
    """A connection proxy that EXPLAINs (ANALYZE, BUFFERS) each query instead of returning rows."""

    def __init__(self, conn: asyncpg.Connection, generic: bool) -> None:
        self._conn = conn
        self.generic = generic
        self.plans: list[tuple[str, float]] = []

    async def _explain(self, sql: str, *args: Any) -> None:
        mode = "force_generic_plan" if self.generic else "force_custom_plan"
        async with self._conn.transaction():
            await self._conn.execute(f"SET LOCAL plan_cache_mode = {mode}")
            # A fresh statement per call (the cache would keep the other mode's plan).
            stmt = await self._conn.prepare("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            rows = await stmt.fetch(*args)
        text = "\n".join(r[0] for r in rows)
        ms = next(
            (float(line.split(":")[1].split()[0]) for line in text.splitlines() if "Execution Time" in line),
            0.0,
        )
        self.plans.append((text, ms))

    async def fetch(self, sql: str, *args: Any, **_: Any) -> list[Any]:
        await self._explain(sql, *args)
        return []

    async def fetchrow(self, sql: str, *args: Any, **_: Any) -> None:
        await self._explain(sql, *args)

    async def fetchval(self, sql: str, *args: Any, **_: Any) -> None:
        await self._explain(sql, *args)

    async def execute(self, sql: str, *args: Any, **_: Any) -> None:
        """A write, explained and rolled back (EXPLAIN ANALYZE runs it)."""
        tx = self._conn.transaction()
        await tx.start()
        try:
            await self._explain(sql, *args)
        finally:
            await tx.rollback()


async def explain_queries(
    conn: asyncpg.Connection, prepared: Prepared
) -> list[tuple[str, float, float, str, str]]:
    """(query, custom ms, generic ms, custom plan, generic plan) for the main queries, with the
    arguments the service would pass (look-ups for a real new article's entities)."""
    popular = await conn.fetchrow(
        "SELECT id, name FROM entities WHERE type = 'PERSON' ORDER BY article_count DESC, seq LIMIT 1"
    )
    top = await conn.fetchval("SELECT id FROM entities ORDER BY article_count DESC, seq LIMIT 1")
    busiest = await conn.fetchval(
        "SELECT entity_id FROM event_entities GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 1"
    )
    lone = await conn.fetchval(
        """SELECT x.entity_id FROM event_entities x JOIN entities e ON e.id = x.entity_id
           WHERE e.article_count = 1 ORDER BY x.event_id LIMIT 1"""
    )
    single = await conn.fetchval("SELECT id FROM entities WHERE article_count = 1 ORDER BY seq DESC LIMIT 1")
    article = await conn.fetchval("SELECT id FROM articles ORDER BY seq DESC LIMIT 1 OFFSET 100")
    mid = await conn.fetchval(
        "SELECT published_at FROM articles WHERE published_at IS NOT NULL ORDER BY seq LIMIT 1 OFFSET 50"
    )
    mid = mid or date(2024, 1, 1)
    talker = await conn.fetchrow(
        """SELECT speaker_id::text AS id, start_date FROM events
           WHERE speaker_id IS NOT NULL AND start_date IS NOT NULL
           GROUP BY speaker_id, start_date ORDER BY count(*) DESC, speaker_id, start_date LIMIT 1"""
    )
    scoped = await conn.fetchval(
        "SELECT scope_id::text FROM conflicts WHERE scope_id IS NOT NULL ORDER BY seq DESC LIMIT 1"
    )
    # that story's latest articles, as conflict_store.story_scope reads them for one of its articles
    scope_articles = [
        r["id"]
        for r in await conn.fetch(
            """SELECT id::text AS id FROM articles
               WHERE story_id = (SELECT coalesce(merged_into, id) FROM stories WHERE id = $1::uuid)
               ORDER BY seq DESC LIMIT $2""",
            scoped,
            conflict_store.SCOPE_ARTICLES,
        )
    ]
    query = popular["name"].split()[-1] if popular else "Kestov"
    typo = query[:2] + query[3] + query[2] + query[4:] if len(query) > 4 else query
    groups = [g for g in prepared.analysis.entities if g.mentions]
    incomings = resolver.incomings(groups)
    person = next((i for i, g in enumerate(groups) if g.type == "PERSON"), 0)
    thing = next((i for i, g in enumerate(groups) if g.type != "PERSON"), 0)
    p_in, t_in = incomings[person], incomings[thing]
    p_keys, t_keys = resolver.candidate_keys(p_in), resolver.candidate_keys(t_in)

    # The look-ups apply.resolve_entities runs: all of an article's keys in one query (here one
    # name's), then the trigram look-up for a non-person.
    found = (await apply.key_candidates(conn, {0: p_keys})).get(0, [])
    matching = [m.candidate.id for m in resolver.matches(p_in, found)] or [str(top)]
    page_rows, _ = await timeline_store.page(
        conn, limit=50, cursor=None, entity_id=None, date_from=mid, date_to=None
    )
    event_ids = [r["id"] for r in page_rows]
    wanted = name_search.Query.of(typo)
    found_aliases = await entity_store.search_candidates(conn, wanted, type_=None)
    contenders = name_search.contenders(
        name_search.best_scores(
            wanted, ((r["entity_id"], r["key"], r["translit_key"]) for r in found_aliases)
        ),
        51,
    )
    # The look-ups story assignment runs for the same article (ingest/stories.place).
    vector = story_rules.unit_log_tf(prepared.terms)
    documents = int(await conn.fetchval("SELECT documents FROM term_corpus"))
    df = await story_store.document_frequencies(conn, vector)
    idfs = {t: story_rules.idf(df.get(t, 0), documents) for t in vector}
    story_query = story_rules.query_terms(vector, idfs)
    story_weights = [vector[t] * idfs[t] for t in story_query]
    story_candidates = await story_store.candidate_ids(
        conn, story_query, story_weights, story_rules.CANDIDATES
    )
    signature_bands = term_rules.bands(prepared.signature)
    steps: list[tuple[str, Any]] = [
        (
            "stories.document_frequencies (an article's terms)",
            lambda e: story_store.document_frequencies(e, list(vector)),
        ),
        (
            "stories.candidate_ids (its distinctive terms)",
            lambda e: story_store.candidate_ids(e, story_query, story_weights, story_rules.CANDIDATES),
        ),
        ("stories.vectors (its candidate stories)", lambda e: story_store.vectors(e, story_candidates)),
        (
            "stories.near_duplicates (its signature bands)",
            lambda e: story_store.near_duplicates(e, signature_bands),
        ),
        (
            "stories.list_page (first page)",
            lambda e: story_store.list_page(
                e, limit=50, cursor=None, entity_id=None, published_from=None, published_to=None, q=None
            ),
        ),
        (
            "entities.search_candidates (typo of a popular surname)",
            lambda e: entity_store.search_candidates(e, wanted, type_=None),
        ),
        ("entities.ranked (its scored candidates)", lambda e: entity_store.ranked(e, contenders, 51)),
        ("entities.candidates_by_keys (a person)", lambda e: apply.key_candidates(e, {0: p_keys})),
        ("entities.context_of (its matching candidates)", lambda e: entity_store.context_of(e, matching)),
        (
            "apply.trigram_candidates (a non-person)",
            lambda e: apply.trigram_candidates(e, t_keys),
        ),
        (
            "timeline.candidates (statement, entity in most events)",
            lambda e: timeline_store.candidates(
                e, predicate_class="statement", participants=[str(busiest)], start=mid, end=mid
            ),
        ),
        (
            "timeline.statement_candidates (busiest speaker's busiest day)",
            lambda e: timeline_store.statement_candidates(
                e,
                predicate_class="statement",
                speaker_id=talker["id"] if talker else str(busiest),
                participants=[talker["id"] if talker else str(busiest)],
                days=[talker["start_date"] if talker else mid],
            ),
        ),
        (
            "conflicts.remove_stale_in_scope (a story's, rolled back)",
            lambda e: conflict_store.remove_stale_in_scope(
                e, propositions.KEY_PREFIX, scoped or str(uuid.uuid4()), scope_articles, []
            ),
        ),
        (
            "timeline.page (first page)",
            lambda e: timeline_store.page(
                e, limit=50, cursor=None, entity_id=None, date_from=None, date_to=None
            ),
        ),
        (
            "timeline.page (from/to, 30 days)",
            lambda e: timeline_store.page(
                e, limit=50, cursor=None, entity_id=None, date_from=mid, date_to=mid + timedelta(days=30)
            ),
        ),
        (
            "timeline.page (entity in most events)",
            lambda e: timeline_store.page(
                e, limit=50, cursor=None, entity_id=busiest, date_from=None, date_to=None
            ),
        ),
        (
            "timeline.page (entity in one article)",
            lambda e: timeline_store.page(
                e, limit=50, cursor=None, entity_id=lone, date_from=None, date_to=None
            ),
        ),
        (
            "conflicts.page (first page)",
            lambda e: conflict_store.page(e, limit=50, cursor=None, entity_id=None, kind=None),
        ),
        (
            "conflicts.page (entity in most articles)",
            lambda e: conflict_store.page(e, limit=50, cursor=None, entity_id=top, kind=None),
        ),
        ("articles.entities_of", lambda e: article_store.entities_of(e, article)),
        ("entities.get (entity in most articles)", lambda e: entity_store.get(e, top)),
        ("entities.related (entity in most articles)", lambda e: entity_store.related(e, top)),
        ("entities.related (entity in one article)", lambda e: entity_store.related(e, single)),
        ("timeline.details (one query)", lambda e: timeline_store.details(e, event_ids)),
    ]
    print(
        f"   explained with: search q={typo!r}; key look-ups for {groups[person].name!r} "
        f"({len(matching)} matching candidates); spelling look-up for {groups[thing].name!r}"
    )
    out = []
    for label, step in steps:
        plans: list[list[tuple[str, float]]] = []
        for generic in (False, True):
            e = Explain(conn, generic=generic)
            await step(e)
            plans.append(e.plans)
        custom, generic_plans = plans
        out.append(
            (
                label,
                sum(ms for _, ms in custom),
                sum(ms for _, ms in generic_plans),
                "\n".join(p for p, _ in custom),
                "\n".join(p for p, _ in generic_plans),
            )
        )
    return out


async def ingest_timed(
    pool: asyncpg.Pool, items: Sequence[ArticleInput], prepared: Sequence[Prepared]
) -> tuple[list[float], Timed]:
    """Store each article with the service's own transaction, one at a time; seconds each."""
    times = []
    async with pool.acquire() as conn:
        proxy = Timed(conn)
        for item, ready in zip(items, prepared, strict=True):
            started = time.perf_counter()
            result: Ingested = await _store_with_retry(proxy, item, ready)  # type: ignore[arg-type]
            times.append(time.perf_counter() - started)
            assert result.status == "created", result
    return times, proxy


def _append(path: Path, text: str, fresh: bool = False) -> None:
    with path.open("w" if fresh else "a", encoding="utf-8") as f:
        f.write(text)


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def shapes(conn: asyncpg.Connection) -> dict[str, int]:
    out = {}
    for table in bulk.TABLES:
        out[table] = int(await conn.fetchval(f"SELECT count(*) FROM {table}"))
    return out


async def with_shared_buffers(server: EmbeddedPostgres, url: str, size: str) -> str:
    """Restart the bench's server with `size` of shared buffers (PostgreSQL's default is 128 MB,
    which a deployment of a 6 GB database raises); return its new URL. At 100k the look-ups read
    entity and alias pages one at a time, so whether they come from the buffer cache or the
    operating system's is part of what the figure measures."""
    admin = await asyncpg.connect(with_database(url, "postgres"))
    try:
        await admin.execute("ALTER SYSTEM SET shared_buffers = " + quote_literal(size))
    finally:
        await admin.close()
    await asyncio.to_thread(server.stop)
    url = await asyncio.to_thread(server.start)
    admin = await asyncpg.connect(with_database(url, "postgres"))
    try:
        print(f"shared_buffers: {await admin.fetchval('SHOW shared_buffers')}")
    finally:
        await admin.close()
    return url


def quote_literal(value: str) -> str:
    """A SQL string literal (ALTER SYSTEM takes no parameters)."""
    return "'" + value.replace("'", "''") + "'"


async def run(args: argparse.Namespace) -> int:
    harness.banner("cost as the corpus grows")
    sizes = sorted(int(s) for s in args.sizes.split(","))
    settings = load_settings()
    if args.plans:
        plans_out = Path(args.plans)
        _append(plans_out, "", fresh=True)
    else:
        # a file of this run's own: two runs at once (or another user's) never share one
        fd, name = tempfile.mkstemp(prefix="bench-growth-plans-", suffix=".txt")
        os.close(fd)
        plans_out = Path(name)
    print(f"plans: {plans_out}")
    tmp = Path(tempfile.mkdtemp(prefix="news-bench-growth-"))
    server = EmbeddedPostgres(tmp)
    server_url = await asyncio.to_thread(server.start)
    analysis: AnalysisPool | None = None
    try:
        if args.shared_buffers:
            server_url = await with_shared_buffers(server, server_url, args.shared_buffers)
        admin = await asyncpg.connect(with_database(server_url, "postgres"))
        await admin.execute(f'DROP DATABASE IF EXISTS "{DB}"')
        await admin.execute(f'CREATE DATABASE "{DB}"')
        await admin.close()
        url = with_database(server_url, DB)
        await asyncio.to_thread(upgrade, url)
        n_measure = args.measure * len(sizes)
        n_http = args.http * len(sizes)
        corpus = generate(args.base + n_measure + n_http, seed=args.seed)
        items = [ArticleIn(**a).to_input() for a in corpus]  # type: ignore[arg-type]
        analysis = AnalysisPool(args.workers, settings.spacy_model)
        await asyncio.to_thread(analysis.warm_up)
        started = time.perf_counter()
        prepared: list[Prepared] = []
        for i in range(0, args.base + n_measure, 20):
            prepared += await analysis.prepare(
                [raw_article(x) for x in items[i : min(i + 20, args.base + n_measure)]]
            )
        analysis_s = (time.perf_counter() - started) / len(prepared)
        analysis.close()
        analysis = None
        print(
            f"analysed {len(prepared)} articles: {analysis_s * 1000:.0f} ms/article wall with {args.workers} workers"
        )
        pool = await create_pool(url, max_size=2)
        base_times, _ = await ingest_timed(pool, items[: args.base], prepared[: args.base])
        print(
            f"base: {args.base} articles ingested for real, store {statistics.mean(base_times) * 1000:.0f} ms/article "
            f"(first 50: {statistics.mean(base_times[:50]) * 1000:.0f}, last 50: {statistics.mean(base_times[-50:]) * 1000:.0f})"
        )
        plain = await asyncpg.connect(url)
        snap = await bulk.snapshot(plain, args.shared_min)
        counts = {t: snap.count(t) for t in bulk.TABLES}
        print(
            "base shapes per article: " + ", ".join(f"{t} {n / snap.articles:.1f}" for t, n in counts.items())
        )
        print(
            f"shared entities (in >= {args.shared_min} base articles): {len(snap.shared)} of {counts['entities']}"
        )
        rep = bulk.Replicator(snap, args.seed, args.years)
        loaded_copies = 1
        summary: list[dict[str, Any]] = []
        next_measure = args.base
        next_http = args.base + n_measure
        for size in sizes:
            want = max(1, math.ceil(size / args.base))
            if want > loaded_copies:
                added = want - loaded_copies
                print(
                    f"\n-- loading {added} copies of the base ({added * args.base} articles) --", flush=True
                )
                t0 = time.perf_counter()
                stats = await bulk.load_copies(
                    plain,
                    rep,
                    range(loaded_copies, want),
                    rebuild_indexes=added >= loaded_copies,
                    progress=lambda m: None,
                )
                print(
                    f"   loaded in {time.perf_counter() - t0:.0f} s (rows {stats.seconds_rows:.0f} s, COPY "
                    f"{stats.seconds_copy:.0f} s, indexes {stats.seconds_index:.0f} s, vacuum analyze and checkpoint {stats.seconds_vacuum:.0f} s)"
                )
                loaded_copies = want
            now = await shapes(plain)
            print(f"\n== size {now['articles']} articles ==")
            print("   rows: " + ", ".join(f"{t} {n}" for t, n in now.items()))
            result: dict[str, Any] = {"size": now["articles"], "rows": now}
            # per-article ingest, in process
            batch = slice(next_measure, next_measure + args.measure)
            next_measure += args.measure
            times, proxy = await ingest_timed(pool, items[batch], prepared[batch])
            result["store_ms"] = statistics.median(times) * 1000
            result["store_p90_ms"] = pct(times, 0.9) * 1000
            result["store_mean_ms"] = statistics.mean(times) * 1000
            result["breakdown"] = {k: v / len(times) * 1000 for k, v in proxy.seconds.most_common(8)}
            result["calls"] = {k: proxy.calls[k] / len(times) for k in result["breakdown"]}
            print(
                f"   store+reconcile per article (in process, {len(times)} articles): median {result['store_ms']:.0f} ms, "
                f"p90 {result['store_p90_ms']:.0f} ms, mean {result['store_mean_ms']:.0f} ms; "
                f"{sum(proxy.calls.values()) / len(times):.0f} statements/article"
            )
            for label, ms in result["breakdown"].items():
                print(f"      {ms:7.1f} ms  {result['calls'][label]:6.1f}x  {label}")
            # EXPLAIN
            async with pool.acquire() as conn:
                explained = await explain_queries(conn, prepared[batch][0])
            result["explain"] = {label: (c, g) for label, c, g, _, _ in explained}
            print(
                harness.table(
                    [(label, f"{c:.2f}", f"{g:.2f}") for label, c, g, _, _ in explained],
                    ("query", "custom plan ms", "generic plan ms"),
                )
            )
            _append(
                plans_out,
                f"\n\n######## size {now['articles']} articles ########\n"
                + "".join(
                    f"\n=== {label}: custom {c:.2f} ms, generic {g:.2f} ms ===\n-- custom plan --\n{cp}\n"
                    f"-- generic plan --\n{gp}\n"
                    for label, c, g, cp, gp in explained
                ),
            )
            result["plans"] = explained
            # the service: end-to-end ingest and reads
            if not args.reads and not args.http:
                summary.append(result)
                continue
            with harness.Service(workers=args.workers, database_url=url) as service:
                if args.http:
                    hb = slice(next_http, next_http + args.http)
                    next_http += args.http
                    seconds, statuses = await harness.post_batches(
                        service.base, corpus[hb], batch=args.http, concurrency=1
                    )
                    result["http_s"] = seconds / args.http
                    print(
                        f"   end to end via POST /v1/articles/batch: {result['http_s']:.2f} s/article ({statuses}, W={args.workers})"
                    )
                if not args.reads:
                    summary.append(result)
                    continue
                samples = await reads.samples_from_db(plain)
                figures = await asyncio.to_thread(
                    reads.measure,
                    service.base,
                    samples,
                    seconds=args.seconds,
                    connections=args.connections,
                    tool=args.tool,
                )
                print(figures.render())
                result["reads"] = figures
                result["memory"] = harness.memory(
                    service.api_process(), harness.postgres_processes(tmp / "postgres")
                )
            summary.append(result)
        await pool.close()
        await plain.close()
        report(summary, plans_out)
    finally:
        if analysis is not None:
            analysis.close()
        await asyncio.to_thread(server.stop)
        if args.keep_data:
            print(f"database folder kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def report(summary: list[dict[str, Any]], plans_out: Path) -> None:
    first, last = summary[0], summary[-1]
    print(
        f"\n== growth summary: {first['size']} -> {last['size']} articles (target: largest within 1.5x of smallest) =="
    )
    rows: list[tuple[object, ...]] = []

    def add(name: str, values: list[float], unit: str, higher_is_better: bool = False) -> None:
        ratio = values[-1] / values[0] if values[0] else float("inf")
        worse = (1 / ratio if ratio else float("inf")) if higher_is_better else ratio
        rows.append(
            (name, *(f"{v:.1f}{unit}" for v in values), f"{worse:.2f}x", "PASS" if worse <= 1.5 else "MISS")
        )

    add("store+reconcile ms/article (median)", [r["store_ms"] for r in summary], "")
    add("store+reconcile ms/article (p90)", [r["store_p90_ms"] for r in summary], "")
    if all("http_s" in r for r in summary):
        add("end-to-end s/article (HTTP batch)", [r["http_s"] for r in summary], "")
    for endpoint in reads.ENDPOINTS if all("reads" in r for r in summary) else ():
        add(
            f"{endpoint} req/s",
            [r["reads"].endpoints[endpoint].rps for r in summary],
            "",
            higher_is_better=True,
        )
        add(f"{endpoint} p50 ms", [r["reads"].endpoints[endpoint].p50_ms for r in summary], "")
        add(f"{endpoint} p99 ms", [r["reads"].endpoints[endpoint].p99_ms for r in summary], "")
    if all("reads" in r for r in summary):
        add("/healthz req/s (mean)", [r["reads"].base_rps for r in summary], "", higher_is_better=True)
    header = ("figure", *(f"{r['size']} art." for r in summary), "largest/smallest", "target")
    print(harness.table(rows, header))
    print("\nquery execution times (custom plan ms) by size")
    labels = list(first["explain"])
    print(
        harness.table(
            [
                (label, *(f"{r['explain'][label][0]:.2f}" for r in summary if label in r["explain"]))
                for label in labels
            ],
            ("query", *(f"{r['size']}" for r in summary)),
        )
    )
    print(f"\nfull EXPLAIN (ANALYZE, BUFFERS) plans for every size: {plans_out}")
    print(f"\nEXPLAIN (ANALYZE, BUFFERS) at {last['size']} articles (custom plans):")
    for label, c, _g, plan, _gp in last["plans"]:
        print(f"\n--- {label} ({c:.2f} ms) ---\n{plan}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.growth", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="articles in the database, comma-separated"
    )
    parser.add_argument("--base", type=int, default=250, help="articles ingested for real and replicated")
    # 100 rather than 30: a median of 30 articles moved from 87 to 100 ms at 1k between two runs
    # of the same code on a shared machine, and the target is a ratio of two medians.
    parser.add_argument("--measure", type=int, default=100, help="articles timed in process at each size")
    parser.add_argument(
        "--http", type=int, default=10, help="articles ingested through HTTP at each size (0: skip)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="analysis processes")
    parser.add_argument("--shared-min", type=int, default=3, help="base articles that make an entity shared")
    parser.add_argument("--years", type=int, default=6, help="years the copies are spread over")
    parser.add_argument("--seconds", type=float, default=5.0, help="read load per endpoint")
    parser.add_argument(
        "--no-reads",
        dest="reads",
        action="store_false",
        help="skip the read load (with --http 0: no service is started; the per-article figures and EXPLAIN only)",
    )
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--tool", choices=("wrk", "python"), default="wrk")
    parser.add_argument(
        "--shared-buffers",
        help="PostgreSQL shared_buffers for the bench's server, e.g. 2GB (default: the server's, 128 MB)",
    )
    parser.add_argument(
        "--keep-data", action="store_true", help="leave the database folder behind (about 6 GB at 100k)"
    )
    parser.add_argument(
        "--plans",
        default=None,
        help="file for the full EXPLAIN plans (default: a new file in the temporary folder, named per run)",
    )
    args = parser.parse_args(argv)
    return asyncio.run(run(args))


if __name__ == "__main__":
    raise SystemExit(main())
