"""Mend parses the small English model gets wrong in known, frequent ways.

"The ministry said that reports that its troops had entered the town were false": after "that",
the tagger reads "reports" (or "claims", "rumours") as a verb, and the parser makes "that" its
subject. The sentence then has a speaker named "that" reporting the troops' entry, and the
denial ("were false") hangs on nobody. Mended, "reports" is the subject of "were false", the
report's content its clause, and "that" the mark of what the ministry said, as the parser
reads "He said claims of fraud were baseless". Only this exact shape is touched: a report word
right after "that" as its subject, under a verb that says, with a copula or predicate after
the report's clause.

"The cargo ship Ossian was attacked off the coast on Saturday, the ship's owner said": the
parser reads the name after its noun as the subject of a relative clause on "ship", and "ship"
as a second subject of "said", so the report has no content and the attack no speaker. Mended,
"ship" is part of the name's phrase and the clause is what the owner said. Only when the
speech verb has a subject after the comma that ends the clause, and the clause has no relative
word of its own.

Other shapes are mended the same way, each only in its exact form (see each function): closing
speakers and subjectless closing reports read as relative or adverbial clauses; a "that" clause
the parser hangs on a participle set off between commas ("reported on Tuesday, citing a
presentation, that ...") is what the speech verb says; a closing verdict hung inside the report's
own clause ("labelled a report that X happened as misleading") is on the report, as is a verdict
the parser hangs inside the clause of a report that was said ("said reports that it would cut
1,800 jobs were wrong"); a denial the
tagger reads as an adjective on the report ("rubbished claims that ...") heads the sentence; a
verdict read into the report's noun phrase ("called the report speculation") or hung on it as an
apposition ("called its version of events 'a cynical lie'") is said of the report; and a speech verb joined inside what was said ("said that X crashed, and denied that
...") is the speaker's second act; a past tense read as an adjective in a sentence left
with no verb ("The singer married footballer Anton Drevik") heads it, as does one read so though
the parser gave it a subject ("Rovers have sacked manager X"); "nothing" read as what was said
before a clause it is the subject of ("said nothing in the story was accurate") opens that
clause; and a participle on the speaker read as a clause said ("The union leading the strike
said that ...") describes the speaker, who is the speech verb's subject.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Token

from service.pipeline import event_lexicon
from service.pipeline import lexicon as lx

# Plural report nouns the tagger takes for verbs after "that", with their lemmas.
REPORT_PLURALS = {"reports": "report", "claims": "claim", "rumours": "rumour", "rumors": "rumor"}
# Past forms of verbs that deny a report which the tagger reads as adjectives before the report
# ("the publicist rubbished claims that ..."), with their lemmas.
DENIALS_READ_AS_ADJECTIVES = {"rubbished": "rubbish", "debunked": "debunk", "refuted": "refute"}
# Verdicts on a report's truth: "were wrong", "was false", "is not true".
_VERDICT_WORDS = lx.FALSITY_WORDS | lx.REPORT_ERROR_WORDS | lx.TRUTH_WORDS
# Where the parser hangs the clause that says what the report is ("were false").
_PREDICATE_DEPS = frozenset({"ccomp", "conj", "dep", "advcl"})
COMPONENT = "mend_known_misparses"
# Pronouns of none that the parser takes for what was said when they open the clause said
# ("said nothing in the story was accurate").
NOTHING_WORDS = frozenset({"nothing", "none"})
# Relative words: a clause with one is a true relative clause.
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


@Language.component(COMPONENT)
def mend_known_misparses(doc: Doc) -> Doc:
    mended = False
    for tok in doc:
        if tok.lower_ in REPORT_PLURALS and tok.tag_ == "VBZ":
            mended = _mend_report_subject(tok) or mended
        elif tok.dep_ == "dobj" and tok.lemma_.lower() in lx.REPORT_NOUNS:
            mended = _mend_verdict_inside_said_report(tok) or mended
        elif tok.dep_ == "amod" and tok.lower_ in DENIALS_READ_AS_ADJECTIVES:
            mended = _mend_denial_read_as_adjective(tok) or mended
        elif tok.dep_ == "relcl":
            mended = _mend_named_clause(tok) or _mend_closing_speaker(tok) or mended
        if tok.dep_ in ("acl", "relcl", "advcl") and not mended:
            mended = _mend_subjectless_closing_report(tok)
        if tok.dep_ == "ccomp":
            mended = _mend_clause_after_aside(tok) or mended
        if tok.dep_ == "conj":
            mended = _mend_speech_verb_inside_clause(tok) or mended
        if tok.dep_ == "compound" and tok.lemma_.lower() in lx.REPORT_NOUNS:
            mended = _mend_verdict_read_as_noun_phrase(tok) or mended
        if tok.dep_ == "appos" and tok.lemma_.lower() in lx.FALSITY_WORDS | lx.REPORT_ERROR_WORDS:
            mended = _mend_verdict_read_as_apposition(tok) or mended
        if tok.lower_ == "as" and tok.dep_ == "prep":
            mended = _mend_verdict_inside_report(tok) or mended
        if tok.tag_ == "VBD" and tok.dep_ == "amod":
            mended = _mend_verb_read_as_modifier(tok) or mended
        if tok.tag_ in ("VBD", "VBN") and tok.dep_ == "amod":
            mended = _mend_verb_with_subject_read_as_modifier(tok) or mended
        if tok.lemma_ == "say" and tok.tag_ == "VBD":
            mended = _mend_said_to_read_as_verb(tok) or mended
        if tok.tag_ == "VBG" and tok.dep_ in ("ccomp", "ROOT"):
            mended = _mend_participle_read_as_clause(tok) or mended
        if tok.lower_ in NOTHING_WORDS and tok.dep_ == "dobj":
            mended = _mend_nothing_read_as_what_was_said(tok) or mended
    if mended:
        _rebuild_tree(doc)
    return doc


def _rebuild_tree(doc: Doc) -> None:
    """Set the mended heads again through the array interface, which recomputes each token's
    subtree edges: assigning `Token.head` leaves the old head's `right_edge` spanning the
    clause moved away, so a clause's bounds would run to the end of the sentence."""
    # Each mend keeps one root to a sentence (a speech verb raised to the root demotes the old
    # one), so the sentences the array sets from the heads are the parser's.
    # Heads as offsets from each token, and dependency labels by their string ids; the format
    # stores both as unsigned, so a head to the left wraps round.
    array = numpy.empty((len(doc), 2), dtype="uint64")
    array[:, 0] = numpy.array([t.head.i - t.i for t in doc], dtype="int64").view("uint64")
    array[:, 1] = numpy.array([doc.vocab.strings.add(t.dep_) for t in doc], dtype="uint64")
    doc.from_array([HEAD, DEP], array)


def _mend_closing_speaker(teller: Token) -> bool:
    """ "Kidnappers freed two aid workers on Sunday, the charity Helping Hands said": the parser
    reads "the charity" as an adverbial of the clause and "Helping Hands said" as a relative
    clause on it, so the release has no speaker. Mended, the speech verb heads the sentence,
    with the noun and its name as its subject and the clause as what it says. Only for a speech
    verb whose subject is a name right after the noun, after a comma that ends the clause, with
    nothing but adverbials after it."""
    noun = teller.head
    clause = noun.head  # the sentence's main clause, the noun hung somewhere inside it
    while clause.dep_ != "ROOT" and clause.head.i != clause.i:
        clause = clause.head
    if not event_lexicon.is_reporting(teller.lemma_.lower()) or teller.pos_ != "VERB":
        return False
    if noun.dep_ not in ("npadvmod", "dobj", "appos") or clause.dep_ != "ROOT" or clause.i > noun.i:
        return False
    name = next((c for c in teller.children if c.dep_ == "nsubj"), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i != noun.i + 1 or name.i > teller.i:
        return False
    comma = _comma_before(noun)
    if comma is None or any(t.tag_ in _RELATIVE_TAGS for t in teller.subtree):
        return False
    if any(
        c.i > teller.i and c.dep_ not in ("prep", "npadvmod", "advmod", "advcl", "punct")
        for c in teller.children
    ):
        return False  # adverbials only: "said on Monday", "reported, citing two managers"
    _raise_teller(teller, clause, comma, noun, name)
    return True


def _mend_subjectless_closing_report(teller: Token) -> bool:
    """ "The actor was cast as the lead in the thriller Harlan, the entertainment site Screen Buzz
    reported on Monday, citing studio sources": the parser hangs "the entertainment site Screen
    Buzz" on the clause's last noun in apposition and "reported" on a noun before it (or on the
    clause, as an adverbial clause) with no subject, so the casting has no speaker. Mended, the
    speech verb heads the sentence, with the apposed phrase's name as its subject and the clause
    as what it says. Only for a speech verb with no subject or object of its own, right after
    that phrase, which opens after a comma that ends the clause and ends in a name."""
    if teller.pos_ != "VERB" or not event_lexicon.is_reporting(teller.lemma_.lower()):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp") for c in teller.children):
        return False
    doc = teller.doc
    if teller.i == 0:
        return False
    name = doc[teller.i - 1]
    phrase = name
    while (
        phrase.dep_ in ("appos", "compound")
        and phrase.head.i < phrase.i
        and phrase.head.right_edge.i == name.i
    ):
        if phrase.dep_ == "appos" and _comma_before(phrase) is not None:
            break
        phrase = phrase.head
    comma = _comma_before(phrase)
    if name.pos_ != "PROPN" or phrase.dep_ != "appos" or comma is None:
        return False
    clause = phrase.head
    while clause.head.i != clause.i:
        clause = clause.head
    if clause.i > comma.i or any(t.tag_ in _RELATIVE_TAGS for t in doc[phrase.left_edge.i : teller.i]):
        return False
    name.head = teller
    name.dep_ = "nsubj"
    _raise_teller(teller, clause, comma, phrase, name)
    return True


def _raise_teller(teller: Token, clause: Token, comma: Token, noun: Token, name: Token) -> None:
    """Make a closing speech verb the sentence's root and the clause before its comma what it
    says: the speaker's noun ("the charity", "the entertainment site") joins its name, the subject
    of the verb, and the comma before the speaker and whatever follows the verb in the clause
    ("citing studio sources", the full stop) are the verb's."""
    if noun is not name:
        for det in [c for c in noun.children if c.dep_ == "det"]:
            det.head = name  # "the charity Helping Hands": the phrase's article
        noun.head = name
        noun.dep_ = "compound"
    for c in [c for c in clause.children if c.i > teller.i]:
        c.head = teller
    comma.head = teller  # wherever the parser hung it
    teller.head = teller
    teller.dep_ = "ROOT"
    clause.head = teller
    clause.dep_ = "ccomp"


def _mend_clause_after_aside(clause: Token) -> bool:
    """ "The Post reported on Tuesday, citing a presentation, that the firm would shut the
    plant": the parser hangs the "that" clause on the participle set off between commas, so the
    report says nothing and "citing" says the clause. Mended, the clause is what the speech verb
    says. Only for a "that" clause right after the aside's closing comma, under a participle
    that a reporting verb governs."""
    aside = clause.head
    teller = aside.head
    if aside.dep_ != "advcl" or aside.tag_ != "VBG" or not aside.i < clause.i:
        return False
    if teller.i >= aside.i or not event_lexicon.is_reporting(teller.lemma_.lower()) or teller.pos_ != "VERB":
        return False
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "that" or mark.i == 0 or clause.doc[mark.i - 1].text != ",":
        return False
    if any(c.dep_ == "ccomp" for c in teller.children):
        return False  # the speech verb says a clause of its own
    clause.head = teller
    return True


def _mend_verdict_read_as_noun_phrase(report: Token) -> bool:
    """ "Greyfell called the report speculation": the parser reads "the report speculation" as
    one noun phrase, the verb's object, so the verdict is on "speculation" and the report is no
    one's. Mended, the report is the object and the verdict its predicate, as the parser reads
    "called the report a fabrication". Only for a report noun right before a noun of untruth or
    error, the object of a verb that characterises."""
    verdict = report.head
    verb = verdict.head
    if verdict.i != report.i + 1 or verdict.dep_ not in ("dobj", "obj"):
        return False
    if verdict.lemma_.lower() not in lx.REPORT_ERROR_WORDS | lx.FALSITY_WORDS:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.CHARACTERISE_VERBS:
        return False
    for c in list(verdict.children):
        if c.i < report.i:
            c.head = report  # "the" and any words before the report noun are its own
    report.head, report.dep_ = verb, "dobj"
    verdict.dep_ = "oprd"
    return True


# How far up from a verdict the report noun it is said of may be: "version" <- "of" <- "events".
_VERDICT_REACH = 3


def _mend_verdict_read_as_apposition(verdict: Token) -> bool:
    """ "Called Mervant's version of events 'a cynical lie'": the parser hangs the quoted verdict
    on "events" as an apposition, so nothing calls the report a lie. Mended, the verdict is the
    verb's predicate on its object, as in "called the account a lie". Only for a verdict after a
    report noun that is the object of a verb that characterises."""
    up = verdict.head
    for _ in range(_VERDICT_REACH):
        if up.dep_ in ("dobj", "obj") and up.lemma_.lower() in lx.REPORT_NOUNS:
            verb = up.head
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.CHARACTERISE_VERBS or verdict.i < up.i:
                return False
            verdict.head, verdict.dep_ = verb, "oprd"
            return True
        if up.head.i == up.i:
            return False
        up = up.head
    return False


def _mend_speech_verb_inside_clause(verb: Token) -> bool:
    """ "The army said that the helicopter crashed because of a fault, and denied that it had
    been shot down": the parser joins "denied" to "crashed", inside what the army said, so the
    helicopter denies and the army's words run on to the denial's end. Mended, the denial is the
    army's second act, joined to "said". Only for a verb of saying or denying with no subject of
    its own, after ", and", in the tense of the speech verb whose "that" clause it was joined in
    (or the present beside its present perfect); after "and" with no comma, only when the
    clause's subject is a thing, which says nothing ("has denied that the trial has been halted
    and says ...")."""
    clause = verb.head
    teller = clause.head
    if (
        clause.dep_ != "ccomp"
        or teller.pos_ != "VERB"
        or not (event_lexicon.is_reporting(teller.lemma_.lower()) or teller.lemma_.lower() in lx.DENY_VERBS)
    ):
        return False
    lemma = verb.lemma_.lower()
    if (
        verb.pos_ != "VERB"
        or not _same_tense(verb, teller)
        or not (lemma in lx.DENY_VERBS or event_lexicon.is_reporting(lemma))
    ):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" for c in teller.children):
        return False
    cc = verb.doc[verb.i - 1]
    if cc.dep_ != "cc" or cc.head != clause or verb.i < 2:
        return False
    comma = verb.doc[verb.i - 2] if verb.doc[verb.i - 2].text == "," else None
    if comma is None and not _speechless_subject(clause):
        return False  # "reported that the minister resigned and said he was tired": the minister
    verb.head = teller
    cc.head = teller
    if comma is not None:
        comma.head = teller
    return True


def _same_tense(verb: Token, teller: Token) -> bool:
    """A verb in the tense of the speech verb: the same form, or the present beside a present
    perfect ("has denied that ... and says ...")."""
    if verb.tag_ == teller.tag_:
        return True
    perfect = teller.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in teller.children
    )
    return perfect and verb.tag_ in ("VBZ", "VBP")


def _speechless_subject(clause: Token) -> bool:
    """A reported clause whose subject is a thing, which says nothing ("that the trial has been
    halted and says ..."): no name, no person or institution by its kind, no pronoun."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and subject.lemma_.lower() not in lx.PERSON_ROLE_NOUNS | lx.INSTITUTION_NOUNS
    )


# Verbs that give a verdict on their object with "as" ("labelled the report as false",
# "dismissed the claims as nonsense").
_VERDICT_VERBS = frozenset(
    {"label", "describe", "brand", "characterise", "characterize", "dismiss", "reject"}
)


def _mend_verdict_inside_report(as_: Token) -> bool:
    """ "The airline labelled a report that one of its aircraft made an emergency landing as
    misleading and wrong": the parser hangs the closing "as ..." on the report's own clause, so
    the verdict is on the landing, not the report. Mended, it is the verb's. Only for an "as"
    that ends the sentence, inside a clause on the object report noun of a verdict verb."""
    clause = as_.head
    report = clause.head
    verb = report.head
    if clause.dep_ not in ("acl", "relcl") or report.dep_ not in ("dobj", "obj") or report is verb:
        return False
    if report.lemma_.lower() not in lx.REPORT_NOUNS or verb.lemma_.lower() not in _VERDICT_VERBS:
        return False
    sent_end = as_.sent.end
    if any(t.is_alpha for t in as_.doc[as_.right_edge.i + 1 : sent_end]):
        return False  # not the sentence's last words
    as_.head = verb
    return True


def _mend_named_clause(clause: Token) -> bool:
    """ "The cargo ship Ossian was attacked ..., the owner said": the clause the parser hung on
    "ship" as a relative clause is what the owner said."""
    noun = clause.head
    teller = noun.head
    if noun.dep_ != "nsubj" or teller.pos_ != "VERB" or not event_lexicon.is_reporting(teller.lemma_.lower()):
        return False
    name = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if name is None or name.i != noun.i + 1 or name.pos_ != "PROPN":
        return False
    if any(t.tag_ in _RELATIVE_TAGS for t in clause.subtree):
        return False
    speaker = next((c for c in teller.children if c.dep_ == "nsubj" and c.i > clause.i), None)
    if speaker is None or speaker.i > teller.i or _comma_before(speaker) is None:
        return False
    noun.head = name
    noun.dep_ = "compound"
    clause.head = teller
    clause.dep_ = "ccomp"
    return True


def _comma_before(tok: Token) -> Token | None:
    """The comma right before a token's phrase, if there is one."""
    i = tok.left_edge.i - 1
    return tok.doc[i] if i >= 0 and tok.doc[i].text == "," else None


def _mend_denial_read_as_adjective(verb: Token) -> bool:
    """ "The publicist on Saturday rubbished claims that the actor had been arrested": the tagger
    reads "rubbished" as an adjective on "claims", which heads the sentence, with the publicist
    as the adjective's subject. Mended, the verb heads the sentence and the report is its object.
    Only for a root report noun in the plural, with the subject before the verb."""
    report = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (
        subject is None
        or report.dep_ != "ROOT"
        or report.lower_ not in REPORT_PLURALS
        or report.i != verb.i + 1
    ):
        return False
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", DENIALS_READ_AS_ADJECTIVES[verb.lower_]
    report.head = verb
    report.dep_ = "dobj"
    for c in list(report.children):
        if c.i < verb.i:
            c.head = verb  # the subject's words and adverbials before the verb are the verb's
    return True


def _mend_report_subject(report: Token) -> bool:
    subject = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "that" or subject.i != report.i - 1:
        return False
    teller = report.head
    if report.dep_ != "ccomp" or teller is report:
        return False
    predicate = _predicate_after(report, teller)
    if predicate is None:
        return False
    _lift_verdict(report, predicate, teller)
    report.tag_ = "NNS"
    report.pos_ = "NOUN"
    report.lemma_ = REPORT_PLURALS[report.lower_]
    subject.head = predicate
    subject.dep_ = "mark"
    for content in report.children:
        if content.dep_ == "ccomp":
            content.dep_ = "acl"  # "reports that X": what the reports hold
    return True


def _mend_verdict_inside_said_report(report: Token) -> bool:
    """ "said reports that it would cut 1,800 jobs were wrong": the report read as what was said
    and the verdict as part of the report's clause. Mended, the report is the verdict's subject
    and the verdict what was said. Only a verdict of truth or error ("wrong", "false", "not
    true") after the clause's own words."""
    teller = report.head
    if report.dep_ != "dobj" or teller.i == report.i or not event_lexicon.is_reporting(teller.lemma_.lower()):
        return False
    content = next((c for c in report.children if c.dep_ in ("acl", "ccomp") and c.i > report.i), None)
    if content is None:
        return False
    predicate = next(
        (
            c
            for c in content.children
            if c.dep_ in _PREDICATE_DEPS
            and c.lemma_ == "be"
            and any(g.dep_ in ("acomp", "attr") and g.lemma_.lower() in _VERDICT_WORDS for g in c.children)
        ),
        None,
    )
    if predicate is None:
        return False
    _lift_verdict(report, predicate, teller)
    return True


def _mend_verb_read_as_modifier(verb: Token) -> bool:
    """ "The singer married footballer Anton Drevik over the weekend": the parser read the past
    tense as an adjective on the noun after it, and the sentence has no verb. Mended, the verb
    heads the sentence, the noun before it is its subject and the noun after it its object. Only
    in a sentence whose root is the subject noun right before the verb."""
    root = verb.sent.root
    obj = verb.head
    if root.pos_ not in ("NOUN", "PROPN") or root.right_edge.i < verb.i or obj.i <= verb.i:
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent) or root.i != verb.i - 1:
        return False
    later = [c for c in root.children if c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    root.head = verb
    root.dep_ = "nsubj"
    obj.head = verb
    obj.dep_ = "dobj"
    for c in later:
        if c.i == obj.i:
            continue
        if c.dep_ == "appos":
            c.head = obj  # "footballer Anton Drevik": the object's name
        else:
            c.head = verb  # "over the weekend", the full stop
    return True


# What the parser hangs on a name that belongs to the verb it missed: "after a defeat", ",".
_VERB_ATTACHMENTS = frozenset({"prep", "punct", "npadvmod", "advmod", "advcl"})


def _mend_verb_with_subject_read_as_modifier(verb: Token) -> bool:
    """ "Rovers (have) sacked manager Ottilie Brannagh on Sunday": the parser read the verb as an
    adjective on the post before the name, yet hung the subject (and "have") on it, and made the
    name the sentence's root, or the subject of a later clause that has a subject of its own
    ("..., less than a year after she led the club"). An adjective takes no subject: mended, the
    verb heads the sentence (that later clause its adverbial), the name is its object, and what
    the parser hung on the name after it ("on Sunday") is the verb's."""
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    obj = verb.head
    while obj.dep_ in ("compound", "amod") and obj.head.i > obj.i:
        obj = obj.head
    if obj.i <= verb.i or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    clause = obj.head
    if obj.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    elif (
        obj.dep_ == "nsubj"
        and any(c.dep_ == "nsubj" and c.i != obj.i for c in clause.children)
        and any(c.dep_ == "mark" for c in clause.children)
    ):
        if clause.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = clause.head, clause.dep_
        clause.head, clause.dep_ = verb, "advcl"
    else:
        return False
    later = [c for c in obj.children if c.i > obj.i and c.dep_ in _VERB_ATTACHMENTS]
    obj.head, obj.dep_ = verb, "dobj"
    for c in later:
        c.head = verb
    return True


def _mend_nothing_read_as_what_was_said(nothing: Token) -> bool:
    """ "Mr Lang said nothing in the story was accurate": the parser read "nothing" as what was
    said (silence) and the clause after it as a second thing said, with no subject. Mended,
    "nothing" is that clause's subject and what the parser hung between them ("in the story")
    is its. Only a verb that reports, and a clause of its own with no subject after the pronoun."""
    verb = nothing.head
    if verb.i >= nothing.i or not event_lexicon.is_reporting(verb.lemma_.lower()):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > nothing.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return False
    between = [c for c in verb.children if nothing.i < c.i < clause.left_edge.i]
    if any(c.dep_ != "prep" for c in between):
        return False
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    nothing.head, nothing.dep_ = clause, "nsubjpass" if passive else "nsubj"
    for c in between:
        c.head = nothing
    return True


def _mend_participle_read_as_clause(participle: Token) -> bool:
    """ "The union leading a strike by nurses said on Tuesday that ...": the parser read the
    participle as a clause said, with the speaker its subject, and left the speech verb with no
    subject (or made the participle the sentence's root and the speech verb joined to it).
    Mended, the speaker is the subject of the speech verb and the participle describes the
    speaker. Only a participle with no auxiliary before a verb that reports and has no subject
    of its own."""
    root = participle.dep_ == "ROOT"
    verb = (
        next((c for c in participle.children if c.dep_ == "conj" and c.i > participle.i), participle)
        if root
        else participle.head
    )
    if participle.i >= verb.i or not event_lexicon.is_reporting(verb.lemma_.lower()):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    kids = list(participle.children)
    subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < participle.i), None)
    if subject is None or any(c.dep_ in ("aux", "auxpass", "mark") for c in kids):
        return False
    if root:
        verb.head, verb.dep_ = verb, "ROOT"
        for c in kids:
            if c.i > verb.i or c.dep_ == "cc":
                c.head = verb  # what the parser hung on the participle after the speech verb
    subject.head, subject.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = subject, "acl"
    return True


def _mend_said_to_read_as_verb(said: Token) -> bool:
    """ "The photograph said to show a rare warbler has been digitally altered, the society
    said": the parser read "said" as the verb of "the photograph" and the sentence's own verb as
    a second one joined to it (or said by it). Mended, "said to show ..." describes the noun
    (what it is said to be), and the noun is the subject of the verb after it. Only a thing (a
    common noun right before "said"), an infinitive right after it, and a later verb with
    auxiliaries and no subject of its own."""
    kids = list(said.children)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i != said.i - 1:
        return False
    infinitive = next((c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i == said.i + 2), None)
    if infinitive is None or said.nbor().lower_ != "to":
        return False
    verb = next(
        (
            c
            for c in kids
            if c.dep_ in ("conj", "ccomp")
            and c.i > infinitive.right_edge.i
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("aux", "auxpass") for g in c.children)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ),
        None,
    )
    if verb is None:
        return False
    passive = any(g.dep_ == "auxpass" for g in verb.children)
    verb.head, verb.dep_ = (verb, "ROOT") if said.dep_ == "ROOT" else (said.head, said.dep_)
    subject.head = verb
    subject.dep_ = "nsubjpass" if passive else "nsubj"
    for c in kids:
        if c.i > infinitive.right_edge.i and c is not verb:
            c.head = verb  # the comma before the verb, and what follows it
    said.head = subject
    said.dep_ = "acl"
    return True


def _lift_verdict(report: Token, predicate: Token, teller: Token) -> None:
    """Make `predicate` ("were wrong") what `teller` said, with `report` its subject."""
    content = predicate.head if predicate.head.head.i == report.i else None
    if content is not None:
        # "reports that it would cut 1,800 jobs were wrong": the verdict hung inside the report's
        # own clause took the clause's object for its subject.
        for c in list(predicate.children):
            if c.dep_ in ("nsubj", "nsubjpass") and report.i < c.i < predicate.i:
                c.head = content
                c.dep_ = "dobj"
        for c in list(content.children):
            if c.i > predicate.i:
                c.head = predicate  # ", telling unions ...": said beside the verdict, not reported
    predicate.head = teller
    predicate.dep_ = "ccomp"
    report.head = predicate
    report.dep_ = "nsubj"


def _predicate_after(report: Token, teller: Token) -> Token | None:
    """The clause that says what the report is ("were false", "are baseless"): the nearest
    copula or verb with a predicate after the report, hung on the report, on the teller or on
    the report's own clause."""
    inside = [g for c in report.children if c.dep_ == "ccomp" for g in c.children]
    found = [
        c
        for c in (*report.children, *teller.children, *inside)
        if c.i > report.i
        and c.dep_ in _PREDICATE_DEPS
        and (c.lemma_ == "be" or any(g.dep_ in ("acomp", "attr") for g in c.children))
    ]
    return min(found, key=lambda c: c.i) if found else None
