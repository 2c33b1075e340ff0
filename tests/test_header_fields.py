"""Who and where from: title, author_org and source_outlet of text inputs, one made-up page per kind.

Each page is written for its rule (tests/gold/GUIDELINES.md, title, source_outlet, author_org); places,
accounts and names are invented.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tasks.clean import clean_lines, page_characters
from tasks.dates import dateline_date
from tasks.header_lines import byline, is_credit_line, is_not_title, is_toolbar
from tasks.parse import ParsedText, parse_lines

PARA = "社区党组织围绕群众需求开展服务,建立了议事协商机制,累计解决群众诉求三百余件,居民满意度明显提升。"
HEADLINE = "某某区：“巷口茶桌”把议事会开到居民家门口"


def parse(lines: list[str]) -> ParsedText:  # simplified pages: original == simplified
    cleaned = clean_lines(lines)
    return parse_lines(list(zip(cleaned, cleaned, strict=True)))


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("中共某某市某某区委组织部　2024年11月", "中共某某市某某区委组织部"),
        ("某某县委组织部 2024年3月8日", "某某县委组织部"),
        ("中共某某区委组织部2024-11-12", "中共某某区委组织部"),
        # round X: the whole line in brackets, under a candidate's record (d1129 50th set)
        ("（某某社区党委　2024年5月）", "某某社区党委"),
        ("(中共某某县委组织部 2023年10月)", "中共某某县委组织部"),
    ],
)
def test_an_organisation_with_its_date_is_never_the_title_wherever_it_stands(line: str, org: str) -> None:
    assert is_not_title(line)
    under = parse(["【城市基层党建创新案例】", HEADLINE, line, "一、基本情况", PARA])
    assert (under.title, under.author_org) == (HEADLINE, org)
    above = parse([line, HEADLINE, PARA])
    assert above.title == HEADLINE


@pytest.mark.parametrize(
    "credit",
    [
        "本版责编：王 五　美编：李 四",
        "责任编辑：赵六",
        "编辑｜张三三",
        "审核｜陈某某　校对｜孙某某",
        "校对：孙某某 王某某",
        "初审：王 某　终审：刘 某",
        "来源｜中共某某区委组织部",
        "美编：向某某",
        # round X: label and name by turns, no separator (d1124 50th set)
        "本版责任编辑 王五 美术编辑 李四",
        "本版编辑 赵 六　美编 孙七",
    ],
)
def test_a_credit_line_is_never_the_title(credit: str) -> None:
    assert is_credit_line(credit) and is_not_title(credit)
    # an e-paper credit row between the masthead dateline and the headline
    parsed = parse(
        ["某某日报", "2024年12月5日　星期四　第03版　综合", credit, "“红袖标”走进老街巷", "■本报记者 王五", PARA]
    )
    assert parsed.title == "“红袖标”走进老街巷"


def test_credit_labels_need_their_separator() -> None:
    """A headline that starts with a credit word is still a headline."""
    assert not is_credit_line("编辑部里的“红色管家”")
    assert not is_credit_line("审核流程再造让群众少跑腿")
    assert not is_credit_line("编辑部里 来了 新编辑")


def test_a_wechat_original_mark_on_the_dateline_names_the_owner_and_the_account() -> None:
    """`原创 <owner> <account> <date> <time> <province>`: the account is the outlet, the owner the author."""
    parsed = parse(
        ["某湖先锋", "原创 某湖区委组织部 某湖先锋 2024-06-21 18:05 安徽", "点击蓝字 关注我们", HEADLINE, PARA]
    )
    assert (parsed.title, parsed.source_outlet, parsed.author_org) == (HEADLINE, "某湖先锋", "某湖区委组织部")
    # a footer credit names who wrote the piece and wins over the account's owner (GUIDELINES, h101)
    footer = ["来源｜某某街道党工委", "编辑｜李思思", "审核｜陈 刚", "END", "分享 点赞 在看"]
    parsed = parse(["某湖先锋", "原创 某湖区委组织部 某湖先锋 2024-06-21 18:05 安徽", HEADLINE, PARA, *footer])
    assert (parsed.source_outlet, parsed.author_org) == ("某湖先锋", "某某街道党工委")


@pytest.mark.parametrize(
    "header",
    [
        ["某台组工", "某台组工 2024-09-12 07:30 陕西"],  # the account on the dateline
        ["某台组工", "2024-09-12 07:30 陕西"],  # the account's line above the dateline
        ["某台组工 2024-09-12 07:30 发表于陕西"],  # `发表于` before the province
        ["某台组工", "原创 某台小编 2024-09-12 07:30 陕西"],  # the `原创` name is the author's, not the account
    ],
)
def test_the_wechat_account_is_the_outlet(header: list[str]) -> None:
    parsed = parse([*header, "◆◆◆ 品牌展示 ◆◆◆", HEADLINE, PARA])
    assert (parsed.title, parsed.source_outlet) == (HEADLINE, "某台组工")


def test_a_short_headline_above_a_wechat_dateline_is_no_account() -> None:
    parsed = parse(["楼长老张的周末", "2024-05-06 08:30 河北", PARA])
    assert parsed.title == "楼长老张的周末"
    assert parsed.source_outlet is None


@pytest.mark.parametrize(
    "masthead",
    [
        ["某城日报", "2024年8月15日　星期四　第A3版：党建周刊"],  # the paper's name on its own line
        ["某城日报 2024年8月15日 第A3版：党建周刊"],  # on the dateline
    ],
)
def test_the_epaper_masthead_is_the_outlet(masthead: list[str]) -> None:
    parsed = parse(
        [*masthead, "版面导航　上一版　下一版", "街巷划小 民生小事有人管", "■中共某某市某某区委组织部", PARA]
    )
    assert parsed.source_outlet == "某城日报"
    assert parsed.title == "街巷划小 民生小事有人管"


def test_an_outlet_printed_after_the_date() -> None:
    parsed = parse(["某城区“夜间红灯笼”点亮老街烟火气", "2024-11-02 21:36 某城晚报", "记者 马某某 通讯员 韩某", PARA])
    assert (parsed.title, parsed.source_outlet) == ("某城区“夜间红灯笼”点亮老街烟火气", "某城晚报")


@pytest.mark.parametrize(
    ("footer", "org"),
    [
        (["来源：某津区某江街道", "编辑：何 静", "初审：王 伟　终审：刘 洋", "阅读 3562"], "某津区某江街道"),
        (["供稿：某某街道党工委", "编辑：罗敏 审核：龚成", "分享 点赞 在看"], "某某街道党工委"),
        (["— END —", "▍来源：某源市委组织部", "▍编辑：曾 璐  审核：李 军"], "某源市委组织部"),
        (["来源｜中共某某市某某区委社会工作部", "编辑｜高  原"], "中共某某市某某区委社会工作部"),
        # round W (d1049): the credit labelled as the content's source
        (["本期编辑：赵 敏", "内容来源：某城瑶族自治县委组织部", "投稿邮箱：abc@163.com"], "某城瑶族自治县委组织部"),
        # round X (d1126, d1138): the credit printed after the editor line that closes the article
        (["责任编辑：钱 多", "（稿件来源：某某市某某区委组织部）"], "某某市某某区委组织部"),
        # round X (d1122, d1134): two bodies credited, the first leads
        (["来源：某某区委组织部、某某街道", "编辑：罗 某　审核：田 某"], "某某区委组织部"),
    ],
)
def test_a_footer_source_behind_editor_and_sign_off_lines_names_the_author(footer: list[str], org: str) -> None:
    parsed = parse(
        ["某津发布", "2024-10-28 20:16 重庆", "【基层治理创新】", "半岛上的“码头议事会”", PARA, PARA, *footer]
    )
    assert (parsed.author_org, parsed.source_outlet) == (org, "某津发布")


def test_a_portals_information_source_naming_a_street_office() -> None:
    """`信息来源：XX街道办事处` names the author; the portal's printed name is the outlet (GUIDELINES, h176)."""
    lines = ["某尾市某区人民政府门户网站", "当前位置：首页 > 新闻动态 > 部门动态", "某区推行“渔港红哨”机制"]
    parsed = parse([*lines, "信息来源：某洲街道办事处　发布时间：2024-02-29　浏览次数：947", PARA])
    assert (parsed.author_org, parsed.source_outlet) == ("某洲街道办事处", "某尾市某区人民政府门户网站")


def test_round_w_a_prefectures_administrative_office_portal_at_its_crumb_head_is_the_outlet() -> None:
    # a 地区 is governed by its 行政公署 (first sight d1063); the portal's crumb head is its printed name (h301)
    lines = ["某克苏地区行政公署门户网站 > 政务公开 > 工作动态", "“红石榴”夜市党支部：烟火气里聚人心"]
    parsed = parse([*lines, "来源：地委组织部　发布时间：2024-08-27　浏览次数：2096", PARA, PARA + "第二段。"])
    assert (parsed.author_org, parsed.source_outlet) == ("地委组织部", "某克苏地区行政公署门户网站")


@pytest.mark.parametrize(
    "portal",
    [
        "某某市某某区人民政府 | 政务公开 | 政务服务",
        "某某市人民政府 > 政务动态 > 区县动态",
        "某华区人民政府 欢迎您！ 今天是：2024年6月13日",
    ],
)
def test_a_portal_named_at_the_head_of_its_top_line(portal: str) -> None:
    lines = [portal, "当前位置：首页 > 工作动态", "我区出台十二条措施推动物业服务提质"]
    parsed = parse([*lines, "发布时间：2024-06-12  来源：区委社会工作部  浏览次数：986", PARA])
    assert (parsed.author_org, parsed.source_outlet) == ("区委社会工作部", portal.split()[0])
    assert parsed.published_at is not None and parsed.published_at.day == 12


def test_a_portals_clock_is_no_dateline() -> None:
    assert dateline_date("某华区人民政府 欢迎您！ 今天是：2024年6月13日") is None
    assert dateline_date("发布时间：2024-06-12 今天是：2024年6月13日") is not None


def test_a_source_line_under_the_dateline_and_the_site_on_its_toolbar() -> None:
    lines = ["某某党员网  打印  纠错  关闭", "当前位置：首页 > 基层党建 > 案例选编", HEADLINE]
    parsed = parse([*lines, "2023年02月14日 09:05", "来源：中共某某市某某区委组织部", PARA])
    assert (parsed.author_org, parsed.source_outlet) == ("中共某某市某某区委组织部", "某某党员网")
    assert not parsed.body[0][0].startswith("来源")


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [("（原载《某州党建》2024年第3期）", "某州党建"), ("（据“某台组工”微信公众号整理）", "某台组工")],
)
def test_a_reprint_credit_names_the_outlet(closing: str, outlet: str) -> None:
    parsed = parse(["党建访谈", HEADLINE, "本刊记者　蓝　天", PARA, PARA, closing])
    assert parsed.source_outlet == outlet


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("■中共某安市委组织部 陈晓东", "中共某安市委组织部"),
        ("某某区委组织部　王 五", "某某区委组织部"),
        ("中共某江县委", "中共某江县委"),
        ("中共某楼区委", "中共某楼区委"),
    ],
)
def test_an_organisation_signing_alone_or_with_its_writer(line: str, org: str) -> None:
    found = byline(line)
    assert found is not None and found.author_org == org


@pytest.mark.parametrize("line", ["红旗街道 小巷管家", "某某社区 邻里节", "泉边议事 楼宇聚力", "中共党员的县委情"])
def test_headlines_that_look_like_a_signature_are_not_bylines(line: str) -> None:
    assert byline(line) is None


@pytest.mark.parametrize(
    "row", ["某城日报数字版 | 新闻 > 本地", "某某党建网 > 基层探索", "某某市某某区人民政府 | 政务公开 | 互动交流"]
)
def test_a_navigation_row_headed_by_the_site_is_never_the_title(row: str) -> None:
    parsed = parse([row, "2024-11-02 21:36 某城日报", "记者 马某某", PARA])
    assert parsed.title is None
    parsed = parse([row, "街巷划小 民生小事有人管", "2024-11-02 21:36", PARA])
    assert parsed.title == "街巷划小 民生小事有人管"


@pytest.mark.parametrize(
    "closing",
    [
        ["来源：某某区委组织部  编辑：王五", "阅读原文"],
        ["（来源：某某区委组织部）"],
        ["文章来源｜某某区委组织部 编辑｜王五"],
    ],
)
def test_a_closing_source_with_other_credits_or_in_brackets(closing: list[str]) -> None:
    parsed = parse(["某某发布", "2024-06-21 18:05 四川", "楼道里的“红色议事厅”", PARA, PARA, *closing])
    assert parsed.author_org == "某某区委组织部"
    if closing[0].startswith("（"):
        assert parsed.body[-1][0] == PARA  # the bracketed credit leaves the body


def test_an_original_mark_of_its_own_names_owner_and_account() -> None:
    parsed = parse(["原创 某某区委组织部 某某组工", "2024年06月21日 18:05", "楼道里的“红色议事厅”", PARA])
    assert (parsed.author_org, parsed.source_outlet) == ("某某区委组织部", "某某组工")
    # one name after the mark is the writer's pen name or the account: no telling, no outlet from it
    parsed = parse(["原创 某某小编", "2024年06月21日 18:05", "楼道里的“红色议事厅”", PARA])
    assert parsed.source_outlet is None


@pytest.mark.parametrize(
    "masthead",
    [["某某日报 | 2024年12月05日 | 第03版"], ["某某日报电子版", "2024年12月05日 星期四"]],
)
def test_a_masthead_between_separators_or_with_its_edition(masthead: list[str]) -> None:
    parsed = parse([*masthead, "楼道里的“红色议事厅”", "■中共某某区委组织部", PARA])
    assert (parsed.title, parsed.source_outlet) == ("楼道里的“红色议事厅”", "某某日报")


def test_a_wechat_headline_with_a_kind_prefix_stays_the_title() -> None:
    parsed = parse(["某某发布", "2024-06-21 18:05 四川", "视频｜老街巷里的“板凳会”", PARA])
    assert parsed.title == "视频｜老街巷里的“板凳会”"


@pytest.mark.parametrize(
    "description", ["某某市某某区委组织部官方公众号", "某某街道党工委官方微信", "某某区委组织部微信公众号"]
)
def test_a_wechat_accounts_description_under_its_name_is_never_the_title(description: str) -> None:
    parsed = parse(["某某先锋 2024-10-11 20:05 发表于某省", "某某先锋", description, "楼道里的“红色议事厅”", PARA])
    assert (parsed.title, parsed.source_outlet) == ("楼道里的“红色议事厅”", "某某先锋")
    # a headline about an account is still a headline
    assert not is_not_title("社区有了自己的公众号")


def test_an_accounts_name_alone_before_the_day_it_posted_is_the_outlet() -> None:
    sub = "——访某某区某某街道党工委书记"
    parsed = parse(["楼道里的“红色议事厅”", sub, "某某先锋　2024-05-15", PARA])
    assert (parsed.title, parsed.source_outlet) == ("楼道里的“红色议事厅”", "某某先锋")
    assert parsed.published_at is not None and parsed.published_at.day == 15
    # a person (short name), an organisation (the author) or a date label before the date names no outlet
    for line in ("王小明 2024-05-15", "某某区委组织部　2024-05-15", "发布时间 2024-05-15"):
        assert parse(["楼道里的“红色议事厅”", sub, line, PARA]).source_outlet is None, line


@pytest.mark.parametrize(
    "credit",
    ["（执笔人：王某某 李 某）", "执笔人：王某某", "（撰稿人：赵某某 孙某）", "（供稿人：钱某某）", "（整理人：周某）"],
)
def test_a_writers_credit_in_brackets_under_a_research_notes_headline_is_never_the_title(credit: str) -> None:
    assert byline(credit) is not None and is_not_title(credit)
    parsed = parse(["某某市社区党建引领小区治理的调查与思考", credit, "一、基本情况", PARA])
    assert parsed.title == "某某市社区党建引领小区治理的调查与思考"


@pytest.mark.parametrize(
    "chrome",
    ["听全文 约8分钟 阅读 3.4万", "阅读 10万+ 在看 356", "约5分钟 阅读量 1280", "阅读 1.6万  分享 收藏 点赞 在看"],
)
def test_wechat_reading_time_and_counts_are_chrome(chrome: str) -> None:
    assert is_not_title(chrome)
    assert parse([chrome, HEADLINE, PARA]).title == HEADLINE
    assert parse(["某某发布", HEADLINE, chrome, PARA]).title == HEADLINE
    # a headline's own figures are not reading chrome
    assert not is_not_title("社区15分钟生活圈阅读驿站开张")
    assert not is_not_title("阅读量大增的社区读书会")


@pytest.mark.parametrize(
    "chrome",
    [
        "◇◇ 镜像快取 ◇◇ 某某党建资讯网 | 简体 | 繁体 ◇ 广告位招租 ◇",
        "网页快照 ◆ 某某新闻网 ◆ 简体 繁体 ◆ 广告",
        "镜像站 某某资讯网 简体 繁體 网页快照",
        "某某党建网 繁体版 无障碍",
        "某某区人民政府 简体中文 English",
    ],
)
def test_a_mirrors_chrome_row_of_cache_script_toggle_and_ad_slot_is_never_the_title(chrome: str) -> None:
    assert is_not_title(chrome)
    assert parse([chrome, "中共某某县委组织部　2024年2月26日", HEADLINE, PARA]).title == HEADLINE
    assert parse([chrome, HEADLINE, PARA]).title == HEADLINE
    # a headline about a mirror or an advertisement stays a headline
    assert not is_not_title("社区把闲置广告位变成了党建宣传栏")


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("某某日报客户端　2024年9月30日", "某某日报"),
        ("某某晚报APP 2024-03-05", "某某晚报"),
        ("某某新闻网客户端 2024年1月8日", "某某新闻网"),
    ],
)
def test_a_papers_app_dateline_gives_the_date_and_the_paper_as_outlet(dateline: str, outlet: str) -> None:
    parsed = parse([dateline, HEADLINE, "记者 王某某　通讯员 李某", PARA])
    assert (parsed.title, parsed.source_outlet) == (HEADLINE, outlet)
    assert parsed.published_at is not None and parsed.published_at.year in (2024,)
    # the app's download prompt is still page furniture, and names no outlet
    prompt = parse(["下载某某日报客户端", HEADLINE, PARA])
    assert (prompt.title, prompt.source_outlet) == (HEADLINE, None)


def test_a_short_headline_with_a_dash_subtitle_under_a_masthead_is_the_title_a_column_label_is_not() -> None:
    # seven characters would pass for a column label (`党建周刊`); the `——` sub-title under it makes it the headline
    masthead = "某城日报　2024年6月12日　星期三　第A3版：党建周刊"
    parsed = parse(
        [masthead, "老街区的新邻里", "——某某区某某街道党建引领老旧小区治理侧记", "■中共某某区委组织部", PARA]
    )
    assert (parsed.title, parsed.author_org) == ("老街区的新邻里", "中共某某区委组织部")
    # a short line with no sub-title under it stays a column label above a longer headline
    parsed = parse([masthead, "党建周刊", "街巷划小 民生小事有人管", "■中共某某区委组织部", PARA])
    assert parsed.title == "街巷划小 民生小事有人管"


def test_a_sites_toolbar_on_its_dateline_names_the_outlet_and_a_printed_source_still_wins() -> None:
    # `某某党建网 打印 纠错 <date> 来源：<组织部>`: the 组织部 wrote it, the site whose tools these are published it
    toolbar = "某某党建网 打印 纠错 2024年10月16日 "
    parsed = parse([HEADLINE, toolbar + "来源：中共某某市某某区委组织部", PARA])
    assert (parsed.title, parsed.source_outlet, parsed.author_org) == (
        HEADLINE,
        "某某党建网",
        "中共某某市某某区委组织部",
    )
    assert parsed.published_at is not None and parsed.published_at.day == 16
    # an outlet printed after 来源 is the outlet, the site only reprints it
    parsed = parse([HEADLINE, toolbar + "来源：某某日报", PARA])
    assert parsed.source_outlet == "某某日报"


def test_round_k_a_bulletin_compiled_by_a_body_names_the_author_org() -> None:
    # `组工信息` / `第42期` / `中共…区委组织部编　2024年11月20日` (GUIDELINES, decided for h397)
    parsed = parse(["组工信息", "第7期", "中共某某市某某区委组织部编　　　　2024年10月9日", HEADLINE, PARA])
    assert parsed.author_org == "中共某某市某某区委组织部"
    assert parsed.title == HEADLINE
    assert byline("张三 主编") is None  # a person compiling names no organisation


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["某城日报讯（记者 王五 通讯员 赵六）", HEADLINE, "2024年12月3日", PARA], "某城日报"),
        ([HEADLINE, "2024年12月3日", "某城晚报讯 （记者 李四）" + PARA], "某城晚报"),
        ([HEADLINE, "2024年12月3日", "本报讯（记者 李四）" + PARA], None),  # 本报 names no paper
    ],
)
def test_round_k_a_news_flash_mark_names_the_paper(lines: list[str], outlet: str | None) -> None:
    # `固原日报讯（记者…）` (GUIDELINES, decided for h422)
    assert parse(lines).source_outlet == outlet


def test_round_k_a_site_named_by_its_breadcrumb_head_and_copyright_line_is_the_outlet() -> None:
    # `党建之窗 > 基层党建 > 正文` … `版权所有 © 党建之窗` while 信息来源 names a body (GUIDELINES, decided for h422)
    page = [
        "某某之窗 > 基层党建 > 正文",
        HEADLINE,
        "信息来源：某某区委组织部　发布日期：2024年3月8日　点击：2317次",
        PARA,
        PARA + "第二段。",
        "版权所有 © 某某之窗 转载请注明出处",
    ]
    parsed = parse(page)
    assert (parsed.source_outlet, parsed.author_org) == ("某某之窗", "某某区委组织部")
    # the head of a trail alone, with no copyright line naming it, stays unknown
    assert parse(page[:-1]).source_outlet is None


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("版权所有 ©某原资讯网　冀ICP备10000000号-1", "某原资讯网"),
        ("版权所有：某林党建在线　技术支持：某某网络", "某林党建在线"),
        ("Copyright © 某湘党建资讯 版权所有　未经授权禁止转载", "某湘党建资讯"),
        ("版权所有 转载必究 ★★★", None),  # a prohibition names no site
        ("Copyright © 本站 版权所有", None),
        ("版权所有：某平区人民政府办公室", None),  # a portal's office, not a site's name
        ("Copyright © 2024 某某网络科技有限公司", None),  # the company running the site
    ],
)
def test_round_l_a_mirror_named_only_in_its_copyright_footer_is_the_outlet(footer: str, outlet: str | None) -> None:
    # `版权所有 ©坝上资讯网` with `来源：` naming a body in the header (GUIDELINES, decided for h447)
    page = [HEADLINE, "来源：某北县委组织部　2024-09-03　点击：956", PARA, PARA + "第二段。", "上一篇：某某", footer]
    parsed = parse(page)
    assert (parsed.source_outlet, parsed.author_org) == (outlet, "某北县委组织部")


@pytest.mark.parametrize(
    ("row", "outlet"),
    [
        ("☆某南党建网镜像站☆ 首页 | 繁体 | 收藏本站 | 手机版", "某南党建网镜像站"),
        ("【简】【繁】　某湘党建资讯　｜　首页　｜　基层风采　｜　联系我们", "某湘党建资讯"),
        ("简体 | 繁体　设为首页　加入收藏", None),  # no site's name before a home link
        # round W (d1068's shape): unbracketed toggles before the name, the mirror's mark in brackets kept
        ("简体 | 繁体　　某鄱党建在线（镜像）　首页 | 新闻 | 案例 | 手机版", "某鄱党建在线（镜像）"),
        ("簡體 | 繁體　　加入收藏　｜　設為首頁　｜　網站地圖", None),  # toggles and bookmark links name no site
    ],
)
def test_round_l_a_navigation_row_opened_by_the_site_names_the_outlet(row: str, outlet: str | None) -> None:
    # `☆闽南党建网镜像站☆ 首页 | 繁体 | …` above a `来源：` body (GUIDELINES, decided for h472)
    parsed = parse([row, HEADLINE, "来源：某城市某某区委组织部　发布时间：2024年06月27日", PARA, PARA + "第二段。"])
    assert (parsed.source_outlet, parsed.author_org) == (outlet, "某城市某某区委组织部")
    assert parsed.title == HEADLINE


def test_round_l_a_reprint_credit_after_a_clause_in_the_same_brackets_names_the_journal() -> None:
    # `（本文为…课题成果，原载《张掖党建研究》2024年第3期）` (GUIDELINES, decided for h447)
    closing = "（本文为某某市委党校2024年度重点调研课题成果，原载《某州党建研究》2024年第3期）"
    parsed = parse(["调研报告", HEADLINE, "中共某某市委党校课题组", PARA, PARA, closing])
    assert parsed.source_outlet == "某州党建研究"


def test_round_l_a_speaker_with_a_transliterated_name_is_never_the_title() -> None:
    # `中共…区委常委、组织部部长　阿依古丽·买买提` under a speech summary's headline
    # (GUIDELINES, decided for h226, h251)
    lines = ["在全市城市基层党建工作交流会上的发言（摘要）", HEADLINE, "中共某某区委常委、组织部部长　古丽娜尔·某某提"]
    parsed = parse([*lines, "（2024年7月19日）", "各位领导、同志们：", PARA])
    assert parsed.title == HEADLINE
    assert parsed.author_org is None  # a speaker is a person


@pytest.mark.parametrize(
    "file_name", ["某某区城市基层党建创新案例申报材料", "某某市城市基层党建优秀案例推荐表（节选）"]
)
def test_round_l_a_files_own_name_above_an_org_and_date_line_is_never_the_title(file_name: str) -> None:
    # `…创新案例申报材料` / `中共…区委组织部　2024年9月26日` / headline (GUIDELINES, decided for h347, h447)
    parsed = parse([file_name, "中共某某市某某区委组织部　2024年9月26日", HEADLINE, "一、背景与起因", PARA])
    assert (parsed.title, parsed.author_org) == (HEADLINE, "中共某某市某某区委组织部")
    assert parsed.published_at is not None and parsed.published_at.date().isoformat() == "2024-09-26"


@pytest.mark.parametrize("section", ["某洱市委组织部组织二科", "某某区委组织部基层组织建设科"])
def test_round_l_a_section_of_a_department_names_the_author_org(section: str) -> None:
    # WeChat footer `来源｜普洱市委组织部组织二科` and a portal's `来源：` naming a section
    # (GUIDELINES, author_org, h51)
    wechat = ["某洱组工", "某洱组工 2024年09月03日 18:30 云南", HEADLINE, PARA, PARA, f"来源｜{section}", "编辑｜李梅"]
    assert parse(wechat).author_org == section
    portal = [HEADLINE, f"来源：{section}　发布时间：2024-09-03", PARA, PARA]
    assert (parse(portal).author_org, parse(portal).source_outlet) == (section, None)


def test_round_m_the_source_field_names_the_body_in_full_where_the_author_field_shortens_it() -> None:
    # `来源：某顺市某坝区委组织部　…　作者：某坝区委组织部` (d544's shape): one body, printed in full by 来源
    page = ["某某党建在线 > 基层党建 > 城市党建", HEADLINE,
            "来源：某顺市某坝区委组织部　发布时间：2024-10-22　作者：某坝区委组织部", PARA, PARA + "第二段。",
            "版权所有 某某党建在线 转载请注明出处"]  # fmt: skip
    assert parse(page).author_org == "某顺市某坝区委组织部"


def test_round_m_a_towns_government_and_a_streets_full_working_committee_write_for_a_site() -> None:
    # a portal under its district's name whose 来源 is a town government (d578's shape, GUIDELINES h176, h301)
    portal = ["某京市某山区人民政府", "首页 > 政务信息 > 街乡动态", HEADLINE,
              "发布时间：2024-09-24 09:30　来源：某阳镇人民政府　浏览量：1688", PARA, PARA + "第二段。"]  # fmt: skip
    assert (parse(portal).author_org, parse(portal).source_outlet) == ("某阳镇人民政府", "某京市某山区人民政府")
    # a mirror whose 来源 is a street's Party working committee in full (d557's shape, GUIDELINES h472)
    mirror = ["某西党建资讯网 首页 | 简体 | 繁体 | 收藏本站", HEADLINE,
              "来源：中共某京市某沟区某子街道工作委员会　发布时间：2024-03-12", PARA, PARA + "第二段。"]  # fmt: skip
    assert (parse(mirror).author_org, parse(mirror).source_outlet) == (
        "中共某京市某沟区某子街道工作委员会",
        "某西党建资讯网",
    )


def test_round_m_a_site_named_before_its_script_toggles_is_the_outlet() -> None:
    # `拉萨党建镜像 >> 简体 | 繁体 | 设为首页 | 加入收藏` (d568's shape): the row's first name is the site's
    page = ["某萨党建镜像 >> 简体 | 繁体 | 设为首页 | 加入收藏", HEADLINE,
            "来源：某萨市某孜区委组织部　发布时间：2024-01-16 16:05", PARA, PARA + "第二段。"]  # fmt: skip
    assert (parse(page).author_org, parse(page).source_outlet) == ("某萨市某孜区委组织部", "某萨党建镜像")


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("版权所有：某南党建资讯 ◆◆ 广告位招租", "某南党建资讯"),  # the footer names the site the mirror copies
        ("※※※ 版权所有 ※※※ 最佳浏览分辨率1024×768", "某南党建资讯镜像"),  # no name there: the label stays
    ],
)
def test_round_n_a_copyright_site_outranks_a_mirror_label_on_the_navigation_row(footer: str, outlet: str) -> None:
    # `☆滇南党建资讯镜像☆ 首页 | …` over `版权所有：滇南党建资讯` (GUIDELINES, source_outlet, round N)
    page = ["☆某南党建资讯镜像☆ 首页 | 繁体 | 登录", HEADLINE, "来源：中共某某市委组织部　发布时间：2024-03-08"]
    parsed = parse([*page, PARA, PARA + "第二段。", "【打印本页】【关闭窗口】", footer])
    assert (parsed.source_outlet, parsed.author_org) == (outlet, "中共某某市委组织部")


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Copyright © 2024 某西南党建资讯 版权所有", "某西南党建资讯"),  # the footer names the site the mirror copies
        ("Copyright © 版权所有 某西南党建资讯　某ICP备10000001号", "某西南党建资讯"),  # round X (d1091): both claims
        ("【手机版】【返回顶部】", "某西南党建资讯网"),  # no name there: the site's name as printed stays
    ],
)
def test_round_w_a_mirror_mark_beside_the_sites_name_yields_to_the_copyright_site(footer: str, outlet: str) -> None:
    # `滇西南党建资讯网 镜像站 | 首页 | …` over `Copyright © 2024 滇西南党建资讯` (GUIDELINES h921; first sight d1019)
    page = ["某西南党建资讯网 镜像站 | 首页 | 简体 | 繁体 | English", "您现在的位置：首页 > 党建动态 > 城市党建",
            HEADLINE, "信息来源：某某街道党工委　作者：杨 帆"]  # fmt: skip
    parsed = parse([*page, PARA, PARA + "第二段。", footer])
    assert (parsed.source_outlet, parsed.author_org) == (outlet, "某某街道党工委")


def test_round_n_an_account_above_a_dateline_of_day_and_minute_names_the_outlet() -> None:
    # a WeChat repost: account / `2024年10月8日 17:42` (no province) / headline
    parsed = parse(["某江组工", "2024年10月8日 17:42", HEADLINE, PARA, PARA + "第二段。"])
    assert (parsed.title, parsed.source_outlet) == (HEADLINE, "某江组工")


def test_round_n_a_templates_signature_over_its_month_names_the_author() -> None:
    # `中共某某市委组织部` / `2024年11月` closing a case template: the organisation signs it
    parsed = parse(["某某市“林城红哨”党建引领小区治理案例", "一、背景", PARA, "二、主要做法", PARA,
                    "中共某某市委组织部", "2024年11月"])  # fmt: skip
    assert parsed.author_org == "中共某某市委组织部"
    assert parsed.published_at is None


def test_a_media_centre_before_the_reporter_is_the_outlet() -> None:
    # GUIDELINES source_outlet, decided for h597: `梅河口融媒记者 谷 雨` names the outlet, as `固原日报讯（记者…）`
    parsed = parse([HEADLINE, "某河融媒记者 李 华　2024-12-18", PARA])
    assert parsed.source_outlet == "某河融媒"
    assert parse([HEADLINE, "本报记者 李 华　2024-12-18", PARA]).source_outlet is None


def test_a_towns_party_committee_as_the_source_is_the_author_and_the_crumb_site_the_outlet() -> None:
    # GUIDELINES h422/h301: the site named by breadcrumb head and copyright, the body named by 信息来源
    parsed = parse(
        ["某乡党建在线 > 基层动态 > 城市党建", HEADLINE, "信息来源：中共某某市某城镇委员会　发布时间：2024-07-03", PARA,
         "【打印此页】【关闭窗口】", "版权所有 © 某乡党建在线"]
    )  # fmt: skip
    assert (parsed.author_org, parsed.source_outlet) == ("中共某某市某城镇委员会", "某乡党建在线")


def test_round_p_a_speaker_of_a_body_named_in_full_is_no_title() -> None:
    # a speech summary: its kind, the headline, the speaker with a long full body name, the date, the salutation
    speaker = "中共某某市某某区某某街道工作委员会书记 李 华"
    assert is_not_title(speaker)
    parsed = parse(["在全市老旧小区改造工作推进会上的交流发言（摘要）", HEADLINE, speaker, "（2024年11月8日）",
                    "各位领导、同志们：", PARA, PARA + "第二段。"])  # fmt: skip
    assert parsed.title == HEADLINE


@pytest.mark.parametrize("speaker", ["中共某某市某某区委书记", "中共某某市某某街道工作委员会书记、办事处主任"])
def test_round_w_a_speakers_posts_without_a_name_are_no_title(speaker: str) -> None:
    # a speech summary whose speaker line gives the office alone (first sight d1035; with a name d511, d710)
    assert is_not_title(speaker)
    parsed = parse(["在全市城市基层党建工作推进会上的交流发言（摘要）", HEADLINE, speaker, "尊敬的各位领导、同志们：",
                    PARA, PARA + "第二段。"])  # fmt: skip
    assert parsed.title == HEADLINE
    assert not is_not_title("做群众满意的社区书记")  # a headline about an office holder: no Party body from 中共


def test_round_p_the_wechat_bar_after_a_credit_label_is_no_part_of_the_author() -> None:
    # `来源丨…` prints 丨 (a Han radical) as the bar, like `来源｜…`: the label stays out of author_org
    assert byline("来源丨某某镇党委") is None
    footer = ["编辑丨王 明", "来源丨某某镇党委", "阅读 1526　点赞 63"]
    parsed = parse(["某某组工", "2024年9月14日 07:30", HEADLINE, PARA, PARA + "第二段。", *footer])
    assert parsed.author_org == "某某镇党委"


def test_round_p_the_headlines_sub_title_is_kept_apart_from_title_and_body() -> None:
    # an e-paper feature: masthead dateline, headline, `——` sub-title line, byline; and one on the headline's line
    parsed = parse(["某某日报　2024年12月5日　星期四", "镜城商圈 同心共治", "——某某市某某街道党建引领商圈治理见闻",
                    "■本报记者 李 华", PARA, PARA + "第二段。"])  # fmt: skip
    assert (parsed.title, parsed.subtitle) == ("镜城商圈 同心共治", "某某市某某街道党建引领商圈治理见闻")
    assert all(not text.startswith("——") for text, _ in parsed.body)
    same_line = parse(["老街区如何焕发新活力？——访某某街道党工委书记", "2024-06-01", PARA, PARA + "第二段。"])
    assert (same_line.title, same_line.subtitle) == ("老街区如何焕发新活力？", "访某某街道党工委书记")
    assert parse([HEADLINE, "2024-06-01", PARA, PARA + "第二段。"]).subtitle is None


def test_round_p_a_portal_named_only_by_its_sponsor_footer_is_that_governments_site() -> None:
    # a county portal that prints no site name above the headline; its footer names the sponsor, before or after
    for sponsor in ("主办：某某县人民政府　某ICP备05001234号", "某某县人民政府　主办　某ICP备05001234号",
                    "主办：某某县人民政府办公室　网站标识码：1234560001"):  # fmt: skip
        parsed = parse(["当前位置：首页 > 工作动态", HEADLINE, "发布时间：2024-05-06　来源：某某县委组织部",
                        PARA, PARA + "第二段。", "关闭窗口　打印本页", sponsor])  # fmt: skip
        assert parsed.source_outlet == "某某县人民政府", sponsor
    # a party office or a company sponsoring the site names no site
    for sponsor in ("主办：中共某某县委组织部", "主办单位：某某网络科技有限公司"):
        parsed = parse(["当前位置：首页 > 工作动态", HEADLINE, "发布时间：2024-05-06　来源：某某县委组织部",
                        PARA, PARA + "第二段。", "关闭窗口　打印本页", sponsor])  # fmt: skip
        assert parsed.source_outlet is None, sponsor


@pytest.mark.parametrize(
    "footer",
    [
        "主办单位：某某市人民政府办公室　联系电话：0000-8822xxx　某ICP备11000000号-2",
        "承办：某某区政务服务中心　网站标识码：1500000000",
        "网站标识码：1500000000　某ICP备11000000号",
        "某ICP备11000000号-2　某公网安备 00000000000000号",
    ],
)
def test_round_q_a_portals_sponsor_and_record_fields_end_the_body(footer: str) -> None:
    """`主办单位：…　联系电话：…　青ICP备…`: a portal's footer fields are not the article (a run of `X：…` lines
    before them must not take the sponsor field for a measure's head)."""
    parsed = parse([HEADLINE, "发布时间：2024年07月25日", PARA, PARA + "第二段。", footer])
    assert [simp for simp, _ in parsed.body][-1] == PARA + "第二段。"


def test_round_r_an_account_between_the_headline_and_its_dateline_names_the_outlet() -> None:
    # WeChat prints headline / account / `2024年3月27日 19:06　湖南`, the article right under
    parsed = parse([HEADLINE, "某湖组工", "2024年3月27日 19:06　湖南", "点击蓝字 关注我们", PARA, PARA + "第二段。"])
    assert (parsed.title, parsed.source_outlet) == (HEADLINE, "某湖组工")


def test_round_w_an_account_under_its_owners_dateline_names_the_outlet() -> None:
    # WeChat copied as owner + dateline / account / headline (first sight d1030; other account shapes d625, d820)
    parsed = parse(["某省某市某某区委组织部 2023年11月08日 19:26 湖北", "某陵组工", HEADLINE, PARA, PARA + "第二段。"])
    assert (parsed.title, parsed.source_outlet) == (HEADLINE, "某陵组工")
    # a short line under the dateline with the article, not the headline, after it is no account
    parsed = parse(["某省某市某某区委组织部 2023年11月08日 19:26 湖北", HEADLINE, PARA, PARA + "第二段。"])
    assert parsed.source_outlet is None
    parsed = parse(["某省某市某某区委组织部 2023年11月08日 19:26 湖北", "王五", HEADLINE, PARA, PARA + "第二段。"])
    assert parsed.source_outlet is None  # a person's name is no account


def test_round_r_a_copyright_holder_written_before_the_claim_names_the_crumb_site() -> None:
    # `某天党建之窗 > 基层党建` … `某天党建之窗版权所有　未经许可不得转载`: the holder stands before `版权所有`
    page = [
        "某天党建之窗 > 基层党建 > 创新案例",
        HEADLINE,
        "信息来源：中共某某市某某街道工作委员会　发布日期：2024-02-28",
    ]
    parsed = parse([*page, PARA, PARA + "第二段。", "【责任编辑：吴静】", "某天党建之窗版权所有　未经许可不得转载"])
    assert (parsed.source_outlet, parsed.author_org) == ("某天党建之窗", "中共某某市某某街道工作委员会")


def test_round_r_a_copyright_footer_gives_the_full_name_of_a_navigation_rows_short_form() -> None:
    # `某中资讯 · 首页 | …` over `版权所有 © 某中资讯网`: the footer prints the site's name in full
    page = ["某中资讯 · 首页 | 时政 | 党建 | 简体 | 繁体", HEADLINE, "来源：某龙区委组织部　发布时间：2024-05-28"]
    parsed = parse([*page, PARA, PARA + "第二段。", "友情链接 | 网站地图", "版权所有 © 某中资讯网　某ICP备11003857号"])
    assert (parsed.source_outlet, parsed.author_org) == ("某中资讯网", "某龙区委组织部")


@pytest.mark.parametrize("label", ["推介项目", "推荐案例", "参评项目", "案例名称"])
def test_round_s_a_forms_name_field_labelled_by_what_the_form_does_gives_the_title(label: str) -> None:
    # d862's kind: `推介项目：…` on a recommendation list is the name field, like `案例名称：`
    page = ["某自治区第三届城市基层党建优秀创新案例推介", f"{label}：{HEADLINE}", "申报单位：中共某某镇委员会", PARA]
    assert parse(page).title == HEADLINE


def test_round_s_a_speech_summarys_speaker_line_is_its_byline_with_no_author_org() -> None:
    page = [
        "在全市城市基层党建工作推进会上的讲话（摘要）",
        HEADLINE,
        "中共某某市委常委、组织部部长　某某",
        "（2024年6月26日）",
        "同志们：",
        PARA,
    ]
    parsed = parse(page)
    assert parsed.title == HEADLINE
    assert parsed.byline == "中共某某市委常委、组织部部长 某某"  # (ideographic space cleaned to one space)
    assert parsed.author_org is None


@pytest.mark.parametrize("label", ["■本期导读：基层党建观察", "专栏：城市基层党建", "编者按：本期关注老旧小区"])
def test_round_t_an_editors_label_line_above_the_headline_is_no_title(label: str) -> None:
    # d920's kind (with d862's form field and d516's form name: a line that labels what follows, standing where
    # the headline would)
    page = ["某某日报　2024年6月25日　第04版　党建", label, HEADLINE, "中共某某市委组织部　2024年6月", PARA]
    assert parse(page).title == HEADLINE


def test_round_u_a_page_label_without_its_di_is_no_title() -> None:
    # d932 (39th set), the furniture-line kind of d920 (36th), d862 (34th), d516 (21st): a line that labels the page
    page = [
        "某某日报",
        "2024年12月3日　星期二",
        "B3版 · 基层党建　本版编辑 某某　美编 某某",
        HEADLINE,
        "■ 本报记者 某某",
        PARA,
    ]
    assert parse(page).title == HEADLINE
    assert is_not_title("A4版 · 基层党建")
    assert not is_not_title("3版本的社区公约是怎样炼成的")


def test_round_u_a_column_tag_in_brackets_heading_a_headline_is_dropped() -> None:
    # d940 (39th set; GUIDELINES decided for h946): the tag names the column, not the headline
    page = ["某某组工", "2024-03-18 20:06 新疆", f"【基层党建】{HEADLINE}", "▲点击上方蓝字，关注我们", PARA]
    assert parse(page).title == HEADLINE


@pytest.mark.parametrize("credit", ["某某日报 记者 王五", "某某晚报　全媒体记者 王 五　通讯员 赵六"])
def test_round_x_an_outlet_set_apart_from_its_reporter_by_a_space_is_a_byline(credit: str) -> None:
    # d1110 (49th set): the interview's byline under its headline, the outlet first
    page = ["【对话书记】", "“把服务送到楼门口”——访某某街道党工委书记王某", credit, PARA]
    parsed = parse(page)
    assert (parsed.title, parsed.source_outlet) == ("“把服务送到楼门口”", credit.split()[0].split("\u3000")[0])


def test_round_x_wechat_link_and_follow_buttons_are_a_toolbar() -> None:
    # d1113 (49th set): the button row under the 原创 line, above the headline
    page = ["某某发布 2024-11-05 18:20 江西", "原创 某某区委组织部", "阅读原文 | 关注公众号", HEADLINE, PARA]
    assert parse(page).title == HEADLINE


def test_round_ac_a_view_count_grouped_by_a_comma_keeps_the_portal_line_a_dateline() -> None:
    # d1720 (67th set): `浏览次数：2,317` groups digits; it separates no clause, so the line is no article paragraph
    lines = ["某昌县人民政府门户网站", "首页 > 政务动态 > 部门动态", "某城镇：“椰乡红管家”让小区管理有了主心骨"]
    meta = (
        "来源：某昌县委组织部　　发布时间：2024-06-27 16:12　　浏览次数：12,045　　【字号：大 中 小】【打印】【关闭】"
    )
    parsed = parse([*lines, meta, PARA, PARA + "第二段。"])
    assert parsed.author_org == "某昌县委组织部"
    assert parsed.published_at is not None and parsed.published_at.strftime("%Y-%m-%d %H:%M") == "2024-06-27 16:12"


@pytest.mark.parametrize("question", ["问：什么是“石榴红驿”？", "一问：“石榴红驿”能办哪些事？"])
def test_round_ac_a_leaflets_question_is_never_its_title(question: str) -> None:
    # d1414 (56th set), d1785 (69th): the leaflet's headline, its org-and-month line, then its first question
    page = [
        "“石榴红驿”便民服务明白卡",
        "中共某某县某某镇委员会　2024年5月",
        question,
        "答：" + PARA,
        "问：怎样申请？",
        "答：" + PARA,
    ]
    assert parse(page).title == "“石榴红驿”便民服务明白卡"


@pytest.mark.parametrize(
    ("signed", "org"),
    [("某某自治区党委组织部组织三处", "某某自治区党委组织部组织三处"), ("某某省委组织部有关负责同志", None)],
)
def test_round_ac_a_speech_summary_takes_the_line_under_its_occasion_line(signed: str, org: str | None) -> None:
    # d1434 (57th set), d1638 (74th): occasion line, headline of two phrases, then an office or an unnamed official
    headline = "以“草原红格”为抓手 推动城市基层治理提质增效"
    page = ["在全区城市基层党建工作推进会上的交流发言（摘要）", headline, signed, PARA, PARA + "第二段。"]
    parsed = parse(page)
    assert (parsed.title, parsed.author_org) == (headline, org)


def test_round_ac_a_portals_source_naming_a_town_bare_is_the_author() -> None:
    # d1663 (75th set): `来源：XX镇` names the town that wrote for its county's portal, as `来源：XX街道` does
    lines = ["某昌县人民政府", "首页 > 新闻动态 > 乡镇动态", "某堡镇：“堡子红灯”照亮工矿社区治理路"]
    parsed = parse([*lines, "发布时间：2024-11-12　　来源：某堡镇　　浏览次数：315", PARA, PARA + "第二段。"])
    assert (parsed.author_org, parsed.source_outlet) == ("某堡镇", "某昌县人民政府")


@pytest.mark.parametrize("marker", ["（下转第6版）", "（下转SC04版）", "（上接SC03版）"])
def test_round_ac_continuation_markers_with_page_numbers_as_e_papers_print_them(marker: str) -> None:
    # d1115 (49th set) `（上接SC05版）`, d1444 (58th) `（下转第8版）`: the page as the paper prints it, no paragraph
    parsed = parse(["某某日报　2024年6月12日　第05版：党建", HEADLINE, PARA, marker, PARA + "第二段。"])
    assert all(marker not in simp for simp, _ in parsed.body)


def test_round_ad_a_county_media_centre_on_its_dateline_is_the_outlet() -> None:
    """Round AD (d1881 73rd set `双鸭山市岭东区融媒体中心　2024年10月28日`): a county's media centre is an outlet name
    like a paper's (the suffixes a news item's lead mark already reads, `融媒体中心`)."""
    header = ["【对话书记】", "老街坊的新日子——访某某市某某区某某街道党工委书记"]
    header.append("某某市某某区融媒体中心　2024年10月28日")
    parsed = parse([*header, "", "编者按：某某街道是老矿区。", PARA])
    assert parsed.source_outlet == "某某市某某区融媒体中心"


# ------------------------------------------------------------------ the first reading of real case texts (version 50)
# Shapes seen on real pages (bench/real_cases.py: People's Daily, CCTV news items); the pages below are made up.

PAPER_BYLINE = "本报记者  王某某  李某某"
PAPER_MASTHEAD = "《某某日报》（2026年05月13日 第 11 版）"


@pytest.mark.parametrize(
    ("kicker", "main"),
    [
        ("某某省开展“三减一增”行动，持续纠治重复填表等问题", "治标又治本，卸下隐形负担（干部状态新观察）"),
        ("某某县推进基层应急消防治理体系建设——", "群防群治，以“近水”解“近渴”（法治头条）"),
    ],
)
def test_a_papers_two_line_headline_above_its_masthead_takes_the_first_line(kicker: str, main: str) -> None:
    page = parse([kicker, main, PAPER_BYLINE, PAPER_MASTHEAD, PARA])
    assert page.title == kicker.removesuffix("——")  # RULEBOOK title: two lines, the first; a `——` kicker cut there
    assert page.source_outlet == "某某日报"  # the masthead names the paper, 《》 and brackets aside
    assert page.published_at is not None and page.published_at.date().isoformat() == "2026-05-13"


def test_a_headline_above_a_sites_dateline_keeps_its_last_line() -> None:
    # not a paper's masthead (no page number): the column label above the headline stays a column
    page = parse(["社区治理：观察与思考", HEADLINE, "某某网  2024年03月08日 09:30", PARA])
    assert page.title == HEADLINE


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("夯实基层社会治理根基（“十五五”开好局起好步）", "夯实基层社会治理根基"),
        ("小村庄有了“物业管家”（大国小村）", "小村庄有了“物业管家”"),
        (
            "在全区城市基层党建工作推进会上的讲话（摘要）",
            "在全区城市基层党建工作推进会上的讲话（摘要）",
        ),  # the document's status
        ("某某街道“红色物业”实施方案（试行）", "某某街道“红色物业”实施方案（试行）"),
        (
            "【在某某思想指引下——新时代 新作为 新篇章】某某市：探索超大城市基层党建新路",
            "某某市：探索超大城市基层党建新路",
        ),
        ("【“两学一做” 重在实效】某某街道：“网格化”党建提升服务", "某某街道：“网格化”党建提升服务"),
    ],
)
def test_a_columns_tag_before_or_after_the_headline_is_not_the_headline(printed: str, title: str) -> None:
    assert parse([printed, PARA]).title == title


def test_an_epigraph_under_the_headline_is_not_the_headline() -> None:
    page = parse(
        [
            "老旧小区有了“共享物业”（奋进“十五五” 一线见闻）",
            PAPER_BYLINE,
            "提高家政、物业等服务质量。",
            "——摘自某某规划纲要",
            PARA,
        ]
    )
    assert page.title == "老旧小区有了“共享物业”"


def test_a_news_items_lead_mark_with_消息_names_the_outlet() -> None:
    page = parse([HEADLINE, "某某网消息（新闻联播）：" + PARA])
    assert page.source_outlet == "某某网"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二〇二三年八月二十二日", datetime(2023, 8, 22)),
        ("二○二四年十二月一日", datetime(2024, 12, 1)),
        ("中共某某区委组织部　二〇二四年九月三十一日", None),  # no such day
        ("二〇二四年十月十日", datetime(2024, 10, 10)),
        ("三十二年八月", None),
    ],
)
def test_a_date_written_in_words_as_official_documents_write_it(text: str, expected: datetime | None) -> None:
    from tasks.dates import parse_date

    assert parse_date(text) == expected


_CASE = [
    "今年以来，青石社区党委以“红管家”为品牌，推动老旧小区治理，成立由86名成员组成的议事会，收集居民诉求25个。",
    "一是建强组织。在每栋楼设立党小组，选出楼栋长42名，把党的工作延伸到楼道。",
]


@pytest.mark.parametrize(
    "header",
    [["中共某某区委组织部　二〇二三年八月二十二日"], ["（二〇二三年八月二十二日）"], ["二〇二三年八月二十二日"]],
)
def test_a_dateline_in_words_dates_the_case_and_is_no_headline(header: list[str]) -> None:
    """Before, the line was taken for the headline and the case had no date."""
    article = parse(["青石社区“红管家”议事会让老小区焕然一新", *header, *_CASE])
    assert article.title == "青石社区“红管家”议事会让老小区焕然一新"
    assert article.published_at == datetime(2023, 8, 22)
    if "组织部" in header[0]:
        assert article.author_org == "中共某某区委组织部"


def test_a_sign_off_over_a_month_in_words_is_the_byline_not_a_paragraph() -> None:
    article = parse(["青石社区“红管家”议事会让老小区焕然一新", *_CASE, "中共某某区委组织部", "二〇二四年十一月"])
    assert article.author_org == "中共某某区委组织部" and article.published_at is None
    assert article.body[-1][0] == _CASE[-1]


# Probe round (header shapes of portals and dumps nobody had written down): each shape beside the nearest one the
# rule must leave alone.


def test_a_full_width_dateline_dates_the_page_and_is_no_headline() -> None:
    """Older portals print the dateline full-width (`２０２３－０９－１８`): the digits reach the reader as ASCII
    (tasks/clean.py page_characters), the hyphens did not, and the line was taken for the headline."""
    header = page_characters("发布时间：２０２３－０９－１８　１０：２０　来源：某某区委组织部")
    article = parse([HEADLINE, header, *_CASE])
    assert article.title == HEADLINE and article.published_at == datetime(2023, 9, 18, 10, 20)
    assert article.author_org == "某某区委组织部"
    assert dateline_date(page_characters("２０２３．９．１８")) == datetime(2023, 9, 18)
    # a span of years written full-width is no date
    assert dateline_date(page_characters("２０２３－２０２５年工作规划")) is None


@pytest.mark.parametrize("value", ["本站", "本站原创", "本网", "网络"])
def test_a_source_naming_the_page_itself_names_no_outlet(value: str) -> None:
    article = parse([HEADLINE, f"发布时间：2023-09-18　来源：{value}　作者：管理员", *_CASE])
    assert article.source_outlet is None and article.author_org is None
    assert article.title == HEADLINE and article.published_at == datetime(2023, 9, 18)


@pytest.mark.parametrize("value", ["本溪日报", "网络安全报"])
def test_an_outlet_whose_name_opens_like_a_self_reference_stays(value: str) -> None:
    assert parse([HEADLINE, f"发布时间：2023-09-18　来源：{value}", *_CASE]).source_outlet == value


@pytest.mark.parametrize(
    "line",
    [
        "供稿单位：某某县城关镇党委　发布时间：2023-09-18",
        "日期：2023.09.18　供稿单位：某某县城关镇党委",
        "发布时间：2023-09-18　作者单位：某某县城关镇党委　浏览：12",
    ],
)
def test_a_unit_label_on_the_dateline_names_the_author(line: str) -> None:
    """`供稿单位` was read as the label `供稿` and the name `单位`."""
    article = parse([HEADLINE, line, *_CASE])
    assert article.author_org == "某某县城关镇党委" and article.byline != "供稿单位"
    assert article.published_at == datetime(2023, 9, 18)


def test_a_person_after_the_author_label_on_the_dateline_is_no_author() -> None:
    article = parse([HEADLINE, "发布时间：2023-09-18　作者：张三", *_CASE])
    assert article.author_org is None and article.byline == "作者：张三"


def test_a_dumps_address_line_is_no_dateline() -> None:
    """A text dump opening with the page's address: its date folders were taken for the dateline, and the real
    dateline under the headline (and its source) was never read."""
    article = parse(
        [
            "https://www.example.gov.cn/art/2023/9/18/art_1229_5678.html",
            HEADLINE,
            "发布时间：2023-09-20　来源：某某区委组织部",
            *_CASE,
        ]
    )
    assert article.published_at == datetime(2023, 9, 20) and article.author_org == "某某区委组织部"
    assert article.title == HEADLINE
    # an address alone dates nothing; a dateline that prints its date beside nothing else still counts
    assert parse(["原文链接：http://dj.example.cn/2023/09/18/1234.html", HEADLINE, *_CASE]).published_at is None
    assert parse([HEADLINE, "2023/9/18 10:20", *_CASE]).published_at == datetime(2023, 9, 18, 10, 20)


@pytest.mark.parametrize(
    "row", ["【大字体 中字体 小字体】　点击数：356", "浏览次数：1,203", "字体：大字 中字 小字 【打印】"]
)
def test_a_font_switch_in_words_and_a_read_count_are_toolbars(row: str) -> None:
    assert is_toolbar(row)
    article = parse([HEADLINE, row, "来源：某某区委组织部　发布时间：2023-09-18", *_CASE])
    assert article.title == HEADLINE


def test_a_headline_with_a_size_word_is_no_toolbar() -> None:
    assert not is_toolbar("“大字报”变“小字条” 社区议事更接地气")


def test_a_labelled_breadcrumb_headed_by_the_portal_names_the_outlet() -> None:
    crumbs = "您现在的位置：某某市人民政府门户网站 > 政务动态 > 部门动态"
    article = parse([crumbs, HEADLINE, "发布日期：2023-09-18　信息来源：市委组织部", *_CASE])
    assert article.source_outlet == "某某市人民政府门户网站" and article.author_org == "市委组织部"
    home = parse(["当前位置：首页 > 工作动态 > 基层党建", HEADLINE, "发布时间：2023-09-18", *_CASE])
    assert home.source_outlet is None and home.title == HEADLINE


@pytest.mark.parametrize(
    "closing",
    [["来源：某某日报"], ["（来源：某某日报）"], ["来源：某某日报", "编辑：张三　责任编辑：李四"]],
)
def test_a_closing_source_naming_a_paper_is_the_outlet(closing: list[str]) -> None:
    article = parse([HEADLINE, "2023-09-18", *_CASE, *closing])
    assert article.source_outlet == "某某日报" and article.author_org is None


def test_a_closing_source_naming_a_body_stays_the_author_and_an_account_stays_the_outlet() -> None:
    body = parse([HEADLINE, "2023-09-18", *_CASE, "来源：某某区委组织部"])
    assert body.source_outlet is None and body.author_org == "某某区委组织部"
    wechat = parse([HEADLINE, "某某组工 2023-09-18 08:30 浙江", *_CASE, "来源：某某日报"])
    assert wechat.source_outlet == "某某组工"


@pytest.mark.parametrize("line", ["某某区委组织部 | 2023-09-18", "中共某某县委组织部｜2023年9月18日"])
def test_an_organisation_and_its_date_set_apart_by_a_bar(line: str) -> None:
    article = parse([HEADLINE, line, *_CASE])
    assert article.title == HEADLINE and article.published_at == datetime(2023, 9, 18)
    assert article.author_org == line.split("|")[0].split("｜")[0].strip()


def test_a_headline_and_an_account_set_apart_by_a_bar_stay_a_headline() -> None:
    assert byline("某某区｜“红色合伙人”带富一方") is None


def test_a_dumps_labelled_title_field_is_the_headline() -> None:
    article = parse([f"标题：{HEADLINE}", "来源：某某县委组织部", "日期：2023-09-18", *_CASE])
    assert article.title == HEADLINE and article.author_org == "某某县委组织部"
    assert article.published_at == datetime(2023, 9, 18)


def test_a_reprints_original_headline_is_not_the_headline() -> None:
    article = parse([HEADLINE, "原标题：某某镇探索“党建+合伙人”模式助力乡村振兴", "发布时间：2023-09-18", *_CASE])
    assert article.title == HEADLINE
    # a headline that quotes another's title keeps it
    assert not is_not_title("原标题与新标题：一篇稿件的两次修改")


def test_a_row_of_bracketed_fields_ends_the_source_at_its_bracket() -> None:
    article = parse([HEADLINE, "【发布时间：2023-09-18】【来源：某某区委组织部】【字号：大 中 小】", *_CASE])
    assert article.author_org == "某某区委组织部" and article.source_outlet is None
    reprint = parse([HEADLINE, "【发布时间：2023-09-18】【来源：某某日报】", *_CASE])
    assert reprint.source_outlet == "某某日报"


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("发布时间：2023年09月18日 10时20分　来源：某某区委组织部", datetime(2023, 9, 18, 10, 20)),
        ("2023年9月18日10时20分35秒", datetime(2023, 9, 18, 10, 20, 35)),
        # an hour without its minutes is no time of day the page states
        ("2023年9月18日 10时", datetime(2023, 9, 18)),
    ],
)
def test_a_dateline_with_the_time_in_words(line: str, when: datetime) -> None:
    assert dateline_date(line) == when
    assert parse([HEADLINE, line, *_CASE]).published_at == when


def test_a_source_of_two_bodies_names_the_first_as_author() -> None:
    article = parse([HEADLINE, "发布时间：2023-09-18　来源：某某区委组织部、某某街道党工委", *_CASE])
    assert article.author_org == "某某区委组织部" and article.source_outlet is None
    # two outlets joined so are no body: the source stays as printed
    papers = parse([HEADLINE, "发布时间：2023-09-18　来源：某某日报、某某网", *_CASE])
    assert papers.source_outlet == "某某日报、某某网" and papers.author_org is None


@pytest.mark.parametrize("field", ["版名：基层党建", "版面：基层党建周刊", "版次：05　版名：党建之窗"])
def test_an_epapers_labelled_page_field_is_not_the_headline(field: str) -> None:
    article = parse(["某某日报", "2023年09月18日", "第05版", field, HEADLINE, "■本报记者 王敏", *_CASE])
    assert article.title == HEADLINE and article.source_outlet == "某某日报"


def test_a_headline_opening_with_the_word_for_page_is_a_headline() -> None:
    assert not is_not_title("版面设计焕新 社区报更有温度")


def test_a_portals_disclosure_table_is_no_headline_and_its_party_body_is_the_author() -> None:
    table = [
        "索引号：11330100002494712X/2023-12345",
        "发布机构：某某区委组织部",
        "生成日期：2023-09-18",
        "主题分类：其他",
    ]
    article = parse([*table, HEADLINE, *_CASE])
    assert article.title == HEADLINE and article.published_at == datetime(2023, 9, 18)
    assert article.author_org == "某某区委组织部"
    on_dateline = parse([HEADLINE, "发文日期：2023-09-18　发布机构：某某区委组织部", *_CASE])
    assert on_dateline.author_org == "某某区委组织部" and on_dateline.published_at == datetime(2023, 9, 18)


def test_a_disclosure_tables_government_office_is_no_author() -> None:
    article = parse([HEADLINE, "发文日期：2023-09-18　发布机构：某某区人民政府办公室", *_CASE])
    assert article.author_org is None


_CLOSING = "下一步，街道将把楼道议事会推广到全部28个小区，让更多居民参与小区治理。"


def _texts(parsed: ParsedText) -> list[str]:
    return [simp for simp, _ in parsed.body]


@pytest.mark.parametrize(
    "tail",
    [
        # a WeChat account's credits and prompts under the piece, as a portal re-publishing it keeps them
        ["编辑|张晓敏", "责编|李明", "校对|王芳", "来源|某某组工", "扫描下方二维码关注我们",
         "1、回复【党建】查看最新动态", "2、回复【办事】查看办事指南", "看都看完了，点【在看】试试"],
        # a portal's: where the piece came from, its editor (a label left empty), the reprint's first headline
        ["本文来源：某某日报 责任编辑：史明_NB1133"],
        ["（原标题：《某某街道：楼道里开起议事会》）", "责任编辑："],
        ["审核：王五", "来源：某某区委组织部"],
        # the end mark (`END`, `— END —`, `（完）`)
        ["END"],
        ["— END —", "编辑｜王五"],
        ["（完）"],
        # the photographer's and the writer's credits among them
        ["供稿：某某街道党工委", "摄影：李四", "审核：赵六"],
        ["文字：王五", "图片：李四", "编辑：赵六"],
        # a site's disclaimer labelled `声明：`
        ["声明：本站力求信息真实、准确，文章提及内容仅供参考，不构成实质性建议，据此操作风险自担。"],
    ],
)  # fmt: skip
def test_closing_credits_and_prompts_are_no_paragraph(tail: list[str]) -> None:
    """The footer noise RULEBOOK `## format` keeps out of the body (credits, prompts, `原标题`), printed the ways WeChat
    accounts and portals print them (`编辑|…`, `来源|…`, `回复【…】`, `本文来源：…`); a closing paragraph before them
    stays."""
    parsed = parse([HEADLINE, "发布时间：2023-09-18", PARA, _CLOSING, *tail])
    assert _texts(parsed) == [PARA, _CLOSING]


def test_wechat_credit_lines_name_the_editors_and_leave_the_closing_byline_readable() -> None:
    """`编辑：王五` (no 责任) names an editor; under the dateline it no longer hides the author's line below it."""
    parsed = parse([HEADLINE, "发布时间：2023-09-18", "编辑：王五", "中共某某区委组织部", PARA, "编辑|张晓敏"])
    assert (parsed.editors, parsed.author_org, _texts(parsed)) == (["王五", "张晓敏"], "中共某某区委组织部", [PARA])


def test_a_reprints_first_headline_under_the_dateline_is_header() -> None:
    parsed = parse([HEADLINE, "发布时间：2023-09-18", "原标题：某某街道：楼道里开起议事会", PARA, _CLOSING])
    assert (parsed.title, _texts(parsed)) == (HEADLINE, [PARA, _CLOSING])


def test_a_photo_credit_is_no_paragraph_and_a_back_link_is_cut_from_the_last() -> None:
    """`图片来源：…` under a picture is a credit wherever it stands; a portal's `返回XX首页>>` (or
    `返回搜狐，查看更多`) glued to the last paragraph goes, and the paragraph stays."""
    credit = "图片来源：某某区融媒体中心"
    parsed = parse([HEADLINE, "发布时间：2023-09-18", PARA, credit, _CLOSING + "返回腾讯网首页>>"])
    assert _texts(parsed) == [PARA, _CLOSING]
    parsed = parse([HEADLINE, "发布时间：2023-09-18", PARA, _CLOSING, "（编辑：小何）返回搜狐，查看更多"])
    assert (_texts(parsed), parsed.editors) == ([PARA, _CLOSING], ["小何"])


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("案例十四 某某区：“巷口茶桌”把议事会开到居民家门口", "某某区：“巷口茶桌”把议事会开到居民家门口"),
        ("案例3：某某街道“红色驿站”温暖新就业群体", "某某街道“红色驿站”温暖新就业群体"),
        ("典型案例一、“小院议事”议出社区新气象", "“小院议事”议出社区新气象"),
        # no entry number: the words are the headline's own
        ("案例解读：某某街道的“楼道议事会”", "案例解读：某某街道的“楼道议事会”"),
        ("案例库里的“红管家”故事多", "案例库里的“红管家”故事多"),
        # a brand alone in quotes before the `——` sub-title is the headline, short as it is (RULEBOOK title)
        ("“寒地暖巢”——某某市党建引领老旧楼院冬季治理", "“寒地暖巢”"),
        ("小巷——大治理", "小巷——大治理"),
    ],
)
def test_entry_numbers_and_sub_titles_are_not_the_headlines(line: str, title: str) -> None:
    from tasks.header_lines import headline

    assert headline(line) == title


def test_a_writers_credit_among_the_closing_credits_is_the_byline() -> None:
    """Cut off below the article with the other closing credits, `本文来源：… 作者：…` or `文字：…` still names the
    writer."""
    parsed = parse([HEADLINE, "发布时间：2023-09-18", PARA, _CLOSING, "本文来源：某某日报 作者：李四", "审核：王五"])
    assert (_texts(parsed), parsed.byline) == ([PARA, _CLOSING], "作者：李四")
    parsed = parse([HEADLINE, "发布时间：2023-09-18", PARA, _CLOSING, "文字：王五", "图片：李四", "编辑：赵六"])
    assert (_texts(parsed), parsed.byline, parsed.editors) == ([PARA, _CLOSING], "文字：王五", ["赵六"])


def test_the_paper_a_reprint_was_printed_in_closes_it_and_names_the_outlet() -> None:
    """people.cn and the sites reprinting from it close a piece with the paper and page it was printed on."""
    parsed = parse([HEADLINE, "本报记者 王晓明", PARA, _CLOSING, "《 人民日报 》（ 2024年05月20日 11 版）"])
    assert (_texts(parsed), parsed.source_outlet) == ([PARA, _CLOSING], "人民日报")
    # a header that names the outlet keeps it
    printed = "《人民日报》（2024年05月20日 第 11 版）"
    parsed = parse([HEADLINE, "2024-05-20 09:03　来源：人民网－人民日报", PARA, printed])
    assert (_texts(parsed), parsed.source_outlet) == ([PARA], "人民网－人民日报")
