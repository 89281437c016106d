"""Conflict reports: where the sources disagree."""

from __future__ import annotations

from typing import Any

import asyncpg
from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery

from service.api.deps import path_id, query_id
from service.api.errors import ApiProblem
from service.api.params import Cursor, EntityIdQuery, Limit, StoryIdQuery
from service.api.schemas import (
    ConflictEvent,
    ConflictEvidence,
    ConflictKind,
    ConflictPage,
    ConflictReport,
    ConflictRevision,
    ConflictSide,
    ConflictSource,
    EntityRef,
)
from service.store import conflicts as store


def report_of(row: Any, entities: list[Any]) -> ConflictReport:
    sides = [
        ConflictSide(
            position=s["position"],
            stance=s["stance"],
            sources=[ConflictSource(name=x["name"], entity_id=x.get("entity_id")) for x in s["sources"]],
            evidence=[
                ConflictEvidence(article_id=x["article_id"], quote=x["quote"], sentence=x["sentence"])
                for x in s["evidence"]
            ],
            revisions=[
                ConflictRevision(
                    source=ConflictSource(name=x["source"]["name"], entity_id=x["source"].get("entity_id")),
                    figure=x["figure"],
                    article_id=x["article_id"],
                )
                for x in s.get("revisions", [])
            ],
        )
        for s in row["sides"]
    ]
    return ConflictReport(
        id=row["id"],
        kind=row["kind"],
        summary=row["summary"],
        entities=[EntityRef(id=e["id"], name=e["name"], type=e["type"]) for e in entities],
        event=ConflictEvent(id=row["event_id"], date=row["date_value"], granularity=row["granularity"])
        if row["event_id"]
        else None,
        sides=sides,
        article_ids=list(row["article_ids"]),
        detected_at=row["detected_at"],
        updated_at=row["updated_at"],
        story_ids=sorted(row["story_ids"]),
    )


class ConflictController(Controller):
    path = "/v1/conflicts"
    tags = ["conflicts"]

    @get("/", operation_id="listConflicts", summary="Conflict reports, oldest first")
    async def list_conflicts(
        self,
        db: NamedDependency[asyncpg.Connection],
        entity_id: EntityIdQuery = None,
        kind: FromQuery[ConflictKind | None] = None,
        limit: Limit = 50,
        cursor: Cursor = None,
        story_id: StoryIdQuery = None,
    ) -> ConflictPage:
        rows, next_cursor = await store.page(
            db,
            limit=limit,
            cursor=cursor,
            entity_id=query_id(entity_id, "entity_id"),
            kind=kind.value if kind else None,
            story_id=query_id(story_id, "story_id"),
        )
        entities = await store.entities_of(db, [r["id"] for r in rows])
        return ConflictPage(items=[report_of(r, entities[r["id"]]) for r in rows], next_cursor=next_cursor)

    @get("/{conflict_id:str}", operation_id="getConflict", summary="One conflict report")
    async def get_conflict(
        self, db: NamedDependency[asyncpg.Connection], conflict_id: FromPath[str]
    ) -> ConflictReport:
        ident = path_id(conflict_id, "conflict report")
        row = await store.get(db, ident)
        if row is None:
            raise ApiProblem(404, f"No conflict report with id {conflict_id!r}.", slug="not-found")
        entities = await store.entities_of(db, [row["id"]])
        return report_of(row, entities[row["id"]])
