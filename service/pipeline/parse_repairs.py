"""Mend a parse the small English model gets wrong in one known, frequent way.

"The ministry said that reports that its troops had entered the town were false": after "that",
the tagger reads "reports" (or "claims", "rumours") as a verb, and the parser makes "that" its
subject. The sentence then has a speaker named "that" reporting the troops' entry, and the
denial ("were false") hangs on nobody. Mended, "reports" is the subject of "were false", the
report's content its clause, and "that" the mark of what the ministry said, as the parser
reads "He said claims of fraud were baseless". Only this exact shape is touched: a report word
right after "that" as its subject, under a verb that says, with a copula or predicate after
the report's clause.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

# Plural report nouns the tagger takes for verbs after "that", with their lemmas.
REPORT_PLURALS = {"reports": "report", "claims": "claim", "rumours": "rumour", "rumors": "rumor"}
# Where the parser hangs the clause that says what the report is ("were false").
_PREDICATE_DEPS = frozenset({"ccomp", "conj", "dep", "advcl"})
COMPONENT = "mend_report_subjects"


@Language.component(COMPONENT)
def mend_report_subjects(doc: Doc) -> Doc:
    for tok in doc:
        if tok.lower_ in REPORT_PLURALS and tok.tag_ == "VBZ":
            _mend(tok)
    return doc


def _mend(report: Token) -> None:
    subject = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "that" or subject.i != report.i - 1:
        return
    teller = report.head
    if report.dep_ != "ccomp" or teller is report:
        return
    predicate = _predicate_after(report, teller)
    if predicate is None:
        return
    predicate.head = teller
    predicate.dep_ = "ccomp"
    report.head = predicate
    report.dep_ = "nsubj"
    report.tag_ = "NNS"
    report.pos_ = "NOUN"
    report.lemma_ = REPORT_PLURALS[report.lower_]
    subject.head = predicate
    subject.dep_ = "mark"
    for content in report.children:
        if content.dep_ == "ccomp":
            content.dep_ = "acl"  # "reports that X": what the reports hold


def _predicate_after(report: Token, teller: Token) -> Token | None:
    """The clause that says what the report is ("were false", "are baseless"): the nearest
    copula or verb with a predicate after the report, hung on the report or on the teller."""
    found = [
        c
        for c in (*report.children, *teller.children)
        if c.i > report.i
        and c.dep_ in _PREDICATE_DEPS
        and (c.lemma_ == "be" or any(g.dep_ in ("acomp", "attr") for g in c.children))
    ]
    return min(found, key=lambda c: c.i) if found else None
