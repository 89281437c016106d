"""Reconcile one stored article with the corpus, inside its ingest transaction.

The write orchestration of the ingest path: it reads candidates through `store`, asks the pure
decisions in `reconcile`, and writes what they decide.

Entities: each in-article entity group is resolved to a stored entity (or creates one) through
indexed candidate look-ups and the shared `resolver.choose`. Events: each in-article event with
a date (or a claim about it) joins a stored event chosen by `events.match_event` among indexed
candidates, or creates one. Claims are stored against their events, and every touched event's
conflicts are re-detected and upserted by natural key.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict
from datetime import date
from urllib.parse import urlsplit

import asyncpg
import msgspec

from service.domain import DateInfo, EventMention, Source, StoredEvent
from service.pipeline import name_search, names
from service.pipeline.analyse import Prepared
from service.pipeline.dateline import dateline, opening_sentence, without_dateline
from service.pipeline.temporal.values import period
from service.pipeline.types import Analysis, EntityGroup, Statement
from service.reconcile import conflicts as conflict_rules
from service.reconcile import events as event_rules
from service.reconcile import propositions, resolver
from service.reconcile.summary import article_label
from service.store import conflicts as conflict_store
from service.store import entities as entity_store
from service.store import timeline as timeline_store
from service.store.articles import LEAD_CHARS


def date_info(value: str | None) -> DateInfo | None:
    found = period(value) if value else None
    if found is None:
        return None
    return DateInfo(value=found.value, granularity=found.granularity, start=found.start, end=found.end)


async def apply_article(conn: asyncpg.Connection, article_id: str, prepared: Prepared) -> None:
    analysis = prepared.analysis
    if not analysis.entities:
        # Nobody named: no entity and no timeline event, but what its sources say stays on
        # record ("Residents said the fire was started deliberately"), and may meet a claim of
        # its story in the same words.
        if analysis.claims or analysis.narrated:
            await store_claims(conn, article_id, prepared, {}, {})
        return
    seen = prepared.published_at
    entity_ids = await resolve_entities(conn, article_id, seen, analysis.entities)
    event_ids = await reconcile_events(conn, article_id, seen, analysis, entity_ids)
    await store_claims(conn, article_id, prepared, entity_ids, event_ids)
    for event_id in sorted(set(event_ids.values())):
        await refresh_conflicts(conn, event_id)


# -- entities -------------------------------------------------------------------------------


# The lowest score of a match on a name or transliteration key (resolver: 1.0 or 0.95); spelling
# similarity alone scores at most 0.94 (names.similarity), so it never outranks one.
KEY_MATCH = 0.95


async def resolve_entities(
    conn: asyncpg.Connection, article_id: str, seen: date | None, groups: list[EntityGroup]
) -> dict[int, str]:
    """Stored entity id for each in-article group (by index).

    Groups are resolved one after another, each seeing the entities the groups before it created
    or named anew (`touched`, in memory), as if every write went to the database at once; the
    key look-ups of all groups are one query, and the writes are a few statements at the end.
    """
    # Every name's lock at once, in one fixed order: taken one group at a time, two articles
    # naming the same two people in opposite orders deadlock.
    await entity_store.lock_keys(conn, [names.translit_key(g.name) for g in groups if g.mentions])
    incomings = resolver.incomings(groups)
    active = [i for i, group in enumerate(groups) if group.mentions]
    keys = {i: resolver.candidate_keys(incomings[i]) for i in active}
    stored = await key_candidates(conn, keys)
    contexts = _Contexts(conn)
    touched = resolver.MemoryIndex()
    created: list[resolver.Candidate] = []
    renamed: dict[str, str] = {}
    retyped: dict[str, str] = {}
    retyped_aliases: dict[str, list[str]] = {}  # the stored aliases of each retyped entity
    aliases: list[entity_store.AliasRow] = []
    resolved: dict[int, str] = {}
    for index in active:
        group, incoming = groups[index], incomings[index]
        # Key look-ups first (index equality, cheap at any size). A person matches only a person
        # sharing a family name key (resolver.match), so for people they find every candidate
        # that can be chosen. Anything else goes on to the spelling look-up only when no
        # candidate matches on a key: a key match outranks every spelling-only one.
        candidates = _with_touched(stored.get(index, []), touched.candidates(incoming))
        chosen, score = await _choose(incoming, candidates, contexts)
        if group.type != "PERSON" and (chosen is None or score < KEY_MATCH):
            found = await trigram_candidates(conn, keys[index])
            known = {c.id for c in stored.get(index, [])}
            candidates = _with_touched(
                stored.get(index, []) + [c for c in found if c.id not in known], touched.candidates(incoming)
            )
            chosen, score = await _choose(incoming, candidates, contexts)
        if chosen is None:
            entity = resolver.Candidate(id=str(uuid.uuid4()), name=group.name, type=group.type, aliases=[])
            created.append(entity)
            contexts.created(entity.id)
        else:
            entity = next(c for c in candidates if c.id == chosen)
            after = resolver.merged(entity, incoming)
            if after.name != entity.name:
                renamed[entity.id] = after.name
                entity = msgspec.structs.replace(entity, name=after.name)
            if after.type != entity.type:
                # The article's evidence retypes the entity (resolver.merged_type); it stays one.
                retyped[entity.id] = after.type
                retyped_aliases.setdefault(entity.id, list(entity.aliases))
                entity = msgspec.structs.replace(entity, type=after.type)
        spellings = [s for s in sorted({group.name, *group.aliases}) if s not in entity.aliases]
        aliases += _alias_rows(entity.id, entity.type, spellings)
        touched.put(msgspec.structs.replace(entity, aliases=[*entity.aliases, *spellings], context=[]))
        resolved[index] = entity.id
    await entity_store.create_many(
        conn, [(e.id, renamed.get(e.id, e.name), retyped.get(e.id, e.type)) for e in created]
    )
    new_ids = {e.id for e in created}
    for entity_id, name in renamed.items():
        if entity_id not in new_ids:
            await entity_store.rename(conn, entity_id, name)
    for entity_id, type_ in retyped.items():
        if entity_id not in new_ids:
            rows = _alias_rows(entity_id, type_, retyped_aliases[entity_id])
            await entity_store.retype(conn, entity_id, type_, rows)
    # Spellings this article adds to an entity it retyped later on are keyed for the final type.
    aliases = [
        _alias_rows(row.entity_id, retyped[row.entity_id], [row.alias])[0]
        if row.entity_id in retyped
        else row
        for row in aliases
    ]
    # Counts first: they lock every entity row in one order, which the aliases then append to.
    await _record_mentions(conn, article_id, seen, groups, resolved)
    await entity_store.add_aliases(conn, aliases)
    return resolved


def _candidate(row: asyncpg.Record) -> resolver.Candidate:
    return resolver.Candidate(
        id=row["id"],
        name=row["name"],
        type=row["type"],
        aliases=list(row["aliases"]),
        article_count=row["article_count"],
    )


async def key_candidates(
    conn: asyncpg.Connection, keys: dict[int, resolver.LookupKeys]
) -> dict[int, list[resolver.Candidate]]:
    """The stored candidates of every name, by index, from its name, translit, family and
    acronym keys (one query)."""
    probes = [
        (index, kind, value)
        for index, k in keys.items()
        for kind, values in zip(
            entity_store.KEY_KINDS, (k.names, k.translits, k.families, k.acronyms), strict=True
        )
        for value in values
    ]
    found: dict[int, list[resolver.Candidate]] = defaultdict(list)
    for row in await entity_store.candidates_by_keys(conn, probes):
        found[row["idx"]].append(_candidate(row))
    return found


async def trigram_candidates(conn: asyncpg.Connection, keys: resolver.LookupKeys) -> list[resolver.Candidate]:
    """Stored entities with a name whose trigram similarity to the incoming spellings (their
    transliteration keys taken together) is at least TRIGRAM_MIN, most similar first, at most
    CANDIDATE_LIMIT: search's bounded look-up through the word index (entity_store.search)."""
    query = name_search.Query.of_keys(keys.names[0] if keys.names else "", keys.translits)
    rows = await entity_store.search(
        conn, query, type_=None, limit=entity_store.CANDIDATE_LIMIT, min_score=resolver.TRIGRAM_MIN
    )
    return [_candidate(r) for r in rows]


def _with_touched(
    stored: list[resolver.Candidate], touched: list[resolver.Candidate]
) -> list[resolver.Candidate]:
    """The stored candidates with this article's changes: an entity the article already linked
    to or created stands as it is now (more names), new ones after the stored."""
    current = {c.id: c for c in touched}
    merged = [current.pop(c.id, c) for c in stored]
    return merged + list(current.values())


class _Contexts:
    """Co-occurring names of stored entities (entity_store.context_of), read once per article."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn
        self.known: dict[str, list[str]] = {}

    def created(self, entity_id: str) -> None:
        """An entity this article creates: in no stored article yet, so no context to read."""
        self.known[entity_id] = []

    async def fill(self, candidates: list[resolver.Candidate], needed: list[str]) -> None:
        """Set the candidates' context, reading that of the `needed` ones not read yet."""
        missing = sorted({i for i in needed if i not in self.known})
        if missing:
            found = await entity_store.context_of(self.conn, missing)
            for entity_id in missing:
                self.known[entity_id] = sorted(resolver.context_keys(found.get(entity_id, [])))
        for candidate in candidates:
            candidate.context = self.known.get(candidate.id, [])


async def _choose(
    incoming: resolver.Incoming, candidates: list[resolver.Candidate], contexts: _Contexts
) -> tuple[str | None, float]:
    """resolver.choose, with the context of the candidates it may consult read first."""
    found = resolver.matches(incoming, candidates)
    await contexts.fill(candidates, resolver.context_needed(found))
    chosen, score, _reason = resolver.decide(incoming, found)
    return chosen, score


def _alias_rows(entity_id: str, entity_type: str, spellings: list[str]) -> list[entity_store.AliasRow]:
    """Each spelling with the keys `resolver.entity_keys` gives a known entity."""
    person = entity_type == "PERSON"
    rows = []
    for alias in spellings:
        key = names.name_key(alias)
        if not key:
            continue
        translit = names.translit_key(alias)
        rows.append(
            entity_store.AliasRow(
                entity_id=entity_id,
                alias=alias,
                key=key,
                translit_key=translit,
                family_key=names.family_key(alias) if person else None,
                acronym_key=None if person else names.acronym_key(alias),
            )
        )
    return rows


async def _record_mentions(
    conn: asyncpg.Connection,
    article_id: str,
    seen: date | None,
    groups: list[EntityGroup],
    resolved: dict[int, str],
) -> None:
    counts: dict[str, int] = defaultdict(int)
    shown: dict[str, str] = {}
    mentions = []
    for index, entity_id in resolved.items():
        group = groups[index]
        counts[entity_id] += len(group.mentions)
        shown.setdefault(entity_id, group.name)
        mentions += [(entity_id, m.start, m.end, m.sentence, m.text) for m in group.mentions]
    links = [(entity_id, shown[entity_id], n) for entity_id, n in counts.items()]
    await entity_store.record_article(conn, article_id, seen, links, mentions)


# -- events ---------------------------------------------------------------------------------


def _event_groups(analysis: Analysis) -> dict[int, list[int]]:
    """In-article event id -> indexes of its statements (ungrouped statements stand alone)."""
    groups: dict[int, list[int]] = defaultdict(list)
    for index, statement in enumerate(analysis.statements):
        if not (statement.actual or statement.scheduled):
            continue  # plans and hypotheticals are no events, and claims about them attach to none
        groups[statement.event if statement.event >= 0 else -(index + 1)].append(index)
    return groups


def _claimed_statements(analysis: Analysis) -> set[int]:
    return {c.statement for c in analysis.claims if c.statement is not None}


def _time_of(analysis: Analysis, statement: Statement) -> tuple[DateInfo | None, DateInfo | None, str | None]:
    if statement.time is None:
        return None, None, None
    timex = analysis.time_expressions[statement.time]
    return date_info(timex.value), date_info(timex.alternative), timex.text


def _mention(
    article_id: str,
    published: date | None,
    analysis: Analysis,
    members: list[int],
    entity_ids: dict[int, str],
) -> EventMention:
    statements = [analysis.statements[i] for i in members]
    dated = [s for s in statements if _time_of(analysis, s)[0] is not None]
    lead = dated[0] if dated else statements[0]
    when, alternative, expression = _time_of(analysis, lead)
    participants = sorted({entity_ids[p] for s in statements for p in s.participants if p in entity_ids})
    # The outlet a report comes from and the owners of the things in it are shown with the event
    # like its places, never matched on.
    shown = [p for s in statements for p in [*s.places, *s.reporters, *s.owners]]
    places = sorted({entity_ids[p] for p in shown if p in entity_ids})
    anchored = None if dated else next((s for s in statements if s.anchored and s.polarity), None)
    return EventMention(
        article_id=article_id,
        published=published,
        predicate=lead.predicate,
        predicate_class=lead.predicate_class,
        participants=participants or places,
        date=when,
        alternative=alternative,
        sentence=lead.text,
        time_expression=expression,
        polarity=lead.polarity,
        anchored=anchored is not None,
        anchor_date=_anchor_date(analysis, anchored, published),
        # With no party named, the place stands in for one ("a blast in X killed ...").
        places=places if participants else [],
    )


def _speaker(analysis: Analysis, members: list[int], entity_ids: dict[int, str]) -> str | None:
    """Who speaks in a speech event: the organisation when one is named with its spokesperson
    ("ministry spokesman X said" and "the ministry said" are one voice), else the first participant."""
    lead = analysis.statements[members[0]]
    if lead.predicate_class != event_rules.STATEMENT_CLASS:
        return None
    speakers = [p for p in lead.participants if p in entity_ids]
    organisations = [p for p in speakers if analysis.entities[p].type == "ORG"]
    chosen = organisations[:1] or speakers[:1]
    return entity_ids[chosen[0]] if chosen else None


def _anchor_date(analysis: Analysis, statement: Statement | None, published: date | None) -> DateInfo | None:
    if statement is None:
        return None
    if statement.reference is not None:
        return date_info(analysis.time_expressions[statement.reference].value)
    return date_info(published.isoformat()) if published is not None else None


# How far from its article's date an undated event told as happening then may be.
ANCHORED_WINDOW_DAYS = 7


def _window(mention: EventMention) -> tuple[date | None, date | None]:
    if mention.date is not None:
        return mention.date.start, mention.date.end
    if mention.anchor_date is not None:  # told as happening on the narrative's day
        return mention.anchor_date.start, mention.anchor_date.end
    if mention.published is not None:  # undated: events around the article's own date
        return mention.published, mention.published
    return None, None


def _statement_days(mention: EventMention, start: date, end: date, window_days: int) -> list[date]:
    """The days a statement's stored event can be on to be the same one: a statement merges only
    into one by the same speaker on the day its date (or that date's second reading) names
    (event_rules.match_event), within the window the other classes search."""
    days = {d.start for d in (mention.date, mention.alternative) if d is not None and d.start == d.end}
    low, high = timeline_store.shifted(start, -window_days), timeline_store.shifted(end, window_days)
    return sorted(d for d in days if low <= d <= high)


async def _event_candidates(
    conn: asyncpg.Connection, mention: EventMention, speaker: str | None
) -> list[tuple[StoredEvent, str | None]]:
    """The stored events `event_rules.match_event` may merge the mention into, with their
    speakers. A statement's are only its speaker's of its day: the look-up reads those alone
    instead of every statement its participants made around that time, which grows with the
    corpus."""
    start, end = _window(mention)
    if start is None or end is None:
        return []
    # Told as happening at the article's date: only events of about that week.
    window_days = ANCHORED_WINDOW_DAYS if mention.anchored else 45
    if mention.predicate_class == event_rules.STATEMENT_CLASS:
        if speaker is None:
            return []  # an unknown speaker's statement merges into none
        return await timeline_store.statement_candidates(
            conn,
            predicate_class=mention.predicate_class,
            speaker_id=speaker,
            participants=mention.participants,
            days=_statement_days(mention, start, end, window_days),
        )
    if mention.date is not None:
        # A dated mention fits only an event whose period shares a day with its date or with
        # that date's second reading (event_rules.match_event): those events alone are read, not
        # every event of its participants in the weeks around it, which grow with the corpus.
        found: dict[str, tuple[StoredEvent, str | None]] = {}
        for when in (mention.date, mention.alternative):
            if when is None:
                continue
            for event, speaker_id in await timeline_store.candidates(
                conn,
                predicate_class=mention.predicate_class,
                participants=mention.participants,
                start=when.start,
                end=when.end,
                window_days=0,
            ):
                found.setdefault(event.id, (event, speaker_id))
        return list(found.values())
    return await timeline_store.candidates(
        conn,
        predicate_class=mention.predicate_class,
        participants=mention.participants,
        start=start,
        end=end,
        window_days=window_days,
    )


async def reconcile_events(
    conn: asyncpg.Connection,
    article_id: str,
    published: date | None,
    analysis: Analysis,
    entity_ids: dict[int, str],
) -> dict[int, str]:
    """Stored event id for each statement index that belongs to a stored event."""
    claimed = _claimed_statements(analysis)
    placed: dict[int, str] = {}
    todo = []
    for members in _event_groups(analysis).values():
        mention = _mention(article_id, published, analysis, members, entity_ids)
        if not mention.participants:
            continue
        if mention.date is None and not claimed.intersection(members) and not mention.anchored:
            continue  # an undated statement nobody argues about has no place on a timeline
        todo.append((members, mention))
    # Every class lock at once, in one fixed order (after the entity locks): one at a time, two
    # articles about a meeting and a call in opposite orders deadlock.
    await timeline_store.lock_classes(conn, [mention.predicate_class for _, mention in todo])
    for members, mention in todo:
        speaker = _speaker(analysis, members, entity_ids)
        found = await _event_candidates(conn, mention, speaker)
        candidates = [event for event, _ in found]
        event_id, _reason, _disputed_date = event_rules.match_event(
            mention, candidates, speaker=speaker, speakers={e.id: s for e, s in found if s}
        )
        # An undated event told as happening at the article's date starts there.
        founding = mention.date or mention.anchor_date
        if event_id is None:
            if founding is None:
                continue  # an undated claim with no event to attach to waits for none
            event_id = await timeline_store.create(
                conn, mention.predicate, mention.predicate_class, founding, mention.predicate, speaker
            )
            current: StoredEvent | None = None
        else:
            current = next(c for c in candidates if c.id == event_id)
        # Only a date the text gives refines a stored event's date, never the article's own.
        when = event_rules.merged_date(current.date, mention.date) if current else founding
        await timeline_store.add_participants(conn, event_id, mention.participants, mention.places)
        for index in members:
            statement = analysis.statements[index]
            s_when, s_alt, s_expr = _time_of(analysis, statement)
            await timeline_store.add_evidence(
                conn,
                event_id,
                article_id,
                sentence=statement.text,
                time_expression=s_expr,
                start=statement.start,
                end=statement.end,
                date_value=s_when.value if s_when else None,
                alternative_value=s_alt.value if s_alt else None,
                polarity=statement.polarity,
            )
            placed[index] = event_id
        participants = event_rules.named_parties(await timeline_store.participant_weights(conn, event_id))
        predicate = current.predicate if current else mention.predicate
        predicate_class = current.predicate_class if current else mention.predicate_class
        summary = event_rules.event_summary(
            predicate, sorted(participants.values()), when, predicate_class or ""
        )
        await timeline_store.update(conn, event_id, when, summary)
    return placed


# -- claims and conflicts -------------------------------------------------------------------


async def store_claims(
    conn: asyncpg.Connection,
    article_id: str,
    prepared: Prepared,
    entity_ids: dict[int, str],
    event_ids: dict[int, str],
) -> None:
    analysis = prepared.analysis
    rows = []
    own_voice: str | None = None
    if analysis.narrated or any(not c.claimant for c in analysis.claims):
        # A denial in the article's own words ("The photo is a hoax."), or a happening it
        # narrates ("A hiker was found alive by ..."): the outlet makes it.
        outlet = await conflict_store.article_outlet(conn, article_id)
        # The opening as `conflict_store.article_leads` reads it back: one article, one name.
        opening = prepared.cleaned.text[:LEAD_CHARS]
        own_voice = (
            outlet_name(outlet["source"], outlet["url"], outlet["title"], opening)
            if outlet is not None
            else outlet_name(None, None, prepared.title, opening)
        )
    # In text order (storage order is what "before the denial" reads), claims as they came.
    claims = sorted(
        [(c, False) for c in analysis.claims] + [(c, True) for c in analysis.narrated],
        key=lambda x: x[0].start,
    )
    for claim, narrated in claims:
        statement = analysis.statements[claim.statement] if claim.statement is not None else None
        when, alternative, _ = _time_of(analysis, statement) if statement else (None, None, None)
        quantity = statement.quantity if statement else None
        rows.append(
            (
                article_id,
                event_ids.get(claim.statement) if claim.statement is not None else None,
                claim.claimant or own_voice,
                entity_ids.get(claim.claimant_entity) if claim.claimant_entity is not None else None,
                claim.stance,
                claim.quote,
                claim.sentence,
                claim.start,
                claim.end,
                # A proposition guessed for "the report" says nothing of its own predicate.
                statement.predicate_class if statement and not claim.proposition_guessed else None,
                when.value if when else None,
                alternative.value if alternative else None,
                quantity.low if quantity else None,
                quantity.high if quantity else None,
                quantity.text if quantity else None,
                quantity.counted if quantity else None,
                entity_ids.get(claim.speaks_for) if claim.speaks_for is not None else None,
                narrated,
                claim.lead,
                # Who takes part in what the claim says, as the analysis resolved them ("the chief
                # executive", "he"): its sentence may not name them. none for a guessed proposition.
                sorted({entity_ids[p] for p in statement.participants if p in entity_ids})
                if statement and not claim.proposition_guessed
                else [],
                # About what will or would happen ("would not resign"): it meets plans only.
                statement is not None and statement.planned and not claim.proposition_guessed,
                # A deed said not to have been done: it answers another article's assertion of it.
                claim.contrary and not claim.proposition_guessed,
            )
        )
    await conflict_store.insert_claims(conn, rows)


def outlet_name(source: str | None, url: str | None, title: str | None, opening: str | None = None) -> str:
    """Who speaks when an article states something in its own voice: its outlet, else the
    site it came from, else the agency its dateline credits ("HARBORTON (Agency) - ..." in
    `opening`, the start of its text), else the article itself, named by its headline or else
    its first sentence after the dateline."""
    if source and source.strip():
        return source.strip()
    host = urlsplit(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    if opening and (agency := dateline(opening).agency):
        return agency
    if title and title.strip():
        return article_label(without_dateline(title))
    if opening and (first := opening_sentence(opening)):
        return article_label(first)
    return "an article with no headline or outlet"


async def refresh_propositions(conn: asyncpg.Connection, article_id: str) -> None:
    """Re-detect the existence reports over the propositions of the article's story (after the
    article is placed in one: a claim that could not meet any when it arrived meets the claims
    of later articles here)."""
    scope, article_ids = await conflict_store.story_scope(conn, article_id)
    claims = []
    for claim, row in await conflict_store.scope_claims(conn, article_ids):
        claim.date = date_info(row["date_value"])
        claims.append(
            propositions.ScopedClaim(
                claim=claim,
                event_id=row["event_id"],
                predicate_class=row["predicate_class"],
                participants=sorted(row["participants"]),
                seq=row["seq"],
                own_voice=row["own_voice"],
                lead=row["lead"],
                planned=row["planned"],
                contrary=row["contrary"],
            )
        )
    events = sorted({c.event_id for c in claims if c.event_id is not None})
    covered = await conflict_store.existence_events(conn, events) if events else set()
    # A story's claims can number thousands: the grouping runs off the event loop.
    drafts = await asyncio.to_thread(propositions.proposition_conflicts, scope, claims, covered)
    for draft in drafts:
        await conflict_store.upsert(conn, draft, scope_id=scope)
    await conflict_store.remove_stale_in_scope(
        conn, propositions.KEY_PREFIX, scope, article_ids, [d.key for d in drafts]
    )


async def refresh_conflicts(conn: asyncpg.Connection, event_id: str) -> None:
    event = await timeline_store.get_event(conn, event_id)
    if event is None:
        return
    participants = event_rules.named_parties(await timeline_store.participant_weights(conn, event_id))
    claims = []
    for claim, row in await conflict_store.claims_of_event(conn, event_id):
        claim.date = date_info(row["date_value"])
        claim.alternative = date_info(row["alternative_value"])
        claims.append(claim)
    reports = []
    rows = [r for r in await timeline_store.evidence_dates(conn, event_id) if date_info(r["date_value"])]
    # An article with no outlet or site is named by its dateline's agency, headline or opening.
    unnamed = [r["article_id"] for r in rows if not (r["source"] or r["url"])]
    leads = await conflict_store.article_leads(conn, unnamed) if unnamed else {}
    for row in rows:
        when = date_info(row["date_value"])
        if when is None:
            continue
        reports.append(
            conflict_rules.DatedReport(
                article_id=row["article_id"],
                source=Source(
                    name=outlet_name(row["source"], row["url"], row["title"], leads.get(row["article_id"]))
                ),
                date=when,
                alternative=date_info(row["alternative_value"]),
                quote=row["time_expression"] or "",
                sentence=row["sentence"],
            )
        )
    drafts = conflict_rules.detect_conflicts(event, participants, claims, reports)
    for draft in drafts:
        await conflict_store.upsert(conn, draft)
    await conflict_store.remove_stale(conn, event_id, [d.key for d in drafts])
