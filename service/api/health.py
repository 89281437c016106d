"""Liveness and readiness."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from litestar import Controller, Request, Response, get

from service.api.schemas import Health, Readiness
from service.migrate import head_revision

log = logging.getLogger(__name__)


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
        try:
            async with asyncio.timeout(2):
                async with state.db.pool.acquire() as conn:
                    revision = await conn.fetchval("SELECT version_num FROM alembic_version")
                    database = "ok"
        except Exception as error:  # any failure here means "not ready", and the body says so
            log.info("not ready: %s", type(error).__name__)
        ready = database == "ok" and revision == expected
        body = Readiness(
            status="ready" if ready else "not ready",
            database=database,
            schema_revision=revision,
            expected_revision=expected,
        )
        return Response(
            body, status_code=200 if ready else 503, headers={} if ready else {"Retry-After": "5"}
        )
