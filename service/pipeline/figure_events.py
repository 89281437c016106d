"""Dated figures as timeline events: a source that puts a figure on a count of people on a day
publishes a report the timeline holds ("According to the Harbor Times today, the dead and missing
from the Velmar flood number 1,240", "The ministry on Tuesday put the death toll at 85").

A sentence becomes such an event only when all of these hold:
- it gives a figure (a number that is no date, percentage or time) for people befallen by
  something: dead, injured, missing, displaced, arrested, casualties, or a toll;
- a named entity of any type gives it: "according to X" (read from the words, whatever the parse
  made the sentence's root: the small model often hangs such a sentence on the figure's noun), or
  the named subject of the verb that gives the figure ("X put the toll at 85", "X said ...");
- the sentence names a day (a date or "today") attached to the report: to the giving verb or its
  source, or, with "according to", to the sentence's head unless that head is the counted
  happening itself ("were killed on Monday" dates the deaths, not the report);
- it is no forecast ("could rise to", "is expected to reach").

The event's parties are the source and the entities the sentence names besides it (the disaster
counted, "the missing from the X flood"); its places are where. One source's reports on one day
in one article are one event; across articles they merge like any event of a class (same class,
shared parties, the same day).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from service.pipeline.figure_words import AUTHORITY_VERBS
from service.pipeline.reported_figures import category_of, figure_spans, modal_or_negated
from service.pipeline.statements.events import DAY
from service.pipeline.statements.figures import parse_figure
from service.pipeline.types import EntityGroup, Statement, TimeExpression

REPORT_PREDICATE = "report"
# The class of a source's dated figure: a report of a tally, apart from its speech acts.
REPORT_CLASS = "tally"
# What a figure must count to be news of a happening: people befallen by it.
PEOPLE_COUNTS = frozenset(
    {"dead", "injured", "hospitalised", "missing", "displaced", "arrested", "casualties"}
)
# Words that make a figure a forecast rather than a report.
FORECAST_LEMMAS = frozenset({"expect", "forecast", "predict", "project", "anticipate", "fear"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Nationalities qualify a party ("Ostrian officials") without being one.
_NOT_PARTIES = frozenset({"NORP"})


def figure_reports(
    doc: Doc,
    groups: list[EntityGroup],
    group_of: list[int],
    times: list[TimeExpression],
    statements: list[Statement],
) -> list[Statement]:
    """The report events of one text's dated, sourced figures, numbered after `statements`'
    in-article events; a statement already read for the source's dated act becomes the report.
    `group_of` maps each token to its entity group (-1 for none), as `DocIndex.group_of` does.
    Time words inside names are no times here: the tagger never gives them."""
    next_event = max((s.event for s in statements), default=-1) + 1
    by_key: dict[tuple[int, str], int] = {}
    found: list[Statement] = []
    for s_index, sent in enumerate(doc.sents):
        if not _counts_people(sent) or _forecast(sent):
            continue
        spans = [s for s in figure_spans(sent) if parse_figure(s.text) is not None]
        if not spans or all(modal_or_negated(s) for s in spans):
            continue
        source = _source(sent, groups, group_of)
        if source is None:
            continue
        group, anchor, attribution = source
        ti = _report_time(sent, times, anchor, attribution)
        if ti is None:
            continue
        parties, places = _named_in(sent, groups, group, times)
        key = (group, times[ti].value[:10])
        if key not in by_key:
            by_key[key] = next_event
            next_event += 1
        # The source's dated act read as a statement already ("X said on Friday ...", "X on
        # Tuesday put the toll at 85") is this report: it becomes one, with the parties counted.
        giving = next(
            (
                s
                for s in statements
                if s.sentence == s_index and s.time == ti and s.actual and group in s.participants
            ),
            None,
        )
        if giving is not None:
            giving.predicate_class = REPORT_CLASS
            giving.participants = [
                *giving.participants,
                *(p for p in parties if p not in giving.participants),
            ]
            giving.places = [*giving.places, *(p for p in places if p not in giving.places)]
            giving.event = by_key[key]
            continue
        found.append(
            Statement(
                sentence=s_index,
                start=sent.start_char,
                end=sent.start_char + len(sent.text.rstrip()),
                predicate=REPORT_PREDICATE,
                predicate_class=REPORT_CLASS,
                participants=[group, *parties],
                time=ti,
                text=sent.text.strip(),
                event=by_key[key],
                places=places,
            )
        )
    return found


def _counts_people(sent: Span) -> bool:
    return any(category_of(t) in PEOPLE_COUNTS or t.lemma_.lower() == "toll" for t in sent)


def _forecast(sent: Span) -> bool:
    return any(t.tag_ == "MD" or t.lemma_.lower() in FORECAST_LEMMAS for t in sent)


def _source(
    sent: Span, groups: list[EntityGroup], group_of: list[int]
) -> tuple[int, Token, list[Token]] | None:
    """(entity group, the token the report hangs on, the words of "according to ..." up to the
    next punctuation, empty for another source) of the named source that gives the sentence's
    figure, or None."""
    toks = list(sent)
    for i, t in enumerate(toks[:-1]):
        if t.lower_ != "according" or toks[i + 1].lower_ != "to":
            continue
        to = toks[i + 1]
        # The named phrase after "to", up to the next punctuation: its head by the parse when the
        # parse has one, else its last name.
        phrase = []
        for u in toks[i + 2 :]:
            if u.is_punct:
                break
            phrase.append(u)
        heads = [c for c in to.children if c.dep_ == "pobj" and c in phrase]
        for tok in [*heads, *reversed(phrase)]:
            group = group_of[tok.i] if group_of[tok.i] >= 0 else None
            if group is not None and groups[group].type not in _NOT_PARTIES:
                return group, t, toks[i : i + 2 + len(phrase)]
        return None
    for t in toks:
        if t.pos_ != "VERB" or t.lemma_.lower() not in AUTHORITY_VERBS:
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        group = group_of[subject.i] if group_of[subject.i] >= 0 else None
        if group is not None and groups[group].type not in _NOT_PARTIES:
            return group, t, []
    return None


def _report_time(
    sent: Span, times: list[TimeExpression], anchor: Token, attribution: list[Token]
) -> int | None:
    """The index of the day the sentence dates the report to, or None. With "according to X":
    a day inside its words ("according to X today,"), whatever the parse made of them, or one
    hung on what the attribution hangs on or on the sentence's head, unless that head is the
    counted happening itself ("were killed on Monday"). Else a day hung on the giving verb."""
    hosts = {anchor.i}
    if attribution:
        hosts.update(t.i for t in (anchor.head, sent.root) if not _is_happening(t))
    lo = attribution[0].idx if attribution else -1
    hi = attribution[-1].idx + len(attribution[-1].text) if attribution else -1
    for ti, tx in enumerate(times):
        if not (sent.start_char <= tx.start < sent.end_char):
            continue
        if tx.type != "DATE" or not DAY.match(tx.value):
            continue
        if lo <= tx.start and tx.end <= hi:
            return ti
        inside = [t for t in sent if tx.start <= t.idx < tx.end]
        if not inside:
            continue
        # The time's head, then what it hangs on, through a preposition ("on Tuesday").
        head = next((t for t in inside if not (tx.start <= t.head.idx < tx.end) or t.head is t), inside[-1])
        host = head.head
        if host.pos_ == "ADP" and host.head is not host:
            host = host.head
        if host.i in hosts:
            return ti
    return None


def _is_happening(tok: Token) -> bool:
    """A verb of what the figure counts ("killed", "arrested"): a date on it dates that."""
    return tok.pos_ == "VERB" and category_of(tok) is not None


def _named_in(
    sent: Span, groups: list[EntityGroup], source: int, times: list[TimeExpression]
) -> tuple[list[int], list[int]]:
    """(parties, places): the entities the sentence names besides its source."""
    spans = [(tx.start, tx.end) for tx in times]
    parties: list[int] = []
    places: list[int] = []
    for gi, g in enumerate(groups):
        if gi == source or g.type in _NOT_PARTIES:
            continue
        inside = [
            m
            for m in g.mentions
            if sent.start_char <= m.start
            and m.end <= sent.end_char
            and not any(a <= m.start < b for a, b in spans)
        ]
        if inside:
            (places if g.type in _PLACE_TYPES else parties).append(gi)
    return parties, places
