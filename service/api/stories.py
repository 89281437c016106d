"""Stories: every outlet's coverage of one news development, newest activity first."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import asyncpg
from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.params import FromPath, QueryParameter

from service.api.deps import path_id, query_id
from service.api.errors import ApiProblem
from service.api.params import Cursor, EntityIdQuery, Limit
from service.api.schemas import Story, StoryArticle, StoryDetail, StoryEntity, StoryPage, pg_text
from service.store import stories as store

# Entities shown per story: the ones in the most of its articles.
TOP_ENTITIES = 8


def summary_line(row: Any, outlets: list[str], entities: list[StoryEntity]) -> str:
    """One line a reader can scan: how much coverage, from whom, when, about whom."""
    count = row["article_count"]
    parts = [f"{count} article{'s' if count != 1 else ''}"]
    if outlets:
        parts.append(f"from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''}")
    first, last = row["first_published"], row["last_published"]
    if first and last:
        parts.append(
            f"on {first.isoformat()}" if first == last else f"from {first.isoformat()} to {last.isoformat()}"
        )
    line = " ".join(parts)
    names = [e.name for e in entities[:3]]
    if names:
        line += "; about " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
    return line + "."


async def stories_of(db: asyncpg.Connection, rows: list[Any]) -> list[Story]:
    ids = [r["id"] for r in rows]
    outlets = await store.outlets(db, ids)
    entities = await store.top_entities(db, ids, TOP_ENTITIES)
    events = await store.event_ids(db, ids)
    conflicts = await store.conflict_ids(db, ids)
    out = []
    for r in rows:
        found = [
            StoryEntity(id=e["id"], name=e["name"], type=e["type"], article_count=e["article_count"])
            for e in entities.get(r["id"], [])
        ]
        names = outlets.get(r["id"], [])
        out.append(
            Story(
                id=r["id"],
                title=r["title"],
                summary=summary_line(r, names, found),
                first_published=r["first_published"],
                last_published=r["last_published"],
                article_count=r["article_count"],
                outlets=names,
                entities=found,
                event_ids=events.get(r["id"], []),
                conflict_ids=conflicts.get(r["id"], []),
            )
        )
    return out


class StoryController(Controller):
    path = "/v1/stories"
    tags = ["stories"]

    @get("/", operation_id="listStories", summary="Stories, most recent activity first")
    async def list_stories(
        self,
        db: NamedDependency[asyncpg.Connection],
        entity_id: EntityIdQuery = None,
        date_from: Annotated[
            date | None,
            QueryParameter(name="from", description="Stories with coverage published on or after."),
        ] = None,
        date_to: Annotated[
            date | None,
            QueryParameter(name="to", description="Stories with coverage published on or before."),
        ] = None,
        q: Annotated[
            str | None,
            QueryParameter(max_length=500, description="Full-text search over the stories' articles."),
        ] = None,
        limit: Limit = 50,
        cursor: Cursor = None,
    ) -> StoryPage:
        if date_from and date_to and date_from > date_to:
            raise ApiProblem(400, "`from` is after `to`.", slug="validation-error")
        rows, next_cursor = await store.list_page(
            db,
            limit=limit,
            cursor=cursor,
            entity_id=query_id(entity_id, "entity_id"),
            published_from=date_from,
            published_to=date_to,
            q=pg_text(q.strip()) if q and q.strip() else None,
        )
        return StoryPage(items=await stories_of(db, list(rows)), next_cursor=next_cursor)

    @get(
        "/{story_id:str}",
        operation_id="getStory",
        summary="One story with its articles",
        description="An id merged into another story answers with the surviving story (its `id` "
        "differs from the one asked for).",
    )
    async def get_story(
        self, db: NamedDependency[asyncpg.Connection], story_id: FromPath[str]
    ) -> StoryDetail:
        row = await store.resolve(db, path_id(story_id, "story"))
        if row is None:
            raise ApiProblem(404, f"No story with id {story_id!r}.", slug="not-found")
        [story] = await stories_of(db, [row])
        articles = [
            StoryArticle(
                id=a["id"],
                title=a["title"],
                source=a["source"],
                published_at=a["published_at"],
                near_duplicate_of=a["near_duplicate_of"],
            )
            for a in await store.articles_of(db, row["id"])
        ]
        return StoryDetail(**{f: getattr(story, f) for f in story.__struct_fields__}, articles=articles)
