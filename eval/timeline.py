"""SemEval-2015 Task 4 (TimeLine), track A, against a running service.

Usage: python -m eval.timeline TASK_DIR BASE_URL [--out DIR]

TASK_DIR is the task's data folder holding the trial corpus (`Corpus-trial-data_task4/`, the
30 Apple documents in CAT XML) and the trial gold (`TimeLines_trial_data_task4_v1.2/`, one
timeline per target entity); `--corpus` and `--gold` name other folders of the same shape.

Track A gives raw text: of each document only its tokens and its creation time are read (the
event annotations in the files are not). Each document is ingested like any article: its title
(sentence 0) as the title, its body (sentence 2 on; sentence 1 is the date line) as the text, the
creation time as `published_at`. For each target entity the best match of `/v1/entities?q=NAME`
gives the entity, and its timeline (`/v1/entities/{id}/timeline`) becomes the task's format:

- each evidence of an event in these documents becomes a mention `DOCID-SENTENCE-TOKEN`: the
  head of the evidence's clause (its offsets in the stored text, mapped back to the corpus
  tokens) when its lemma is the event's predicate, else the clause's first token with that
  lemma, else the head (lemmas and heads from the service's spaCy model over the corpus tokens);
- the mentions of one event share a line; the date is the event's date as the service gives it
  (`2005-06-06`, `2005-06`, `2005`, ...); events on the same date share an ORDER, and ORDERs
  follow the timeline's order by start date.

The timelines are scored with the task's metric (see `eval/timeline_format.py` and
`eval/temporal_awareness.py`): per entity, and micro-averaged as the task reports track A.
The figures reported for the task are on its three test corpora, not on this trial corpus.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from spacy.tokens import Doc

from eval.meantime import detokenise
from eval.temporal_awareness import ZERO, Counts, evaluate
from eval.timeline_format import Line, Timeline, parse, render, to_tlinks
from service.pipeline.nlp import load

CORPUS = "Corpus-trial-data_task4"
GOLD = "TimeLines_trial_data_task4_v1.2"
TITLE_SENTENCE, FIRST_BODY_SENTENCE = 0, 2


@dataclass(frozen=True)
class Token:
    sentence: int
    text: str


@dataclass
class Document:
    doc_id: str
    url: str | None
    created: str  # the creation time's TIMEX3 value
    tokens: list[Token]
    lemmas: list[str]
    heads: list[int]  # each token's syntactic head (its own index at a root)
    spans: list[tuple[int, int] | None]  # each token's place in the stored (cleaned) text
    article_id: str = ""
    particles: list[list[int]] = field(default_factory=list)  # each token's particle dependents


# -- reading the corpus -----------------------------------------------------------------------------


def read_document(path: Path) -> Document:
    root = ET.parse(path).getroot()  # a local corpus file named on the command line
    tokens = [Token(int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")]
    created = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            created = timex.get("value", "")
    return Document(root.get("doc_id", path.stem), root.get("src_url"), created, tokens, [], [], [])


def parse_tokens(documents: list[Document]) -> None:
    """Each token's lemma and head, by the service's own spaCy model over the corpus tokens."""
    nlp = load()
    for document in documents:
        doc = nlp(Doc(nlp.vocab, words=[t.text or " " for t in document.tokens]))
        document.lemmas = [t.lemma_.lower() for t in doc]
        document.heads = [t.head.i for t in doc]
        document.particles = [[c.i for c in t.children if c.dep_ == "prt"] for t in doc]


def _text(tokens: list[Token]) -> str:
    return detokenise([(t.sentence, t.text) for t in tokens])[0]


def align(document: Document, text: str) -> None:
    """Find each body token in the stored text, in order; a token the cleaner dropped has none."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for token in document.tokens:
        found = text.find(token.text, cursor) if token.sentence >= FIRST_BODY_SENTENCE and token.text else -1
        if found < 0 or found - cursor > 200:
            spans.append(None)
            continue
        spans.append((found, found + len(token.text)))
        cursor = found + len(token.text)
    document.spans = spans


# -- the service --------------------------------------------------------------------------------


class Service:
    def __init__(self, base: str) -> None:
        self.http = httpx.Client(base_url=base.rstrip("/"), timeout=300)

    def ingest(self, document: Document) -> str:
        title = [t for t in document.tokens if t.sentence == TITLE_SENTENCE]
        body = [t for t in document.tokens if t.sentence >= FIRST_BODY_SENTENCE]
        payload: dict[str, Any] = {
            "text": _text(body),
            "title": _text(title),
            "external_id": f"semeval2015-timeline-{document.doc_id}",
            "source": "Wikinews",
            "published_at": document.created[:10],
        }
        if document.url:
            payload["url"] = document.url
        response = self.http.post("/v1/articles", json=payload)
        response.raise_for_status()
        return str(response.json()["id"])

    def article_text(self, article_id: str) -> str:
        response = self.http.get(f"/v1/articles/{article_id}")
        response.raise_for_status()
        return str(response.json()["text"])

    def entity(self, name: str) -> dict[str, Any] | None:
        response = self.http.get("/v1/entities", params={"q": name, "limit": 1})
        response.raise_for_status()
        items = response.json()["items"]
        return items[0] if items else None

    def timeline(self, entity_id: str) -> Iterator[dict[str, Any]]:
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 200}
            if cursor:
                params["cursor"] = cursor
            response = self.http.get(f"/v1/entities/{entity_id}/timeline", params=params)
            response.raise_for_status()
            page = response.json()
            yield from page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                return


# -- the service's timeline in the task's format -------------------------------------------------------


def mention(document: Document, predicate: str, start: int, end: int) -> str:
    """`DOCID-SENTENCE-TOKEN` for the event's word in the clause at [start, end): the clause's
    head when its lemma is the predicate, else the first token whose lemma is, else the head (an
    event of several mentions has one predicate, and a mention may name it with another word:
    "the call", "spoke")."""
    inside = [i for i, s in enumerate(document.spans) if s and start <= s[0] and s[1] <= end]
    if not inside:
        inside = [i for i, s in enumerate(document.spans) if s and s[0] <= start < s[1]]
    if not inside:
        return f"{document.doc_id}-?-{predicate}"
    span = set(inside)
    heads = [i for i in inside if document.heads[i] not in span or document.heads[i] == i]
    named = [i for i in inside if predicate.lower() in (document.lemmas[i], document.tokens[i].text.lower())]
    chosen = next((i for i in heads if i in named), None)
    if chosen is None:
        chosen = named[0] if named else heads[0] if heads else inside[0]
    token = document.tokens[chosen]
    # The task writes a verb with its particle as one mention, joined by "_" ("showed_off",
    # "took_off" for "took six months off").
    particles = document.particles[chosen] if chosen < len(document.particles) else []
    word = "_".join([token.text, *(document.tokens[i].text for i in particles)])
    return f"{document.doc_id}-{token.sentence}-{word}"


def system_timeline(name: str, events: list[dict[str, Any]], documents: dict[str, Document]) -> Timeline:
    """The entity's events in these documents, in the service's order, as the task's lines."""
    lines: list[Line] = []
    orders: dict[tuple[str, str], int] = {}
    for event in events:
        mentions = []
        for evidence in event["evidence"]:
            document = documents.get(evidence["article_id"])
            if document is None:
                continue
            m = mention(document, event["predicate"], evidence["start"], evidence["end"])
            if m not in mentions:
                mentions.append(m)
        if not mentions or not event.get("date"):
            continue
        key = (event["start"], event["date"])
        order = orders.setdefault(key, len(orders) + 1)
        lines.append(Line(order, event["date"], tuple(mentions)))
    return Timeline(name, tuple(lines))


# -- running it ---------------------------------------------------------------------------------


def score(gold: Timeline, system: Timeline) -> Counts:
    gold_links, system_links = to_tlinks(gold, system)
    return evaluate(gold_links, system_links)


def _pct(value: float) -> str:
    return f"{100 * value:6.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task_dir", type=Path)
    parser.add_argument("base_url")
    parser.add_argument("--corpus", default=CORPUS, help=f"documents folder in TASK_DIR (default {CORPUS})")
    parser.add_argument("--gold", default=GOLD, help=f"gold timelines folder in TASK_DIR (default {GOLD})")
    parser.add_argument("--out", type=Path, help="write the system's timelines here")
    args = parser.parse_args(argv)

    paths = sorted((args.task_dir / args.corpus).glob("*.xml"))
    gold_paths = sorted((args.task_dir / args.gold).glob("*.txt"))
    if not paths or not gold_paths:
        print(f"no documents or no gold timelines under {args.task_dir}", file=sys.stderr)
        return 2
    documents = [read_document(p) for p in paths]
    parse_tokens(documents)
    service = Service(args.base_url)
    for document in documents:
        document.article_id = service.ingest(document)
        align(document, service.article_text(document.article_id))
    by_article = {d.article_id: d for d in documents}
    print(f"ingested {len(documents)} documents into {args.base_url}")

    total = ZERO
    gold_mentions = system_mentions = found_mentions = 0
    for path in gold_paths:
        gold = parse(path.read_text())
        entity = service.entity(gold.entity)
        events = list(service.timeline(entity["id"])) if entity else []
        system = system_timeline(gold.entity, events, by_article)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / path.name).write_text(render(system))
        counts = score(gold, system)
        total += counts
        wanted = {m for line in gold.lines if line.order for m in line.mentions}
        given = {m for line in system.lines for m in line.mentions}
        gold_mentions, system_mentions = gold_mentions + len(wanted), system_mentions + len(given)
        found_mentions += len(wanted & given)
        matched = f"{entity['name']} ({entity['type']})" if entity else "no entity found"
        print(
            f"{gold.entity:22} P {_pct(counts.precision)}  R {_pct(counts.recall)}  F1 {_pct(counts.f1)}"
            f"   events {len(system.lines):3}, mentions {len(given & wanted)}/{len(given)} in gold of {len(wanted)}"
            f"   <- {matched}"
        )
    print(
        f"track A (micro)        P {_pct(total.precision)}  R {_pct(total.recall)}  F1 {_pct(total.f1)}"
        f"   mentions {found_mentions}/{system_mentions} in gold of {gold_mentions}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
