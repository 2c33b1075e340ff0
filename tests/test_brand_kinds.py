"""Kinds of quoted terms that read like names but are generic, each with a coined counterpart that stays
a brand (tasks/extract/data/brands.toml, `generic_patterns` and the groups after it). The sentences are
made up for these tests; none is taken from a gold text."""

from __future__ import annotations

import pytest

from tasks.extract.brands import extract_brands


def terms(body: str, title: str | None = None) -> set[str]:
    return {b.term for b in extract_brands(body, title=title)}


@pytest.mark.parametrize(
    ("body", "generic", "coined"),
    [
        # a role system named after the role, beside a coined name
        ("该区推行“河长制”，同时推行“清溪红盟”联动机制。", "河长制", "清溪红盟"),
        # one-stop government service formulas
        ("便民中心推行“一窗受理、一次办好”，还推出“暖城通”小程序。", "一窗受理、一次办好", "暖城通"),
        # a problem counted by what is missing
        ("针对“三无楼院”，街道建立“楼事会”议事机制。", "三无楼院", "楼事会"),
        # a service form named by topic, people and time; a coined modifier names
        ("社区开设“反诈夜校”和“快递员子女假期托管班”，又开设“渔嫂课堂”。", "反诈夜校", "渔嫂课堂"),
        ("社区开设“快递员子女假期托管班”，又开设“渔嫂课堂”。", "快递员子女假期托管班", "渔嫂课堂"),
        # a governance term named by its manner or its level
        ("对物业企业实行“分级管理”，在小区推行“三色管理”。", "分级管理", "三色管理"),
        ("街道推广“楼栋自治”，打造“邻语坊”议事品牌。", "楼栋自治", "邻语坊"),
        # the colour mark on a level or on a stop-listed metaphor
        ("全区以“红色楼栋”为抓手，打造“山海红帆”品牌。", "红色楼栋", "山海红帆"),
        ("建强“红色领头雁”，打造“山海红帆”品牌。", "红色领头雁", "山海红帆"),
        # a word whose name-like ending belongs to another word
        ("社区保留“乡土社会”的纽带，推行“乡音议事会”。", "乡土社会", "乡音议事会"),
        # the ends of a change
        ("阵地从“三间屋”到“一片园”，建成“红帆驿站”。", "三间屋", "红帆驿站"),
        # a plain role even with a team word after it
        ("退休党员组成了“银龄巡查员”队伍，社区还推行“红色楼长”制度。", "银龄巡查员", "红色楼长"),
        # an award with its level between the verb and the quote
        ("该小区被评为市级“文明楼院”，社区推行“楼事会”议事机制。", "文明楼院", "楼事会"),
        # a description with 的
        ("街道打造“温暖的家”，还推出「暖城通」小程序。", "温暖的家", "暖城通"),
        # nationwide Party-member designations
        ("商户设立“党员示范摊”，社区设立“邻里帮帮站”。", "党员示范摊", "邻里帮帮站"),
        # meeting forms named by where they sit
        ("小区党支部开展“屋场会”，还推行“乡音议事会”。", "屋场会", "乡音议事会"),
        # bilingual classes
        ("社区开设“藏汉双语课堂”，还开设“渔嫂课堂”。", "藏汉双语课堂", "渔嫂课堂"),
    ],
)
def test_generic_kinds_are_not_brands_coined_names_are(body: str, generic: str, coined: str) -> None:
    found = terms(body)
    assert generic not in found
    assert coined in found


def test_a_headline_object_the_body_counts_is_a_metaphor() -> None:
    """`“小马扎”聊出好邻里` with `二十几把小马扎围成一圈` in the body: a thing, not the case's name."""
    body = "傍晚，二十几把小马扎围成一圈，居民在树下议事。社区把“小马扎”变成了干部群众同坐的议事桌。"
    assert "小马扎" not in terms(body, title="“小马扎”聊出好邻里")
    named = "社区推行“火塘议事”机制，每月召开一次火塘议事。"
    assert "火塘议事" in terms(named, title="“火塘议事”议出和美社区")
