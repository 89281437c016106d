"""Request-scoped dependencies and guards shared by the controllers."""

from __future__ import annotations

import hmac
import ipaddress
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


def text_within_bound(connection: ASGIConnection[Any, Any, Any, Any], text: str, field: str = "text") -> None:
    """A text longer than ANALYSIS_MAX_CHARS is refused before any work is done on it."""
    limit: int = connection.app.state.settings.analysis_max_chars
    if len(text) > limit:
        raise ApiProblem(
            422,
            f"The text is {len(text):,} characters long; this service analyses at most {limit:,}.",
            slug="text-too-long",
            errors=[ProblemError(field=field, message=f"longer than {limit} characters")],
        )


def metrics_allowed(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """With METRICS_ALLOW set, only clients from those addresses or networks read /metrics."""
    allowed: tuple[str, ...] = connection.app.state.settings.metrics_allow
    if not allowed:
        return
    host = connection.client.host if connection.client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is None or not any(address in ipaddress.ip_network(n, strict=False) for n in allowed):
        raise ApiProblem(403, "Metrics are not readable from this address.", slug="forbidden")
