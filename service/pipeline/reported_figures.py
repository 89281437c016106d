"""Reported figures: every count a text gives for people killed, injured, missing, displaced or
arrested, for a crowd or for a cost, with its hedge as written, who gives it and where.

A figure is read from the words around it, not from a statement's predicate: "left 88 people
dead and over 200 more wounded", "between 120 and 200 were wounded", "the death toll stands at
52", "police put the toll at 30", "the official number," he said, "is 45". Its source is the
claimant whose quote carries it, else the authority the sentence names ("according to the
ministry", "police put ... at", "confirmed by police", an interrupted quote's speaker), else the
article's own voice. A figure in a sentence dated well before the article (background: "last
year 34 people were killed") is about another happening and is left out.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

import msgspec
from spacy.tokens import Doc, Span, Token

from service.pipeline import lexicon as lx
from service.pipeline import org_names
from service.pipeline.figure_words import (
    ABOARD_PEOPLE,
    ANIMALS,
    AUTHORITY_VERBS,
    BALLOT_NOUNS,
    BODY_FINDING_VERBS,
    CAPACITY_WORDS,
    CARRYING_VERBS,
    CASE_NOUNS,
    CASE_QUALIFIERS,
    CATCHING_VERBS,
    CATEGORY_WORDS,
    COMPARATIVES,
    COST_WORDS,
    CROWD_COUNTING_VERBS,
    CURRENCY_NOUNS,
    CURRENCY_SIGNS,
    DATA_BREACH_VERBS,
    DATA_NOUNS,
    DEGREE_ADVERBS,
    EXCEEDING_VERBS,
    FALLING_ILL_VERBS,
    FILLING_VERBS,
    FINE_WORDS,
    FORCING_VERBS,
    FORESEEING_VERBS,
    FUNDS_WORDS,
    FUTURE_MODALS,
    GATHERING_EVENTS,
    GATHERINGS,
    GENERAL_PEOPLE,
    GIVEN_BY_VERBS,
    HEDGES,
    HELD_PEOPLE,
    HOME_NOUNS,
    HOMES_REACH,
    HOSPITAL_NOUNS,
    HOSPITAL_REACH,
    ILL_WORDS,
    ILLNESS_NOUNS,
    INJURY_NOUNS,
    JOB_CUT_NOUNS,
    JOB_CUT_VERBS,
    JOB_GOING_VERBS,
    JOB_NOUNS,
    JOB_THREAT_NOUNS,
    JOB_THREAT_VERBS,
    JOINING_PREPOSITIONS,
    JOINING_VERBS,
    LAND_COVER_WORDS,
    LEAVING_VERBS,
    LEFT_MEMBERSHIPS,
    LIFE_TAKING_VERBS,
    MEASURE_UNITS,
    MEMBER_NOUNS,
    MONTH_NAMES,
    MULTIPLIER_WORDS,
    NAME_PREPOSITIONS,
    NEAR_WORDS,
    OPENING_SENTENCES,
    PEOPLE_OF,
    PLACE_PREPS,
    POWER_CUT_VERBS,
    POWER_NOUNS,
    PRESENT_PEOPLE,
    PRESENT_PREPOSITIONS,
    PRICE_REACH,
    PRICE_WORDS,
    PUBLIC_PLACES,
    PULLED_PEOPLE,
    PULLING_VERBS,
    RATE_ADVERBS,
    RATE_NOT_AFTER,
    RATE_PERIODS,
    RATE_WORDS,
    RUNNING_COUNTS,
    SAME_KINDS,
    SCENE_NOUNS,
    SPEECH_VERBS,
    STATE_VERBS,
    TALLY_NOUNS,
    TO_HOSPITAL_VERBS,
    TRAVELLING_PEOPLE,
    TRAVELLING_VERBS,
    VAGUE_FACTORS,
    VERB_ONLY_CATEGORY_WORDS,
    WHEN_MARKS,
    WORK_NOUNS,
    WORKLESS_VERBS,
    WORKLESS_WORDS,
)
from service.pipeline.numbers import NUMBER_WORDS, TENS
from service.pipeline.reported_shares import share_spans, share_value
from service.pipeline.statements.figures import issuer_of_numbers, parse_figure, participle_agent
from service.pipeline.strikes import joined_strike
from service.pipeline.temporal.values import period
from service.pipeline.types import Claim, EntityGroup, ReportedFigure, TimeExpression

# The most figures read from one text: bounds the source and place look-ups per text.
MAX_FIGURES = 100
# A sentence dated this long before its article tells background, not the news.
BACKGROUND_DAYS = 14
# Places a figure is for: towns, regions and countries. Streets, squares and buildings are parts
# of one: a march "from X Square to Y Avenue" and a count "in the capital" are of one crowd.
_PLACE_TYPES = frozenset({"GPE"})
_LEFT_SKIP = frozenset({"the", "a", "an", "some", "another", "at", "least"})
_SKIPPABLE_POS = frozenset({"AUX", "ADV", "DET", "PART"})


def reported_figures(
    doc: Doc,
    entities: list[EntityGroup],
    times: list[TimeExpression],
    claims: list[Claim],
    published: date | None,
) -> list[ReportedFigure]:
    """Every reported figure in a parsed text, in text order (the first MAX_FIGURES)."""
    sentences = list(doc.sents)
    background, running = _background_sentences(times, published or _middle_day(times), doc.text)
    # Days of each sentence, read once: what a figure's sentence may say its count stands at.
    days: dict[int, list[TimeExpression]] = {}
    for t in times:
        # (a part of a day is of that day: "said on Tuesday evening")
        if t.type in ("DATE", "TIME") and _DAY.match(t.value[:10]):
            days.setdefault(t.sentence, []).append(t)
    earlier: dict[int, list[TimeExpression]] = {}
    for t in times:
        if _days_back(t) is not None:
            earlier.setdefault(t.sentence, []).append(t)
    found: list[ReportedFigure] = []
    told: dict[int, str] = {}  # sentence -> what the last figure read in it counts
    for s_index, sent in enumerate(sentences):
        if s_index in background:
            continue
        spans = sorted(
            [(span.start, False, span) for span in figure_spans(sent)]
            + [(span.start, True, span) for span in share_spans(sent)]
        )
        for _, is_share, span in spans:
            if is_share:
                figure = _read_share(span, sent, entities, claims)
            else:
                figure = _read(span, sent, s_index, sentences, entities, claims, told)
            if (
                figure is not None
                and s_index in running
                and figure.counted.partition(":")[0] not in RUNNING_COUNTS
            ):
                continue  # "rescued this year": a running total, not the news
            if figure is not None:
                as_of = _as_of(figure, sent, days.get(s_index, [])) or _days_before(
                    sent, earlier.get(s_index, []), published
                )
                if as_of is not None:
                    figure = msgspec.structs.replace(figure, as_of=as_of)
                found.append(figure)
                told[s_index] = figure.counted.partition(":")[0]
                if len(found) == MAX_FIGURES:
                    return found
    return found


# Words before a day that make it the day a count stands at: "as of Friday", "by the end of
# Friday 21 November"; and, for a tally ("the toll stood at six on Monday"), "on".
DEADLINE_WORDS = ("by", "by the end of")  # also a deadline still to come: "by the end of the year"
AS_OF_WORDS = ("as of", "as at", *DEADLINE_WORDS, "until", "up to")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Words before the day a tally was told on: "on Monday", "on the evening of Monday, 10 August".
TALLY_DAY_WORDS = ("on", *(f"on the {part} of" for part in ("morning", "afternoon", "evening", "night")))
# A day the source told its count on: "said on Monday", "told reporters on Friday", "announced Monday".
_SAID_ON = re.compile(
    r"\b(?:said|says|added|stated|announced|confirmed|reported|told (?:\w+ ){0,2}?)\s*(?:on\s+)?$",
    re.IGNORECASE,
)


def _as_of(figure: ReportedFigure, sent: Span, days: list[TimeExpression]) -> str | None:
    """The day the text says a count stands at, among the days of its sentence (`days`): one
    after "as of" or "by", or after "on" when the figure is a tally's value or told beside one
    ("On Monday the agency had put the number of dead at 23, with 40 missing"). A count of what
    happened on a day ("14 died on Monday") is not dated by it: the toll may have been counted
    later."""
    text = sent.doc.text
    at = text.find(figure.quote, sent.start_char)
    told_before = text[sent.start_char : at + len(figure.quote)] if at >= 0 else figure.quote
    tally = any(w.strip(",.\"'") in TALLY_NOUNS for w in told_before.lower().split())
    for t in days:
        if _after_words(text, t.start, AS_OF_WORDS, sent.start_char) or (
            tally and _after_words(text, t.start, TALLY_DAY_WORDS, sent.start_char)
        ):
            return t.value[:10]
    for t in days:
        if _SAID_ON.search(text[max(sent.start_char, t.start - 24) : t.start]):
            # "40,000 pigs have been destroyed, the union said on Monday": the count as told then
            return t.value[:10]
    return None


# "a day earlier", "two days before": days back from the day the article tells of.
_DAYS_BACK = re.compile(r"^P(\d+)D$")
_BACK_WORDS = ("earlier", "before")


def _days_back(t: TimeExpression) -> int | None:
    """How many days before the article's day an expression puts what its sentence tells: "a day
    earlier", "two days before", "the day before"; None for any other expression."""
    words = t.text.lower().split()
    if not words or words[-1] not in _BACK_WORDS:
        return None
    if words[-2:] == ["day", "before"] and len(words) <= 3:
        return 1  # "the day before"
    found = _DAYS_BACK.match(t.value) if t.type == "DURATION" else None
    return int(found.group(1)) if found else None


def _days_before(sent: Span, earlier: list[TimeExpression], published: date | None) -> str | None:
    """The day a count stood at when its sentence puts it days before the article's day ("Nine
    people had been confirmed dead a day earlier": the count as it stood then, an update's past,
    not a count of the article's own day); None without a publication date."""
    if published is None:
        return None
    for t in earlier:
        if not sent.start_char <= t.start < sent.end_char or (back := _days_back(t)) is None:
            continue
        # Only a count told then, by a verb that gives counts or a tally ("confirmed", "reported",
        # "the toll stood at"): "ten were hurt two days earlier" dates the injuries, and the
        # count may have been told later.
        before = (w.lemma_.lower() for w in sent if w.idx < t.start)
        if any(w in _STANDING_VERBS or w in TALLY_NOUNS for w in before):
            return (published - timedelta(days=back)).isoformat()
    return None


def _after_words(text: str, at: int, phrases: tuple[str, ...], floor: int = 0) -> bool:
    """Whether one of `phrases` stands just before character `at`, as whole words ("by", not the
    end of "nearby"), no further back than `floor`."""
    before = " " + " ".join(text[max(floor, at - 24) : at].lower().split())
    return before.endswith(tuple(" " + w for w in phrases))


def _middle_day(times: list[TimeExpression]) -> date | None:
    """The day an undated article is told around: the middle of the days it names in full
    ("on Wednesday, February 25, 2026", "on Monday, February 23"). Against it, a sentence of
    another year ("since 2008, when six men were killed") is background, as it would be against
    a publication date; the middle one, so that neither a date to come nor one of the
    background moves it."""
    days = sorted(t.value[:10] for t in times if t.type == "DATE" and _DAY.match(t.value[:10]))
    if not days:
        return None
    try:
        return date.fromisoformat(days[len(days) // 2])
    except ValueError:
        return None


def _background_sentences(
    times: list[TimeExpression], published: date | None, text: str
) -> tuple[set[int], set[int]]:
    """Sentences dated well before the article, and those over a long period up to it
    ("rescued this year", "since the start of January"): what the first count happened another
    time; the second's is a running total. A deadline still to come ("will cut 230 jobs by the
    end of the year") is neither."""
    if published is None:
        return set(), set()
    before, running = set(), set()
    for t in times:
        if t.type == "DATE":
            p = period(t.value)
            since = _after_words(text, t.start, ("since",))
            deadline = _after_words(text, t.start, DEADLINE_WORDS)
            if p is not None and deadline and p.end >= published:
                continue  # "would cut 230 jobs by the end of the year": a deadline, not a running count
            # A difference of dates, not date arithmetic: no overflow at the calendar's ends.
            if p is not None and since and (published - p.start).days > BACKGROUND_DAYS:
                running.add(t.sentence)  # "since January": from then up to the article
            elif p is not None and (published - p.end).days > BACKGROUND_DAYS:
                before.add(t.sentence)
            elif (
                p is not None
                and (p.end - p.start).days > BACKGROUND_DAYS
                and (published - p.start).days > BACKGROUND_DAYS
            ):
                # "this year", "since January": a running total over a long period, not the news
                running.add(t.sentence)
    return before, running - before


def _is_number(t: Token) -> bool:
    if t.pos_ != "NUM" and t.tag_ != "CD":
        # "Eleven people were killed": a number word opening a sentence is often tagged as an
        # adjective, though the parser still counts the noun with it (or hangs it on its plural
        # noun as a modifier: "Eleven people have died"); after a dateline ("VESK - Twelve
        # inmates broke out") as a name compounded with its noun.
        return t.lower_ in NUMBER_WORDS and (
            t.dep_ == "nummod"
            or (t.dep_ in ("compound", "amod") and t.head.pos_ == "NOUN" and t.head.tag_ == "NNS")
        )
    if t.ent_type_ in ("PERCENT", "ORDINAL", "QUANTITY", "TIME") and not _a_count_tagged_as_measure(t):
        return False
    doc = t.doc
    if (t.i + 1 < len(doc) and doc[t.i + 1].text in MONTH_NAMES) or (
        t.i > 0 and doc[t.i - 1].text in MONTH_NAMES
    ):
        return False  # "12 March", "March 12": a day the model did not tag as a date
    if _in_a_model_name(t):
        return False
    if t.ent_type_ == "DATE":
        ent = _ent_of(t)
        if ent is not None and any(not (w.like_num or w.is_punct) for w in ent):
            return False  # "July 22": a date, not a count
    text = t.text.replace(",", "")
    return not (text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100 and "," not in t.text)


def _in_a_model_name(t: Token) -> bool:
    """A number that goes on a name before it, both on one noun: a product's model ("No Ember
    300 heater", "its Ember 300 space heaters", "the Vexa 9 phones"), not how many there are."""
    if t.i == 0:
        return False
    name = t.doc[t.i - 1]
    return (
        name.tag_ in ("NNP", "NNPS")
        and name.text[:1].isupper()
        and (name.head.i == t.head.i or t.head.i == name.i)
        and name.head.i != name.i
    )


def _a_count_tagged_as_measure(t: Token) -> bool:
    """A count the model tags as a measure: a sum with its currency hyphenated to it ("a
    400,000-euro fine"), or an amount in a unit a spill or a fire is counted in ("about 800
    barrels of crude oil"), unlike a distance or a height."""
    ent = _ent_of(t) if t.ent_type_ == "QUANTITY" else None
    return ent is not None and any(w.lemma_.lower() in CURRENCY_NOUNS | MEASURE_UNITS for w in ent)


def _ent_of(t: Token) -> Span | None:
    """The entity span a token is in (walking its IOB tags: no scan of the document)."""
    if not t.ent_type_:
        return None
    doc = t.doc
    start, end = t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def figure_spans(sent: Span) -> list[Span]:
    """Runs of number words with the hedge before them and a second bound ("between 120 and 200",
    "10 to 20") joined in."""
    doc = sent.doc
    spans: list[Span] = []
    i = sent.start
    while i < sent.end:
        t = doc[i]
        if not _is_number(t):
            i += 1
            continue
        start, end = i, i + 1
        while end < sent.end and _is_number(doc[end]):
            end += 1
        # "Fifty-seven": the tens word before the hyphen, which the tagger may take for a name.
        while (
            start - 2 >= sent.start
            and doc[start - 1].text == "-"
            and not doc[start - 2].whitespace_
            and not doc[start - 1].whitespace_
            and doc[start - 2].lower_ in TENS
        ):
            start -= 2
        # A second bound: "120 and 200", "10 to 20", "10-20".
        if end + 1 < sent.end and doc[end].lower_ in ("and", "to", "-", "–") and _is_number(doc[end + 1]):
            end += 2
            while end < sent.end and _is_number(doc[end]):
                end += 1
        # Currency signs before the number belong to it ("$5 million"), and so does the article
        # or vague amount before a multiplier ("a thousand", "several hundred").
        if start > sent.start and (
            doc[start - 1].tag_ == "$"
            or (
                doc[start].lower_ in MULTIPLIER_WORDS
                and doc[start - 1].lower_ in ("a", "an", "one", *VAGUE_FACTORS)
            )
        ):
            start -= 1
        # Words only: a hedge after a line break ("...Lindau\n\nAbout 120,000") is still a hedge.
        before = " ".join(doc[sent.start : start].text.lower().split())
        for hedge in HEDGES:
            if before.endswith((" " + hedge, '"' + hedge, "“" + hedge)) or before == hedge:
                start -= len(hedge.split())
                break
        spans.append(doc[start:end])
        i = end
    return spans


def _read(
    span: Span,
    sent: Span,
    s_index: int,
    sentences: list[Span],
    entities: list[EntityGroup],
    claims: list[Claim],
    told: dict[int, str],
) -> ReportedFigure | None:
    doc = sent.doc
    # The currency noun written after the sum: "300 million euros", "a 400,000-euro fine".
    currency_at = span.end + 1 if span.end + 1 < sent.end and doc[span.end].tag_ == "HYPH" else span.end
    written = currency_at < sent.end and doc[currency_at].lemma_.lower() in CURRENCY_NOUNS
    money = written or any(t.tag_ == "$" or t.ent_type_ == "MONEY" for t in span)
    numeral = span.text.lstrip("$€£ ")
    parsed = parse_figure(numeral) if not money else _money(span)
    if span[0].lower_ in VAGUE_FACTORS:
        unit = parse_figure(span[1:].text)
        factor_low, factor_high = VAGUE_FACTORS[span[0].lower_]
        parsed = (unit[0] * factor_low, unit[0] * factor_high) if unit is not None else None
    if parsed is None:
        return None
    if money:
        category = (
            "cost"
            if _words_near(span, sent, COST_WORDS)
            else "fine"
            if _words_near(span, sent, FINE_WORDS)
            else "raised"
            if _words_near(span, sent, FUNDS_WORDS)
            else "price"
            if _price_word_near(span, sent)
            else None
        )
        # Sums in two currencies are not one count: the currency is what is counted in.
        noun = doc[currency_at].lemma_.lower() if written else CURRENCY_SIGNS.get(span[0].text, "")
        quote_start, quote_end = span.start, currency_at + 1 if written else span.end
    else:
        category, noun, quote_start, quote_end = _category(span, sent, s_index, sentences, told)
    if (
        category is None
        or _one_of(span)
        or _superseded(span)
        or _a_difference(span, sent)
        or _a_ratio(span, sent)
        or _a_place_alone(span)
        or _where_it_befell(span)
    ):
        return None
    if modal_or_negated(span, allowed=FUTURE_MODALS if category == "jobs" else frozenset()):
        return None
    text = doc[span.start : quote_end].text if money else span.text
    exceeding = None if money else _exceeding(span)
    if exceeding is not None:
        # "likely to exceed 20,000": above the figure, told with its verb
        parsed = (parsed[0], None)
        quote_start = min(quote_start, exceeding.i)
        text = doc[exceeding.i : span.end].text
    return _given(
        span,
        sent,
        entities,
        claims,
        counted=category
        if noun in ("", *GENERAL_PEOPLE, *PEOPLE_OF.get(category, ()))
        else f"{category}:{SAME_KINDS.get(noun, noun)}",
        parsed=parsed,
        text=text,
        quote=doc[quote_start:quote_end].text,
    )


def _a_ratio(span: Span, sent: Span) -> bool:
    """A figure that is a term of a ratio: "fewer than one in ten of our employees", "three out
    of five protesters": a share of people, not a count of them."""
    doc = sent.doc
    after = list(doc[span.end : min(span.end + 3, sent.end)])
    before = list(doc[max(sent.start, span.start - 3) : span.start])
    if after and after[0].lower_ == "in" and len(after) > 1 and _is_number(after[1]):
        return True  # "one in ten"
    if len(after) > 2 and after[0].lower_ == "out" and after[1].lower_ == "of" and _is_number(after[2]):
        return True  # "three out of five"
    if len(before) >= 2 and before[-1].lower_ == "in" and _is_number(before[-2]):
        return True  # "one in ten": the second term
    if len(before) == 3 and [t.lower_ for t in before[1:]] == ["out", "of"] and _is_number(before[0]):
        return True  # "three out of five"
    return _a_rate(span)


def _a_rate(span: Span) -> bool:
    """A count per period ("about 4 million passengers a year", "200 flights per day", "3,000
    visitors annually"): how much something usually carries or takes, no count of a happening."""
    counted = _counted_noun(span)
    if counted.pos_ != "NOUN" or counted.i < span.end:
        return False  # "the toll rose to 40 a day later": a count, then when
    doc = span.doc
    after = doc[counted.i + 1 : min(counted.i + 4, len(doc))]
    if len(after) and after[0].lower_ in RATE_ADVERBS:
        return True
    return (
        len(after) >= 2
        and after[0].lower_ in RATE_WORDS
        and after[1].lemma_.lower() in RATE_PERIODS
        and (len(after) == 2 or after[2].lower_ not in RATE_NOT_AFTER)
    )


def _a_difference(span: Span, sent: Span) -> bool:
    """A figure that says by how much two others differ: "4.4 million more than budgeted", "300
    fewer than the police said". It counts nothing of its own."""
    after = sent.doc[span.end : min(span.end + 3, sent.end)]
    words = [t.lower_ for t in after if t.pos_ != "NOUN" and t.lemma_.lower() not in CURRENCY_NOUNS]
    return len(words) >= 2 and words[0] in COMPARATIVES and words[1] == "than"


def _read_share(
    span: Span, sent: Span, entities: list[EntityGroup], claims: list[Claim]
) -> ReportedFigure | None:
    """A turnout given as a share ("turnout was 61.4 percent", "fewer than 40% of staff joined
    the strike"), with who gives it, as a count is read."""
    parsed = share_value(span.text)
    if parsed is None or _superseded(span) or modal_or_negated(span):
        return None
    return _given(
        span, sent, entities, claims, counted="turnout", parsed=parsed, text=span.text, quote=span.text
    )


def _given(
    span: Span,
    sent: Span,
    entities: list[EntityGroup],
    claims: list[Claim],
    *,
    counted: str,
    parsed: tuple[float, float | None],
    text: str,
    quote: str,
) -> ReportedFigure | None:
    """The figure read at `span`, with who gives it (None when nobody can be named) and the
    places its sentence names."""
    source, s_start, s_end = _source(span, sent, entities, claims)
    if source is None:
        return None
    low, high = parsed
    return ReportedFigure(
        counted=counted,
        low=low,
        high=high,
        text=text,
        quote=quote,
        sentence=sent.text,
        start=sent.start_char,
        end=sent.end_char,
        source=source,
        source_start=s_start,
        source_end=s_end,
        places=_places_of(span, sent, entities, (s_start, s_end)),
    )


def _places_of(
    span: Span, sent: Span, entities: list[EntityGroup], source: tuple[int | None, int | None]
) -> list[str]:
    """The towns, regions and countries a figure's sentence names (`_PLACE_TYPES`), but for
    those in the name of who gives it ("Vellac's mayor": whose word, not where) and those in a
    clause telling when of something else ("since the fire broke out near the village of
    Orrach": where the fire began, not where homes burned)."""
    elsewhere = _other_events_clauses(span, sent) + _speaker_phrase(sent, *source)
    return sorted(
        {
            g.name
            for g in entities
            if g.type in _PLACE_TYPES
            for m in g.mentions
            if sent.start_char <= m.start
            and m.end <= sent.end_char
            and not any(a <= m.start < b for a, b in elsewhere)
        }
    )


def _speaker_phrase(sent: Span, start: int | None, end: int | None) -> list[tuple[int, int]]:
    """The character range of the noun phrase naming who gives a figure ("Vellac's mayor
    Benedek Sarro", "the mayor of Vellac"; no clause hung on it), its name at start..end."""
    if start is None or end is None:
        return []
    inside = [t for t in sent if start <= t.idx < end]
    root = next((t for t in inside if not start <= t.head.idx < end or t.head == t), None)
    if root is None:
        return []
    in_clauses = {
        t.i
        for c in root.subtree
        if c.dep_ in ("relcl", "acl", "advcl", "ccomp") and c != root
        for t in c.subtree
    }
    words = [t for t in root.subtree if t.i not in in_clauses]
    first = min(words, key=lambda t: t.i)
    before = sent.doc[first.i - 1] if first.i > sent.start else None
    if before is not None and before.dep_ == root.dep_ and before.head == root.head and before.pos_ == "NOUN":
        # "German auto parts supplier Hellwig will cut ...": the parser makes the description a
        # second subject beside the name, but it is the name's own phrase.
        words += list(before.subtree)
    return [(min(t.idx for t in words), max(t.idx + len(t) for t in words))]


def _other_events_clauses(span: Span, sent: Span) -> list[tuple[int, int]]:
    """The character ranges of the sentence's clauses that tell when by another happening
    ("since the fire broke out ...", "after the dam burst ..."), the figure outside them."""
    ranges = []
    for t in sent:
        if t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in WHEN_MARKS for c in t.children):
            continue
        first, last = t.left_edge, t.right_edge
        if first.i <= span.root.i <= last.i:
            continue
        ranges.append((first.idx, last.idx + len(last)))
    return ranges


def _money(span: Span) -> tuple[float, float | None] | None:
    words = [t.text for t in span if t.tag_ != "$"]
    parsed = parse_figure(" ".join(words))
    return parsed


def _price_word_near(span: Span, sent: Span) -> bool:
    """A sum a deal is struck for: "sold its unit for 300 million euros", "agreed to buy X for $2
    billion", "paid 50 million pounds for the striker"."""
    window = sent.doc[max(sent.start, span.start - 12) : span.start]
    # The words the sum hangs from, however far off an apposition puts them ("agreed to buy X,
    # the country's third-largest operator, for 1.2 billion crowns").
    governing = list(itertools.islice(span.root.ancestors, PRICE_REACH))
    # (not "sales": a year's takings, "put its annual sales at 720 million", are no price)
    return any(t.lemma_.lower() in PRICE_WORDS and t.lower_ != "sales" for t in [*window, *governing])


def _words_near(span: Span, sent: Span, words: frozenset[str]) -> bool:
    """One of `words` a few words either side of a sum: "the damage is estimated at 2 million
    euros", "fined the bank 62 million euros"."""
    window = sent.doc[max(sent.start, span.start - 6) : min(sent.end, span.end + 3)]
    return any(
        (t.lemma_.lower() in words or t.lower_ in words) and not _verb_between(t, span) for t in window
    )


def _verb_between(word: Token, span: Span) -> bool:
    """A verb between a word and the sum after it that governs the sum but not the word: "a fine
    for accepting 2.1 million euros" (the sum is what was accepted, not the fine)."""
    return any(
        v.pos_ == "VERB" and word.i < v.i < span.start and not v.left_edge.i <= word.i <= v.right_edge.i
        for v in span.root.ancestors
    )


def category_of(t: Token) -> str | None:
    if t.text in MONTH_NAMES:
        return None  # "12 March": the month, not a march
    if t.lemma_.lower() in VERB_ONLY_CATEGORY_WORDS and t.pos_ != "VERB":
        return None  # "a flock of 4,500 birds": no crowd
    if t.lower_ == "board" and t.i > 0 and t.doc[t.i - 1].lower_ == "on":
        return "aboard"  # "163 people on board"
    return CATEGORY_WORDS.get(t.lower_) or CATEGORY_WORDS.get(t.lemma_.lower())


def _category(
    span: Span, sent: Span, s_index: int, sentences: list[Span], told: dict[int, str]
) -> tuple[str | None, str, int, int]:
    """What the figure counts, the noun it counts ("" or "people" for people in general), and
    the token range of the words that say so, the figure included (the quote)."""
    doc = sent.doc
    crowd = _crowd_in_apposition(span)
    if crowd is not None:
        return "crowd", "", min(crowd.i, span.start), span.end
    noun = _kind_of_the_group(span)  # "two of our seafarers": seafarers
    counted = _counted_noun(span)
    if counted.dep_ == "dobj" and counted.head.lemma_.lower() == "treat":
        # "crews treated 61 runners for heat exhaustion": what they were treated for
        treated = _treated_for(counted.head) or _treated_where(counted)
        if treated is not None:
            kind = noun or (counted.lemma_.lower() if counted.i >= span.end else "")
            return treated[0], kind, min(span.start, counted.head.i), treated[1].i + 1
    noun_at: int | None = None
    degree = ""  # "seriously" before what befell them: a part of the count
    crowd_at: int | None = None  # "14 protesters": a crowd, unless something else befell them
    i = _after_the_group(span)
    limit = max(span.end + 8, i + 4)  # a few words past the figure, or past the group it is of
    # "more", "other" and adjectives, then the counted noun, then "of them", auxiliaries, adverbs
    # and verbs of reporting a state ("were reported killed", "remain missing", "found dead").
    while i < sent.end and i < limit:
        t = doc[i]
        category = category_of(t)
        if category is not None and t.dep_ == "compound" and t.head.i > t.i:
            category = None  # "two rescue teams", "three injury updates": a word of another noun
        if category == "cancelled" and noun in JOB_NOUNS:
            category = None  # "300 jobs were scrapped": a cut (`_jobs_cut`)
        if (
            category is None
            and t.lemma_.lower() in CASE_NOUNS
            and _of_an_illness(t, _around(s_index, sentences))
        ):
            return "infected", noun if noun not in CASE_NOUNS else "", span.start, t.i + 1
        if category is None and t.pos_ == "VERB" and t.lemma_.lower() in CATCHING_VERBS:
            illness = _an_illness_caught(t)
            if illness is not None:
                return "infected", noun, span.start, illness.i + 1
        if category is None and t.pos_ == "VERB" and t.lemma_.lower() == "test":
            positive = _tested_positive(t)
            if positive is not None:
                return "infected", noun, span.start, positive.i + 1
        if category is None and t.pos_ == "VERB" and t.lemma_.lower() in TO_HOSPITAL_VERBS:
            hospital = _to_hospital(t, sent)
            if hospital is not None:
                return "hospitalised", noun, span.start, hospital.i + 1
        if category is None and t.pos_ == "VERB":
            homes = _out_of_homes(t, sent) or _made_to_leave(t)
            if homes is not None and _counted_noun(span).dep_ != "pobj":
                # (not "from 11 streets": a place the people came from, not who left)
                return "displaced", noun, span.start, homes.i + 1
        if category is None and t.lemma_.lower() == "treat" and i + 2 < sent.end:
            # "60 people were treated for injuries", "for burns": hurt, as the hospital counts
            # them; "for heat exhaustion": taken ill.
            after = doc[i + 1 : min(i + 4, sent.end)]
            treated = _treated_for(t)
            if treated is not None:
                category, i = treated[0], treated[1].i
            elif t.tag_ == "VBN" and after[0].lower_ in ("by", "at", "on"):
                # "34 passengers had been treated by paramedics", "were treated at the scene"
                category = "injured"
        if category is None and _broke_out(t) and noun in ("", *HELD_PEOPLE):
            return "escaped", noun, span.start, t.i + 2
        if category is None and t.pos_ == "VERB" and t.lemma_.lower() in FALLING_ILL_VERBS:
            ill = _fallen_ill(t)
            if ill is not None:
                return "ill", noun, span.start, ill.i + 1
        if category is None and t.lemma_.lower() == "cast" and noun in BALLOT_NOUNS:
            return "votes", "", span.start, i + 1
        if category == "crowd" and t.pos_ == "NOUN" and not noun:
            noun, crowd_at = t.lemma_.lower(), i
        elif category is not None:
            if degree:
                return category, degree, span.start, i + 1
            if category == "destroyed" and noun in ANIMALS:
                category = "culled"  # "40,000 pigs have been destroyed": a cull
            if category == "escaped" and _counted_noun(span).lemma_.lower() in MEASURE_UNITS:
                category = "spilled"  # "800 barrels of crude oil escaped": a spill, no escape
            if category == "affected" and noun in JOB_NOUNS:
                return "jobs", "", span.start, i + 1  # "650 positions will be affected": jobs cut
            return category, noun or _noun_it_tells(t, sent), span.start, i + 1
        elif t.lower_ in DEGREE_ADVERBS and t.pos_ in ("ADV", "ADJ"):
            degree = DEGREE_ADVERBS[t.lower_]
        elif t.pos_ == "ADP" and i + 1 < sent.end and category_of(doc[i + 1]) == "aboard":
            pass  # "212 passengers on board": what the count is
        elif (
            noun_at is not None
            and t.lower_ in ("who", "that")
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.head.dep_ == "relcl"
            and t.head.head.i == noun_at
        ):
            pass  # "ninety patients who have been infected": what befell them, told in their clause
        elif t.lower_ == "," and (resumed := _after_interruption(doc, i)) > i and resumed < sent.end:
            # '"Forty people," he said, "were killed"': what befell them, after the speaker
            i = resumed
            limit = max(limit, i + 4)
            continue
        elif (
            noun_at is not None
            and (t.lower_ == "," or t.pos_ == "CCONJ")
            and (listed := _listed_with(doc[noun_at], t)) is not None
        ):
            # "60,000 teachers, parents and pupils marched", "34 passengers and crew were
            # treated": the kinds of people counted together
            noun = "people"
            i = listed.i + 1
            limit = max(limit, i + 4)
            continue
        elif (
            noun_at is not None
            and t.pos_ == "CCONJ"
            and (joined := _counted_beside(doc[noun_at], t)) is not None
        ):
            # "Five soldiers and two civilians were killed", "148 passengers and six crew on
            # board": what befell the count joined to this one befell this one too
            i = joined.i + 1
            limit = max(limit, i + 4)
            continue
        elif (
            noun_at is not None and t.lower_ == "of" and t.head.i == noun_at and t.right_edge.i + 1 < sent.end
        ):
            # "nine crew members of the bulk carrier Corrowin Star were missing": whose they
            # are, then what befell them; but "450 hectares of vines": what is measured, a kind
            # of its own (not the whole land a fire burned)
            measured = next((g for g in t.children if g.dep_ == "pobj"), None)
            if (
                noun in MEASURE_UNITS
                and measured is not None
                and measured.pos_ == "NOUN"
                and measured.lemma_.lower() not in LAND_COVER_WORDS
            ):
                noun = measured.lemma_.lower()
            i = t.right_edge.i + 1
            limit = max(limit, i + 4)
            continue
        elif noun and t.pos_ == "ADP" and t.lower_ in PLACE_PREPS and t.right_edge.i + 1 < sent.end:
            # "340 homes in Lissendrum were flooded": where the counted things are, then what befell them
            i = t.right_edge.i + 1
            limit = max(limit, i + 4)
            continue
        elif noun and t.lower_ == "," and i + 1 < sent.end and doc[i + 1].lower_ in _PICKED_OUT:
            # "Eleven people, including four children, were admitted": the part picked out of
            # them says nothing of what befell them all
            i = doc[i + 1].right_edge.i + 1
            if i < sent.end and doc[i].lower_ == ",":
                i += 1
            limit = max(limit, i + 4)
            continue
        elif t.is_quote and (i == span.end or (noun_at is not None and i == noun_at + 1)):
            pass  # the figure quoted: '"at least 6,000" people', '"about 4,200 passengers" had been
        elif (
            t.pos_ == "VERB" and t.lemma_.lower() == "have" and i + 1 < sent.end and doc[i + 1].lower_ == "to"
        ):
            pass  # "600 people had to leave their homes": what they had to do befell them
        elif t.text == "-" and not doc[i - 1].whitespace_ and not t.whitespace_:
            pass  # "8,000 festival-goers": a hyphen within the counted noun
        elif t.is_punct or _is_number(t) or (t.pos_ == "VERB" and t.lemma_.lower() not in STATE_VERBS):
            break
        elif t.pos_ in ("NOUN", "PROPN"):
            if noun and not (
                noun_at is not None and doc[noun_at].dep_ == "compound" and doc[noun_at].head.i == i
            ):
                break
            # "11 crew members", "20 aid workers": the noun the first is a compound of
            if not (noun and t.lemma_.lower() in MEMBER_NOUNS):
                noun = t.lemma_.lower()
            noun_at = i
        elif not (
            t.pos_ in _SKIPPABLE_POS
            or t.pos_ in ("ADJ", "VERB")
            or t.lower_ in ("more", "other", "of", "them", "those")
        ):
            break
        i += 1
    if crowd_at is not None:
        if doc[crowd_at].lemma_.lower() in GATHERING_EVENTS and crowd_at == _counted_noun(span).i:
            return None, noun, span.start, span.end  # "two protests were held": gatherings, not people
        return "crowd", "", span.start, crowd_at + 1
    unpowered = _without_power(span)
    if unpowered is not None:
        end = max(span.end, unpowered.i, _counted_noun(span).i) + 1
        return "without_power", noun, min(span.start, unpowered.i), end
    bodies = _bodies_found(span)
    if bodies is not None:
        return "dead", "", min(span.start, bodies.i), max(span.end, bodies.i, _counted_noun(span).i) + 1
    lives = _lives_taken(span)
    if lives is not None:
        return "dead", "", min(span.start, lives.i), max(span.end, lives.i) + 1
    filled = _filled_a_public_place(span)
    if filled is not None:
        return "crowd", noun, span.start, filled.i + 1
    on_strike = _joined_strike(span)
    if on_strike is not None:
        return "strikers", "", span.start, on_strike.i + 1
    jobs = _jobs_cut(span) if noun in JOB_NOUNS else _jobs_lost(span)
    if jobs is not None:
        return "jobs", "", span.start, jobs.i + 1
    # The gathering may be told in the sentence, the one before it or the article's opening (its
    # first two sentences: a wire story's dateline, "KELL, May 3 (Reuters) -", may stand alone).
    around = _around(s_index, sentences)
    joined = _joined_gathering(span, around)
    if joined is not None:
        # (the gathering may come first: "a disturbance involving around 40 inmates")
        end = max(joined.i, _counted_noun(span).i if noun else span.end - 1) + 1
        return "crowd", noun, min(span.start, joined.i), end
    present = _present_in_numbers(span) or _had_here(span, around)
    if present is not None:
        return "crowd", "", span.start, present.i + 1
    if _counted_at_a_gathering(span, around):  # (quoted from its verb: "counted 30,000")
        counted = _counted_noun(span)
        return "crowd", "", counted.head.i, max(span.end, counted.i + 1)
    # "killing at least 12", "arrested 200 people": the verb just before the figure, or before
    # the count this one is joined to ("carrying 212 passengers and 14 crew members").
    j = _start_of_the_first_joined(span) - 1
    while j >= sent.start and doc[j].lower_ in _LEFT_SKIP:
        j -= 1
    if j >= sent.start and doc[j].pos_ == "VERB":
        category = category_of(doc[j])
        if category == "crowd" and noun not in ("", *GENERAL_PEOPLE, *PRESENT_PEOPLE, *GATHERINGS):
            category = None  # "attended about 65 homes": places gone to, not a crowd
        if category is not None:
            return category, noun, j, max(span.end, i if noun else span.end)
        if _a_hospital_admitted(doc[j]):
            return "hospitalised", noun, j, max(span.end, i if noun else span.end)
    # "a crowd of 10,000", "the recall of 120,000 scooters", "the arrest of 12 people"
    if j >= sent.start and doc[j].lower_ == "of" and j - 1 >= sent.start and doc[j - 1].pos_ == "NOUN":
        if _data_taken(doc[j - 1]):
            # "accessed the personal details of 120,000 customers", "the data of 2 million
            # users was stolen": whose data a breach reached, customers or their accounts alike
            return "affected", "", j - 1, max(span.end, _counted_noun(span).i + 1)
        category = category_of(doc[j - 1])
        if category is None and doc[j - 1].lemma_.lower() == "toll":
            # "gave a death toll of 41": the toll's own words say what it counts, else the dead
            category = _tally_category(doc[j - 1], s_index, sentences, told)
            return category, "", doc[j - 1].left_edge.i, span.end
        if category is not None:
            counted = _counted_noun(span)
            kind = counted.lemma_.lower() if counted.pos_ == "NOUN" else ""
            return category, kind, j - 1, max(span.end, counted.i + 1 if kind else span.end)
    if j >= sent.start and _pulled_out(doc[j]) and noun in PULLED_PEOPLE:
        # "pulled 212 people from a sinking trawler": those taken out of danger
        return "rescued", noun, j, max(span.end, _counted_noun(span).i + 1)
    if j >= sent.start and doc[j].lemma_.lower() in CARRYING_VERBS and noun in ABOARD_PEOPLE:
        # "the ferry was carrying 212 passengers": the people a vessel or vehicle had aboard
        return "aboard", noun, j, max(span.end, _counted_noun(span).i + 1)
    tally = _tally(span)
    if tally is None:
        counted = _counted_noun(span)
        if (
            noun in TRAVELLING_PEOPLE
            and counted.tag_ == "NNS"
            and not _a_capacity(counted)
            and not _doers_of_something_else(counted)
        ):
            # "There were 163 passengers": passengers counted alone are those aboard (not "one
            # passenger, a student returning home": one of them, picked out)
            return "aboard", noun, span.start, counted.i + 1
        return None, noun, span.start, span.end
    category = _tally_category(tally, s_index, sentences, told)
    # the kind its "of" tells, else the noun of the figure itself ("is closer to 4,100 hectares")
    # (not a time after it: "the toll rose to 40 a day later" counts no days)
    kind = _tally_kind(tally, category) or (noun if category is not None and noun not in RATE_PERIODS else "")
    return category, kind, min(tally.left_edge.i, span.start), span.end


def _doers_of_something_else(counted: Token) -> bool:
    """Passengers counted as the subject of what they did or what befell them ("five more
    passengers had gone to hospital", "two passengers remained in a serious condition"): some of
    those aboard, not how many were; "there were 163 passengers" and "163 passengers were on
    board" still count them all."""
    if counted.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = counted.head
    if verb.lemma_.lower() == "be" or verb.lemma_.lower() in TRAVELLING_VERBS:
        return False  # "163 passengers were on board", "some 200 passengers travelled on it"
    return not any(c.dep_ == "prep" and category_of(c) == "aboard" for c in verb.children)


def _a_capacity(counted: Token) -> bool:
    """Whether a count of passengers is what a vessel may carry, not whom it carried: "was
    licensed for 150 passengers", "built for 300 passengers", "a capacity of 150 passengers"."""
    governor = counted.head.head if counted.dep_ == "pobj" else counted.head
    return governor.lemma_.lower() in CAPACITY_WORDS


def _pulled_out(verb: Token) -> bool:
    """A verb of pulling with "from" or "out" ("pulled ... from the trawler", "plucked ... out of
    the sea"): people taken out of danger."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in PULLING_VERBS
        and any(c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out") for c in verb.children)
    )


def _start_of_the_first_joined(span: Span) -> int:
    """Where the first of the counts a figure's count is joined to starts ("212" of "212
    passengers and 14 crew members" for "14"), or where the figure starts."""
    counted = _counted_noun(span)
    start = span.start
    while counted.dep_ == "conj" and counted.head.pos_ == "NOUN":
        counted = counted.head
        figures = [n for n in counted.lefts if _is_number(n)]
        if not figures:
            break
        start = figures[0].left_edge.i
    return start


def _crowd_in_apposition(span: Span) -> Token | None:
    """The crowd a bare figure stands beside: "The crowd, about 8,000 according to police,
    marched" (the figure, or the people it counts, in apposition to a noun of a gathering's
    people or of the gathering)."""
    root = span.root
    if root.pos_ != "NUM":
        return None
    if root.dep_ != "appos":
        # "The march — about 8,000 people, by the police estimate — set off": its people
        root = root.head
        if root.dep_ != "appos" or root.lemma_.lower() not in GENERAL_PEOPLE | PRESENT_PEOPLE:
            return None
    noun = root.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in ("crowd", *GATHERINGS) else None


def _listed_with(noun: Token, comma: Token) -> Token | None:
    """The last of the nouns listed after `noun` with no figure of their own ("teachers,
    parents and pupils", "passengers and crew"), when `comma` (or "and") opens that list."""
    listed = [c for c in noun.conjuncts if c.i > comma.i]
    if not listed or any(_is_number(n) for c in listed for n in c.lefts) or comma.head.i != noun.i:
        return None  # (not "five soldiers and two civilians": two counts, `_counted_beside`)
    return max(listed, key=lambda c: c.i)


def _counted_beside(noun: Token, conjunction: Token) -> Token | None:
    """The counted noun a conjunction joins to `noun`, "two civilians" after "Five soldiers
    and": a noun conjoined to it with a figure of its own."""
    after = conjunction.i + 1
    if conjunction.head.i != noun.i or after >= len(noun.doc) or not _is_number(noun.doc[after]):
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "conj" and c.i > after and any(_is_number(n) for n in c.lefts)
        ),
        None,
    )


def _noun_it_tells(word: Token, sent: Span) -> str:
    """The noun a word of what befell them stands before: "two infected farms" count farms."""
    after = word.i + 1
    if after < sent.end and word.dep_ == "amod" and word.head.i == after and word.head.pos_ == "NOUN":
        return word.head.lemma_.lower()
    return ""


def _a_hospital_admitted(verb: Token) -> bool:
    """ "The hospital has admitted 112 patients", "Kell General Hospital admitted 40 people": the
    figure is whom a hospital took in, so many hospitalised."""
    if verb.lemma_.lower() != "admit":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in HOSPITAL_NOUNS for s in subjects for t in s.subtree)


def _to_hospital(verb: Token, sent: Span) -> Token | None:
    """The "hospital" of "were taken to hospital", "admitted to (the) hospital", "treated in
    hospital": a verb of TO_HOSPITAL_VERBS with "to" or "in" (or "treated at") and the noun
    within a few words."""
    after = sent.doc[verb.i + 1 : min(verb.i + 1 + HOSPITAL_REACH, sent.end)]
    at = ("at",) if verb.lemma_.lower() == "treat" else ()  # "treated at the hospital"
    if after and at and after[0].lower_ == "there":
        # "a doctor at Kell General Hospital says 70 were treated there": the hospital named
        named = any(t.lemma_.lower() in HOSPITAL_NOUNS and t.i < verb.i for t in sent)
        return after[0] if named else None
    if not after or after[0].lower_ not in ("to", "in", *at):
        return None
    return next((t for t in after[1:] if t.lemma_.lower() in HOSPITAL_NOUNS), None)


def _out_of_homes(verb: Token, sent: Span) -> Token | None:
    """The "homes" of "were forced from their homes", "were moved out of their homes", "left
    their homes": people made to leave where they live are displaced, whatever the verb."""
    after = sent.doc[verb.i + 1 : min(verb.i + 1 + HOMES_REACH, sent.end)]
    leaving = verb.lemma_.lower() in LEAVING_VERBS
    for t in after:
        if t.lemma_.lower() in HOME_NOUNS:
            before = {a.lower_ for a in sent.doc[verb.i + 1 : t.i]}
            return t if leaving or before & {"from", "out"} else None
        if t.pos_ not in ("ADP", "DET", "PRON", "ADV", "ADJ"):
            return None
    return None


def _made_to_leave(verb: Token) -> Token | None:
    """The last word of "forced about 8,000 festival-goers to leave the site", "were ordered to
    leave": people made to leave a place are evacuated, whatever the place; not a post or a body
    they belong to ("forced 30 staff to leave the company")."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FORCING_VERBS:
        verb = verb.head  # reached from the people: "forced 8,000 people to leave"
    leaving = next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING_VERBS), None
    )
    if verb.lemma_.lower() not in FORCING_VERBS or leaving is None:
        return None
    left = next((c for c in leaving.children if c.dep_ == "dobj"), None)
    if left is None:
        return leaving
    if left.lemma_.lower() in LEFT_MEMBERSHIPS or left.ent_type_ == "ORG":
        return None
    return left


def _picked_out_of(span: Span) -> Token | None:
    """The "of" of a group a figure is picked out of: "two of the injured", "1,200 of its
    members", "three of them"."""
    doc, after = span.doc, span.end
    if after + 1 < len(doc) and doc[after].lower_ == "of" and doc[after + 1].lower_ in _PARTITIVE_DETERMINERS:
        return doc[after]
    return None


def _kind_of_the_group(span: Span) -> str:
    """The people a figure is picked out of, when a noun names their kind: "two of our
    seafarers", "1,200 of its members" count seafarers and members; "two of the injured" and
    "three of them" name no kind."""
    of = _picked_out_of(span)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.pos_ != "NOUN" or category_of(group) is not None:
        return ""
    return group.lemma_.lower()


def _after_the_group(span: Span) -> int:
    """Where the words saying what befell a figure's people start: after a group it is picked
    out of ("two of the injured were in a serious condition", "1,200 of its members joined the
    walkout"), whose own words say what the group is, not what the part counts."""
    of = _picked_out_of(span)
    return of.right_edge.i + 1 if of is not None else span.end


def _joined_gathering(span: Span, around: list[Span]) -> Token | None:
    """The gathering a figure of people joined: "120,000 people took part in the march",
    "5,000 joined the protest", "thousands turned out for the rally", "95,000 took to the
    streets" (the figure, or the people it counts, is the subject of a verb of taking part whose
    object is a gathering); or, for "4,000 people took part" with nothing after it, its "part"
    when the sentences around it (`around`: the one before and the article's opening) tell of a
    gathering ("20,000 marched, organisers said. Police said 4,000 people took part"); the same
    for "40 prisoners were involved", "100,000 people turned out" or "had come", and "a
    disturbance involving 40 inmates" counts its crowd."""
    subject = _counted_noun(span)
    verb = subject.head
    if (
        subject.dep_ == "dobj"
        and verb.lemma_.lower() == "involve"
        and verb.dep_ == "acl"
        and verb.head.lemma_.lower() in GATHERING_EVENTS
    ):
        return verb.head  # "a disturbance involving around 40 inmates"
    if verb.lemma_.lower() not in JOINING_VERBS or subject.dep_ != (
        "nsubjpass" if verb.lemma_.lower() == "involve" else "nsubj"
    ):
        return None
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    objects = [c for c in kids if c.dep_ in ("dobj", "obj")]
    if lemma == "take":  # "took part in": not "took the bus to the march"
        streets = [
            g
            for c in kids
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() == "street"
        ]
        if streets:
            return streets[0]  # "95,000 people took to the streets": a protest's crowd
        parts = [c for c in kids if c.lower_ == "part"]
        holders = [*parts, verb] if parts else []  # the parser hangs "in" on either
        objects = []
        if parts and not any(
            c.dep_ == "prep" and c.lower_ in JOINING_PREPOSITIONS for h in holders for c in h.children
        ):  # ("According to the police, 38,000 people took part": no gathering named)
            return parts[0] if _tells_of_a_gathering(around) else None
    elif lemma == "involve":  # "were involved in the riot", or "were involved" in a told riot
        holders = [verb]
        objects = []
        if not any(c.dep_ == "prep" and c.lower_ in JOINING_PREPOSITIONS for c in kids):
            return verb if _tells_of_a_gathering(around) else None
    elif lemma == "turn":  # "turned out for the rally"
        holders = [verb] if any(c.dep_ == "prt" and c.lower_ == "out" for c in kids) else []
        objects = []
    else:  # "joined the protest", "joined in the march", "came to the rally"
        holders = [verb]
    reached = JOINING_PREPOSITIONS | {"to"} if lemma == "come" else JOINING_PREPOSITIONS
    if (
        lemma in ("turn", "come")
        and holders
        and not any(c.dep_ in ("prep", "dobj", "advmod", "npadvmod") for c in kids)
    ):  # "organisers said 100,000 people turned out" (or "had come"), of a gathering told
        last = next((c for c in kids if c.dep_ == "prt"), verb)  # (the quote ends at "out")
        return last if _tells_of_a_gathering(around) else None
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in reached:
                objects += [g for g in prep.children if g.dep_ == "pobj"]
    # (a lower-case "march" the tagger took for the month is still the gathering)
    return next(
        (o for o in objects if category_of(o) == "crowd" and (o.pos_ == "NOUN" or o.text.islower())),
        None,
    )


def _present_in_numbers(span: Span) -> Token | None:
    """The place where people are in numbers, when the figure says only that they were there:
    "there were well over 3,000 people on the prom", "there were about 200 fans outside the
    ground" (the counted people are what "there were" presents, with where they were)."""
    counted = _counted_noun(span)
    verb = counted.head
    if (
        counted.dep_ != "attr"
        or counted.lemma_.lower() not in PRESENT_PEOPLE
        or verb.lemma_.lower() != "be"
        or not any(c.dep_ == "expl" for c in verb.children)
    ):
        return None
    return _where_present((counted, verb))


def _had_here(span: Span, around: list[Span]) -> Token | None:
    """Where "we had" the figure's people, said by those who held a gathering the sentences around
    tell of: '"We had well over 3,000 people here today," the organiser said' ("here", or the
    place after a preposition); not "we had 300 people on the payroll" with no gathering told."""
    counted = _counted_noun(span)
    verb = counted.head
    if (
        counted.dep_ != "dobj"
        or counted.lemma_.lower() not in PRESENT_PEOPLE
        or verb.lemma_.lower() != "have"
        or not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children)
        or not _tells_of_a_gathering(around)
    ):
        return None
    return _where_present((counted, verb), here=True)


def _counted_at_a_gathering(span: Span, around: list[Span]) -> bool:
    """A bare figure, or people, someone counted or estimated, of a gathering the sentences
    around tell of: "police counted 30,000", "we counted more than 45,000 people on the streets"
    (the marchers told before); not "the agency counted 30,000" with no gathering told, nor a
    figure of anything named ("counted 30,000 votes")."""
    counted = _counted_noun(span)
    return (
        (counted.pos_ == "NUM" or counted.lemma_.lower() in PRESENT_PEOPLE)
        and counted.dep_ == "dobj"
        and counted.head.lemma_.lower() in CROWD_COUNTING_VERBS
        and _tells_of_a_gathering(around)
    )


def _where_present(holders: tuple[Token, ...], here: bool = False) -> Token | None:
    """Where the words hung on `holders` put people: the place after a preposition of presence
    ("on the prom", "outside the ground"), or, with `here`, "here" or "there"."""
    for holder in holders:
        for c in holder.children:
            if here and c.dep_ == "advmod" and c.lower_ in ("here", "there"):
                return c
            if c.dep_ == "prep" and c.lower_ in PRESENT_PREPOSITIONS:
                place = next((g for g in c.children if g.dep_ == "pobj"), None)
                if place is not None:
                    return place
    return None


def _without_power(span: Span) -> Token | None:
    """The "power" an outage took from a figure's homes or people: "8,500 homes were (left,
    remained) without power", "left 21,000 customers without electricity" (the figure's noun, or
    the verb it is the subject or object of, has "without power"), "12,000 households lost power"
    (its subject lost it), "power was cut to 30,000 homes" (it is what power was cut to)."""
    counted = _counted_noun(span)
    verb = counted.head
    holders = [counted, verb] if counted.dep_ in ("nsubj", "nsubjpass", "dobj") else [counted]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "without":
                power = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if power is not None and power.lemma_.lower() in POWER_NOUNS:
                    return power
    if counted.dep_ == "nsubj" and verb.lemma_.lower() == "lose":
        return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in POWER_NOUNS), None)
    if counted.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() in POWER_CUT_VERBS:
        cut = verb.head
        return next(
            (c for c in cut.children if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in POWER_NOUNS),
            None,
        )
    return None


def _broke_out(verb: Token) -> bool:
    """ "broke out" of custody: the verb and its "out"."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() == "break"
        and verb.i + 1 < len(verb.doc)
        and verb.doc[verb.i + 1].lower_ == "out"
    )


def _bodies_found(span: Span) -> Token | None:
    """The verb that found the bodies a figure counts: "recovered 23 bodies", "14 bodies were
    found" count the dead (not "two bodies" that govern or advise, nor "three more bodies")."""
    counted = _counted_noun(span)
    verb = counted.head
    if counted.lemma_.lower() != "body" or counted.dep_ not in ("dobj", "nsubjpass"):
        return None
    if any(t.lower_ in ("more", "further") for t in span.doc[span.end : counted.i]):
        return None  # "recovered three more bodies": what the toll rose by, not the toll
    if _brings_a_total_to(verb):
        return None  # "recovered five bodies, bringing the total to 14": what it rose by
    return verb if verb.lemma_.lower() in BODY_FINDING_VERBS else None


# Verbs of a participle that carries a count on to a total: "bringing the total to 14".
_TOTAL_RAISING_VERBS = frozenset({"bring", "take", "push", "raise", "lift"})


def _brings_a_total_to(verb: Token) -> bool:
    """Whether a clause goes on to bring a total to a new figure ("recovered five bodies this
    morning, bringing the total to fourteen"): its own count is then an increment."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp", "conj") or c.lemma_.lower() not in _TOTAL_RAISING_VERBS:
            continue
        kids = list(c.children)
        if any(k.dep_ == "dobj" and k.lemma_.lower() in TALLY_NOUNS for k in kids) and any(
            k.dep_ in ("prep", "dative") and k.lower_ == "to" for k in kids
        ):
            return True
    return False


def _filled_a_public_place(span: Span) -> Token | None:
    """The place a figure's people filled: "40,000 people filled the streets", "packed the
    square" (a crowd, as "took to the streets" is)."""
    counted = _counted_noun(span)
    verb = counted.head
    if counted.dep_ != "nsubj" or verb.lemma_.lower() not in FILLING_VERBS:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PUBLIC_PLACES),
        None,
    )


def _joined_strike(span: Span) -> Token | None:
    """The word saying the figure's people are on strike (`strikes.joined_strike`)."""
    return joined_strike(_counted_noun(span))


def _treated_for(verb: Token) -> tuple[str, Token] | None:
    """What people were treated for, as a count's kind and the phrase's last word: "ill" for an
    illness ("for heat-related illness", "for dehydration"), else "injured" ("for burns and smoke
    inhalation", "for injuries")."""
    # (the parser may hang "for" on the people treated: "treated 12 people for injuries")
    held = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    for_ = next((c for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    what = next((c for c in for_.children if c.dep_ == "pobj"), None) if for_ is not None else None
    if what is None or what.pos_ not in ("NOUN", "PROPN"):
        return None
    told = [what, *(c for c in what.children if c.dep_ == "conj")]
    if any(w.lemma_.lower() in ILLNESS_NOUNS | lx.ILLNESS_WORDS for w in told):
        return "ill", what.right_edge
    if any(category_of(w) == "injured" or w.lemma_.lower() in INJURY_NOUNS for w in told):
        return "injured", what.right_edge
    return None  # "treated for shock": neither hurt nor taken ill, as counted


def _treated_where(counted: Token) -> tuple[str, Token] | None:
    """People medics treated at the scene or on the spot ("paramedics treated 61 people at the
    scene"), as those passively "treated at the scene" are: the injured, with the place's last
    word. Not a hospital's patients ("treated 40 patients at the clinic")."""
    verb = counted.head
    for c in [*verb.children, *counted.children]:
        if c.dep_ != "prep" or c.lower_ not in ("at", "on"):
            continue
        place = next((g for g in c.children if g.dep_ == "pobj"), None)
        if place is not None and place.lemma_.lower() in SCENE_NOUNS:
            return "injured", place
    return None


def _jobs_cut(span: Span) -> Token | None:
    """The jobs a figure counts, when they are cut: the counted noun is the object of a verb of
    cutting ("will cut 2,000 jobs", "will cut up to 900 jobs") or its passive subject ("600 jobs
    would be cut")."""
    counted = _counted_noun(span)
    verb, dep = counted.head, counted.dep_
    if (
        dep == "pobj"
        and verb.lower_ == "to"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.head.children)
    ):
        # "will cut up to 900 jobs", parsed as "cut up" and "to 900 jobs": the verb's object
        verb, dep = verb.head, "dobj"
    if dep == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in JOB_CUT_NOUNS:
        return counted  # "the loss of about 380 jobs"
    lemma = verb.lemma_.lower()
    cut = dep in ("dobj", "nsubjpass", "nsubj") and lemma in JOB_CUT_VERBS
    going = (
        counted.dep_ == "nsubj"
        and lemma in JOB_GOING_VERBS
        and not any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children)
    )
    if cut or going or _going_next(counted):
        return counted
    return _jobs_threatened(counted)


def _jobs_threatened(jobs: Token) -> Token | None:
    """The last word of what puts jobs in doubt, which counts them as the jobs a cut takes: "some
    1,400 jobs are on the line", "close to 400 jobs were at risk", "600 roles are in scope",
    "would affect about 600 positions", "posts affected"."""
    verb = jobs.head
    if jobs.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in JOB_THREAT_VERBS:
        return jobs if jobs.dep_ == "dobj" else verb
    for c in jobs.children:
        if c.dep_ in ("acl", "amod") and c.lemma_.lower() in JOB_THREAT_VERBS:
            return c  # "nearly four hundred posts affected"
    if jobs.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "in", "under"):
            held = next((g for g in c.children if g.dep_ == "pobj"), None)
            if held is not None and held.lemma_.lower() in JOB_THREAT_NOUNS:
                return held
    return None


def _lives_taken(span: Span) -> Token | None:
    """The verb of "claimed 23 lives", "cost at least 40 lives", "took 12 lives" and "23 lives
    were lost": the lives a happening took are its dead."""
    counted = _counted_noun(span)
    verb = counted.head
    if counted.lemma_.lower() != "life" or verb.pos_ not in ("VERB", "AUX"):
        return None
    taken = counted.dep_ == "dobj" and verb.lemma_.lower() in LIFE_TAKING_VERBS
    lost = counted.dep_ == "nsubjpass" and verb.lemma_.lower() in ("lose", "claim")
    return verb if taken or lost else None


def _jobs_lost(span: Span) -> Token | None:
    """The jobs of "450 people will lose their jobs" and "will cost 1,240 people their jobs":
    those who lose them count the jobs cut; and "380 job losses"."""
    counted = _counted_noun(span)
    if counted.lemma_.lower() in JOB_CUT_NOUNS and any(
        c.dep_ == "compound" and c.lemma_.lower() in JOB_NOUNS for c in counted.children
    ):
        return counted
    verb = counted.head
    if counted.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in WORKLESS_VERBS:
        return _without_work(verb)
    losing = counted.dep_ == "nsubj" and verb.lemma_.lower() == "lose"
    costing = counted.dep_ in ("dative", "dobj") and verb.lemma_.lower() == "cost"
    if not (losing or costing):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in JOB_NOUNS), None)


def _without_work(verb: Token) -> Token | None:
    """The last word of "out of work", "without a job" or "jobless" on a verb that leaves people
    so: "will put more than 300 people out of work", "would leave around 310 workers without a
    job", "90 staff were left jobless"."""
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp") and c.lower_ in WORKLESS_WORDS:
            return c
        if c.dep_ != "prep" or c.lower_ not in ("out", "without"):
            continue
        of = (
            next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            if c.lower_ == "out"
            else c
        )
        held = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if held is not None and held.lemma_.lower() in JOB_NOUNS | WORK_NOUNS:
            return held
    return None


# How many words a quote's interruption may take: '," said Ann Lee, general secretary of the
# Finance Workers' Union, "', '," the firm's director, Ana Berg, said at its offices in the
# capital on Thursday, "'.
_INTERRUPTION_REACH = 32


def _after_interruption(doc: Doc, i: int) -> int:
    """Where a quote resumes after its speaker interrupts it at `i`: in '"More than 3,000
    jobs," said X, "will disappear"' the words after the second opening quote; `i` itself
    when no interruption starts there."""
    if i + 2 >= len(doc) or doc[i].lower_ != "," or not doc[i + 1].is_quote:
        return i
    words = doc[i + 2 : min(len(doc), i + 2 + _INTERRUPTION_REACH)]
    for t in words:
        if t.is_quote and t.i > i + 2 and doc[t.i - 1].lower_ == ",":
            # the speaker's words, the verb first ("said X") or after the speaker's name and
            # post ("the company's director, Ana Berg, said at its offices on Thursday")
            speaking = any(
                w.lemma_.lower() in SPEECH_VERBS and w.pos_ in ("VERB", "AUX") for w in doc[i + 2 : t.i]
            )
            return t.i + 1 if speaking else i
    return i


def _going_next(noun: Token) -> bool:
    """ "580 posts would go", read by its words where the parser took the jobs for the object of
    the verb before them ("a plan showing 580 posts would go"): a future modal, then a verb of
    going, and nothing they go to."""
    doc = noun.doc
    i = _after_interruption(doc, noun.i + 1)  # '"3,000 jobs," said X, "will go"'
    # (or an infinitive: "expects around 2,400 jobs to go under the plan")
    if i + 1 >= len(doc) or doc[i].lower_ not in (*FUTURE_MODALS, "to"):
        return False
    verb = doc[i + 1]
    after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    return verb.lemma_.lower() in JOB_GOING_VERBS and after not in ("to", "into")


def _data_taken(noun: Token) -> bool:
    """Whether `noun` is people's data that a verb of a breach reached: "accessed the details",
    "the records were stolen", "exposed the data"."""
    verb = noun.head
    return (
        noun.lemma_.lower() in DATA_NOUNS
        and noun.dep_ in ("dobj", "nsubjpass")
        and verb.lemma_.lower() in DATA_BREACH_VERBS
    )


def _around(s_index: int, sentences: list[Span]) -> list[Span]:
    """The sentences that may tell what a figure's sentence leaves unsaid: the article's opening
    (its first two: a wire story's dateline may stand alone), the one before and its own."""
    return [*sentences[:OPENING_SENTENCES], *sentences[max(s_index - 1, 0) : s_index + 1]]


def _of_an_illness(case: Token, around: list[Span]) -> bool:
    """Whether "cases" are cases of an illness: qualified as such ("confirmed cases", "new
    cases"), or told where the sentences around (`_around`) name an illness or an outbreak."""
    if any(c.dep_ == "amod" and c.lower_ in CASE_QUALIFIERS for c in case.children):
        return True
    return any(t.lemma_.lower() in lx.ILLNESS_WORDS for sent in around for t in sent)


def _an_illness_caught(verb: Token) -> Token | None:
    """The illness of "have caught cholera", "contracted the virus"."""
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lx.ILLNESS_WORDS),
        None,
    )


def _tested_positive(verb: Token) -> Token | None:
    """The last word of "tested positive (for the virus)": those who did are infected."""
    positive = next(
        (c for c in verb.children if c.dep_ in ("acomp", "advmod") and c.lower_ == "positive"), None
    )
    if positive is None:
        return None
    for_ = next((c for c in positive.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return for_.right_edge if for_ is not None else positive


def _fallen_ill(verb: Token) -> Token | None:
    """The "ill" of "fell ill", "were taken ill", "became sick": the word that, with `verb`,
    says its subject fell ill."""
    return next((c for c in verb.children if c.lower_ in ILL_WORDS and c.i > verb.i), None)


def _counted_noun(span: Span) -> Token:
    """The noun a figure counts ("people" of "4,000 people"), or the figure itself when it
    stands alone."""
    counted = span.root
    if counted.pos_ == "ADP" and span[-1] != counted:
        # "up to 900 jobs" parsed as the particle of "cut up": the figure is the last word
        counted = span[-1]
    while counted.dep_ in ("nummod", "quantmod", "compound") and counted.head is not counted:
        counted = counted.head
    return counted


def _tells_of_a_gathering(sentences: list[Span]) -> bool:
    """Whether the sentences tell of a gathering: a march, a protest, a rally, marching."""
    return any(
        category_of(t) == "crowd" and t.pos_ in ("NOUN", "VERB") and t.lemma_.lower() in GATHERINGS
        for sent in sentences
        for t in sent
    )


def _tally(span: Span) -> Token | None:
    """The tally noun whose value the figure gives: "the death toll stands at 52", "police put the
    toll at 30", "the number ... is 45", "estimated the crowd at 5,000"."""
    head = span[-1]
    counted = head.head if head.dep_ == "nummod" else head  # (the span may open with a hedge)
    if counted.dep_ == "appos" and counted.pos_ == "NUM" and counted.head.lemma_.lower() in TALLY_NOUNS:
        return counted.head  # "Number of people evacuated, according to the office: about 3,400"
    if counted.lemma_.lower() in GENERAL_PEOPLE | MEASURE_UNITS:
        head = counted  # "stands at 52 people", "is closer to 4,100 hectares" (not "at three points")
    verb = head.head
    if verb.pos_ == "ADP" and verb.lower_ in ("at", "to"):
        verb = verb.head
    verb = _exceeded_by(verb)
    if verb.lower_ in NEAR_WORDS and verb.dep_ in ("acomp", "advmod"):
        verb = verb.head  # "the real number is closer to 6,500"
    if verb is head or verb.pos_ not in ("VERB", "AUX"):
        return None
    holders = [verb]
    if not any(c.dep_ in ("nsubj", "nsubjpass") and not span.start <= c.i < span.end for c in verb.children):
        # '"The real number," the director of the hospital said, "is 40"': the parser made the
        # quoted tally the subject of the speech verb, whichever of the two it hangs on the other
        # (and at times the figure the subject of its own "is").
        holders += [
            c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SPEECH_VERBS
        ]
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
            holders.append(verb.head)
        # '"The number of people still missing," he said, "is nine"': the quoted tally's words
        # made a clause of what he said, before him
        holders += [g for h in holders[1:] for g in h.children if g.dep_ == "ccomp" and g.i < h.i]
    found = next(
        (
            c
            for holder in holders
            for c in holder.children
            if c.dep_ in ("nsubj", "dobj", "nsubjpass")
            and (c.lemma_.lower() in TALLY_NOUNS or category_of(c) == "crowd")
        ),
        None,
    )
    if found is None and verb.dep_ in ("acl", "relcl"):
        # "put the number of people evacuated during the fire at 430": the parser hung "at 430"
        # on the participle inside the tally's own words; the tally is the noun it describes.
        found = _tally_above(verb)
    if found is None and verb.dep_ == "ccomp":
        found = _reduced_relative_tally(verb.head)
    return found


def _reduced_relative_tally(participle: Token) -> Token | None:
    """The tally of "the tally of birds culled stood at 120,000", which the parser reads with
    "culled" as the tally's verb and "stood" as its clause: the participle's subject, a tally
    noun, right before it."""
    if participle.pos_ != "VERB" or participle.tag_ not in ("VBN", "VBD"):
        return None
    subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.lemma_.lower() not in TALLY_NOUNS
        or subject.right_edge.i != participle.i - 1
    ):
        return None
    return subject


def _exceeded_by(verb: Token) -> Token:
    """The verb a tally is the subject of, above "exceed" in "the number ... is likely to exceed
    20,000", "the toll is expected to top 100" (else `verb` itself)."""
    if verb.lemma_.lower() not in EXCEEDING_VERBS:
        return verb
    while verb.dep_ == "xcomp":
        verb = verb.head
    if verb.dep_ == "acomp":
        verb = verb.head
    return verb


def _exceeding(span: Span) -> Token | None:
    """The verb of "exceed 20,000" whose object the figure is: the count is above it."""
    verb = span[-1].head
    return verb if span[-1].dep_ == "dobj" and verb.lemma_.lower() in EXCEEDING_VERBS else None


def _tally_above(verb: Token) -> Token | None:
    """The tally noun a participle describes through "of" ("the number of people evacuated"),
    when that noun is what a verb sets (its object or subject)."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    if noun.lemma_.lower() in TALLY_NOUNS and noun.dep_ in ("nsubj", "dobj", "nsubjpass"):
        return noun
    return None


def _tally_kind(tally: Token, category: str | None) -> str:
    """The kind a tally counts, told after its "of": "the number of fish killed" counts fish
    (not "the number of dead", "the number of people", "the number of cases" or of jobs)."""
    of = next((c for c in tally.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ != "NOUN" or category in (None, "jobs", "infected") or category_of(noun):
        return ""
    return noun.lemma_.lower()


def _not_accounted_for(verb: Token) -> bool:
    """ "(people) we cannot account for": negated "account for", the missing, as "unaccounted
    for" is."""
    return (
        verb.lemma_.lower() == "account"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    )


def _tally_category(tally: Token, s_index: int, sentences: list[Span], told: dict[int, str]) -> str | None:
    """What a tally counts: its own words ("death toll", "number of injured", "the crowd"); a
    bare toll counts the dead; a bare "number" the count the text named last before it: the
    figure read last in its sentence or the two before (`told`), else a word of a count there or
    in the article's opening."""
    # its own words, and the participle the parser made its verb ("the tally of birds culled",
    # "the number of people still missing," he said, "is nine")
    made_its_verb = _reduced_relative_tally(tally.head) == tally or (
        tally.dep_ == "nsubj"
        and tally.head.dep_ == "ccomp"
        and tally.head.i < tally.head.head.i
        and tally.head.head.lemma_.lower() in SPEECH_VERBS
    )
    own = [*tally.subtree, *([tally.head] if made_its_verb else [])]
    for c in own:
        category = category_of(c)
        if category is not None:
            return category
        if _not_accounted_for(c):
            return "missing"  # "the number of people we cannot account for"
        if c.lemma_.lower() in CASE_NOUNS and _of_an_illness(c, _around(s_index, sentences)):
            return "infected"  # "the number of cholera cases"
        if c.lemma_.lower() in JOB_NOUNS and any(
            v.lemma_.lower() in JOB_CUT_VERBS | JOB_GOING_VERBS for v in c.subtree if v.pos_ == "VERB"
        ):
            return "jobs"  # "the number of jobs set to disappear", "the number of posts to be cut"
    if tally.lemma_.lower() == "toll":
        return "dead"
    # "The real number," the mayor said, "is closer to 3,000": the count the text gave last, in
    # the last two sentences, before any word of a count
    for earlier in range(s_index, max(0, s_index - 2) - 1, -1):
        if earlier in told:
            return told[earlier]
    # the last two sentences, then the article's opening, which tells what the story counts
    # ("has burned a much larger area than firefighters have reported ... "But the number," she
    # said, "is closer to 4,100 hectares.")
    recent = sentences[max(0, s_index - 2) : s_index + 1]
    opening = sentences[: min(OPENING_SENTENCES, max(0, s_index - 2))]
    for earlier in [*reversed(recent), *reversed(opening)]:
        for t in reversed([t for t in earlier if t.i < tally.i]):
            category = category_of(t)
            if category is not None:
                return category
    return None


# Words of a count changing, whose "from N" is the count before ("rose to nine, up from six").
CHANGE_WORDS = frozenset(
    {"rise", "climb", "increase", "jump", "grow", "swell", "fall", "drop", "decline", "up", "down"}
)
# Verbs that replace a figure with a newer one ("updating the agency's figure of six", "the
# count follows its figures of six on Monday").
UPDATING_VERBS = frozenset(
    {"update", "revise", "correct", "replace", "supersede", "raise", "lower", "follow"}
)
# Words that mark a tally as an earlier one ("the previous figure of six").
EARLIER_WORDS = frozenset({"earlier", "previous", "initial", "prior", "original", "old"})
# How far up from a number the words that make it an earlier count are looked for.
SUPERSEDED_REACH = 4


def _superseded(span: Span) -> bool:
    """A count the sentence says was replaced: "up from six", "updating the agency's figure of
    six dead", "its previous tally of 14". It is the news no longer: the later count stands
    for the source, and the earlier one is no rival to another source's."""
    tok = span[-1]
    for _ in range(SUPERSEDED_REACH):
        up = tok.head
        if up.i == tok.i:
            return False
        if up.lower_ == "from" and up.head.lemma_.lower() in CHANGE_WORDS:
            return True
        if up.lemma_.lower() in TALLY_NOUNS and (
            (up.dep_ in ("dobj", "obj") and up.head.lemma_.lower() in UPDATING_VERBS)
            or any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in up.children)
        ):
            return True
        tok = up
    return False


# Words after "N of" that make N a part of a group the text has told of ("two of the injured",
# "three of them", "two of its workers"), not a count of its own.
_PARTITIVE_DETERMINERS = frozenset({"the", "them", "those", "these", "its", "their", "our", "his", "her"})
# Words that pick out a part of a figure's people between commas: "11 people, including four
# children, were admitted".
_PICKED_OUT = frozenset({"including", "among", "mostly", "mainly", "most", "many", "some"})


# Words before a figure that make it the rest of a count told in parts, not the count.
# Not "another": "three died and another 14 were injured" gives the whole count of the injured.
PART_WORDS = frozenset({"other", "remaining"})


def _one_of(span: Span) -> bool:
    """'one of the largest': a member picked out, not a count; the whole a part is picked
    out of ('two of the 40 passengers were killed': 40 were not); and the rest of a count
    ('the other 14 people arrested')."""
    doc, after = span.doc, span.end
    if span.text.lower() == "one" and after < len(doc) and doc[after].lower_ == "of":
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in PART_WORDS:
        return True  # "the other 14 people arrested", "the remaining 14": the rest of a count
    if after + 2 < len(doc) and doc[after].lower_ == "of" and doc[after + 2].lower_ == "own":
        return True  # "cancelled 74 of its own flights": one party's part of the count
    if after < len(doc) and doc[after].lower_ in ("other", "others"):
        # "the ambassador and three other Americans were killed": all but one; "a woman was
        # airlifted to hospital; six others were treated for minor injuries": the rest
        return True
    counted = span[-1].head if span[-1].dep_ == "nummod" else span[-1]
    of = counted.head
    return counted.dep_ == "pobj" and of.lower_ == "of" and of.head.like_num and of.head.i < span.start


# Prepositions of where a happening befell: "killed at three farms", "arrested in 12 raids".
_WHERE_PREPS = frozenset({"at", "in", "near", "across", "around", "inside", "outside"})
# Verbs a count stands at, not a place: "the toll stood at 45 people", "put the crowd at 8,000".
_STANDING_VERBS = AUTHORITY_VERBS | {"stand", "number", "total"}


def _where_it_befell(span: Span) -> bool:
    """A count of the places or occasions a happening befell, not of those it befell: "hens
    were killed at three farms", "flights cancelled at two airports" (the farms are where). Not
    a place a word on it says befell itself ("culled at the two infected farms": farms
    infected)."""
    counted = _counted_noun(span)
    prep = counted.head
    if counted.dep_ != "pobj" or counted.pos_ != "NOUN" or prep.lower_ not in _WHERE_PREPS:
        return False
    if any(c.dep_ in ("amod", "compound") and category_of(c) is not None for c in counted.children):
        return False
    verb = prep.head
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() not in _STANDING_VERBS
        and counted.lemma_.lower() not in GENERAL_PEOPLE | PRESENT_PEOPLE
    )


def _a_place_alone(span: Span) -> bool:
    """A count for one place "alone" ("Four people died on our street alone", "in the capital
    alone, 40 were arrested"): a part of the whole count, which it says is larger."""
    verb = _counted_noun(span).head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "alone" on the place's noun, not on a verb of its own ("a man who lived alone").
    return any(
        t.lower_ == "alone" and t.dep_ == "advmod" and t.head.pos_ in ("NOUN", "PROPN") for t in verb.subtree
    )


def modal_or_negated(span: Span, allowed: frozenset[str] = frozenset()) -> bool:
    """'could rise to 200', 'not 200': a guess or a denial gives no count (`allowed`: modals
    that give one, "will cut 2,000 jobs")."""
    for t in [span[-1], *span[-1].ancestors][:4]:
        if any(
            (c.dep_ == "neg" and not _sets_another_aside(c, span))
            or (c.tag_ == "MD" and c.lower_ not in allowed)
            for c in t.children
        ):
            return True
        if _a_change_foreseen(t):
            return True
    return False


def _a_change_foreseen(verb: Token) -> bool:
    """A count's change told as foreseen ("expect the toll to rise to 200"): a guess, as "could
    rise to 200" is."""
    return (
        verb.lemma_.lower() in CHANGE_WORDS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in FORESEEING_VERBS
    )


def _sets_another_aside(neg: Token, span: Span) -> bool:
    """ "38 million euros, not 62 million": the "not" after the figure and its comma denies the
    figure set aside, not this one."""
    return neg.i > span.end and neg.i > 0 and neg.doc[neg.i - 1].text == ","


def _source(
    span: Span, sent: Span, entities: list[EntityGroup], claims: list[Claim]
) -> tuple[str | None, int | None, int | None]:
    """Who gives the figure: (name, start, end of the name in the text); name "" is the
    article's own voice, None a speaker who cannot be named."""
    start_char = span.start_char
    giver = (
        _relative_giver(span) or _giver_of_own_clause(span) or _owner_of_the_tally(span) or _reported_by(span)
    )
    if giver is not None:
        # "contradicting local officials who put the toll at 57": the officials' figure, inside
        # whoever's claim holds the sentence.
        return _named(giver, entities)
    # The innermost quote that carries the figure: a claim whose words run on into another
    # speaker's ("police said 25,000 came, while unions said 100,000") is not that speaker's;
    # nor is one whose words name another speaker giving it ("organisers said 20,000 took part;
    # police estimated the crowd at 9,000").
    inner = _named_giver_of_the_clause(span)
    for claim in sorted(claims, key=lambda c: len(c.quote)):
        if (
            inner is not None
            and claim.start <= inner.idx < claim.end
            and inner.text.casefold() not in claim.claimant.casefold()
        ):
            continue
        if (
            claim.start <= start_char < claim.end
            and span.text.casefold() in claim.quote.casefold()
            and span.text.casefold() not in claim.claimant.casefold()  # "60,000 people reported dead"
        ):
            if claim.stance != "asserts":
                return None, None, None  # "denied that 50 were killed": no count is given
            return claim.claimant, *_mention_at(claim.claimant, claim.start, claim.end, entities)
    # "according to the health ministry"
    for t in sent:
        if t.lower_ == "according":
            to = next((c for c in t.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                return _named(issuer_of_numbers(obj) or obj, entities)
    # "stood at 120,000, in figures published by the ministry", "(data from the agency)", "by
    # the police estimate"
    for t in sent:
        if t.dep_ == "prep" and t.lower_ in ("in", "from", "by"):
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            issuer = issuer_of_numbers(obj) if obj is not None else None
            if issuer is not None:
                return _named(issuer, entities)
    # "police put the toll at 30", "were wounded, confirmed by local police", '"...," he said, "is 45"'
    for t in [span[-1], *span[-1].ancestors]:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        # ("will put 300 people out of work" gives no figure: it leaves them so)
        gives = t.lemma_.lower() in AUTHORITY_VERBS or _claims_the_count(t, span)
        speakers = [t] if gives and _without_work(t) is None else []
        speakers += [
            c
            for c in t.children
            if (c.dep_ == "parataxis" or (c.dep_ == "ccomp" and c.i < span.start))
            and c.lemma_.lower() in SPEECH_VERBS
        ]
        for verb in speakers:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if subject is None:
                continue
            if subject.pos_ == "PRON":
                return _resolve_pronoun(subject, entities)
            if subject.lemma_.lower() in TALLY_NOUNS or span.start <= subject.i < span.end:
                # ('"Two of our seafarers," the director, Ana Berg, said': the parser made the
                # quoted count the verb's subject and the speaker its apposition)
                speaker = _speaker_beside_the_tally(subject)
                if speaker is None:
                    continue
                subject = speaker
            return _named(subject, entities)
    return "", None, None


def _claims_the_count(verb: Token, span: Span) -> bool:
    """ "organisers claimed 35,000 marchers": the verb's subject gives the count it has as its
    object (not "the fire claimed 12 lives", a toll taken, not given)."""
    counted = _counted_noun(span)
    return (
        verb.lemma_.lower() == "claim"
        and counted.head.i == verb.i
        and counted.dep_ == "dobj"
        and counted.lemma_.lower() != "life"
    )


def _named_giver_of_the_clause(span: Span) -> Token | None:
    """The subject, named by a noun, of the verb of giving counts that governs the figure's own
    clause: "police" in "police estimated the crowd at 9,000". Only the nearest verb: the parser
    may hang a clause before it on a later one ("20,000 took part; police estimated ...")."""
    verb = next((t for t in span[-1].ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or _without_work(verb) is not None:
        return None
    if verb.lemma_.lower() not in AUTHORITY_VERBS and not _claims_the_count(verb, span):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in TALLY_NOUNS:
        return None
    if any(c.dep_ == "poss" for c in subject.children):
        return None  # "the party said its observers had recorded ...": the party's own count
    return subject


def _speaker_beside_the_tally(tally: Token) -> Token | None:
    """The speaker the parser hung on a quoted tally that it made a speech verb's subject
    ('"The real number," the director of the hospital, Jan Brandt, said'): a name among its
    appositions, else the first of them."""
    # (an apposition, or a conjunct where the parser joined the speaker to the quoted words)
    after = [c for c in tally.children if c.dep_ in ("appos", "conj") and c.i > tally.i]
    # (the name may stand beside the post: "the director, Ana Berg")
    beside = [g for c in after for g in c.children if g.dep_ == "appos" and g.i > c.i]
    named = [c for c in [*after, *beside] if c.ent_type_ in ("PERSON", "ORG", "NORP")]
    return (named or after or [None])[0]


def _owner_of_the_tally(span: Span) -> Token | None:
    """Whose figure a tally noun says it is: "rejected the opposition's figure of 120 arrests"
    (the opposition's, whoever rejects it), "the union's estimate of 1,200"."""
    counted = _counted_noun(span)
    of = counted.head
    if (
        counted.dep_ != "pobj"
        or of.lower_ != "of"
        or of.head.lemma_.lower() not in TALLY_NOUNS | {"estimate", "claim"}
    ):
        return None
    owner = next((c for c in of.head.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ in ("PROPN", "NOUN") else None


def _reported_by(span: Span) -> Token | None:
    """The agent of a participle on the counted noun: "putting the toll above the four deaths
    reported by the operator" (the operator's four, inside the union's claim)."""
    giver = participle_agent(_counted_noun(span), GIVEN_BY_VERBS)
    return giver if giver is not None and giver.pos_ in ("PROPN", "NOUN") else None


def _giver_of_own_clause(span: Span) -> Token | None:
    """The named subject of a clause of its own that gives the figure, joined to another
    speaker's ("police said 8,000 came, while the organisers put the figure at 45,000", "an
    outbreak that officials put at 46 cases"): the quote of the first speaker's claim runs on
    over it, but the figure is the second's."""
    verb = next((t for t in [span[-1], *span[-1].ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if (
        verb is None
        or verb.lemma_.lower() not in AUTHORITY_VERBS
        or verb.dep_ not in ("advcl", "conj", "relcl")
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in TALLY_NOUNS:
        return None
    return subject


def _relative_giver(span: Span) -> Token | None:
    """The noun a relative clause giving the figure qualifies: "officials who put the toll at
    57", "police, who estimated the crowd at 3,000", "the ministry, which said 40 had died"."""
    for t in [span[-1], *span[-1].ancestors]:
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in AUTHORITY_VERBS:
            continue
        if t.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in t.children):
            return t.head
        return None  # the nearest verb that gives it is a clause of its own
    return None


def _mention_at(
    name: str, start: int, end: int, entities: list[EntityGroup]
) -> tuple[int | None, int | None]:
    for g in entities:
        for m in g.mentions:
            # The claimant's own name ("Minister Ana Rios" ends in "Ana Rios"), not a name inside
            # it ("the Dunmore hospital" is not Dunmore) nor the place it is of ("Police in Kastor").
            if start <= m.start < end and (
                name in (m.text, g.name) or (name.endswith(" " + m.text) and not _of_a_place(name, m.text))
            ):
                return m.start, m.end
    return None, None


def _of_a_place(name: str, ending: str) -> bool:
    """Whether the words before a name's ending tie it to the name by a preposition ("Police in
    Kastor", "the mayor of Lorne"): the ending is then another entity, not the speaker's name."""
    before = name[: -len(ending)].split()
    return bool(before) and before[-1].lower() in NAME_PREPOSITIONS


def _named(head: Token, entities: list[EntityGroup]) -> tuple[str | None, int | None, int | None]:
    """The name of the noun phrase headed by `head`: the entity it mentions, else its words."""
    words = list(head.subtree)
    lo, hi = words[0].idx, words[-1].idx + len(words[-1].text)
    for g in entities:
        for m in g.mentions:
            if lo <= m.start and m.end <= hi and m.start <= head.idx < m.end:
                return g.name, m.start, m.end
    taken_up = _organisation_by_its_head(head, entities)
    if taken_up is not None:
        return taken_up
    # The noun phrase's own words: not a clause that qualifies it ("officials who put the
    # toll at 57" are "officials"), nor the commas around one.
    clauses = {w.i for c in head.children if c.dep_ in ("relcl", "acl") or _time_told(c) for w in c.subtree}
    # Nor a quotation mark or paragraph break the sentence splitter left before it.
    own = [
        w
        for w in words
        if w.i not in clauses and not (w.is_punct and w.i > head.i) and not w.is_space and w.dep_ != "case"
    ]
    while own and own[0].is_punct:
        own.pop(0)
    text = " ".join(w.text for w in own if w.dep_ != "det" or w.i != own[0].i)
    return (text or None), None, None


def _time_told(child: Token) -> bool:
    """A time the parser hung on a speaker's noun ("the inspectorate on Wednesday, February 25,
    raised the toll"): when it spoke, no part of its name."""
    if child.dep_ != "prep":
        return False
    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def _organisation_by_its_head(
    head: Token, entities: list[EntityGroup]
) -> tuple[str | None, int | None, int | None] | None:
    """The organisation a bare "the ministry" takes up: the one named earlier in the text whose
    name ends in that noun or has it before "of" ("the Ministry of Health"), when only one does.
    "the health ministry" says more than a name's head and may be another body."""
    if head.pos_ != "NOUN" or any(
        c.dep_ != "det" or c.lower_ != "the" for c in head.children if c.i < head.i
    ):
        return None
    if not any(c.lower_ == "the" for c in head.children):
        return None
    word = head.lemma_.lower()
    named = [
        (g, m)
        for g in entities
        if g.type == "ORG" and org_names.head_noun(g.name) == word
        for m in g.mentions[:1]
        if m.end <= head.idx
    ]
    if len({g.name for g, _ in named}) != 1:
        return None
    g, m = named[0]
    return g.name, m.start, m.end


def _resolve_pronoun(
    pronoun: Token, entities: list[EntityGroup]
) -> tuple[str | None, int | None, int | None]:
    """he/she: the last person named before it; "it" (a giver of figures that speaks): the last
    organisation named in its sentence or the one before; any other pronoun names nobody."""
    kind = "PERSON" if pronoun.lower_ in ("he", "she") else "ORG" if pronoun.lower_ == "it" else None
    if kind is None:
        return None, None, None
    since = 0
    if kind == "ORG":
        sent = pronoun.sent
        since = pronoun.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    best = None
    for g in entities:
        if g.type != kind:
            continue
        for m in g.mentions:
            if since <= m.start and m.end <= pronoun.idx and (best is None or m.start > best[1]):
                best = (g.name, m.start, m.end)
    return best if best is not None else (None, None, None)
