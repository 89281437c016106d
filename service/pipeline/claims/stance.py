"""The stance a frame's content takes, and the proposition it is about."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from service.pipeline import event_lexicon
from service.pipeline import lexicon as lx
from service.pipeline.claims.context import (
    ROLE_NOUNS,
    UNSPECIFIED_PARTIES,
    Context,
    is_target_noun,
    reporting_speaker,
)
from service.pipeline.claims.falsity import (
    falsity_subject,
    habitual,
    is_negated,
    is_report_word,
    no_support_target,
    not_yet,
    prep_object,
    report_called_true,
)
from service.pipeline.claims.frames import doubted_by_a_noun, has_that
from service.pipeline.claims.plans import planned_act_denied
from service.pipeline.statements.deps import ARGUMENT_DEPS
from service.pipeline.statements.index import (
    DocIndex,
    children,
    clause_bounds,
    head,
)
from service.pipeline.statements.participants import own_subject
from service.pipeline.statements.polarity import is_no_quantified
from service.pipeline.statements.predicates import (
    content_clauses,
    engaged_in,
    intended_act,
    is_conditional,
    is_event_class,
    is_irrealis,
    judged_clause,
    outcome_state,
    standing_state,
)
from service.pipeline.statements.times import BACKGROUND_PREPS
from service.pipeline.types import Stance, Statement

# TimeML classes of deeds a speaker may deny doing: happenings and acts, not states of mind,
# perceptions or speech.
DEED_CLASSES = frozenset({"OCCURRENCE", "I_ACTION"})


def _told_nothing(clause: Token, idx: DocIndex) -> bool:
    """ "They have been given no information about the leak", "we have received no word": being
    told nothing of a happening confirms nothing and denies nothing of it."""
    if clause.lemma_.lower() not in lx.TOLD_VERBS:
        return False
    negated = is_negated(clause, idx)  # "we have not received any information"
    return any(
        c.dep_ in ("dobj", "obj", "nsubjpass")
        and c.lemma_.lower() in lx.NEWS_NOUNS
        and (negated or is_no_quantified(c, idx))
        for c in children(idx, clause)
    )


def content_stance(clause: Token, ctx: Context) -> tuple[Stance, int | None, Token | None]:
    """Stance a speaker takes by saying `clause`, the statement it is about, and a noun that
    names the proposition when the clause only points at it ("this is false")."""
    idx = ctx.idx
    if _asks(clause, idx):
        return "asserts", ctx.anchors.get(clause.i), None  # "is it a fake?" says neither way
    if one_of_two(clause, idx):
        return "asserts", None, None  # "either the ministry is talking to buyers or it is not"
    believed = first_person_belief(clause, idx)
    if believed is not None:
        inner = content_stance(believed, ctx)
        if inner[0] == "denies":
            return inner  # "I think this is a hoax"
    st = _planned_act(clause, ctx)
    if st is None:
        st = ctx.anchors.get(clause.i)
    subj = falsity_subject(clause, idx)
    if subj is not None:
        judged = judged_clause(clause, idx)
        if judged is not None and judged.i in ctx.anchors:
            return "denies", ctx.anchors[judged.i], judged  # "it is untrue that the band split"
        return "denies", None, subj
    unsupported = no_support_target(clause, idx)
    if unsupported is not None:
        _noun, about = unsupported
        if about is not None and about.i in ctx.anchors:
            return "denies", ctx.anchors[about.i], None  # "no evidence that the meeting took place"
        called_true = report_called_true(about, idx) if about is not None else None
        if called_true is not None:
            return "denies", None, called_true  # "no indication that the story is true"
        if about is not None and (is_target_noun(about) or about.pos_ == "PRON" or about.tag_ == "DT"):
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
    planned_st = plan_said_not_to_be(clause, ctx)
    if planned_st is not None:
        if is_event_statement(ctx.statements[planned_st]):
            # "she would not resign", "was not going to resign" (not a denial of going): the
            # plan will not be.
            return "denies", planned_st, None
        # "had no plans to close any branches": a plan of no known kind said not to be is told
        # as a fact about the plan, which the claim marks contrary (`claims.build`).
        return "asserts", planned_st, None
    if _told_nothing(clause, idx):
        return "asserts", st, None  # "we have been given no information about the leak": no denial
    happening = _none_such(clause, ctx)
    if happening is not None:
        return "denies", happening, None  # "There has been no recall of Orvitensin"
    if st is not None and denies_event(ctx.statements[st], clause, idx) and not _activity_link(clause, idx):
        return "denies", st, None
    if _denies_relation(clause, idx):
        return "denies", None, None  # "the custom is not connected to the legend"
    satire = from_a_satire_site(clause, idx)
    if satire is not None:
        return "denies", None, satire  # "the story was published on X, a satirical news site"
    if st is not None and _background_state(clause, idx):
        cause = _happening_by(clause, ctx)
        if cause is not None:
            return "asserts", cause, None  # "paralysed since Monday by a ransomware attack": the attack
        return "asserts", None, None  # "have not spoken since July": about no event of its own
    doubted = judged_unlikely(clause, idx)
    if doubted is not None:
        if doubted.pos_ in ("NOUN", "PROPN", "PRON"):
            return "denies", None, doubted  # "the story is unlikely to be true"
        # "it is highly unlikely that X happened": X, named by its clause.
        return "denies", ctx.anchors.get(doubted.i), doubted
    doubted = doubted_by_a_noun(clause, idx)
    if doubted is not None:
        if doubted.pos_ in ("NOUN", "PROPN"):
            return "denies", None, doubted  # "there are doubts about the report"
        return "denies", ctx.anchors.get(doubted.i), doubted  # "doubts remain over whether X"
    return "asserts", st, None


def one_of_two(clause: Token, idx: DocIndex) -> bool:
    """A clause told with its own negation as the other of two ("either the ministry is talking
    to buyers or it is not"): the speaker says neither is so, so it is about no statement of its
    own. Not two happenings ("either resigned or was sacked": he left either way)."""
    kids = children(idx, clause)
    return any(c.dep_ == "preconj" and c.lower_ == "either" for c in kids) and any(
        c.dep_ == "conj" and (c.lower_ == "not" or any(n.dep_ == "neg" for n in children(idx, c)))
        for c in kids
    )


def _asks(clause: Token, idx: DocIndex) -> bool:
    """A clause that is a question: it ends with "?", or the first mark after it, past quotes,
    is one."""
    if clause.right_edge.text == "?":
        return True
    i = clause.right_edge.i + 1
    while i < len(idx.tokens) and (idx.tokens[i].is_quote or idx.tokens[i].is_space):
        i += 1
    return i < len(idx.tokens) and idx.tokens[i].text == "?"


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
                    and (is_report_word(subj) or subj.lemma_.lower() in lx.EVIDENCE_NOUNS)
                ):
                    return subj
                continue
            past = c.tag_ in ("VBD", "VBN") or any(
                a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in children(idx, c)
            )
            if past and has_that(c, idx) and not is_irrealis(c, idx):
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
    the contrary", "has not been arrested, despite frenzied reports on websites": the report
    noun. Only a report that holds nothing of its own is answered by the negated clause it
    stands against; "despite reports of fighting, the staff have not left" takes the reports as
    given."""
    for c in children(idx, clause):
        if c.dep_ != "prep" or c.lower_ not in ("despite", "in"):
            continue
        noun = next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
        if noun is not None and c.lower_ == "in":
            # "in spite of X": the noun after "of"
            noun = prep_object(noun, idx, ("of",)) if noun.lower_ == "spite" else None
        if noun is None or noun.lemma_.lower() not in lx.REPORT_NOUNS:
            continue
        to = prep_object(noun, idx, ("to",))
        if (to is not None and to.lower_ == "contrary") or not _holds_content(noun, idx):
            return noun
    return None


# Prepositions after a report noun that say what it holds: "reports of fighting", "claims about".
CONTENT_PREPS = frozenset({"of", "about", "over", "concerning", "regarding", "on"})


def _holds_content(noun: Token, idx: DocIndex) -> bool:
    """A report noun that says what the report held: "reports of fighting", "claims that he
    left", "rumours claiming he had died", "reports on the crash". Not where it ran or who made
    it ("a report on a website", "reports from outlets", "reports on Monday") nor "a report
    stating the contrary"."""
    for c in children(idx, noun):
        if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS:
            obj = next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
            if obj is None:
                continue
            if c.lower_ == "on" and (
                obj.lemma_.lower() in lx.SITE_NOUNS or obj.ent_type_ in ("DATE", "TIME")
            ):
                continue  # where or when it ran
            return True
        if c.dep_ == "ccomp":
            return True  # "claims he left"
        if c.dep_ in ("acl", "relcl"):
            kids = children(idx, c)
            if any((g.dep_ == "mark" and g.lower_ == "that") or g.dep_ in ("ccomp", "xcomp") for g in kids):
                return True  # "reports that he was arrested", "rumours claiming he had died"
    return False


def first_person_belief(clause: Token, idx: DocIndex) -> Token | None:
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
    if standing_state(clause, idx) is not None:
        return False  # "the strike is continuing": a state now, a contrary account (`contrary_account`)
    if _background_state(clause, idx):
        return False  # "have not spoken since July": a state over a period, not a denied event
    if (
        not is_event_statement(st)
        and not _says_none_happened(clause, idx)
        and not (_own_deed_denied(clause, idx) or _done_to_a_name_denied(clause, idx))
    ):
        return False  # "the missiles had not arrived" reports a state, not a denial
    if not is_event_statement(st) and not_yet(clause, idx):
        return False  # "X has not been charged yet": an expectation not met by now, nothing denied
    if habitual(clause, idx):
        return False
    if negated_manner(clause, idx):
        return False  # "we have not taken it lightly": taken, only not lightly
    if clause.lemma_.lower() in lx.STATE_OF_MIND_VERBS:
        return False  # "never wanted to marry her": a state of mind, no event denied
    if first_of_its_kind(clause, idx):
        return False
    if outcome_state(clause, idx) is not None:
        return True  # "she is not dead", "he is alive": the death did not happen, in any tense
    if engaged_in(clause, idx) is not None:
        return True  # "we are not in talks with X": talks said to be under way now are denied now
    return _told_as_done(clause, idx)


def negated_manner(clause: Token, idx: DocIndex) -> bool:
    """The verb says how it was done, with an adverb in "-ly" the negation moves onto ("did not
    take it lightly", "was not handled properly"): the deed is told, not denied."""
    return any(
        c.dep_ == "advmod"
        and c.pos_ == "ADV"
        and c.lower_.endswith("ly")
        and c.lower_ not in lx.NOT_MANNER_LY_ADVERBS
        for c in children(idx, clause)
    )


def _told_as_done(clause: Token, idx: DocIndex) -> bool:
    """The past or the perfect ("did not", "had not been", "has not"): what was or was not done,
    not what is usually so."""
    return clause.tag_ in ("VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in children(idx, clause)
    )


def _planned_act(clause: Token, ctx: Context) -> int | None:
    """The statement of the act an asserted plan is of: "is preparing to step down" and "plans
    to step down" say that she will step down, as "would not step down" says she will not (a
    plan's claim meets the claims of plans of the same kind). None for a plan of no known kind
    of event, or one said not to be."""
    if is_negated(clause, ctx.idx):
        return None
    act = intended_act(clause, ctx.idx) if clause.pos_ in ("VERB", "AUX") else None
    if act is not None and act.lemma_.lower() in lx.ANNOUNCE_VERBS:
        # "is preparing to announce his resignation": the resignation is the act planned.
        act = next((c for c in children(ctx.idx, act) if c.dep_ in ("dobj", "obj")), act)
    st = ctx.anchors.get(act.i) if act is not None else None
    if st is None or not ctx.statements[st].planned or not is_event_statement(ctx.statements[st]):
        return None
    return st


def plan_said_not_to_be(clause: Token, ctx: Context) -> int | None:
    """The statement of a plan the clause says will not be ("would not resign", "has no plans
    to close any branches"), if it says so (`plans.planned_act_denied`)."""
    planned = planned_act_denied(clause, ctx.idx)
    planned_st = ctx.anchors.get(planned.i) if planned is not None else None
    if planned_st is None or not ctx.statements[planned_st].planned:
        return None
    return planned_st


def contrary_plan(clause: Token, ctx: Context) -> int | None:
    """The plan of no known kind a clause says will not be, told as a fact about the plan
    ("had no plans to close any branches", "will not cede any territory"). Not with "would":
    in a past account "her parents would not allow her to transition" tells a refusal, not a
    plan denied."""
    if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in children(ctx.idx, clause)):
        return None
    return plan_said_not_to_be(clause, ctx)


def contrary_account(st: Statement, clause: Token, idx: DocIndex) -> bool:
    """An assertion that a particular deed was not done, whatever its verb: "the union had not
    called off the strike", "the engineers had not been freed". Its stance stays `asserts` (it
    reports a fact, and a negated verb of no known kind of event is no denial of any report by
    itself); it answers only another article's assertion of the same deed
    (`reconcile.propositions`). Told in the past or the present perfect; not a state now or
    one going on ("are not allowed", "were not causing"), a state of mind, speech, a plan, a
    habit, a state held since a time, an expectation not met yet, a first of its kind or a role
    in an activity ("had not been told", "has not spoken since", "has not been charged yet")."""
    if standing_state(clause, idx) is not None:
        # "the shops remain open": told now, of a deed that would have ended it; "the concert
        # will go ahead": told as set (the statement is actual, `predicates.verb_predicate`),
        # not hedged ("could go ahead"), meant ("plans to remain open") or on a condition
        return not st.polarity and st.actual and not is_conditional(clause, idx)
    if st.polarity or not st.actual or st.planned or is_irrealis(clause, idx):
        return False
    # "it was not in talks to buy X": a copula holding talks is a deed too (none were held),
    # unless held over a time ("had not been in talks with X since May").
    talks = engaged_in(clause, idx) is not None
    if not talks and not _a_deed(st, clause):
        return False
    if talks and any(t.dep_ == "prep" and t.lower_ in BACKGROUND_PREPS for t in clause.subtree):
        return False
    if _background_state(clause, idx) or not_yet(clause, idx) or habitual(clause, idx):
        return False
    if first_of_its_kind(clause, idx) or _activity_link(clause, idx):
        return False
    return told_in_the_past(clause, idx)  # "are not allowed", "is not serving": a state now


def _a_deed(st: Statement, clause: Token) -> bool:
    """A verb that tells a deed: one annotators mark as a happening, an act or an aspect, or
    never marked; not a copula, a state of mind, what went on over a time, or speech."""
    lemma = clause.lemma_.lower()
    if clause.pos_ != "VERB" or lemma in ("be", "have", "do") or lemma in lx.STATE_OF_MIND_VERBS:
        return False
    if clause.tag_ == "VBG":
        return False  # "were not causing casualties": what went on over a time, not a deed
    if lemma in lx.DEED_SENSE_REPORTING_VERBS and not any(
        c.dep_ in ("ccomp", "xcomp") for c in clause.children
    ):
        return True  # "had not been recalled": an envoy or a product, not a memory told
    if event_lexicon.timeml_class(lemma, "VERB") not in {*DEED_CLASSES, "ASPECTUAL", None}:
        # A state, a perception or speech ("had not been told"). A verb annotators never marked
        # ("was not diverted") is a rarer one, mostly a deed; an aspectual one ("had not
        # cancelled the concert") is done to a happening.
        return False
    return st.predicate_class not in lx.SPEECH_CLASSES and st.predicate not in lx.NEGATED_BACKGROUND_VERBS


def told_in_the_past(root: Token, idx: DocIndex) -> bool:
    """ "did not resign", "was never served", "have not been found": the past or the present
    perfect, dated or not ("does not exist" tells a state)."""
    kids = children(idx, root)
    if root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in kids):
        return True
    # A participle after "has"/"have" or "been"; not a present passive ("are not allowed").
    return root.tag_ == "VBN" and any(
        (c.dep_ == "aux" and c.lemma_.lower() == "have") or (c.dep_ == "auxpass" and c.tag_ == "VBN")
        for c in kids
    )


# Subjects and owners by which speakers name themselves ("we", "our forces").
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
FIRST_PERSON_OWNERS = frozenset({"my", "our"})
THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "they"})
# Objects that stand for any thing or person of a kind, not a particular one.
INDEFINITE_OBJECTS = frozenset({"anything", "anyone", "anybody"})


def first_of_its_kind(clause: Token, idx: DocIndex) -> bool:
    """ "Has never sold anything like it before": a first of its kind told as news, which denies
    no particular happening a report told of."""
    kids = children(idx, clause)
    if not any(c.lower_ == "never" for c in kids):
        return False
    if not any(c.dep_ in ("dobj", "obj") and c.lower_ in INDEFINITE_OBJECTS for c in kids):
        return False
    _, end = clause_bounds(idx, clause)
    return any(idx.tokens[i].lower_ == "before" for i in range(clause.i + 1, end))


# How far after its negated "be" the participle of a denied link may stand ("is not in any way
# connected to"): further on, it is a word of some other phrase ("..., pointing to the sums
# involved").
RELATION_REACH = 6


def _denies_relation(clause: Token, idx: DocIndex) -> bool:
    """ "X is not (in any way) connected to Y", "X was not involved in Y": a denied link. Not a
    role denied in an activity ("police were not involved in the search"): that answers no
    report of something having happened."""
    if _activity_link(clause, idx) or _linked_to_a_dated_happening(clause, idx):
        return False
    if clause.lower_ in lx.RELATION_WORDS:  # "was not involved": the participle heads the clause
        return is_negated(clause, idx)
    if clause.lemma_.lower() != "be":
        return False
    for c in children(idx, clause):
        if c.dep_ in ("acomp", "attr") and c.lower_ in lx.RELATION_WORDS:
            return is_negated(clause, idx) or any(g.dep_ == "neg" for g in children(idx, c))
        if c.dep_ in ("acomp", "attr") and c.lower_ in lx.UNRELATED_WORDS:
            return not is_negated(clause, idx) and not any(g.dep_ == "neg" for g in children(idx, c))
    if not is_negated(clause, idx):
        return False
    # "is not in any way connected to": the parser hangs the participle on "way".
    lo, hi = clause_bounds(idx, clause)
    # Not a relative clause: "this isn't the first time the firm has been linked to it"; nor a
    # word describing a noun: "that is not how a responsible employer treats a town".
    return any(
        t.lower_ in lx.RELATION_WORDS
        and clause.i < t.i <= clause.i + RELATION_REACH
        and t.dep_ not in ("relcl", "amod")
        and not _in_question(t, clause, idx)
        for t in idx.tokens[lo:hi]
    )


def _linked_to_a_dated_happening(clause: Token, idx: DocIndex) -> bool:
    """ "The incident is unrelated to Tuesday's collision": what the link is denied with is a
    happening of its own day, so two happenings are told apart; no report is answered."""
    lo, hi = clause_bounds(idx, clause)
    for t in idx.tokens[lo:hi]:
        if t.lower_ not in lx.RELATION_WORDS | lx.UNRELATED_WORDS:
            continue
        for prep in children(idx, t):
            if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                for obj in children(idx, prep):
                    if obj.dep_ == "pobj" and any(
                        g.ent_type_ == "DATE" for g in idx.tokens[obj.left_edge.i : obj.right_edge.i + 1]
                    ):
                        return True
    return False


def _in_question(tok: Token, clause: Token, idx: DocIndex) -> bool:
    """Whether `tok` sits in an open question below `clause`: "it wasn't clear whether he was
    involved" asks, it denies no link."""
    up: Token | None = tok
    while up is not None and up.i != clause.i:
        if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in children(idx, up)):
            return True
        up = head(idx, up)
    return False


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


def _happening_by(clause: Token, ctx: Context) -> int | None:
    """The statement of a happening a passive clause is told as done by ("have been paralysed
    since Monday by a ransomware attack"), if the agent is one."""
    for c in children(ctx.idx, clause):
        if c.dep_ == "agent":
            for g in children(ctx.idx, c):
                if g.dep_ == "pobj" and g.i in ctx.anchors:
                    return ctx.anchors[g.i]
    return None


def _background_state(clause: Token, idx: DocIndex) -> bool:
    """A clause held over a period ("since July", "until March"): background, not an event. Not a
    happening put off "until" a time ("the launch has been delayed until next year"): the time is
    where it was put."""
    if clause.lemma_.lower() in lx.PUT_OFF_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in BACKGROUND_PREPS for c in children(idx, clause))


def _own_deed_denied(clause: Token, idx: DocIndex) -> bool:
    """ "We did not fire the rocket", "our fighters did not enter the town": speakers saying that
    they themselves did not do a deed (a verb annotators mark as a happening or an act, not a
    state of mind: "we did not expect it" denies nothing). A speaker answers for its own doing
    as for nobody else's, so the negation denies the deed, whatever kind of verb it is."""
    subj = own_subject(clause, idx)
    if subj is None or subj.dep_ != "nsubj":
        return False  # "he was not paid": done to the speaker, no deed of theirs
    own = (
        subj.lower_ in FIRST_PERSON_SUBJECTS
        or any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWNERS for c in children(idx, subj))
        or (subj.lower_ in THIRD_PERSON_SUBJECTS and reporting_speaker(subj, idx) is not None)
    )
    return own and event_lexicon.timeml_class(clause.lemma_.lower(), "VERB") in DEED_CLASSES


def _done_to_a_name_denied(clause: Token, idx: DocIndex) -> bool:
    """ "Chatly has not been banned", "the firm was not sold": a happening denied of a named
    party, in the passive (a verb annotators mark as a happening; not "has not been confirmed").
    An active verb of no known kind may tell a state ("the missiles had not arrived")."""
    subj = next((c for c in children(idx, clause) if c.dep_ == "nsubjpass"), None)
    if subj is None or idx.group_of[subj.i] < 0:
        return False
    return event_lexicon.timeml_class(clause.lemma_.lower(), "VERB") == "OCCURRENCE"


def _says_none_happened(clause: Token, idx: DocIndex) -> bool:
    """ "No shots were fired", "nobody was hurt", "our staff never entered": a verb of any kind
    whose negation says the event did not take place at all."""
    if _none_such_happened(clause, idx):
        return True
    if clause.lemma_.lower() in ("be", "have", "do"):
        return False  # "has no plans", "is not aware": states, not events
    for c in children(idx, clause):
        if (c.dep_ == "neg" and c.lower_ == "never") or (
            c.dep_ in ARGUMENT_DEPS and is_no_quantified(c, idx)
        ):
            return True
    return False


def _none_such(clause: Token, ctx: Context) -> int | None:
    """The statement of a happening said not to have been ("there has been no recall of X"): a
    noun the text tells as a happening of its own (its statement), after "there was no" or "there
    has been no"; not a reply ("there was no response"), nor a state now ("there is no ban")."""
    idx = ctx.idx
    named = next((n for n in _said_to_be_none(clause, idx) if n.i in ctx.anchors), None)
    if named is None or is_irrealis(clause, idx) or not _told_as_done(clause, idx):
        return None
    return ctx.anchors[named.i]


def _none_such_happened(clause: Token, idx: DocIndex) -> bool:
    """ "There has been no search, no raid and no operation of any kind": none of the listed
    happenings took place, when one of them is a word of a happening."""
    return any(event_lexicon.is_event_noun(n.lemma_.lower()) for n in _said_to_be_none(clause, idx))


def _said_to_be_none(clause: Token, idx: DocIndex) -> list[Token]:
    """The nouns "there was no ..." says none of, listed ("no search, no raid and no operation"),
    each with its own "no"; not a reply ("there was no response" tells of silence)."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in children(idx, clause)):
        return []
    attr = next((c for c in children(idx, clause) if c.dep_ == "attr"), None)
    if attr is None:
        return []
    listed = [attr, *(c for c in idx.tokens[attr.i : clause_bounds(idx, clause)[1]] if c.dep_ == "conj")]
    return [
        n
        for n in listed
        if n.lemma_.lower() not in lx.REPLY_NOUNS
        and any(g.dep_ == "det" and g.lower_ == "no" for g in children(idx, n))
    ]


def resolve_target(tok: Token, ctx: Context) -> int | None:
    """The statement a noun like "the reports", "this" or "the call" stands for: the one it
    names, else the one its owner asserted, else the article's framed event."""
    named = named_target(tok, ctx)
    if named is not None:
        return named
    owner = _owner_group(tok, ctx.idx)
    if owner is not None and owner in ctx.asserted_by:
        return ctx.asserted_by[owner]  # "the Post report": what the Post was said to report
    framed = framed_event(tok.idx, ctx)
    if framed is not None and _names_a_misdeed(tok):
        st = ctx.statements[framed]
        answer = lx.SANCTION_PREDICATES | lx.AFTERMATH_PREDICATES
        if st.predicate in answer or st.predicate_class in answer:
            return None  # "arrested ...; he denies any wrongdoing": the arrest is not denied
    return framed


def _names_a_misdeed(tok: Token) -> bool:
    """ "any wrongdoing", "the allegations against him", "all the accusations": the misdeed
    charged, not what authorities did about it."""
    return tok.lemma_.lower() in lx.WRONGDOING_NOUNS or tok.lower_ in lx.CHARGE_NOUNS


def named_target(tok: Token, ctx: Context) -> int | None:
    """The statement the noun's own words name ("the call", "reports that A spoke with B",
    "reports of a phone call"), if they name one."""
    idx = ctx.idx
    if tok.i in ctx.anchors:
        return ctx.anchors[tok.i]  # an event noun: its own statement
    for c in content_clauses(tok, idx):
        if c.i in ctx.anchors:
            return ctx.anchors[c.i]  # "reports that A spoke with B"
    if tok.lemma_.lower() in lx.REPORT_NOUNS:
        for c in children(idx, tok):
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in lx.ASSERT_VERBS:
                for clause in content_clauses(c, idx):
                    if clause.i in ctx.anchors:
                        return ctx.anchors[clause.i]  # "an article saying that A met B"
    for c in children(idx, tok):
        if c.dep_ == "prep" and c.lower_ in ("of", "about", "on"):
            for g in children(idx, c):
                if g.i in ctx.anchors:
                    return ctx.anchors[g.i]  # "reports of a phone call"
    return titled_statement(tok, ctx)


# How far after a report noun its title verb may stand ("the alert and story on Sept. 5
# headlined ..."): a short noun phrase, not a clause.
TITLE_VERB_WINDOW = 6


def titled_statement(tok: Token, ctx: Context) -> int | None:
    """The statement a report's quoted title holds ('the story headlined "Mayor arrested in
    bribery probe"': the arrest), the happening before any speech act in it. The parser hangs
    the title on the report in many ways, so the title is found by position: a title verb soon
    after the report noun, in its sentence, followed by a quote."""
    idx = ctx.idx
    if tok.lemma_.lower() not in lx.REPORT_NOUNS:
        return None
    sentence = idx.sent_of[tok.i]
    for i in range(tok.i + 1, min(tok.i + 1 + TITLE_VERB_WINDOW, len(idx.tokens) - 2)):
        if idx.sent_of[i] != sentence:
            return None
        if idx.tokens[i].lemma_.lower() not in lx.TITLE_VERBS:
            continue
        region = ctx.quote_of[i + 2]
        if region < 0 or ctx.quotes[region][0] != i + 2:
            return None  # a title verb with no quoted title after it
        lo, hi = ctx.quotes[region]
        inside = [ctx.anchors[j] for j in range(lo, hi) if j in ctx.anchors]
        events = [s for s in inside if is_event_statement(ctx.statements[s])]
        return (events or inside or [None])[0]
    return None


def framed_event(before: int, ctx: Context) -> int | None:
    """The event an article's denials are about, else the latest real event before `before`,
    not one whose clause holds it ("Marvaan, who has denied any wrongdoing, has not spoken
    since": the denial is not of her silence)."""
    if ctx.denied is not None:
        return ctx.denied
    at = bisect_left(ctx.event_starts, (before, -1))
    while at > 0:
        st = ctx.event_starts[at - 1][1]
        if not ctx.statements[st].start <= before < ctx.statements[st].end:
            return st
        at -= 1
    return None


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
