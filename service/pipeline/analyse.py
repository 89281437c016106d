"""Article text in, Analysis out: the pure pipeline's entry points (no I/O)."""

from __future__ import annotations

import hashlib
import re
from datetime import date

import msgspec
from spacy.language import Language
from spacy.tokens import Doc

from service.pipeline import claims, clean, entities, language
from service.pipeline import terms as story_terms
from service.pipeline.claims.context import find_quotes
from service.pipeline.claims.lead_account import lead_account
from service.pipeline.claims.narration import narrated_claims
from service.pipeline.claims.negative_accounts import negative_accounts
from service.pipeline.figure_events import figure_reports
from service.pipeline.reported_figures import reported_figures
from service.pipeline.statements.extract import extract_statements
from service.pipeline.statements.index import build_index
from service.pipeline.temporal.quoted_deixis import speakers_days
from service.pipeline.temporal.tagger import tag_times
from service.pipeline.types import Analysis, AnalysisWarning, Cleaned

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
# Longest text handed to the model in one piece: spaCy's parser is memory-hungry on huge docs.
MAX_NLP_CHARS = 200_000


class RawArticle(msgspec.Struct, kw_only=True, frozen=True):
    text: str
    title: str | None = None
    published_at: date | None = None
    language: str | None = None


class Prepared(msgspec.Struct, kw_only=True):
    """An article cleaned and read, ready to store."""

    cleaned: Cleaned
    title: str | None
    published_at: date | None
    published_at_inferred: bool
    content_hash: str
    word_count: int
    analysis: Analysis
    # What story assignment reads: content-word counts and a MinHash of the cleaned text.
    terms: dict[str, int] = {}
    signature: list[int] = []


def content_hash(text: str) -> str:
    """Identity of a story's text: case and white space do not make a new article."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().casefold().encode()).hexdigest()


def analyse_doc(doc: Doc, lang: str, published: date | None, nlp: Language) -> Analysis:
    """Everything the pipeline reads in one English text parsed by `nlp`."""
    groups = entities.extract_entities(doc, nlp)
    times, warnings = tag_times(doc, published)
    # One token index for both passes: building it walks the whole parse.
    untimed = build_index(doc, groups, [])
    # A speaker's "today" is the day they spoke: read inside the claims reader's quotations.
    quotations, _ = find_quotes(untimed)
    times = speakers_days(
        times, [(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])) for lo, hi in quotations if hi > lo]
    )
    statements = extract_statements(doc, groups, times, untimed)
    found, disclaimed = claims.claims_of_a_text(doc, groups, statements, untimed, own_voice=True)
    if disclaimed:
        # "Everything on this site is made up": a site of jokes tells no happening, claim or
        # figure as fact; only who it names is read.
        return Analysis(
            language=lang,
            sentences=[(s.start_char, s.end_char) for s in doc.sents],
            entities=groups,
            time_expressions=times,
            warnings=[*warnings, _satire_warning(doc)],
        )
    # The article's own accounts, affirmed and in the negative, in text order: both are the
    # outlet's, stored as its own-voice claims.
    narrated = sorted(
        narrated_claims(untimed, statements, found) + negative_accounts(untimed, statements, found),
        key=lambda c: c.start,
    )
    # The opening sentence told straight is the outlet's account of the whole story (a narration
    # that opens the article is marked as it, not told twice).
    lead = lead_account(untimed, found, narrated)
    if lead is not None:
        narrated = sorted([c for c in narrated if c.start != lead.start] + [lead], key=lambda c: c.start)
    # A source's dated figures are reports the timeline holds; appended after the claims are
    # read, so no claim's statement index moves and no claim reads them.
    statements = statements + figure_reports(doc, groups, untimed.group_of, times, statements)
    return Analysis(
        language=lang,
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        entities=groups,
        time_expressions=times,
        warnings=warnings,
        statements=statements,
        claims=found,
        figures=reported_figures(doc, groups, times, found, published),
        narrated=narrated,
    )


def _satire_warning(doc: Doc) -> AnalysisWarning:
    return AnalysisWarning(
        kind="satire",
        message="the text says its site's content is made up: no statement, claim or figure is read from it",
        start=0,
        end=len(doc.text),
    )


def _language_of(text: str, declared: str | None) -> str:
    if declared:
        return declared.strip().lower().split("-")[0] or "und"
    return language.detect_language(text)


def prepare_many(items: list[RawArticle], nlp: Language) -> list[Prepared]:
    """Clean and read a batch of articles; English texts go through `nlp.pipe` together."""
    cleaned = [clean.clean(item.text) for item in items]
    langs = [_language_of(c.text, item.language) for c, item in zip(cleaned, items, strict=True)]
    english = [i for i, lang in enumerate(langs) if lang == "en"]
    docs = dict(zip(english, nlp.pipe(cleaned[i].text[:MAX_NLP_CHARS] for i in english), strict=True))
    prepared = []
    for i, item in enumerate(items):
        c = cleaned[i]
        published = item.published_at or c.published_at
        inferred = item.published_at is None and c.published_at_inferred
        doc = docs.get(i)
        # Not English: stored with its language and read by no English model, rather than
        # carrying garbage entities.
        analysis = (
            analyse_doc(doc, langs[i], published, nlp) if doc is not None else Analysis(language=langs[i])
        )
        prepared.append(
            Prepared(
                cleaned=c,
                title=item.title or c.title,
                published_at=published,
                published_at_inferred=inferred,
                content_hash=content_hash(c.text),
                word_count=len(_WORD.findall(c.text)),
                analysis=analysis,
                terms=story_terms.terms(c.text, langs[i]),
                signature=story_terms.signature(c.text),
            )
        )
    return prepared


def analyse(text: str, published: date | None, nlp: Language) -> Analysis:
    """Read one cleaned text (no cleaning), e.g. for tests and evaluations."""
    lang = language.detect_language(text)
    if lang != "en":
        return Analysis(language=lang)
    return analyse_doc(nlp(text[:MAX_NLP_CHARS]), lang, published, nlp)
