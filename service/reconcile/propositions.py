"""Which claims of one story are about the same proposition, and where they disagree: pure.

Claims meet on a dated event when they have one; most real coverage gives them none (undated
articles, propositions about things, denials of "the report"). Within one story, claims are
grouped by proposition instead:

- claims attached to the same stored event are one proposition;
- claims whose statements have the same predicate class and share a participant (any entity
  named in the claim's sentence, the claimant included: "X denied taking the photo" answers
  "X took the photo") are one proposition; for a generic verb ("is", "has"), or when the shared
  one is the story's own subject (named in the claims of most of its articles), they share two;
- a denial whose statement names no party but describes its subject ("the operator denied
  that the vessel was overloaded": the vessel is no entity) answers the one proposition of the
  story whose claims, naming parties, have its predicate class; with two such propositions, or
  a generic class, it answers none, nor does a denial of one's own doing ("denied attacking
  anyone") or of anyone's ("no one had ever managed to");
- a denial (or a refusal to comment) about no statement of its own ("denied the report", "this
  is a hoax", "there is no truth to these allegations") points at what its own article asserted
  last before it (the reporter's account of the claim it answers), which joins the story's main
  proposition (the one asserted by the most articles; among equals, the one in the most
  articles, then with the most claims, then the first stored: a lone claim of an article that
  joins the story late does not take the denials from a proposition stated more often) when the
  two name a common party other than the story's subjects; when its article has claims in the
  main proposition, or with no account in its article it points at the main proposition. A
  denial that names a report ("these stories are made up", "the claims are false"; not "it is
  made up"), or a fact-check's rating under the claim it rates, whose article's account is that
  article's alone (no other article asserts it) answers the main proposition when at least
  SUBJECT_MIN_ARTICLES articles assert it: the account is the story's report in the article's
  own words. A denial that opens by restating ("In other words, ...") answers what its
  speaker's denial before it answered; one whose words (at least NAMED_MIN) another article
  tells in its own voice more fully than the main claim does is left to that narration. A
  denial whose sentence says what
  its report held ("refuting reports claiming the cuts came at the last minute") in words
  none of a proposition's sentences use is pointed at neither way: it denies another report. An
  assertion must say what it asserts: one about no statement joins nothing;
- a denial about no statement of its own that quotes, in its own article, the very clause
  another claim asserts ("..., reversing reports that nine had been rescued") answers that
  claim, which then says what it asserts even without a statement of its own;
- a denial of "the reports" that names what it denies in its own sentence ("denied reports
  that the doctor performed a biopsy") answers the proposition whose claims' sentences hold most
  of its content words (stance words left out), before any guess by position;
- a denial with a statement of its own that meets no assertion (its predicate and parties met
  nothing: the other articles word the report differently) but whose sentence says what the
  report it denies held ("contrary to some reports, it did not break off", "rejected
  allegations by officials that ...") answers the proposition those words name, else the
  story's main proposition when enough articles assert it, the denial names one of its parties
  and the report's words share one with it;
- an assertion placed nowhere by its parse, in the same words as a placed claim, relays it;
- claims in (nearly) the same words are one proposition: a sentence relayed by several outlets,
  or a denial repeating what it denies ("X said Y did not happen" answers "Y happened"). Two
  claims whose words differ only in plurals, number words (digits are no words) and words of
  stance ("report", "claim") are in the same words when one holds all the other's words. Short
  ones must also name a common participant. Two assertions of which only one is negative ("X was
  not found dead", "X was found dead") tell opposite things and are not in the same words. A
  denial about no statement of its own that repeats
  another claim's words goes where that claim is; one repeating other such denials goes where
  most of them go.

An article's own negative account ("no pieces of the rock have been found", "the actor will not
play the inventor": no frame, the outlet's denial) answers only assertions of other articles in its
words, and never opens a report by itself (`answer_with_negative_accounts`).

Claimants that name nobody ("some say it is a hoax", "many people") make no side of a report.
A date is evidence, not a requirement. An existence report is raised where some claimants
assert a proposition and others deny it (the rules of `conflicts.existence_conflict`); one that
the event's own report already raises is left to it.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import msgspec

from service.domain import ConflictDraft, EventClaim, Side, Source, Stance
from service.pipeline import lexicon as lx
from service.pipeline.numbers import NUMBER_WORDS
from service.pipeline.terms import MAX_TERM, words
from service.pipeline.wordlists import wordset
from service.reconcile import conflicts as rules
from service.reconcile.summary import quoted, stances_summary

# Predicate classes too general to say two statements are about one thing ("is", "has").
GENERIC_CLASSES = frozenset({"be", "have", "do", "say", "statement", "get", "make", "go", "come", "take"})
# An entity in the claims of more than half of a story's articles, and of at least this many, is
# the story's subject: sharing it alone does not make two claims one proposition.
SUBJECT_MIN_ARTICLES = 3
# Classes of what happens to someone at most once: claims of one of them that name the same
# party are about one happening, the story's subject too ("X died", "X is not dead").
ONCE_ONLY_CLASSES = frozenset({"death"})
# What sets a plan's class apart from a happening's in the keys claims meet on.
PLAN_MARK = ":plan"
# The sides' positions in a dispute about a plan.
PLAN_POSITION: dict[Stance, str] = {
    "asserts": "will happen",
    "denies": "will not happen",
    "declines_to_comment": "no comment",
}
# Keys of proposition reports: KEY_PREFIX + story id + ":" + the proposition's first claim.
KEY_PREFIX = "existence:story:"
# Two claims are in the same words when the longer one holds this share of the shorter one's
# content words (stop words, negations among them, left out: a denial repeats what it denies).
SAME_WORDS_SHARE = 0.8
# A long clause told again in other forms ("met privately with a housing developer to discuss
# the sale of playing fields" and "meeting a housing developer to discuss selling playing
# fields") keeps fewer of its words as written: from this many content words, three quarters do.
SAME_WORDS_LONG = 8
SAME_WORDS_LONG_SHARE = 0.75
# The fewest content words a claim needs to be compared by its words at all.
SAME_WORDS_MIN = 2
# Claims shorter than this (in content words) must also name a common participant.
SAME_WORDS_ALONE = 5
# A pair of consecutive content words found in more claims than this is common phrasing, not a
# sign that two claims are alike; skipping it keeps the comparison linear in the story's claims.
COMMON_PAIR_CLAIMS = 12
# Words that make a statement negative: left out of its content words, so an assertion and its
# denial have the same ones.
NEGATIONS = lx.NEGATION_WORDS
# Words that carry no proposition of their own: articles, pronouns, auxiliaries, prepositions,
# conjunctions (a general stop-word list also drops words such as "done", "made" or "last",
# which do tell one proposition from another: "a done deal").
FUNCTION_WORDS = NEGATIONS | wordset(
    """the and but for nor yet all any some each every this that these those there here
    who whom whose which what when where why how than then also just only very too even still
    she her hers him his its our ours their theirs them they you your yours
    are was were been being has have had having does did doing will would shall should can could
    may might must about above after against along among around before behind below beneath
    beside between beyond down during from into near off onto out over since through throughout
    till toward towards under until upon with within without per via because while whether
    although though unless once more most much many such own same other another"""
)
# Claimants that name nobody: "some say it is a hoax", "others believe it is real", a generic
# "you" ("you can tell it has been photoshopped").
UNNAMED_PEOPLE = wordset(
    """some others many someone somebody anyone anybody one few several most everyone everybody
    nobody you"""
)
# A claimant that is a bare pronoun the article never resolved ("they say", "it denies") names
# nobody a reader could find.
BARE_PRONOUNS = wordset("he she it they them those these we us i")
# Words that open a clause of time, cause or condition: a claimant name that starts with one is
# a parse that ran the sentence's opening clause into the subject ("after the crowd left reports
# reps for the singer"), no name a reader could find.
CLAUSE_OPENERS = wordset("after before when whenever while until because although though unless")
# Report nouns that, with nobody named for them, name no party of a dispute.
UNOWNED_REPORT_WORDS = lx.INDEFINITE_REPORT_NOUNS | lx.UNOWNED_REPORT_NOUNS | {"storie"}
# Words that may open the name of a report nobody is named for ("Other reports", "A report").
REPORT_LEADS = UNNAMED_PEOPLE | wordset("a an other multiple new recent earlier unconfirmed circulating")
# A denial naming what it denies in its own sentence: the fewest content words it must share
# with a proposition, and the share of its own content words they must be.
NAMED_MIN = 3
NAMED_SHARE = 0.3
# A denial's report holds the words of a proposition when at least 1 / HELD_SHARE of them are
# that proposition's (`_held_elsewhere`).
HELD_SHARE = 3
# Nouns of a link between things ("denied any link", "the two have no connection").
_LINK_NOUNS = frozenset({"link", "links", "connection", "connections", "relation", "ties"})
# Words of stance, not of content: a denial's own sentence is matched without them.
STANCE_WORDS = (
    lx.FALSITY_WORDS
    | lx.TRUTH_WORDS
    | lx.REPORT_NOUNS
    | lx.DENY_VERBS
    | lx.NO_SUPPORT_NOUNS
    | lx.RETRACT_VERBS
    | wordset("say said tell told claim allege insist add report note state source deny denie")
)
# Words that link a report noun to what it holds: "reports that", "claims of", "rumours claiming".
CONTENT_LINKS = wordset("that of about claiming saying alleging suggesting headlined titled entitled")
# Words that open who made a report or where it ran, between the report noun and its "that"
# (or its title): "allegations by officials that", "reports on local sites that", "the story on
# Monday headlined ..."; and how many words later that "that" may come.
REPORT_PLACE_WORDS = wordset("by from on in")
NAMED_LINK_REACH = 8
# An article's own negative account answers an assertion of another article that shares at
# least this many content words with it (besides the predicate class and a participant).
NEGATIVE_MIN_SHARED = 3
# A narration says what a denial's report held when it holds this share of those words.
NARRATED_SHARE = 0.5
# A count in a quote and the word after it: "4,000 jobs", "14 drones" (`counted_figures`).
_COUNTED = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+([A-Za-z]+)")
# The least count that names one thing counted: two articles giving "3 people" or "2 reasons"
# need not be telling one fact.
FIGURE_LEAST = 10
_PEOPLE_WORDS = wordset("people peoples men women children persons")
# A figure written in digits: "62", "2,000", "3.5".
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
# Words that end the name of a report's owner: what the report held, or when and where it ran.
_OWNER_ENDS = wordset("that of about on in at over and or who which claiming saying alleging suggesting")
_REPORT_STEMS = rules.REPORT_STEMS
# An account pointed back at by a demonstrative ("that account", "this version"): the one just
# told. Not "these claims", which in debunking coverage is as often the story's rumour as a whole.
_THAT_ACCOUNT = re.compile(r"\b(?:that|this)\s+(?:account|version)\b", re.IGNORECASE)
# Words before "charge" that make it a duty, not an accusation ("took charge of", "in charge").
_IN_CHARGE = wordset("in take took taken takes taking")
_TITLE_LINKS = wordset("headlined titled entitled")
# What may link a report noun to what it held after who made it or where it ran: "that", a
# title ("headlined"), or a verb of saying in -ing ("reports in recent weeks claiming ...").
_PLACED_LINKS = _TITLE_LINKS | wordset("that claiming saying alleging suggesting")
# Report nouns that, in what an assertion says, make it talk of a report ("looking into the
# reports", "lit up at the claim"); not "charges" or "information", which are often its news.
_TALKED_OF = frozenset({"claim", "report", "rumor", "rumour", "story", "storie", "allegation", "speculation"})
# A relative clause after a report noun that says what the report held: "reports which
# suggested that ...", "a story that claimed ...".
_RELATIVE_LINKS = wordset("which that")
_HOLDING_VERBS = wordset("suggested said claimed alleged stated indicated asserted")
# Verbs that judge a report, and the auxiliaries before them ("have been rejected").
_JUDGING_VERBS = lx.DENY_VERBS | lx.DENY_IF_REPORT_VERBS
_JUDGING_AUXILIARIES = wordset("has have had been was were is are be")
_DEGREE_WORDS = wordset("somewhat also since now already much")
# Documents, images and posts, and the verbs by which they carry a claim ("a document that
# claims to reveal ...", "a video purporting to show ...").
_CARRIER_STEMS = frozenset(n.rstrip("s") for n in lx.EVIDENCE_NOUNS | lx.POST_NOUNS)
# Images told by what they show ("the photo of ..."); not a letter or a document "of" a date.
_IMAGE_STEMS = wordset("photo photograph picture image video footage clip")
_CARRYING_VERBS = wordset("claims claimed claiming purports purported purporting alleges alleging")
# A sentence's words and the punctuation that breaks its clauses: "disputed the report, saying
# that ..." says the speaker's own words after the comma, not what the report held.
_WORD_OR_BREAK = re.compile(r"[^\W\d_][\w]*(?:['’-][^\W_]+)*|[,;:()–—]|\s-\s")
# Before a report word in -s, words that make it a verb: a subject pronoun ("he reports that"),
# or the article of a singular noun right before it ("an outlet reports that X claims ...": the
# outlet's verb, not a report noun; "the media reports that" stays a noun).
_VERB_SUBJECTS = wordset("he she it who which")
_SINGULAR_ARTICLES = wordset("a an each every one")


class ScopedClaim(msgspec.Struct, kw_only=True):
    """A stored claim of a story, with what places it: its event, its statement's predicate
    class (None: the claim is about no statement of its own) and the entities its sentence names."""

    claim: EventClaim
    event_id: str | None
    predicate_class: str | None
    participants: list[str]
    seq: int  # storage order: the first claim of a proposition names it
    # A happening the article narrates in its own voice, no frame attributing it ("A hiker
    # was found alive by a search drone."): the outlet's assertion, read only to put the outlet
    # on a side of its story's disputes (`answer_with_narration`).
    own_voice: bool = False
    # The article's opening sentence told straight (`own_voice` too): the outlet's account of the
    # story as a whole, read only to put the outlet on the asserting side when other coverage of
    # the story denies the story (`answer_with_leads`).
    lead: bool = False
    # About what will or would happen ("X will resign", "she would not resign"), not what happened:
    # it meets the claims of plans only (`class_key`).
    planned: bool = False
    # An assertion that a particular deed was not done ("the union had not called off the
    # strike"): in a proposition another article asserts, it stands on the denying side
    # (`answer_with_contrary_accounts`).
    contrary: bool = False


def class_key(c: ScopedClaim) -> str | None:
    """The predicate class a claim meets others on: a plan's apart from a happening's ("will
    resign" and "resigned" are two propositions, and "would not resign" answers only the first)."""
    if c.predicate_class is None:
        return None
    return f"{c.predicate_class}{PLAN_MARK}" if c.planned else c.predicate_class


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _placed(c: ScopedClaim) -> bool:
    if c.event_id is not None:
        return True
    if c.predicate_class is None:
        return False
    # "X is Y's father": a generic verb says what the claim is about only through two parties.
    return c.predicate_class not in GENERIC_CLASSES or len(set(c.participants)) >= 2


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


def counted_figures(quote: str) -> list[tuple[str, str]]:
    """The figures a quote gives with the thing they count, as (number, noun) ("would cut 4,000
    jobs" and "will eliminate 4,000 jobs" both give ("4000", "job")): one exact count of one
    thing, told in two articles' own verbs, is one proposition. Only counts of at least
    FIGURE_LEAST, never a year ("the 2014 election") nor a unit ("14 days", "6.2 percent"),
    and not people in general ("34 people died" and "34 people were hurt" are two things)."""
    found = []
    for match in _COUNTED.finditer(quote):
        number, noun = match.group(1).replace(",", ""), _singular(match.group(2).lower())
        if "." in number or int(number) < FIGURE_LEAST or (len(number) == 4 and 1900 <= int(number) <= 2100):
            continue
        if (
            noun in lx.UNIT_NOUNS
            or noun in lx.PERSON_NOUNS
            or noun in FUNCTION_WORDS
            or noun in _PEOPLE_WORDS
        ):
            continue
        found.append((number, noun))
    return found


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


# "there is no agreement", "there are no talks", "there was no chance": none of it exists or existed.
_THERE_IS_NONE = re.compile(r"\bthere\s+(?:is|are|'s|was|were|(?:has|have|had)\s+been)\s+no\b", re.IGNORECASE)
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


def answer_with_contrary_accounts(groups: list[list[ScopedClaim]]) -> None:
    """Read a contrary account as the denial it is where the story asserts its deed.

    "Railco said the union had not called off the strike" reports a fact, and alone it is an
    assertion; but where another article asserts the very deed ("the union has called off the
    strike", the same predicate and a party in common: one proposition), the two cannot both be
    so, and the contrary account stands on the side that says it did not happen. Only against
    an affirmative assertion of another article by another claimant: a source telling both in
    one article corrects itself, a negative assertion agrees with it, and a proposition nobody
    asserts is disputed by no one."""
    for group in groups:
        if not any(c.contrary and c.claim.stance == "asserts" for c in group):
            continue
        entity_by_name = rules._entity_by_name(c.claim.claimant for c in group)
        asserted = [
            c.claim
            for c in group
            if c.claim.stance == "asserts"
            and not c.contrary
            and not is_negative(c.claim.quote)  # "are not causing casualties" agrees with it
            and makes_a_side(c.claim)
        ]
        for n, c in enumerate(group):
            if not (c.contrary and c.claim.stance == "asserts"):
                continue
            if rules.contrary_answers(c.claim, asserted, entity_by_name):
                group[n] = msgspec.structs.replace(c, claim=msgspec.structs.replace(c.claim, stance="denies"))


def answer_with_narration(groups: list[list[ScopedClaim]], narrated: list[ScopedClaim]) -> None:
    """Add to the story's disputes the articles that narrate what is disputed as fact.

    A narrated assertion (`own_voice`: "The town of Millbrook has been evacuated after a
    chemical leak.") is the outlet's account of the story; its outlet stands on the
    asserting side, its sentence as evidence:
    - of a proposition that raises a report (asserted by some, denied by others), when it is in
      the same words as one of its claims (`in_same_words`; the closest, if several);
    - of a denial that meets no assertion but says what the report it denies held ("rumours that
      its drones are circling the stadium are not true"), when it holds at least NAMED_MIN and
      NARRATED_SHARE of those words (plurals folded, stance words left out), so a report opens;
    - of such a denial of what happens to someone once (a death: "X is alive and well"), when
      it narrates that happening of the same person ("X has died at 58", `_once_of_one_party`).
    A narration in a denier's own article is the context of its denial and takes no side
    (`_existence`); one that only shares a predicate and a party with a lone denial joins
    nothing: on both development corpora such reports met the wrong claim, or none disputed."""
    told_words = [frozenset(_singular(w) for w in content_words(n.claim.quote)) for n in narrated]
    for group in groups:
        if _existence("", group, set()) is not None:
            continue
        added: list[ScopedClaim] = []
        taken = {c.claim.claim_id for c in group}
        for d in group:
            if d.claim.stance != "denies" or not makes_a_side(d.claim):
                continue
            named = {_singular(w) for w in report_words(d.claim.sentence)}
            if len(named) < NAMED_MIN and d.predicate_class not in ONCE_ONLY_CLASSES:
                continue
            for n, told in zip(narrated, told_words, strict=True):
                if n.claim.article_id == d.claim.article_id or n.claim.claim_id in taken:
                    continue
                held = named & told
                if (
                    len(held) >= NAMED_MIN and len(held) >= NARRATED_SHARE * len(named)
                ) or _once_of_one_party(n, d):
                    added.append(n)
                    taken.add(n.claim.claim_id)
        if added:
            group.extend(added)
            group.sort(key=lambda c: c.seq)
    disputed = [g for g in groups if _existence("", g, set()) is not None]
    said = [[(c, frozenset(content_words(c.claim.quote))) for c in g if not c.own_voice] for g in disputed]
    placed = {c.claim.claim_id for g in groups for c in g if c.own_voice}
    joined: dict[int, list[ScopedClaim]] = {}
    for n in narrated:
        if n.claim.claim_id in placed:
            continue
        own = frozenset(content_words(n.claim.quote))
        best: tuple[float, int] | None = None
        for gi, members in enumerate(said):
            for c, found in members:
                if in_same_words(n, c, own, found):
                    share = len(own & found) / max(min(len(own), len(found)), 1)
                    if best is None or share > best[0]:
                        best = (share, gi)
        if best is not None:
            joined.setdefault(best[1], []).append(n)  # the proposition it repeats most closely
    for gi, members in joined.items():
        disputed[gi].extend(members)
        disputed[gi].sort(key=lambda c: c.seq)


def _once_of_one_party(narration: ScopedClaim, denial: ScopedClaim) -> bool:
    """A narration and a denial of what happens to someone only once, naming that someone
    ("X has died at 58" told as fact; "X is alive and well"): one happening, whatever else either
    says."""
    return (
        narration.predicate_class in ONCE_ONLY_CLASSES
        and narration.predicate_class == denial.predicate_class
        and bool(set(narration.participants) & set(denial.participants))
        and not set(words(narration.claim.quote)) & PRONOUNCING_WORDS
    )


# Words that tell a death as someone's finding or fear, not as what happened: "the cat was
# pronounced dead by vets" (and lived), "feared dead", "written off for dead".
PRONOUNCING_WORDS = wordset("pronounced declared presumed feared thought believed written given")


def answer_with_leads(groups: list[list[ScopedClaim]], claims: list[ScopedClaim]) -> None:
    """Put the articles that tell the story straight on the asserting side of its debunking.

    Rumour coverage splits two ways: outlets that pass the story on as news open with it, in
    their own voice and with no doubt (`lead`: "A fisherman landed a two-metre eel ..."),
    and outlets that deny it deny the story as a whole ("the story is a hoax", "nothing in the
    report is true": denials about no statement of their own, `_denies_the_story`). What the
    believers assert is what the debunkers deny, in whatever words either uses, so every
    article whose opening is such an account and that holds no denial of any kind joins the
    proposition that most such denials answer (the first, among equals). An article that
    doubts or denies anything keeps to its own claims; a story no one denies as a whole gets
    no lead on any side; the leads never open a report of their own."""
    deniers = {c.claim.article_id for c in claims if c.claim.stance == "denies"}
    leads = [c for c in claims if c.lead and c.claim.article_id not in deniers]
    if not leads:
        return
    # Only a proposition already disputed takes them: an opening account says the story is
    # true, not which of its claims, so it widens a dispute the story's own claims raise and
    # never opens one ("every one of those statements is untrue" answers claims nobody asserts
    # in the story; joined by the openings of opinion pieces it made a report of nothing).
    counts = [
        sum(1 for c in g if _denies_the_story(c)) if _existence("", g, set()) is not None else 0
        for g in groups
    ]
    if not counts or max(counts) == 0:
        return
    target = groups[counts.index(max(counts))]
    taken = {c.claim.claim_id for c in target}
    target.extend(c for c in leads if c.claim.claim_id not in taken)
    target.sort(key=lambda c: c.seq)


def _denies_the_story(c: ScopedClaim) -> bool:
    """A source's denial about no statement of its own ("the report is fiction", "this is a
    hoax"): it denies the story it answers as a whole. Unlike `_is_pointer`, one whose guessed
    proposition put it on an event counts too: the guess placed it, the words still deny the
    story, and refusals to comment deny nothing."""
    return (
        c.claim.stance == "denies" and c.predicate_class is None and not c.own_voice and makes_a_side(c.claim)
    )


def answer_with_negative_accounts(groups: list[list[ScopedClaim]], negative: list[ScopedClaim]) -> None:
    """Put the articles that tell, in their own voice, that the story's report did not happen on
    the denying side of it.

    A negative account (`own_voice`, stance `denies`: "No pieces of the rock have been found.",
    "The actor will not play the inventor.") answers the assertions of OTHER articles in its
    words: the same predicate class, a participant in common, at least NEGATIVE_MIN_SHARED
    content words in common, and the shorter one's words held by the other (`in_same_words`;
    negations are left out of content words, so "will not play" meets "will play"; an assertion
    that is itself negative meets none). Of the propositions holding such assertions, it takes
    the closest. When that proposition already raises a report, the account joins it. Else it
    is set against the very assertions it answers, not their whole proposition: a proposition
    groups claims by predicate class and a party, which in a story that mixes two developments
    ("X will play the inventor", "Y will play his partner") holds accounts the negative one
    does not contradict. It never opens anything by itself: with no assertion in its words it
    stays out of every report, and its own article's assertions are never what it answers."""
    said = [
        [
            (c, frozenset(content_words(c.claim.quote)))
            for c in g
            if c.claim.stance == "asserts" and not c.own_voice and makes_a_side(c.claim)
        ]
        for g in groups
    ]
    joined: dict[int, list[ScopedClaim]] = {}
    answered: dict[int, dict[str, ScopedClaim]] = {}
    for n in negative:
        if n.predicate_class is None or not n.participants:
            continue
        own = frozenset(content_words(n.claim.quote))
        best: tuple[float, int] | None = None
        met: dict[int, list[ScopedClaim]] = {}
        for gi, members in enumerate(said):
            for c, found in members:
                if (
                    c.claim.article_id == n.claim.article_id
                    or class_key(c) != class_key(n)
                    or not set(c.participants) & set(n.participants)
                    or len(own & found) < NEGATIVE_MIN_SHARED
                    or not in_same_words(n, c, own, found)
                ):
                    continue
                met.setdefault(gi, []).append(c)
                share = len(own & found) / max(min(len(own), len(found)), 1)
                if best is None or share > best[0]:
                    best = (share, gi)
        if best is not None:
            gi = best[1]
            joined.setdefault(gi, []).append(n)
            answered.setdefault(gi, {}).update((c.claim.claim_id, c) for c in met[gi])
    for gi, members in joined.items():
        if _existence("", groups[gi], set()) is not None:
            groups[gi].extend(members)
            groups[gi].sort(key=lambda c: c.seq)
        else:
            groups.append(sorted([*answered[gi].values(), *members], key=lambda c: c.seq))
    groups.sort(key=lambda g: g[0].seq)


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


def report_owner(sentence: str) -> frozenset[str]:
    """Who made the report a sentence names, as words to find in a claimant's name: the name
    after "claims by" / "allegations from" ("by neighbouring X" gives X), or before a possessive
    report noun ("X's claims"), lower-cased; a name's capitalised words, else the phrase's last
    word ("claims by the army": army). Empty when the sentence names no owner."""
    tokens = _WORD_OR_BREAK.findall(sentence)  # case kept: a name's capitals say where it is
    for n, tok in enumerate(tokens):
        stem = tok.lower().rstrip("s")
        if stem not in _REPORT_STEMS:
            continue
        before = tokens[n - 1] if n else ""
        if before.endswith(("'s", "’s")) and before[:1].isupper():
            return frozenset(words(before))  # "X's claims"
        named: list[str] = []
        for word in reversed(tokens[max(0, n - NAMED_LINK_REACH) : n]):
            if not word[:1].isupper() or word.lower() in FUNCTION_WORDS:
                break
            named.append(word)
        if named and n - len(named) > 0:
            # "the X Watch report", "a Reuters report": the outlet's name before the noun (not a
            # capital opening the sentence: "Reports say ...").
            return frozenset(w for word in named for w in words(word) if w not in FUNCTION_WORDS)
        if n + 1 < len(tokens) and tokens[n + 1].lower() in ("by", "from"):
            phrase: list[str] = []
            for word in tokens[n + 2 : n + 2 + NAMED_LINK_REACH]:
                if not word[0].isalpha() or word.lower() in _OWNER_ENDS:
                    break
                phrase.append(word)
            names = [w for w in phrase if w[:1].isupper()]
            kept = names or phrase[-1:]
            return frozenset(w for word in kept for w in words(word) if w not in FUNCTION_WORDS)
    return frozenset()


def _names_a_report(c: ScopedClaim) -> bool:
    """The claim's sentence names a report, story, claim or rumour ("these stories are made
    up"): what it denies is the story's report, not whatever its article said last."""
    found = words(c.claim.sentence)
    return any(_report_word_at(n, found) for n in range(len(found)))


def _report_word_at(n: int, found: list[str]) -> bool:
    """Whether the word at `n` is a report noun: "took charge of the match" and "the officer in
    charge" hold no charge laid against anyone."""
    word = found[n]
    if word.rstrip("s") not in _REPORT_STEMS:
        return False
    return not (word == "charge" and n > 0 and found[n - 1] in _IN_CHARGE)


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


def report_words(sentence: str) -> set[str]:
    """The content words of what the sentence says a report held (`named_content`), stance
    words such as "denied", "reports", "hoax" left out."""
    return {w for w in content_words(named_content(sentence)) if not _stance_word(w)}


def named_content(sentence: str) -> str:
    """What a report noun of the sentence is said to hold: the words after "reports that",
    "claims of", "rumours claiming", "the story about", or the sentence a "contrary to reports"
    answers them with ("" when the sentence names no content:
    "the article is a hoax timed to exploit other allegations against the firm")."""
    found, breaks, possessive = _words_and_breaks(sentence)
    nouns = [
        n for n, w in enumerate(found) if _report_word_at(n, found) and not _verb_use(n, found, possessive)
    ]
    for n in nouns:
        # "disputed the report, saying that ...": a link after a break is the speaker's own.
        if n + 1 < len(found) and found[n + 1] in CONTENT_LINKS and n + 1 not in breaks:
            return " ".join(_until_judged(_one_clause(found, n + 2, breaks)))
    for n in nouns:
        # "newspaper reports which suggested it was about to ...", "a story that claimed ...":
        # a relative clause whose verb says what the report held.
        if (
            n + 2 < len(found)
            and found[n + 1] in _RELATIVE_LINKS
            and found[n + 2] in _HOLDING_VERBS
            and not {n + 1, n + 2} & breaks
        ):
            rest = found[n + 3 :]
            return " ".join(rest[1:] if rest[:1] == ["that"] else rest)
    for n in nouns:
        # "allegations by officials in the strip that ...", "reports on local sites on Monday
        # that ...", "reports in recent weeks claiming ...": who made the report, or where or
        # when, between the noun and what it holds.
        if n + 1 < len(found) and found[n + 1] in REPORT_PLACE_WORDS and n + 1 not in breaks:
            reach = found[n + 2 : n + 2 + NAMED_LINK_REACH]
            link = next((w for w in reach if w in _PLACED_LINKS), None)
            if link is not None:
                return " ".join(_one_clause(found, n + 3 + reach.index(link), breaks))
    for n in range(1, len(found) - 1):
        # "a document circulating online that claims to reveal ...", "a video purporting to
        # show ...": a document, an image or a post told with the claim it makes.
        holds = found[n] in _CARRYING_VERBS or (
            found[n] in _RELATIVE_LINKS and found[n + 1] in _CARRYING_VERBS
        )
        carrier = any(w.rstrip("s") in _CARRIER_STEMS for w in found[max(0, n - NAMED_LINK_REACH) : n])
        if holds and carrier and n not in breaks:
            rest = found[n + 1 :] if found[n] in _CARRYING_VERBS else found[n + 2 :]
            return " ".join(rest[1:] if rest[:1] in (["that"], ["to"]) else rest)
    for n, word in enumerate(found[:-2]):
        # "the picture of a shark swimming down the flooded road that spread online was
        # doctored": an image told by what it shows.
        if word.rstrip("s") in _IMAGE_STEMS and found[n + 1] == "of" and n + 1 not in breaks:
            shown = []
            for k in range(n + 2, len(found)):
                if k in breaks or found[k] in _RELATIVE_LINKS:
                    break
                shown.append(found[k])
            return " ".join(_until_judged(shown))
    for n, (word, to) in enumerate(pairwise(found)):
        if word == "contrary" and to == "to":
            # "Contrary to reports, there was no panel on the show": the clause it stands in
            # says, the other way round, what the reports held.
            return " ".join(_contrary_clause(n, found, breaks))
    return ""


# Words that attribute a sentence once its clause is told (", the source said, adding that"),
# within this many words after a clause break: what follows is no part of the clause.
_ATTRIBUTION_FORMS = wordset("said says adding added told according reported")
ATTRIBUTION_REACH = 4


def _contrary_clause(n: int, found: list[str], breaks: set[int]) -> list[str]:
    """The words of the clause a "contrary to ..." phrase at `n` answers reports with: from the
    clause break before the phrase to the one after the clause that follows it ("Contrary to
    reports, there was no panel", "X said that, contrary to reports, he had not backed Y, the
    source said, adding that ...": what the source added is no part of it). A phrase at the
    clause's end ("it did not break off, contrary to reports") answers the clause before it."""
    before = found[max((b for b in breaks if b < n), default=0) : n]
    after = sorted(b for b in breaks if b > n + 1)
    if not after:
        return before  # "... break off contrary to some reports"
    phrase_end = after[0]  # the report phrase ends at the first break after it
    end = next(
        (b for b in after if b > phrase_end and _ATTRIBUTION_FORMS & set(found[b : b + ATTRIBUTION_REACH])),
        len(found),
    )
    return before + found[phrase_end:end]


def _one_clause(found: list[str], start: int, breaks: set[int]) -> list[str]:
    """The words from `start` up to a second clause joined after a comma ("that its forces had
    shot down a jet, and the video said to show it came from a game"): ", and" or ", but" before
    a determiner or a pronoun, at the first break after `start` (a list's items break twice
    before their last "and": "soldiers, a policeman, and the driver")."""
    first = next((b for b in sorted(breaks) if b > start), None)
    if (
        first is not None
        and first + 1 < len(found)
        and found[first] in ("and", "but")
        and found[first + 1] in _CLAUSE_SUBJECTS
    ):
        return found[start:first]
    return found[start:]


# Words that open a clause's subject after ", and": a determiner or a pronoun.
_CLAUSE_SUBJECTS = wordset("the a an its his her their this these those it he she they we")


def _until_judged(held: list[str]) -> list[str]:
    """What a report held, up to the verb that judges it when the report is the sentence's
    subject: "claims that a city lies under the lake have been rejected by the authority" held
    that a city lies under the lake."""
    for n, word in enumerate(held):
        if _stems(word) & _JUDGING_VERBS:
            # "have been (somewhat, widely) disputed": the auxiliaries and adverbs go with it
            while n > 0 and (held[n - 1] in _JUDGING_AUXILIARIES or _an_adverb(held[n - 1])):
                n -= 1
            return held[:n]
    return held


def _an_adverb(word: str) -> bool:
    return word.endswith("ly") or word in _DEGREE_WORDS


def _words_and_breaks(sentence: str) -> tuple[list[str], set[int], set[int]]:
    """The sentence's words as `words` gives them; the indices of words right after a clause
    break (a comma, a colon, a dash, a bracket); and of words that were possessive ("an outlet's
    reports")."""
    found: list[str] = []
    breaks: set[int] = set()
    possessive: set[int] = set()
    for match in _WORD_OR_BREAK.finditer(sentence.lower()):
        word = match.group().replace("’", "'")
        if not word[0].isalpha():
            breaks.add(len(found))
            continue
        if word.endswith("'s"):
            possessive.add(len(found))
            word = word[:-2]
        found.append(word)
    return found, breaks, possessive


def _verb_use(n: int, found: list[str], possessive: set[int]) -> bool:
    """Whether the report word at `n` is the verb of a sentence ("he reports that", "an outlet
    claims that") rather than a report noun ("denied reports that", "the media reports that")."""
    word = found[n]
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if n >= 1 and found[n - 1] in _VERB_SUBJECTS:
        return True
    return n >= 2 and found[n - 2] in _SINGULAR_ARTICLES and n - 1 not in possessive


def _stance_word(word: str) -> bool:
    """A word that says how a claim stands, not what it is about: "denied", "reports", "false"
    (a crude stem: an ending "s", "es", "d", "ed" or "ing" dropped)."""
    return bool(_stems(word) & STANCE_WORDS)


def _stems(word: str) -> set[str]:
    """A word and its crude stems: an ending "s", "es", "d", "ed" or "ing" dropped."""
    return {word} | {word.removesuffix(end) for end in ("s", "es", "d", "ed", "ing")}


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
    if _denies_wrongdoing(c) and _sanctions(members):
        return True
    between = {"two", "both"} & set(words(c.claim.quote))
    return bool(between) and _tells_a_link(c) and not any(_tells_a_link(m) for m in members)


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


def _sanctions(members: list[ScopedClaim]) -> bool:
    """Whether a proposition tells only what authorities did to someone (an arrest, a charge)."""
    classes = {m.predicate_class for m in members if m.predicate_class}
    return bool(classes) and classes <= lx.SANCTION_PREDICATES


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


def content_words(text: str) -> list[str]:
    """The text's content words in order: no function words (negations are among them), none
    shorter than three letters."""
    return [w for w in words(text) if 3 <= len(w) <= MAX_TERM and w not in FUNCTION_WORDS]


def compared_words(text: str) -> list[str]:
    """The content words two claims are compared by: a plural's ending dropped ("streets" meets
    "street"), words of stance left out ("women report being harassed" relays "women are
    harassed"), and number words too, as the digits they stand for are ("seven out of ten" in
    one outlet, "7 out of 10" in another: what differs in figures is for the quantity rules)."""
    return [_singular(w) for w in content_words(text) if w not in NUMBER_WORDS and not _stance_word(w)]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def in_same_words(
    a: ScopedClaim,
    b: ScopedClaim,
    words_a: frozenset[str],
    words_b: frozenset[str],
    share: float = SAME_WORDS_SHARE,
) -> bool:
    """The longer claim holds `share` of the shorter one's content words (most of them); a short
    one must also name a participant of the other ("a done deal" is no proposition on its own)."""
    if _two_statements_of_one_sentence(a, b):
        return False
    shorter = min(len(words_a), len(words_b))
    if shorter >= SAME_WORDS_LONG and share == SAME_WORDS_SHARE:
        share = SAME_WORDS_LONG_SHARE
    if shorter < SAME_WORDS_MIN or len(words_a & words_b) < share * shorter:
        return False
    if _clause_inside_a_denial(a, b) or _clause_inside_a_denial(b, a):
        return False
    figures_a, figures_b = _figures(a.claim.quote), _figures(b.claim.quote)
    if figures_a and figures_b and not figures_a & figures_b:
        # "turnout was 62 percent" and "turnout was below 30 percent": the same words around
        # other figures tell another fact (the quantity rules compare the figures).
        return False
    if {a.claim.stance, b.claim.stance} == {"asserts", "denies"}:
        asserted = a if a.claim.stance == "asserts" else b
        if is_negative(asserted.claim.quote):
            # "they did not think the men posed a threat" agrees with "the men posed no threat":
            # the same words, both negative, are no answer to each other.
            return False
    elif a.claim.stance == b.claim.stance == "asserts" and is_negative(a.claim.quote) != is_negative(
        b.claim.quote
    ):
        # "it turns out the singer is not dead" tells the opposite of "the singer was found dead":
        # the negation words are left out of the content words, so the two look alike, but the
        # negative one must not stand as evidence on the side that says it happened.
        return False
    return shorter >= SAME_WORDS_ALONE or bool(set(a.participants) & set(b.participants))


def _two_statements_of_one_sentence(a: ScopedClaim, b: ScopedClaim) -> bool:
    """Two claims of one sentence about statements of two kinds: a fragment the sentence quotes
    may stand for both ("he said the records showed no flights and suggested the fire was caused
    by 'negligence or an accident'"), but what each says of it differs."""
    return (
        a.claim.article_id == b.claim.article_id
        and a.claim.sentence == b.claim.sentence
        and a.predicate_class is not None
        and b.predicate_class is not None
        and a.predicate_class != b.predicate_class
    )


def _figures(text: str) -> frozenset[str]:
    """The figures a text writes in digits, separators dropped ("2,000" is "2000")."""
    return frozenset(m.replace(",", "") for m in _DIGITS.findall(text))


def _clause_inside_a_denial(part: ScopedClaim, whole: ScopedClaim) -> bool:
    """An assertion read inside the very words of a negative denial of its own sentence ("X
    said no one mentioned the envoy, who is seen by some partners as weak": the partners' view
    is a clause of what X says, not the report X denies). Its words are the denial's because
    they are part of it, not because one answers the other."""
    if part.claim.stance != "asserts" or whole.claim.stance != "denies":
        return False
    if part.claim.article_id != whole.claim.article_id or part.claim.sentence != whole.claim.sentence:
        return False
    inner, outer = " ".join(words(part.claim.quote)), " ".join(words(whole.claim.quote))
    return inner != outer and inner in outer and is_negative(whole.claim.quote)


def is_negative(text: str) -> bool:
    """The text has a negation ("not", "no", "never", "didn't")."""
    return any(w in NEGATIONS or w.endswith("n't") for w in words(text))


def same_words_pairs(claims: list[ScopedClaim]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of claims in the same words, found through the pairs of consecutive
    content words they share: linear in the claims, however large the story. Compared as
    written, the longer holds most of the shorter one's words; compared by `compared_words`
    (looser: "sale" meets "sales"), it must hold all of them."""
    raw: list[frozenset[str]] = []
    loose: list[frozenset[str]] = []
    by_pair: dict[tuple[bool, str, str], list[int]] = {}
    for i, c in enumerate(claims):
        for is_loose, found in ((False, content_words(c.claim.quote)), (True, compared_words(c.claim.quote))):
            (loose if is_loose else raw).append(frozenset(found))
            if len(set(found)) >= SAME_WORDS_MIN:
                for a, b in dict.fromkeys(pairwise(found)):
                    by_pair.setdefault((is_loose, a, b), []).append(i)
    seen: set[tuple[int, int]] = set()
    found_pairs = []
    for members in by_pair.values():
        if len(members) > COMMON_PAIR_CLAIMS:
            continue
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                if in_same_words(claims[i], claims[j], raw[i], raw[j]) or in_same_words(
                    claims[i], claims[j], loose[i], loose[j], share=1.0
                ):
                    found_pairs.append((i, j))
    return sorted(found_pairs)


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
    "the report", "these claims" stand for."""
    before = [
        ordered[i]
        for i in placed
        if ordered[i].claim.article_id == pointer.claim.article_id
        and ordered[i].seq < pointer.seq
        and ordered[i].claim.stance == "asserts"
        and not _talks_of_a_report(ordered[i])
    ]
    return before[-1] if before else None


def _talks_of_a_report(c: ScopedClaim) -> bool:
    """What the assertion says is about a report ("the intelligence community lit up at the
    militants' claim", "officials are looking into the reports"): talk of the report, not the
    report itself, so no denial of "the claim" answers it."""
    found, _, possessive = _words_and_breaks(c.claim.quote)
    return any(
        w.rstrip("s") in _TALKED_OF and not _verb_use(n, found, possessive) for n, w in enumerate(found)
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
        if events & covered_events:
            continue  # the event's own report stands for this proposition
        draft = _existence(scope, group, events)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _existence(scope: str, group: list[ScopedClaim], events: set[str]) -> ConflictDraft | None:
    claims = [c.claim for c in group]
    entity_by_name = rules._entity_by_name(c.claimant for c in claims)
    sided = [
        c
        for c in group
        if not rules._denies_a_figure(c.claim) and makes_a_side(c.claim) and not _says_there_is_none(c)
    ]
    # A source's assertion in the article where it denies the same proposition is the context of
    # its denial ("X says N were found dead, reversing reports that N were found alive"), not a
    # second position of its own.
    denied_in = {
        (c.claim.article_id, rules._identity(c.claim.claimant, entity_by_name))
        for c in sided
        if c.claim.stance == "denies"
    }
    sided = [
        c
        for c in sided
        if c.claim.stance != "asserts"
        or (c.claim.article_id, rules._identity(c.claim.claimant, entity_by_name)) not in denied_in
    ]
    by_stance: dict[Stance, list[rules._Entry]] = {}
    for c in sided:
        by_stance.setdefault(c.claim.stance, []).append(rules._claim_entry(c.claim))
    asserters = {rules._identity(e.source, entity_by_name) for e in by_stance.get("asserts", [])}
    deniers = {rules._identity(e.source, entity_by_name) for e in by_stance.get("denies", [])}
    # A dispute needs a source on each side that is not on the other: nobody disputes itself.
    if not asserters - deniers or not deniers - asserters:
        return None
    # A plan disputed: whether it will happen ("X will resign"; "she would not resign").
    planned = all(c.planned for c in sided if c.predicate_class is not None) and any(c.planned for c in sided)
    positions = PLAN_POSITION if planned else rules.EXISTENCE_POSITION
    sides = [
        rules._side(positions[stance], stance, by_stance[stance], entity_by_name)
        for stance in rules.STANCE_ORDER
        if stance in by_stance
    ]
    # Named by its reported claims: a narration joins a dispute, it neither opens nor names one.
    first = min((c for c in sided if c.claim.stance == "asserts"), key=lambda c: (c.own_voice, c.seq))
    participants = sorted({p for c in group for p in c.participants})
    opening = next((c for c in group if not c.own_voice), group[0])
    return ConflictDraft(
        key=f"{KEY_PREFIX}{scope}:{opening.claim.claim_id}",
        kind="existence",
        event_id=next(iter(events)) if len(events) == 1 else None,
        summary=proposition_summary(first.claim.quote, sides),
        sides=sides,
        entity_ids=rules.report_entity_ids(participants, sides, [c.claim for c in sided]),
        article_ids=sorted({e.evidence.article_id for entries in by_stance.values() for e in entries}),
    )


def _says_there_is_none(c: ScopedClaim) -> bool:
    """An assertion that none of something exists or existed ("There is no agreement with X",
    "there was no realistic chance of a shark reaching the road"): it says nothing happened, so
    it is no evidence on the side that says it did; read as an assertion, it is no denial of
    the proposition either ("there is no ban" may follow a ban lifted)."""
    return c.claim.stance == "asserts" and _THERE_IS_NONE.search(c.claim.quote) is not None


def makes_a_side(claim: EventClaim) -> bool:
    """Whether a claim's claimant can stand on a side of a dispute. Reports nobody is named for
    assert what is disputed ("Reports say X; the firm denies it", "reversing reports that X"):
    they are the side that says it happened, and nothing else."""
    if not names_nobody(claim.claimant):
        return True
    return claim.stance == "asserts" and _unowned_report_name(claim.claimant.name, words(claim.claimant.name))


def names_nobody(source: Source) -> bool:
    """A claimant that is only an indefinite quantity of people ("some", "others", "many
    people"): an opinion going around, which makes no side of a dispute on its own; a bare pronoun
    the article never resolved ("they", "it"); or a report
    nobody is named for ("other reports", "a report that went viral", "multiple news reports"):
    the report is what is disputed, never a party to the dispute. Nor does a name with no word
    in it ("2015") or one opening with a clause of time or cause ("after the crowd left reports
    reps for the singer"): the parse took part of the sentence for a speaker."""
    if source.entity_id is not None:
        return False
    found = words(source.name)
    if not found:
        # A year or a figure the parse took for a speaker ("2015"): no word names anybody.
        return bool(source.name.strip())
    if found[0] in UNNAMED_PEOPLE and all(w in UNNAMED_PEOPLE | {"people"} for w in found):
        return True
    if len(found) == 1 and found[0] in BARE_PRONOUNS:
        return True
    if found[0] in CLAUSE_OPENERS and len(found) > 1 and source.name.lstrip()[:1].islower():
        return True  # written in lower case: the middle of a sentence, not a name ("Whenever Records")
    return _unowned_report_name(source.name, found)


def _unowned_report_name(name: str, found: list[str]) -> bool:
    """ "Reports", "other reports", "A hoax report": a report noun last, nothing definite or named
    before it (not "the report", "a report in the Herald", "Herald report")."""
    if not _report_word(found[-1]):
        return False
    if found[0] in ("the", "this", "that", "these", "those", "its", "their", "his", "her", "our"):
        return False
    given = name.split()
    if given[0][:1].isupper() and found[0] not in REPORT_LEADS and not _report_word(found[0]):
        return False  # "Herald report": a name before the noun
    return not any(w[:1].isupper() for w in given[1:])


def _report_word(word: str) -> bool:
    return word in UNOWNED_REPORT_WORDS or word.rstrip("s") in UNOWNED_REPORT_WORDS


def proposition_summary(proposition: str, sides: list[Side]) -> str:
    """'A and B say “…”; C denies it; D declines to comment.'"""
    return stances_summary(quoted(proposition), sides)


def _articles(group: list[ScopedClaim]) -> int:
    return len({c.claim.article_id for c in group})
