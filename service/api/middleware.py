"""ASGI middleware: request ids, access logs and the write rate limit."""

from __future__ import annotations

import hmac
import logging
import math
import re
import time
import uuid
from collections import deque
from typing import Any

import msgspec

from service.api.disconnect import CLIENT_GONE
from service.api.errors import PROBLEM_JSON, problem, send_problem
from service.logs import request_id

log = logging.getLogger("service.access")
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")


class RequestContext:
    """Outermost wrapper of every HTTP request, matched to a route or not (404, 405): an id (the
    client's X-Request-ID when sane), the headers every response carries, a problem when the
    application fails before answering, and one access line with the client's address and the
    route that matched. A request its client abandoned is logged as 499, not as a failure."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        rid = given if _VALID_ID.match(given) else uuid.uuid4().hex
        token = request_id.set(rid)
        started = time.perf_counter()
        status: int | None = None

        async def send_with_id(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = _with_standard_headers(list(message.get("headers") or []), rid)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            if status is not None:
                raise
            # Nothing was sent yet: the server's plain-text 500 would follow; answer a problem.
            log.exception("unhandled error before a response")
            body = problem(
                500, "An unexpected error occurred; it has been logged.", instance=scope.get("path")
            )
            await send_problem(send_with_id, body)
        finally:
            gone = bool(scope.get(CLIENT_GONE))
            client = scope.get("client")
            log.info(
                "request",
                extra={
                    "request_id": rid,  # also on the record itself, not only in the JSON line
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "route": scope.get("path_template"),
                    # What the client got: nothing when it left (499), whatever the app then tried.
                    "status": 499 if gone else status if status is not None else 500,
                    "client": f"{client[0]}:{client[1]}" if client else None,
                    "client_gone": gone,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            request_id.reset(token)


def _with_standard_headers(headers: list[tuple[bytes, bytes]], rid: str) -> list[tuple[bytes, bytes]]:
    """X-Request-ID, no MIME sniffing, and no caching unless the response chose its own."""
    names = {name.lower() for name, _ in headers}
    headers.append((b"x-request-id", rid.encode()))
    if b"x-content-type-options" not in names:
        headers.append((b"x-content-type-options", b"nosniff"))
    if b"cache-control" not in names:
        headers.append((b"cache-control", b"no-store"))
    return headers


class WriteRateLimit:
    """At most `per_minute` write requests per client per minute (sliding window), else 429.

    A client is its API key when it presents one of the configured keys, else its address: an
    unknown or made-up Authorization header never earns a fresh allowance. Clients idle for a
    whole window are forgotten, so memory stays bounded by the clients of the last minute.
    Litestar builds app-level middleware once per route: pass every instance the same `hits`
    so the allowance covers all write endpoints together, not each endpoint on its own.
    State is per process: behind a load balancer each API process enforces its own share.
    """

    def __init__(
        self,
        app: Any,
        per_minute: int,
        api_keys: tuple[str, ...] = (),
        hits: dict[str, deque[float]] | None = None,
    ) -> None:
        self.app = app
        self.per_minute = per_minute
        self.window = 60.0
        self.hits: dict[str, deque[float]] = {} if hits is None else hits
        self._keys = [key.encode() for key in api_keys]
        self._pruned_at = time.monotonic()

    def _client(self, scope: dict[str, Any]) -> str:
        headers = dict(scope.get("headers") or [])
        scheme, _, token = headers.get(b"authorization", b"").partition(b" ")
        if self._keys and scheme.lower() == b"bearer" and token.strip():
            given = token.strip()
            matched = -1
            for index, key in enumerate(self._keys):
                if hmac.compare_digest(given, key):
                    matched = index
            if matched >= 0:
                # Keyed by the key's position in the configuration, never the key itself.
                return f"key:{matched}"
        client = scope.get("client") or ("unknown", 0)
        return f"ip:{client[0]}"

    def _prune(self, now: float) -> None:
        """Drop clients whose last write left the window (at most once per window)."""
        if now - self._pruned_at < self.window:
            return
        self._pruned_at = now
        for client in [c for c, hits in self.hits.items() if not hits or now - hits[-1] >= self.window]:
            del self.hits[client]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (
            scope["type"] != "http"
            or self.per_minute <= 0
            or scope.get("method") not in {"POST", "PUT", "PATCH", "DELETE"}
        ):
            await self.app(scope, receive, send)
            return
        now = time.monotonic()
        self._prune(now)
        hits = self.hits.setdefault(self._client(scope), deque())
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) >= self.per_minute:
            retry = max(1, math.ceil(self.window - (now - hits[0])))
            body = msgspec.json.encode(
                problem(
                    429,
                    f"More than {self.per_minute} writes a minute; retry in {retry} s.",
                    slug="rate-limited",
                    instance=scope.get("path"),
                )
            )
            await send(
                {
                    "type": "http.response.start",
                    "status": 429,
                    "headers": [
                        (b"content-type", PROBLEM_JSON.encode()),
                        (b"retry-after", str(retry).encode()),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        hits.append(now)
        await self.app(scope, receive, send)
