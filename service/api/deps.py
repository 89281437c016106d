"""Request-scoped dependencies and guards shared by the controllers."""

from __future__ import annotations

import hmac
import uuid
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.handlers.base import BaseRouteHandler

from service.api.errors import ApiProblem
from service.api.schemas import ProblemError
from service.config import Settings
from service.store.articles import parse_id


async def provide_connection(state: State) -> AsyncIterator[asyncpg.Connection]:
    settings: Settings = state.settings
    async with state.db.pool.acquire(timeout=settings.db_timeout) as conn:
        yield conn


def require_api_key(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Write endpoints need `Authorization: Bearer <key>` when API_KEYS is set."""
    keys: tuple[str, ...] = connection.app.state.settings.api_keys
    if not keys:
        return
    header = connection.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiProblem(
            401,
            "This endpoint needs an API key: Authorization: Bearer <key>.",
            slug="unauthorized",
            headers={"WWW-Authenticate": 'Bearer realm="news-intel"'},
        )
    given = token.strip().encode()
    # Compare against every key in constant time so timing reveals neither key nor position.
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(given, key.encode())
    if not matched:
        raise ApiProblem(403, "The API key is not valid for this service.", slug="forbidden")


def path_id(value: str, what: str) -> uuid.UUID:
    """An id from the path; a malformed one is a 404 (no such resource), said plainly."""
    parsed = parse_id(value)
    if parsed is None:
        raise ApiProblem(404, f"No {what} with id {value!r}: ids are UUIDs.", slug="not-found")
    return parsed


def query_id(value: str | None, field: str) -> uuid.UUID | None:
    if value is None:
        return None
    parsed = parse_id(value)
    if parsed is None:
        raise ApiProblem(
            400,
            f"{field} must be an id returned by this API.",
            slug="validation-error",
            errors=[ProblemError(field=field, message="not a valid id")],
        )
    return parsed
