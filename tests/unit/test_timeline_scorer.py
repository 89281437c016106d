"""The SemEval-2015 TimeLine scorer: timelines to TimeML relations, temporal awareness."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from eval.temporal_awareness import Counts, build, evaluate, triples
from eval.timeline import Document, Token, mention, score
from eval.timeline_format import Line, Timeline, parse, render, to_tlinks


def timeline(*rows: str) -> Timeline:
    return parse("Target\n" + "\n".join(rows) + "\n")


# -- temporal awareness -----------------------------------------------------------------------------


def test_an_implied_relation_leaves_the_reduced_graph() -> None:
    graph = build([("a", "b", "BEFORE"), ("b", "c", "BEFORE"), ("a", "c", "BEFORE")])
    assert graph.final == [("a", "b", "BEFORE"), ("b", "c", "BEFORE")]
    assert graph.holds("a", "c", "BEFORE") == "true"
    assert graph.holds("c", "a", "AFTER") == "true"
    assert graph.holds("a", "x", "BEFORE") == "unknown"


def test_a_contradicted_relation_is_a_violation_kept_for_scoring() -> None:
    graph = build([("a", "t", "SIMULTANEOUS"), ("b", "t", "SIMULTANEOUS"), ("a", "b", "BEFORE")])
    assert graph.violated == [("a", "b", "BEFORE")]
    assert graph.final == [("a", "t", "SIMULTANEOUS"), ("b", "t", "SIMULTANEOUS"), ("a", "b", "BEFORE")]
    assert graph.holds("a", "b", "SIMULTANEOUS") == "true"


def test_equal_intervals_share_what_is_known_of_either() -> None:
    graph = build([("a", "b", "SIMULTANEOUS"), ("b", "c", "BEFORE"), ("c", "d", "INCLUDES")])
    assert graph.holds("a", "c", "BEFORE") == "true"
    assert graph.holds("a", "d", "BEFORE") == "true"  # d lies inside c
    assert graph.holds("d", "a", "BEFORE") == "false"


def test_during_is_read_as_simultaneous_and_repeats_count_once() -> None:
    graph = build([("a", "b", "DURING"), ("a", "b", "SIMULTANEOUS"), ("a", "b", "SIMULTANEOUS")])
    assert graph.final == [("a", "b", "SIMULTANEOUS")]
    assert ("b", "a", "SIMULTANEOUS") in triples([("a", "b", "DURING")])
    assert ("b", "a", "AFTER") in triples([("a", "b", "BEFORE")])


def test_precision_counts_stated_or_implied_relations() -> None:
    gold = [("a", "b", "BEFORE"), ("b", "c", "BEFORE")]
    system = [("a", "c", "BEFORE"), ("c", "b", "BEFORE")]
    counts = evaluate(gold, system)
    # a<c is implied by the gold, c<b contradicts it; of the gold's a<b and b<c, the system
    # implies the first (a<c<b) and contradicts the second.
    assert counts == Counts(precision_matched=1, system_total=2, recall_matched=1, gold_total=2)


# -- timelines to relations ------------------------------------------------------------------------


def test_lines_are_read_in_natural_order_and_order_zero_is_not_scored() -> None:
    t = timeline("10\t2011\td-3-c", "9\t2010\td-2-b\td-4-b", "0\tXXXX-XX-XX\td-1-a")
    assert [line.order for line in t.lines] == [0, 9, 10]
    gold_links, _ = to_tlinks(t, Timeline("Target", ()))
    assert gold_links == [
        ("ei1", "t0", "SIMULTANEOUS"),
        ("ei2", "t0", "SIMULTANEOUS"),
        ("ei3", "t1", "SIMULTANEOUS"),
        ("ei1", "ei2", "SIMULTANEOUS"),
        ("ei2", "ei3", "BEFORE"),
    ]


def test_system_events_and_dates_take_gold_ids_else_new_ones() -> None:
    gold = timeline("1\t2010\td-1-a", "2\t2011\td-2-b")
    system = timeline("1\t2009\td-9-z", "2\t2011\td-2-b\td-2-b", "3\t2011\td-1-a")
    _, links = to_tlinks(gold, system)
    # Two gold dates (t0, t1) and events (ei1, ei2): new ones start past them, with a gap.
    assert links == [
        ("ei3", "t3", "SIMULTANEOUS"),
        ("ei2", "t1", "SIMULTANEOUS"),
        ("ei4", "t1", "SIMULTANEOUS"),  # the same mention twice: the gold has it once
        ("ei1", "t1", "SIMULTANEOUS"),
        ("ei3", "ei2", "BEFORE"),
        ("ei2", "ei4", "SIMULTANEOUS"),
        ("ei4", "ei1", "BEFORE"),
    ]


def test_render_and_parse_round_trip() -> None:
    t = Timeline("Some Entity", (Line(1, "2010-05", ("d-1-a", "e-2-b")), Line(2, "2011", ("d-3-c",))))
    assert parse(render(t)) == t


# -- scores of hand-made timelines -------------------------------------------------------------------


def test_a_timeline_scored_against_itself_is_perfect() -> None:
    gold = timeline("1\t2010\td-1-a", "2\t2010\td-2-b", "2\t2010\td-3-c", "3\t2011-05\td-4-d\te-1-d")
    counts = score(gold, gold)
    assert counts.precision == counts.recall == counts.f1 == 1.0


def test_a_missing_event_costs_recall_only() -> None:
    gold = timeline("1\t2010\td-1-a", "2\t2011\td-2-b")
    counts = score(gold, timeline("1\t2010\td-1-a"))
    # Gold: a=t0, b=t1, a<b; the system only a=t0.
    assert counts == Counts(precision_matched=1, system_total=1, recall_matched=1, gold_total=3)
    assert counts.f1 == pytest.approx(0.5)


def test_an_implied_order_is_credited() -> None:
    gold = timeline("1\t2010\td-1-a", "2\t2011\td-2-b", "3\t2012\td-3-c")
    counts = score(gold, timeline("1\t2010\td-1-a", "3\t2012\td-3-c"))
    # System: a=t0, c=t2, a<c, all three true in the gold (a<c through b). Gold: five relations,
    # of which the system has a=t0 and c=t2.
    assert counts == Counts(precision_matched=3, system_total=3, recall_matched=2, gold_total=5)


def test_events_of_one_date_put_in_sequence_versus_simultaneous() -> None:
    gold = timeline("1\t2010\td-1-a", "2\t2010\td-2-b")
    counts = score(gold, timeline("1\t2010\td-1-a", "1\t2010\td-2-b"))
    # The gold's a<b contradicts a=t0=b and is kept as a violation; the system's a=b is implied.
    assert counts == Counts(precision_matched=2, system_total=2, recall_matched=2, gold_total=3)


def test_a_wrong_order_scores_below_the_right_one() -> None:
    gold = timeline("1\t2010\td-1-a", "2\t2011\td-2-b", "3\t2012\td-3-c")
    right = score(gold, gold)
    wrong = score(gold, timeline("1\t2012\td-3-c", "2\t2011\td-2-b", "3\t2010\td-1-a"))
    assert wrong.f1 < right.f1
    # Each event keeps its date (three relations right), both orders are reversed (two wrong).
    assert wrong == Counts(precision_matched=3, system_total=5, recall_matched=3, gold_total=5)


# -- the trial gold (when the task's data is at hand) -------------------------------------------------

TRIAL = os.environ.get("SEMEVAL2015_TIMELINE_DIR")
GOLD_FILES = sorted((Path(TRIAL) / "TimeLines_trial_data_task4_v1.2").glob("*.txt")) if TRIAL else []


@pytest.mark.skipif(not GOLD_FILES, reason="set SEMEVAL2015_TIMELINE_DIR to the task's data folder")
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_trial_gold_against_itself_and_shuffled_copies(path: Path) -> None:
    gold = parse(path.read_text())
    assert score(gold, gold).f1 == 1.0
    rng = random.Random(path.stem)
    orders = sorted({line.order for line in gold.lines if line.order})
    for _ in range(5):
        shuffled = orders[:]
        while len(orders) > 1 and shuffled == orders:
            rng.shuffle(shuffled)
        moved = dict(zip(orders, shuffled, strict=True))
        copy = Timeline(
            gold.entity, tuple(Line(moved.get(x.order, 0), x.date, x.mentions) for x in gold.lines)
        )
        if len(orders) > 1:
            assert score(gold, copy).f1 < 1.0


def test_a_verb_and_its_particle_are_one_mention_as_the_task_writes_it() -> None:
    words = ["Ann", "took", "six", "months", "off", "."]
    document = Document(
        doc_id="7",
        url=None,
        created="",
        tokens=[Token(3, w) for w in words],
        lemmas=["ann", "take", "six", "month", "off", "."],
        heads=[1, 1, 3, 1, 1, 1],
        spans=[(0, 3), (4, 8), (9, 12), (13, 19), (20, 23), (23, 24)],
        particles=[[], [4], [], [], [], []],
    )
    assert mention(document, "take", 0, 24) == "7-3-took_off"
    assert mention(document, "month", 0, 24) == "7-3-months"
