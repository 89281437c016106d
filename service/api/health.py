"""Liveness and readiness."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import asyncpg
import msgspec
from litestar import Controller, Request, Response, get

from service.api.errors import PROBLEM_JSON, RETRY_AFTER_SECONDS, problem
from service.api.schemas import Health, Readiness
from service.migrate import head_revision

log = logging.getLogger(__name__)
# Longest /readyz waits for the database before it answers "not ready".
READY_SECONDS = 2.0


async def _schema_revision(pool: asyncpg.Pool) -> str | None:
    async with pool.acquire() as conn:
        revision: str | None = await conn.fetchval("SELECT version_num FROM alembic_version")
        return revision


class HealthController(Controller):
    tags = ["operations"]

    @get("/healthz", operation_id="getHealth", summary="The process is up")
    async def healthz(self) -> Health:
        return Health(status="ok")

    @get(
        "/readyz",
        operation_id="getReadiness",
        summary="The database is reachable and migrated to head",
        responses={},
    )
    async def readyz(self, request: Request[Any, Any, Any]) -> Response[Readiness]:
        state = request.app.state
        expected = head_revision()
        revision = None
        database = "unreachable"
        check = asyncio.ensure_future(_schema_revision(state.db.pool))
        # A hard bound: `asyncio.timeout` would wait for the cancelled check to unwind, and a
        # connection to a dead server can take far longer to give up than the answer may.
        done, _ = await asyncio.wait({check}, timeout=READY_SECONDS)
        if not done:
            check.cancel()
            log.info("not ready: no answer within %s s", READY_SECONDS)
        elif check.exception() is not None:  # any failure means "not ready", and the body says so
            log.info("not ready: %s", type(check.exception()).__name__)
        else:
            revision, database = check.result(), "ok"
        if database == "ok" and revision == expected:
            return Response(
                Readiness(
                    status="ready", database=database, schema_revision=revision, expected_revision=expected
                )
            )
        # Not ready is an error like any other: problem details, with what readiness found.
        detail = (
            "The database is unreachable."
            if database != "ok"
            else f"The database schema is at {revision}, not {expected}."
        )
        body = {
            **msgspec.to_builtins(problem(503, detail, slug="not-ready", instance=request.url.path)),
            "database": database,
            "schema_revision": revision,
            "expected_revision": expected,
        }
        return Response(
            msgspec.json.encode(body),
            status_code=503,
            media_type=PROBLEM_JSON,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
