"""Articles: ingest one or many, list, read."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

import asyncpg
import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.di import NamedDependency
from litestar.openapi import ResponseSpec
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter

from service.api import messages
from service.api.deps import path_id, query_id, require_api_key, text_within_bound
from service.api.errors import ApiProblem, problem
from service.api.pages import raise_problem, read_bodies
from service.api.params import Cursor, EntityIdQuery, Limit, StoryIdQuery
from service.api.schemas import (
    Article,
    ArticleBatchEnvelope,
    ArticleClaim,
    ArticleEntity,
    ArticleExtraction,
    ArticleIn,
    ArticlePage,
    ArticleSummary,
    BatchItemResult,
    BatchResult,
    Claimant,
    Problem,
    pg_text,
)
from service.domain import ArticleInput
from service.ingest.articles import ingest_many
from service.store import articles as store


async def load_article(conn: asyncpg.Connection, article_id: uuid.UUID) -> Article | None:
    row = await store.get(conn, article_id)
    if row is None:
        return None
    entities = await store.entities_of(conn, article_id)
    claims = await store.claims_of(conn, article_id)
    return Article(
        **msgspec.structs.asdict(summary_of(row)),
        text=row["text"],
        entities=[
            ArticleEntity(id=e["id"], name=e["name"], type=e["type"], mentions=e["mentions"])
            for e in entities
        ],
        claims=[
            ArticleClaim(
                id=c["id"],
                claimant=Claimant(name=c["claimant_name"], entity_id=c["claimant_entity_id"]),
                stance=c["stance"],
                quote=c["quote"],
                sentence=c["sentence"],
                event_id=c["event_id"],
            )
            for c in claims
        ],
        extraction=(
            msgspec.convert(row["extraction"], ArticleExtraction) if row["extraction"] is not None else None
        ),
    )


def summary_of(row: Any) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        external_id=row["external_id"],
        title=row["title"],
        url=row["url"],
        source=row["source"],
        published_at=row["published_at"],
        published_at_inferred=row["published_at_inferred"],
        language=row["language"],
        word_count=row["word_count"],
        ingested_at=row["ingested_at"],
        story_id=row["story_id"],
        near_duplicate_of=row["near_duplicate_of"],
    )


class ArticleController(Controller):
    path = "/v1/articles"
    tags = ["articles"]

    @post(
        "/",
        operation_id="createArticle",
        summary="Ingest one article",
        description="201 with the new article, or 200 with the stored one when it is a duplicate "
        "(same external_id, url or cleaned text).",
        guards=[require_api_key],
        status_code=201,
        responses={200: ResponseSpec(data_container=Article, description="A duplicate: the stored article")},
    )
    async def create(self, request: Request[Any, Any, Any], data: JSONBody[ArticleIn]) -> Response[Article]:
        state = request.app.state
        [read] = await read_bodies(state, [data])
        item, _ = raise_problem(read)
        text_within_bound(request, item.text, body_field(data))
        [result] = await ingest_many(
            state.db.pool, state.analysis, [item], acquire_timeout=state.settings.db_timeout
        )
        async with state.db.pool.acquire(timeout=state.settings.db_timeout) as conn:
            article = await load_article(conn, uuid.UUID(result.article_id))
        if article is None:  # deleted between the write and this read
            raise ApiProblem(404, "The article was removed while it was being stored.", slug="not-found")
        created = result.status == "created"
        return Response(
            article,
            status_code=201 if created else 200,
            headers={"Location": f"/v1/articles/{article.id}"},
        )

    @post(
        "/batch",
        operation_id="createArticleBatch",
        summary="Ingest up to 100 articles",
        description="One result per item, in order: created, duplicate, or invalid (with a problem). "
        "An invalid item never loses the others.",
        guards=[require_api_key],
        status_code=200,
    )
    async def create_batch(
        self, request: Request[Any, Any, Any], data: JSONBody[ArticleBatchEnvelope]
    ) -> BatchResult:
        state = request.app.state
        results: list[BatchItemResult | None] = [None] * len(data.articles)
        valid: list[tuple[int, ArticleIn]] = []
        for i, raw in enumerate(data.articles):
            try:
                item = msgspec.convert(raw, ArticleIn)
                if item.text is not None:
                    text_within_bound(request, item.text, f"articles[{i}].text")
                valid.append((i, item))
            except msgspec.ValidationError as error:
                results[i] = invalid_item(i, error)
            except ApiProblem as error:
                results[i] = _invalid(i, error)
        ready: list[tuple[int, ArticleInput]] = []
        for (i, body), read in zip(valid, await read_bodies(state, [item for _, item in valid]), strict=True):
            if isinstance(read, Problem):
                results[i] = BatchItemResult(index=i, status="invalid", error=read)
                continue
            try:
                if body.text is None:  # a page's text, bounded as given text is
                    text_within_bound(request, read[0].text, f"articles[{i}].{body_field(body)}")
                ready.append((i, read[0]))
            except ApiProblem as error:
                results[i] = _invalid(i, error)
        ingested = await ingest_many(
            state.db.pool,
            state.analysis,
            [item for _, item in ready],
            acquire_timeout=state.settings.db_timeout,
        )
        for (i, _), outcome in zip(ready, ingested, strict=True):
            results[i] = BatchItemResult(index=i, status=outcome.status, article_id=outcome.article_id)
        return BatchResult(items=[r for r in results if r is not None])

    @get("/", operation_id="listArticles", summary="List articles, newest first")
    async def list_articles(
        self,
        db: NamedDependency[asyncpg.Connection],
        limit: Limit = 50,
        cursor: Cursor = None,
        source: Annotated[str | None, QueryParameter(max_length=2000)] = None,
        entity_id: EntityIdQuery = None,
        published_from: FromQuery[date | None] = None,
        published_to: FromQuery[date | None] = None,
        q: Annotated[str | None, QueryParameter(max_length=500, description="Full-text search.")] = None,
        story_id: StoryIdQuery = None,
    ) -> ArticlePage:
        rows, next_cursor = await store.list_page(
            db,
            limit=limit,
            cursor=cursor,
            source=pg_text(source) if source is not None else None,
            entity_id=query_id(entity_id, "entity_id"),
            published_from=published_from,
            published_to=published_to,
            q=pg_text(q.strip()) if q and q.strip() else None,
            story_id=query_id(story_id, "story_id"),
        )
        return ArticlePage(items=[summary_of(r) for r in rows], next_cursor=next_cursor)

    @get("/{article_id:str}", operation_id="getArticle", summary="One article with its entities and claims")
    async def get_article(
        self, db: NamedDependency[asyncpg.Connection], article_id: FromPath[str]
    ) -> Article:
        article = await load_article(db, path_id(article_id, "article"))
        if article is None:
            raise ApiProblem(404, f"No article with id {article_id!r}.", slug="not-found")
        return article


def body_field(body: ArticleIn) -> str:
    """The field an article's text came from: text, html, or (fetched) url."""
    return "text" if body.text is not None else "html" if body.html is not None else "url"


def invalid_item(index: int, error: msgspec.ValidationError) -> BatchItemResult:
    message = str(error)
    path = message.rsplit("at `$", 1)[1].rstrip("`").lstrip(".") if "at `$" in message else ""
    accepted = None if path else [f.encode_name for f in msgspec.structs.fields(ArticleIn)]
    errors = [messages.problem_error(path or "body", message, accepted)]
    return BatchItemResult(
        index=index,
        status="invalid",
        error=problem(
            422,
            f"Item {index} does not match the article schema: {messages.summary(errors)}",
            slug="validation-error",
            errors=errors,
        ),
    )


def _invalid(index: int, error: ApiProblem) -> BatchItemResult:
    """A batch item refused for what it says: its problem, numbered for the batch."""
    return BatchItemResult(
        index=index,
        status="invalid",
        error=problem(error.status, f"Item {index}: {error.detail}", slug=error.slug, errors=error.errors),
    )
