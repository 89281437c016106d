"""Time on statements: which predicate a time expression belongs to, and whether two time
expressions can name one event."""

from __future__ import annotations

import re

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.statements.index import DocIndex, children, head
from service.pipeline.statements.predicates import (
    Predicate,
    copula_event_nouns,
    names_an_occasion,
)
from service.pipeline.temporal.values import period
from service.pipeline.temporal.written_day import names_weekday
from service.pipeline.types import Statement, TimeExpression

TIME_TYPES = frozenset({"DATE", "TIME"})
# Prepositions that make a date the background of a state, not the date of an event: "have not
# spoken since July", "has been closed until March".
BACKGROUND_PREPS = frozenset({"since", "until", "till"})
# How a date hangs on a noun it describes rather than dates an event of the clause: "the 1991
# settlement", "its 2015 model", "a February 2015 release date". A possessive date ("Monday's
# storm killed five") is left out: it usually dates what the clause reports.
NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "nmod", "amod"})
# Prepositions of an occasion a clause happens in ("in an April 25 inspection").
DURING_PREPS = frozenset({"in", "during", "at", "amid", "throughout"})


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
        if is_background(idx.tokens[h], idx) or _is_century(idx.times[ti].value):
            continue
        pi = _time_owner(idx.tokens[h], idx, owner, preds)
        if pi is not None:
            pi = _agreement_of_the_deed(pi, preds, idx, owner, attached)
            pi = _sanction_of_the_misdeed(pi, preds, idx, owner, attached, idx.times[ti])
        if pi is not None and pi not in attached:
            attached[pi] = ti
    return attached


# Classes of the verbs whose infinitive tells the deed agreed to, not a deed of its own day.
AGREEING_CLASSES = frozenset({"agreement"})


def _agreement_of_the_deed(
    pi: int, preds: list[Predicate], idx: DocIndex, owner: dict[int, int], attached: dict[int, int]
) -> int:
    """A day on the deed an agreement is to ("agreed to buy Ambrel on Friday", "signed a deal to
    acquire Ambrel on Friday, 10 May") dates the agreeing: the buying is still to come when it is
    agreed, and news dates the deal by its signing. Else the deed's own predicate."""
    verb = preds[pi].anchor
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(idx, verb)):
        return pi
    governor = head(idx, verb)
    if verb.dep_ == "acl" and governor is not None and governor.dep_ == "dobj":
        governor = head(idx, governor)  # "signed a deal to acquire": the deal's verb
    elif verb.dep_ not in ("xcomp", "advcl"):  # the parser hangs "to acquire" on either
        return pi
    agreeing = owner.get(governor.i) if governor is not None else None
    if agreeing is None or preds[agreeing].cls not in AGREEING_CLASSES or agreeing in attached:
        return pi
    return agreeing


# Days named as news names the day a sanction fell, besides a weekday: "yesterday", "today".
_NEWS_DAY_WORDS = frozenset({"yesterday", "today"})


def _sanction_of_the_misdeed(
    pi: int,
    preds: list[Predicate],
    idx: DocIndex,
    owner: dict[int, int],
    attached: dict[int, int],
    time: TimeExpression,
) -> int:
    """A day of the news on the misdeed a sanction is for ("was convicted of taking bribes on
    Tuesday", "charged with stealing the car yesterday") dates the sanction: the parser hangs
    the day on the gerund, but news tells the day a verdict or a charge fell, the misdeed being
    older. A year or a month stays the misdeed's ("convicted of killing him in 2019")."""
    verb = preds[pi].anchor
    news_day = names_weekday(time.text) or bool(_NEWS_DAY_WORDS & set(time.text.lower().split()))
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or not news_day:
        return pi
    prep = head(idx, verb)
    governor = head(idx, prep) if prep is not None and prep.lower_ in ("of", "with", "for") else None
    sanction = owner.get(governor.i) if governor is not None else None
    if sanction is None or sanction in attached:
        return pi
    named = {preds[sanction].cls, preds[sanction].lemma}
    return sanction if named & lx.SANCTION_PREDICATES else pi


def _is_century(value: str) -> bool:
    """A century ("in the 21st century") sets an age, it dates no event."""
    found = period(value)
    return found is not None and found.granularity == "century"


# Clauses that happen when the clause they hang from does: "obtained it in April and published
# it", "unveiled it on Monday, saying ...".
SHARING_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp"})


def inherit_times(preds: list[Predicate], idx: DocIndex, attached: dict[int, int]) -> dict[int, int]:
    """For each undated verb predicate coordinated with or a participle of a dated one, that
    one's time."""
    by_anchor = {p.anchor.i: pi for pi, p in enumerate(preds)}
    out: dict[int, int] = {}
    for pi, p in enumerate(preds):
        if pi in attached or p.anchor.pos_ not in ("VERB", "AUX") or p.anchor.dep_ not in SHARING_DEPS:
            continue
        t: Token | None = p.anchor
        for _ in range(4):
            if t is None or t.dep_ not in SHARING_DEPS:
                break
            t = head(idx, t)
            governor = by_anchor.get(t.i) if t is not None else None
            if governor is not None and governor in attached:
                out[pi] = attached[governor]
                break
    return out


def occasions(preds: list[Predicate], idx: DocIndex) -> dict[int, int]:
    """Event nouns a clause happens during ("During his speech he stated ...", "at the ceremony,
    she said"): noun predicate -> the predicate of the clause its preposition hangs on. The two
    overlap, so the occasion is placed where the clause is."""
    by_anchor = {p.anchor.i: pi for pi, p in enumerate(preds)}
    out: dict[int, int] = {}
    for pi, p in enumerate(preds):
        noun = p.noun
        if noun is None or p.anchor is not noun or noun.dep_ != "pobj":
            continue
        prep = head(idx, noun)
        verb = head(idx, prep) if prep is not None and prep.lower_ in DURING_PREPS else None
        governor = by_anchor.get(verb.i) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
        if governor is None and verb is not None and verb.dep_ == "xcomp":
            # An infinitive with no statement of its own takes the occasion to the clause it
            # completes ("voted to close the schools at its meeting on Monday": the vote was
            # at the meeting; the parser hangs the phrase on "close").
            above = head(idx, verb)
            governor = by_anchor.get(above.i) if above is not None and above.pos_ in ("VERB", "AUX") else None
        if governor is not None and governor != pi:
            out[pi] = governor
    return out


def phases(preds: list[Predicate], idx: DocIndex) -> dict[int, int]:
    """Happenings of one sitting whose start or end a clause tells ("the meeting ended without
    agreement on Tuesday"): noun predicate -> the predicate of that clause, whose day is the
    happening's."""
    by_anchor = {p.anchor.i: pi for pi, p in enumerate(preds)}
    out: dict[int, int] = {}
    for pi, p in enumerate(preds):
        noun = p.noun
        if noun is None or p.anchor.i != noun.i or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if p.cls not in lx.SITTING_CLASSES:
            continue
        verb = head(idx, noun)
        governor = by_anchor.get(verb.i) if verb is not None else None
        if governor is None or governor == pi:
            continue
        if preds[governor].cls in lx.PHASE_CLASSES or verb.lemma_.lower() in lx.PHASE_VERBS:
            out[pi] = governor
    return out


DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def narrative_references(
    statements: list[Statement], times: list[TimeExpression], paragraphs: list[int], perfect: list[bool]
) -> None:
    """Give each anchored statement the day the narrative had reached: the latest earlier day
    in its paragraph named relative to the article's date ("yesterday", "on Friday"), when there
    is one. A new paragraph often moves on in time ("Officials told reporters ..."), so the day
    does not carry over; a present perfect ("has built", `perfect`) tells of now, not of that
    day."""
    latest: int | None = None
    for st, paragraph, previous, now in zip(statements, paragraphs, [-1, *paragraphs], perfect, strict=False):
        if paragraph != previous:
            latest = None
        if st.time is not None:
            tx = times[st.time]
            if tx.type == "DATE" and tx.anchor == "published_at" and DAY_VALUE.match(tx.value):
                latest = st.time
        elif st.anchored and st.reference is None and not now:
            st.reference = latest


def is_background(tok: Token, idx: DocIndex) -> bool:
    """A date that sets the scene rather than dates a statement: the object of "since" or
    "until" ("have not spoken since July" holds over a period; it reports no event in July)."""
    t: Token | None = tok
    while t is not None and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "prep" and t.lower_ in BACKGROUND_PREPS:
            return True
        t = head(idx, t)
    return False


def _time_owner(tok: Token, idx: DocIndex, owner: dict[int, int], preds: list[Predicate]) -> int | None:
    t: Token | None = tok
    while t is not None:
        if t.i in owner and t.i != tok.i:
            if _is_copula(preds[owner[t.i]]):
                return _copula_owner(t, idx, owner)
            return owner[t.i]
        if t.i != tok.i and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            if _describing_participle(t, tok):
                # "seized a ship loaded with grain in the Gulf on Wednesday": the parser hung the
                # day on the participle that describes the ship; the seizing is what it dates.
                t = head(idx, t)
                continue
            return _copula_owner(t, idx, owner)
        if _describes_thing(t, idx, owner):
            return None
        t = head(idx, t)
    return None


def _describing_participle(verb: Token, time: Token) -> bool:
    """A past participle with no statement of its own describing the object of a verb ("a ship
    loaded with grain"), with words of its own between it and the time: a day after them is the
    verb's ("a car stolen on Monday" keeps its day)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.dep_ in ("dobj", "obj")
        and any(
            c.dep_ in ("prep", "dobj", "agent") and verb.i < c.i and c.right_edge.i < time.i
            for c in verb.children
        )
    )


def _is_copula(pred: Predicate) -> bool:
    """A bare copula ("the name is X", "the watch is on track"): a state, not an event."""
    return pred.lemma == "be" and pred.noun is None


def _copula_owner(verb: Token, idx: DocIndex, owner: dict[int, int]) -> int | None:
    """A copula names no event: its date is that of the event its clause is about ("the flood
    was the result of a storm on May 2", "the vote was on Tuesday"). Any other clause without a
    statement takes the date with it."""
    return next((owner[n.i] for n in copula_event_nouns(verb, idx) if n.i in owner), None)


def _describes_thing(t: Token, idx: DocIndex, owner: dict[int, int]) -> bool:
    """`t` premodifies a noun that names no event of the clause ("violated the 1991 settlement",
    "Lego's 1970s logo", "its 2015 model"): the date tells which thing, not when the clause's
    event happened. A named event ("attended the 2014 World Cup") and an event the clause happens
    during ("joined them in an April 25 inspection") date the clause."""
    if t.dep_ not in NOUN_MODIFIER_DEPS:
        return False
    noun = head(idx, t)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i in owner or noun.i < t.i:
        return False
    group = idx.group_of[noun.i]
    if group >= 0 and idx.groups[group].type == "EVENT":
        return False
    return not _happens_during(noun, idx)


def _happens_during(noun: Token, idx: DocIndex) -> bool:
    """The noun names an occasion the clause happens in: the object of "in", "during", "at" and
    an event noun, an occasion or a nominalisation ("a media event", "an inspection")."""
    prep = head(idx, noun)
    if noun.dep_ != "pobj" or prep is None or prep.lower_ not in DURING_PREPS:
        return False
    return names_an_occasion(noun)


def times_compatible(a: TimeExpression, b: TimeExpression) -> bool:
    """True unless both times are known and no reading of one overlaps a reading of the other."""
    # The same reading of a value as the cross-article step's (quarters, seasons, weekends,
    # decades included), so an article never groups what the event store keeps apart.
    ra = [r for r in (period(a.value), period(a.alternative or "")) if r]
    rb = [r for r in (period(b.value), period(b.alternative or "")) if r]
    if not ra or not rb:
        return True
    return any(x.start <= y.end and y.start <= x.end for x in ra for y in rb)
