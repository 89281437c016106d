"""Cross-article entity resolution: the pure decision, shared by the database layer and MemoryIndex.

An article's entity group (`Incoming`) is looked up by keys (`candidate_keys`) in an index of
known entities, each stored under `entity_keys` of its names; `choose` decides among what the
look-up returns. The database implements the same look-ups in SQL with the same keys, so both
decide alike. Precision first: when the evidence does not single out one entity, keep apart.

Rules, in order:
1. Types must be compatible: PERSON only with PERSON, NORP only with NORP, GPE with LOC; FAC may
   meet ORG or a place only on an exact name (the White House as building or as office).
2. People: a full name matches a full name when the family names fold to the same key and the
   first given names are the same or spellings of one name (Aleksandr/Oleksandr); different given names
   (Joe/Anna) rule the candidate out, even if they share a family-name alias. A one-word name
   (a surname) matches a person with that family name only when exactly one candidate person has
   it, or the article's other entities clearly point to one; otherwise it joins the one existing
   entity of exactly that one-word name if there is one (the "unresolved Smith"), else stays new.
3. Other types are identified by their full names: the incoming full name among the candidate's
   full forms (or the other way round), by name key or transliteration key ("Odessa"/"Odesa"), or
   for long names of one type a spelling similarity of at least FUZZY_AT (names.similarity) or a
   spelling that differs only in vowels, letter for letter ("Al-Marzeda"/"Al-Marzida"). Two
   different multi-word names conflict even if both articles also used one short form ("Acme
   Corps" and "Acme Inc." both saying "Acme"). A one-word name meets a candidate's short form or
   acronym ("UN"/"United Nations") only as a "short" match, which, like a surname, needs to be the
   only one of its kind. A facility's name with and without the lowercase words that say its kind
   ("Xville mine", which "the mine in Xville" names, and "Xville coal mine") is one facility: the
   same proper name and facility noun, the fewer such words among the more, in order, and no other
   form of either naming a different kind ("Xville gold mine").
4. Ties go to the candidate sharing more co-occurring entities, then to the one in more articles.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable

import msgspec

from service.pipeline import entity_types, names, org_names, places
from service.pipeline.types import EntityGroup
from service.pipeline.wordlists import FACILITY_NOUNS

MERGE_AT = 0.85  # choose() links only at or above this score
FUZZY_AT = 0.92  # spelling similarity that identifies two long non-person names
FUZZY_MIN_CHARS = 8  # shorter names differ by a letter too often (Iran/Iraq, Niger/Nigeria)
TRIGRAM_MIN = 0.45  # pg_trgm similarity for a fuzzy look-up to return a candidate
CONTEXT_MIN = 2  # shared co-occurring entities needed for context to decide an ambiguous name

PLACES = frozenset({"GPE", "LOC"})
# Types the model gives one brand from article to article: a product, the service or company it
# names, and (for names that are no words of English) a group ("Widgetpod" as ORG, PRODUCT, NORP).
BRAND_TYPES = frozenset({"ORG", "PRODUCT", "NORP"})
# Hazards reported as one disaster: an undersea earthquake raises the tsunami it is named with
# ("the Xland Sea earthquake and tsunami"), so the place's earthquake and its tsunami are one event.
_HAZARD_KIND = {"earthquake": "earthquake", "quake": "earthquake", "tsunami": "earthquake"}


class Candidate(msgspec.Struct, kw_only=True):
    """A known entity as the store returns it for a look-up."""

    id: str
    name: str
    type: str
    aliases: list[str] = []
    # context_keys() of the entities that co-occurred with it in its articles.
    context: list[str] = []
    article_count: int = 0


class Incoming(msgspec.Struct, kw_only=True):
    """One article's entity group to resolve."""

    name: str
    type: str
    aliases: list[str] = []
    context: list[str] = []  # names of the other entities of the same article


class LookupKeys(msgspec.Struct, kw_only=True):
    """Keys of an entity's names, by kind: an index maps each (kind, key) to entity ids."""

    names: list[str]  # names.name_key of every name
    translits: list[str]  # names.translit_key of every name
    families: list[str]  # names.family_key of every name, people only
    acronyms: list[str]  # names.acronym_key of every name, not for people


class Match(msgspec.Struct, frozen=True):
    """How one candidate relates to the incoming entity."""

    candidate: Candidate
    kind: str  # exact | variant | fuzzy | short | conflict
    score: float
    reason: str


STRONG = frozenset({"exact", "variant", "fuzzy"})


def compatible(a: str, b: str) -> bool:
    """Whether entities of types a and b may be one entity (on any evidence)."""
    return a == b or (a in PLACES and b in PLACES) or ("FAC" in {a, b} and bool({a, b} & {"ORG", *PLACES}))


def _all_names(name: str, aliases: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(n for n in [name, *aliases] if names.name_key(n)))


def entity_keys(name: str, type_: str, aliases: Iterable[str]) -> LookupKeys:
    """The keys to index a known entity under."""
    all_names = _all_names(name, aliases)
    person = type_ == "PERSON"
    if type_ in PLACES:
        # Every form of a country is looked up under its common name, which its entity holds
        # (the pipeline names a country entity by it).
        codes = {c for n in all_names if (c := places.country(n))}
        all_names += [places.country_name(c) for c in sorted(codes)]
    if type_ == "EVENT":
        # Stored names are keyed as written, so a disaster is looked up under each hazard word
        # its other names may use ("Xland Sea earthquake" finds "Xland Sea Tsunami").
        all_names += [v for n in all_names for v in _disaster_forms(n)]
    families = list(dict.fromkeys(names.family_key(n) for n in all_names)) if person else []
    acronyms = [] if person else list(dict.fromkeys(a for n in all_names for a in _acronym_keys(n)))
    return LookupKeys(
        names=list(dict.fromkeys(names.name_key(n) for n in all_names)),
        translits=list(dict.fromkeys(names.translit_key(n) for n in all_names)),
        families=families,
        acronyms=acronyms,
    )


def disaster_key(name: str) -> str:
    """A named disaster as place and kind of hazard ("the 2004 Xland Sea Tsunami" -> "xland sea
    earthquake"), so the forms of one event meet: the year, the article and the hazard's word
    aside. Empty when the name ends in no coupled hazard or names no place before it."""
    words = names.name_key(name).split()
    if len(words) < 2 or words[-1] not in _HAZARD_KIND:
        return ""
    place = [w for w in words[:-1] if not w.isdigit() and w != "the"]
    return " ".join([*place, _HAZARD_KIND[words[-1]]]) if place else ""


def _disaster_forms(name: str) -> list[str]:
    """The names of one disaster with each of its coupled hazard words, without the year."""
    key = disaster_key(name)
    if not key:
        return []
    place, kind = key.rsplit(" ", 1)
    return [f"{place} {word}" for word, of in _HAZARD_KIND.items() if of == kind]


def _disaster_year(name: str) -> str:
    return next((w for w in names.name_key(name).split() if w.isdigit() and len(w) == 4), "")


def _same_disaster(mine: list[str], theirs: list[str]) -> str:
    """Two names of one disaster: the same place and coupled hazards ("Xland Sea earthquake",
    "2004 Xland Sea Tsunami"); two different years named are two disasters."""
    for a in mine:
        for b in theirs:
            key = disaster_key(a)
            if not key or key != disaster_key(b):
                continue
            years = {y for y in (_disaster_year(a), _disaster_year(b)) if y}
            if len(years) < 2:
                return f"{a!r} and {b!r} name one disaster"
    return ""


def facility_parts(name: str) -> tuple[str, tuple[str, ...], str] | None:
    """A facility's name as its proper name, the lowercase words before its noun that say its kind,
    and the noun ("the Xville coal mine" -> ("xville", ("coal",), "mine")); None for a name that
    ends in no facility noun or has no proper name before it."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or (noun := names.name_key(words[-1])) not in FACILITY_NOUNS:
        return None
    body = words[:-1]
    cut = len(body)
    while cut > 0 and body[cut - 1].islower():
        cut -= 1
    proper = names.name_key(" ".join(body[:cut]))
    if not proper:
        return None
    return proper, tuple(names.name_key(w) for w in body[cut:]), noun


def _same_facility(mine: list[str], theirs: list[str]) -> str:
    """Two names of one facility: the same proper name and noun, one's kind words among the
    other's in order ("Xville mine" / "Xville coal mine"); any two forms that name different kinds
    ("Xville coal mine" / "Xville gold mine") keep them apart."""
    found = ""
    ours = [(a, p) for a in mine if (p := facility_parts(a)) is not None]
    others = [(b, p) for b in theirs if (p := facility_parts(b)) is not None]
    for a, pa in ours:
        for b, pb in others:
            if (pa[0], pa[2]) != (pb[0], pb[2]):
                continue
            short, long_ = sorted((pa[1], pb[1]), key=len)
            if not _in_order(short, long_):
                return ""
            found = found or f"{a!r} and {b!r} name one facility"
    return found


def _in_order(words: Iterable[str], within: Iterable[str]) -> bool:
    rest = iter(within)
    return all(word in rest for word in words)


def _acronym_keys(name: str) -> list[str]:
    """An acronym's key, or the initials of a name and of its core ("Xavier Yale Zinc
    Corporation" -> "xyzc", "xyz")."""
    keys = [names.acronym_key(name), names.acronym(org_names.core(name))]
    return [k for k in dict.fromkeys(keys) if k]


def candidate_keys(incoming: Incoming) -> LookupKeys:
    """The keys to look candidates up by: the same kinds as entity_keys, so (kind, key) pairs meet.

    A look-up returns every entity sharing a name, translit, family or acronym key with the incoming one;
    for a non-person that no key matches, also the stored names scoring at least TRIGRAM_MIN against
    the incoming translit keys (name_search's score: trigram similarity, typos corrected), found
    through the word index within its bounds (apply.trigram_candidates).
    """
    return entity_keys(incoming.name, incoming.type, incoming.aliases)


def context_keys(entity_names: Iterable[str]) -> set[str]:
    """Comparable keys of co-occurring entities: the translit key, and a person-like family key."""
    keys: set[str] = set()
    for name in entity_names:
        keys.update(_name_context_keys(name))
    return keys


@functools.lru_cache(maxsize=65536)
def _name_context_keys(name: str) -> tuple[str, ...]:
    # Cached: the same co-occurring names come back for every entity of an article and for every
    # stored candidate's context.
    key = names.translit_key(name)
    if not key:
        return ()
    return (key, names.family_key(name)) if " " in key else (key,)


def incomings(groups: list[EntityGroup]) -> list[Incoming]:
    """One Incoming per group of an article, each with the article's other entities as context."""
    all_names = [g.name for g in groups]
    return [
        Incoming(
            name=g.name,
            type=g.type,
            aliases=list(g.aliases),
            context=all_names[:i] + all_names[i + 1 :],
        )
        for i, g in enumerate(groups)
    ]


# -- matching one candidate ---------------------------------------------------------------------


def match(incoming: Incoming, candidate: Candidate) -> Match | None:
    """What name evidence links the incoming entity to one candidate, if any."""
    mine = _all_names(incoming.name, incoming.aliases)
    theirs = _all_names(candidate.name, candidate.aliases)
    if not compatible(incoming.type, candidate.type):
        return _retyped(mine, theirs, incoming.type, candidate)
    if incoming.type == "PERSON" and candidate.type == "PERSON":
        # "Mr. Smith" is a way to say "Smith", not a full name with the given name "Mr".
        plain = [names.without_honorific(n) for n in mine], [names.without_honorific(n) for n in theirs]
        return _person_match(*plain, candidate)
    return _thing_match(mine, theirs, incoming.type, candidate)


def _retyped(mine: list[str], theirs: list[str], type_: str, candidate: Candidate) -> Match | None:
    """The same full name typed differently in two articles ("Ann Smith" as a person and as an
    organisation) is one entity whose type the evidence decides (`merged`): a full name of two or
    more words, the incoming name among the candidate's forms. One-word names of different types
    stay apart ("Jordan" the place and the person), except between the types the model confuses
    for one brand (BRAND_TYPES: "Widgetpod" an organisation in one article, a product in the
    next)."""
    types = {type_, candidate.type}
    key = names.name_key(mine[0])
    if _bare_person(types, type_, mine, theirs) and key == names.name_key(candidate.name):
        # "Pixora said" typed a person in one article, "the app Pixora" a product in another:
        # news names a person in full before it shortens the name; a person known by one word
        # alone, in every article, is the model's guess for the brand of that name.
        return Match(
            candidate, "exact", 0.95, f"same name {mine[0]!r}, a one-word person and a {candidate.type}"
        )
    if types <= BRAND_TYPES and key == names.name_key(candidate.name):
        # The brand's own name, not a short form: "Acme" is no alias of "Acme TV" the product.
        # A match on a name key, so no spelling look-up follows it (ingest.apply.KEY_MATCH).
        return Match(candidate, "exact", 0.95, f"same brand {mine[0]!r}, typed {type_} and {candidate.type}")
    if not types <= entity_types.NAME_TYPES or _words(mine[0]) < 2:
        return None
    if any(names.name_key(b) == key for b in theirs):
        return Match(
            candidate, "exact", 0.9, f"same full name {mine[0]!r}, typed {type_} and {candidate.type}"
        )
    return None


def _bare_person(types: set[str], type_: str, mine: list[str], theirs: list[str]) -> bool:
    """A person and a brand (BRAND_TYPES) whose person side is only ever named by one word."""
    if "PERSON" not in types or not (types - {"PERSON"}) <= BRAND_TYPES or len(types) != 2:
        return False
    person_forms = mine if type_ == "PERSON" else theirs
    return all(_words(f) == 1 for f in person_forms)


def _person_match(mine: list[str], theirs: list[str], candidate: Candidate) -> Match | None:
    full_mine = [n for n in mine if len(names.translit_key(n).split()) > 1]
    full_theirs = [n for n in theirs if len(names.translit_key(n).split()) > 1]
    conflict = None
    for a in full_mine:
        for b in full_theirs:
            if names.name_key(a) == names.name_key(b):
                return Match(candidate, "exact", 1.0, f"same name {b!r}")
            if names.translit_key(a) == names.translit_key(b):
                return Match(candidate, "exact", 0.95, f"{a!r} and {b!r} are spellings of one name")
            if names.family_key(a) != names.family_key(b):
                continue
            if names.variant_given_names(names.given_key(a), names.given_key(b)):
                return Match(candidate, "variant", 0.9, f"same family name, given names {a!r} ~ {b!r}")
            conflict = Match(candidate, "conflict", 0.0, f"different given names: {a!r} vs {b!r}")
    if conflict is not None:
        return conflict
    if full_mine and full_theirs:
        return None
    families = {names.family_key(n) for n in mine} & {names.family_key(n) for n in theirs}
    if families:
        family = sorted(families)[0]
        return Match(candidate, "short", 0.86, f"family name {family!r} without a given name to compare")
    return None


def _same(a: str, b: str) -> float:
    """1.0 for the same name key, 0.95 for the same transliteration key, the same name without
    article and legal form ("Acme Motor Co." / "The Acme Motor Company") or the same country
    ("Britain" / "United Kingdom"), else 0."""
    if names.name_key(a) == names.name_key(b):
        return 1.0
    if names.translit_key(a) == names.translit_key(b) or org_names.core_key(a) == org_names.core_key(b):
        return 0.95
    country = places.country(a)
    return 0.95 if country is not None and country == places.country(b) else 0.0


def _words(name: str) -> int:
    """Words of a name without its article and legal form: "Acme Inc." is a one-word name."""
    return len(org_names.core_key(name).split())


def _thing_match(mine: list[str], theirs: list[str], type_: str, candidate: Candidate) -> Match | None:
    """Organisations, places and the rest: identified by their full names.

    An article's short forms ("Acme" for "Acme Corps") stand for its full name only in that
    article, so across articles they link nothing by themselves: two different full names
    ("Acme Corps", "Acme Inc.") conflict even when both articles also said "Acme". A one-word
    name meets a candidate's short form or acronym only as a weak ("short") match.
    """
    name, their_name = mine[0], theirs[0]
    # The incoming full name among the candidate's full forms, or the other way round.
    pairs = [(name, b) for b in theirs if _words(b) >= _words(their_name)]
    pairs += [(a, their_name) for a in mine if _words(a) >= _words(name)]
    for a, b in pairs:
        if score := _same(a, b):
            return Match(candidate, "exact", score, f"same name: {a!r} = {b!r}")
    if type_ != candidate.type:
        return None  # across types (FAC/ORG, GPE/LOC) only the same name links
    if type_ == "EVENT" and (disaster := _same_disaster(mine, theirs)):
        return Match(candidate, "variant", 0.9, disaster)
    if type_ == "FAC" and (facility := _same_facility(mine, theirs)):
        return Match(candidate, "variant", 0.9, facility)
    fuzzy = _fuzzy(pairs)
    if fuzzy is not None:
        return Match(candidate, "fuzzy", fuzzy[0], fuzzy[1])
    if _words(name) > 1 and _words(their_name) > 1:
        return Match(candidate, "conflict", 0.0, f"different full names: {name!r} vs {their_name!r}")
    if _core_beside_full(name, their_name) or _core_beside_full(their_name, name):
        # "Acme Inc." beside "Acme Widgets" (whose articles also say "Acme"): the company, or
        # another company that shares its first word ("Acme Corps")? Only context can tell.
        for a in mine:
            for b in theirs:
                if _same(a, b):
                    return Match(candidate, "context", 0.86, f"{name!r} and {their_name!r} share {a!r}")
        return None
    for a in mine:
        for b in theirs:
            if _same(a, b):
                return Match(candidate, "short", 0.86, f"short form {a!r} = {b!r}")
    acronym = _acronym_match(mine, theirs)
    return Match(candidate, "short", 0.88, acronym) if acronym else None


def _core_beside_full(a: str, b: str) -> bool:
    """`a` is one word with a legal form ("Acme Inc."), `b` a name of several words ("Acme Widgets")."""
    return org_names.has_legal_form(a) and _words(a) == 1 and _words(b) > 1


def _fuzzy(pairs: list[tuple[str, str]]) -> tuple[float, str] | None:
    best, pair = 0.0, ("", "")
    for a, b in pairs:
        if min(len(a), len(b)) >= FUZZY_MIN_CHARS and (score := names.similarity(a, b)) > best:
            best, pair = score, (a, b)
        if min(len(a), len(b)) >= FUZZY_MIN_CHARS and _vowel_variants(a, b) and best < FUZZY_AT:
            best, pair = FUZZY_AT, (a, b)
    if best < FUZZY_AT:
        return None
    return best, f"similar spelling {pair[0]!r} ~ {pair[1]!r} ({best:.2f})"


def _vowel_variants(a: str, b: str) -> bool:
    """Two transliterations of one name that differ only in vowels, one letter for one
    ("Al-Marzeda" / "Al-Marzida"; not "Ann"/"Anne", where a letter is added)."""
    ka, kb = names.translit_key(a), names.translit_key(b)
    return len(ka) == len(kb) and names.vowel_skeleton(a) == names.vowel_skeleton(b)


def _acronym_match(mine: list[str], theirs: list[str]) -> str:
    for short_side, long_side in ((mine, theirs), (theirs, mine)):
        shorts = {names.acronym_key(n): n for n in short_side if n.replace(".", "").isupper()}
        for n in long_side:
            for initials in (names.acronym(n), names.acronym(org_names.core(n))):
                if initials and initials in shorts:
                    return f"{shorts[initials]!r} abbreviates {n!r}"
    return ""


# -- deciding among candidates ------------------------------------------------------------------


def matches(incoming: Incoming, candidates: list[Candidate]) -> list[Match]:
    """The candidates some name evidence links the incoming entity to, with that evidence."""
    return [m for c in candidates if (m := match(incoming, c)) is not None]


def context_needed(found: list[Match]) -> list[str]:
    """Ids of the candidates whose context `decide` may consult; the rest need not have their
    context read.

    - One strong match with the best score, a score that links: none (it is taken whatever the
      context); several tied at that score: the tied ones.
    - Otherwise, with short matches: none when a short match is the only rival (it is taken);
      else the rivals (short and conflicting matches), which context ranks.
    - Otherwise: the "context" and conflicting matches when a "context" match is among them
      (only context can confirm it), else none (nothing links, whatever the context).
    """
    strong = [m for m in found if m.kind in STRONG]
    if strong:
        top = max(m.score for m in strong)
        if top >= MERGE_AT:
            tied = [m.candidate.id for m in strong if m.score == top]
            return [] if len(tied) == 1 else tied
    if any(m.kind == "short" for m in found):
        rivals = [m.candidate.id for m in found if m.kind in {"short", "conflict"}]
        return [] if len(rivals) == 1 else rivals
    if any(m.kind == "context" for m in found):
        return [m.candidate.id for m in found if m.kind in {"context", "conflict"}]
    return []


def choose(incoming: Incoming, candidates: list[Candidate]) -> tuple[str | None, float, str]:
    """The candidate the incoming entity is, or None for a new entity; a score; a reason."""
    return decide(incoming, matches(incoming, candidates))


def decide(incoming: Incoming, matches: list[Match]) -> tuple[str | None, float, str]:
    """`choose`, given the matches of the candidates (their context read where needed)."""
    if not matches:
        return None, 0.0, "no candidate of a compatible type shares a name"
    strong = [m for m in matches if m.kind in STRONG]
    if strong:
        top = max(m.score for m in strong)
        tied = [m for m in strong if m.score == top]
        if len(tied) > 1:  # context (costly to key) only breaks ties
            context = context_keys(incoming.context)
            best = max(tied, key=lambda m: (_overlap(context, m.candidate), m.candidate.article_count))
        else:
            best = tied[0]
        if best.score >= MERGE_AT:
            return best.candidate.id, best.score, best.reason
    shorts = [m for m in matches if m.kind == "short"]
    linked = _by_context(matches, context_keys(incoming.context)) if not shorts else None
    if linked is not None:
        return linked
    if not shorts:
        why = "; ".join(m.reason for m in matches if m.kind in {"conflict", "context"})
        return None, 0.0, why or "no match strong enough"
    # A short name (surname, acronym) identifies an entity only if nothing else could be meant:
    # people who share the family name but conflict still make "Smith" ambiguous.
    rivals = [m for m in matches if m.kind in {"short", "conflict"}]
    if len(rivals) == 1:
        only = shorts[0]
        return only.candidate.id, only.score, f"{only.reason}; the only one of its kind"
    return _disambiguate(incoming, shorts, rivals, context_keys(incoming.context))


def _by_context(matches: list[Match], context: set[str]) -> tuple[str, float, str] | None:
    """A match that only context can confirm ("context"), confirmed by at least CONTEXT_MIN shared
    co-occurring entities, twice as many as any rival has."""
    rivals = [m for m in matches if m.kind in {"context", "conflict"}]
    ranked = sorted(rivals, key=lambda m: _overlap(context, m.candidate), reverse=True)
    if not ranked or ranked[0].kind != "context":
        return None
    first = _overlap(context, ranked[0].candidate)
    second = _overlap(context, ranked[1].candidate) if len(ranked) > 1 else 0
    if first < CONTEXT_MIN or first < 2 * second:
        return None
    best = ranked[0]
    return best.candidate.id, MERGE_AT, f"{best.reason}; {first} shared co-occurring entities confirm it"


def _disambiguate(
    incoming: Incoming, shorts: list[Match], rivals: list[Match], context: set[str]
) -> tuple[str | None, float, str]:
    ranked = sorted(rivals, key=lambda m: _overlap(context, m.candidate), reverse=True)
    first = _overlap(context, ranked[0].candidate)
    second = _overlap(context, ranked[1].candidate)
    if ranked[0].kind == "short" and first >= CONTEXT_MIN and first >= 2 * second:
        chosen = ranked[0].candidate
        return (
            chosen.id,
            MERGE_AT,
            f"{len(rivals)} candidates; {first} shared co-occurring entities pick {chosen.name!r}",
        )
    names_of = ", ".join(repr(m.candidate.name) for m in rivals)
    key = names.name_key(incoming.name)
    same = [m for m in shorts if names.name_key(m.candidate.name) == key and len(key.split()) == 1]
    if len(same) == 1:
        bucket = same[0].candidate
        return bucket.id, MERGE_AT, f"ambiguous between {names_of}: joined the unresolved {bucket.name!r}"
    return None, 0.0, f"ambiguous between {names_of}: kept apart"


def _overlap(context: set[str], candidate: Candidate) -> int:
    return sum(1 for key in candidate.context if key in context)


# -- an in-memory index ---------------------------------------------------------------------------


def merged(candidate: Candidate, incoming: Incoming, new_article: bool = True) -> Candidate:
    """The candidate after linking the incoming entity: its names added, the fullest one as name."""
    aliases = list(dict.fromkeys([*candidate.aliases, incoming.name, *incoming.aliases]))
    name = candidate.name
    if len(incoming.name.split()) > len(name.split()) and not incoming.name.islower():
        name = incoming.name
    context = sorted(set(candidate.context) | context_keys(incoming.context))
    count = candidate.article_count + (1 if new_article else 0)
    return msgspec.structs.replace(
        candidate,
        name=name,
        type=merged_type(candidate, incoming, aliases),
        aliases=aliases,
        context=context,
        article_count=count,
    )


def merged_type(candidate: Candidate, incoming: Incoming, aliases: list[str]) -> str:
    """The entity's type once the incoming mention joins it: its articles vote for the stored
    type, the incoming article for its own, and what the names are corrects the vote
    (entity_types.decide). So a later article can retype an entity without splitting it."""
    if incoming.type == candidate.type:
        return candidate.type
    votes = {candidate.type: float(max(candidate.article_count, 1))}
    votes[incoming.type] = votes.get(incoming.type, 0.0) + 1.0
    return entity_types.decide(votes, aliases)


class MemoryIndex:
    """Known entities in memory, looked up by the same keys the database indexes.

    Used by the evaluation and the tests; the store implements candidates() in SQL.
    """

    def __init__(self) -> None:
        self._entities: dict[str, Candidate] = {}
        self._postings: dict[tuple[str, str], set[str]] = defaultdict(set)
        # Trigram postings over translit keys, then translit key -> entities, as a pg_trgm GIN
        # index over an alias table would give.
        self._grams: dict[str, set[str]] = defaultdict(set)
        self._gram_counts: dict[str, int] = {}

    @property
    def entities(self) -> list[Candidate]:
        return list(self._entities.values())

    def get(self, entity_id: str) -> Candidate:
        return self._entities[entity_id]

    def candidates(self, incoming: Incoming) -> list[Candidate]:
        keys = candidate_keys(incoming)
        translits = set(keys.translits)
        for key in keys.translits:
            translits |= self._similar_keys(key)
        found: set[str] = set()
        for kind, values in self._kinds(keys, translits):
            for value in values:
                found |= self._postings.get((kind, value), set())
        return [self._entities[i] for i in sorted(found)]

    @staticmethod
    def _kinds(keys: LookupKeys, translits: Iterable[str]) -> list[tuple[str, Iterable[str]]]:
        return [
            ("name", keys.names),
            ("translit", translits),
            ("family", keys.families),
            ("acronym", keys.acronyms),
        ]

    def _similar_keys(self, key: str) -> set[str]:
        grams = names.trigrams(key)
        shared: dict[str, int] = defaultdict(int)
        for gram in grams:
            for other in self._grams.get(gram, ()):
                shared[other] += 1
        return {
            other
            for other, count in shared.items()
            if count / (len(grams) + self._gram_counts[other] - count) >= TRIGRAM_MIN
        }

    def resolve(self, incoming: Incoming, new_article: bool = True) -> tuple[str, float, str]:
        """Link the incoming entity to a known one or add it; its id, the score and the reason."""
        chosen, score, reason = choose(incoming, self.candidates(incoming))
        if chosen is None:
            return self.add(incoming), score, reason
        self.put(merged(self._entities[chosen], incoming, new_article))
        return chosen, score, reason

    def resolve_article(self, groups: list[EntityGroup]) -> list[str]:
        """Resolve every group of one article, in order; an entity counts the article once."""
        ids: list[str] = []
        for incoming in incomings(groups):
            chosen, _, _ = choose(incoming, self.candidates(incoming))
            if chosen is None:
                ids.append(self.add(incoming))
            else:
                self.put(merged(self._entities[chosen], incoming, new_article=chosen not in ids))
                ids.append(chosen)
        return ids

    def add(self, incoming: Incoming) -> str:
        entity_id = f"e{len(self._entities) + 1}"
        aliases = list(dict.fromkeys([incoming.name, *incoming.aliases]))
        self.put(
            Candidate(
                id=entity_id,
                name=incoming.name,
                type=incoming.type,
                aliases=aliases,
                context=sorted(context_keys(incoming.context)),
                article_count=1,
            )
        )
        return entity_id

    def put(self, entity: Candidate) -> None:
        """Add the entity, or replace it by a version with more names."""
        self._entities[entity.id] = entity
        keys = entity_keys(entity.name, entity.type, entity.aliases)
        for kind, values in self._kinds(keys, keys.translits):
            for value in values:
                self._postings[(kind, value)].add(entity.id)
        for key in keys.translits:
            if key not in self._gram_counts:
                grams = names.trigrams(key)
                self._gram_counts[key] = len(grams)
                for gram in grams:
                    self._grams[gram].add(key)
