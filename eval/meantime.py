"""Score entity extraction and cross-article resolution on one MEANTIME topic folder.

Usage: python -m eval.meantime PATH   (PATH: a folder of MEANTIME NAF-like XML files, e.g. the
English intra_cross-doc_annotation/corpus_apple of the MEANTIME release)

Each article's text is rebuilt from its tokens and read by the service's own pipeline
(`nlp` -> `extract_entities`) and resolver (`MemoryIndex` with `choose`), in document-id order
(Wikinews ids grow with time, so this is the order a news stream would bring them).

What is scored, and how, is printed with the figures:
- Gold named mentions: ENTITY_MENTIONs of syntactic type NAM or PRE.NAM, plus the cross-document
  mentions that carry no syntactic type but consist of capitalised tokens (names, not pronouns)
  and hold no office before their last word ("Apple CEO Ann Smith" is a description around a name,
  which the document layer types APP); an untyped copy of a typed span takes that span's type;
  a leading article is dropped (our mentions never include it). Each takes the type and the
  instance_id of the ENTITY its REFERS_TO link points at.
- Types: our PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, PRODUCT/WORK_OF_ART -> PRO; our NORP,
  EVENT and LAW and MEANTIME's FIN and MIX are outside the scored set.
- NER is scored over the first sentences of each article, where MEANTIME annotates every
  mention (up to the last sentence with a syntactically typed mention); later sentences carry
  only cross-document mentions of chosen entities, so a name found there is not an error.
- Strict match: the same character span. Relaxed: the system span overlaps the gold head (the
  mention's `head` words, else its first run of capitalised words, else its last word).
  Matching is one-to-one.
- Coreference: gold chains are MEANTIME instance ids; system chains are resolved entity ids.
  Mentions are aligned by the relaxed match whatever their types. Two views: "found" scores only
  the gold mentions the system found; "all" keeps every gold mention, a missed one being a
  singleton in the response. System mentions that match no gold mention are left out of
  coreference scoring (NER precision counts them). A third view, "names", is "all" with each gold
  mention that holds a shorter gold mention of the same instance left out: MEANTIME marks a
  description and the name inside it ("Presiding Judge Ann Smith", "Ann Smith") as two mentions of
  one entity, and a one-to-one alignment lets a system that marks the name match only one of them,
  counting the other as missed although the reference was found.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from service.pipeline.entities import ROLE_NOUNS, TITLE_WORDS, extract_entities
from service.pipeline.nlp import load
from service.pipeline.wordlists import wordset
from service.reconcile.resolver import MemoryIndex

TYPE_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "PRODUCT": "PRO",
    "WORK_OF_ART": "PRO",
}
NER_TYPES = ("PER", "ORG", "LOC", "PRO")
COREF_TYPES = ("PER", "ORG", "LOC")
NAMED = frozenset({"NAM", "PRE.NAM"})
# Offices a person holds, which make a span around a person's name a description of the person.
OFFICES = ROLE_NOUNS | wordset("executive founder co-founder")
ARTICLES = frozenset({"the", "a", "an"})
PRONOUNS = wordset("i me my he him his she her it its we us our they them their you your who which")
# Tokens written without a space before them, and after them.
NO_SPACE_BEFORE = frozenset(
    {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ll", "'ve"}
)
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$"})
HEADER_SENTENCES = 2  # a Wikinews article starts with its title and its date line

Cluster = frozenset[Hashable]
Prf = tuple[float, float, float]


@dataclass(frozen=True, slots=True)
class GoldMention:
    doc: str
    start: int
    end: int
    head: tuple[int, int]
    type: str
    instance: str


@dataclass(frozen=True, slots=True)
class SystemMention:
    doc: str
    start: int
    end: int
    type: str  # MEANTIME type after TYPE_MAP
    entity: str


@dataclass(slots=True)
class Article:
    doc_id: str
    text: str
    gold: list[GoldMention]
    # End offset of the fully annotated part: MEANTIME annotates every mention only in the first
    # sentences of an article; later ones carry only cross-document mentions of chosen entities.
    annotated_end: int


# -- reading MEANTIME ------------------------------------------------------------------------------


def detokenise(tokens: Sequence[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Text and each token's character span from (sentence number, token) pairs.

    The title and date line end with a line break; other sentences run on in one paragraph. A
    hyphen between two words is written without spaces ("Wal-Mart"), which is how it was written.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length, sentence, quote_open = 0, None, False
    words = [text for _, text in tokens]
    for i, (number, text) in enumerate(tokens):
        separator = " "
        if sentence is not None and number != sentence and sentence < HEADER_SENTENCES:
            separator = "\n"
        elif not parts or _glued(words, i, quote_open):
            separator = ""
        if text == '"':
            quote_open = not quote_open
        parts.append(separator + text)
        length += len(separator)
        spans.append((length, length + len(text)))
        length += len(text)
        sentence = number
    return "".join(parts), spans


def _glued(words: list[str], i: int, quote_open: bool) -> bool:
    """Whether token i is written right after the token before it."""
    previous, text = words[i - 1], words[i]
    if previous in NO_SPACE_AFTER or text in NO_SPACE_BEFORE or (quote_open and '"' in {previous, text}):
        return True
    return _joined_by_hyphen(words, i) or _joined_by_hyphen(words, i - 1)


def _joined_by_hyphen(words: list[str], i: int) -> bool:
    """Whether token i is a hyphen between two words."""
    inside = 0 < i < len(words) - 1 and words[i] == "-"
    return inside and words[i - 1][-1:].isalnum() and words[i + 1][:1].isalnum()


def read_article(path: Path) -> Article:
    root = ET.parse(path).getroot()  # a local corpus file named on the command line
    tokens = root.findall("token")
    text, spans = detokenise([(int(t.get("sentence", "0")), t.text or "") for t in tokens])
    where = {t.get("t_id"): i for i, t in enumerate(tokens)}
    words = [t.text or "" for t in tokens]
    gold = _gold_mentions(root, where, words, spans)
    return Article(root.get("doc_id", path.stem), text, gold, _annotated_end(root, tokens, spans))


def _annotated_end(root: ET.Element, tokens: list[ET.Element], spans: list[tuple[int, int]]) -> int:
    """End of the last sentence holding a document-level (syntactically typed) entity mention."""
    sentence_of = {t.get("t_id"): int(t.get("sentence", "0")) for t in tokens}
    markables = root.find("Markables")
    typed = [
        sentence_of[a.get("t_id")]
        for m in (markables.findall("ENTITY_MENTION") if markables is not None else [])
        if m.get("syntactic_type")
        for a in m.findall("token_anchor")
        if a.get("t_id") in sentence_of
    ]
    last = max(typed, default=-1)
    ends = [spans[i][1] for i, t in enumerate(tokens) if int(t.get("sentence", "0")) <= last]
    return max(ends, default=0)


def _gold_mentions(
    root: ET.Element, where: dict[str | None, int], words: list[str], spans: list[tuple[int, int]]
) -> list[GoldMention]:
    markables, relations = root.find("Markables"), root.find("Relations")
    if markables is None or relations is None:
        return []
    entities = {e.get("m_id"): e for e in markables.findall("ENTITY")}
    target: dict[str | None, ET.Element] = {}
    for link in relations.findall("REFERS_TO"):
        node = link.find("target")
        entity = entities.get(node.get("m_id")) if node is not None else None
        if entity is not None:
            for source in link.findall("source"):
                target[source.get("m_id")] = entity
    found: dict[tuple[int, int], GoldMention] = {}
    doc_id = root.get("doc_id", "")
    anchored = []
    for mention in markables.findall("ENTITY_MENTION"):
        indexes = sorted(
            where[a.get("t_id")] for a in mention.findall("token_anchor") if a.get("t_id") in where
        )
        while len(indexes) > 1 and words[indexes[0]].lower() in ARTICLES:
            indexes = indexes[1:]
        anchored.append((mention, indexes))
    # The cross-document layer repeats spans of the document layer without their syntactic type:
    # an untyped copy of a span the document layer types (an apposition "Apple CEO Ann Smith" is
    # APP) is of that type. Judging the copy by its capitals alone counted a description as a name
    # where the document layer says it is none.
    typed = {(i[0], i[-1]): m.get("syntactic_type") for m, i in anchored if i and m.get("syntactic_type")}
    for mention, indexes in anchored:
        entity = target.get(mention.get("m_id"))
        if entity is None or not indexes:
            continue
        syntactic_type = mention.get("syntactic_type") or typed.get((indexes[0], indexes[-1]))
        if not _named(syntactic_type, [words[i] for i in indexes]):
            continue
        head = _head(mention.get("head") or "", indexes, words)
        span = (spans[indexes[0]][0], spans[indexes[-1]][1])
        if span not in found:
            found[span] = GoldMention(
                doc=doc_id,
                start=span[0],
                end=span[1],
                head=(spans[head[0]][0], spans[head[-1]][1]),
                type=entity.get("ent_type", ""),
                instance=entity.get("instance_id") or f"{doc_id}:{entity.get('m_id')}",
            )
    return sorted(found.values(), key=lambda g: (g.start, g.end))


def _named(syntactic_type: str | None, words: list[str]) -> bool:
    """A name mention: typed NAM/PRE.NAM, or untyped and made of capitalised words (not "He")."""
    if syntactic_type in NAMED:
        return True
    if syntactic_type:
        return False
    content = [w for w in words if any(c.isalnum() for c in w)]
    return (
        bool(content)
        and all(any(c.isupper() for c in w) or w.isdigit() for w in content)
        and content[0].lower() not in PRONOUNS
        and content[-1].lower() not in TITLE_WORDS
        # A person's office before a name makes the span a description around the name, which the
        # document layer types APP ("Apple CEO Ann Smith") or NOM ("Apple CEO"), never NAM; its
        # words are capitalised only because the office is an acronym or a title.
        and not any(w.lower() in OFFICES for w in content[:-1])
    )


def _head(head: str, indexes: list[int], words: list[str]) -> list[int]:
    """Token indexes of the mention's head words; without them, its first run of capitalised words
    ("Moscone Center" of "Moscone Center in San Francisco"), else its last word."""
    wanted = head.split()
    for i in range(len(indexes) - len(wanted) + 1):
        if wanted and [words[j] for j in indexes[i : i + len(wanted)]] == wanted:
            return indexes[i : i + len(wanted)]
    run: list[int] = []
    for i in indexes:
        if any(c.isupper() for c in words[i]):
            run.append(i)
        elif run:
            break
    named = [i for i in indexes if any(c.isalnum() for c in words[i])]
    return run or [(named or indexes)[-1]]


def read_topic(folder: Path) -> list[Article]:
    articles = [read_article(p) for p in sorted(folder.glob("*.xml"))]
    return sorted(articles, key=lambda a: (int(a.doc_id) if a.doc_id.isdigit() else 0, a.doc_id))


# -- running the service's pipeline ------------------------------------------------------------------


def run_system(articles: Iterable[Article]) -> list[SystemMention]:
    """Mentions with resolved entity ids, from the same pipeline and resolver as the service."""
    nlp = load()
    index = MemoryIndex()
    out = []
    for article in articles:
        groups = extract_entities(nlp(article.text), nlp)
        for group, entity in zip(groups, index.resolve_article(groups), strict=True):
            type_ = TYPE_MAP.get(group.type)
            if type_ is not None:
                out.extend(
                    SystemMention(article.doc_id, m.start, m.end, type_, entity) for m in group.mentions
                )
    return out


# -- matching mentions ---------------------------------------------------------------------------------


def align(
    gold: Sequence[GoldMention], system: Sequence[SystemMention], relaxed: bool
) -> dict[GoldMention, SystemMention]:
    """One-to-one matches: the same span (strict), or the most overlap with the gold head (relaxed)."""
    by_doc: dict[str, list[SystemMention]] = defaultdict(list)
    for s in system:
        by_doc[s.doc].append(s)
    used: set[SystemMention] = set()
    matched: dict[GoldMention, SystemMention] = {}
    for g in gold:
        best, best_overlap = None, 0
        for s in by_doc.get(g.doc, []):
            if s in used:
                continue
            if relaxed:
                overlap = min(s.end, g.head[1]) - max(s.start, g.head[0])
            else:
                overlap = 1 if (s.start, s.end) == (g.start, g.end) else 0
            if overlap > best_overlap:
                best, best_overlap = s, overlap
        if best is not None:
            used.add(best)
            matched[g] = best
    return matched


def ner_counts(
    gold: Sequence[GoldMention], system: Sequence[SystemMention], relaxed: bool
) -> dict[str, tuple[int, int, int]]:
    """(true positives, system count, gold count) per type, per micro total and untyped."""
    counts = {}
    for type_ in NER_TYPES:
        g = [m for m in gold if m.type == type_]
        s = [m for m in system if m.type == type_]
        counts[type_] = (len(align(g, s, relaxed)), len(s), len(g))
    counts["micro"] = tuple(sum(c[i] for c in counts.values()) for i in range(3))  # type: ignore[assignment]
    g = [m for m in gold if m.type in NER_TYPES]
    counts["untyped"] = (len(align(g, system, relaxed)), len(system), len(g))
    return counts


def prf(true: int, predicted: int, actual: int) -> Prf:
    p = true / predicted if predicted else 0.0
    r = true / actual if actual else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- coreference metrics ---------------------------------------------------------------------------------


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Sequence[Cluster], response: Sequence[Cluster]) -> Prf:
    """MUC (Vilain et al. 1995): links kept, counted by how the other side partitions each cluster."""
    r, p = _muc_side(key, response), _muc_side(response, key)
    return p, r, _f1(p, r)


def _muc_side(clusters: Sequence[Cluster], partition: Sequence[Cluster]) -> float:
    where = {m: i for i, c in enumerate(partition) for m in c}
    kept = total = 0
    for c in clusters:
        parts = {where.get(m, ("alone", m)) for m in c}
        kept += len(c) - len(parts)
        total += len(c) - 1
    return kept / total if total else 0.0


def b_cubed(key: Sequence[Cluster], response: Sequence[Cluster]) -> Prf:
    """B-cubed (Bagga and Baldwin 1998): per-mention overlap of its two clusters, averaged."""
    r, p = _b3_side(key, response), _b3_side(response, key)
    return p, r, _f1(p, r)


def _b3_side(clusters: Sequence[Cluster], other: Sequence[Cluster]) -> float:
    where = {m: c for c in other for m in c}
    total, count = 0.0, 0
    for c in clusters:
        for m in c:
            total += len(c & where.get(m, frozenset())) / len(c)
            count += 1
    return total / count if count else 0.0


def ceaf_e(key: Sequence[Cluster], response: Sequence[Cluster]) -> Prf:
    """Entity-based CEAF (Luo 2005, phi4): the best one-to-one cluster alignment's similarity."""
    total = _best_alignment(key, response)
    r = total / len(key) if key else 0.0
    p = total / len(response) if response else 0.0
    return p, r, _f1(p, r)


def _phi4(a: Cluster, b: Cluster) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


def _best_alignment(key: Sequence[Cluster], response: Sequence[Cluster]) -> float:
    """Sum of phi4 over the optimal alignment, solved per connected component (clusters that share
    no mention never align usefully), so the cubic assignment runs on small matrices."""
    owner = {m: j for j, c in enumerate(response) for m in c}
    parent = list(range(len(key) + len(response)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, c in enumerate(key):
        for m in c:
            if m in owner:
                parent[find(i)] = find(len(key) + owner[m])
    components: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in range(len(key)):
        components[find(i)][0].append(i)
    for j in range(len(response)):
        components[find(len(key) + j)][1].append(j)
    total = 0.0
    for rows, cols in components.values():
        if rows and cols:
            weights = [[_phi4(key[i], response[j]) for j in cols] for i in rows]
            total += max_assignment(weights)
    return total


def max_assignment(weights: list[list[float]]) -> float:
    """Largest total weight of a one-to-one row/column assignment (Hungarian method, O(n^2 m))."""
    if len(weights) > len(weights[0]):
        weights = [list(col) for col in zip(*weights, strict=True)]
    n, m = len(weights), len(weights[0])
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    row_of, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        row_of[0], j0 = i, 0
        low, used = [float("inf")] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = row_of[j0], float("inf"), 0
            for j in range(1, m + 1):
                if not used[j]:
                    cost = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if cost < low[j]:
                        low[j], way[j] = cost, j0
                    if low[j] < delta:
                        delta, j1 = low[j], j
            for j in range(m + 1):
                if used[j]:
                    u[row_of[j]] += delta
                    v[j] -= delta
                else:
                    low[j] -= delta
            j0 = j1
            if row_of[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            row_of[j0] = row_of[j1]
            j0 = j1
    return sum(weights[row_of[j] - 1][j - 1] for j in range(1, m + 1) if row_of[j])


def conll(key: Sequence[Cluster], response: Sequence[Cluster]) -> float:
    """CoNLL-2012 score: the mean of the MUC, B-cubed and CEAF-e F1."""
    return (muc(key, response)[2] + b_cubed(key, response)[2] + ceaf_e(key, response)[2]) / 3


def innermost(gold: Sequence[GoldMention]) -> list[GoldMention]:
    """The gold mentions that hold no shorter gold mention of the same instance in the same article."""
    by_instance: dict[tuple[str, str], list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_instance[(g.doc, g.instance)].append(g)
    return [
        g
        for g in gold
        if not any(
            h is not g and g.start <= h.start and h.end <= g.end and (h.start, h.end) != (g.start, g.end)
            for h in by_instance[(g.doc, g.instance)]
        )
    ]


def chains(
    gold: Sequence[GoldMention], matched: dict[GoldMention, SystemMention], found_only: bool
) -> tuple[list[Cluster], list[Cluster]]:
    """Key chains by instance id and response chains by entity id over the same gold mentions."""
    key: dict[str, set[GoldMention]] = defaultdict(set)
    response: dict[Hashable, set[GoldMention]] = defaultdict(set)
    for g in gold:
        s = matched.get(g)
        if s is None and found_only:
            continue
        key[g.instance].add(g)
        response[s.entity if s is not None else ("missed", g)].add(g)
    return [frozenset(c) for c in key.values()], [frozenset(c) for c in response.values()]


# -- report ----------------------------------------------------------------------------------------------


def _row(values: Iterable[float]) -> str:
    return " ".join(f"{v * 100:5.1f}" for v in values)


def report(articles: list[Article], system: list[SystemMention], out: list[str]) -> None:
    gold = [g for a in articles for g in a.gold]
    ends = {a.doc_id: a.annotated_end for a in articles}
    gold_ner = [g for g in gold if g.end <= ends[g.doc]]
    system_ner = [s for s in system if s.end <= ends[s.doc]]
    types = sorted({g.type for g in gold_ner})
    by_type = ", ".join(f"{t} {sum(1 for g in gold_ner if g.type == t)}" for t in types)
    out.append(f"{len(articles)} articles; {len(gold)} gold named mentions, {len(system)} system mentions")
    out.append("types: PERSON->PER  ORG->ORG  GPE,LOC,FAC->LOC  PRODUCT,WORK_OF_ART->PRO;")
    out.append("       not scored: our NORP, EVENT, LAW; MEANTIME FIN, MIX")
    out.append("")
    out.append("NER over the fully annotated first sentences of each article (later sentences have only")
    out.append(f"cross-document mentions of chosen entities): gold {by_type}; system {len(system_ner)}")
    out.append("               strict (same span)         relaxed (overlaps gold head)")
    out.append("type      gold   sys    P     R     F1       P     R     F1")
    strict, relaxed = ner_counts(gold_ner, system_ner, False), ner_counts(gold_ner, system_ner, True)
    for name in [*NER_TYPES, "micro", "untyped"]:
        tp, n_sys, n_gold = strict[name]
        out.append(
            f"{name:8} {n_gold:5} {n_sys:5}  {_row(prf(tp, n_sys, n_gold))}    {_row(prf(*relaxed[name]))}"
        )
    out.append("")
    out.append("Cross-document coreference: gold chains = MEANTIME instance ids, system chains = resolved")
    out.append("entity ids; mentions aligned by the relaxed match, any type. found: only gold mentions the")
    out.append(
        "system found; all: missed gold mentions are singletons. Unmatched system mentions: not scored."
    )
    out.append("names: all, without gold mentions that hold a shorter one of the same instance (the")
    out.append("description around a name: 'Presiding Judge Ann Smith' beside 'Ann Smith').")
    out.append("class view  mentions   MUC P     R    F1    B3 P     R    F1  CEAFe P    R    F1   CoNLL")
    matched = align([g for g in gold if g.type in NER_TYPES], system, True)
    names_gold = innermost([g for g in gold if g.type in NER_TYPES])
    names_matched = align(names_gold, system, True)
    for name, types in [*((t, (t,)) for t in COREF_TYPES), ("all", COREF_TYPES)]:
        subset = [g for g in gold if g.type in types]
        names_subset = [g for g in names_gold if g.type in types]
        views = (("found", subset, matched, True), ("all", subset, matched, False))
        for view, mentions_of, aligned, found_only in (*views, ("names", names_subset, names_matched, False)):
            key, response = chains(mentions_of, aligned, found_only)
            mentions = sum(len(c) for c in key)
            scores = [*muc(key, response), *b_cubed(key, response), *ceaf_e(key, response)]
            out.append(f"{name:5} {view:5} {mentions:8}  {_row(scores)}  {conll(key, response) * 100:5.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.meantime", description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a MEANTIME topic folder of XML files")
    args = parser.parse_args(argv)
    if not args.path.is_dir():
        parser.error(f"{args.path} is not a folder")
    articles = read_topic(args.path)
    if not articles:
        parser.error(f"no MEANTIME XML files in {args.path}")
    lines = [f"MEANTIME {args.path.name}"]
    report(articles, run_system(articles), lines)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
