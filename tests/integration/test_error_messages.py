"""Error messages a person can act on: what was wrong and what is accepted, in the API's own field
names, never a regular expression or a Python name; problem `type`s that resolve to a page."""

from __future__ import annotations

from typing import Any

import pytest
from litestar.testing import AsyncTestClient

pytestmark = pytest.mark.integration

JSON = {"Content-Type": "application/json"}

# (method, path, raw body or None, status, field, words the message must contain)
CASES = [
    ("POST", "/v1/articles", '{"text": "   "}', 422, "text", "visible character"),
    ("POST", "/v1/analyze", '{"text": "\\n\\t "}', 422, "text", "only white space"),
    (
        "POST",
        "/v1/articles",
        '{"text": "x", "published_at": "2024-13-01"}',
        422,
        "published_at",
        "2024-11-11",
    ),
    ("POST", "/v1/articles", '{"text": "x", "url": "ftp://example.org/a"}', 422, "url", "https://"),
    ("POST", "/v1/articles", '{"text": "x", "language": "english"}', 422, "language", "pt-BR"),
    ("POST", "/v1/articles", "", 422, "body", "JSON object"),
    ("POST", "/v1/articles", "{}", 422, "text", "required"),
    ("POST", "/v1/articles", '{"text": 5}', 422, "text", "must be a string"),
    ("POST", "/v1/articles", '{"text": "x", "body": "y"}', 422, "body", "accepted fields: text, title"),
    ("POST", "/v1/articles/batch", '{"articles": []}', 422, "articles", "at least 1 item"),
    ("POST", "/v1/analyze", "[]", 422, "body", "JSON object"),
    ("POST", "/v1/articles", '{"text": ', 400, "body", "truncated"),
    ("GET", "/v1/timeline?from=notadate", None, 400, "from", "YYYY-MM-DD"),
    ("GET", "/v1/timeline?to=2024-02-30", None, 400, "to", "YYYY-MM-DD"),
    ("GET", "/v1/articles?published_from=yesterday", None, 400, "published_from", "YYYY-MM-DD"),
    ("GET", "/v1/articles?limit=0", None, 400, "limit", "at least 1"),
    ("GET", "/v1/articles?limit=many", None, 400, "limit", "must be an integer"),
    ("GET", "/v1/conflicts?kind=rumour", None, 400, "kind", "existence, date, quantity"),
    ("GET", "/v1/timeline?entity_id=42", None, 400, "entity_id", "id returned by this API"),
]


@pytest.mark.parametrize(("method", "path", "raw", "status", "field", "words"), CASES)
async def test_a_bad_request_says_what_was_wrong_in_the_apis_terms(
    client: AsyncTestClient, method: str, path: str, raw: str | None, status: int, field: str, words: str
) -> None:
    response = await client.request(method, path, content=raw, headers=JSON if raw is not None else {})
    assert response.status_code == status, response.text
    body = response.json()
    assert [e["field"] for e in body["errors"]] == [field], body
    message = body["errors"][0]["message"]
    assert words in message, body
    # The detail alone is enough to act on: it names the field and repeats the message.
    assert f"`{field}`" in body["detail"] or field == "body", body
    for internal in ("regex", "\\s", "[^", "date_from", "'data'", "`$"):
        assert internal not in response.text, body


async def test_a_batch_item_says_which_field_of_which_item(client: AsyncTestClient) -> None:
    response = await client.post(
        "/v1/articles/batch", json={"articles": [{"text": "Rain fell on Monday."}, {"text": " "}]}
    )
    assert response.status_code == 200
    invalid = response.json()["items"][1]
    assert invalid["status"] == "invalid"
    assert invalid["error"]["errors"] == [
        {
            "field": "text",
            "message": "must contain at least one visible character (it is empty or only white space)",
        }
    ]
    assert "Item 1" in invalid["error"]["detail"] and "`text`" in invalid["error"]["detail"]


async def test_413_says_the_limit(make_client: Any) -> None:
    async with make_client(max_body_bytes=1000) as client:
        response = await client.post("/v1/articles", json={"text": "word " * 500})
    assert response.status_code == 413
    assert "1,000 bytes" in response.json()["detail"]


async def test_problems_carry_no_null_errors(client: AsyncTestClient) -> None:
    response = await client.get("/v1/articles/3f2c1a7e-8b4d-4c1e-9f6a-2d5b7c8e9a01")
    assert response.status_code == 404
    assert "errors" not in response.json() and "null" not in response.text


@pytest.mark.parametrize(
    ("method", "path", "raw"),
    [
        ("POST", "/v1/articles", '{"text": "   "}'),
        ("POST", "/v1/articles", '{"text": '),
        ("GET", "/v1/articles/3f2c1a7e-8b4d-4c1e-9f6a-2d5b7c8e9a01", None),
        ("GET", "/v1/articles?cursor=forged", None),
        ("DELETE", "/v1/articles", None),
        ("POST", "/v1/analyze", "text=plain"),
    ],
)
async def test_every_problem_type_resolves_to_a_page(
    client: AsyncTestClient, method: str, path: str, raw: str | None
) -> None:
    headers = {"Content-Type": "text/plain" if raw == "text=plain" else "application/json"}
    response = await client.request(method, path, content=raw, headers=headers if raw else {})
    assert response.status_code >= 400
    kind = response.json()["type"]
    assert kind.startswith("/problems/")
    page = await client.get(kind)
    assert page.status_code == 200, (kind, page.text)
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>" in page.text


async def test_problem_types_are_listed_and_unknown_ones_are_404(client: AsyncTestClient) -> None:
    index = await client.get("/problems")
    assert index.status_code == 200 and "/problems/validation-error" in index.text
    assert (await client.get("/problems/no-such-problem")).status_code == 404
