"""Shapes of the genre met first in real case texts (extractor version 51; bench/real_cases.py's read half).

Every example here is written by the team in the shape a real report showed (none is copied from one): each rule
is asserted with the shape it admits and the nearest shape it must leave alone.
"""

from __future__ import annotations

import pytest

from tasks.extract.brands import extract_brands
from tasks.extract.practices import extract_practices
from tasks.records import Article
from tests.pages import article_of

_STORY = "某区围绕党建引领网格治理，在全区推开“一网统管”改革，把网格作为服务群众的最小单元，居民满意度明显提升。"
_BODY = "街道以楼栋为单位组织党员上门走访，收集居民诉求，逐条登记建档，能办的当场办，不能办的三天内答复并跟踪到底。"


def _article(paragraphs: list[str]) -> Article:
    return article_of(paragraphs)


def _leads(paragraphs: list[str]) -> list[str]:
    return [p.heading for p in extract_practices(_article(paragraphs))]


def _brands(body: str) -> list[str]:
    return [b.term for b in extract_brands(body)]


def _no_brand_beside_the_kept_one(body: str, not_a_brand: str) -> bool:
    """`not_a_brand` is left out while the case's own `槐香议事` beside it stays: the rule drops that quote only."""
    found = _brands(body)
    return not_a_brand not in found and "槐香议事" in found


def _figures(text: str) -> list[tuple]:
    from tasks.extract.facts import extract_facts

    return [(f.raw, f.value, f.unit) for f in extract_facts(text)]


def test_a_sub_heading_on_two_lines_heads_its_measure_by_its_first_line() -> None:
    paras = [_STORY, "一楼一长", "组织覆盖到楼门", _BODY, "数据跑在前面", "夯实治理硬支撑", _BODY]
    paras += ["健全工作机制", "筑牢主动治理前哨", _BODY]
    assert _leads(paras) == ["一楼一长", "数据跑在前面", "健全工作机制"]
    # a bracketed label or a numbered line above a heading is no half of it
    numbered = [_STORY, "【主要做法】", "1.楼栋建起党小组", _BODY, "2.议事搬进院落里", _BODY, "3.服务跟着需求走", _BODY]
    assert _leads(numbered) == ["楼栋建起党小组", "议事搬进院落里", "服务跟着需求走"]


def test_paragraphs_that_open_with_what_was_done_are_the_measures() -> None:
    paras = [
        "本报讯 某市近年来抓实居民小区党建，推动治理重心下移，群众获得感不断增强。",
        "推进把党小组建在楼栋上，新建楼栋党小组320个，推动党员亮身份、进楼栋、联系到户，让小区事务有人牵头。",
        "把闲置用房改成邻里客厅，统筹布局12处服务点，下放社保查询、缴费等9项服务，让居民在家门口办成事。",
        "织密“连心网”，以在职党员为主体组建服务队，结合走访、结对等方式摸清独居老人需求，建立一户一档的服务台账。",
    ]
    assert [lead[:5] for lead in _leads(paras)] == ["推进把党小", "把闲置用房", "织密“连心"]
    # one such paragraph alone is a sentence of the story; a clause that states or demands is none
    alone = [_STORY, paras[1], "居民老周说，这几年小区里的事情有人管了，大家心里也踏实多了，邻里之间走动也更勤了。"]
    assert _leads(alone) == []
    said = "建好不是目的，用好才是关键，这是街道干部常挂在嘴边的一句话，也写进了年度任务清单里面。"
    stated = [_STORY, said, paras[2]]
    assert _leads(stated) == []


def test_leads_whose_opening_clauses_echo_are_one_list_across_examples() -> None:
    example = "在某县，乡镇把上级派来的填报任务逐项梳理，能合并的合并，能取消的取消，干部下村的时间多了起来。"
    paras = [
        _STORY,
        "做减法，减掉无谓的填表和考核任务，让干部腾出手来，把更多时间用在走访群众、解决实际困难上面。",
        example,
        example.replace("某县", "某市"),
        "做加法，把编制和经费向乡镇倾斜，给社区配齐专职工作者，让基层有人有钱有场地，把服务群众的事情办好。",
        example.replace("某县", "某区"),
        "做乘法，以机制创新带动多方共治，让居民、物业和驻区单位一起出力，放大基层治理的整体效能和带动作用。",
    ]
    assert [lead[:3] for lead in _leads(paras)] == ["做减法", "做加法", "做乘法"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "拉家常，也是老书记的一种工作法。每天傍晚她都在楼下和邻居聊上几句，谁家有难事，她心里都有数。",
        "2021年，老书记荣获全国优秀党务工作者称号。在她看来，荣誉属于整个社区，属于每一位参与服务的居民。",
    ],
)
def test_a_comment_or_a_dated_event_is_no_run_in_lead(paragraph: str) -> None:
    from tasks.extract.practices import _is_lead

    assert not _is_lead(paragraph)
    assert _is_lead("建好议事厅。社区腾出活动室改成议事厅，每月请居民代表坐下来商量小区里的大事小情，议定了再办。")


def test_spaces_beside_quote_marks_do_not_hide_a_brand_cue() -> None:
    spaced = "街道推出 “邻里同心” 平台，又把 “三问三访” 工作法写进社区公约，居民有事在线上就能说。"
    tight = spaced.replace(" ", "")
    assert _brands(spaced) == _brands(tight) == ["邻里同心", "三问三访"]
    # the offsets are the spaced body's own
    found = extract_brands(spaced)[0]
    assert spaced[found.char_start : found.char_start + len(found.term)] == "邻里同心"


@pytest.mark.parametrize(
    ("body", "not_a_brand", "kept"),
    [
        ("市里设立“城乡社区治理委员会”统筹此事，社区推出“槐香议事”机制。", "城乡社区治理委员会", "槐香议事"),
        ("高新区的“翠湖花园”也有难处，社区党委推行“红管家”服务，问题一件件解决。", "翠湖花园", "红管家"),
        ("问题多的街道被列入“整治类”，由区里督办；街道则推行“晨曦哨”机制。", "整治类", "晨曦哨"),
        ("“楼下能开个食堂”是老人们的心愿，社区打造“暖心灶”品牌回应了这一期盼。", "楼下能开个食堂", "暖心灶"),
        ("省里的规划提出，“健全常态化结对帮扶机制”；街道推行“亲情结对”机制。", "健全常态化结对帮扶机制", "亲情结对"),
    ],
)
def test_bodies_estates_categories_wishes_and_cited_words_are_no_brands(body: str, not_a_brand: str, kept: str) -> None:
    found = _brands(body)
    assert not_a_brand not in found and kept in found


def test_a_coined_garden_and_a_launched_name_stay_brands() -> None:
    assert "红叶花园" in _brands("社区在荒地上建起“红叶花园”，党员认领花坛，居民一起打理，成了议事的好去处。")
    assert "海风红帆" in _brands("街道党工委提出“海风红帆”治理品牌，寓意党组织像船帆一样带着大家向前走。")


def test_a_word_quoted_at_the_opening_of_a_run_in_lead_is_its_image() -> None:
    body = "织密“帮扶网”，以党员为主体组建服务队，结合走访摸清独居老人的需求。\n社区还推出“槐香食堂”服务。"
    assert _brands(body) == ["槐香食堂"]


def test_a_visits_itinerary_is_no_list_of_measures() -> None:
    stop = "队员们在村部听取介绍，又到田间地头和村民聊天，了解数字平台怎样帮助村里办事、议事和化解纠纷。"
    visit = [_STORY, "一、探访古村", stop, "二、走进综治中心", stop, "三、见证新平台", stop]
    assert _leads(visit) == []
    done = [_STORY, "一、建强组织", stop, "二、做实服务", stop, "三、见证成长", stop]
    assert _leads(done) == ["建强组织", "做实服务", "见证成长"]


def test_a_year_with_a_time_word_opens_narration() -> None:
    from tasks.extract.practices import _is_lead

    assert not _is_lead("2023年的一天，楼上邻居发现老人家中情况异常。社区干部和网格员第一时间赶到，把老人送到医院。")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # small against big in one clause: a figure of speech, neither half a name
        ("“小网格”撬动“大治理”，街道推行“槐香议事”机制。", ["槐香议事"]),
        # a method whose digits count its parts
        ("街道推行“543”工作法，整合五类力量、统一四项调度、健全三项机制。", ["543"]),
        # a hotline's number stays a number
        ("居民拨打“12345”热线反映问题，街道推行“槐香议事”机制。", ["槐香议事"]),
        # a national reform the case joins is no name of its own
        ("各地推行“一表通”，街道推行“槐香议事”机制。", ["槐香议事"]),
    ],
)
def test_figures_of_speech_numbers_and_national_terms(body: str, expected: list[str]) -> None:
    assert _brands(body) == expected


def test_a_plan_opened_by_未来_names_nothing_yet() -> None:
    body = "街道推行“槐香议事”机制。区里干部说，未来，将探索推行“楼院点单、支部接单”的模式。"
    assert _brands(body) == ["槐香议事"]
    # Zhejiang's 未来社区 is a programme's name, not a plan's opening
    from tasks.extract.plans import plan_spans

    assert plan_spans("未来社区将建成“邻里中心”。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("设定2小时到15天的办理时限。", [("2小时", 2.0, None, "小时"), ("15天", 15.0, None, "天")]),
        ("月工资从2200元到2700元，再到4000元。", [("2200元", 2200.0, None, "元"), ("2700元", 2700.0, None, "元"),
                                              ("4000元", 4000.0, None, "元")]),
        ("每人补贴200元到300元。", [("200元到300元", 200.0, 300.0, "元")]),
        ("拆除违建2000平米。", [("2000平米", 2000.0, None, "平方米")]),
    ],
)  # fmt: skip
def test_range_ends_of_two_kinds_or_a_sequence_are_two_figures(text: str, expected: list[tuple]) -> None:
    from tasks.extract.facts import extract_facts

    assert [(f.raw, f.value, f.value_max, f.unit) for f in extract_facts(text)] == expected


def test_a_quotation_under_the_byline_opens_the_story_not_a_second_headline(tmp_path) -> None:
    from tasks.pipeline import process_source

    page = tmp_path / "profile.txt"
    page.write_text(
        "“把居民的小事当成自己的事”（基层书记风采）\n本报记者  李  华\n“楼道灯又坏了，能不能找人修修？”\n"
        "一大早，社区党委书记老周就接到居民电话。她带着网格员上门查看，当天就请物业换好了灯，又把楼里几处隐患"
        "一并登记，约好周末再来回访。\n",
        encoding="utf-8",
    )
    article = process_source(str(page))
    assert article.title == "“把居民的小事当成自己的事”"
    assert article.paragraphs[0] == "“楼道灯又坏了，能不能找人修修？”"
    # a quoted saying over a profile is a sentence, not the case's name
    assert "把居民的小事当成自己的事" not in _brands(article.body) and not [
        b for b in extract_brands(article.body, title=article.title) if b.term == "把居民的小事当成自己的事"
    ]


def test_a_page_of_several_reports_has_no_measures_of_one_case() -> None:
    story = "社区腾出活动室开设暑期托管班，请大学生志愿者辅导作业、带孩子做手工，家长下班后再来接，一期三周。"
    page = [
        "每年暑假，谁来照看孩子？各地想了不少办法，本版选取几个片段。",
        "内蒙古呼和浩特",
        "多样课堂助力成长",
        "本报记者  李  明",
        story,
        "安徽合肥",
        "公益活动培养好习惯",
        "本报记者  王  芳",
        story,
        "四川广安",
        "跨省托管传递牵挂",
        "本报记者  赵  强",
        story,
    ]
    assert _leads(page) == []
    # one report, one byline: its sub-headings still head its measures
    one = [_STORY, "本报记者  李  明", "多样课堂助力成长", story, "公益活动培养好习惯", story]
    one += ["结对帮扶传递牵挂", story]
    assert _leads(one) == ["多样课堂助力成长", "公益活动培养好习惯", "结对帮扶传递牵挂"]


@pytest.mark.parametrize("head", ["管理手段为何引不满", "能否兼顾各方诉求", "现在不一样了——"])
def test_a_features_question_or_lead_in_line_heads_no_measure(head: str) -> None:
    story = "社区腾出活动室开设暑期托管班，请大学生志愿者辅导作业、带孩子做手工，家长下班后再来接，一期三周。"
    paras = [_STORY, head, story, "议事搬进院落里", story, "服务跟着需求走", story]
    assert head not in _leads(paras)


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("[视频]【在新时代的征程上——新作为 新篇章】上海：老小区装上新电梯", "上海：老小区装上新电梯"),
        ("【组图】老小区装上新电梯", "老小区装上新电梯"),
        ("2022年公务员多省联考《申论》题（二卷）", None),
    ],
)
def test_media_labels_and_exam_papers_are_no_headline(tmp_path, first_line: str, title: str | None) -> None:
    from tasks.pipeline import process_source

    page = tmp_path / "item.txt"
    body = "这天，街道召集居民代表、物业和施工方坐到一起，商量加装电梯的费用怎样分摊，谁家出多少，大家当场签了字。"
    page.write_text(f"{first_line}\n材料1\n{body}\n", encoding="utf-8")
    assert process_source(str(page)).title == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("有时候实验一做就是一天，凭空多了一笔开支。", []),
        ("他在这间老房里一住就是9年。", [("9年", 9.0, "年")]),
        ("超出则按每小时5元计算，24小时50元封顶。", [("5元", 5.0, "元"), ("50元", 50.0, "元")]),
        ("社区实行每日24小时值班。", [("24小时", 24.0, "小时")]),
    ],
)
def test_a_habits_span_and_a_rates_period_are_no_figures(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


def test_two_parallel_sentences_of_a_reporters_feature_are_its_story(tmp_path) -> None:
    from tasks.pipeline import process_source

    story = "社区腾出活动室开设暑期托管班，请大学生志愿者辅导作业、带孩子做手工，家长下班后再来接，一期三周。"
    lines = ["老街里的新变化", "本报记者  李  明", story, "一手抓减负，一手抓服务。" + story, story,
             "减出实效，激发活力。" + story, story]  # fmt: skip
    page = tmp_path / "feature.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert extract_practices(process_source(str(page))) == []
    # the same two sentences in a report with no reporter's byline stay its run-in measures
    page.write_text("\n".join([lines[0], *lines[2:]]) + "\n", encoding="utf-8")
    assert [p.heading for p in extract_practices(process_source(str(page)))] == [
        "一手抓减负，一手抓服务",
        "减出实效，激发活力",
    ]


@pytest.mark.parametrize(
    ("body", "not_a_brand"),
    [
        ("三十多场会，把“各有各的理”谈成“大家一起办”，街道推行“槐香议事”机制。", "各有各的理"),
        ("村里开设“诚信银行”，街道推行“槐香议事”机制。", "诚信银行"),
        ("通过“党组织+企业+合作社+农户”模式带动增收，街道推行“槐香议事”机制。", "党组织+企业+合作社+农户"),
        ("支部开展“云党建”，街道推行“槐香议事”机制。", "云党建"),
        ("书记叮嘱“必须盯紧每一处细节”，街道推行“槐香议事”机制。", "必须盯紧每一处细节"),
    ],
)
def test_states_banks_party_lists_online_forms_and_orders_are_no_brands(body: str, not_a_brand: str) -> None:
    assert _no_brand_beside_the_kept_one(body, not_a_brand)


def test_a_governing_trio_joined_by_plus_is_still_judged_as_a_formula() -> None:
    assert "支部+业委会+物业" in _brands("小区推行“支部+业委会+物业”的议事模式，大事小情一起商量。")


def test_a_count_used_again_and_again_as_the_name_of_its_set_is_one_figure() -> None:
    from tasks.extract.facts import extract_facts

    text = "镇里把3个村组建成片区。但3个村都种辣椒，品种相近。后来，3个村有了更强的议价能力。"
    assert [f.raw for f in extract_facts(text)] == ["3个"]
    # the same count of other things names other sets
    others = "镇里有3个村种辣椒。又有3个社区开办食堂。另有3个小区加装电梯。"
    assert [f.raw for f in extract_facts(others)] == ["3个"] * 3


def test_datelines_dated_heads_page_jumps_and_question_heads(tmp_path) -> None:
    from tasks.extract.practices import _is_lead

    assert not _is_lead("央视网消息（新闻联播）：老百姓的操心事、烦心事，永远是社区的头等大事。")
    assert not _is_lead("7月13日，沈阳启动防汛一级应急响应。社区党员连夜上岗，逐户排查低洼地带的住户。")
    story = "社区腾出活动室开设暑期托管班，请大学生志愿者辅导作业、带孩子做手工，家长下班后再来接，一期三周。"
    dated = [_STORY, "雨水漫进小巷", story, "7月13日，启动应急响应", story, "党员守在巷口", story]
    assert _leads(dated) == []
    jump = [_STORY, "巷里有了带头人", story, "（下转第六版）", "（上接第五版）", "改造有了议事会", story]
    jump += ["资源有了联盟", story]
    assert _leads(jump) == ["巷里有了带头人", "改造有了议事会", "资源有了联盟"]
    asked = [_STORY, "产业之变靠什么？", "抱团定规划、闯市场", "村庄小，首先受困的是产业。", story]
    asked += ["人才之困如何解？", "联合培养农技人员", story, "治理难题怎么办？", "小事村内办、大事联席议", story]
    assert _leads(asked) == ["产业之变靠什么？", "人才之困如何解？", "治理难题怎么办？"]


def test_a_reporters_feature_lists_run_in_measures_only_when_they_are_built_alike(tmp_path) -> None:
    from tasks.pipeline import process_source

    story = "中心把群众反映集中的问题汇总成清单，逐项明确牵头单位和完成时限，每月通报一次进展，办结后再回访群众。"
    lines = ["一座城市的热线故事", "本报记者  李  明", story, "规矩立起来，办事提速。" + story,
             "盯住新情况、拿出新招数，学习是过河的“桥”。" + story, "事办得好不好，群众说了算。" + story]  # fmt: skip
    page = tmp_path / "profile.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert extract_practices(process_source(str(page))) == []  # a profile's turns of phrase (real set r097)
    # three leads phrased alike in the same feature are its measures
    alike = ["一座城市的热线故事", "本报记者  李  明", story, "建强热线党组织。" + story, "把服务送到家门口。" + story,
             "让群众成为治理的参与者。" + story]  # fmt: skip
    page.write_text("\n".join(alike) + "\n", encoding="utf-8")
    assert [p.heading for p in extract_practices(process_source(str(page)))] == [
        "建强热线党组织",
        "把服务送到家门口",
        "让群众成为治理的参与者",
    ]


def test_a_district_named_at_one_spot_of_a_citys_story_is_an_example() -> None:
    from tasks.extract.regions import resolve_region

    body = (
        "走进南京市市民服务热线中心，话务员正忙着接听来电。南京市把热线作为听民声的窗口，推行接诉即办。"
        "在鼓楼区宁海路街道的一个老小区，居民反映加装电梯难，热线派单后一个月就开工了。"
        "南京市还把热线数据用于治理研判，每月分析高频诉求。"
    )
    r = resolve_region(None, None, body)
    assert (r.adcode, r.level) == ("320100", "city")  # real set r030, r097
    # the district the story keeps returning to is the case's place, though the city is named as often
    own = body.replace("南京市还把热线数据", "鼓楼区还把热线数据")
    assert resolve_region(None, None, own + "鼓楼区的做法受到居民欢迎。").adcode == "320106"
    # a short form inside another word (`南京人`, `南京城`) does not make the story the city's
    single = "在南京市鼓楼区宁海路街道的一个老小区，南京人老王说，南京城里这样的老小区加装电梯不容易。"
    assert resolve_region(None, None, single).adcode == "320106"
    # with other cities of the province named, the story is the province's (real set r060)
    province = (
        "江苏省推行社区微就业。在江苏南京市鼓楼区一个社区，居民在家门口就业。江苏省人社厅介绍，苏州、无锡、常州等地"
        "也建起了社区就业驿站，江苏省已建成驿站上千个。"
    )
    assert resolve_region(None, None, province).adcode == "320000"


def test_a_national_round_up_of_one_spot_per_province_has_no_place() -> None:
    from tasks.extract.regions import resolve_region

    body = (
        "在山东省青岛市市南区，派出所民警走进商圈化解纠纷。福建省厦门市推行警民议事会。"
        "湖北省武汉市的社区民警带着居民排查隐患，江苏省徐州市的警务室延长了服务时间。"
    )
    r = resolve_region(None, None, body)
    assert r.adcode is None and "round-up" in (r.note or "")  # real set r044
    # one province's examples stay that province's business
    assert resolve_region(None, None, "在山东省青岛市市南区，派出所民警走进商圈化解纠纷。").adcode == "370202"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # millimetres, seconds, calls and steamers are units; rain and snow are the weather (RULEBOOK: never figures)
        ("消防水带直径从65毫米改为25毫米，老人也拿得动。", [("65毫米", 65.0, "毫米"), ("25毫米", 25.0, "毫米")]),
        ("昨夜降雨量达到86毫米，网格员连夜排查积水点。", []),
        ("40.2毫米最大小时降水量让低洼小区告急。", []),
        ("系统最快20秒就能派出工单。", [("20秒", 20.0, "秒")]),
        ("热线话务员日均接听150通来电。", [("150通", 150.0, "通")]),
        ("食堂凌晨蒸好40笼馒头送到工地。", [("40笼", 40.0, "笼")]),
        # a nested quote is a quoted name; a lane named by a count is an address; 四处 is "everywhere"
        ("“要打通‘最后一百米’，还得靠网格。”", []),
        ("在社区二十家巷，改造工程已经完工。", []),
        ("网格员只能四处打听，他和老伴也四处租房。", []),
        ("街道改造两处空地，整治四处闲置空地。", [("两处", 2.0, "处"), ("四处", 4.0, "处")]),
        # a household's size after 一大家子 is a family phrase; 两人 after a pair named is the pair again
        ("老周一大家子6口人挤在40平方米的房子里。", [("40平方米", 40.0, "平方米")]),
        ("母女俩搬进新居，两人每天到食堂吃饭。", []),
        ("社区派出两人去清理雨水箅子。", [("两人", 2.0, "人")]),
    ],
)
def test_units_weather_nested_quotes_lanes_and_pairs(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


def test_a_street_written_after_its_citys_zone_stops_at_the_city() -> None:
    from tasks.extract.regions import resolve_region

    body = "在苏州市太湖生态旅游示范区越溪街道的一个老小区，党员们组建了义务维修队。越溪街道还把经验推广到各村。"
    r = resolve_region("江苏苏州越溪街道：维修队上门", None, body)
    assert (r.adcode, r.level) == ("320500", "city")  # the zone runs the street (real set r045)
    # the same street written with its district is certain
    assert resolve_region(None, None, body.replace("太湖生态旅游示范区", "吴中区")).adcode == "320506"


@pytest.mark.parametrize(
    ("body", "not_a_brand"),
    [
        # a hall named only by the neighbours' warm word, a day named by who is received, the bare small class
        ("社区搭建“邻里议事厅”，街道推行“槐香议事”机制。", "邻里议事厅"),
        ("每月8日是“业主接待日”，街道推行“槐香议事”机制。", "业主接待日"),
        ("每周的“居民恳谈日”准时举行，街道推行“槐香议事”机制。", "居民恳谈日"),
        ("一场讲垃圾分类的“微课堂”在这里开讲，街道推行“槐香议事”机制。", "微课堂"),
    ],
)
def test_halls_days_and_classes_named_by_who_or_nothing_are_no_brands(body: str, not_a_brand: str) -> None:
    assert _no_brand_beside_the_kept_one(body, not_a_brand)


def test_a_hall_named_by_the_residents_or_a_coined_word_stays_a_brand() -> None:
    assert "居民议事厅" in _brands("社区建起“居民议事厅”，每月议一次事。")  # who meets there is left to the gold
    assert "槐香议事厅" in _brands("社区建起“槐香议事厅”，每月议一次事。")


@pytest.mark.parametrize(
    ("body", "not_a_brand"),
    [
        # a formula described as the state built, at more length after 的; the parts a count right after counts
        ("街道着力构建“联防联控、人人参与”的平安建设新格局，街道推行“槐香议事”机制。", "联防联控、人人参与"),
        ("平台打通“城管执法、物业服务、垃圾分类”三大领域，街道推行“槐香议事”机制。", "城管执法、物业服务、垃圾分类"),
    ],
)
def test_a_state_built_and_the_parts_of_a_count_are_no_brands(body: str, not_a_brand: str) -> None:
    assert _no_brand_beside_the_kept_one(body, not_a_brand)


def test_a_formula_put_in_force_with_no_count_after_stays_a_brand() -> None:
    assert "片内议、社区办、街道兜" in _brands("推行“片内议、社区办、街道兜”的办理机制。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a classifier only physical things take counts them, in words too; idioms and place names stay out
        ("院子里的两棵老槐树挡住了路灯。", [("两棵", 2.0, "棵")]),
        ("床头装了两只烟感报警器。", [("两只", 2.0, "只")]),
        ("居民两头跑，事情还是没办成。", []),
        ("在二道桥社区，居民议事会每月开一次。", []),
    ],
)
def test_things_counted_in_words_with_a_classifier_of_things(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


def test_a_headline_word_that_is_a_citys_short_form_names_no_place() -> None:
    from tasks.extract.regions import resolve_region

    body = "在山西太原杏花岭区，独居老人每天早晚拉开窗帘向志愿者报平安，志愿者守望老人安康。"
    r = resolve_region("一扇窗帘守望老人安康", None, body)
    assert r.adcode == "140107"  # 安康 is well-being here, not 安康市 (real set r115)


def test_a_community_named_like_a_gazetteer_entry_of_another_province_places_nothing() -> None:
    from tasks.extract.regions import resolve_region

    body = "四川的老厂关停后，家属区改建成莲花社区。莲花社区党委把老职工组织起来，莲花社区成了花园。"
    assert resolve_region(None, None, body).adcode != "340177"  # the gazetteer's 莲花社区 is in 合肥 (real set r127)


def test_a_municipality_headline_over_one_spot_walked_through_stays_the_city() -> None:
    from tasks.extract.regions import resolve_region

    body = (
        "天津市把党员、志愿者和驻区单位吸纳进社区大党委。在南开区万兴街道的一个社区，党员结对帮扶独居老人。"
        "天津市已有上千个社区建起大党委，天津市各区还在推广。"
    )
    r = resolve_region("天津：大党委服务到家门口", None, body)
    assert (r.adcode, r.level) == ("120100", "city")  # real set r121


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("食堂添置了8张餐桌、32把餐椅。", [("8张", 8.0, "张"), ("32把", 32.0, "把")]),
        ("“老李家5口人，全靠他打零工。”", []),
        ("志愿者365天坚持上门，风雨无阻。", []),
    ],
)
def test_chairs_a_familys_size_and_every_day_of_the_year(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


def test_bungalows_are_no_district_of_harbin() -> None:
    """`平房区` is a district of 哈尔滨 and, in a story about old housing, an area of bungalows (`平房`, `平房区`):
    written bare it names no place, so a 大连 story is not taken for one of two provinces by it (real set r073)."""
    from tasks.extract.regions import resolve_region

    body = (
        "辽宁大连，暴雨红色预警。甘井子区的网格员挨家挨户敲门，甘井子区的老旧平房地势低洼，"
        "一组负责平房区群众转移，二组清理积水。沙河口区也为平房区的住户送去了沙袋，平房区的积水当夜排净。"
        "甘井子区、沙河口区的志愿者连夜值守。"
    )
    r = resolve_region(None, None, body)
    assert (r.adcode, r.level) == ("210200", "city")  # two districts of 大连: the city's story
    # written with its city it is the district
    assert resolve_region(None, "哈尔滨市平房区委组织部", "平房区推行网格化管理。").adcode == "230108"


def test_a_text_that_names_places_but_places_no_case_says_which() -> None:
    """The note of an unplaced text lists the places it names, so that a reader can see why none was taken."""
    from tasks.extract.regions import resolve_region

    r = resolve_region("小区里的新变化", None, "记者在辽宁沈阳的一个老小区看到，居民们正在议事。")
    assert r.adcode is None
    assert "辽宁" in r.note and "沈阳" in r.note
    assert resolve_region("小区里的新变化", None, "居民们正在议事。").note == "no place named in title, author or text"


def test_a_province_led_headline_over_a_text_that_keeps_returning_to_the_province_is_its_case() -> None:
    """`江西：…` over a text that walks through one district's street again and again but keeps coming back to the
    province on its own is the province's case; the same headline over a text that names the province only as the
    district's parent is the district's (real set r093, r118 against r018, r119: CCTV's province series)."""
    from tasks.extract.regions import resolve_region

    walked = (
        "江西把社区服务送到居民家门口。在南昌市东湖区豫章街道，党群服务中心开起了长者食堂，"
        "豫章街道的志愿者每天给独居老人送餐，东湖区还把托育点嵌进了社区。"
        "江西已有三百多个社区建起“一刻钟服务圈”，明年江西每个设区市将再选五个街道试点，"
        "江西还出台了社区嵌入式服务设施建设指引。"
    )
    r = resolve_region("江西：家门口的服务圈", None, walked)
    assert (r.adcode, r.level) == ("360000", "province")
    own = (
        "江西南昌东湖区探索“楼栋议事”机制，推动居民诉求在楼栋解决。走进江西南昌东湖区豫章街道的一个老小区，"
        "居民们正在楼道里商量加装电梯的事。如今，南昌市东湖区已形成议事规则二十多项。"
    )
    assert resolve_region("江西：楼栋议事解民忧", None, own).adcode == "360102"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in words closing a list given by its examples and 等 is its whole (real set r064, r070, r117)
        ("把助老、助残、文体等七大类服务送到楼栋。", [("七大类", 7.0, "大类")]),
        ("整合市长专线、城市留言板、网格群等五个渠道的诉求。", [("五个", 5.0, "个")]),
        ("划分党建、治理三类小区：一是老旧小区。", []),  # no 等: the kinds named, a label
        ("以前招一名熟练工要等两个月。", [("两个月", 2.0, "月")]),  # 等 the verb: a span as before
        # a product of days and hours is a schedule, not an amount of time (r135)
        ("健全7×24小时值班值守机制。", []),
        ("驿站提供24小时热水。", [("24小时", 24.0, "小时")]),
        # a numbered building in speech, then where by it: an address (r039, r129)
        ("“快！5栋那边漏水了！”", []),
        ("“12栋门前那块空地闲着可惜。”", []),
        ("社区新建3栋安置楼。", [("3栋", 3.0, "栋")]),
        # the spoken tenth of a yuan is a unit (r112); 毛衣 is no figure
        ("刷卡每次仅需2毛钱。", [("2毛", 2.0, "毛")]),
        ("志愿者织了3毛衣送给老人。", []),
        # 已有 and 已 with a verb of running say how long a state has lasted (r105, r020)
        ("如今，服务站运营已有两年。", [("两年", 2.0, "年")]),
        ("依托已运行三年的数字治理平台。", [("三年", 3.0, "年")]),
        ("落实三年行动计划。", []),
        # characters written are counted in 字 (r058, r062, r086); a cross, a rule's length in words and the page's
        # own length are not
        ("他记下了900多万字的工作笔记。", [("900多万字", 9000000.0, "字")]),
        ("已有480名管家取得红十字救护员证。", [("480名", 480.0, "人")]),
        ("（本文约2500字）社区党委书记介绍。", []),
    ],
)
def test_counts_of_examples_schedules_addresses_in_speech_spoken_money_and_characters(
    text: str, expected: list[tuple]
) -> None:
    assert _figures(text) == expected


def test_measures_numbered_with_the_closing_half_of_a_bracket() -> None:
    """`1）…2）…3）…`, as Word lists print them: before, the marker stayed in the lead and no marker was kept."""
    leads = ("1）建强楼栋组织。", "2）搭建议事平台。", "3）完善服务机制。")
    paras = [_STORY, "主要做法如下：", *(lead + _BODY for lead in leads)]
    found = extract_practices(_article(paras))
    assert [(p.marker, p.heading) for p in found] == [
        ("1）", "建强楼栋组织"),
        ("2）", "搭建议事平台"),
        ("3）", "完善服务机制"),
    ]


def _measures_of_text(tmp_path, lines: list[str]) -> list[tuple[str | None, str, str]]:
    """(marker, lead, first characters of the text) of each measure of a `.txt` case read as the pipeline reads it."""
    from tasks.pipeline import process_source

    path = tmp_path / "case.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    article = process_source(str(path))
    assert isinstance(article, Article)
    return [(p.marker, p.heading, p.text[:6]) for p in extract_practices(article)]


_HEADER = ["南门街道推进老旧街区治理", "中共清溪区委组织部", "2023年09月18日", _STORY]
_WORKS = [
    "街道组织社区干部逐巷走访，建立小巷台账。",
    "街道选出小巷管家，每条小巷配备2名管家。",
    "街道建立闭环流程，问题限时处置。",
]
_LEADS = ("摸清家底", "建强队伍", "完善机制")


def _headed(marks: str | tuple[str, ...], template: str = "{mark}{lead}") -> list[str]:
    """Heading lines `template` (marker and lead) each over its paragraph of work."""
    return [
        x
        for mark, lead, work in zip(marks, _LEADS, _WORKS, strict=True)
        for x in (template.format(mark=mark, lead=lead), work)
    ]


@pytest.mark.parametrize("labels", [("做法一：", "做法二：", "做法三："), ("举措一：", "举措二：", "举措三：")])
def test_measures_labelled_with_their_ordinal_run_in_and_as_heading_lines(tmp_path, labels: tuple[str, ...]) -> None:
    """`做法一：摸清家底。…`, `举措二：建强队伍` over its paragraph: a label of what was done with its ordinal
    numbers the measures (before, the label was taken for the lead: `做法一`, no marker; as heading lines over
    their paragraphs no measure was found)."""
    leads = ("摸清家底", "建强队伍", "完善机制")
    run_in = [f"{label}{lead}。{work}" for label, lead, work in zip(labels, leads, _WORKS, strict=True)]
    assert _measures_of_text(tmp_path, [*_HEADER, *run_in]) == [
        (label, lead, work[:6]) for label, lead, work in zip(labels, leads, _WORKS, strict=True)
    ]
    lines = [x for label, lead, work in zip(labels, leads, _WORKS, strict=True) for x in (label + lead, work)]
    results = ["成效一：环境变美了。全街道清理卫生死角300余处。", "成效二：邻里变亲了。"]
    assert _measures_of_text(tmp_path, [*_HEADER, *lines, *results]) == [
        (label, lead, work[:6]) for label, lead, work in zip(labels, leads, _WORKS, strict=True)
    ]


def test_labelled_results_and_lessons_are_no_measures_and_a_move_counts_as_one(tmp_path) -> None:
    """`第一招：…`, `第一步：…` count the moves or steps the case made, ordinal words like `第一，` (marker none, the
    lead after them; before, the lead was `第一步`); `启示一：…`, `成效一：…` number lessons and results, never
    measures."""
    leads = ("挖潜增位", "错时共享", "居民自治")
    moves = [f"第{n}招：{lead}。{work}" for n, lead, work in zip("一二三", leads, _WORKS, strict=True)]
    lessons = ["启示一：群众的事要和群众商量着办。", "启示二：资源要向共享要空间。"]
    assert [m[:2] for m in _measures_of_text(tmp_path, [*_HEADER, *moves, *lessons])] == [
        (None, "挖潜增位"),
        (None, "错时共享"),
        (None, "居民自治"),
    ]
    steps = [m.replace("招", "步") for m in moves]
    assert [m[:2] for m in _measures_of_text(tmp_path, [*_HEADER, *steps])] == [
        (None, "挖潜增位"),
        (None, "错时共享"),
        (None, "居民自治"),
    ]
    only_lessons = [*_HEADER, "街道推行小巷管家机制。" + _BODY, *lessons, "启示三：治理要有耐心。"]
    assert _measures_of_text(tmp_path, only_lessons) == []


def test_measures_printed_as_arabic_numbered_heading_lines_with_no_parts(tmp_path) -> None:
    """A short report whose only structure is `1．摸清家底` heading lines over their paragraphs: those headings
    are the measures (before, they were read as the article's parts and no measure was found), as `一、…`
    headings are in a report with no 背景/做法/成效 parts."""
    assert _measures_of_text(tmp_path, [*_HEADER, *_headed("123", "{mark}．{lead}")]) == [
        ("1．", "摸清家底", _WORKS[0][:6]),
        ("2．", "建强队伍", _WORKS[1][:6]),
        ("3．", "完善机制", _WORKS[2][:6]),
    ]


@pytest.mark.parametrize("marks", ["⑴⑵⑶", "⒈⒉⒊", "㈠㈡㈢", "❶❷❸", "➊➋➌", "➀➁➂"])
def test_measures_numbered_with_one_character_list_styles(tmp_path, marks: str) -> None:
    """`⑴…⑵…⑶…` and the other one-character numbers word processors print (before, the number stayed in the lead,
    or `❶` was taken for a bullet and its number lost); each is the marker as printed, like `①`."""
    leads = ("摸清民情", "整合资源", "完善机制")
    paras = [f"{mark}{lead}。{work}" for mark, lead, work in zip(marks, leads, _WORKS, strict=True)]
    assert [m[:2] for m in _measures_of_text(tmp_path, [*_HEADER, *paras])] == list(zip(marks, leads, strict=True))
    items = zip(marks, leads, _WORKS, strict=True)
    inline = "街道主要做法有三：" + "；".join(f"{mark}{lead}，{work[:-1]}" for mark, lead, work in items)
    assert [m[:2] for m in _measures_of_text(tmp_path, [*_HEADER, inline + "。"])] == [
        (mark, f"{lead}，{work[:-1]}") for mark, lead, work in zip(marks, leads, _WORKS, strict=True)
    ]


def test_roman_numerals_number_measures_only_with_their_point(tmp_path) -> None:
    """`Ⅰ.摸清民情` heading lines are measures; `Ⅱ级响应启动后…` opens a sentence with a response level, no list
    marker (its paragraphs may still be run-in leads, with the level kept in the lead)."""
    assert [m[:2] for m in _measures_of_text(tmp_path, [*_HEADER, *_headed("ⅠⅡⅢ", "{mark}.{lead}")])] == [
        ("Ⅰ.", "摸清家底"),
        ("Ⅱ.", "建强队伍"),
        ("Ⅲ.", "完善机制"),
    ]
    levels = ["Ⅰ级响应启动后，街道迅速组织党员下沉。" + _BODY, "Ⅱ级以下由社区自行处置。" + _BODY]
    found = _measures_of_text(tmp_path, [*_HEADER, *levels])
    assert all(marker is None and lead[:2] in ("Ⅰ级", "Ⅱ级") for marker, lead, _ in found)


def test_a_quoted_key_word_opens_a_run_in_lead(tmp_path) -> None:
    """`“摸”清民情，让服务更精准。…`: a lead that opens on a quoted key word of one or two characters (before, any
    paragraph opening with a quote mark was taken for speech and no measure was found); quoted speech opening a
    paragraph stays narration."""
    paras = [f"“{key}”{rest}，让服务更{how}。{work}" for key, rest, how, work in
             zip("摸聚建", ("清民情", "合资源", "强机制"), ("精准", "便捷", "长效"), _WORKS, strict=True)]  # fmt: skip
    assert [m[1] for m in _measures_of_text(tmp_path, [*_HEADER, *paras])] == [
        "“摸”清民情，让服务更精准",
        "“聚”合资源，让服务更便捷",
        "“建”强机制，让服务更长效",
    ]
    speech = ["“有事找管家，准没错。”居民王大爷说。" + _BODY, "“我们每天都来转一转。”管家李阿姨说。" + _BODY]
    assert _measures_of_text(tmp_path, [*_HEADER, *speech]) == []


def test_steps_told_inside_a_story_stay_nested_under_the_inline_list(tmp_path) -> None:
    """`第一步，…；第二步，…` inside a story paragraph are the steps of one repair, nested in the measures the
    `一是…二是…` list names (RULEBOOK: `第一步…第四步` inside one measure); only at paragraph starts do they count."""
    listed = "做法有三条：一是建强院落党组织，选派院落指导员；二是推行院坝夜话，每月召开一次；三是设立小院基金。"
    story = "院里的化粪池反复堵塞，大家商定：第一步，由小院基金出资疏通；第二步，每户出资更换管网；第三步，清运垃圾。"
    assert [m[:2] for m in _measures_of_text(tmp_path, [*_HEADER, listed, story])] == [
        ("一是", "建强院落党组织，选派院落指导员"),
        ("二是", "推行院坝夜话，每月召开一次"),
        ("三是", "设立小院基金"),
    ]


def test_single_quotes_as_a_text_s_own_quote_marks_quote_brands() -> None:
    """`社区打造‘和美邻里’服务品牌`: some texts quote with ‘’ (RULEBOOK: brands are written inside “”, 「」, ‘’
    or 『』); before, no ‘’ name was read. The sentence given is the body's own; a ‘’ inside a “…” quotation is a
    quote within speech and stays as it is."""
    from tasks.extract.brands import _single_as_double

    body = "社区打造‘和美邻里’服务品牌。‘和美邻里’已成为居民身边的好帮手。"
    found = [(b.term, b.first_sentence, b.char_start) for b in extract_brands(body)]
    assert found == [("和美邻里", "社区打造‘和美邻里’服务品牌。", 5)]
    assert _brands("街道推行‘红管家’机制，楼栋里的事有人管了。") == ["红管家"]
    speech = "他说：“社区打造‘和美邻里’服务品牌，大家都受益。”"
    assert _single_as_double(speech) == speech
    assert _single_as_double("It’s the ‘best’ day.") == "It’s the “best” day."


@pytest.mark.parametrize("mark", ["⭐", "❤", "➤", "✅", "🔹", "📌", "◉", "▎"])
def test_heading_lines_decorated_with_any_symbol_or_pictograph(tmp_path, mark: str) -> None:
    """`⭐摸清家底` over its paragraph: the stars, hearts, arrows and pictographs WeChat editors put before a
    sub-heading are decoration, whatever the symbol (before, `⭐`, `❤` and `➤` stayed in the lead)."""
    assert [m[:2] for m in _measures_of_text(tmp_path, [*_HEADER, *_headed(mark * 3)])] == [
        (None, "摸清家底"),
        (None, "建强队伍"),
        (None, "完善机制"),
    ]


def test_a_bar_before_a_question_heading_bullets_no_measure(tmp_path) -> None:
    """`▌具体怎么做？` … `▌效果怎么样？`: bars head the parts of a feature, not the items of a list; the measures
    are the `一是…二是…` of the paragraph under the first."""
    listed = "街道的做法，一是建好议事厅，每月议事一次；二是选好帮办团，联系街巷；三是办好急难事，限时办结。"
    paras = [*_HEADER, "▌具体怎么做？", listed, "▌效果怎么样？", "一年来，议事会共召开280余场。"]
    assert [m[1] for m in _measures_of_text(tmp_path, paras)] == [
        "建好议事厅，每月议事一次",
        "选好帮办团，联系街巷",
        "办好急难事，限时办结",
    ]


def test_the_two_sides_of_one_point_are_no_list_of_measures(tmp_path) -> None:
    """`一方面，摸清家底。…` / `另一方面，建强队伍。…`: the two sides of one point (RULEBOOK practices: `practices: []`
    when the only lists are `一方面…另一方面…`); before, they were taken for run-in measures with `一方面，` in the
    lead."""
    sides = zip(("一方面", "另一方面"), _LEADS[:2], _WORKS[:2], strict=True)
    paras = [f"{side}，{lead}。{work}" for side, lead, work in sides]
    assert _measures_of_text(tmp_path, [*_HEADER, *paras, "此外，街道完善机制。" + _WORKS[2]]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands set apart by a space, as GB/T 15835 prints long numbers (`1 200` was read as 200, `12 500 000元`
        # as 0)
        ("街道发动1 200名党员参与楼道议事，投入资金12 500 000元。",
         [("1 200名", 1200.0, "人"), ("12 500 000元", 12500000.0, "元")]),
        ("累计收集意见3\u2009456条。", [("3\u2009456条", 3456.0, "条")]),
        # a time or a date before a count is not its first group
        ("活动9:30 200人参加。", [("200人", 200.0, "人")]),
        # a group of other than three digits is two numbers, as before
        ("编号12 34号楼有5户。", [("5户", 5.0, "户")]),
    ],
)  # fmt: skip
def test_digits_grouped_by_spaces_are_one_number(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a place named by the service given there keeps its head, which the segmenter cuts off as a numeral or a
        # verb (`安置点` was `安置`, `议事点` `议事`)
        ("街道共建成18个片区议事点，覆盖全部社区。", "片区议事点"),
        ("全县建成9个城区易地扶贫搬迁安置点。", "城区易地扶贫搬迁安置点"),
        ("建成36个便民服务站，方便群众。", "便民服务站"),
        ("全市86个投放点上线运行。", "投放点"),
        ("全县建成7个集中安置点共安置群众三千余人。", "集中安置点"),
        # a predicate and its object after the counted thing stay out
        ("46户低洼住户转移到安置点。", "低洼住户"),
        ("22个居民区设立修补点。", "居民区"),
    ],
)
def test_a_service_places_head_stays_in_the_subject(text: str, subject: str) -> None:
    from tasks.extract.facts import extract_facts

    assert extract_facts(text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a population printed without a unit before 人口 (as `常住人口13万` with a magnitude word)
        ("社区现有6000多常住人口。", [("6000多", 6000.0, None)]),
        ("这里聚集着15000多的流动人口。", [("15000多", 15000.0, None)]),
        ("全村有800多人口。", [("800多", 800.0, None)]),
        # a year before 人口 names a census, not a count
        ("2020人口普查显示，老年人口占比上升。", []),
        # a year-like number with a magnitude word and nothing after it is a number, not a year
        ("全市实际管理人口已超过2000万。", [("超过2000万", 20000000.0, None)]),
        ("2019万象城开业。", []),
    ],
)  # fmt: skip
def test_populations_without_a_unit_and_magnitudes_that_look_like_years(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # buildings counted in words with 栋/幢, and furniture, signs, bodies, centres, companions and damage a
        # story counts, are concrete counts (RULEBOOK facts: "also in stories"; they were dropped as practice parts)
        ("河边立着三栋焕新升级的建筑。", [("三栋", 3.0, "栋")]),
        ("院里新盖了两幢平房。", [("两幢", 2.0, "栋")]),
        ("大厅里一字排开两张办公桌。", [("两张", 2.0, "张")]),
        ("门口竖起两块牌子。", [("两块", 2.0, "块")]),
        ("村党支部领办了两个农民专业合作社。", [("两个", 2.0, "个")]),
        ("在原有三家为老服务中心的基础上扩容。", [("三家", 3.0, "家")]),
        ("试点覆盖了四个镇街。", [("四个", 4.0, "个")]),
        ("他和两个同学一道回村办厂。", [("两个", 2.0, "个")]),
        ("屋顶漏出两个大洞。", [("两个", 2.0, "个")]),
        # the parts of a practice keep other nouns after the same classifiers
        ("社区推出三张清单。", []),
        ("建好两块阵地。", []),
        ("打造两个中心。", []),
    ],
)  # fmt: skip
def test_concrete_things_a_story_counts_in_words(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # acts of choosing, building, removing and getting govern what the figure counts (it was `街道拆除违建`,
        # `征集意见`)
        ("街道拆除违建42处。", "违建"),
        ("共征集意见300余条。", "意见"),
        ("今年，增设停车位60个。", "停车位"),
        # a participle before a single noun still names who is counted
        ("参与居民1200人次。", "参与居民"),
        # a short clause opening with a verb before 的 says which are counted (it was `企业`, `居民`)
        ("帮助签订用工协议的企业22家。", "签订用工协议的企业"),
        ("今年参与投票的居民3800人次。", "参与投票的居民"),
        ("全市共有注册积分的志愿者3600人。", "注册积分的志愿者"),
        # a per-unit amount is named with what 每 distributes over (it was `补贴`, `服务时长`)
        ("老人每餐补贴4元。", "每餐补贴"),
        ("每名党员每年服务时长不少于24小时。", "每名党员每年服务时长"),
        ("每户每月物业费0.5元。", "每户每月物业费"),
        # not across a clause break
        ("每个社区，配备专职工作者9名。", "专职工作者"),
        # a doer's clause, a participle alone, or a clause the sentence's own verb governs stay out
        ("去年，街道受理的邻里纠纷46件。", "邻里纠纷"),
        ("片区内建成的老旧住宅楼742栋。", "老旧住宅楼"),
        ("调解因加梯引发的邻里矛盾47起。", "邻里矛盾"),
    ],
)
def test_a_figures_subject_after_a_governing_verb_with_its_relative_clause_or_per_unit(text: str, subject: str) -> None:
    from tasks.extract.facts import extract_facts

    assert extract_facts(text)[0].subject == subject


def test_the_clause_right_before_an_inline_list_names_measures_whatever_an_earlier_clause_said() -> None:
    """`总结经验，拿出三项应对措施：第一，…`: lessons summed up lead to the measures the last clause names (real set
    r075's shape; the texts are made up). A demand or a plan in the sentence still makes the list no measures."""
    story = "某区推行楼栋议事，减轻基层负担，居民满意度持续提升。"
    listed = "第一，建立楼栋议事会，每月议一次；第二，开通线上反映渠道，让问题有人管；"
    listed += "第三，组织党员上门走访，常态化通报。"
    leads = ["建立楼栋议事会，每月议一次", "开通线上反映渠道，让问题有人管", "组织党员上门走访，常态化通报"]
    assert _leads([story, "面对新问题，街道总结经验，拿出三项应对措施：" + listed]) == leads
    demanded = "区委要求，各街道要学习借鉴钓鱼城街道的经验，着力抓好三个方面：" + listed
    planned = "总结经验，下一步街道将采取三项措施：" + listed
    assert _leads([story, demanded]) == []
    assert _leads([story, planned]) == []


def test_a_double_dash_is_one_link_of_a_chain_of_levels_or_steps() -> None:
    """`“区——镇——新型主体党组织”三级…体系`: levels written with double dashes are the organisation's set-up, as with one
    dash (real set r134's shape; made-up text); steps so written and named a method stay a brand."""
    story = "某县推行楼栋议事，居民满意度提升。"
    assert _brands(story + "全县初步形成“县——镇——新型主体党组织”三级党建引领体系，推动产业升级。") == []
    assert _brands(story + "社区总结出“入户——倾听——回访”工作法，居民满意度明显提升。") == ["入户——倾听——回访"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound right after a count names the class counted, with 的 or without it: only the count is a figure
        ("全省共有186个800人以上安置点，其中已有97个成立了物业公司。", [("186个", 186.0), ("97个", 97.0)]),
        ("全区建成12个500平方米以上阵地。", [("12个", 12.0)]),
        ("在10个3000人以上的大型社区推开试点。", [("10个", 10.0)]),
        # the same bound said of one place, or as a rule's condition, stays a figure
        ("这个安置点搬迁群众达3000人以上，社区配了5名网格员。", [("3000人以上", 3000.0), ("5名", 5.0)]),
        ("对入住500人以上的小区，单独建立党支部。", [("500人以上", 500.0)]),
    ],
)
def test_a_bound_after_a_count_names_the_class_counted(text: str, expected: list[tuple]) -> None:
    assert [(raw, value) for raw, value, _ in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction in words counts no units: the noun right after it (人口, 家庭) is what it is a share of
        ("全市29个街乡镇被列入名单，占到了全市近四分之一人口。", [("29个", 29.0), ("近四分之一", 0.25)]),
        ("调查发现，三分之一家庭有老人需要照护。", [("三分之一", 0.3333)]),
        # the fraction written before 的 or at a clause end reads as it did
        ("参与议事的居民占全体居民的五分之二。", [("五分之二", 0.4)]),
        ("改造方案须经三分之二以上业主同意。", [("三分之二以上", 0.6667)]),
    ],
)
def test_a_fraction_in_words_before_the_noun_it_is_a_share_of(text: str, expected: list[tuple]) -> None:
    assert [(raw, round(value, 4)) for raw, value, _ in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `N层高`: how tall a building is, in storeys (RULEBOOK facts: a storey count of a building is a figure)
        ("片区里6层高的连片住宅是上世纪九十年代建的，一直没有电梯。", [("6层", 6.0)]),
        ("街道对面是一栋30层高楼，底商有12家。", [("30层", 30.0), ("12家", 12.0)]),
        # a floor stays no figure
        ("王阿姨住在6层，腿脚不便。", []),
    ],
)
def test_storeys_said_as_how_tall_a_building_is(text: str, expected: list[tuple]) -> None:
    assert [(raw, value) for raw, value, _ in _figures(text)] == expected


def test_the_subject_of_storeys_said_as_how_tall_is_the_building() -> None:
    from tasks.extract.facts import extract_facts

    facts = extract_facts("片区里6层高的连片住宅是上世纪九十年代建的，一直没有电梯。")
    assert [(f.raw, f.subject) for f in facts] == [("6层", "连片住宅")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years said as springs and autumns or winters and summers: durations in years, as 年头
        ("社工团队已在这里扎根了8个春秋。", [("8个春秋", 8.0, "年")]),
        ("老厂至此走完它45个风雨春秋。", [("45个风雨春秋", 45.0, "年")]),
        ("他在社区调解岗位上坚守了30个寒暑。", [("30个寒暑", 30.0, "年")]),
        # class hours keep their unit after 个, as 课时 alone does
        ("学员经过10个课时的学习，就能弹奏几首曲子。", [("10个课时", 10.0, "课时")]),
        ("这期培训班共32个学时。", [("32个学时", 32.0, "学时")]),
        # the seasons named as such are no duration
        ("春秋两季各办一次邻里节。", []),
    ],
)
def test_years_as_springs_and_autumns_and_class_hours_after_ge(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one number written with two magnitude words, digits before each
        ("全年共召开议事协调会510次，1万8千人次参加。", [("510次", 510.0), ("1万8千人次", 18000.0)]),
        ("活动累计服务居民3万5千人次。", [("3万5千人次", 35000.0)]),
        ("项目总投资1亿2000万元。", [("1亿2000万元", 120000000.0)]),
        ("预计参加人数在1万8千至2万人之间。", [("1万8千至2万人", 18000.0)]),
        # one magnitude word reads as before
        ("共有1万人参加，筹集资金3—5万元。", [("1万人", 10000.0), ("3—5万元", 30000.0)]),
    ],
)
def test_a_number_written_with_two_magnitude_words_is_one_number(text: str, expected: list[tuple]) -> None:
    assert [(raw, value) for raw, value, _ in _figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a classifier with 次 counts occurrences, as 人次 does: the unit as printed
        ("全年开设课程1480节次，出动机械800多台次。", [("1480节次", 1480.0, "节次"), ("800多台次", 800.0, "台次")]),
        ("办理事项1870余件次，劝离船只96艘次。", [("1870余件次", 1870.0, "件次"), ("96艘次", 96.0, "艘次")]),
        # 次 that starts the next word stays out
        ("当天办结民生实事3件，次日再议其余。", [("3件", 3.0, "件")]),
    ],
)
def test_a_classifier_with_ci_counts_occurrences(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit that opens with 千 is the unit, not 千 times a shorter unit or a magnitude with no unit
        ("街道新铺设雨污管网4.5千米。", [("4.5千米", 4.5, "公里")]),
        ("爱心企业捐赠大米500千克。", [("500千克", 500.0, "公斤")]),
        ("屋顶光伏装机容量300千瓦。", [("300千瓦", 300.0, "千瓦")]),
        # a voltage before the line it names is the kind of line; the lines are counted
        ("供电所新建10千伏线路2条。", [("2条", 2.0, "条")]),
        # kilowatt-hours said as degrees of electricity; a temperature stays no figure
        ("屋顶光伏年发电1.2万度电，室温提高了4到5度。", [("1.2万度电", 12000.0, "度")]),
        # 千 as a magnitude before another unit reads as before
        ("惠及居民3千余户，年发电量12万千瓦时。", [("3千余户", 3000.0, "户"), ("12万千瓦时", 120000.0, "千瓦时")]),
    ],
)
def test_units_that_open_with_a_magnitude_character(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the spoken hundred million with a classifier before it (`4.2个亿`): one magnitude
        ("这几年片区完成投资4.2个亿。", [("4.2个亿", 420000000.0, None)]),
        ("项目总投资约1.3个亿元。", [("约1.3个亿元", 130000000.0, "元")]),
        ("街道为改造争取资金两个亿。", [("两个亿", 200000000.0, None)]),
        ("街道共投资3亿元，建成小区12个。", [("3亿元", 300000000.0, "元"), ("12个", 12.0, "个")]),
    ],
)
def test_the_spoken_hundred_million_with_a_classifier(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected
