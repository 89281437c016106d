"""The HTTP server's own answers: uvicorn's httptools protocol with read timeouts, and problem
details (not plain text) for the requests it refuses before the app ever sees them.

uvicorn bounds only the idle time between requests. A client that sends half a request line,
half its headers or half its body would hold its connection, and a slot of the server, for as
long as it likes; here it has `header_timeout` seconds for the line and headers and
`body_timeout` more for the body, then gets 408 and the connection is closed.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import msgspec
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from service.api.errors import PROBLEM_JSON, problem
from service.config import Settings

log = logging.getLogger("service.server")

# httptools reads URL offsets as 16-bit numbers: a longer URL cannot be parsed at all.
MAX_URL_BYTES = 65_535


def problem_bytes(status: int, detail: str, slug: str) -> bytes:
    """A whole HTTP/1.1 response with a problem body that closes the connection."""
    body = msgspec.json.encode(problem(status, detail, slug=slug))
    phrase = problem(status, "").title
    head = (
        f"HTTP/1.1 {status} {phrase}\r\n"
        f"content-type: {PROBLEM_JSON}\r\n"
        f"content-length: {len(body)}\r\n"
        "x-content-type-options: nosniff\r\n"
        "cache-control: no-store\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class BoundedHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with header and body read timeouts (0 = none)."""

    header_timeout: float = 10.0
    body_timeout: float = 60.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._read_deadline: asyncio.TimerHandle | None = None

    def _arm(self, seconds: float, phase: str) -> None:
        self._disarm()
        if seconds > 0:
            self._read_deadline = self.loop.call_later(seconds, self._too_slow, phase, seconds)

    def _disarm(self) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
            self._read_deadline = None

    def _too_slow(self, phase: str, seconds: float) -> None:
        self._read_deadline = None
        if self.transport is None or self.transport.is_closing():
            return
        client = f"{self.client[0]}:{self.client[1]}" if self.client else None
        log.info("request timeout", extra={"phase": phase, "client": client, "status": 408})
        # Answer unless a response is already under way on this connection: the app's to the
        # request whose body is late, or (pipelining) the previous request's.
        cycle = self.cycle
        busy = cycle is not None and (
            cycle.response_started if phase == "body" else not cycle.response_complete
        )
        if not busy:
            detail = f"The request's {phase} did not arrive within {seconds:g} s."
            self.transport.write(problem_bytes(408, detail, "request-timeout"))
        self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.header_timeout, "line and headers")

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm(self.header_timeout, "line and headers")

    def on_headers_complete(self) -> None:
        self._arm(self.body_timeout, "body")
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()

    def send_400_response(self, msg: str) -> None:
        self._disarm()
        if len(getattr(self, "url", b"") or b"") > MAX_URL_BYTES:
            status, slug = 414, "uri-too-long"
            detail = f"The URL is longer than the {MAX_URL_BYTES:,} bytes this service reads."
        else:
            status, slug = 400, "malformed-request"
            detail = "The request is not valid HTTP/1.1."
        log.info("request refused", extra={"status": status, "reason": msg})
        self.transport.write(problem_bytes(status, detail, slug))
        self.transport.close()


def http_protocol(header_timeout: float, body_timeout: float) -> type[BoundedHttpProtocol]:
    """The protocol class for uvicorn's `http=` with these timeouts."""
    return type(
        "HttpProtocol",
        (BoundedHttpProtocol,),
        {"header_timeout": header_timeout, "body_timeout": body_timeout},
    )


def server_options(settings: Settings) -> dict[str, Any]:
    """uvicorn's options for this service: the bounded protocol, and no `server` header (it
    names the software and version to anyone who asks, and no client needs it)."""
    return {"http": http_protocol(settings.header_timeout, settings.body_timeout), "server_header": False}
