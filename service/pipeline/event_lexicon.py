"""Which words name events, and of which TimeML class, as annotators of TimeBank and AQUAINT saw it.

`timeml_events.tsv` beside this module is built by `python -m eval.timeml_lexicon` from the
TempEval-3 TimeML corpora (TBAQ-cleaned): for every lemma annotated as an EVENT at least once,
how often it was, how often it occurs, and its commonest class. It is read once per process.
"""

from __future__ import annotations

import functools
from pathlib import Path

from msgspec import Struct

TABLE = Path(__file__).with_name("timeml_events.tsv")
# A noun names an event when annotators marked it as one at least this often, and this many times.
EVENT_NOUN_SHARE = 0.5
EVENT_NOUN_MIN = 3
# Classes of states rather than happenings: "believe", "want", "own" have no place on a timeline.
STATE_CLASSES = frozenset({"STATE", "I_STATE"})


class Entry(Struct, frozen=True):
    events: int  # times annotated as an event
    total: int  # times seen
    cls: str  # commonest TimeML class: OCCURRENCE, REPORTING, ASPECTUAL, I_ACTION, ...


@functools.cache
def table() -> dict[tuple[str, str], Entry]:
    """(lemma, "VERB" | "NOUN") -> its counts and class."""
    out: dict[tuple[str, str], Entry] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, pos, events, total, cls = line.split("\t")
        out[(lemma, pos)] = Entry(int(events), int(total), cls)
    return out


def timeml_class(lemma: str, pos: str) -> str | None:
    """The TimeML class annotators gave the word as an event, or None when they never did."""
    entry = table().get((lemma, pos))
    return entry.cls if entry else None


def is_event_noun(lemma: str) -> bool:
    """A noun that names a happening in most of its uses ("blast", "merger", "resignation")."""
    entry = table().get((lemma, "NOUN"))
    if entry is None or entry.cls in STATE_CLASSES:
        return False
    return entry.events >= EVENT_NOUN_MIN and entry.events >= EVENT_NOUN_SHARE * entry.total


def is_state(lemma: str, pos: str = "VERB") -> bool:
    """A word annotated mostly as a state ("believe", "want", "own")."""
    entry = table().get((lemma, pos))
    return entry is not None and entry.cls in STATE_CLASSES


def is_reporting(lemma: str) -> bool:
    """A verb annotated mostly as reporting speech ("say", "announce", "tell")."""
    return timeml_class(lemma, "VERB") == "REPORTING"
