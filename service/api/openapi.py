"""Finishing touches on the generated OpenAPI document, so generated clients get it right."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Litestar
from litestar.openapi.spec import OpenAPIMediaType as MediaType
from litestar.openapi.spec import OpenAPIResponse, Reference, RequestBody, Schema, SecurityScheme

from service.api import schemas as api_schemas
from service.api.deps import require_api_key

# One field-level error inside a problem.
PROBLEM_ERROR_SCHEMA = Schema(
    type="object",  # type: ignore[arg-type]
    required=["field", "message"],
    properties={"field": Schema(type="string"), "message": Schema(type="string")},  # type: ignore[arg-type]
)
# Problem details as a reusable schema: every operation can answer with one.
PROBLEM_SCHEMA = Schema(
    type="object",  # type: ignore[arg-type]
    required=["type", "title", "status", "detail"],
    properties={
        "type": Schema(type="string"),  # type: ignore[arg-type]
        "title": Schema(type="string"),  # type: ignore[arg-type]
        "status": Schema(type="integer"),  # type: ignore[arg-type]
        "detail": Schema(type="string"),  # type: ignore[arg-type]
        "instance": Schema(one_of=[Schema(type="string"), Schema(type="null")]),  # type: ignore[arg-type]
        "errors": Schema(
            one_of=[
                Schema(
                    type="array",  # type: ignore[arg-type]
                    items=Reference(ref="#/components/schemas/ProblemError"),
                ),
                Schema(type="null"),  # type: ignore[arg-type]
            ]
        ),
    },
    description="RFC 9457 problem details",
)

ERROR_STATUSES = {
    "400": "Bad request",
    "401": "API key missing",
    "403": "API key not valid",
    "404": "Not found",
    "413": "Body too large",
    "415": "Body is not JSON",
    "422": "Body does not match the schema",
    "429": "Too many writes",
    "503": "Database unavailable",
}


def _closed_bodies(schemas: dict[str, Any]) -> None:
    """Request bodies that refuse unknown fields say so (`additionalProperties: false`)."""
    for name, struct in vars(api_schemas).items():
        if (
            isinstance(struct, type)
            and issubclass(struct, msgspec.Struct)
            and struct.__struct_config__.forbid_unknown_fields
            and isinstance(schemas.get(name), Schema)
        ):
            schemas[name].additional_properties = False


def patch_schema(app: Litestar) -> None:
    """Problem responses on every operation; the batch body documented as ArticleBatchIn;
    closed request bodies; bearer auth on the writes when API keys are configured."""
    schema = app.openapi_schema
    components = schema.components
    if components.schemas is None:
        components.schemas = {}
    components.schemas["Problem"] = PROBLEM_SCHEMA
    components.schemas["ProblemError"] = PROBLEM_ERROR_SCHEMA
    # Only decoded on the way in; clients see ArticleBatchIn instead.
    components.schemas.pop("ArticleBatchEnvelope", None)
    _closed_bodies(components.schemas)
    secured = bool(app.state.settings.api_keys)
    guarded = {
        handler.operation_id
        for route in app.routes
        for handler in getattr(route, "route_handlers", [])
        if require_api_key in (handler.guards or [])
    }
    if secured:
        components.security_schemes = {
            "bearerAuth": SecurityScheme(type="http", scheme="bearer", description="An API key (API_KEYS).")
        }
    problem_ref = Reference(ref="#/components/schemas/Problem")
    for path, item in (schema.paths or {}).items():
        for method in ("get", "post", "put", "patch", "delete"):
            operation = getattr(item, method, None)
            if operation is None:
                continue
            responses: dict[str, Any] = operation.responses or {}
            for status, description in ERROR_STATUSES.items():
                if status in {"401", "403", "413", "415", "422", "429"} and method != "post":
                    continue
                if status == "404" and "{" not in path:
                    continue
                responses[status] = OpenAPIResponse(
                    description=description,
                    content={"application/problem+json": MediaType(schema=problem_ref)},
                )
            operation.responses = responses
            if secured and operation.operation_id in guarded:
                operation.security = [{"bearerAuth": []}]
            if operation.operation_id == "createArticleBatch":
                operation.request_body = RequestBody(
                    required=True,
                    content={"application/json": MediaType(schema=_batch_in_schema(components.schemas))},
                )


def _batch_in_schema(schemas: dict[str, Any]) -> Schema | Reference:
    article_in = next((name for name in schemas if name.endswith("ArticleIn")), None)
    items: Schema | Reference = (
        Reference(ref=f"#/components/schemas/{article_in}") if article_in else Schema(type="object")
    )  # type: ignore[arg-type]
    schemas["ArticleBatchIn"] = Schema(
        type="object",  # type: ignore[arg-type]
        required=["articles"],
        properties={"articles": Schema(type="array", items=items, min_items=1, max_items=100)},  # type: ignore[arg-type]
        additional_properties=False,
        description="Up to 100 articles; each is validated on its own.",
    )
    return Reference(ref="#/components/schemas/ArticleBatchIn")
