"""The FNC-1 training set laid out for the shared checker: test-set bodies left out, stances as words."""

from __future__ import annotations

import csv
import pathlib

from eval.fnc_train import main, training_corpus


def test_bodies_also_in_the_test_set_are_left_out_with_their_pairs() -> None:
    train_bodies = [
        {"Body ID": "1", "articleBody": "A bridge  collapsed in a storm overnight."},
        {"Body ID": "2", "articleBody": "A museum opened a new wing on Monday."},
    ]
    train_stances = [
        {"Headline": "Bridge falls", "Body ID": "1", "Stance": "agree"},
        {"Headline": "Museum wing opens", "Body ID": "2", "Stance": "discuss"},
    ]
    test_bodies = [{"Body ID": "900", "articleBody": "A bridge collapsed in a storm overnight."}]
    bodies, stances, dropped = training_corpus(train_bodies, train_stances, test_bodies)
    assert bodies == [("2", "A museum opened a new wing on Monday.")]
    assert stances == [("Museum wing opens", "2", "discuss")]
    assert dropped == 1


def test_numbered_stances_and_underscored_headers_are_read(tmp_path: pathlib.Path) -> None:
    train = tmp_path / "train"
    test = tmp_path / "test"
    out = tmp_path / "out"
    train.mkdir()
    test.mkdir()
    with open(train / "train_bodies.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["Body_ID", "articleBody"], ["7", "A ferry ran aground, officials said."]])
    with open(train / "train_stances.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [
                ["Headline", "Body_ID", "Stance"],
                ["Ferry aground", "7", "0"],
                ["Ferry sank", "7", "1"],
                ["Zoo", "7", "3"],
            ]
        )
    with open(test / "competition_test_bodies.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["Body ID", "articleBody"], ["1", "Something else entirely."]])
    assert main([str(train), str(test), str(out)]) == 0
    with open(out / "competition_test_stances.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["Headline"], r["Body ID"], r["Stance"]) for r in rows] == [
        ("Ferry aground", "7", "agree"),
        ("Ferry sank", "7", "disagree"),
        ("Zoo", "7", "unrelated"),
    ]
    with open(out / "competition_test_bodies.csv", encoding="utf-8", newline="") as f:
        assert list(csv.DictReader(f)) == [
            {"Body ID": "7", "articleBody": "A ferry ran aground, officials said."}
        ]
