"""The brand re-scorer experiment: the rules' trace, the candidates' features, the training script.

Made-up sentences only; the figures of the experiment come from bench.train_brand_model, not from here.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from bench import train_brand_model as tm
from tasks.extract.brand_candidates import PATHS, brand_candidates, feature_names
from tasks.extract.brands import extract_brands

TEXT = (
    "近年来，某社区党委推行“邻里暖灯”工作法，组建志愿服务队。"
    "居民说：“现在有事找得到人了。”打通服务群众的“最后一公里”。"
    "“邻里暖灯”每周开展走访，已成为社区的品牌。"
)


def test_trace_leaves_the_brands_as_they_were() -> None:
    trace: dict[str, str] = {}
    with_trace = extract_brands(TEXT, title="邻里暖灯照亮回家路", trace=trace)
    assert with_trace == extract_brands(TEXT, title="邻里暖灯照亮回家路")
    assert [b.term for b in with_trace] == ["邻里暖灯"]
    assert trace["邻里暖灯"] == "named"
    assert set(trace.values()) <= set(PATHS)


def test_every_quoted_span_is_a_candidate_with_its_path() -> None:
    cands = {c.term: c.features for c in brand_candidates(TEXT)}
    assert set(cands) == {"邻里暖灯", "现在有事找得到人了。", "最后一公里"}
    brand, speech, metaphor = cands["邻里暖灯"], cands["现在有事找得到人了。"], cands["最后一公里"]
    assert brand["rule_kept"] == 1 and brand["path_named"] == 1
    assert brand["recurs"] == 1 and brand["leader_before"] == 1 and brand["follower_after"] == 1
    assert speech["rule_kept"] == 0 and speech["path_speech"] == 1
    assert metaphor["rule_kept"] == 0 and metaphor["path_stop_list"] == 1
    assert all(list(f) == feature_names() for f in cands.values())


def test_unquoted_names_the_rules_weigh_are_candidates_too() -> None:
    cands = {c.term: c.features for c in brand_candidates("街道培育了园区青年汇服务品牌，吸引青年参与。")}
    assert cands["园区青年汇"]["unquoted"] == 1 and cands["园区青年汇"]["path_unquoted"] == 1


def test_fit_is_deterministic_and_learns_the_informative_feature() -> None:
    rng = np.random.default_rng(0)
    x = np.column_stack([np.ones(200), rng.integers(0, 2, 200), rng.integers(0, 2, 200)]).astype(float)
    y = ((x[:, 1] == 1) ^ (rng.random(200) < 0.1)).astype(float)
    w = tm.fit(x, y)
    assert np.array_equal(w, tm.fit(x, y))
    assert w[1] > 2 and abs(w[2]) < 1
    assert ((tm.predict(x, w) >= 0.5) == (x[:, 1] == 1)).all()


def test_lexical_vocabulary_keeps_tokens_seen_often_enough() -> None:
    vocab = tm.lexical_vocab(["红色驿站", "邻里驿站", "青年驿站", "三张清单"], min_count=3)
    assert vocab == ["last1:站", "last2:驿站"]
    # each term's tokens as vocabulary columns (last1, last2, first1; -1 where a token is not in it)
    assert tm.lexical_index(["暖心驿站", "三张清单"], vocab).tolist() == [[0, 1, -1], [-1, -1, -1]]


@pytest.mark.slow
def test_the_training_script_writes_the_same_weights_twice(tmp_path: Path) -> None:
    """One first-sight group (the rules of its commit are taken from git), written twice."""
    commit = tm.FIRST_SIGHT["d233-d257"][0]
    if subprocess.run(["git", "cat-file", "-e", commit], cwd=tm.ROOT, capture_output=True).returncode:
        pytest.skip(f"a clone without commit {commit} (shallow): the archived rules cannot be read")
    args = ["--groups", "d233-d257", "--sets", "dev"]
    assert tm.main([*args, "--out", str(tmp_path / "a.json")]) == 0
    assert tm.main([*args, "--out", str(tmp_path / "b.json")]) == 0
    a, b = (json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("a.json", "b.json"))
    assert a["weights"] == b["weights"] and a["texts"] == 25
    assert a["training_groups"] == {"d233-d257": commit} and "rule_kept" in a["features"]
    assert a["positives"] > 0 and "rule_kept" in a["weights"] and "path_named" not in a["weights"]


@pytest.mark.slow
def test_two_sets_first_scored_by_one_commit_share_its_rules(capsys: pytest.CaptureFixture[str]) -> None:
    """d429-d453 and d454-d478 were both first scored by one commit: its archive is made once and both
    groups get rows (the script stopped on the second before), and the LOGO table has a row for each."""
    groups = ("d429-d453", "d454-d478")
    commit = tm.FIRST_SIGHT[groups[0]][0]
    assert tm.FIRST_SIGHT[groups[1]][0] == commit
    if subprocess.run(["git", "cat-file", "-e", commit], cwd=tm.ROOT, capture_output=True).returncode:
        pytest.skip(f"a clone without commit {commit} (shallow): the archived rules cannot be read")
    assert tm.main(["--groups", ",".join(groups), "--sets", "dev", "--logo", "--no-write"]) == 0
    table = capsys.readouterr().out
    for g in groups:
        assert any(line.startswith(f"{g}\t25\t") for line in table.splitlines()), table
    assert "recent groups (v16+), rules alone:" in table


def test_the_training_script_refuses_a_feature_it_does_not_compute(capsys: pytest.CaptureFixture[str]) -> None:
    """`--drop-features` names the candidate features to leave out; a misspelt one stops the run before any text."""
    assert tm.main(["--drop-features", "position,posiiton", "--no-write"]) == 2
    assert "posiiton" in capsys.readouterr().out
