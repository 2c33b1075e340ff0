"""The HTML reader's cheaper passes (issue 11, perf engineer U) answer as the passes they replace.

Each speed change in tasks/sites/generic.py, tasks/sites/page_meta.py and tasks/dates.py is checked here against
the plain reading it stands for: the script date found from its names against the pattern tried everywhere, the
dateline of dates already read against `dateline_date`, the furniture found in one walk against three, the date
walk that stops at a body with a dateline above it, and the link lists asked once per element.
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from tasks.dates import dateline_date, dateline_of, labelled_dates
from tasks.sites import generic
from tasks.sites.page_meta import _SCRIPT_DATE, find_pair, script_date

_NAMES = (
    "datePublished", "pubDate", "publishDate", "publish_date", "pubtime", "pubTime", "publishTime", "publish_time",
    "dateModified", "pub", "datePub", "Published",
)  # fmt: skip
_DATES = ("2023-05-12", "2019-1-2 10:00", "2023-05-12T10:00:00+08:00", "1899-01-01", "2023-5-6 8:30:15", "20230512")


def _made_up(rnd: random.Random) -> str:
    """Strings near script dates: names, quotes and separators right and wrong, glued and cut at random."""

    def one() -> str:
        q = [rnd.choice("\"'x") for _ in range(4)]
        return (
            rnd.choice(["", "ub", "pub", "<p>", "'", '"'])
            + f"{q[0]}{rnd.choice(_NAMES)}{q[1]}{rnd.choice(['', ' '])}{rnd.choice([':', '='])}{rnd.choice(['', ' '])}"
            + f"{q[2]}{rnd.choice(_DATES)}{q[3]}"
        )

    text = "".join(one() for _ in range(rnd.randint(1, 4)))
    if rnd.random() < 0.3:
        cut = rnd.randrange(len(text))
        text = text[:cut] + text[cut + 1 :]
    return text


def test_script_date_is_the_pattern_searched_everywhere() -> None:
    rnd = random.Random(11)
    matched = 0
    for _ in range(20_000):
        text = _made_up(rnd)
        want = _SCRIPT_DATE.search(text)
        got = script_date(text)
        assert (got is None) == (want is None), text
        if want is not None and got is not None:
            matched += 1
            assert got.span() == want.span() and got.group("date") == want.group("date"), text
    assert matched > 1_000  # the made-up strings do hold dates


@pytest.mark.parametrize(
    ("html", "date"),
    [
        ('<script>var a = {"datePublished": "2023-05-12T10:00:00+08:00"}</script>', "2023-05-12T10:00:00+08:00"),
        ("<p class='pub'>x</p><script>x={'pubDate':'2019-1-2 10:00'}</script>", "2019-1-2 10:00"),
        ('<a href="/publish">p</a> "publishTime" : "2020-02-03"', "2020-02-03"),
        ('"datePub": "2023-05-12" "pubtime": "2021-01-01"', "2021-01-01"),
        ("<p>no date here, only a club and a pub</p>", None),
        ("", None),
    ],
)
def test_script_date_examples(html: str, date: str | None) -> None:
    found = script_date(html)
    assert (found.group("date") if found else None) == date


@pytest.mark.parametrize(
    "text",
    [
        "2018年09月25日09:39 来源：人民网",
        "更新时间：2023-05-13 发布时间：2023-05-12 10:00",
        "更新时间：2023-05-13",
        "今天是：2024年6月13日 星期四",
        "发布日期 2019-02-30 2019-03-01",
        "2019年8月19日",
        "标题一二三四五 2023-06-16",
    ],
)
def test_dateline_of_the_dates_read_is_dateline_date(text: str) -> None:
    for allow_update in (False, True):
        assert dateline_of(labelled_dates(text), allow_update) == dateline_date(text, allow_update)


def test_labelled_dates_with_and_without_a_lead() -> None:
    assert labelled_dates("2019-05-17 · 苏皖城市报道") == [(datetime(2019, 5, 17), "none")]
    assert labelled_dates("发布时间：2019-05-17 更新时间：2019-05-18") == [
        (datetime(2019, 5, 17), "publish"),
        (datetime(2019, 5, 18), "update"),
    ]
    assert labelled_dates("今天是：2024年6月13日") == []
    assert labelled_dates("2024-06-13 10:00 2024年6月14日") == [
        (datetime(2024, 6, 13, 10, 0), "none"),
        (datetime(2024, 6, 14), "none"),
    ]


_MENU = "".join(f"<li class='n{i}'><a href='/{i}'>栏目{i}</a></li>" for i in range(40))
_FURNITURE_PAGE = f"""<html><body>
<noscript><div class="author">脚本作者</div><nav>导航 <a href="/">首页</a></nav></noscript>
<div class="nav-bar"><ul class="menu">{_MENU}</ul></div><div class="breadcrumb">首页 > 党建 > 正文</div>
<header><h2>头条</h2><span>2019-05-17 10:00</span></header>
<div class="content"><p class="author">中共红塔区委组织部</p><p>{"正文一句。" * 60}</p></div>
<div class="comments"><div class="author">评论者</div><p>好。</p></div>
<aside>侧栏 <a href="/x">链接</a></aside><footer>版权所有 某某网</footer>
</body></html>"""


def test_furniture_found_in_one_walk_as_in_three() -> None:
    tree = LexborHTMLParser(_FURNITURE_PAGE)
    assert tree.body is not None
    crumbs, byline = generic._strip_furniture(tree.body)
    assert byline == "中共红塔区委组织部"  # the one inside the removed <noscript> is not read
    assert crumbs == ["首页", "党建"]
    left = tree.body.html or ""
    for gone in ("脚本作者", "栏目3", "评论者", "侧栏", "版权所有"):
        assert gone not in left
    for kept in ("2019-05-17 10:00", "正文一句。"):
        assert kept in left
    # the kinds are told apart by tag: no selector of one kind names a tag of another
    assert generic._ALWAYS_TAGS.isdisjoint(generic._IF_SMALL_TAGS)
    classed_tags = {part.split("[")[0] for part in generic._CLASSED.split(", ")}
    assert classed_tags.isdisjoint(generic._ALWAYS_TAGS | generic._IF_SMALL_TAGS)


def test_a_node_cut_loose_with_its_ancestor_reads_empty() -> None:
    """What the one-walk pass relies on to skip them: a descendant of a removed node has no parent and no text."""
    tree = LexborHTMLParser("<body><div class='nav'><div class='author'>张三</div><p>2019-05-17</p></div></body>")
    outer, inner = tree.css("div")
    outer.decompose()
    assert inner.parent is None
    assert inner.text() == "" and inner.child is None


def test_the_date_walk_stops_at_a_body_with_a_dateline_above() -> None:
    """Below the body, a date and an update time are read only for pages without a dateline above it."""
    body_text = "<p>" + "正文一句，写得很长。" * 30 + "</p>"
    above = f"<div class='info'>2019-05-17 10:00 来源：某某网</div><div id='main'>{body_text}</div>"
    below = "<div class='foot'>2020-01-02 08:00</div><div class='upd'>更新时间：2020-01-03</div>"
    tree = LexborHTMLParser(f"<html><body>{above}{below}</body></html>")
    assert tree.body is not None
    container = tree.css_first("#main")
    assert generic._datelines(tree.body, container) == ("2019-05-17 10:00 来源：某某网", None, None)
    tree = LexborHTMLParser(f"<html><body><div id='main'>{body_text}</div>{below}</body></html>")
    assert tree.body is not None
    assert generic._datelines(tree.body, tree.css_first("#main")) == (
        None,
        "2020-01-02 08:00",
        "更新时间：2020-01-03",
    )


def test_a_link_list_is_asked_once_per_element() -> None:
    items = "".join(f"<li><a href='/{i}'>另一篇长文章的标题第{i}篇</a> <em>2023-06-1{i}</em></li>" for i in range(5))
    tree = LexborHTMLParser(f"<html><body><ul>{items}</ul></body></html>")
    ul = tree.css_first("ul")
    assert ul is not None
    linked: dict[int, bool] = {}
    for em in tree.css("em"):
        assert generic._in_link_list(ul, em, linked)
    assert linked == {ul.mem_id: True}
    # the memo answers for the element: a stored answer is what is returned
    linked[ul.mem_id] = False
    assert not generic._in_link_list(ul, tree.css("em")[0], linked)


def test_find_pair_is_str_find() -> None:
    rnd = random.Random(7)
    alphabet = "位置首页置位a<>"
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        start = rnd.randint(0, 13)
        for pair in ("位置", "首页", "aa", "置置"):
            assert find_pair(text, pair, start) == text.find(pair, start), (text, pair, start)


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>标题一_网站</title><meta property='og:title' content='标题一'></head><body><h1>标题一</h1>"
        "<h2>小标题</h2><svg><title>图</title></svg></body></html>",
        "<html><head><meta property='OG:Title' content='a'><meta NAME='Source' content='b'><meta name='source ' "
        "content='c'><meta name='source' property='og:title' content='两者'></head><body></body></html>",
        "<html><body><svg><title>图中标题</title></svg><h2>先</h2><h1>后</h1><meta name='source' content='来源：某报'>"
        "<meta name='source' content='第二个'><title>正文里的标题</title></body></html>",
        "<html><head></head><body><p>无</p></body></html>",
    ],
)
def test_the_head_found_in_one_walk_as_in_four(html: str) -> None:
    tree = LexborHTMLParser(html)
    head = generic._head(tree)
    assert head.title == tree.css_first("title")
    assert head.og_title == tree.css_first('meta[property="og:title"]')
    assert head.source == tree.css_first('meta[name="source"]')
    assert head.headings == tree.css("h1, h2")
