"""Mend parses the small English model gets wrong in known, frequent ways.

"The ministry said that reports that its troops had entered the town were false": after "that",
the tagger reads "reports" (or "claims", "rumours") as a verb, and the parser makes "that" its
subject. The sentence then has a speaker named "that" reporting the troops' entry, and the
denial ("were false") hangs on nobody. Mended, "reports" is the subject of "were false", the
report's content its clause, and "that" the mark of what the ministry said, as the parser
reads "He said claims of fraud were baseless". Only this exact shape is touched: a report word
right after "that" as its subject, under a verb that says, with a copula or predicate after
the report's clause.

"The cargo ship Ossian was attacked off the coast on Saturday, the ship's owner said": the
parser reads the name after its noun as the subject of a relative clause on "ship", and "ship"
as a second subject of "said", so the report has no content and the attack no speaker. Mended,
"ship" is part of the name's phrase and the clause is what the owner said. Only when the
speech verb has a subject after the comma that ends the clause, and the clause has no relative
word of its own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from service.pipeline import event_lexicon

# Plural report nouns the tagger takes for verbs after "that", with their lemmas.
REPORT_PLURALS = {"reports": "report", "claims": "claim", "rumours": "rumour", "rumors": "rumor"}
# Where the parser hangs the clause that says what the report is ("were false").
_PREDICATE_DEPS = frozenset({"ccomp", "conj", "dep", "advcl"})
COMPONENT = "mend_known_misparses"
# Relative words: a clause with one is a true relative clause.
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


@Language.component(COMPONENT)
def mend_known_misparses(doc: Doc) -> Doc:
    for tok in doc:
        if tok.lower_ in REPORT_PLURALS and tok.tag_ == "VBZ":
            _mend_report_subject(tok)
        elif tok.dep_ == "relcl":
            _mend_named_clause(tok)
    return doc


def _mend_named_clause(clause: Token) -> None:
    """ "The cargo ship Ossian was attacked ..., the owner said": the clause the parser hung on
    "ship" as a relative clause is what the owner said."""
    noun = clause.head
    teller = noun.head
    if noun.dep_ != "nsubj" or teller.pos_ != "VERB" or not event_lexicon.is_reporting(teller.lemma_.lower()):
        return
    name = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if name is None or name.i != noun.i + 1 or name.pos_ != "PROPN":
        return
    if any(t.tag_ in _RELATIVE_TAGS for t in clause.subtree):
        return
    speaker = next((c for c in teller.children if c.dep_ == "nsubj" and c.i > clause.i), None)
    if speaker is None or speaker.i > teller.i or _comma_before(speaker) is None:
        return
    noun.head = name
    noun.dep_ = "compound"
    clause.head = teller
    clause.dep_ = "ccomp"


def _comma_before(tok: Token) -> Token | None:
    """The comma right before a token's phrase, if there is one."""
    i = tok.left_edge.i - 1
    return tok.doc[i] if i >= 0 and tok.doc[i].text == "," else None


def _mend_report_subject(report: Token) -> None:
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
