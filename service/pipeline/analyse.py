"""One article's text in, one Analysis out: the pure pipeline's entry point (no I/O)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from service.pipeline import claims, entities, language, temporal
from service.pipeline.types import Analysis


def analyse(text: str, published: date | None, nlp: Language) -> Analysis:
    """Read a cleaned article text published on `published` (None when unknown)."""
    lang = language.detect_language(text)
    if lang != "en":
        # The English model reads other languages as garbage entities: say what it is instead.
        return Analysis(language=lang)
    doc = nlp(text)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    groups = entities.extract_entities(doc)
    times, warnings = temporal.tag_times(doc, published)
    statements = claims.extract_statements(doc, groups, times)
    found = claims.extract_claims(doc, groups, statements)
    return Analysis(
        language=lang,
        sentences=sentences,
        entities=groups,
        time_expressions=times,
        warnings=warnings,
        statements=statements,
        claims=found,
    )
