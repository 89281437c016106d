"""The spec's examples: on every request body, success response and parameter, each one valid
against the schema it illustrates; links from a created article to what it made readable; and
only the error statuses an operation can answer."""

from __future__ import annotations

from typing import Any

import jsonschema_rs
import pytest

from service.app import create_app
from tests.conftest import settings_for

METHODS = ("get", "post", "put", "patch", "delete")


def spec(api_keys: tuple[str, ...] = ("key",)) -> dict[str, Any]:
    app = create_app(settings_for("postgresql://unused@127.0.0.1/unused", api_keys=api_keys))
    return app.openapi_schema.to_schema()


def operations(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{method.upper()} {path}", item[method])
        for path, item in document["paths"].items()
        for method in METHODS
        if method in item
    ]


def assert_valid(document: dict[str, Any], schema: dict[str, Any], value: Any, where: str) -> None:
    root = {**schema, "components": document["components"]}
    errors = [e.message for e in jsonschema_rs.Draft202012Validator(root).iter_errors(value)]
    assert not errors, (where, errors)


DOCUMENT = spec()


@pytest.mark.parametrize(
    ("label", "operation"), operations(DOCUMENT), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_operation_has_valid_examples(label: str, operation: dict[str, Any]) -> None:
    for parameter in operation.get("parameters", []):
        assert "example" in parameter, (label, parameter["name"])
        assert_valid(DOCUMENT, parameter["schema"], parameter["example"], f"{label} {parameter['name']}")
    for media in operation.get("requestBody", {}).get("content", {}).values():
        assert "example" in media, label
        assert_valid(DOCUMENT, media["schema"], media["example"], f"{label} body")
    for status, response in operation["responses"].items():
        for media_type, media in response.get("content", {}).items():
            assert "example" in media, (label, status, media_type)
            assert_valid(DOCUMENT, media["schema"], media["example"], f"{label} {status}")


def test_a_created_article_links_to_its_entities_timeline_and_conflicts() -> None:
    created = DOCUMENT["paths"]["/v1/articles"]["post"]["responses"]
    for status in ("200", "201"):
        targets = {link["operationId"] for link in created[status]["links"].values()}
        assert {"getArticle", "getEntity", "getEntityTimeline", "getTimeline", "listConflicts"} <= targets
    ids = {op["operationId"] for _, op in operations(DOCUMENT)}
    for _, operation in operations(DOCUMENT):
        for response in operation["responses"].values():
            for link in response.get("links", {}).values():
                assert link["operationId"] in ids
                target = next(
                    op for _, op in operations(DOCUMENT) if op["operationId"] == link["operationId"]
                )
                names = {p["name"] for p in target.get("parameters", [])}
                assert set(link["parameters"]) <= names, link


@pytest.mark.parametrize("api_keys", [(), ("key",)])
def test_only_operations_behind_the_key_declare_401_and_403(api_keys: tuple[str, ...]) -> None:
    from service.api.deps import require_api_key

    app = create_app(settings_for("postgresql://unused@127.0.0.1/unused", api_keys=api_keys))
    guarded = {
        handler.operation_id
        for route in app.routes
        for handler in getattr(route, "route_handlers", [])
        if require_api_key in (handler.guards or [])
    }
    for label, operation in operations(app.openapi_schema.to_schema()):
        declared = {"401", "403"} & set(operation["responses"])
        assert declared == ({"401", "403"} if operation["operationId"] in guarded else set()), label
