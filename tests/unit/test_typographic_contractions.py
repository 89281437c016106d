"""Contractions typed with the typographic apostrophe read as the typewriter ones."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline.nlp import load
from tests.unit.test_claims import own_voice_claims


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


SENTENCES = [
    "It's a spoof, and he's gone.",
    "They're out, I'm sure, and we've won.",
    "She'd left before we'll know.",
    "That's not true, and there's no truth to it.",
    "The girl's bag doesn't matter.",
    "IT'S A HOAX, THAT'S NOT TRUE.",
]


@pytest.mark.parametrize("typewriter", SENTENCES)
def test_a_typographic_contraction_is_parsed_as_the_typewriter_one(nlp: Language, typewriter: str) -> None:
    typographic = typewriter.replace("'", "\u2019")
    plain, curly = nlp(typewriter), nlp(typographic)
    assert curly.text == typographic  # the text is kept as written
    assert [(t.pos_, t.tag_, t.dep_, t.head.i) for t in curly] == [
        (t.pos_, t.tag_, t.dep_, t.head.i) for t in plain
    ]
    assert [t.lemma_ for t in curly if "\u2019" not in t.text or t.tag_ != "POS"] == [
        t.lemma_ for t in plain if "'" not in t.text or t.tag_ != "POS"
    ]


@pytest.mark.parametrize("text", ["It\u2019s a spoof.", "That\u2019s a hoax.", "The story isn\u2019t true."])
def test_a_typographic_contraction_keeps_a_denial(nlp: Language, text: str) -> None:
    assert [c.stance for c in own_voice_claims(nlp, text)] == ["denies"]
