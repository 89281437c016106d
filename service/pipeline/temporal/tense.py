"""The tense a time expression is used in, read off the dependency parse.

"said on Thursday" means the Thursday before the article, "will meet on Thursday" the one
after: the governing verb decides which side of the publication date a bare weekday or month
falls on.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

from spacy.tokens import Doc, Span, Token

from service.pipeline.lexicon import SCHEDULE_FORMS

Tense = Literal["past", "future", "present", "none"]

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
# Modals that put the event after the time of writing ("could meet on Thursday").
# "could" is left out: "could not be reached on Wednesday" is the commonest use in news.
_MODAL_FUTURE = {"can", "may", "might", "must", "should", "ca"}
# Heads of "X to <verb>" that point forward: "plans to", "is due to", "is going to", ...
_FUTURE_HEADS = {
    "plan", "expect", "schedule", "due", "intend", "set", "aim", "hope", "prepare", "promise",
    "vow", "pledge", "threaten", "go", "slate", "poise", "likely", "ready", "about", "propose",
    "be",  # "is to resume trading on Tuesday"
}  # fmt: skip
# Verbs whose object is a future event even in the past tense: "planned a rally on Saturday".
_PLANNING_VERBS = {"plan", "schedule", "set", "slate", "call", "announce", "postpone", "delay", "reschedule"}
_HAVE = {"have", "has", "'ve", "'s"}
_MAX_CLIMB = 8
# Where a Doc keeps its sentence starts and their tenses for `_sentence_tense`.
_SENTENCE_MEMO = "temporal.tense.sentences"


def tense_of(doc: Doc, start: int, end: int) -> Tense:
    """Tense of the clause that governs the characters [start, end) of `doc`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "none"
    if span.root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        # "Monday's air alerts": the day of a known event, not placed by the verb
        return "none"
    verb = _governing_verb(span)
    if verb is None:
        return _sentence_tense(doc, span.start)
    if (
        verb.lemma_ in _PLANNING_VERBS
        and any(c.dep_ == "dobj" for c in verb.children)
        and not _dates_verb(span, verb)
        and not _announced_in(span, verb)
    ):
        return "future"
    if _set_for(verb):
        return "future"
    return verb_tense(verb)


def _dates_verb(span: Span, verb: Token) -> bool:
    """A bare time word hung straight on the verb before its object ("Acme announced Wednesday a
    plan", "In his keynote Wednesday, he announced the release"): it dates the announcing, not
    what was announced. After the object ("planned a rally Saturday") it may date either."""
    if span.root.head.i != verb.i or span.root.dep_ not in {"npadvmod", "tmod"}:
        return False
    return all(span.root.i < c.i for c in verb.children if c.dep_ == "dobj")


def _announced_in(span: Span, verb: Token) -> bool:
    """ "Acme announced the closure in March": a period "in" which the planning verb itself
    happened, hung on the verb; what was planned is dated "for" or "on" its day ("announced a
    rally on Saturday", "announced elections for March") or inside its own clause ("planned to
    hold a rally in March")."""
    prep = span.root.head
    return prep.lower_ == "in" and prep.dep_ == "prep" and prep.head.i == verb.i


def _set_for(verb: Token) -> bool:
    """ "The vote is scheduled for March 3", "slated for a release on June 24": a present passive
    of planning sets a date ahead ("slated" read as written: `lexicon.SCHEDULE_FORMS`)."""
    if verb.lemma_ not in _PLANNING_VERBS and verb.lower_ not in SCHEDULE_FORMS:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "auxpass"]
    return bool(aux) and all(a in {"is", "are", "'s", "'re"} for a in aux)


def _is_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or token.lemma_ == "due"


def _governing_verb(span: Span) -> Token | None:
    token = span.root
    for _ in range(_MAX_CLIMB):
        if token.head is token:
            return None
        token = token.head
        if token.i >= span.start and token.i < span.end:
            continue
        if _is_verb(token) and token.dep_ not in {"amod", "compound"}:
            return token
    return None


def verb_tense(verb: Token, depth: int = 0) -> Tense:
    """Tense of one verb: its own form, its auxiliaries and the verb it is the complement of."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in aux}
    if "had" in words or (verb.lower_ == "had" and verb.dep_ == "aux"):
        return "past"  # past perfect: "had been due to expire Friday" is over
    if words & _FUTURE_AUX or words & _MODAL_FUTURE:
        return "future"
    if verb.lemma_ in {"due"} or (verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)):
        return "future"
    if verb.dep_ in {"xcomp", "conj", "ccomp", "advcl"} and verb.tag_ in {"VB", "VBG"} and depth < 3:
        head_tense = _complement_tense(verb, depth)
        if head_tense is not None:
            return head_tense
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN":
        # present perfect and bare participles ("the talks held on Sunday") are past events;
        # only a present passive ("is expected") stays in the present
        if words & _HAVE or not aux:
            return "past"
        return "present"
    if verb.tag_ in {"VBZ", "VBP", "VBG"} or any(a.tag_ in {"VBZ", "VBP"} for a in aux):
        return "present"
    return "none"


def _complement_tense(verb: Token, depth: int) -> Tense | None:
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_ in _FUTURE_HEADS:
        had = any(c.lower_ == "had" for c in head.children if c.dep_ in {"aux", "auxpass"})
        return "past" if had else "future"
    if verb.dep_ == "xcomp" or (verb.dep_ == "conj" and verb.tag_ == "VB"):
        return verb_tense(head, depth + 1)
    return None


def _sentence_tense(doc: Doc, token: int) -> Tense:
    """Without a governing verb (a headline, a dateline), the sentence's own markers decide.

    Each sentence is read once per document, however many expressions it holds: a sentence of
    thousands of dates ("on Monday, on Tuesday, ...") would otherwise be re-scanned for every
    one of them, and `Span.sent` itself walks to the sentence's ends each time.
    """
    memo: tuple[list[int], dict[int, Tense]] | None = doc.user_data.get(_SENTENCE_MEMO)
    if memo is None:
        memo = ([sent.start for sent in doc.sents], {})
        doc.user_data[_SENTENCE_MEMO] = memo
    starts, tenses = memo
    index = max(bisect_right(starts, token) - 1, 0)
    if index not in tenses:
        end = starts[index + 1] if index + 1 < len(starts) else len(doc)
        sent = doc[starts[index] : end]
        if any(t.lower_ in {"will", "'ll", "shall"} for t in sent):
            tenses[index] = "future"
        elif any(t.tag_ == "VBD" for t in sent):
            tenses[index] = "past"
        else:
            tenses[index] = "none"
    return tenses[index]
