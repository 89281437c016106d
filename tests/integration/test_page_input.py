"""`html` and `url` bodies through the real app, pages served by a real local HTTP server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import AsyncTestClient

from tests.pages_server import serve_pages

pytestmark = pytest.mark.integration

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"
HARBOUR = (PAGES / "harbour-bridge.html").read_text()
FETCHING = {"fetch_urls": True, "fetch_allowed_networks": ("127.0.0.1",)}


@pytest.fixture(scope="module")
def pages_url() -> Iterator[str]:
    with serve_pages() as base:
        yield base


def assert_problem(response: Any, status: int, slug: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    if slug:
        assert body["type"] == f"/problems/{slug}"
    return body


async def test_html_is_ingested_with_its_metadata(client: AsyncTestClient) -> None:
    response = await client.post("/v1/articles", json={"html": HARBOUR})
    assert response.status_code == 201, response.text
    article = response.json()
    assert article["title"] == "Harbour bridge reopens after two-year repair"
    assert article["published_at"] == "2024-03-11"
    assert article["published_at_inferred"] is False
    assert article["url"] == "https://ledger.example.org/news/2024/03/harbour-bridge-reopens"
    assert article["source"] == "The Coastal Ledger"
    assert "40,000 vehicles a day" in article["text"]
    assert "Buy cheap flights" not in article["text"]
    assert "Reader comment" not in article["text"]
    assert article["extraction"]["fields"] == ["text", "title", "url", "source", "published_at"]
    assert article["extraction"]["author"] == "Mara Ellison"
    assert article["extraction"]["date_source"] == "markup"
    # The same page again is a duplicate (same canonical URL).
    again = await client.post("/v1/articles", json={"html": HARBOUR})
    assert again.status_code == 200
    assert again.json()["id"] == article["id"]


async def test_the_extraction_is_stored_with_the_article(client: AsyncTestClient) -> None:
    created = await client.post("/v1/articles", json={"html": HARBOUR, "title": "Given title"})
    assert created.status_code == 201, created.text
    article = created.json()
    extraction = article["extraction"]
    assert extraction["fields"] == ["text", "url", "source", "published_at"]
    read = await client.get(f"/v1/articles/{article['id']}")
    assert read.status_code == 200
    assert read.json()["extraction"] == extraction
    assert read.json()["extraction"]["author"] == "Mara Ellison"
    # A duplicate answers with what was stored, not with what the new post's page gave.
    again = await client.post("/v1/articles", json={"html": HARBOUR})
    assert again.status_code == 200
    assert again.json()["extraction"] == extraction
    as_text = await client.post("/v1/articles", json={"text": "Anything at all.", "url": article["url"]})
    assert as_text.status_code == 200
    assert as_text.json()["id"] == article["id"]
    assert as_text.json()["extraction"] == extraction


async def test_a_text_article_has_no_extraction(client: AsyncTestClient) -> None:
    created = await client.post("/v1/articles", json={"text": "The ferry will run twice a day from May."})
    assert created.status_code == 201, created.text
    assert created.json()["extraction"] is None
    read = await client.get(f"/v1/articles/{created.json()['id']}")
    assert read.json()["extraction"] is None
    # Its page posted later is a duplicate by text: the stored article, still without one.
    page = "<html><body><article><p>The ferry will run twice a day from May.</p></article></body></html>"
    again = await client.post("/v1/articles", json={"html": page})
    assert again.status_code == 200, again.text
    assert again.json()["id"] == created.json()["id"]
    assert again.json()["extraction"] is None


async def test_given_fields_win_over_the_page(client: AsyncTestClient) -> None:
    response = await client.post(
        "/v1/articles",
        json={"html": HARBOUR, "title": "Given title", "published_at": "2024-03-09", "source": "Wire"},
    )
    assert response.status_code == 201, response.text
    article = response.json()
    assert (article["title"], article["published_at"], article["source"]) == (
        "Given title",
        "2024-03-09",
        "Wire",
    )
    assert article["extraction"]["fields"] == ["text", "url"]


async def test_a_date_in_a_time_element_only(client: AsyncTestClient) -> None:
    response = await client.post(
        "/v1/articles", json={"html": (PAGES / "library-time-only.html").read_text()}
    )
    assert response.status_code == 201, response.text
    assert response.json()["published_at"] == "2022-06-15"


@pytest.mark.parametrize(
    "body",
    [
        {"text": "An article.", "html": "<p>An article.</p>"},
        {},
        {"title": "Only a title"},
        {"html": ""},
        {"html": "   "},
    ],
)
async def test_none_or_several_bodies_are_a_422(client: AsyncTestClient, body: dict[str, Any]) -> None:
    problem = assert_problem(await client.post("/v1/articles", json=body), 422, "validation-error")
    assert problem["errors"]


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "\x00\x01\x02\x03\x04\x05" * 1000,
        "<div>" * 100_000,
        "<<<>>>" * 1000,
        "<html><body><p>" + "\ud7ff\ufffd" * 50 + "</p></body></html>",
    ],
)
async def test_html_without_an_article_is_a_problem_never_a_500(client: AsyncTestClient, html: str) -> None:
    problem = assert_problem(await client.post("/v1/articles", json={"html": html}), 422, "no-article")
    assert problem["errors"][0]["field"] == "html"


async def test_a_page_with_too_many_tags_is_refused(client: AsyncTestClient) -> None:
    html = (
        "<html><body><article>"
        + "<p>The council met on Tuesday to vote on the plan.</p>" * 40_000
        + "</article></body></html>"
    )
    problem = assert_problem(await client.post("/v1/articles", json={"html": html}), 422, "no-article")
    assert "tags" in problem["detail"]


async def test_a_large_page_is_read(client: AsyncTestClient) -> None:
    paragraphs = "".join(
        f"<p>The council met on day {n} to vote on part {n} of the plan.</p>" for n in range(5000)
    )
    response = await client.post(
        "/v1/articles", json={"html": f"<html><body><article>{paragraphs}</article></body></html>"}
    )
    assert response.status_code == 201, response.text


async def test_url_alone_needs_fetching_on(client: AsyncTestClient, pages_url: str) -> None:
    response = await client.post("/v1/articles", json={"url": f"{pages_url}/pages/harbour-bridge.html"})
    problem = assert_problem(response, 422, "fetching-disabled")
    assert problem["errors"][0]["field"] == "url"


async def test_url_is_fetched_and_read(make_client: Callable[..., Any], pages_url: str) -> None:
    async with make_client(**FETCHING) as client:
        response = await client.post("/v1/articles", json={"url": f"{pages_url}/redirect"})
        assert response.status_code == 201, response.text
        article = response.json()
        assert article["url"] == f"{pages_url}/redirect"  # the URL given wins over the canonical one
        assert article["published_at"] == "2024-03-11"
        assert article["extraction"]["fetched_url"] == f"{pages_url}/pages/harbour-bridge.html"
        assert article["extraction"]["canonical_url"].startswith("https://ledger.example.org/")
        read = await client.get(f"/v1/articles/{article['id']}")
        assert read.json()["extraction"] == article["extraction"]


async def test_a_page_in_a_wrong_charset_is_read(make_client: Callable[..., Any], pages_url: str) -> None:
    async with make_client(**FETCHING) as client:
        response = await client.post("/v1/articles", json={"url": f"{pages_url}/wrong-charset"})
        assert response.status_code == 201, response.text
        assert response.json()["title"] == "Café owners protest rent rises"


@pytest.mark.parametrize(
    ("path", "status", "slug"),
    [
        ("/to-private", 422, "url-refused"),
        ("/to-metadata", 422, "url-refused"),
        ("/image", 422, "url-unusable"),
        ("/huge", 422, "url-unusable"),
        ("/binary", 422, "no-article"),
        ("/empty", 422, "no-article"),
        ("/missing", 502, "url-unreachable"),
        ("/redirect-loop", 502, "url-unreachable"),
    ],
)
async def test_pages_that_cannot_be_had_are_problems(
    make_client: Callable[..., Any], pages_url: str, path: str, status: int, slug: str
) -> None:
    async with make_client(**FETCHING) as client:
        problem = assert_problem(
            await client.post("/v1/articles", json={"url": pages_url + path}), status, slug
        )
        assert problem["errors"][0]["field"] == "url"


@pytest.mark.parametrize(
    "url",
    [
        "PAGES/pages/harbour-bridge.html",  # loopback, not on the allow-list
        "http://localhost:9/",
        "http://[::1]:9/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://0.0.0.0:9/",
    ],
)
async def test_non_public_addresses_are_refused(
    make_client: Callable[..., Any], pages_url: str, url: str
) -> None:
    async with make_client(fetch_urls=True) as client:
        response = await client.post("/v1/articles", json={"url": url.replace("PAGES", pages_url)})
        assert_problem(response, 422, "url-refused")


async def test_batch_mixes_text_html_and_urls(make_client: Callable[..., Any], pages_url: str) -> None:
    async with make_client(**FETCHING) as client:
        response = await client.post(
            "/v1/articles/batch",
            json={
                "articles": [
                    {"text": "The port authority said the ferry will run twice a day from May."},
                    {"html": (PAGES / "orchard-meta-date.html").read_text()},
                    {"url": f"{pages_url}/articles/3"},
                    {"url": f"{pages_url}/to-private"},
                    {"html": "<p>x</p>", "text": "y"},
                    {"html": "\x00\x01" * 100},
                ]
            },
        )
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [i["status"] for i in items] == ["created", "created", "created", "invalid", "invalid", "invalid"]
    assert items[3]["error"]["type"] == "/problems/url-refused"
    assert items[4]["error"]["type"] == "/problems/validation-error"
    assert items[5]["error"]["type"] == "/problems/no-article"
    async with make_client(**FETCHING) as client:
        stored = [(await client.get(f"/v1/articles/{i['article_id']}")).json() for i in items[:3]]
    assert stored[0]["extraction"] is None
    assert stored[1]["extraction"]["fields"][0] == "text"
    assert stored[2]["extraction"]["fetched_url"] == f"{pages_url}/articles/3"


async def test_analyze_reads_html(client: AsyncTestClient) -> None:
    response = await client.post("/v1/analyze", json={"html": HARBOUR})
    assert response.status_code == 200, response.text
    analysis = response.json()
    assert analysis["published_at"] == "2024-03-11"
    assert "The harbour bridge reopened" in analysis["text"]
    for time in analysis["time_expressions"]:
        assert analysis["text"][time["start"] : time["end"]] == time["text"]
    assert_problem(await client.post("/v1/analyze", json={}), 422, "validation-error")
