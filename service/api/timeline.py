"""The cross-article timeline."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

import asyncpg
import msgspec
from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.params import QueryParameter

from service.api.deps import query_id
from service.api.errors import ApiProblem
from service.api.params import Cursor, EntityIdQuery, Limit, StoryIdQuery
from service.api.schemas import ArticleRef, EntityRef, TimelineEvent, TimelineEvidence, TimelinePage
from service.store import timeline as store

_ENTITIES = msgspec.json.Decoder(list[EntityRef])
_ARTICLES = msgspec.json.Decoder(list[ArticleRef])
_EVIDENCE = msgspec.json.Decoder(list[TimelineEvidence])


async def timeline_page(
    db: asyncpg.Connection,
    *,
    limit: int,
    cursor: str | None,
    entity_id: uuid.UUID | None,
    date_from: date | None,
    date_to: date | None,
    story_id: uuid.UUID | None = None,
) -> TimelinePage:
    rows, next_cursor = await store.page(
        db,
        limit=limit,
        cursor=cursor,
        entity_id=entity_id,
        date_from=date_from,
        date_to=date_to,
        story_id=story_id,
    )
    details = {d["event_id"]: d for d in await store.details(db, [r["id"] for r in rows])}
    items = []
    for r in rows:
        d = details[r["id"]]
        conflict_ids = list(d["conflict_ids"])
        items.append(
            TimelineEvent(
                id=r["id"],
                date=r["date_value"],
                granularity=r["granularity"],
                start=r["start_date"],
                end=r["end_date"],
                summary=r["summary"],
                predicate=r["predicate"],
                # Aggregated to JSON by the database and decoded straight into the response types.
                entities=_ENTITIES.decode(d["entities"]),
                articles=_ARTICLES.decode(d["articles"]),
                evidence=_EVIDENCE.decode(d["evidence"]),
                disputed=bool(conflict_ids),
                conflict_ids=conflict_ids,
                story_ids=sorted(d["story_ids"]),
            )
        )
    return TimelinePage(items=items, next_cursor=next_cursor)


class TimelineController(Controller):
    path = "/v1/timeline"
    tags = ["timeline"]

    @get("/", operation_id="getTimeline", summary="Dated events across all articles, ordered by start")
    async def timeline(
        self,
        db: NamedDependency[asyncpg.Connection],
        entity_id: EntityIdQuery = None,
        date_from: Annotated[
            date | None,
            QueryParameter(name="from", description="Events ending on or after (not after `to`)."),
        ] = None,
        date_to: Annotated[
            date | None,
            QueryParameter(name="to", description="Events starting on or before (not before `from`)."),
        ] = None,
        limit: Limit = 50,
        cursor: Cursor = None,
        story_id: StoryIdQuery = None,
    ) -> TimelinePage:
        if date_from and date_to and date_from > date_to:
            raise ApiProblem(400, "`from` is after `to`.", slug="validation-error")
        return await timeline_page(
            db,
            limit=limit,
            cursor=cursor,
            entity_id=query_id(entity_id, "entity_id"),
            date_from=date_from,
            date_to=date_to,
            story_id=query_id(story_id, "story_id"),
        )
