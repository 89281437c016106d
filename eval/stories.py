"""Replay story assignment over the FNC-1 development bodies, for other thresholds, offline.

Usage: python -m eval.stories FNC_DIR [--cache FILE] [--join 0.22 ...] [--merge 0.4 ...] [--margins] [--wrong]
       [--split-causes [N]] [--all] [--set NAME=VALUE ...]

The service places each article online: it joins the stored story its vector is most like, or
starts one, and merges stories an article shows to be one (`reconcile.stories`). This command
replays that decision in memory over the FNC-1 competition test bodies of the development split,
in the order the shared FNC checker ingests them, with the service's own pieces: `pipeline.terms`
for the words, the pipeline's entities resolved by the in-memory resolver (`MemoryIndex`) for the
entity terms, `reconcile.stories` for every decision, and candidates found the way the store finds
them (each story posted under its most distinctive terms; the stories sharing most query weight).
It then prints B-cubed precision, recall and F1 against the FNC stories for every pair of join
and merge thresholds asked for, so a threshold is chosen where the figures hold over a range
rather than at a single best point. `--margins` prints, at the service's thresholds, how close
the decision came to mixing stories: for each pair of different FNC stories the highest
similarity an article of one reached with a served story holding only the other (and the highest
merge score between such stories), and for each article that joined its own story's coverage the
similarity it joined by, lowest first. `--wrong` lists every *first wrong join*: an article joining
a story that holds only another FNC story's articles (and any merge of two such clean stories),
with the similarity, the focus score and the terms the two share; every other impurity of a
replay follows from these. `--split-causes` counts, for every article that did not join the
served story already holding its FNC story's coverage, why (`Splits`, `CAUSES`): its story was
not among the candidates, the similarity was under the bar before any discount or through the
topic words or the different people or subjects, the focus test refused it, a story of another
FNC story scored higher, or it is a one-line or non-English body; and for each pair of one FNC
story's served stories left apart after a join, why they did not merge. Candidates are read as
the store reads them: at most `POSTINGS_PER_TERM` stories a query term, the most recently active.

Only the development split is offered: the held-out split is kept for a final figure from the
running service, and thresholds must never be fitted to it. The bodies carry no dates, so the
undated join threshold is the one replayed. The first run reads every body with the model (a
few minutes); `--cache` keeps the read vectors for later runs.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import msgspec

from service.domain import StoryVector
from service.pipeline import clean, language
from service.pipeline import terms as term_rules
from service.pipeline.entities import extract_entities
from service.pipeline.nlp import load
from service.reconcile import stories as rules
from service.reconcile.resolver import MemoryIndex
from service.store.stories import POSTINGS_PER_TERM


class Body(msgspec.Struct, frozen=True):
    body_id: str
    story: int
    terms: dict[str, int]
    # Type and name of each entity term, as the store gives them to the story decision.
    names: dict[str, rules.Named] = {}


def dev_stories(fnc_dir: Path, every: bool = False) -> tuple[dict[str, str], dict[str, int]]:
    """Bodies of the development split (`every`: of every story) and the FNC story of each (as
    the shared checker forms them)."""
    with open(fnc_dir / "competition_test_bodies.csv", encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    with open(fnc_dir / "competition_test_stances.csv", encoding="utf-8") as f:
        related = [r for r in csv.DictReader(f) if r["Stance"] != "unrelated"]
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in related:
        parent[find("h:" + r["Headline"])] = find("b:" + r["Body ID"])
    groups: dict[str, dict[str, dict[str, str]]] = collections.defaultdict(
        lambda: collections.defaultdict(dict)
    )
    members: dict[str, set[str]] = collections.defaultdict(set)
    for r in related:
        root = find("b:" + r["Body ID"])
        groups[root][r["Headline"]][r["Body ID"]] = r["Stance"]
        members[root].add(r["Body ID"])
    story_of: dict[str, int] = {}
    for n, (root, headlines) in enumerate(sorted(groups.items())):

        def weight(h: str, headlines: Mapping[str, Mapping[str, str]] = headlines) -> tuple:
            labels = collections.Counter(headlines[h].values())
            both = min(labels["agree"], labels["disagree"]) > 0
            return (both, labels["agree"] + labels["disagree"], len(headlines[h]), h)

        main = max(headlines, key=weight)
        if every or hashlib.sha256(main.encode()).digest()[0] % 2 == 0:  # the development split
            for body in members[root]:
                story_of[body] = n
    return {b: bodies[b] for b in story_of}, story_of


def read_bodies(texts: Mapping[str, str], story_of: Mapping[str, int]) -> list[Body]:
    """Each body's story terms: its content words and its resolved entities, in ingest order."""
    nlp = load()
    index = MemoryIndex()
    out = []
    for n, body_id in enumerate(sorted(texts, key=int)):
        text = clean.clean(texts[body_id]).text
        lang = language.detect_language(text)
        counts = dict(term_rules.terms(text, lang))
        # As the service: a text in another language is read by no English model.
        groups = extract_entities(nlp(text), nlp) if lang == "en" else []
        names: dict[str, rules.Named] = {}
        for group, entity in zip(groups, index.resolve_article(groups), strict=True):
            term = rules.entity_term(entity)
            counts[term] = counts.get(term, 0) + len(group.mentions)
            known = index.get(entity)
            names[term] = rules.Named(type=known.type, name=known.name)
        out.append(Body(body_id=body_id, story=story_of[body_id], terms=counts, names=names))
        if (n + 1) % 50 == 0:
            print(f"read {n + 1}/{len(texts)} bodies", file=sys.stderr)
    return out


class Replay:
    """The store's side of story assignment, in memory: term statistics, postings, vectors."""

    def __init__(self) -> None:
        self.df: collections.Counter[str] = collections.Counter()
        self.documents = 0
        self.vectors: dict[str, StoryVector] = {}
        self.postings: dict[str, set[str]] = collections.defaultdict(set)
        self.posted: dict[str, list[str]] = {}
        self.merged_into: dict[str, str] = {}
        # The order of each story's latest article, as the store orders postings by activity.
        self.activity: dict[str, int] = {}
        self.names: dict[str, rules.Named] = {}
        # With `margins`, the gold story of each placed article is tracked and the scores seen.
        self.margins: Margins | None = None
        # With `wrongs`, every first wrong join and merge is recorded (see `Wrongs`).
        self.wrongs: Wrongs | None = None
        # With `splits`, why each article did not join its own story's coverage (see `Splits`).
        self.splits: Splits | None = None

    def recent(self, term: str) -> list[str]:
        """The stories posted under a term that the store reads: the most recently active ones."""
        holding = self.postings.get(term, set())
        if len(holding) <= POSTINGS_PER_TERM:
            return list(holding)
        return sorted(holding, key=lambda s: -self.activity.get(s, 0))[:POSTINGS_PER_TERM]

    def idfs(self, terms: Sequence[str] | set[str]) -> dict[str, float]:
        return {t: rules.idf(self.df.get(t, 0), self.documents) for t in terms}

    def candidates(self, query: Sequence[str], weights: Sequence[float]) -> list[str]:
        shared: collections.Counter[str] = collections.Counter()
        for term, weight in zip(query, weights, strict=True):
            for story in self.recent(term):
                shared[story] += weight
        ranked = sorted(shared, key=lambda s: (-shared[s], s))
        return ranked[: rules.CANDIDATES]

    def place(
        self,
        terms: Mapping[str, int],
        names: Mapping[str, rules.Named] | None = None,
        gold: int = -1,
        body: str = "",
    ) -> str:
        self.df.update(set(terms))
        self.documents += 1
        self.names.update(names or {})
        vector = rules.unit_log_tf(terms)
        idfs = self.idfs(list(vector))
        query = rules.article_query(vector, idfs)
        ids = self.candidates(query, [vector[t] * idfs[t] for t in query])
        candidates = [self.vectors[i] for i in ids]
        idfs.update(self.idfs({t for c in candidates for t in rules.idf_terms(c.weights)} - idfs.keys()))
        spread = {t: min(len(self.postings.get(t, ())), rules.TOPIC_STORIES) for t in vector}
        decision = rules.choose_story(vector, None, candidates, idfs, names=self.names, spread=spread)
        if self.margins is not None:
            self.margins.joins(gold, vector, candidates, idfs, self.names, spread)
        if self.splits is not None:
            self.splits.placed(
                body, gold, vector, query, ids, candidates, decision, idfs, self.names, spread, self
            )
        if decision.story_id is None:
            story = StoryVector(
                id=f"s{len(self.vectors) + len(self.merged_into):06d}", weights={}, article_count=0
            )
        else:
            story = self.vectors[decision.story_id]
        if self.wrongs is not None:
            self.wrongs.joined(body, gold, vector, story, decision, idfs, self.names)
        story = rules.grown(story, vector, None)
        if self.wrongs is not None:
            self.wrongs.merged(
                body, story, [c for c in candidates if c.id in decision.merge], idfs, self.names, spread
            )
        if self.splits is not None:
            self.splits.add(story.id, gold, body)
        if self.margins is not None:
            self.margins.add(story.id, gold)
            self.margins.merges(story, candidates, idfs, self.names, spread)
        if decision.merge:
            story, others = rules.merged(story, candidates, decision.merge)
            for other in others:
                self._unpost(other.id)
                self.vectors.pop(other.id, None)
                self.merged_into[other.id] = story.id
                if self.margins is not None:
                    self.margins.fold(story.id, other.id)
                if self.splits is not None:
                    self.splits.fold(story.id, other.id)
        weights = rules.kept(story.weights, idfs)
        self._unpost(story.id)
        self.vectors[story.id] = StoryVector(id=story.id, weights=weights, article_count=story.article_count)
        self.posted[story.id] = rules.posted(weights, idfs)
        self.activity[story.id] = self.documents
        for term in self.posted[story.id]:
            self.postings[term].add(story.id)
        return story.id

    def final(self, story_id: str) -> str:
        while story_id in self.merged_into:
            story_id = self.merged_into[story_id]
        return story_id

    def _unpost(self, story_id: str) -> None:
        for term in self.posted.pop(story_id, []):
            self.postings[term].discard(story_id)


class Margins:
    """How close the replayed decisions came to the thresholds, by gold story."""

    def __init__(self) -> None:
        self.gold: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
        # (article's story, other story) -> highest join score of such a pair, and the body's story
        self.apart: dict[tuple[int, int], float] = {}
        self.merge_apart: dict[tuple[int, int], float] = {}
        self.merge_together: list[float] = []
        self.together: list[tuple[float, int]] = []  # the best score to its own story's coverage

    def joins(
        self,
        gold: int,
        vector: Mapping[str, float],
        candidates: Sequence[StoryVector],
        idfs: Mapping[str, float],
        names: Mapping[str, rules.Named],
        spread: Mapping[str, int],
    ) -> None:
        own = None
        mine = rules.focus_of(vector)
        for story in candidates:
            score = rules.similarity(vector, story.weights, idfs, names, spread)
            if not rules.may_join(mine, story.weights, score, idfs):
                continue  # a story focused on another development: the article may not join it
            held = self.gold[story.id]
            if gold in held:
                own = score if own is None else max(own, score)
            elif held:
                other = held.most_common(1)[0][0]
                self.apart[gold, other] = max(self.apart.get((gold, other), 0.0), score)
        if own is not None:
            self.together.append((own, gold))

    def merges(
        self,
        story: StoryVector,
        candidates: Sequence[StoryVector],
        idfs: Mapping[str, float],
        names: Mapping[str, rules.Named],
        spread: Mapping[str, int],
    ) -> None:
        mine = self.gold[story.id]
        for other in candidates:
            if other.id == story.id or not self.gold[other.id] or not mine:
                continue
            score = rules.similarity(story.weights, other.weights, idfs, names, spread)
            theirs = self.gold[other.id]
            if set(mine) & set(theirs):
                self.merge_together.append(score)
            else:
                pair = tuple(sorted((mine.most_common(1)[0][0], theirs.most_common(1)[0][0])))
                key = (pair[0], pair[1])
                self.merge_apart[key] = max(self.merge_apart.get(key, 0.0), score)

    def add(self, story_id: str, gold: int) -> None:
        self.gold[story_id][gold] += 1

    def fold(self, survivor: str, other: str) -> None:
        self.gold[survivor].update(self.gold.pop(other, collections.Counter()))

    def report(self, shown: int = 10) -> list[str]:
        out = [f"join threshold {rules.JOIN_UNDATED}, merge threshold {rules.MERGE}"]
        apart = sorted(self.apart.items(), key=lambda kv: -kv[1])
        out.append(f"closest different-story joins ({len(apart)} pairs of FNC stories scored):")
        out += [
            f"  {score:.3f}  an article of story {a} against story {b}" for (a, b), score in apart[:shown]
        ]
        together = sorted(self.together)
        joined = [t for t in together if t[0] >= rules.JOIN_UNDATED]
        out.append(
            f"lowest same-story joins ({len(joined)} of {len(together)} articles reached the threshold):"
        )
        out += [f"  {score:.3f}  story {g}" for score, g in joined[:shown]]
        merge_apart = sorted(self.merge_apart.items(), key=lambda kv: -kv[1])
        out.append("closest different-story merges:")
        out += [f"  {score:.3f}  stories {a} and {b}" for (a, b), score in merge_apart[:shown]]
        together_merges = sorted(self.merge_together, reverse=True)
        out.append(
            f"highest same-story merge scores: {', '.join(f'{x:.3f}' for x in together_merges[:shown])}"
        )
        closest = (
            f"{apart[0][1]:.3f} ({rules.JOIN_UNDATED - apart[0][1]:+.3f} to the threshold)"
            if apart
            else "none"
        )
        lowest = f"{joined[0][0]:.3f}" if joined else "none"
        merge = f"{merge_apart[0][1]:.3f}" if merge_apart else "none"
        out.append(
            f"margin: closest different-story join {closest}, lowest same-story join {lowest}; "
            f"closest different-story merge {merge}"
        )
        return out


class Wrongs:
    """The first wrong joins and merges: an article joining a story that holds only another FNC
    story's articles, and two stories of different FNC stories merged while each was clean.
    All other impurity of a replay follows from these."""

    def __init__(self) -> None:
        self.gold: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
        self.started: dict[str, str] = {}  # story -> the body that started it
        self.found: list[dict[str, object]] = []
        self.joins = 0

    def joined(
        self,
        body: str,
        gold: int,
        vector: Mapping[str, float],
        story: StoryVector,
        decision: rules.Decision,
        idfs: Mapping[str, float],
        names: Mapping[str, rules.Named],
    ) -> None:
        if decision.story_id is None:
            self.started[story.id] = body
            self.gold[story.id][gold] += 1
            return
        self.joins += 1
        held = self.gold[story.id]
        if gold not in held and len(held) == 1:
            self.found.append(
                {
                    "kind": "join",
                    "body": body,
                    "gold": gold,
                    "start": self.started.get(story.id, "?"),
                    "other": next(iter(held)),
                    "articles": story.article_count,
                    "similarity": decision.similarity,
                    "focus": rules.focus_score(rules.focus_of(vector), story.weights, idfs),
                    "shared": shared(vector, story.weights, idfs, names),
                }
            )
        held[gold] += 1

    def merged(
        self,
        body: str,
        story: StoryVector,
        others: Sequence[StoryVector],
        idfs: Mapping[str, float],
        names: Mapping[str, rules.Named],
        spread: Mapping[str, int],
    ) -> None:
        mine = self.gold[story.id]
        for other in others:
            theirs = self.gold.pop(other.id, collections.Counter())
            if len(mine) == 1 and len(theirs) == 1 and set(mine) != set(theirs):
                self.found.append(
                    {
                        "kind": "merge",
                        "body": body,
                        "gold": next(iter(mine)),
                        "start": self.started.get(story.id, "?"),
                        "other": next(iter(theirs)),
                        "other_start": self.started.get(other.id, "?"),
                        "similarity": rules.similarity(story.weights, other.weights, idfs, names, spread),
                        "focus": rules.focus_score(story.weights, other.weights, idfs),
                        "shared": shared(story.weights, other.weights, idfs, names),
                    }
                )
            mine.update(theirs)

    def report(self, texts: Mapping[str, str]) -> list[str]:
        def opening(body: object) -> str:
            return " ".join(texts.get(str(body), "").split()[:16])

        joins = [w for w in self.found if w["kind"] == "join"]
        out = [
            f"first wrong joins: {len(joins)} of {self.joins} joins; "
            f"first wrong merges: {len(self.found) - len(joins)}"
        ]
        for w in self.found:
            focus = "-" if w["focus"] is None else f"{w['focus']:.3f}"
            if w["kind"] == "join":
                head = (
                    f"  join  body {w['body']} (story {w['gold']}) -> story of body {w['start']} "
                    f"(story {w['other']}, {w['articles']} articles)"
                )
            else:
                head = (
                    f"  merge story of body {w['start']} (story {w['gold']}) + story of body "
                    f"{w['other_start']} (story {w['other']}), on body {w['body']}"
                )
            out.append(f"{head}: similarity {w['similarity']:.3f}, focus {focus}")
            out.append(f"      shared: {', '.join(w['shared'])}")  # type: ignore[arg-type]
            if texts:
                first = w["body"] if w["kind"] == "join" else w["start"]
                second = w["start"] if w["kind"] == "join" else w["other_start"]
                out.append(f"      a: {opening(first)}")
                out.append(f"      b: {opening(second)}")
        return out


CAUSES = {
    "a": "retrieval: the own story was not among the candidates",
    "b": "similarity under the join threshold (plain cosine)",
    "c": "refused by the focus test (may_join)",
    "d": "different people / different subjects discount",
    "e": "topic-word discount",
    "f": "a merge that should have happened did not",
    "g": "non-English or very short body",
    "h": "other: a higher-scoring story of another FNC story won",
}


class Splits:
    """Why articles did not join their own FNC story's coverage: for each article placed while a
    served story already held articles of its FNC story (its *own* story: the candidate holding it
    that the article is most like, else the story holding most of its articles), and that neither joined it nor any other story holding its FNC story, the first cause
    in `CAUSES` that explains it. For merges, each time an article joins its own story while
    another candidate holding only its FNC story is left apart, the reason the merge was refused."""

    def __init__(self, foreign: set[str] | None = None) -> None:
        self.gold: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
        self.foreign = foreign or set()  # bodies in a language other than English
        self.events: list[tuple[str, str, str]] = []  # (cause, detail, body)
        self.started_by: dict[str, str] = {}  # story -> the body that started it
        self.cause_of: dict[str, str] = {}  # body -> its cause
        self.missed_merges: dict[tuple[str, str], str] = {}
        self.placed_with_own = 0

    def placed(
        self,
        body: str,
        gold: int,
        vector: Mapping[str, float],
        query: Sequence[str],
        ids: Sequence[str],
        candidates: Sequence[StoryVector],
        decision: rules.Decision,
        idfs: Mapping[str, float],
        names: Mapping[str, rules.Named],
        spread: Mapping[str, int],
        state: Replay,
    ) -> None:
        holding = [s for s, held in self.gold.items() if held[gold] > 0]
        if not holding:
            return
        self.placed_with_own += 1
        joined = decision.story_id
        if joined is not None and self.gold[joined][gold] > 0:
            self._merges(joined, gold, candidates, decision, vector, idfs, names, spread)
            return
        # The own story to explain by: the candidate holding the FNC story that the article is
        # most like, else (none found) the one holding most of the FNC story's articles.
        found = [c for c in candidates if c.id in holding]
        if found:
            own = max(found, key=lambda c: rules.similarity(vector, c.weights, idfs, names, spread)).id
        else:
            own = max(holding, key=lambda s: (self.gold[s][gold], s))
        cause, detail = self._cause(
            body, gold, vector, query, ids, candidates, own, idfs, names, spread, state
        )
        if joined is not None and cause not in "ag":
            cause, detail = "h", f"joined a story of FNC story {self.gold[joined].most_common(1)[0][0]}"
        self.events.append((cause, detail, body))
        self.cause_of[body] = cause

    def _cause(
        self,
        body: str,
        gold: int,
        vector: Mapping[str, float],
        query: Sequence[str],
        ids: Sequence[str],
        candidates: Sequence[StoryVector],
        own: str,
        idfs: Mapping[str, float],
        names: Mapping[str, rules.Named],
        spread: Mapping[str, int],
        state: Replay,
    ) -> tuple[str, str]:
        words = [t for t in vector if not t.startswith(rules.ENTITY_PREFIX)]
        if body in self.foreign:
            return "g", "non-English"
        if len(words) < rules.FOCUS_LEAST:
            return "g", f"{len(words)} distinct words"
        if own not in ids:
            posted = set(state.posted.get(own, ()))
            if posted & set(query):
                if not any(own in state.recent(t) for t in posted & set(query)):
                    return "a", "posted under query terms, among no term's most recently active stories read"
                return "a", "shares query terms but ranked below the candidates limit"
            if posted & set(vector):
                return "a", "shares terms with the story's posted terms, none among the query terms"
            return "a", "shares none of the story's posted terms"
        story = next(c for c in candidates if c.id == own)
        bar = rules.JOIN_UNDATED
        x, y = rules.weighted(rules._plain(vector), idfs), rules.weighted(rules._plain(story.weights), idfs)
        plain = rules.cosine(x, y)
        topic = rules.similarity(vector, story.weights, idfs, None, spread)
        full = rules.similarity(vector, story.weights, idfs, names, spread)
        if plain < bar:
            return "b", f"{plain:.3f}"
        if topic < bar:
            return "e", f"{plain:.3f} -> {topic:.3f}"
        if full < bar:
            which = "people" if rules.different_people(vector, story.weights, names) else "subjects"
            return "d", f"{which}: {topic:.3f} -> {full:.3f}"
        if not rules.may_join(rules.focus_of(vector), story.weights, full, idfs):
            score = rules.focus_score(rules.focus_of(vector), story.weights, idfs)
            return "c", f"similarity {full:.3f}, focus {score:.3f}"
        return "h", f"similarity {full:.3f}"

    def _merges(
        self,
        joined: str,
        gold: int,
        candidates: Sequence[StoryVector],
        decision: rules.Decision,
        vector: Mapping[str, float],
        idfs: Mapping[str, float],
        names: Mapping[str, rules.Named],
        spread: Mapping[str, int],
    ) -> None:
        chosen = next(c for c in candidates if c.id == joined)
        grown = rules.grown(chosen, vector, None)
        mine = rules.focus_of(vector)
        for other in candidates:
            held = self.gold[other.id]
            if other.id == joined or other.id in decision.merge or set(held) != {gold}:
                continue
            score = rules.similarity(vector, other.weights, idfs, names, spread)
            merge = rules.similarity(grown.weights, other.weights, idfs, names, spread)
            if not rules.may_join(mine, other.weights, score, idfs):
                why = "the article may not join the other story (focus)"
            elif merge < rules.MERGE:
                why = f"merge similarity under {rules.MERGE}"
            else:
                why = f"foci under {rules.FOCUS_MERGE}"
            self.missed_merges.setdefault((joined, other.id), why)

    def add(self, story_id: str, gold: int, body: str) -> None:
        if not self.gold[story_id]:
            self.started_by[story_id] = body
        self.gold[story_id][gold] += 1

    def fold(self, survivor: str, other: str) -> None:
        self.gold[survivor].update(self.gold.pop(other, collections.Counter()))

    def report(self, shown: int = 0) -> list[str]:
        counts = collections.Counter(c for c, _, _ in self.events)
        out = [
            f"articles placed while their FNC story had a served story: {self.placed_with_own}; "
            f"not joined to it: {len(self.events)}"
        ]
        for key, text in CAUSES.items():
            if key == "f":
                continue
            out.append(f"  ({key}) {counts[key]:4d}  {text}")
            details = collections.Counter(
                d.split(":")[0] if key in "dg" else d for c, d, _ in self.events if c == key
            )
            if key in "adg":
                out += [f"          {n:4d}  {d}" for d, n in details.most_common()]
        merges = collections.Counter(self.missed_merges.values())
        out.append(
            f"  (f) {len(self.missed_merges):4d}  pairs of stories of one FNC story left unmerged after a join"
        )
        out += [f"          {n:4d}  {d}" for d, n in merges.most_common()]
        # The final fragments: every served story beside the largest of its FNC story, by the
        # cause recorded for the article that started it.
        by_gold: dict[int, list[str]] = collections.defaultdict(list)
        for story, held in self.gold.items():
            if held:
                by_gold[held.most_common(1)[0][0]].append(story)
        fragments: collections.Counter[str] = collections.Counter()
        for gold, stories in by_gold.items():
            stories.sort(key=lambda s: -self.gold[s][gold])
            for story in stories[1:]:
                fragments[self.cause_of.get(self.started_by.get(story, ""), "-")] += 1
        out.append(
            f"extra served stories of split FNC stories: {sum(fragments.values())}, by the cause that started each: "
            + ", ".join(f"({k}) {n}" for k, n in sorted(fragments.items()))
        )
        if shown:
            for cause, detail, body in self.events[:shown]:
                out.append(f"  body {body}: ({cause}) {detail}")
        return out


def shared(
    a: Mapping[str, float],
    b: Mapping[str, float],
    idfs: Mapping[str, float],
    names: Mapping[str, rules.Named],
) -> list[str]:
    """The terms two vectors share, heaviest share first (entities by name)."""
    x, y = rules.weighted(rules._plain(a), idfs), rules.weighted(rules._plain(b), idfs)
    both = sorted((t for t in x if t in y), key=lambda t: -x[t] * y[t])[:12]
    return [f"{names[t].name}/{names[t].type}" if t in names else t for t in both]


def wrongs(bodies: Sequence[Body], texts: Mapping[str, str]) -> list[str]:
    state = Replay()
    state.wrongs = Wrongs()
    for b in bodies:
        state.place(b.terms, b.names, b.story, b.body_id)
    return state.wrongs.report(texts)


def splits(bodies: Sequence[Body], texts: Mapping[str, str], shown: int = 0) -> list[str]:
    """Why articles did not join their own FNC story's coverage (see `Splits`), by cause."""
    foreign = {
        b.body_id
        for b in bodies
        if b.body_id in texts and language.detect_language(clean.clean(texts[b.body_id]).text) != "en"
    }
    state = Replay()
    state.splits = Splits(foreign)
    for b in bodies:
        state.place(b.terms, b.names, b.story, b.body_id)
    return state.splits.report(shown)


def margins(bodies: Sequence[Body]) -> list[str]:
    state = Replay()
    state.margins = Margins()
    for b in bodies:
        state.place(b.terms, b.names, b.story)
    return state.margins.report()


def bcubed(gold: Mapping[str, int], got: Mapping[str, str]) -> tuple[float, float, float]:
    by_gold: dict[int, set[str]] = collections.defaultdict(set)
    by_got: dict[str, set[str]] = collections.defaultdict(set)
    for b in gold:
        by_gold[gold[b]].add(b)
        by_got[got[b]].add(b)
    n = max(len(gold), 1)
    p = sum(len(by_got[got[b]] & by_gold[gold[b]]) / len(by_got[got[b]]) for b in gold) / n
    r = sum(len(by_got[got[b]] & by_gold[gold[b]]) / len(by_gold[gold[b]]) for b in gold) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def assign(bodies: Sequence[Body], join: float, merge: float) -> dict[str, str]:
    """The served story of each body, replayed with these thresholds."""
    saved = rules.JOIN_UNDATED, rules.MERGE
    rules.JOIN_UNDATED, rules.MERGE = join, merge
    try:
        state = Replay()
        placed = {b.body_id: state.place(b.terms, b.names) for b in bodies}
    finally:
        rules.JOIN_UNDATED, rules.MERGE = saved
    return {b: state.final(s) for b, s in placed.items()}


def replay(bodies: Sequence[Body], join: float, merge: float) -> tuple[float, float, float, int]:
    got = assign(bodies, join, merge)
    gold = {b.body_id: b.story for b in bodies}
    return (*bcubed(gold, got), len(set(got.values())))


def mixed(bodies: Sequence[Body], got: Mapping[str, str], texts: Mapping[str, str], shown: int) -> list[str]:
    """The served stories that hold bodies of several FNC stories, most bodies out of place
    first: each FNC story's share and the opening words of one of its bodies."""
    held: dict[str, dict[int, list[str]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for b in bodies:
        held[got[b.body_id]][b.story].append(b.body_id)
    wrong = [(s, g) for s, g in held.items() if len(g) > 1]
    wrong.sort(key=lambda sg: -(sum(map(len, sg[1].values())) - max(map(len, sg[1].values()))))
    out = [f"served stories mixing FNC stories: {len(wrong)}"]
    for story, golds in wrong[:shown]:
        out.append(f"  {story}: " + ", ".join(f"story {g} x{len(ids)}" for g, ids in golds.items()))
        for g, ids in golds.items():
            opening = " ".join(texts.get(ids[0], "").split()[:18]) if texts else ""
            out.append(f"    story {g} body {ids[0]}: {opening}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fnc_dir", type=Path)
    parser.add_argument("--cache", type=Path, help="read vectors kept here (written on first run)")
    parser.add_argument("--join", type=float, nargs="+", help="join thresholds (the service's by default)")
    parser.add_argument("--merge", type=float, nargs="+", help="merge thresholds (the service's by default)")
    parser.add_argument(
        "--margins", action="store_true", help="print how close the decisions came to mixing stories"
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="every story of the folder: only for the FNC-1 training set (a folder without train_bodies.csv)",
    )
    parser.add_argument("--mixed", type=int, default=0, help="served stories mixing FNC stories to print")
    parser.add_argument(
        "--wrong", action="store_true", help="print every first wrong join and merge (what mixed a story)"
    )
    parser.add_argument(
        "--split-causes",
        type=int,
        nargs="?",
        const=0,
        default=None,
        metavar="N",
        help="count why articles did not join their own story's coverage (N: list the first N)",
    )
    parser.add_argument(
        "--set",
        nargs="*",
        default=[],
        metavar="NAME=VALUE",
        help="another value for a constant of reconcile.stories",
    )
    args = parser.parse_args(argv)
    if args.all and (args.fnc_dir / "train_bodies.csv").exists():
        parser.error(
            "--all reads the held-out split of the competition folder; use it on the training set only"
        )
    for setting in args.set:
        name, value = setting.split("=", 1)
        if not hasattr(rules, name):
            parser.error(f"reconcile.stories has no {name}")
        setattr(rules, name, type(getattr(rules, name))(value))
    args.join = args.join or [rules.JOIN_UNDATED]
    args.merge = args.merge or [rules.MERGE]
    bodies: list[Body] = []
    if args.cache and args.cache.exists():
        bodies = msgspec.json.decode(args.cache.read_bytes(), type=list[Body])
        if any(t.startswith(rules.ENTITY_PREFIX) for b in bodies for t in b.terms) and not any(
            b.names for b in bodies
        ):
            print("the cache predates entity names: reading the bodies again", file=sys.stderr)
            bodies = []
    texts: dict[str, str] = {}
    if not bodies or args.mixed or args.wrong or args.split_causes is not None:
        texts, story_of = dev_stories(args.fnc_dir, args.all)
    if not bodies:
        bodies = read_bodies(texts, story_of)
        if args.cache:
            args.cache.write_bytes(msgspec.json.encode(bodies))
    which = "every story" if args.all else "development split"
    print(f"FNC-1 {which}: {len(bodies)} bodies, {len({b.story for b in bodies})} stories")
    print(f"service thresholds: join (undated) {rules.JOIN_UNDATED}, merge {rules.MERGE}")
    print("join   merge  precision  recall  F1     stories")
    for join in args.join:
        for merge in args.merge:
            got = assign(bodies, join, merge)
            p, r, f = bcubed({b.body_id: b.story for b in bodies}, got)
            n = len(set(got.values()))
            print(f"{join:<6.3f} {merge:<6.3f} {p:<10.3f} {r:<7.3f} {f:<6.3f} {n}")
            if args.mixed:
                print("\n".join(mixed(bodies, got, texts, args.mixed)))
    if args.margins:
        print("\n".join(margins(bodies)))
    if args.wrong:
        print("\n".join(wrongs(bodies, texts)))
    if args.split_causes is not None:
        print("\n".join(splits(bodies, texts, args.split_causes)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
