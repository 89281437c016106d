"""Entities of one article: grouping, stripping, retyping and noise rules, each on sentences
written for the rule (the seed articles are checked end to end, in tests/integration)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from service.pipeline import entity_types
from service.pipeline.entities import english_words, extract_entities
from service.pipeline.nlp import load
from service.pipeline.types import EntityGroup


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def entities(nlp: Language, text: str) -> list[EntityGroup]:
    return extract_entities(nlp(text), nlp)


def by_name(groups: list[EntityGroup], name: str) -> EntityGroup:
    found = [g for g in groups if name in g.aliases]
    assert len(found) == 1, f"{name!r} in {[(g.name, g.aliases) for g in groups]}"
    return found[0]


def assert_mentions_point_into(
    text: str, doc_sentences: list[tuple[int, int]], groups: list[EntityGroup]
) -> None:
    assert groups
    for g in groups:
        assert g.mentions and g.name in g.aliases
        for m in g.mentions:
            assert text[m.start : m.end] == m.text
            start, end = doc_sentences[m.sentence]
            assert start <= m.start < end


# -- sentences written for each rule ---------------------------------------------------------------


def test_short_forms_join_the_full_name_with_offsets_and_sentences(nlp: Language) -> None:
    text = "Anna Kowalski met reporters on Monday. Later, Kowalski spoke again. Ms. Kowalski did not comment."
    doc = nlp(text)
    groups = extract_entities(doc, nlp)
    (person,) = [g for g in groups if g.type == "PERSON"]
    assert person.name == "Anna Kowalski"
    assert person.aliases == ["Anna Kowalski", "Kowalski", "Ms. Kowalski"]
    assert [(m.text, m.sentence) for m in person.mentions] == [
        ("Anna Kowalski", 0),
        ("Kowalski", 1),
        ("Kowalski", 2),
    ]
    assert_mentions_point_into(text, [(s.start_char, s.end_char) for s in doc.sents], groups)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ministry has denied reports that US President-elect Harold Benning spoke to him.",
            "Harold Benning",
        ),
        (
            "Calling the reports fiction, ministry spokesman Oleg Varlamov said Monday it was false.",
            "Oleg Varlamov",
        ),
        ("In particular, this was stated by press secretary Oleh Varlamov.", "Oleh Varlamov"),
        (
            "Following Benning's election, Romanian President Irina Cojocaru warned of concessions.",
            "Irina Cojocaru",
        ),
        ("Dr. Helen Marsh said the risk was low.", "Helen Marsh"),
    ],
)
def test_titles_and_honorifics_are_not_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    people = [g for g in entities(nlp, text) if g.type == "PERSON"]
    assert [g.name for g in people] == [name]


def test_the_organisation_keeps_its_own_the(nlp: Language) -> None:
    text = "The report was published by The Chicago Tribune on Sunday. Officials denied the Chicago Tribune report."
    paper = by_name(entities(nlp, text), "Chicago Tribune")
    assert paper.type == "ORG"
    assert paper.name == "The Chicago Tribune"
    assert paper.aliases == ["The Chicago Tribune", "Chicago Tribune"]


def test_possessive_does_not_make_a_person_an_organisation(nlp: Language) -> None:
    text = (
        "Harold Benning won the election. Carla Mendes, Benning's communications director, did not confirm it. "
        "His team said nothing about Benning's plans."
    )
    groups = entities(nlp, text)
    person = by_name(groups, "Benning")
    assert person.type == "PERSON" and person.name == "Harold Benning"
    assert [m.text for m in person.mentions] == ["Harold Benning", "Benning", "Benning"]
    assert {g.name: g.type for g in groups} == {"Harold Benning": "PERSON", "Carla Mendes": "PERSON"}
    assert all(not a.endswith(("'s", "’s")) for g in groups for a in g.aliases)


def test_a_possessive_opening_a_sentence_is_a_mention(nlp: Language) -> None:
    text = "Harold Benning won the election. Benning's team said nothing."
    assert len(by_name(entities(nlp, text), "Benning").mentions) == 2


def test_a_city_in_a_list_of_cities_is_a_place(nlp: Language) -> None:
    text = "Regional media reported similar orders for Lyon, Nantes, Rennes, Brest, Limoges and Tours."
    groups = entities(nlp, text)
    for city in ("Lyon", "Nantes", "Rennes", "Brest", "Limoges"):
        assert by_name(groups, city).type == "GPE", city
    assert not [g for g in groups if g.type == "PERSON"]


@pytest.mark.xfail(
    strict=True, reason="the last member of the list, a place named like a common noun, is missed"
)
def test_a_city_named_like_a_common_noun_in_a_list_of_cities_is_a_place(nlp: Language) -> None:
    text = "Regional media reported similar orders for Lyon, Nantes, Rennes, Brest, Limoges and Tours."
    assert by_name(entities(nlp, text), "Tours").type == "GPE"


PAGE = (
    "ADVERTISEMENT\n\nMinistry denies Benning and Varga spoke on phone\n\n"
    "Updated - November 11, 2024 04:27 pm IST - Vienna\n\n"
    "President-elect Harold Benning and Hungary’s Prime Minister Peter Varga | Photo Credit: AFP\n\n"
    "Oleg Varlamov. Stock photo: Getty Images\n\nAll News\nAdvertisement:\n\n"
    "The ministry on Monday denied a report that Peter Varga spoke with Harold Benning in Vienna."
)


def test_page_furniture_is_not_an_entity(nlp: Language) -> None:
    doc = nlp(PAGE)
    groups = extract_entities(doc, nlp)
    assert {g.name: g.type for g in groups} == {
        "Harold Benning": "PERSON",
        "Peter Varga": "PERSON",
        "Vienna": "GPE",  # the dateline "IST - Vienna" is cut at its dash, the body types it
        "Hungary": "GPE",
    }
    assert_mentions_point_into(PAGE, [(s.start_char, s.end_char) for s in doc.sents], groups)


def test_a_call_to_action_is_not_a_person(nlp: Language) -> None:
    groups = entities(nlp, PAGE.replace("All News", "Support Us\n\nAll News"))
    assert "Support" not in {g.name for g in groups}


@pytest.mark.xfail(strict=True, reason="a dateline's place, named nowhere else, keeps the type of the run")
def test_a_dateline_place_named_once_is_a_place(nlp: Language) -> None:
    groups = entities(nlp, PAGE.replace(" in Vienna.", "."))
    assert by_name(groups, "Vienna").type == "GPE"


def test_lowercase_place_after_a_place_noun_and_elsewhere(nlp: Language) -> None:
    text = (
        "The military administration in the capital poltava ordered an emergency blackout. "
        "A day after Lviv and poltava launched record drone attacks, he cast doubt on support for poltava."
    )
    groups = entities(nlp, text)
    place = by_name(groups, "poltava")
    assert place.type == "GPE"
    assert place.name == "Poltava" and place.aliases == ["Poltava", "poltava"]
    assert len(place.mentions) == 3


def test_english_words_come_from_the_callers_pipeline(nlp: Language) -> None:
    """The common words are the caller's pipeline's, not a second pipeline's loaded on the side: a
    pipeline without lookup tables has none, and the lowercase-name rules stay off."""
    text = "The military administration in the capital poltava ordered an emergency blackout."
    assert "capital" in english_words(nlp) and "poltava" not in english_words(nlp)
    assert [g.name for g in extract_entities(nlp(text), nlp)] == ["Poltava"]
    bare = spacy.blank("en")
    assert english_words(bare) == frozenset()
    assert extract_entities(nlp(text), bare) == []


def test_lowercase_common_words_are_not_recovered(nlp: Language) -> None:
    groups = entities(
        nlp, "Officials in the capital city met in the capital budget office near Vienna and elsewhere."
    )
    assert [g.name for g in groups] == ["Vienna"]


def test_ambiguous_surname_joins_neither(nlp: Language) -> None:
    text = "Joe Smith and Anna Smith met on Monday. Smith said the talks went well."
    groups = entities(nlp, text)
    joe, anna = by_name(groups, "Joe Smith"), by_name(groups, "Anna Smith")
    assert "Smith" not in joe.aliases and "Smith" not in anna.aliases
    assert [m.text for m in joe.mentions + anna.mentions] == ["Joe Smith", "Anna Smith"]


def test_a_surname_used_before_a_second_bearer_is_named_is_the_firsts(nlp: Language) -> None:
    # An obituary names the dead first and a relative later: the bare surname, first used when
    # only the dead had been named, is his.
    text = (
        "Mourners gathered for Emeric Vaudrell, the former church leader. Vaudrell, who died on "
        "Friday, led the church for 19 years. His nephew, Tobias Vaudrell, thanked the hospice. "
        "Vaudrell was ordained in 1966."
    )
    groups = entities(nlp, text)
    emeric, tobias = by_name(groups, "Emeric Vaudrell"), by_name(groups, "Tobias Vaudrell")
    assert "Vaudrell" in emeric.aliases and "Vaudrell" not in tobias.aliases
    assert [m.text for m in tobias.mentions] == ["Tobias Vaudrell"]


def test_a_name_opened_by_a_title_only_a_person_holds_is_a_persons(nlp: Language) -> None:
    text = (
        "Thousands queued to sign a book of condolence for Archbishop Emeric Vaudrell, the former "
        "leader of the Tervanne Covenant Church, on Monday."
    )
    assert ("Emeric Vaudrell", "PERSON") in [(g.name, g.type) for g in entities(nlp, text)]
    # A school named after one keeps its name and type.
    text = "Pupils at Cardinal Newman Academy sat the exam on Monday."
    assert "PERSON" not in [g.type for g in entities(nlp, text)]


def test_family_name_is_an_alias_of_a_full_name(nlp: Language) -> None:
    groups = entities(nlp, "Carla Mendes, the communications director, did not confirm the exchange.")
    assert by_name(groups, "Carla Mendes").aliases == ["Carla Mendes", "Mendes"]


def test_title_cased_heading_keeps_only_names_the_body_confirms(nlp: Language) -> None:
    text = (
        "Ministry Denies Alleged Benning And Varga Phone Call Amid Rising Speculations\n"
        "The ministry has denied that Harold Benning held a call with Peter Varga.\n"
        "Ministry’s Response to “False Information”\n"
        "Vienna refuted the report."
    )
    groups = entities(nlp, text)
    assert {g.name: g.type for g in groups} == {
        "Peter Varga": "PERSON",
        "Harold Benning": "PERSON",
        "Vienna": "GPE",
    }
    varga = by_name(groups, "Peter Varga")
    assert varga.mentions[0].text == "Varga"
    assert varga.mentions[0].start < text.index("\n")  # the heading mention is kept, trimmed


def test_determiners_and_model_designations(nlp: Language) -> None:
    text = "Takeoff of the MiG-29K, the Polish Air Force said. Miller spoke on the Dan Harper Show podcast."
    groups = entities(nlp, text)
    assert by_name(groups, "MiG-29K").type == "PRODUCT"
    assert by_name(groups, "Dan Harper Show").type == "WORK_OF_ART"
    assert by_name(groups, "Polish Air Force").type == "ORG"
    assert not [g for g in groups if g.name in {"Dan Harper", "Harper"}]


def test_name_pairs_and_hyphenated_places(nlp: Language) -> None:
    text = (
        "Ministry denies reports of Benning-Varga phone call. Harold Benning did not speak to Peter Varga, "
        "who phoned from his Stratford-upon-Avon home in England."
    )
    groups = entities(nlp, text)
    assert [m.text for m in by_name(groups, "Harold Benning").mentions] == ["Benning", "Harold Benning"]
    assert [m.text for m in by_name(groups, "Peter Varga").mentions] == ["Varga", "Peter Varga"]
    assert not [g for g in groups if g.name in {"Stratford", "Benning-Varga"}]


def test_one_word_source_never_introduced_is_an_outlet(nlp: Language) -> None:
    groups = entities(nlp, "According to Semafor, Cojocaru found the conversation reassuring.")
    assert by_name(groups, "Semafor").type == "ORG"


def test_units_and_acronyms(nlp: Language) -> None:
    groups = entities(nlp, "The phone costs US $199 for the 16GB model in the US, sold by Hewlett-Packard.")
    # A country goes by its common name, with the form the article used among its aliases.
    assert {g.name: g.type for g in groups} == {"United States": "GPE", "Hewlett-Packard": "ORG"}
    assert "US" in by_name(groups, "US").aliases


def test_title_words_inside_names_and_organisations_before_titles(nlp: Language) -> None:
    groups = entities(
        nlp,
        "Martin Luther King Jr. spoke in Memphis. US President-elect Harold Benning called. "
        "National Security Advisor Jane Holloway agreed. The US-Canada talks began.",
    )
    names = {g.name: g.type for g in groups}
    assert names.get("Martin Luther King Jr.") == "PERSON"
    assert names.get("Jane Holloway") == "PERSON"
    # A country before a title stays (named by its common name); "National Security" is the title.
    assert names.get("United States") == "GPE"
    assert not [n for n in names if "National Security" in n or "US-Canada" in n]


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Carmaker Gramont will shut its plant in Dunmore, the union said.", "Gramont", "Carmaker Gramont"),
        ("Striker Kade Obi has joined Rovers on a free transfer.", "Kade Obi", "Striker Kade Obi"),
        ('"Singer Ann Vale is alive and well," her agent said.', "Ann Vale", "Singer Ann Vale"),
    ],
)
def test_a_descriptor_opening_a_sentence_is_not_part_of_the_name(
    nlp: Language, text: str, name: str, kept: str
) -> None:
    aliases = [a for g in entities(nlp, text) for a in g.aliases]
    assert name in aliases
    assert kept not in aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A given name that is also an agent noun, an adjective, a second common noun.
        ("Hunter Biden spoke to reporters on Tuesday.", "Hunter Biden"),
        ("General Motors said it would hire 300 workers.", "General Motors"),
        ("Rapper Drake sang at the festival.", "Rapper Drake"),
        # Not at the start of a sentence: the capital is the name's own.
        ("She said the Striker Foundation gave money to the school.", "Striker Foundation"),
    ],
)
def test_a_first_word_that_may_be_the_names_own_is_kept(nlp: Language, text: str, name: str) -> None:
    assert name in [a for g in entities(nlp, text) for a in g.aliases]


def test_a_persons_name_after_the_noun_of_what_they_do_is_a_person(nlp: Language) -> None:
    # The model typed this name a work of art; "the thriller Kade Obi" would stay one.
    text = (
        "Linden FC said on Friday that striker Kade Obi remains under contract with the club and has"
        " not signed for any other team."
    )
    assert by_name(entities(nlp, text), "Kade Obi").type == "PERSON"


def test_a_possessive_inside_a_name_stays_with_it(nlp: Language) -> None:
    # Neither side is named alone: the possessive is part of the name.
    groups = entities(nlp, "According to the trade journal Harbourmaster's Gazette, the ferry was held.")
    names = [g.name for g in groups]
    assert "Harbourmaster's Gazette" in names
    assert "Harbourmaster" not in names


def test_a_possessive_before_a_name_the_article_uses_alone_is_cut(nlp: Language) -> None:
    groups = entities(nlp, "Acme said on Monday that Acme's Widgetphone sold well.")
    assert "Acme's Widgetphone" not in [a for g in groups for a in g.aliases]


def test_a_person_run_into_a_name_used_alone_is_two_names(nlp: Language) -> None:
    text = (
        "Citing the John Hargreave Acmepedia biography controversy, the site closed. "
        "Acmepedia said nothing about it."
    )
    groups = entities(nlp, text)
    assert by_name(groups, "John Hargreave").type == "PERSON"
    assert by_name(groups, "Acmepedia").type != "PERSON"
    assert "John Hargreave Acmepedia" not in [a for g in groups for a in g.aliases]


def test_a_web_address_is_the_organisation_it_stands_for(nlp: Language) -> None:
    groups = entities(nlp, "The story ran on Acmenews.com on Tuesday. Acmenews said it stood by it.")
    site = by_name(groups, "Acmenews.com")
    assert site.name == "Acmenews"
    assert site.type == "ORG"


def test_a_place_joined_to_a_name_is_not_split_as_a_person(nlp: Language) -> None:
    groups = entities(nlp, "The San Jose-Acme deal closed. Acme said it was pleased.")
    assert all(g.name != "San Jose" and g.type != "PERSON" for g in groups), [
        (g.name, g.type) for g in groups
    ]


def test_an_adjective_of_nationality_is_a_mention_of_its_country(nlp: Language) -> None:
    groups = entities(nlp, "Syrian troops left the border town. Syria denied any role.")
    syria = by_name(groups, "Syrian")
    assert (syria.name, syria.type) == ("Syria", "GPE")
    assert len(syria.mentions) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters from the group Nightfall marched in three cities.", "Nightfall"),
        ("The Internet group Mockingbird held protests in three cities on Sunday.", "Mockingbird"),
        (
            "Responsibility was claimed by a little-known organisation from the north called Dawn and Reckoning.",
            "Dawn and Reckoning",
        ),
    ],
)
def test_a_name_the_article_calls_a_group_is_an_organisation(nlp: Language, text: str, name: str) -> None:
    assert by_name(entities(nlp, text), name).type == "ORG"


def test_a_person_named_after_a_group_noun_stays_a_person(nlp: Language) -> None:
    groups = entities(nlp, "A militia leader called Omar Haddad spoke. A gang member named John ran.")
    assert by_name(groups, "Omar Haddad").type == "PERSON"
    assert by_name(groups, "John").type == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pilgrims gathered at the Kazimabad mosque on Friday.", "Kazimabad mosque"),
        ("Gunmen targeted the Palmyra Gardens hotel and a market.", "Palmyra Gardens hotel"),
    ],
)
def test_a_name_before_a_facility_noun_is_the_facility(nlp: Language, text: str, name: str) -> None:
    facility = by_name(entities(nlp, text), name)
    assert facility.type == "FAC"
    assert name.rsplit(" ", 1)[0] in facility.aliases


def test_a_place_before_a_plant_names_the_plant(nlp: Language) -> None:
    # An organisation's name before a plant is its owner's (test_entity_typing: the Zorbix plant).
    text = "Workers in Brenmouth walked out of the Brenmouth assembly plant on Monday."
    plant = by_name(entities(nlp, text), "Brenmouth assembly plant")
    assert plant.type == "FAC" and "Brenmouth" in plant.aliases


def test_an_organisation_before_a_facility_noun_stays_the_owner(nlp: Language) -> None:
    groups = entities(nlp, "Acme Mining Corporation said the Acme Mining Corporation mine would reopen.")
    assert all(g.type != "FAC" for g in groups), [(g.name, g.type) for g in groups]


def test_a_region_before_a_facility_noun_says_where_it_is(nlp: Language) -> None:
    groups = entities(nlp, "Rescuers reached a West Virginia coal mine. Twelve miners died in a Ohio mine.")
    assert by_name(groups, "West Virginia").type in {"GPE", "LOC"}


def test_a_fused_name_splits_when_the_name_is_also_used_as_a_possessive(nlp: Language) -> None:
    text = (
        "Citing the John Hargreave Acmepedia biography controversy, the site closed. "
        "Acmepedia said nothing about it. Acmepedia's editors were silent."
    )
    assert by_name(entities(nlp, text), "John Hargreave").type == "PERSON"


def test_a_full_name_whose_surname_is_once_typed_otherwise_stays_whole(nlp: Language) -> None:
    text = "Ann Marie Holloway spoke on Monday. Holloway said the talks went well. Holloway's aides agreed."
    assert by_name(entities(nlp, text), "Ann Marie Holloway").type == "PERSON"


def test_a_surname_joins_a_full_name_the_model_typed_otherwise(nlp: Language) -> None:
    # The model types "Oswin Carrow" a body and the bare "Carrow" a place or a body, sentence
    # by sentence: the given name says it is a person, and the surname is hers.
    text = (
        "The church will choose a successor after 40 days of mourning for Oswin Carrow, officials "
        "said on Monday. Carrow, who led the assembly for 23 years, died on Friday. Carrow opened "
        "the church up, said a bishop. Carrow was ordained at 24."
    )
    assert [(g.name, g.type) for g in entities(nlp, text)] == [("Oswin Carrow", "PERSON")]
    # A place after "of" in a person's name is no surname of hers.
    text = "Bishop Laurent Ashdown of Quellmoor withdrew on Friday. The synod met in Quellmoor."
    assert [(g.name, g.type) for g in entities(nlp, text) if g.name == "Quellmoor"] == [("Quellmoor", "GPE")]


def test_an_adjective_of_nationality_opening_a_longer_name_is_not_the_country(nlp: Language) -> None:
    groups = entities(
        nlp, "Countries hit by the 2004 Egyptian Coast Flood counted their dead. Egypt said nothing."
    )
    assert "Egyptian" not in by_name(groups, "Egypt").aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rescuers reached towns hit by the Xland Sea earthquake on Monday.", "Xland Sea earthquake"),
        ("Survivors of the Madrid bombings met in Madrid.", "Madrid bombings"),
    ],
)
def test_a_place_before_a_disaster_noun_names_the_event(nlp: Language, text: str, name: str) -> None:
    assert by_name(entities(nlp, text), name).type == "EVENT"


def test_a_place_after_a_before_a_disaster_noun_stays_the_place(nlp: Language) -> None:
    groups = entities(nlp, "An Ohio earthquake shook homes on Monday.")
    assert by_name(groups, "Ohio").type in {"GPE", "LOC"}


# -- names told by their form and the words around them ------------------------------------------


def test_squares_are_places(nlp: Language) -> None:
    assert (
        by_name(entities(nlp, "Thousands rallied in Zorvath Square on Sunday."), "Zorvath Square").type
        == "LOC"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Kemal Arslan Brigades said they carried out the attack.",
        "Officials of the Darren Holt Group met on Monday.",
    ],
)
def test_an_institution_head_makes_an_organisation_whatever_its_first_words(nlp: Language, text: str) -> None:
    groups = entities(nlp, text)
    assert [g.type for g in groups if g.name.endswith(("Brigades", "Group"))] == ["ORG"]


def test_an_organisation_form_is_no_product(nlp: Language) -> None:
    groups = entities(nlp, "An employee told Zelkor Online in an April article that the ship was clean.")
    assert by_name(groups, "Zelkor Online").type == "ORG"


def test_a_name_ending_in_an_institution_head_the_model_missed_is_an_organisation(nlp: Language) -> None:
    text = "Ogbaru Delta Refining Company signed a supply agreement with the state oil firm last Friday."
    assert by_name(entities(nlp, text), "Ogbaru Delta Refining Company").type == "ORG"
    # a trade before a word of office is a portfolio in a title
    text = "The chief executive met Deputy Energy Minister Halima Oduya at a hotel in Selwick last week."
    assert all(g.name != "Deputy Energy" for g in entities(nlp, text))
    text = "Executives met Deputy Energy and Mineral Resources Minister Hendra Wiratama last week."
    assert all(g.name != "Deputy Energy" for g in entities(nlp, text))


def test_a_ship_prefix_makes_a_vessel_and_its_bare_name_joins_it(nlp: Language) -> None:
    text = "Repairs on the MV Kestrelwind began in April after the ship docked. The Kestrelwind was later sealed."
    ship = by_name(entities(nlp, text), "MV Kestrelwind")
    assert ship.type == "VEHICLE"
    assert "Kestrelwind" in ship.aliases and len(ship.mentions) == 2


def test_a_capitalised_disaster_noun_is_an_event(nlp: Language) -> None:
    groups = entities(
        nlp,
        "The tsunami hit hard. Relief for the Molvian Sea Tsunami victims grew. The Tsunami killed thousands.",
    )
    assert by_name(groups, "Tsunami").type == "EVENT"
    assert by_name(entities(nlp, "Curt Flood played baseball."), "Curt Flood").type == "PERSON"


def test_an_acronym_with_a_function_word_initial_joins_its_expansion(nlp: Language) -> None:
    groups = entities(nlp, "The Church of Velatology said it would sue. The CoV also denied the report.")
    assert "CoV" in by_name(groups, "Church of Velatology").aliases


def test_a_name_with_middle_names_and_without_them_is_one_person(nlp: Language) -> None:
    groups = entities(nlp, "Ann Marie Lou Brennagh gave a speech. Ann Brennagh is a banker.")
    person = by_name(groups, "Ann Marie Lou Brennagh")
    assert person.type == "PERSON" and "Ann Brennagh" in person.aliases


def test_a_person_span_started_late_takes_the_given_names_before_it(nlp: Language) -> None:
    text = (
        "Crowds mourned.\n\nWalid Fouad Nasri Haddad (May 1, 1944–June 2, 2005) was a Lebanese businessman. "
        "Walid Haddad died."
    )
    person = by_name(entities(nlp, text), "Walid Haddad")  # the model tags only "Nasri Haddad" first
    assert person.name == "Walid Fouad Nasri Haddad"


def test_a_dotted_country_ending_a_sentence_is_cut_from_the_next_name(nlp: Language) -> None:
    groups = entities(nlp, "Sales rose in the U.S. Brennagh also said that Ann Brennagh met Bob.")
    assert by_name(groups, "U.S.").type == "GPE"
    assert "Brennagh" in by_name(groups, "Ann Brennagh").aliases


def test_a_name_before_an_organisation_noun_is_an_organisation(nlp: Language) -> None:
    groups = entities(
        nlp, "Today, that site points to the Zentrowire news service, known to be run by a trust."
    )
    assert by_name(groups, "Zentrowire").type == "ORG"


def test_a_lone_organisation_before_a_facility_noun_is_the_facility(nlp: Language) -> None:
    groups = entities(nlp, "The people were walking towards the Qadimara mosque, a shrine.")
    assert by_name(groups, "Qadimara mosque").type == "FAC"


def test_an_untagged_name_before_a_facility_noun_is_the_facility(nlp: Language) -> None:
    text = "At approximately 6 am EST, the {} coal mine, near Elkins, experienced an explosion."
    assert by_name(entities(nlp, text.format("Lago")), "Lago coal mine").type == "FAC"  # untagged
    assert by_name(entities(nlp, text.format("Rago")), "Rago coal mine").type == "FAC"  # read as an ORG


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        (
            "Eleven miners were found in the mine in Harlo, Ostmark, on Monday.",
            "Harlo mine",
            "the mine in Harlo",
        ),
        (
            "Workers were hurt at the plant in Dovrin, Ostmark, on Monday.",
            "Dovrin plant",
            "the plant in Dovrin",
        ),
        (
            "Engineers inspected the coal mine at Vessey after the collapse.",
            "Vessey coal mine",
            "the coal mine at Vessey",
        ),
        (
            "The agency will look into the blast at the refinery near Corvell.",
            "Corvell refinery",
            "the refinery near Corvell",
        ),
    ],
)
def test_a_facility_noun_at_a_name_is_the_facility_named_by_both(
    nlp: Language, text: str, name: str, phrase: str
) -> None:
    site = phrase.rsplit(" ", 1)[1]
    doc = nlp(text)
    for untagged in (False, True):
        if untagged:  # the model missed the site's name: the phrase holds it
            doc.ents = [e for e in doc.ents if e.text != site]
        groups = extract_entities(doc, nlp)
        facility = by_name(groups, name)
        assert facility.type == "FAC"
        assert {phrase, site} <= set(facility.aliases)
        # The mention is the phrase, or the noun phrase before a site the model read as a place.
        assert facility.mentions[0].text == (phrase if untagged else phrase.rsplit(" ", 2)[0])
        # A site the model read as a name stays a mention of that name, beside the facility.
        assert any(g.name == site for g in groups) == (not untagged)


def test_the_town_of_a_facility_stays_a_place(nlp: Language) -> None:
    groups = entities(nlp, "Residents of Tolvar gathered on Monday. Officials closed the mine in Tolvar.")
    assert by_name(groups, "Tolvar mine").type == "FAC"
    town = [g for g in groups if g.name == "Tolvar"]
    assert len(town) == 1 and town[0].type in {"GPE", "LOC"} and len(town[0].mentions) == 2


def test_a_facility_noun_at_a_country_or_after_a_says_only_where(nlp: Language) -> None:
    groups = entities(nlp, "Twelve miners died in the mine in Peru and in a mine in Harlo.")
    assert all(g.type != "FAC" for g in groups), [(g.name, g.type) for g in groups]


def test_a_web_address_is_a_mention_of_its_owner(nlp: Language) -> None:
    groups = entities(nlp, 'Reports were reversed. - "Miners found alive" — Zentronews.com, January 3, 2006')
    assert by_name(groups, "Zentronews.com").type == "ORG"


def test_words_also_written_hyphen_joined_are_one_name() -> None:
    # "Al" is also a given name: "Al Marzeda" alone has a person's shape, beside "Al-Marzeda" not.
    assert entity_types.decide({"ORG": 2.0}, ["Al Marzeda"]) == "PERSON"
    assert entity_types.decide({"ORG": 2.0}, ["Al Marzeda", "Al-Marzeda"]) == "ORG"


def test_short_names_of_organisations(nlp: Language) -> None:
    groups = entities(nlp, "Nortex Mining Inc. said the shaft was flooded.")
    assert "Nortex Mining" in by_name(groups, "Nortex Mining Inc.").aliases
    text = "The United States Mine Safety and Health Administration issued 208 citations."
    body = by_name(entities(nlp, text), "United States Mine Safety and Health Administration")
    assert "Mine Safety and Health Administration" in body.aliases


def test_a_country_starting_an_organisation_name_stays_the_country(nlp: Language) -> None:
    doc = nlp(
        "Officials on the island of Aruba met. The Aruba Drydock Company did the work. Aruba's head spoke."
    )
    # As if the model had read every name as an organisation.
    doc.ents = [
        Span(doc, t.i, t.i + 1, "ORG") for t in doc if t.text == "Aruba" and doc[t.i + 1].text != "Drydock"
    ] + [Span(doc, t.i, t.i + 3, "ORG") for t in doc if t.text == "Aruba" and doc[t.i + 1].text == "Drydock"]
    groups = extract_entities(doc, nlp)
    assert by_name(groups, "Aruba").type == "GPE"
    assert by_name(groups, "Aruba Drydock Company").type == "ORG"


def test_a_major_place_the_model_missed_after_in_is_a_place(nlp: Language) -> None:
    doc = nlp("About 150 protesters turned out in Melbourne to protest. Bob Marley sang in Kingston Town.")
    doc.ents = []  # as if the model had missed every name
    groups = extract_entities(doc, nlp)
    assert by_name(groups, "Melbourne").type == "GPE"
    assert not [g for g in groups if g.name == "Kingston"]  # the first word of a longer name


def test_a_quoted_name_that_speaks_is_a_person(nlp: Language) -> None:
    text = 'A "Mireille" responded, ignoring a detailed list of questions. "Yes, we are taking action," said Mireille.'
    assert by_name(entities(nlp, text), "Mireille").type == "PERSON"


def test_a_name_after_of_that_acts_as_the_body_is_its_short_name(nlp: Language) -> None:
    text = (
        "Protesters gathered outside the offices of the Church of Valdoria in Leeds on Sunday. "
        "Valdoria accused the protesters of hate speech, and the Church said it would ask the police for help."
    )
    church = by_name(entities(nlp, text), "Church of Valdoria")
    assert "Valdoria" in church.aliases
    assert "the Church" in church.aliases


def test_a_name_after_of_that_does_not_act_stays_apart(nlp: Language) -> None:
    text = "The Ministry of Defence said on Monday that it would buy new ships for Defence."
    ministry = by_name(entities(nlp, text), "Ministry of Defence")
    assert "Defence" not in ministry.aliases


def test_a_known_place_after_of_that_speaks_stays_a_place(nlp: Language) -> None:
    text = "The Bank of Canada raised its rate on Monday. Canada said the move was expected."
    groups = entities(nlp, text)
    assert [g.type for g in groups if g.name == "Canada"] == ["GPE"]


def test_the_disaster_noun_refers_back_to_the_named_disaster(nlp: Language) -> None:
    text = (
        "New figures on the Zorvan Sea Tsunami death toll were released on Monday. "
        "The tsunami was caused by an undersea earthquake, and the tsunami hit eleven countries."
    )
    wave = by_name(entities(nlp, text), "Zorvan Sea Tsunami")
    assert len(wave.mentions) == 3


def test_the_disaster_noun_without_a_named_disaster_is_no_entity(nlp: Language) -> None:
    text = "The tsunami was caused by an undersea earthquake near Zorvan, officials said on Monday."
    assert not [g for g in entities(nlp, text) if g.type == "EVENT"]


def test_a_one_word_name_the_words_call_a_place_is_a_place(nlp: Language) -> None:
    text = (
        "The mayors of Olvera and Brennick signed an agreement on Wednesday. Brennick farmers "
        "welcomed it, and Brennick mayor Ibrahim Nordgren said Brennick had waited six years."
    )
    assert by_name(entities(nlp, text), "Brennick").type == "GPE"
    assert entity_types.decide({"PERSON": 3.0}, ["Brennick"], placed=True) == "GPE"
    # a full name keeps the shape it has, wherever it stands
    assert entity_types.decide({"PERSON": 3.0}, ["Ann Brennick"], placed=True) == "PERSON"


def test_a_hyphenated_surname_alone_joins_the_person_it_ends(nlp: Language) -> None:
    text = (
        '"There has been no attack," port spokeswoman Yara Lindqvist-Amoah said. '
        "Lindqvist-Amoah said operations would resume on Wednesday."
    )
    person = by_name(entities(nlp, text), "Yara Lindqvist-Amoah")
    assert person.type == "PERSON" and len(person.mentions) == 2
