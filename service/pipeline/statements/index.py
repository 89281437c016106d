"""Per-token look-ups over a parsed doc: entity groups, time expressions, sentences and
paragraph blocks, built once and shared by statement and claim extraction."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from service.pipeline.types import EntityGroup, TimeExpression


@dataclass
class DocIndex:
    """Per-token look-ups shared by statement and claim extraction, built once per doc."""

    doc: Doc
    tokens: list[Token]  # the doc's tokens, made once: spaCy builds a new object per access
    text: str  # the doc's text, made once: spaCy joins it anew on every access
    kids: list[list[Token]]  # token -> dependents in the same paragraph block, in text order
    groups: list[EntityGroup]
    times: list[TimeExpression]
    group_of: list[int]  # token -> entity group index, -1 when none
    block: list[int]  # token -> paragraph block id: arcs across a line break are not trusted
    sent_of: list[int]  # token -> doc sentence index
    sents: list[Span]
    time_of: list[int]  # token -> time expression index, -1 when none
    time_heads: list[int]  # time expression -> head token index, -1 when not found
    # noun lemma -> (token index, group) of the words that say what a named thing is, in text
    # order: a name's own noun ("the Xville coal mine"), a noun in apposition to a name ("the
    # Vessaline, a cargo ship") or a title before it ("Interior Minister Ann Lee"). A definite
    # description looks its referent up here.
    kind_words: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # The quotations (`claims.context.find_quotes`): regions and each token's region, found once
    # for every reader of the doc.
    quotations: tuple[list[tuple[int, int]], list[int]] | None = None


def build_index(doc: Doc, groups: list[EntityGroup], times: list[TimeExpression]) -> DocIndex:
    """Token-level look-ups for mentions, time expressions, sentences and paragraph blocks."""
    tokens = list(doc)
    starts = [t.idx for t in tokens]
    group_of = [-1] * len(doc)
    for gi, group in enumerate(groups):
        for m in group.mentions:
            for i in tokens_in(starts, tokens, m.start, m.end):
                group_of[i] = gi
    mark_unmarked_names(tokens, groups, group_of)
    block, current = [], 0
    for t in tokens:
        block.append(current)
        # A line break ends a paragraph, a title or a caption; the parser does not know that.
        if t.is_space and "\n" in t.text:
            current += 1
    sents = list(doc.sents)
    sent_of = [0] * len(doc)
    for si, s in enumerate(sents):
        for i in range(s.start, s.end):
            sent_of[i] = si
    kids: list[list[Token]] = [[] for _ in tokens]
    for t in tokens:
        h = t.head.i
        if h != t.i and block[h] == block[t.i]:
            kids[h].append(t)
    untimed = DocIndex(
        doc,
        tokens,
        doc.text,
        kids,
        groups,
        [],
        group_of,
        block,
        sent_of,
        sents,
        [-1] * len(doc),
        [],
        kind_words(tokens, group_of, block),
    )
    return with_times(untimed, times)


def kind_words(
    tokens: list[Token], group_of: list[int], block: list[int]
) -> dict[str, list[tuple[int, int]]]:
    """Noun lemma -> (token index, group) of each noun inside a name, in apposition to one or
    before it as a title."""
    found: dict[str, list[tuple[int, int]]] = {}
    for t in tokens:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        g = group_of[t.i]
        if g < 0 and t.dep_ in ("appos", "compound") and t.head.i != t.i and block[t.head.i] == block[t.i]:
            # "the Vessaline, a cargo ship"; a title before a name: "Interior Minister Ann Lee"
            # (the minister), when the tagger's mention leaves the title out.
            g = group_of[t.head.i]
        if g >= 0:
            found.setdefault(t.lemma_.lower(), []).append((t.i, g))
    return found


def mark_unmarked_names(tokens: list[Token], groups: list[EntityGroup], group_of: list[int]) -> None:
    """Give a group the later uses of its names that the tagger missed ("Jane Smith ... Smith
    welcomed"): a run of noun tokens spelling a name, with a capital in its first word, that only
    one group has."""
    owners: dict[tuple[str, ...], set[int]] = {}
    for gi, group in enumerate(groups):
        for alias in {group.name, *group.aliases}:
            words = tuple(alias.split())
            if words and any(c.isupper() for c in words[0]):  # "Smith", "eBay", not "the"
                owners.setdefault(words, set()).add(gi)
    by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for words, gis in owners.items():
        if len(gis) == 1:
            by_first.setdefault(words[0], []).append((words, next(iter(gis))))
    for names in by_first.values():
        names.sort(key=lambda n: -len(n[0]))  # the longest name first
    i = 0
    while i < len(tokens):
        for words, gi in by_first.get(tokens[i].text, []) if group_of[i] < 0 else []:
            run = tokens[i : i + len(words)]
            if (
                tuple(t.text for t in run) == words
                and run[0].pos_ in ("PROPN", "NOUN")
                and all(t.pos_ in ("PROPN", "NOUN", "NUM") and group_of[t.i] < 0 for t in run)
            ):
                for t in run:
                    group_of[t.i] = gi
                i += len(words) - 1
                break
        i += 1


def with_times(idx: DocIndex, times: list[TimeExpression]) -> DocIndex:
    """The index with other time expressions (sharing everything else: the costly parts)."""
    starts = [t.idx for t in idx.tokens]
    time_of = [-1] * len(idx.tokens)
    time_heads: list[int] = []
    for ti, tx in enumerate(times):
        toks = list(tokens_in(starts, idx.tokens, tx.start, tx.end))
        for i in toks:
            time_of[i] = ti
        time_heads.append(span_head(idx.tokens, toks))
    return replace(idx, times=times, time_of=time_of, time_heads=time_heads)


def tokens_in(starts: list[int], tokens: list[Token], start: int, end: int) -> Iterator[int]:
    """Indexes of the tokens overlapping the character range [start, end)."""
    i = max(bisect_right(starts, start) - 1, 0)
    while i < len(tokens) and starts[i] < end:
        if starts[i] + len(tokens[i].text) > start:
            yield i
        i += 1


def span_head(tokens: list[Token], toks: list[int]) -> int:
    """The token of a span whose head lies outside it: where the span attaches to the parse."""
    if not toks:
        return -1
    lo, hi = toks[0], toks[-1]
    for i in toks:
        h = tokens[i].head.i
        if h == i or not lo <= h <= hi:
            return i
    return toks[0]


def children(idx: DocIndex, tok: Token) -> list[Token]:
    """A token's dependents within its own paragraph block."""
    return idx.kids[tok.i]


def head(idx: DocIndex, tok: Token) -> Token | None:
    """A token's head, or None at a root or across a paragraph break."""
    h = tok.head.i
    if h == tok.i or idx.block[h] != idx.block[tok.i]:
        return None
    return idx.tokens[h]


def clause_bounds(idx: DocIndex, tok: Token) -> tuple[int, int]:
    """Token range [start, end) of a token's subtree, clipped to its sentence and block."""
    s = idx.sents[idx.sent_of[tok.i]]
    lo, hi = max(tok.left_edge.i, s.start), min(tok.right_edge.i + 1, s.end)
    while lo < tok.i and idx.block[lo] != idx.block[tok.i]:
        lo += 1
    while hi > tok.i + 1 and idx.block[hi - 1] != idx.block[tok.i]:
        hi -= 1
    return lo, hi


def unit_bounds(idx: DocIndex, tok: Token) -> tuple[int, int]:
    """Token range of the sentence around `tok`, cut at paragraph breaks: what a reader calls
    the sentence when the parser ran a title into the following paragraph."""
    s = idx.sents[idx.sent_of[tok.i]]
    lo, hi = tok.i, tok.i + 1
    while lo > s.start and idx.block[lo - 1] == idx.block[tok.i]:
        lo -= 1
    while hi < s.end and idx.block[hi] == idx.block[tok.i]:
        hi += 1
    # Leading and trailing white space is no part of the sentence.
    while lo < hi and idx.tokens[lo].is_space:
        lo += 1
    while hi > lo and idx.tokens[hi - 1].is_space:
        hi -= 1
    return lo, hi


def char_range(idx: DocIndex, lo: int, hi: int) -> tuple[int, int]:
    """Character offsets of the token range [lo, hi)."""
    if hi <= lo:
        at = idx.tokens[lo].idx if lo < len(idx.tokens) else len(idx.text)
        return at, at
    first = idx.tokens[lo]
    last = idx.tokens[hi - 1]
    return first.idx, last.idx + len(last.text)


def text_of(idx: DocIndex, lo: int, hi: int) -> str:
    """The text of the token range [lo, hi)."""
    start, end = char_range(idx, lo, hi)
    return idx.text[start:end]
