"""Date reports across a story: sources that give one happening two different days.

Two articles that give a mention two days never share a timeline event (`events.match_event`
keeps days apart, as a call on the 3rd and a call on the 5th are two calls). Inside one story,
some happenings cannot be two: a ceasefire of the same parties takes effect once, a person dies
once. When every article of a story tells such a happening on one day in its own words (written
out, or a weekday just past), and the articles disagree on the day, the sources disagree on its
date. Pure: the caller reads the story's events.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from service.domain import ConflictDraft, DateInfo, Source, StoredEvent
from service.pipeline import lexicon as lx
from service.pipeline.temporal.written_day import names_last_weekday, names_weekday, writes_calendar_day
from service.pipeline.terms import words
from service.pipeline.wordlists import wordset
from service.reconcile.conflicts import DatedReport, date_conflict
from service.reconcile.summary import describe_event

# Words that tell a happening as one of several of its kind.
# Not "former" ("former mayor") nor "first", "earlier", "latest" ("for the first time", "earlier
# on Monday", "the latest news"): words that as often say nothing of the happening.
_RECURRENCE_WORDS = wordset("new second third another fresh renewed previous repeated")
_AGAIN_WORDS = wordset("again")
# How many words after a word of recurrence the happening's word may stand ("a new, broader truce").
_RECURRENCE_REACH = 3
# Words for an agreement a recurrence word may tell of besides the predicate's own.
_DEAL_WORDS = wordset("deal truce accord pact contract")
# Keys of these reports: KEY_PREFIX + story id + ":" + the first of the disputed events.
KEY_PREFIX = "date:story:"
# Days two sources may set one happening apart and still be read as telling the same one: a
# month covers a month misread or mistyped; further apart, two are as likely two happenings.
MAX_DAYS_APART = 31
# How many days before its article's publication a weekday may name and be read as the source's
# own day: the days just past, which a publication date kept a few days off does not shift.
WEEKDAY_DAYS_BACK = 3
# How many days back "last Thursday" may name and be read as the source's own day: the weekday of
# the week before, which the source's "last" places past the days at hand. Up to six, so that a
# publication date kept a day late still reads the same day.
LAST_WEEKDAY_DAYS_BACK = 6


class StoryMention(NamedTuple):
    """One article's mention of an event, with the day it gives (None: it gives none)."""

    article_id: str
    published: date | None
    source: Source
    date: DateInfo | None
    expression: str
    sentence: str


class StoryEvent(NamedTuple):
    id: str
    predicate: str
    predicate_class: str
    participants: dict[str, str]  # the parties its title names: entity id -> name
    mentions: list[StoryMention]
    places: frozenset[str] = frozenset()  # those of its participants that are towns or countries


# The happenings of each kind each article tells: (class, article id) -> event id -> the dates
# that article's mentions give it.
Told = dict[tuple[str, str], dict[str, list[DateInfo | None]]]


def story_date_conflicts(scope: str, events: list[StoryEvent]) -> list[ConflictDraft]:
    """One date report for each happening of the story that its articles put on different days.

    Candidates are events of a kind that happens once (`lx.SINGULAR_EVENT_CLASSES`) with the same
    parties; with fewer than two parties, also the same predicate ("the ceasefire took effect"
    and "came into force" name one ceasefire; a death and a killing of one person may be a
    shooting and a death days later), unless every predicate of the class names one act
    (`lx.ONE_ACT_CLASSES`: "detained" and "picked up" are one arrest).
    """
    # Which events of each class each article tells: an article telling two arrests (of two
    # brothers, on two days) leaves any day of an arrest in its story open to misreading.
    told: Told = {}
    for event in events:
        for m in event.mentions:
            # A day the article's words give (a mention dated by no words of its own, only the
            # article's date, gives none).
            day = m.date if m.expression else None
            told.setdefault((event.predicate_class, m.article_id), {}).setdefault(event.id, []).append(day)
    groups: dict[tuple[str, frozenset[str], str], list[StoryEvent]] = {}
    for event in events:
        if event.predicate_class not in lx.SINGULAR_EVENT_CLASSES or not event.participants:
            continue
        parties = _parties(event)
        kind = event.predicate if len(parties) < 2 and event.predicate_class not in lx.ONE_ACT_CLASSES else ""
        groups.setdefault((event.predicate_class, parties, kind), []).append(event)
    _join_the_fuller_telling(groups)
    drafts = [
        _disputed_day(scope, group, told)
        for _, group in sorted(groups.items(), key=lambda g: sorted(g[0][1]))
    ]
    return sorted((d for d in drafts if d is not None), key=lambda d: d.key)


def _parties(event: StoryEvent) -> frozenset[str]:
    """Who an event happens to or between: its participants, less the towns and countries it
    happens in where it is no mutual act ("elected by the synod in X": X elects no one; "X and
    Y signed": the countries are the parties)."""
    everyone = frozenset(event.participants)
    if event.predicate_class in lx.MUTUAL_CLASSES:
        return everyone
    return (everyone - event.places) or everyone


def _join_the_fuller_telling(groups: dict[tuple[str, frozenset[str], str], list[StoryEvent]]) -> None:
    """A happening told of one party joins the one group telling it of that party and others:
    an act done to one party told without its doer ("Hollis was sacked") joins the one told
    with a doer beside him ("the president dismissed Hollis"), whatever the verb, as every verb
    of those classes names one act (`lx.ONE_ACT_CLASSES`: one departure, one freeing, one
    arrest); another happening joins with the same verb only ("Carrow died on Friday" and
    "Carrow, the head of X, died on Sunday": one death, told with his title in one source).
    A mutual act told of one party joins with the same verb only too ("Selvan signed the
    concession on Thursday" and "the port signed it with Selvan last Friday": one signing, its
    other party unnamed in one source); not where two such groups name the party (two doers,
    or two other parties: the act may be two). Linear in the groups: fuller groups
    are looked up by their class and each of their parties."""
    fuller_by: dict[tuple[str, str], list[tuple[str, frozenset[str], str]]] = {}
    for key in groups:
        if len(key[1]) > 1:
            for party in key[1]:
                fuller_by.setdefault((key[0], party), []).append(key)
    for key in [k for k in groups if len(k[1]) == 1]:
        (party,) = key[1]
        verbs = {e.predicate for e in groups[key]}
        fuller = [
            k
            for k in fuller_by.get((key[0], party), [])
            if key[0] in lx.ONE_ACT_CLASSES or verbs & {e.predicate for e in groups[k]}
        ]
        if len(fuller) == 1:
            groups[fuller[0]].extend(groups.pop(key))


def _written_days(event: StoryEvent, weekdays_of: date | None = None) -> list[StoryMention]:
    """The mentions that write the event's day out: "on 3 March", not "on Tuesday" (a weekday
    or "yesterday" read against a publication date is the reader's sum, not the source's word);
    those that name the publication day or one just before by its weekday (`_weekday_at_hand`);
    and, with `weekdays_of`, those that name a weekday in an article of that publication date."""
    return [
        m
        for m in event.mentions
        if m.date is not None
        and m.date.granularity == "day"
        and (
            writes_calendar_day(m.expression)
            or _weekday_at_hand(m)
            or (weekdays_of is not None and m.published == weekdays_of and names_weekday(m.expression))
        )
    ]


def _weekday_at_hand(mention: StoryMention) -> bool:
    """A weekday read as the article's publication day or one of the three before it ("died on
    Friday" in Sunday's paper, "was arrested on Wednesday" in Saturday's), the way news copy
    names the days just past. That reading holds against a publication date kept up to three
    days off (a crawl date, an update, a time zone): only a kept date four or more days from the
    true one makes the same weekday name another day and land here. "Last Thursday" names the
    one of the week before, up to LAST_WEEKDAY_DAYS_BACK days back: the source's "last" places
    it, not the reader. A weekday read further back is the reader's sum (`_written_days`)."""
    if mention.published is None or mention.date is None or not names_weekday(mention.expression):
        return False
    back = (mention.published - mention.date.start).days
    if names_last_weekday(mention.expression):
        # "resigned last Thursday" in Tuesday's paper: the source names the Thursday before.
        return 1 <= back <= LAST_WEEKDAY_DAYS_BACK
    return 0 <= back <= WEEKDAY_DAYS_BACK


def _weekdays_read_alike(group: list[StoryEvent]) -> date | None:
    """The one publication date of the articles that give the happening's day, when each of them
    names it by a weekday or writes it out and they share that date: "died on Thursday" and
    "died on Saturday" (or "on 3 March") in two articles of one day are two days in the
    sources' own words, as "3 March" and "5 March" are. Read against two publication dates, a
    weekday may be the reader's slip (an article dated in another time zone, a report updated a
    day later), so none is taken then; nor is a day named in other words ("yesterday")."""
    days = [m for e in group for m in e.mentions if m.date is not None and m.date.granularity == "day"]
    if not days or any(not (writes_calendar_day(m.expression) or names_weekday(m.expression)) for m in days):
        return None
    published = {m.published for m in days}
    if len(published) != 1:
        return None
    (one,) = published
    return one


def _disputed_day(scope: str, group: list[StoryEvent], told: Told) -> ConflictDraft | None:
    weekdays_of = _weekdays_read_alike(group)
    written = {e.id: _written_days(e, weekdays_of) for e in group}
    dated = sorted((e for e in group if written[e.id]), key=lambda e: e.id)
    if len(dated) < 2:
        return None
    days = sorted({m.date.start for e in dated for m in written[e.id] if m.date is not None})
    if len(days) < 2 or (days[-1] - days[0]).days > MAX_DAYS_APART:
        return None
    if any(_tells_two_near(told[(e.predicate_class, m.article_id)], days) for e in dated for m in e.mentions):
        # An article that tells two of its kind near these days (two of these happenings among
        # them) tells two happenings, or contradicts itself: which day is whose is the parse's
        # guess, and none of its story's sources can be read as disputing the other's day.
        return None
    # An article written before the later day could not have told of it: the two days are then
    # two happenings (a truce that broke down and a second one), not a disagreement.
    if any(m.published is not None and m.published < days[-1] for e in dated for m in e.mentions):
        return None
    if not _each_side_its_own_source(dated, written):
        return None
    if any(_tells_of_another(m.sentence, e.predicate) for e in dated for m in e.mentions):
        return None  # "a new ceasefire took effect on 10 March": the first one was another
    # Shown on the event most articles tell (ties: the first id, stable across re-runs).
    primary = min(dated, key=lambda e: (-len({m.article_id for m in e.mentions}), e.id))
    names = sorted(primary.participants.values())
    what = describe_event(primary.predicate, primary.predicate_class, names, None)
    stored = StoredEvent(
        id=primary.id,
        predicate=primary.predicate,
        predicate_class=primary.predicate_class,
        participants=sorted({p for e in dated for p in e.participants}),
        date=None,
    )
    reports = [
        DatedReport(
            article_id=m.article_id,
            source=m.source,
            date=m.date,
            alternative=None,
            quote=m.expression,
            sentence=m.sentence,
        )
        for e in dated
        for m in written[e.id]
        if m.date is not None
    ]
    draft = date_conflict(stored, what, [], reports)
    if draft is None:
        return None
    draft.key = f"{KEY_PREFIX}{scope}:{dated[0].id}"
    return draft


def _tells_two_near(events_told: dict[str, list[DateInfo | None]], days: list[date]) -> bool:
    """Whether an article dates more than one happening of a kind near the disputed days, so that
    the parse may have given one the other's day. One it dates only further than MAX_DAYS_APART
    from them ("her husband died in 2016" beside "she died on Friday") is plainly another; one it
    gives no day in its words ("who has died aged 81", "two others were also detained", dated by
    the article's date alone) lends none, and two it dates on the same days are as one."""
    window_start = days[0] - timedelta(days=MAX_DAYS_APART)
    window_end = days[-1] + timedelta(days=MAX_DAYS_APART)

    def near(d: DateInfo | None) -> bool:
        return d is not None and d.end >= window_start and d.start <= window_end

    # Two told on the very same days count as one: neither can have taken the other's day
    # ("dismissed Holl on Thursday" and '"has today relieved him"' said on Thursday).
    near_days = {
        frozenset(d.start for d in dates if d is not None and near(d)) for dates in events_told.values()
    }
    return len(near_days - {frozenset()}) > 1


def _tells_of_another(sentence: str, predicate: str) -> bool:
    """A sentence that tells the happening as one of several ("a new truce", "the second
    ceasefire", "another arrest", "a new deal", "was arrested again"): its day may be
    another happening's. The word must tell of the happening itself, within a few words before
    its word (the predicate's, or a word for a happening): "the town's new bus depot" does not."""
    found = words(sentence)
    for n, w in enumerate(found):
        if w in _AGAIN_WORDS:
            return True
        if w in _RECURRENCE_WORDS and any(
            _names_the_happening(later, predicate) for later in found[n + 1 : n + 1 + _RECURRENCE_REACH]
        ):
            return True
    return False


def _names_the_happening(word: str, predicate: str) -> bool:
    return word.startswith(predicate[:4]) or word in lx.EVENT_NOUNS or word in _DEAL_WORDS


def _each_side_its_own_source(dated: list[StoryEvent], written: dict[str, list[StoryMention]]) -> bool:
    """Every day has a source that gives no other day: nobody disputes itself."""
    by_day: dict[date, set[str]] = {}
    for event in dated:
        for m in written[event.id]:
            if m.date is not None:
                by_day.setdefault(m.date.start, set()).add(m.source.name)
    return all(
        names - set().union(*(o for d, o in by_day.items() if d != day)) for day, names in by_day.items()
    )
