"""The offline replay of story assignment (eval.stories) and its B-cubed scorer."""

from __future__ import annotations

from eval.stories import Body, Replay, bcubed, replay, splits


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


def _words(prefix: str, n: int) -> str:
    return " ".join(f"{prefix}{i}" for i in range(n))


def test_split_causes_name_why_an_article_left_its_storys_coverage() -> None:
    bodies = [
        _body("1", 0, _words("quake", 25)),
        # the same FNC story told in other words: nothing to find the story by
        _body("2", 0, _words("relief", 25)),
        # three words in common out of twenty: found, but far under the join threshold
        _body("3", 0, _words("quake", 3) + " " + _words("rebuild", 17)),
        # a one-line item of the same story, in words of its own
        _body("4", 0, "tremor felt inland"),
        # another FNC story's first article is placed with no coverage of its own yet: not counted
        _body("5", 1, _words("striker", 25)),
    ]
    lines = splits(bodies, {})
    assert lines[0].endswith("while their FNC story had a served story: 3; not joined to it: 3")
    counted = {
        line.split(")")[0].strip(" ("): int(line.split(")")[1].split()[0])
        for line in lines[1:]
        if line.startswith("  (")
    }
    assert counted["a"] == 1 and counted["b"] == 1 and counted["g"] == 1
    assert counted["c"] == counted["d"] == counted["e"] == counted["h"] == 0
    assert any("shares none of the story's posted terms" in line for line in lines)
    assert lines[-1].startswith("extra served stories of split FNC stories: 3")


def test_split_causes_count_nothing_when_every_article_joins() -> None:
    bodies = [_body(str(i), 0, _words("quake", 25)) for i in range(1, 4)]
    lines = splits(bodies, {})
    assert lines[0].endswith("had a served story: 2; not joined to it: 0")
    assert lines[-1].startswith("extra served stories of split FNC stories: 0")
