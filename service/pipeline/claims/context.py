"""Shared constants, the frame and the per-document context, and quotes and salient subjects."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.statements.index import (
    DocIndex,
    children,
    head,
)
from service.pipeline.types import Claim, Stance, Statement

QUOTE_MARKS = {'"': '"', "“": "”", "«": "»", "„": "“", "''": "''", "``": "''", "‘": "’"}
# Single typographic quotes, as much of the British press quotes speech (‘It is fake,’ he said).
# The closing mark is also the apostrophe, and the opening one is typed for elisions ("the
# ‘90s"): a single quote opens only before a word.
SINGLE_OPENING = "‘"


# Dependents dropped from a speaker phrase: what follows is description, not the name.
# "npadvmod": "according to X today", a time beside the name.
SPEAKER_DROP_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "npadvmod"})


HYPHENS = frozenset({"-", "‐", "‑"})


# Fewer words than this quote nothing a reader can check ("this", "it", "the report").
MIN_QUOTE_WORDS = 3


# How many sentences ahead of a frameless denial its closing attribution may stand.
LOOKAHEAD_SENTENCES = 5


# How far back a role noun ("the senator") may stand in for a named person as "she".
ROLE_WINDOW_SENTENCES = 3


# How far back "the group" may find the name it was given ("a group calling itself X").
NAMED_WINDOW_SENTENCES = 40


# Words that may stand between reversed reports and the clause they reported: when they came
# ("reports two hours earlier that ..."), at most this many.
REPORT_WHEN_DEPS = frozenset({"npadvmod", "advmod", "nummod", "amod"})


REPORT_WHEN_WORDS = 4


# How many commas and adverbs may stand between a relative pronoun and the noun it takes up.
RELATIVE_GAP = 4


# "played no role / part in": a denied role, like "was not involved in".
ROLE_NOUNS = frozenset({"role", "part", "hand", "involvement"})


# Words that name nobody and nothing in particular: a link denied to them answers no reported
# link, and one found wrong ("something was not right") is no report called untrue (not
# "everything on this site is made up", which covers a whole output).
UNSPECIFIED_PARTIES = frozenset({"anyone", "anybody", "anything", "someone", "somebody", "something"})


# What an unnamed spokesperson can speak for: an organisation or a government (by its country's
# name, "a spokesman for Xland"), never a person.
SPOKEN_FOR_TYPES = frozenset({"ORG", "GPE", "NORP"})


@dataclass
class Frame:
    """One attribution in a sentence."""

    word: Token  # the speech verb, or "according"
    speaker: Token | None
    stance: Stance | None  # None: decided by the content
    contents: list[Token] = field(default_factory=list)  # heads of reported clauses
    target: Token | None = None  # a noun the speech act is about ("denied the reports")
    relay_only: bool = False  # "as noted by X": X relays what the sentence reports
    echo: bool = False  # "This was stated by X": X made the previous sentence's claim
    # "He did not, as some sites report, Y": the speaker reports Y, which the sentence denies.
    gainsaid: bool = False
    # Where the reported words end, when the parser hung the closing attribution inside them
    # ("X has resigned, several newspapers reported": the quote stops at the comma).
    ends_at: int | None = None


@dataclass
class Context:
    """Everything claim extraction looks things up in, built once per doc."""

    idx: DocIndex
    statements: list[Statement]
    anchors: dict[int, int]  # token -> statement
    quote_of: list[int]  # token -> quote region index, -1 outside quotes
    quotes: list[tuple[int, int]]  # quote regions as token ranges [start, end) inside the marks
    subjects: list[tuple[int, int]]  # (token index, entity group) of subjects, in text order
    event_starts: list[tuple[int, int]]  # (start, statement) of event statements, by start
    claims: list[Claim] = field(default_factory=list)
    denied: int | None = None  # statement of the latest denial with one: the article's frame
    asserted_by: dict[int, int] = field(default_factory=dict)  # entity -> statement it last asserted
    # The text disclaims its site's content as a whole in its own voice: it claims nothing.
    disclaimed: bool = False
    # The clause of the latest reports the article told as reversed ("reversing reports that X"):
    # what "the reversal" took back.
    reversed: Token | None = None
    own_voice: bool = False  # a denial nobody else makes is the article's own
    # Entity group -> the words of its appositions ("Emeric Vallow, a spokesman for the
    # directorate"), read once when first asked (`rejected_accounts`).
    introductions: dict[int, set[str]] | None = None


def find_quotes(idx: DocIndex) -> tuple[list[tuple[int, int]], list[int]]:
    """Quoted regions (token ranges inside the marks) and each token's region index, found once
    per index (its `quotations`): the statement, claim, narration and lead readers all ask."""
    if idx.quotations is None:
        idx.quotations = _quotations(idx)
    return idx.quotations


def _quotations(idx: DocIndex) -> tuple[list[tuple[int, int]], list[int]]:
    regions: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    for t in idx.tokens:
        text = t.text
        if opened is None:
            if text in QUOTE_MARKS and (text != SINGLE_OPENING or _word_follows(t, idx)):
                opened = (QUOTE_MARKS[text], t.i)
        elif text == opened[0] or (text in ('"', "''") and opened[0] in ('"', "''")):
            regions.append((opened[1] + 1, t.i))
            opened = None
        elif t.is_space and "\n\n" in text:
            opened = None  # a quote left open at a paragraph's end does not run on
    quote_of = [-1] * len(idx.tokens)
    for ri, (lo, hi) in enumerate(regions):
        for i in range(lo, hi):
            quote_of[i] = ri
    return regions, quote_of


def _word_follows(t: Token, idx: DocIndex) -> bool:
    return t.i + 1 < len(idx.tokens) and idx.tokens[t.i + 1].text[:1].isalpha()


# Groups of subjects no entity covers: a person named by role ("the senator"), an institution
# named by its kind ("Xland's embassy in Y", "the ministry").
ROLE_SUBJECT = -1
INSTITUTION_SUBJECT = -2


def _named_in_apposition(t: Token, idx: DocIndex) -> int | None:
    """The person a role noun subject is named as beside it ("the hospital's medical director,
    Dr Jan Holm, gave ..."): the entity group of its appositive name."""
    if t.lemma_.lower() not in lx.PERSON_ROLE_NOUNS:
        return None
    for c in children(idx, t):
        g = idx.group_of[c.i] if c.dep_ == "appos" else -1
        if g >= 0 and idx.groups[g].type == "PERSON":
            return g
    return None


def subject_mentions(idx: DocIndex) -> list[tuple[int, int]]:
    """Subjects that are entity mentions ("Petrov said"), or that name a person by role ("the
    senator was asked", ROLE_SUBJECT) or an institution by its kind ("the embassy dismissed
    the reports", INSTITUTION_SUBJECT), in text order: the candidates for "he said", "it said"."""
    found = []
    for t in idx.tokens:
        # The subject itself, not a possessor in it: in "Smith's victory will not help", the
        # salient party is no person.
        is_subject = t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.dep_ == "agent")
        if not is_subject:
            continue
        if idx.group_of[t.i] >= 0:
            found.append((t.i, idx.group_of[t.i]))
        elif (named := _named_in_apposition(t, idx)) is not None:
            found.append((t.i, named))  # "the medical director, Dr Jan Holm, said": Holm
        elif t.lemma_.lower() in lx.PERSON_ROLE_NOUNS and t.tag_ == "NN":
            found.append((t.i, ROLE_SUBJECT))
        elif t.lemma_.lower() in lx.INSTITUTION_NOUNS and t.tag_ == "NN":
            found.append((t.i, INSTITUTION_SUBJECT))
    return found


def resolve_pronoun(ctx: Context, tok: Token, person: bool = False) -> tuple[int | None, Token | None]:
    """The most recent subject before `tok` of the right kind: a person for he/she (or for any
    word that stands for one, with `person`: "the 51-year-old"), an organisation or country for
    "it". A named person wins over a nearer role noun ("the press secretary") unless none is named
    in the last few sentences."""
    lower = tok.lower_
    if person or lower in lx.PERSON_PRONOUNS:
        kinds: tuple[str, ...] = ("PERSON",)
    else:
        kinds = ("ORG", "GPE", "NORP") if lower == "it" else ()
    idx = ctx.idx
    own = _subject_of_the_host_clause(tok, idx)
    if own is not None and "PERSON" in kinds:
        g = idx.group_of[own.i]
        if g >= 0 and idx.groups[g].type in kinds:
            return g, own
        if g < 0 and own.lemma_.lower() in lx.PERSON_ROLE_NOUNS:
            return None, own
    speaker = reporting_speaker(tok, idx)
    if speaker is not None:
        g = idx.group_of[speaker.i]
        if g >= 0 and idx.groups[g].type in kinds:
            return g, speaker
        if g < 0 and lower == "it" and speaker.lemma_.lower() in lx.ORG_ROLE_NOUNS:
            return None, speaker  # "the ministry said it would not comment"
        named = _named_beside(speaker, idx, kinds) if g < 0 and lower == "it" else None
        if named is not None:
            return idx.group_of[named.i], named  # "the airport operator, X, said it ...": X
    # A pronoun that speaks takes up a speaker, not someone they spoke about: in "Smith said Jones
    # had resigned. He added ...", "he" is Smith. Subjects inside what was reported are passed
    # over while a speaker of the right kind is in view; with none, they are candidates too.
    g, found = _latest_subject(ctx, tok, kinds, skip_reported=True)
    if g is not None or found is not None:
        return g, found
    return _latest_subject(ctx, tok, kinds, skip_reported=False)


def _named_beside(speaker: Token, idx: DocIndex, kinds: tuple[str, ...]) -> Token | None:
    """The name in apposition to an unnamed speaker, of a kind the pronoun takes up ("the
    airport operator, Aerovia Sur, said it ...")."""
    for c in children(idx, speaker):
        g = idx.group_of[c.i]
        if c.dep_ == "appos" and g >= 0 and idx.groups[g].type in kinds:
            return c
    return None


def _latest_subject(
    ctx: Context, tok: Token, kinds: tuple[str, ...], skip_reported: bool
) -> tuple[int | None, Token | None]:
    idx = ctx.idx
    role: Token | None = None
    # The subjects before the pronoun, latest first (ctx.subjects is in text order).
    for k in range(bisect_left(ctx.subjects, (tok.i, INSTITUTION_SUBJECT - 1)) - 1, -1, -1):
        i, g = ctx.subjects[k]
        if skip_reported and in_reported_content(idx.tokens[i], idx):
            continue
        if _inside_the_quote_it_closes(i, tok, ctx):
            continue
        if g >= 0 and idx.groups[g].type in kinds:
            return g, idx.tokens[i]
        if g == INSTITUTION_SUBJECT and "ORG" in kinds:
            # "Xland's embassy dismissed the reports. '...,' it said": the embassy, not a country
            # named before it.
            return None, idx.tokens[i]
        if g == ROLE_SUBJECT and role is None and "PERSON" in kinds:
            role = idx.tokens[i]
        if role is not None and idx.sent_of[tok.i] - idx.sent_of[i] > ROLE_WINDOW_SENTENCES:
            break
    return None, role


def _inside_the_quote_it_closes(i: int, pronoun: Token, ctx: Context) -> bool:
    """A subject inside the quote that closes in the pronoun's own sentence: in '"Mr Lund died
    on Tuesday," he said', "he" is who speaks of Lund, never Lund."""
    q = ctx.quote_of[i]
    if q < 0 or ctx.quote_of[pronoun.i] >= 0:
        return False
    end = ctx.quotes[q][1]
    return end <= pronoun.i and ctx.idx.sent_of[end - 1] == ctx.idx.sent_of[pronoun.i]


def in_reported_content(subject: Token, idx: DocIndex) -> bool:
    """The subject belongs to a clause a speech act reports ("said Jones had resigned")."""
    clause = head(idx, subject)
    for _ in range(4):
        if clause is None:
            return False
        governor = head(idx, clause)
        if clause.dep_ == "ccomp" and governor is not None and is_speech(governor, idx):
            return True
        clause = governor
    return False


# Links from a clause to the clause it hangs on that keep the host's subject as the topic:
# "X tweeted it, although he later retracted it", "X arrived and he spoke". Reported content
# ("X said he would go") is left out: there "he" is as often someone else.
SAME_TOPIC_LINKS = frozenset({"advcl", "conj"})


def reporting_speaker(pronoun: Token, idx: DocIndex) -> Token | None:
    """The speaker whose reported clause a pronoun is the subject of ("the ministry said it would
    not comment", "X said it was cooperating and did not comment further"): speakers who speak of
    themselves. Only a named or described speaker, not another pronoun."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = head(idx, pronoun)
    while clause is not None and clause.dep_ == "conj":
        clause = head(idx, clause)
    if clause is None or clause.dep_ != "ccomp":
        return None
    verb = head(idx, clause)
    if verb is None or not is_speech(verb, idx):
        return None
    subject = next((c for c in children(idx, verb) if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _subject_of_the_host_clause(pronoun: Token, idx: DocIndex) -> Token | None:
    """The subject of the clause a pronoun's own clause is an adverbial or coordinate part of,
    in the same sentence: in "One journalist tweeted that X, although he later retracted it",
    "he" is the journalist, not a person named in an earlier sentence."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = head(idx, pronoun)
    for _ in range(3):
        if clause is None or clause.dep_ not in SAME_TOPIC_LINKS:
            return None
        host = head(idx, clause)
        if host is None:
            return None
        subject = next((c for c in children(idx, host) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return subject
        clause = host
    return None


def is_target_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in lx.REPORT_NOUNS or lemma in lx.EVENT_NOUNS or lemma in lx.ANAPHORIC_EVENT_NOUNS


def taken_in(verb: Token, idx: DocIndex) -> bool:
    """A speech verb that, with "to" or "into", tells someone taken in: "was admitted to hospital"
    (not "admitted to reporters that ...", which owns up to what it says)."""
    kids = children(idx, verb)
    return (
        verb.lemma_.lower() in lx.TAKING_IN_VERBS
        and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in kids)
        and not any(c.dep_ == "ccomp" for c in kids)
    )


def is_speech(tok: Token, idx: DocIndex) -> bool:
    """A clause that is itself a speech act ("Petrov was asked", "X said")."""
    lemma = tok.lemma_.lower()
    if lemma in lx.DEED_WITH_AN_OBJECT and any(
        c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in children(idx, tok)
    ):
        return False
    if taken_in(tok, idx):
        return False  # "was admitted to a clinic, according to X": X tells of the admission
    return lemma in lx.ASSERT_VERBS or lemma in lx.DENY_VERBS or lemma in ("ask", "question", "quote")
