"""The pipeline's output: plain msgspec Structs, no database or web types.

Offsets are character offsets into the *cleaned* text unless a field says otherwise; the
analysis entry point maps them back to the submitted text where the API needs that.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

import msgspec

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Anchor = Literal["published_at", "text", "none"]
Stance = Literal["asserts", "denies", "declines_to_comment"]
Granularity = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]


class Base(msgspec.Struct, kw_only=True):
    """Shared options for every pipeline struct."""


class Cleaned(Base):
    """Raw page text with furniture removed, plus what the page said about itself."""

    text: str
    # Sorted (clean_start, raw_start, length) runs: each maps a stretch of cleaned text onto
    # the same characters in the raw input, so any cleaned offset maps back to the input.
    segments: list[tuple[int, int, int]]
    published_at: date | None = None
    published_at_inferred: bool = False
    title: str | None = None

    def to_raw(self, offset: int) -> int:
        """Map an offset in the cleaned text to the same character in the raw input."""
        best = None
        for clean_start, raw_start, length in self.segments:
            if clean_start <= offset <= clean_start + length:
                return raw_start + (offset - clean_start)
            if clean_start > offset:
                break
            best = raw_start + length
        return best if best is not None else 0

    @property
    def clean_text_offset(self) -> int:
        """Where the cleaned text starts in the input."""
        return self.segments[0][1] if self.segments else 0


class Mention(Base, frozen=True):
    start: int
    end: int
    text: str
    sentence: int  # index into Analysis.sentences


class EntityGroup(Base):
    """One real-world entity as one article names it: a full name and its short forms."""

    name: str  # the fullest form the article uses, titles and honorifics stripped
    type: str  # PERSON | ORG | GPE | LOC | NORP | FAC | EVENT | ...
    aliases: list[str]  # every distinct surface form (stripped) used in the article
    mentions: list[Mention]


class TimeExpression(Base):
    text: str
    start: int
    end: int
    type: TimexType
    value: str  # TimeML TIMEX3 value: 2024-11-07, 2024-W45, 2024-11-07T06:30, P3Y, PRESENT_REF ...
    anchor: Anchor  # what the value was computed from
    sentence: int = -1
    # A second reading when the text contradicts itself ("Thursday, 7 October" in an article of
    # 2024-11-11: value 2024-10-07, alternative 2024-11-07, the Thursday before publication).
    alternative: str | None = None


class AnalysisWarning(Base):
    """Something in the text that contradicts itself, kept beside the analysis."""

    kind: str  # e.g. "weekday_mismatch"
    message: str
    start: int
    end: int


class Period(Base, frozen=True):
    """A TIMEX3 date value as a closed interval of days, at its own precision."""

    value: str  # "2024-11-07", "2024-W45", "2022-02", "2024"
    granularity: Granularity
    start: date
    end: date


class Quantity(Base, frozen=True):
    """A figure given for a counted thing ("at least six people killed")."""

    low: float
    high: float | None  # None: open-ended ("at least", "more than")
    text: str  # the figure as written: "at least six", "35,000-40,000"
    counted: str  # lemma of the thing counted ("people", "soldier") and its predicate, e.g. "kill:people"


class Statement(Base):
    """An event mention: a predicate with its participants and, if anchored, its time."""

    sentence: int
    start: int  # offsets of the predicate's clause
    end: int
    predicate: str  # lemma of the predicate ("speak", "call" for "the call", "deny")
    predicate_class: str  # general class: communication, meeting, attack, statement, ...
    participants: list[int]  # indexes into Analysis.entities
    time: int | None = None  # index into Analysis.time_expressions
    polarity: bool = True  # False when negated or denied
    quantity: Quantity | None = None
    text: str = ""  # the sentence
    # False for plans, modal or hypothetical events ("will meet", "plans to speak") and generic
    # plurals: they are read, but never join (or create) a real event.
    actual: bool = True
    # In-article event id: statements in one article that describe the same real-world event
    # (the call, "the call", "the conversation") share it; -1 until grouped.
    event: int = -1
    # True when the text places an undated statement at the article's own date: a happening
    # (not a state) told in the past or present perfect ("has killed", "announced").
    anchored: bool = False
    # A future event stated as set, with its date ("will take effect on 16 February"): on the
    # timeline although not `actual`.
    scheduled: bool = False
    # What will or would happen rather than what did: a plan, a modal or hypothetical ("will
    # resign", "could sign", "no intention of resigning"); not a generic plural, which is not
    # `actual` either. Claims of plans meet only claims of plans.
    planned: bool = False
    places: list[int] = []  # indexes into Analysis.entities: where it happens, not who takes part
    # For an anchored statement: the time of the clause it shares a time with ("bought it in
    # April and sold it"), else the day the narrative had reached ("Yesterday X unveiled ... He
    # praised"), the latest earlier day named relative to the article's date; None: that date.
    reference: int | None = None  # index into Analysis.time_expressions
    # Outlets whose report the statement is ("Acme News reported that ..."): shown with the event,
    # never its parties nor a claim's (indexes into Analysis.entities).
    reporters: list[int] = []
    # Owners of the things taking part ("the mine is owned by Acme"): shown with the event, never
    # its parties (indexes into Analysis.entities).
    owners: list[int] = []


class Claim(Base):
    """An attributed statement: who says what about which event."""

    claimant: str  # who originally made the claim, as the article names them ("": the article itself)
    claimant_entity: int | None  # index into Analysis.entities, when the claimant is one
    stance: Stance
    quote: str  # the quoted words or the reported clause
    sentence: str
    start: int  # offsets of the sentence carrying the claim
    end: int
    statement: int | None = None  # index into Analysis.statements: the proposition
    # The statement was chosen by position for a pointer ("the report", "this"), not named by
    # the claim's own words: evidence for an event, not for what the proposition is.
    proposition_guessed: bool = False
    # The organisation a named claimant holds an office in, as the article introduces them
    # ("Jane Doe, chief executive of Acme Corp", "Acme spokesman John Roe"): their word is also
    # the organisation's. None for an unnamed spokesperson, whose claimant is the organisation.
    speaks_for: int | None = None
    # The article's opening sentence, told as its own account of the story (`claims.lead_account`):
    # it puts the outlet on the asserting side when other coverage denies the story.
    lead: bool = False
    # An assertion that a particular deed was not done ("the union had not called off the
    # strike": `claims.stance.contrary_account`): it answers another article's assertion of the
    # same deed, as a denial of it, in the story's disputes.
    contrary: bool = False


class ReportedFigure(Base):
    """A count the text gives ("over 200 more wounded"), who gives it and where it is said."""

    counted: str  # what is counted: "dead", "injured", "missing", "displaced", "arrested",
    # "crowd", "cost", "casualties"; "dead:soldier" when the count is of one kind of people
    low: float
    high: float | None  # None: open-ended ("at least", "more than")
    text: str  # the figure as written, hedge included: "between 120 and 200"
    quote: str  # the figure with the words that say what it counts
    sentence: str
    start: int  # offsets of the sentence
    end: int
    source: str  # who gives it, as the text names them; "" for the article's own voice
    source_start: int | None = None  # where the source's name is, when it is an entity mention
    source_end: int | None = None
    places: list[str] = []  # places the sentence names
    # The day the count stands at, when the text gives one for it ("as of Friday", "by the end of
    # Friday 21 November", "the toll stood at six on Monday"): ISO day; None for the article's day.
    as_of: str | None = None


class Analysis(Base):
    language: str
    sentences: list[tuple[int, int]] = []
    entities: list[EntityGroup] = []
    time_expressions: list[TimeExpression] = []
    warnings: list[AnalysisWarning] = []
    statements: list[Statement] = []
    claims: list[Claim] = []
    figures: list[ReportedFigure] = []
    # Happenings the article tells in its own voice, no frame attributing them ("A hiker
    # was found alive by a search drone."): the outlet's assertions, used only in disputes; and,
    # as its denials, those it tells in the negative ("No pieces of the rock were found.").
    narrated: list[Claim] = []
