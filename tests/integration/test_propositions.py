"""Undated coverage of one story: a report and a denial of it meet with no event between them."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.integration

REPORT = {
    "text": "Orbisco will stop selling the Lumatab tablet in Veloria, according to the Harbor Ledger. "
    "The Harbor Ledger said Orbisco will stop selling the Lumatab tablet because Lumatab sales in "
    "Veloria fell sharply after the Lumatab recall.",
    "external_id": "prop-report",
}
DENIAL = {
    "text": "Orbisco said the report that it will stop selling the Lumatab tablet in Veloria was not true. "
    "An Orbisco spokesman said the Lumatab tablet remains on sale in Veloria after the Lumatab recall.",
    "external_id": "prop-denial",
}
CALM = {
    "text": "Brightwater Mills opened a new bakery in Estavia, the Estavia Courier reported. "
    "The Estavia Courier said Brightwater Mills hired forty bakers for the Estavia bakery.",
    "external_id": "prop-calm",
}


async def reports(client: Any) -> list[dict[str, Any]]:
    response = await client.get("/v1/conflicts", params={"kind": "existence", "limit": 100})
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def test_a_denial_of_the_report_meets_the_report_in_its_story(client: Any) -> None:
    report = (await client.post("/v1/articles", json=REPORT)).json()
    denial = (await client.post("/v1/articles", json=DENIAL)).json()
    calm = (await client.post("/v1/articles", json=CALM)).json()
    assert report["story_id"] == denial["story_id"] != calm["story_id"]
    found = await reports(client)
    assert len(found) == 1, found
    (one,) = found
    assert one["event"] is None
    sides = {s["stance"]: s for s in one["sides"]}
    assert [s["name"] for s in sides["asserts"]["sources"]] == ["Harbor Ledger"]
    assert [s["name"] for s in sides["denies"]["sources"]] == ["Orbisco"]
    assert {e["article_id"] for e in sides["denies"]["evidence"]} == {denial["id"]}
    assert {e["article_id"] for e in sides["asserts"]["evidence"]} == {report["id"]}
    assert "stop selling the Lumatab tablet" in one["summary"]
    # The story lists the report, and the story filter finds it, though it has no event.
    story = (await client.get(f"/v1/stories/{report['story_id']}")).json()
    assert one["id"] in story["conflict_ids"], story
    by_story = await client.get("/v1/conflicts", params={"story_id": report["story_id"]})
    assert [r["id"] for r in by_story.json()["items"]] == [one["id"]]
    other = await client.get("/v1/conflicts", params={"story_id": calm["story_id"]})
    assert other.json()["items"] == []
    # Sending the denial again changes nothing.
    again = await client.post("/v1/articles", json=DENIAL)
    assert again.status_code == 200
    assert [r["id"] for r in await reports(client)] == [one["id"]]
