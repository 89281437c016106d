"""Which disagreements the claims about one stored event amount to: the pure decision.

`detect_conflicts` is re-run over every claim attached to an event whenever a new article
adds one, and returns the full set of reports for that event. Each report's `key` depends
only on its kind, the event and (for figures) the counted thing, so the store upserts on it:
a re-run updates a report, never duplicates it, and a report no longer returned is stale.

Precision comes first: a report is raised only when the positions cannot both be true.
Agreement in different words (a week and a day inside it, "at least six" and "five ... and
another man") is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

import msgspec

from service.domain import (
    ConflictDraft,
    DateInfo,
    EventClaim,
    EventMention,
    Evidence,
    Side,
    Source,
    Stance,
    StoredEvent,
)
from service.pipeline import lexicon as lx
from service.pipeline.terms import words
from service.reconcile.events import dates_compatible
from service.reconcile.figure_bounds import Bounds, hedged_bounds
from service.reconcile.summary import (
    describe_event,
    names_a_kind_of_event,
    quoted,
    source_names,
    stances_summary,
)

ConflictKind = Literal["existence", "date", "quantity"]
STANCE_ORDER: tuple[Stance, ...] = ("asserts", "denies", "declines_to_comment")
EXISTENCE_POSITION: dict[Stance, str] = {
    "asserts": "happened",
    "denies": "did not happen",
    "declines_to_comment": "no comment",
}


class DatedReport(msgspec.Struct, kw_only=True):
    """An article's own date for the event, in the outlet's voice (not an attributed claim).

    The outlet is the source here: it states the date itself. Build one per event mention
    with `report_from_mention`.
    """

    article_id: str
    source: Source
    date: DateInfo
    alternative: DateInfo | None = None
    quote: str = ""  # the time expression as written
    sentence: str = ""


def report_from_mention(mention: EventMention, outlet: Source) -> DatedReport | None:
    """The dated report an event mention makes, or None when it gives no date.

    A negated mention ("did not speak on Thursday") gives no date for the event, as a denial
    claim gives none.
    """
    if mention.date is None or not mention.polarity:
        return None
    return DatedReport(
        article_id=mention.article_id,
        source=outlet,
        date=mention.date,
        alternative=mention.alternative,
        quote=mention.time_expression or "",
        sentence=mention.sentence,
    )


def detect_conflicts(
    event: StoredEvent,
    participant_names: dict[str, str],
    claims: list[EventClaim],
    dated_reports: list[DatedReport] | None = None,
) -> list[ConflictDraft]:
    """Every conflict among the claims (and the articles' own dates) about one event.

    `participant_names` maps the participants the event's title names (`events.named_parties`)
    to display names; `claims` are all claims attached to this event (claims of other events
    never enter); `dated_reports` are the dates each article's mentions give the event.
    Returns at most one existence report, one date report and one quantity report per counted
    thing, in that order.
    """
    # Sorted: the store returns participants in no fixed order, and re-runs must read the same.
    names = sorted(participant_names[p] for p in set(event.participants) if p in participant_names)
    what = describe_event(event.predicate, event.predicate_class, names, event.date)
    undated = describe_event(event.predicate, event.predicate_class, names, None)
    found = [
        existence_conflict(event, what, claims),
        date_conflict(event, undated, claims, dated_reports or []),
    ]
    found.extend(quantity_conflicts(event, what, claims))
    return [draft for draft in found if draft is not None]


# --- shared pieces -------------------------------------------------------------------------


class _Entry(NamedTuple):
    """One source backing one position, with the words that show it."""

    source: Source
    evidence: Evidence


def _identity(source: Source, entity_by_name: dict[str, str]) -> str:
    """Who a source is: its entity id, or the entity its name (`_bare_name`) belongs to, else its
    name."""
    if source.entity_id:
        return f"id:{source.entity_id}"
    name = _bare_name(source.name)
    if name in entity_by_name:
        return f"id:{entity_by_name[name]}"
    described = _described_entity(source.name, entity_by_name)
    return f"id:{described}" if described else f"name:{name}"


# Words that, before a name closing a source's name, say the source is someone else of it: "a
# spokesman for Acme", "the head of Acme", "Orbis and Acme".
_OF_ANOTHER = frozenset({"of", "for", "at", "and", "to", "from", "with", "by", "in", "on", "near", "&"})


def _described_entity(name: str, entity_by_name: dict[str, str]) -> str | None:
    """The entity a source's name ends in after words that describe it ("Veskarian telecoms
    operator Acme" is Acme, as "Acme" is): the longest such name, after a word written in lower
    case that is no preposition or conjunction."""
    given = name.split()
    for k in range(1, len(given)):
        before, rest = given[k - 1], given[k:]
        if not before[:1].islower() or before.casefold() in _OF_ANOTHER or not rest[0][:1].isupper():
            continue
        found = entity_by_name.get(_bare_name(" ".join(rest)))
        if found is not None:
            return found
    return None


# A possessive's "'s", dropped from names as compared.
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def _bare_name(name: str) -> str:
    """A name as compared: case folded, without a leading "the" ("The X Union" is "X Union")
    nor a possessive's "'s" ("Kestrany's coastguard" is "Kestrany coastguard", as one reading
    of a text names it and another does not)."""
    folded = _POSSESSIVE.sub("", name.casefold().strip())
    return folded[4:].lstrip() if folded.startswith("the ") else folded


def _entity_by_name(sources: Iterable[Source]) -> dict[str, str]:
    """Names that belong to exactly one entity id, so an unresolved mention of it joins it."""
    seen: dict[str, set[str]] = {}
    for s in sources:
        if s.entity_id:
            seen.setdefault(_bare_name(s.name), set()).add(s.entity_id)
    return {name: next(iter(ids)) for name, ids in seen.items() if len(ids) == 1}


def _display(sources: list[Source]) -> Source:
    """One Source for one claimant named several ways: the fullest name, then the first by text."""
    return sorted(sources, key=lambda s: (-len(s.name), s.name, s.entity_id or ""))[0]


def _side(position: str, stance: Stance, entries: list[_Entry], entity_by_name: dict[str, str]) -> Side:
    """A side with distinct sources sorted by name and distinct evidence sorted by article."""
    by_identity: dict[str, list[Source]] = {}
    for entry in entries:
        by_identity.setdefault(_identity(entry.source, entity_by_name), []).append(entry.source)
    sources = sorted(
        (_display(group) for group in by_identity.values()),
        key=lambda s: (s.name.casefold(), s.name, s.entity_id or ""),
    )
    unique = {(e.evidence.article_id, e.evidence.quote, e.evidence.sentence) for e in entries}
    evidence = [Evidence(article_id=a, quote=q, sentence=s) for a, q, s in sorted(unique)]
    return Side(position=position, stance=stance, sources=sources, evidence=evidence)


def _claim_entry(claim: EventClaim) -> _Entry:
    # The claimant is the original speaker; the outlet relaying the claim is deliberately absent.
    evidence = Evidence(article_id=claim.article_id, quote=claim.quote, sentence=claim.sentence)
    return _Entry(claim.claimant, evidence)


def conflict_key(kind: ConflictKind, event_id: str, subject: str = "") -> str:
    """The report's natural key: kind, event and (for figures) the counted thing, never the claims."""
    return f"{kind}:{event_id}:{subject}" if subject else f"{kind}:{event_id}"


def report_entity_ids(
    participants: list[str], sides: list[Side], claims: Iterable[EventClaim] = ()
) -> list[str]:
    """A report's entities: the parties of what it is about, then its sources, then the
    organisations its named sources hold an office in ("X, chief executive of Acme")."""
    claimant_ids = sorted({s.entity_id for side in sides for s in side.sources if s.entity_id})
    spoken_for = sorted({c.speaks_for for c in claims if c.speaks_for})
    out = list(participants)
    for e in claimant_ids + spoken_for:
        if e not in out:
            out.append(e)
    return out


def _draft(
    event: StoredEvent,
    kind: ConflictKind,
    summary: str,
    sides: list[Side],
    subject: str = "",
    claims: Iterable[EventClaim] = (),
) -> ConflictDraft:
    entity_ids = report_entity_ids(sorted(set(event.participants)), sides, claims)
    article_ids = sorted({e.article_id for side in sides for e in side.evidence})
    return ConflictDraft(
        key=conflict_key(kind, event.id, subject),
        kind=kind,
        event_id=event.id,
        summary=summary,
        sides=sides,
        entity_ids=entity_ids,
        article_ids=article_ids,
    )


# --- existence -----------------------------------------------------------------------------


# How long before a contrary account's article a deed may be dated and still be what it answers.
CONTRARY_WINDOW_DAYS = 7


def existence_conflict(event: StoredEvent, what: str, claims: list[EventClaim]) -> ConflictDraft | None:
    """Some claimants say the event happened and other claimants deny it.

    Only asserts + denies by different claimants is a conflict: outlets repeating one denial
    agree, and declining to comment contradicts nobody. A claimant who both asserts and
    denies is listed on both sides (both statements are on the record) but cannot by itself
    make a conflict. A denial carrying a figure disputes the figure, not the event.
    """
    entity_by_name = _entity_by_name(c.claimant for c in claims)
    claims = _contrary_read(claims, entity_by_name)
    by_stance: dict[Stance, list[_Entry]] = {}
    for claim in claims:
        if not _denies_a_figure(claim):
            by_stance.setdefault(claim.stance, []).append(_claim_entry(claim))
    asserters = {_identity(e.source, entity_by_name) for e in by_stance.get("asserts", [])}
    deniers = {_identity(e.source, entity_by_name) for e in by_stance.get("denies", [])}
    if not asserters or not deniers or (len(asserters | deniers) < 2):
        return None
    sides = [
        _side(EXISTENCE_POSITION[stance], stance, by_stance[stance], entity_by_name)
        for stance in STANCE_ORDER
        if stance in by_stance
    ]
    sided = [c for c in claims if not _denies_a_figure(c)]
    if names_a_kind_of_event(event.predicate, event.predicate_class):
        summary = _existence_summary(what, sides)
    else:
        # "took money from a lobbying firm" reads as itself, not as "the take involving X".
        first = next(c for c in sided if c.stance == "asserts")
        summary = stances_summary(quoted(first.quote), sides)
    return _draft(event, "existence", summary, sides, claims=sided)


def _contrary_read(claims: list[EventClaim], entity_by_name: dict[str, str]) -> list[EventClaim]:
    """A contrary account ("she remains in her post") denies the event where another claimant
    of another article asserts it, and stands on no side where none does: it never says the
    event happened."""
    asserted = [c for c in claims if c.stance == "asserts" and not c.contrary]
    out = []
    for c in claims:
        if not (c.contrary and c.stance == "asserts"):
            out.append(c)
        elif contrary_answers(c, asserted, entity_by_name):
            out.append(msgspec.structs.replace(c, stance="denies"))
    return out


def contrary_answers(
    contrary: EventClaim, asserted: Iterable[EventClaim], entity_by_name: dict[str, str]
) -> bool:
    """Whether a contrary account answers one of the assertions of its deed: one made in another
    article, by another claimant, and not dated well before it (`contrary_in_time`). One source
    telling both in one article corrects itself."""
    who = _identity(contrary.claimant, entity_by_name)
    return any(
        a.article_id != contrary.article_id
        and _identity(a.claimant, entity_by_name) != who
        and contrary_in_time(contrary, a)
        for a in asserted
    )


def contrary_in_time(contrary: EventClaim, asserted: EventClaim) -> bool:
    """Whether a contrary account can answer an assertion in time: unless the deed is dated more
    than CONTRARY_WINDOW_DAYS before the contrary account's article. "The Harlow shop remains
    open" answers "the chain has closed its shops" of that week, not "closed its Dorset shop
    last month": a state now says nothing of a deed before it, which may have been undone."""
    if asserted.date is None or contrary.published is None:
        return True
    return (contrary.published - asserted.date.end).days <= CONTRARY_WINDOW_DAYS


def _denies_a_figure(claim: EventClaim) -> bool:
    """ "X denied that 50 were killed" disputes the count, not that the attack took place. Not a
    denial whose own words give no figure ("This is a complete fabrication", pointing at a claim
    that 14 were killed), nor one of a report as a whole ("dismissed as propaganda a claim that
    its fighters had killed 14 soldiers in an ambush"): those deny the happening."""
    if claim.stance != "denies":
        return False
    if _names_a_tally(claim.quote):
        return True  # "rejected the union's figure as baseless": the count, not the happening
    if claim.quantity_low is None:
        return False
    if claim.quantity_text and claim.quantity_text.casefold() not in claim.quote.casefold():
        return False
    return not opens_with_a_report(claim.quote)


# Nouns of a count as a whole: a denial that names one ("the union's figure", "the toll") and
# little else disputes the number.
TALLY_WORDS = frozenset({"figure", "figures", "toll", "tally", "count", "numbers", "estimate", "estimates"})
# Most words such a pointer at a count has.
TALLY_POINTER_WORDS = 6


def _names_a_tally(quote: str) -> bool:
    found = words(quote)
    return len(found) <= TALLY_POINTER_WORDS and any(w in TALLY_WORDS for w in found)


# Report nouns with their plural "s" dropped ("stories" as "storie"), as words are compared.
REPORT_STEMS = frozenset(n.rstrip("s") for n in lx.REPORT_NOUNS) | {"rumor", "rumour", "storie"}


def opens_with_a_report(quote: str) -> bool:
    """A quote that opens with a report noun ("a claim by the rebels that ...", "reports that
    ..."): what it says is of the report as a whole."""
    return any(w.rstrip("s") in REPORT_STEMS for w in words(quote)[:3])


def _existence_summary(what: str, sides: list[Side]) -> str:
    """'A and B say the meeting between X and Y on D happened; C denies it; E declines to comment.'"""
    return stances_summary(f"{what} happened", sides)


# --- date ----------------------------------------------------------------------------------


class _DatedEntry(NamedTuple):
    date: DateInfo
    entry: _Entry


def _dated_entries(claims: list[EventClaim], reports: list[DatedReport]) -> list[_DatedEntry]:
    """Every date given for the event, with who gives it.

    Only asserting claims date the event (a denial of "the call on the 7th" gives no date for
    a call). A text whose alternative contradicts its own date ("Thursday, 7 October" when
    the 7th is a Monday) gives both dates: its own words support each.
    """
    found: list[_DatedEntry] = []
    for claim in claims:
        if claim.stance == "asserts" and claim.date is not None:
            found.extend(_with_alternative(claim.date, claim.alternative, _claim_entry(claim)))
    for report in reports:
        evidence = Evidence(article_id=report.article_id, quote=report.quote, sentence=report.sentence)
        found.extend(_with_alternative(report.date, report.alternative, _Entry(report.source, evidence)))
    return found


def _with_alternative(date: DateInfo, alternative: DateInfo | None, entry: _Entry) -> list[_DatedEntry]:
    dated = [_DatedEntry(date, entry)]
    if alternative is not None and not dates_compatible(date, alternative):
        dated.append(_DatedEntry(alternative, entry))
    return dated


def _date_groups(dated: list[_DatedEntry]) -> list[tuple[DateInfo, list[_Entry]]]:
    """Dates grouped into positions that cannot all be true together.

    The most precise dates found the positions; a wider date joins the one position it is
    compatible with (a week backing the day inside it). A wider date compatible with several
    positions takes no side (it contradicts none of them); one compatible with none is a
    position of its own.
    """
    ordered = sorted(dated, key=lambda d: ((d.date.end - d.date.start).days, d.date.start, d.date.value))
    groups: list[tuple[DateInfo, list[_Entry]]] = []
    for item in ordered:
        fitting = [g for g in groups if dates_compatible(g[0], item.date)]
        if not fitting:
            groups.append((item.date, [item.entry]))
        elif len(fitting) == 1:
            fitting[0][1].append(item.entry)
    return groups


def date_conflict(
    event: StoredEvent, what: str, claims: list[EventClaim], reports: list[DatedReport]
) -> ConflictDraft | None:
    """The event is given dates that cannot all be true (different days, or a text against itself)."""
    groups = _date_groups(_dated_entries(claims, reports))
    if len(groups) < 2:
        return None
    entity_by_name = _entity_by_name(e.source for _, entries in groups for e in entries)
    sides = [_side(date.value, "asserts", entries, entity_by_name) for date, entries in groups]
    # Best-supported date first; ties by date, so the order is stable across re-runs.
    starts = {date.value: date.start for date, _ in groups}
    sides.sort(key=lambda s: (-len(s.sources), starts[s.position], s.position))
    listed = " vs ".join(f"{s.position} ({source_names(s.sources)})" for s in sides)
    summary = f"Sources disagree on the date of {what}: {listed}."
    return _draft(event, "date", summary, sides)


# --- quantity ------------------------------------------------------------------------------


class _Figure(NamedTuple):
    interval: Bounds
    text: str
    entries: list[_Entry]


def _quantity_claims(claims: list[EventClaim]) -> dict[str, list[EventClaim]]:
    """Asserted figures grouped by what they count (a denied figure states no count)."""
    grouped: dict[str, list[EventClaim]] = {}
    for claim in claims:
        if claim.stance == "asserts" and claim.counted and claim.quantity_low is not None:
            grouped.setdefault(claim.counted, []).append(claim)
    return grouped


def _figure_text(claim: EventClaim) -> str:
    if claim.quantity_text:
        return claim.quantity_text
    low = f"{claim.quantity_low:g}"
    if claim.quantity_high is None:
        return f"at least {low}"
    return low if claim.quantity_high == claim.quantity_low else f"{low}-{claim.quantity_high:g}"


def _article_figure(claims: list[EventClaim]) -> _Figure:
    """One article's figure for one counted thing, its parts combined.

    Several figures in one article may be parts ("five killed in A", "another man killed
    in B": six in all) or the same count restated. Either reading is allowed: from the
    largest single low bound to the sum of the high bounds, so no reading makes a false
    conflict. Identical claims stored twice (same figure, same sentence) count once. Each is
    read with its hedge as the story's figures are (`figure_bounds`); a lone figure keeps its
    open ends ("more than 200" leaves 200 out), parts combined are read closed.
    """
    distinct = {
        (c.quantity_low, c.quantity_high, _figure_text(c), c.sentence): c
        for c in sorted(claims, key=lambda c: (c.sentence, _figure_text(c), c.claim_id))
    }
    parts = list(distinct.values())
    intervals = [hedged_bounds(c.quantity_low or 0.0, c.quantity_high, _figure_text(c)) for c in parts]
    if len(intervals) == 1:
        interval = intervals[0]
    else:
        highs = [i.high for i in intervals]
        total_high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
        interval = Bounds(max(i.low for i in intervals), total_high)
    text = " + ".join(_figure_text(c) for c in parts)
    return _Figure(interval, text, [_claim_entry(c) for c in claims])


def _figures(claims: list[EventClaim]) -> list[_Figure]:
    """Figures per article, then articles giving the same interval joined as one position."""
    by_article: dict[str, list[EventClaim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article_id, []).append(claim)
    merged: dict[Bounds, _Figure] = {}
    for article_id in sorted(by_article):
        figure = _article_figure(by_article[article_id])
        if figure.interval in merged:
            known = merged[figure.interval]
            # The same figure in other words ("6", "six"): keep the first text by sort order.
            text = min(known.text, figure.text)
            merged[figure.interval] = _Figure(figure.interval, text, known.entries + figure.entries)
        else:
            merged[figure.interval] = figure
    return list(merged.values())


def _counted_phrase(counted: str) -> str:
    """'kill:people' reads as 'people (kill)'; a plain lemma stays as it is."""
    verb, _, thing = counted.partition(":")
    return f"{thing} ({verb})" if thing else counted


def quantity_conflicts(event: StoredEvent, what: str, claims: list[EventClaim]) -> list[ConflictDraft]:
    """For each counted thing, figures whose intervals cannot both be true."""
    drafts = []
    for counted, group in sorted(_quantity_claims(claims).items()):
        figures = _figures(group)
        clash = any(not a.interval.meets(b.interval) for i, a in enumerate(figures) for b in figures[i + 1 :])
        if not clash:
            continue
        entity_by_name = _entity_by_name(e.source for f in figures for e in f.entries)
        ordered = sorted(figures, key=lambda f: (f.interval.low, f.interval.high or float("inf"), f.text))
        sides = [_side(f.text, "asserts", f.entries, entity_by_name) for f in ordered]
        listed = " vs ".join(f"{s.position} ({source_names(s.sources)})" for s in sides)
        summary = f"Sources disagree on the number of {_counted_phrase(counted)} in {what}: {listed}."
        drafts.append(_draft(event, "quantity", summary, sides, subject=counted))
    return drafts
