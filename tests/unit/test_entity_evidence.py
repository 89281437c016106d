"""Evidence about what a name is: places, organisation forms, person shape, and the type decision."""

from __future__ import annotations

import pytest

from service.pipeline import entity_types, org_names, person_names, places


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Bolivia", "BOL"),
        ("Plurinational State of Bolivia", "BOL"),
        ("Bolivia, Plurinational State of", "BOL"),
        ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("United Arab Emirates", "ARE"),
        ("UAE", "ARE"),
        ("U.A.E.", "ARE"),
        ("the Netherlands", "NLD"),
        ("Czechia", "CZE"),
        ("Czech Republic", "CZE"),
        ("New Zealand", "NZL"),
        ("NZ", "NZL"),
        ("Great Britain", "GBR"),
        ("Britain", "GBR"),
        ("United Kingdom", "GBR"),
        ("U.K.", "GBR"),
        ("United Mexican States", "MEX"),
    ],
)
def test_every_form_of_a_country_resolves_to_it(name: str, code: str) -> None:
    assert places.country(name) == code


def test_names_two_countries_share_name_neither() -> None:
    assert places.country("Korea") is None
    assert places.country("Congo") is None


def test_abbreviations_count_only_in_capitals_and_only_when_asked() -> None:
    assert places.country("uae") is None
    assert places.country("UAE", abbreviations=False) is None
    assert places.country("ACME") is None


def test_place_kinds() -> None:
    assert places.kind("Bolivia") == "country"
    assert places.kind("Nairobi") in {"city", "region"}
    assert places.major("Nairobi")
    assert places.kind("Acme Widgets") is None
    assert not places.major("Acme")


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Acme Motor Co.", "Acme Motor"),
        ("The Acme Motor Company", "Acme Motor"),
        ("Acme Motor Company", "Acme Motor"),
        ("Xavier Yale Zinc Corporation", "Xavier Yale Zinc"),
        ("Acme N.V.", "Acme"),
        ("Acme, Inc.", "Acme"),
        ("Acme North America", "Acme North America"),
        ("Acme Computer", "Acme Computer"),
        ("Inc.", "Inc."),
    ],
)
def test_organisation_core_drops_article_and_legal_form_only(name: str, core: str) -> None:
    assert org_names.core(name) == core


def test_organisation_forms() -> None:
    assert org_names.has_org_form("Ministry of Widgets")
    assert org_names.has_org_form("Department of Roads")
    assert org_names.has_org_form("Acme Airlines")
    assert org_names.has_org_form("Acme Ltd")
    assert not org_names.has_org_form("Acme")
    assert not org_names.has_org_form("Ann Smith")


def test_a_trade_or_a_paper_ending_a_name_makes_it_an_organisation() -> None:
    # a trade no person's name ends with, even after a name that looks like a person's
    assert org_names.has_institution_head("Selvan Maritime")
    assert org_names.has_institution_head("Tavora Energy")
    assert not org_names.has_institution_head("Ann Smith")
    # a portfolio after a rank word, cut from "Deputy Energy Minister X", is no organisation
    assert not org_names.has_institution_head("Deputy Energy")
    assert org_names.has_org_form("Westmark Bulletin")
    assert org_names.has_org_form("Harbor Ledger")


def test_person_shape() -> None:
    assert person_names.person_shape("Ann Smith")
    assert person_names.person_shape("Ann Marie de la Cruz")
    assert person_names.person_shape("John Q. Public")
    assert not person_names.person_shape("Smith")
    assert not person_names.person_shape("Acme Widgets")
    assert not person_names.person_shape("John ACME")


def test_given_names_cover_transliterated_names() -> None:
    assert person_names.is_given_name("Oleksandr")
    assert not person_names.is_given_name("Widget")


@pytest.mark.parametrize(
    ("votes", "forms", "expected"),
    [
        ({"PERSON": 1.0}, ["Nairobi"], "GPE"),  # a capital is not a person
        ({"PERSON": 1.0}, ["Bolivia"], "GPE"),
        ({"ORG": 2.0}, ["Bolivia"], "GPE"),
        ({"GPE": 1.0}, ["Ministry of Widgets"], "ORG"),
        ({"GPE": 1.0}, ["Acme Airlines", "Acme"], "ORG"),
        ({"ORG": 1.0}, ["Ann Smith"], "PERSON"),
        ({"GPE": 1.0}, ["Ann Smith", "Smith"], "PERSON"),
        ({"GPE": 1.0}, ["Jordan", "Ann Jordan"], "PERSON"),  # a person beside a country's name
        ({"PERSON": 1.0}, ["Smith"], "PERSON"),
        ({"ORG": 1.0}, ["Acme"], "ORG"),
        ({"NORP": 1.0}, ["Bolivian"], "NORP"),
        ({"PRODUCT": 1.0}, ["Ann Smith"], "PRODUCT"),
    ],
)
def test_type_decided_by_evidence(votes: dict[str, float], forms: list[str], expected: str) -> None:
    assert entity_types.decide(votes, forms) == expected


def test_honorific_keeps_a_person_whatever_the_name() -> None:
    assert entity_types.decide({"PERSON": 2.0}, ["Nairobi"], honorific=True) == "PERSON"


def test_a_country_whose_formal_name_ends_like_an_organisation_is_a_place() -> None:
    assert entity_types.decide({"ORG": 1.0}, ["Plurinational State of Bolivia"]) == "GPE"
    assert entity_types.decide({"ORG": 1.0}, ["Czech Republic"]) == "GPE"


def test_a_camel_case_place_is_an_organisation() -> None:
    assert entity_types.decide({"GPE": 1.0}, ["newsHub"]) == "ORG"
    assert entity_types.decide({"GPE": 1.0}, ["Newtown"]) == "GPE"


def test_a_name_after_a_possessive_is_no_person_shape() -> None:
    assert person_names.person_shape("Ann Smith")
    assert not person_names.person_shape("Martha's Ledger")


def test_a_web_address_names_its_owner() -> None:
    assert org_names.domain_owner("Acme.com") == "Acme"
    assert org_names.domain_owner("www.acmenews.co.uk") == "acmenews"
    assert org_names.domain_owner("U.S.") is None
    assert org_names.domain_owner("Acme") is None
    assert entity_types.decide({"PERSON": 1.0}, ["Acmenews.com"]) == "ORG"


@pytest.mark.parametrize(
    ("word", "code"),
    [("Syrian", "SYR"), ("Egyptians", "EGY"), ("Iraqi", "IRQ"), ("Lebanese", "LBN"), ("Italian", "ITA")],
)
def test_an_adjective_of_nationality_names_its_country(word: str, code: str) -> None:
    assert places.demonym_country(word) == code


@pytest.mark.parametrize("word", ["Christian", "Republican", "Roman", "Nigerian", "syrian"])
def test_words_that_fit_no_country_or_two_name_none(word: str) -> None:
    assert places.demonym_country(word) is None


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Central Election Commission", "commission"),
        ("Ministry of Health", "ministry"),
        ("National Civil Protection Agency", "agency"),
        ("Acme", None),  # one word: no head apart from the name itself
    ],
)
def test_an_organisations_head_noun_is_the_word_a_bare_the_takes_it_up_by(
    name: str, head: str | None
) -> None:
    assert org_names.head_noun(name) == head
