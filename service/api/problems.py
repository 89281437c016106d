"""The pages behind problem `type` URIs: `/problems/{slug}` says what the problem means and what
to do about it, so the URI a problem names resolves (RFC 9457 §3.1.1)."""

from __future__ import annotations

import html
from http import HTTPStatus

from litestar import Controller, MediaType, Response, get
from litestar.params import FromPath

from service.api.errors import problem_response

# slug -> (title, what it means and what to do). Slugs not listed here but named after an HTTP
# status (`method-not-allowed`, ...) get that status's standard description.
PROBLEM_TYPES: dict[str, tuple[str, str]] = {
    "validation-error": (
        "The request does not match the API's schema",
        "A field of the body or a query parameter has a value the API does not accept. `errors` "
        "lists each one under the name the API uses for it (`body` for the body as a whole, "
        "`articles[1].text` inside a batch), with what was wrong and what is accepted. Correct "
        "those values and send the request again; the OpenAPI spec at /schema/openapi.json "
        "describes every field.",
    ),
    "malformed-json": (
        "The request body is not valid JSON",
        "The body could not be read as UTF-8 JSON (a syntax error, bytes that are not UTF-8, or "
        "nesting deeper than the decoder accepts). Send a JSON object with "
        "Content-Type: application/json.",
    ),
    "bad-cursor": (
        "The cursor is not one this API issued for this list",
        "`cursor` must be the `next_cursor` of the previous page of the same list with the same "
        "filters, unchanged. Start again from the first page (no `cursor`).",
    ),
    "not-found": (
        "No such resource",
        "No article, entity or conflict report has this id. Ids are the UUIDs this API returns; "
        "list endpoints (`/v1/articles`, `/v1/entities`, `/v1/conflicts`) find them.",
    ),
    "unauthorized": (
        "An API key is needed",
        "This service has API keys configured, and write endpoints need one: send "
        "`Authorization: Bearer <key>`. Reads need no key.",
    ),
    "forbidden": (
        "The API key is not valid",
        "The bearer token sent is not one of this service's keys. Check the key with the service's operator.",
    ),
    "rate-limited": (
        "Too many writes",
        "This client sent more writes in the last minute than the service allows "
        "(WRITE_RATE_LIMIT). Wait the number of seconds in the `Retry-After` header, then retry. "
        "Reads are not limited.",
    ),
    "unsupported-media-type": (
        "The request body is not JSON",
        "Request bodies must be sent as `Content-Type: application/json`.",
    ),
    "database-unavailable": (
        "The database is unavailable",
        "The service cannot reach its database right now; nothing was done. Retry after the "
        "number of seconds in the `Retry-After` header.",
    ),
    "database-busy": (
        "The database is busy",
        "Concurrent writes got in each other's way more often than the service retries; nothing "
        "was stored. Retry after the number of seconds in the `Retry-After` header.",
    ),
    "not-ready": (
        "The service is not ready",
        "The database is unreachable or its schema is not at the revision this version of the "
        "service expects. `/readyz` answers 200 once it is.",
    ),
}


def _status_slug(status: HTTPStatus) -> str:
    return status.phrase.lower().replace(" ", "-")


def describe(slug: str) -> tuple[str, str] | None:
    """(title, text) of a problem type, or None when the service never names it."""
    if slug in PROBLEM_TYPES:
        return PROBLEM_TYPES[slug]
    for status in HTTPStatus:
        if status >= 400 and _status_slug(status) == slug:
            return status.phrase, status.description + "."
    return None


def _page(title: str, body: str) -> str:
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title></head><body>{body}</body></html>"
    )


class ProblemTypes(Controller):
    path = "/problems"
    include_in_schema = False

    @get("/", media_type=MediaType.HTML)
    async def index(self) -> str:
        items = "".join(
            f'<li><a href="/problems/{slug}"><code>{slug}</code></a>: {html.escape(title)}</li>'
            for slug, (title, _) in PROBLEM_TYPES.items()
        )
        return _page(
            "Problem types",
            "<h1>Problem types</h1><p>Every error this API answers is an RFC 9457 problem "
            "(<code>application/problem+json</code>) whose <code>type</code> is one of these pages "
            f"(or one named after its HTTP status).</p><ul>{items}</ul>",
        )

    @get("/{slug:str}", media_type=MediaType.HTML)
    async def problem_type(self, slug: FromPath[str]) -> Response[str]:
        found = describe(slug)
        if found is None:
            return problem_response(404, f"No problem type {slug!r}; see /problems.", slug="not-found")
        title, text = found
        body = f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>"
        return Response(_page(title, body), media_type=MediaType.HTML)
