"""Scoring stored aliases against a search query, as `/v1/entities?q=` ranks them.

An alias scores 3 when its exact key is the query's, 2 when its transliteration key is, and
otherwise the trigram similarity of the two transliteration keys (pg_trgm's similarity: shared
trigrams over all trigrams of both). An entity scores what its best alias scores; entities below
MIN_SCORE are not matches. Pure functions: the store finds the candidates, this ranks them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
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


def score(query: Query, key: str | None, translit_key: str) -> float:
    """One alias's score for `query` (see the module docstring); `key` None when unknown (the
    alias is then scored by its transliteration key only)."""
    if key == query.key:
        return KEY_SCORE
    if translit_key == query.translit_key:
        return TRANSLIT_SCORE
    grams = key_trigrams(translit_key)
    if not grams or not query.grams:
        return 0.0
    shared = len(query.grams & grams)
    return shared / (len(query.grams) + len(grams) - shared)


def best_scores(query: Query, aliases: Iterable[tuple[str, str | None, str]]) -> dict[str, float]:
    """Entity id -> its best alias's score, for (entity id, key, translit key) rows; only the
    entities that match (score >= MIN_SCORE).

    The same as `score` on every row, computed word by word: a search scores up to a thousand
    aliases made of a few hundred distinct words, so each word's trigrams, and those it shares
    with the query, are worked out once.
    """
    best: dict[str, float] = {}
    q = query.grams
    n_query = len(q)
    # word -> (its trigrams, those it shares with the query)
    per_word: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
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
            # translit keys are lowercase alphanumeric words joined by single spaces
            for word in translit_key.split():
                try:
                    word_grams, word_shared = per_word[word]
                except KeyError:
                    word_grams = word_trigrams(word)
                    word_shared = word_grams & q
                    per_word[word] = (word_grams, word_shared)
                grams = grams | word_grams if grams else word_grams
                shared = shared | word_shared if shared else word_shared
            union = n_query + len(grams) - len(shared)
            s = per_key[translit_key] = len(shared) / union if union else 0.0
        if s >= MIN_SCORE and s > best.get(entity_id, 0.0):
            best[entity_id] = s
    return best


def contenders(scores: dict[str, float], limit: int) -> dict[str, float]:
    """The scored entities that can be among the best `limit`: the `limit` best scores and any
    tied with the last of them (ties are broken by what the store knows, see `store.ranked`)."""
    if len(scores) <= limit:
        return scores
    cut = sorted(scores.values(), reverse=True)[limit - 1]
    return {entity_id: s for entity_id, s in scores.items() if s >= cut}
