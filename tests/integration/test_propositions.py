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


# The same story told three times, undated: an outlet's report and the company's denial of it,
# a second outlet's sources saying the same in fewer words, and a third outlet relaying the
# denial in the first one's words after a detail of its own.
LEDGER = {
    "text": "The Harbor Ledger reported that the Orbisco battery plant in Veloria was a done deal. "
    "Orbisco chief Dana Whitfield said the report about the Orbisco battery plant in Veloria "
    "was a complete fabrication, and that Orbisco has not picked a site for the battery plant.",
    "external_id": "prop-ledger",
}
SOURCES = {
    "text": "Sources close to the Orbisco talks said the Orbisco battery plant in Veloria is a done "
    "deal. The Orbisco battery plant in Veloria would employ workers from across Veloria, the "
    "sources said.",
    "external_id": "prop-sources",
}
RELAY = {
    "text": "The Orbisco battery plant in Veloria has drawn attention in Estavia, where officials said "
    "the Estavia council met Orbisco last spring. Orbisco chief Dana Whitfield said the report about "
    "the Orbisco battery plant in Veloria was a complete fabrication.",
    "external_id": "prop-relay",
}


async def test_a_denial_in_the_same_words_meets_the_story_report_once(client: Any) -> None:
    ledger = (await client.post("/v1/articles", json=LEDGER)).json()
    sources = (await client.post("/v1/articles", json=SOURCES)).json()
    relay = (await client.post("/v1/articles", json=RELAY)).json()
    assert ledger["story_id"] == sources["story_id"] == relay["story_id"]
    found = await reports(client)
    assert len(found) == 1, [r["summary"] for r in found]
    (one,) = found
    assert one["event"] is None
    sides = {s["stance"]: s for s in one["sides"]}
    assert {e["article_id"] for e in sides["asserts"]["evidence"]} >= {ledger["id"], sources["id"]}
    assert {e["article_id"] for e in sides["denies"]["evidence"]} == {ledger["id"], relay["id"]}
    assert [s["name"] for s in sides["denies"]["sources"]] == ["Dana Whitfield"]


# A denied report, and an article that tells the same thing as fact in its own voice.
RELEASE = {
    "text": "A release posted on a satire website claimed that the small town of Millbrook in Veloria "
    "has been evacuated after a chemical leak at the Tarvin fertiliser plant. "
    "Veloria county judge Maren Holt said this report is entirely false.",
    "external_id": "voice-denial",
    "source": "Veloria Daily",
}
TOLD = {
    "text": "The small town of Millbrook in Veloria has been evacuated after a chemical leak at the "
    "Tarvin fertiliser plant. Roadblocks were set up around Millbrook in Veloria overnight.",
    "external_id": "voice-told",
    "source": "Hoax Herald",
}


async def test_an_article_telling_the_denied_report_as_fact_takes_the_asserting_side(client: Any) -> None:
    denial = (await client.post("/v1/articles", json=RELEASE)).json()
    told = (await client.post("/v1/articles", json=TOLD)).json()
    assert denial["story_id"] == told["story_id"]
    (one,) = await reports(client)
    sides = {s["stance"]: s for s in one["sides"]}
    assert "Hoax Herald" in [s["name"] for s in sides["asserts"]["sources"]]
    assert told["id"] in {e["article_id"] for e in sides["asserts"]["evidence"]}
    assert any("Maren Holt" in s["name"] for s in sides["denies"]["sources"])
    # The outlet's own account is evidence of its side, not a claim the article lists.
    article = (await client.get(f"/v1/articles/{told['id']}")).json()
    assert all(c["claimant"]["name"] != "Hoax Herald" for c in article["claims"])


# A rumour retold and denied as a whole by one outlet, and told straight by another in other words.
DEBUNK = {
    "text": "The Port Velo Courier reported that the town hall of Port Velo sold its clock tower to a "
    "hotel chain that will turn the clock tower into suites. "
    "Port Velo mayor Ilse Brandt said the story is a hoax.",
    "external_id": "lead-debunk",
    "source": "Coast Watch",
}
BELIEVER = {
    "text": "Guests of a hotel chain will soon sleep in suites under the bells of the Port Velo town hall. "
    "The clock tower of the Port Velo town hall will close to visitors while the hotel chain builds the suites.",
    "external_id": "lead-believer",
    "source": "Daily Lantern",
}


async def test_an_article_telling_the_story_straight_stands_against_its_debunking(client: Any) -> None:
    debunk = (await client.post("/v1/articles", json=DEBUNK)).json()
    before = await reports(client)
    assert len(before) == 1, [r["summary"] for r in before]
    believer = (await client.post("/v1/articles", json=BELIEVER)).json()
    assert debunk["story_id"] == believer["story_id"]
    (one,) = await reports(client)
    assert one["id"] == before[0]["id"]  # the debunked report widened, no new one
    sides = {s["stance"]: s for s in one["sides"]}
    assert "Daily Lantern" in [s["name"] for s in sides["asserts"]["sources"]]
    lead = [e for e in sides["asserts"]["evidence"] if e["article_id"] == believer["id"]]
    assert [e["quote"] for e in lead] == [
        "Guests of a hotel chain will soon sleep in suites under the bells of the Port Velo town hall."
    ]
    assert {e["article_id"] for e in sides["denies"]["evidence"]} == {debunk["id"]}
    # The opening account is evidence of the outlet's side, not a claim the article lists.
    article = (await client.get(f"/v1/articles/{believer['id']}")).json()
    assert all(c["claimant"]["name"] != "Daily Lantern" for c in article["claims"])


FERRY_SINKS = {
    "text": "The death toll from Monday's ferry disaster off Velmora has risen to 57, local hospital officials "
    "told the Island Daily. Survivors said the Morning Star was badly overloaded when it left Port Adler. "
    "The coast guard has rescued 130 people, commander Ilse Ranvik said.",
    "source": "Island Daily",
    "published_at": "2025-03-04",
    "external_id": "prop-ferry-sinks",
}
FERRY_TOLL = {
    "text": "Velmora's interior ministry said on Tuesday that 38 people died when the ferry Morning Star "
    "capsized off Velmora on Monday, contradicting local officials who put the toll at 57. The operator "
    "of the ferry denied that the vessel was overloaded.",
    "source": "Capital Wire",
    "published_at": "2025-03-05",
    "external_id": "prop-ferry-toll",
}


async def test_a_denial_naming_no_party_meets_what_it_denies(client: Any) -> None:
    # "The operator denied that the vessel was overloaded": no entity in the denial, one story
    # proposition that something was overloaded.
    sinks = (await client.post("/v1/articles", json=FERRY_SINKS)).json()
    toll = (await client.post("/v1/articles", json=FERRY_TOLL)).json()
    assert sinks["story_id"] == toll["story_id"]
    (one,) = await reports(client)
    sides = {s["stance"]: s for s in one["sides"]}
    assert [s["name"] for s in sides["asserts"]["sources"]] == ["Survivors"]
    assert [s["name"] for s in sides["denies"]["sources"]] == ["The operator of the ferry"]
    assert one["summary"].startswith("Survivors say")
    # The ministry's figure and the one it says local officials gave are two sources' counts.
    response = await client.get("/v1/conflicts", params={"kind": "quantity"})
    (count,) = response.json()["items"]
    positions = {s["position"]: [src["name"] for src in s["sources"]] for s in count["sides"]}
    assert positions["38"] == ["Velmora's interior ministry"]
    assert sorted(positions["57"]) == ["local hospital officials", "local officials"]


# A wire story with no outlet, site or headline given: its dateline credits the agency whose
# own words deny the report.
WIRE_DENIAL = {
    "text": "VELORIA, March 4 (Coastwire) - The report that Orbisco will stop selling the Lumatab "
    "tablet in Veloria is false. Shops in Veloria said the Lumatab tablet remains on sale in "
    "Veloria after the Lumatab recall.",
    "external_id": "prop-wire-denial",
}


async def test_a_wire_storys_own_denial_is_the_credited_agencys(client: Any) -> None:
    report = (await client.post("/v1/articles", json=REPORT)).json()
    wire = (await client.post("/v1/articles", json=WIRE_DENIAL)).json()
    assert report["story_id"] == wire["story_id"]
    (one,) = await reports(client)
    sides = {s["stance"]: s for s in one["sides"]}
    assert [s["name"] for s in sides["denies"]["sources"]] == ["Coastwire"]
    assert {e["article_id"] for e in sides["denies"]["evidence"]} == {wire["id"]}
    assert one["summary"].endswith("; Coastwire denies it."), one["summary"]


async def test_a_story_started_by_a_wire_story_is_titled_after_its_dateline(client: Any) -> None:
    wire = (await client.post("/v1/articles", json=WIRE_DENIAL)).json()
    story = (await client.get(f"/v1/stories/{wire['story_id']}")).json()
    assert story["title"].startswith("The report that Orbisco will stop selling"), story["title"]


# A group owning an attack and the police saying it did not do it: the claim of responsibility is
# the group's assertion of the attack, which the denial answers.
OWNED = {
    "text": "The Western Brigade claimed responsibility for the bombing of the Veloria rail depot in a "
    "statement posted online. The Western Brigade said the bombing of the Veloria rail depot was "
    "revenge for the arrests in Veloria.",
    "external_id": "prop-owned",
}
DISOWNED = {
    "text": "Veloria police denied that the Western Brigade carried out the bombing of the Veloria rail "
    "depot. Veloria police said the bombing of the Veloria rail depot was the work of a local gang.",
    "external_id": "prop-disowned",
}


async def test_a_claim_of_responsibility_meets_its_denial(client: Any) -> None:
    owned = (await client.post("/v1/articles", json=OWNED)).json()
    disowned = (await client.post("/v1/articles", json=DISOWNED)).json()
    assert owned["story_id"] == disowned["story_id"]
    found = await reports(client)
    assert len(found) == 1, found
    sides = {s["stance"]: s for s in found[0]["sides"]}
    assert [s["name"] for s in sides["asserts"]["sources"]] == ["Western Brigade"]
    assert [s["name"] for s in sides["denies"]["sources"]] == ["Veloria police"]
    assert any(
        "claimed responsibility" in e["quote"] or "bombing" in e["quote"]
        for e in sides["asserts"]["evidence"]
    )


RESIGNED = {
    "text": "Interior Minister Tomas Hedlund has resigned following the escape of three inmates from the "
    "Kroll high-security prison, several newspapers reported on Wednesday, citing sources in the ruling "
    "party.\n\nThe opposition had called for Hedlund to step down after the escape on Monday.",
    "source": "Coast Wire",
    "published_at": "2026-06-03",
    "external_id": "prop-resigned",
}
NOT_RESIGNED = {
    "text": "The government on Thursday denied reports that Interior Minister Tomas Hedlund had resigned "
    'over the escape of three inmates from the Kroll prison.\n\n"The minister has not resigned and '
    'continues his work," government spokesman Peter Lind told reporters.',
    "source": "Harbour Times",
    "published_at": "2026-06-04",
    "external_id": "prop-not-resigned",
}


async def test_a_closing_attribution_the_parser_misread_meets_the_denial(client: Any) -> None:
    # The parser hangs "several newspapers reported" inside the reported clause; the newspapers
    # still assert the resignation, and the government and its spokesman (on "the minister")
    # deny it, each credited by name and not "The government on Thursday".
    resigned = (await client.post("/v1/articles", json=RESIGNED)).json()
    denied = (await client.post("/v1/articles", json=NOT_RESIGNED)).json()
    assert resigned["story_id"] == denied["story_id"]
    found = await reports(client)
    assert len(found) == 1, found
    (one,) = found
    sides = {s["stance"]: s for s in one["sides"]}
    assert [s["name"] for s in sides["asserts"]["sources"]] == ["several newspapers"]
    assert sorted(s["name"] for s in sides["denies"]["sources"]) == ["Peter Lind", "The government"]
    assert one["summary"].startswith("Several newspapers say the resignation involving Tomas Hedlund")
    assert sides["asserts"]["evidence"][0]["quote"].endswith("Kroll high-security prison")


CHARGED = {
    "text": "Rescuers said on Tuesday that two climbers trapped on the Varn glacier had died, reversing reports"
    " hours earlier that both had been found alive. Anton Kessler, the chief executive of Alpcorp, told the"
    " families of the deaths. Kessler blamed the reversal on a miscommunication. Relatives of the climbers"
    " walked out of the meeting saying that the chief executive had lied to them.",
    "source": "Alpine Herald",
    "published_at": "2026-03-04",
    "external_id": "prop-charged",
}


async def test_a_charge_of_deceit_told_of_a_title_meets_the_excuse_told_by_name(client: Any) -> None:
    # The relatives' sentence names nobody: "the chief executive" is the one the article
    # introduced as such, a party of what they say, and he answers the charge by blaming an error.
    await client.post("/v1/articles", json=CHARGED)
    found = await reports(client)
    charge = [
        r for r in found if any("lied to them" in e["quote"] for s in r["sides"] for e in s["evidence"])
    ]
    assert len(charge) == 1, found
    sides = {s["stance"]: s for s in charge[0]["sides"]}
    assert [s["name"] for s in sides["asserts"]["sources"]] == ["Relatives of the climbers"]
    assert [s["name"] for s in sides["denies"]["sources"]] == ["Anton Kessler"]
    assert "blamed the reversal on a miscommunication" in sides["denies"]["evidence"][0]["quote"]
    assert {"Anton Kessler", "Alpcorp"} <= {e["name"] for e in charge[0]["entities"]}


WILL_RESIGN = {
    "text": "The mayor of Dunholm, Rita Vos, will resign next week over the budget scandal, two council"
    " members told the Dunholm Courier on Monday.\n\nVos has led the Dunholm council since 2019.",
    "source": "Dunholm Courier",
    "published_at": "2026-06-01",
    "external_id": "prop-will-resign",
}
WILL_NOT_RESIGN = {
    "text": "Dunholm mayor Rita Vos said on Tuesday that she would not resign over the budget scandal."
    "\n\nVos told reporters at the Dunholm town hall that she had the support of the council.",
    "source": "Valley Post",
    "published_at": "2026-06-02",
    "external_id": "prop-will-not-resign",
}
RESIGNED_BEFORE = {
    "text": "Rita Vos, the mayor of Dunholm, resigned from the board of the Dunholm budget committee in 2019"
    " over a scandal, the Valley Post reported.\n\nVos has led the Dunholm council since 2019.",
    "source": "Valley Post",
    "published_at": "2026-06-02",
    "external_id": "prop-resigned-before",
}


async def test_a_plan_said_not_to_be_meets_the_plan_not_a_happening(client: Any) -> None:
    # "would not resign" answers "will resign next week"; a resignation reported as done is
    # another proposition, which the plan's denial does not answer.
    for body in (RESIGNED_BEFORE, WILL_RESIGN, WILL_NOT_RESIGN):
        assert (await client.post("/v1/articles", json=body)).status_code == 201
    found = await reports(client)
    assert len(found) == 1, found
    sides = {s["stance"]: s for s in found[0]["sides"]}
    assert [s["name"] for s in sides["asserts"]["sources"]] == ["two council members"]
    assert [s["name"] for s in sides["denies"]["sources"]] == ["Rita Vos"]
    assert (sides["asserts"]["position"], sides["denies"]["position"]) == ("will happen", "will not happen")
    assert all("2019" not in e["quote"] for s in found[0]["sides"] for e in s["evidence"])


STRIKE_OFF = {
    "text": "The Transport Workers Union has called off Monday's rail strike after a late pay offer from"
    " Railco, the union's leader Maja Lund said on Saturday.\n\nTrains will run as normal on Monday, she said.",
    "source": "Rail News",
    "published_at": "2026-10-03",
    "external_id": "prop-strike-off",
}
STRIKE_ON = {
    "text": "Railco said on Saturday evening that the union had not called off Monday's strike and urged"
    " passengers to plan ahead.\n\nRailco runs most of the country's passenger trains.",
    "source": "City Express",
    "published_at": "2026-10-03",
    "external_id": "prop-strike-on",
}


async def test_a_deed_said_not_done_answers_the_report_of_it(client: Any) -> None:
    # Railco reports a fact ("had not called off"), no denial of any report by itself; against
    # the union leader's account of the very deed it stands on the side that says it did not happen.
    for body in (STRIKE_OFF, STRIKE_ON):
        assert (await client.post("/v1/articles", json=body)).status_code == 201
    found = await reports(client)
    assert len(found) == 1, found
    sides = {s["stance"]: s for s in found[0]["sides"]}
    assert [s["name"] for s in sides["asserts"]["sources"]] == ["Maja Lund"]
    assert [s["name"] for s in sides["denies"]["sources"]] == ["Railco"]
    assert "had not called off Monday's strike" in sides["denies"]["evidence"][0]["quote"]


async def test_a_deed_said_not_done_alone_is_no_dispute(client: Any) -> None:
    assert (await client.post("/v1/articles", json=STRIKE_ON)).status_code == 201
    assert await reports(client) == []


SCHOOLS_SHUT = {
    "text": "All schools in Kelby have closed after an outbreak of measles, parents told the Kelby Courier"
    " on Monday. Some parents said they had been told to keep their children at home.",
    "source": "Kelby Courier",
    "published_at": "2026-01-12",
    "external_id": "prop-schools-shut",
}
SCHOOLS_OPEN = {
    "text": "Schools in Kelby are open as normal, the district's education office said on Monday. The office"
    " said two cases of measles had been confirmed in the district.",
    "source": "Education News",
    "published_at": "2026-01-12",
    "external_id": "prop-schools-open",
}
PERL_RESIGNED = {
    "text": "Health minister Ada Perl has resigned after a row over hospital waiting lists, two government"
    " sources told the Capital Post on Monday.",
    "source": "Capital Post",
    "published_at": "2026-09-14",
    "external_id": "prop-perl-resigned",
}
IN_POST = {
    "text": "Health minister Ada Perl remains in her post and will attend a cabinet meeting on Tuesday, her"
    " ministry said on Monday evening. The opposition has called for her to go over waiting lists.",
    "source": "Evening Star",
    "published_at": "2026-09-14",
    "external_id": "prop-perl-in-post",
}

SACKED = {
    "text": "Hal Brent has been sacked as coach of Ferro City after five defeats in a row, the newspaper"
    " Sport Daily understands. The club's board met on Sunday evening.",
    "source": "Sport Daily",
    "published_at": "2026-10-19",
    "external_id": "prop-coach-sacked",
}
IN_CHARGE = {
    "text": "Ferro City said on Monday that Hal Brent remains in charge of the team and will lead training"
    " on Tuesday. The club's chairman said Brent had the board's full support.",
    "source": "City Sport",
    "published_at": "2026-10-19",
    "external_id": "prop-coach-in-charge",
}

CALLED_OFF = {
    "text": "The Lumen music festival in Harwick has been called off because of storm warnings, the"
    " website Gig Guide reported on Thursday.",
    "source": "Gig Guide",
    "published_at": "2026-07-02",
    "external_id": "prop-festival-off",
}
GOING_AHEAD = {
    "text": "The Lumen music festival in Harwick will go ahead as planned this weekend, its organisers"
    " said on Thursday evening. Tickets are still on sale.",
    "source": "Harwick News",
    "published_at": "2026-07-02",
    "external_id": "prop-festival-on",
}


async def test_a_state_held_now_alone_is_no_dispute(client: Any) -> None:
    assert (await client.post("/v1/articles", json=IN_POST)).status_code == 201
    assert await reports(client) == []


SHOP_CLOSED_LAST_MONTH = {
    "text": "Fenwick Stores closed its shop in Dorset last month, the company said on Monday, citing falling sales.",
    "source": "Retail Daily",
    "published_at": "2026-03-09",
    "external_id": "prop-shop-closed",
}
SHOP_OPEN_NOW = {
    "text": "The Fenwick Stores shop in Harlow remains open, a spokeswoman for the chain said on Tuesday,"
    " after a local paper reported that it might close. The chain shut its Dorset shop last month.",
    "source": "Harlow Echo",
    "published_at": "2026-03-10",
    "external_id": "prop-shop-open",
}


async def test_a_state_held_now_answers_no_deed_dated_well_before_it(client: Any) -> None:
    # A shop open now says nothing of one closed last month: a state may follow a deed undone.
    for body in (SHOP_CLOSED_LAST_MONTH, SHOP_OPEN_NOW):
        assert (await client.post("/v1/articles", json=body)).status_code == 201
    assert await reports(client) == []


PLANT_TO_SHUT = {
    "text": "Carmaker Velmont will shut its plant in Ardley next year, cutting 900 jobs, the union said on"
    " Monday after a meeting with managers. The plant builds the company's delivery vans.",
    "source": "Industry Today",
    "published_at": "2026-05-18",
    "external_id": "prop-plant-shut",
}
PLANT_NOT_TO_SHUT = {
    "text": "Velmont said on Tuesday that no decision had been taken on the future of its Ardley plant and"
    " that it had no plans to close the site. The union had said on Monday that the plant would shut.",
    "source": "Business Weekly",
    "published_at": "2026-05-19",
    "external_id": "prop-plant-open",
}


async def test_a_second_reported_clause_with_its_own_that_answers_the_plan(client: Any) -> None:
    # "Carmaker Velmont" is Velmont; the company's "and that it had no plans to close the site" is
    # a claim of its own, not the tail of "no decision had been taken".
    for body in (PLANT_TO_SHUT, PLANT_NOT_TO_SHUT):
        assert (await client.post("/v1/articles", json=body)).status_code == 201
    found = await reports(client)
    assert len(found) == 1, [r["summary"] for r in found]
    sides = {s["stance"]: s for s in found[0]["sides"]}
    assert [s["name"] for s in sides["asserts"]["sources"]] == ["The union"]
    assert [s["name"] for s in sides["denies"]["sources"]] == ["Velmont"]
    quotes = [e["quote"] for e in sides["denies"]["evidence"]]
    assert any(q.startswith("that it had no plans to close") for q in quotes), quotes


CHARGED_WITH_FRAUD = {
    "text": "The property developer Ivo Karst was charged with fraud on Friday, prosecutors in Delm said on Monday.",
    "source": "Court News",
    "published_at": "2026-05-04",
    "external_id": "prop-fraud-charged",
}
DENIES_WRONGDOING = {
    "text": "Ivo Karst, the property developer charged with fraud last week, denied any wrongdoing on Tuesday."
    " His lawyer said Karst would fight the charges in court.",
    "source": "Business Daily",
    "published_at": "2026-05-05",
    "external_id": "prop-fraud-denied",
}


async def test_a_denial_of_wrongdoing_in_the_charges_words_denies_no_charge(client: Any) -> None:
    # The denial repeats "the property developer charged with fraud", but denies the misdeed,
    # not the charge: nobody disputes that he was charged.
    for body in (CHARGED_WITH_FRAUD, DENIES_WRONGDOING):
        assert (await client.post("/v1/articles", json=body)).status_code == 201
    assert await reports(client) == []


OFFER_MADE = {
    "text": "The engineering group Torvane has made a takeover offer of 2 billion pounds for its rival Elsby"
    " Systems, three people briefed on the talks said on Monday.",
    "source": "Deal Street",
    "published_at": "2026-02-16",
    "external_id": "prop-offer-made",
}
NO_OFFER = {
    "text": 'Elsby Systems said on Tuesday that it had not received any offer from Torvane. "There is no'
    " truth to reports of a bid,\" the company's finance chief, Lars Ode, said.",
    "source": "City Desk",
    "published_at": "2026-02-17",
    "external_id": "prop-offer-none",
}


STRIKE_ENDED = {
    "text": "Dock workers at the port of Selby Haven ended their two-week strike on Sunday after accepting a"
    " pay offer, the Harbour Workers Union said.",
    "source": "Labour News",
    "published_at": "2026-01-19",
    "external_id": "prop-strike-ended",
}
STRIKE_GOES_ON = {
    "text": "The strike at the port of Selby Haven is continuing, the port authority said on Monday. No"
    " agreement on pay has been reached, a spokesman said.",
    "source": "Port Gazette",
    "published_at": "2026-01-20",
    "external_id": "prop-strike-on",
}


RESPONSIBILITY_CLAIMED = {
    "text": "The militant group Black Tide said on Monday that it carried out Sunday's bomb attack on a bus in"
    " Dorvale that killed six people.",
    "source": "Frontier News",
    "published_at": "2026-02-09",
    "external_id": "prop-claimed",
}
NO_ROLE = {
    "text": "Police in Dorvale said on Tuesday that Black Tide had no role in Sunday's attack on a bus, and"
    " that the bomb was planted by a criminal gang.",
    "source": "Dorvale Today",
    "published_at": "2026-02-10",
    "external_id": "prop-no-role",
}


TEST_FAILED = {
    "text": "A test launch of the Harrier long-range missile failed on Saturday when the missile exploded shortly"
    " after lift-off, two officials told Defence Daily.",
    "source": "Defence Daily",
    "published_at": "2026-09-14",
    "external_id": "prop-test-failed",
}
TEST_SUCCEEDED = {
    "text": "The defence ministry said on Monday that Saturday's test of the Harrier missile had been a complete"
    " success and that the missile hit its target.",
    "source": "State News Agency",
    "published_at": "2026-09-14",
    "external_id": "prop-test-success",
}


@pytest.mark.parametrize(
    ("report", "answer", "asserted_by", "denied_by"),
    [
        # undated, partyless: the schools said to be open answer the schools said to have closed
        (SCHOOLS_SHUT, SCHOOLS_OPEN, ["parents"], ["the district's education office"]),
        # a dated event: the minister said to remain in her post answers her resignation
        (PERL_RESIGNED, IN_POST, ["two government sources"], ["her ministry"]),
        # an outlet's own news ("the newspaper understands") against the club's coach in charge
        (SACKED, IN_CHARGE, ["Sport Daily"], ["Ferro City"]),
        # an event said to go ahead answers the report that it was called off
        (CALLED_OFF, GOING_AHEAD, ["Gig Guide"], ["its organisers"]),
        # "had not received any offer" answers "has made a takeover offer"
        (OFFER_MADE, NO_OFFER, ["three people"], ["Elsby Systems"]),
        # "the strike is continuing" answers "ended their two-week strike"
        (STRIKE_ENDED, STRIKE_GOES_ON, ["Harbour Workers Union"], ["the port authority"]),
        # "had no role in Sunday's attack" answers the group's claim of the deed
        (RESPONSIBILITY_CLAIMED, NO_ROLE, ["Black Tide"], ["Police in Dorvale"]),
        # "had been a complete success" answers "the test failed"
        (TEST_FAILED, TEST_SUCCEEDED, ["two officials"], ["The defence ministry"]),
    ],
)
async def test_an_answer_in_other_words_meets_the_report_it_answers(
    client: Any, report: dict[str, str], answer: dict[str, str], asserted_by: list[str], denied_by: list[str]
) -> None:
    for body in (report, answer):
        assert (await client.post("/v1/articles", json=body)).status_code == 201
    found = await reports(client)
    assert len(found) == 1, found
    sides = {s["stance"]: s for s in found[0]["sides"]}
    assert [s["name"] for s in sides["asserts"]["sources"]] == asserted_by
    assert [s["name"] for s in sides["denies"]["sources"]] == denied_by
