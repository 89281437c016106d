"""Story decisions: which story an article joins, when stories merge, and the text they read."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.domain import StoryVector
from service.pipeline import terms
from service.reconcile import stories as rules

WORDS = st.sampled_from([f"w{i}" for i in range(30)])
COUNTS = st.dictionaries(WORDS, st.integers(min_value=1, max_value=5), min_size=1, max_size=12)
DAYS = st.one_of(
    st.none(), st.integers(min_value=0, max_value=60).map(lambda d: date(2024, 1, 1) + timedelta(d))
)


@st.composite
def stories(draw: st.DrawFn) -> list[StoryVector]:
    n = draw(st.integers(min_value=0, max_value=6))
    out = []
    for i in range(n):
        first = draw(DAYS)
        last = None if first is None else first + timedelta(draw(st.integers(min_value=0, max_value=5)))
        weights = {t: float(w) for t, w in draw(COUNTS).items()}
        out.append(
            StoryVector(
                id=f"s{i}",
                weights=weights,
                article_count=draw(st.integers(min_value=1, max_value=9)),
                first_published=first,
                last_published=last,
            )
        )
    return out


def idfs_for(*vectors: dict[str, float]) -> dict[str, float]:
    return {t: 1.0 + (int(t[1:]) % 7) / 3 for v in vectors for t in v}


@given(COUNTS)
def test_an_articles_vector_has_unit_length(counts: dict[str, int]) -> None:
    vector = rules.unit_log_tf(counts)
    assert math.isclose(math.sqrt(sum(w * w for w in vector.values())), 1.0)
    assert set(vector) == set(counts)


@given(COUNTS, COUNTS)
def test_cosine_is_symmetric_and_bounded(a: dict[str, int], b: dict[str, int]) -> None:
    x, y = rules.unit_log_tf(a), rules.unit_log_tf(b)
    assert math.isclose(rules.cosine(x, y), rules.cosine(y, x))
    assert -1e-9 <= rules.cosine(x, y) <= 1 + 1e-9
    assert math.isclose(rules.cosine(x, x), 1.0)


@given(COUNTS, DAYS, stories(), st.randoms())
def test_the_decision_does_not_depend_on_the_candidates_order(
    counts: dict[str, int], published: date | None, candidates: list[StoryVector], rnd: object
) -> None:
    article = rules.unit_log_tf(counts)
    idfs = idfs_for(article, *(c.weights for c in candidates))
    shuffled = list(candidates)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert rules.choose_story(article, published, candidates, idfs) == rules.choose_story(
        article, published, shuffled, idfs
    )


@given(COUNTS, DAYS, stories())
def test_a_decision_names_only_candidates_and_never_merges_the_chosen_story(
    counts: dict[str, int], published: date | None, candidates: list[StoryVector]
) -> None:
    article = rules.unit_log_tf(counts)
    idfs = idfs_for(article, *(c.weights for c in candidates))
    decision = rules.choose_story(article, published, candidates, idfs)
    ids = {c.id for c in candidates}
    if decision.story_id is None:
        assert decision.merge == ()
        return
    assert decision.story_id in ids
    assert decision.story_id not in decision.merge
    assert set(decision.merge) <= ids
    chosen = next(c for c in candidates if c.id == decision.story_id)
    needed = rules.threshold(rules.gap_days(published, chosen.first_published, chosen.last_published))
    assert needed is not None and decision.similarity >= needed


@given(COUNTS, stories())
def test_an_article_far_outside_every_storys_dates_starts_a_story(
    counts: dict[str, int], candidates: list[StoryVector]
) -> None:
    article = rules.unit_log_tf(counts)
    idfs = idfs_for(article, *(c.weights for c in candidates))
    dated = [c for c in candidates if c.first_published is not None]
    far = date(2024, 1, 1) + timedelta(days=60 + 5 + rules.WINDOW_DAYS + 1)
    assert rules.choose_story(article, far, dated, idfs).story_id is None


@given(COUNTS, DAYS)
def test_an_article_joins_the_story_it_repeats(counts: dict[str, int], published: date | None) -> None:
    article = rules.unit_log_tf(counts)
    story = StoryVector(
        id="s", weights=dict(article), article_count=1, first_published=published, last_published=published
    )
    decision = rules.choose_story(article, published, [story], idfs_for(article))
    assert decision.story_id == "s"
    assert math.isclose(decision.similarity, 1.0)


@given(COUNTS, stories())
def test_a_near_duplicates_story_is_joined_whatever_the_scores(
    counts: dict[str, int], candidates: list[StoryVector]
) -> None:
    article = rules.unit_log_tf(counts)
    idfs = idfs_for(article, *(c.weights for c in candidates))
    for story in candidates:
        decision = rules.choose_story(article, date(2030, 1, 1), candidates, idfs, required=story.id)
        assert decision.story_id == story.id


def test_two_halves_of_one_story_merge_when_an_article_bridges_them() -> None:
    left = {"alpha": 1, "beta": 1, "gamma": 1, "delta": 1, "shared": 1}
    right = {"omega": 1, "sigma": 1, "tau": 1, "kappa": 1, "shared": 1}
    a = StoryVector(id="a", weights=rules.unit_log_tf(left), article_count=1)
    b = StoryVector(id="b", weights=rules.unit_log_tf(right), article_count=1)
    bridge = rules.unit_log_tf({**left, **right})
    idfs = {t: 2.0 for t in bridge}
    assert not rules.same_story(a, b, idfs)  # apart until the bridge
    decision = rules.choose_story(bridge, None, [a, b], idfs)
    assert decision.story_id == "a"  # equal scores and sizes: the smaller id
    assert decision.merge == ("b",)


def test_stories_a_month_apart_never_merge() -> None:
    words = rules.unit_log_tf({"call": 2, "leaders": 1, "trade": 1})
    march = StoryVector(
        id="a",
        weights=words,
        article_count=2,
        first_published=date(2024, 3, 4),
        last_published=date(2024, 3, 5),
    )
    april = StoryVector(
        id="b",
        weights=words,
        article_count=1,
        first_published=date(2024, 4, 8),
        last_published=date(2024, 4, 8),
    )
    assert not rules.same_story(march, april, {t: 1.0 for t in words})
    assert rules.same_story(
        march,
        StoryVector(**{**_fields(april), "first_published": None, "last_published": None}),
        {t: 1.0 for t in words},
    )


def _fields(story: StoryVector) -> dict[str, object]:
    return {f: getattr(story, f) for f in story.__struct_fields__}


@given(stories())
def test_a_merge_keeps_every_article_and_the_whole_span(group: list[StoryVector]) -> None:
    if not group:
        return
    survivor = rules.survivor(group, {s.id: i for i, s in enumerate(group)})
    merged = rules.combined(survivor, [s for s in group if s.id != survivor.id])
    assert survivor in group
    assert merged.id == survivor.id
    assert merged.article_count == sum(s.article_count for s in group)
    assert max(s.article_count for s in group) == survivor.article_count
    firsts = [s.first_published for s in group if s.first_published]
    assert merged.first_published == (min(firsts) if firsts else None)
    assert set(merged.weights) == {t for s in group for t in s.weights}


@given(st.dictionaries(WORDS, st.floats(min_value=0.01, max_value=5), max_size=30), st.integers(1, 40))
def test_a_storys_vector_stays_bounded(weights: dict[str, float], limit: int) -> None:
    kept = rules.kept(weights, idfs_for(weights), limit)
    assert len(kept) == min(limit, len(weights))
    assert all(kept[t] == weights[t] for t in kept)
    assert len(rules.posted(weights, idfs_for(weights), limit)) == min(limit, len(weights))


def test_terms_are_content_words() -> None:
    found = terms.terms("The ministers' talks in Geneva ended; the minister's aides said talks would resume.")
    assert found["talks"] == 2
    assert "the" not in found and "in" not in found
    assert "minister" in found and "ministers'" not in found


def test_a_republished_copy_has_a_close_signature_and_another_text_does_not() -> None:
    names = [
        "harbour",
        "bridge",
        "school",
        "library",
        "market",
        "station",
        "park",
        "museum",
        "tunnel",
        "clinic",
    ]
    verbs = [
        "approved",
        "delayed",
        "funded",
        "rejected",
        "reviewed",
        "expanded",
        "closed",
        "opened",
        "moved",
        "sold",
    ]
    text = " ".join(f"The council {v} the {n} plan after a long debate." for v in verbs for n in names[:3])
    edited = text.replace("rejected the bridge plan", "turned down the bridge plan")
    other = " ".join(
        f"Rain fell over the {n} while crowds {v} nothing at all." for v in verbs for n in names[5:8]
    )
    sig = terms.signature(text)
    assert terms.jaccard(sig, terms.signature(text)) == 1.0
    assert terms.jaccard(sig, terms.signature(edited)) >= rules.NEAR_DUPLICATE
    assert terms.jaccard(sig, terms.signature(other)) < 0.2
    assert set(terms.bands(sig)) & set(terms.bands(terms.signature(edited)))
    assert terms.signature("") == [] and terms.bands([]) == []


# -- evidence of different incidents: who each text is mainly about ---------------------------

VICTIM_A, VICTIM_B, OFFICER = "@victim-a", "@victim-b", "@officer"
NAMES = {
    VICTIM_A: rules.Named(type=rules.PERSON, name="Orla Penhaligon"),
    VICTIM_B: rules.Named(type=rules.PERSON, name="Tomasz Wierzbicki"),
    OFFICER: rules.Named(type=rules.PERSON, name="Dana Quillfeather"),
    "@police": rules.Named(type="ORG", name="Harbourtown Police"),
}
# Two shootings in one city the same week: the same vocabulary, the same police spokeswoman,
# a different victim named throughout each.
SHOOTING = {
    "shooting": 3,
    "gunman": 2,
    "police": 3,
    "killed": 2,
    "harbourtown": 2,
    "suspect": 1,
    "@police": 2,
}


def _idfs(*vectors: dict[str, float]) -> dict[str, float]:
    """A corpus with many shootings: its words are common, the names in it rare."""
    common = set(SHOOTING) | {OFFICER, "quillfeather"}
    return {t: 1.3 if t in common else 3.5 for v in vectors for t in v}


def _shooting(victim: str, surname: str, extra: dict[str, int] | None = None) -> dict[str, float]:
    return rules.unit_log_tf(
        {**SHOOTING, victim: 4, surname: 4, OFFICER: 1, "quillfeather": 1, **(extra or {})}
    )


def test_two_shootings_with_different_victims_stay_apart() -> None:
    first = _shooting(VICTIM_A, "penhaligon", {"market": 1})
    second = _shooting(VICTIM_B, "wierzbicki", {"bakery": 1})
    story = StoryVector(id="s", weights=first, article_count=1)
    idfs = _idfs(first, second)
    assert rules.different_people(second, first, NAMES)
    # the shared words alone would join them
    assert rules.similarity(second, first, idfs) >= rules.JOIN_UNDATED
    assert rules.choose_story(second, None, [story], idfs).story_id == "s"
    assert rules.choose_story(second, None, [story], idfs, names=NAMES).story_id is None
    # Nor do the two stories merge when a later article holds both.
    other = StoryVector(id="t", weights=second, article_count=1)
    assert rules.similarity(first, second, idfs, NAMES) < rules.similarity(first, second, idfs)
    assert not rules.same_story(story, other, idfs, NAMES)


def test_a_second_report_on_the_same_victim_joins() -> None:
    first = _shooting(VICTIM_A, "penhaligon", {"market": 1})
    # Another outlet: the victim named by surname only, so the resolver kept a separate entity.
    second = _shooting("@victim-a-again", "penhaligon", {"vigil": 1})
    names = {**NAMES, "@victim-a-again": rules.Named(type=rules.PERSON, name="Ms Penhaligon")}
    story = StoryVector(id="s", weights=first, article_count=1)
    idfs = _idfs(first, second)
    assert not rules.different_people(second, first, names)
    assert rules.choose_story(second, None, [story], idfs, names=names).story_id == "s"


def test_the_one_person_a_short_report_quotes_once_is_no_main_person() -> None:
    # Two short reports of one strike, each quoting a different spokesman once: neither is what
    # its report is about, so the two are not told apart as about different people.
    first = rules.unit_log_tf({"rocket": 2, "hospital": 2, "@front": 2, "@town": 2, "@ortiz": 1, "fired": 1})
    second = rules.unit_log_tf({"rocket": 1, "hospital": 2, "@front": 2, "@town": 1, "@kane": 1, "denied": 1})
    names = {
        "@front": rules.Named(type="ORG", name="Northern Front"),
        "@town": rules.Named(type="GPE", name="Tarsa"),
        "@ortiz": rules.Named(type=rules.PERSON, name="Rafael Ortiz"),
        "@kane": rules.Named(type=rules.PERSON, name="Idris Kane"),
    }
    assert rules.main_person(first, names) is None
    assert not rules.different_people(first, second, names)
    # Named twice, a person is what a text is about.
    again = rules.unit_log_tf({"rocket": 1, "hospital": 1, "@front": 1, "@ortiz": 2, "fired": 1})
    assert rules.main_person(again, names) == "@ortiz"


def test_a_person_named_in_passing_is_no_main_person() -> None:
    # A company recall with a spokesman quoted once: the text is about the company.
    recall = rules.unit_log_tf({"recall": 3, "@maker": 4, "@spokesman": 1, "brakes": 2})
    names = {
        "@maker": rules.Named(type="ORG", name="Vantor Motors"),
        "@spokesman": rules.Named(type=rules.PERSON, name="Ivo Marchetti"),
    }
    assert rules.main_person(recall, names) is None
    # Two people named as often: no one of them is what the text is about.
    trial = rules.unit_log_tf({"trial": 2, VICTIM_A: 2, VICTIM_B: 2})
    assert rules.main_person(trial, NAMES) is None
    assert rules.main_person(_shooting(VICTIM_A, "penhaligon"), NAMES) == VICTIM_A


def test_one_company_told_by_its_spokesman_and_by_the_union_is_not_about_different_people() -> None:
    # A company's job cuts: one report quotes the company's spokesman throughout, the other the
    # union's secretary; both are more about the company than about either person.
    names = {
        "@maker": rules.Named(type="ORG", name="Norvale Systems"),
        "@spokesman": rules.Named(type=rules.PERSON, name="Owen Dray"),
        "@secretary": rules.Named(type=rules.PERSON, name="Carla Fenwick"),
    }
    company = rules.unit_log_tf({"jobs": 3, "restructuring": 2, "@maker": 5, "@spokesman": 3, "cut": 1})
    union = rules.unit_log_tf({"jobs": 3, "union": 2, "@maker": 5, "@secretary": 3, "members": 1})
    assert rules.main_person(company, names) == "@spokesman"
    assert rules.main_person(union, names) == "@secretary"
    assert rules.main_organisation(company, names) == rules.main_organisation(union, names) == "@maker"
    assert not rules.different_people(company, union, names)
    # Named more often than the company, the two people are what the texts are about.
    profile = rules.unit_log_tf({"jobs": 1, "@maker": 2, "@spokesman": 6, "career": 2})
    interview = rules.unit_log_tf({"jobs": 1, "@maker": 2, "@secretary": 6, "union": 2})
    assert rules.different_people(profile, interview, names)


@given(COUNTS, COUNTS, st.sampled_from([VICTIM_A, VICTIM_B]), st.sampled_from([VICTIM_A, VICTIM_B]))
def test_different_people_is_symmetric_and_only_lowers_the_similarity(
    a: dict[str, int], b: dict[str, int], pa: str, pb: str
) -> None:
    # Every real text uses some word once: the weight a person named nine times is measured by.
    x = rules.unit_log_tf({**a, pa: 9, "aside": 1})
    y = rules.unit_log_tf({**b, pb: 9, "aside": 1})
    idfs = {t: 1.0 + len(t) % 5 / 3 for t in {**x, **y}}
    assert rules.different_people(x, y, NAMES) == rules.different_people(y, x, NAMES)
    assert rules.different_people(x, y, NAMES) == (pa != pb)
    assert rules.similarity(x, y, idfs, NAMES) <= rules.similarity(x, y, idfs) + 1e-12
    assert math.isclose(rules.similarity(x, x, idfs, NAMES), 1.0)


# -- evidence of different incidents: shared only through the words of a kind of event --------

QUAKE = {"earthquake": 3, "magnitude": 2, "epicentre": 1, "aftershocks": 2, "rescuers": 1, "collapsed": 1}


def test_two_earthquakes_in_different_places_stay_apart() -> None:
    # Two earthquakes a few days apart: the vocabulary of earthquakes is shared (and found among
    # the distinctive terms of many stories already), the places and details are not.
    first = rules.unit_log_tf({**QUAKE, "velmora": 3, "ferry": 1, "harbour": 1})
    second = rules.unit_log_tf({**QUAKE, "ostrakai": 3, "monastery": 1, "valley": 1})
    again = rules.unit_log_tf({**QUAKE, "velmora": 2, "ferry": 1, "tsunami": 1})
    # many earthquakes in the corpus: their words are common, the places rare
    idfs = {t: 1.5 if t in QUAKE else 3.0 for t in {**first, **second, **again}}
    spread = {t: rules.TOPIC_STORIES for t in QUAKE}
    story = StoryVector(id="s", weights=first, article_count=1)
    assert rules.choose_story(second, None, [story], idfs).story_id == "s"  # on words alone
    assert rules.choose_story(second, None, [story], idfs, spread=spread).story_id is None
    # A second report on the first earthquake shares its place and details, and still joins.
    assert rules.choose_story(again, None, [story], idfs, spread=spread).story_id == "s"


def test_words_of_few_stories_are_not_topic_words() -> None:
    a = rules.unit_log_tf({**QUAKE, "velmora": 3})
    b = rules.unit_log_tf({**QUAKE, "velmora": 2, "ferry": 1})
    idfs = {t: 2.0 for t in {**a, **b}}
    below = {t: rules.TOPIC_STORIES - 1 for t in {**a, **b}}
    assert math.isclose(rules.similarity(a, b, idfs, spread=below), rules.similarity(a, b, idfs))


# An invented subject whose coverage the service has already split over four served stories
# (its later developments told from other angles): its name and words are posted under all four.
RECALL = {"drenvik": 3, "recall": 2, "brakes": 2, "sedans": 1, "regulator": 1, "dealers": 1, "refund": 1}


def test_a_subjects_words_posted_under_its_own_four_stories_are_not_topic_words() -> None:
    story = StoryVector(
        id="s", weights=rules.unit_log_tf({**RECALL, "hearing": 2, "senators": 1}), article_count=3
    )
    later = rules.unit_log_tf({**RECALL, "lawsuit": 2, "owners": 1, "filed": 1})
    idfs = {t: 3.0 for t in {**story.weights, **later}}
    four = {t: 4 for t in RECALL}
    assert rules.choose_story(later, None, [story], idfs, spread=four).story_id == "s"
    assert math.isclose(
        rules.similarity(later, story.weights, idfs, spread=four),
        rules.similarity(later, story.weights, idfs),
    )
    # Posted under five stories, the same words are a kind of event's and count half.
    five = {t: 5 for t in RECALL}
    assert rules.similarity(later, story.weights, idfs, spread=five) < rules.similarity(
        later, story.weights, idfs
    )


@given(COUNTS, COUNTS, st.dictionaries(WORDS, st.integers(min_value=0, max_value=8)))
def test_topic_words_only_lower_the_similarity_and_never_below_the_rest(
    a: dict[str, int], b: dict[str, int], spread: dict[str, int]
) -> None:
    x, y = rules.unit_log_tf(a), rules.unit_log_tf(b)
    idfs = idfs_for(x, y)
    plain = rules.similarity(x, y, idfs)
    discounted = rules.similarity(x, y, idfs, spread=spread)
    assert discounted <= plain + 1e-12
    assert discounted >= rules.TOPIC_WEIGHT * plain - 1e-12


# One subject (an invented governor) and two developments of it: an illness, then an ankle surgery.
GOVERNOR = {"governor": 2, "talvik": 2, "@governor-talvik": 2}
ILLNESS = {"illness": 3, "fever": 2, "absence": 2, "bedridden": 1, "cough": 1, "influenza": 1}
SURGERY = {"surgery": 3, "ankle": 2, "fracture": 2, "clinic": 1, "cast": 1, "crutches": 1}
SURGERY_DETAIL = {
    w: 1
    for w in [
        "operation",
        "recovery",
        "weeks",
        "surgeon",
        "screws",
        "bone",
        "splint",
        "orthopaedic",
        "sprain",
        "stairs",
        "residence",
    ]
}


def _governor_idfs(*vectors: dict[str, float]) -> dict[str, float]:
    """The subject is in every report; each development's words are rarer."""
    return {t: 1.0 if t in GOVERNOR else 3.0 for v in vectors for t in v}


def _founded(*articles: dict[str, float]) -> StoryVector:
    story = StoryVector(id="s", weights={}, article_count=0)
    for article in articles:
        story = rules.grown(story, article, None)
    return story


def test_a_later_development_does_not_join_through_the_storys_drift() -> None:
    illness = rules.unit_log_tf({**GOVERNOR, **ILLNESS})
    # A report on the illness that mentions rumours of surgery in passing joins its story ...
    mixed = rules.unit_log_tf(
        {**GOVERNOR, "illness": 2, "absence": 2, "fever": 1, "surgery": 1, "ankle": 1, "clinic": 1}
    )
    story = _founded(illness, mixed)
    # A full report on the surgery (long enough to have a focus of its own: FOCUS_LEAST terms),
    surgery = rules.unit_log_tf({**{t: 3 for t in GOVERNOR}, **SURGERY, "clinic": 2, **SURGERY_DETAIL})
    assert len(rules.focus_of(surgery)) >= rules.FOCUS_LEAST
    idfs = _governor_idfs(illness, mixed, surgery)
    # ... and the grown story is now close enough to the surgery report for its words alone,
    score = rules.similarity(surgery, story.weights, idfs)
    assert rules.JOIN_UNDATED <= score < rules.CLOSE
    without_focus = StoryVector(
        id="s", weights={t: w for t, w in story.weights.items() if not t.startswith("~")}, article_count=2
    )
    assert rules.choose_story(surgery, None, [without_focus], idfs).story_id == "s"
    # but what the story is about, the report that started it, is another development.
    assert not rules.focused(rules.focus_of(surgery), story.weights, idfs, rules.FOCUS)
    assert rules.choose_story(surgery, None, [story], idfs).story_id is None
    # Another report on the illness still joins.
    again = rules.unit_log_tf({**GOVERNOR, "illness": 2, "fever": 1, "absence": 3, "doctors": 1})
    idfs = _governor_idfs(illness, mixed, again)
    assert rules.choose_story(again, None, [story], idfs).story_id == "s"


def test_a_one_line_item_joins_by_its_similarity_alone() -> None:
    illness = rules.unit_log_tf({**GOVERNOR, **ILLNESS})
    mixed = rules.unit_log_tf(
        {**GOVERNOR, "illness": 2, "absence": 2, "fever": 1, "surgery": 1, "ankle": 1, "clinic": 1}
    )
    story = _founded(illness, mixed)
    # A one-line item on the surgery has too few words to tell which development it is about:
    # its focus does not meet the story's, but it is not asked, and it joins by its similarity.
    item = rules.unit_log_tf({**GOVERNOR, **SURGERY})
    assert len(rules.focus_of(item)) < rules.FOCUS_LEAST
    idfs = _governor_idfs(illness, mixed, item)
    assert not rules.focused(rules.focus_of(item), story.weights, idfs, rules.FOCUS)
    assert rules.JOIN_UNDATED <= rules.similarity(item, story.weights, idfs) < rules.CLOSE
    score = rules.similarity(item, story.weights, idfs)
    assert rules.may_join(rules.focus_of(item), story.weights, score, idfs)
    assert rules.choose_story(item, None, [story], idfs).story_id == "s"
    # The same words in a full report (FOCUS_LEAST terms and more) are held to the focus,
    report = rules.unit_log_tf({**{t: 3 for t in GOVERNOR}, **SURGERY, "clinic": 2, **SURGERY_DETAIL})
    idfs = _governor_idfs(illness, mixed, report)
    score = rules.similarity(report, story.weights, idfs)
    assert rules.JOIN_UNDATED <= score < rules.CLOSE
    assert not rules.may_join(rules.focus_of(report), story.weights, score, idfs)
    assert rules.choose_story(report, None, [story], idfs).story_id is None
    # unless it is as close to the story as halves of one story are.
    assert rules.may_join(rules.focus_of(report), story.weights, rules.CLOSE, idfs)


def test_two_stories_with_different_foci_do_not_merge() -> None:
    illness = rules.unit_log_tf({**GOVERNOR, **ILLNESS})
    surgery = rules.unit_log_tf({**GOVERNOR, **SURGERY})
    both = rules.unit_log_tf({**GOVERNOR, **ILLNESS, **SURGERY})
    first = StoryVector(**{**_fields(_founded(illness, both, both)), "id": "a"})
    second = StoryVector(**{**_fields(_founded(surgery, both, both)), "id": "b"})
    idfs = _governor_idfs(illness, surgery, both)
    # Their vectors grew alike, but each is about what started it.
    assert rules.same_story(first, second, idfs)
    assert not rules.focused(first.weights, second.weights, idfs, rules.FOCUS_MERGE)
    decision = rules.choose_story(both, None, [first, second], idfs)
    assert decision.story_id is not None
    assert decision.merge == ()


def test_a_storys_focus_is_its_first_articles_and_takes_no_part_in_the_words() -> None:
    illness = rules.unit_log_tf({**GOVERNOR, **ILLNESS})
    surgery = rules.unit_log_tf({**GOVERNOR, **SURGERY})
    story = _founded(illness, surgery, surgery)
    focus = {t: w for t, w in story.weights.items() if t.startswith(rules.FOCUS_PREFIX)}
    assert focus == rules.focus_of(illness)
    assert rules.focus_of(story.weights) == focus
    plain = {t: w for t, w in story.weights.items() if t not in focus}
    assert plain == pytest.approx({t: illness.get(t, 0.0) + 2 * surgery.get(t, 0.0) for t in plain})
    idfs = _governor_idfs(illness, surgery)
    idfs.update({t: 1.0 for t in story.weights})
    assert math.isclose(
        rules.similarity(surgery, story.weights, idfs), rules.similarity(surgery, plain, idfs)
    )
    # Bounding the vector keeps the focus; the story is never looked up by it.
    assert set(focus) <= set(rules.kept(story.weights, idfs, limit=3))
    assert not set(focus) & set(rules.posted(story.weights, idfs, limit=100))
    assert not set(focus) & set(rules.article_query(story.weights, idfs))
    assert rules.idf_terms(focus) == {t[1:] for t in focus}
    # A merge keeps the survivor's focus.
    other = StoryVector(**{**_fields(_founded(surgery)), "id": "t"})
    assert rules.focus_of(rules.combined(story, [other]).weights) == focus


def test_an_articles_focus_is_its_heaviest_terms_ties_to_the_first_used() -> None:
    counts = {f"word{i:03d}": 1 for i in range(rules.FOCUS_TERMS + 20)}
    counts = {"zeta": 3, **counts}
    focus = rules.focus_of(rules.unit_log_tf(counts))
    assert len(focus) == rules.FOCUS_TERMS
    assert "~zeta" in focus
    assert set(focus) == {"~zeta"} | {f"~word{i:03d}" for i in range(rules.FOCUS_TERMS - 1)}


@given(COUNTS, stories())
def test_a_story_as_close_as_halves_of_one_story_is_never_refused_by_its_focus(
    counts: dict[str, int], candidates: list[StoryVector]
) -> None:
    article = rules.unit_log_tf(counts)
    idfs = idfs_for(article, *(c.weights for c in candidates))
    decision = rules.choose_story(article, None, candidates, idfs)
    close = [
        c
        for c in candidates
        if rules.similarity(article, c.weights, idfs) >= max(rules.CLOSE, rules.JOIN_UNDATED)
    ]
    if close:
        assert decision.story_id is not None


# -- evidence of different things: neither text names the other's subjects --------------------

SINGER_A, SINGER_B, SITE = "@singer-a", "@singer-b", "@site"
SUBJECT_NAMES = {
    SINGER_A: rules.Named(type=rules.PERSON, name="Rowan Achterberg"),
    SINGER_B: rules.Named(type=rules.PERSON, name="Lisette Vambrough"),
    SITE: rules.Named(type="WORK_OF_ART", name="Chirpbook"),
    "@festival": rules.Named(type="ORG", name="Quarry Lake Festival"),
    "@town-a": rules.Named(type="GPE", name="Pellingford"),
    "@town-b": rules.Named(type="GPE", name="Dunmarrow"),
    "@hospital": rules.Named(type="FAC", name="St Aldric's General Hospital"),
    "@ceo": rules.Named(type=rules.PERSON, name="Margaret Ensley"),
    "@unionist": rules.Named(type=rules.PERSON, name="Tobias Grennan"),
}
# A death hoax written from one template: every word the same but the singer's name.
HOAX = {"death": 2, "hoax": 3, "fans": 2, "alive": 2, "rumours": 2, "spread": 1, "fake": 1, SITE: 1}


def _hoax(singer: str, surname: str, given_name: str) -> dict[str, float]:
    return rules.unit_log_tf({**HOAX, singer: 3, surname: 3, given_name: 1})


def test_two_hoaxes_from_one_template_about_different_people_stay_apart() -> None:
    first = _hoax(SINGER_A, "achterberg", "rowan")
    second = _hoax(SINGER_B, "vambrough", "lisette")
    idfs = {t: 3.0 for t in {**first, **second}}
    story = StoryVector(
        id="s",
        weights=rules.grown(StoryVector(id="s", weights={}, article_count=0), first, None).weights,
        article_count=1,
    )
    assert rules.subjects(first, SUBJECT_NAMES) == [SINGER_A]
    assert rules.different_subjects(second, story.weights, SUBJECT_NAMES)
    # so alike in their words that the different main person alone does not keep them apart
    assert rules.similarity(second, story.weights, idfs, SUBJECT_NAMES) < rules.JOIN_UNDATED
    assert rules.similarity(second, story.weights, idfs) * rules.DIFFERENT_PEOPLE >= rules.JOIN_UNDATED
    assert rules.choose_story(second, None, [story], idfs).story_id == "s"
    assert rules.choose_story(second, None, [story], idfs, names=SUBJECT_NAMES).story_id is None
    # A second report on the first hoax joins.
    again = rules.unit_log_tf({**HOAX, SINGER_A: 2, "achterberg": 2, "publicist": 1})
    assert not rules.different_subjects(again, story.weights, SUBJECT_NAMES)
    assert rules.choose_story(again, None, [story], idfs, names=SUBJECT_NAMES).story_id == "s"


def test_one_event_told_from_two_places_still_joins() -> None:
    # A festival cancelled, reported by a paper in each of two towns: each names its own town
    # most, and both name the festival.
    words = {"festival": 3, "cancelled": 2, "storm": 2, "organisers": 1, "tickets": 1, "refunds": 1}
    first = rules.unit_log_tf({**words, "@town-a": 4, "pellingford": 4, "@festival": 2, "quarry": 2})
    second = rules.unit_log_tf({**words, "@town-b": 4, "dunmarrow": 4, "@festival": 1, "quarry": 1})
    idfs = {t: 3.0 for t in {**first, **second}}
    story = StoryVector(
        id="s",
        weights=rules.grown(StoryVector(id="s", weights={}, article_count=0), first, None).weights,
        article_count=1,
    )
    assert rules.subjects(first, SUBJECT_NAMES)[0] == "@town-a"
    assert not rules.different_subjects(second, story.weights, SUBJECT_NAMES)
    assert rules.choose_story(second, None, [story], idfs, names=SUBJECT_NAMES).story_id == "s"


def test_a_follow_up_mainly_about_a_second_person_still_joins() -> None:
    first = _hoax(SINGER_A, "achterberg", "rowan")
    # The follow-up is mainly about the singer's manager, and names the singer once.
    follow = rules.unit_log_tf({**HOAX, SINGER_B: 4, "vambrough": 4, "manager": 2, "achterberg": 1})
    idfs = {t: 3.0 for t in {**first, **follow}}
    story = StoryVector(
        id="s",
        weights=rules.grown(StoryVector(id="s", weights={}, article_count=0), first, None).weights,
        article_count=1,
    )
    assert rules.subjects(follow, SUBJECT_NAMES)[0] == SINGER_B
    assert not rules.different_subjects(follow, story.weights, SUBJECT_NAMES)
    assert rules.choose_story(follow, None, [story], idfs, names=SUBJECT_NAMES).story_id == "s"


@given(
    COUNTS, COUNTS, st.sampled_from([SINGER_A, SINGER_B, "@town-a"]), st.sampled_from([SINGER_A, "@town-b"])
)
def test_different_subjects_is_symmetric_and_only_lowers_the_similarity(
    a: dict[str, int], b: dict[str, int], sa: str, sb: str
) -> None:
    x = rules.unit_log_tf({**a, sa: 9})
    y = rules.unit_log_tf({**b, sb: 9})
    idfs = {t: 1.0 + len(t) % 5 / 3 for t in {**x, **y}}
    assert rules.different_subjects(x, y, SUBJECT_NAMES) == rules.different_subjects(y, x, SUBJECT_NAMES)
    assert rules.different_subjects(x, y, SUBJECT_NAMES) == (sa != sb)
    assert rules.similarity(x, y, idfs, SUBJECT_NAMES) <= rules.similarity(x, y, idfs) + 1e-12
    assert math.isclose(rules.similarity(x, x, idfs, SUBJECT_NAMES), 1.0)


def test_a_texts_own_function_words_are_no_terms() -> None:
    text = "Le maire a dit que les travaux du pont sont finis, et que le pont est ouvert."
    own = terms.terms(text, "fr")
    assert own["pont"] == 2 and "travaux" in own
    assert not {"que", "les", "est", "sont"} & set(own)
    # read as English, the French function words count as content
    assert {"que", "les"} <= set(terms.terms(text))
    # a language without a list (or a declared code that is no language) keeps the English list
    assert terms.terms("The bridge is open.", "zz") == terms.terms("The bridge is open.")
    assert terms.terms("The bridge is open.", "../fr") == terms.terms("The bridge is open.")


def test_a_building_both_sides_name_is_a_subject_they_share() -> None:
    # A strike told by the hospital's chief and by the union's secretary: each names only its own
    # spokesperson, both name the hospital, a facility.
    words = {"strike": 3, "staff": 2, "pay": 2, "walked": 1, "union": 2, "picket": 1}
    first = rules.unit_log_tf({**words, "@hospital": 3, "aldric": 3, "@ceo": 3, "ensley": 3})
    second = rules.unit_log_tf({**words, "@hospital": 2, "aldric": 2, "@unionist": 3, "grennan": 3})
    assert "@hospital" in rules.subjects(first, SUBJECT_NAMES)
    assert not rules.different_subjects(first, second, SUBJECT_NAMES)
