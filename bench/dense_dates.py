"""The analysis of date-dense text: the temporal tagger alone and the whole pipeline, by size.

    python -m bench.dense_dates --sizes 100000,1000000

The text repeats one comma-separated run of five expressions ("On Monday, 7 October 2024, on
Tuesday, next week, yesterday at 5 pm, "), so the parser sees very long sentences packed with
dates: the shape that once held an analysis worker for minutes. Prints, per size, the expressions
found and the seconds taken by `tag_times` on the parsed text and by `prepare_many` from the raw
text (parse included), and the growth of each against the smallest size (linear: the size ratio).
The service parses and tags at most the first `MAX_NLP_CHARS` (200,000) characters of a text;
beyond that only cleaning grows with the text.
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from bench import harness
from service.config import Settings
from service.pipeline import nlp as nlp_loader
from service.pipeline.analyse import MAX_NLP_CHARS, RawArticle, prepare_many
from service.pipeline.temporal.tagger import tag_times

UNIT = "On Monday, 7 October 2024, on Tuesday, next week, yesterday at 5 pm, "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dense_dates", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="50000,100000,200000,1000000", help="text sizes in characters")
    args = parser.parse_args(argv)
    harness.banner("date-dense text: tagger and whole analysis by size")
    nlp = nlp_loader.load(Settings().spacy_model)
    rows = []
    first: tuple[int, float, float] | None = None
    for size in (int(s) for s in args.sizes.split(",")):
        text = UNIT * max(1, size // len(UNIT))
        started = time.perf_counter()
        [prepared] = prepare_many([RawArticle(text=text, published_at=date(2024, 11, 11))], nlp)
        whole = time.perf_counter() - started
        doc = nlp(text[:MAX_NLP_CHARS])  # what the service parses and tags of a longer text
        started = time.perf_counter()
        tag_times(doc, date(2024, 11, 11))
        tagger = time.perf_counter() - started
        first = first or (len(text), tagger, whole)
        rows.append(
            (
                f"{len(text):,}",
                len(prepared.analysis.time_expressions),
                f"{tagger:.2f}",
                f"{whole:.1f}",
                f"{len(text) / first[0]:.1f}x",
                f"{tagger / first[1]:.1f}x",
                f"{whole / first[2]:.1f}x",
            )
        )
        print(f"    {len(text):>10,} chars: tagger {tagger:.2f} s, whole analysis {whole:.1f} s", flush=True)
    header = (
        "chars",
        "expressions",
        "tagger s",
        "analysis s",
        "size growth",
        "tagger growth",
        "analysis growth",
    )
    print()
    print(harness.table(rows, header))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
