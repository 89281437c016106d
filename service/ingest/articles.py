"""Ingesting articles: duplicate check, analysis off the loop, one transaction per article."""

from __future__ import annotations

from typing import Literal

import asyncpg
import msgspec

from service.domain import ArticleInput, Extraction
from service.ingest.apply import apply_article, refresh_propositions
from service.ingest.dates import refresh_story_dates
from service.ingest.figures import refresh_quantities, store_figures
from service.ingest.stories import assign_story
from service.pipeline import lexicon as lx
from service.pipeline.analyse import Prepared, RawArticle
from service.store import articles as article_store
from service.workers import AnalysisPool

Outcome = Literal["created", "duplicate"]


class Ingested(msgspec.Struct, frozen=True):
    status: Outcome
    article_id: str


def raw_article(item: ArticleInput) -> RawArticle:
    return RawArticle(
        text=item.text,
        title=item.title.strip() if item.title and item.title.strip() else None,
        published_at=item.published_at,
        language=item.language,
    )


def extraction_json(extraction: Extraction | None) -> dict[str, object] | None:
    """What the page gave, as the jsonb the article keeps. PostgreSQL's JSON cannot hold NUL,
    so each becomes U+FFFD (as in the article's stored text)."""
    if extraction is None:
        return None
    return {
        key: value.replace("\x00", "\ufffd") if isinstance(value, str) else value
        for key, value in msgspec.to_builtins(extraction).items()
    }


async def _store(conn: asyncpg.Connection, item: ArticleInput, prepared: Prepared) -> Ingested:
    async with conn.transaction():
        analysis = prepared.analysis
        article_id = await article_store.insert(
            conn,
            {
                "external_id": item.external_id,
                "url": item.url,
                "content_hash": prepared.content_hash,
                "source": item.source,
                "title": prepared.title,
                "published_at": prepared.published_at,
                "published_at_inferred": prepared.published_at_inferred,
                "language": analysis.language,
                "raw_text": item.text,
                "text": prepared.cleaned.text,
                "clean_offset": prepared.cleaned.clean_text_offset,
                "word_count": prepared.word_count,
                "warnings": msgspec.to_builtins(analysis.warnings),
                "time_expressions": msgspec.to_builtins(analysis.time_expressions),
                "extraction": extraction_json(item.extraction),
            },
        )
        if article_id is None:
            # Lost a race with an identical article (or same url/external id): return that one.
            existing = await article_store.find_duplicate(
                conn, external_id=item.external_id, url=item.url, content_hash=prepared.content_hash
            )
            if existing is None:  # the winner rolled back between our insert and this read
                raise asyncpg.exceptions.SerializationError("concurrent ingest; retry")
            return Ingested("duplicate", existing)
        await apply_article(conn, article_id, prepared)
        await assign_story(conn, article_id, prepared)
        analysis = prepared.analysis
        if analysis.claims or analysis.narrated:
            # An article that only narrates may still take a side in its story's dispute.
            await refresh_propositions(conn, article_id)
        if any(
            s.time is not None and s.predicate_class in lx.SINGULAR_EVENT_CLASSES for s in analysis.statements
        ):
            # A day this article gives may be another than the one its story's articles gave.
            await refresh_story_dates(conn, article_id)
        if prepared.analysis.figures:
            await store_figures(conn, article_id, prepared.analysis.figures)
            await refresh_quantities(conn, article_id)
        return Ingested("created", article_id)


async def ingest_many(
    pool: asyncpg.Pool,
    analysis: AnalysisPool,
    items: list[ArticleInput],
    *,
    acquire_timeout: float | None = None,
) -> list[Ingested]:
    """Store each article once; a duplicate returns the stored article's id. A connection not
    free within `acquire_timeout` seconds raises TimeoutError (the API's 503) instead of waiting."""
    results: dict[int, Ingested] = {}
    todo: list[int] = []
    async with pool.acquire(timeout=acquire_timeout) as conn:
        for i, item in enumerate(items):
            existing = await article_store.find_duplicate(
                conn, external_id=item.external_id, url=item.url, content_hash=None
            )
            if existing:
                results[i] = Ingested("duplicate", existing)
            else:
                todo.append(i)
    prepared = await analysis.prepare([raw_article(items[i]) for i in todo])
    for i, ready in zip(todo, prepared, strict=True):
        async with pool.acquire(timeout=acquire_timeout) as conn:
            results[i] = await _store_with_retry(conn, items[i], ready)
    return [results[i] for i in range(len(items))]


async def _store_with_retry(conn: asyncpg.Connection, item: ArticleInput, prepared: Prepared) -> Ingested:
    for attempt in range(3):
        try:
            return await _store(conn, item, prepared)
        except (asyncpg.exceptions.SerializationError, asyncpg.exceptions.DeadlockDetectedError):
            if attempt == 2:
                raise
    raise AssertionError("unreachable")
