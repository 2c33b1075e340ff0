"""Widespread terms of the genre (tasks/extract/data/generic_terms.csv) are no case's own brand, bare or
after a place name, while a coined name beside them stays a brand. The sentences are made up for these
tests; none is taken from a gold text."""

from __future__ import annotations

import csv
import tomllib

import pytest

from bench.lexicon_ablation import responsible
from tasks.extract.brands import CUES_TOML, extract_brands
from tasks.extract.generic_terms import GENERIC_TERMS_CSV, generic_terms, is_generic_term


def terms(body: str) -> set[str]:
    return {b.term for b in extract_brands(body)}


@pytest.mark.parametrize(
    ("body", "generic", "coined"),
    [
        # a nationwide activity word, quoted and led by a naming verb
        ("社区开展“敲门行动”，同时打造“青禾议事坊”议事品牌。", "敲门行动", "青禾议事坊"),
        # a widespread service form with the place in front of it
        ("东湖社区推出“东湖社区时间银行”，又建成“松涛邻里厅”。", "东湖社区时间银行", "松涛邻里厅"),
        ("街道打造“长者食堂”，并推出“银杏管家”服务品牌。", "长者食堂", "银杏管家"),
        # a worker station named after its business district, beside a coined station name
        ("街道在“滨江商圈骑手驿站”之外，推出“青柚驿家”服务品牌。", "滨江商圈骑手驿站", "青柚驿家"),
        # a metaphor of the genre and a nationwide meeting form
        ("街道召开“屋场会”，打造“石榴议事台”议事品牌。", "屋场会", "石榴议事台"),
        # a widespread service form led by a naming verb
        ("司法所开设“法律门诊”，创设“石桥夜话”品牌。", "法律门诊", "石桥夜话"),
        # a national five-year plan's name, quoted in a paper's report (real set, version 50)
        ("奋进“十五五”，街道推出“石桥邻里汇”服务品牌。“十五五”开局之年，社区大有可为。", "十五五", "石桥邻里汇"),
        # a region-wide programme, once in the stop list, now in the lexicon with its source
        ("驻村工作队推行“访惠聚”，又创设“沙枣议事坪”议事品牌。", "访惠聚", "沙枣议事坪"),
        # a community event held everywhere under the same name, with its place in front
        ("社区连续三年打造“桂园社区社区春晚”活动，同时打造“石板夜话”品牌。", "桂园社区社区春晚", "石板夜话"),
        # a nationwide body type named by a 2015 consultation opinion
        ("社区成立“居民议事会”，推出“枇杷议事亭”议事品牌。", "居民议事会", "枇杷议事亭"),
        # a national programme quoted with a naming verb
        ("社区建成“微型消防站”，打造“青檀守护岗”服务品牌。", "微型消防站", "青檀守护岗"),
        # round F families: a poverty-relief workshop, a government-service formula, a mediation room,
        # a province-wide service-centre name and a Party-member campaign (sentences made up)
        ("村里建起“扶贫车间”，又打造“桑园议事亭”议事品牌。", "扶贫车间", "桑园议事亭"),
        ("社区推行“首问负责”，同时打造“槐荫夜话”服务品牌。", "首问负责", "槐荫夜话"),
        ("小区成立“调解室”，又创设“竹影茶叙”议事品牌。", "调解室", "竹影茶叙"),
        ("街道推出“共享社·幸福里”，打造“银杉驿家”服务品牌。", "共享社·幸福里", "银杉驿家"),
        ("社区开展“亮身份”活动，推出“梧桐管家”服务品牌。", "亮身份", "梧桐管家"),
        # round G families (sentences made up): a national urban-planning formula, a province-wide rural
        # school, a government-service formula, a people's-congress and a CPPCC venue, a job form, a village
        # venue, a meeting of a named community, a service form, a rural body of the 一约四会 and a
        # province-wide government-service app
        ("街道推行“街区制”，同时打造“银桂议事廊”议事品牌。", "街区制", "银桂议事廊"),
        ("村里开办“农民夜校”，又创设“苍山议事坪”议事品牌。", "农民夜校", "苍山议事坪"),
        ("县里推行“容缺受理”，打造“枫林帮办”服务品牌。", "容缺受理", "枫林帮办"),
        ("镇里设立“人大代表联络站”，推出“稻香议事坊”议事品牌。", "人大代表联络站", "稻香议事坊"),
        ("区政协设立“委员工作室”，推出“荷塘议事会”协商品牌。", "委员工作室", "荷塘议事会"),
        ("社区推出“妈妈岗”，打造“石竹驿家”服务品牌。", "妈妈岗", "石竹驿家"),
        ("乡镇建起“村史馆”，打造“古樟课堂”宣讲品牌。", "村史馆", "古樟课堂"),
        ("东湖社区召开“东湖社区民情恳谈会”，又推出“芦花议事台”议事品牌。", "东湖社区民情恳谈会", "芦花议事台"),
        ("社区推行“群众点单”，打造“竹溪帮帮团”服务品牌。", "群众点单", "竹溪帮帮团"),
        ("村里成立“道德评议会”，创设“茶山说事”议事品牌。", "道德评议会", "茶山说事"),
        ("街道开通“天府通办”专窗，推出“芙蓉帮办”服务品牌。", "天府通办", "芙蓉帮办"),
        ("社区组建“妇女议事会”，推出“兰心议事厅”议事品牌。", "妇女议事会", "兰心议事厅"),
        ("城管推行“721工作法”，打造“枫叶城管驿站”服务品牌。", "721工作法", "枫叶城管驿站"),
        # round AG families (sentences made up): service forms, activities and campaigns seen in 3+ places, national
        # programmes cited by their document and a province-wide drive
        ("社区开办“爱心托管”，又推出“梧桐管家”服务品牌。", "爱心托管", "梧桐管家"),
        ("社区设立“共享工具”角，又推出“银杉驿家”服务品牌。", "共享工具", "银杉驿家"),
        ("村里建起“法治文化广场”，又打造“稻香议事坊”议事品牌。", "法治文化广场", "稻香议事坊"),
        ("理发师到社区开展“爱心义剪”，社区推出“兰心议事厅”议事品牌。", "爱心义剪", "兰心议事厅"),
        ("志愿者开展“爱心送考”，社区推出“青柚驿家”服务品牌。", "爱心送考", "青柚驿家"),
        ("镇里推广“广场舞”，又推出“荷塘议事会”协商品牌。", "广场舞", "荷塘议事会"),
        ("县里实施“头雁领航”工程，又创设“茶山说事”议事品牌。", "头雁领航", "茶山说事"),
        ("社区开展“干干净净迎新春”活动，推出“梧桐管家”服务品牌。", "干干净净迎新春", "梧桐管家"),
        ("市场监管所推行“双随机一公开”，又推出“枫林帮办”服务品牌。", "双随机一公开", "枫林帮办"),
        ("村里开展“三清一改”，打造“桑园议事亭”议事品牌。", "三清一改", "桑园议事亭"),
        ("居委会推行“积分制管理”，又推出“枇杷议事亭”议事品牌。", "积分制管理", "枇杷议事亭"),
        ("村里建起“互助幸福院”，又推出“青禾议事坊”议事品牌。", "互助幸福院", "青禾议事坊"),
        ("社区开设“社区托育”点，又推出“桂香檐灯”服务品牌。", "社区托育", "桂香檐灯"),
        ("街道推进“疏解整治促提升”，又推出“槐荫夜话”服务品牌。", "疏解整治促提升", "槐荫夜话"),
        ("社区开展“图书漂流”，又打造“古樟课堂”宣讲品牌。", "图书漂流", "古樟课堂"),
        ("村里推行“民事代办”，又推出“石板夜话”品牌。", "民事代办", "石板夜话"),
        ("县里推进“微网实格”治理，打造“银桂议事廊”议事品牌。", "微网实格", "银桂议事廊"),
        ("区里实施“技能中国行动”，又创设“苍山议事坪”议事品牌。", "技能中国行动", "苍山议事坪"),
        ("志愿者开展“关爱山川河流”行动，又推出“枫林帮办”服务品牌。", "关爱山川河流", "枫林帮办"),
        ("社区推广“智慧健康养老”，又推出“槐荫夜话”服务品牌。", "智慧健康养老", "槐荫夜话"),
        ("村里推行“三资管理”，又推出“青檀守护岗”服务品牌。", "三资管理", "青檀守护岗"),
        ("社区开展“谈心谈话”，又创设“茶山说事”议事品牌。", "谈心谈话", "茶山说事"),
        ("社区推进“早餐工程”，又推出“梧桐管家”服务品牌。", "早餐工程", "梧桐管家"),
        ("村里开展“秸秆禁烧”宣传，又打造“古樟课堂”宣讲品牌。", "秸秆禁烧", "古樟课堂"),
        ("社区建成“15分钟健身圈”，又推出“青柚驿家”服务品牌。", "15分钟健身圈", "青柚驿家"),
        ("社区开展“三减三健”活动，又推出“石板夜话”品牌。", "三减三健", "石板夜话"),
        ("村里建起“益农信息社”，打造“银桂议事廊”议事品牌。", "益农信息社", "银桂议事廊"),
        ("文化馆组建“文艺轻骑兵”志愿服务队，又打造“古樟课堂”宣讲品牌。", "文艺轻骑兵", "古樟课堂"),
    ],
)
def test_generic_term_is_not_a_brand(body: str, generic: str, coined: str) -> None:
    found = terms(body)
    assert generic not in found
    assert coined in found


@pytest.mark.parametrize(
    ("term", "generic"),
    [
        ("敲门行动", True),
        ("衡阳市敲门行动", True),  # a gazetteer division before the term
        ("桂花村时间银行", True),  # a grassroots unit the gazetteer does not list
        ("七里新村骑手驿站", True),  # a named estate before a worker station
        ("滨江商圈暖新驿站", True),  # a named business district
        ("金融大厦骑手驿站", True),  # a named office block
        ("红色骑手驿站", False),  # a coined modifier before the station
        ("新村骑手驿站", False),  # the kind of unit without its name
        ("邻里敲门行动", False),  # a coined modifier, not a place
        ("临泽县委员工作室", True),  # a county before a CPPCC members' venue
        ("红色委员工作室", False),  # a coined modifier before the venue
        ("红色物业联盟", False),  # the generic term is not the head
        ("时间", False),
    ],
)
def test_place_prefix(term: str, generic: bool) -> None:
    assert is_generic_term(term) is generic


def test_every_row_has_evidence_from_three_places_or_a_programme() -> None:
    """A row stands on 3+ localities seen, a nationwide programme, or a province-wide one (`双联户`, GUIDELINES)."""
    with GENERIC_TERMS_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    assert len(rows) == len(generic_terms())  # no term listed twice
    for row in rows:
        assert row["evidence"].strip(), row
        assert row["places"] in ("national", "province") or int(row["places"]) >= 3, row


@pytest.mark.parametrize(
    ("term", "generic"),
    [
        ("双向报到", True),  # round AG: `双报到` with the filler 向 inserted
        ("网格化员", True),  # `网格员` with the filler 化 inserted
        ("侨邻之家", False),  # `侨之家` with a coined character inserted
        ("向双报到", False),  # a character before the term is no insertion
        ("时间银行活动", True),  # a term and a plain head
        ("红色物业服务站", True),
        ("积分制管理制度", True),
        ("红色物业议事会", False),  # a body built on the term is the case's own
        ("红色物业联盟", False),
        ("活动", False),  # a head alone
    ],
)
def test_plain_variants_of_a_widespread_term(term: str, generic: bool) -> None:
    assert is_generic_term(term) is generic


def test_a_generic_word_before_the_term_is_not_a_place() -> None:
    assert not is_generic_term("街区党群服务中心")  # 街区 is a kind of place, not a place's name


def test_a_widespread_name_is_listed_once_in_the_lexicon_not_in_the_stop_list() -> None:
    """One way to say "not a case's own name": a term with evidence lives in generic_terms.csv only."""
    stop = set(tomllib.loads(CUES_TOML.read_text(encoding="utf-8"))["not_brands"])
    assert not stop & set(generic_terms())


def test_the_lexicon_audit_names_the_row_behind_a_moved_brand() -> None:
    """bench.lexicon_ablation blames the row a brand matches bare or after a place, and no row otherwise."""
    rows = {"敲门行动", "骑手驿站", "驿站"}
    assert responsible("衡阳市敲门行动", rows) == "敲门行动"
    assert responsible("七里新村骑手驿站", rows) == "骑手驿站"  # the longest row first
    assert responsible("红色骑手驿站", rows) == "?"
