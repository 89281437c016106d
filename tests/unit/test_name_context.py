"""Context cues about what a name is, read from the tokens around it (invented names)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from service.pipeline import name_context
from service.pipeline.nlp import load


def parse(text: str) -> Doc:
    return load()(text)


def span_of(doc: Doc, words: str) -> tuple[int, int]:
    tokens = words.split()
    for i in range(len(doc) - len(tokens) + 1):
        if [t.text for t in doc[i : i + len(tokens)]] == tokens:
            return i, i + len(tokens)
    raise AssertionError(f"{words!r} not in {doc.text!r}")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Many Widgetphone owners complained about the battery.", "Widgetphone"),
        ("The company showed the new Widgetpad on Tuesday.", "Widgetpad"),
        ("Zorbix unveiled Widgetpad at its conference.", "Widgetpad"),
        ("Reviewers praised the Widgetphone's camera.", "Widgetphone"),
        ("A dispute broke out between Zorbix and the maker of Widgetphone.", "Widgetphone"),
        ("Developers wrote thousands of apps for Widgetpad last year.", "Widgetpad"),
        ("It ships with the web browser Widgetfox.", "Widgetfox"),
    ],
)
def test_product_cues(text: str, name: str) -> None:
    doc = parse(text)
    assert name_context.product_cue(doc, *span_of(doc, name))


def test_an_organisations_possessive_marks_a_product() -> None:
    doc = parse("Zorbix's Widgetpad sold well.")
    org = frozenset({span_of(doc, "Zorbix")[0]})
    assert name_context.product_cue(doc, *span_of(doc, "Widgetpad"), org_tokens=org)
    assert not name_context.product_cue(doc, *span_of(doc, "Widgetpad"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zorbix said on Monday that profits rose.", "Zorbix"),
        ("Shares of Zorbix fell in 2024.", "Zorbix"),
        ("Ann Smith met the board.", "Ann Smith"),
        ("Zorbix's chief executive resigned.", "Zorbix"),
        ("The maker of the film thanked Zorbix.", "Zorbix"),
        ("Zorbix applied for a licence.", "Zorbix"),
        ("The Zorbix company hired a lawyer.", "Zorbix"),
        ("The lawyer met her client Ann Smith.", "Ann Smith"),
        # a maker's name before the kind of thing it makes is as often the maker as a product
        ("Passengers boarded a Zorbix jet in May.", "Zorbix"),
        ("Zorbix cars sold well in May.", "Zorbix"),
        ("Zorbix's cameras sold well in May.", "Zorbix"),
        ("Buyers liked Zorbix processors.", "Zorbix"),
        # "for" opening the text: no word before it to be an app noun (not the text's last one)
        ("For Zorbix the team wrote apps", "Zorbix"),
    ],
)
def test_no_product_cue(text: str, name: str) -> None:
    doc = parse(text)
    assert not name_context.product_cue(doc, *span_of(doc, name))


def test_byline() -> None:
    doc = parse("Widgets rise\nBy Ann Smith\nPrices of widgets rose.")
    assert name_context.byline_author(doc, span_of(doc, "Ann Smith")[0])
    doc = parse("The plan was written by Ann Smith last year.")
    assert not name_context.byline_author(doc, span_of(doc, "Ann Smith")[0])
