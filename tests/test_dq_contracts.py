"""Contracts, severities and the split into valid rows / quarantine / dq failures (no Prefect needed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pandera.errors as pa_errors
import pytest

from contracts import ARTICLE_TABLES, TABLES
from contracts.checks import Snapshot, compare, rows_lost
from contracts.validate import DQ_FAILURE_COLUMNS, split_batch
from tasks.inputs import read_source
from tasks.pipeline import process_document
from tasks.tables import batch_tables
from warehouse.load import columns_by_table

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "pages"


@pytest.fixture(scope="module")
def seed_tables() -> dict[str, pd.DataFrame]:
    articles = [process_document(read_source(str(p))) for p in sorted(SEEDS.glob("*.txt"))]
    return batch_tables(articles, "run-1", datetime.now(UTC).replace(tzinfo=None), columns_by_table())[0]


def _copy(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {k: v.copy() for k, v in tables.items()}


def test_every_table_has_a_contract_with_declared_severities() -> None:
    for name, table in TABLES.items():
        specs = table.checks()
        assert all(s.severity in ("error", "warning") for s in specs), name
    articles = {(c.column, c.name): c.severity for c in TABLES["articles"].checks()}
    assert articles[("body", "str_length")] == "error"
    assert articles[("body", "simplified_script")] == "error"
    assert articles[("body", "no_boilerplate_residue")] == "warning"
    assert articles[("content_sha256", "duplicate_content")] == "warning"
    sections = {(c.column, c.name): c.severity for c in TABLES["sections"].checks()}
    assert sections[("ordinal", "contiguous_ordinals")] == "error"
    assert sections[("heading", "str_length")] == "warning"
    assert {"dq_runs", "dq_failures"} <= set(TABLES)


def test_seeds_pass_every_contract(seed_tables: dict[str, pd.DataFrame]) -> None:
    split = split_batch(_copy(seed_tables), "run-1")
    assert split.failures.empty, split.failures.to_string()
    assert split.quarantine.empty
    assert len(split.valid["articles"]) == 5
    assert split.stats["articles"].rows_checked == 5


def test_error_quarantines_the_whole_article_warning_loads(seed_tables: dict[str, pd.DataFrame]) -> None:
    tables = _copy(seed_tables)
    arts = tables["articles"]
    bad, warned = arts["article_id"].iloc[0], arts["article_id"].iloc[1]
    arts.loc[0, "published_at"] = datetime.now() + timedelta(days=30)  # error: in the future
    arts.loc[1, "body"] = arts.loc[1, "body"] + "\n分享到:微信"  # warning: boilerplate residue
    split = split_batch(tables, "run-1")

    assert list(split.failures.columns) == DQ_FAILURE_COLUMNS
    errors = split.failures[split.failures["severity"] == "error"]
    assert set(errors["check_name"]) == {"published_not_in_future"}
    assert set(errors["row_key"]) == {bad}
    warnings = split.failures[split.failures["severity"] == "warning"]
    assert set(warnings["check_name"]) == {"no_boilerplate_residue"} and set(warnings["row_key"]) == {warned}
    assert set(split.failures["source_uri"]) == set(arts.loc[[0, 1], "source_uri"])

    assert bad not in set(split.valid["articles"]["article_id"]) and warned in set(
        split.valid["articles"]["article_id"]
    )
    assert bad not in set(split.valid["sections"]["article_id"]), "children follow their article"
    q = split.quarantine
    assert {"articles", "sections"} <= set(q["table_name"]) <= set(ARTICLE_TABLES)
    assert set(q["row_key"].str[:16]) == {bad}
    assert "published_not_in_future" in q[q["table_name"] == "articles"]["reason"].iloc[0]
    assert split.n_quarantined_articles == 1
    assert split.stats["articles"].rows_failed == 2 and split.stats["articles"].rows_quarantined == 1


@pytest.mark.parametrize(
    ("column", "value", "check"),
    [
        ("body", "<div class='x'>城市基层党建</div>" * 30, "no_markup_residue"),
        ("body", "中國(guó)共產(chǎn)黨" * 40, "no_pinyin_residue"),
        ("body", "中國共產黨黨員幹部聯繫群眾" * 30, "simplified_script"),
        ("body", "Lorem ipsum dolor sit amet " * 20, "mostly_chinese"),
        ("body", "首页 党建 新闻", "str_length"),
        ("published_at", datetime(1900, 1, 1), "greater_than_or_equal_to"),
        ("title", "x" * 500, "str_length"),
    ],
)
def test_each_error_check_catches_its_corruption(
    seed_tables: dict[str, pd.DataFrame], column: str, value: object, check: str
) -> None:
    tables = _copy(seed_tables)
    tables["articles"][column] = tables["articles"][column].astype(object)
    tables["articles"].at[2, column] = value
    split = split_batch(tables, "run-1")
    errors = split.failures[split.failures["severity"] == "error"]
    assert check in set(errors["check_name"].str.split("(").str[0]), split.failures.to_string()
    assert split.n_quarantined_articles == 1


def test_sections_must_be_contiguous_and_unique(seed_tables: dict[str, pd.DataFrame]) -> None:
    tables = _copy(seed_tables)
    sec = tables["sections"]
    first = sec["article_id"].iloc[0]
    sec.loc[sec.index[sec["article_id"] == first][-1], "ordinal"] = 9
    split = split_batch(tables, "run-1")
    fails = split.failures
    assert set(fails["check_name"]) == {"contiguous_ordinals"}
    assert len(fails) == 1 and fails["column_name"].iloc[0] == "ordinal", "one row per failing row, not per column"
    assert first not in set(split.valid["articles"]["article_id"])


def test_identical_content_loads_both_with_a_duplicate_warning(seed_tables: dict[str, pd.DataFrame]) -> None:
    tables = _copy(seed_tables)
    tables["articles"].loc[1, "content_sha256"] = tables["articles"].loc[0, "content_sha256"]
    split = split_batch(tables, "run-1")
    assert len(split.valid["articles"]) == 5
    dup = split.failures[split.failures["check_name"] == "duplicate_content"]
    assert dup["severity"].tolist() == ["warning"] and dup["row_key"].tolist() == [
        tables["articles"].loc[1, "article_id"]
    ]


def test_reference_checks_use_known_values(seed_tables: dict[str, pd.DataFrame], monkeypatch) -> None:
    """A column declared `references` must hold values present in the reference table (when loaded)."""
    table = TABLES["articles"]
    monkeypatch.setattr(
        type(table),
        "references",
        lambda self: {"source_outlet": ("outlets", "name")} if self.name == "articles" else {},
    )
    tables = _copy(seed_tables)
    known = {("outlets", "name"): {"人民网-中国共产党新闻网"}}
    split = split_batch(tables, "run-1", known)
    refs = split.failures[split.failures["check_name"] == "known_reference"]
    outlets = tables["articles"]["source_outlet"]
    expected = outlets.notna() & (outlets != "人民网-中国共产党新闻网")
    assert len(refs) == int(expected.sum())
    assert split.n_quarantined_articles == int(expected.sum())


def test_table_level_checks_compare_with_previous_run() -> None:
    prev = Snapshot(100, {"title": 2, "published_at": 1})
    assert compare("articles", Snapshot(95, {"title": 3, "published_at": 1}), prev) == []
    found = compare("articles", Snapshot(50, {"title": 30, "published_at": 1}), prev)
    assert [f["check_name"] for f in found] == ["row_count_drop", "null_share_jump"]
    assert found[1]["column_name"] == "title" and "60%" in found[1]["failure_case"]
    assert compare("articles", Snapshot(1, {}), None) == []
    assert rows_lost(10, 9)[0]["check_name"] == "rows_lost" and rows_lost(10, 10) == []


def test_article_tables_are_generic() -> None:
    assert ARTICLE_TABLES[0] == "articles"
    for name in ARTICLE_TABLES:
        assert "article_id" in TABLES[name].schema().columns


def test_navigation_lines_are_not_an_article(seed_tables: dict[str, pd.DataFrame]) -> None:
    tables = _copy(seed_tables)
    tables["articles"].at[3, "body"] = "\n".join(f"栏目{i} 新闻" for i in range(40))
    split = split_batch(tables, "run-1")
    assert set(split.failures["check_name"]) == {"article_prose"}
    assert split.n_quarantined_articles == 1


def test_facts_odd_figures_are_warnings_not_quarantine(seed_tables: dict[str, pd.DataFrame]) -> None:
    tables = _copy(seed_tables)
    assert len(tables["facts"]) >= 2, "the seeds give facts to corrupt"
    facts = tables["facts"]
    facts["unit"] = facts["unit"].astype(object)
    facts.loc[facts.index[0], "value"] = 0.0
    arabic = facts.index[1:][facts["raw"].iloc[1:].str.contains(r"^[1-9]\d*[^\d.,/万亿千]*$", regex=True)][0]
    facts.loc[arabic, "value"] = float(facts.loc[arabic, "value"]) * 7.3 + 1  # read from the wrong place
    facts.loc[facts.index[2], "unit"] = None  # a bare magnitude: no unit is allowed
    split = split_batch(tables, "run-1")
    fails = split.failures[split.failures["table_name"] == "facts"]
    checks = set(zip(fails["check_name"], fails["severity"], strict=True))
    assert ("positive_value", "warning") in checks and ("raw_holds_value_digits", "warning") in checks
    assert {severity for _, severity in checks} == {"warning"}
    assert split.n_quarantined_articles == 0 and len(split.valid["facts"]) == len(facts)


def test_national_statistics_load_and_a_misread_number_does_not(tmp_path: Path) -> None:
    # a round-up quoting the national economy is an article like any other (its figures in 万亿 are real); a
    # number past 千万亿 can only be a misread, and its article is kept out with the reason
    text = tmp_path / "roundup.txt"
    body = (
        "全国社区治理观察\n"
        "2024年，我国国内生产总值达到134.9万亿元，住户存款余额超过151万亿元。基层治理的投入随之增长，"
        "各地街道把更多资源下沉到社区，居民议事会、楼栋长制度和志愿服务队在城市社区普遍建立起来。"
        "本文梳理了12个城市的做法，供各地参考借鉴。"
    ) * 2
    text.write_text(body, encoding="utf-8")
    article = process_document(read_source(str(text)))
    tables = batch_tables([article], "run-1", datetime.now(UTC).replace(tzinfo=None), columns_by_table())[0]
    assert set(tables["facts"]["value"]) >= {1.349e14, 1.51e14}
    split = split_batch(tables, "run-1")
    assert split.n_quarantined_articles == 0 and split.failures.empty

    tables["facts"] = tables["facts"].copy()
    tables["facts"].loc[tables["facts"].index[0], "value"] = 2e15
    split = split_batch(tables, "run-1")
    errors = split.failures[split.failures["severity"] == "error"]
    assert set(errors["check_name"]) == {"plausible_value"}  # (the digits check warns beside it)
    assert split.n_quarantined_articles == 1


@pytest.mark.parametrize(
    ("gold_text", "longest", "shortest"),
    [
        ("d411", 114, 86),  # an inline `一是…；` lead runs 114 characters to its `；` (GUIDELINES h51)
        ("d112", 1, 1),  # e-paper heads `春：…` … `冬：…` leave one character (GUIDELINES h76)
    ],
)
def test_measure_leads_as_the_guidelines_cut_them_load(gold_text: str, longest: int, shortest: int) -> None:
    # a whole lead is not a bad row: its article must not be quarantined for it
    text = Path(__file__).resolve().parent / "gold" / "authored" / f"{gold_text}.txt"
    article = process_document(read_source(str(text)))
    tables = batch_tables([article], "run-1", datetime.now(UTC).replace(tzinfo=None), columns_by_table())[0]
    lengths = tables["practices"]["heading"].str.len()
    assert (lengths.max(), lengths.min()) == (longest, shortest)
    split = split_batch(tables, "run-1")
    assert split.quarantine.empty, split.quarantine.to_string()
    assert len(split.valid["practices"]) == len(tables["practices"])


HEADLINE_ONLY_BRAND = """“桐荫红管家”让老街区的事有人管
来源：某区委组织部  2025-03-02

槐花社区是一个建于上世纪八十年代的老旧街区，共有居民楼46栋。去年以来，社区党委组建“红管家”队伍，由在职党员、退休党员和热心居民担任，分片联系楼栋。
一是建强队伍。社区把全部楼栋划为12个片区，每个片区配备“红管家”2名，每周走访不少于一次。
二是畅通渠道。居民的难事通过“红管家”收集，小事当天办、难事一周内回复。
三是完善评议。社区每月召开一次评议会，请居民代表给每个片区的服务打分，得分在楼道公示栏公开，连续两次靠后的片区由社区党委书记约谈。
今年以来，“红管家”共收集居民诉求326件，办结318件，楼道堆物、路灯不亮等老问题明显减少，居民说老街区的事终于有人管了。
"""


def test_a_brand_only_the_headline_names_loads_with_no_body_offset(tmp_path: Path) -> None:
    # the body only shortens the headline's name: before, `count = 0` quarantined the whole article
    page = tmp_path / "headline_brand.txt"
    page.write_text(HEADLINE_ONLY_BRAND, encoding="utf-8")
    article = process_document(read_source(str(page)))
    tables = batch_tables([article], "run-1", datetime.now(UTC).replace(tzinfo=None), columns_by_table())[0]
    brands = tables["brands"].set_index("term")
    headline = brands.loc["桐荫红管家"]
    assert (headline["count"], headline["first_sentence"]) == (0, article.title)
    assert pd.isna(headline["char_start"])
    assert brands.loc["红管家", "count"] == 4 and not pd.isna(brands.loc["红管家", "char_start"])
    split = split_batch(tables, "run-1")
    assert split.quarantine.empty, split.quarantine.to_string()
    assert len(split.valid["brands"]) == len(tables["brands"])


def test_a_brand_row_has_a_body_offset_exactly_when_the_body_names_it() -> None:
    rows = pd.DataFrame(
        [
            {"term": "红管家", "count": 0, "char_start": 5},  # an offset for a term the body never names
            {"term": "桐荫议事", "count": 2, "char_start": None},  # named twice, yet no offset
            {"term": "桐荫红管家", "count": 0, "char_start": None},  # headline only: right
            {"term": "老街坊", "count": 1, "char_start": 40},  # right
        ]
    ).assign(article_id="0" * 16, first_sentence="x", ordinal=[1, 2, 3, 4])
    rows["char_start"] = rows["char_start"].astype("Int64")
    with pytest.raises(pa_errors.SchemaErrors) as caught:
        TABLES["brands"].model.validate(rows, lazy=True)
    failed = caught.value.failure_cases
    assert set(failed["check"]) == {"headline_only_has_no_offset"}
    assert sorted(failed["index"].dropna().astype(int).unique()) == [0, 1]
