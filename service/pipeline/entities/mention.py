"""A name span as the rules see it, and the per-article facts they share."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from service.pipeline.entities.words import CREDIT, LINE_SEPARATORS, SEPARATORS


@dataclass(slots=True)
class NameSpan:
    """A cleaned name span over tokens [start, end) of the doc."""

    start: int
    end: int
    label: str
    honorific: str = ""  # the form of address right before the name ("Mr.")
    possessive: bool = False  # the model types possessives badly: they barely vote
    lowercase: bool = False  # a lowercase name found by a rule: displayed title-cased
    the: bool = False  # a capitalised "The" mid-sentence belongs to the name ("The New York Times")
    split: bool = False  # cut from a longer model span, whose type says little about this piece
    placed: bool = False  # the words around it say it is a place ("the town of X"), whatever its shape
    bare_end: int = -1  # end of the name before a facility noun it was extended over ("X hotel")
    country: str = ""  # the country an adjective of nationality stands for ("Syrian" -> SYR)
    inner_possessive: int = -1  # a possessive kept inside the name ("Miller's Gazette"), to be confirmed
    # A facility named by a phrase ("the mine in Xville"): the name it stands for ("Xville mine"),
    # the phrase and the site's name, which readers also look it up by.
    named: str = ""
    phrase: str = ""
    site: str = ""


class ArticleFacts:
    """Per-doc facts the rules share, each computed once."""

    def __init__(self, doc: Doc, english: frozenset[str], nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.english = english  # common English words: a lowercase word outside them may be a name
        self.nouns = nouns  # common nouns that are never adjectives (`extract.descriptor_nouns`)
        self.sentence_starts = [sent.start_char for sent in doc.sents]
        text = doc.text  # Doc.text joins every token on each access: read it once
        self.credits = [(m.start(), m.end()) for m in CREDIT.finditer(text)]
        self.length = len(text)
        self.heading = _heading_mask(doc)
        # Name keys of product lines the article gives a model of ("widgetphone" of "Widgetphone
        # 4"), filled by `models.join_model_numbers`.
        self.model_lines: set[str] = set()

    def sentence(self, char: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)

    def in_credit(self, char: int) -> bool:
        i = bisect.bisect_right(self.credits, (char, self.length)) - 1
        return i >= 0 and self.credits[i][0] <= char < self.credits[i][1]


def is_separator(token: Token, doc: Doc, separators: frozenset[str] = SEPARATORS) -> bool:
    if token.is_space or token.text in separators:
        return True
    # A dash with spaces around it separates items ("Updated - Paris"); "Stratford-upon-Avon" keeps its.
    spaced = token.i > 0 and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_)
    return token.text == "-" and spaced


def _heading_mask(doc: Doc) -> list[bool]:
    """Tokens of title-cased segments (headlines, subheads), where capitals say nothing about names.

    A segment is a run of tokens between line breaks, separators and sentence starts; it is a
    heading when it has at least three content words and all of them are capitalised.
    """
    mask = [False] * len(doc)
    start = 0
    for token in [*doc, None]:
        boundary = token is None or token.is_sent_start or is_separator(token, doc, LINE_SEPARATORS)
        if not boundary:
            continue
        end = len(doc) if token is None else token.i
        segment = doc[start:end]
        words = [t for t in segment if t.is_alpha and not t.is_stop]
        # A bracket opened and not closed: the segment was cut inside running text's parenthesis
        # ("Ann Lee Smith (May 1, 1944–June 2, 2005) was ..."), no heading.
        unclosed = sum(t.text == "(" for t in segment) != sum(t.text == ")" for t in segment)
        if len(words) >= 3 and all(t.text[0].isupper() for t in words) and not unclosed:
            mask[start:end] = [True] * (end - start)
        start = end if token is None or token.is_sent_start else end + 1
    return mask
