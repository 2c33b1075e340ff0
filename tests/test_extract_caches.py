"""`clear_caches` empties what the extractors remember from earlier pages and keeps the data they loaded,
so that a bench's pass pays what a worker pays on pages it has not seen."""

from __future__ import annotations

import re
import tomllib

from bench.brand_ablation import cue_data
from tasks.extract import brands, postagger, subjects
from tasks.extract.caches import clear_caches
from tasks.extract.facts import extract_facts

BODY = "社区推行“红管家”服务机制，组建“邻里帮”志愿队，累计服务居民1260人次。“红管家”由12名党员组成。"


def test_result_caches_are_emptied_and_loaded_data_kept() -> None:
    first = brands.extract_brands(BODY)
    extract_facts(BODY)
    assert brands.is_generic_form.cache_info().currsize > 0
    assert subjects._tagged.cache_info().currsize > 0
    assert brands.cues.cache_info().currsize == 1
    clear_caches()
    for cached in (brands.is_generic_form, brands.looks_like_name, subjects._tagged, postagger.viterbi):
        assert cached.cache_info().currsize == 0, cached
    assert brands.cues.cache_info().currsize == 1  # the word lists stay loaded
    assert brands.extract_brands(BODY) == first  # and a cold pass finds the same


def test_the_brand_ablation_sees_its_own_cues_not_cached_verdicts() -> None:
    term = "楼宇党建"  # generic by a `generic_patterns` row alone
    assert brands.is_generic_form(term)
    data = tomllib.loads(brands.CUES_TOML.read_text(encoding="utf-8"))
    data["generic_patterns"] = [p for p in data["generic_patterns"] if not re.search(p, term)]
    with cue_data(data):
        assert not brands.is_generic_form(term)  # the verdict cached before the swap is not reused
    assert brands.is_generic_form(term)
