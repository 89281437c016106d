"""Event mentions for the timeline, through the whole pipeline: which statements are placed at the
article's date, who and where takes part, scheduled events, event nouns from the TimeML lexicon.
Names are invented."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from service.pipeline.analyse import analyse
from service.pipeline.nlp import load
from service.pipeline.statements.index import mark_unmarked_names
from service.pipeline.types import Analysis, EntityGroup, Statement

PUBLISHED = date(2024, 3, 14)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def read(nlp: Language, text: str) -> Analysis:
    return analyse(text, PUBLISHED, nlp)


def statement(analysis: Analysis, predicate: str) -> Statement:
    found = [s for s in analysis.statements if s.predicate == predicate]
    assert found, [s.predicate for s in analysis.statements]
    return found[0]


def names(analysis: Analysis, indexes: list[int]) -> set[str]:
    return {analysis.entities[i].name for i in indexes}


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Marovia Telecom announced a new satellite network.", "announce"),
        ("Marovia Telecom has acquired the Delvan Group.", "acquire"),
        ("Senator Ilse Brandt was arrested by the police.", "arrest"),
        ("Marovia Telecom says its network reaches every town.", "say"),
    ],
)
def test_past_present_perfect_and_reporting_clauses_are_placed_at_the_article_date(
    nlp: Language, text: str, predicate: str
) -> None:
    st = statement(read(nlp, text), predicate)
    assert st.time is None and st.anchored


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Marovia Telecom will announce a new network.", "announce"),
        ("Marovia Telecom had acquired the Delvan Group before the war.", "acquire"),
        ("Marovia Telecom believes the network is safe.", "believe"),
        ("Marovia Telecom announced a new network on 2 March.", "announce"),
    ],
)
def test_plans_past_perfects_states_and_dated_clauses_are_not(
    nlp: Language, text: str, predicate: str
) -> None:
    assert not statement(read(nlp, text), predicate).anchored


def test_a_pronoun_subject_takes_part_as_the_latest_subject_of_its_kind(nlp: Language) -> None:
    analysis = read(
        nlp, "Minister Maria Keller opened the conference in Turin on Monday. She announced a new budget."
    )
    assert "Maria Keller" in names(analysis, statement(analysis, "announce").participants)


def test_places_are_where_not_who(nlp: Language) -> None:
    analysis = read(nlp, "A bomb exploded in Turin on Tuesday, killing two people.")
    explode = statement(analysis, "explode")
    assert "Turin" in names(analysis, explode.places)
    assert "Turin" not in names(analysis, explode.participants)


def test_people_named_as_included_take_part(nlp: Language) -> None:
    analysis = read(nlp, "The storm killed nine people, including the mayor Ilse Brandt.")
    assert "Ilse Brandt" in names(analysis, statement(analysis, "kill").participants)


def test_a_future_event_with_its_date_is_scheduled(nlp: Language) -> None:
    analysis = read(nlp, "The Delvan Accord will take effect on 16 April 2024.")
    # A named accord taking effect is a beginning of the accord (its participant).
    take = statement(analysis, "begin")
    assert not take.actual and take.scheduled
    assert analysis.time_expressions[take.time].value == "2024-04-16"
    maybe = read(nlp, "The Delvan Accord could take effect on 16 April 2024.")
    assert not statement(maybe, "begin").scheduled


@pytest.mark.parametrize(
    ("text", "event", "value"),
    [
        ("The Zorbix phone is slated for a release on June 24.", "release", "06-24"),
        ("The vote in Delvan is scheduled for March 3.", "vote", "03-03"),
        ("The Zorbix launch is set for Friday.", "launch", None),
    ],
)
def test_a_happening_set_for_a_date_is_scheduled_at_it(
    nlp: Language, text: str, event: str, value: str | None
) -> None:
    analysis = read(nlp, text)
    scheduled = statement(analysis, event)
    assert scheduled.scheduled and not scheduled.actual
    assert scheduled.time is not None
    found = analysis.time_expressions[scheduled.time].value
    assert found > PUBLISHED.isoformat() and (value is None or found.endswith(value))
    # The scheduling itself is no event of that date.
    assert all(
        s.time is None for s in analysis.statements if s.predicate in ("schedule", "set", "slat", "slate")
    )


def test_what_is_set_for_a_date_must_be_a_happening(nlp: Language) -> None:
    analysis = read(nlp, "The table is set for dinner on Friday.")
    assert not any(s.scheduled for s in analysis.statements)


def test_nouns_annotated_as_events_name_events(nlp: Language) -> None:
    analysis = read(nlp, "The merger of Marovia Telecom and the Delvan Group on 2 March surprised analysts.")
    merger = statement(analysis, "merger")
    assert {"Marovia Telecom", "Delvan Group"} <= names(analysis, merger.participants)
    assert analysis.time_expressions[merger.time].value == "2024-03-02"


def test_a_later_use_of_a_name_the_tagger_missed_joins_its_group(nlp: Language) -> None:
    doc = nlp("Chief executive Maria Keller spoke. Keller welcomed everyone, and the keller was full.")
    keller = EntityGroup(name="Maria Keller", type="PERSON", aliases=["Maria Keller", "Keller"], mentions=[])
    other = EntityGroup(name="Keller Group", type="ORG", aliases=["Keller Group"], mentions=[])
    group_of = [0 if t.i in (2, 3) else -1 for t in doc]
    mark_unmarked_names(list(doc), [keller, other], group_of)
    marked = {doc[i].text: g for i, g in enumerate(group_of) if g >= 0 and i > 3}
    assert marked == {"Keller": 0}  # the second "Keller"; "keller" is no name


def test_the_antecedent_may_be_a_name_inside_a_subject(nlp: Language) -> None:
    text = "Chief executive and co-founder Maria Keller opened the fair on Monday. She announced a new phone."
    analysis = read(nlp, text)
    assert "Maria Keller" in names(analysis, statement(analysis, "announce").participants)


def test_a_participle_beside_a_clause_is_a_statement_at_its_time(nlp: Language) -> None:
    analysis = read(nlp, "Maria Keller unveiled the phone on 2 March, saying it was ready.")
    say = statement(analysis, "say")
    assert "Maria Keller" in names(analysis, say.participants)
    assert say.time is None  # placed at the clause's time, not dated by its own words
    assert analysis.time_expressions[say.reference].value == "2024-03-02"


def test_coordinated_clauses_share_the_time_of_the_first(nlp: Language) -> None:
    analysis = read(nlp, "Marovia Telecom bought the plant in April 2023 and sold it to a rival.")
    sell = statement(analysis, "sell")
    assert sell.time is None and analysis.time_expressions[sell.reference].value == "2023-04"


def test_an_undated_statement_takes_the_day_the_narrative_has_reached(nlp: Language) -> None:
    text = "Yesterday, Maria Keller unveiled the phone in Turin. Keller praised its design."
    analysis = read(nlp, text)
    praise = statement(analysis, "praise")
    assert praise.anchored and praise.time is None
    assert analysis.time_expressions[praise.reference].value == "2024-03-13"
    alone = statement(read(nlp, "Maria Keller praised the design."), "praise")
    assert alone.anchored and alone.reference is None  # the article's own date


def test_a_present_perfect_tells_of_now_not_of_the_narrative_day(nlp: Language) -> None:
    text = "Yesterday, Maria Keller unveiled the phone in Turin. Keller has built the largest firm in Europe."
    build = statement(read(nlp, text), "build")
    assert build.anchored and build.reference is None  # the article's own date


def test_an_occasion_a_light_verb_carries_is_the_event(nlp: Language) -> None:
    analysis = read(nlp, "Maria Keller gave her annual keynote in Turin on 2 March.")
    keynote = statement(analysis, "keynote")
    assert "Maria Keller" in names(analysis, keynote.participants)
    assert analysis.time_expressions[keynote.time].value == "2024-03-02"
    assert not [s for s in analysis.statements if s.predicate == "give"]


def test_an_event_noun_a_clause_happens_during_is_placed_with_it(nlp: Language) -> None:
    analysis = read(
        nlp, "On 2 March, Maria Keller unveiled the phone. During her speech she praised its design."
    )
    speech = statement(analysis, "speech")
    assert speech.anchored and speech.time is None
    assert analysis.time_expressions[speech.reference].value == "2024-03-02"


def test_the_narrative_day_does_not_carry_into_the_next_paragraph(nlp: Language) -> None:
    text = "Yesterday, Maria Keller unveiled the phone in Turin.\n\nKeller praised its design."
    assert statement(read(nlp, text), "praise").reference is None


# --- events from any dated statement: parse repairs and participants of any type ----------------


def test_a_wider_place_after_a_comma_is_no_subject(nlp: Language) -> None:
    text = "A large blast on the seafront of central Lisbon, Portugal has killed several people, including the mayor Ilse Brandt."
    analysis = read(nlp, text)
    kill = statement(analysis, "kill")
    assert names(analysis, kill.participants) == {"Ilse Brandt"}
    assert names(analysis, kill.places) == {"Lisbon"}


def test_a_reported_clause_split_by_a_relative_clause_keeps_its_subject(nlp: Language) -> None:
    text = (
        "The United Nations has announced that the Delvan Accord, which its signatories claim will "
        "counter the greenhouse effect, will take effect on 16 April 2024."
    )
    analysis = read(nlp, text)
    take = statement(analysis, "begin")
    assert names(analysis, take.participants) == {"Delvan Accord"}
    assert take.scheduled


def test_a_named_thing_a_common_noun_belongs_to_takes_part(nlp: Language) -> None:
    analysis = read(nlp, "On Tuesday, the old site pointed to the Acme Corporation news service.")
    assert names(analysis, statement(analysis, "point").participants) == {"Acme Corporation"}
    # A country qualifying a noun is an affiliation, not a party.
    met = read(nlp, "Italian officials met Omar Haddad in Porto on Tuesday.")
    assert names(met, statement(met, "meet").participants) == {"Omar Haddad"}


def test_the_source_of_a_statement_and_the_parties_of_the_event_it_asks_for_take_part(
    nlp: Language,
) -> None:
    analysis = read(
        nlp, "Statements on Delvan Brigade websites on Tuesday asked Muslims to pray for Omar Haddad."
    )
    assert names(analysis, statement(analysis, "ask").participants) == {
        "Delvan Brigade",
        "Muslims",
        "Omar Haddad",
    }


def test_a_bare_plural_dated_to_a_day_happened(nlp: Language) -> None:
    analysis = read(nlp, "The group Marovia Watch on 2 March held protests critical of the Delvan Church.")
    protest = statement(analysis, "protest")
    assert protest.actual
    assert names(analysis, protest.participants) == {"Marovia Watch", "Delvan Church"}
    plan = read(nlp, "The group Marovia Watch will hold protests on 2 March.")
    assert not statement(plan, "protest").actual
    generic = read(nlp, "The group Marovia Watch often held protests.")
    assert not statement(generic, "protest").actual


def test_a_headline_in_the_present_tells_of_the_article_date_and_joins_the_lead(nlp: Language) -> None:
    text = (
        "Large explosion in Porto kills many\n\n"
        "A large blast on the seafront has killed several people, including the mayor Ilse Brandt.\n\n"
        "The police said the investigation continues."
    )
    analysis = read(nlp, text)
    kills = [s for s in analysis.statements if s.predicate == "kill"]
    assert len(kills) == 2 and all(s.anchored for s in kills)
    assert kills[0].event == kills[1].event  # one death, its place from the headline
    # A first line ending in a full stop is a sentence, and its present tense no past event.
    body = read(nlp, "Marovia Telecom sells phones in Porto.\n\nIt has many shops.")
    assert not statement(body, "sell").anchored
    # A headline's speech act sums up the body's, which speak for themselves.
    denial = read(nlp, "Ministry denies Keller met Haddad\n\nThe ministry on Monday denied the report.")
    assert not statement(denial, "deny").anchored


def test_a_place_the_parse_hangs_on_a_time_is_where_the_event_happened(nlp: Language) -> None:
    analysis = read(nlp, "One blast occurred at 1am in Porto, and two others later in Braga.")
    assert "Porto" in names(analysis, statement(analysis, "blast").places)


def test_a_dated_subordinate_happening_is_an_event_but_a_state_or_background_is_not(nlp: Language) -> None:
    founded = read(nlp, "Acme, which was founded in 1976 by Maria Keller, announced a new phone on Monday.")
    found = statement(founded, "found")
    assert names(founded, found.participants) == {"Maria Keller"}
    assert founded.time_expressions[found.time].value == "1976"
    bought = read(nlp, "Maria Keller returned to Acme in 1997 after the company bought her firm in 1996.")
    assert bought.time_expressions[statement(bought, "buy").time].value == "1996"
    worked = read(nlp, "Maria Keller, who has worked at Acme since 1990, announced a new phone on Monday.")
    assert not [s for s in worked.statements if s.predicate == "work"]


def test_a_happening_named_as_an_argument_brings_its_own_parties(nlp: Language) -> None:
    text = "Builders said that work on the offices of the Delvan Group was suspended on Tuesday."
    analysis = read(nlp, text)
    assert "Delvan Group" in names(analysis, statement(analysis, "suspend").participants)
    # A person is no happening: the son of a named man does not bring him into the arrest.
    son = read(nlp, "The son of Tomas Ferreira was arrested on Tuesday.")
    assert "Tomas Ferreira" not in names(son, statement(son, "arrest").participants)


def test_the_outlet_that_reports_an_event_is_its_reporter_not_a_party(nlp: Language) -> None:
    analysis = read(nlp, "The Harbour Gazette reported that the Delvan Group closed its plant on Tuesday.")
    close = statement(analysis, "close")
    assert names(analysis, close.reporters) == {"Harbour Gazette"}
    assert names(analysis, close.participants) == {"Delvan Group"}
    # What a person says happened is theirs to claim, not a report of the news.
    said = read(nlp, "Maria Keller said that the Delvan Group closed its plant on Tuesday.")
    assert statement(said, "close").reporters == []


def test_a_subject_the_parse_hangs_on_a_source_phrase_is_the_subject(nlp: Language) -> None:
    text = "According to the Harbour Gazette, Maria Keller, a retired judge, joined the board on Tuesday."
    analysis = read(nlp, text)
    assert "Maria Keller" in names(analysis, statement(analysis, "join").participants)


def test_the_organisation_in_a_persons_title_takes_part_with_her(nlp: Language) -> None:
    text = "Maria Keller, Delvan Group's interim director, visited Porto on Tuesday."
    analysis = read(nlp, text)
    assert names(analysis, statement(analysis, "visit").participants) >= {"Maria Keller", "Delvan Group"}
    # A person's relative is no title: her organisation is not named by it.
    son = read(nlp, "Tomas Ferreira, the son of Maria Keller, visited Porto on Tuesday.")
    assert "Maria Keller" not in names(son, statement(son, "visit").participants)


def test_the_event_noun_that_dates_a_clause_brings_its_parties_and_the_described_thing(nlp: Language) -> None:
    text = (
        "Rust was found on the Vessaline, a cargo ship owned by Delvan Group. "
        "Maria Keller joined the inspectors in an April 25 inspection of the ship."
    )
    analysis = read(nlp, text)
    join = statement(analysis, "join")
    assert analysis.time_expressions[join.time].value.endswith("-04-25")
    assert "Vessaline" in names(analysis, join.participants)
    # Two ships named: "the ship" could be either, so it stands for neither.
    two = read(nlp, text.replace("Delvan Group.", "Delvan Group, and the Corvina, a ship of Acme."))
    assert "Vessaline" not in names(two, statement(two, "join").participants)


def test_the_owner_of_a_thing_in_an_event_is_shown_with_it(nlp: Language) -> None:
    text = (
        "At 6 am on Monday, the Keller Creek coal mine, near Porto, experienced an explosion. "
        "The mine is owned by Delvan Group Inc."
    )
    analysis = read(nlp, text)
    blast = statement(analysis, "experience")
    assert names(analysis, blast.owners) == {"Delvan Group Inc."}
    assert "Delvan Group Inc." not in names(analysis, blast.participants)
    ship = read(nlp, "The Vessaline, a cargo ship owned by Delvan Group, sank on Monday.")
    assert names(ship, statement(ship, "sink").owners) == {"Delvan Group"}
    # Who owns a share of a firm is no owner of the things it runs.
    shares = read(nlp, "Maria Keller owns shares. The Keller Creek coal mine, near Porto, closed on Monday.")
    assert statement(shares, "close").owners == []


def test_a_title_before_a_name_lets_the_bare_title_stand_for_the_person(nlp: Language) -> None:
    text = (
        "Reports said Interior Minister Tomas Hedlund had resigned. "
        '"The minister has not resigned," a government spokesman said.'
    )
    analysis = read(nlp, text)
    denied = [s for s in analysis.statements if s.predicate == "resign" and not s.polarity]
    assert [names(analysis, s.participants) for s in denied] == [{"Tomas Hedlund"}]
    # Two ministers named: "the minister" could be either, so it stands for neither.
    two = read(nlp, text.replace("had resigned.", "and Finance Minister Ann Lee had resigned."))
    denied = [s for s in two.statements if s.predicate == "resign" and not s.polarity]
    assert [names(two, s.participants) for s in denied] == [set()]


def test_a_plural_description_stands_for_no_one_thing_the_article_named(nlp: Language) -> None:
    # "the two leaders" after one person named "leader" are more than that person.
    text = (
        "Tomas Hedlund met Ann Lee, the far-right leader Maria Keller watching. "
        "An aide said the two leaders had spoken in English."
    )
    analysis = read(nlp, text)
    assert "Maria Keller" not in names(analysis, statement(analysis, "speak").participants)
    one = read(nlp, "Rust was found on the Vessaline, a cargo ship. The ships sank on Monday.")
    assert "Vessaline" not in names(one, statement(one, "sink").participants)
