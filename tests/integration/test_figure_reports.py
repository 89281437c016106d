"""A source's dated figure on the timeline across articles: two articles giving one outlet's
figure for a disaster on one day are one report; another day's is another. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.integration

FIRST = (
    "Rescuers searched the hills above the river for survivors. According to the Harbor Times today, "
    "the total dead and missing for all six towns damaged by the Velmar flood now stands at 1,240."
)
SECOND = (
    "Aid arrived in the region on Sunday. According to the Harbor Times today, the total dead and "
    "missing for the towns damaged by the Velmar flood now stands at 1,240."
)

LATER = (
    "Aid reached the valley on Monday. According to the Harbor Times today, the dead and missing "
    "for the towns damaged by the Velmar flood now stand at 1,310."
)


async def _post(client: Any, text: str, published: str, external_id: str) -> None:
    created = await client.post(
        "/v1/articles", json={"text": text, "published_at": published, "external_id": external_id}
    )
    assert created.status_code == 201, created.text


async def test_one_sources_figure_on_one_day_is_one_report_across_articles(client: Any) -> None:
    await _post(client, FIRST, "2024-03-14", "figure-report-1")
    await _post(client, SECOND, "2024-03-14", "figure-report-2")
    await _post(client, LATER, "2024-03-20", "figure-report-3")
    found = (await client.get("/v1/entities", params={"q": "Harbor Times"})).json()["items"]
    assert found
    events = (await client.get(f"/v1/entities/{found[0]['id']}/timeline")).json()["items"]
    tallies = [e for e in events if any("Harbor Times today" in x["sentence"] for x in e["evidence"])]
    assert [e["date"] for e in tallies] == ["2024-03-14", "2024-03-20"]
    assert len({x["article_id"] for x in tallies[0]["evidence"]}) == 2
    assert any("Velmar" in x["name"] for x in tallies[0]["entities"])
