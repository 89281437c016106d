"""TempEval-3 temporal awareness (UzZaman and Allen 2011) over TLINK triples.

The official scorer (`temporal_evaluation.py` with `relation_to_timegraph.py`) reads each file's
TLINKs in order and builds a timegraph of interval endpoints:

- a relation whose entities are not both in the graph yet is added;
- otherwise it is checked against the graph: already implied -> left out of the reduced graph
  ("remove from reduce"); contradicted -> a violation, kept aside and not added; unknown -> added;
- the reduced graph ("final relations") is every distinct relation except the implied ones;
  violations stay in it for scoring.

Precision is the share of the system's reduced relations that the gold states (as written or
reversed) or implies; recall the share of the gold's reduced relations that the system states or
implies. DURING and DURING_INV are read as SIMULTANEOUS, as in the official default.

The timegraph there is a chain-and-metagraph structure (Gerevini and Schubert); here the same
point algebra is kept as equality classes of endpoints with "<" edges between them, and a point
relation is found by a search over those edges. The two agree whenever the timegraph's search
finds a path that exists; this one always does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

Tlink = tuple[str, str, str]  # (entity, related entity, relation type)
Point = tuple[str, str]  # (entity, "s" | "e")
PointRel = Literal["<", ">", "=", "?"]

_REVERSE = {
    "BEFORE": "AFTER",
    "AFTER": "BEFORE",
    "IBEFORE": "IAFTER",
    "IAFTER": "IBEFORE",
    "BEGINS": "BEGUN_BY",
    "BEGUN_BY": "BEGINS",
    "ENDS": "ENDED_BY",
    "ENDED_BY": "ENDS",
    "INCLUDES": "IS_INCLUDED",
    "IS_INCLUDED": "INCLUDES",
    "DURING": "DURING_INV",
}

# Each interval relation X rel Y as point relations between X's and Y's start (s) and end (e).
_POINTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "BEFORE": (("e", "<", "s"),),
    "AFTER": (("s", ">", "e"),),
    "IBEFORE": (("e", "=", "s"),),
    "IAFTER": (("s", "=", "e"),),
    "SIMULTANEOUS": (("s", "=", "s"), ("e", "=", "e")),
    "IDENTITY": (("s", "=", "s"), ("e", "=", "e")),
    "INCLUDES": (("s", "<", "s"), ("e", ">", "e")),
    "IS_INCLUDED": (("s", ">", "s"), ("e", "<", "e")),
    "BEGINS": (("s", "=", "s"), ("e", "<", "e")),
    "BEGUN_BY": (("s", "=", "s"), ("e", ">", "e")),
    "ENDS": (("s", ">", "s"), ("e", "=", "e")),
    "ENDED_BY": (("s", "<", "s"), ("e", "=", "e")),
}


def normalise(relation: str) -> str:
    """Upper case, with DURING and DURING_INV read as SIMULTANEOUS."""
    relation = relation.upper()
    return "SIMULTANEOUS" if relation in {"DURING", "DURING_INV"} else relation


def reverse(relation: str) -> str:
    relation = relation.upper()
    return _REVERSE.get(relation, relation)


@dataclass
class Timegraph:
    """Interval endpoints under "<" and "=", built relation by relation as the official tool does."""

    _parent: dict[Point, Point] = field(default_factory=dict)
    _after: dict[Point, set[Point]] = field(default_factory=dict)  # class root -> roots known later
    final: list[Tlink] = field(default_factory=list)  # the reduced graph, violations included
    violated: list[Tlink] = field(default_factory=list)

    # -- points ----------------------------------------------------------------------------------

    def _root(self, point: Point) -> Point:
        while self._parent[point] != point:
            self._parent[point] = self._parent[self._parent[point]]
            point = self._parent[point]
        return point

    def has(self, entity: str) -> bool:
        return (entity, "s") in self._parent

    def _add_entity(self, entity: str) -> None:
        if self.has(entity):
            return
        for end in ("s", "e"):
            self._parent[(entity, end)] = (entity, end)
            self._after[(entity, end)] = set()
        self._less((entity, "s"), (entity, "e"))

    def _less(self, a: Point, b: Point) -> None:
        self._after[self._root(a)].add(self._root(b))

    def _equal(self, a: Point, b: Point) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return
        self._parent[rb] = ra
        self._after[ra] |= self._after.pop(rb)
        for later in self._after.values():
            if rb in later:
                later.discard(rb)
                later.add(ra)

    def _reaches(self, a: Point, b: Point) -> bool:
        start, goal = self._root(a), self._root(b)
        seen, stack = {start}, [start]
        while stack:
            for nxt in self._after[stack.pop()]:
                if nxt == goal:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return False

    def point_relation(self, a: Point, b: Point) -> PointRel:
        if self._root(a) == self._root(b):
            return "="
        if self._reaches(a, b):
            return "<"
        if self._reaches(b, a):
            return ">"
        return "?"

    # -- intervals -------------------------------------------------------------------------------

    def holds(self, x: str, y: str, relation: str) -> Literal["true", "false", "unknown"]:
        """Whether the graph implies, contradicts, or leaves open `x relation y`."""
        if not (self.has(x) and self.has(y)):
            return "unknown"
        wanted = _POINTS.get(normalise(relation))
        if wanted is None:
            return "false"
        found = [self.point_relation((x, a), (y, b)) for a, _, b in wanted]
        if all(f == w for f, (_, w, _) in zip(found, wanted, strict=True)):
            return "true"
        if all(f in {w, "?"} for f, (_, w, _) in zip(found, wanted, strict=True)):
            return "unknown"
        return "false"

    def _assert(self, x: str, y: str, relation: str) -> None:
        self._add_entity(x)
        self._add_entity(y)
        for a, op, b in _POINTS[relation]:
            if op == "=":
                self._equal((x, a), (y, b))
            elif op == "<":
                self._less((x, a), (y, b))
            else:
                self._less((y, b), (x, a))

    def add(self, tlink: Tlink) -> None:
        """Read one relation in file order (the official `add_relation_in_timegraph`)."""
        x, y, relation = tlink[0], tlink[1], normalise(tlink[2])
        if relation not in _POINTS or (x == y and relation not in {"SIMULTANEOUS", "IDENTITY"}):
            self.violated.append(tlink)
            self.final.append(tlink)
            return
        if self.has(x) and self.has(y):
            state = self.holds(x, y, relation)
            if state == "true":
                return  # implied: not part of the reduced graph
            if state == "false":
                self.violated.append(tlink)
                self.final.append(tlink)
                return
        self._assert(x, y, relation)
        self.final.append(tlink)


def build(tlinks: Iterable[Tlink]) -> Timegraph:
    """The timegraph of a file's TLINKs, each distinct relation read once, in order."""
    graph = Timegraph()
    seen: set[Tlink] = set()
    for x, y, relation in tlinks:
        tlink = (x, y, normalise(relation))
        if tlink in seen:
            continue
        seen.add(tlink)
        graph.add(tlink)
    return graph


def triples(tlinks: Iterable[Tlink]) -> set[Tlink]:
    """The relations as written and reversed (the official `get_triples`)."""
    out: set[Tlink] = set()
    for x, y, relation in tlinks:
        relation = normalise(relation)
        out.add((x, y, relation))
        if x != y:
            out.add((y, x, normalise(reverse(relation))))
    return out


def matched(relations: Sequence[Tlink], stated: set[Tlink], graph: Timegraph) -> int:
    """How many relations the other side states or implies (`total_relation_matched`)."""
    return sum(1 for r in relations if r in stated or graph.holds(r[0], r[1], r[2]) == "true")


@dataclass(frozen=True)
class Counts:
    """One file pair's counts; micro-averaging sums them."""

    precision_matched: int
    system_total: int
    recall_matched: int
    gold_total: int

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.precision_matched + other.precision_matched,
            self.system_total + other.system_total,
            self.recall_matched + other.recall_matched,
            self.gold_total + other.gold_total,
        )

    @property
    def precision(self) -> float:
        return self.precision_matched / self.system_total if self.system_total else 0.0

    @property
    def recall(self) -> float:
        return self.recall_matched / self.gold_total if self.gold_total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


ZERO = Counts(0, 0, 0, 0)


def evaluate(gold: Sequence[Tlink], system: Sequence[Tlink]) -> Counts:
    """Temporal awareness counts of one system file against its gold (`evaluate_two_files`)."""
    gold_graph, system_graph = build(gold), build(system)
    return Counts(
        precision_matched=matched(system_graph.final, triples(gold), gold_graph),
        system_total=len(system_graph.final),
        recall_matched=matched(gold_graph.final, triples(system), system_graph),
        gold_total=len(gold_graph.final),
    )
