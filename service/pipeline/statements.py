"""Event mentions (Statements) read off spaCy's dependency parse.

A statement is one predicate (a verb, or an event noun such as "the call") with the entity groups
that take part in it, the time expression attached to it, its surface polarity and any count
("at least six people killed"). Statements of one article that describe the same real-world
event share an event id.

Everything is a pure function of the parsed doc, the article's entity groups and its time
expressions, and runs in time linear in the number of tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from service.pipeline import lexicon as lx
from service.pipeline.types import EntityGroup, Quantity, Statement, TimeExpression

# Dependency labels of a verb's arguments that can name participants.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
ARGUMENT_DEPS = SUBJECT_DEPS | OBJECT_DEPS
# Prepositions whose object takes part in the event ("spoke with X", "war against X"); place
# and time prepositions ("in", "from", "on") do not make participants.
PARTICIPANT_PREPS = frozenset({"with", "to", "between", "against", "among", "by"})
NOUN_PARTICIPANT_PREPS = PARTICIPANT_PREPS | {"of"}
# Modifiers inside a noun phrase that name the same party or its affiliation ("Ministry
# spokesman Ivan Petrov", "Smith's inauguration"); adjectives ("Brazilian leader") do not.
NP_PARTICIPANT_DEPS = frozenset({"compound", "flat", "nmod", "poss", "conj", "appos"})
# Verb dependents that open a new clause: their entities belong to that clause's statement.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"})
# Clause heads that can carry a statement of their own.
CLAUSE_HEAD_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis"}
)
TIME_TYPES = frozenset({"DATE", "TIME"})
# How many earlier events of the same class a mention may join: keeps grouping linear in long
# documents; an anaphor rarely reaches further back than this.
LOOKBACK_EVENTS = 32
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Verbs of beginning and ending take the parties of the event they begin or end.
PHASE_CLASSES = frozenset({"begin", "end"})
# Names that qualify a person's title ("US President", "French minister") rather than act.
AFFILIATION_TYPES = frozenset({"GPE", "NORP"})
NUMERIC = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


@dataclass
class DocIndex:
    """Per-token look-ups shared by statement and claim extraction, built once per doc."""

    doc: Doc
    tokens: list[Token]  # the doc's tokens, made once: spaCy builds a new object per access
    text: str  # the doc's text, made once: spaCy joins it anew on every access
    kids: list[list[Token]]  # token -> dependents in the same paragraph block, in text order
    groups: list[EntityGroup]
    times: list[TimeExpression]
    group_of: list[int]  # token -> entity group index, -1 when none
    block: list[int]  # token -> paragraph block id: arcs across a line break are not trusted
    sent_of: list[int]  # token -> doc sentence index
    sents: list[Span]
    time_of: list[int]  # token -> time expression index, -1 when none
    time_heads: list[int]  # time expression -> head token index, -1 when not found


def build_index(doc: Doc, groups: list[EntityGroup], times: list[TimeExpression]) -> DocIndex:
    """Token-level look-ups for mentions, time expressions, sentences and paragraph blocks."""
    tokens = list(doc)
    starts = [t.idx for t in tokens]
    group_of = [-1] * len(doc)
    for gi, group in enumerate(groups):
        for m in group.mentions:
            for i in _tokens_in(starts, tokens, m.start, m.end):
                group_of[i] = gi
    block, current = [], 0
    for t in tokens:
        block.append(current)
        # A line break ends a paragraph, a title or a caption; the parser does not know that.
        if t.is_space and "\n" in t.text:
            current += 1
    sents = list(doc.sents)
    sent_of = [0] * len(doc)
    for si, s in enumerate(sents):
        for i in range(s.start, s.end):
            sent_of[i] = si
    kids: list[list[Token]] = [[] for _ in tokens]
    for t in tokens:
        h = t.head.i
        if h != t.i and block[h] == block[t.i]:
            kids[h].append(t)
    untimed = DocIndex(
        doc, tokens, doc.text, kids, groups, [], group_of, block, sent_of, sents, [-1] * len(doc), []
    )
    return with_times(untimed, times)


def with_times(idx: DocIndex, times: list[TimeExpression]) -> DocIndex:
    """The index with other time expressions (sharing everything else: the costly parts)."""
    starts = [t.idx for t in idx.tokens]
    time_of = [-1] * len(idx.tokens)
    time_heads: list[int] = []
    for ti, tx in enumerate(times):
        toks = list(_tokens_in(starts, idx.tokens, tx.start, tx.end))
        for i in toks:
            time_of[i] = ti
        time_heads.append(_span_head(idx.tokens, toks))
    return replace(idx, times=times, time_of=time_of, time_heads=time_heads)


def _tokens_in(starts: list[int], tokens: list[Token], start: int, end: int) -> Iterator[int]:
    """Indexes of the tokens overlapping the character range [start, end)."""
    i = max(bisect_right(starts, start) - 1, 0)
    while i < len(tokens) and starts[i] < end:
        if starts[i] + len(tokens[i].text) > start:
            yield i
        i += 1


def _span_head(tokens: list[Token], toks: list[int]) -> int:
    """The token of a span whose head lies outside it: where the span attaches to the parse."""
    if not toks:
        return -1
    lo, hi = toks[0], toks[-1]
    for i in toks:
        h = tokens[i].head.i
        if h == i or not lo <= h <= hi:
            return i
    return toks[0]


def children(idx: DocIndex, tok: Token) -> list[Token]:
    """A token's dependents within its own paragraph block."""
    return idx.kids[tok.i]


def head(idx: DocIndex, tok: Token) -> Token | None:
    """A token's head, or None at a root or across a paragraph break."""
    h = tok.head.i
    if h == tok.i or idx.block[h] != idx.block[tok.i]:
        return None
    return idx.tokens[h]


def clause_bounds(idx: DocIndex, tok: Token) -> tuple[int, int]:
    """Token range [start, end) of a token's subtree, clipped to its sentence and block."""
    s = idx.sents[idx.sent_of[tok.i]]
    lo, hi = max(tok.left_edge.i, s.start), min(tok.right_edge.i + 1, s.end)
    while lo < tok.i and idx.block[lo] != idx.block[tok.i]:
        lo += 1
    while hi > tok.i + 1 and idx.block[hi - 1] != idx.block[tok.i]:
        hi -= 1
    return lo, hi


def unit_bounds(idx: DocIndex, tok: Token) -> tuple[int, int]:
    """Token range of the sentence around `tok`, cut at paragraph breaks: what a reader calls
    the sentence when the parser ran a title into the following paragraph."""
    s = idx.sents[idx.sent_of[tok.i]]
    lo, hi = tok.i, tok.i + 1
    while lo > s.start and idx.block[lo - 1] == idx.block[tok.i]:
        lo -= 1
    while hi < s.end and idx.block[hi] == idx.block[tok.i]:
        hi += 1
    # Leading and trailing white space is no part of the sentence.
    while lo < hi and idx.tokens[lo].is_space:
        lo += 1
    while hi > lo and idx.tokens[hi - 1].is_space:
        hi -= 1
    return lo, hi


def char_range(idx: DocIndex, lo: int, hi: int) -> tuple[int, int]:
    """Character offsets of the token range [lo, hi)."""
    if hi <= lo:
        at = idx.tokens[lo].idx if lo < len(idx.tokens) else len(idx.text)
        return at, at
    first = idx.tokens[lo]
    last = idx.tokens[hi - 1]
    return first.idx, last.idx + len(last.text)


def text_of(idx: DocIndex, lo: int, hi: int) -> str:
    """The text of the token range [lo, hi)."""
    start, end = char_range(idx, lo, hi)
    return idx.text[start:end]


# --- predicates ----------------------------------------------------------------------------


@dataclass
class Predicate:
    """Where a statement sits in the parse and what kind of event it names."""

    anchor: Token  # the clause head (a verb) or the event noun itself
    lemma: str  # the predicate as a verb lemma ("talk" for "conversation")
    cls: str
    noun: Token | None = None  # the event noun, when the event is named by one
    anaphoric: bool = False  # "the call", "no such communication": points at a known event
    groupable: bool = True  # False for generic plurals and hypothetical events
    tokens: list[Token] = field(default_factory=list)  # tokens that map to this statement


def event_noun_lemma(tok: Token, anaphoric_ok: bool = True) -> str | None:
    """The verb an event noun stands for ("conversation" -> "talk"), or None."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = tok.lemma_.lower()
    if lemma in lx.EVENT_NOUNS:
        # "calls for a ceasefire" is a demand, not a phone call.
        if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            return None
        return lx.EVENT_NOUNS[lemma]
    if anaphoric_ok and lemma in lx.ANAPHORIC_EVENT_NOUNS and _is_anaphoric(tok):
        return lx.ANAPHORIC_EVENT_NOUNS[lemma]
    return None


def _is_anaphoric(noun: Token) -> bool:
    """A definite, demonstrative, possessive or negated event noun refers to a known event."""
    for c in noun.children:
        if c.dep_ in ("det", "predet", "amod") and c.lower_ in lx.ANAPHORIC_DETERMINERS:
            return True
        if c.dep_ == "poss":
            return True
    return False


def _is_generic(noun: Token) -> bool:
    """A bare plural ("peace talks", "long-range strikes") names a kind of event, not one."""
    if noun.tag_ not in ("NNS", "NNPS") or _is_anaphoric(noun):
        return False
    return not any(c.dep_ == "nummod" for c in noun.children)


def verb_class(verb: Token, idx: DocIndex) -> tuple[str, str]:
    """(lemma, class) of a verb, disambiguating by its object where the lexicon knows how."""
    lemma = verb.lemma_.lower()
    for c in children(idx, verb):
        if c.dep_ in OBJECT_DEPS:
            forced = lx.VERB_OBJECT_CLASSES.get((lemma, c.lemma_.lower()))
            if forced is not None:
                return lemma, forced
    if lemma == "call":
        return lemma, _call_class(verb, idx)
    return lemma, lx.PREDICATE_CLASSES.get(lemma, lemma)


def _call_class(verb: Token, idx: DocIndex) -> str:
    """ "called Lima" is a phone call; "calling the reports pure fiction" characterises;
    "called for talks", "called an election" are neither."""
    kids = children(idx, verb)
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr") for c in kids) or falsity_near(verb, idx):
        return "statement"
    objects = [c for c in kids if c.dep_ in OBJECT_DEPS]
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "off") for c in kids) or len(objects) > 1:
        return "call"
    for obj in objects:
        named = idx.group_of[obj.i] >= 0 and idx.groups[idx.group_of[obj.i]].type in ("PERSON", "ORG", "GPE")
        if not (named or obj.tag_ == "PRP"):
            return "call"
    return "communication"


def falsity_near(tok: Token, idx: DocIndex, window: int = 6) -> bool:
    """A word calling something untrue shortly after `tok` in its paragraph: the parser often
    misattaches "pure fiction" in headlines, but the words stay close."""
    toks = idx.tokens
    for i in range(tok.i + 1, min(tok.i + 1 + window, len(toks))):
        if idx.block[i] != idx.block[tok.i] or toks[i].is_sent_start:
            return False
        if toks[i].lemma_.lower() in lx.FALSITY_WORDS or toks[i].lower_ in lx.FALSITY_WORDS:
            return True
    return False


def noun_predicate(noun: Token, anchor: Token | None = None) -> Predicate | None:
    """A predicate named by an event noun, anchored at `anchor` (a light or occurrence verb)."""
    lemma = event_noun_lemma(noun)
    if lemma is None:
        return None
    anaphoric = _is_anaphoric(noun)
    if noun.lemma_.lower() in lx.GENERIC_PLURAL_NOUNS and noun.tag_ == "NNS" and not anaphoric:
        return None
    pred = Predicate(
        anchor=anchor or noun,
        lemma=lemma,
        cls=lx.PREDICATE_CLASSES.get(lemma, lemma),
        noun=noun,
        anaphoric=anaphoric,
        groupable=not _is_generic(noun),
    )
    pred.tokens = [noun] if anchor is None else [anchor, noun]
    return pred


def _light_object(verb: Token, idx: DocIndex) -> Token | None:
    """The event noun a light verb carries ("held the call", "carried out attacks")."""
    lemma = verb.lemma_.lower()
    if lemma not in lx.LIGHT_VERBS:
        return None
    kids = children(idx, verb)
    if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        return None
    for c in kids:
        if c.dep_ in ("dobj", "obj") and event_noun_lemma(c) is not None:
            return c
    return None


def _occurring_subject(verb: Token, idx: DocIndex) -> Token | None:
    """The event noun said to happen: "the call took place", "no attack occurred"."""
    lemma = verb.lemma_.lower()
    kids = children(idx, verb)
    # "took place" even when the parser hung "place" elsewhere (e.g. across a line break).
    nxt = idx.tokens[verb.i + 1] if verb.i + 1 < len(idx.tokens) else None
    occurs = (
        lemma in lx.OCCURRENCE_VERBS
        or any(
            (lemma, c.lemma_.lower()) in lx.OCCURRENCE_PHRASES for c in kids if c.dep_ in ("dobj", "compound")
        )
        or (nxt is not None and (lemma, nxt.lemma_.lower()) in lx.OCCURRENCE_PHRASES)
    )
    if not occurs:
        return None
    for c in kids:
        if c.dep_ in ("nsubj", "nsubjpass") and event_noun_lemma(c) is not None:
            return c
    return None


def _existential_noun(verb: Token, idx: DocIndex) -> Token | None:
    """The event noun of "there was (no) conversation"."""
    if verb.lemma_.lower() != "be":
        return None
    kids = children(idx, verb)
    if not any(c.dep_ == "expl" for c in kids):
        return None
    for c in kids:
        if c.dep_ in ("attr", "nsubj") and event_noun_lemma(c) is not None:
            return c
    return None


def is_irrealis(verb: Token, idx: DocIndex) -> bool:
    """Infinitives and modal clauses ("plans to speak", "will send") describe events that have
    not happened: they are kept as statements but never merged with real events."""
    for c in children(idx, verb):
        if c.dep_ == "aux" and (c.lower_ == "to" or c.lemma_.lower() in lx.MODAL_LEMMAS):
            return True
    return False


def verb_predicate(verb: Token, idx: DocIndex) -> Predicate | None:
    """The predicate a clause head names: its event noun where the verb is light, else itself."""
    irrealis = is_irrealis(verb, idx)
    for finder in (_light_object, _occurring_subject, _existential_noun):
        noun = finder(verb, idx)
        if noun is not None:
            pred = noun_predicate(noun, anchor=verb)
            if pred is not None:
                pred.groupable = pred.groupable and not irrealis
                return pred
    lemma, cls = verb_class(verb, idx)
    return Predicate(anchor=verb, lemma=lemma, cls=cls, groupable=not irrealis, tokens=[verb])


def is_event_class(cls: str) -> bool:
    """A known kind of event (speech acts included), not a verb left to its own lemma."""
    return cls in lx.EVENT_CLASSES


def is_clause_head(tok: Token) -> bool:
    """Verbs and copulas heading a clause (not auxiliaries or adjectival participles)."""
    if tok.pos_ == "VERB":
        return tok.dep_ in CLAUSE_HEAD_DEPS
    return tok.pos_ == "AUX" and tok.dep_ in CLAUSE_HEAD_DEPS


def is_main_clause(tok: Token, idx: DocIndex) -> bool:
    """The head of a sentence unit, or a verb coordinated with it."""
    while True:
        h = head(idx, tok)
        if h is None:
            return True
        if tok.dep_ != "conj":
            return False
        tok = h


def content_clauses(tok: Token, idx: DocIndex) -> list[Token]:
    """Clauses reported by a reporting verb or noun: "said (that) X", "reports that X",
    "commented on whether X"."""
    found = []
    for c in children(idx, tok):
        clause = c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
        # "denied sending troops", "denies having met him": a gerund is the denied event.
        clause = clause or (
            c.dep_ == "xcomp" and c.tag_ in ("VBG", "VBN") and tok.lemma_.lower() in lx.DENY_VERBS
        )
        noun_clause = (
            c.dep_ == "acl" and tok.pos_ in ("NOUN", "PROPN") and _has_mark(c, idx, ("that", "whether", "if"))
        )
        if clause or noun_clause:
            found.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("on", "about", "of"):
            found.extend(g for g in children(idx, c) if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX"))
        elif c.dep_ == "prep" and c.lower_ == "in" and tok.pos_ == "VERB":
            # "said in a statement that X": the parser hangs the clause on "statement".
            for g in children(idx, c):
                if g.dep_ == "pobj" and g.lemma_.lower() in lx.REPORT_NOUNS:
                    found.extend(
                        a for a in children(idx, g) if a.dep_ == "acl" and _has_mark(a, idx, ("that",))
                    )
    return found


def _has_mark(clause: Token, idx: DocIndex, marks: Iterable[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in children(idx, clause))


def is_reporting_word(tok: Token) -> bool:
    """Verbs that report speech and nouns that name reports: their content is a proposition."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return lemma in lx.ASSERT_VERBS or lemma in lx.DENY_VERBS or lemma in lx.DENY_IF_REPORT_VERBS
    return tok.pos_ == "NOUN" and lemma in lx.REPORT_NOUNS


def find_predicates(idx: DocIndex) -> list[Predicate]:
    """Every statement-worthy predicate of the doc, in text order of their anchors."""
    propositions: set[int] = set()
    for tok in idx.tokens:
        if is_reporting_word(tok):
            propositions.update(c.i for c in content_clauses(tok, idx))
    absorbed: set[int] = set()
    preds: list[Predicate] = []
    for tok in idx.tokens:
        if not is_clause_head(tok):
            continue
        pred = verb_predicate(tok, idx)
        if pred is None:
            continue
        known = pred.noun is not None or is_event_class(pred.cls)
        # Copulas and auxiliaries-as-verbs carry a statement only as a reported proposition
        # ("said that Lima has no plans"); elsewhere they name no event.
        light = pred.lemma in ("be", "have", "do")
        main = is_main_clause(tok, idx) and not light and tok.pos_ == "VERB"
        if known or tok.i in propositions or main:
            preds.append(pred)
            if pred.noun is not None:
                absorbed.add(pred.noun.i)
    for tok in idx.tokens:
        if tok.i in absorbed or tok.dep_ == "compound" or idx.time_of[tok.i] >= 0:
            continue
        pred = noun_predicate(tok)
        if pred is not None:
            preds.append(pred)
    preds.sort(key=lambda p: p.anchor.i)
    return preds


# --- participants ----------------------------------------------------------------------------


def np_entity_tokens(
    tok: Token, idx: DocIndex, preps: frozenset[str] = frozenset(), owned: bool = False
) -> list[Token]:
    """Tokens of a noun phrase that name parties: a named head with its compounds and
    possessors ("Ministry spokesman Ivan Petrov"), conjuncts and appositions, and for event
    nouns (`owned`) their possessors and compounds ("Smith's inauguration", "Lima-Smith call")
    and the objects of `preps` ("call with X"). The possessor of an unnamed head is not a party:
    "Smith's son called" is no act of Smith's."""
    out, stack = [], [(tok, owned)]
    person = _group_type(idx, tok) == "PERSON"
    while stack:
        t, own = stack.pop()
        out.append(t)
        named = own or idx.group_of[t.i] >= 0
        for c in children(idx, t):
            if named and c.dep_ in ("compound", "flat", "nmod"):
                if person and _group_type(idx, c) in AFFILIATION_TYPES:
                    continue  # "US President Smith": a person's country is no party to the act
                stack.append((c, True))  # "Ministry spokesman Petrov": through the title word
            elif c.dep_ in ("conj", "appos") or (named and c.dep_ in NP_PARTICIPANT_DEPS):
                stack.append((c, False))
            elif c.dep_ == "prep" and c.lower_ in preps and t is tok:
                # "between Smith and Lima last week": the parser may make the date the object.
                stack.extend((g, True) for g in children(idx, c) if g.dep_ == "pobj")
    return out


def _group_type(idx: DocIndex, tok: Token) -> str | None:
    g = idx.group_of[tok.i]
    return idx.groups[g].type if g >= 0 else None


def subject_of(verb: Token, idx: DocIndex) -> Token | None:
    """A clause's subject, inherited from the governing clause where the verb has none of its own
    ("issued ... and introduced", "telling AFP", "urged X not to escalate")."""
    seen = 0
    while verb is not None and seen < 8:
        seen += 1
        if any(c.dep_ == "expl" for c in children(idx, verb)):
            return None  # "there was a call": nothing to inherit
        subj = own_subject(verb, idx)
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return head(idx, verb)  # "attacks that killed": the attacks
            return subj
        h = head(idx, verb)
        if h is None:
            return orphan_subject(verb, idx)
        if verb.dep_ not in ("conj", "xcomp", "advcl", "acl"):
            return None
        if verb.dep_ == "xcomp":
            obj = next((c for c in children(idx, h) if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj  # object control: "urged Lima not to escalate"
        if verb.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN"):
            return None
        verb = h
    return None


def own_subject(verb: Token, idx: DocIndex) -> Token | None:
    """The verb's own subject; of two ("The fact itself, Petrov said"), the one naming an
    entity, else the later one."""
    subjects = [c for c in children(idx, verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:
        named = [c for c in subjects if idx.group_of[c.i] >= 0]
        return named[-1] if named else subjects[-1]
    return subjects[0] if subjects else None


def orphan_subject(verb: Token, idx: DocIndex) -> Token | None:
    """When a title runs into the next paragraph the parser may hang that paragraph's subject on
    the title: the nearest noun before the verb whose head lies outside the paragraph."""
    i = verb.i - 1
    while i >= 0 and idx.block[i] == idx.block[verb.i] and idx.sent_of[i] == idx.sent_of[verb.i]:
        t = idx.tokens[i]
        if t.pos_ in ("NOUN", "PROPN", "PRON") and idx.block[t.head.i] != idx.block[verb.i]:
            return t if idx.time_of[t.i] < 0 and t.ent_type_ not in ("DATE", "TIME") else None
        i -= 1
    return None


def argument_heads(pred: Predicate, idx: DocIndex) -> list[Token]:
    """Heads of the phrases that name a predicate's participants."""
    heads: list[Token] = []
    anchor = pred.anchor
    if anchor.pos_ in ("VERB", "AUX"):
        subj = subject_of(anchor, idx)
        if subj is not None:
            heads.append(subj)
        for c in children(idx, anchor):
            if c.dep_ in OBJECT_DEPS and c is not pred.noun:
                heads.append(c)
            elif c.dep_ in ("prep", "agent") and c.lower_ in PARTICIPANT_PREPS:
                heads.extend(g for g in children(idx, c) if g.dep_ == "pobj")
    return heads


def participants(pred: Predicate, idx: DocIndex) -> list[int]:
    """Entity groups taking part in the predicate, in order of first mention."""
    toks: list[Token] = []
    for h in argument_heads(pred, idx):
        if _is_phase_subject(pred, h):
            # "Russia's war against Ukraine began": the beginning (or end) of an event involves
            # the event's own parties, named on the event noun.
            toks.extend(np_entity_tokens(h, idx, NOUN_PARTICIPANT_PREPS, owned=True))
        else:
            toks.extend(np_entity_tokens(h, idx))
    if pred.noun is not None:
        toks.extend(np_entity_tokens(pred.noun, idx, NOUN_PARTICIPANT_PREPS, owned=True))
    seen: list[int] = []
    for t in sorted(toks, key=lambda t: t.i):
        g = idx.group_of[t.i]
        if g >= 0 and g not in seen and idx.groups[g].type in lx.PARTICIPANT_TYPES:
            seen.append(g)
    return seen


def _is_phase_subject(pred: Predicate, head: Token) -> bool:
    """An event noun that is the subject of a verb of beginning or ending."""
    return (
        pred.cls in PHASE_CLASSES
        and head.dep_ in ("nsubj", "nsubjpass")
        and event_noun_lemma(head, anaphoric_ok=False) is not None
    )


def locations(pred: Predicate, idx: DocIndex) -> set[int]:
    """Places named by "in X" on the predicate: only used to keep apart events elsewhere."""
    found: set[int] = set()
    for t in (pred.anchor, pred.noun):
        if t is None:
            continue
        for c in children(idx, t):
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near"):
                for g in children(idx, c):
                    gi = idx.group_of[g.i] if g.dep_ == "pobj" else -1
                    if gi >= 0 and idx.groups[gi].type in PLACE_TYPES:
                        found.add(gi)
    return found


# --- time, polarity, quantity ---------------------------------------------------------------


def attach_times(preds: list[Predicate], idx: DocIndex) -> dict[int, int]:
    """Predicate index -> time expression index: each time expression belongs to the nearest
    predicate above it in the parse, and to none when a clause without a statement comes first."""
    owner: dict[int, int] = {}
    for pi, p in enumerate(preds):
        for t in p.tokens:
            owner.setdefault(t.i, pi)
    attached: dict[int, int] = {}
    for ti, h in enumerate(idx.time_heads):
        if h < 0 or idx.times[ti].type not in TIME_TYPES:
            continue
        pi = _time_owner(idx.tokens[h], idx, owner)
        if pi is not None and pi not in attached:
            attached[pi] = ti
    return attached


def _time_owner(tok: Token, idx: DocIndex, owner: dict[int, int]) -> int | None:
    t: Token | None = tok
    while t is not None:
        if t.i in owner and t.i != tok.i:
            return owner[t.i]
        if t.i != tok.i and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return None  # the date modifies another clause, one that carries no statement
        t = head(idx, t)
    return None


def polarity(pred: Predicate, idx: DocIndex) -> bool:
    """False when the predicate's own clause negates it: "did not speak", "there was no call",
    "no such communication took place", "nobody was killed"."""
    for c in children(idx, pred.anchor):
        if c.dep_ == "neg" or (c.dep_ in ARGUMENT_DEPS and is_no_quantified(c, idx)):
            return False
    if pred.noun is not None:
        for c in children(idx, pred.noun):
            if c.dep_ == "det" and c.lower_ == "no":
                return False
    return True


def is_no_quantified(arg: Token, idx: DocIndex) -> bool:
    """ "nobody", "no one", "nothing", "no shots": an argument that says none took part."""
    if arg.lower_ in ("nobody", "none", "nothing", "noone"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in children(idx, arg))


def _counted_noun(pred: Predicate, idx: DocIndex) -> Token | None:
    """The noun whose figure a predicate reports: the event noun itself ("three attacks"),
    else the object, the passive subject or the subject."""
    if pred.noun is not None and any(c.dep_ == "nummod" for c in children(idx, pred.noun)):
        return pred.noun
    if pred.anchor.pos_ not in ("VERB", "AUX"):
        return None
    by_dep: dict[str, Token] = {}
    for c in children(idx, pred.anchor):
        by_dep.setdefault(c.dep_, c)
    for dep in ("dobj", "nsubjpass", "nsubj"):
        if dep in by_dep and by_dep[dep] is not pred.noun:
            return by_dep[dep]
    return None


def quantity(pred: Predicate, idx: DocIndex) -> Quantity | None:
    """The figure given for the predicate's counted argument, if any."""
    noun = _counted_noun(pred, idx)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    lemma = noun.lemma_.lower()
    # "dozens of people": the collective is the figure, the object of "of" the thing counted.
    if lemma in lx.COLLECTIVE_PLURALS and noun.tag_ == "NNS":
        counted = next((g for c in children(idx, noun) if c.lower_ == "of" for g in children(idx, c)), None)
        if counted is None:
            return None
        return _quantity(pred, counted, float(lx.COLLECTIVE_PLURALS[lemma]), None, noun.text)
    if lemma in lx.UNIT_NOUNS or noun.ent_type_ in (
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "DATE",
        "TIME",
    ):
        return None
    num = next((c for c in children(idx, noun) if c.dep_ == "nummod"), None)
    if num is not None:
        lo, hi = clause_bounds(idx, num)
        text = text_of(idx, lo, hi)
        parsed = parse_figure(text)
        if parsed is None:
            return None
        return _quantity(pred, noun, parsed[0], parsed[1], text)
    det = next((c for c in children(idx, noun) if c.dep_ == "det"), None)
    if (
        det is not None
        and det.lower_ in lx.ONE_DETERMINERS
        and noun.tag_ == "NN"
        and lemma in lx.PERSON_NOUNS
    ):
        return _quantity(pred, noun, 1.0, 1.0, det.text)
    return None


def _quantity(pred: Predicate, noun: Token, low: float, high: float | None, text: str) -> Quantity:
    lemma = noun.lemma_.lower()
    counted = "person" if lemma in lx.PERSON_NOUNS else lemma
    return Quantity(low=low, high=high, text=text, counted=f"{pred.lemma}:{counted}")


def parse_figure(text: str) -> tuple[float, float | None] | None:
    """(low, high) for a figure as written: "at least six" -> (6, None), "35,000-40,000" ->
    (35000, 40000), "about 300" -> (270, 330), "more than a dozen" -> (12, None)."""
    words = text.lower().replace("–", "-").replace("—", "-").split()
    phrase = " ".join(words)
    mod = ""
    for group, name in ((lx.OPEN_ABOVE, "above"), (lx.OPEN_BELOW, "below"), (lx.APPROXIMATE, "approx")):
        for m in group:
            if phrase.startswith(m + " "):
                mod, phrase = name, phrase[len(m) + 1 :]
                break
        if mod:
            break
    bounds = _range(phrase)
    if bounds is None:
        return None
    low, high = bounds
    if mod == "above":
        return low, None
    if mod == "below":
        return 0.0, high
    if mod == "approx":
        # Writers round: "about 300" is compatible with anything within a tenth either side.
        return round(low * 0.9, 6), round(high * 1.1, 6)
    return low, high


def _range(phrase: str) -> tuple[float, float] | None:
    """ "35,000-40,000", "between 10 and 20", "10 to 20" or a single number."""
    phrase = phrase.removeprefix("between ").strip()
    for sep in (" - ", "-", " to ", " and "):
        if sep in phrase:
            a, b = phrase.split(sep, 1)
            lo, hi = _number(a), _number(b)
            if lo is not None and hi is not None and lo <= hi:
                return lo, hi
    n = _number(phrase)
    return None if n is None else (n, n)


def _number(text: str) -> float | None:
    """A number written in digits or words: "6", "35,000", "six", "a dozen", "1.5 million"."""
    words = [w for w in text.strip().split() if w not in ("a", "an", "and")]
    if not words:
        return None
    total, current = 0.0, 0.0
    for w in words:
        if NUMERIC.match(w):
            current += float(w.replace(",", ""))
        elif w in lx.NUMBER_WORDS:
            current += lx.NUMBER_WORDS[w]
        elif "-" in w and all(p in lx.NUMBER_WORDS for p in w.split("-")):
            current += sum(lx.NUMBER_WORDS[p] for p in w.split("-"))  # "twenty-five"
        elif w in lx.MULTIPLIERS:
            current = (current or 1.0) * lx.MULTIPLIERS[w]
            if lx.MULTIPLIERS[w] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
    return total + current


# --- event grouping ---------------------------------------------------------------------------


@dataclass
class _Event:
    cls: str
    participants: set[int]
    times: list[TimeExpression]
    quantities: list[Quantity]
    places: set[int]
    # A hypothetical or generic mention ("plans to speak", "private calls") is an event of its
    # own that later mentions must not join.
    open: bool = True


def group_events(
    statements: list[Statement], preds: list[Predicate], places: list[set[int]], times: list[TimeExpression]
) -> None:
    """Give statements of one article that describe the same event the same event id.

    A statement joins the most recent event of its class whose participants, time, place and
    figures do not contradict it, when something says it is the same: it points back ("the
    call"), shares a participant, or names the same date. Reporting acts and hypothetical or
    generic mentions are events of their own."""
    events: list[_Event] = []
    by_class: dict[str, list[int]] = {}
    for st, pred, where in zip(statements, preds, places, strict=True):
        tx = times[st.time] if st.time is not None and st.time < len(times) else None
        target = None
        if pred.groupable and st.predicate_class != "statement":
            candidates = by_class.get(st.predicate_class, [])[-LOOKBACK_EVENTS:]
            target = _matching_event(events, candidates, st, pred, tx, where)
        if target is None:
            events.append(_Event(st.predicate_class, set(), [], [], set(), open=pred.groupable))
            target = len(events) - 1
            if pred.groupable:
                by_class.setdefault(st.predicate_class, []).append(target)
        ev = events[target]
        ev.participants.update(st.participants)
        ev.places.update(where)
        # Distinct readings only, so a much-mentioned event stays cheap to compare against.
        if tx is not None and all((tx.value, tx.alternative) != (o.value, o.alternative) for o in ev.times):
            ev.times.append(tx)
        if st.quantity is not None and st.quantity not in ev.quantities:
            ev.quantities.append(st.quantity)
        st.event = target


def _matching_event(
    events: list[_Event],
    candidates: list[int],
    st: Statement,
    pred: Predicate,
    tx: TimeExpression | None,
    where: set[int],
) -> int | None:
    mine = set(st.participants)
    for ei in reversed(candidates):
        ev = events[ei]
        if not (mine <= ev.participants or ev.participants <= mine):
            continue  # a party on each side that the other lacks: a different event
        if tx is not None and not all(times_compatible(tx, other) for other in ev.times):
            continue
        if where and ev.places and not (where & ev.places):
            continue
        if st.quantity is not None and not all(quantities_compatible(st.quantity, q) for q in ev.quantities):
            continue
        same_date = tx is not None and any(times_compatible(tx, o) for o in ev.times)
        # "the call" points back at an event the article has introduced with its parties, not
        # at an incidental "who spoke on condition of anonymity".
        if (pred.anaphoric and ev.participants) or (mine & ev.participants) or same_date:
            return ei
    return None


def quantities_compatible(a: Quantity, b: Quantity) -> bool:
    """Two figures for the same counted thing can describe one event when their ranges meet."""
    if a.counted != b.counted:
        return True
    a_hi = float("inf") if a.high is None else a.high
    b_hi = float("inf") if b.high is None else b.high
    return a.low <= b_hi and b.low <= a_hi


def times_compatible(a: TimeExpression, b: TimeExpression) -> bool:
    """True unless both times are known and no reading of one overlaps a reading of the other."""
    ra = [r for r in (_period(a.value), _period(a.alternative or "")) if r]
    rb = [r for r in (_period(b.value), _period(b.alternative or "")) if r]
    if not ra or not rb:
        return True
    return any(x[0] <= y[1] and y[0] <= x[1] for x in ra for y in rb)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def _period(value: str) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers; None when it is not a calendar date."""
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            first = date(int(m[1]), int(m[2]), 1)
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


# --- entry point ------------------------------------------------------------------------------


def statement_from(pred: Predicate, idx: DocIndex, time: int | None) -> Statement:
    """One Statement for a predicate, its offsets those of its clause."""
    lo, hi = clause_bounds(idx, pred.anchor)
    start, end = char_range(idx, lo, hi)
    ulo, uhi = unit_bounds(idx, pred.anchor)
    return Statement(
        sentence=idx.sent_of[pred.anchor.i],
        start=start,
        end=end,
        predicate=pred.lemma,
        predicate_class=pred.cls,
        participants=participants(pred, idx),
        time=time,
        polarity=polarity(pred, idx),
        quantity=quantity(pred, idx),
        text=text_of(idx, ulo, uhi),
        actual=pred.groupable,
    )


def extract_statements(
    doc: Doc, groups: list[EntityGroup], times: list[TimeExpression], untimed: DocIndex | None = None
) -> list[Statement]:
    """Event mentions of one article, grouped into in-article events (`untimed`: the doc's index
    without time expressions, when the caller has built it already)."""
    idx = with_times(untimed, times) if untimed is not None else build_index(doc, groups, times)
    preds = find_predicates(idx)
    attached = attach_times(preds, idx)
    statements = [statement_from(p, idx, attached.get(i)) for i, p in enumerate(preds)]
    group_events(statements, preds, [locations(p, idx) for p in preds], times)
    return statements


def statement_anchors(idx: DocIndex, statements: list[Statement]) -> dict[int, int]:
    """Token index -> statement index for the clause head (and event noun) of each statement,
    recovered from the statements' clause offsets so callers need not keep parse objects."""
    starts = [t.idx for t in idx.tokens]
    anchors: dict[int, int] = {}
    for si, st in enumerate(statements):
        toks = list(_tokens_in(starts, idx.tokens, st.start, st.end))
        if not toks:
            continue
        root = idx.tokens[_span_head(idx.tokens, toks)]
        pred = verb_predicate(root, idx) if root.pos_ in ("VERB", "AUX") else None
        anchors.setdefault(root.i, si)
        if pred is not None and pred.noun is not None and pred.lemma == st.predicate:
            anchors.setdefault(pred.noun.i, si)  # "held the call": the call is this statement
    return anchors
