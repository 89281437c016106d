"""HTTP caching for reads: an ETag on every successful read, and 304 for a client (or a proxy,
or a CDN) that already holds the same representation.

The ETag is a digest of the response body, so it changes exactly when the answer does, whatever
changed it; the response is still computed, but a client that has it gets 304 and no body.
"""

from __future__ import annotations

import hashlib
from typing import Any


def etag_of(body: bytes) -> bytes:
    return b'"' + hashlib.blake2b(body, digest_size=16).hexdigest().encode() + b'"'


def matches(if_none_match: bytes, etag: bytes) -> bool:
    """RFC 9110's weak comparison of an If-None-Match list against our (strong) ETag."""
    for candidate in if_none_match.split(b","):
        candidate = candidate.strip()
        if candidate == b"*" or candidate.removeprefix(b"W/") == etag:
            return True
    return False


def cache_control(max_age: int) -> bytes:
    # no-cache: caches may keep the response but must revalidate it (a cheap 304) before reuse.
    return b"no-cache" if max_age <= 0 else f"public, max-age={max_age}".encode()


class ReadCache:
    """ASGI middleware for the API's GET routes: ETag and Cache-Control on 200 responses, 304 when
    If-None-Match names the current ETag. Other methods, statuses and paths pass through."""

    def __init__(self, app: Any, max_age: int = 0, prefix: str = "/v1/") -> None:
        self.app = app
        self.cache_control = cache_control(max_age)
        self.prefix = prefix

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method") != "GET"
            or not scope["path"].startswith(self.prefix)
        ):
            await self.app(scope, receive, send)
            return
        asked = dict(scope.get("headers") or []).get(b"if-none-match")
        start: dict[str, Any] | None = None
        chunks: list[bytes] = []

        async def send_cached(message: dict[str, Any]) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                if message["status"] != 200:
                    await send(message)
                    return
                start = message
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            tag = etag_of(body)
            headers = [
                (k, v) for k, v in start.get("headers") or [] if k.lower() not in {b"etag", b"cache-control"}
            ]
            headers += [(b"etag", tag), (b"cache-control", self.cache_control)]
            if asked is not None and matches(asked, tag):
                kept = [(k, v) for k, v in headers if k.lower() not in {b"content-length", b"content-type"}]
                await send({"type": "http.response.start", "status": 304, "headers": kept})
                await send({"type": "http.response.body", "body": b""})
                return
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, send_cached)
