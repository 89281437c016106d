"""415 for request bodies that are not JSON, before any handler reads them."""

from __future__ import annotations

from typing import Any

from service.api.errors import problem, send_problem

_WRITES = {"POST", "PUT", "PATCH"}


def is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class RequireJson:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("method") in _WRITES:
            headers = dict(scope.get("headers") or [])
            content_type = headers.get(b"content-type", b"").decode("latin-1")
            if not is_json(content_type):
                detail = f"Send the body as application/json (got {content_type or 'none'})."
                body = problem(415, detail, slug="unsupported-media-type", instance=scope.get("path"))
                await send_problem(send, body, {"Accept": "application/json"})
                return
        await self.app(scope, receive, send)
