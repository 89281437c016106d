"""Extraction from HTML pages: title, publication date and main text correct per page.

    uv run python -m eval.extraction [FOLDER]

FOLDER (default tests/data/pages) holds pages and an `expected.json` naming, per page, its
title, its publication date (ISO), phrases the body must include and phrases (navigation,
advertising, comments, footer) it must not. A page's body is correct when every included phrase
is there and no excluded one is. Printed per page, then the share of pages correct per field.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from service.sources import html as html_source

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"


def score(page: str, expected: dict[str, object]) -> dict[str, object]:
    try:
        found = html_source.extract(page)
    except html_source.NotAnArticle as error:
        return {"title": False, "date": False, "body": False, "note": error.reason}
    body = found.text
    missing = [p for p in expected.get("body_includes", []) if p not in body]  # type: ignore[union-attr]
    leaked = [p for p in expected.get("body_excludes", []) if p in body]  # type: ignore[union-attr]
    date = found.published_at.isoformat() if found.published_at else None
    notes = []
    if found.title != expected["title"]:
        notes.append(f"title {found.title!r}")
    if date != expected["published_at"]:
        notes.append(f"date {date}")
    notes += [f"missing {p!r}" for p in missing] + [f"kept {p!r}" for p in leaked]
    return {
        "title": found.title == expected["title"],
        "date": date == expected["published_at"],
        "date_source": found.date_source,
        "body": not missing and not leaked,
        "note": "; ".join(notes),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.extraction", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    gold = args.folder / "expected.json"
    if not gold.is_file():
        print(f"no expected.json in {args.folder}", file=sys.stderr)
        return 2
    expected = json.loads(gold.read_text(encoding="utf-8"))
    results = {}
    for name, want in sorted(expected.items()):
        page = html_source.decode((args.folder / name).read_bytes())
        results[name] = score(page, want)
    width = max(len(n) for n in results)
    print(f"{'page':{width}}  title  date  body  notes")
    for name, r in results.items():
        marks = "  ".join(f"{'ok' if r[f] else '--':>4}" for f in ("title", "date", "body"))
        source = f"date from {r['date_source']}" if r.get("date_source") else ""
        print(f"{name:{width}}  {marks}  {'; '.join(x for x in (source, str(r['note'])) if x)}")
    n = len(results)
    print(
        f"\n{n} pages: title {sum(bool(r['title']) for r in results.values())}/{n}, "
        f"date {sum(bool(r['date']) for r in results.values())}/{n}, "
        f"body {sum(bool(r['body']) for r in results.values())}/{n}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
