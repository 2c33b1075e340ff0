"""Expected values for every seed page, written by reading the seeds (../shared/seeds, copied to seeds/pages)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tasks.pipeline import process_source
from tasks.records import Article
from tests.conftest import SEEDS

EXPECTED = {
    "000_48b2992bbe46c692.txt": {
        "title": "云南玉溪市红塔区:“加减乘除” 打造城市基层党建“动力引擎”",
        "published_at": datetime(2018, 9, 25, 9, 39),
        "source_outlet": "人民网-中国共产党新闻网",
        "author_org": "中共红塔区委组织部",
        "editors": ("宋晨", "闫妍"),
        "collection": "“全国城市基层党建创新案例”征集评选活动",
        "channel": "中国共产党新闻网 > 党建 > “全国城市基层党建创新案例”征集评选活动",
        "script_original": "traditional",
        "is_truncated": False,
        "sections": [("一、背景与起因", "background"), ("二、主要做法", "practice"), ("三、成效及启示", "outcome")],
        "first": "红塔区地处云南省中部",
        "last_ends": "提供了有力支撑。",
    },
    "001_0812f27126c4a880.txt": {
        "title": None,
        "published_at": datetime(2018, 10, 29, 13, 52),
        "source_outlet": "人民网-中国共产党新闻网",
        "author_org": "长兴县委组织部",
        "editors": (),
        "collection": "“全国城市基层党建创新案例”征集评选活动",
        "channel": None,
        "script_original": "simplified",
        "is_truncated": False,
        "sections": [
            ("一、背景与起因", "background"),
            ("二、主要做法及成效", "practice"),
            ("三、经验与启示", "lesson"),
        ],
        "first": "雉城街道地处长兴县主城区",
        "last_ends": "全区域提升”。",
    },
    "002_31e4f86bd4ecfaed.txt": {
        "title": "四川省泸州市:推进党建引领城市基层治理走深走实",
        "published_at": datetime(2023, 12, 5, 17, 52),
        "source_outlet": "中国城市报",
        "author_org": "中共泸州市委组织部",
        "editors": (),
        "collection": "外媒看四川",
        "channel": "首页 > 南充经济网 > 外媒看四川",
        "script_original": "simplified",
        "is_truncated": False,
        "sections": [
            ("高位推进谋全局提升城市基层治理统筹力", "practice"),
            ("强基固本夯基础激发城市基层治理新活力", "practice"),
            ("全域共治促发展增强城市基层治理聚合力", "practice"),
        ],
        "first": "泸州市是著名的中国酒城",
        "last_ends": "提供坚强组织保证。",
    },
    "003_6329a6ff2b96f8b9.txt": {
        "title": "四川省成都市金牛区:探索实施“三动”工作模式 深入推进党建引领院落(小区)治理",
        "published_at": datetime(2018, 11, 5, 13, 35),
        "source_outlet": "人民网-中国共产党新闻网",
        "author_org": "中共成都市金牛区委组织部",
        "editors": ("黄瑾", "乔业琼"),
        "collection": "“全国城市基层党建创新案例”征集评选活动",
        "channel": "中国共产党新闻网 > 党建 > “全国城市基层党建创新案例”征集评选活动",
        "script_original": "traditional",
        "is_truncated": False,
        "sections": [
            ("一、背景与起因", "background"),
            ("二、做法与成效", "practice"),
            ("三、经验与启示", "lesson"),
            ("四、探讨与评论", "discussion"),
        ],
        "first": "居民院落(小区)是社会矛盾的聚集点",
        "last_ends": "推动院落小区治理法制化规范化运行。",
    },
    "004_b20c36ee2810c38c.txt": {
        "title": "弘扬改革创新精神 激发城市发展活力",
        "published_at": None,
        "source_outlet": None,
        "author_org": "中共甘肃省委组织部",
        "editors": (),
        "collection": "党建交流",
        "channel": None,
        "script_original": "simplified",
        "is_truncated": True,
        "sections": [
            ("统筹谋划 完善城市基层党建责任体系", "practice"),
            ("深化改革 下好城市基层党建“先手棋”", "practice"),
        ],
        "first": "城市基层党建是一项系统工程",
        "last_ends": "跨层级调剂使用行政和事业编制786个。",
    },
}


@pytest.fixture(scope="module")
def parsed() -> dict[str, Article]:
    out = {}
    for name in EXPECTED:
        article = process_source(str(SEEDS / name))
        assert isinstance(article, Article), article
        out[name] = article
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize(
    "field",
    [
        "title",
        "published_at",
        "source_outlet",
        "author_org",
        "editors",
        "collection",
        "channel",
        "script_original",
        "is_truncated",
    ],
)
def test_metadata(parsed: dict[str, Article], name: str, field: str) -> None:
    assert getattr(parsed[name], field) == EXPECTED[name][field]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sections_in_order_with_kinds(parsed: dict[str, Article], name: str) -> None:
    article = parsed[name]
    assert [(s.heading, s.kind) for s in article.sections] == EXPECTED[name]["sections"]
    assert [s.ordinal for s in article.sections] == list(range(1, len(article.sections) + 1))
    for section in article.sections:
        assert section.text, f"section {section.heading} has no text"
        assert section.text in article.body


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_body_starts_and_ends_with_article_text(parsed: dict[str, Article], name: str) -> None:
    article = parsed[name]
    lead = next(p for p in article.paragraphs if p not in {s.heading for s in article.sections})
    assert lead.startswith(EXPECTED[name]["first"])
    assert article.paragraphs[-1].endswith(EXPECTED[name]["last_ends"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_furniture_in_body(parsed: dict[str, Article], name: str) -> None:
    body = parsed[name].body
    for residue in (
        "扫一扫",
        "相关专题",
        "上一篇",
        "下一篇",
        "分享到",
        "相关热词搜索",
        "栏目专题推荐",
        "责编",
        "<",
        ">",
        "•",
        "■",
        "来源:",
        "下转",
        "时政要闻",
        "全国党建案例库",
    ):
        assert residue not in body, residue


def test_traditional_mirror_keeps_original_and_loses_pinyin(parsed: dict[str, Article]) -> None:
    article = parsed["003_6329a6ff2b96f8b9.txt"]
    assert "党组织" in article.body and "黨" not in article.body
    assert article.channel is not None and article.channel.startswith("中国共产党新闻网"), "pinyin gone from header"
    assert "(qū)" not in article.body_original and "(lǐng)" not in article.body_original
    assert "院落(小區)" in article.body_original, "original script kept, parenthesised words kept"
    assert "院落(小区)" in article.body
    assert len(article.paragraphs) == len(article.paragraphs_original)


def test_simplified_page_original_equals_body(parsed: dict[str, Article]) -> None:
    article = parsed["001_0812f27126c4a880.txt"]
    assert article.body_original == article.body


def test_captions_kept_out_of_body(parsed: dict[str, Article]) -> None:
    luzhou = parsed["002_31e4f86bd4ecfaed.txt"]
    assert luzhou.captions == (
        "泸州市举办党建引领城市基层治理暨“红色物业”“五社联动”工作会议。",
        "泸州市江阳区在报恩塔商圈建起“红立方”党群服务站。",
        "泸州市龙马潭区巴士天福苑小区召开“微治理”坝坝会。",
        "泸州市城区景观。",
    )
    assert "泸州市城区景观" not in luzhou.body
    gansu = parsed["004_b20c36ee2810c38c.txt"]
    assert gansu.captions == ("甘肃省兰州市城市景观。",)


def test_trailing_attribution_is_author_not_body(parsed: dict[str, Article]) -> None:
    body = parsed["002_31e4f86bd4ecfaed.txt"].body
    assert "图片由" not in body and "(中共泸州市委组织部" not in body


def test_print_layout_breaks_are_joined(parsed: dict[str, Article]) -> None:
    body = parsed["004_b20c36ee2810c38c.txt"].body
    for joined in ("为全面推进城市社区党支部建设标准化", "健全调度机制抓落实", "等16个部门单位", "权力下放的原则"):
        assert joined in body, joined
    assert "城市社\n" not in body


def test_missing_title_and_date_are_flagged_not_invented(parsed: dict[str, Article]) -> None:
    assert "no title on the page" in parsed["001_0812f27126c4a880.txt"].notes
    assert "no publication date on the page" in parsed["004_b20c36ee2810c38c.txt"].notes
    assert parsed["000_48b2992bbe46c692.txt"].notes == ()
