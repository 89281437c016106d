"""Lay out the FNC-1 training set as a second corpus for the shared FNC checker.

Usage: python -m eval.fnc_train TRAIN_DIR TEST_DIR OUT_DIR

The shared checker (`fnc_check.py FNC_DIR BASE_URL --split all`) reads
`competition_test_bodies.csv` and `competition_test_stances.csv` from FNC_DIR. The FNC-1
training set (`train_bodies.csv`, `train_stances.csv` in the same public repository) holds
another 1,683 bodies and 49,972 labelled pairs: about 190 stories, 49 of them disputed, twice
the competition set. This command writes it under the checker's file names, so stories and
existence conflicts can be developed on a corpus wider than the competition dev split, and a
rule found on one corpus can be checked on the other.

Bodies whose text also occurs in the competition test set are left out (with their pairs), so
nothing of the competition's held-out split is read while developing on this corpus. Stances
written as numbers (0 agree, 1 disagree, 2 discuss, 3 unrelated, as some copies store them)
are written as words; a `Body_ID` header is read as `Body ID`.
"""

from __future__ import annotations

import argparse
import csv
import pathlib
import sys

# Some copies of the training set store the stance as its class index, in this order.
STANCE_NAMES = {"0": "agree", "1": "disagree", "2": "discuss", "3": "unrelated"}


def _rows(path: pathlib.Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return [{key.replace("_", " "): value for key, value in row.items()} for row in csv.DictReader(f)]


def _fingerprint(text: str) -> str:
    """A body's identity across the two sets: its first 200 characters, spacing normalised."""
    return " ".join(text.split())[:200]


def training_corpus(
    train_bodies: list[dict[str, str]], train_stances: list[dict[str, str]], test_bodies: list[dict[str, str]]
) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]], int]:
    """The training bodies and pairs minus the bodies the test set also holds; and how many those are."""
    in_test = {_fingerprint(row["articleBody"]) for row in test_bodies}
    dropped = {row["Body ID"] for row in train_bodies if _fingerprint(row["articleBody"]) in in_test}
    bodies = [(row["Body ID"], row["articleBody"]) for row in train_bodies if row["Body ID"] not in dropped]
    stances = [
        (row["Headline"], row["Body ID"], STANCE_NAMES.get(row["Stance"], row["Stance"]))
        for row in train_stances
        if row["Body ID"] not in dropped
    ]
    return bodies, stances, len(dropped)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train_dir", type=pathlib.Path, help="holds train_bodies.csv and train_stances.csv")
    parser.add_argument("test_dir", type=pathlib.Path, help="holds competition_test_bodies.csv")
    parser.add_argument("out_dir", type=pathlib.Path)
    args = parser.parse_args(argv)
    bodies, stances, dropped = training_corpus(
        _rows(args.train_dir / "train_bodies.csv"),
        _rows(args.train_dir / "train_stances.csv"),
        _rows(args.test_dir / "competition_test_bodies.csv"),
    )
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with open(args.out_dir / "competition_test_bodies.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Body ID", "articleBody"])
        writer.writerows(bodies)
    with open(args.out_dir / "competition_test_stances.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Headline", "Body ID", "Stance"])
        writer.writerows(stances)
    print(
        f"{len(bodies)} bodies, {len(stances)} pairs written to {args.out_dir} ({dropped} bodies also in the test set left out)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
