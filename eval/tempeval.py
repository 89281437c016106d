"""Score the temporal tagger on TimeML .tml files the TempEval-3 way.

    python -m eval.tempeval PATH [PATH ...] [--errors FILE]

PATH is a .tml file or a folder searched recursively for *.tml (e.g. the TempEval-3
TBAQ-cleaned corpus). Each file's creation time (<DCT>) is the publication date; only the
TIMEX3s inside <TEXT> are scored, against the text of <TEXT> with its tags removed.

Measures, per TIMEX3 type and overall:
- strict span F1: predicted and gold offsets identical;
- relaxed span F1: the spans overlap (matched one-to-one, largest overlap first);
- value F1: relaxed match *and* the same value (TempEval-3 attribute F1: the true positives
  are relaxed matches with the right value, over all predictions and all gold timexes);
- type accuracy: share of relaxed matches with the right type.
Per type, recall counts gold timexes of that type and precision predictions of that type, so
a right span with a wrong type is credited on both sides of the span scores.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from html import unescape
from pathlib import Path

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass
class TmlDocument:
    path: Path
    text: str
    dct: date | None
    timexes: list[Timex]


# --- reading .tml ------------------------------------------------------------------------------


def parse_tml(path: Path) -> TmlDocument:
    """The <TEXT> of a TimeML file with tags removed, its gold TIMEX3s and its creation date."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError:
        return _parse_tolerant(path, raw)
    text_el = root.find(".//TEXT")
    parts: list[str] = []
    timexes: list[Timex] = []
    if text_el is not None:
        _walk(text_el, parts, timexes, 0)
    dct_el = root.find(".//DCT/TIMEX3")
    dct = _dct_date(dct_el.get("value", "") if dct_el is not None else "")
    return TmlDocument(path, "".join(parts), dct, timexes)


def _walk(el: ET.Element, parts: list[str], timexes: list[Timex], pos: int) -> int:
    if el.text:
        parts.append(el.text)
        pos += len(el.text)
    for child in el:
        start = pos
        pos = _walk(child, parts, timexes, pos)
        if child.tag == "TIMEX3":
            surface = "".join(child.itertext())
            timexes.append(Timex(start, pos, child.get("type", ""), child.get("value", ""), surface))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _parse_tolerant(path: Path, raw: str) -> TmlDocument:
    """Fallback for files that are not well-formed XML: strip tags with a regex."""
    dct_match = re.search(r"<DCT>.*?value=\"([^\"]*)\"", raw, re.DOTALL)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.DOTALL)
    source = body.group(1) if body else ""
    parts: list[str] = []
    timexes: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos, last = 0, 0
    for m in _TAG.finditer(source):
        chunk = unescape(source[last : m.start()])
        parts.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            open_timex = (pos, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            surface = "".join(parts)[start:pos]
            timexes.append(Timex(start, pos, attrs.get("type", ""), attrs.get("value", ""), surface))
            open_timex = None
    parts.append(unescape(source[last:]))
    return TmlDocument(path, "".join(parts), _dct_date(dct_match.group(1) if dct_match else ""), timexes)


def _dct_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_tml(paths: Iterable[str | Path]) -> list[Path]:
    found: list[Path] = []
    for path in map(Path, paths):
        found.extend(sorted(path.rglob("*.tml")) if path.is_dir() else [path])
    return found


# --- scoring -----------------------------------------------------------------------------------


@dataclass
class Counts:
    """Tallies for one TIMEX3 type (or all): gold/predicted, and matched on each side."""

    gold: int = 0
    predicted: int = 0
    strict_gold: int = 0
    strict_predicted: int = 0
    relaxed_gold: int = 0
    relaxed_predicted: int = 0
    value_gold: int = 0
    value_predicted: int = 0
    type_correct: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def prf(self, kind: str) -> tuple[float, float, float]:
        tp_pred, tp_gold = getattr(self, f"{kind}_predicted"), getattr(self, f"{kind}_gold")
        precision = tp_pred / self.predicted if self.predicted else 0.0
        recall = tp_gold / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed_gold if self.relaxed_gold else 0.0


@dataclass
class Scores:
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    overall: Counts = field(default_factory=Counts)

    def add(self, other: Scores) -> None:
        self.overall.add(other.overall)
        for name, counts in other.by_type.items():
            self.by_type.setdefault(name, Counts()).add(counts)


def relaxed_pairs(gold: Sequence[Timex], predicted: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def score(gold: Sequence[Timex], predicted: Sequence[Timex]) -> Scores:
    """Counts for one document."""
    scores = Scores()
    strict_spans = {(g.start, g.end) for g in gold} & {(p.start, p.end) for p in predicted}
    for g in gold:
        for counts in (scores.overall, scores.by_type.setdefault(g.type, Counts())):
            counts.gold += 1
            counts.strict_gold += (g.start, g.end) in strict_spans
    for p in predicted:
        for counts in (scores.overall, scores.by_type.setdefault(p.type, Counts())):
            counts.predicted += 1
            counts.strict_predicted += (p.start, p.end) in strict_spans
    for gi, pi in relaxed_pairs(gold, predicted):
        g, p = gold[gi], predicted[pi]
        right_value = g.value == p.value
        gold_counts, pred_counts = scores.by_type.setdefault(g.type, Counts()), scores.by_type[p.type]
        for counts in {id(scores.overall): scores.overall, id(gold_counts): gold_counts}.values():
            counts.relaxed_gold += 1
            counts.value_gold += right_value
            counts.type_correct += g.type == p.type
        for counts in {id(scores.overall): scores.overall, id(pred_counts): pred_counts}.values():
            counts.relaxed_predicted += 1
            counts.value_predicted += right_value
    return scores


# --- running the tagger ------------------------------------------------------------------------


def tag_documents(docs: Sequence[TmlDocument]) -> list[list[Timex]]:
    from service.pipeline.nlp import load
    from service.pipeline.temporal.tagger import tag_times

    nlp = load()
    predictions = []
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        times, _ = tag_times(parsed, doc.dct)
        predictions.append([Timex(t.start, t.end, t.type, t.value, t.text) for t in times])
    return predictions


def format_table(scores: Scores) -> str:
    head = (
        f"{'type':<9}{'gold':>6}{'pred':>6} | {'strict P':>8}{'R':>7}{'F1':>7} | {'relaxed P':>9}{'R':>7}"
        f"{'F1':>7} | {'value P':>7}{'R':>7}{'F1':>7} | {'type acc':>8}"
    )
    lines = [head, "-" * len(head)]
    rows = [(name, scores.by_type.get(name, Counts())) for name in TYPES] + [("overall", scores.overall)]
    for name, c in rows:
        cells = [f"{name:<9}{c.gold:>6}{c.predicted:>6}"]
        for kind, width in (("strict", 8), ("relaxed", 9), ("value", 7)):
            p, r, f = c.prf(kind)
            cells.append(f"{100 * p:>{width}.2f}{100 * r:>7.2f}{100 * f:>7.2f}")
        cells.append(f"{100 * c.type_accuracy:>8.2f}")
        lines.append(" | ".join(cells))
        if name == "SET":
            lines.append("-" * len(head))
    return "\n".join(lines)


def describe_errors(doc: TmlDocument, predicted: Sequence[Timex]) -> list[str]:
    """One line per missed, spurious, mis-spanned or mis-valued timex, for inspection."""
    lines = []
    pairs = relaxed_pairs(doc.timexes, predicted)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    name = doc.path.name
    for gi, pi in pairs:
        g, p = doc.timexes[gi], predicted[pi]
        if (g.start, g.end) != (p.start, p.end) or g.value != p.value or g.type != p.type:
            lines.append(
                f"{name}\tMATCH\tdct={doc.dct}\tgold={g.text!r} {g.type} {g.value}\tpred={p.text!r} {p.type} {p.value}"
                f"\t{_context(doc.text, g.start, g.end)}"
            )
    for gi, g in enumerate(doc.timexes):
        if gi not in matched_gold:
            lines.append(
                f"{name}\tMISS\tdct={doc.dct}\t{g.text!r} {g.type} {g.value}\t{_context(doc.text, g.start, g.end)}"
            )
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            lines.append(
                f"{name}\tFALSE\tdct={doc.dct}\t{p.text!r} {p.type} {p.value}\t{_context(doc.text, p.start, p.end)}"
            )
    return lines


def _context(text: str, start: int, end: int) -> str:
    return " ".join(f"{text[max(0, start - 60) : start]}[[{text[start:end]}]]{text[end : end + 40]}".split())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.tempeval", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".tml files or folders searched for *.tml")
    parser.add_argument("--errors", metavar="FILE", help="write every mismatch, miss and false alarm to FILE")
    args = parser.parse_args(argv)
    files = find_tml(args.paths)
    if not files:
        print("no .tml files found under: " + " ".join(args.paths), file=sys.stderr)
        return 2
    started = time.perf_counter()
    docs = [parse_tml(path) for path in files]
    predictions = tag_documents(docs)
    total = Scores()
    error_lines: list[str] = []
    for doc, predicted in zip(docs, predictions, strict=True):
        total.add(score(doc.timexes, predicted))
        error_lines.extend(describe_errors(doc, predicted))
    print("$ python -m eval.tempeval " + " ".join(sys.argv[1:] if argv is None else argv))
    print(
        f"files: {len(docs)}  gold timexes: {total.overall.gold}  predicted: {total.overall.predicted}  "
        f"time: {time.perf_counter() - started:.1f}s"
    )
    print(format_table(total))
    if args.errors:
        Path(args.errors).write_text("\n".join(error_lines) + "\n", encoding="utf-8")
        print(f"{len(error_lines)} error lines written to {args.errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
