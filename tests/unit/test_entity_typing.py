"""Entity types decided by evidence, and names that mean one thing, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline.entities import extract_entities
from service.pipeline.entities.grouping import type_product_lines
from service.pipeline.nlp import load
from service.pipeline.types import EntityGroup


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def groups_of(nlp: Language, text: str) -> list[EntityGroup]:
    return extract_entities(nlp(text), nlp)


def having(groups: list[EntityGroup], alias: str) -> EntityGroup:
    found = [g for g in groups if alias in g.aliases]
    assert len(found) == 1, f"{alias!r} in {[(g.name, g.type, g.aliases) for g in groups]}"
    return found[0]


def test_a_dotted_country_abbreviation_the_model_missed_is_a_place(nlp: Language) -> None:
    groups = groups_of(nlp, "Zorbix became the No. 1 U.K. widget seller in 2024, analysts said.")
    uk = having(groups, "U.K.")
    assert uk.type == "GPE" and uk.name == "United Kingdom"


def test_country_forms_in_one_article_are_one_entity_named_by_the_common_name(nlp: Language) -> None:
    groups = groups_of(nlp, "The United Arab Emirates signed the pact. Officials in the UAE welcomed it.")
    uae = having(groups, "UAE")
    assert uae.name == "United Arab Emirates" and uae.type == "GPE"


def test_product_named_by_its_context(nlp: Language) -> None:
    groups = groups_of(
        nlp, "Zorbix Inc. unveiled the new Widgetphone on Monday. Widgetphone owners praised the screen."
    )
    assert having(groups, "Widgetphone").type == "PRODUCT"
    assert having(groups, "Zorbix Inc.").type == "ORG"


def test_a_name_extending_a_product_name_is_a_product_of_that_line() -> None:
    groups = [
        EntityGroup(name="Widgetpod", type="PRODUCT", aliases=["Widgetpod"], mentions=[]),
        EntityGroup(name="Widgetpod Mini", type="ORG", aliases=["Widgetpod Mini"], mentions=[]),
        EntityGroup(name="Widgetpod Inc.", type="ORG", aliases=["Widgetpod Inc."], mentions=[]),
        EntityGroup(name="Zorbix Mini", type="ORG", aliases=["Zorbix Mini"], mentions=[]),
    ]
    type_product_lines(groups)
    assert [g.type for g in groups] == ["PRODUCT", "PRODUCT", "ORG", "ORG"]


def test_a_name_after_a_kind_of_company_is_the_company(nlp: Language) -> None:
    groups = groups_of(nlp, "Shares of the electronics retailer Tolvin Buy fell on Monday.")
    assert having(groups, "Tolvin Buy").type == "ORG"
    groups = groups_of(nlp, "The lawyer Anna Brook said the case would go on.")
    assert having(groups, "Anna Brook").type == "PERSON"


def test_an_organisation_that_acts_stays_an_organisation(nlp: Language) -> None:
    groups = groups_of(nlp, "Zorbix said on Monday that the new Zorbix plant would open in May.")
    assert having(groups, "Zorbix").type == "ORG"


def test_office_between_organisation_and_person_splits_them(nlp: Language) -> None:
    groups = groups_of(
        nlp, "The board of Zorbix Widgets met. Zorbix Widgets CEO Ann Smith said profits rose."
    )
    assert having(groups, "Ann Smith").type == "PERSON"
    assert not [g for g in groups if "CEO" in g.name]


def test_a_family_name_opening_a_sentence_is_the_person(nlp: Language) -> None:
    groups = groups_of(
        nlp, "Ann Jobs opened the conference in the morning. Jobs welcomed everyone to the event."
    )
    assert len(having(groups, "Ann Jobs").mentions) == 2


@pytest.mark.parametrize(
    ("text", "given", "relative"),
    [
        (  # the model misses "Hedvika Dorsk" and tags her son: her death is not his
            "OSTBY, Varnland, Nov 7 (Harbour Wire) - Hedvika Dorsk, the first woman to lead the Ostby "
            "high court, died at her home on Saturday, her family said. Her son, Viktor Dorsk, said in "
            "a statement on Sunday that his mother had died peacefully.",
            "Hedvika Dorsk",
            "Viktor Dorsk",
        ),
        (  # the model types "Amalia" a place on its own: before "Tarrow" it is her given name
            "Amalia Tarrow, the folk singer whose songs about fishermen made her one of the best-loved "
            "performers, died on Friday at her home in Ostby. She was 81. Her husband, the poet Jonas "
            "Tarrow, died in 2009.",
            "Amalia Tarrow",
            "Jonas Tarrow",
        ),
    ],
)
def test_a_given_name_before_a_family_name_is_another_of_the_family(
    nlp: Language, text: str, given: str, relative: str
) -> None:
    groups = groups_of(nlp, text)
    assert having(groups, given).type == "PERSON"
    assert having(groups, relative).aliases == [relative]


def test_a_capitalised_word_alone_is_no_person(nlp: Language) -> None:
    groups = groups_of(nlp, "Bad weather closed the roads on Tuesday, officials said.")
    assert not [g for g in groups if g.type == "PERSON"]


# -- clean mentions --------------------------------------------------------------------------------


def test_a_leading_negation_is_no_part_of_the_name(nlp: Language) -> None:
    groups = groups_of(nlp, "There was no Department of Widgets statement on the matter.")
    assert not [g for g in groups if g.name.lower().startswith("no ")]


def test_an_office_phrase_is_neither_an_organisation_nor_a_host(nlp: Language) -> None:
    groups = groups_of(nlp, "Ann Smith, Global Media Relations for Zorbix Widgets, said the plan worked.")
    assert not [g for g in groups if "Relations" in g.name]


def test_coordinated_countries_and_people_are_two(nlp: Language) -> None:
    groups = groups_of(nlp, "Talks between Bolivia and Peru resumed on Monday.")
    assert {g.name for g in groups} >= {"Bolivia", "Peru"}
    # A country's own name with "and" in it stays whole.
    groups = groups_of(nlp, "The deal between Bosnia and Herzegovina and Croatia was signed.")
    assert "Bosnia and Herzegovina" in {g.name for g in groups}


def test_one_or_two_letters_alone_are_no_name(nlp: Language) -> None:
    groups = groups_of(nlp, "Vy said it was fine. The UN agreed.")
    assert [g.name for g in groups if len(g.name) <= 2] == ["UN"]


def test_a_byline_names_the_author(nlp: Language) -> None:
    groups = groups_of(nlp, "Widget prices rise\nBy Ann Smith\nPrices of widgets rose on Monday.")
    assert having(groups, "Ann Smith").type == "PERSON"


def test_an_unknown_place_cited_as_a_source_is_an_outlet(nlp: Language) -> None:
    groups = groups_of(nlp, "Zorbixa reported on Monday that the talks had failed, according to Zorbixa.")
    cited = [g for g in groups if "Zorbixa" in g.aliases]
    assert all(g.type != "GPE" for g in cited)


@pytest.mark.parametrize(
    ("text", "alias", "kind"),
    [
        # a name the text introduces as a place is one, whatever the model made of it
        ("A rocket struck the main hospital in the city of Tarsa on Monday.", "Tarsa", "GPE"),
        ("The drones targeted a fuel depot near the town of Lorn.", "Lorn", "GPE"),
        ("The drones flew over the border region of Kessa overnight.", "Kessa", "GPE"),
        ("Shelling was reported near the port of Kell.", "Kell", "GPE"),
        ("The river Senn burst its banks on Tuesday night.", "Senn", "LOC"),
        # a place's name of a person's shape keeps the type its introduction gives it
        ("A rocket hit the city of Porto Azul on Monday.", "Porto Azul", "GPE"),
        # a name after the noun of a building it names
        ("A witness said the four-star hotel Ghazala Gardens had burned down.", "Ghazala Gardens", "FAC"),
        # a club's or an outlet's name by its last word
        ("Ravens FC have agreed a deal to sign the striker.", "Ravens FC", "ORG"),
        ("Dorsk United dismissed head coach Pavel Krenn on Saturday.", "Dorsk United", "ORG"),
        ("Her brother Marco Ferro told Metro Daily that she was killed.", "Metro Daily", "ORG"),
        # a body named with a place noun keeps its own type
        ("The Port of Lorn Authority said the harbour was closed.", "Port of Lorn Authority", "ORG"),
    ],
)
def test_places_clubs_and_outlets_by_the_words_that_introduce_them(
    nlp: Language, text: str, alias: str, kind: str
) -> None:
    assert having(groups_of(nlp, text), alias).type == kind


def test_a_company_named_by_its_first_word_is_the_company(nlp: Language) -> None:
    # The model reads the bare "Almar" as a person; the article's company starts with it.
    groups = groups_of(
        nlp,
        "Carmaker Almaren Motors on Tuesday denied a newspaper report that it plans to close its "
        "engine plant. She noted that Almaren had invested 120 million euros in a new line in 2023.",
    )
    company = having(groups, "Almaren Motors")
    assert company.type == "ORG" and "Almaren" in company.aliases


def test_an_unknown_town_things_are_in_stays_a_place_when_it_acts(nlp: Language) -> None:
    # "Lenby will close" stands for the plant there; only speaking would make it a source.
    groups = groups_of(
        nlp,
        'Almar Motors denied a report that it plans to close its plant in Lenby. "There is no truth '
        'to the claim that Lenby will close," the company said. It invested in a new line at Lenby.',
    )
    assert having(groups, "Lenby").type in ("GPE", "LOC", "FAC")


@pytest.mark.parametrize(
    "name", ["Tessagrain Mills", "Crestmoor Energy", "Kellimore Telecom", "Greyvale Mining"]
)
def test_a_company_head_makes_an_organisation(nlp: Language, name: str) -> None:
    groups = groups_of(nlp, f"The regulator opened an investigation into {name} on Tuesday.")
    assert having(groups, name).type == "ORG"


def test_a_name_before_a_feature_noun_or_only_near_things_is_a_place(nlp: Language) -> None:
    groups = groups_of(nlp, "Rebels said they had shot down a helicopter over the Kessel hills.")
    assert having(groups, "Kessel").type == "LOC"
    groups = groups_of(nlp, "Seven people were killed when a bus fell into a ravine near Doltsa.")
    assert having(groups, "Doltsa").type == "GPE"
    # A name that also acts is what it does.
    groups = groups_of(nlp, "Workers gathered outside Acme on Monday. Acme said it would pay them.")
    assert having(groups, "Acme").type == "ORG"
