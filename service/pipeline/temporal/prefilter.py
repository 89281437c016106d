"""Which temporal rules can match a text at all: a cheap test run before the rules' regexes.

Each rule's regex is a scan of the whole article, and most rules cannot match most articles
because a word they need ("century", "quarter", "weekend", "o'clock") is not in it; a substring
test says so in a microsecond. The strings each rule needs are read off its own compiled
pattern, so they follow every edit of the rules: there is no hand-kept trigger list to fall out
of step with them.

A requirement is a conjunction of clauses; a clause is a set of lower-case ASCII strings at least
one of which occurs (case-folded) in any text the pattern matches. The analysis errs only on the
safe side: whatever it does not understand requires nothing, so at worst a rule runs for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # the parse tree behind re.compile: private modules, but
from re import _parser as sre_parse  # unchanged since 3.11 made sre_parse an alias of them
from typing import Any

Clause = tuple[str, ...]
Requirement = tuple[Clause, ...]

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


def requirement(pattern: re.Pattern[str]) -> Requirement:
    """What `fold(text)` (fold) must contain for `pattern` to match anywhere in `text`,
    most selective clause first. An ASCII string IGNORECASE matches in a text is in its fold."""
    clauses = {frozenset(c) for c in _sequence(sre_parse.parse(pattern.pattern, pattern.flags))}
    # The check stops at the first clause that fails: try the rarest-looking ones first.
    return tuple(sorted((tuple(sorted(c)) for c in clauses), key=lambda c: (_weakness(c), c)))


class Presence:
    """Which strings one folded text contains, each looked up once (rules share their words)."""

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._seen: dict[str, bool] = {}

    def admits(self, needs: Requirement) -> bool:
        """False only when no match of a pattern with these needs can be in the text."""
        return all(any(self._has(s) for s in clause) for clause in needs)

    def _has(self, s: str) -> bool:
        found = self._seen.get(s)
        if found is None:
            found = self._seen[s] = s in self._folded
        return found


# --- reading the parse tree -------------------------------------------------------------------


def _sequence(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Clauses of items matched one after the other: each item's own, with neighbouring literal
    characters joined into one string ("c", "e", "n", "t", ... is "century")."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            clauses.append(frozenset({"".join(run)}))
            run = []
        clauses.extend(_item(op, av))
    if run:
        clauses.append(frozenset({"".join(run)}))
    return clauses


def _item(op: Any, av: Any) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN:  # a group: (group number, flags added, flags removed, items)
        return _sequence(av[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in _REPEATS:  # (min, max, items): what must be there once must be there at all
        return _sequence(av[2]) if av[0] >= 1 else []
    if op is sre.BRANCH:
        return _branch(av[1])
    if op is sre.IN and all(o is sre.LITERAL and a < 128 for o, a in av):  # e.g. [/-]
        return [frozenset(chr(a).lower() for _, a in av)]
    # Anything else (classes like \d, lookarounds, anchors, back references): nothing required.
    return []


def _branch(alternatives: list[Any]) -> list[frozenset[str]]:
    """One clause for an alternation: the best clause of each alternative, pooled. An alternative
    that requires nothing makes the whole alternation require nothing."""
    pooled: set[str] = set()
    for alternative in alternatives:
        clauses = _sequence(alternative)
        if not clauses:
            return []
        pooled |= min(clauses, key=_weakness)
    return [frozenset(pooled)]


def _weakness(clause: Iterable[str]) -> tuple[int, int]:
    """Short strings occur by chance ("am" in "games"); many of them make that likelier still."""
    strings = list(clause)
    return (-min(map(len, strings)), len(strings))
