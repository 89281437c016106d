"""Attribution frames: a speech word, its speaker and its content."""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline import event_lexicon
from service.pipeline import lexicon as lx
from service.pipeline.claims.claimants import owner_phrase, report_author, speaker_phrase
from service.pipeline.claims.context import (
    QUOTE_MARKS,
    REPORT_WHEN_DEPS,
    REPORT_WHEN_WORDS,
    Frame,
    is_speech,
    is_target_noun,
    taken_in,
)
from service.pipeline.claims.falsity import (
    carries_a_claim,
    characterised_false,
    direct_object,
    is_negated,
    is_report_word,
    phrasal_denial,
    prep_object,
    shifted_report,
)
from service.pipeline.statements.figures import issuer_of_numbers
from service.pipeline.statements.index import (
    DocIndex,
    children,
    clause_bounds,
    head,
    text_of,
)
from service.pipeline.statements.participants import own_subject, subject_of
from service.pipeline.statements.polarity import is_no_quantified
from service.pipeline.statements.predicates import (
    content_clauses,
    has_mark,
    is_irrealis,
)

# Modals of speech still to come ("will announce", "might confirm"); not "would", which also
# tells what was said later ("he would later say that ..."), nor "can" and "could" ("the paper
# can reveal that ...", "could confirm that ...": said now, or then).
_UNSAID_MODALS = lx.MODAL_LEMMAS - {"would", "can", "could"}


def verb_speaker(verb: Token, idx: DocIndex) -> Token | None:
    """Who performs the speech act: the subject, the agent of a passive, or the subject
    inherited from the governing clause ("Petrov said, denying ...")."""
    for c in children(idx, verb):
        if c.dep_ == "agent":
            agent = next((g for g in children(idx, c) if g.dep_ == "pobj"), None)
            # "had been admitted by Wednesday evening": a time, no one who speaks
            return None if agent is not None and agent.ent_type_ in ("DATE", "TIME") else agent
    misplaced = _agent_on_complement(verb, idx)
    if misplaced is not None:
        return misplaced
    quoted = _quoted_person(verb, idx)
    if quoted is not None:
        return quoted  # "Reuters quotes doctors saying X": the doctors say X
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children(idx, verb)):
        return None  # "is said to have": no speaker named
    subj = subject_of(verb, idx) or _subject_on_aux(verb, idx)
    if subj is None and (closing := _closing_appositive(verb, idx)) is not None:
        subj = closing[0]
    if subj is not None and _quoted_before(subj, verb, idx):
        # '"The real number," the director, Jan Brandt, said, "is 40."': the parser made the
        # quoted words the subject; the speaker is the phrase it hung on them after the quote.
        subj = next((c for c in children(idx, subj) if c.dep_ == "appos" and c.i > subj.i), None)
    inherited = own_subject(verb, idx) is None and verb.dep_ in ("advcl", "conj", "xcomp")
    if subj is not None and inherited and is_report_word(subj) and subj.pos_ != "PRON":
        # "told journalists that the report was false, denying ...": a report denies nothing;
        # the speaker of the enclosing speech act does.
        up = head(idx, verb)
        while up is not None and not is_speech(up, idx):
            up = head(idx, up)
        return verb_speaker(up, idx) if up is not None else None
    if subj is not None and inherited:
        reporter = _reporter_of_content(verb, idx)
        if reporter is not None:
            # "killed off claims that a squid lives in the bay - insisting the image is a hoax":
            # the participle hangs in the reported clause, but the claims' subject insists
            # nothing; whoever takes up the claims does.
            return verb_speaker(reporter, idx)
        teller = _teller_of_clause(verb, idx)
        if teller is not None:
            return verb_speaker(teller, idx)
    return subj


# Verbs passing a verdict on a report, a claim or a party: as participles after a reported clause
# ("..., describing reports of a deal as speculation", "..., accusing the board of inflating
# the figure") they are the teller's.
_VERDICT_PARTICIPLES = (
    lx.DENY_VERBS
    | lx.DENY_IF_REPORT_VERBS
    | lx.CHARACTERISE_VERBS
    | lx.DESCRIBE_VERBS
    | lx.ACCUSE_VERBS
    | {verb for verb, _ in lx.PHRASAL_DENY_VERBS}  # "..., brushing aside claims that ..."
    | {verb for verb, _, _ in lx.PREPOSITIONAL_DENY_PHRASES}  # "..., pushing back against a report"
)


def _teller_of_clause(verb: Token, idx: DocIndex) -> Token | None:
    """The speech verb whose reported clause a denying participle hangs on: in "officials
    insisted the dam was safe, contradicting engineers", the officials contradict, not the dam
    (the participle is the insisting's, whatever clause the parser hung it on). Not a participle
    before a closing teller: in "X expelled four diplomats, accusing them of spying, the
    broadcaster reported", X accuses, and the broadcaster reports that too."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _VERDICT_PARTICIPLES:
        return None
    clause = head(idx, verb)
    teller = head(idx, clause) if clause is not None and clause.dep_ == "ccomp" else None
    return teller if teller is not None and teller.i < verb.i and is_speech(teller, idx) else None


def _agent_on_complement(verb: Token, idx: DocIndex) -> Token | None:
    """The agent of a passive that the parser hung on the verb's complement: in "the photo was
    described as a hoax by police", "by police" modifies "hoax" in the parse."""
    if not any(c.dep_ == "auxpass" for c in children(idx, verb)):
        return None
    for c in children(idx, verb):
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        for complement in children(idx, c):
            by = next((g for g in children(idx, complement) if g.dep_ == "prep" and g.lower_ == "by"), None)
            if complement.dep_ == "pobj" and by is not None:
                return next((g for g in children(idx, by) if g.dep_ == "pobj"), None)
    return None


def _reporter_of_content(verb: Token, idx: DocIndex) -> Token | None:
    """The speech verb taking up a report noun whose reported clause `verb` hangs on, if any."""
    clause = head(idx, verb)
    noun = head(idx, clause) if clause is not None and clause.dep_ in ("acl", "ccomp", "relcl") else None
    if noun is None:
        return None
    held = (
        clause is not None
        and clause.dep_ == "acl"
        and has_mark(clause, idx, ("that",))
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in _VERDICT_PARTICIPLES
    )
    if noun.lemma_.lower() not in lx.REPORT_NOUNS and not held:
        # "stood by its finding that all units must be recalled, rejecting X's assertion": a
        # verdict on another's report is passed by whoever holds the finding, not the units.
        return None
    up = head(idx, noun)
    while up is not None:
        if is_speech(up, idx) or up.lemma_.lower() in lx.DENY_IF_REPORT_VERBS or phrasal_denial(up, idx):
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
            return direct_object(up, idx)
        up = head(idx, up)
    return None


def verb_frame(verb: Token, idx: DocIndex) -> Frame | None:
    """The attribution a speech verb makes, if it makes one."""
    lemma = verb.lemma_.lower()
    if taken_in(verb, idx):
        return None  # "were admitted to hospital": taken in, nothing owned up to
    obj = direct_object(verb, idx)
    if obj is None and (lemma in lx.DENY_IF_REPORT_VERBS or lemma in lx.CHARACTERISE_VERBS):
        obj = shifted_report(verb, idx)  # "dismissed as nonsense claims that ..."
    if lemma in lx.DECLINE_VERBS:
        return _decline_frame(verb, idx)
    if lemma in lx.ACCUSE_VERBS and not is_negated(verb, idx):
        charge = _charge(verb, idx) or (_charge(obj, idx) if obj is not None else None)
        # "accused X of fraud", "have accused of being a scam": the speaker alleges the charge.
        return Frame(verb, verb_speaker(verb, idx), "asserts", [charge]) if charge is not None else None
    if lemma in lx.OWN_UP_VERBS and obj is not None and obj.lemma_.lower() in lx.RESPONSIBILITY_NOUNS:
        return _owned_deed_frame(verb, idx, obj)
    if lemma in lx.IGNORE_VERBS and not is_negated(verb, idx) and _questions(obj, idx):
        return Frame(verb, verb_speaker(verb, idx), "declines_to_comment")  # "ignoring the questions"
    governor = head(idx, verb)
    if governor is not None and governor.lemma_.lower() in lx.DECLINE_VERBS:
        return None  # "refused to say": the refusal is the frame, not the saying
    if _unreachable(verb, idx):
        speaker = next((c for c in children(idx, verb) if c.dep_ == "nsubjpass"), None)
        return Frame(verb, speaker, "declines_to_comment")
    passive = next((c for c in children(idx, verb) if c.dep_ == "nsubjpass"), None)
    has_agent = (
        any(c.dep_ == "agent" for c in children(idx, verb)) or _agent_on_complement(verb, idx) is not None
    )
    if obj is None and passive is not None and has_agent:
        obj = passive  # "the figures were confirmed by the office": what was confirmed
        if (
            lemma in lx.DENY_IF_REPORT_VERBS
            and obj.tag_ in ("WDT", "WP")
            and verb.dep_ == "relcl"
            and head(idx, verb) is not None
        ):
            # "a plan that was scotched by X" (no report denied), "the rumours, which were
            # dismissed by X": what the relative word stands for is what was dismissed
            obj = head(idx, verb)
    reflexive = obj is not None and obj.lower_ in lx.REFLEXIVES
    if lemma in lx.CHARACTERISE_VERBS and not reflexive and characterised_false(verb, idx):
        return Frame(verb, verb_speaker(verb, idx), "denies", target=obj)
    if lemma in lx.DESCRIBE_VERBS and obj is not None and not reflexive and not is_negated(verb, idx):
        complement = _complement(verb, obj, idx)
        if complement is not None:
            # "called the attacks an act of terrorism", "sees X as responsible": X is said to be so.
            return Frame(verb, verb_speaker(verb, idx), "asserts", [complement])
    if lemma == "respond" and is_negated(verb, idx) and _asks_for_comment(verb, idx):
        return Frame(verb, verb_speaker(verb, idx), "declines_to_comment")
    if lemma in lx.BLAME_VERBS:
        return _blame_frame(verb, idx, obj)
    if (
        lemma in lx.DOUBT_VERBS
        or (lemma in lx.DOUBT_LIGHT_VERBS and obj is not None and obj.lemma_.lower() in lx.DOUBT_NOUNS)
        or (lemma in lx.QUESTION_VERBS and obj is not None and obj.lemma_.lower() in lx.AUTHENTICITY_NOUNS)
    ):
        return _doubt_frame(verb, idx, obj)
    contents = [c for c in content_clauses(verb, idx) if not _after_a_semicolon(verb, c, idx)]
    if (
        lemma in lx.ACCEPTING_VERBS
        and is_negated(verb, idx)
        and obj is not None
        and obj.pos_ != "PRON"
        and obj.lemma_.lower() in lx.REPORT_NOUNS
    ):
        # "did not recognise the account", "does not accept the report": the report denied
        return Frame(verb, verb_speaker(verb, idx), "denies", target=obj)
    if lemma in lx.DENY_VERBS or lemma in lx.DENY_IF_REPORT_VERBS or phrasal_denial(verb, idx):
        return _denial_frame(verb, idx, contents, obj)
    poured_on = _cold_water_on(verb, obj, idx) or _pushed_back_against(verb, idx)
    if poured_on is not None:
        return _denial_frame(verb, idx, contents, poured_on)
    if lemma in lx.LEARNED_VERBS:
        return _learned_frame(verb, idx, contents)
    if lemma not in lx.ASSERT_VERBS:
        return None
    if is_negated(verb, idx) or _nothing_said(obj, passive, idx):
        # "has said nothing publicly about it" is "has not said anything": silence, no denial.
        if lemma in lx.NEGATED_COMMENT_VERBS:
            return Frame(verb, verb_speaker(verb, idx), "declines_to_comment", contents, obj)
        return None
    if _yet_to_be_said(verb, idx):
        return None  # "is preparing to announce his resignation": nothing said yet
    if contents and all(has_mark(c, idx, ("if", "whether")) for c in contents):
        return None  # "so rangers can tell if it returns", "said whether": a question, no claim
    if _is_as_clause(verb, idx):
        # "as reported by X": X reports the clause this one modifies.
        h = head(idx, verb)
        if h is None:
            return None
        denied = _negated_host(h, verb, idx) if lemma in lx.AS_REPORT_VERBS else None
        if denied is not None:
            # "He did not, as some sites report, paint the wall": the sites report
            # that he did, not that he did not; the sentence itself denies it.
            return Frame(verb, verb_speaker(verb, idx), "asserts", [denied], gainsaid=True)
        return Frame(verb, verb_speaker(verb, idx), None, [h], relay_only=is_speech(h, idx))
    if not contents and (obj is None or lemma == "tell"):
        # "..., the chief executive told staff": who was told is no content.
        closing = _closing_attribution(verb, idx)
        if closing is not None:
            speaker, clause, comma = closing
            return Frame(verb, speaker, None, [clause], ends_at=comma)
        contents = _relative_content(verb, idx)
    target = obj if obj is not None and (is_target_noun(obj) or obj is passive) else None
    if not contents and target is None and lemma in lx.ATTEST_VERBS:
        target = prep_object(verb, idx, ("to",))  # "attested to the presence of asbestos"
    if not contents and target is None:
        contents = quoted_after(verb, idx)
    if not contents and target is None:
        small = _small_clause(verb, idx)
        contents = [small] if small is not None else []
    if not contents and passive is not None and passive.lower_ in ("this", "that", "it"):
        return Frame(verb, verb_speaker(verb, idx), None, target=passive, echo=True)
    appositive = _closing_appositive(verb, idx)
    if appositive is not None:
        # "80 were killed near Tarsk, the miners' union said": the words end at the comma.
        speaker, comma = appositive
        return Frame(verb, speaker, None, contents, target, ends_at=comma)
    return Frame(verb, verb_speaker(verb, idx), None, contents, target)


def _learned_frame(verb: Token, idx: DocIndex, contents: list[Token]) -> Frame | None:
    """ "Hal Brent has been sacked, the newspaper Sport Daily understands": an outlet or an
    organisation that has learned a clause from its own sources asserts it. Not a person's
    understanding ("she learned that he had left"), nor a negated one."""
    speaker = verb_speaker(verb, idx)
    if speaker is None or not contents or is_negated(verb, idx):
        return None
    # the speaker, or the name beside it ("the newspaper Sport Daily"), is an organisation
    names = [speaker, *(c for c in children(idx, speaker) if c.dep_ == "appos")]
    organisation = any(idx.group_of[t.i] >= 0 and idx.groups[idx.group_of[t.i]].type == "ORG" for t in names)
    if not organisation and speaker.lemma_.lower() not in lx.SOURCE_CARRIER_NOUNS:
        return None
    return Frame(verb, speaker, None, contents)


def _owned_deed_frame(verb: Token, idx: DocIndex, noun: Token) -> Frame | None:
    """ "The group claimed responsibility for the bombing": the speaker asserts the deed it owns
    (the mirror of "denied responsibility for the bombing"). Not a negated or unreal owning
    ("has not claimed responsibility", "no group has claimed responsibility", "urged them to
    take responsibility", "will accept responsibility"), nor credit for nothing named."""
    speaker = verb_speaker(verb, idx)
    if is_negated(verb, idx) or is_irrealis(verb, idx) or speaker is None or is_no_quantified(speaker, idx):
        return None
    deed = prep_object(noun, idx, ("for",)) or prep_object(verb, idx, ("for",))
    if deed is not None:
        return Frame(verb, speaker, "asserts", [deed])
    # "has claimed responsibility": the deed is the story's, as for "denied responsibility".
    return Frame(verb, speaker, "asserts", target=noun) if noun.lemma_.lower() == "responsibility" else None


def _nothing_said(obj: Token | None, passive: Token | None, idx: DocIndex) -> bool:
    """What was said is none of it: "has said nothing", "confirmed none of the reports", "none
    of the reports had been confirmed by police". "Confirmed no injuries" is left an assertion
    (that there were none): only a passive subject's "no" counts ("no deaths were confirmed by
    the ministry" is the ministry confirming none)."""
    if obj is None:
        return False
    if obj.lower_ in ("nothing", "none"):
        return True
    return obj is passive and is_no_quantified(obj, idx)


def _complement(verb: Token, obj: Token, idx: DocIndex) -> Token | None:
    """What a describing verb says its object is: "called X *a fraud*", "sees X *as
    responsible*", "dubbed the movement *"Cedar Revolution"*" (a name in apposition)."""
    for c in children(idx, verb):
        if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ"):
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((g for g in children(idx, c) if g.dep_ in ("pobj", "pcomp")), None)
    if verb.lemma_.lower() in lx.NAMING_VERBS:
        return next((c for c in children(idx, obj) if c.dep_ == "appos"), None)
    return None


def _relative_content(verb: Token, idx: DocIndex) -> list[Token]:
    """What a speech verb in a relative clause reports when the parser made it the clause its
    antecedent is the subject of ("the treaty, which its signatories claim will cut emissions,
    will take effect": "cut" hung on the main verb, "treaty" its subject): the verb right after
    the speech verb, past auxiliaries, negations and adverbs."""
    noun = head(idx, verb) if verb.dep_ == "relcl" else None
    clause = head(idx, noun) if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") else None
    if clause is None or clause.pos_ not in ("VERB", "AUX") or clause.i <= verb.i:
        return []
    between = idx.tokens[verb.i + 1 : clause.i]
    if all(t.dep_ in ("aux", "auxpass", "neg", "advmod") and head(idx, t) is clause for t in between):
        return [clause]
    return []


def _closing_appositive(verb: Token, idx: DocIndex) -> tuple[Token, int] | None:
    """A closing speaker the parser read as an apposition to the last noun of the reported
    clause: in "80 were killed at the mine near Tarsk, the miners' union said", "union" hangs
    on "Tarsk" and "said" has no subject. The phrase just before the verb, after a comma, that
    is an apposition inside what the verb reports, and the comma where the reported words end."""
    if verb.i == 0 or not any(c.dep_ == "ccomp" and c.i < verb.i for c in children(idx, verb)):
        return None
    if own_subject(verb, idx) is not None:
        return None
    # "..., the governor of the province, Ann Lee, said": the comma closing the name's
    # apposition stands before the verb, and the phrase starts at the outer apposition.
    end = verb.i - 1
    while end > 0 and idx.tokens[end].text == ",":
        end -= 1
    noun = _appositive_ending_at(end, idx)
    if noun is None:
        return None
    while noun.head.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head
    last = noun.right_edge.i
    while last > end and idx.tokens[last].is_punct:
        last -= 1  # "the club's sporting director, Nils Hart,": the name's closing comma
    if last != end:
        return None
    comma = noun.left_edge.i - 1
    if comma > 0 and idx.tokens[comma].is_quote and idx.tokens[comma - 1].text == ",":
        comma -= 1  # '"There is no agreement," the club's sporting director, Nils Hart, said'
    return (noun, comma) if comma >= 0 and idx.tokens[comma].text == "," else None


def _appositive_ending_at(i: int, idx: DocIndex) -> Token | None:
    """The noun of the phrase ending at token `i` (its modifiers climbed to their head), when
    the parser made that phrase an apposition: where it hangs a closing speaker."""
    noun = idx.tokens[i]
    while noun.dep_ in ("compound", "amod", "det", "poss", "case", "nmod") and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.dep_ == "appos" and noun.pos_ in ("NOUN", "PROPN") else None


def _closing_attribution(verb: Token, idx: DocIndex) -> tuple[Token, Token, int] | None:
    """A closing attribution the parser read as a participle on its speaker: in "X has
    resigned after the escape, several newspapers reported on Wednesday" it hangs "newspapers"
    on "resigned" as an adverbial noun and "reported" on "newspapers". The speaker, the clause
    it reports and the comma where the reported words end. Not a participle that is passive
    ("the increase reported by the office": the office reports it) or on a happening ("the
    decision announced on Friday": a decision says nothing)."""
    if verb.dep_ in ("advcl", "parataxis", "ccomp"):
        # "X agreed a fee for Y, the newspaper Z reported on Monday": hung on what it reports.
        return _closing_adverbial(verb, idx)
    if verb.dep_ == "conj":
        return _closing_conjunct(verb, idx)
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    noun = head(idx, verb)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "npadvmod":
        return None
    if event_lexicon.is_event_noun(noun.lemma_.lower()) or any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in children(idx, verb)
    ):
        return None
    clause = head(idx, noun)
    if clause is None or clause.pos_ not in ("VERB", "AUX") or clause.i > noun.i:
        return None
    return _after_its_comma(noun, clause, idx)


def _after_its_comma(speaker: Token, clause: Token, idx: DocIndex) -> tuple[Token, Token, int] | None:
    """The speaker, the clause it reports and the comma between them, when a comma right before
    the speaker's phrase closes the clause."""
    comma = speaker.left_edge.i - 1
    if comma <= clause.i or idx.tokens[comma].text != ",":
        return None
    return speaker, clause, comma


def _closing_adverbial(verb: Token, idx: DocIndex) -> tuple[Token, Token, int] | None:
    """A closing attribution the parser hung on the clause it reports as an adverbial clause:
    in "X failed a test, the Courier reported on Tuesday, citing two people" it makes
    "reported" a clause of "failed". Only with a named subject of its own right after the
    comma, and no conjunction ("as the Courier reported", "while unions said": the one reports
    the clause, the other reports something else)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or has_mark(verb, idx):
        return None
    subject = own_subject(verb, idx)
    clause = head(idx, verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i > verb.i:
        return None
    if clause is None or clause.pos_ not in ("VERB", "AUX") or clause.i > subject.i:
        return None
    return _after_its_comma(subject, clause, idx)


def _closing_conjunct(verb: Token, idx: DocIndex) -> tuple[Token, Token, int] | None:
    """A closing speaker the parser read as an apposition and its verb as a second verb of the
    reported clause: in "Hackers stole the data of Telvo, a security researcher, Ines Moller,
    said on Wednesday" the researcher hangs on "Telvo" and "said" on "stole". The outermost
    apposition right before the verb, after a comma, speaks."""
    clause = head(idx, verb)
    if clause is None or clause.i > verb.i:
        return None
    conjuncts = [c.i for c in children(idx, clause) if c.dep_ == "conj" and c.i < verb.i]
    if any(
        t.dep_ == "cc" and head(idx, t) is clause and not any(t.i < j for j in conjuncts)
        for t in idx.tokens[clause.i + 1 : verb.i]
    ):
        # "stole the data and said ...": the subject's own second act; not an "and" that joins
        # another clause before the verb ("are together and are recording an album, X said")
        return None
    subject = own_subject(verb, idx)
    if subject is not None:
        # "X will close 40 branches, the bank's chief executive, Ada Lorne, told staff": a
        # subject of its own, its phrase opening right after the comma that ends the clause.
        if subject.pos_ not in ("NOUN", "PROPN") or subject.i > verb.i:
            return None
        return _after_its_comma(subject, clause, idx)
    i = verb.i - 1
    while i > clause.i and idx.tokens[i].is_punct:
        i -= 1
    noun = _appositive_ending_at(i, idx)
    if noun is None:
        return None
    while noun.head.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head  # "a security researcher, Ines Moller": the phrase from its start
    found = _after_its_comma(noun, clause, idx)
    title = noun.head
    if found is not None and title.i < noun.i and title.pos_ == "NOUN" and title.i > clause.i:
        # "X will close 40 branches, the bank's chief executive, Ada Lorne, said": the title
        # the parser made an object of the clause opens the speaker's phrase after its comma.
        titled = _after_its_comma(title, clause, idx)
        if titled is not None:
            return noun, clause, titled[2]
    return found


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
    inner = prep_object(obj, idx, ("of",))
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
    governor = head(idx, verb)
    if (
        verb.dep_ == "conj"
        and governor is not None
        and governor.lemma_.lower() in lx.NEGATED_COMMENT_VERBS
        and is_negated(governor, idx)
    ):
        return None  # "cannot confirm or deny": the negation holds both; a refusal to comment
    if verb.dep_ == "conj" and governor is not None and _refused(governor, idx):
        return None  # "refused to confirm or deny": the refusal holds both verbs
    if verb.dep_ == "xcomp" and governor is not None and governor.lemma_.lower() in lx.REQUEST_VERBS:
        return None  # "asked the paper to withdraw the article": asked for, not done
    lemma = verb.lemma_.lower()
    target = obj if obj is not None and is_target_noun(obj) else None
    if (
        lemma in lx.DENY_VERBS
        and not contents
        and target is None
        and obj is not None
        and _contradicts(verb, idx)
    ):
        contents = _what_they_said(obj, idx)  # "contradicting engineers who said it had cracks"
    if lemma in lx.DENY_IF_REPORT_VERBS or phrasal_denial(verb, idx):
        # "rejected the proposal" refuses; only "rejected the reports/claims that" denies.
        if not (
            is_report_word(obj)
            or (obj is not None and carries_a_claim(obj, idx))
            or characterised_false(verb, idx)
        ):
            return None
        if obj is not None and obj.pos_ == "PRON" and _noun_only_phrasal(verb, idx):
            return None  # "cleared it up" may settle anything, not only a report
        if obj is not None and obj.pos_ == "PRON" and _taken_out_of_use(verb, idx):
            return None  # "has withdrawn it from service": a ferry, not a report
        if lemma in lx.RETRACT_VERBS and obj is not None and _claim_at_law(obj, idx):
            return None  # "withdrew its claim against the council": a suit dropped, nothing untold
        if lemma in lx.RETRACT_VERBS and _yet_to_be_taken_back(verb, idx):
            return None  # "said they would file to withdraw it": nothing taken back yet
        target = obj
    elif target is None and not contents:
        if obj is None or obj.lemma_.lower() not in lx.DENIABLE_NOUNS:
            return None  # "denied the request": no claim about facts
        target = obj  # "denied any involvement"
    return Frame(verb, _text_maker(verb, idx) or verb_speaker(verb, idx), "denies", contents, target)


def _yet_to_be_taken_back(verb: Token, idx: DocIndex) -> bool:
    """A withdrawal still to come: a modal on the verb ("will withdraw it"), or an infinitive
    under a modal or a verb of intending ("would file to withdraw it", "plans to retract it")."""

    def modal(t: Token) -> bool:
        return any(c.dep_ == "aux" and c.lemma_.lower() in lx.MODAL_LEMMAS for c in children(idx, t))

    if modal(verb):
        return True
    governor = head(idx, verb)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children(idx, verb))
    return (
        infinitive
        and governor is not None
        and (modal(governor) or governor.lemma_.lower() in lx.INTEND_VERBS)
    )


def _claim_at_law(obj: Token, idx: DocIndex) -> bool:
    """The claim is one made on someone at law ("its claim against the council", "a claim for
    damages"), not a statement of fact: withdrawing it drops a demand, it takes back no report."""
    return obj.lemma_.lower() in lx.REPORT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in ("against", "for") for c in children(idx, obj)
    )


# Where a report is taken back from: "withdrew it from its website". Taken from anything else
# ("withdrew it from service", "from sale", "from the route"), "it" is no report.
PUBLISHING_NOUNS = lx.SITE_NOUNS | {"page", "feed", "platform", "app"}


def _taken_out_of_use(verb: Token, idx: DocIndex) -> bool:
    """The verb takes its object out of something that publishes nothing ("withdrawn it from
    service", "pulled it from sale")."""
    for prep in children(idx, verb):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            objects = [c for c in children(idx, prep) if c.dep_ == "pobj"]
            if objects and all(o.lemma_.lower() not in PUBLISHING_NOUNS for o in objects):
                return True
    return False


def _contradicts(verb: Token, idx: DocIndex) -> bool:
    """Someone contradicts, as a fact: not a finding or a plan that "would contradict" them
    ("that would contradict the company, which stated X" disputes nothing yet)."""
    if is_irrealis(verb, idx):
        return False
    subject = own_subject(verb, idx)
    return subject is None or subject.lower_ not in ("that", "this", "it", "which", "what")


def _after_a_semicolon(verb: Token, clause: Token, idx: DocIndex) -> bool:
    """A clause after the verb, past a semicolon, with a subject of its own that names someone
    ("X said 80 were hurt; hospital sources put the number at 300"): the semicolon closed what X
    said, whatever the parser hung on the verb. A pronoun subject ("we want peace") may still be
    the speaker's own words."""
    if clause.left_edge.i <= verb.i:
        return False
    if not any(t.text == ";" for t in idx.tokens[verb.i + 1 : clause.left_edge.i + 1]):
        return False
    subject = own_subject(clause, idx)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


def _what_they_said(people: Token, idx: DocIndex) -> list[Token]:
    """What the people a speaker contradicts said, when the sentence tells it: "contradicting
    engineers who said the dam had cracks" denies that the dam had cracks."""
    return [
        clause
        for c in children(idx, people)
        if c.dep_ == "relcl" and c.lemma_.lower() in lx.ASSERT_VERBS and not is_negated(c, idx)
        for clause in content_clauses(c, idx)
    ]


def _pushed_back_against(verb: Token, idx: DocIndex) -> Token | None:
    """The report a speaker denies by pushing back against it ("pushed back against reports that
    ...", "hit back at claims", "took issue with reports"): the object of the phrase's
    preposition, when it is a report noun (pushing back against a plan or hitting back at
    critics denies no report)."""
    lemma = verb.lemma_.lower()
    markers = {c.lower_ for c in children(idx, verb) if c.dep_ in ("prt", "dobj", "advmod")}
    for phrase_verb, marker, prep in lx.PREPOSITIONAL_DENY_PHRASES:
        if phrase_verb == lemma and marker in markers:
            target = prep_object(verb, idx, (prep,))
            if target is not None and target.lemma_.lower() in lx.REPORT_NOUNS:
                return target
    for phrase_verb, particle in lx.PHRASAL_DENY_VERBS:
        # "brushing aside a group's claim that ...": the parser reads the particle as a
        # preposition with the report as its object.
        if phrase_verb == lemma:
            target = prep_object(verb, idx, (particle,))
            if target is not None and target.lemma_.lower() in lx.REPORT_NOUNS:
                return target
    return None


def _cold_water_on(verb: Token, obj: Token | None, idx: DocIndex) -> Token | None:
    """The report "poured cold water on reports that ..." denies: the object of "on", when it is a
    report noun (cold water poured on a plan or on hopes denies no report)."""
    if verb.lemma_.lower() != "pour" or obj is None or obj.lemma_.lower() != "water":
        return None
    for holder in (verb, obj):
        for prep in children(idx, holder):
            if prep.dep_ == "prep" and prep.lower_ == "on":
                target = next((g for g in children(idx, prep) if g.dep_ == "pobj"), None)
                if target is not None and is_report_word(target):
                    return target
    return None


def _noun_only_phrasal(verb: Token, idx: DocIndex) -> bool:
    lemma = verb.lemma_.lower()
    return any(
        c.dep_ == "prt" and (lemma, c.lower_) in lx.PHRASAL_DENY_NOUN_ONLY for c in children(idx, verb)
    )


def _text_maker(verb: Token, idx: DocIndex) -> Token | None:
    """Who made the text a participle says denies: "the site created an entry debunking the
    story", "the council published a statement refuting the report" (the site, the council).
    Only a text its maker made ("read an entry debunking the story" is no one's denial)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    text = head(idx, verb)
    maker = head(idx, text) if text is not None and text.dep_ in ("dobj", "obj") else None
    if maker is None or maker.lemma_.lower() not in lx.PUBLISH_VERBS or is_negated(maker, idx):
        return None
    return verb_speaker(maker, idx)


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
    return Frame(verb, verb_speaker(verb, idx), "denies", target=obj)


def _none_or_few(tok: Token, idx: DocIndex) -> bool:
    """ "nobody", "no experts", "few (people)", "little doubt", "any doubt": none or next to none
    of the kind, so no one's doubt (`is_no_quantified`, and the words of next to none)."""
    return (
        is_no_quantified(tok, idx)
        or tok.lower_ in lx.NEXT_TO_NONE
        or any(c.dep_ in ("det", "amod") and c.lower_ in lx.NEXT_TO_NONE for c in children(idx, tok))
    )


def _doubt_frame(verb: Token, idx: DocIndex, obj: Token | None) -> Frame | None:
    """ "Experts doubt that the lizard was there", "cast doubt on whether the flood was a
    burst dam", "raised doubts about the report": the speaker says a past happening or a report
    is hardly true, which denies it. Not "did not doubt", nor "few doubt", nor a doubt about
    what will be ("doubt that the talks will succeed"), nor doubt about a person ("doubts
    about the coach")."""
    if is_negated(verb, idx):
        return None
    speaker = verb_speaker(verb, idx)
    if speaker is None or _none_or_few(speaker, idx):
        return None
    holders = [verb] if obj is None or verb.lemma_.lower() in lx.DOUBT_VERBS else [obj, verb]
    contents = [c for h in holders for c in content_clauses(h, idx)]
    contents = [c for c in contents if not is_irrealis(c, idx)]
    if contents:
        return Frame(verb, speaker, "denies", contents)
    doubted = [obj] if obj is not None and verb.lemma_.lower() not in lx.DOUBT_LIGHT_VERBS else []
    doubted += [a for h in holders if (a := prep_object(h, idx, ("on", "about", "over"))) is not None]
    for about in doubted:
        if about.lemma_.lower() in lx.AUTHENTICITY_NOUNS:
            # "doubted its authenticity", "the veracity of the video": whose it is.
            about = prep_object(about, idx, ("of",)) or next(
                (c for c in children(idx, about) if c.dep_ == "poss"), None
            )
        if about is not None and (is_report_word(about) or _is_evidence(about, idx)):
            return Frame(verb, speaker, "denies", target=about)  # "cast doubt on the report"
    return None


def skeptic_frame(adj: Token, idx: DocIndex) -> Frame | None:
    """ "Experts are skeptical that the blast was a meteorite", "the council remains sceptical
    of the report": the holder, the subject of the copula, says a past happening or a report is
    hardly true, which denies it. Not "not skeptical", "less skeptical", nobody's doubt ("few are
    skeptical"), a doubt about what will be ("skeptical that the talks will succeed", "of
    whether the talks will be productive"), nor about a plan or a person ("skeptical of the
    plan", "about his motives")."""
    if adj.lemma_.lower() not in lx.SKEPTIC_ADJECTIVES or adj.dep_ != "acomp":
        return None
    copula = head(idx, adj)
    if copula is None or copula.lemma_.lower() not in lx.SKEPTIC_COPULAS:
        return None
    if is_negated(adj, idx) or is_negated(copula, idx) or is_irrealis(copula, idx):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in lx.LESS_WORDS for c in children(idx, adj)):
        return None
    speaker = own_subject(copula, idx)
    if speaker is None or _none_or_few(speaker, idx):
        return None
    contents = [c for c in children(idx, adj) if c.dep_ == "ccomp" and _past_happening(c, idx)]
    if contents:
        return Frame(adj, speaker, "denies", contents)  # "skeptical that the blast was a meteorite"
    for p in children(idx, adj):
        if p.dep_ != "prep" or p.lower_ not in ("of", "about", "over", "regarding"):
            continue
        for about in children(idx, p):
            if about.dep_ == "pcomp" and _past_happening(about, idx):
                return Frame(adj, speaker, "denies", [about])  # "skeptical of whether X happened"
            if about.dep_ != "pobj":
                continue
            if about.lemma_.lower() in lx.AUTHENTICITY_NOUNS:
                about = prep_object(about, idx, ("of",)) or about  # "the authenticity of the video"
            if (is_report_word(about) and about.pos_ != "PRON") or _is_evidence(about, idx):
                return Frame(adj, speaker, "denies", target=about)  # "skeptical of the report"
    return None


def _is_evidence(tok: Token, idx: DocIndex) -> bool:
    """ "the photo", "the tape", and a file named by what it holds: "an audio file", "a video
    file" (not "the file" alone, "a tax file")."""
    if tok.lemma_.lower() in lx.EVIDENCE_NOUNS:
        return True
    return tok.lemma_.lower() in lx.CARRIER_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lx.EVIDENCE_NOUNS for c in children(idx, tok)
    )


def doubted_by_a_noun(clause: Token, idx: DocIndex) -> Token | None:
    """What a bare doubt noun doubts, with no verb of doubt: "there are doubts inside the network
    about the report" (the report), "doubts remain over whether the lizard was there" (that
    clause, for a past happening). Not a doubt about a person or about what will be ("doubts
    about his future", "doubts remain over whether the talks will succeed"), nor none ("there is
    no doubt that ...", "little doubt")."""
    if clause.lemma_.lower() not in lx.DOUBT_NOUN_VERBS or is_negated(clause, idx):
        return None
    kids = children(idx, clause)
    existential = any(c.dep_ == "expl" for c in kids)
    nouns = [
        c
        for c in kids
        if c.lemma_.lower() in lx.DOUBT_NOUNS
        and (c.dep_ == "nsubj" or (existential and c.dep_ == "attr"))
        and not _none_or_few(c, idx)
    ]
    for noun in nouns:
        # "doubts about X", "doubts over whether X"; the parser may hang the "about" on the
        # clause or on a noun between ("doubts inside the network about the report").
        holders = [
            noun,
            clause,
            *(g for p in children(idx, noun) if p.dep_ == "prep" for g in children(idx, p)),
        ]
        for h in holders:
            for p in children(idx, h):
                if p.dep_ != "prep" or p.lower_ not in ("about", "over", "on", "regarding"):
                    continue
                for about in children(idx, p):
                    if about.dep_ == "pobj":
                        if about.lemma_.lower() in lx.AUTHENTICITY_NOUNS:
                            about = prep_object(about, idx, ("of",)) or about
                        if (is_report_word(about) and about.pos_ != "PRON") or _is_evidence(about, idx):
                            return about
                    elif about.dep_ == "pcomp" and _past_happening(about, idx):
                        return about
    return None


def _past_happening(clause: Token, idx: DocIndex) -> bool:
    """ "whether the lizard was there", "that the blast was a gas leak": a past clause, not
    a forecast or a wish."""
    if clause.pos_ not in ("VERB", "AUX") or is_irrealis(clause, idx):
        return False
    return clause.tag_ in ("VBD", "VBN") or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in children(idx, clause)
    )


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
        if inner.lemma_.lower() in lx.COMMENT_VERBS and not _passive(inner, idx):
            obj = direct_object(inner, idx) or prep_object(inner, idx, ("on", "about"))
            target = obj if obj is not None and is_target_noun(obj) else None
            return Frame(
                verb, verb_speaker(verb, idx), "declines_to_comment", content_clauses(inner, idx), target
            )
    return None


def _refused(verb: Token, idx: DocIndex) -> bool:
    """A verb of comment that a refusal governs: "refused to confirm", "declined to discuss"."""
    governor = head(idx, verb)
    return (
        verb.dep_ == "xcomp"
        and verb.lemma_.lower() in lx.COMMENT_VERBS
        and governor is not None
        and governor.lemma_.lower() in lx.DECLINE_VERBS
    )


def _passive(verb: Token, idx: DocIndex) -> bool:
    """ "declined to be named", "asked not to be identified": a source keeping its name out,
    not a refusal to comment."""
    return any(c.dep_ == "auxpass" for c in children(idx, verb))


def _asks_for_comment(verb: Token, idx: DocIndex) -> bool:
    lo, hi = clause_bounds(idx, verb)
    return any(t.lower_ == "comment" for t in idx.tokens[lo:hi])


def _yet_to_be_said(verb: Token, idx: DocIndex) -> bool:
    """Speech still to come: "will announce", "may confirm", "plans to announce", "is
    preparing to announce". Not "would later say" (told from a time before it, it was said)."""
    if any(c.dep_ == "aux" and c.lemma_.lower() in _UNSAID_MODALS for c in children(idx, verb)):
        return True
    governor = head(idx, verb)
    return (
        verb.dep_ == "xcomp"
        and governor is not None
        and governor.i != verb.i
        and governor.lemma_.lower() in lx.INTEND_VERBS
    )


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


def according_frame(tok: Token, idx: DocIndex) -> Frame | None:
    """ "according to X, <clause>": X asserts (or, by the clause, denies) the clause."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in children(idx, tok) if c.lower_ == "to"), None)
    speaker = next((c for c in children(idx, to) if c.dep_ == "pobj"), None) if to is not None else None
    if speaker is not None:
        speaker = issuer_of_numbers(speaker) or speaker  # "according to figures released by X"
    clause = head(idx, tok)
    if speaker is None or clause is None:
        return None
    while clause.pos_ not in ("VERB", "AUX"):
        up = head(idx, clause)
        if up is None:
            break  # "According to X, the total dead ... stands at N": the parser's root is the clause
        clause = up
    clause = _main_clause_of_closing(tok, clause, idx)
    if is_speech(clause, idx) and _faceless_reports(clause, idx):
        # "According to A, reports indicate that X": A is the one on record for X.
        return Frame(tok, speaker, None, content_clauses(clause, idx))
    return Frame(tok, speaker, None, [clause], relay_only=is_speech(clause, idx))


def _quoted_before(subject: Token, verb: Token, idx: DocIndex) -> bool:
    """The subject stands inside a quotation that opens the sentence and closes before the
    verb: the quoted words, not their speaker."""
    sent = idx.sents[idx.sent_of[subject.i]]
    before = [t for t in idx.tokens[sent.start : subject.i] if not t.is_space]
    if not before or before[0].text not in QUOTE_MARKS:
        return False
    closing = QUOTE_MARKS[before[0].text]
    return any(t.text == closing for t in idx.tokens[subject.i + 1 : verb.i])


def _main_clause_of_closing(tok: Token, clause: Token, idx: DocIndex) -> Token:
    """The clause a closing "..., according to X." vouches for: the whole sentence, not the
    adverbial clause the parser hangs it on ("X met Y in August, weeks before Y's company won a
    contract, according to documents": the meeting is what the documents show), nor the last of
    the deeds of one subject ("X will unveil A and price it at B, according to Y")."""
    if tok.i == 0 or idx.tokens[tok.i - 1].text != ",":
        return clause
    sent = idx.sents[idx.sent_of[tok.i]]
    if any(t.is_alpha for t in idx.tokens[tok.right_edge.i + 1 : sent.end]):
        return clause  # not the sentence's last words
    while (clause.dep_ == "advcl" and (has_mark(clause, idx) or _bare_participle(clause, idx))) or (
        clause.dep_ == "conj"
        and own_subject(clause, idx) is None
        and not any(c.dep_ in ("aux", "auxpass") for c in children(idx, clause))
    ):
        # "X will unveil A and price it at B, according to Y": Y vouches for both deeds. A deed
        # with a tense of its own ("..., has died, according to Y") is a clause of its own.
        up = head(idx, clause)
        if up is None or up.pos_ not in ("VERB", "AUX"):
            break
        clause = up
    return clause


def _bare_participle(clause: Token, idx: DocIndex) -> bool:
    """A participle clause with no subject of its own ("..., putting 1,800 jobs at risk"): what
    follows from the sentence's main clause, which a closing source vouches for with it."""
    return clause.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children(idx, clause)
    )


def report_noun_frame(noun: Token, idx: DocIndex) -> Frame | None:
    """ "There were reports that X", "reversing reports that X": reports nobody is named for
    assert X themselves, unless a speaker's verb takes them up ("denied reports that X")."""
    claiming = _claiming_participles(noun, idx)
    if not claiming and (noun.lemma_.lower() not in lx.REPORT_NOUNS or noun.tag_ != "NNS"):
        return None
    if not _faceless(noun, idx):
        return None
    governor = head(idx, noun)
    if governor is not None and (
        governor.lemma_.lower() in lx.SPEECH_ACT_LEMMAS or phrasal_denial(governor, idx)
    ):
        return None
    verb = head(idx, governor) if governor is not None and governor.dep_ == "prep" else None
    if verb is not None and shifted_report(verb, idx) is noun:
        return None  # "dismissed as false reports that X": taken up as the object
    if claiming:
        # "A post claiming that X has spread", "reports alleging that X": what they claim; "the
        # site published an article claiming that X": the site that put it out claims it.
        issuer = own_subject(governor, idx) if governor is not None and noun.dep_ in ("dobj", "obj") else None
        speaker = issuer if issuer is not None and issuer.pos_ in ("PROPN", "NOUN") else noun
        return Frame(noun, speaker, None, [c for v in claiming for c in content_clauses(v, idx)])
    contents = [c for c in children(idx, noun) if c.dep_ == "acl" and has_that(c, idx)]
    return Frame(noun, noun, None, contents) if contents else None


def _claiming_participles(noun: Token, idx: DocIndex) -> list[Token]:
    """The participles of asserting that qualify a noun and say something ("a post claiming that
    X", "reports alleging X"): the noun is what claims it."""
    if noun.lemma_.lower() not in lx.REPORT_NOUNS | lx.CLAIM_CARRIER_NOUNS:
        return []
    return [
        c
        for c in children(idx, noun)
        if c.dep_ == "acl"
        and c.tag_ == "VBG"
        and c.lemma_.lower() in lx.ASSERT_VERBS
        and not any(g.dep_ == "nsubj" for g in children(idx, c))
        and content_clauses(c, idx)
    ]


def emphatic_frame(tok: Token, idx: DocIndex) -> Frame | None:
    """ "X did allege that Y": the parser reads the emphatic verb as the object of "do"; a
    reporting word there with a that-clause of its own is the speech act."""
    governor = head(idx, tok)
    if tok.lemma_.lower() not in lx.ASSERT_VERBS or tok.dep_ != "dobj" or governor is None:
        return None
    if governor.lemma_.lower() != "do" or is_negated(governor, idx):
        return None
    contents = [c for c in children(idx, tok) if c.dep_ in ("acl", "ccomp") and has_that(c, idx)]
    speaker = own_subject(governor, idx)
    return Frame(tok, speaker, None, contents) if contents and speaker is not None else None


def has_that(clause: Token, idx: DocIndex) -> bool:
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
    counted = prep_object(noun, idx, ("of",))
    if owner is None or counted is None or not any(t.like_num for t in counted.subtree):
        return None
    return Frame(noun, owner, "asserts", target=noun)


def _faceless(noun: Token, idx: DocIndex) -> bool:
    """A report noun with no owner: not "the Post's reports", "reports by X", "X reports",
    "reports published by X"."""
    if idx.group_of[noun.i] >= 0 or report_author(noun, idx) is not None:
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
        elif tok.pos_ == "ADJ":
            frame = skeptic_frame(tok, idx)
        elif tok.pos_ == "NOUN" and not bare:
            frame = report_noun_frame(tok, idx) or estimate_frame(tok, idx) or emphatic_frame(tok, idx)
        if frame is None or frame.speaker is None:
            continue
        if bare or _reports_something(frame):
            frames.append(frame)
    # A clause a relative speech verb reports ("which its signatories claim will cut emissions")
    # is theirs, not the main verb's, whatever the parser hung it on.
    # ("contradicting engineers who said X" still denies X: the engineers are its object.)
    relative = {c.i: f.word for f in frames if f.word.dep_ == "relcl" for c in f.contents}
    for f in frames:
        if f.word.dep_ != "relcl" and any(c.i in relative for c in f.contents):
            f.contents = [
                c
                for c in f.contents
                if c.i not in relative or head(idx, relative[c.i]) in children(idx, f.word)
            ]
    frames = [f for f in frames if bare or _reports_something(f)]
    # Speech that is told not to have taken place ("nobody would tell his family where he was")
    # relays nothing: the clause is the outer speaker's own.
    speech = {f.word.i for f in frames if not _untold(f, idx)}
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
    reversed_nouns = {o.i for o in (direct_object(v, idx) for v in reversals) if o is not None}
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
    # "X has flatly denied the report, his spokesman said": the closing speaker only relays
    # another's speech act, which is the claim; the words are not the spokesman's own.
    speakers = {f.word.i: f.speaker.i for f in kept if f.speaker is not None}
    return [
        f
        for f in kept
        if f.speaker is not None
        and not (
            f.target is None
            and f.word.i in emptied
            and (
                all((w, f.speaker.i) in nested for w in emptied[f.word.i])
                or all(speakers.get(w, f.speaker.i) != f.speaker.i for w in emptied[f.word.i])
            )
        )
    ]


def _untold(frame: Frame, idx: DocIndex) -> bool:
    """A speech act nobody performed: its speaker is "nobody" or "no one" (a negated verb with a
    speaker, "we do not comment", is an act of its own: a refusal)."""
    speaker = frame.speaker
    return speaker is not None and (
        speaker.lower_ in ("nobody", "none")
        or (speaker.lower_ == "one" and any(c.lower_ == "no" for c in children(idx, speaker)))
    )


def _reports_something(frame: Frame) -> bool:
    """A speech verb with nothing reported ("said in a post", "citing sources who were not
    authorised to reveal") makes no claim; declining to comment needs no content."""
    return bool(frame.contents) or frame.target is not None or frame.stance == "declines_to_comment"


def _enclosing_speaker(tok: Token, frames: list[Frame], idx: DocIndex) -> Token | None:
    by_word = {f.word.i: f for f in frames}
    up = head(idx, tok)
    while up is not None:
        f = by_word.get(up.i)
        if f is not None and f.speaker is not None and f.speaker.lower_ not in ("i", "we"):
            return f.speaker
        up = head(idx, up)
    return None


def reversed_reports(clause: Token, idx: DocIndex) -> list[tuple[Token, str, Token]]:
    """(the reversing verb, the reports as a claimant, the clause they reported) for each "reversing / contradicting / correcting
    reports that X" inside a reported clause. The "that" clause must follow the report phrase
    directly (the parser may hang it on the noun, the verb, or a clause before them)."""
    lo, hi = clause_bounds(idx, clause)
    found = []
    for verb in idx.tokens[lo:hi]:
        if verb.lemma_.lower() not in lx.REVERSAL_VERBS or verb.pos_ != "VERB":
            continue
        obj = direct_object(verb, idx)
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
        owner = next(
            (c for c in children(idx, obj) if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None
        )
        if owner is not None:
            # "contradicting her family's claims that ...": the family claimed it.
            name = owner_phrase(owner, idx)
        found.append((verb, name, reported))
    return found
