"""Stop a request's work when its client goes away.

Once a request's body has been read, nothing else arrives on its connection but the news that
the client left. Watching for it lets an abandoned analysis or ingest be cancelled (the analysis
pool then stops the worker process) instead of running on for nobody.
"""

from __future__ import annotations

import asyncio
from typing import Any

# Set in the scope when the client left before its response was complete.
CLIENT_GONE = "news_intel.client_gone"


class CancelOnDisconnect:
    """ASGI wrapper: cancel the request when its client disconnects before the response ends.

    Only requests with a body are watched: a request without one is never read, and an extra
    `receive` for it would take the empty body message the application may still want.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") in {"GET", "HEAD", "OPTIONS"}:
            await self.app(scope, receive, send)
            return
        body_read = asyncio.Event()
        responded = False

        async def receive_tracked() -> dict[str, Any]:
            message: dict[str, Any] = await receive()
            if message["type"] == "http.disconnect":
                scope[CLIENT_GONE] = True  # left half-way through its body
            if message["type"] != "http.request" or not message.get("more_body", False):
                body_read.set()
            return message

        async def send_tracked(message: dict[str, Any]) -> None:
            nonlocal responded
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                responded = True  # before the send: the server may report the end as a disconnect
            await send(message)

        work = asyncio.ensure_future(self.app(scope, receive_tracked, send_tracked))

        async def watch() -> None:
            await body_read.wait()
            message = await receive()
            if message["type"] == "http.disconnect" and not responded and not work.done():
                scope[CLIENT_GONE] = True
                work.cancel()

        watcher = asyncio.ensure_future(watch())
        try:
            await work
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if not scope.get(CLIENT_GONE) or (current is not None and current.cancelling()):
                raise
        finally:
            watcher.cancel()
