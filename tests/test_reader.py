"""The main-text reader on authored pages of the failure kinds seen on unseen sites (issue 9).

Pages in tests/fixtures/reader are written for these tests (realistic markup, original text): an old
GB2312 table-layout portal with a dated link column, a body split around a picture, a blog post with
a comment thread, a dateline whose update time comes first, a page dated only in `<meta>`, one dated
only in its URL, a site toolbar where a title would be, `<p class="author">`, an e-paper
`<h4>■…组织部</h4>`, `作者：`/`文/` bylines, `您的位置`/`当前位置` breadcrumbs, a text dump whose
header holds a toolbar, a source line, a decoration line and a spaced-out name, and bylines printed
outside the article's text (a reporter row under the headline, a source row under the text, a labelled
closing credit, a wire lead's credit) beside decoys (a related list's authors, a sign-in form's label,
the desk editor in `<meta name="author">`), and a WeChat account's article.
They are checked through `cases extract --json` and through a real ingest into DuckDB (files and
HTTP on 127.0.0.1).
"""

from __future__ import annotations

import json
import threading
from datetime import datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from flows.cli import main as cli
from tasks.dates import dateline_date, meta_date, url_date
from tasks.header_lines import Byline, breadcrumb, byline, credit_in, is_not_title, is_toolbar, row_byline
from tasks.sites import read_html

PAGES = Path(__file__).resolve().parent / "fixtures" / "reader"
URL_DATED = "zwgk/202305/t20230512_4567.html"

# name → expected fields; `body_has`/`body_lacks`: text that must / must not be in the body.
EXPECTED: dict[str, dict] = {
    "table_portal.html": {
        "title": "鼓楼区推行“楼长制”激活老旧小区治理末梢",
        "published_at": "2012-06-04T00:00:00",  # the dateline, not the later dates in the link column
        "channel": "首页 > 新闻中心 > 基层党建",
        # `信息来源：区委组织部` on a portal names the author; the portal's name is not printed on the page
        # (only in <title>), so the outlet is unknown (tests/gold/GUIDELINES.md, author_org)
        "author_org": "区委组织部",
        "source_outlet": None,
        "charset": "gb18030",
        "body_has": ("今年以来，鼓楼区针对老旧小区", "邻里关系更加和睦。"),
        "body_lacks": ("党建动态", "华大街道开展党员志愿服务月活动", "打印本页", "版权所有", "政务公开"),
    },
    "split_body.html": {
        "title": "江岸区：“红色物业”让老旧小区焕发新生",
        "published_at": "2020-09-14T14:40:00",
        "source_outlet": "长江日报",
        "body_has": ("走进江岸区后湖街道", "修好了一批长期漏水的屋面", "社区党组织每月召开一次", "逐年上升。"),
        "body_lacks": ("热点推荐", "硚口区推进社区网格化管理", "分享到"),
    },
    "comments.html": {
        "title": "西湖区：小区议事会把“闹心事”变“暖心事”",
        "published_at": "2021-11-18T00:00:00",  # the untimed dateline, not a timed comment below it
        "body_has": ("电动车充电难", "大事小事都拿到会上商量。"),
        "body_lacks": ("网友评论", "我们小区也有同样的问题", "充电棚的收费标准", "最新文章"),
    },
    "update_time.html": {
        "title": "岳麓区：“小区治理十条”让居民唱主角",
        "published_at": "2020-09-14T14:40:00",  # 发布时间 beats an earlier-printed 更新时间
        "source_outlet": "长沙晚报",
        "byline": "作者：刘 敏",
        "channel": "首页 > 长沙新闻 > 区县动态",
        "body_has": ("岳麓区近日出台", "居民的事居民议、居民定、居民管。"),
        "body_lacks": ("更新时间", "当前位置"),
    },
    "meta_only.html": {
        "title": "和平区：“一网统管”提升社区治理效能",
        "published_at": "2021-07-01T09:15:00",  # <meta article:published_time>, not a related link's date
        "author_org": "沈阳市和平区委组织部",
        "byline": "沈阳市和平区委组织部",
        "body_has": ("和平区把全区划分为", "检验工作成效的重要标准。"),
        "body_lacks": ("皇姑区开展社区服务提升行动", "相关阅读"),
    },
    URL_DATED: {
        "title": "天宁区构建“近邻党建”服务圈",  # never the `共产党员网 打印 纠错` toolbar
        "published_at": "2023-05-12T00:00:00",  # only the URL dates it (`t20230512_`)
        "byline": "文/李华",
        "body_has": ("天宁区以社区党组织为核心", "向新建小区延伸。"),
        "body_lacks": ("打印", "纠错", "文/李华"),
    },
    "epaper.html": {
        "title": "弘扬改革创新精神 激发城市发展活力",  # <title> puts the paper's name first
        "author_org": "中共甘肃省委组织部",
        "byline": "中共甘肃省委组织部",
        "published_at": "2021-06-28T00:00:00",
        "charset": "gb18030",
        "body_has": ("城市基层党建是一项系统工程", "推动资源力量向基层倾斜。"),
        "body_lacks": ("第01版", "组织部\n"),
    },
    "epaper_masthead.txt": {  # the masthead dateline first; headline, subtitle and byline under it
        "title": "“院坝会”开到群众家门口",
        "published_at": "2022-11-03T00:00:00",
        "author_org": "中共重庆市渝北区龙溪街道工作委员会",
        "byline": "中共重庆市渝北区龙溪街道工作委员会",
        "body_has": ("龙溪街道辖区内老旧小区多", "邻里之间也更加和睦。"),
        "body_lacks": ("上一版", "版面导航", "——渝北区", "★"),
    },
    # bylines outside the article's text (issue 9's bylines, 2026-11-30): a reporter row under the headline (not
    # `<meta name="author">`, the desk editor; not a list's or a sign-in form's author), a source row under
    # the text, a labelled closing credit, a wire lead's credit
    "byline_info_row.html": {
        "title": "江城社区“楼道议事角”解决加装电梯难题",
        "byline": "江城日报记者 许晴",
        "channel": "首页 > 本地",  # a trail from the home link set apart by slashes, in the page's <header>
        "published_at": "2024-03-12T09:30:00",
        "body_has": ("一张折叠桌", "心里的疙瘩也就解开了。"),
        "body_lacks": ("相关阅读", "用户名", "赵立"),
    },
    "byline_source_row.html": {
        "title": "南湖街道把“夜间服务站”开进商圈",
        "published_at": "2023-11-08T18:20:00",
        "byline": "作者：钱一鸣 周可",  # not the editor after it
        "channel": "南湖在线 > 基层治理",  # a breadcrumb classed in camelCase (`pageCrumbNav`)
        "body_has": ("晚上九点", "办结诉求三百多件。"),
    },
    "byline_closing_credit.html": {  # (above the text, a licence notice classed `authorized` is no byline)
        "title": "石桥镇老年食堂办到了村口",
        "published_at": "2022-05-20T00:00:00",
        "byline": "文/图 罗晓 唐宁",
        "body_has": ("每天为三百多位老人提供午餐。",),
    },
    "byline_wire_lead.html": {
        "title": "临江市推行社区“红色议事会”",
        "byline": "记者孔明",
        "published_at": "2021-09-14T08:15:00",
        "body_has": ("临江市在全市社区推行", "九百多件。"),
    },
    # a WeChat account's article (tasks/sites/wechat.py): the account is the outlet, the date its script's
    # creation time (the page prints `前天`)
    "wechat_account.html": {
        "title": "江城：小区“红色驿站”让快递小哥有了歇脚处",
        "published_at": "2023-11-15T06:13:00",
        "source_outlet": "江城组工",
        "byline": "组工君",
        "body_has": ("走进江城市东岸社区", "九成以上已经办结。"),
        "body_lacks": ("阅读原文", "扫一扫", "前天", "原创"),
    },
    # an older portal's left column holds a kicker, the headline again, the dateline row and a row of page tools
    # above the text, and linked headlines of other articles after its last paragraph, inside the text's block
    "repeated_header.html": {
        "title": "河口区推行“楼院议事角”：居民的事居民商量",
        "published_at": "2011-04-18T08:30:00",
        "source_outlet": "滨河新闻网-《滨河日报》",
        "byline": "记者乔羽",
        "body_has": ("本报讯 （记者乔羽）河口区近日", "说清楚、办明白。"),
        "body_lacks": (
            "河口区在全区老旧小区推广楼院议事",
            "居民的事居民商量",
            "2011年04月18日",
            "字号",
            "E-mail推荐",
            "议出和谐新气象",
            "楼道堆物清理难在哪里",
        ),
    },
    "header_furniture.txt": {
        "title": "思明区：“近邻党建”让社区更有温度",
        "published_at": "2023-12-05T17:52:00",
        "source_outlet": "共产党员网",
        "byline": "张 燕",
        "body_has": ("思明区坚持把党的领导", "让更多居民参与进来。"),
        "body_lacks": ("打印", "基层创新案例", "作者：张燕 王明"),
    },
}


def _records(paths: list[Path], capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    assert cli(["extract", "--json", *map(str, paths)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return {str(Path(r["source_uri"]).relative_to(PAGES)): r for r in records}


def _check(name: str, record: dict) -> None:
    assert "error" not in record, (name, record)
    for key, want in EXPECTED[name].items():
        if key == "body_has":
            assert all(text in record["body"] for text in want), (name, record["body"])
        elif key == "body_lacks":
            assert not [text for text in want if text in record["body"]], (name, record["body"])
        else:
            assert record[key] == want, (name, key, record[key])


def test_extract_json_reads_each_failure_kind(capsys: pytest.CaptureFixture[str]) -> None:
    records = _records([PAGES / name for name in EXPECTED], capsys)
    assert set(records) == set(EXPECTED)
    for name, record in records.items():
        _check(name, record)
    assert all("byline" in r for r in records.values())


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("作者：张燕 王明", None),
        ("文/李华", None),
        ("文 | 李华", None),
        ("供稿：中共天宁区委组织部", "中共天宁区委组织部"),
        ("本报记者 王五 通讯员 赵六", None),
        ("长兴县委组织部", "长兴县委组织部"),
        ("（作者单位：中共泸州市委组织部）", "中共泸州市委组织部"),
        ("张 燕", None),
        # an organisation with its label after it, and the units of an award form
        ("中共临河区委组织部 供稿", "中共临河区委组织部"),
        ("申报单位：中共某某区东街街道工作委员会", "中共某某区东街街道工作委员会"),
        ("推荐单位：中共某某区委组织部", None),  # recommends the case, did not write it
        # a newspaper's reporting credit, and a magazine named before the label
        ("采写：江城晚报记者 许晴 周可", None),
        ("《瞭望》文/李华", None),
    ],
)
def test_bylines(line: str, org: str | None) -> None:
    found = byline(line)
    assert found is not None and found.author_org == org
    assert is_not_title(line)


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("本文来源：南湖晚报 作者：钱一鸣 周可", "作者：钱一鸣 周可"),
        ("[作者: 王五\u3000责任编辑: 赵六 ]", "作者: 王五"),  # the row's next field is not a name
        ("作者：某某街道党工委 时间：2024-01-05 点击：120", "作者：某某街道党工委"),
        ("作者：kingname", "作者：kingname"),  # an account's handle
        ("来源：某某日报\u3000\u3000作者：记者\u3000古丽娜·艾力\u3000张明", "作者：记者 古丽娜·艾力 张明"),
        ("文/图 罗晓 唐宁", "文/图 罗晓 唐宁"),
        ("江城日报记者 许晴", "江城日报记者 许晴"),
        ("本报记者 王五 通讯员 赵六", "本报记者 王五 通讯员 赵六"),
        ("中青网记者 某某 来源：中国青年报", "中青网记者 某某"),
        ("临江网讯（记者 孔明 通讯员 曲比）", "记者 孔明 通讯员 曲比"),
        # never a sentence, a label without names, or a word that merely holds 文
        ("记者从市委组织部获悉", None),
        ("全文/下载", None),
        ("作者：", None),
    ],
)
def test_row_bylines(row: str, want: str | None) -> None:
    found = row_byline(row)
    assert (found.text if found else None) == want


def test_credits_inside_the_text() -> None:
    junk = ["临江市推行社区红色议事会", "2021年09月14日08:15 来源：临江网", "【字号 大 中 小】 打印 留言 纠错"]
    lead = "临江网临江9月13日电 （记者孔明）临江市在全市社区推行“红色议事会”。"
    # a wire lead's credit after leftover header lines
    assert credit_in([*junk, lead, "议事会的议题由居民提出。"]) == Byline("记者孔明", None)
    # a labelled closing credit; a short credit line with a related-articles list after it
    assert credit_in(["正文一。", "今年以来建成老年食堂五个。(文/图 罗晓 唐宁)"]) == Byline("文/图 罗晓 唐宁", None)
    tail = ["相关阅读", "东湖街道推行“小区管家”", "西岸社区开设“周末课堂”"]
    assert credit_in(["正文一。", "正文二。", "采写：江城晚报记者 许晴", *tail]).text == "采写：江城晚报记者 许晴"
    # prose that mentions a reporter is no credit
    assert credit_in(["记者从市委组织部获悉，今年以来全市新建党群服务中心十二个。", "正文二。"]) is None


@pytest.mark.parametrize(
    "line",
    [
        "文化是城市的灵魂，也是社区治理的底色。",
        "记者从市委组织部获悉，今年以来全市新建党群服务中心",
        "弘扬改革创新精神 激发城市发展活力",
    ],
)
def test_prose_and_headlines_are_not_bylines(line: str) -> None:
    assert byline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "共产党员网 打印 纠错",
        "【字号：大 中 小】 【打印】 【关闭】",
        "来源：人民网",
        "【基层创新案例】 ◆◆◆",
        "中国共产党新闻网",
        # an e-paper page's navigation row: its guide, the neighbouring pages, the PDF
        "本版导读　上一版　下一版　PDF下载",
        "版面导读 | 上一期 | 下一期 | 本版PDF下载",
    ],
)
def test_furniture_is_never_a_title(line: str) -> None:
    assert is_not_title(line)


def test_toolbar_needs_tools() -> None:
    assert is_toolbar("共产党员网 打印 纠错") and not is_toolbar("思明区：“近邻党建”让社区更有温度")
    assert is_toolbar("【字号 大 中 小】 打印 留言 论坛 网摘 手机点评 纠错 E-mail推荐:")  # an older portal's row
    assert not is_toolbar("居民留言 论坛发帖")


_LINKED = "<br><a href='/a1.html'>老旧小区加装电梯有了新办法</a><br><a href='/a2.html'>网格员成了居民的贴心人</a>"
_PARAGRAPH = "<p>社区党委把议事会开到楼栋里，居民提出的停车、加装电梯等问题，当场商量，限期办结，办理情况张榜公布。</p>"


@pytest.mark.parametrize(
    ("inside", "kept", "dropped"),
    [
        # linked headlines of other articles after the last paragraph, inside the text's block: not text
        (
            _PARAGRAPH + _LINKED,
            (),
            ("老旧小区加装电梯有了新办法", "网格员成了居民的贴心人"),
        ),
        # one linked line after the text (the original's link) stays, as does a list of links between paragraphs
        (_PARAGRAPH + "<br><a href='/src.html'>点击查看原文报道全文</a>", ("点击查看原文报道全文",), ()),
        (
            _PARAGRAPH + _LINKED + _PARAGRAPH.replace("社区党委", "街道党工委"),
            ("老旧小区加装电梯有了新办法", "网格员成了居民的贴心人"),
            (),
        ),
        # a labelled run of links goes wherever it stands, above the text too, and so does a label with its one link;
        # the label names what follows as links (a heading without a colon, or a label no link follows, stays)
        (
            "<p>相关新闻：</p>" + _LINKED + _PARAGRAPH.replace("社区党委", "街道党工委") + _PARAGRAPH,
            ("街道党工委",),
            ("相关新闻", "老旧小区加装电梯有了新办法", "网格员成了居民的贴心人"),
        ),
        (
            _PARAGRAPH
            + "<p>此前报道：<a href='/b.html'>社区议事会开到了楼栋门口</a></p>"
            + _PARAGRAPH.replace("社区", "街道"),
            ("街道党委",),
            ("此前报道", "社区议事会开到了楼栋门口"),
        ),
        (
            _PARAGRAPH + "<p>相关新闻：今年全区新增议事点46个，覆盖所有小区。</p>" + _PARAGRAPH.replace("社区", "街道"),
            ("相关新闻：今年全区新增议事点46个",),
            (),
        ),
        # a video player's controls inside the text's block: the label of its autoplay box is no text
        (
            "<div class='player'><label><input type='checkbox' checked>自动播放</label></div>" + _PARAGRAPH,
            ("社区党委",),
            ("自动播放",),
        ),
    ],
)
def test_related_links_after_the_text(inside: str, kept: tuple[str, ...], dropped: tuple[str, ...]) -> None:
    page = f"<html><head><title>议事会开到楼栋里</title></head><body><div class='article'>{inside}</div></body></html>"
    lines = read_html(page, "page.html").lines
    text = "\n".join(lines)
    assert all(k in text for k in kept) and not any(d in text for d in dropped), lines


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("您的位置：首页 > 要闻 > 正文", ["首页", "要闻"]),
        ("当前位置：首页>>党建>>正文", ["首页", "党建"]),
        ("首页 → 新闻中心 → 国内新闻", ["首页", "新闻中心", "国内新闻"]),
        ("新华网 > 时政 > 正文", ["新华网", "时政"]),
        ("股票查询： > < 年 月 日", None),
        ("收入 > 支出", None),
        # the page tools printed in the same row after the trail
        ("首页 > 通知公告 > 2024年第5期 字号：大 中 小 | 打印 | 关闭", ["首页", "通知公告", "2024年第5期"]),
    ],
)
def test_breadcrumbs(line: str, items: list[str] | None) -> None:
    assert breadcrumb(line) == items


def test_dates_by_label_url_and_meta() -> None:
    assert dateline_date("更新时间：2023-05-13 08:00 发布时间：2023-05-12 10:30") == datetime(2023, 5, 12, 10, 30)
    assert dateline_date("更新时间：2023-05-13 08:00") is None
    # `最后更新` dates the last edit even without 时间 (under a dateline row that prints its time unlabelled)
    assert dateline_date("最后更新: 2019-09-07 09:27:48") is None
    assert dateline_date("最后更新时间：2019-09-07") is None
    assert dateline_date("发布时间：2019-09-06 最后更新：2019-09-07") == datetime(2019, 9, 6)
    assert dateline_date("2018年09月25日09:39  来源:人民网") == datetime(2018, 9, 25, 9, 39)
    for url, day in [
        ("http://a.cn/n1/2018/1029/c117092-30369.html", (2018, 10, 29)),
        ("http://x.gov.cn/art/201810/29/art_1.html", (2018, 10, 29)),
        ("http://x.cn/zwgk/202305/t20230512_123.html", (2023, 5, 12)),
        ("http://x.cn/2023-05-12/abc.html", (2023, 5, 12)),
    ]:
        assert url_date(url) == datetime(*day), url
    assert url_date("http://www.xinhuanet.com/c_1125597921.htm") is None
    assert meta_date("2023-05-12T02:00:00Z") == datetime(2023, 5, 12, 10, 0)  # UTC → Beijing
    assert meta_date("2023-05-12 10:00:00+08:00") == datetime(2023, 5, 12, 10, 0)


@pytest.fixture
def reader_site() -> str:
    """The fixture pages served by a real HTTP server on 127.0.0.1 (the URL carries a date)."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(PAGES))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.usefixtures("prefect_api")
def test_ingest_stores_bylines_breadcrumbs_and_dates(db: Path, reader_site: str) -> None:
    from flows.ingest import ingest
    from tests.conftest import query

    files = [str(PAGES / name) for name in EXPECTED if name != URL_DATED]
    run = ingest(paths=[*files, f"{reader_site}/{URL_DATED}"], db=str(db), fetch={"allow_private": True, "delay": 0})
    assert (run.n_articles, run.n_quarantined, run.n_failed) == (len(EXPECTED), 0, 0)
    rows = query(db, "SELECT source_uri, title, published_at, author_org, byline, channel FROM articles")
    by_name = {(uri.split(reader_site + "/")[-1] if uri.startswith("http") else Path(uri).name): r for uri, *r in rows}
    for name, want in EXPECTED.items():
        title, published, org, line, channel = by_name[Path(name).name if name != URL_DATED else URL_DATED]
        assert title == want["title"]
        assert published == datetime.fromisoformat(want["published_at"])
        assert org == want.get("author_org") and line == want.get("byline") and channel == want.get("channel")


_PORTAL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>“红色驿站”温暖新就业群体</title></head><body>
<div class="top">{top}</div>
<div class="article"><h1>“红色驿站”温暖新就业群体</h1>{head}<div class="content">
<p>今年以来，某某街道党工委聚焦新就业群体，在商圈、园区建成“红色驿站”12个，为快递员、外卖员提供歇脚服务。</p>
<p>一是建强阵地。依托社区党群服务中心，打造标准化驿站，配齐饮水、充电、休息设施。</p>
<p>二是做实服务。组建党员志愿服务队，常态化开展送清凉、送温暖活动，累计服务两千余人次。</p>
</div></div></body></html>"""


def _record(tmp_path: Path, html: str) -> dict:
    from tasks.extract_json import extract_records

    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    return next(extract_records([str(page)]))


@pytest.mark.parametrize(
    ("head", "published", "outlet", "org"),
    [
        # a weekday on the article's own dateline, beside its source (it was skipped as a top bar's clock)
        ('<div class="info">2023年9月18日 星期一　来源：某某日报</div>', "2023-09-18T00:00:00", "某某日报", None),
        # a dateline printed full-width (`２０２３－０９－１８`)
        ('<div class="info">发布时间：２０２３－０９－１８　来源：某某区委组织部</div>', "2023-09-18T00:00:00", None,
         "某某区委组织部"),
        ('<div class="info"><span>日期：2023.09.18</span><span>供稿单位：某某街道党工委</span></div>',
         "2023-09-18T00:00:00", None, "某某街道党工委"),
    ],
)  # fmt: skip
def test_portal_datelines_of_the_probe_round(tmp_path: Path, head: str, published: str, outlet, org) -> None:
    record = _record(tmp_path, _PORTAL.format(top="", head=head))
    assert record["title"] == "“红色驿站”温暖新就业群体"
    assert (record["published_at"], record["source_outlet"], record["author_org"]) == (published, outlet, org)


@pytest.mark.parametrize("clock", ["2023年9月18日 星期一", "今天是：2023年9月18日 星期一"])
def test_a_top_bars_clock_is_still_no_dateline(tmp_path: Path, clock: str) -> None:
    """(the labelled clock was kept as the page's update time, and dated a page that prints no date)"""
    record = _record(tmp_path, _PORTAL.format(top=clock, head=""))
    assert record["published_at"] is None


def test_an_epaper_masthead_with_its_weekday_and_page_dates_the_page(tmp_path: Path) -> None:
    """(a weekday without a time was taken for a top bar's clock, the masthead's page number notwithstanding)"""
    masthead = "某某日报　2023年09月18日　星期一　第05版：基层党建"
    record = _record(tmp_path, _PORTAL.format(top=masthead, head="<p>■本报记者 王敏</p>"))
    assert (record["published_at"], record["source_outlet"]) == ("2023-09-18T00:00:00", "某某日报")


@pytest.mark.parametrize(
    ("trail", "outlet"),
    [
        (
            "您现在的位置：<a>某某市人民政府门户网站</a> &gt; <a>政务动态</a> &gt; <a>部门动态</a>",
            "某某市人民政府门户网站",
        ),
        ("当前位置：<a>首页</a> &gt; <a>政务动态</a> &gt; <a>部门动态</a>", None),
    ],
)
def test_a_marked_up_trail_headed_by_the_portal_names_the_outlet(tmp_path: Path, trail: str, outlet) -> None:
    head = '<div class="info">发布日期：2023-09-18　信息来源：市委组织部</div>'
    record = _record(tmp_path, _PORTAL.format(top=f'<div class="crumb">{trail}</div>', head=head))
    assert (record["source_outlet"], record["author_org"]) == (outlet, "市委组织部")


def test_a_saved_wechat_page_that_kept_its_minute_is_dated_by_it(tmp_path: Path) -> None:
    """The app's printed minute (`#publish_time`), when the saved page kept it, is the header's dateline (RULEBOOK
    published_at: the WeChat header's minute dateline); a relative `前天` there leaves the script's creation time."""
    page = (PAGES / "wechat_account.html").read_text(encoding="utf-8")
    kept = page.replace(">前天</em>", ">2023-11-14 20:05</em>")
    assert kept != page
    record = _record(tmp_path, kept)
    assert (record["published_at"], record["source_outlet"]) == ("2023-11-14T20:05:00", "江城组工")
    assert _record(tmp_path, page)["published_at"] == "2023-11-15T06:13:00"


_RUNS_BETWEEN_EMPTY_PARAGRAPHS = """<html><head><title>老街坊议事会开到了楼道口_某某新闻网</title></head><body>
<div class="nav"><p><a href="/">首页</a> <a href="/gn/">国内</a> <a href="/df/">地方</a></p></div>
<h1>老街坊议事会开到了楼道口</h1>
<div class="side">
<p><a href="/a1.html">社区食堂开进老旧小区</a></p><p><a href="/a2.html">网格员成了居民的贴心人</a></p>
<p>热线电话：0571-88888888，欢迎读者来电来函反映情况。</p>
</div>
<div class="box">
<p>某某区开展楼道微更新，三个月完成楼道清理和照明改造。</p>
<p>某某社区组建银发志愿队，为独居老人提供上门探访服务。</p>
<p>某某镇推行村务公开栏，村里大事小情每月向村民公布。</p>
</div>
<div class="article">
  今年以来，某某街道把议事会搬进楼道，居民有事不出楼就能商量。<p></p>
  街道先在12个老旧小区试点，由楼栋长牵头，每月第一个周六召开<a href="/t/yishi.html">议事会</a>。<p></p>
  议事会上，居民提出加装电梯、整治停车等问题，街道当场认领，限期答复。<p>&nbsp;</p>
  到目前，试点小区已议定事项86件，办结79件，居民满意率明显提高。<p></p>
</div>
<div class="footer"><p>版权所有：某某新闻网　未经授权禁止转载</p></div>
</body></html>"""


_RUNS = [
    "今年以来，某某街道把议事会搬进楼道，居民有事不出楼就能商量。",
    "街道先在12个老旧小区试点，由楼栋长牵头，每月第一个周六召开议事会。",
    "议事会上，居民提出加装电梯、整治停车等问题，街道当场认领，限期答复。",
    "到目前，试点小区已议定事项86件，办结79件，居民满意率明显提高。",
]


def test_text_runs_between_empty_paragraphs_are_the_body(tmp_path: Path) -> None:
    """A CMS that writes the article straight into its block, runs of text split by empty `<p></p>` (as others split
    them by `<br>`): that block is the body, one paragraph a run; the sidebar's, the summaries' and the footer's
    paragraphs are not."""
    body = _record(tmp_path, _RUNS_BETWEEN_EMPTY_PARAGRAPHS)["body"]
    assert body.split("\n") == _RUNS


def test_a_videos_fallback_text_is_no_paragraph(tmp_path: Path) -> None:
    """What a browser that cannot play a <video> or <audio> shows (`您的浏览器暂时无法播放此视频`) is the player's,
    not the article's."""
    paragraphs = "".join(f"<p>{line}</p>" for line in _RUNS)
    player = (
        '<div class="player"><video src="/v/1.mp4" controls>您的浏览器暂时无法播放此视频</video></div>'
        '<p><audio src="/v/1.mp3">您的浏览器不支持音频播放</audio></p>'
    )
    page = (
        f"<html><head><title>老街坊议事会开到了楼道口</title></head><body><div>{player}{paragraphs}</div></body></html>"
    )
    assert _record(tmp_path, page)["body"].split("\n") == _RUNS


_TABLE_LAYOUT = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某某县组织部</title></head><body><table><tr><td class="nav"><a href="/">首页</a> | <a href="/zz">组织建设</a>
| <a href="/gb">干部工作</a></td></tr></table><table><tr><td valign="top"><table><tr><td>最新动态</td></tr>
<tr><td><a href="1.html">县委组织部召开党建工作推进会</a></td></tr>
<tr><td><a href="2.html">某某镇开展党员冬训</a></td></tr>
</table></td><td valign="top"><table>
<tr><td align="center"><font size="4"><b>某某县“党员中心户”让群众办事不出村</b></font></td></tr>
<tr><td align="center">作者：县委组织部　　来源：本站原创　　点击数：368　　更新时间：2023-11-08</td></tr>
<tr><td>　　近年来，某某县在全县126个行政村推行“党员中心户”制度，每名中心户联系10至15户群众，帮助群众代办事项。<br><br>
　　今年以来，全县党员中心户共代办各类事项3600余件，收集群众意见建议480条。<br></td></tr>
<tr><td align="right">【打印此文】【关闭窗口】</td></tr></table></td></tr></table>
<table><tr><td>版权所有：中共某某县委组织部　电话：0000-1234567</td></tr></table></body></html>"""


def test_a_table_layouts_headline_row_above_the_text_is_the_title(tmp_path: Path) -> None:
    """An older portal's <title> names only the site; the headline stands in a row of its own above the dateline row
    and the text's cell (`<font size="4"><b>…</b></font>`), as no <h1>."""
    page = tmp_path / "page.html"
    page.write_bytes(_TABLE_LAYOUT.encode("gb2312"))
    from tasks.extract_json import extract_records

    record = next(extract_records([str(page)]))
    assert (record["title"], record["published_at"]) == ("某某县“党员中心户”让群众办事不出村", "2023-11-08T00:00:00")
    assert record["body"].startswith("近年来，某某县")


def test_a_sentence_that_tells_of_a_day_is_no_dateline(tmp_path: Path) -> None:
    """A dated sentence above the text (`2023年3月28日、29日两天，街道把…`) tells of the case; the page prints no
    dateline, so it has no publication date (a wrong date is worse than none)."""
    lede = "<p>2023年3月28日、29日两天，街道把辖区88名楼栋长请到党群服务中心，一起商量老旧小区的停车难题。</p>"
    paragraphs = "".join(f"<p>{line}</p>" for line in _RUNS)
    page = f"<html><head><title>楼道议事会</title></head><body><h1>楼道议事会开到居民家门口</h1>{lede}"
    page += f"<div class='text'>{paragraphs}</div></body></html>"
    assert _record(tmp_path, page)["published_at"] is None


_PICTURES = """<html><head><title>楼道议事会开到居民家门口</title></head><body><h1>楼道议事会开到居民家门口</h1>
<div class="text">
<p>今年以来，某某街道把议事会搬进楼道，居民有事不出楼就能商量，街道先在12个老旧小区试点。</p>
<p style="text-align:center"><img src="/1.jpg"></p>
<p style="text-align:center">居民在楼道里商量加装电梯的事。</p>
<p>议事会上，居民提出加装电梯、整治停车等问题，街道当场认领，限期答复，办结后由居民打分。</p>
<p>变化看得见。</p>
<figure><img src="/2.jpg"><figcaption>志愿者为老人清理楼道杂物</figcaption></figure>
<p>到目前，试点小区已议定事项86件，办结79件，居民满意率明显提高，街道将在全街推开。</p>
<div class="box_pic"><img src="/3.jpg"><p>图为楼道议事会现场</p></div>
<p><img src="/4.jpg"></p><p><strong>01 议题从哪里来</strong></p>
<p>社区网格员每周入户走访，收集居民诉求，列出议题清单，交楼道议事会商量。</p>
</div></body></html>"""


def test_captions_are_told_by_the_picture_above_them(tmp_path: Path) -> None:
    """A caption is the short text a page prints right under a picture, marked as such (centred among uncentred
    paragraphs, `<figcaption>`, a picture box's own text); a short sentence of the text (`变化看得见。`) and a bold
    sub-heading under a picture stay in the body."""
    record = _record(tmp_path, _PICTURES)
    assert record["captions"] == ["居民在楼道里商量加装电梯的事。", "志愿者为老人清理楼道杂物", "图为楼道议事会现场"]
    assert "变化看得见。" in record["body"].split("\n") and "01 议题从哪里来" in record["body"].split("\n")
