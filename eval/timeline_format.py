"""SemEval-2015 Task 4 (TimeLine) timelines and their conversion to TimeML relations.

A timeline file is the target entity's name on its first line, then one line per event:
`ORDER<TAB>DATE<TAB>DOCID-SENTENCE-TOKEN[<TAB>...]` (several mentions of one event share a
line; equal ORDER means simultaneous; ORDER 0 holds the events that could not be placed and is
not scored). Scoring follows the task's `evaluation_timeline.py` (Minard et al. 2015):

- both files' lines are sorted by "natural" order (numbers compared as numbers);
- every mention becomes an event, every distinct date a TIMEX3; each event is SIMULTANEOUS with
  its date, and each event is BEFORE the next one in the file when its ORDER is smaller, else
  SIMULTANEOUS with it;
- system events and dates take the gold's ids when the same string is in the gold (a repeated
  mention takes the gold's next one), new ids otherwise;
- the two TLINK lists are scored with TempEval-3 temporal awareness, micro-averaged over the
  target entities (`evaluation_all.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from eval.temporal_awareness import Tlink


@dataclass(frozen=True)
class Line:
    order: int
    date: str
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class Timeline:
    entity: str
    lines: tuple[Line, ...]


def _natural_key(text: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def parse(text: str) -> Timeline:
    """A timeline file's entity and lines, in natural order (the official `order_timeline`)."""
    rows = text.split("\n")
    entity = rows[0].strip() if rows else ""
    body = sorted((r.rstrip() for r in rows[1:] if r.strip()), key=_natural_key)
    lines = []
    for row in body:
        fields = row.split("\t")
        if len(fields) < 3:
            continue
        lines.append(Line(int(fields[0]), fields[1], tuple(fields[2:])))
    return Timeline(entity, tuple(lines))


def render(timeline: Timeline) -> str:
    """The file text of a timeline."""
    rows = [timeline.entity]
    rows += ["\t".join([str(line.order), line.date, *line.mentions]) for line in timeline.lines]
    return "\n".join(rows) + "\n"


def _flat(timeline: Timeline) -> list[tuple[int, str, str]]:
    """(order, date, mention) for every scored mention, in file order."""
    return [(line.order, line.date, m) for line in timeline.lines if line.order != 0 for m in line.mentions]


def _links(events: Sequence[tuple[str, int, str]]) -> list[Tlink]:
    """Event-date links first, then links between consecutive events (the order of the file)."""
    links: list[Tlink] = [(eid, tid, "SIMULTANEOUS") for eid, _, tid in events]
    for (a, order_a, _), (b, order_b, _) in pairwise(events):
        links.append((a, b, "BEFORE" if order_a < order_b else "SIMULTANEOUS"))
    return links


def to_tlinks(gold: Timeline, system: Timeline) -> tuple[list[Tlink], list[Tlink]]:
    """The gold's and the system's TLINKs over shared event and date ids."""
    gold_flat = _flat(gold)
    gold_times: list[str] = []
    gold_mentions: list[str] = []
    gold_events: list[tuple[str, int, str]] = []
    for i, (order, date, mention) in enumerate(gold_flat, start=1):
        if date not in gold_times:
            gold_times.append(date)
        gold_mentions.append(mention)
        gold_events.append((f"ei{i}", order, f"t{gold_times.index(date)}"))

    next_tid = len(gold_times) + 1
    next_eid = len(gold_mentions) + 1
    system_times: dict[str, int] = {}
    seen: list[str] = []
    system_events: list[tuple[str, int, str]] = []
    for order, date, mention in _flat(system):
        if date not in system_times:
            if date in gold_times:
                system_times[date] = gold_times.index(date)
            else:
                system_times[date] = next_tid
                next_tid += 1
        earlier = seen.count(mention)
        if mention not in gold_mentions or earlier >= gold_mentions.count(mention):
            eid = next_eid
            next_eid += 1
        else:
            # The official tool looks from (first gold position + mentions seen so far).
            eid = gold_mentions.index(mention, gold_mentions.index(mention) + earlier) + 1
        seen.append(mention)
        system_events.append((f"ei{eid}", order, f"t{system_times[date]}"))
    return _links(gold_events), _links(system_events)
