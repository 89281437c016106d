"""Every error as RFC 9457 problem details, in one place."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

import asyncpg
import msgspec
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, SerializationException, ValidationException

from service.api import messages
from service.api.schemas import Problem, ProblemError
from service.store.cursor import BadCursor
from service.workers import AnalysisTooLong

log = logging.getLogger("service.errors")

PROBLEM_JSON = "application/problem+json"
# Seconds a client should wait before retrying when the database is unavailable.
RETRY_AFTER_SECONDS = 5


class ApiProblem(Exception):
    """Raised by handlers to answer with a specific problem."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        slug: str | None = None,
        errors: list[ProblemError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.slug = slug
        self.errors = errors
        self.headers = headers or {}


def problem(
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    errors: list[ProblemError] | None = None,
    instance: str | None = None,
) -> Problem:
    title = HTTPStatus(status).phrase
    return Problem(
        type=f"/problems/{slug or title.lower().replace(' ', '-')}",
        title=title,
        status=status,
        detail=detail,
        instance=instance,
        errors=errors,
    )


def problem_response(
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    errors: list[ProblemError] | None = None,
    headers: dict[str, str] | None = None,
    instance: str | None = None,
) -> Response[Any]:
    body = problem(status, detail, slug=slug, errors=errors, instance=instance)
    return Response(
        content=msgspec.json.encode(body),
        status_code=status,
        media_type=PROBLEM_JSON,
        headers=headers or {},
    )


async def send_problem(send: Any, body: Problem, headers: dict[str, str] | None = None) -> None:
    """Answer from ASGI middleware, before any handler runs, with a problem body."""
    raw = msgspec.json.encode(body)
    pairs = [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(raw)).encode())]
    pairs += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": body.status, "headers": pairs})
    await send({"type": "http.response.body", "body": raw})


def _validation_errors(request: Request[Any, Any, Any], exc: ValidationException) -> list[ProblemError]:
    """Each failure in the client's terms: its field as sent (`from`, not `date_from`; `body`, not
    `data`), what was wrong and what is accepted."""
    extra = exc.extra if isinstance(exc.extra, list) else [exc.extra] if exc.extra else []
    names = messages.parameter_names(request.scope.get("route_handler"))
    errors = []
    for item in extra:
        if not isinstance(item, dict):
            errors.append(messages.problem_error("body", str(item)))
            continue
        key = str(item.get("key") or "")
        message = str(item.get("message", "invalid value"))
        if key == "data" and message == "'data'":  # Litestar's KeyError: no body at all
            errors.append(messages.body_missing())
            continue
        field, accepted = names.get(key, (key or "body", None))
        # msgspec names a failure inside the body as "- at `$.articles[1].text`".
        if "at `$" in message:
            path = message.rsplit("at `$", 1)[1].rstrip("`").lstrip(".")
            if path:
                field, accepted = path, accepted if "." not in path and "[" not in path else None
        errors.append(messages.problem_error(field, message, accepted))
    return errors


def on_validation(request: Request[Any, Any, Any], exc: ValidationException) -> Response[Any]:
    raw = (
        [str(item.get("message", "")) for item in exc.extra if isinstance(item, dict)]
        if isinstance(exc.extra, list)
        else []
    )
    if any("malformed" in message.lower() for message in raw):
        return problem_response(
            400,
            "The request body is not valid JSON.",
            slug="malformed-json",
            errors=[ProblemError(field="body", message=message.split(" - at `$")[0]) for message in raw],
            instance=request.url.path,
        )
    errors = _validation_errors(request, exc)
    return problem_response(
        422 if request.method in {"POST", "PUT", "PATCH"} else 400,
        messages.summary(errors) if errors else "The request does not match the API's schema.",
        slug="validation-error",
        errors=errors,
        instance=request.url.path,
    )


def on_http(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    status = exc.status_code
    detail = (
        exc.detail
        if exc.detail and exc.detail != HTTPStatus(status).phrase
        else HTTPStatus(status).description
    )
    if status == 413:
        limit = request.app.state.settings.max_body_bytes
        detail = (
            f"The request body is larger than this service accepts: at most {limit:,} bytes "
            "(MAX_BODY_BYTES). Send fewer articles per batch, or shorter texts."
        )
    if status == 400 and isinstance(exc.__cause__, SerializationException):
        # Litestar's report of a body msgspec could not decode.
        reason = str(exc.__cause__)
        return problem_response(
            400,
            f"The request body is not valid JSON: {reason[:1].lower()}{reason[1:]}.",
            slug="malformed-json",
            errors=[ProblemError(field="body", message=reason)],
            instance=request.url.path,
        )
    headers = dict(exc.headers or {})
    return problem_response(status, detail, headers=headers, instance=request.url.path)


def on_api_problem(request: Request[Any, Any, Any], exc: ApiProblem) -> Response[Any]:
    return problem_response(
        exc.status,
        exc.detail,
        slug=exc.slug,
        errors=exc.errors,
        headers=exc.headers,
        instance=request.url.path,
    )


def on_bad_encoding(request: Request[Any, Any, Any], exc: UnicodeDecodeError) -> Response[Any]:
    # The JSON decoder meets bytes that are not UTF-8: the client's body is at fault.
    return problem_response(
        400,
        "The request body is not valid UTF-8 JSON.",
        slug="malformed-json",
        errors=[ProblemError(field="body", message=f"invalid UTF-8 at byte {exc.start}")],
        instance=request.url.path,
    )


def on_bad_cursor(request: Request[Any, Any, Any], exc: BadCursor) -> Response[Any]:
    return problem_response(
        400,
        str(exc),
        slug="bad-cursor",
        errors=[ProblemError(field="cursor", message=str(exc))],
        instance=request.url.path,
    )


def on_analysis_too_long(request: Request[Any, Any, Any], exc: AnalysisTooLong) -> Response[Any]:
    # The same text would outrun its budget again: the client's to shorten, not to retry.
    return problem_response(
        422,
        f"The analysis took longer than the {exc.seconds:g} s this service allows and was stopped; "
        "send a shorter text.",
        slug="analysis-too-long",
        instance=request.url.path,
    )


DATABASE_DOWN = (
    OSError,
    TimeoutError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.PostgresConnectionError,  # class 08: the connection failed or is gone
    asyncpg.exceptions.InterfaceError,
    # A connection left mid-operation when the server went away fails its reset on release
    # this way rather than as a connection error (seen while PostgreSQL shuts down under load).
    asyncpg.exceptions.InternalClientError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.CrashShutdownError,
    asyncpg.exceptions.TooManyConnectionsError,
)


def _kinds(exc: Exception) -> str:
    """The exception's type name, or its members' for a group (see `_only`)."""
    if isinstance(exc, ExceptionGroup):
        return ", ".join(sorted({_kinds(e) for e in exc.exceptions}))
    return type(exc).__name__


def _retry_shortly(request: Request[Any, Any, Any], detail: str, slug: str) -> Response[Any]:
    """503 with Retry-After: nothing was done, and the same request will do later."""
    return problem_response(
        503, detail, slug=slug, headers={"Retry-After": str(RETRY_AFTER_SECONDS)}, instance=request.url.path
    )


def on_database_down(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    log.warning("database unavailable: %s", _kinds(exc))
    return _retry_shortly(request, "The database is unavailable; retry shortly.", "database-unavailable")


# Contention that outlasted the ingest's own retries: nothing was stored, and a retry will do.
DATABASE_BUSY = (
    asyncpg.exceptions.SerializationError,
    asyncpg.exceptions.DeadlockDetectedError,
)


def on_database_busy(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    log.warning("database busy: %s", _kinds(exc))
    return _retry_shortly(
        request, "The database is busy with concurrent writes; retry shortly.", "database-busy"
    )


def _only(exc: Exception, kinds: tuple[type[Exception], ...]) -> bool:
    """`exc` is one of `kinds`, or a group of nothing else: Litestar raises an ExceptionGroup
    when a dependency's cleanup fails too (a query timed out, then so did returning its
    connection to the pool), and the group says no more than what it holds."""
    if isinstance(exc, ExceptionGroup):
        matched, rest = exc.split(kinds)
        return matched is not None and rest is None
    return isinstance(exc, kinds)


def on_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    if _only(exc, DATABASE_DOWN):
        return on_database_down(request, exc)
    if _only(exc, DATABASE_BUSY):
        return on_database_busy(request, exc)
    if isinstance(exc, RecursionError) and "deserializing" in str(exc):
        # msgspec gives up on a body nested deeper than it decodes: the client's JSON is at fault.
        return problem_response(
            400,
            "The request body is nested too deeply.",
            slug="malformed-json",
            errors=[ProblemError(field="body", message="nested too deeply")],
            instance=request.url.path,
        )
    log.exception("unhandled error", exc_info=exc)
    return problem_response(
        500, "An unexpected error occurred; it has been logged.", instance=request.url.path
    )


exception_handlers: dict[Any, Any] = {
    ValidationException: on_validation,
    ApiProblem: on_api_problem,
    BadCursor: on_bad_cursor,
    AnalysisTooLong: on_analysis_too_long,
    UnicodeDecodeError: on_bad_encoding,
    HTTPException: on_http,
    Exception: on_unexpected,
}

MEDIA_TYPE = MediaType.JSON
