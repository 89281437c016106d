"""What calls a report untrue: negation, falsity words, no support, retraction."""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.claims.context import UNSPECIFIED_PARTIES, is_target_noun
from service.pipeline.statements.index import (
    DocIndex,
    children,
    clause_bounds,
    head,
)
from service.pipeline.statements.participants import own_subject, subject_of
from service.pipeline.statements.polarity import is_no_quantified
from service.pipeline.statements.predicates import (
    falsity_near,
    is_falsity_word,
    is_irrealis,
    verb_class,
)


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
    return any(is_falsity_word(t) and not _now_and_then(t, idx) for t in words)


def _now_and_then(word: Token, idx: DocIndex) -> bool:
    """A falsity word said of what a source tends to give ("occasionally incorrect information",
    "often misleading"): a tendency of a kind of source, not a verdict on the report at hand."""
    return any(c.dep_ == "advmod" and c.lower_ in lx.FREQUENCY_ADVERBS for c in children(idx, word))


def _content_of_a_negated_verb(clause: Token, idx: DocIndex) -> bool:
    """A clause a negated verb of saying or thinking governs ("did not mention it being a
    hoax", "never said the photo was fake"): the speaker did not say what the clause says. A
    negated belief is left to its own reading ("I don't think it is true")."""
    if clause.dep_ not in ("ccomp", "xcomp"):
        return False
    governor = head(idx, clause)
    return (
        governor is not None and governor.lemma_.lower() not in lx.BELIEF_VERBS and is_negated(governor, idx)
    )


# Words that put a belief in the past as one since given up: "I thought it was a hoax at first".
FIRST_WORDS = frozenset({"first", "initially", "originally"})


def _belief_given_up(clause: Token, idx: DocIndex) -> bool:
    """A clause a past belief held "at first" governs ("I thought it was just rubbish at first",
    "initially we believed the photo was fake"): what the believer thought then, and no longer."""
    if clause.dep_ not in ("ccomp", "xcomp"):
        return False
    governor = head(idx, clause)
    if governor is None or governor.lemma_.lower() not in lx.BELIEF_VERBS or governor.tag_ != "VBD":
        return False
    lo, hi = clause_bounds(idx, governor)
    return any(t.lower_ in FIRST_WORDS for t in idx.tokens[lo:hi])


# Dependency roles of a noun phrase's head.
NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos"})


def _inside_a_reports_content(clause: Token, idx: DocIndex) -> bool:
    """A clause told as what a report says ("there are now reports that the executives knew the
    story was false"): the verdict is the report's news, relayed, not the writer's or the
    speaker's own on some report."""
    t = clause
    for _ in range(4):
        governor = head(idx, t)
        if governor is None or t.dep_ not in ("ccomp", "xcomp", "acl"):
            return False
        # the parser tags "there are reports that" a verb at times; its role shows it a noun
        nominal = governor.pos_ == "NOUN" or governor.dep_ in NOMINAL_ROLES
        if nominal and governor.lemma_.lower() in lx.REPORT_NOUNS:
            return True
        t = governor
    return False


def falsity_subject(clause: Token, idx: DocIndex) -> Token | None:
    """The subject of "X is false/fiction", "X is not true", "X has no basis", "X was
    fabricated" or "X appears to be a hoax" when X is a report, a piece of evidence, an event or
    a pointer to one ("this one", "every one of those statements", "nothing in the story")."""
    if _content_of_a_negated_verb(clause, idx) or _belief_given_up(clause, idx):
        return None  # "I didn't mention it being a satirical site": nothing is called untrue
    if _inside_a_reports_content(clause, idx):
        return None  # "there are reports that the editors knew the story was false"
    made = _falsified_object(clause, idx)
    if made is not None:
        return made  # "she admitted she made it up", "the agency staged the video"
    kids = children(idx, clause)
    subj = (
        next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        or _dropped_subject(clause, idx)
        or _shared_subject(clause, idx)
    )
    if subj is not None and subj.lemma_.lower() in lx.TITLE_VERBS and subj.pos_ == "VERB":
        subj = _titled_report(subj, idx)  # "the story headlined 'X' was withdrawn", misparsed
    if subj is None:
        return None
    if subj.lower_ in ("what", "whatever") and subj.dep_ == "nsubj":
        return None  # "Here's what was fake this week:": a list to come, no report named
    target = _part_of(subj, idx)
    predicate, copular = _raised_predicate(clause, idx)
    # "Nothing in the story is true", "none of the claims has any basis": the subject negates.
    none_of = target is not subj and is_no_quantified(subj, idx)
    if not _says_false(predicate, idx, copular, none_of) and not _report_in_error(
        predicate, target, idx, copular
    ):
        return None
    if target.lower_ in lx.PERSONAL_PRONOUNS:
        return None  # "he was denied entry", "I was wrong": a person, not a report
    if target.lower_ in UNSPECIFIED_PARTIES:
        return None  # "something was not right about the way it was done": a complaint
    if _some_of_many(subj, target, idx):
        return None  # "just a few stories on the site are fiction": no report in particular
    if _refused_something(predicate, idx):
        return None  # "they were denied bail", "it was denied a permit": refused, not untrue
    noun = noun_lemma(target)
    pointer = (
        target.pos_ == "PRON"
        or target.tag_ == "DT"
        or any(
            c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in children(idx, target)
        )
    )
    if noun not in lx.REPORT_NOUNS and not pointer and _retracted(predicate, idx):
        # "the video was taken down (from the site)": a platform removing a file, no report
        # taken back by whoever ran it; only a report or a post ("the post was taken down").
        return target if noun in lx.POST_NOUNS else None
    if pointer or noun in lx.REPORT_NOUNS or noun in lx.EVENT_NOUNS or noun in lx.EVIDENCE_NOUNS:
        return target
    if predicate.lemma_.lower() == "exist" and _a_thing_told_of(target, idx):
        return target  # "the phone does not exist": whatever a report told of it is untrue
    return None


def _refused_something(predicate: Token, idx: DocIndex) -> bool:
    """ "X was denied bail / entry / a permit": a passive "deny" with what was withheld as its
    object refuses X something; it calls nothing untrue, whatever X is ("it", "the company")."""
    if predicate.lemma_.lower() not in lx.DENY_VERBS:
        return False
    kids = children(idx, predicate)
    return any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "dobj" for c in kids)


def _a_thing_told_of(target: Token, idx: DocIndex) -> bool:
    """A thing a report can have told of: one named ("the Orlo Helio"), one "such" ("no such
    study", "such a law") or one the sentence ties to a report ("the scientist
    named in the story"); not "poverty does not exist in the city", a claim of its own."""
    if target.pos_ == "PROPN" or idx.group_of[target.i] >= 0:
        return True
    if any(c.lower_ == "such" for c in children(idx, target)):
        return True
    return any(t.lemma_.lower() in lx.REPORT_NOUNS for t in target.subtree if t.i != target.i)


def _no_such_thing(clause: Token, idx: DocIndex, negated: bool) -> bool:
    """ "The phone does not exist", "no such study exists", "the scientist named in the story does
    not exist": what a report tells of is no thing at all. Not "no longer exists" (it did), nor
    what something exists for, nor one of two things that may be so."""
    kids = children(idx, clause)
    if any(c.lower_ in ("longer", "anymore", "yet") for c in kids):
        return False
    if any(c.dep_ in ("xcomp", "advcl") for c in kids):
        return False  # "the studio does not exist to make money": what it is for, not whether it is
    if clause.dep_ == "conj" or any(c.dep_ == "conj" for c in kids):
        return False  # "has either been deleted or never existed": one of two, said of neither
    return negated or any(c.dep_ in ("nsubj", "nsubjpass") and is_no_quantified(c, idx) for c in kids)


def noun_lemma(tok: Token) -> str:
    """A noun's lemma, also when the tagger took a capitalised common noun for a name ("Reports
    that the firm will cut jobs are wrong," opening a quote: a plural it does not lemmatise)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in lx.REPORT_NOUNS:
        return lemma[:-1]
    return lemma


def _report_in_error(clause: Token, target: Token, idx: DocIndex, copular: bool) -> bool:
    """ "The report is wrong", "the reports were mistaken": a report named by its noun, said to
    be in error (`REPORT_ERROR_WORDS`, which judge a deed when said of anything else)."""
    if noun_lemma(target) not in lx.REPORT_NOUNS:
        return False
    if _does_not_hold(clause, idx):
        return True  # "the claims did not stand up to scrutiny", "the story does not hold water"
    if is_negated(clause, idx) or (clause.lemma_.lower() != "be" and not copular):
        return False
    return any(
        c.dep_ in ("attr", "acomp", "oprd")
        and (c.lemma_.lower() in lx.REPORT_ERROR_WORDS or _off_the_mark(c, idx))
        for c in children(idx, clause)
    )


def _does_not_hold(clause: Token, idx: DocIndex) -> bool:
    """A report that, negated, does not stand up or hold water (`lx.REPORT_HOLDS_PHRASES`)."""
    if not is_negated(clause, idx):
        return False
    lemma = clause.lemma_.lower()
    kids = children(idx, clause)
    words = {c.lower_ for c in kids if c.dep_ in ("prt", "dobj", "advmod")}
    # "was not based on facts": the object of the verb's preposition
    words |= {g.lower_ for c in kids if c.dep_ == "prep" for g in children(idx, c) if g.dep_ == "pobj"}
    return any((lemma, w) in lx.REPORT_HOLDS_PHRASES for w in words)


def _off_the_mark(word: Token, idx: DocIndex) -> bool:
    """ "wide of the mark", "off the mark": a report that misses."""
    if word.lower_ not in ("wide", "off", "far"):
        return False
    return any(
        g.lemma_.lower() == "mark" for c in children(idx, word) if c.dep_ == "prep" for g in children(idx, c)
    )


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
        if (
            negated
            and lemma == "be"
            and any(_the_case(c, idx) for c in kids)
            and not is_irrealis(clause, idx)
        ):
            return True  # "that was not the case"; not "that won't be the case", a forecast
        if not negated and lemma == "be" and any(_without_support(c, idx) for c in kids):
            return True  # "the claims were completely without foundation"
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
        # "the story did not happen"; not "so far, that hasn't happened" (not yet), nor "it can
        # never happen again" (a wish for what is to come, said of what did happen)
        return (
            negated
            and not habitual(clause, idx)
            and not not_yet(clause, idx)
            and not _never_again(clause, idx)
        )
    if lemma == "exist":
        return _no_such_thing(clause, idx, negated)
    if negated or none_of or not any(c.dep_ == "auxpass" for c in kids):
        return False
    # "was fabricated", "has been debunked", "was retracted", "is being described as a hoax"
    return (
        _falsify_verb(clause)
        or _made_up(clause, idx)
        or lemma in lx.DENY_VERBS
        or lemma in lx.RETRACT_VERBS
        or _retracted(clause, idx)
        or (lemma in lx.CHARACTERISE_VERBS and characterised_false(clause, idx))
    )


# Modals by which a negated happening is a wish or a rule for what is to come ("it must never
# happen again"), not a denial of what was told; "will not happen" may deny a plan.
_NOT_TO_COME_MODALS = lx.MODAL_LEMMAS - {"will", "would", "shall"}


def _never_again(clause: Token, idx: DocIndex) -> bool:
    """ "It can never happen again", "this must not happen again": what did happen, wished away."""
    return any(
        c.lower_ == "again" or (c.dep_ == "aux" and c.lemma_.lower() in _NOT_TO_COME_MODALS)
        for c in children(idx, clause)
    )


def not_yet(clause: Token, idx: DocIndex) -> bool:
    """ "So far, that hasn't happened", "it has not happened yet": an expectation not met by
    now, no report of a past happening denied."""
    for c in children(idx, clause):
        if c.lower_ in lx.NOT_YET_WORDS:
            return True
        if c.lower_ == "far" and any(g.lower_ == "so" for g in children(idx, c)):
            return True
    return False


def _retracted(clause: Token, idx: DocIndex) -> bool:
    """ "The post was taken down", "the story has since been pulled": a passive phrasal verb by
    which whoever ran a report takes it back (its subject must be a report, which the caller
    checks: "the troops were pulled" names none)."""
    particles = lx.RETRACT_PHRASALS.get(clause.lemma_.lower())
    if particles is None:
        return False
    prt = next((c.lower_ for c in children(idx, clause) if c.dep_ == "prt"), "")
    return prt in particles


def _the_case(tok: Token, idx: DocIndex) -> bool:
    """ "(that was not) the case": how things are, said of what was reported."""
    return (
        tok.dep_ == "attr"
        and tok.lower_ == "case"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children(idx, tok))
        and not any(c.dep_ in ("prep", "amod", "compound") for c in children(idx, tok))
    )


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
    "turned out to be fake", "was revealed to be a hoax"; the verb itself, copular, for "seems
    false", "proved untrue"."""
    lemma = clause.lemma_.lower()
    kids = children(idx, clause)
    if (
        lemma in lx.FOUND_TO_BE_VERBS
        and any(c.dep_ == "auxpass" for c in kids)
        and not is_negated(clause, idx)
    ):
        found = next((c for c in kids if c.dep_ == "xcomp" and c.lemma_.lower() == "be"), None)
        return (found, False) if found is not None else (clause, False)
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
    headlined = _headlined_subject(clause, idx)
    if headlined is not None:
        return headlined
    if clause.lemma_.lower() != "be" or clause.dep_ != "ccomp" or governor is None:
        return None
    dropped = next(
        (
            c
            for c in children(idx, governor)
            if c.dep_ in ("dobj", "obj") and c.i < clause.i and c.lemma_.lower() in lx.REPORT_NOUNS
        ),
        None,
    )
    return dropped or _reduced_relative_subject(clause, governor, idx)


def _shared_subject(clause: Token, idx: DocIndex) -> Token | None:
    """The subject a coordinated predicate shares with the one before it: "the report may have
    generated a lot of clicks but is totally inaccurate"."""
    return subject_of(clause, idx) if clause.dep_ == "conj" else None


def _titled_report(verb: Token, idx: DocIndex) -> Token | None:
    """The report a title verb names, when the parser reads "the story headlined 'X'" as a
    clause, "headlined" its verb and the report (or the report coordinated with its subject:
    "the alert and story headlined ...") its subject."""
    subj = own_subject(verb, idx)
    if subj is None:
        return None
    for noun in (subj, *(c for c in children(idx, subj) if c.dep_ == "conj")):
        if noun.lemma_.lower() in lx.REPORT_NOUNS:
            return noun
    return None


def _headlined_subject(clause: Token, idx: DocIndex) -> Token | None:
    """ "The story headlined 'X' was withdrawn": the parser may make "headlined" the sentence's
    verb, with the report its subject, and leave the passive it governs without one."""
    governor = head(idx, clause)
    if governor is None or clause.dep_ not in ("conj", "ccomp") or governor.i > clause.i:
        return None
    if governor.lemma_.lower() not in lx.TITLE_VERBS or governor.pos_ != "VERB":
        return None
    if not any(c.dep_ == "auxpass" for c in children(idx, clause)):
        return None
    return _titled_report(governor, idx)


def _reduced_relative_subject(clause: Token, governor: Token, idx: DocIndex) -> Token | None:
    """ "told them that the recording the network has been airing could be a hoax": the parser
    reads "the recording the network has been airing" as a clause of its own, a transitive verb
    with no object right before the reported "be", which is left without a subject; the noun
    before the relative clause is that subject, when it names a report or a piece of evidence."""
    lo = idx.tokens[clause.i].left_edge.i
    before = next(
        (
            c
            for c in children(idx, governor)
            if c.dep_ == "ccomp" and c.i < clause.i and c.right_edge.i == lo - 1
        ),
        None,
    )
    if before is None or before.pos_ != "VERB":
        return None
    kids = children(idx, before)
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "prep", "attr", "acomp") for c in kids):
        return None  # the verb has what it takes: a clause of its own
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    noun = subj.lemma_.lower()
    if noun in lx.REPORT_NOUNS or noun in lx.EVIDENCE_NOUNS:
        return subj
    return None


def _falsify_verb(tok: Token) -> bool:
    """ "fabricated", "staged" (whose lemma the tagger sometimes gets wrong)."""
    word = tok.lower_
    stems = (word[:-1], word[:-2], word[:-3]) if word.endswith("ed") else ()  # staged, faked, photoshopped
    return tok.lemma_.lower() in lx.FALSIFY_VERBS or any(stem in lx.FALSIFY_VERBS for stem in stems)


def _charged_with(clause: Token, idx: DocIndex) -> bool:
    """Whether the falsifying is a charge: "found guilty of embezzling money and falsifying the
    lender's accounts", "accused of faking test results" (a crime a court weighs, which
    calls no report untrue)."""
    verb: Token | None = clause
    while verb is not None and verb.dep_ == "conj":
        verb = head(idx, verb)
    prep = head(idx, verb) if verb is not None and verb.dep_ == "pcomp" else None
    charge = head(idx, prep) if prep is not None and prep.lower_ in ("of", "for", "with") else None
    return charge is not None and charge.lemma_.lower() in lx.CHARGE_WORDS


def _falsified_object(clause: Token, idx: DocIndex) -> Token | None:
    """What an active verb of falsifying says someone made up: "she made it up", "the agency
    staged the video", "he faked his death" give "it", "the video", "his death". A report, a
    piece of evidence, a happening or a pointer only ("he invented the device" falsifies
    nothing); not negated, not a guess ("could have faked it")."""
    kids = children(idx, clause)
    if clause.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return None
    if not (_falsify_verb(clause) or _made_up(clause, idx)):
        return None
    if is_negated(clause, idx) or is_irrealis(clause, idx) or _charged_with(clause, idx):
        return None
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.lower_ in ("it", "this", "that", "them") or obj.lemma_.lower() in FALSIFIABLE_NOUNS:
        return obj
    return None


# What can be made up: a report, a piece of evidence, a happening ("he faked his death").
FALSIFIABLE_NOUNS = lx.REPORT_NOUNS | lx.EVIDENCE_NOUNS | frozenset(lx.EVENT_NOUNS)


def _made_up(clause: Token, idx: DocIndex) -> bool:
    """ "was made up": a phrasal verb of invention, not "is made up of" (consists of)."""
    kids = children(idx, clause)
    particle = next((c for c in kids if c.dep_ == "prt"), None)
    if particle is None or (clause.lemma_.lower(), particle.lower_) not in lx.FALSIFY_PHRASALS:
        return False
    # the parser hangs "of" on the verb or on its particle
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in (*kids, *children(idx, particle)))


def _no_support(tok: Token, idx: DocIndex) -> bool:
    """ "no basis", "no truth", "no evidence": a support noun quantified by "no" ("no immediate
    evidence" only says nothing is known yet); "nothing to the rumours" too."""
    if any(c.lower_ in lx.NOT_KNOWN_YET_WORDS for c in children(idx, tok)):
        return False
    if tok.lower_ == "nothing":
        return any(
            c.dep_ == "prep" and c.lower_ in ("to", "in") and any(is_report_word(g) for g in children(idx, c))
            for c in children(idx, tok)
        )
    return tok.lemma_.lower() in lx.NO_SUPPORT_NOUNS and is_no_quantified(tok, idx)


def _not_a_shred(tok: Token, clause: Token, idx: DocIndex) -> bool:
    """ "There was not a shred of truth in it", "no grain of evidence": the least amount of a
    support noun, denied by the clause or by "no"."""
    if tok.lemma_.lower() not in lx.SHRED_NOUNS or not (
        is_negated(clause, idx) or is_no_quantified(tok, idx)
    ):
        return False
    support = prep_object(tok, idx, ("of",))
    return support is not None and support.lemma_.lower() in lx.NO_SUPPORT_NOUNS


def _without_support(prep: Token, idx: DocIndex) -> bool:
    """ "without foundation", "without any basis": a support noun the subject is said to lack."""
    if prep.dep_ != "prep" or prep.lower_ != "without":
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in lx.NO_SUPPORT_NOUNS for g in children(idx, prep))


def report_called_true(clause: Token, idx: DocIndex) -> Token | None:
    """The report a clause calls true ("that the story is true", "the photo is real"): the
    report that "no evidence" for the clause leaves unsupported."""
    if clause.lemma_.lower() != "be" or is_negated(clause, idx):
        return None
    kids = children(idx, clause)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    says_true = any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lx.TRUTH_WORDS for c in kids)
    if subj is None or not says_true:
        return None
    noun = subj.lemma_.lower()
    return subj if noun in lx.REPORT_NOUNS or noun in lx.EVIDENCE_NOUNS else None


def no_support_target(clause: Token, idx: DocIndex) -> tuple[Token, Token | None] | None:
    """ "There is no truth to these allegations", "there was no evidence that X happened": the
    support noun and what it is support for (a noun or a clause), if the clause says so."""
    kids = children(idx, clause)
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in kids):
        return None
    noun = next(
        (
            c
            for c in kids
            if c.dep_ in ("attr", "nsubj") and (_no_support(c, idx) or _not_a_shred(c, clause, idx))
        ),
        None,
    )
    if noun is None:
        return None
    for c in children(idx, noun):
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
            return noun, c  # "no evidence that the meeting took place"
        if noun.lemma_.lower() in lx.SHRED_NOUNS and c.lower_ == "of":
            continue  # "a shred of truth": the support noun, not what it is support for
        if c.dep_ == "prep" and c.lower_ in ("to", "for", "of", "behind", "in"):
            obj = next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
            if obj is not None:
                return noun, obj
    # The parser sometimes hangs "to these allegations" on the verb; "in" only after "truth"
    # ("no truth whatsoever in the reports": "no evidence in the area" names no report).
    hung = ("to", "behind", "in") if noun.lemma_.lower() == "truth" else ("to", "behind")
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in hung:
            obj = next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
            if obj is not None:
                return noun, obj
    return noun, None


def characterised_false(verb: Token, idx: DocIndex) -> bool:
    """ "called the reports pure fiction", "labeling it as fake news", "dismissed X as false"."""
    if falsity_near(verb, idx) and (verb.lemma_.lower() != "call" or verb_class(verb, idx)[1] == "statement"):
        return True
    of_a_report = any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lx.REPORT_NOUNS for c in children(idx, verb)
    )
    for c in children(idx, verb):
        if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and has_falsity(c, idx):
            return True
        if c.dep_ == "oprd" and of_a_report and c.lemma_.lower() in lx.REPORT_ERROR_WORDS:
            return True  # "called the report speculation", "branded the reports exaggerated"
        if c.dep_ == "prep" and c.lower_ == "as" and has_falsity(c, idx):
            return True
        # The parser sometimes hangs "as false" on the object.
        if c.dep_ in ("dobj", "obj") and any(
            g.dep_ == "prep" and g.lower_ == "as" and has_falsity(g, idx) for g in children(idx, c)
        ):
            return True
    return False


def direct_object(verb: Token, idx: DocIndex) -> Token | None:
    """The verb's object, preferring one that names a report or an event ("the media reports")."""
    objs = [c for c in children(idx, verb) if c.dep_ in ("dobj", "obj")]
    return next((o for o in objs if is_target_noun(o)), objs[0] if objs else None)


def shifted_report(verb: Token, idx: DocIndex) -> Token | None:
    """The report a verb characterises before naming it: "dismissed as nonsense claims that she
    took money" (the report put after its verdict), which the parser reads as one noun phrase
    "nonsense claims" after "as". A report noun there, held by a word of untruth."""
    for c in children(idx, verb):
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        for g in children(idx, c):
            if (
                g.dep_ == "pobj"
                and g.lemma_.lower() in lx.REPORT_NOUNS
                and any(m.dep_ in ("compound", "amod") and is_falsity_word(m) for m in children(idx, g))
            ):
                return g
    return None


def prep_object(verb: Token, idx: DocIndex, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of `preps` on the verb ("comment on the report")."""
    for c in children(idx, verb):
        if c.dep_ == "prep" and c.lower_ in preps:
            return next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
    return None


def is_report_word(tok: Token | None) -> bool:
    if tok is None:
        return False
    if tok.lower_ in lx.PERSON_PRONOUNS or tok.lower_ in ("me", "us", "you", "them"):
        return False  # "dismissed her": a person dismissed, no report
    return tok.lemma_.lower() in lx.REPORT_NOUNS or tok.pos_ == "PRON"


# Verbs by which a thing carries a claim: "a document that claims to reveal X", "a video
# purporting to show Y", "a post saying that Z".
_CLAIMING_VERBS = frozenset({"claim", "purport", "allege", "say", "suggest"})


def carries_a_claim(noun: Token, idx: DocIndex) -> bool:
    """A document, an image or a post told with the claim it makes ("a document that claims to
    reveal the specifications", "a video purporting to show the crash"): dismissed, its claim is
    denied as a report's is. Not a proposal or a case ("rejected a proposal that says ...")."""
    return noun.lemma_.lower() in lx.EVIDENCE_NOUNS | lx.POST_NOUNS and any(
        c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.lemma_.lower() in _CLAIMING_VERBS
        for c in children(idx, noun)
    )


def phrasal_denial(verb: Token, idx: DocIndex) -> bool:
    """ "killed off claims", "shot down reports": a verb and its particle that deny a report (the
    particle may be read as a preposition with no object: "brushing aside a claim")."""
    lemma = verb.lemma_.lower()
    return any(
        (lemma, c.lower_) in lx.PHRASAL_DENY_VERBS
        and (c.dep_ == "prt" or (c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in children(idx, c))))
        for c in children(idx, verb)
    )


def habitual(clause: Token, idx: DocIndex) -> bool:
    """ "This doesn't happen", "they do not meet": the present with "do" says what is usually
    so, not that a particular event did not take place ("did not happen", "has not met")."""
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP")
        for c in children(idx, clause)
    )
