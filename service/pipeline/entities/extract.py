"""One article's entities: the rules run in order over the model's spans."""

from __future__ import annotations

import functools
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from service.pipeline import names
from service.pipeline.entities.grouping import (
    add_family_names,
    group_mentions,
    stray_word,
    to_group,
    type_product_lines,
)
from service.pipeline.entities.mention import ArticleFacts
from service.pipeline.entities.models import join_model_numbers
from service.pipeline.entities.recovery import facility_phrases, recover_missed
from service.pipeline.entities.retyping import (
    definite_disasters,
    extend_to_disaster,
    extend_to_facility,
    extend_to_vessel,
    link_demonym,
    place_cue,
    retype,
)
from service.pipeline.entities.spans import (
    clean_span,
    confirm_headings,
    extend_to_given_names,
    join_adjacent_people,
    settle_possessives,
    split_fused_names,
    split_name_pairs,
    split_sentence_abbreviations,
)
from service.pipeline.entities.words import NAME_LABELS
from service.pipeline.types import EntityGroup


def extract_entities(doc: Doc, nlp: Language) -> list[EntityGroup]:
    """Entities of one article parsed by `nlp`: one group per real entity, its fullest name, forms,
    mentions."""
    article = ArticleFacts(doc, english_words(nlp), descriptor_nouns(nlp))
    mentions = [m for span in doc.ents if span.label_ in NAME_LABELS for m in clean_span(span, article)]
    mentions = settle_possessives(mentions, article)
    mentions = confirm_headings(mentions, article)
    mentions = split_name_pairs(mentions, doc)
    mentions = split_fused_names(mentions, doc)
    mentions = split_sentence_abbreviations(mentions, doc)
    mentions = join_adjacent_people(mentions, doc)
    mentions = extend_to_given_names(mentions, article)
    mentions = join_model_numbers(mentions, article)
    org_tokens = frozenset(i for m in mentions if m.label == "ORG" for i in range(m.start, m.end))
    uses = Counter(names.name_key(doc[m.start : m.end].text) for m in mentions)
    for mention in mentions:
        cue = place_cue(mention, doc)
        mention.label = cue or retype(mention, doc, org_tokens)
        mention.placed = cue is not None
        link_demonym(mention, doc)
        extend_to_vessel(mention, doc)
        extend_to_facility(mention, doc, uses)
        extend_to_disaster(mention, doc)
    mentions = recover_missed(mentions, article)
    mentions += facility_phrases(mentions, article)
    mentions += definite_disasters(mentions, doc)
    groups = [
        to_group(group, article) for group in group_mentions(mentions, doc) if not stray_word(group, article)
    ]
    type_product_lines(groups)
    add_family_names(groups)
    return groups


def _lemma_index(nlp: Language) -> dict[str, list[str]]:
    """The word index of `nlp`'s lemmatizer, by part of speech; empty when it has no lookup tables
    (the rules that need it then stay off)."""
    try:
        return nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined,no-any-return]
    except (KeyError, ValueError, AttributeError):
        return {}


@functools.cache
def english_words(nlp: Language) -> frozenset[str]:
    """English common words (the word index of `nlp`'s lemmatizer), to tell "poltava" from "capital".

    Read from the pipeline that parsed the text, once per pipeline (a worker holds one).
    """
    index = _lemma_index(nlp)
    return frozenset(word for pos in ("noun", "verb", "adj", "adv") for word in index.get(pos, []))


@functools.cache
def descriptor_nouns(nlp: Language) -> frozenset[str]:
    """Common nouns of `nlp`'s lemmatizer index that are never adjectives: the words that may tell
    what a name names before it ("Carmaker Gramont"), where "General Motors" keeps its first word."""
    index = _lemma_index(nlp)
    return frozenset(index.get("noun", [])) - frozenset(index.get("adj", []))
