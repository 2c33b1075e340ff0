"""Site adapters (selectors as data) and the generic reader on the fixture site's pages, read as files."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from flows.cli import main as cli
from tasks import sites
from tasks.pipeline import process_source
from tasks.records import Article
from tests.fixtures.site import server as site_mod

PAGES = site_mod.PAGES


def _article(name: str) -> Article:
    outcome = process_source(str(PAGES / name))
    assert isinstance(outcome, Article), outcome
    return outcome


@pytest.mark.parametrize(
    ("name", "reader", "title", "published", "source", "editors"),
    [
        (
            "people2020.html",
            "people.cn/2020",
            "南京鼓楼:“红色管家”激活小区治理新动能",
            datetime(2022, 2, 13, 7, 48),
            "新华日报",
            ("萧潇", "张妍"),
        ),
        (
            "people2016_p1.html",
            "people.cn/2016",
            "成都武侯：小区党建“三联三化”破解治理难题",
            datetime(2016, 7, 5, 9, 39),
            "人民网-中国共产党新闻网",
            ("宋晨", "闫妍"),
        ),
        (
            "people_classic.html",
            "people.cn/classic",
            "青岛市北区：“网格化+党建”织密城市治理网",
            datetime(2012, 5, 10, 15, 21),
            "中国共产党新闻网",
            ("王倩", "秦华"),
        ),
        (
            "cn12371.html",
            "12371.cn/2015",
            "上海浦东：楼宇党建让“垂直社区”有了红色引擎",
            datetime(2019, 3, 5, 9, 12),
            "解放日报",
            ("李明",),  # `责任编辑：李明`, unbracketed
        ),
        (
            "generic.html",
            "generic-html",
            "厦门思明区：“近邻党建”让社区更有温度",
            datetime(2023, 12, 5, 17, 52),
            "厦门日报",
            (),
        ),
    ],
)
def test_layouts(name, reader, title, published, source, editors):
    article = _article(name)
    assert (article.reader, article.title, article.published_at) == (reader, title, published)
    assert (article.source_outlet, article.editors) == (source, editors)
    body = article.body
    for furniture in ("相关新闻", "分享到", "版权所有", "热门排行", "相关阅读", "责编", "首页", "热点专题", "浏览次数"):
        assert furniture not in body, (name, furniture)
    assert len(body) > 150


def test_people_breadcrumb_and_collection():
    article = _article("people2020.html")
    assert article.channel == "人民网 > 党建 > “全国城市基层党建创新案例”征集评选活动"
    assert article.collection == "“全国城市基层党建创新案例”征集评选活动"
    assert article.captions == ("鼓楼区某小区“红色管家”议事会现场。",)


def test_pagination_links_and_join():
    url = "http://dangjian.people.com.cn/n1/2016/0705/c117092-28526000.html"
    html = [(PAGES / f"people2016_p{i}.html").read_text(encoding="utf-8") for i in (1, 2, 3)]
    assert sites.page_urls(html[0], url) == [
        "http://dangjian.people.com.cn/n1/2016/0705/c117092-28526000-2.html",
        "http://dangjian.people.com.cn/n1/2016/0705/c117092-28526000-3.html",
    ]
    assert sites.page_urls((PAGES / "generic.html").read_text(encoding="utf-8"), "http://x.cn/a.html") == []
    parts = sites.read_html(sites.join_pages(html, url), url)
    text = "\n".join(parts.lines)
    assert text.index("背景与起因") < text.index("组织联建") < text.index("经验与启示")
    assert "【2】" not in text


def test_adapter_falls_back_to_generic_when_its_body_is_missing():
    html = (PAGES / "people2020.html").read_text(encoding="utf-8").replace('class="rm_txt_con cf"', 'class="x"')
    parts = sites.read_html(html, "http://dangjian.people.com.cn/n1/2022/0213/c117092-1.html")
    assert parts.reader == "generic-html"
    assert any("红色管家" in line for line in parts.lines)


def test_extract_json_uses_the_same_code(capsys):
    assert cli(["extract", "--json", str(PAGES / "people2020.html"), str(PAGES / "missing.html")]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["reader"] == "people.cn/2020" and first["published_at"] == "2022-02-13T07:48:00"
    assert first["body"] == _article("people2020.html").body
    assert second["error"]["reason"] == "not found"


def test_fixture_pages_are_gbk_encodable():
    for path in site_mod.ROUTES:
        site_mod.page_bytes(path)
    assert isinstance(Path(site_mod.PAGES), Path)


@pytest.mark.parametrize("limit", [-1, 0, 3, 4, 5.5, 9, 10, 11, 100])
def test_link_text_exceeds_agrees_with_the_link_text_length(limit: float) -> None:
    """The early-stopping count (generic._link_text_exceeds) answers as the full count compared would."""
    from selectolax.lexbor import LexborHTMLParser

    from tasks.sites import generic

    html = "<div><a href='/1'> 首页 </a>正文<a href='/2'>社区动态</a><p><a href='/3'>更多</a></p><a></a></div>"
    node = LexborHTMLParser(html).css_first("div")
    assert generic._link_text_len(node) == 8
    assert generic._link_text_exceeds(node, limit) == (generic._link_text_len(node) > limit)
