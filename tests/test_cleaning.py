"""Each cleaning rule on small inputs written for it."""

from __future__ import annotations

import re

import pytest

from tasks.clean import clean_lines, strip_pinyin
from tasks.dates import parse_date
from tasks.markup import read_text
from tasks.parse import parse_lines
from tasks.sections import classify, split_sections

PARA = "社区党组织围绕群众需求开展服务,建立了议事协商机制,累计解决群众诉求三百余件,居民满意度明显提升。"


def parse(lines: list[str]):  # simplified pages: original == simplified
    cleaned = clean_lines(lines)
    return parse_lines(list(zip(cleaned, cleaned, strict=True)))


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("中國共產(chǎn)黨新聞網(wǎng)", "中國共產黨新聞網"),
        ("黨建引領(lǐng)院落(小區(qū))治理", "黨建引領院落(小區)治理"),
        ("院落(小区)治理", "院落(小区)治理"),
        ("截至(2019年)底", "截至(2019年)底"),
        ("英文缩写(APP)保留", "英文缩写(APP)保留"),
        ("拼音无声调(zhong)保留", "拼音无声调(zhong)保留"),
        ("sentence (ā) after a space stays", "sentence (ā) after a space stays"),
    ],
)
def test_pinyin_removed_only_after_han_with_tone_mark(raw: str, clean: str) -> None:
    assert strip_pinyin(raw) == clean


def test_junk_tags_and_bullets_removed_from_text_dumps() -> None:
    parts = read_text('• <code id="g60kg"></code>\n  • <li id="g60kg"></li>\n正文<b>加粗</b>内容<br/>')
    assert clean_lines(parts.lines) == ["正文加粗内容"]


def test_a_lone_angle_bracket_in_prose_survives() -> None:
    parts = read_text("比例<5%的社区,以及 a < b 的情形")
    assert clean_lines(parts.lines) == ["比例<5%的社区,以及 a < b 的情形"]


def test_footers_and_widgets_dropped_editors_kept_as_data() -> None:
    parsed = parse(
        [
            "某地:一个案例的标题",
            "2020年01月02日08:05 来源:人民网",
            PARA,
            "(责编:张三、李四)",
            "相关专题 |",
            "· 全国党建案例库 · “全国城市基层党建创新案例”征集评选活动 |",
            "微信“扫一扫”添加“学习大国”",
            "上一篇:别的文章",
            "下一篇:另一篇",
            "分享到: 收藏",
            "相关热词搜索:",
            "栏目专题推荐",
            "时政要闻",
        ]
    )
    assert [s for s, _ in parsed.body] == [PARA]
    assert parsed.editors == ["张三", "李四"]
    assert parsed.collection == "“全国城市基层党建创新案例”征集评选活动"
    assert parsed.published_at == parse_date("2020-01-02 08:05")
    assert parsed.source_outlet == "人民网"


def test_a_marker_word_inside_the_article_does_not_cut_it() -> None:
    parsed = parse(["标题在这里有十几个字", "2020年01月02日08:05", "相关专题", PARA, PARA + "第二段。"])
    assert [s for s, _ in parsed.body][-2:] == [PARA, PARA + "第二段。"]


def test_caption_kept_out_of_body() -> None:
    parsed = parse(["标题在这里有十几个字", "2020年01月02日08:05", "兰州市城市景观。", PARA])
    assert [s for s, _ in parsed.captions] == ["兰州市城市景观。"]
    assert [s for s, _ in parsed.body] == [PARA]


def test_a_short_sentence_stating_a_figure_is_body_not_a_caption() -> None:
    lines = ["标题在这里有十几个字", "2020年01月02日08:05", PARA, "全镇有5个村被评为示范村。", "参与率由12%提高到40%。"]
    parsed = parse(lines)
    assert [s for s, _ in parsed.body][-2:] == ["全镇有5个村被评为示范村。", "参与率由12%提高到40%。"]
    assert parsed.captions == []


def test_a_short_list_item_in_brackets_is_body_not_a_caption() -> None:
    """Round AB (d1615): `（一）…。` and `（2）…。` heading lines of a measure list, short and one sentence, are items
    of the list like `3.…。`, not photo captions."""
    lines = [
        "标题在这里有十几个字",
        "2020年01月02日08:05",
        PARA,
        "（一）织密楼栋“红色网格”。",
        PARA,
        "（2）搭好议事平台。",
        PARA,
    ]
    parsed = parse(lines)
    assert "（一）织密楼栋“红色网格”。" in [s for s, _ in parsed.body]
    assert "（2）搭好议事平台。" in [s for s, _ in parsed.body]
    assert parsed.captions == []


def test_an_intro_pointing_at_what_follows_ends_its_paragraph() -> None:
    """Round AB (d893 35th, d1020 38th, d1076 and d1089 46th, d1217 54th): an intro ending `——` or `👇` points at the
    headings below; the first heading (its bullet cleaned off) is not joined to it as a broken print line."""
    intro = "城东街道把驿站开到了园区门口，让骑手们有了歇脚的地方。一起来看看他们是怎么做的——"
    for end in ("", "👇"):
        lines = ["标题在这里有十几个字", "2020年01月02日08:05", intro.rstrip("—") + end if end else intro]
        parsed = parse([*lines, "建驿站：让骑手有个落脚点", PARA, "建队伍：让骑手参与治理", PARA])
        assert "建驿站：让骑手有个落脚点" in [s for s, _ in parsed.body]


def test_broken_print_paragraphs_are_joined_but_headings_are_not() -> None:
    parsed = parse(
        [
            "标题在这里有十几个字",
            PARA,
            "抓党支部建设标准化提质增效。为全面推进城市社",
            "区党支部建设标准化,编写了手册。",
            "统筹谋划 完善责任体系",
            PARA,
        ]
    )
    body = [s for s, _ in parsed.body]
    assert "抓党支部建设标准化提质增效。为全面推进城市社区党支部建设标准化,编写了手册。" in body
    assert "统筹谋划 完善责任体系" in body


def test_a_bracketed_summary_and_an_original_headline_note_stay_out_of_the_first_paragraph() -> None:
    summary = "[摘要：街道把议事会开到楼道口，一年办结居民诉求三百余件，这样的做法能不能在老城区推开？]"
    parsed = parse(
        [
            "议事会开到楼道口",
            "2021年05月06日09:30 来源:某某网",
            summary,
            "原标题：[社区观察] No.12 议事会开到楼道口以后",
            PARA,
            "本文为某某授权某某网《社区观察》发布，转载请注明出处。本文仅为作者观点，不代表某某网立场。",
        ]
    )
    # the summary is a paragraph of its own (`]` closes it as `）` would), the note on the first outlet's headline
    # and the portal's rights line are no article text
    assert [s for s, _ in parsed.body] == [summary, PARA]


@pytest.mark.parametrize(
    "rights",
    [
        "（本文仅代表作者个人观点）",
        "未经本网授权，不得转载、摘编或以其他方式使用。",
        "版权所有，未经许可不得转载。",
        "本文为某某授权某某财经发布，转载请注明出处。",
    ],
)
def test_a_portals_rights_line_is_not_article_text(rights: str) -> None:
    assert [s for s, _ in parse(["标题在这里有十几个字", PARA, rights, PARA + "第二段。"]).body] == [
        PARA,
        PARA + "第二段。",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "社区规定，未经业委会同意，不得擅自使用公共区域。",
        "居民代表说，这些意见不代表社区立场，只是大家的想法。",
    ],
)
def test_an_article_line_about_permission_or_standpoints_stays(line: str) -> None:
    assert line in [s for s, _ in parse(["标题在这里有十几个字", PARA, line, PARA + "第二段。"]).body]


def test_continued_on_another_page_marks_truncated() -> None:
    parsed = parse(["标题在这里有十几个字", PARA + "共786个。(下转B2版)"])
    assert parsed.is_truncated
    assert parsed.body[-1][0].endswith("共786个。")


def test_author_at_the_end_in_parentheses() -> None:
    parsed = parse(["标题在这里有十几个字", PARA + "(中共泸州市委组织部 图片由泸州市委组织部提供)"])
    assert parsed.author_org == "中共泸州市委组织部"
    assert parsed.body[-1][0] == PARA


def test_decorated_author_line() -> None:
    parsed = parse(["党建交流", "弘扬改革创新精神 激发城市发展活力", "■中共甘肃省委组织部", PARA])
    assert parsed.author_org == "中共甘肃省委组织部"
    assert parsed.title == "弘扬改革创新精神 激发城市发展活力"
    assert parsed.collection == "党建交流"


def test_no_title_is_never_promoted_from_another_line() -> None:
    parsed = parse(["长兴县委组织部", "2018年10月29日13:52 来源:人民网-中国共产党新闻网", "一、背景与起因", PARA])
    assert parsed.title is None
    assert parsed.author_org == "长兴县委组织部"


def test_wechat_follow_prompts_and_account_names_are_not_titles() -> None:
    parsed = parse(
        ["点击上方蓝字  关注我们", "某某区发布", "2024-03-02 09:15  江苏", "社区食堂开进老小区", "◆◆◆", PARA]
    )
    assert parsed.title == "社区食堂开进老小区"
    assert parsed.published_at is not None
    parsed = parse(["某某区发布", "2024-03-02 09:15  江苏", "▼ 长按识别二维码关注", "「邻里食堂」开进老小区", PARA])
    assert parsed.title == "「邻里食堂」开进老小区"
    parsed = parse(["某某组工", "2024年03月05日 09:30", "收录于合集", "#基层党建 15个", "楼道里的“红色议事角”", PARA])
    assert parsed.title == "楼道里的“红色议事角”"


def test_follow_prompt_naming_the_account_in_quotes_is_not_a_title() -> None:
    parsed = parse(["某某发布", "2024-05-11  浙江", "▲点击上方“某某发布”关注我们", "老街区里的“板凳议事”", PARA])
    assert parsed.title == "老街区里的“板凳议事”"
    parsed = parse(["某某组工", "2024-05-11 10:02", "▼点击上方「某某组工」订阅", "楼道里的“红色议事角”", PARA])
    assert parsed.title == "楼道里的“红色议事角”"


@pytest.mark.parametrize(
    "prompt",
    [
        "✦ 关注某某发布，了解更多资讯 ✦",
        "关注我们，获取更多精彩内容",
        "▲关注“某某组工”，第一时间了解党建动态",
        "★ 关注 某某组工，了解基层党建新动态 ★",  # a space after 关注
        "关注 某某 党建，获取最新资讯",  # a space inside the account's name
    ],
)
def test_follow_prompt_saying_what_following_brings_is_not_a_title(prompt: str) -> None:
    parsed = parse(["某某发布", "2024-07-25 21:10 广西", prompt, "江边的“红色船屋”", PARA])
    assert parsed.title == "江边的“红色船屋”"


@pytest.mark.parametrize("bar", ["▌", "█", "▍▍", "▎ "])
def test_block_drawing_bars_are_stripped_from_titles(bar: str) -> None:
    parsed = parse(["某某发布", "2024-01-09 20:15 海南", f"{bar}“候鸟”变“留鸟”，这个社区有妙招", PARA])
    assert parsed.title == "“候鸟”变“留鸟”，这个社区有妙招"


def test_speech_salutation_and_dated_author_are_not_titles() -> None:
    parsed = parse(["在全县社区工作会议上的发言", "某某县委组织部（2022年5月）", "各位领导、同志们：", PARA])
    assert parsed.title == "在全县社区工作会议上的发言"
    assert parsed.author_org == "某某县委组织部"
    parsed = parse(["关于某市老旧小区治理的调研报告", "中共某市委党校课题组", PARA])
    assert parsed.title == "关于某市老旧小区治理的调研报告"
    assert parsed.author_org == "中共某市委党校课题组"


@pytest.mark.parametrize(
    "speaker", ["市委常委、组织部部长 王某某", "区委书记　李某", "街道党工委书记、办事处主任 张 某"]
)
def test_a_speech_summarys_speaker_line_is_not_the_title(speaker: str) -> None:
    """The speaker's posts and name stand under the headline and its `——在…上的讲话` line."""
    lines = ["某某组工", "把社区治理的“网”织得更密", "——在全市社区工作会议上的讲话（摘要）", speaker]
    lines.append("（2024年3月8日）")
    parsed = parse([*lines, "同志们：", PARA])
    assert parsed.title == "把社区治理的“网”织得更密"


def test_a_short_headline_alone_above_the_dateline() -> None:
    parsed = parse(["楼长老张的周末", "2024-02-27 07:15:02  来源：某某日报", "记者 王 五", PARA])
    assert parsed.title == "楼长老张的周末"
    # a column label above the dateline with the headline under it is no headline
    parsed = parse(["城市基层党建", "2024-02-27 07:15:02  来源：某某日报", "楼长老张的周末", PARA])
    assert parsed.title != "城市基层党建"


def test_a_form_prints_its_headline_as_the_name_field() -> None:
    form = [
        "某省社区治理案例汇编（第一辑）",
        "案例九",
        "案例名称：“红色管家”走进老旧小区",
        "申报单位：中共某某区委组织部",
    ]
    parsed = parse([*form, "案例类型：党建引领小区治理", "联系人：王 五", PARA])
    assert parsed.title == "“红色管家”走进老旧小区"
    assert parsed.author_org == "中共某某区委组织部"
    parsed = parse(["某市基层党建案例申报表", "案例类别：城市基层党建创新", "项目名称：小巷管家议事会", PARA])
    assert parsed.title == "小巷管家议事会"


def test_a_same_line_sub_title_is_dropped() -> None:
    parsed = parse(["老工业区如何留住烟火气？——访某某街道党工委书记李四", "2024年3月2日 来源：某某日报", PARA])
    assert parsed.title == "老工业区如何留住烟火气？"
    parsed = parse(["【调研】", "社区议事如何“议而有决”——关于某区“楼门议事”的调研", "某市委党校课题组", PARA])
    assert parsed.title == "社区议事如何“议而有决”"


def test_epaper_page_labels_and_page_tools_are_not_titles() -> None:
    parsed = parse(["某某日报 2024年5月6日 星期一", "第A04版：城市·社区", "楼道长制让老小区有了主心骨", PARA])
    assert parsed.title == "楼道长制让老小区有了主心骨"
    parsed = parse(
        ["某某日报 2024年5月6日 第03版：要闻", "上一期  下一期  本版PDF  返回目录", "小区议事会开到了楼门口", PARA]
    )
    assert parsed.title == "小区议事会开到了楼门口"


def test_wire_lead_in_credit_is_a_byline_not_a_title() -> None:
    parsed = parse(["某某新闻网讯（记者 张 三  通讯员 李四）", "2024-05-06  来源：某某新闻网", PARA])
    assert parsed.title is None
    assert parsed.byline is not None and "记者" in parsed.byline


def test_wechat_account_above_its_dateline_and_original_mark() -> None:
    parsed = parse(
        ["某某区组工号", "2024-05-06 08:30 河北", "【“社区”在身边】第12期", "某某区：老街巷里的“板凳会”", PARA]
    )
    assert parsed.title == "某某区：老街巷里的“板凳会”"
    parsed = parse(
        [
            "某某先锋",
            "2024年05月06日 20:15 河北",
            "听全文",
            "原创 某某区委组织部",
            "★ 基层 ★",
            "某街道：楼门口的“红色议事厅”",
            PARA,
        ]
    )
    assert parsed.title == "某街道：楼门口的“红色议事厅”"
    assert parsed.author_org == "某某区委组织部"
    # a short headline above a WeChat dateline with the article right under it stays the headline
    parsed = parse(["楼长老张的周末", "2024-05-06 08:30 河北", PARA])
    assert parsed.title == "楼长老张的周末"


def test_a_list_item_is_not_joined_to_a_dash_intro() -> None:
    intro = "去年以来，社区党委在老旧院落探索共建共治，围绕居民关心的问题主要做了这几件事——"
    first = "1.院落支部合并。打破院落围墙，把相邻的小院落合并成片区，每个片区组建一个党支部。"
    parsed = parse(
        ["标题在这里有十几个字", PARA, intro, first, "2.党员亮身份。在职党员扫码认领服务岗位，每月服务两次。"]
    )
    assert [s for s, _ in parsed.body][1:3] == [intro, first]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2018年09月25日09:39    来源:人民网", "2018-09-25T09:39:00"),
        ("2023-12-05 17:52:00   来源:中国城市报", "2023-12-05T17:52:00"),
        ("发布时间:2021/3/7", "2021-03-07T00:00:00"),
        ("2019年2月30日", None),
        ("没有日期", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    parsed = parse_date(text)
    assert (parsed.isoformat() if parsed else None) == iso


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("一、背景与起因", "background"),
        ("二、主要做法", "practice"),
        ("二、做法与成效", "practice"),
        ("三、成效及启示", "outcome"),
        ("三、经验与启示", "lesson"),
        ("四、探讨与评论", "discussion"),
        ("高位推进谋全局提升城市基层治理统筹力", "practice"),
        ("附:相关材料", "other"),
        ("二、主要经验做法", "practice"),
        ("四、下一步工作打算", "discussion"),
        ("五、今后努力方向", "discussion"),
    ],
)
def test_section_kinds(heading: str, kind: str) -> None:
    assert classify(heading) == kind


def test_numbered_headings_win_over_short_lines() -> None:
    sections = split_sections(
        ["导语段落。" + PARA, "一、背景与起因", PARA, "一个短句没有标点", PARA, "二、主要做法", PARA]
    )
    assert [s.heading for s in sections] == ["一、背景与起因", "二、主要做法"]
    assert sections[0].text == f"{PARA}\n一个短句没有标点\n{PARA}"


@pytest.mark.parametrize("label", ["来源：", "信息来源："])
def test_a_portals_source_naming_a_party_body_is_the_author(label: str) -> None:
    """A government portal prints who wrote the piece after 来源: the body is author_org, the portal the outlet."""
    lines = ["某某市某某区人民政府", "首页 > 政务公开 > 工作动态", "某某区：楼院议事让老旧小区焕新颜"]
    parsed = parse([*lines, f"发布时间：2024-05-08 11:26  {label}某某区委组织部  浏览次数：120", PARA])
    assert (parsed.author_org, parsed.source_outlet) == ("某某区委组织部", "某某市某某区人民政府")
    # no portal name printed: the outlet is unknown
    parsed = parse(["某某区：楼院议事让老旧小区焕新颜", f"{label}某某街道党工委  发布时间：2024-05-08", PARA])
    assert (parsed.author_org, parsed.source_outlet) == ("某某街道党工委", None)
    # an outlet stays an outlet
    parsed = parse(["楼院议事让老旧小区焕新颜", f"{label}某某日报  发布时间：2024-05-08", PARA])
    assert parsed.source_outlet == "某某日报"


@pytest.mark.parametrize(
    ("closing", "org"),
    [
        ("来源｜中共某某市某某区委组织部", "中共某某市某某区委组织部"),
        ("来源 | 某某街道党工委", "某某街道党工委"),
        ("（某某市某某区委组织部供稿）", "某某市某某区委组织部"),
        ("（本文由某某县委组织部供稿）", "某某县委组织部"),  # round AB (d1579): the interview's wording
        ("来源：某某日报", None),  # an outlet, not an author
    ],
)
def test_a_closing_credit_names_the_author_org(closing: str, org: str | None) -> None:
    parsed = parse(["某某发布", "2024-03-02 09:15  江苏", "老街区里的“板凳议事”", PARA, PARA, closing])
    assert parsed.author_org == org


def test_a_qr_prompt_goes_but_a_heading_made_of_the_verb_scan_stays() -> None:
    """`扫一扫在手机打开当前页` is a QR prompt; `◆ 扫一扫：清雪清到家门口` heads a measure (the verb 扫 doubled,
    like `巡一巡`, `暖一暖` beside it): it names no code, phone or page."""
    heading = "◆ 扫一扫：清雪清到家门口"
    parsed = parse(
        ["标题在这里有十几个字", "2020年01月02日08:05", PARA, heading, PARA + "第二段。", "扫一扫在手机打开当前页"]
    )
    body = [s for s, _ in parsed.body]
    assert any("扫一扫：清雪清到家门口" in s for s in body)
    assert not any("手机打开" in s for s in body)
    # a prompt that names nothing it leads to is one too (`扫一扫，了解更多`)
    other = parse(["标题在这里有十几个字", "2020年01月02日08:05", PARA, heading, PARA + "第二段。", "扫一扫，了解更多"])
    assert [s for s, _ in other.body if "了解更多" in s] == []


@pytest.mark.parametrize("nav", ["【上一条】某区：楼门里的党小组", "[下一条] 某县：小院议事", "上一条：某街道的做法"])
def test_links_to_the_neighbouring_items_end_the_body(nav: str) -> None:
    # round S (d852's kind): a portal or mirror prints its list neighbours as `【上一条】…`, like `上一篇：`
    parsed = parse(["标题在这里有十几个字", "2020年01月02日08:05", PARA, PARA + "第二段。", nav, "另一段文字在这里"])
    assert [s for s, _ in parsed.body] == [PARA, PARA + "第二段。"]


@pytest.mark.parametrize(
    "ad",
    [
        "【推广】祛斑神霜 七天白8度 点击了解",
        "〖广告〗 全场家具清仓 低至3折",
        "◆◆ 广告 ◆◆ 二手叉车 急售",
        "宝妈在家做手工 日结150元 加微信详谈",
        "★ 分享本文到群里集满20个赞送台历！",
        "热门推荐：三分钟学会做党课课件｜党员积分怎么算",
        "免费领取 四六级真题 ☆☆☆",
        "◆本站热推◆ 鲜花店加盟 1元试营业 两周回本",  # round AB (d1532, 61st set): a link-row label like 本站推荐
    ],
)
def test_a_mirrors_ad_line_is_not_article_text(ad: str) -> None:
    # round Z (d1202, d1207 53rd set, d1384 55th, d1402, d1405 56th): the ad's figures were taken as facts
    parsed = parse(["标题在这里有十几个字", "2020年01月02日08:05", PARA, ad, PARA + "第二段。"])
    assert [s for s, _ in parsed.body] == [PARA, PARA + "第二段。"]


@pytest.mark.parametrize(
    "line",
    [
        "推广“红帆楼长”做法，全区12个社区铺开",
        "三是广告牌变身宣传栏",
        "居民凭积分可免费领取米面油等生活用品，每月一次。",
        "点击进入小程序后，居民可在线预约12项服务，",
        "居民点击进入小程序，就能查看12项服务",
    ],
)
def test_an_article_line_with_an_ad_word_stays(line: str) -> None:
    parsed = parse(["标题在这里有十几个字", "2020年01月02日08:05", PARA, line, PARA + "第二段。"])
    assert any(line in s for s, _ in parsed.body)


@pytest.mark.parametrize(
    ("spaced", "closed"),
    [
        ("由 86 名成员组成议事会", "由86名成员组成议事会"),
        ("新增车位 120 余个，满意率达 96.5% 以上", "新增车位120余个，满意率达96.5%以上"),
        ("共 3,200 户居民，，10 多套桌椅", "共3,200户居民，，10多套桌椅"),
        ("每月 15 日开放，持续 5 年", "每月15日开放，持续5年"),
        # a date keeps the space that ends the name before it; its own parts close up
        ("来源：湖南组工 2024 年 6 月 11 日", "来源：湖南组工 2024年6月11日"),
        # wider gaps separate fields; a clock time, a list marker and a space between Han characters stay
        ("共产党员网\u3000\u30002025年01月16日", "共产党员网 2025年01月16日"),
        ("2024-05-06 09:12:01 来源：新华网", "2024-05-06 09:12:01 来源：新华网"),
        ("1 社区概况", "1 社区概况"),
        ("统筹谋划 完善机制", "统筹谋划 完善机制"),
        ("App 上线 3 个月", "App 上线3个月"),
        ("满意率达 96%。", "满意率达96%。"),
    ],
)
def test_pangu_spaces_around_numbers_in_chinese_text_are_closed(spaced: str, closed: str) -> None:
    assert clean_lines([spaced]) == [closed]


def test_a_pangu_spaced_case_gives_the_figures_of_the_same_case_set_solid() -> None:
    """The same case text, once typeset with pangu spacing (`由 86 名成员`): before the spaces were closed, only the
    figures that follow a mark were read (one of the seven here)."""
    from tasks.extract.facts import extract_facts
    from tasks.pipeline import process_document
    from tasks.records import SourceDoc

    solid = (
        "青石社区“红管家”议事会让老小区焕然一新\n"
        "2023年8月22日　来源：某某区委组织部\n"
        "今年以来，青石社区成立由86名成员组成的议事会，收集居民诉求25个，新增停车位120余个，居民满意率达96.5%。\n"
        "社区共有3200户居民，添置10多套活动桌椅，两级财政投入资金35万元。\n"
    )
    spaced = re.sub(r"(?<=[\u4e00-\u9fff，。])(\d+(?:\.\d+)?%?)(?=[\u4e00-\u9fff])", r" \1 ", solid)
    assert "由 86 名成员" in spaced

    def figures(text: str) -> list[tuple[str, float, str | None]]:
        doc = SourceDoc("c.txt", "c.txt", text.encode("utf-8"), "text/plain")
        body = "\n".join(process_document(doc).paragraphs)  # type: ignore[union-attr]
        return [(f.raw, f.value, f.unit) for f in extract_facts(body)]

    assert len(figures(solid)) == 7
    assert figures(spaced) == figures(solid)


def test_a_page_in_full_width_digits_reads_as_the_same_page_in_ascii_ones() -> None:
    """Older portals print `２０２３年０８月２２日` and `３２００户`: before, the dateline of such an HTML page was not
    read (no date, no author) and its figures kept full-width raw text."""
    from tasks.extract.facts import extract_facts
    from tasks.pipeline import process_document
    from tasks.records import SourceDoc

    page = (
        "<html><head><meta charset='utf-8'><title>青石社区议事会让老小区焕然一新_某某区人民政府</title></head><body>"
        "<h1>青石社区议事会让老小区焕然一新</h1><div class='info'>发布时间：2023年08月22日　来源：某某区委组织部</div>"
        "<div class='content'><p>今年以来，青石社区成立由86名成员组成的议事会，收集诉求25个，新增停车位120余个。</p>"
        "<p>社区共有3200户居民，投入资金35万元，建成服务站3处，覆盖全部12个小区。</p></div></body></html>"
    )
    full_width = re.sub(r"\d", lambda m: chr(ord(m.group()) + 0xFEE0), page)
    assert "２０２３年０８月２２日" in full_width

    def read(html: str) -> tuple:
        art = process_document(SourceDoc("p.html", "p.html", html.encode("utf-8"), "text/html"))
        figures = [(f.raw, f.value, f.unit) for f in extract_facts("\n".join(art.paragraphs))]  # type: ignore[union-attr]
        return art.title, art.published_at, art.author_org, art.paragraphs, figures  # type: ignore[union-attr]

    assert read(page)[1] is not None and len(read(page)[4]) == 7
    assert read(full_width) == read(page)
    # a zero-width character is no gap: the phrase around it is read whole
    assert read(page.replace("居民", "居\u200b民").replace("120", "1\u200d20")) == read(page)
