"""Section headings and what each section is about.

Case articles use numbered headings (`一、背景与起因`, `二、主要做法`); newspaper versions use short
un-numbered heading lines (`高位推进谋全局提升城市基层治理统筹力`). When a page has numbered headings,
only those count, so that short run-in lines inside a section are not promoted.
"""

from __future__ import annotations

import re

from tasks.records import Section

MAX_HEADING_CHARS = 40
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}部分)\s*\S")
_SENTENCE_PUNCT = re.compile(r"[。，,；;！!？?：:]")

# Section kind by the first keyword in the heading (order of appearance decides: `做法与成效` is
# practice). Un-numbered headings with no keyword that start with an action verb are practices.
KIND_KEYWORDS: dict[str, tuple[str, ...]] = {
    "background": ("背景", "起因", "缘起", "基本情况", "问题", "挑战", "现状", "概况"),
    # `经验做法` is the measures (a tie at one position goes to the kind listed first)
    "practice": ("经验做法", "做法", "举措", "措施", "路径", "实践", "探索", "机制", "模式"),
    "outcome": ("成效", "成果", "效果", "实效", "成绩"),
    "lesson": ("启示", "经验", "体会", "思考", "启发"),
    # plans are discussed, not done (`下一步工作打算`, `今后努力方向`)
    "discussion": (
        "探讨",
        "评论",
        "讨论",
        "展望",
        "建议",
        "点评",
        "专家",
        "下一步",
        "下步",
        "打算",
        "努力方向",
        "今后",
        # an editor's or reporter's comment after the report (`记者手记`, `编者按`): views, not what was done
        "记者手记",
        "记者观察",
        "编者按",
        "编后",
        "短评",
        # a recommendation form's verdict on the case (`【评语】`, `推荐意见`): the assessor's view, not what was done
        "评语",
        "推荐意见",
    ),
}
# The verbs a measure's head or paragraph opens with (`推进…`, `健全工作机制`); the practices extractor reads a
# paragraph that opens with one of these (or lexicon's MEASURE_OPENING_VERBS) as a run-in measure.
MEASURE_VERBS = (
    *("推进", "推动", "深化", "强化", "完善", "加强", "构建", "健全", "创新", "打造", "提升"),
    *("建立", "优化", "统筹", "整合", "夯实", "筑牢", "织密", "做实", "抓实", "聚焦", "坚持"),
)
# Words that make a heading with no section keyword a practice heading: the measure verbs and the genre's other
# heads of what was done (`全域…`, `高位…`, `共建共治`, `下好一盘棋`)
ACTION_WORDS = (
    *MEASURE_VERBS,
    *("激发", "强基", "全域", "高位", "突出", "凝聚", "引领", "服务", "共建", "共治", "共享", "下好", "做强", "做优"),
)


def is_numbered_heading(line: str) -> bool:
    return len(line) <= MAX_HEADING_CHARS and bool(_NUMBERED.match(line)) and "。" not in line[:-1]


def is_plain_heading(line: str) -> bool:
    """A short line with no sentence punctuation: a heading, never a caption or a sentence."""
    return 2 <= len(line) <= MAX_HEADING_CHARS and not _SENTENCE_PUNCT.search(line)


# A problem being solved (`破解停车难题`, `解决“谁来管”的问题`, `让小巷问题有人办`) names a measure: its problem
# word says what the measure answers, not that the section lists problems.
SOLVING_PROBLEM = re.compile(
    r"(?:解决|破解|化解|破除|补齐|补足|补|攻克|回应|聚焦|紧盯|直面|疏解)"
    r"(?:[^，,。“”]|“[^“”]{1,8}”){0,8}?(?:问题|困难|短板|不足|瓶颈|难点|痛点|难题)"
    r"|(?:问题|困难|难点|痛点|诉求)[^，,。]{0,2}?(?:有人[管办问帮]|就地办|马上办|快速办|解决|化解)"
)


# A heading in the disposal shape (`一、把“网”织密，…`, `把问题化解在楼栋里`) says what was done to something: a
# measure's head whatever nouns follow (把握, 把脉, 把关 are verbs of their own).
_CN_NUMBER = "[一二三四五六七八九十]{1,3}"
_DISPOSAL = re.compile(rf"^(?:{_CN_NUMBER}\s*[、.．]|[（(]{_CN_NUMBER}[)）])?\s*把(?![握脉关持])")


def classify(heading: str) -> str:
    if _DISPOSAL.match(heading):
        return "practice"
    heading = SOLVING_PROBLEM.sub("", heading)
    best_kind, best_pos = "other", len(heading) + 1
    for kind, words in KIND_KEYWORDS.items():
        for word in words:
            pos = heading.find(word)
            if 0 <= pos < best_pos:
                best_kind, best_pos = kind, pos
    if best_kind == "other" and any(verb in heading for verb in ACTION_WORDS):
        return "practice"
    return best_kind


def _first_of_two(paragraphs: list[str], i: int) -> int:
    """A heading printed on two short lines (`一网格一支部` / `四级组织一贯到底` / the paragraph: a news report's
    sub-heading and its second line) starts at its first line; three or more short lines in a row are a list or
    a block of captions, not one heading, and the last of them heads alone as before."""
    if (
        i >= 2
        and is_plain_heading(paragraphs[i - 1])
        and not is_plain_heading(paragraphs[i - 2])
        and not _MARKED_LINE.match(paragraphs[i - 1])
        and not _MARKED_LINE.match(paragraphs[i])
        and not REPORTER_LINE.match(paragraphs[i - 1])
    ):
        return i - 1
    return i


# A line opening with a bracket or a list number (`【主要做法】`, `1.“银帆”领航建组织`, `（供稿）`) is a label or a
# numbered head of its own, never half of a two-line heading.
# A reporter's byline in the body of a paper's page (`本报记者  李祉瑶`, `新华社记者 张三`): no half of a heading, no
# heading of a measure; two of them in one body mark a page of several reports (practices' `_compiled_reports`)
REPORTER_LINE = re.compile(r"^\s*[（(]?(?:本报|新华社|人民日报|央视)?(?:特约)?记者")
_MARKED_LINE = re.compile(r"^\s*(?:[【\[〖(（<《▍■●◆★]|\d|[一二三四五六七八九十]+[、.．])")


def split_sections(paragraphs: list[str]) -> list[Section]:
    """Headings in body order, each with the paragraphs up to the next heading."""
    numbered = [i for i, p in enumerate(paragraphs) if is_numbered_heading(p)]
    if numbered:
        starts = numbered
    else:
        starts = [
            _first_of_two(paragraphs, i)
            for i, p in enumerate(paragraphs[:-1])
            if is_plain_heading(p) and not is_plain_heading(paragraphs[i + 1])
        ]
    sections = []
    for ordinal, start in enumerate(starts, start=1):
        end = starts[ordinal] if ordinal < len(starts) else len(paragraphs)
        heading = paragraphs[start]
        sections.append(Section(ordinal, heading, classify(heading), "\n".join(paragraphs[start + 1 : end])))
    return sections
