"""Build the event lexicon from TimeML annotations: which words name events, and their class.

Usage: python -m eval.timeml_lexicon PATH > service/pipeline/timeml_events.tsv
(PATH: a folder of TimeML `.tml` files, e.g. TempEval-3's TBAQ-cleaned: TimeBank and AQUAINT)

Each file's <TEXT> is read by the service's spaCy model; every verb and noun is counted by
(lemma, part of speech), and counted again as an event when an annotator marked it as an
EVENT, with the TimeML class given (OCCURRENCE, REPORTING, ASPECTUAL, PERCEPTION, I_ACTION,
I_STATE, STATE). The table lists, for every lemma annotated as an event at least once, how
often it was (events), how often it occurs (total), and its commonest class. Only counts of
words leave the corpus, none of its text.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

from service.pipeline.nlp import load

POS = ("VERB", "NOUN")


def read_tml(path: Path) -> tuple[str, list[tuple[int, int, str]]]:
    """The <TEXT> with tags removed and each EVENT's (start, end, class)."""
    root = ET.parse(path).getroot()  # a local corpus file named on the command line
    text_el = root.find(".//TEXT")
    parts: list[str] = []
    events: list[tuple[int, int, str]] = []

    def walk(el: ET.Element) -> None:
        if el.text:
            start = sum(map(len, parts))
            parts.append(el.text)
            if el.tag == "EVENT":
                events.append((start, start + len(el.text), el.get("class", "OCCURRENCE")))
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    if text_el is not None:
        walk(text_el)
    return "".join(parts), events


def count(paths: list[Path]) -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], Counter[str]]]:
    nlp = load()
    totals: Counter[tuple[str, str]] = Counter()
    classes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    read = [read_tml(p) for p in paths]
    for (_, events), doc in zip(read, nlp.pipe(text for text, _ in read), strict=True):
        starts = {start: cls for start, _, cls in events}
        for token in doc:
            if token.pos_ not in POS:
                continue
            key = (token.lemma_.lower(), token.pos_)
            totals[key] += 1
            cls = starts.get(token.idx)
            if cls is not None:
                classes[key][cls] += 1
    return totals, classes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    paths = sorted(args.folder.rglob("*.tml"))
    if not paths:
        print(f"no .tml files under {args.folder}", file=sys.stderr)
        return 2
    totals, classes = count(paths)
    print(
        f"# from {len(paths)} TimeML files: lemma, part of speech, times annotated as an event, times seen, class"
    )
    for key in sorted(classes):
        events = sum(classes[key].values())
        cls = classes[key].most_common(1)[0][0]
        print(f"{key[0]}\t{key[1]}\t{events}\t{totals[key]}\t{cls}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
