"""The claim a story's propositions are made of, and what the other modules share: pure.

`ScopedClaim` (a stored claim with what places it), the predicate class it meets others on
(`class_key`), whether its own parse places it (`_placed`), the key prefix of proposition reports,
the thresholds several modules read, and the union-find the grouping joins claims with.
"""

from __future__ import annotations

import msgspec

from service.domain import EventClaim

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
# Keys of proposition reports: KEY_PREFIX + story id + ":" + the proposition's first claim.
KEY_PREFIX = "existence:story:"


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
