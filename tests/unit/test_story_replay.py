"""The offline replay of story assignment (eval.stories) and its B-cubed scorer."""

from __future__ import annotations

from eval.stories import Body, Replay, bcubed, replay


def _body(body_id: str, story: int, words: str) -> Body:
    counts: dict[str, int] = {}
    for word in words.split():
        counts[word] = counts.get(word, 0) + 1
    return Body(body_id=body_id, story=story, terms=counts)


BODIES = [
    _body("1", 0, "volcano erupts island ash flights cancelled airport"),
    _body("2", 1, "striker transfer club record fee signed contract"),
    _body("3", 0, "ash cloud volcano island flights grounded airport"),
    _body("4", 1, "club signed striker record transfer fee talks"),
    _body("5", 0, "volcano island eruption ash airport closed flights"),
]


def test_bcubed_perfect_and_lumped() -> None:
    gold = {"a": 0, "b": 0, "c": 1}
    assert bcubed(gold, {"a": "x", "b": "x", "c": "y"}) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed(gold, {"a": "x", "b": "x", "c": "x"})
    assert r == 1.0
    assert abs(p - (2 / 3 * 2 + 1 / 3) / 3) < 1e-9


def test_replay_separates_two_topics() -> None:
    precision, recall, f1, stories = replay(BODIES, join=0.2, merge=0.4)
    assert (precision, recall, f1, stories) == (1.0, 1.0, 1.0, 2)


def test_replay_threshold_too_high_splits_everything() -> None:
    precision, recall, _, stories = replay(BODIES, join=0.99, merge=0.99)
    assert precision == 1.0
    assert stories == len(BODIES)
    assert recall < 1.0


def test_replay_restores_service_thresholds() -> None:
    from service.reconcile import stories as rules

    before = rules.JOIN_UNDATED, rules.MERGE
    replay(BODIES, join=0.5, merge=0.5)
    assert before == (rules.JOIN_UNDATED, rules.MERGE)


def test_merged_story_answers_with_survivor() -> None:
    state = Replay()
    state.merged_into["s1"] = "s2"
    state.merged_into["s2"] = "s3"
    assert state.final("s1") == "s3"


def test_margins_report_the_closest_pairs_of_each_kind() -> None:
    from eval.stories import margins

    lines = margins(BODIES)
    assert lines[0].startswith("join threshold")
    summary = next(line for line in lines if line.startswith("margin:"))
    # the two topics share no word, so no article is ever scored against the other's story
    assert "closest different-story join none" in summary
    assert "lowest same-story join 0.591" in summary
    # a transfer report that mentions the airport is scored against the volcano story
    bridged = [*BODIES, _body("6", 1, "striker signed club fee airport flights")]
    summary = margins(bridged)[-1]
    assert "closest different-story join 0." in summary and "none" not in summary.split(";")[0]
