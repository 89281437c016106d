"""The TempEval-3 style scorer on a tiny synthetic TimeML file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eval.tempeval import Timex, find_tml, main, parse_tml, relaxed_pairs, score

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-11" functionInDocument="CREATION_TIME">2024-11-11</TIMEX3></DCT>
<TEXT>
The minister <EVENT eid="e1">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2024-11-07">Thursday</TIMEX3> \
that the war had lasted <TIMEX3 tid="t2" type="DURATION" value="P3Y">nearly three years</TIMEX3>. \
Convoys leave <TIMEX3 tid="t3" type="SET" value="P1W">every week</TIMEX3> &amp; at \
<TIMEX3 tid="t4" type="TIME" value="2024-11-11T06:30">06:30 GMT</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml(tmp_path: Path) -> Path:
    path = tmp_path / "corpus" / "sub" / "test1.tml"
    path.parent.mkdir(parents=True)
    path.write_text(TML, encoding="utf-8")
    return path


def test_parse_maps_gold_timexes_to_offsets_in_the_stripped_text(tml: Path) -> None:
    doc = parse_tml(tml)
    assert doc.dct == date(2024, 11, 11)
    assert "<" not in doc.text and "&amp;" not in doc.text
    assert [(t.type, t.value) for t in doc.timexes] == [
        ("DATE", "2024-11-07"),
        ("DURATION", "P3Y"),
        ("SET", "P1W"),
        ("TIME", "2024-11-11T06:30"),
    ]
    assert [doc.text[t.start : t.end] for t in doc.timexes] == [
        "Thursday",
        "nearly three years",
        "every week",
        "06:30 GMT",
    ]
    # the creation time is not one of the scored timexes
    assert all(t.value != "2024-11-11" for t in doc.timexes)


def test_tolerant_parser_gives_the_same_offsets_for_broken_xml(tmp_path: Path, tml: Path) -> None:
    broken = tmp_path / "broken.tml"
    broken.write_text(TML.replace("<DOCID>TEST1</DOCID>", "<DOCID>TEST1 & co</DOCID><BR>"), encoding="utf-8")
    good, bad = parse_tml(tml), parse_tml(broken)
    assert bad.dct == good.dct
    assert bad.text == good.text
    assert [(t.start, t.end, t.value) for t in bad.timexes] == [
        (t.start, t.end, t.value) for t in good.timexes
    ]


def test_find_tml_searches_folders_recursively(tml: Path, tmp_path: Path) -> None:
    assert find_tml([tmp_path / "corpus"]) == [tml]
    assert find_tml([tml]) == [tml]


def _gold(tml: Path) -> list[Timex]:
    return parse_tml(tml).timexes


def test_score_counts_strict_relaxed_and_value_matches(tml: Path) -> None:
    gold = _gold(tml)
    thursday, years, week, _clock = gold
    predicted = [
        Timex(thursday.start, thursday.end, "DATE", "2024-11-07"),  # exact span, right value
        Timex(years.start + len("nearly "), years.end, "DURATION", "P3Y"),  # overlap, right value
        Timex(week.start, week.end, "SET", "P7D"),  # exact span, wrong value
        Timex(0, 3, "DATE", "PRESENT_REF"),  # nothing there in the gold
    ]
    scores = score(gold, predicted)
    overall = scores.overall
    assert (overall.gold, overall.predicted) == (4, 4)
    assert (overall.strict_gold, overall.relaxed_gold, overall.value_gold) == (2, 3, 2)
    assert overall.prf("strict") == pytest.approx((0.5, 0.5, 0.5))
    assert overall.prf("relaxed") == pytest.approx((0.75, 0.75, 0.75))
    assert overall.prf("value") == pytest.approx((0.5, 0.5, 0.5))
    assert overall.type_accuracy == 1.0
    # the missed clock time and the spurious prediction show up in their own types
    assert (scores.by_type["TIME"].gold, scores.by_type["TIME"].relaxed_gold) == (1, 0)
    assert (scores.by_type["DATE"].predicted, scores.by_type["DATE"].relaxed_predicted) == (2, 1)
    assert scores.by_type["DURATION"].prf("strict") == (0.0, 0.0, 0.0)


def test_wrong_type_is_counted_on_both_sides(tml: Path) -> None:
    thursday = _gold(tml)[0]
    scores = score([thursday], [Timex(thursday.start, thursday.end, "TIME", thursday.value)])
    assert scores.by_type["DATE"].relaxed_gold == 1 and scores.by_type["TIME"].relaxed_predicted == 1
    assert scores.overall.type_accuracy == 0.0


def test_relaxed_matching_is_one_to_one_largest_overlap_first() -> None:
    gold = [Timex(0, 10, "DATE", "x")]
    predicted = [Timex(0, 2, "DATE", "x"), Timex(1, 9, "DATE", "x")]
    assert relaxed_pairs(gold, predicted) == [(0, 1)]
    scores = score(gold, predicted)
    assert (scores.overall.relaxed_gold, scores.overall.relaxed_predicted) == (1, 1)


def test_main_prints_the_table_and_counts(
    tml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    errors = tmp_path / "errors.tsv"
    assert main([str(tmp_path / "corpus"), "--errors", str(errors)]) == 0
    out = capsys.readouterr().out
    assert "files: 1  gold timexes: 4" in out
    for row in ("DATE", "TIME", "DURATION", "SET", "overall"):
        assert any(line.startswith(row) for line in out.splitlines())
    assert errors.exists()


def test_main_fails_without_tml_files(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 2
