"""Claims: who says what about which event, read off spaCy's dependency parse.

An attribution frame is a speech word with a speaker: a reporting verb ("said", "denied",
"declined to comment"), "according to X", or "as reported by X". The frame's content (a
reported clause, a quote, or a noun such as "the reports") gives the proposition; the frame's
word and its content give the stance. Sentences that deny something without a frame of their
own ("This is pure fiction.") take the speaker of the attribution that closes their quote or
paragraph ("..., Petrov said."). An outlet relaying someone else's claim ("The Post reported that
people familiar with the call said ...", "As noted by X, Y was asked ...") is evidence, not the
claimant.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from service.pipeline import lexicon as lx
from service.pipeline.names import HONORIFICS
from service.pipeline.statements.deps import ARGUMENT_DEPS
from service.pipeline.statements.extract import statement_anchors
from service.pipeline.statements.index import (
    DocIndex,
    build_index,
    char_range,
    children,
    clause_bounds,
    head,
    text_of,
    unit_bounds,
)
from service.pipeline.statements.participants import own_subject, subject_of
from service.pipeline.statements.polarity import is_no_quantified
from service.pipeline.statements.predicates import (
    content_clauses,
    falsity_near,
    is_event_class,
    is_irrealis,
    verb_class,
)
from service.pipeline.statements.times import BACKGROUND_PREPS
from service.pipeline.types import Claim, EntityGroup, Stance, Statement

QUOTE_MARKS = {'"': '"', "“": "”", "«": "»", "„": "“", "''": "''", "``": "''"}
# Dependents dropped from a speaker phrase: what follows is description, not the name.
# "npadvmod": "according to X today", a time beside the name.
SPEAKER_DROP_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "npadvmod"})
HYPHENS = frozenset({"-", "‐", "‑"})
# Verbs that give a thing its name: "a group calling itself X", "an organisation called X".
NAMING_VERBS = frozenset({"call", "name", "dub"})
# "describes itself as satire" is a self-description, not a denial of anything.
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself"})
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
# Objects that name nobody in particular: a link denied to them answers no reported link.
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
    # The clause of the latest reports the article told as reversed ("reversing reports that X"):
    # what "the reversal" took back.
    reversed: Token | None = None
    own_voice: bool = False  # a denial nobody else makes is the article's own


# --- quotes and salience -----------------------------------------------------------------------


def find_quotes(idx: DocIndex) -> tuple[list[tuple[int, int]], list[int]]:
    """Quoted regions (token ranges inside the marks) and each token's region index."""
    regions: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    for t in idx.tokens:
        text = t.text
        if opened is None:
            if text in QUOTE_MARKS:
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


def subject_mentions(idx: DocIndex) -> list[tuple[int, int]]:
    """Subjects that are entity mentions ("Petrov said"), or that name a person by role ("the
    senator was asked", group -1), in text order: the candidates for "he said"."""
    found = []
    for t in idx.tokens:
        # The subject itself, not a possessor in it: in "Smith's victory will not help", the
        # salient party is no person.
        is_subject = t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.dep_ == "agent")
        if not is_subject:
            continue
        if idx.group_of[t.i] >= 0:
            found.append((t.i, idx.group_of[t.i]))
        elif t.lemma_.lower() in lx.PERSON_ROLE_NOUNS and t.tag_ == "NN":
            found.append((t.i, -1))
    return found


def resolve_pronoun(ctx: Context, tok: Token) -> tuple[int | None, Token | None]:
    """The most recent subject before `tok` of the right kind: a person for he/she, an
    organisation or country for "it". A named person wins over a nearer role noun ("the press
    secretary") unless none is named in the last few sentences."""
    lower = tok.lower_
    kinds = ("PERSON",) if lower in lx.PERSON_PRONOUNS else ("ORG", "GPE", "NORP") if lower == "it" else ()
    idx = ctx.idx
    role: Token | None = None
    for i, g in reversed(ctx.subjects):
        if i >= tok.i:
            continue
        if g >= 0 and idx.groups[g].type in kinds:
            return g, idx.tokens[i]
        if g < 0 and role is None and "PERSON" in kinds:
            role = idx.tokens[i]
        if role is not None and idx.sent_of[tok.i] - idx.sent_of[i] > ROLE_WINDOW_SENTENCES:
            break
    return None, role


# --- frames ---------------------------------------------------------------------------------------


def is_negated(tok: Token, idx: DocIndex) -> bool:
    """ "did not confirm", "would neither confirm nor deny"."""
    for c in children(idx, tok):
        if c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither"):
            return True
        if c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in children(idx, c)):
            return True  # "has n't been debunked": the parser hangs the negation on "been"
    # "neither confirm nor deny": the second verb shares the first one's negation.
    governor = head(idx, tok)
    return (
        tok.dep_ == "conj"
        and governor is not None
        and any(c.lower_ == "nor" for c in children(idx, governor))
    )


def has_falsity(tok: Token, idx: DocIndex) -> bool:
    """A phrase calling something untrue: "pure fiction", "completely false", "fake news"."""
    lo, hi = clause_bounds(idx, tok)
    words = idx.tokens[lo:hi]
    if any(t.dep_ == "neg" for t in words):
        return False  # "not false"
    return any(t.lemma_.lower() in lx.FALSITY_WORDS or t.lower_ in lx.FALSITY_WORDS for t in words)


def falsity_subject(clause: Token, idx: DocIndex) -> Token | None:
    """The subject of "X is false/fiction", "X is not true", "X has no basis", "X was
    fabricated" or "X appears to be a hoax" when X is a report, a piece of evidence, an event or
    a pointer to one ("this one", "every one of those statements", "nothing in the story")."""
    kids = children(idx, clause)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None) or _dropped_subject(clause, idx)
    if subj is None:
        return None
    target = _part_of(subj, idx)
    predicate, copular = _raised_predicate(clause, idx)
    # "Nothing in the story is true", "none of the claims has any basis": the subject negates.
    none_of = target is not subj and is_no_quantified(subj, idx)
    if not _says_false(predicate, idx, copular, none_of):
        return None
    if target.lower_ in lx.PERSONAL_PRONOUNS:
        return None  # "he was denied entry", "I was wrong": a person, not a report
    if _some_of_many(subj, target, idx):
        return None  # "just a few stories on the site are fiction": no report in particular
    if target.lower_ == "they" and predicate.lemma_.lower() in lx.DENY_VERBS:
        return None  # "they were denied bail"
    noun = target.lemma_.lower()
    pointer = (
        target.pos_ == "PRON"
        or target.tag_ == "DT"
        or any(
            c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in children(idx, target)
        )
    )
    if pointer or noun in lx.REPORT_NOUNS or noun in lx.EVENT_NOUNS or noun in lx.EVIDENCE_NOUNS:
        return target
    return None


def _some_of_many(subj: Token, target: Token, idx: DocIndex) -> bool:
    """The subject is some of a kind of report: "a few stories", "many reports", "some of the
    articles" (not "the reports", "these claims", "all the reports", "most of the report")."""
    if target.tag_ not in ("NNS", "NNPS"):
        return False  # "most of the report is false": that report, in the main
    if subj is not target and subj.lower_ in lx.SOME_OF_MANY:
        return True  # "some of the articles", "most of its stories"
    return any(
        c.dep_ in ("amod", "nummod", "det") and c.lower_ in lx.SOME_OF_MANY for c in children(idx, target)
    )


def _says_false(clause: Token, idx: DocIndex, copular: bool, none_of: bool) -> bool:
    """The predicate calls its subject untrue: "is false", "is not true", "has no basis", "did
    not happen", "was fabricated"; with `none_of`, the subject carries the negation ("nothing
    in it is true", "none of it has any basis")."""
    kids = children(idx, clause)
    lemma = clause.lemma_.lower()
    negated = is_negated(clause, idx) != none_of
    if lemma == "be" or copular:
        # "oprd": the parser's label for the complement of "seems untrue", "proved false"
        complements = [c for c in kids if c.dep_ in ("attr", "acomp") or (copular and c.dep_ == "oprd")]
        untrue = [
            c
            for c in complements
            if c.lemma_.lower() in lx.TRUTH_WORDS
            and (negated or any(g.dep_ == "neg" for g in children(idx, c)))  # "is “not true”"
        ]
        if negated and lemma == "be" and any(_what_happened(c, idx) for c in kids):
            return True  # "that is not what happened"
        return bool(untrue) or (not negated and any(has_falsity(c, idx) for c in complements))
    if lemma in ("have", "bear"):
        objects = [c for c in kids if c.dep_ in ("dobj", "obj")]
        if none_of:
            # "nothing in the story has a resemblance of truth"
            return not is_negated(clause, idx) and any(
                c.lemma_.lower() in lx.NO_SUPPORT_NOUNS for c in objects
            )
        # "the claims have no basis", "the report bears no resemblance to the truth"
        return not negated and any(_no_support(c, idx) for c in objects)
    if lemma in lx.OCCURRENCE_VERBS:
        return negated and not habitual(clause, idx)  # "the story did not happen"
    if negated or none_of or not any(c.dep_ == "auxpass" for c in kids):
        return False
    # "was fabricated", "has been debunked", "was retracted"
    return _falsify_verb(clause) or lemma in lx.DENY_VERBS or lemma in lx.RETRACT_VERBS


def _what_happened(clause: Token, idx: DocIndex) -> bool:
    """ "(that is not) what happened", "what occurred": the events as they took place. Not what
    someone wanted, said or did ("that is not what we wanted")."""
    return (
        clause.dep_ in ("ccomp", "attr")
        and clause.lemma_.lower() in lx.OCCURRENCE_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in children(idx, clause))
    )


def _part_of(subj: Token, idx: DocIndex) -> Token:
    """What a part word is part of: "every one of those statements", "nothing in the story"."""
    if subj.lower_ not in lx.PART_WORDS and subj.lemma_.lower() not in lx.PART_WORDS:
        return subj
    for c in children(idx, subj):
        if c.dep_ == "prep" and c.lower_ in ("of", "in"):
            obj = next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return subj


def _raised_predicate(clause: Token, idx: DocIndex) -> tuple[Token, bool]:
    """The predicate that says what the subject is: the infinitive of "appears to be a hoax",
    "turned out to be fake"; the verb itself, copular, for "seems false", "proved untrue"."""
    lemma = clause.lemma_.lower()
    kids = children(idx, clause)
    if lemma not in lx.RAISING_VERBS or is_negated(clause, idx):
        return clause, False
    if lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        return clause, False  # "the story turned heads"
    inner = next((c for c in kids if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if inner is not None:
        return inner, False
    return clause, True


def _dropped_subject(clause: Token, idx: DocIndex) -> Token | None:
    """ "say reports she took the photo are lies": the parser makes the report noun the speech
    verb's object and leaves the reported "are" without a subject."""
    governor = head(idx, clause)
    if clause.lemma_.lower() != "be" or clause.dep_ != "ccomp" or governor is None:
        return None
    return next(
        (
            c
            for c in children(idx, governor)
            if c.dep_ in ("dobj", "obj") and c.i < clause.i and c.lemma_.lower() in lx.REPORT_NOUNS
        ),
        None,
    )


def _falsify_verb(tok: Token) -> bool:
    """ "fabricated", "staged" (whose lemma the tagger sometimes gets wrong)."""
    word = tok.lower_
    stems = (word[:-1], word[:-2], word[:-3]) if word.endswith("ed") else ()  # staged, faked, photoshopped
    return tok.lemma_.lower() in lx.FALSIFY_VERBS or any(stem in lx.FALSIFY_VERBS for stem in stems)


def _no_support(tok: Token, idx: DocIndex) -> bool:
    """ "no basis", "no truth", "no evidence": a support noun quantified by "no"."""
    return tok.lemma_.lower() in lx.NO_SUPPORT_NOUNS and is_no_quantified(tok, idx)


def no_support_target(clause: Token, idx: DocIndex) -> tuple[Token, Token | None] | None:
    """ "There is no truth to these allegations", "there was no evidence that X happened": the
    support noun and what it is support for (a noun or a clause), if the clause says so."""
    kids = children(idx, clause)
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in kids):
        return None
    noun = next((c for c in kids if c.dep_ in ("attr", "nsubj") and _no_support(c, idx)), None)
    if noun is None:
        return None
    for c in children(idx, noun):
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
            return noun, c  # "no evidence that the meeting took place"
        if c.dep_ == "prep" and c.lower_ in ("to", "for", "of", "behind", "in"):
            obj = next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
            if obj is not None:
                return noun, obj
    for c in kids:  # the parser sometimes hangs "to these allegations" on the verb
        if c.dep_ == "prep" and c.lower_ in ("to", "behind"):
            obj = next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
            if obj is not None:
                return noun, obj
    return noun, None


def _characterised_false(verb: Token, idx: DocIndex) -> bool:
    """ "called the reports pure fiction", "labeling it as fake news", "dismissed X as false"."""
    if falsity_near(verb, idx) and (verb.lemma_.lower() != "call" or verb_class(verb, idx)[1] == "statement"):
        return True
    for c in children(idx, verb):
        if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and has_falsity(c, idx):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and has_falsity(c, idx):
            return True
        # The parser sometimes hangs "as false" on the object.
        if c.dep_ in ("dobj", "obj") and any(
            g.dep_ == "prep" and g.lower_ == "as" and has_falsity(g, idx) for g in children(idx, c)
        ):
            return True
    return False


def _object(verb: Token, idx: DocIndex) -> Token | None:
    """The verb's object, preferring one that names a report or an event ("the media reports")."""
    objs = [c for c in children(idx, verb) if c.dep_ in ("dobj", "obj")]
    return next((o for o in objs if _is_target_noun(o)), objs[0] if objs else None)


def _prep_object(verb: Token, idx: DocIndex, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of `preps` on the verb ("comment on the report")."""
    for c in children(idx, verb):
        if c.dep_ == "prep" and c.lower_ in preps:
            return next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
    return None


def _is_report_word(tok: Token | None) -> bool:
    if tok is None:
        return False
    if tok.lower_ in lx.PERSON_PRONOUNS or tok.lower_ in ("me", "us", "you", "them"):
        return False  # "dismissed her": a person dismissed, no report
    return tok.lemma_.lower() in lx.REPORT_NOUNS or tok.pos_ == "PRON"


def _phrasal_denial(verb: Token, idx: DocIndex) -> bool:
    """ "killed off claims", "shot down reports": a verb and its particle that deny a report."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "prt" and (lemma, c.lower_) in lx.PHRASAL_DENY_VERBS for c in children(idx, verb))


def _speaker(verb: Token, idx: DocIndex) -> Token | None:
    """Who performs the speech act: the subject, the agent of a passive, or the subject
    inherited from the governing clause ("Petrov said, denying ...")."""
    for c in children(idx, verb):
        if c.dep_ == "agent":
            return next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
    quoted = _quoted_person(verb, idx)
    if quoted is not None:
        return quoted  # "Reuters quotes doctors saying X": the doctors say X
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children(idx, verb)):
        return None  # "is said to have": no speaker named
    subj = subject_of(verb, idx) or _subject_on_aux(verb, idx)
    inherited = own_subject(verb, idx) is None and verb.dep_ in ("advcl", "conj", "xcomp")
    if subj is not None and inherited and _is_report_word(subj) and subj.pos_ != "PRON":
        # "told journalists that the report was false, denying ...": a report denies nothing;
        # the speaker of the enclosing speech act does.
        up = head(idx, verb)
        while up is not None and not is_speech(up, idx):
            up = head(idx, up)
        return _speaker(up, idx) if up is not None else None
    if subj is not None and inherited:
        reporter = _reporter_of_content(verb, idx)
        if reporter is not None:
            # "killed off claims that a squid lives in the bay - insisting the image is a hoax":
            # the participle hangs in the reported clause, but the claims' subject insists
            # nothing; whoever takes up the claims does.
            return _speaker(reporter, idx)
    return subj


def _reporter_of_content(verb: Token, idx: DocIndex) -> Token | None:
    """The speech verb taking up a report noun whose reported clause `verb` hangs on, if any."""
    clause = head(idx, verb)
    noun = head(idx, clause) if clause is not None and clause.dep_ in ("acl", "ccomp", "relcl") else None
    if noun is None or noun.lemma_.lower() not in lx.REPORT_NOUNS:
        return None
    up = head(idx, noun)
    while up is not None:
        if is_speech(up, idx) or up.lemma_.lower() in lx.DENY_IF_REPORT_VERBS or _phrasal_denial(up, idx):
            return up
        up = head(idx, up)
    return None


def _subject_on_aux(verb: Token, idx: DocIndex) -> Token | None:
    """A subject the parser hung elsewhere: on the emphatic "did" ("X did allege that"), or a
    name before the verb read as its modifier ("Outcry states that", the name taken for an
    adjective)."""
    for c in children(idx, verb):
        if c.dep_ == "aux":
            found = own_subject(c, idx)
            if found is not None:
                return found
        if c.dep_ in ("amod", "compound", "npadvmod", "nmod") and c.i < verb.i and idx.group_of[c.i] >= 0:
            return c
    return None


def _quoted_person(verb: Token, idx: DocIndex) -> Token | None:
    """The object of "quotes/cites X saying ...", for the subjectless "saying" hung anywhere in
    that clause."""
    if verb.tag_ != "VBG" or own_subject(verb, idx) is not None or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None
    up = head(idx, verb)
    for _ in range(4):
        if up is None or (up.pos_ == "VERB" and up.lemma_.lower() not in lx.QUOTE_VERBS):
            return None
        if up.lemma_.lower() in lx.QUOTE_VERBS:
            return _object(up, idx)
        up = head(idx, up)
    return None


def verb_frame(verb: Token, idx: DocIndex) -> Frame | None:
    """The attribution a speech verb makes, if it makes one."""
    lemma = verb.lemma_.lower()
    obj = _object(verb, idx)
    if lemma in lx.DECLINE_VERBS:
        return _decline_frame(verb, idx)
    if lemma in lx.ACCUSE_VERBS and not is_negated(verb, idx):
        charge = _charge(verb, idx) or (_charge(obj, idx) if obj is not None else None)
        # "accused X of fraud", "have accused of being a scam": the speaker alleges the charge.
        return Frame(verb, _speaker(verb, idx), "asserts", [charge]) if charge is not None else None
    if lemma in lx.IGNORE_VERBS and not is_negated(verb, idx) and _questions(obj, idx):
        return Frame(verb, _speaker(verb, idx), "declines_to_comment")  # "ignoring the questions"
    governor = head(idx, verb)
    if governor is not None and governor.lemma_.lower() in lx.DECLINE_VERBS:
        return None  # "refused to say": the refusal is the frame, not the saying
    if _unreachable(verb, idx):
        speaker = next((c for c in children(idx, verb) if c.dep_ == "nsubjpass"), None)
        return Frame(verb, speaker, "declines_to_comment")
    passive = next((c for c in children(idx, verb) if c.dep_ == "nsubjpass"), None)
    if obj is None and passive is not None and any(c.dep_ == "agent" for c in children(idx, verb)):
        obj = passive  # "the figures were confirmed by the office": what was confirmed
    reflexive = obj is not None and obj.lower_ in REFLEXIVES
    if lemma in lx.CHARACTERISE_VERBS and not reflexive and _characterised_false(verb, idx):
        return Frame(verb, _speaker(verb, idx), "denies", target=obj)
    if lemma in lx.DESCRIBE_VERBS and obj is not None and not reflexive and not is_negated(verb, idx):
        complement = _complement(verb, obj, idx)
        if complement is not None:
            # "called the attacks an act of terrorism", "sees X as responsible": X is said to be so.
            return Frame(verb, _speaker(verb, idx), "asserts", [complement])
    if lemma == "respond" and is_negated(verb, idx) and _asks_for_comment(verb, idx):
        return Frame(verb, _speaker(verb, idx), "declines_to_comment")
    if lemma in lx.BLAME_VERBS:
        return _blame_frame(verb, idx, obj)
    if (
        lemma in lx.DOUBT_VERBS
        or (lemma in lx.DOUBT_LIGHT_VERBS and obj is not None and obj.lemma_.lower() in lx.DOUBT_NOUNS)
        or (lemma in lx.QUESTION_VERBS and obj is not None and obj.lemma_.lower() in lx.AUTHENTICITY_NOUNS)
    ):
        return _doubt_frame(verb, idx, obj)
    contents = content_clauses(verb, idx)
    if lemma in lx.DENY_VERBS or lemma in lx.DENY_IF_REPORT_VERBS or _phrasal_denial(verb, idx):
        return _denial_frame(verb, idx, contents, obj)
    if lemma not in lx.ASSERT_VERBS:
        return None
    if is_negated(verb, idx):
        if lemma in lx.NEGATED_COMMENT_VERBS:
            return Frame(verb, _speaker(verb, idx), "declines_to_comment", contents, obj)
        return None
    if _is_as_clause(verb, idx):
        # "as reported by X": X reports the clause this one modifies.
        h = head(idx, verb)
        if h is None:
            return None
        denied = _negated_host(h, verb, idx) if lemma in lx.AS_REPORT_VERBS else None
        if denied is not None:
            # "He did not, as some sites report, paint the wall": the sites report
            # that he did, not that he did not; the sentence itself denies it.
            return Frame(verb, _speaker(verb, idx), "asserts", [denied], gainsaid=True)
        return Frame(verb, _speaker(verb, idx), None, [h], relay_only=is_speech(h, idx))
    target = obj if obj is not None and (_is_target_noun(obj) or obj is passive) else None
    if not contents and target is None and lemma in lx.ATTEST_VERBS:
        target = _prep_object(verb, idx, ("to",))  # "attested to the presence of asbestos"
    if not contents and target is None:
        contents = quoted_after(verb, idx)
    if not contents and target is None:
        small = _small_clause(verb, idx)
        contents = [small] if small is not None else []
    if not contents and passive is not None and passive.lower_ in ("this", "that", "it"):
        return Frame(verb, _speaker(verb, idx), None, target=passive, echo=True)
    return Frame(verb, _speaker(verb, idx), None, contents, target)


def _complement(verb: Token, obj: Token, idx: DocIndex) -> Token | None:
    """What a describing verb says its object is: "called X *a fraud*", "sees X *as
    responsible*", "dubbed the movement *"Cedar Revolution"*" (a name in apposition)."""
    for c in children(idx, verb):
        if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ"):
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((g for g in children(idx, c) if g.dep_ in ("pobj", "pcomp")), None)
    if verb.lemma_.lower() in NAMING_VERBS:
        return next((c for c in children(idx, obj) if c.dep_ == "appos"), None)
    return None


def _small_clause(verb: Token, idx: DocIndex) -> Token | None:
    """A verbless report: "confirms 126 dead" (an adjective the parser reads as a clause), or
    "reports the toll as 965 dead"."""
    for c in children(idx, verb):
        if c.dep_ == "ccomp" and c.pos_ == "ADJ":
            return c
        if (
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(g.dep_ in ("dobj", "obj") for g in children(idx, verb))
        ):
            return next((g for g in children(idx, c) if g.dep_ in ("pobj", "pcomp")), None)
    return None


def _charge(tok: Token, idx: DocIndex) -> Token | None:
    """What "accused X of ..." charges: the noun or clause after "of" (which the parser hangs on
    the verb or on its object)."""
    for c in children(idx, tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in children(idx, c) if g.dep_ in ("pobj", "pcomp")), None)
    return None


def _questions(obj: Token | None, idx: DocIndex) -> bool:
    """ "the questions", "a detailed list of questions", "our request for comment"."""
    if obj is None:
        return False
    if obj.lemma_.lower() in lx.QUESTION_NOUNS:
        return True
    inner = _prep_object(obj, idx, ("of",))
    return inner is not None and inner.lemma_.lower() in lx.QUESTION_NOUNS


def _unreachable(verb: Token, idx: DocIndex) -> bool:
    """ "could not be reached for comment": no comment to be had."""
    if verb.lemma_.lower() != "reach" or not is_negated(verb, idx):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in children(idx, verb)) and _asks_for_comment(
        verb, idx
    )


def quoted_after(verb: Token, idx: DocIndex) -> list[Token]:
    """Clause heads of a quote opening right after the verb ("he replied, "There was no ..."")
    when the parser did not attach the quote to it."""
    doc = idx.tokens
    i = verb.i + 1
    while i < len(doc) and ((doc[i].is_punct and not doc[i].is_quote) or doc[i].is_space):
        i += 1
    if i >= len(doc) or not doc[i].is_quote or idx.block[i] != idx.block[verb.i]:
        return []
    end = i + 1
    while end < len(doc) and not doc[end].is_quote and idx.sent_of[end] == idx.sent_of[i]:
        end += 1
    return [t for t in doc[i + 1 : end] if t.pos_ in ("VERB", "AUX") and not i < t.head.i < end]


def _denial_frame(verb: Token, idx: DocIndex, contents: list[Token], obj: Token | None) -> Frame | None:
    if is_negated(verb, idx):
        return None  # "did not deny" says nothing either way
    lemma = verb.lemma_.lower()
    target = obj if obj is not None and _is_target_noun(obj) else None
    if lemma in lx.DENY_IF_REPORT_VERBS or _phrasal_denial(verb, idx):
        # "rejected the proposal" refuses; only "rejected the reports/claims that" denies.
        if not (_is_report_word(obj) or _characterised_false(verb, idx)):
            return None
        target = obj
    elif target is None and not contents:
        if obj is None or obj.lemma_.lower() not in lx.DENIABLE_NOUNS:
            return None  # "denied the request": no claim about facts
        target = obj  # "denied any involvement"
    return Frame(verb, _speaker(verb, idx), "denies", contents, target)


def _blame_frame(verb: Token, idx: DocIndex, obj: Token | None) -> Frame | None:
    """ "blamed the report on an error", "attributed the reversal to wrong data": the
    speaker says the report (or what a reversal took back) came from a mistake, which denies
    it. Blaming anything else ("blamed the crash on the weather") gives a cause, not a denial,
    and so does a negated blame ("did not blame the report on ...")."""
    if obj is None or is_negated(verb, idx):
        return None
    noun = obj.lemma_.lower()
    if noun not in lx.REPORT_NOUNS and noun not in lx.REVERSAL_NOUNS:
        return None
    causes = [
        g
        for holder in (verb, obj)
        for p in children(idx, holder)
        if p.dep_ == "prep" and p.lower_ in ("on", "to")
        for g in children(idx, p)
        if g.dep_ == "pobj"
    ]
    causes += [c for g in causes for c in children(idx, g) if c.dep_ == "conj"]
    if not any(_names_an_error(g, idx) for g in causes):
        return None
    return Frame(verb, _speaker(verb, idx), "denies", target=obj)


def _doubt_frame(verb: Token, idx: DocIndex, obj: Token | None) -> Frame | None:
    """ "Experts doubt that the lizard was there", "cast doubt on whether the flood was a
    burst dam", "raised doubts about the report": the speaker says a past happening or a report
    is hardly true, which denies it. Not "did not doubt", nor "few doubt", nor a doubt about
    what will be ("doubt that the talks will succeed"), nor doubt about a person ("doubts
    about the coach")."""
    if is_negated(verb, idx):
        return None
    speaker = _speaker(verb, idx)
    if (
        speaker is None
        or speaker.lower_ in lx.NO_ONE_WORDS
        or any(c.dep_ in ("det", "amod") and c.lower_ in lx.NO_ONE_WORDS for c in children(idx, speaker))
    ):
        return None
    holders = [verb] if obj is None or verb.lemma_.lower() in lx.DOUBT_VERBS else [obj, verb]
    contents = [c for h in holders for c in content_clauses(h, idx)]
    contents = [c for c in contents if not is_irrealis(c, idx)]
    if contents:
        return Frame(verb, speaker, "denies", contents)
    doubted = [obj] if obj is not None and verb.lemma_.lower() not in lx.DOUBT_LIGHT_VERBS else []
    doubted += [a for h in holders if (a := _prep_object(h, idx, ("on", "about", "over"))) is not None]
    for about in doubted:
        if about.lemma_.lower() in lx.AUTHENTICITY_NOUNS:
            # "doubted its authenticity", "the veracity of the video": whose it is.
            about = _prep_object(about, idx, ("of",)) or next(
                (c for c in children(idx, about) if c.dep_ == "poss"), None
            )
        if about is not None and (_is_report_word(about) or about.lemma_.lower() in lx.EVIDENCE_NOUNS):
            return Frame(verb, speaker, "denies", target=about)  # "cast doubt on the report"
    return None


def _names_an_error(tok: Token, idx: DocIndex) -> bool:
    """ "a clerical error", "a misunderstanding", "wrong data"."""
    lemma = tok.lemma_.lower()
    if lemma in lx.ERROR_NOUNS:
        return True
    return lemma in lx.INFORMATION_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in lx.WRONG_ADJECTIVES for c in children(idx, tok)
    )


def _decline_frame(verb: Token, idx: DocIndex) -> Frame | None:
    """ "declined to comment on X", "refused to say whether X", "refrained from sharing"."""
    for c in children(idx, verb):
        inner = c
        if c.dep_ == "prep" and c.lower_ == "from":
            inner = next((g for g in children(idx, c) if g.dep_ == "pcomp"), c)
        elif c.dep_ != "xcomp":
            continue
        if inner.lemma_.lower() in lx.COMMENT_VERBS:
            obj = _object(inner, idx) or _prep_object(inner, idx, ("on", "about"))
            target = obj if obj is not None and _is_target_noun(obj) else None
            return Frame(
                verb, _speaker(verb, idx), "declines_to_comment", content_clauses(inner, idx), target
            )
    return None


def _asks_for_comment(verb: Token, idx: DocIndex) -> bool:
    lo, hi = clause_bounds(idx, verb)
    return any(t.lower_ == "comment" for t in idx.tokens[lo:hi])


def _is_as_clause(verb: Token, idx: DocIndex) -> bool:
    """A bare "as reported by X" / "as X said" aside; "as he insists on X" says X, not the clause
    it hangs on."""
    if verb.dep_ != "advcl":
        return False
    kids = children(idx, verb)
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "prep") for c in kids):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)


def _negated_host(host: Token, aside: Token, idx: DocIndex) -> Token | None:
    """The negated clause an "as X reported" aside interrupts, between its negation and its
    verb: "did not, as X reported, resign" (the parser hangs the aside, and often the
    negation, on the auxiliary or the subject). None when the clause is not negated ("as X
    reported, he resigned"), or when the aside stands before the negation, which it then
    reports too ("As X reports, he is not taking any chances")."""
    verb = host
    if host.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass"):
        up = head(idx, host)
        if up is None or up.pos_ not in ("VERB", "AUX"):
            return None
        verb = up
    elif host.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in ("do", "have", "be"):
        # "did not, as X reported, write ...": the parser may make "did" the clause and the
        # verb after the aside its conjunct.
        verb = next((c for c in children(idx, verb) if c.dep_ == "conj" and c.i > aside.i), verb)
    if verb.lemma_.lower() in lx.NEGATED_COMMENT_VERBS | lx.DENY_VERBS:
        return None  # "did not, as X said, confirm it": a refusal to comment, not a denial
    holders = [host, verb, *(c for c in children(idx, verb) if c.dep_ in ("aux", "auxpass"))]
    negations = [c for h in holders for c in children(idx, h) if c.dep_ == "neg"]
    # "was not, as X claimed, at the party": the clause goes on after the aside.
    goes_on = verb.i > aside.i or any(c.i > aside.i and not c.is_punct for c in children(idx, verb))
    if goes_on and any(n.i < aside.i for n in negations):
        return verb
    return None


def _is_target_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in lx.REPORT_NOUNS or lemma in lx.EVENT_NOUNS or lemma in lx.ANAPHORIC_EVENT_NOUNS


def is_speech(tok: Token, idx: DocIndex) -> bool:
    """A clause that is itself a speech act ("Petrov was asked", "X said")."""
    lemma = tok.lemma_.lower()
    return lemma in lx.ASSERT_VERBS or lemma in lx.DENY_VERBS or lemma in ("ask", "question", "quote")


def according_frame(tok: Token, idx: DocIndex) -> Frame | None:
    """ "according to X, <clause>": X asserts (or, by the clause, denies) the clause."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in children(idx, tok) if c.lower_ == "to"), None)
    speaker = next((c for c in children(idx, to) if c.dep_ == "pobj"), None) if to is not None else None
    clause = head(idx, tok)
    if speaker is None or clause is None:
        return None
    while clause.pos_ not in ("VERB", "AUX"):
        up = head(idx, clause)
        if up is None:
            break  # "According to X, the total dead ... stands at N": the parser's root is the clause
        clause = up
    if is_speech(clause, idx) and _faceless_reports(clause, idx):
        # "According to A, reports indicate that X": A is the one on record for X.
        return Frame(tok, speaker, None, content_clauses(clause, idx))
    return Frame(tok, speaker, None, [clause], relay_only=is_speech(clause, idx))


def report_noun_frame(noun: Token, idx: DocIndex) -> Frame | None:
    """ "There were reports that X", "reversing reports that X": reports nobody is named for
    assert X themselves, unless a speaker's verb takes them up ("denied reports that X")."""
    if noun.lemma_.lower() not in lx.REPORT_NOUNS or noun.tag_ != "NNS" or not _faceless(noun, idx):
        return None
    governor = head(idx, noun)
    if governor is not None and (
        governor.lemma_.lower() in lx.SPEECH_ACT_LEMMAS or _phrasal_denial(governor, idx)
    ):
        return None
    contents = [c for c in children(idx, noun) if c.dep_ == "acl" and _has_that(c, idx)]
    return Frame(noun, noun, None, contents) if contents else None


def emphatic_frame(tok: Token, idx: DocIndex) -> Frame | None:
    """ "X did allege that Y": the parser reads the emphatic verb as the object of "do"; a
    reporting word there with a that-clause of its own is the speech act."""
    governor = head(idx, tok)
    if tok.lemma_.lower() not in lx.ASSERT_VERBS or tok.dep_ != "dobj" or governor is None:
        return None
    if governor.lemma_.lower() != "do" or is_negated(governor, idx):
        return None
    contents = [c for c in children(idx, tok) if c.dep_ in ("acl", "ccomp") and _has_that(c, idx)]
    speaker = own_subject(governor, idx)
    return Frame(tok, speaker, None, contents) if contents and speaker is not None else None


def _has_that(clause: Token, idx: DocIndex) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in children(idx, clause))


def estimate_frame(noun: Token, idx: DocIndex) -> Frame | None:
    """ "the police estimate of one million participants", "the ministry's count of 120 dead":
    the owner of the estimate asserts the figure."""
    if noun.lemma_.lower() not in lx.ESTIMATE_NOUNS:
        return None
    owner = next(
        (c for c in children(idx, noun) if c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN")),
        None,
    )
    counted = _prep_object(noun, idx, ("of",))
    if owner is None or counted is None or not any(t.like_num for t in counted.subtree):
        return None
    return Frame(noun, owner, "asserts", target=noun)


def _faceless(noun: Token, idx: DocIndex) -> bool:
    """A report noun with no owner: not "the Post's reports", "reports by X", "X reports"."""
    if idx.group_of[noun.i] >= 0:
        return False
    return not any(
        c.dep_ in ("poss", "compound", "nmod")
        or (c.dep_ == "prep" and c.lower_ in ("by", "from", "in", "of"))
        for c in children(idx, noun)
    )


def _faceless_reports(verb: Token, idx: DocIndex) -> bool:
    """ "reports indicate", "reports say": a speech verb whose subject is a bare report noun
    with no owner, so the source that names the reports is the claimant."""
    subj = own_subject(verb, idx)
    return subj is not None and subj.lemma_.lower() in lx.REPORT_NOUNS and _faceless(subj, idx)


def sentence_frames(lo: int, hi: int, idx: DocIndex, bare: bool = False) -> list[Frame]:
    """Attribution frames in the sentence unit [lo, hi), less those that only relay; with
    `bare`, also speech verbs that report nothing in this sentence (", Petrov said.")."""
    frames = []
    for tok in idx.tokens[lo:hi]:
        frame = None
        if tok.lower_ == "according":
            frame = according_frame(tok, idx)
        elif tok.pos_ == "VERB":
            frame = verb_frame(tok, idx)
        elif tok.pos_ == "NOUN" and not bare:
            frame = report_noun_frame(tok, idx) or estimate_frame(tok, idx) or emphatic_frame(tok, idx)
        if frame is None or frame.speaker is None:
            continue
        # A speech verb with nothing reported ("said in a post", "citing sources who were not
        # authorised to reveal") makes no claim; declining to comment needs no content.
        if bare or frame.contents or frame.target is not None or frame.stance == "declines_to_comment":
            frames.append(frame)
    speech = {f.word.i for f in frames}
    emptied: dict[int, list[int]] = {}  # frame word -> the speech clauses taken out of its contents
    for f in frames:
        # "A said X; however B suggested Y": a speech clause before the verb is not what the
        # verb relays, whatever the parser hangs on it.
        removed = [c.i for c in f.contents if c.i in speech and c.i < f.word.i]
        f.contents = [c for c in f.contents if c.i not in removed]
        if removed and not f.contents:
            emptied[f.word.i] = removed
    # "According to A, reports indicate X": A's frame stands for the faceless one.
    sourced = {
        head(idx, f.word).i
        for f in frames
        if f.word.lower_ == "according" and not f.relay_only and head(idx, f.word) is not None
    }
    # An outlet passing on someone else's words is not the one making the claim.
    kept = [
        f
        for f in frames
        if not f.relay_only and not any(c.i in speech for c in f.contents) and f.word.i not in sourced
    ]
    # "A said X, contradicting reports that Y": A denies Y (see `reversed_reports`), not the
    # subject of X, which a frame of the participle's own would name.
    reversals = [v for f in kept for c in f.contents for v, _, _ in reversed_reports(c, idx)]
    # The reversed reports' own frame ("reports that ...") is the claim the reversal already
    # gives them, under the name with when they came.
    reversed_nouns = {o.i for o in (_object(v, idx) for v in reversals) if o is not None}
    reversing = {v.i for v in reversals}
    kept = [f for f in kept if f.word.i not in reversing and f.word.i not in reversed_nouns]
    for f in kept:
        if f.speaker is not None and f.speaker.lower_ in ("i", "we"):
            # "we do not comment", inside what a named speaker says: that speaker.
            f.speaker = _enclosing_speaker(f.word, kept, idx)
    # '"We do not comment on rumours," the firm said': the saying only frames the firm's own
    # refusal, which is its whole claim; it asserts nothing besides.
    nested = {
        (f.word.i, f.speaker.i) for f in kept if f.speaker is not None and f.stance == "declines_to_comment"
    }
    return [
        f
        for f in kept
        if f.speaker is not None
        and not (
            f.target is None
            and f.word.i in emptied
            and all((w, f.speaker.i) in nested for w in emptied[f.word.i])
        )
    ]


def _enclosing_speaker(tok: Token, frames: list[Frame], idx: DocIndex) -> Token | None:
    by_word = {f.word.i: f for f in frames}
    up = head(idx, tok)
    while up is not None:
        f = by_word.get(up.i)
        if f is not None and f.speaker is not None and f.speaker.lower_ not in ("i", "we"):
            return f.speaker
        up = head(idx, up)
    return None


# --- stance and proposition ----------------------------------------------------------------------


def content_stance(clause: Token, ctx: Context) -> tuple[Stance, int | None, Token | None]:
    """Stance a speaker takes by saying `clause`, the statement it is about, and a noun that
    names the proposition when the clause only points at it ("this is false")."""
    idx = ctx.idx
    believed = _first_person_belief(clause, idx)
    if believed is not None:
        inner = content_stance(believed, ctx)
        if inner[0] == "denies":
            return inner  # "I think this is a hoax"
    st = ctx.anchors.get(clause.i)
    subj = falsity_subject(clause, idx)
    if subj is not None:
        return "denies", None, subj
    unsupported = no_support_target(clause, idx)
    if unsupported is not None:
        _noun, about = unsupported
        if about is not None and about.i in ctx.anchors:
            return "denies", ctx.anchors[about.i], None  # "no evidence that the meeting took place"
        if about is not None and (_is_target_noun(about) or about.pos_ == "PRON" or about.tag_ == "DT"):
            return "denies", None, about  # "no truth to these allegations", "no basis for it"
        # "no evidence of damage" reports an absence, not that a report is untrue.
    if clause.lemma_.lower() in lx.NEGATED_COMMENT_VERBS and is_negated(clause, idx):
        return "declines_to_comment", st, None  # "we do not comment on ..."
    # Before a negated event's own reading: the report it answers lets the article deny it.
    contrary = contrary_to_reports(clause, idx)
    if contrary is None and _says_none(clause, idx):
        # "he has not resigned, despite reports to the contrary": only a negated clause says
        # what the reports held; "despite claims to the contrary, the move came years ago"
        # names no report's content.
        contrary = despite_reports_to_the_contrary(clause, idx)
    if contrary is not None:
        if st is not None and is_negated(clause, idx):
            return "denies", st, contrary  # "it did not, contrary to reports, break off": that event
        return "denies", None, contrary  # "contrary to reports, the mill stays open": the reports
    if st is not None and denies_event(ctx.statements[st], clause, idx) and not _activity_link(clause, idx):
        return "denies", st, None
    if _denies_relation(clause, idx):
        return "denies", None, None  # "the custom is not connected to the legend"
    satire = from_a_satire_site(clause, idx)
    if satire is not None:
        return "denies", None, satire  # "the story was published on X, a satirical news site"
    if st is not None and _background_state(clause, idx):
        return "asserts", None, None  # "have not spoken since July": about no event of its own
    doubted = judged_unlikely(clause, idx)
    if doubted is not None:
        if doubted.pos_ in ("NOUN", "PROPN", "PRON"):
            return "denies", None, doubted  # "the story is unlikely to be true"
        # "it is highly unlikely that X happened": X, named by its clause.
        return "denies", ctx.anchors.get(doubted.i), doubted
    return "asserts", st, None


def judged_unlikely(clause: Token, idx: DocIndex) -> Token | None:
    """What a clause calls hardly true: the past happening of "it is highly unlikely that X",
    "I find it unlikely, almost impossible, that X" (X's clause), or the report of "the story
    is unlikely to be true" (its noun). Not "it is unlikely that X will ..." (a forecast), not
    "not unlikely", nor a person or thing that is unlikely to do something ("he is unlikely to
    run")."""
    if is_negated(clause, idx):
        return None
    kids = children(idx, clause)
    adjectives = [c for c in kids if c.dep_ in ("acomp", "ccomp", "oprd") and c.lower_ in lx.DOUBT_ADJECTIVES]
    for adj in adjectives:
        if any(c.dep_ == "neg" for c in children(idx, adj)):
            continue
        inner = [c for c in children(idx, adj) if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
        inner += [c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c is not adj]
        for c in inner:
            if c.dep_ == "xcomp":
                # "the story is unlikely to be true": only a report said to be untrue.
                subj = own_subject(clause, idx)
                truth = any(
                    g.dep_ == "acomp" and g.lemma_.lower() in lx.TRUTH_WORDS for g in children(idx, c)
                )
                if (
                    truth
                    and subj is not None
                    and (_is_report_word(subj) or subj.lemma_.lower() in lx.EVIDENCE_NOUNS)
                ):
                    return subj
                continue
            past = c.tag_ in ("VBD", "VBN") or any(
                a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in children(idx, c)
            )
            if past and _has_that(c, idx) and not is_irrealis(c, idx):
                return c
    return None


def from_a_satire_site(clause: Token, idx: DocIndex) -> Token | None:
    """The report a clause says came from a site of satire or fake news ("The story was
    published on X, a satirical news website", "The post was actually from a satire site", "It
    was, in fact, by a satirical news site"): the report (or the pronoun standing for it). Not a
    site merely named ("the site also runs satire"), nor a report said not to come from one."""
    if clause.lemma_.lower() not in lx.ORIGIN_VERBS or is_negated(clause, idx):
        return None
    kids = children(idx, clause)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    pointer = subj.lower_ in ("it", "this", "that")
    if not pointer and subj.lemma_.lower() not in lx.REPORT_NOUNS | lx.EVIDENCE_NOUNS | lx.POST_NOUNS:
        return None
    for prep in kids:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "by", "from", "in", "at", "for"):
            continue
        source = next((g for g in children(idx, prep) if g.dep_ == "pobj"), None)
        if source is not None and _satire_site(source, idx):
            return subj
    return None


def _satire_site(noun: Token, idx: DocIndex) -> bool:
    """ "a satirical news site", "X, a fake news website", "X, which is a satire site"."""
    named = [noun, *(c for c in children(idx, noun) if c.dep_ == "appos")]
    for n in list(named):
        for rel in children(idx, n):
            if rel.dep_ == "relcl" and rel.lemma_.lower() == "be":
                named.extend(c for c in children(idx, rel) if c.dep_ == "attr")
    return any(
        n.lemma_.lower() in lx.SITE_NOUNS
        and any(t.lower_ in lx.SATIRE_WORDS for t in idx.tokens[n.left_edge.i : n.i])
        for n in named
    )


def contrary_to_reports(clause: Token, idx: DocIndex) -> Token | None:
    """The report a clause says is wrong by standing "contrary to" it ("Contrary to reports, the
    mill stays open", "she has, contrary to some reports, not been captured"): the report noun.
    Not what runs against a belief or a finding ("contrary to popular belief", "contrary to other
    studies"): only a report, claim or rumour is answered."""
    for c in children(idx, clause):
        if c.lower_ != "contrary" or c.dep_ not in ("advmod", "advcl", "prep", "amod", "npadvmod"):
            continue
        for to in children(idx, c):
            if to.dep_ == "prep" and to.lower_ == "to":
                noun = next((g for g in children(idx, to) if g.dep_ == "pobj"), None)
                if noun is not None and noun.lemma_.lower() in lx.REPORT_NOUNS:
                    return noun
    return None


def _says_none(clause: Token, idx: DocIndex) -> bool:
    """ "has not resigned", "no cases have been found": a negated clause or a subject of none."""
    subj = own_subject(clause, idx)
    return is_negated(clause, idx) or (subj is not None and is_no_quantified(subj, idx))


def despite_reports_to_the_contrary(clause: Token, idx: DocIndex) -> Token | None:
    """ "Despite reports to the contrary, the minister has not resigned", "in spite of claims to
    the contrary": the report noun. Not "despite reports of fighting, they stayed", which takes
    the reports as given."""
    for c in children(idx, clause):
        if c.dep_ != "prep" or c.lower_ not in ("despite", "in"):
            continue
        noun = next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
        if noun is not None and c.lower_ == "in":
            # "in spite of X": the noun after "of"
            noun = _prep_object(noun, idx, ("of",)) if noun.lower_ == "spite" else None
        if noun is None or noun.lemma_.lower() not in lx.REPORT_NOUNS:
            continue
        to = _prep_object(noun, idx, ("to",))
        if to is not None and to.lower_ == "contrary":
            return noun
    return None


def _first_person_belief(clause: Token, idx: DocIndex) -> Token | None:
    """What "I think" / "we believe" takes: the speaker's own stance, as if said outright. Not
    "I don't think ...", nor someone else's belief ("many believe it is a hoax")."""
    if clause.lemma_.lower() not in lx.BELIEF_VERBS or is_negated(clause, idx):
        return None
    subj = own_subject(clause, idx)
    if subj is None or subj.lower_ not in ("i", "we"):
        return None
    return next((c for c in children(idx, clause) if c.dep_ == "ccomp"), None)


def denies_event(st: Statement, clause: Token, idx: DocIndex) -> bool:
    """A negated event in the past: "there was no conversation", "X did not meet Y". A negated
    plan or a future ("has no plans to", "will not cede") is no denial that something happened."""
    if st.polarity or is_irrealis(clause, idx):
        return False
    if _background_state(clause, idx):
        return False  # "have not spoken since July": a state over a period, not a denied event
    if not is_event_statement(st) and not _says_none_happened(clause, idx):
        return False  # "the missiles had not arrived" reports a state, not a denial
    if habitual(clause, idx):
        return False
    if clause.lemma_.lower() in lx.STATE_OF_MIND_VERBS:
        return False  # "never wanted to marry her": a state of mind, no event denied
    return clause.tag_ in ("VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in children(idx, clause)
    )


def habitual(clause: Token, idx: DocIndex) -> bool:
    """ "This doesn't happen", "they do not meet": the present with "do" says what is usually
    so, not that a particular event did not take place ("did not happen", "has not met")."""
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP")
        for c in children(idx, clause)
    )


def _denies_relation(clause: Token, idx: DocIndex) -> bool:
    """ "X is not (in any way) connected to Y", "X was not involved in Y": a denied link. Not a
    role denied in an activity ("police were not involved in the search"): that answers no
    report of something having happened."""
    if _activity_link(clause, idx):
        return False
    if clause.lower_ in lx.RELATION_WORDS:  # "was not involved": the participle heads the clause
        return is_negated(clause, idx)
    if clause.lemma_.lower() != "be":
        return False
    for c in children(idx, clause):
        if c.dep_ in ("acomp", "attr") and c.lower_ in lx.RELATION_WORDS:
            return is_negated(clause, idx) or any(g.dep_ == "neg" for g in children(idx, c))
    if not is_negated(clause, idx):
        return False
    # "is not in any way connected to": the parser hangs the participle on "way".
    lo, hi = clause_bounds(idx, clause)
    # Not a relative clause: "this isn't the first time the firm has been linked to it".
    return any(
        t.lower_ in lx.RELATION_WORDS and t.i > clause.i and t.dep_ != "relcl" for t in idx.tokens[lo:hi]
    )


def _activity_link(clause: Token, idx: DocIndex) -> bool:
    """ "not involved in the search", "played no part in the investigation": the relation word's
    object is an activity (`lx.ACTIVITY_NOUNS`), not an event said to have happened; or nobody in
    particular ("was not involved with anyone"), not a party someone reported."""
    lo, hi = clause_bounds(idx, clause)
    for t in idx.tokens[lo:hi]:
        role = t.lemma_.lower() in ROLE_NOUNS and t.dep_ in ("dobj", "attr")
        if t.lower_ not in lx.RELATION_WORDS and not role:
            continue
        # "played no part in the investigation": the parser may hang "in" on the verb.
        holders = [t, clause] if role else [t]
        for prep in (p for h in holders for p in children(idx, h)):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "with", "to"):
                obj = next((g for g in children(idx, prep) if g.dep_ == "pobj"), None)
                if obj is not None and (
                    obj.lemma_.lower() in lx.ACTIVITY_NOUNS or obj.lower_ in lx.ACTIVITY_NOUNS
                ):
                    return True
                if obj is not None and obj.lower_ in UNSPECIFIED_PARTIES:
                    return True  # "was not involved with anyone": no link anyone reported
    return False


def _background_state(clause: Token, idx: DocIndex) -> bool:
    """A clause held over a period ("since July", "until March"): background, not an event."""
    return any(c.dep_ == "prep" and c.lower_ in BACKGROUND_PREPS for c in children(idx, clause))


def _says_none_happened(clause: Token, idx: DocIndex) -> bool:
    """ "No shots were fired", "nobody was hurt", "our staff never entered": a verb of any kind
    whose negation says the event did not take place at all."""
    if clause.lemma_.lower() in ("be", "have", "do"):
        return False  # "has no plans", "is not aware": states, not events
    for c in children(idx, clause):
        if (c.dep_ == "neg" and c.lower_ == "never") or (
            c.dep_ in ARGUMENT_DEPS and is_no_quantified(c, idx)
        ):
            return True
    return False


def resolve_target(tok: Token, ctx: Context) -> int | None:
    """The statement a noun like "the reports", "this" or "the call" stands for: the one it
    names, else the one its owner asserted, else the article's framed event."""
    named = named_target(tok, ctx)
    if named is not None:
        return named
    owner = _owner_group(tok, ctx.idx)
    if owner is not None and owner in ctx.asserted_by:
        return ctx.asserted_by[owner]  # "the Post report": what the Post was said to report
    return framed_event(tok.idx, ctx)


def named_target(tok: Token, ctx: Context) -> int | None:
    """The statement the noun's own words name ("the call", "reports that A spoke with B",
    "reports of a phone call"), if they name one."""
    idx = ctx.idx
    if tok.i in ctx.anchors:
        return ctx.anchors[tok.i]  # an event noun: its own statement
    for c in content_clauses(tok, idx):
        if c.i in ctx.anchors:
            return ctx.anchors[c.i]  # "reports that A spoke with B"
    for c in children(idx, tok):
        if c.dep_ == "prep" and c.lower_ in ("of", "about", "on"):
            for g in children(idx, c):
                if g.i in ctx.anchors:
                    return ctx.anchors[g.i]  # "reports of a phone call"
    return None


def framed_event(before: int, ctx: Context) -> int | None:
    """The event an article's denials are about, else the latest real event before `before`."""
    if ctx.denied is not None:
        return ctx.denied
    at = bisect_left(ctx.event_starts, (before, -1))
    return ctx.event_starts[at - 1][1] if at > 0 else None


def is_event_statement(st: Statement) -> bool:
    """A statement of a known kind of event, not a speech act or an unclassified verb."""
    return st.predicate_class != "statement" and is_event_class(st.predicate_class)


def _owner_group(tok: Token, idx: DocIndex) -> int | None:
    for c in children(idx, tok):
        if c.dep_ in ("compound", "poss", "nmod") and idx.group_of[c.i] >= 0:
            return idx.group_of[c.i]
        if c.dep_ == "prep" and c.lower_ == "by":
            for g in children(idx, c):
                if idx.group_of[g.i] >= 0:
                    return idx.group_of[g.i]
    return None


# --- claimants -----------------------------------------------------------------------------------


def joint_speakers(tok: Token, idx: DocIndex) -> list[Token]:
    """Speakers coordinated with `tok` ("A and B denied", "A, B and C said"), each a claimant of
    its own; words of one name ("Marks and Spencer" as one organisation) are not split."""
    found: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in children(idx, t):
            if c.dep_ != "conj" or c.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            if idx.group_of[c.i] >= 0 and idx.group_of[c.i] == idx.group_of[tok.i]:
                continue
            if idx.group_of[c.i] < 0 and c.pos_ == "PROPN" and t.pos_ == "PROPN" and idx.group_of[t.i] < 0:
                continue  # two capitalised words no entity covers may be one name
            found.append(c)
            stack.append(c)
    return sorted(found, key=lambda t: t.i)


def speaker_phrase(tok: Token, idx: DocIndex) -> str:
    """The speaker as named: the noun phrase without relative clauses, appositions or the
    speakers coordinated with it; a name keeps its hyphens ("Al-Marzeda") and loses an article
    that is not part of it ("the BBC", 'a "Laetitia"')."""
    split = {c.i for c in joint_speakers(tok, idx)}
    keep, stack = [], [tok]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(
            c
            for c in children(idx, t)
            if (c.dep_ not in SPEAKER_DROP_DEPS or _inner_hyphen(c, idx))
            and not _is_example(c, idx)
            and not c.is_quote
            and c.i not in split
            and not (split and c.dep_ == "cc")
        )
    keep.sort(key=lambda t: t.i)
    article = keep[0].text in ("the", "a", "an", "A", "An")  # "The Times" may be the name itself
    if len(keep) > 1 and keep[0].dep_ == "det" and article and _is_name(tok, idx):
        keep = keep[1:]
    while len(keep) > 1 and keep[0].lower_.rstrip(".") in HONORIFICS and keep[1].pos_ == "PROPN":
        keep = keep[1:]  # "Dr. Ann Smith": the name, as the entity step writes it
    # Words that met across a dropped comma still need a space between them.
    return "".join(
        t.text + (t.whitespace_ or (" " if n < len(keep) and keep[n].i != t.i + 1 else ""))
        for n, t in enumerate(keep, start=1)
    ).strip()


def example_speakers(tok: Token, idx: DocIndex) -> list[Token]:
    """Named members a speaker phrase gives as examples ("news sources including A and B",
    "experts such as C"): they are the ones on record."""
    found = []
    for c in children(idx, tok):
        if not _is_example(c, idx):
            continue
        for g in children(idx, c):
            if g.dep_ == "pobj" and idx.group_of[g.i] >= 0:
                found.extend([g, *joint_speakers(g, idx)])
    return found


def _is_example(tok: Token, idx: DocIndex) -> bool:
    return tok.dep_ == "prep" and (
        tok.lower_ in ("including", "like")
        or (tok.lower_ == "as" and any(g.lower_ == "such" for g in children(idx, tok)))
    )


def _inner_hyphen(tok: Token, idx: DocIndex) -> bool:
    """A hyphen inside a word ("Al-Marzeda") or the word after it, which the parser may hang
    anywhere in the phrase (as punctuation, as an apposition)."""
    if tok.text in HYPHENS:
        return not tok.whitespace_ and tok.i > 0 and not idx.tokens[tok.i - 1].whitespace_
    before = idx.tokens[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.text in HYPHENS and _inner_hyphen(before, idx)


def _is_name(tok: Token, idx: DocIndex) -> bool:
    """A proper name whose article is not part of the name the entity step found ("the BBC";
    not "The Daily Herald")."""
    if tok.pos_ != "PROPN":
        return False
    g = idx.group_of[tok.i]
    return g < 0 or not idx.groups[g].name.lower().startswith(("the ", "a "))


def claimant(tok: Token, ctx: Context) -> tuple[str, int | None]:
    """Claimant text and entity group for a speaker token."""
    idx = ctx.idx
    if tok.pos_ == "PRON":
        g, antecedent = resolve_pronoun(ctx, tok)
        if g is not None:
            return idx.groups[g].name, g
        return (speaker_phrase(antecedent, idx), None) if antecedent is not None else (tok.text, None)
    g = idx.group_of[tok.i]
    if g >= 0:
        return speaker_phrase(tok, idx), g
    named = named_as(tok, idx)
    if named is not None:
        return speaker_phrase(named, idx), _group(named, idx)  # "a group calling itself X"
    own_name = any(
        c.dep_ in ("compound", "poss", "nmod") and idx.group_of[c.i] >= 0 for c in children(idx, tok)
    )
    if tok.lemma_.lower() in lx.ORG_ROLE_NOUNS and _is_definite(tok, idx) and not own_name:
        found = description_antecedent(tok, ctx)
        if found is not None:
            return speaker_phrase(found, idx), _group(found, idx)  # "the group said": which group
    if tok.lemma_.lower() in lx.SOURCE_CARRIER_NOUNS:
        # "The Post report said", "the Xinhua news agency said": the owner speaks.
        for c in children(idx, tok):
            if c.dep_ in ("compound", "poss", "nmod") and idx.group_of[c.i] >= 0:
                return re.sub(r"\s*['’]s$", "", speaker_phrase(c, idx)), idx.group_of[c.i]
        owner = next(
            (
                c
                for c in children(idx, tok)
                if c.dep_ == "poss" and c.pos_ != "PRON" and c.lemma_.lower() not in lx.REPORT_NOUNS
            ),
            None,
        )  # not "'news' report", a kind read as a possessor
        if owner is not None:
            # "the agency's report said": the agency, without its possessive ending.
            return re.sub(r"\s*['’]s$", "", speaker_phrase(owner, idx)), None
        if _is_definite(tok, idx):
            outlet = _latest_outlet(tok, ctx)
            if outlet is not None:
                return outlet  # "According to the Herald, ... The article states that ..."
    for c in children(idx, tok):
        if c.dep_ == "appos" and idx.group_of[c.i] >= 0:
            return speaker_phrase(c, idx), idx.group_of[c.i]  # "a spokesman, John Smith,"
    if tok.lemma_.lower() in lx.SPOKESPERSON_NOUNS:
        return speaker_phrase(tok, idx), _spoken_for(tok, idx)
    return speaker_phrase(tok, idx), None


def _spoken_for(tok: Token, idx: DocIndex) -> int | None:
    """The organisation an unnamed spokesperson speaks for: "a spokeswoman for X", "an X
    spokesman". A person's spokesman ("X's spokesman") is not X: he speaks about what X did or
    did not do, and crediting X would make the person the report is about his own denier."""
    owners = [c for c in children(idx, tok) if c.dep_ in ("compound", "nmod", "poss")]
    for prep in children(idx, tok):
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            owners += [c for c in children(idx, prep) if c.dep_ == "pobj"]
    for owner in owners:
        g = idx.group_of[owner.i]
        if g >= 0 and idx.groups[g].type in SPOKEN_FOR_TYPES:
            return g
    return None


def offices(idx: DocIndex) -> dict[int, int]:
    """Person group -> the organisation the article first names them an officer of: a title in
    apposition ("Jane Doe, chief executive of Acme Corp", "Jane Doe, a spokeswoman for Acme",
    "Jane Doe, Acme's chairwoman", "Jane Doe, the Acme chairwoman") or before the name ("Acme
    spokesman John Roe"). What that person says, the organisation says too. Only an
    organisation: "US President X" speaks for no company, and a person's aide is no office."""
    found: dict[int, int] = {}
    for t in idx.tokens:
        g = idx.group_of[t.i]
        if g < 0 or g in found or idx.groups[g].type != "PERSON":
            continue
        for c in children(idx, t):
            if idx.group_of[c.i] >= 0 or c.lemma_.lower() not in lx.OFFICE_NOUNS:
                continue
            if any(m.lower_ in lx.PAST_OFFICE_WORDS for m in children(idx, c)):
                continue  # "a former director of Acme" speaks for it no longer
            if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < t.i):
                org = _office_organisation(c, idx)
                if org is not None:
                    found[g] = org
                    break
    return found


def _office_organisation(title: Token, idx: DocIndex) -> int | None:
    """The organisation an office noun names: its possessor or compound ("Acme's chairwoman",
    "the Acme chairwoman"), or the object of "of", "for" or "at" ("chief executive of Acme")."""
    owners = [c for c in children(idx, title) if c.dep_ in ("poss", "compound", "nmod")]
    for prep in children(idx, title):
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at"):
            owners += [c for c in children(idx, prep) if c.dep_ == "pobj"]
    for owner in owners:
        g = idx.group_of[owner.i]
        if g >= 0 and idx.groups[g].type == "ORG":
            return g
    return None


def _latest_outlet(tok: Token, ctx: Context) -> tuple[str, int] | None:
    """The organisation that made the latest claim in the last few sentences: what "the
    article" or "the report" speaking belongs to."""
    idx = ctx.idx
    for c in reversed(ctx.claims):
        at = min(bisect_left(idx.tokens, c.start, key=lambda t: t.idx), len(idx.tokens) - 1)
        if idx.sent_of[tok.i] - idx.sent_of[at] > ROLE_WINDOW_SENTENCES:
            return None
        if c.claimant_entity is not None and idx.groups[c.claimant_entity].type == "ORG":
            return c.claimant, c.claimant_entity
    return None


def _group(tok: Token, idx: DocIndex) -> int | None:
    g = idx.group_of[tok.i]
    return g if g >= 0 else None


def _is_definite(tok: Token, idx: DocIndex) -> bool:
    """ "the group", "this agency": a noun pointing back at something already named."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(idx, tok))


def named_as(tok: Token, idx: DocIndex) -> Token | None:
    """The name a noun phrase gives its referent: "a group calling itself X", "an organisation
    called X", "the Internet group X" (a name in apposition), or through an apposition ("one
    group, an organisation called X")."""
    for c in children(idx, tok):
        if c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS:
            name = next((g for g in children(idx, c) if g.dep_ in ("oprd", "attr", "xcomp")), None)
            if name is not None and name.pos_ == "PROPN":
                return name
        if c.dep_ == "appos":
            if c.pos_ == "PROPN" and idx.group_of[c.i] >= 0:
                return c
            if c.pos_ == "NOUN":
                inner = named_as(c, idx)
                if inner is not None:
                    return inner
    return None


def description_antecedent(tok: Token, ctx: Context) -> Token | None:
    """What "the group" / "the agency" speaking stands for: the latest earlier name given with
    the same noun ("the Internet group X", "a group calling itself X"), else one given with
    another such noun in the last few sentences ("the group X ... the movement said"), else an
    organisation that was the subject of a recent sentence."""
    idx = ctx.idx
    lemma = tok.lemma_.lower()
    nearby: Token | None = None  # a name given with another such noun, in the last few sentences
    for i in range(tok.i - 1, -1, -1):
        if idx.sent_of[tok.i] - idx.sent_of[i] > NAMED_WINDOW_SENTENCES:
            break  # a bounded look back keeps a long text of such speakers linear
        t = idx.tokens[i]
        if t.lemma_.lower() not in lx.ORG_ROLE_NOUNS or t.pos_ != "NOUN":
            continue
        named = named_as(t, idx)
        if named is None and t.dep_ == "compound" and idx.group_of[t.head.i] >= 0:
            named = t.head  # "the group Outcry" parsed as a compound
        if named is None:
            continue
        if t.lemma_.lower() == lemma:
            return named
        if nearby is None and idx.sent_of[tok.i] - idx.sent_of[i] <= ROLE_WINDOW_SENTENCES:
            nearby = named  # "the Internet group X ... the movement said"
    if nearby is not None:
        return nearby
    for i, g in reversed(ctx.subjects):
        if i >= tok.i:
            continue
        if idx.sent_of[tok.i] - idx.sent_of[i] > ROLE_WINDOW_SENTENCES:
            break
        if g >= 0 and idx.groups[g].type == "ORG":
            return idx.tokens[i]
    return None


# --- building claims -----------------------------------------------------------------------------


def quote_text(lo: int, hi: int, ctx: Context) -> str | None:
    """The quoted words inside the token range, if any are quoted."""
    regions = sorted({ctx.quote_of[i] for i in range(lo, hi) if ctx.quote_of[i] >= 0})
    if not regions:
        return None
    # A quote running over several sentences is cut to the part inside this one.
    parts = [text_of(ctx.idx, max(ctx.quotes[r][0], lo), min(ctx.quotes[r][1], hi)) for r in regions]
    return " ".join(p.strip() for p in parts if p.strip()) or None


def frame_claims(frame: Frame, ctx: Context, unit: tuple[int, int]) -> list[Claim]:
    """One claim per content of the frame (or one for its target)."""
    assert frame.speaker is not None
    out = []
    examples = example_speakers(frame.speaker, ctx.idx)
    speakers = examples or [frame.speaker, *joint_speakers(frame.speaker, ctx.idx)]
    for speaker in speakers:
        out.extend(_speaker_claims(frame, speaker, ctx, unit))
    return out


def _speaker_claims(frame: Frame, speaker: Token, ctx: Context, unit: tuple[int, int]) -> list[Claim]:
    if speaker.tag_ in ("WDT", "WP"):
        # "the ministry, which declined to comment", "the paper, who said": the noun the
        # relative clause hangs on speaks; with none, nobody is named.
        antecedent = _relative_antecedent(speaker, ctx.idx)
        if antecedent is None:
            return []
        speaker = antecedent
    if _unowned_report(speaker, ctx.idx):
        return []  # "claims that X", "one rumour suggests X": nobody is on record for X
    name, entity = claimant(speaker, ctx)
    if entity is None and not any(len(w) > 1 for w in re.findall(r"[^\W\d_]+", name)):
        return []  # a number or a stray letter the parse made a subject ("2015", "e") names nobody
    if frame.echo:
        if not ctx.claims:
            return []
        last = ctx.claims[-1]
        return [_claim(name, entity, last.stance, last.statement, frame.target, ctx, unit)]
    out = []
    for clause in frame.contents or [None]:
        stance, st, pointer = frame.stance or "asserts", None, frame.target
        if clause is not None:
            c_stance, st, c_pointer = content_stance(clause, ctx)
            pointer = c_pointer or pointer
            if frame.stance is None:
                stance = c_stance  # a reporting verb takes the stance of what it reports
        span = clause if clause is not None else frame.target
        taken_back = _taken_back(pointer, ctx) if clause is None else None
        if taken_back is not None:
            # "blamed the correction on wrong data": a denial of what the reversal took back,
            # in its words, so it answers those who reported it.
            pointer, span, st = None, taken_back, ctx.anchors.get(taken_back.i)
        guessed = st is None and pointer is not None and named_target(pointer, ctx) is None
        if st is None and pointer is not None:
            st = resolve_target(pointer, ctx)
        claim = _claim(name, entity, stance, st, span, ctx, unit, aside=frame.word)
        claim.proposition_guessed = guessed and st is not None
        out.append(claim)
        if clause is not None:
            for never in never_done(clause, ctx.idx, ctx.anchors):
                # "..., without our ever having issued a statement": a denial beside the assertion.
                out.append(_claim(name, entity, "denies", ctx.anchors.get(never.i), never, ctx, unit))
            for _, source, reported in reversed_reports(clause, ctx.idx):
                # "..., reversing reports two hours earlier that nine had been rescued": the
                # earlier reports asserted the clause; the speaker now denies it.
                st_of = ctx.anchors.get(reported.i)
                ctx.reversed = reported
                out.append(_claim(source, None, "asserts", st_of, reported, ctx, unit))
                out.append(_claim(name, entity, "denies", st_of, reported, ctx, unit))
    return out


def _taken_back(target: Token | None, ctx: Context) -> Token | None:
    """The reported clause a definite "the reversal" / "the correction" points back at: the
    latest one the article told as reversed ("reversing reports that X")."""
    if target is None or target.lemma_.lower() not in lx.REVERSAL_NOUNS or not _is_definite(target, ctx.idx):
        return None
    return ctx.reversed


def _relative_antecedent(pronoun: Token, idx: DocIndex) -> Token | None:
    """The noun a relative pronoun's clause modifies ("the ministry which declined"): the head of
    its relative clause, else (the parser often hangs the clause elsewhere) the noun right before
    the pronoun, past commas and an adverb ("the Courier, however, who said")."""
    verb = head(idx, pronoun)
    if verb is not None and verb.dep_ in ("relcl", "acl"):
        noun = head(idx, verb)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            return noun
    i = pronoun.i - 1
    while i >= max(0, pronoun.i - RELATIVE_GAP) and idx.sent_of[i] == idx.sent_of[pronoun.i]:
        t = idx.tokens[i]
        if t.pos_ in ("NOUN", "PROPN"):
            return t
        if not (t.is_punct or t.pos_ == "ADV"):
            return None
        i -= 1
    return None


def _unowned_report(tok: Token, idx: DocIndex) -> bool:
    """A claim, rumour or allegation standing as the speaker with no one it belongs to: "claims
    that X", "a rumour citing sources suggests X"; not "the minister's claims", "claims by X",
    nor a report, which is a publication someone made."""
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("NNS", "NNPS") and lemma == tok.lower_ and lemma.endswith("s"):
        lemma = lemma[:-1]  # a capitalised plural opening a sentence ("Reports said ...")
    if idx.group_of[tok.i] >= 0 or _owned(tok, idx):
        return False
    # "A report that went viral claims X" stays a claim (a publication speaks), but names
    # nobody in a conflict report (`propositions.names_nobody`).
    return lemma in lx.UNOWNED_REPORT_NOUNS


def _owned(noun: Token, idx: DocIndex) -> bool:
    """A report noun someone is named for: "the minister's claims", "a Herald report", "claims by
    X"; not a word that only says what kind of report it is ("'news' report", "news reports")."""
    for c in children(idx, noun):
        if c.dep_ == "poss" and c.lemma_.lower() not in lx.REPORT_NOUNS:
            return True  # not a quoted kind read as a possessor ("'news' report")
        if c.dep_ in ("compound", "nmod") and (idx.group_of[c.i] >= 0 or c.pos_ == "PROPN"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "in", "of"):
            return True
    return False


def reversed_reports(clause: Token, idx: DocIndex) -> list[tuple[Token, str, Token]]:
    """(the reversing verb, the reports as a claimant, the clause they reported) for each "reversing / contradicting / correcting
    reports that X" inside a reported clause. The "that" clause must follow the report phrase
    directly (the parser may hang it on the noun, the verb, or a clause before them)."""
    lo, hi = clause_bounds(idx, clause)
    found = []
    for verb in idx.tokens[lo:hi]:
        if verb.lemma_.lower() not in lx.REVERSAL_VERBS or verb.pos_ != "VERB":
            continue
        obj = _object(verb, idx)
        if obj is None or obj.lemma_.lower() not in lx.REPORT_NOUNS:
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(idx, obj)):
            continue  # "reversing his statement that ...": one source changing its own account
        after = obj.i + 1
        while after < min(hi, obj.i + 1 + REPORT_WHEN_WORDS) and idx.tokens[after].dep_ in REPORT_WHEN_DEPS:
            after += 1  # "reports two hours earlier that ..."
        if after >= hi or idx.tokens[after].lower_ != "that" or idx.tokens[after].dep_ != "mark":
            continue
        reported = head(idx, idx.tokens[after])
        if reported is None or reported.i <= after or reported.pos_ not in ("VERB", "AUX"):
            continue
        # Named as a report-noun frame names them ("reports that ..."), so the two are one claim,
        # with the words that say when they came ("reports two hours earlier"): they tell
        # these reports from the ones that reverse them.
        name = (
            speaker_phrase(obj, idx) if after == obj.i + 1 else text_of(idx, obj.left_edge.i, after).strip()
        )
        found.append((verb, name, reported))
    return found


def never_done(clause: Token, idx: DocIndex, anchors: dict[int, int]) -> list[Token]:
    """Gerunds inside a reported clause that say something never took place: "without (our)
    ever having issued a statement", "without ever meeting him"."""
    lo, hi = clause_bounds(idx, clause)
    found = []
    for t in idx.tokens[lo:hi]:
        if t.lower_ != "without":
            continue
        for g in children(idx, t):
            if g.dep_ == "pcomp" and g.pos_ == "VERB" and any(c.lower_ == "ever" for c in children(idx, g)):
                found.append(g)
    # Only a denial of something the article tells as a statement of its own: one of nothing
    # would read as a denial of the report itself.
    return [g for g in found if g.i in anchors]


def _without(idx: DocIndex, lo: int, hi: int, aside: Token | None) -> str:
    """Text of [lo, hi) less the attribution phrase inside it ("according to X, ...")."""
    if aside is None or not lo <= aside.i < hi:
        return text_of(idx, lo, hi).strip()
    a_lo, a_hi = max(aside.left_edge.i, lo), min(aside.right_edge.i + 1, hi)
    while a_hi < hi and idx.tokens[a_hi].is_punct and idx.tokens[a_hi].text in ",;:—-":
        a_hi += 1
    before = text_of(idx, lo, a_lo) + " " if a_lo > lo else ""
    return (before + text_of(idx, a_hi, hi)).strip().strip(",").strip()


def _claim(
    name: str,
    entity: int | None,
    stance: Stance,
    st: int | None,
    span: Token | None,
    ctx: Context,
    unit: tuple[int, int],
    aside: Token | None = None,
) -> Claim:
    idx = ctx.idx
    ulo, uhi = unit
    start, end = char_range(idx, ulo, uhi)
    if span is not None:
        lo, hi = clause_bounds(idx, span)
        quote = quote_text(lo, hi, ctx) or _without(idx, lo, hi, aside)
        if len(quote.split()) < MIN_QUOTE_WORDS:
            # "this", "the report": a pointer reads as nothing; the sentence carries the claim.
            quote = _without(idx, ulo, uhi, None)
    else:
        # Nothing reported but the act itself ("declined to comment"): the sentence says it,
        # or a quote in it that reads on its own (not a quoted name: 'A "Laetitia" responded').
        quote = quote_text(ulo, uhi, ctx) or ""
        if len(quote.split()) < MIN_QUOTE_WORDS:
            quote = text_of(idx, ulo, uhi)
    return Claim(
        claimant=name,
        claimant_entity=entity,
        stance=stance,
        quote=quote,
        sentence=idx.text[start:end],
        start=start,
        end=end,
        statement=st,
    )


def frameless_signal(lo: int, hi: int, ctx: Context) -> tuple[Stance, int | None, Token | None] | None:
    """A sentence that denies on its own ("This is pure fiction.", "There was no call."): the
    stance, statement and pointer noun. A question ("is it real or a hoax?") says neither."""
    idx = ctx.idx
    if any(t.text == "?" for t in idx.tokens[lo:hi]):
        return None
    if verdict_fragment(idx.tokens[lo:hi]):
        return "denies", None, None  # "PROBABLY FALSE", "Not true.": the story's report
    for tok in idx.tokens[lo:hi]:
        if head(idx, tok) is not None and tok.dep_ not in ("conj", "ccomp"):
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if _others_belief(tok, idx):
            continue  # "many believe it is a hoax": unnamed people's opinion, not a denial
        stance, st, pointer = content_stance(tok, ctx)
        if stance != "asserts" and _takes_up_its_sentence(tok, pointer, idx):
            continue
        if stance != "asserts":
            return stance, st, pointer
    return None


def verdict_fragment(tokens: list[Token] | Doc) -> bool:
    """A sentence that is only a verdict on what is reported: "False.", "PROBABLY FALSE" (a
    fact-checker's rating under the claim), "Not true.", "Completely fake!". Not a verdict
    with anything else in it ("false alarm", "true or false"), which the parse reads."""
    words = [t.lower_ for t in tokens if not (t.is_punct or t.is_space)]
    if not words or len(words) > 4:
        return False
    *rest, last = words
    if "not" in rest:
        rest.remove("not")
        verdict = last in lx.TRUTH_WORDS
    else:
        verdict = last in lx.VERDICT_WORDS
    return verdict and all(w in lx.VERDICT_ADVERBS for w in rest)


def _takes_up_its_sentence(clause: Token, pointer: Token | None, idx: DocIndex) -> bool:
    """ "Board members mulled a sale, but it never happened": a pronoun in a clause conjoined to
    a narrated one takes up what that clause tells, not a report; the writer says both. Not
    when the first clause is about a report or a piece of evidence ("the photo was shared
    widely, but it is a hoax", "many shared the image, but it is fake")."""
    if clause.dep_ != "conj" or pointer is None or pointer.pos_ != "PRON":
        return False
    first = head(idx, clause)
    if first is None:
        return False
    nouns = {
        c.lemma_.lower() for c in children(idx, first) if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
    }
    return not nouns & (lx.REPORT_NOUNS | lx.EVIDENCE_NOUNS | lx.EVENT_NOUNS.keys())


def _others_belief(tok: Token, idx: DocIndex) -> bool:
    """The clause is what someone other than the speaker believes ("some believe it is a
    hoax", "there are those who think the photo is fake"): an opinion the sentence reports, not
    the speaker's (or the outlet's) own stance. "I think this is a hoax" is the speaker's."""
    up = head(idx, tok)
    if tok.dep_ != "ccomp" or up is None or up.lemma_.lower() not in lx.BELIEF_VERBS:
        return False
    return _first_person_belief(up, idx) is None


def closing_speaker(units: list[tuple[int, int]], at: int, ctx: Context) -> Frame | None:
    """The attribution that closes a run of quoted sentences: the first later sentence of the
    same paragraph with a frame, if that frame's speaker comes after its words (", X said.")."""
    idx = ctx.idx
    for lo, hi in units[at + 1 : at + 1 + LOOKAHEAD_SENTENCES]:
        if idx.block[lo] != idx.block[units[at][0]]:
            return None
        frames = sentence_frames(lo, hi, idx, bare=True)
        if frames:
            f = frames[-1]
            after = [c for c in f.contents if c.i > f.word.i]
            return f if not after and f.word.i > lo + 1 else None
    return None


def sentence_units(idx: DocIndex) -> list[tuple[int, int]]:
    """Sentences cut at paragraph breaks, as token ranges, without white space."""
    units = []
    for s in idx.sents:
        i = s.start
        while i < s.end:
            lo, hi = unit_bounds(idx, idx.tokens[i])
            if lo < hi:
                units.append((lo, hi))
            i = max(hi, i + 1)
            while i < s.end and idx.tokens[i].is_space:
                i += 1
    return units


def extract_claims(
    doc: Doc,
    groups: list[EntityGroup],
    statements: list[Statement],
    untimed: DocIndex | None = None,
    own_voice: bool = False,
) -> list[Claim]:
    """Attributed statements of one article, in text order (`untimed`: the doc's index without
    time expressions, when the caller has built it already). With `own_voice`, a denial no
    speaker makes ("The photo is a hoax.") is the article's own claim (an empty claimant)."""
    idx = untimed if untimed is not None else build_index(doc, groups, [])
    quotes, quote_of = find_quotes(idx)
    event_starts = sorted((st.start, si) for si, st in enumerate(statements) if is_event_statement(st))
    anchors = statement_anchors(idx, statements)
    ctx = Context(
        idx, statements, anchors, quote_of, quotes, subject_mentions(idx), event_starts, own_voice=own_voice
    )
    units = sentence_units(idx)
    for ui, (lo, hi) in enumerate(units):
        found: list[Claim] = []
        frames = sentence_frames(lo, hi, idx)
        for frame in frames:
            made = frame_claims(frame, ctx, (lo, hi))
            found.extend(made)
            if made and frame.gainsaid:
                found.extend(_gainsaying_claims(frame, frames, ctx, (lo, hi)))
            # "killed off claims that X, insisting the image is a hoax": "the image" is what the
            # denial just before it in the sentence was about.
            denied = [c.statement for c in made if c.stance == "denies" and c.statement is not None]
            if denied:
                ctx.denied = denied[-1]
        if not frames:
            found.extend(_deferred_claims(units, ui, ctx))
        _add_unique(ctx, found)
    held = offices(idx)
    for c in ctx.claims:
        if c.claimant_entity is not None and c.claimant_entity in held:
            c.speaks_for = held[c.claimant_entity]
    return ctx.claims


def _gainsaying_claims(frame: Frame, frames: list[Frame], ctx: Context, unit: tuple[int, int]) -> list[Claim]:
    """Who denies what an "as X reported" aside reports in a negated clause: the speaker whose
    words hold the clause ('"He did not, as some reported, resign," she said' is her denial,
    which her own frame gives), else the article in its own voice."""
    idx = ctx.idx
    clause = frame.contents[0]
    if ctx.quote_of[frame.word.i] >= 0 or not ctx.own_voice:
        return []  # quoted words with no speaker in sight are nobody's we can name
    held = {c.i for f in frames if f is not frame for c in f.contents}
    up: Token | None = clause
    while up is not None:
        if up.i in held:
            return []
        up = head(idx, up)
    return [_claim("", None, "denies", ctx.anchors.get(clause.i), clause, ctx, unit, aside=frame.word)]


def _deferred_claims(units: list[tuple[int, int]], ui: int, ctx: Context) -> list[Claim]:
    """A frameless denial attributed to the speaker who closes its quote or paragraph."""
    lo, hi = units[ui]
    signal = frameless_signal(lo, hi, ctx)
    if signal is None:
        return _quoted_run_claims(units, ui, ctx)
    closing = closing_speaker(units, ui, ctx)
    stance, st, pointer = signal
    guessed = st is None and pointer is not None and named_target(pointer, ctx) is None
    if st is None and pointer is not None:
        st = resolve_target(pointer, ctx)
    guessed = guessed and st is not None
    if closing is None or closing.speaker is None:
        if not ctx.own_voice or stance != "denies" or (st is not None and pointer is None):
            return []  # only a report called untrue ("This is a hoax.") is the article's denial
        if any(ctx.quote_of[i] >= 0 for i in range(lo, hi)):
            return []  # a quote with no speaker in sight is nobody's claim we can name
        # "The photo is a hoax.": the article denies it in its own voice; the outlet is the
        # claimant, named at ingest (an empty claimant here).
        own = _claim("", None, stance, st, None, ctx, (lo, hi))
        own.proposition_guessed = guessed
        return [own]
    name, entity = claimant(closing.speaker, ctx)
    claim = _claim(name, entity, stance, st, None, ctx, (lo, hi))
    claim.proposition_guessed = guessed
    return [claim]


def _quoted_run_claims(units: list[tuple[int, int]], ui: int, ctx: Context) -> list[Claim]:
    """A quoted sentence that asserts, in a quote whose speaker is named only where it closes
    ('"A. B. C," said X.'): X asserts each sentence of it."""
    lo, hi = units[ui]
    words = [i for i in range(lo, hi) if not ctx.idx.tokens[i].is_punct]
    if not words or any(ctx.quote_of[i] < 0 for i in words):
        return []  # only a sentence wholly inside the quote
    region = ctx.quote_of[words[0]]
    if ctx.quotes[region][1] < hi:
        return []  # the quote closes in this sentence: its own frame, or none, speaks for it
    closing = closing_speaker(units, ui, ctx)
    if closing is None or closing.speaker is None:
        return []
    last = units[min(ui + LOOKAHEAD_SENTENCES, len(units) - 1)][1]
    if not any(ctx.quote_of[i] == region for i in range(hi, last)):
        return []
    name, entity = claimant(closing.speaker, ctx)
    root = next((t for t in ctx.idx.tokens[lo:hi] if head(ctx.idx, t) is None), None)
    st = ctx.anchors.get(root.i) if root is not None else None
    return [_claim(name, entity, "asserts", st, None, ctx, (lo, hi))]


def _add_unique(ctx: Context, found: list[Claim]) -> None:
    """One claim per speaker, stance and event in a sentence ("denied X, calling it false");
    a claim about no particular statement adds nothing to one of the same speaker and stance."""
    kept: list[Claim] = []
    for c in found:
        if not any(_same_claim(c, k, ctx) for k in kept):
            kept.append(c)
    for c in kept:
        ctx.claims.append(c)
        if c.statement is not None and c.stance == "denies":
            ctx.denied = c.statement
        if c.statement is not None and c.stance == "asserts" and c.claimant_entity is not None:
            ctx.asserted_by[c.claimant_entity] = c.statement


def _same_claim(a: Claim, b: Claim, ctx: Context) -> bool:
    same_speaker = (a.claimant_entity, a.claimant.lower()) == (b.claimant_entity, b.claimant.lower()) or (
        a.claimant_entity is not None and a.claimant_entity == b.claimant_entity
    )
    if not same_speaker or a.stance != b.stance:
        return False
    if a.statement is None or b.statement is None:
        return True
    return ctx.statements[a.statement].event == ctx.statements[b.statement].event
