"""Which proposition a denial answers when its own statement does not place it: pure.

A denial about no statement of its own (a pointer: "this is a hoax", "denied the report"), one
that names no party ("denied that the vessel was overloaded"), and one stranded in a proposition
nobody asserts; the rules are in the package's docstring, the order they are tried in is
`grouping._group_claims`.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from service.pipeline import lexicon as lx
from service.pipeline.terms import words
from service.reconcile import conflicts as rules
from service.reconcile.propositions.model import (
    GENERIC_CLASSES,
    SUBJECT_MIN_ARTICLES,
    ScopedClaim,
    _find,
    _placed,
    class_key,
)
from service.reconcile.propositions.reports import (
    NAMED_MIN,
    NAMED_SHARE,
    NARRATED_SHARE,
    _names_a_report,
    _talks_of_a_report,
    report_owner,
    report_words,
)
from service.reconcile.propositions.same_words import (
    FUNCTION_WORDS,
    SAME_WORDS_MIN,
    _stance_word,
    _stems,
    content_words,
)

# A denial's report holds the words of a proposition when at least 1 / HELD_SHARE of them are
# that proposition's (`_held_elsewhere`).
HELD_SHARE = 3
# Nouns of a link between things ("denied any link", "the two have no connection").
_LINK_NOUNS = frozenset({"link", "links", "connection", "connections", "relation", "ties"})


def _partyless_denials(ordered: list[ScopedClaim], parent: list[int]) -> dict[int, int]:
    """Denials (and contrary accounts: "the ministry said the dam had not burst") that name no
    party of their own but describe their subject (`_described_subject`:
    "the operator denied that the vessel was overloaded", the vessel no entity) mapped to the
    one proposition of their story whose claims, naming parties, have their predicate class
    ("the ship was badly overloaded when it left port"). A generic class ("is", "has") says too
    little, and with two such propositions (two things said to be overloaded) nothing tells
    which one is denied. An assertion must say what it asserts: one that names no party joins
    nothing."""
    roots: dict[str, set[int]] = {}
    naming: dict[tuple[str, str], set[int]] = {}  # (class, party) -> roots of claims naming it
    for i, c in enumerate(ordered):
        key = class_key(c)
        if key is not None and (c.participants or c.event_id is not None):
            roots.setdefault(key, set()).add(_find(parent, i))
            for p in c.participants:
                naming.setdefault((key, p), set()).add(_find(parent, i))
    found: dict[int, int] = {}
    said_of: dict[int, set[str]] = {}  # root -> its claims' sentence words, read when first needed
    for i, c in enumerate(ordered):
        key = class_key(c)
        if key is None:
            continue
        # The denial's own claim names its speaker, which makes it a root of its own.
        others = roots.get(key, set()) - {_find(parent, i)}
        if (
            (c.claim.stance == "denies" or c.contrary)
            and not _parties_besides_the_claimant(c)
            and c.event_id is None
            and c.predicate_class not in GENERIC_CLASSES
            and len(others) == 1
            and _described_subject(c.claim.quote, c.claim.claimant.name)
        ):
            root = next(iter(others))
            narrower = _none_of_a_kind(c.claim.quote)
            if narrower and narrower - _words_of(root, ordered, parent, said_of):
                continue  # "no payment card details were accessed" beside "personal details": another kind
            found[i] = root
        elif (
            c.claim.stance == "denies"
            and c.claim.claimant.entity_id is not None
            and not _parties_besides_the_claimant(c)
            and c.event_id is None
            and c.predicate_class not in GENERIC_CLASSES
        ):
            # "The movement denies firing any shells": a denial of its own doing answers the
            # one claim of that kind that names it ("rebels of the movement fired mortar rounds").
            own = naming.get((key, c.claim.claimant.entity_id), set()) - {_find(parent, i)}
            if len(own) == 1:
                found[i] = next(iter(own))
    return found


def _words_of(
    root: int, ordered: list[ScopedClaim], parent: list[int], cache: dict[int, set[str]]
) -> set[str]:
    """The words of the sentences of a proposition's claims (read once per proposition)."""
    if not cache:
        for j, o in enumerate(ordered):
            cache.setdefault(_find(parent, j), set()).update(words(o.claim.sentence))
    return cache.get(root, set())


def _none_of_a_kind(quote: str) -> set[str]:
    """The words that narrow the kind a denial says none of was touched ("no payment card details
    were accessed": payment, card), which what it answers must name too; none for a bare kind
    ("no tear gas" is narrowed by "tear", "there was no strike" by nothing)."""
    found = _NONE_OF.search(quote)
    if found is None:
        return set()
    kind = [w for w in words(found.group(1)) if w not in FUNCTION_WORDS]
    return set(kind[:-1])


def _parties_besides_the_claimant(c: ScopedClaim) -> list[str]:
    """The entities a claim's sentence names or its statement takes, the speaker left out: in
    '"No tear gas was fired," a spokesman, Karl Onne, said' the only one is who says it."""
    return [p for p in c.participants if p != c.claim.claimant.entity_id]


# "No payment card details were accessed": the kind a denial says none of was touched, up to its verb.
_NONE_OF = re.compile(r"\bno\s+((?:[\w-]+\s+){0,4}?)(?:was|were|had|has|have|is|are)\b", re.IGNORECASE)
# "that the vessel was overloaded", "no tear gas was fired": a clause about a thing described,
# not named (not "no one", which is about anyone).
_DESCRIBED = re.compile(
    r"^(?:that\s+)?(?:the|this|these|those|its|his|her|their|no)\s+(?!one\b)\w", re.IGNORECASE
)
# "that it had been shot down": a thing described before that something was done to (in the
# passive the pronoun is not who did it, so this is no denial of the speaker's own doing; a state
# such as "they were involved" has the copula's generic class and is never read this way).
_DONE_TO_IT = re.compile(
    r"^(?:that\s+)?(?:it|they)\s+(?:was|were|(?:had|has|have)\s+been)\s+\w", re.IGNORECASE
)


# "It is (categorically) untrue that ...", "it's not true that ...": a verdict on the clause after.
_JUDGED = re.compile(r"^it(?:\s+is|\s+was|'s|’s)\s+(?:\w+\s+){1,3}?that\s+", re.IGNORECASE)
# "There was no strike", "there had been no leak": none of a kind took place (past: "there is no
# agreement" says none exists now, `_says_there_is_none`).
_THERE_WAS = re.compile(r"^there\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?=no\s)", re.IGNORECASE)


def _described_subject(quote: str, claimant: str) -> bool:
    """A denied clause whose subject is a definite description ("that the vessel was
    overloaded", "the plane was shot down"), a thing described before that something was done to
    ("that it had been shot down") or none of a kind ("no tear gas was fired"): the thing
    another claim names. Not a denial of
    one's own doing ("denied attacking anyone", or the whole sentence "The police have denied
    attacking anyone" when no clause was cut out: its subject is the claimant) nor of anyone's
    ("no one had ever managed")."""
    text = quote.strip(" \"'“”")
    if claimant and text.casefold().startswith(claimant.casefold()):
        return False
    text = _JUDGED.sub("", text)  # "it is untrue that the band has split": the judged clause
    text = _THERE_WAS.sub("", text)  # "there was no strike": no strike took place
    return _DESCRIBED.match(text) is not None or _DONE_TO_IT.match(text) is not None


def _told_better_by_a_narration(
    held: set[str], main: frozenset[str], told: list[tuple[str, frozenset[str]]], article: str
) -> bool:
    """Whether a denial that says what its report held (`held`, at least NAMED_MIN words) finds
    it told in another article's own voice (`told`: each narration's article and words) in at
    least NARRATED_SHARE of those words, and in more of them than the story's main claim uses
    (`main`): it answers that narration (`answer_with_narration`), not the main claim."""
    if len(held) < NAMED_MIN:
        return False
    in_main = len(held & main)
    return any(
        a != article
        and len(held & words) >= NAMED_MIN
        and len(held & words) >= NARRATED_SHARE * len(held)
        and len(held & words) > in_main
        for a, words in told
    )


def _stranded_denials(
    ordered: list[ScopedClaim],
    placed: list[int],
    proposition_of: dict[int, int],
    sizes: dict[int, list[ScopedClaim]],
    said: dict[int, frozenset[str]],
    main: int,
) -> dict[int, int]:
    """Placed denial -> the proposition (a root) it answers, for a denial stranded in a
    proposition nobody asserts (alone it can raise no report) whose sentence says what the
    report it denies held ("contrary to some reports, the rock did not break off a piece",
    "rejected allegations by officials that the dam was opened"): its own predicate and parties
    met nothing because the other articles tell that report in other words. It answers the
    proposition those words name (as a denial of "the reports" about no statement of its own
    does), else the story's main proposition when it is told widely (`_told_widely`: at least
    SUBJECT_MIN_ARTICLES articles assert it, or every other article of the story does), the
    denial names one of its parties and the report's content shares a word with it (a
    denial of some other report about the story's people, "denied a report that it paid a
    ransom", stays where it is)."""
    out: dict[int, int] = {}
    main_parties = {p for c in sizes[main] for p in c.participants}
    story_articles = {c.claim.article_id for c in ordered}
    for i in placed:
        c = ordered[i]
        own = proposition_of[i]
        if c.claim.stance != "denies" or not _names_a_report(c):
            continue
        if any(m.claim.stance == "asserts" for m in sizes[own]):
            continue
        owned = _owned_proposition(c, {r: found for r, found in sizes.items() if r != own}, said)
        if owned is not None:
            out[i] = owned  # "rejected claims by X that ...", "the X report was wrong"
            continue
        content = report_words(c.claim.sentence)
        if not content:
            continue
        others = _said_by_others(c, sizes, said)
        named = _named_proposition(c, {r: found for r, found in others.items() if r != own})
        if named is not None:
            out[i] = named
        elif (
            main != own
            and _told_widely(sizes[main], c.claim.article_id, story_articles)
            and main_parties & set(c.participants)
            and content & others[main]
        ):
            out[i] = main
    return out


def _told_widely(group: list[ScopedClaim], article: str, story_articles: set[str]) -> bool:
    """Whether a proposition is the story's report as far as a denial in `article` can tell:
    at least SUBJECT_MIN_ARTICLES articles assert it, or every other article of the story does
    (a report and its denial, two articles in all)."""
    asserting = {c.claim.article_id for c in group if c.claim.stance == "asserts"}
    return len(asserting) >= SUBJECT_MIN_ARTICLES or (
        bool(story_articles - {article}) and story_articles - {article} <= asserting
    )


def _owned_proposition(
    denial: ScopedClaim, sizes: dict[int, list[ScopedClaim]], said: dict[int, frozenset[str]]
) -> int | None:
    """The proposition a denial answers by naming whose report it denies ("rejected claims by
    X that ...", "dismissed X's allegations"): the one proposition that someone of that name
    asserts (the owner's words all in an asserting claimant's name: "X" in "X's army"), when
    the denial's content shares a word with it. Two such propositions: the name does not say
    which."""
    owner = report_owner(denial.claim.sentence)
    # What the report held, else what the denial's sentence says ("the X report was wrong", said
    # beside "it had never found chips in its servers").
    content = report_words(denial.claim.sentence) or {
        w for w in content_words(denial.claim.sentence) if not _stance_word(w)
    }
    if not owner or not content:
        return None
    found = [
        root
        for root, members in sizes.items()
        if content & said[root]
        and any(m.claim.stance == "asserts" and owner <= set(words(m.claim.claimant.name)) for m in members)
    ]
    return found[0] if len(found) == 1 else None


def _alone(group: list[ScopedClaim], article: str) -> bool:
    """Every claim of the proposition is the given article's: no other article asserts it."""
    return all(c.claim.article_id == article for c in group)


def _named_proposition(pointer: ScopedClaim, said: dict[int, frozenset[str]]) -> int | None:
    """The proposition a denial of "the reports" names in its own sentence ("the clinic denied
    reports that it performed a biopsy on the singer"): the one whose claims' sentences hold the
    most of the content words of what its report noun holds (stance words such as "denied", "reports", "hoax" left out), when
    that is at least NAMED_MIN of them and NAMED_SHARE of all, and no other holds as many."""
    own = report_words(pointer.claim.sentence)
    if len(own) < NAMED_MIN:
        return None
    scored = sorted(((len(own & found), root) for root, found in said.items()), reverse=True)
    if not scored:
        return None  # no proposition to name
    best, root = scored[0]
    if best < NAMED_MIN or best < NAMED_SHARE * len(own):
        return None
    if len(scored) > 1 and scored[1][0] == best:
        return None  # two propositions hold as much of it: the words do not say which
    return root


def _said_by_others(
    pointer: ScopedClaim, sizes: dict[int, list[ScopedClaim]], said: dict[int, frozenset[str]]
) -> dict[int, frozenset[str]]:
    """`said` without the words of the pointer's own claimant in the pointer's own sentence: what
    a denier goes on to say there ("the report was a fabrication, and that it has not picked a
    site") is its own account, not what the report it denies held. Another claimant's claim in
    that sentence counts by its own quote only, as the sentence holds the pointer's words too
    ("he had not backed X, the source said, adding that the two leaders had spoken in English")."""
    out = dict(said)
    for root, members in sizes.items():
        if any(_same_sentence(c, pointer) for c in members):
            out[root] = frozenset(
                w
                for c in members
                if not _own_words(c, pointer)
                for w in content_words(c.claim.quote if _same_sentence(c, pointer) else c.claim.sentence)
            )
    return out


def _same_sentence(c: ScopedClaim, pointer: ScopedClaim) -> bool:
    return c.claim.article_id == pointer.claim.article_id and c.claim.sentence == pointer.claim.sentence


def _own_words(c: ScopedClaim, pointer: ScopedClaim) -> bool:
    return _same_sentence(c, pointer) and c.claim.claimant == pointer.claim.claimant


def _held_elsewhere(held: set[str], said: frozenset[str]) -> bool:
    """Whether a denial that says what its report held (`held`: the report words of its
    sentence, plurals folded) says it in words none of a proposition's sentences (`said`,
    plurals folded) use: it denies another report than that proposition. Of one or two words,
    none may be used in any form ("Press TV's account of the crash" beside an airdrop). "Refuting reports claiming the cuts have come at the last minute" does not
    answer the account before it that the prototypes were disguised; "denied the report" names
    nothing and may. One word in common of several ("speculation that she intends to run in the
    presidential election" beside "the party would not choose its presidential candidate") is
    a subject both touch, not the report: under a third of the held words must be shared."""
    if len(held) >= NAMED_MIN:
        return HELD_SHARE * len(held & said) < len(held)
    # A report named in a word or two ("Press TV's account of the crash") that none of the
    # proposition's sentences uses, in any form, is another report.
    said_stems = {stem for w in said for stem in _stems(w)}
    return bool(held) and not any(_stems(w) & said_stems for w in held)


def _quoted_assertions(ordered: list[ScopedClaim], pointers: list[int]) -> dict[int, int]:
    """Pointer -> the assertion of its own article in the very words it denies ("..., reversing
    reports that nine had been rescued": the reports assert that clause, the speaker denies
    it). The first such assertion is the one answered."""
    asserted: dict[tuple[str, str], int] = {}
    for i, c in enumerate(ordered):
        if c.claim.stance == "asserts":
            asserted.setdefault((c.claim.article_id, _clause_key(c.claim.quote)), i)
    out = {}
    for i in pointers:
        c = ordered[i]
        if c.claim.stance != "denies":
            continue
        key = (c.claim.article_id, _clause_key(c.claim.quote))
        if key in asserted and len(content_words(key[1])) >= SAME_WORDS_MIN:
            out[i] = asserted[key]
    return out


def _clause_key(quote: str) -> str:
    return " ".join(words(quote))


def _answers_none_of(c: ScopedClaim, members: list[ScopedClaim]) -> bool:
    """A denial that answers nothing a proposition tells: a denial of wrongdoing against what
    authorities did (`_sanctions`), or of a link between two things the story tells ("the two
    events were unrelated", "both incidents are unconnected") where no member tells of one
    (`_tells_a_link`). A link denied between the story's subject and something else ("the
    custom is not connected to the legend") answers the story's claim itself."""
    charges = _denies_the_charges(c)
    if (charges or _denies_wrongdoing(c)) and _sanctions(members):
        return True  # "denies all the accusations" answers no arrest, charge or inquiry
    if charges and not any(set(words(_through_its_quote(m))) & _ACCUSING_WORDS for m in members):
        return True  # "Carravel denies all charges" answers no trial date, nor a lawyer's hopes
    between = {"two", "both"} & set(words(c.claim.quote))
    return bool(between) and _tells_a_link(c) and not any(_tells_a_link(m) for m in members)


def _through_its_quote(c: ScopedClaim) -> str:
    """A claim's sentence up to the end of what it claims: who tells it and how ("Prosecutors say
    ...") and the claim, not what the sentence goes on to say ("..., and accused the government of
    cutting budgets")."""
    at = c.claim.sentence.find(c.claim.quote)
    return c.claim.sentence if at < 0 else c.claim.sentence[: at + len(c.claim.quote)]


def _tells_a_link(c: ScopedClaim) -> bool:
    """Words of a link between things ("connected", "unrelated", "linked to"), said or denied."""
    return any(
        w in lx.RELATION_WORDS or w in lx.UNRELATED_WORDS or w in _LINK_NOUNS for w in words(c.claim.quote)
    )


def _denies_wrongdoing(c: ScopedClaim) -> bool:
    """A denial of misconduct ("denies any wrongdoing"): it answers the misdeed a report tells,
    never the arrest, charge or inquiry that followed (`lx.WRONGDOING_NOUNS`), as a denial of
    "the allegations against" someone does (`lx.CHARGE_NOUNS`)."""
    said = words(c.claim.quote)
    return any(w in lx.WRONGDOING_NOUNS for w in said) or any(
        w in lx.CHARGE_NOUNS and nxt == "against" for w, nxt in pairwise(said)
    )


def _denies_the_charges(c: ScopedClaim) -> bool:
    """A denial of the charges that names none ("Carravel, 63, denies all charges", "rejected
    the accusations"; its quote may be the charges alone, "all the accusations"): it answers a
    proposition that tells an accusation, never another. Not "denied allegations that he took
    bribes", which names what it denies. Any verb that denies aimed at a charge will do ("his
    client would contest the charges", "disputed the allegations")."""
    said = words(c.claim.quote)
    if said and said[-1] in lx.CHARGE_NOUNS and all(w in _CHARGE_DETERMINERS for w in said[:-1]):
        return True
    for n, w in enumerate(said):
        if w not in _DENIED_FORMS and not _stems(w) & _CHARGE_DENYING_VERBS:
            continue
        rest = said[n + 1 : n + 4]
        for m, r in enumerate(rest):
            if r in lx.CHARGE_NOUNS:
                after = said[n + 2 + m : n + 3 + m]  # the word after the charge noun
                return not (after and after[0] in ("that", "of", "about"))
            if r not in _CHARGE_DETERMINERS:
                break
    return False


# Forms of the verbs of denial the lexicon keeps by lemma, and the words between one and "charges".
_DENIED_FORMS = frozenset({"denies", "denied", "denying", "rejects", "rejected", "rejecting"})
_CHARGE_DETERMINERS = frozenset({"all", "the", "any", "these", "those", "every", "such"})
_CHARGE_DENYING_VERBS = lx.DENY_VERBS | lx.DENY_IF_REPORT_VERBS
# The words by which a claim tells an accusation.
_ACCUSING_WORDS = lx.CHARGE_NOUNS | frozenset(
    {"accuse", "accused", "accuses", "allege", "alleged", "alleges", "charged", "indicted", "prosecutors"}
)


def _sanctions(members: list[ScopedClaim]) -> bool:
    """Whether a proposition tells only what authorities did to someone (an arrest, a charge) or
    what the accused did after the accusation (a resignation)."""
    classes = {m.predicate_class for m in members if m.predicate_class}
    return bool(classes) and classes <= lx.SANCTION_PREDICATES | lx.AFTERMATH_PREDICATES


def _relays(c: ScopedClaim) -> bool:
    """An assertion on no event and no placed statement: what it asserts is known only from
    the words it shares with a placed claim."""
    return c.claim.stance == "asserts" and c.event_id is None and not _placed(c)


def _is_pointer(c: ScopedClaim) -> bool:
    """A denial (or a refusal to comment) about no statement of its own: "this is a hoax"; or
    one of a report whose words place nothing ("denied a report that one of its aircraft made an
    emergency landing": a generic verb, no party), which answers what its words name."""
    if c.event_id is not None or c.claim.stance == "asserts":
        return False
    return c.predicate_class is None or (not _placed(c) and rules.opens_with_a_report(c.claim.quote))


def _echoed_targets(target: dict[int, int], echo_parent: list[int], parent: list[int]) -> dict[int, int]:
    """Each pointer's proposition (a group root). Pointers in the same words as each other go
    where most of them go (ties: the earliest proposition): one denial relayed by several
    outlets answers one claim, whatever each article reported before it."""
    roots = {i: _find(parent, at) for i, at in target.items()}
    votes: dict[int, Counter[int]] = {}
    for i, root in roots.items():
        votes.setdefault(_find(echo_parent, i), Counter())[root] += 1
    out = {}
    for i in roots:
        counts = votes[_find(echo_parent, i)]
        out[i] = min(counts, key=lambda r: (-counts[r], r))
    return out


# Openings that say a sentence restates what its speaker has just said.
RESTATING_OPENERS = ("in other words", "in short", "put simply", "simply put", "to put it simply", "in sum")


def _restated_denial(pointer: ScopedClaim, at: int, ordered: list[ScopedClaim]) -> int | None:
    """The denial a pointer restates ("In other words, the video is staged" after "The video of a
    teenager catching a baby was staged"): the last denial before it in its article by the same
    claimant, when its sentence opens by saying it restates."""
    opening = " ".join(pointer.claim.sentence.casefold().split())
    if not opening.startswith(RESTATING_OPENERS):
        return None
    for j in range(at - 1, -1, -1):
        c = ordered[j]
        if (
            c.claim.article_id == pointer.claim.article_id
            and c.claim.stance == "denies"
            and c.claim.claimant == pointer.claim.claimant
        ):
            return j
    return None


def _reported_before(
    pointer: ScopedClaim, ordered: list[ScopedClaim], placed: list[int]
) -> ScopedClaim | None:
    """What the pointer's own article asserted last before it: its account of the claim that
    "the report", "these claims" stand for. None when that is the word of the one who denies,
    named ("He is a winemaker," his lawyer Ana Ruiz said. "The facts will show he was not
    involved"): a speaker's denial answers what others say, and an account told before his own
    is no nearer to it than the story's claim. The article's own voice names nobody: an outlet
    tells a report and then calls it a hoax."""
    before = [
        ordered[i]
        for i in placed
        if ordered[i].claim.article_id == pointer.claim.article_id
        and ordered[i].seq < pointer.seq
        and ordered[i].claim.stance == "asserts"
        and not _talks_of_a_report(ordered[i])
    ]
    speaker = pointer.claim.claimant
    if not before or (speaker.entity_id is not None and before[-1].claim.claimant == speaker):
        return None
    return before[-1]
