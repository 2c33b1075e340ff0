"""bench.brand_single_mention: the policy that drops quotes named once without a naming cue."""

from __future__ import annotations

import numpy as np

from bench import train_brand_model as tbm
from bench.brand_single_mention import policy_masks
from tasks.extract.brand_candidates import brand_candidates, feature_names


def test_a_quote_named_once_without_a_cue_is_dropped_a_cued_or_repeated_one_kept() -> None:
    # a made-up text: one quote named once with no cue, one named once after a naming verb, one quoted twice
    body = "社区有个“石榴小院”。社区推行“红枫议事”，每月一次。居民常去“槐荫茶叙”，“槐荫茶叙”越办越火。"
    names = feature_names()
    cands = [c for c in brand_candidates(body, None) if c.term in {"石榴小院", "红枫议事", "槐荫茶叙"}]
    assert {c.term for c in cands} == {"石榴小院", "红枫议事", "槐荫茶叙"}
    x = np.array([[c.features[n] for n in names] for c in cands], dtype=float)
    rows = tbm.Rows(
        ids=["t"] * len(cands),
        groups=["g"] * len(cands),
        terms=[c.term for c in cands],
        x=x,
        y=np.zeros(len(cands)),
        rule=np.ones(len(cands), dtype=bool),
    )
    masks = policy_masks(rows)
    kept = {t for t, k in zip(rows.terms, masks["drop_once_no_cue"], strict=True) if k}
    assert kept == {"红枫议事", "槐荫茶叙"}
    assert masks["rules"].all()
