"""bench.brands_against_two scores the real extractor's brands against two annotators, either and both.

A made-up text in a temporary gold directory (CASES_GOLD_DIR) and a second reading beside it; the extractor
runs for real, so the expected counts are read from its output first and then checked against each gold by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.brands_against_two import Tally, main, tally

TEXT = """“红管家”让老旧小区有了主心骨

某市某区某街道

近年来，街道党工委打造“红管家”服务品牌，组建“邻里夜话”议事平台，居民有事在“邻里夜话”上商量。
“红管家”队伍现有成员120人，每月开展“楼道微更新”活动。
"""


def test_tally_counts_each_gold() -> None:
    t = Tally()
    t.add({"甲", "乙", "丙"}, first={"甲", "丁"}, second={"乙", "甲"})
    t.add(set(), first={"戊"}, second=set())
    assert t.texts == 2 and t.predicted == 3
    assert t.right == {"first": 1, "second": 2, "either": 2, "both": 1}
    assert t.gold == {"first": 3, "second": 2, "either": 4, "both": 1}
    assert t.precision("either") == pytest.approx(2 / 3)
    assert t.recall("first") == pytest.approx(1 / 3)
    assert Tally().precision("first") is None


def _gold(root: Path, first: list[str], second: list[str]) -> Path:
    authored, second_dir = root / "authored", root / "second"
    authored.mkdir(parents=True)
    second_dir.mkdir()
    (authored / "d9001.txt").write_text(TEXT, encoding="utf-8")
    (authored / "d9001.json").write_text(json.dumps({"brands": first}, ensure_ascii=False), encoding="utf-8")
    (second_dir / "d9001.json").write_text(json.dumps({"brands": second}, ensure_ascii=False), encoding="utf-8")
    # a text without a second reading is not counted
    (authored / "d9002.txt").write_text(TEXT, encoding="utf-8")
    (authored / "d9002.json").write_text(json.dumps({"brands": first}, ensure_ascii=False), encoding="utf-8")
    return second_dir


def test_real_extractor_against_two_readers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tasks.extract.brands import extract_brands
    from tasks.pipeline import process_source

    monkeypatch.setenv("CASES_GOLD_DIR", str(tmp_path))
    second_dir = _gold(tmp_path, ["红管家"], ["红管家", "邻里夜话"])
    article = process_source(str(tmp_path / "authored" / "d9001.txt"))
    found = {b.term for b in extract_brands(article.body, title=article.title)}
    assert {"红管家", "邻里夜话"} <= found  # the premise: both are found, so each gold's counts follow

    t = tally(["dev"], second_dir)
    assert t.texts == 1 and t.predicted == len(found)
    assert t.right == {"first": 1, "second": 2, "either": 2, "both": 1}
    assert t.recall("second") == 1.0

    assert main(["--sets", "dev", "--second", str(second_dir), "--ids", "d9001"]) == 0
    out = capsys.readouterr().out
    assert "texts 1" in out and "either" in out
    assert "红管家" not in out  # counts only: safe on held-out texts
    assert main(["--sets", "dev", "--second", str(second_dir), "--ids", "d9002"]) == 0
    assert "texts 0" in capsys.readouterr().out
