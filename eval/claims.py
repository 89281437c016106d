"""Score claim extraction (claimant and stance) on a small hand-labelled set.

    python -m eval.claims [--data eval/claims_gold.jsonl] [--errors]

Two sets: claims_gold.jsonl (106 texts) was used while developing the rules, so its scores
flatter them; claims_heldout.jsonl (48 texts) was written afterwards and scored once before any
change it could have prompted (one general fix followed: gerund objects of "deny").

Each line of the data file is one short text (one to three sentences of invented news prose,
written from general attribution patterns) with every claim a reader finds in it: who makes it
and the stance they take ("asserts", "denies", "declines_to_comment"); an empty list means the
text attributes nothing. Texts run through the whole pipeline (entities, times, statements,
claims) as an English article with no publication date.

Predicted and gold claims of a text are paired one to one: same claimant and stance first, then
same claimant, then same stance, then in order. Reported:
- detection precision / recall / F1: pairs over predicted / gold claims;
- attribution accuracy: gold claims paired with a prediction naming the right claimant, over all
  gold claims (a missed claim counts as wrong); also over paired claims only;
- stance accuracy: the same for the stance;
- a gold-by-predicted stance confusion table, "none" for an unpaired claim (and for a text with
  neither gold nor predicted claims).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from service.pipeline.analyse import analyse_doc
from service.pipeline.nlp import load
from service.pipeline.types import Analysis, Claim

DATA = Path(__file__).with_name("claims_gold.jsonl")
STANCES = ("asserts", "denies", "declines_to_comment", "none")
_LEADING = re.compile(r"^(the|a|an)\s+")
_POSSESSIVE = re.compile(r"['’]s\b")


@dataclass(frozen=True)
class Gold:
    claimant: str
    stance: str


@dataclass(frozen=True)
class Predicted:
    claimant: str
    entity: str | None  # the entity group's name, when the claimant is one
    stance: str
    sentence: str


def normalise(name: str) -> str:
    name = _POSSESSIVE.sub("", name.lower().replace("\u00a0", " "))
    name = re.sub(r"[^\w\s-]", " ", name)
    return _LEADING.sub("", " ".join(name.split()))


def claimant_matches(pred: Predicted, gold: Gold) -> bool:
    """Same claimant: equal names once determiners and case are gone, a title before the gold
    name ("Kremlin spokesman Dmitry Peskov" for "Dmitry Peskov"), or the gold name's last word
    when the prediction is a bare surname."""
    g = normalise(gold.claimant)
    for name in (pred.claimant, pred.entity or ""):
        p = normalise(name)
        if not p:
            continue
        if p == g or p.endswith(" " + g) or (" " not in p and g.endswith(" " + p) and name[:1].isupper()):
            return True
    return False


def pair(
    preds: list[Predicted], golds: list[Gold]
) -> tuple[list[tuple[Predicted, Gold]], list[Predicted], list[Gold]]:
    """One-to-one pairs, best agreement first; returns pairs, unpaired predictions, unpaired gold."""
    pairs: list[tuple[Predicted, Gold]] = []
    free_p, free_g = list(preds), list(golds)
    rules = (
        lambda p, g: claimant_matches(p, g) and p.stance == g.stance,
        claimant_matches,
        lambda p, g: p.stance == g.stance,
        lambda p, g: True,
    )
    for rule in rules:
        for g in list(free_g):
            p = next((p for p in free_p if rule(p, g)), None)
            if p is not None:
                pairs.append((p, g))
                free_p.remove(p)
                free_g.remove(g)
    return pairs, free_p, free_g


def predicted(analysis: Analysis) -> list[Predicted]:
    def entity(c: Claim) -> str | None:
        return analysis.entities[c.claimant_entity].name if c.claimant_entity is not None else None

    return [Predicted(c.claimant, entity(c), c.stance, c.sentence) for c in analysis.claims]


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    paired: int = 0
    claimant_right: int = 0
    stance_right: int = 0

    def line(self, label: str) -> str:
        p = self.paired / self.predicted if self.predicted else 0.0
        r = self.paired / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        attr = self.claimant_right / self.gold if self.gold else 0.0
        stance = self.stance_right / self.gold if self.gold else 0.0
        return (
            f"{label:28} gold {self.gold:3}  pred {self.predicted:3}  P {p:.2f}  R {r:.2f}  F1 {f:.2f}  "
            f"attribution {attr:.2f}  stance {stance:.2f}"
        )


def run(nlp: Language, items: list[dict], show_errors: bool) -> None:
    total = Score()
    by_pattern: dict[str, Score] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    for item in items:
        golds = [Gold(g["claimant"], g["stance"]) for g in item["gold"]]
        preds = predicted(analyse_doc(nlp(item["text"]), "en", None, nlp))
        pairs, extra, missed = pair(preds, golds)
        score = by_pattern.setdefault(item["pattern"], Score())
        for s in (total, score):
            s.gold += len(golds)
            s.predicted += len(preds)
            s.paired += len(pairs)
            s.claimant_right += sum(claimant_matches(p, g) for p, g in pairs)
            s.stance_right += sum(p.stance == g.stance for p, g in pairs)
        confusion.update((g.stance, p.stance) for p, g in pairs)
        confusion.update((g.stance, "none") for g in missed)
        confusion.update(("none", p.stance) for p in extra)
        if not golds and not preds:
            confusion[("none", "none")] += 1
        wrong = missed or extra or any(not claimant_matches(p, g) or p.stance != g.stance for p, g in pairs)
        if show_errors and wrong:
            print(f"- {item['id']}: {item['text']}")
            for p, g in pairs:
                print(f"    gold {g.claimant!r}/{g.stance}  pred {p.claimant!r} [{p.entity}]/{p.stance}")
            for g in missed:
                print(f"    missed {g.claimant!r}/{g.stance}")
            for p in extra:
                print(f"    extra {p.claimant!r} [{p.entity}]/{p.stance} in {p.sentence!r}")
    print(f"{len(items)} texts\n")
    print(total.line("all"))
    paired = total.paired or 1
    print(
        f"{'':28} over paired claims: attribution {total.claimant_right / paired:.2f}  "
        f"stance {total.stance_right / paired:.2f}\n"
    )
    for pattern in sorted(by_pattern):
        print(by_pattern[pattern].line(pattern))
    print("\nstance confusion (rows gold, columns predicted)")
    width = max(len(s) for s in STANCES) + 2
    print(" " * width + "".join(f"{s:>{width}}" for s in STANCES))
    for g in STANCES:
        print(f"{g:{width}}" + "".join(f"{confusion[(g, p)]:>{width}}" for p in STANCES))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--errors", action="store_true", help="list the texts scored wrong")
    args = parser.parse_args()
    items = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    run(load(), items, args.errors)


if __name__ == "__main__":
    main()
