"""bench.annotator_agreement scores a second annotation against the first with case_gold's rules.

A tiny made-up pair of gold directories (no extractor involved): the figures are worked out by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.annotator_agreement import agreement, main, parse_ids, score_pair


def _region(adcode: str | None) -> dict[str, str | None] | None:
    if adcode is None:
        return None
    level = "county" if not adcode.endswith("00") else "city"
    return {"province": "浙江省", "city": "金华市", "county": None, "adcode": adcode, "region_level": level}


def _case(brands: list[str], leads: list[tuple[str | None, str]], adcode: str | None) -> dict[str, object]:
    practices = [{"ordinal": i, "marker": m, "lead": lead} for i, (m, lead) in enumerate(leads, 1)]
    return {"brands": brands, "practices": practices, "region": _region(adcode)}


FIRST = {
    "x1": _case(
        ["红管家", "邻里夜话", "三张清单"],
        [("（一）", "建强组织体系"), ("（二）", "优化服务阵地，打通最后一公里"), ("（三）", "完善激励机制")],
        "330782",
    ),
    "x2": _case(["楼宇红链"], [], "330782"),
    "x3": _case([], [("一是", "组织共建")], None),
}
SECOND = {
    # ★ is decoration (brand_key strips it); 红色驿站 is a brand only the second annotator saw.
    "x1": _case(
        ["★红管家", "邻里夜话", "红色驿站"],
        [("（一）", "建强组织体系"), ("(二)", "优化服务阵地，打通最后一公里"), (None, "推行积分制度")],
        "330700",
    ),
    "x2": _case(["楼宇红链"], [(None, "楼宇党建")], "330782"),
    "x3": _case([], [("一是", "组织共建：街道与驻区单位签订协议")], "110105"),
}


@pytest.fixture
def gold_dirs(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first", tmp_path / "second"
    for directory, cases in ((first, FIRST), (second, SECOND)):
        directory.mkdir()
        for case_id, case in cases.items():
            body = json.dumps({"id": case_id, **case}, ensure_ascii=False)
            (directory / f"{case_id}.json").write_text(body, encoding="utf-8")
    return first, second


def test_pair_figures(gold_dirs: tuple[Path, Path]) -> None:
    a = agreement(*gold_dirs)
    assert a.texts == 3
    # brands: first 4, second 4, shared 3 (红管家 after decoration, 邻里夜话, 楼宇红链)
    assert (a.b_truth, a.b_second, a.b_both) == (4, 4, 3)
    assert a.brands_p == pytest.approx(0.75) and a.brands_r == pytest.approx(0.75)
    # measures: first 4, second 5; shared 2 (x3's long lead is a prefix match but keeps < 60%)
    assert (a.m_truth, a.m_second, a.m_both) == (4, 5, 2)
    assert a.measures_p == pytest.approx(0.4) and a.measures_r == pytest.approx(0.5)
    assert a.m_marker_same == 1  # （二） vs (二) is a marker disagreement
    # region: x2 exact, x1 the city above the county (partial), x3 a place where the first says null
    assert (a.r_exact, a.r_partial, a.r_wrong) == (1, 1, 1)
    assert "[x1] brand only second: 红色驿站" in a.details
    assert "[x1] brand only first: 三张清单" in a.details
    assert "[x3] region WRONG: second 110105, first None" in a.details


def test_identical_annotations_agree_fully() -> None:
    a = score_pair("x1", FIRST["x1"], FIRST["x1"])
    assert a.brands_p == a.brands_r == a.measures_p == a.measures_r == 1.0
    assert (a.r_exact, a.details) == (1, [])


def test_missing_region_is_partial_not_wrong() -> None:
    a = score_pair("x2", FIRST["x2"], {**FIRST["x2"], "region": None})
    assert (a.r_exact, a.r_partial, a.r_wrong) == (0, 1, 0)


def test_cli_prints_figures(gold_dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    first, second = gold_dirs
    assert main(["--truth", str(first), "--second", str(second)]) == 0
    out = capsys.readouterr().out
    assert "P 0.750  R 0.750" in out
    assert "region   exact 1  partial 1  wrong 1  (of 3)" in out


def test_ids_pick_one_study(gold_dirs: tuple[Path, Path]) -> None:
    # x2 alone: its brand agrees, its one measure is only the second's, its region is exact
    a = agreement(*gold_dirs, ids={"x2"})
    assert a.texts == 1
    assert (a.b_truth, a.b_second, a.b_both) == (1, 1, 1)
    assert (a.m_truth, a.m_second, a.m_both) == (0, 1, 0)
    assert (a.r_exact, a.r_partial, a.r_wrong) == (1, 0, 0)


def test_ids_ranges_parse() -> None:
    assert parse_ids("h151-h153") == {"h151", "h152", "h153"}
    assert parse_ids("x1, x3") == {"x1", "x3"}
    assert parse_ids("h098-h101,h126") == {"h098", "h099", "h100", "h101", "h126"}
    with pytest.raises(ValueError):
        parse_ids("h175-h151")


def test_cli_ids_filter(gold_dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    first, second = gold_dirs
    assert main(["--truth", str(first), "--second", str(second), "--ids", "x1-x2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("texts 2\n")
    assert "[x3]" not in out
