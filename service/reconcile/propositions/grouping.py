"""Which claims of one story are about the same proposition, and the reports over them: pure.

`group_propositions` groups a story's claims (the rules are in the package's docstring);
`proposition_conflicts` raises an existence report over each group where claimants disagree.
"""

from __future__ import annotations

import re

import msgspec

from service.domain import ConflictDraft
from service.pipeline import lexicon as lx
from service.pipeline.terms import words
from service.reconcile import conflicts as rules
from service.reconcile.propositions.answers import (
    answer_with_contrary_accounts,
    answer_with_leads,
    answer_with_narration,
    answer_with_negative_accounts,
)
from service.reconcile.propositions.denials import (
    _alone,
    _answers_none_of,
    _echoed_targets,
    _held_elsewhere,
    _is_pointer,
    _named_proposition,
    _partyless_denials,
    _quoted_assertions,
    _relays,
    _reported_before,
    _restated_denial,
    _said_by_others,
    _stranded_denials,
    _told_better_by_a_narration,
)
from service.reconcile.propositions.existence import _existence, makes_a_side
from service.reconcile.propositions.model import (
    GENERIC_CLASSES,
    ONCE_ONLY_CLASSES,
    SUBJECT_MIN_ARTICLES,
    ScopedClaim,
    _find,
    _placed,
    _union,
    class_key,
)
from service.reconcile.propositions.reports import _names_a_report, _talks_of_a_report, report_words
from service.reconcile.propositions.same_words import (
    _singular,
    content_words,
    counted_figures,
    same_words_pairs,
)

# An account pointed back at by a demonstrative ("that account", "this version"): the one just
# told. Not "these claims", which in debunking coverage is as often the story's rumour as a whole.
_THAT_ACCOUNT = re.compile(r"\b(?:that|this)\s+(?:account|version)\b", re.IGNORECASE)


def _link_keys(c: ScopedClaim, subjects: frozenset[str]) -> list[tuple[str, ...]]:
    """What joins a claim to others of the same proposition: its class with each participant, or
    with each pair of participants for a generic verb or for the story's own subjects (an entity
    most of the story's claims name says nothing about which proposition a claim is), save for
    what happens to someone only once (a death: the subject's is the story's one)."""
    key = class_key(c)
    if key is None:
        return []
    counted = [("figure", *f) for f in counted_figures(c.claim.quote)]
    parties = sorted(set(c.participants))
    pairs = [(key, a, b) for i, a in enumerate(parties) for b in parties[i + 1 :]]
    if c.predicate_class in GENERIC_CLASSES:
        return pairs + counted
    once = c.predicate_class in ONCE_ONLY_CLASSES
    return [(key, p) for p in parties if once or p not in subjects] + pairs + counted


def story_subjects(claims: list[ScopedClaim]) -> frozenset[str]:
    """Entities named in the claims of more than half of the story's articles (at least
    SUBJECT_MIN_ARTICLES of them): what the story is about, not what one claim says."""
    articles: dict[str, set[str]] = {}
    for c in claims:
        for p in c.participants:
            articles.setdefault(p, set()).add(c.claim.article_id)
    total = len({c.claim.article_id for c in claims})
    return frozenset(
        p for p, seen in articles.items() if len(seen) >= SUBJECT_MIN_ARTICLES and 2 * len(seen) > total
    )


def group_propositions(claims: list[ScopedClaim]) -> list[list[ScopedClaim]]:
    """Claims grouped by proposition, each group in storage order, groups by their first claim.
    Narrated assertions (`own_voice`) take no part in the grouping: they join only a
    proposition whose denial nobody else's claim answers. An article's own negative accounts
    (`own_voice` denials) take none either: they answer only assertions of other articles in
    their words (`answer_with_negative_accounts`), except one whose verb only says that its
    subject took place ("the incident never happened"), a denial about no statement of its own
    like "this never happened"."""
    # An opening account that narrates no happening of its own (no statement) is read only as
    # the outlet's account of the whole story; one that does is a narration as well.
    narrated = sorted(
        (
            c
            for c in claims
            if c.own_voice and c.claim.stance != "denies" and not (c.lead and c.predicate_class is None)
        ),
        key=lambda c: c.seq,
    )
    # A denial of intent ("denied that it deliberately overcharged") denies no happening, unless
    # some source asserts the intent ("deliberately targeted"): then the intent is what is disputed.
    denied_intent = [c for c in claims if c.claim.stance == "denies" and _of_intent(c)]
    if not any(_asserts_intent(c, denied_intent) for c in claims):
        claims = [c for c in claims if not (c.claim.stance == "denies" and _of_intent(c))]
    negative = sorted((c for c in claims if c.own_voice and c.claim.stance == "denies"), key=lambda c: c.seq)
    # "The incident never happened": a verb that only says its subject took place tells nothing
    # of its own to compare words with; the account denies the story's report as "this never
    # happened" does, a denial about no statement of its own.
    pointing = [
        msgspec.structs.replace(c, predicate_class=None, event_id=None)
        for c in negative
        if c.predicate_class in lx.OCCURRENCE_VERBS
    ]
    negative = [c for c in negative if c.predicate_class not in lx.OCCURRENCE_VERBS]
    groups = _group_claims([c for c in claims if not c.own_voice] + pointing, narrated)
    answer_with_contrary_accounts(groups)
    if negative:
        # Before the narrations: a proposition a negative account disputes is one they may join.
        answer_with_negative_accounts(groups, negative)
    if narrated:
        answer_with_narration(groups, narrated)
    answer_with_leads(groups, claims)
    return groups


def _group_claims(claims: list[ScopedClaim], narrated: list[ScopedClaim]) -> list[list[ScopedClaim]]:
    ordered = sorted(claims, key=lambda c: c.seq)
    told = [
        (n.claim.article_id, frozenset(_singular(w) for w in content_words(n.claim.quote))) for n in narrated
    ]
    alone: dict[int, list[int]] = {}  # pointers left to the narration that tells what they deny
    parent = list(range(len(ordered)))
    by_event: dict[str, int] = {}
    by_key: dict[tuple[str, ...], int] = {}
    subjects = story_subjects(ordered)
    for i, c in enumerate(ordered):
        if c.event_id is not None:
            _union(parent, i, by_event.setdefault(c.event_id, i))
        for key in _link_keys(c, subjects):
            _union(parent, i, by_key.setdefault(key, i))
    for i, root in _partyless_denials(ordered, parent).items():
        _union(parent, i, root)
    is_placed = {i for i, c in enumerate(ordered) if _placed(c)}
    pointers = [i for i, c in enumerate(ordered) if _is_pointer(c)]
    is_pointer = set(pointers)
    pairs = same_words_pairs(ordered)
    for i, j in pairs:
        # An assertion the parse placed nowhere ("At first all I saw was ...", a generic verb
        # with one party) in the same words as a placed claim is that claim relayed: it asserts
        # what the placed one does.
        for a, b in ((i, j), (j, i)):
            if a in is_placed and b not in is_placed and _relays(ordered[b]):
                _union(parent, a, b)
    is_placed |= {b for i, j in pairs for a, b in ((i, j), (j, i)) if a in is_placed and _relays(ordered[b])}
    placed = sorted(is_placed)
    echoes: dict[int, int] = {}  # pointer -> a placed claim in the same words
    echo_parent = list(range(len(ordered)))  # pointers in the same words as each other
    for i, j in pairs:
        if i in is_placed and j in is_placed:
            _union(parent, i, j)
        elif i in is_pointer and j in is_placed and not _talks_of_a_report(ordered[j]):
            echoes.setdefault(i, j)
        elif j in is_pointer and i in is_placed and not _talks_of_a_report(ordered[i]):
            echoes.setdefault(j, i)
        elif i in is_pointer and j in is_pointer:
            _union(echo_parent, i, j)
    target: dict[int, int] = {}  # pointer -> index of a claim of its proposition
    rated_pointer: dict[int, int] = {}  # an unplaced rated claim -> the first pointer answering it
    quoted = _quoted_assertions(ordered, pointers)
    target.update(quoted)  # it quotes the clause it denies: it answers whoever asserts it
    pointers = [i for i in pointers if i not in quoted]
    if placed:
        sizes: dict[int, list[ScopedClaim]] = {}
        for i in placed:
            sizes.setdefault(_find(parent, i), []).append(ordered[i])
        # Each placed claim's proposition as grouped before any pointer joins two of them.
        proposition_of = {i: _find(parent, i) for i in placed}
        main = max(
            sizes,
            key=lambda r: (
                _asserting_articles(sizes[r]),
                _articles(sizes[r]),
                len(sizes[r]),
                -sizes[r][0].seq,
            ),
        )
        main_parties = {p for c in sizes[main] for p in c.participants} - subjects
        main_articles = {c.claim.article_id for c in sizes[main]}
        index_of = {c.claim.claim_id: n for n, c in enumerate(ordered)}
        said = {
            r: frozenset(w for c in members for w in content_words(c.claim.sentence))
            for r, members in sizes.items()
        }
        said_folded = {r: frozenset(_singular(w) for w in found) for r, found in said.items()}
        for i, root in _stranded_denials(ordered, placed, proposition_of, sizes, said, main).items():
            # A denial naming the report it answers ("contrary to some reports, it did not
            # break off"), in a proposition nobody asserts: the story's report in other words.
            _union(parent, i, root)
        for i in pointers:
            c = ordered[i]
            if i in echoes:
                if _answers_none_of(c, sizes[proposition_of[echoes[i]]]):
                    continue  # "X, charged with fraud last week, denied any wrongdoing": no charge denied
                target[i] = echoes[i]  # it repeats the words of the claim it answers
                continue
            named = _named_proposition(c, _said_by_others(c, sizes, said))
            if named is not None:
                target[i] = named  # "denied reports that they performed a biopsy": what it names
                continue
            restated = _restated_denial(c, i, ordered)
            if restated is not None and (restated in target or restated in alone or restated in is_placed):
                # "In other words, the video is staged": what its speaker's denial before it
                # answered, not the quote just before it.
                if restated in alone:
                    alone[restated].append(i)
                else:
                    target[i] = target.get(restated, restated)
                continue
            denied_here = _denied_in_its_article(c, ordered, placed, proposition_of)
            if denied_here is not None and not _answers_none_of(c, sizes[denied_here]):
                # "denied a report that police had raided its offices ... The directorate
                # rubbished the report": the report its article's own denial names.
                target[i] = denied_here
                continue
            rated = _unplaced_rating(c, ordered, is_placed)
            if rated is not None:
                # "CLAIM: ... will be taken by the state. VERDICT: FALSE.": the fact-check's
                # verdicts answer the claim it rates (placed nowhere), which is the story's
                # claim, not a ministry's words it quotes after it. Where only the fact-check
                # itself asserts the story's main proposition, the rated claim stands alone.
                if _asserted_only_in(sizes[main], c.claim.article_id):
                    key = rated_pointer.setdefault(rated, i)
                    alone.setdefault(key, [rated]).append(i)
                    continue
                if not _answers_none_of(c, sizes[main]):
                    target[i] = main
                    continue
            reported = _reported_before(c, ordered, placed)
            held = {_singular(w) for w in report_words(c.claim.sentence)}
            if _told_better_by_a_narration(held, said_folded[main], told, c.claim.article_id):
                # "The picture of a shark swimming down the flooded road was doctored": another
                # article tells that in its own voice; the story's main claim (the council's
                # closures on that road) shares a word or two of it.
                alone[i] = [i]
                continue
            if reported is not None and _THAT_ACCOUNT.search(c.claim.sentence):
                # "The ministry flatly contradicted that account": the account its article just
                # told, whatever the story's main claim is.
                at = index_of[reported.claim.claim_id]
                if not _answers_none_of(c, sizes[proposition_of[at]]):
                    target[i] = at
                continue
            if reported is None or c.claim.article_id in main_articles:
                # The story's claim, as the story reports it (and as its own article does),
                # unless the denial says its report held something the claim never says.
                if not _held_elsewhere(held, said_folded[main]) and not _answers_none_of(c, sizes[main]):
                    target[i] = main
                continue
            at = index_of[reported.claim.claim_id]
            if _held_elsewhere(held, said_folded[proposition_of[at]]):
                continue  # "refuting reports claiming the cuts came late" after another account
            if _answers_none_of(c, sizes[proposition_of[at]]):
                continue  # "arrested on Monday ...; he denies any wrongdoing": no arrest denied
            # A denial naming its report in words the story's main claim never uses ("Press
            # TV's account of the crash" in a story of an airdrop) answers its article's account
            # only, never the main claim through it.
            of_main = not _held_elsewhere(held, said_folded[main])
            if (
                of_main
                and _asserting_articles(sizes[main]) >= SUBJECT_MIN_ARTICLES
                and (_names_a_report(c) or reported.claim.claimant.name == lx.RATED_CLAIMANT)
                and _alone(sizes[proposition_of[at]], c.claim.article_id)
            ):
                # "The report is a hoax" answers the report the story carries: its own
                # article's account, which no other article asserts, is that report in the
                # article's words, not a second claim ("it is a hoax" stays positional). So does
                # a fact-check's rating under the claim it rates ("Claim: ... PROBABLY FALSE").
                target[i] = main
                continue
            target[i] = at  # what its own article reported
            if of_main and main_parties & set(reported.participants):
                # The article's account names a party of the story's main claim (other than
                # the story's own subjects): the same claim in that article's words.
                _union(parent, main, at)
    groups: dict[int, list[ScopedClaim]] = {}
    for i in placed:
        groups.setdefault(_find(parent, i), []).append(ordered[i])
    for j in sorted(set(quoted.values()) - is_placed):
        # An assertion with no statement of its own says what it asserts when a denial quotes it.
        groups.setdefault(_find(parent, j), []).append(ordered[j])
    for i, root in _echoed_targets(target, echo_parent, parent).items():
        groups[root].append(ordered[i])
    for i, members in alone.items():
        groups[len(ordered) + i] = [ordered[j] for j in members]  # its own, for the narration
    for group in groups.values():
        group.sort(key=lambda c: c.seq)
    return sorted(groups.values(), key=lambda g: g[0].seq)


def _unplaced_rating(pointer: ScopedClaim, ordered: list[ScopedClaim], is_placed: set[int]) -> int | None:
    """The claim a fact-check rates ("CLAIM: ..."), in the pointer's own article before it, when
    its parse places it nowhere."""
    return next(
        (
            j
            for j, o in enumerate(ordered)
            if j not in is_placed
            and o.claim.article_id == pointer.claim.article_id
            and o.seq < pointer.seq
            and o.claim.stance == "asserts"
            and o.claim.claimant.name == lx.RATED_CLAIMANT
        ),
        None,
    )


def _asserted_only_in(group: list[ScopedClaim], article: str) -> bool:
    """Whether no article but `article` asserts the group's proposition."""
    return {c.claim.article_id for c in group if c.claim.stance == "asserts"} <= {article}


def _denied_in_its_article(
    pointer: ScopedClaim, ordered: list[ScopedClaim], placed: list[int], proposition_of: dict[int, int]
) -> int | None:
    """The one proposition the pointer's own article denies in words that place it and another
    article asserts: the report its bare denials ("rubbished the report", "this is a
    fabrication") answer too. None when the article so denies none or several (which one a
    bare denial answers, its words must say)."""
    article = pointer.claim.article_id
    denied = {
        proposition_of[i]
        for i in placed
        if ordered[i].claim.article_id == article and ordered[i].claim.stance == "denies"
    }
    asserted_elsewhere = {
        proposition_of[i]
        for i in placed
        if ordered[i].claim.article_id != article and ordered[i].claim.stance == "asserts"
    }
    answered = denied & asserted_elsewhere
    return next(iter(answered)) if len(answered) == 1 else None


def _of_intent(c: ScopedClaim) -> bool:
    """A claim about what a deed was meant to do (`lx.INTENT_WORDS`): denied ("denied that it had
    deliberately overcharged customers", "any intent to mislead"), it leaves the deed itself
    standing, so it disputes no report that the deed was done."""
    return any(w in lx.INTENT_WORDS for w in words(c.claim.quote))


def _asserts_intent(c: ScopedClaim, denials: list[ScopedClaim]) -> bool:
    """An assertion that a deed was meant (`_of_intent`), other than the words around a denial
    of it ("we accept the fine but deny any intent to overcharge")."""
    return (
        c.claim.stance == "asserts"
        and _of_intent(c)
        and not any(d.claim.quote in c.claim.quote for d in denials)
    )


def _asserting_articles(group: list[ScopedClaim]) -> int:
    return len({c.claim.article_id for c in group if c.claim.stance == "asserts"})


def proposition_conflicts(
    scope: str, claims: list[ScopedClaim], covered_events: set[str]
) -> list[ConflictDraft]:
    """Existence reports over the story's propositions. `scope` names the story in the keys;
    `covered_events` are events whose own existence report already covers their claims."""
    drafts = []
    for group in group_propositions(claims):
        events = {c.event_id for c in group if c.event_id is not None}
        if events & covered_events and not _told_beyond(group, covered_events):
            continue  # the event's own report stands for this proposition
        draft = _existence(scope, group, events)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _told_beyond(group: list[ScopedClaim], covered_events: set[str]) -> bool:
    """Whether the proposition has sides told in other articles than the one article its
    covered events' claims are all in: a denial's own article relaying "reports" of a recall
    raises the event's report there, and the article that reported the recall (dated another
    day: another event) is on its side only through the proposition, as a telling of the same
    deed (its class, a party in common; a side joined to the group another way, through a
    pointer or a relay, is not what the event's report is about). An event report that already
    spans articles stands for the proposition (the seeds' call, told in four), unless a source
    the event's report does not hear denies the deed in another article (a company's own
    denial, told undated, of the recall a notice and a regulator gave a day): the proposition
    then has a side the event's report leaves out."""
    on_events = [c for c in group if c.event_id in covered_events]
    covered = {c.claim.article_id for c in on_events}
    kinds = {class_key(c) for c in on_events} - {None}
    parties = {p for c in on_events for p in c.participants}
    entity_by_name = rules._entity_by_name(c.claim.claimant for c in group)

    def who(c: ScopedClaim) -> str:
        return rules._identity(c.claim.claimant, entity_by_name)

    heard = {who(c) for c in on_events}
    return any(
        c.claim.article_id not in covered
        and makes_a_side(c.claim)
        and class_key(c) in kinds
        and bool(parties & set(c.participants))
        and (len(covered) == 1 or (c.claim.stance == "denies" and who(c) not in heard))
        for c in group
    )


def _articles(group: list[ScopedClaim]) -> int:
    return len({c.claim.article_id for c in group})
