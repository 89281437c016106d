"""Migrations, the seed loader, health, readiness, metrics, request ids and the OpenAPI spec."""

from __future__ import annotations

from typing import Any

import asyncpg
import pytest

from service.db import create_pool
from service.migrate import downgrade, head_revision, upgrade
from service.seed import load_seeds
from tests.conftest import SEEDS

pytestmark = pytest.mark.integration

TABLES = {
    "articles",
    "entities",
    "entity_aliases",
    "article_entities",
    "mentions",
    "events",
    "event_entities",
    "event_evidence",
    "claims",
    "conflicts",
    "conflict_entities",
    "name_words",
    "word_grams",
    "alias_words",
    "word_deletes",
    "stories",
    "story_terms",
    "story_entities",
    "term_df",
    "term_corpus",
    "article_bands",
    "figures",
}


async def tables(url: str) -> set[str]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return {r["tablename"] for r in rows} - {"alembic_version"}
    finally:
        await conn.close()


async def test_migrations_upgrade_downgrade_upgrade(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    assert await tables(empty_database_url) == TABLES
    downgrade(empty_database_url, "base")
    assert await tables(empty_database_url) == set()
    upgrade(empty_database_url, "0002")
    assert await tables(empty_database_url) == {
        "articles",
        "entities",
        "entity_aliases",
        "alias_grams",
        "article_entities",
        "mentions",
    }
    upgrade(empty_database_url)
    assert await tables(empty_database_url) == TABLES
    conn = await asyncpg.connect(empty_database_url)
    try:
        assert await conn.fetchval("SELECT version_num FROM alembic_version") == head_revision()
    finally:
        await conn.close()


async def article_columns(url: str) -> set[str]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'"
        )
        return {r["column_name"] for r in rows}
    finally:
        await conn.close()


async def test_the_extraction_column_comes_and_goes(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    assert "extraction" in await article_columns(empty_database_url)
    downgrade(empty_database_url, "0010")
    assert "extraction" not in await article_columns(empty_database_url)
    assert "story_id" in await article_columns(empty_database_url)
    upgrade(empty_database_url)
    assert "extraction" in await article_columns(empty_database_url)


async def conflict_indexes(url: str) -> set[str]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch("SELECT indexname FROM pg_indexes WHERE tablename = 'conflicts'")
        return {r["indexname"] for r in rows}
    finally:
        await conn.close()


async def test_the_conflict_article_index_comes_and_goes(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    assert "conflicts_article_ids_idx" in await conflict_indexes(empty_database_url)
    downgrade(empty_database_url, "0011")
    assert "conflicts_article_ids_idx" not in await conflict_indexes(empty_database_url)
    assert "extraction" in await article_columns(empty_database_url)
    upgrade(empty_database_url)
    assert "conflicts_article_ids_idx" in await conflict_indexes(empty_database_url)


async def test_seed_loader_twice_leaves_five_articles(database_url: str, analysis_pool: Any) -> None:
    pool = await create_pool(database_url)
    try:
        first = await load_seeds(pool, analysis_pool, SEEDS)
        second = await load_seeds(pool, analysis_pool, SEEDS)
        assert [r.status for r in first] == ["created"] * 5
        assert [r.status for r in second] == ["duplicate"] * 5
        assert [r.article_id for r in first] == [r.article_id for r in second]
        async with pool.acquire() as conn:
            assert await conn.fetchval("SELECT count(*) FROM articles") == 5
            names = await conn.fetch("SELECT external_id FROM articles ORDER BY external_id")
            assert [r["external_id"] for r in names] == sorted(p.name for p in SEEDS.glob("*.txt"))
    finally:
        await pool.close()


async def test_every_entity_row_lists_the_spellings_its_aliases_hold(
    database_url: str, analysis_pool: Any
) -> None:
    """`entities.aliases` (revision 0020) is what the resolver and the API read; `entity_aliases`
    is the look-up index. After real articles they hold the same spellings in the same order."""
    pool = await create_pool(database_url)
    try:
        await load_seeds(pool, analysis_pool, SEEDS)
        async with pool.acquire() as conn:
            rows = await conn.fetch(
                """
                SELECT e.aliases,
                       ARRAY(SELECT a.alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY a.id) AS stored
                FROM entities e
                """
            )
        assert len(rows) > 10
        assert all(r["aliases"] == r["stored"] and r["aliases"] for r in rows)
        assert any(len(r["aliases"]) > 1 for r in rows)
    finally:
        await pool.close()


async def test_health_ready_metrics(client: Any) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["schema_revision"] == head_revision()
    await client.get("/v1/articles")
    metrics = await client.get("/metrics")
    assert metrics.status_code == 200
    assert "news_intel_requests_total" in metrics.text


async def test_readyz_fails_when_schema_is_behind(make_client: Any, database_url: str) -> None:
    downgrade(database_url, "0003")
    async with make_client() as client:
        response = await client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["schema_revision"] == "0003"


async def test_request_id_is_returned_and_kept(client: Any) -> None:
    response = await client.get("/healthz", headers={"x-request-id": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"
    generated = await client.get("/healthz", headers={"x-request-id": "bad id with spaces"})
    assert generated.headers["x-request-id"] != "bad id with spaces"
    assert len(generated.headers["x-request-id"]) == 32


async def test_openapi_has_operation_ids_and_problem_responses(client: Any) -> None:
    spec = (await client.get("/schema/openapi.json")).json()
    assert spec["openapi"].startswith("3.1")
    operations = [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
    ids = {op["operationId"] for op in operations}
    assert {
        "createArticle",
        "createArticleBatch",
        "listArticles",
        "getArticle",
        "listEntities",
        "getEntity",
        "getEntityTimeline",
        "getTimeline",
        "listConflicts",
        "getConflict",
        "analyzeText",
        "getHealth",
        "getReadiness",
    } <= ids
    for op in operations:
        assert any(code.startswith("2") for code in op["responses"]), op["operationId"]
        assert (
            "400" in op["responses"]
            or "422" in op["responses"]
            or op["operationId"] in {"getHealth", "getReadiness"}
        )
    batch = spec["paths"]["/v1/articles/batch"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    assert batch == {"$ref": "#/components/schemas/ArticleBatchIn"}
    assert (await client.get("/schema")).status_code == 200


async def test_two_embedded_databases_run_side_by_side(tmp_path: Any) -> None:
    from service.embedded import EmbeddedPostgres

    first, second = EmbeddedPostgres(tmp_path / "one"), EmbeddedPostgres(tmp_path / "two")
    urls = [first.start(), second.start()]
    try:
        assert urls[0] != urls[1]
        for i, url in enumerate(urls):
            conn = await asyncpg.connect(url)
            try:
                await conn.execute("CREATE TABLE marker (n int)")
                await conn.execute("INSERT INTO marker VALUES ($1)", i)
            finally:
                await conn.close()
        for i, url in enumerate(urls):
            conn = await asyncpg.connect(url)
            try:
                assert await conn.fetchval("SELECT n FROM marker") == i
            finally:
                await conn.close()
    finally:
        first.stop()
        second.stop()
    assert (tmp_path / "one" / "postgres" / "PG_VERSION").exists()
