"""Scoring aliases for search: the word-by-word scoring must be pg_trgm's similarity exactly."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from service.pipeline import name_search, names

SYLLABLES = ["ko", "va", "len", "ma", "ri", "sko", "nen", "chuk", "ov", "ski", "an", "ra", "vi", "ta", "o"]


def deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))} if len(word) >= 4 else set()


def naive(query: name_search.Query, key: str | None, translit: str) -> float:
    """The score as the module docstring defines it, computed the plain way."""
    if key == query.key:
        return 3.0
    if translit == query.translit_key:
        return 2.0
    alias_grams = names.trigrams(translit)
    plain = names.trigram_similarity(set(query.grams), alias_grams)
    alias_words = names.words(translit)
    corrected = []
    for w in names.words(query.translit_key):
        near = [v for v in alias_words if v != w and deletions(v) & deletions(w)]
        corrected.append(w if w in alias_words or not near else near[0])
    if corrected == names.words(query.translit_key):
        return plain
    fixed = names.trigram_similarity(names.trigrams(" ".join(corrected)), alias_grams)
    return max(plain, 0.9 * fixed + 0.1 * plain)


def typo(name: str, rng: random.Random) -> str:
    """A letter dropped, doubled, changed or swapped with the next."""
    if len(name) < 2:
        return name
    i = rng.randrange(len(name) - 1)
    return rng.choice(
        [
            name[:i] + name[i + 1 :],
            name[:i] + name[i] + name[i:],
            name[:i] + "x" + name[i + 1 :],
            name[:i] + name[i + 1] + name[i] + name[i + 2 :],
        ]
    )


def invented(rng: random.Random) -> str:
    words = [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 3))
    ]
    return " ".join(w.capitalize() for w in words)


def test_query_keys_and_word_grams() -> None:
    query = name_search.Query.of("Dmytro Peskov")
    assert query.key == "dmytro peskov"
    assert query.translit_key == names.translit_key("Dmytro Peskov")
    assert query.grams == frozenset(names.trigrams(query.translit_key))
    words = names.words(query.translit_key)
    assert query.word_grams() == [(i, g) for i, w in enumerate(words) for g in sorted(names.trigrams(w))]


def test_words_split_as_trigrams_do() -> None:
    assert names.words("anna  maria-ko anna") == ["anna", "maria", "ko"]
    assert names.words("") == []
    assert names.trigrams("anna maria") == names.trigrams("anna") | names.trigrams("maria")


def test_exact_and_transliteration_keys_outrank_any_similarity() -> None:
    query = name_search.Query.of("Dmitry Peskov")
    same_key = name_search.score(query, "dmitry peskov", names.translit_key("Dmitry Peskov"))
    same_translit = name_search.score(query, "dmitri peskov", names.translit_key("Dmitri Peskov"))
    close = name_search.score(query, None, names.translit_key("Dmitri Peskova"))
    assert (same_key, same_translit) == (3.0, 2.0)
    assert 0.3 < close < 1.0


def test_a_word_one_typo_away_is_corrected_before_scoring() -> None:
    query = name_search.Query.of("Ptuin")
    plain = names.trigram_similarity(set(query.grams), names.trigrams("putin"))
    assert plain < 0.3
    assert name_search.score(query, None, "putin") == 0.9 + 0.1 * plain
    corrected = names.trigram_similarity(names.trigrams("putin"), names.trigrams("vladimir putin"))
    plain = names.trigram_similarity(set(query.grams), names.trigrams("vladimir putin"))
    assert name_search.score(query, None, "vladimir putin") == 0.9 * corrected + 0.1 * plain
    # the words the alias has stay as they are
    assert name_search.score(name_search.Query.of("Vladimir Ptuin"), None, "vladimir putin") > 0.9
    assert name_search.score(name_search.Query.of("Vladimir Ptuin"), None, "vladimir") < 0.9
    # of two names one typo away, the more similar ranks first
    query = name_search.Query.of("Anmak")
    assert name_search.score(query, None, "anmako") > name_search.score(query, None, "anman") > 0.9


def test_unknown_key_is_scored_by_transliteration_only() -> None:
    query = name_search.Query.of("Peskov")
    assert name_search.score(query, None, names.translit_key("Peskov")) == 2.0


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
def test_best_scores_is_the_best_naive_score_per_entity(seed: int) -> None:
    rng = random.Random(seed)
    query = name_search.Query.of(invented(rng))
    rows = []
    for _ in range(rng.randint(0, 40)):
        roll = rng.random()
        if roll < 0.5:
            name = invented(rng)
        elif roll < 0.8:  # the query's words, some misspelt, among others
            words = [typo(w, rng) if rng.random() < 0.5 else w for w in query.words()]
            name = " ".join(rng.sample(words + invented(rng).split(), k=rng.randint(1, len(words) + 1)))
        else:
            name = query.translit_key
        key = rng.choice([None, names.name_key(name), query.key])
        rows.append((f"e{rng.randrange(12)}", key, names.translit_key(name)))
    expected: dict[str, float] = {}
    for entity_id, key, translit in rows:
        s = naive(query, key, translit)
        if s >= name_search.MIN_SCORE:
            expected[entity_id] = max(expected.get(entity_id, 0.0), s)
    got = name_search.best_scores(query, rows)
    assert got.keys() == expected.keys()
    for entity_id, s in expected.items():
        assert abs(got[entity_id] - s) < 1e-12


def test_contenders_keep_the_best_and_everything_tied_with_the_last() -> None:
    scores = {"a": 0.9, "b": 0.5, "c": 0.5, "d": 0.5, "e": 0.4}
    assert name_search.contenders(scores, 2) == {"a": 0.9, "b": 0.5, "c": 0.5, "d": 0.5}
    assert name_search.contenders(scores, 5) == scores
    assert name_search.contenders(scores, 10) == scores
    assert name_search.contenders(scores, 1) == {"a": 0.9}


def test_words_one_typo_apart_share_an_edit_variant() -> None:
    def meet(a: str, b: str) -> bool:
        return bool(set(name_search.edit_variants(a)) & set(name_search.edit_variants(b)))

    assert meet("putin", "ptuin")  # neighbours swapped
    assert meet("putin", "putn")  # a letter dropped
    assert meet("putin", "puttin")  # a letter doubled
    assert meet("putin", "potin")  # a letter changed
    assert not meet("putin", "pustina")  # two letters added
    assert not meet("putin", "tupin")  # two letters changed
    assert name_search.edit_variants("ivan") == ["ivan", "van", "ian", "ivn", "iva"]
    assert name_search.edit_variants("iva") == []  # too short to look up by typo
    assert name_search.edit_variants("anna") == ["anna", "nna", "ana", "ann"]


def test_word_variants_index_the_query_words() -> None:
    query = name_search.Query.of("Ivan Ptuin Li")
    assert query.words() == ["ivan", "ptuin", "li"]
    variants = query.word_variants()
    assert {i for i, _ in variants} == {0, 1}
    assert [v for i, v in variants if i == 1] == name_search.edit_variants("ptuin")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="abc", min_size=0, max_size=8), st.text(alphabet="abc", min_size=0, max_size=8))
def test_one_typo_apart_is_sharing_an_edit_variant(a: str, b: str) -> None:
    shared = bool(set(name_search.edit_variants(a)) & set(name_search.edit_variants(b)))
    assert name_search.one_typo_apart(a, b) == (shared and a != b)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcd", min_size=4, max_size=9), st.data())
def test_one_typo_apart_finds_every_single_typo(word: str, data: st.DataObject) -> None:
    misspelt = data.draw(st.sampled_from([typo(word, random.Random(i)) for i in range(8)]))
    if misspelt != word and len(misspelt) >= name_search.EDIT_MIN_LENGTH:
        assert name_search.one_typo_apart(word, misspelt)
