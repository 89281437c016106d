"""The MEANTIME evaluation: reading the corpus format, matching mentions, coreference metrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval import meantime
from eval.meantime import GoldMention, SystemMention

# A tiny article in MEANTIME's format: title (sentence 0), date line (1), body (2-3).
# Mentions: "Steve Jobs" (NAM, PER), "the US" (NAM, LOC), "He" (PRO, PER), a later
# cross-document mention "Jobs" with no syntactic type, and one unlinked NAM mention.
SENTENCES = [
    ["Jobs", "visits", "London"],
    ["June", "6", ",", "2005"],
    ["Steve", "Jobs", "(", "Apple", ")", "left", "the", "US", "for", "Wal", "-", "Mart", "'s", "store", "."],
    ["He", "said", '"', "hello", '"', "to", "Jobs", "."],
]


def write_article(folder: Path, doc_id: str, person: str = "PER1", place: str = "LOC1") -> Path:
    tokens, t_ids, n = [], [], 0
    for s, words in enumerate(SENTENCES):
        for word in words:
            n += 1
            tokens.append(f'<token t_id="{n}" sentence="{s}" number="{n - 1}">{word}</token>')
            t_ids.append(n)

    def mention(m_id: int, anchors: list[int], syntactic: str | None, head: str = "") -> str:
        attrs = f' syntactic_type="{syntactic}"' if syntactic is not None else ""
        body = "".join(f'<token_anchor t_id="{a}"/>' for a in anchors)
        return f'<ENTITY_MENTION m_id="{m_id}" head="{head}"{attrs}>{body}</ENTITY_MENTION>'

    markables = [
        mention(1, [8, 9], "NAM", "Steve Jobs"),
        mention(2, [14, 15], "NAM", "US"),
        mention(3, [23], "PRO", "He"),
        mention(4, [29], None),  # cross-document "Jobs" in sentence 3
        mention(5, [1], "NAM", "Jobs"),  # title "Jobs"
        mention(6, [3], "NAM", "London"),  # not linked to any ENTITY: no type, not scored
        f'<ENTITY m_id="50" ent_type="PER" instance_id="{person}" TAG_DESCRIPTOR="Steve Jobs"/>',
        f'<ENTITY m_id="51" ent_type="LOC" instance_id="{place}" TAG_DESCRIPTOR="US"/>',
    ]
    relations = [
        '<REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><source m_id="4"/>'
        '<source m_id="5"/><target m_id="50"/></REFERS_TO>',
        '<REFERS_TO r_id="2"><source m_id="2"/><target m_id="51"/></REFERS_TO>',
    ]
    xml = (
        f'<?xml version="1.0" ?><Document doc_id="{doc_id}" doc_name="d{doc_id}" lang="en">'
        + "".join(tokens)
        + "<Markables>"
        + "".join(markables)
        + "</Markables><Relations>"
        + "".join(relations)
        + "</Relations></Document>"
    )
    path = folder / f"{doc_id}_article.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def test_detokenise_rebuilds_spacing_and_offsets() -> None:
    tokens = [(0, "Title"), (1, "June"), (1, "6"), (2, "Apple"), (2, "'s"), (2, "("), (2, "new"), (2, ")")]
    tokens += [(2, '"'), (2, "iPod"), (2, '"'), (2, "Wal"), (2, "-"), (2, "Mart"), (2, "."), (3, "Next")]
    text, spans = meantime.detokenise(tokens)
    assert text == 'Title\nJune 6\nApple\'s (new) "iPod" Wal-Mart. Next'
    assert [text[a:b] for a, b in spans] == [t for _, t in tokens]


def test_read_article(tmp_path: Path) -> None:
    article = meantime.read_article(write_article(tmp_path, "7"))
    assert article.doc_id == "7"
    assert article.text.startswith("Jobs visits London\nJune 6, 2005\nSteve Jobs (Apple) left the US")
    got = [
        (article.text[g.start : g.end], g.type, g.instance, article.text[g.head[0] : g.head[1]])
        for g in article.gold
    ]
    assert got == [
        ("Jobs", "PER", "PER1", "Jobs"),
        ("Steve Jobs", "PER", "PER1", "Steve Jobs"),
        ("US", "LOC", "LOC1", "US"),  # the leading article is dropped
        ("Jobs", "PER", "PER1", "Jobs"),  # the untyped cross-document name; "He" is not a name
    ]
    # Fully annotated up to the last sentence with a typed mention: "He" (PRO) is in sentence 3.
    assert article.annotated_end == len(article.text)


def test_untyped_mentions_must_look_like_names() -> None:
    assert meantime._named(None, ["Steve", "Jobs"])
    assert meantime._named("NAM", ["the", "phone"])
    assert not meantime._named(None, ["He"])
    assert not meantime._named(None, ["the", "device"])
    assert not meantime._named(None, ["Apple", "CEO"])
    assert not meantime._named("NOM", ["Apple"])
    # An office before the last word: a description around a name, not a name.
    assert not meantime._named(None, ["Apple", "CEO", "Steve", "Jobs"])
    assert not meantime._named(None, ["CEO", "Steve", "Jobs"])
    assert meantime._named(None, ["General", "Motors"])
    assert meantime._named("NAM", ["Presiding", "Judge", "Ann", "Smith"])


def test_an_untyped_copy_of_a_typed_span_takes_its_type(tmp_path: Path) -> None:
    # "Wal-Mart" (tokens 17-19) repeated untyped by the cross-document layer, linked to PER1.
    anchors = '<token_anchor t_id="17"/><token_anchor t_id="18"/><token_anchor t_id="19"/>'
    untyped = f'<ENTITY_MENTION m_id="8">{anchors}</ENTITY_MENTION>'
    typed = f'<ENTITY_MENTION m_id="7" syntactic_type="APP">{anchors}</ENTITY_MENTION>'
    path = write_article(tmp_path, "8")
    xml = path.read_text().replace('<source m_id="5"/>', '<source m_id="5"/><source m_id="8"/>')

    def gold_texts(markables: str) -> list[str]:
        path.write_text(xml.replace("</Markables>", markables + "</Markables>"))
        article = meantime.read_article(path)
        return [article.text[g.start : g.end] for g in article.gold]

    assert "Wal-Mart" in gold_texts(untyped)
    assert "Wal-Mart" not in gold_texts(untyped + typed)  # the document layer says APP


def gm(
    doc: str, start: int, end: int, type_: str = "PER", head: tuple[int, int] | None = None
) -> GoldMention:
    return GoldMention(doc, start, end, head or (start, end), type_, f"{doc}:{start}")


def sm(doc: str, start: int, end: int, type_: str = "PER", entity: str = "e") -> SystemMention:
    return SystemMention(doc, start, end, type_, entity)


def test_align_strict_and_relaxed() -> None:
    gold = [gm("d", 0, 10, head=(6, 10)), gm("d", 20, 25)]
    system = [sm("d", 6, 10), sm("d", 20, 25), sm("x", 0, 10)]
    assert meantime.align(gold, system, relaxed=False) == {gold[1]: system[1]}
    assert meantime.align(gold, system, relaxed=True) == {gold[0]: system[0], gold[1]: system[1]}
    counts = meantime.ner_counts(gold, [*system, sm("d", 30, 32, "ORG")], relaxed=True)
    assert counts["PER"] == (2, 3, 2)
    assert counts["ORG"] == (0, 1, 0)
    assert meantime.prf(*counts["PER"]) == pytest.approx((2 / 3, 1.0, 0.8))


def clusters(*groups: str) -> list[frozenset[str]]:
    return [frozenset(g) for g in groups]


def test_muc_textbook() -> None:
    # Vilain et al. (1995): key {A B C D}, response {A B} {C D}: 2 of 3 links recalled, all precise.
    assert meantime.muc(clusters("ABCD"), clusters("AB", "CD")) == pytest.approx((1.0, 2 / 3, 0.8))
    assert meantime.muc(clusters("A", "B"), clusters("A", "B")) == (0.0, 0.0, 0.0)


# Luo (2005), figure 1: key {1-5} {6 7} {8 9 A B C}; response (a) merges the last two chains,
# response (b) merges the first and the last.
KEY = clusters("12345", "67", "89ABC")
RESPONSE_A = clusters("12345", "6789ABC")
RESPONSE_B = clusters("1234589ABC", "67")


def test_luo_example_muc() -> None:
    assert meantime.muc(KEY, RESPONSE_A) == pytest.approx((0.9, 1.0, 0.947), abs=1e-3)
    assert meantime.muc(KEY, RESPONSE_B) == pytest.approx((0.9, 1.0, 0.947), abs=1e-3)


def test_luo_example_b_cubed() -> None:
    assert meantime.b_cubed(KEY, RESPONSE_A) == pytest.approx((64 / 84, 1.0, 0.865), abs=1e-3)
    assert meantime.b_cubed(KEY, RESPONSE_B) == pytest.approx((7 / 12, 1.0, 0.737), abs=1e-3)


def test_luo_example_ceaf_e() -> None:
    # (a): {1-5} aligns with {1-5} (phi4 = 1), {8 9 A B C} with {6-C} (2*5/12); {6 7} unaligned.
    total = 1 + 10 / 12
    assert meantime.ceaf_e(KEY, RESPONSE_A) == pytest.approx((total / 2, total / 3, 2 * total / 5))
    assert meantime.conll(KEY, KEY) == pytest.approx(1.0)


def test_b_cubed_counts_missing_mentions_against_recall() -> None:
    # A: half its key chain found; B: absent from the response, so nothing of its chain.
    p, r, _ = meantime.b_cubed(clusters("AB"), clusters("A"))
    assert (p, r) == (1.0, 0.25)


def test_max_assignment() -> None:
    assert meantime.max_assignment([[1.0, 0.0], [0.9, 0.8]]) == pytest.approx(1.8)
    assert meantime.max_assignment([[0.5, 0.9, 0.1]]) == pytest.approx(0.9)
    assert meantime.max_assignment([[0.2], [0.7], [0.4]]) == pytest.approx(0.7)


def test_chains_views() -> None:
    a, b, c = gm("d", 0, 1), gm("d", 2, 3), gm("d", 4, 5)
    b = GoldMention(b.doc, b.start, b.end, b.head, b.type, a.instance)
    matched = {a: sm("d", 0, 1, entity="x"), c: sm("d", 4, 5, entity="x")}
    key, response = meantime.chains([a, b, c], matched, found_only=False)
    assert sorted(map(len, key)) == [1, 2] and sorted(map(len, response)) == [1, 2]
    key, response = meantime.chains([a, b, c], matched, found_only=True)
    assert sorted(map(len, key)) == [1, 1] and [len(r) for r in response] == [2]


def test_innermost_leaves_out_a_description_around_a_name_of_the_same_instance() -> None:
    name = gm("d", 10, 19)
    description = GoldMention("d", 0, 19, (0, 19), name.type, name.instance)
    other = GoldMention("d", 0, 5, (0, 5), "ORG", "another instance")
    assert meantime.innermost([description, name, other]) == [name, other]


def test_command_runs_the_service_pipeline_across_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_article(tmp_path, "1")
    write_article(tmp_path, "2")
    assert meantime.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "NER" in out and "CoNLL" in out and "not scored" in out
    articles = meantime.read_topic(tmp_path)
    system = meantime.run_system(articles)
    full = [s for s in system if s.type == "PER" and articles[0].text[s.start : s.end] == "Steve Jobs"]
    assert len(full) == 2 and len({s.entity for s in full}) == 1  # one person across both articles


def test_command_rejects_a_folder_without_articles(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        meantime.main([str(tmp_path)])
