"""Timeline events from an article's own voice: dated by the text or by the article's date, with
their predicate and where each piece of evidence sits in the article. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.integration

TEXT = (
    "Marovia Telecom has acquired the Delvan Group, the company said in a statement. "
    "Chief executive Maria Keller announced the deal in Turin. "
    "Keller will open a new office in Turin on 30 April 2024."
)


async def test_undated_and_scheduled_events_reach_the_timeline(client: Any) -> None:
    created = await client.post(
        "/v1/articles", json={"text": TEXT, "published_at": "2024-03-14", "external_id": "timeline-1"}
    )
    assert created.status_code == 201, created.text
    article = (await client.get(f"/v1/articles/{created.json()['id']}")).json()
    found = (await client.get("/v1/entities", params={"q": "Marovia Telecom"})).json()["items"]
    assert found
    events = (await client.get(f"/v1/entities/{found[0]['id']}/timeline")).json()["items"]
    acquired = [e for e in events if e["predicate"] == "acquire"]
    assert acquired and acquired[0]["date"] == "2024-03-14"  # the article's date: "has acquired"
    for event in events:
        for evidence in event["evidence"]:
            clause = article["text"][evidence["start"] : evidence["end"]]
            assert clause and clause in evidence["sentence"]
    keller = (await client.get("/v1/entities", params={"q": "Maria Keller"})).json()["items"]
    assert keller
    own = (await client.get(f"/v1/entities/{keller[0]['id']}/timeline")).json()["items"]
    announced = [e for e in own if e["predicate"] == "announce"]
    assert announced and "Turin" in {x["name"] for x in announced[0]["entities"]}  # where, not who
    opening = [e for e in own if e["predicate"] == "open"]
    assert opening and opening[0]["date"] == "2024-04-30"  # set for its date: "will open on"


async def test_a_half_year_dates_its_event(client: Any) -> None:
    """ "In the first half of 2009": the event is dated by the half-year, at its own precision."""
    text = "Corvane Steel sold its plant in Lyon to Brisa Metals in the first half of 2009, the company said."
    created = await client.post(
        "/v1/articles", json={"text": text, "published_at": "2024-03-14", "external_id": "timeline-half"}
    )
    assert created.status_code == 201, created.text
    found = (await client.get("/v1/entities", params={"q": "Corvane Steel"})).json()["items"]
    assert found
    events = (await client.get(f"/v1/entities/{found[0]['id']}/timeline")).json()["items"]
    sold = [e for e in events if e["predicate"] == "sell"]
    assert sold, events
    assert (sold[0]["date"], sold[0]["granularity"]) == ("2009-H1", "half")
    assert (sold[0]["start"], sold[0]["end"]) == ("2009-01-01", "2009-06-30")
