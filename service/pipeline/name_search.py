"""Scoring stored aliases against a search query, as `/v1/entities?q=` ranks them.

An alias scores 3 when its exact key is the query's, 2 when its transliteration key is, and
otherwise the trigram similarity of the two transliteration keys (pg_trgm's similarity: shared
trigrams over all trigrams of both), raised when the query's words are one typo away from the
alias's (see `score`). An entity scores what its best alias scores; entities below
MIN_SCORE are not matches. Pure functions: the store finds the candidates, this ranks them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from service.pipeline import names

# Least similarity for a match that is neither the same key nor the same transliteration key.
MIN_SCORE = 0.3
KEY_SCORE = 3.0
TRANSLIT_SCORE = 2.0


@functools.lru_cache(maxsize=1 << 13)
def word_trigrams(word: str) -> frozenset[str]:
    """The trigrams of one word (cached: the same vocabulary words come back in every search)."""
    return frozenset(names.trigrams(word))


def key_trigrams(key: str) -> frozenset[str]:
    """The trigrams of a key: the union of its words' (as `names.trigrams`, from the word cache)."""
    parts = names.words(key)
    if len(parts) == 1:
        return word_trigrams(parts[0])
    return frozenset().union(*(word_trigrams(w) for w in parts))


@dataclass(frozen=True)
class Query:
    """A search query's keys and trigrams."""

    key: str
    translit_key: str
    grams: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Query:
        translit = names.translit_key(text)
        return cls(key=names.name_key(text), translit_key=translit, grams=key_trigrams(translit))

    @classmethod
    def of_keys(cls, key: str, translit_keys: Sequence[str]) -> Query:
        """A query for several spellings at once: the words of all their transliteration keys
        (so its trigrams are the union of theirs), and `key` as the exact key."""
        words = dict.fromkeys(w for t in translit_keys for w in names.words(t))
        translit = " ".join(words)
        return cls(key=key, translit_key=translit, grams=key_trigrams(translit) if words else frozenset())

    def words(self) -> list[str]:
        """The words of the transliteration key, in order, each once."""
        return names.words(self.translit_key)

    def word_grams(self) -> list[tuple[int, str]]:
        """(word index, trigram) for each word: what similar words are found by."""
        return [(i, g) for i, w in enumerate(self.words()) for g in sorted(word_trigrams(w))]

    def word_variants(self) -> list[tuple[int, str]]:
        """(word index, variant) for each word: what words one typo away are found by (see
        `edit_variants`)."""
        return [(i, v) for i, w in enumerate(self.words()) for v in edit_variants(w)]


# Shorter words get no typo look-up: one letter off a three-letter word is another word.
EDIT_MIN_LENGTH = 4


def edit_variants(word: str) -> list[str]:
    """The word and each way of deleting one of its letters, for words of EDIT_MIN_LENGTH or
    more (else none). Two words share a variant when deleting at most one letter from each makes
    them equal: one letter inserted, deleted, changed, or two neighbours swapped. Revision 0008
    stores the same variants of every known word."""
    if len(word) < EDIT_MIN_LENGTH:
        return []
    return list(dict.fromkeys([word, *(word[:i] + word[i + 1 :] for i in range(len(word)))]))


def one_typo_apart(a: str, b: str) -> bool:
    """Whether two different words share an edit variant (see `edit_variants`), worked out
    without building the variants: once the common prefix and suffix are set aside, one letter
    deleted from each must leave the same, which can only be the middle's first letter of one
    and last of the other, or a single changed letter; a word a letter longer must be the other
    with one letter inserted."""
    if a == b or min(len(a), len(b)) < EDIT_MIN_LENGTH or abs(len(a) - len(b)) > 1:
        return False
    if len(a) < len(b):
        a, b = b, a
    p = 0
    while p < len(b) and a[p] == b[p]:
        p += 1
    if len(a) > len(b):
        return a[p + 1 :] == b[p:]
    k = 0
    while a[-1 - k] == b[-1 - k]:
        k += 1
    ma, mb = a[p : len(a) - k], b[p : len(b) - k]
    return len(ma) == 1 or ma[1:] == mb[:-1] or ma[:-1] == mb[1:]


# The weight of the similarity after correcting typos in the query's words; the plain similarity
# has the rest (so that of two names one typo away, the more similar one ranks first).
TYPO_FACTOR = 0.9


def _corrected(query: Query, alias_words: list[str]) -> frozenset[str] | None:
    """The query's trigrams with each of its words that the alias lacks, but has a word one typo
    away from, replaced by that word (the alias's first such word); None if no word is."""
    present = set(alias_words)
    words, changed = [], False
    for word in query.words():
        near = None if word in present else next((v for v in alias_words if one_typo_apart(word, v)), None)
        words.append(near or word)
        changed = changed or near is not None
    return key_trigrams(" ".join(words)) if changed else None


def score(query: Query, key: str | None, translit_key: str) -> float:
    """One alias's score for `query` (see the module docstring); `key` None when unknown (the
    alias is then scored by its transliteration key only).

    The similarity is the plain one or, when some of the query's words are one typo away from
    the alias's words, the better of it and TYPO_FACTOR x the similarity once they are corrected
    plus (1 - TYPO_FACTOR) x the plain one: "Brwon" shares 2 of its 10 trigrams with "Brown"
    (0.2), but is one swap away (0.92).
    """
    if key == query.key:
        return KEY_SCORE
    if translit_key == query.translit_key:
        return TRANSLIT_SCORE
    grams = key_trigrams(translit_key)
    plain = names.trigram_similarity(query.grams, grams)
    corrected = _corrected(query, names.words(translit_key))
    if corrected is None:
        return plain
    return max(plain, TYPO_FACTOR * names.trigram_similarity(corrected, grams) + (1 - TYPO_FACTOR) * plain)


def _near(word: str, query_words: list[str]) -> tuple[int, ...]:
    """The indexes of the `query_words` that `word` is one typo away from."""
    return tuple(i for i, other in enumerate(query_words) if one_typo_apart(word, other))


def best_scores(
    query: Query, aliases: Iterable[tuple[str, str | None, str]], min_score: float = MIN_SCORE
) -> dict[str, float]:
    """Entity id -> its best alias's score, for (entity id, key, translit key) rows; only the
    entities that match (score >= min_score).

    The same as `score` on every row, computed word by word: a search scores up to a thousand
    aliases made of a few hundred distinct words, so each word's trigrams, and those it shares
    with the query, are worked out once.
    """
    best: dict[str, float] = {}
    q = query.grams
    n_query = len(q)
    query_words = query.words()
    # word -> (its trigrams, those it shares with the query, the query's words it is one typo
    # away from, by index)
    per_word: dict[str, tuple[frozenset[str], frozenset[str], tuple[int, ...]]] = {}
    per_key: dict[str, float] = {}  # translit key -> similarity (many aliases share one)
    for entity_id, key, translit_key in aliases:
        if key is not None and key == query.key:
            s = KEY_SCORE
        elif translit_key == query.translit_key:
            s = TRANSLIT_SCORE
        elif translit_key in per_key:
            s = per_key[translit_key]
        else:
            grams: frozenset[str] = frozenset()
            shared: frozenset[str] = frozenset()
            typo = False
            # translit keys are lowercase alphanumeric words joined by single spaces
            words = translit_key.split()
            for word in words:
                try:
                    word_grams, word_shared, near = per_word[word]
                except KeyError:
                    word_grams = word_trigrams(word)
                    word_shared = word_grams & q
                    near = _near(word, query_words)
                    per_word[word] = (word_grams, word_shared, near)
                grams = grams | word_grams if grams else word_grams
                shared = shared | word_shared if shared else word_shared
                typo = typo or bool(near)
            union = n_query + len(grams) - len(shared)
            s = len(shared) / union if union else 0.0
            if typo:  # as `score`: the query's words corrected to the alias's one typo away
                corrected: frozenset[str] = frozenset()
                changed = False
                for i, w in enumerate(query_words):
                    fix = None if w in words else next((v for v in words if i in per_word[v][2]), None)
                    corrected = corrected | (word_trigrams(w) if fix is None else per_word[fix][0])
                    changed = changed or fix is not None
                if changed:
                    s = max(
                        s, TYPO_FACTOR * names.trigram_similarity(corrected, grams) + (1 - TYPO_FACTOR) * s
                    )
            per_key[translit_key] = s
        if s >= min_score and s > best.get(entity_id, 0.0):
            best[entity_id] = s
    return best


def contenders(scores: dict[str, float], limit: int) -> dict[str, float]:
    """The scored entities that can be among the best `limit`: the `limit` best scores and any
    tied with the last of them (ties are broken by what the store knows, see `store.ranked`)."""
    if len(scores) <= limit:
        return scores
    cut = sorted(scores.values(), reverse=True)[limit - 1]
    return {entity_id: s for entity_id, s in scores.items() if s >= cut}
