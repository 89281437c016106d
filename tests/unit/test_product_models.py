"""A name and its model number as one product (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline.entities import extract_entities
from service.pipeline.entities.extract import english_words
from service.pipeline.entities.grouping import group_mentions, to_group
from service.pipeline.entities.mention import ArticleFacts, NameSpan
from service.pipeline.entities.models import join_model_numbers, model_number
from service.pipeline.names import camel_case
from service.pipeline.nlp import load
from tests.unit.test_name_context import span_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def joined(nlp: Language, text: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """The mentions after the rule, given the model's mentions as {words: label}."""
    doc = nlp(text)
    mentions = [NameSpan(*span_of(doc, words), label) for words, label in names.items()]
    out = join_model_numbers(sorted(mentions, key=lambda m: m.start), ArticleFacts(doc, english_words(nlp)))
    return [(doc[m.start : m.end].text, m.label) for m in out]


@pytest.mark.parametrize("text", ["4", "787", "3GS", "S5", "X1", "A380"])
def test_model_numbers(nlp: Language, text: str) -> None:
    assert model_number(nlp(text)[0])


@pytest.mark.parametrize("text", ["2010", "1999", "4.5", "1,000", "five", "ABC"])
def test_not_model_numbers(nlp: Language, text: str) -> None:
    assert not model_number(nlp(text)[0])


def test_camel_case() -> None:
    assert camel_case("iWidget") and camel_case("WidgetPhone")
    assert not camel_case("Widget") and not camel_case("ZORBIX") and not camel_case("widget")


def test_a_maker_and_its_model_number_are_one_product_and_the_maker_stays_a_company(nlp: Language) -> None:
    text = "Zorbix said its Zorbix 787 jet is late. Zorbix shares fell."
    doc = nlp(text)
    first, second = span_of(doc, "Zorbix said")[0], span_of(doc, "Zorbix 787")[0]
    third = span_of(doc, "Zorbix shares")[0]
    mentions = [NameSpan(i, i + 1, "ORG") for i in (first, second, third)]
    mentions.append(NameSpan(second + 1, second + 2, "PRODUCT"))  # the number tagged by itself
    out = join_model_numbers(sorted(mentions, key=lambda m: m.start), ArticleFacts(doc, english_words(nlp)))
    assert [(doc[m.start : m.end].text, m.label) for m in out] == [
        ("Zorbix", "ORG"),
        ("Zorbix 787", "PRODUCT"),
        ("Zorbix", "ORG"),
    ]


def test_a_place_typed_name_with_a_version_is_a_product(nlp: Language) -> None:
    assert joined(nlp, "Users of Widgetsoft 10 complained.", {"Widgetsoft": "LOC"}) == [
        ("Widgetsoft 10", "PRODUCT")
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Zorbix 2010 was a good year.", {"Zorbix": "ORG"}),  # a year
        ("Zorbix 2-1 Acme was the result.", {"Zorbix": "ORG", "Acme": "ORG"}),  # a score
        ("Zorbix 2 Acme 1 was the result.", {"Zorbix": "ORG", "Acme": "ORG"}),  # names and scores
        ("Shares of Zorbix 30 percent lower.", {"Zorbix": "ORG"}),  # an amount
        ("Zorbix 5 million dollars went missing.", {"Zorbix": "ORG"}),
        ("Ann Smith 3 goals behind.", {"Ann Smith": "PERSON"}),  # a person's full name
        ("Zorbix's 4 stores closed.", {"Zorbix": "ORG"}),
        ("See Zorbix‘s 20 best apps.", {"Zorbix‘s": "ORG"}),  # a possessive with another apostrophe
        ("The Zorbix 6 days of darkness began.", {"Zorbix": "ORG"}),  # a span of time
        ("Posted Jul 29 by staff.", {"Jul": "ORG"}),  # a date
        ("Posted ZorbixNEWSJULY 29 by staff.", {"ZorbixNEWSJULY": "ORG"}),  # a month run into a word
    ],
)
def test_numbers_that_are_no_model(nlp: Language, text: str, names: dict[str, str]) -> None:
    out = joined(nlp, text, names)
    assert all(label != "PRODUCT" for _, label in out), out


def test_an_untagged_brand_and_its_version(nlp: Language) -> None:
    groups = extract_entities(nlp("Owners of the iWidget 4 praised WidgetOS 7 on Monday."), nlp)
    products = {g.name for g in groups if g.type == "PRODUCT"}
    assert {"iWidget 4", "WidgetOS 7"} <= products


@pytest.mark.parametrize(
    "text",
    [
        "Stocks rose and the Zorbax 225 closed higher.",
        "Investors watched the Zorbax 100 index on Friday.",
        "The Zorbax 40 fell sharply on Tuesday.",
    ],
)
def test_a_share_index_is_no_product(nlp: Language, text: str) -> None:
    groups = extract_entities(nlp(text), nlp)
    assert not [g for g in groups if g.type == "PRODUCT"], [(g.name, g.type) for g in groups]


def test_sales_of_a_model_that_fell_still_name_a_product(nlp: Language) -> None:
    groups = extract_entities(nlp("Sales of the iWidget 4 fell in June."), nlp)
    assert [(g.name, g.type) for g in groups] == [("iWidget 4", "PRODUCT")]


def test_a_common_word_and_a_number_is_no_brand(nlp: Language) -> None:
    groups = extract_entities(
        nlp("The firm filed for protection under chapter 11 and moved to level 3."), nlp
    )
    assert not [g for g in groups if g.type == "PRODUCT"]


def test_the_line_name_beside_its_model_is_a_product(nlp: Language) -> None:
    text = "Sales of the Widgetphone 4 began in June. The Widgetphone has a larger screen than before."
    types = {g.name: g.type for g in extract_entities(nlp(text), nlp)}
    assert types == {"Widgetphone 4": "PRODUCT", "Widgetphone": "PRODUCT"}


def test_a_maker_that_acts_beside_its_model_stays_a_company(nlp: Language) -> None:
    doc = nlp("Zorbix said that Zorbix 787 jets fly. Zorbix shares rose.")
    article = ArticleFacts(doc, english_words(nlp))
    first, second = span_of(doc, "Zorbix said")[0], span_of(doc, "Zorbix 787")[0]
    third = span_of(doc, "Zorbix shares")[0]
    mentions = [NameSpan(i, i + 1, "ORG") for i in (first, second, third)]
    join_model_numbers(mentions, article)
    assert article.model_lines == {"zorbix"}
    types = {g.name: g.type for g in (to_group(x, article) for x in group_mentions(mentions, doc))}
    assert types == {"Zorbix": "ORG", "Zorbix 787": "PRODUCT"}


def test_capitals_the_tokenizer_split_off_a_model_number_stay_in_the_model(nlp: Language) -> None:
    # "3G" is split as if "G" were a unit; the model is "3G", not "3", and stays apart from "3GS"
    assert joined(nlp, "The Widgetphone 3G sold well.", {"Widgetphone": "PRODUCT"}) == [
        ("Widgetphone 3G", "PRODUCT")
    ]
    # a capital word after a space is no part of the model
    assert joined(nlp, "The Widgetphone 3 GOES on sale.", {"Widgetphone": "PRODUCT"}) == [
        ("Widgetphone 3", "PRODUCT")
    ]
