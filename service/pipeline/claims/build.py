"""Claims built from the frames of a document."""

from __future__ import annotations

import re

import msgspec
from spacy.tokens import Doc, Token

from service.pipeline import lexicon as lx
from service.pipeline.claims.claimants import (
    claimant,
    example_speakers,
    is_definite,
    joint_speakers,
    offices,
    paired_speakers,
)
from service.pipeline.claims.context import (
    LOOKAHEAD_SENTENCES,
    MIN_QUOTE_WORDS,
    RELATIVE_GAP,
    Context,
    Frame,
    find_quotes,
    is_speech,
    subject_mentions,
)
from service.pipeline.claims.excuses import charged_with_deceit
from service.pipeline.claims.frames import reversed_reports, sentence_frames
from service.pipeline.claims.rejected_accounts import rejected_denial
from service.pipeline.claims.satire import (
    a_sites_label,
    disclaims_its_own,
    satirical_speaker,
    told_by_a_sites_label,
)
from service.pipeline.claims.stance import (
    content_stance,
    contrary_account,
    contrary_plan,
    denies_event,
    first_person_belief,
    is_event_statement,
    named_target,
    one_of_two,
    resolve_target,
)
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
from service.pipeline.statements.polarity import is_no_quantified
from service.pipeline.statements.predicates import is_falsity_word, outcome_state, reported_in_own_right
from service.pipeline.types import Claim, EntityGroup, Stance, Statement


def quote_text(lo: int, hi: int, ctx: Context) -> str | None:
    """The quoted words inside the token range, if any are quoted."""
    regions = sorted(
        r for r in {ctx.quote_of[i] for i in range(lo, hi) if ctx.quote_of[i] >= 0} if not _is_title(r, ctx)
    )
    if not regions:
        return None
    # A quote running over several sentences is cut to the part inside this one.
    parts = [
        p.strip()
        for r in regions
        if (p := text_of(ctx.idx, max(ctx.quotes[r][0], lo), min(ctx.quotes[r][1], hi))).strip()
    ]
    if len(parts) > 1 and any(len(p.split()) < MIN_QUOTE_WORDS for p in parts):
        # 'the paper "stands by" its reporting, ... quoting "a family friend"': words quoted
        # here and there in running text read as nothing joined; the clause's own words do.
        return None
    return " ".join(parts) or None


def _is_title(region: int, ctx: Context) -> bool:
    """A quote that is a title, not anyone's words: after a verb that gives a report's title
    ('the story headlined "X"', 'an article titled "X"'), or shaped as one ('author of the
    bestselling "The Salt Orchard"': a few words, each capitalised, no verb among them)."""
    opening = ctx.quotes[region][0] - 1  # the opening mark
    if opening >= 1 and ctx.idx.tokens[opening - 1].lemma_.lower() in lx.TITLE_VERBS:
        return True
    lo, hi = ctx.quotes[region]
    found = [t for t in ctx.idx.tokens[lo:hi] if not t.is_punct and not t.is_space]
    return (
        0 < len(found) <= TITLE_WORDS
        and all(t.text[:1].isupper() or t.lower_ in _TITLE_LINKS for t in found)
        and found[0].text[:1].isupper()
        and not any(t.pos_ in ("VERB", "AUX") for t in found)
    )


# Most words a quoted title has, and the small words a title leaves in lower case.
TITLE_WORDS = 6
_TITLE_LINKS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"})


def frame_claims(frame: Frame, ctx: Context, unit: tuple[int, int]) -> list[Claim]:
    """One claim per content of the frame (or one for its target)."""
    assert frame.speaker is not None
    if is_no_quantified(frame.speaker, ctx.idx):
        return []  # "No one has claimed that it was perfect": nobody says it
    out = []
    examples = example_speakers(frame.speaker, ctx.idx)
    pair = [] if examples else paired_speakers(frame.speaker, ctx.idx)
    speakers = examples or pair or [frame.speaker, *joint_speakers(frame.speaker, ctx.idx)]
    for speaker in speakers:
        out.extend(_speaker_claims(frame, speaker, ctx, unit, by_name=bool(pair)))
    return out


def _speaker_claims(
    frame: Frame, speaker: Token, ctx: Context, unit: tuple[int, int], by_name: bool = False
) -> list[Claim]:
    """The frame's claims by one speaker; `by_name`: the speaker is a token of an entity named
    earlier ("the two leaders" standing for it), credited by the entity's name, not the phrase
    around that token."""
    if speaker.tag_ in ("WDT", "WP"):
        # "the ministry, which declined to comment", "the paper, who said": the noun the
        # relative clause hangs on speaks; with none, nobody is named.
        antecedent = _relative_antecedent(speaker, ctx.idx)
        if antecedent is None:
            return []
        speaker = antecedent
    if _unowned_report(speaker, ctx.idx):
        return []  # "claims that X", "one rumour suggests X": nobody is on record for X
    if satirical_speaker(speaker, frame):
        return []  # "X, a satirical website, published a piece claiming ...": a joke, told as one
    if a_sites_label(speaker, ctx.idx):
        return []  # "the site's banner saying it is satire": what a site says of itself, of no report
    group = ctx.idx.group_of[speaker.i]
    name, entity = (ctx.idx.groups[group].name, group) if by_name and group >= 0 else claimant(speaker, ctx)
    if entity is None and not any(len(w) > 1 for w in re.findall(r"[^\W\d_]+", name)):
        return []  # a number or a stray letter the parse made a subject ("2015", "e") names nobody
    if frame.echo:
        if not ctx.claims:
            return []
        last = ctx.claims[-1]
        return [_claim(name, entity, last.stance, last.statement, frame.target, ctx, unit)]
    if _answers_a_report(frame):
        return []  # "answered the rumours himself": a response, whose words say which way
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
        stance, st, pointer = _standing_by(stance, st, pointer, ctx)
        guessed = st is None and pointer is not None and named_target(pointer, ctx) is None
        if st is None and pointer is not None:
            st = resolve_target(pointer, ctx)
        ends_at = frame.ends_at
        cut = _before_own_right_conjunct(clause, ctx) if clause is not None else None
        if cut is not None:
            ends_at = cut if ends_at is None else min(ends_at, cut)
        claim = _claim(name, entity, stance, st, span, ctx, unit, aside=frame.word, ends_at=ends_at)
        claim.proposition_guessed = guessed and st is not None
        claim.contrary = (
            stance == "asserts"
            and clause is not None
            and st is not None
            and (
                (st == ctx.anchors.get(clause.i) and contrary_account(ctx.statements[st], clause, ctx.idx))
                # "had no plans to close any branches": the plan, of no known kind, will not be
                or st == contrary_plan(clause, ctx)
            )
        )
        out.append(claim)
        if clause is not None and stance == "asserts":
            for conj, denied in _negative_conjuncts(clause, ctx):
                # "his client is at home and was never taken into custody": what the second
                # clause says did not happen answers a report of it, as the speaker's own claim
                # (a denial of a known kind of event, else a contrary account).
                # A clause too short to read alone ("and none escaped") is quoted with the clause
                # it is conjoined to.
                words = [t for t in conj.subtree if not t.is_punct]
                said = conj if len(words) >= MIN_QUOTE_WORDS else clause
                negative = _claim(
                    name, entity, "denies" if denied else "asserts", ctx.anchors[conj.i], said, ctx, unit
                )
                negative.contrary = not denied
                out.append(negative)
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


def _before_own_right_conjunct(clause: Token, ctx: Context) -> int | None:
    """Where a reported clause's words end when a clause with its own "that" is conjoined to it
    ("said that A and that B": before the "and"), if one is."""
    cut = min(
        (
            g.left_edge.i
            for g in children(ctx.idx, clause)
            if g.dep_ == "conj" and reported_in_own_right(g, ctx.idx)
        ),
        default=None,
    )
    while cut is not None and cut > clause.i and ctx.idx.tokens[cut - 1].dep_ in ("cc", "punct"):
        cut -= 1
    return cut


def _negative_conjuncts(clause: Token, ctx: Context) -> list[tuple[Token, bool]]:
    """Clauses conjoined to a reported one that tell, each with its own statement, that an event
    of a known kind did not happen (True: `stance.denies_event`) or that a deed was not done
    (False: `stance.contrary_account`)."""
    found = []
    for c in children(ctx.idx, clause):
        st = ctx.anchors.get(c.i)
        if (
            c.dep_ != "conj"
            or c.pos_ not in ("VERB", "AUX")
            or st is None
            or reported_in_own_right(c, ctx.idx)
        ):
            continue  # "said that A and that B": B is a reported clause of its own
        if denies_event(ctx.statements[st], c, ctx.idx):
            found.append((c, True))
        elif contrary_account(ctx.statements[st], c, ctx.idx):
            found.append((c, False))
    return found


def _taken_back(target: Token | None, ctx: Context) -> Token | None:
    """The reported clause a definite "the reversal" / "the correction" points back at: the
    latest one the article told as reversed ("reversing reports that X")."""
    if target is None or target.lemma_.lower() not in lx.REVERSAL_NOUNS or not is_definite(target, ctx.idx):
        return None
    return ctx.reversed


def _answers_a_report(frame: Frame) -> bool:
    """A reply to a report with nothing said in it ("answered the rumours himself on Monday",
    "responded to the reports"): it takes no side until its words do."""
    return (
        not frame.contents
        and frame.stance is None
        and frame.target is not None
        and frame.word.lemma_.lower() in RESPONSE_VERBS
        and frame.target.lemma_.lower() in lx.REPORT_NOUNS
    )


# Verbs of replying: with a report as their object they say only that someone spoke to it.
RESPONSE_VERBS = frozenset({"answer", "respond", "reply", "address", "react"})


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
        return text_of(idx, lo, hi).strip().rstrip(",;").strip()
    a_lo, a_hi = max(aside.left_edge.i, lo), min(aside.right_edge.i + 1, hi)
    while a_hi < hi and idx.tokens[a_hi].is_punct and idx.tokens[a_hi].text in ",;:—-":
        a_hi += 1
    if a_hi < hi and idx.tokens[a_hi].lower_ in ("which", "who"):
        # "According to X, which first reported the phone, it will ...": the relative clause is
        # said of X, however the parser hung it.
        comma = next((k for k in range(a_hi + 1, hi) if idx.tokens[k].text == ","), None)
        if comma is not None:
            a_hi = comma + 1
    before = text_of(idx, lo, a_lo) + " " if a_lo > lo else ""
    after = text_of(idx, a_hi, hi)
    if not any(ch.isalnum() for ch in after):
        # The attribution closed the sentence ("X happened, according to Y."): what stood
        # between them goes with it, not a stray ", ." left behind.
        return before.strip().rstrip(",;:—-").strip()
    return (before + after).strip().strip(",").strip()


# Conjunctions that set one speaker's account beside another's: "X said 25,000 came, while
# unions said 100,000".
_CONTRASTING_MARKS = frozenset({"while", "whereas", "whilst"})


def _before_a_rival_speaker(span: Token, lo: int, hi: int, idx: DocIndex) -> int:
    """Where a reported clause ends when another speaker's account hangs on it ("said 25,000
    people took part, while unions said the crowd was 100,000"): the parser makes the second
    speech a clause of the first report, but what follows "while unions said" is the unions'
    words, not the first speaker's. The end moves before the contrasting conjunction."""
    for t in idx.tokens[lo:hi]:
        if t.i == span.i or t.dep_ != "advcl" or t.lemma_.lower() not in lx.ASSERT_VERBS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _CONTRASTING_MARKS for c in children(idx, t)):
            continue
        subject = next((c for c in children(idx, t) if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue  # "while he said": perhaps the same speaker going on
        end = t.left_edge.i
        while end > lo and (idx.tokens[end - 1].is_punct or idx.tokens[end - 1].is_space):
            end -= 1
        return end if end > lo else hi
    return hi


def _claim(
    name: str,
    entity: int | None,
    stance: Stance,
    st: int | None,
    span: Token | None,
    ctx: Context,
    unit: tuple[int, int],
    aside: Token | None = None,
    ends_at: int | None = None,
) -> Claim:
    idx = ctx.idx
    ulo, uhi = unit
    start, end = char_range(idx, ulo, uhi)
    if span is not None:
        lo, hi = clause_bounds(idx, span)
        hi = min(hi, ends_at) if ends_at is not None and ends_at > lo else hi
        hi = _before_a_rival_speaker(span, lo, hi, idx)
        quote = quote_text(lo, hi, ctx) or _without(idx, lo, hi, aside)
        if len(quote.split()) < MIN_QUOTE_WORDS:
            # "this", "the report": a pointer reads as nothing; the sentence carries the claim,
            # or the participle's phrase that makes it ("..., accusing them of spying, ...").
            quote = _participle_phrase(aside, idx) or _without(idx, ulo, uhi, None)
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


def _participle_phrase(word: Token | None, idx: DocIndex) -> str | None:
    """The words of a participle that frames a claim beside a clause ("accusing them of spying"),
    when it is one."""
    if word is None or word.tag_ != "VBG" or word.dep_ not in ("advcl", "acl", "xcomp"):
        return None
    return text_of(idx, word.left_edge.i, word.right_edge.i + 1).strip(" ,") or None


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
        if (
            tok.dep_ == "ccomp"
            and (gov := head(idx, tok)) is not None
            and gov.lemma_.lower() in lx.WISH_VERBS | lx.FEAR_WORDS
        ):
            continue  # "I hope it isn't true", "afraid that it would not exist": no denial
        stance, st, pointer = content_stance(tok, ctx)
        if stance != "asserts" and _takes_up_its_sentence(tok, pointer, idx):
            continue
        if stance != "asserts":
            return stance, st, pointer
    return None


def verdict_fragment(tokens: list[Token] | Doc) -> bool:
    """A sentence that is only a verdict on what is reported: "False.", "PROBABLY FALSE" (a
    fact-checker's rating under the claim, labelled or not: "Verdict: False."), "Not true.",
    "Completely fake!". Not a verdict
    with anything else in it ("false alarm", "true or false"), which the parse reads."""
    words = [t.lower_ for t in tokens if not (t.is_punct or t.is_space)]
    if len(words) > 1 and words[0] in lx.VERDICT_LABELS:
        words = words[1:]  # "Verdict: False.", "Rating: Mostly false"
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
    return first_person_belief(up, idx) is None


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
            # ", X said." is its sentence's main verb; "X has done the work, posting it online"
            # attributes nothing before it.
            main = head(idx, f.word) is None
            return f if not after and main and f.word.i > lo + 1 else None
    return None


def opening_speaker(units: list[tuple[int, int]], at: int, ctx: Context) -> Frame | None:
    """The speaker a quoted sentence goes on from, when its quote names none where it closes:
    the attribution its quote opens after. That is the sentence before the quote, in the same
    paragraph ('His agent said the family had been "bombarded" with calls. "He is alive, well,
    and a bit sunburnt."'), or ending with a colon before the quote's paragraph ('The company
    said in a statement:' and a quoted paragraph), or ending the paragraph before with a speech
    act that gives no words of its own ('She answered the rumours in a video on Monday.' and a
    quoted paragraph: the quote is what she said), its frame the main verb; or the attribution
    before the quote in the sentence it opens in ('He said: "The report is false. We deny it."'),
    for its later sentences. A quote after a sentence nobody speaks in is nobody's we can name."""
    idx = ctx.idx
    lo, hi = units[at]
    words = [i for i in range(lo, hi) if not idx.tokens[i].is_punct]
    if (
        not words
        or ctx.quote_of[words[0]] < 0
        or any(ctx.quote_of[i] != ctx.quote_of[words[0]] for i in words)
    ):
        return None  # only a sentence wholly inside one quote
    start = ctx.quotes[ctx.quote_of[words[0]]][0]
    first = at
    while first > 0 and units[first][0] > start:
        first -= 1  # the sentence the quote opens in
    first_lo, first_hi = units[first]
    if any(not idx.tokens[i].is_punct and not idx.tokens[i].is_space for i in range(first_lo, start)):
        if first == at:
            return None  # the sentence's own words before the quote: its own frame, or none
        frames = sentence_frames(first_lo, first_hi, idx, bare=True)
        before = [
            f for f in frames if f.word.i < start and f.speaker is not None and head(idx, f.word) is None
        ]
        return before[-1] if before else None
    if first == 0:
        return None
    before_lo, before_hi = units[first - 1]
    introduces = any(idx.tokens[i].text == ":" for i in range(max(before_lo, before_hi - 2), before_hi))
    frames = [f for f in sentence_frames(before_lo, before_hi, idx, bare=True) if head(idx, f.word) is None]
    if not frames or frames[-1].speaker is None:
        return None
    if idx.block[before_lo] != idx.block[first_lo] and not introduces and frames[-1].contents:
        return None  # another paragraph, after an attribution that said its own piece
    return frames[-1]


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
    speaker makes ("The photo is a hoax.") is the article's own claim (an empty claimant); and a
    text that says in its own voice that everything its site publishes is made up claims nothing
    (`claims_of_a_text`)."""
    return claims_of_a_text(doc, groups, statements, untimed, own_voice)[0]


def claims_of_a_text(
    doc: Doc,
    groups: list[EntityGroup],
    statements: list[Statement],
    untimed: DocIndex | None = None,
    own_voice: bool = False,
) -> tuple[list[Claim], bool]:
    """The claims of `extract_claims`, and whether the text disclaims its site's content as a
    whole in its own voice ("Everything on this site is made up", "None of our stories are
    true"): a site of jokes, whose every account is one; it then claims nothing."""
    idx = untimed if untimed is not None else build_index(doc, groups, [])
    quotes, quote_of = find_quotes(idx)
    event_starts = sorted((st.start, si) for si, st in enumerate(statements) if is_event_statement(st))
    anchors = statement_anchors(idx, statements)
    ctx = Context(
        idx, statements, anchors, quote_of, quotes, subject_mentions(idx), event_starts, own_voice=own_voice
    )
    units = sentence_units(idx)
    excuses: list[tuple[Claim, Frame]] = []
    for ui, (lo, hi) in enumerate(units):
        found: list[Claim] = []
        frames = sentence_frames(lo, hi, idx)
        for frame in frames:
            made = frame_claims(frame, ctx, (lo, hi))
            found.extend(made)
            if frame.stance == "denies" and frame.word.lemma_.lower() in lx.BLAME_VERBS:
                excuses += [(c, frame) for c in made]
            if made and frame.gainsaid:
                found.extend(_gainsaying_claims(frame, frames, ctx, (lo, hi)))
            # "killed off claims that X, insisting the image is a hoax": "the image" is what the
            # denial just before it in the sentence was about.
            denied = [c.statement for c in made if c.stance == "denies" and c.statement is not None]
            if denied:
                ctx.denied = denied[-1]
        found.extend(_called_false_in_passing(frames, ctx, (lo, hi)))
        if not found:
            found.extend(_rated_claim(lo, hi, ctx))
        if not found and all(_nobody_on_record(frame) for frame in frames):
            # No one on record: "Rumors that the mill would close proved false", "the claims
            # are being described as a hoax" name a report but nobody who makes or judges it;
            # the sentence may still deny on its own.
            found.extend(_deferred_claims(units, ui, ctx))
        elif (
            found
            and all(_nobody_on_record(frame) or _faceless_report(frame) for frame in frames)
            and not any(c.stance == "denies" for c in found)
            and frameless_signal(lo, hi, ctx) is not None
        ):
            # '"...," the spokesman said. "Reports that X are not correct."': the reports assert
            # X, and the quote's speaker calls them untrue.
            found.extend(_deferred_claims(units, ui, ctx))
        _add_unique(ctx, found)
    held = offices(idx)
    _answer_charges_of_deceit(excuses, ctx, held)
    for c in ctx.claims:
        if c.claimant_entity is not None and c.claimant_entity in held:
            c.speaks_for = held[c.claimant_entity]
    if ctx.disclaimed:
        return [], True
    return ctx.claims, False


def _answer_charges_of_deceit(excuses: list[tuple[Claim, Frame]], ctx: Context, held: dict[int, int]) -> None:
    """Each excuse of error ("blamed the reversal on bad information") also denies the charge of
    deceit another claimant makes against its maker in the article ("said he had lied to
    them"), in the excuse's words; the denial follows the excuse in the article's claims."""
    if not excuses:
        return
    words = {st: ctx.idx.tokens[i].text for i, st in ctx.anchors.items()}
    for excuse, frame in reversed(excuses):
        if excuse not in ctx.claims:
            continue  # folded into another claim of its sentence
        at = ctx.claims.index(excuse) + 1
        # The excuse in full, as said: its quoted words alone ("bad information") say no more
        # than that something was wrong.
        lo, hi = clause_bounds(ctx.idx, frame.word)
        quote = text_of(ctx.idx, lo, hi).strip()
        for st in reversed(charged_with_deceit(excuse, ctx.claims, ctx.statements, words, held)):
            ctx.claims.insert(
                at, msgspec.structs.replace(excuse, statement=st, quote=quote, proposition_guessed=False)
            )


def _called_false_in_passing(frames: list[Frame], ctx: Context, unit: tuple[int, int]) -> list[Claim]:
    """The article's denial of what a report it calls untrue in passing says: "a false rumour
    that X spread online", "a hoax report claimed X", "the fake story, which said X, ...". The
    report still says X (its own frame); the writer, by the word before it, says X is untrue.
    Not when the words are someone's ("the minister said a false report claimed X": his)."""
    if not ctx.own_voice:
        return []
    out = []
    for frame in frames:
        speaker = frame.speaker
        if speaker is None or ctx.quote_of[frame.word.i] >= 0 or not _called_false(speaker, ctx.idx):
            continue
        if _said_by_someone(frame.word, ctx.idx):
            continue  # "the minister said a false report claimed X": his word for the report
        for clause in frame.contents:
            st = ctx.anchors.get(clause.i)
            if st is not None:
                out.append(_claim("", None, "denies", st, clause, ctx, unit))
    return out


def _said_by_someone(word: Token, idx: DocIndex) -> bool:
    """A speech or verdict verb governs `word`'s clause ("the minister said a false report claimed
    X", "dismissed as false reports that X"): the words calling the report untrue are the
    speaker's, whatever frame the sentence kept."""
    up = head(idx, word)
    while up is not None:
        if up.pos_ in ("VERB", "AUX") and (is_speech(up, idx) or up.lemma_.lower() in _VERDICT_VERBS):
            return True  # "dismissed as false reports that X": the verdict is the dismisser's
        up = head(idx, up)
    return False


# Verbs whose subject passes a verdict on a report: a word of untruth on the report is theirs.
_VERDICT_VERBS = lx.DENY_VERBS | lx.DENY_IF_REPORT_VERBS | lx.CHARACTERISE_VERBS


def _called_false(noun: Token, idx: DocIndex) -> bool:
    """A report noun with a word before it that calls it untrue: "false rumour", "hoax report"."""
    if noun.lemma_.lower() not in lx.REPORT_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound") and is_falsity_word(c) for c in children(idx, noun))


def _rated_claim(lo: int, hi: int, ctx: Context) -> list[Claim]:
    """The claim a fact-check rates, printed under its label ("Claim: A collie walked 480km
    home."): what circulates, asserted by a claim nobody is named for ("a claim"), which the
    rating below it ("Verdict: False") answers."""
    idx = ctx.idx
    tokens = idx.tokens[lo:hi]
    if len(tokens) < 2 + MIN_QUOTE_WORDS or tokens[0].lower_ not in lx.CLAIM_LABELS or tokens[1].text != ":":
        return []
    rest = [t for t in tokens[2:] if t.i in ctx.anchors]
    # The statement of the claim's main clause: the anchored verb fewest steps from the root.
    main = min(rest, key=lambda t: sum(1 for _ in t.ancestors), default=None)
    start, end = char_range(idx, lo, hi)
    body_start, _ = char_range(idx, lo + 2, hi)
    return [
        Claim(
            claimant=lx.RATED_CLAIMANT,
            claimant_entity=None,
            stance="asserts",
            quote=idx.text[body_start:end].strip().strip('"“”').strip(),  # the rated words, unquoted
            sentence=idx.text[start:end],
            start=start,
            end=end,
            statement=ctx.anchors[main.i] if main is not None else None,
        )
    ]


def _nobody_on_record(frame: Frame) -> bool:
    """A frame with no speaker, or only a report nobody is on record for ("rumours that X")."""
    return frame.speaker is None or frame.speaker.lemma_.lower() in lx.UNOWNED_REPORT_NOUNS


def _faceless_report(frame: Frame) -> bool:
    """A frame of reports nobody is named for, speaking for themselves ("Reports that X")."""
    return frame.speaker is frame.word and frame.word.lemma_.lower() in lx.REPORT_NOUNS


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


def _standing_by(
    stance: Stance, st: int | None, pointer: Token | None, ctx: Context
) -> tuple[Stance, int | None, Token | None]:
    """A denial of someone's account that itself denied a report ("the union rejected the
    directorate's account", "the ministry's version is simply not true") stands by the report:
    an assertion of what the account denied (`rejected_accounts`). Any other stays as read."""
    if stance == "denies" and st is None and pointer is not None:
        upheld = rejected_denial(pointer, ctx)
        if upheld is not None:
            return "asserts", upheld, None
    return stance, st, pointer


def _deferred_claims(units: list[tuple[int, int]], ui: int, ctx: Context) -> list[Claim]:
    """A frameless denial attributed to the speaker who closes its quote or paragraph."""
    lo, hi = units[ui]
    signal = frameless_signal(lo, hi, ctx)
    if signal is None:
        return _quoted_run_claims(units, ui, ctx)
    closing = closing_speaker(units, ui, ctx) or opening_speaker(units, ui, ctx)
    stance, st, pointer = _standing_by(*signal, ctx)
    guessed = st is None and pointer is not None and named_target(pointer, ctx) is None
    if st is None and pointer is not None:
        st = resolve_target(pointer, ctx)
    guessed = guessed and st is not None
    if closing is None or closing.speaker is None:
        if (
            not ctx.own_voice
            or stance != "denies"
            or (st is not None and pointer is None and not _alive(lo, hi, ctx))
            or _disclaimer(lo, hi, stance, ctx)
            or told_by_a_sites_label(lo, hi, ctx.idx)
        ):
            # only a report called untrue ("This is a hoax.") is the article's denial, or
            # someone said to be alive ("X is not dead"), which answers nothing but a death report
            return []
        quoted = any(ctx.quote_of[i] >= 0 and not _is_title(ctx.quote_of[i], ctx) for i in range(lo, hi))
        if quoted and not (st is not None and pointer is None and _alive_in_own_words(lo, hi, ctx)):
            # A quote with no speaker in sight is nobody's claim we can name; but "X is alive,
            # and by his own account 'slightly annoyed'" says so in the writer's words.
            return []
        # "The photo is a hoax.": the article denies it in its own voice; the outlet is the
        # claimant, named at ingest (an empty claimant here).
        own = _claim("", None, stance, st, None, ctx, (lo, hi))
        own.proposition_guessed = guessed
        if quoted:
            own.quote = text_of(ctx.idx, lo, hi).strip()  # the writer's words, not the quote in them
        return [own]
    name, entity = claimant(closing.speaker, ctx)
    claim = _claim(name, entity, stance, st, None, ctx, (lo, hi))
    claim.proposition_guessed = guessed
    return [claim]


def _disclaimer(lo: int, hi: int, stance: Stance, ctx: Context) -> bool:
    """The sentence is the site's own disclaimer of its content (`satire.disclaims_its_own`), told in
    its own voice (no quote in it): noted on the context, so that the text claims nothing."""
    if not disclaims_its_own(lo, hi, ctx.idx):
        return False
    if ctx.own_voice and stance == "denies" and all(ctx.quote_of[i] < 0 for i in range(lo, hi)):
        ctx.disclaimed = True
    return True


def _alive_in_own_words(lo: int, hi: int, ctx: Context) -> bool:
    """Someone said to be alive (`_alive`) by a main clause outside any quote."""
    root = next((t for t in ctx.idx.tokens[lo:hi] if head(ctx.idx, t) is None), None)
    return root is not None and ctx.quote_of[root.i] < 0 and _alive(lo, hi, ctx)


def _alive(lo: int, hi: int, ctx: Context) -> bool:
    """The sentence's main clause says someone is alive, or not dead ("X isn't dead at all")."""
    root = next((t for t in ctx.idx.tokens[lo:hi] if head(ctx.idx, t) is None), None)
    if root is None or outcome_state(root, ctx.idx) is None:
        return False
    st = ctx.anchors.get(root.i)
    return st is not None and not ctx.statements[st].polarity


def _quoted_run_claims(units: list[tuple[int, int]], ui: int, ctx: Context) -> list[Claim]:
    """A quoted sentence that asserts, in a quote whose speaker is named only where it closes
    ('"A. B. C," said X.'): X asserts each sentence of it; else in a quote that goes on from an
    attribution (`opening_speaker`: '"The toll is now 37," the director told a briefing. "Twenty-six
    people are still missing."'): the speaker of that attribution asserts it."""
    lo, hi = units[ui]
    words = [i for i in range(lo, hi) if not ctx.idx.tokens[i].is_punct]
    if not words or any(ctx.quote_of[i] < 0 for i in words):
        return []  # only a sentence wholly inside the quote
    region = ctx.quote_of[words[0]]
    speaker = None
    opening = None
    if ctx.quotes[region][1] >= hi:  # the quote runs on past this sentence
        closing = closing_speaker(units, ui, ctx)
        last = units[min(ui + LOOKAHEAD_SENTENCES, len(units) - 1)][1]
        if closing is not None and any(ctx.quote_of[i] == region for i in range(hi, last)):
            speaker = closing.speaker
    root = next((t for t in ctx.idx.tokens[lo:hi] if head(ctx.idx, t) is None), None)
    if (
        speaker is None
        and root is not None
        and root.lemma_.lower() not in lx.WISH_VERBS  # '"I hope it isn't true."': a wish
        and not is_speech(root, ctx.idx)  # '"When I hear that 17 died, I ask myself ..."': others' words
        and not any(t.text == "?" for t in ctx.idx.tokens[lo:hi])  # a question asserts nothing
        and not sentence_frames(lo, hi, ctx.idx, bare=True)  # a frame of its own says what it is
    ):
        opening = opening_speaker(units, ui, ctx)
        speaker = opening.speaker if opening is not None else None
    if speaker is None:
        return []
    # (a sentence told with its own negation as the other of two is about no statement)
    st = ctx.anchors.get(root.i) if root is not None and not one_of_two(root, ctx.idx) else None
    if opening is not None and st is not None and not ctx.statements[st].polarity:
        return []  # a deed told undone ("has not been suspended") is no assertion of it
    name, entity = claimant(speaker, ctx)
    return [_claim(name, entity, "asserts", st, None, ctx, (lo, hi))]


def _add_unique(ctx: Context, found: list[Claim]) -> None:
    """One claim per speaker, stance and event in a sentence ("denied X, calling it false");
    a claim about no particular statement adds nothing to one of the same speaker and stance."""
    kept: list[Claim] = []
    for c in found:
        same = [i for i, k in enumerate(kept) if _same_claim(c, k, ctx)]
        if not same:
            kept.append(c)
        elif c.statement is not None and all(kept[i].statement is None for i in same):
            # The claim about a statement says more than the one before it about none ("X
            # expelled four diplomats, accusing them of spying, X's broadcaster reported").
            kept[same[0]] = c
    for c in kept:
        ctx.claims.append(c)
        if c.statement is not None and c.stance == "denies" and _frames_the_article(c.statement, ctx):
            ctx.denied = c.statement
        if c.statement is not None and c.stance == "asserts" and c.claimant_entity is not None:
            ctx.asserted_by[c.claimant_entity] = c.statement


def _frames_the_article(statement: int, ctx: Context) -> bool:
    """Whether a denial's statement becomes what the article's later pointers ("also rejected the
    report") answer: a known kind of event, or any statement while none is; a detail denied on
    the way ("She has written no letter of resignation" after "has not resigned") does not take
    the place of the event denied before it."""
    return (
        ctx.denied is None
        or is_event_statement(ctx.statements[statement])
        or not is_event_statement(ctx.statements[ctx.denied])
    )


def _same_claim(a: Claim, b: Claim, ctx: Context) -> bool:
    same_speaker = (a.claimant_entity, a.claimant.lower()) == (b.claimant_entity, b.claimant.lower()) or (
        a.claimant_entity is not None and a.claimant_entity == b.claimant_entity
    )
    if not same_speaker or a.stance != b.stance:
        return False
    if a.statement is None or b.statement is None:
        return True
    return ctx.statements[a.statement].event == ctx.statements[b.statement].event
