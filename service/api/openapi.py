"""Finishing touches on the generated OpenAPI document, so generated clients get it right."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Litestar
from litestar.openapi.spec import Link, OpenAPIResponse, Reference, RequestBody, Schema, SecurityScheme
from litestar.openapi.spec import OpenAPIMediaType as MediaType

from service.api import examples
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
                if status in {"413", "415", "422", "429"} and method != "post":
                    continue
                # Only the operations behind the API key can answer 401 or 403.
                if status in {"401", "403"} and operation.operation_id not in guarded:
                    continue
                if status == "404" and "{" not in path:
                    continue
                example = examples.as_json(examples.problem_example(int(status)))
                responses[status] = OpenAPIResponse(
                    description=description,
                    content={"application/problem+json": MediaType(schema=problem_ref, example=example)},
                )
            operation.responses = responses
            if secured and operation.operation_id in guarded:
                operation.security = [{"bearerAuth": []}]
            if operation.operation_id == "createArticleBatch":
                operation.request_body = RequestBody(
                    required=True,
                    content={"application/json": MediaType(schema=_batch_in_schema(components.schemas))},
                )
            _add_examples(operation)
            _add_links(operation)


def _add_examples(operation: Any) -> None:
    """A pasteable example on the request body, the success responses and every parameter."""
    op_id = operation.operation_id
    for parameter in operation.parameters or []:
        override = examples.PARAMETER_OVERRIDES.get((op_id, parameter.name))
        value = override if override is not None else examples.PARAMETERS.get(parameter.name)
        if value is not None:
            parameter.example = value
    body = operation.request_body
    if op_id in examples.REQUESTS and isinstance(body, RequestBody):
        for media in body.content.values():
            media.example = examples.REQUESTS[op_id]
    answer = examples.RESPONSES.get(op_id)
    for status, response in (operation.responses or {}).items():
        if answer is not None and status.startswith("2") and isinstance(response, OpenAPIResponse):
            for media in (response.content or {}).values():
                media.example = examples.as_json(answer)


# From an operation's success responses to the operations their ids open, as runtime expressions
# (`$response.body#/pointer`): clients and schemathesis's stateful tests follow these.
_FIRST_ENTITY = "$response.body#/entities/0/id"
LINKS: dict[str, dict[str, tuple[str, dict[str, str]]]] = {
    "createArticle": {
        "GetArticle": ("getArticle", {"article_id": "$response.body#/id"}),
        "GetFirstEntity": ("getEntity", {"entity_id": _FIRST_ENTITY}),
        "GetFirstEntityTimeline": ("getEntityTimeline", {"entity_id": _FIRST_ENTITY}),
        "GetTimelineOfFirstEntity": ("getTimeline", {"entity_id": _FIRST_ENTITY}),
        "ListConflictsOfFirstEntity": ("listConflicts", {"entity_id": _FIRST_ENTITY}),
    },
    "getArticle": {
        "GetFirstEntity": ("getEntity", {"entity_id": _FIRST_ENTITY}),
        "GetFirstEntityTimeline": ("getEntityTimeline", {"entity_id": _FIRST_ENTITY}),
        "ListConflictsOfFirstEntity": ("listConflicts", {"entity_id": _FIRST_ENTITY}),
    },
    "createArticleBatch": {
        "GetFirstArticle": ("getArticle", {"article_id": "$response.body#/items/0/article_id"}),
    },
    "listArticles": {"GetFirstArticle": ("getArticle", {"article_id": "$response.body#/items/0/id"})},
    "listEntities": {
        "GetFirstEntity": ("getEntity", {"entity_id": "$response.body#/items/0/id"}),
        "GetFirstEntityTimeline": ("getEntityTimeline", {"entity_id": "$response.body#/items/0/id"}),
    },
    "getEntity": {
        "GetEntityTimeline": ("getEntityTimeline", {"entity_id": "$response.body#/id"}),
        "ListEntityConflicts": ("listConflicts", {"entity_id": "$response.body#/id"}),
        "ListEntityArticles": ("listArticles", {"entity_id": "$response.body#/id"}),
    },
    "getTimeline": {
        "GetFirstConflict": ("getConflict", {"conflict_id": "$response.body#/items/0/conflict_ids/0"}),
    },
    "getEntityTimeline": {
        "GetFirstConflict": ("getConflict", {"conflict_id": "$response.body#/items/0/conflict_ids/0"}),
    },
    "listConflicts": {"GetFirstConflict": ("getConflict", {"conflict_id": "$response.body#/items/0/id"})},
    "getConflict": {
        "GetFirstArticle": ("getArticle", {"article_id": "$response.body#/article_ids/0"}),
    },
    "listStories": {"GetFirstStory": ("getStory", {"story_id": "$response.body#/items/0/id"})},
    "getStory": {
        "ListStoryArticles": ("listArticles", {"story_id": "$response.body#/id"}),
        "GetStoryTimeline": ("getTimeline", {"story_id": "$response.body#/id"}),
        "ListStoryConflicts": ("listConflicts", {"story_id": "$response.body#/id"}),
    },
}


def _add_links(operation: Any) -> None:
    links = LINKS.get(operation.operation_id)
    if not links:
        return
    for status, response in (operation.responses or {}).items():
        if status.startswith("2") and isinstance(response, OpenAPIResponse):
            response.links = {
                name: Link(operation_id=target, parameters=dict(parameters))
                for name, (target, parameters) in links.items()
            }


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
