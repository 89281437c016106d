"""Which figures for one counted thing disagree within one story: the pure decision.

Every figure the story's articles give (a claimant's, an authority's, an outlet's own) is
compared, by what it counts ("dead", "injured", ...), with its hedge as written: "over 200" is
more than 200, "between 120 and 200" at most 200, so the two cannot both be true, while "at
least 88" and "88" can. The rules, precision first:

- one source's figures in one article are parts or restatements of one count (from the largest
  part to the sum of all);
- one source's figure in a later article replaces its earlier one: an update, shown on the
  report as a revision, never a dispute with itself;
- figures of different sources disagree when their ranges do not meet and they were given at
  the same time (the same day, or undated but for `SHIFTING_COUNTS`): a count given later and
  higher than another source's earlier one may simply have grown, unless what it counts was
  settled once it was over (a crowd, a strike, a turnout, a fine, jobs cut: `SETTLED_COUNTS`);
  a later lower one contradicts it, unless what it counts goes down as well as up (the missing,
  the hospitalised: `SHIFTING_COUNTS`);
- one figure a source writes two ways in one article ("19", "Nineteen") is one count;
- a count told as correcting the others ("the real number is closer to 3,000") reads another
  source's floor as the count it is near: "at least 1,200" is then at odds with it, where
  without such words a floor and a larger count can both be true;
- figures for different places (each names places, none in common) count different things;
- a figure naming no kind of person ("45 dead") may be a whole of which a kind named ("12
  soldiers killed") is a part: it is compared with the one kind the story names only when
  another source puts that kind above it ("at least 80 miners killed").

A report is raised only where some pair disagrees; its key names the story and what is counted,
so a re-run updates it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

import msgspec

from service.domain import ConflictDraft, Evidence, Revision, Side, Source
from service.pipeline.entities.words import PLACE_NOUNS, REGION_HEADS
from service.pipeline.figure_words import DEGREE_ADVERBS
from service.pipeline.lexicon import SPOKESPERSON_NOUNS
from service.reconcile.conflicts import _bare_name, _entity_by_name, _identity
from service.reconcile.figure_bounds import ABOUT_TOLERANCE, Bounds, hedged_bounds
from service.reconcile.summary import source_names

# Keys of story quantity reports: KEY_PREFIX + story id + ":" + what is counted.
KEY_PREFIX = "quantity:story:"

# Counted things settled once what they count is over: the size of a crowd or a strike on its
# day, a turnout, a fine, a deal's price, the jobs a closure cuts, the prisoners who got out in
# one escape, the people on board a flight or a crossing. A higher count given later by another
# source is no growth (a toll, the people missing, the homes destroyed may still grow) but a
# disagreement.
SETTLED_COUNTS = frozenset(
    {"crowd", "strikers", "turnout", "fine", "price", "votes", "jobs", "escaped", "aboard"}
)
# Days apart within which two settled counts may be of one occasion: a march's crowd told by the
# police that evening and by its organisers two days later; a match's crowd and the return
# match's four days on are two.
OCCASION_DAYS = 3
# Counted things that go down as well as up while the news lasts: the missing are found, the
# hospitalised go home, the trapped are freed, power comes back. Another source's count on another
# day, higher or lower, may simply be the newer one. (Not the displaced: "the number of people
# evacuated during the fire" is settled.)
SHIFTING_COUNTS = frozenset({"missing", "hospitalised", "stranded", "trapped", "without_power"})
# Words by which a source tells its count as correcting the others': "the real number is closer
# to 3,000", "the true toll". Against such a count, another source's floor ("at least 1,200") is
# read as the count it is near, FLOOR_TOLD_AS times it at most: the two are at odds.
_CORRECTING = re.compile(r"\b(?:real|true|actual)\s+(?:number|figure|toll|count|total)\b", re.IGNORECASE)
FLOOR_TOLD_AS = 1 + ABOUT_TOLERANCE
# Words just before a figure that tell it as what a count has risen to: "the toll rose to nine",
# "has climbed to at least 41", "reached 23". The same article's lower count of the same thing
# is then the count before the rise ("six people were killed at the scene"), not a rival.
_RISEN_TO = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|increased|jumped|grew|grown|swelled|reached)"
    r"(?:\s+to)?\s*$",
    re.IGNORECASE,
)
# How far before a figure's words the rise is looked for (characters: "has risen to at least").
RISEN_REACH = 24
# The same told by whoever raised the count: "raised the death toll from the collapse at the
# colliery to 14" (the raising verb within RAISED_REACH characters before the "to").
_RAISED_TO = re.compile(r"\b(?:raised|revised|lifted|increased)\b[^.;]*\bto\s*$", re.IGNORECASE)
RAISED_REACH = 90
# What each counted thing reads as in a summary.
COUNTED_WORDS = {
    "dead": "dead",
    "injured": "injured",
    "hospitalised": "people taken to hospital",
    "casualties": "casualties",
    "missing": "missing",
    "displaced": "displaced",
    "arrested": "arrested",
    "crowd": "people in the crowd",
    "cost": "cost",
    "price": "price",
    "infected": "infected",
    "ill": "people taken ill",
    "jobs": "jobs cut",
    "strikers": "people on strike",
    "affected": "affected",
    "destroyed": "destroyed",
    "damaged": "damaged",
    "flooded": "flooded",
    "rescued": "rescued",
    "spilled": "spilled",
    "resigned": "resigned",
    "fine": "fine",
    "raised": "money raised",
    "turnout": "turnout",
    "recalled": "recalled",
    "stranded": "people stranded",
    "trapped": "trapped",
    "without_power": "without power",
    "cancelled": "cancelled",
    "escaped": "escaped",
    "votes": "votes cast",
    "culled": "culled",
    "burned": "burned",
    "aboard": "on board",
}


class StoryFigure(msgspec.Struct, kw_only=True):
    """A stored figure of a story's article, with who gives it and when the article appeared."""

    figure_id: str
    article_id: str
    counted: str
    low: float
    high: float | None
    text: str
    quote: str
    sentence: str
    source: Source
    places: list[str] = []
    published: date | None = None
    # The day the text says the count stands at ("as of Friday", "the toll stood at six on
    # Monday"), when it gives one: the count is compared at that day, not its article's.
    as_of: date | None = None
    seq: int = 0  # the article's storage order: ties on the date
    start: int = 0  # where its words are in the article: figures of one article in text order


class _Count(NamedTuple):
    """One source's figure for one thing in one article (its parts combined)."""

    bounds: Bounds
    text: str
    source: Source
    figures: list[StoryFigure]
    # The same figure given earlier by the same source, in another article: the count stands
    # from then as well as from now.
    first_told: StoryFigure | None = None
    # Told as correcting the others' counts ("the real number is closer to 3,000"), read once.
    corrects: bool = False
    # Places the same count was told for in the source's other articles ("seven soldiers were
    # killed in Kessa" one day, "in Marou" the next): all of them are its places.
    restated_at: frozenset[str] = frozenset()

    @property
    def when(self) -> tuple[date, int]:
        first = self.figures[0]
        return (_stands_at(first) or date.min, first.seq)

    @property
    def told(self) -> list[StoryFigure]:
        """The figures whose dates the count stands at: its own, and its first telling."""
        return [self.figures[0]] + ([self.first_told] if self.first_told is not None else [])

    @property
    def places(self) -> set[str]:
        return {place_key(p) for f in self.figures for p in f.places} | self.restated_at


# Words that say what kind of place a name is: "Kessa province" is the Kessa another source names
# bare (the entity reader's words for regions and settlements, and islands).
PLACE_KIND_WORDS = REGION_HEADS | PLACE_NOUNS | frozenset({"island", "islands", "state", "municipality"})


def place_key(place: str) -> str:
    """A place as compared: case folded, without a word of its kind after the name."""
    words = place.casefold().split()
    while len(words) > 1 and words[-1] in PLACE_KIND_WORDS:
        words.pop()
    return " ".join(words)


def _combined(source: Source, figures: list[StoryFigure]) -> _Count:
    """Several figures of one source in one article are parts ("5 killed in A", "one in B") or
    the same count restated: anything from the largest part to the sum of all."""
    # One figure however written ("19" and "Nineteen"): the same bounds for the same places.
    distinct: dict[tuple[Bounds, frozenset[str]], StoryFigure] = {}
    for f in sorted(figures, key=lambda f: (f.seq, f.start, f.figure_id)):
        key = (hedged_bounds(f.low, f.high, f.text), frozenset(place_key(p) for p in f.places))
        distinct.setdefault(key, f)
    parts = [bounds for bounds, _ in distinct]
    texts = sorted({f.text for f in distinct.values()}, key=lambda t: [f.text for f in figures].index(t))
    corrects = any(_CORRECTING.search(f.sentence) for f in figures)
    if len(parts) == 1:
        return _Count(parts[0], texts[0], source, figures, corrects=corrects)
    low = max(parts, key=lambda b: (b.low, b.low_open))
    highs = [b.high for b in parts]
    high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
    bounds = Bounds(low.low, high, low_open=low.low_open)
    return _Count(bounds, " + ".join(texts), source, figures, corrects=corrects)


def _meet(a: _Count, b: _Count, floors_as_told: bool = False) -> bool:
    """Whether two sources' counts can both be true. A count told as correcting the others ("the
    real number is closer to 3,000") reads another's floor as the count it is near: "at least
    1,200" is then no more than FLOOR_TOLD_AS times 1,200; so are all floors with
    `floors_as_told` (a story where someone corrects the counts). Without such words a floor
    stays open ("at least 6" and "40" can both be true)."""
    if not a.bounds.meets(b.bounds):
        return False
    if floors_as_told or a.corrects != b.corrects:
        return _as_told(a.bounds).meets(_as_told(b.bounds))
    return True


def _as_told(bounds: Bounds) -> Bounds:
    """A floor ("at least 1,200", "more than 200") read as the count it is near."""
    if bounds.high is not None:
        return bounds
    return bounds._replace(high=bounds.low * FLOOR_TOLD_AS)


def _at_odds(a: _Count, b: _Count) -> bool:
    """Two sources' counts that cannot both be true when they were given."""
    if _meet(a, b):
        return False
    if _before_the_rise(a, b) or _before_the_rise(b, a):
        return False
    if a.places and b.places and not a.places & b.places:
        return False  # counts for different places
    if a.corrects != b.corrects:
        # "The real number is closer to 3,000", told after the other count or with it: a
        # correction says the other count was wrong, not that it has grown since.
        corrector, other = (a, b) if a.corrects else (b, a)
        return corrector.when >= other.when
    if a.figures[0].counted.partition(":")[0] in SETTLED_COUNTS:
        # a crowd counted a day later is the same crowd (it has not grown); one counted days
        # apart is another occasion's: the cup tie's crowd beside the league match's
        return any(_one_occasion(fa, fb) for fa in a.told for fb in b.told)
    return any(_odds_when(a, fa, b, fb) for fa in a.told for fb in b.told)


def _before_the_rise(lower: _Count, risen: _Count) -> bool:
    """A count that one article tells beside another source's higher count told as risen to its
    figure ("the death toll rose to nine, the office said" beside "six people were killed at the
    scene"): the article tells the count before the rise and the rise, not two rival counts."""
    if lower.bounds.high is None or lower.bounds.high >= risen.bounds.low:
        return False
    articles = {f.article_id for f in lower.figures}
    return any(f.article_id in articles and _told_as_risen(f) for f in risen.figures)


def _told_as_risen(f: StoryFigure) -> bool:
    at = f.sentence.find(f.text)
    if at < 0:
        return False
    return (
        _RISEN_TO.search(f.sentence[max(0, at - RISEN_REACH) : at]) is not None
        or _RAISED_TO.search(f.sentence[max(0, at - RAISED_REACH) : at]) is not None
    )


def _stands_at(f: StoryFigure) -> date | None:
    """The day a figure's count stands at: the one its words give, else its article's date."""
    return f.as_of or f.published


def _one_occasion(fa: StoryFigure, fb: StoryFigure) -> bool:
    """Whether two counts of a settled thing (a crowd on its day) may count one occasion: told
    within OCCASION_DAYS of each other, or either undated."""
    da, db = _stands_at(fa), _stands_at(fb)
    return da is None or db is None or abs((da - db).days) <= OCCASION_DAYS


def _odds_when(a: _Count, fa: StoryFigure, b: _Count, fb: StoryFigure) -> bool:
    """Two counts whose ranges do not meet, told at the dates of `fa` and `fb`: at odds when
    told the same day (or undated, unless what they count goes down as well as up); a count
    given later and higher may have grown since, and a later lower one contradicts, unless what
    it counts goes down as well as up."""
    da, db = _stands_at(fa), _stands_at(fb)
    shifting = fa.counted.partition(":")[0] in SHIFTING_COUNTS
    if da == db and da is not None:
        return True
    if da is None or db is None:
        # A count that goes down as well as up, told at a time nobody can place, may be the
        # newer one ("three are still unaccounted for" in an undated follow-up to "around 20
        # missing"); other counts told then are read as told at the same time.
        return not shifting
    if shifting:
        return False  # "two are still missing" on Thursday after eleven on Monday: some were found
    earlier, later = (a, b) if (da, fa.seq) < (db, fb.seq) else (b, a)
    return later.bounds.high is not None and earlier.bounds.low > later.bounds.high


class _Standing(NamedTuple):
    """A source's latest count, the earlier ones it restates and the earlier ones it revised."""

    latest: _Count
    restated: list[_Count]
    revised: list[_Count]


def _standing(counts: list[_Count]) -> _Standing:
    """An earlier count the latest one can agree with ("at least 34", then "34") is the same
    count told again, its words more evidence; one it cannot agree with was revised. The latest
    count stands also from the first time the source gave that very figure."""
    ordered = sorted(counts, key=lambda c: c.when)
    latest = ordered[-1]
    earlier = ordered[:-1]
    first = next((c for c in earlier if c.bounds == latest.bounds), None)
    if first is not None:
        # The same figure told again later stands from when the source first gave it too: "57
        # arrested" on Monday and again on Thursday disputes another source's 23 of Monday,
        # whatever may have grown by Thursday.
        latest = latest._replace(first_told=first.figures[0])
    restated = [c for c in earlier if latest.bounds.meets(c.bounds)]
    latest = latest._replace(restated_at=frozenset(p for c in restated for p in c.places))
    return _Standing(latest, restated, [c for c in earlier if not latest.bounds.meets(c.bounds)])


def story_quantity_conflicts(
    scope: str, figures: list[StoryFigure], covered: set[str] | None = None
) -> list[ConflictDraft]:
    """Quantity reports over a story's figures. `scope` names the story in the keys; `covered`
    are counted things ("dead") an event's own quantity report already covers."""
    told = _wholes_told_as_parts(figures)
    by_counted: dict[str, list[StoryFigure]] = {}
    for f in figures:
        by_counted.setdefault(told.get(f.counted, f.counted), []).append(f)
    drafts = []
    for counted in sorted(by_counted):
        if counted.partition(":")[0] in (covered or set()):
            continue
        draft = _counted_conflict(scope, counted, by_counted[counted])
        if draft is not None:
            drafts.append(draft)
    return drafts


# Counted things that read as an adjective before the people they count: "dead miners".
_ADJECTIVE_COUNTS = frozenset(
    {
        "dead",
        "injured",
        "missing",
        "displaced",
        "arrested",
        "resigned",
        "affected",
        "flooded",
        "rescued",
        "trapped",
        "cancelled",
        "escaped",
        "destroyed",
        "damaged",
        "culled",
    }
)
# Kinds that say how badly, not who: the figure reader's degree adverbs ("seriously hurt").
_DEGREE_KINDS = frozenset(DEGREE_ADVERBS.values())
_IRREGULAR_PLURALS = {
    "person": "people",
    "child": "children",
    "man": "men",
    "woman": "women",
    **{same: same for same in ("crew", "staff", "fish", "sheep", "deer", "cattle", "livestock", "aircraft")},
}
# Counted things that read as a phrase after those they count: "homes without power".
_PHRASE_COUNTS = frozenset({"without power", "burned", "on board"})


def _plural(kind: str) -> str:
    return _IRREGULAR_PLURALS.get(kind) or (kind if kind.endswith("s") else f"{kind}s")


# Counted things read as an amount, not a number of something: sums of money, told in their
# currency, and a turnout, told as a share.
_SUMS = frozenset({"cost", "price", "fine", "raised", "turnout"})


def _counted_phrase(what: str, kind: str) -> str:
    """ "dead miners", "injured soldiers", "homes without power", "children taken to hospital",
    "protesters in the crowd"; "jobs cut (post)" where neither reads."""
    if what in _PHRASE_COUNTS:
        return f"{_plural(kind) if kind else 'people'} {what}"
    if not kind:
        return what
    if what.startswith("people ") and kind not in _DEGREE_KINDS:
        return f"{_plural(kind)} {what.removeprefix('people ')}"  # "children taken to hospital"
    if kind in _DEGREE_KINDS:
        return f"{kind}ly {what}"  # "seriously injured": a part of the injured
    if what in _ADJECTIVE_COUNTS:
        return f"{what} {_plural(kind)}"
    return f"{what} ({kind})"


def _wholes_told_as_parts(figures: list[StoryFigure]) -> dict[str, str]:
    """What a figure naming no kind of person counts, as the story tells it: {"dead":
    "dead:miner"} where it is compared with that kind. A figure that names no kind ("45 dead")
    may be the whole of which a kind ("12 soldiers killed") is a part: the two are compared only
    when the story names one kind and another source puts that kind above the whole ("at least
    80 miners killed" against "45 dead"), which no reading reconciles. Linear in the figures:
    per counted thing, the kind's highest lower bound against the whole's lowest upper bound
    from another source."""
    by_counted: dict[str, list[StoryFigure]] = {}
    for f in figures:
        by_counted.setdefault(f.counted, []).append(f)
    kinds: dict[str, set[str]] = {}
    for counted in by_counted:
        if ":" in counted:
            kinds.setdefault(counted.partition(":")[0], set()).add(counted)
    told: dict[str, str] = {}
    for whole, named in kinds.items():
        if whole not in by_counted or len(named) != 1:
            continue
        kind = next(iter(named))
        if _above(by_counted[kind], by_counted[whole]):
            told[whole] = kind
    return told


def _above(parts: list[StoryFigure], wholes: list[StoryFigure]) -> bool:
    """Some part from one source is above some whole from another: the least top of the wholes
    per source against the greatest bottom of the parts per source (two sources of each kept,
    so that one source's own two figures never decide)."""

    def tops(
        found: list[StoryFigure], value: Callable[[StoryFigure], float], reverse: bool
    ) -> list[tuple[float, str]]:
        best: dict[str, float] = {}
        for f in found:
            v = value(f)
            name = f.source.name
            if name not in best or (v > best[name] if reverse else v < best[name]):
                best[name] = v
        return sorted(((v, n) for n, v in best.items()), reverse=reverse)[:2]

    highest = tops(parts, lambda f: f.low, True)
    lowest = tops(wholes, lambda f: f.high if f.high is not None else f.low, False)
    return any(p > w and pn != wn for p, pn in highest for w, wn in lowest)


def _counted_conflict(scope: str, counted: str, figures: list[StoryFigure]) -> ConflictDraft | None:
    entity_by_name = _entity_by_name(f.source for f in figures)
    identity_of = _head_noun_aliases({_identity(f.source, entity_by_name): f.source for f in figures})
    by_source: dict[str, dict[str, list[StoryFigure]]] = {}
    for f in sorted(figures, key=lambda f: (f.seq, f.start, f.figure_id)):
        identity = _identity(f.source, entity_by_name)
        by_source.setdefault(identity_of.get(identity, identity), {}).setdefault(f.article_id, []).append(f)
    standing: list[_Standing] = []
    for identity in sorted(by_source):
        counts = [_combined(fs[0].source, fs) for fs in by_source[identity].values()]
        standing.append(_standing(counts))
    latest = [s.latest for s in standing]

    if not any(_at_odds(a, b) for i, a in enumerate(latest) for b in latest[i + 1 :]):
        return None
    of_latest = {id(s.latest): s for s in standing}
    sides = [
        _side(
            group,
            [r for c in group for r in of_latest[id(c)].revised],
            [r for c in group for r in of_latest[id(c)].restated],
        )
        # With a correction in the story, its floors are the counts they are near: "nearly 3,000"
        # stands with "the real number is closer to 3,000", not with "at least 1,200".
        for group in positions(latest, any(c.corrects for c in latest))
    ]
    what = COUNTED_WORDS.get(counted.partition(":")[0], counted)
    kind = counted.partition(":")[2]
    thing = _counted_phrase(what, kind)
    listed = " vs ".join(f"{s.position} ({source_names(s.sources)}{_revised_note(s)})" for s in sides)
    if counted.partition(":")[0] in _SUMS:
        summary = f"Sources disagree on the {what}: {listed}."  # "on the price: 300 million euros (X) vs ..."
    else:
        summary = f"Sources disagree on the number of {thing}: {listed}."
    article_ids = sorted(
        {e.article_id for s in sides for e in s.evidence} | {r.article_id for s in sides for r in s.revisions}
    )
    return ConflictDraft(
        key=f"{KEY_PREFIX}{scope}:{counted}",
        kind="quantity",
        event_id=None,
        summary=summary,
        sides=sides,
        entity_ids=sorted({src.entity_id for s in sides for src in s.sources if src.entity_id}),
        article_ids=article_ids,
    )


def _head_noun_aliases(sources: dict[str, Source]) -> dict[str, str]:
    """Sources named by a bare noun ("the directorate", "the ministry") that are the one source
    of the story's figures whose fuller name ends in that noun ("the provincial emergency
    directorate"): identity -> the fuller one's identity. With two such fuller names (two
    ministries), the bare noun says neither; so for a description in common nouns ("the airport
    authority", "Halvena Airport Authority"). A name opened by words that describe it ("the
    national Mines Inspectorate") is the source named without them ("Mines Inspectorate")."""
    fuller: dict[str, list[str]] = {}  # head noun -> identities of the fuller names ending in it
    for identity, source in sources.items():
        named = _bare_name(source.name).split()
        if len(named) > 1:
            fuller.setdefault(named[-1], []).append(identity)
    out = {}
    words_of = {identity: _bare_name(source.name).split() for identity, source in sources.items()}
    for identity, source in sources.items():
        bare = words_of[identity]
        if len(bare) == 1 and len(found := fuller.get(bare[0], [])) == 1:
            out[identity] = found[0]
        elif len(bare) > 1 and _in_common_nouns(source.name):
            # a description in common nouns ("the airport authority") that ends the one fuller
            # name ("Halvena Airport Authority")
            ending = [
                other
                for other in fuller.get(bare[-1], [])
                if len(words_of[other]) > len(bare) and words_of[other][-len(bare) :] == bare
            ]
            if len(ending) == 1:
                out[identity] = ending[0]
    by_name = {_bare_name(source.name): identity for identity, source in sources.items()}
    described: dict[str, list[str]] = {}  # identity named -> identities of its described names
    for identity, source in sources.items():
        named = _name_after_description(source.name)
        if named is not None and by_name.get(named, identity) != identity:
            described.setdefault(by_name[named], []).append(identity)
    for named, describing in described.items():
        if len(describing) == 1:  # "national" and "regional" offices of one name are two
            out.setdefault(describing[0], named)
    named_as: dict[tuple[str, ...], list[str]] = {}  # a name's words -> identities of that name
    for identity, named in words_of.items():
        named_as.setdefault(tuple(named), []).append(identity)
    for identity, source in sources.items():
        body = _spoken_for(source.name)
        if body is None:
            continue
        # "emergency service spokesman Radek Zielinski" gives the figures of "the regional
        # emergency service": the one other source whose name ends in the body he speaks for
        # (looked up by the body's head noun, as the fuller names are).
        ending = [
            other
            for other in [*fuller.get(body[-1], []), *named_as.get(tuple(body), [])]
            if other != identity and words_of[other][-len(body) :] == body
        ]
        if len(set(ending)) == 1:
            out.setdefault(identity, out.get(ending[0], ending[0]))
    return out


def _spoken_for(name: str) -> list[str] | None:
    """The words of the body a spokesperson's title names ("emergency service spokesman Radek
    Zielinski": emergency service), or None for another name."""
    words = _bare_name(name).split()
    at = next((k for k, w in enumerate(words) if w in SPOKESPERSON_NOUNS), None)
    return words[:at] if at else None


def _in_common_nouns(name: str) -> bool:
    """A description, not a name: no capital past an opening "The" ("The fire service")."""
    words = name.split()
    if words and words[0] == "The":
        words = words[1:]
    return " ".join(words) == " ".join(words).lower()


def _name_after_description(name: str) -> str | None:
    """A source's name less the words in lower case that describe it ("national Mines
    Inspectorate" is "Mines Inspectorate"), as compared; None when no such words open it."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    k = 0
    while k < len(words) and words[k][:1].islower():
        k += 1
    if k == 0 or k == len(words):
        return None
    return _bare_name(" ".join(words[k:]))


def _order(count: _Count) -> tuple[float, float, str]:
    high = count.bounds.high if count.bounds.high is not None else float("inf")
    return (count.bounds.low, high, count.text)


def positions(counts: list[_Count], floors_as_told: bool = False) -> list[list[_Count]]:
    """Sources' counts grouped into the positions of a report, lowest first: a count joins the
    first position every count of which gives a figure its own meets ("more than 100,000" and
    "120,000" tell one crowd). One that meets no other count at all joins the first position
    every count of which it can agree with (a count that may have shifted since: 112 in hospital
    on Thursday beside 46 on Wednesday); else it takes a position of its own. With
    `floors_as_told` a floor meets only the counts near it (`_meet`)."""
    ordered = sorted(counts, key=_order)
    groups: list[list[_Count]] = []
    for count in ordered:
        home = next((g for g in groups if all(_meet(count, other, floors_as_told) for other in g)), None)
        if home is None and not any(
            other is not count and _meet(count, other, floors_as_told) for other in ordered
        ):
            home = next((g for g in groups if all(not _at_odds(count, other) for other in g)), None)
        if home is None:
            groups.append([count])
        else:
            home.append(count)
    return groups


def _side(group: list[_Count], revisions: list[_Count], restated: list[_Count]) -> Side:
    sources = sorted({c.source for c in group}, key=lambda s: (s.name.casefold(), s.entity_id or ""))
    # One text a distinct figure ("6" and "six" are one), lowest first.
    by_bounds: dict[Bounds, str] = {}
    for c in sorted(group, key=_order):
        by_bounds[c.bounds] = min(by_bounds.get(c.bounds, c.text), c.text)
    texts = list(by_bounds.values())
    evidence = sorted(
        {(f.article_id, f.quote, f.sentence) for c in [*group, *restated] for f in c.figures},
    )
    return Side(
        position=" / ".join(texts),
        stance="asserts",
        sources=sources,
        evidence=[Evidence(article_id=a, quote=q, sentence=s) for a, q, s in evidence],
        revisions=[
            Revision(source=r.source, figure=r.text, article_id=r.figures[0].article_id)
            for r in sorted(revisions, key=lambda r: r.when)
        ],
    )


def _revised_note(side: Side) -> str:
    if not side.revisions:
        return ""
    return ", revised from " + ", then ".join(r.figure for r in side.revisions)
