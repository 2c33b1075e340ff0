"""The case's own measures (`practices`): numbered lists and run-in lead sentences anywhere in the body.

Case texts number their measures in several ways: `（一）…` paragraphs under `二、主要做法`, `1.`/`1、`
or `①` paragraphs in portal and e-paper pieces, `一是…二是…` inside one paragraph, and newspaper
reprints lead each measure paragraph with a short sentence (`推动街道赋权扩能。…`) or a colon
(`紧盯一个目标：…`). The rules, in order:

1. Scope: paragraphs outside sections about the background, results, lessons or comments (a list
   of problems or outcomes is not a measure), and never inside a quotation (a leader's `抓好三个
   方面：一是…` in quotes) or after an intro that names problems, results or plans (data:
   NOT_MEASURE_INTRO in the lexicon).
2. A list is a run of one marker family numbered 1, 2, 3 … without gaps (two items at least); a run
   whose paragraph before is a colon intro naming results, problems or plans (`…取得明显成效：`,
   `成效一览：`) lists those, unless the intro announces measures (`采取了以下措施：`).
3. The outermost list wins: paragraph-start families (`一、` paragraphs that are not section
   headings, `（一）`, `1.`, `①`) before `一是` inside paragraphs, so `一是/二是` nested in a `（一）`
   measure belong to their parent. When no numbered list is left: bulleted lead lines (`▶ 建站点：…`),
   then un-numbered sub-heading lines classed as practices, then run-in leads that stand in a list
   (two or more in adjacent paragraphs, short lead lines each followed by one paragraph, or leads of
   one shape with example paragraphs between them) and do not open like narration (a pronoun, a time
   word or 在: `这是…`, `上午九点,…`, `在南京,…`); a `一是…二是…` inside such a lead's paragraph is nested
   in its measure. Whole-line `【建组织：…】` heads and `其一，` ordinals head measures too.
4. The lead is the text after the marker up to the first `。；：` (or the line end); the measure's
   text is what follows it up to the next measure of the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from tasks.extract import lexicon as lx
from tasks.extract.numerals import parse_chinese
from tasks.extract.subjects import acts_after_opening, opens_narration
from tasks.header_lines import byline
from tasks.list_markers import (
    BAR_MARKS,
    BULLET_MARKS,
    CHINESE_DIGITS,
    CIRCLED,
    ENCLOSED_NUMBER,
    ENCLOSED_STYLES,
    LABELLED_ITEM,
    ORDINAL_ITEM,
    UNPOINTED_NUMBERS,
)
from tasks.records import Article
from tasks.sections import KIND_KEYWORDS, MEASURE_VERBS, REPORTER_LINE, SOLVING_PROBLEM, classify

MAX_HEADING_CHARS = 60
SUBHEAD_CHARS = 30  # a lead line this short is a sub-heading, with its measure's paragraph after it
_CN = CHINESE_DIGITS
# Paragraph-start marker families, outermost first.
_START_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn_comma", re.compile(rf"^([{_CN}]{{1,3}})\s*[、．.]\s*(?=\S)")),  # body paragraphs, not section headings
    ("paren_cn", re.compile(rf"^[(（]([{_CN}]{{1,3}})[)）]\s*")),
    # `做法一：`, `举措二：`: a label of what was done with its ordinal, the way experience write-ups and portal
    # reports number their measures (tasks/list_markers.py; `成效一：`, `启示二：` never start such a list)
    ("labelled", re.compile(rf"^{LABELLED_ITEM}\s*(?=\S)")),
    ("arabic", re.compile(r"^(\d{1,2})\s*[.．、](?!\d)\s*")),
    ("paren_arabic", re.compile(r"^[(（](\d{1,2})[)）]\s*")),
    # `1）`, `2)`: the closing half of the bracket alone, as Word lists and many reports print it
    ("half_paren_arabic", re.compile(r"^(\d{1,2})\s*[)）]\s*(?=\S)")),
    ("circled", re.compile(rf"^([{CIRCLED}])\s*")),
    # `⑴`, `⒈`, `㈠`, `❶`, `Ⅰ.`: the other one-character styles, a family each (tasks/list_markers.py)
    *(
        (style, re.compile(rf"^([{chars}])\s*[.．、]{'' if style == 'roman' else '?'}\s*(?=\S)"))
        for style, chars in ENCLOSED_STYLES.items()
    ),
    # `第一，理顺街道职责。` `其一，建强组织体系。` `第二步：整合资源。`: ordinal words of the sentence (marker null)
    ("ordinal", re.compile(rf"^{ORDINAL_ITEM}\s*")),
)
# The list markers a sub-heading line may open with (`1．`, `（2）`, `③`)
_HEAD_MARKERS = tuple(
    (f, p)
    for f, p in _START_FAMILIES
    if f in ("labelled", "arabic", "paren_arabic", "half_paren_arabic", "paren_cn", "circled", *ENCLOSED_STYLES)
)
# `一是党建“聚”起来` as a sub-heading line: the enumerating word is the heading's marker, as in a paragraph's
# `一是…二是…` list, and the lead starts after it.
_SHI_HEAD_MARKER = re.compile(rf"^[{_CN}]{{1,2}}是(?=[^\s，,。：:])")
# Families whose number is a word of the sentence or page decoration, not a printed list marker.
_UNMARKED = frozenset({"ordinal"})
# `一方面，…` / `另一方面，…`: the two sides of one point a paragraph makes, never the items of a list
_TWO_SIDES = re.compile(r"^(?:一|另一)方面[，,]")
# A speech turning to its audience (`同志们，…`, `各位同志，…`): the speaker's exhortation, never a measure's lead.
_ADDRESS = re.compile(r"^(?:同志们|各位(?:同志|领导|代表)?)[，,！!]")
# The reporter in a feature's scene (`记者旁听了一场…`, `笔者在小区看到`): narration, never a measure's lead.
_REPORTER = ("记者", "笔者", "小编", "采访中")
# `第一，…第二，…` / `其一，…其二，…` inside one paragraph (`答：主要有三条。第一，…`), but not a ranking
# (`居全省第一，`) nor `尤其`/`极其`.
# (the test of the character before 第/其 stands after it, `[第其](?<!X[第其])`, the same matches as `(?<!X)[第其]`:
# the pattern opens with a character set and the scan jumps between them instead of trying every character)
_INLINE_ORDINAL = re.compile(
    rf"[第其](?<![居列排名获位得夺尤极][第其])([{_CN}]{{1,2}})[，,、：:](?=[^，,。；;：:]{{2}})"
)
# `①…；②…` and `（1）…；（2）…` inside one paragraph (`主要做法有三：①建立联席会议；②推行清单管理`).
_INLINE_MARKED = re.compile(rf"(?:([{UNPOINTED_NUMBERS}])|[(（](\d{{1,2}})[)）])\s*(?=[^，,。；;：:]{{2}})")
# A heading numbered as WeChat decoration: `01 阵地建起来`, `02｜队伍强起来`.
# Capital numerals count such headings too (`壹｜议出来：…`, GUIDELINES h1117): decoration like `01`.
_DECOR_NUMBER = re.compile(
    r"^(?:0\d|\d{2}|(?:PART|Part|part|NO|No|no)\.?\s*0?\d|[壹贰叁肆伍陆柒捌玖拾]{1,2})(?:\s+|\s*[｜|/丨.．]\s*)(?=\S)"
)
# A dash bullet before a heading line (`- 青年在哪里，组织就建到哪里`, `—— 阵地建起来`): decoration, not the lead's.
_DASH_BULLET = re.compile(r"^[-–—]{1,2}\s*(?=[^-–—\s])")
# A demand or request by someone else (`…提出，城市社区要抓好三个方面：一是…`): what to do, not what was done.
# `主要`, `重要`, `需要`, `只要` hold 要 without demanding (`结合…部署，…主要抓了三件事：`).
_DEMAND = re.compile(
    r"(?:提出|强调|要求|指出|希望|部署|号召)[^。！？]*?(?:(?<![主重需只纲])要|必须|应当|应该)"
    # `市委组织部要求我们在三个方面下功夫：一是…`: what a superior asked of the speaker, not what was done
    r"|要求(?:我们|大家|各级|各地|各)[^。！？，,]*[：:]\s*$"
)
# A clock time opens narration (`8点10分，她敲开了…`, `下午2点半，…`).
_CLOCK = re.compile(
    r"^(?:[上下]午|早上|晚上|傍晚|中午|凌晨)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[点时:：]\s*(?:\d{1,2}分|半|\d{2})?"
)
# A sentence that describes a place or a body (`仁怀市是贵州省遵义市代管的县级市`) is background, not a measure.
# `两年多前，这里的院落还是另一番模样：` a time point before the case: narration of how it was.
_TIME_AGO = re.compile(r"^(?:[\d一二三四五六七八九十两几多]+[多余]?个?(?:年|月|天|周|星期)多?)(?:以前|之前|前)[，,]")
# `规则出台之初，也有居民担心…`, `改造完成之后，…`: a clause that dates what follows opens narration, not a measure.
# A line that opens with a full date (`2018年11月05日13:35 来源：…`, `2024-05-21 07:30`) is a dateline or a
# news item's opening, not a measure's lead.
_DATE_OPENING = re.compile(r"^\s*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})")
# A news item's dateline before its colon (`央视网消息（新闻联播）`, `本报讯（记者 王五）`, `新华社北京7月1日电`): the
# outlet's, never a measure's lead (real set r092)
_OUTLET_DATELINE = re.compile(r"^[^，,。；;]{0,16}(?:消息|讯|电)(?:[（(][^）)]{0,24}[）)])?$")
# An e-paper's continuation note (`（下转第六版）`, `（上接第五版）`): page furniture, never half of a head
_PAGE_JUMP = re.compile(r"^[（(](?:上接|下转|接|转)第?[\d一二三四五六七八九十]+版[）)]$")
# A month and day opening a head (`7月13日，辽宁沈阳启动防汛一级应急响应`): a story's chronology (real set r073)
_DAY_OPENING = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")
_TIME_CLAUSE = re.compile(r"^[^，,。；;：:]{2,12}?(?:之初|初期|伊始|之后|以后|之际|期间)[，,]")
# `院落有了“主心骨”` tells a change, `议定的事有人盯到底` who sees to it: neither describes a place
# `拉家常，也是林丹的一种工作法`: a clause then what it is (`也是`, `就是`, `这是`) comments on the story, not a measure
_COMMENT = re.compile(r"^[^，,。]{1,12}[，,](?:这|这也|这就)?(?:也|就|正|才)?是")
# `2021年，`, `2019年3月，`, `2020年底，`, `2023年的一天，`: a year, alone or with its month or a time word, dating the
# clause after it
_YEAR_OPENING = re.compile(r"^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[^，,。；;：:]{0,4}[，,]")
_COPULA = re.compile(r"^[^，,。]{2,12}?(?:是|位于|地处|地属|辖|有(?![了人]))")
# The label of a template's part that holds the measures (`主要做法`, `具体做法`, `工作举措`): it names no measure.
_MEASURES_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{0,4}(?:做法|举措|措施)\s*$")
# A cleft sentence (`联席会上最难办的一件事，是园区一条断头路的打通。`, `变化最大的，是…`): a story's point, told
# about a thing, not a measure's lead (which says what was done).
_CLEFT = re.compile(r"^[^，,。]{2,20}的[^，,。的]{0,6}[，,]是")
# Sentence and clause ends the intro and heading rules split on, compiled once (not per call).
_SENTENCE_SPLIT = re.compile("[。！？]")
_CLAUSE_SPLIT = re.compile("[，,；;]")
# WeChat's picture bullets (`🔹`, `📌`, `👉`, `✅`), decoration like `▶` wherever that is.
# Decoration before a credit line (`▍来源：…`).
_EDGE_DECOR = re.compile(rf"^[{BAR_MARKS}{BULLET_MARKS}\s]+")
# A question in an interview (`问：下一步有什么打算？`): it says what its answer is about.
_SPEAKER = re.compile(r"^(?:答|[\u4e00-\u9fff·]{2,5})[:：]")
_QUESTION = re.compile(r"^(?:问|记者|主持人)[:：]|[?？]$")
# A bracketed head opening a paragraph (`【建阵地】把党群服务站建到楼宇里。`): WeChat and portal pieces head
# each measure so; an editor's label in brackets (`【编者按】`, `【记者手记】`) is not a measure.
# A whole line in brackets heads the paragraphs under it (`【建组织：让“流动红”有家可归】`, lead up to the colon).
_BRACKET_HEAD = re.compile(r"^【([^】]{2,30})】\s*")
# Sequence words opening paragraphs (`首先，…` `其次，…` `最后，…`): a list without markers (marker null).
_SEQUENCE = re.compile(r"^(首先|其次|再次|第三|最后)[，,、：:]\s*")
_SEQUENCE_NUMBER = {"首先": 1, "其次": 2, "再次": 3, "第三": 3}
# The same words opening sentences inside one paragraph (`全省主要从三方面发力。首先，统一建设标准，…。其次，…。
# 最后，…`): an inline list like `第一，…第二，…` (GUIDELINES, decided for h226: ordinal words, marker null).
_INLINE_SEQUENCE = re.compile(r"(?:^|(?<=[。；;！：:]))\s*(首先|其次|再次|最后)[，,、](?=[^，,。；;：:]{2})")
# Decoration bullets that open un-numbered sub-heading lines (`▶ 建站点：把阵地建在商户身边`).
# Compilation entries dash their measures under `【做法】` (`——沿产业链建组织。…`; GUIDELINES, decided for h126).
# A WeChat repost copied as text keeps its list dots and hyphens (`· 沿产业链建组织。…`, `- 沿产业链建组织。…`).
# WeChat's picture bullets likewise (`🔹 在楼道里烧起“火塘”`).
_BULLET = re.compile(rf"^(?:[{BULLET_MARKS}]+|—{{1,2}}(?=[^—\s])|[-–](?=\s|[\u4e00-\u9fff]))\s*")
_INLINE = re.compile(rf"([{_CN}]{{1,3}})是(?=[^，,。；;：:]{{2}})")
# A colon ends a lead, except between digits: a ratio (`按5:3:2的权重`) or a clock time (`8:30`) inside it.
_LEAD_END = re.compile(r"[。；;！？】]|(?<![0-9０-９])[：:]|[：:](?![0-9０-９])")
# (a paragraph opening with a quotation is speech, except a quoted key word of one or two characters that the lead's
# words go on from: `“摸”清民情，让服务更精准。`, `“聚”起来：…`)
_RUN_IN = re.compile(
    r"^(?![“「\"](?![\u4e00-\u9fff]{1,2}[”」\"][\u4e00-\u9fff]))"
    r"((?:[^。！？；;：:]|(?<=[0-9０-９])[：:](?=[0-9０-９])){2,24})([。：:])"
)
# A sentence of plans (`面对新形势，全市将进一步…`, `下一步，…`): the coda of a report, not a measure.
_CODA = re.compile(r"[^。！？]*?(?:将(?:进一步|继续|持续|着力|不断)|下一步|今后)")
# A problem being solved (`破解停车难题`, `让小巷问题有人办`) names a measure, not a list of problems.
_SOLVING = SOLVING_PROBLEM
# A sentence announcing what comes next (`下一步，我们将重点做好三项工作`, `今后，街道将…`), plans not measures
# (review AA: moves d1434 only, the one development text whose plan sentence stands alone before its list; kept,
# the plan words are the genre's closing plans, as _CODA)
_PLAN_SENTENCE = re.compile(r"^\s*(?:下一步|今后|接下来|未来)[，,]")
# The problems a list answers (`针对这些问题，我们…主要抓了三个方面：一是…`): named as what the measures respond to,
# they do not make the list one of problems.
_RESPONDING = re.compile(
    r"(?:针对|面对|面向|围绕|着眼|为了?(?:解决|破解|化解|应对))[^，,。：:]{0,20}?"
    r"(?:问题|困难|短板|不足|瓶颈|挑战|难点|痛点|难题)"
)
# Problems still waiting to be solved (`需要解决的问题`, `有待破解的难题`): a list of them names shortcomings; so do
# problems said to remain or be faced still, and worries heard, after the work is told (`工作中还有一些难题：一是…`,
# `还面临一些难题：`, `记者也听到一些担忧：一是…`; RULEBOOK practices: problems and a reporter's worries are no
# measures; first sight d1095 41st set, d1666 65th, d1691 66th)
_PROBLEMS_LEFT = re.compile(
    r"(?:需要|有待|亟待|亟需|急需|尚待|仍需|还需|待)(?:进一步|认真|着力)?(?:解决|破解|化解)的?[^，,。：:]{0,6}?(?:问题|困难|难题)"
    r"|(?:还|仍|也)(?:有|存在|面临|面对|听到)[^，,。：:；;]{0,6}?(?:问题|困难|难题|担忧|顾虑|隐忧)[：:]?\s*$"
)
# Round AD (d1832 71st set, `进城牧民在城里生活主要面临三个难题：一是…`; the kind of d1095 41st, d1666 65th, d1691
# 66th): problems a group faces or that exist, right before the list, are problems without 还/仍/也 too, unless a
# verb of solving or answering them comes before in the clause (`着力破解新市民面临的三个难题：`; the verbs of
# _SOLVING and _RESPONDING)
_PROBLEMS_FACED = re.compile(
    r"^(?:(?!解决|破解|化解|破除|攻克|回应|聚焦|紧盯|直面|针对|面对|面向|围绕|着眼)[^，,；;])*"
    r"(?:面临|存在)着?[^，,。：:；;]{0,6}?(?:问题|困难|难题)[：:]?\s*$"
)
# What people complain of or care about most, right before the list (`骑手们反映较多的一是…`, `居民最头疼的有三件事：`):
# their problems or wishes, which the measures answer, not the measures.
_COMPLAINTS = re.compile(
    r"(?:(?:反映|吐槽|抱怨|诉求|呼声)[^，,。；;：:]{0,3}?(?:较多|最多|集中|强烈|最高|比较多)"
    r"|(?:最|较|比较)(?:关心|关注|头疼|头痛|发愁|烦心|犯难|着急|揪心|盼望|期盼))"
    r"的[^，,。；;：:]{0,8}[：:]?\s*$"
)
# A clause that takes up what people raise (`围绕群众最关心的三件事：一是…`): the measures answering it follow.
_ANSWERING = re.compile(r"针对|面对|围绕|聚焦|着眼|回应|解决|破解|办好|办理|抓住")
# Experience borrowed from elsewhere (`借鉴杭州、深圳等地楼宇党建的经验，打造…品牌，做法是：一是…`) is where the
# measures come from, not lessons the case draws.
_BORROWED = re.compile(r"(?:借鉴|学习|参考|吸收|吸取|引进)[^，,。：:；;]{0,24}?(?:经验|做法|模式)")
_QUOTED_NAME = re.compile(r"“[^“”]{1,20}”|「[^「」]{1,20}」|《[^《》]{1,30}》")
# A paragraph tallying what the case achieved so far (`一年多来，…`, `截至目前，…`).
_TALLY = re.compile(r"^(?:[\d一二三四五六七八九十两几多]+个?(?:年|月)多?来|截至目前|截止目前)[，,]")
# results as the object the organisation puts to use, shares or shows (`用好议事成果`, `共享成果`, `把成果晒出来`): a
# step of the work, like `成果转化` (round AC, first sight d1263 44th set, d1348 47th, d1487 57th, d1783 69th)
_RESULTS_PUT_TO_USE = re.compile(
    r"成果(?:转化|运用|应用|落地|共享)"
    r"|(?:用好|用活|用足|运用|转化|共享|分享|晒出?|亮出?)[\u4e00-\u9fff]{0,2}?成果|把[\u4e00-\u9fff]{0,2}?成果"
)
# A meeting report narrates the meeting: what it stressed or demanded, who toured what, who attended and
# spoke (`会议强调，要…`, `与会代表现场观摩了…`, `省委常委…出席会议并讲话`). Such leads are the meeting's
# story, not the case's measures, however parallel they stand.
_MEETING_NARRATION = re.compile(
    r"^(?:会议|会上|大会|与会[\u4e00-\u9fff]{0,4}?)(?:现场|还|并|一致)?"
    r"(?:强调|指出|要求|提出|认为|明确|部署|号召|观摩|参观|考察|听取|审议|通报|传达|学习|交流|研究)"
    r"|(?:出席|主持|参加)(?:会议|大会|活动|仪式)(?:并(?:讲话|致辞|发言))?"
)
_SPEECH_END = ("说", "表示", "指出", "强调", "认为", "介绍", "坦言", "感慨", "告诉记者")
_EXCLUDED_KINDS = frozenset({"background", "outcome", "lesson", "discussion"})


@dataclass(frozen=True, slots=True)
class Practice:
    section_ordinal: int | None
    ordinal: int
    marker: str | None
    numbered: bool
    heading: str
    text: str
    char_start: int  # offset of the heading in articles.body


@dataclass(frozen=True, slots=True)
class _Item:
    para: int
    start: int  # offset of the marker inside the paragraph
    lead_start: int  # offset of the lead inside the paragraph
    number: int
    marker: str | None


def paragraph_offsets(paragraphs: tuple[str, ...]) -> list[int]:
    """Start of each paragraph in the body (paragraphs are joined by one newline)."""
    offsets, pos = [], 0
    for p in paragraphs:
        offsets.append(pos)
        pos += len(p) + 1
    return offsets


def section_spans(article: Article) -> list[tuple[int, int, int]]:
    """(section ordinal, heading paragraph index, end paragraph index) for each section."""
    starts: list[tuple[int, int]] = []
    cursor = 0
    for section in article.sections:
        for i in range(cursor, len(article.paragraphs)):
            if article.paragraphs[i] == section.heading:
                starts.append((section.ordinal, i))
                cursor = i + 1
                break
    return [
        (ordinal, start, starts[k + 1][1] if k + 1 < len(starts) else len(article.paragraphs))
        for k, (ordinal, start) in enumerate(starts)
    ]


def _ordinal_of(marker: re.Match[str]) -> int | None:
    """The number a list marker's match holds (its one numbering group that took part)."""
    return _number(next(g for g in marker.groups() if g is not None))


def _number(token: str) -> int | None:
    if token.isdecimal():
        return int(token)
    if token in ENCLOSED_NUMBER:
        return ENCLOSED_NUMBER[token]
    value = parse_chinese(token)
    return int(value) if value is not None else None


def _quote_depth(text: str, end: int) -> int:
    return max(0, text.count("“", 0, end) - text.count("”", 0, end)) + max(
        0, text.count("「", 0, end) - text.count("」", 0, end)
    )


def _runs(items: list[_Item]) -> list[list[_Item]]:
    """Runs numbered 1, 2, 3 … (a new 1 starts a new run); runs of one item are dropped."""
    runs: list[list[_Item]] = []
    for it in items:
        if it.number == 1:
            runs.append([it])
        elif runs and it.number == runs[-1][-1].number + 1:
            runs[-1].append(it)
    return [r for r in runs if len(r) >= 2]


# `社区的做法可以概括为“三个到位”：一是…`, `说起具体做法，…可以归纳为“三步走”：首先，…`: a quoted name that sums up the
# measures (the sentence names them 做法/举措/措施 and sums them up) announces the measure list, not the parts of one
# named mechanism (RULEBOOK: `做法可以概括为“三步走”：首先，…` is the list)
_MEASURES_SUMMED_UP = re.compile(
    r"(?:做法|举措|措施)[^。：:]{0,24}?(?:概括|归纳|总结|提炼)为[“「][^”」]{1,12}[”」][：:]$"
)


def _intro_excludes(paragraph: str, start: int) -> bool:
    """The words before an inline list say it lists problems, results, plans or someone's demands."""
    intro = paragraph[:start]
    sentences = _SENTENCE_SPLIT.split(intro) if intro else [""]
    sentence = sentences[-1]
    if not sentence.strip() and len(sentences) > 1:
        # `这些做法带来了一些变化。一是矛盾少了。`: a list opening its own sentence is announced by the one before
        # when that one names results; problems named there (`群众反映的问题很多。一是…`) are what it answers
        # `下一步，我们将重点做好三项工作。第一，…`: a list announced by a plan sentence lists plans (round AA, d1434)
        return any(cue in sentences[-2] for cue in lx.RESULTS_INTRO) or _PLAN_SENTENCE.match(sentences[-2]) is not None
    if (
        sentence.rstrip().endswith(("：", ":"))
        and sentence.rstrip(" ：:").endswith(("”", "」"))
        and not _MEASURES_SUMMED_UP.search(sentence.rstrip())
    ):
        return True  # `“三张清单”：一是需求清单…` lists the parts of one named mechanism
    if _PROBLEMS_LEFT.search(sentence):
        return True  # `也发现了一些需要解决的问题：一是…`: problems still to solve, not a problem being solved
    if _PROBLEMS_FACED.search(_CLAUSE_SPLIT.split(sentence)[-1]):
        return True  # `进城牧民主要面临三个难题：一是…`: the problems the measures answer
    if _COMPLAINTS.search(sentence) and not _ANSWERING.search(_CLAUSE_SPLIT.split(sentence)[-1]):
        return True  # `骑手们反映较多的一是…`: what people complain of (`围绕群众最关心的三件事：` answers them)
    sentence = _BORROWED.sub("", _RESPONDING.sub("", _SOLVING.sub("", sentence)))
    if any(cue in sentence for cue in lx.MEASURE_INTRO):
        # `据了解，孝义市的做法主要有三个方面：一是…`: hearsay says where the reporter heard of the measures
        sentence = sentence.replace(lx.HEARSAY_INTRO, "")
        if _measures_named_last(sentence):
            return False
    return any(cue in sentence for cue in lx.NOT_MEASURE_INTRO) or bool(_DEMAND.search(sentence))


# Of the cues that exclude a list, those an earlier clause still decides by: plans (`将` covers `将继续`) and dated
# tallies
_PLAN_OR_TIME_CUES = ("下一步", "今后", "明年", "打算", "设想", "展望", "截至", "将")


def _measures_named_last(sentence: str) -> bool:
    """`总结经验，他们拿出三项应对措施：第一，…`: the clause right before the list names measures and nothing else, and
    no earlier clause speaks of plans: what an earlier clause says (the lessons summed up, the problems met) leads
    to the measures listed (real set r075)."""
    *earlier, last = _CLAUSE_SPLIT.split(sentence)
    if not earlier or not any(cue in last for cue in lx.MEASURE_INTRO):
        return False
    if any(cue in last for cue in lx.NOT_MEASURE_INTRO) or _DEMAND.search(last):
        return False
    if _DEMAND.search(sentence) or _MODAL.search(sentence):
        return False  # `要求，各镇街要学习借鉴…经验，着力抓好三个方面：`: what someone asks for
    return not any(cue in clause for clause in earlier for cue in _PLAN_OR_TIME_CUES)


def _introduced_as_not_measures(paras: tuple[str, ...], first: int) -> bool:
    """A list whose paragraph before ends in a colon naming results, problems or plans
    (`…取得明显成效：`, `成效一览：`) lists those, not measures."""
    if first == 0:
        return False
    intro = paras[first - 1].rstrip()
    announces_measures = any(cue in intro for cue in lx.MEASURE_INTRO)
    return intro.endswith(("：", ":")) and not announces_measures and _intro_excludes(intro, len(intro))


def _answers_elsewhere(paras: tuple[str, ...], i: int) -> bool:
    """An interview answer whose question asks about problems, results or plans (`问：下一步有什么打算？`)."""
    if i == 0 or not _QUESTION.search(paras[i - 1]) or len(paras[i - 1]) > MAX_HEADING_CHARS:
        return False
    # a quoted name is no word of the question (`“甘霖计划”是怎么做的？` asks how, not about a plan)
    question = _QUOTED_NAME.sub("", paras[i - 1])
    if any(cue in question for cue in lx.HOW_QUESTION_CUES) and not any(cue in question for cue in lx.PLAN_CUES):
        return False  # `针对这些问题，街道是怎么做的？`: asks for the measures
    return (
        any(cue in question for cue in (*lx.NOT_MEASURE_INTRO, *lx.PLAN_CUES)) or classify(question) in _EXCLUDED_KINDS
    )


def _inline_items(paras: tuple[str, ...], scope: list[int], pattern: re.Pattern[str], marked: bool) -> list[_Item]:
    items = []
    for i in scope:
        # the intro before a paragraph's first item decides for its list: later items follow the items'
        # own text (`三是建机制：…上报…问题1340条；四是建关怀：`), which is no intro
        listed: bool | None = None
        for m in pattern.finditer(paras[i]):
            number = _number(next(g for g in m.groups() if g is not None))
            if number is None or _quote_depth(paras[i], m.start()):
                continue
            if listed is None or number == 1:
                # a second `一是` in the paragraph opens another list with its own intro (a speech's goals, then
                # what was done, then problems and plans: GUIDELINES h472, h497)
                listed = not _intro_excludes(paras[i], m.start())
            if not listed:
                continue
            if _topic_head(paras[i][m.end() :]):
                continue  # `第一，关于基本思路。`: a speech's part, not a measure
            items.append(_Item(i, m.start(), m.end(), number, m.group(0) if marked else None))
    return [
        it for run in _runs(items) if not _normative(paras, run) and not _changes_observed(paras, run) for it in run
    ]


# `矛盾少了`, `人气旺了`, `感情深了`: a thing, then an adjective of more, less or better and 了: a change seen
_CHANGE_SEEN = re.compile(
    r"^[\u4e00-\u9fff“”]{1,6}?(?:更|也|越来越|明显)?[少多旺深高低好强顺亮美净畅近暖稳齐活富宽亲熟浓]了$"
)


def _changes_observed(paras: tuple[str, ...], run: list[_Item]) -> bool:
    """An inline list whose every lead is a change seen (`一是矛盾少了；二是人气旺了；三是感情深了`): results, not
    what the organisation did, however it is introduced."""
    leads = [_LEAD_END.split(paras[it.para][it.lead_start :], maxsplit=1)[0] for it in run]
    return all(_CHANGE_SEEN.match(re.split(r"[，,]", lead, maxsplit=1)[0].strip()) for lead in leads)


# `组织设置要跟着产业走`, `必须坚持…`: a lead that says what ought to be done (要求, 主要, 需要 are other words)
# (`要(?<!X要)`: the same matches as `(?<!X)要`, with every branch opening with a literal, which the scan jumps to)
_MODAL = re.compile(r"要(?<![主重需只纲想]要)(?![求素点])|应当|应该|必须")


def _normative(paras: tuple[str, ...], run: list[_Item]) -> bool:
    """An inline list whose every lead says what ought to be done (`一是组织设置要跟着产业走；二是服务方式要对准青年
    口味`): lessons drawn or demands made, however it is introduced, not what the organisation did."""
    leads = [_LEAD_END.split(paras[it.para][it.lead_start :], maxsplit=1)[0] for it in run]
    return all(_MODAL.search(lead) for lead in leads)


def extract_practices(article: Article) -> list[Practice]:
    paras = article.paragraphs
    if _compiled_reports(paras):
        return []
    offsets = paragraph_offsets(paras)
    section_of: dict[int, int] = {}
    excluded: set[int] = set()
    headings: set[int] = set()
    kinds = {s.ordinal: s.kind for s in article.sections}
    for ordinal, head, end in section_spans(article):
        headings.add(head)
        for i in range(head, end):
            section_of[i] = ordinal
            if kinds.get(ordinal) in _EXCLUDED_KINDS:
                excluded.add(i)
    scope = [
        i
        for i in range(len(paras))
        if i not in excluded
        and i not in headings
        and not _answers_elsewhere(paras, i)
        and not _labelled_not_measures(paras[i])
    ]

    chosen: list[_Item] = []
    for family, pattern in _START_FAMILIES:
        items = []
        for i in scope:
            m = pattern.match(paras[i])
            number = _ordinal_of(m) if m else None
            if m and number is not None:
                marker = None if family in _UNMARKED else m.group(0).strip()
                items.append(_Item(i, 0, m.end(), number, marker))
        runs = [
            r
            for r in _runs(items)
            if not _introduced_as_not_measures(paras, r[0].para)
            # `第一，要在减负增效上下功夫。` … `第四，要在…上下功夫。`: a speech's demands, as an inline list's are
            and not (len(r) >= 2 and _normative(paras, r))
        ]
        if runs and family in _STEP_FAMILIES and len(runs) == 1 and (leads := _leads_around(paras, scope, runs[0])):
            chosen = [_Item(i, 0, 0, k, None) for k, i in enumerate(leads, start=1)]
            break
        if (
            runs
            and family in _STEP_FAMILIES
            and len(runs) == 1
            and _steps_of_one_part(runs[0], headings, section_of)
            and len(_heading_lines(paras, sorted(headings), kinds, section_of, excluded)) >= 3
        ):
            # `【议事在架下】…（1）说…（5）评` under `【院落有支部】`, `【服务到院里】`: the steps of one measure's
            # procedure, nested in the part its heading line heads; the heading lines are the measures
            continue
        if runs:
            # `一、基本情况。…` paragraphs number the parts of the article, not its measures
            chosen = [it for run in runs for it in _without_outcome_line(paras, _kept_with_siblings(paras, run))]
            if chosen:
                break
    if not chosen:
        chosen = _numbered_headings_as_measures(paras, sorted(headings), kinds, section_of)
    if not chosen:
        # heading lines come before lists inside paragraphs: a `一是…二是…` in the lead summarises the
        # measures the lines then head, and one under a heading line is nested in its measure
        heads = _heading_lines(paras, sorted(headings), kinds, section_of, excluded)
        if heads:
            return _from_subheadings(article, heads, offsets, section_of)
    if not chosen:
        # paragraphs headed by a sequence word, a bracketed head or a bullet: outer to lists inside them
        chosen = _sequence_items(paras, scope)
    if not chosen:
        heads = [
            i
            for i in scope
            if (m := _BRACKET_HEAD.match(paras[i]))
            and not m.group(1).removeprefix("典型").startswith(lx.EDITORIAL_LABELS)
            and not _labelled_furniture(paras[i])
            and m.group(1).strip() not in lx.AD_LABELS
            and not m.group(1).strip().startswith(lx.AD_LABEL_OPENINGS)
            and (classify(m.group(1)) not in _EXCLUDED_KINDS or _checks_the_work(m.group(1)))
            # `【主要做法】（1）…（2）…`: the label of the part that holds the measures is none of them (`【建机制：…】`
            # builds one: a measure)
            and not _MEASURES_LABEL.match(m.group(1))
        ]
        labelled = any(
            (m := _BRACKET_HEAD.match(paras[i])) and _MEASURES_LABEL.match(m.group(1)) for i in scope if i not in heads
        )
        # `【项目简介】…【主要做法】（1）…【评审意见】…`: bracketed labels of a form's parts, one of them the measures'
        # own label, are parts, not measures (the measures are listed inside the labelled part)
        heads = [] if labelled else _before_results_head(paras, heads)
        # `【口碑传开来】两年来，…由62%提高到89%`: a last run-in head over a look back in change figures is the
        # results part, as a last heading line is (`_reports_results`)
        if len(heads) >= 3 and _reports_results(_BRACKET_HEAD.sub("", paras[heads[-1]], count=1)):
            heads = heads[:-1]
        if len(heads) >= 2:
            chosen = [_Item(i, 1, 1, k, None) for k, i in enumerate(heads, start=1)]
    if not chosen:
        bullets = [i for i in scope if _BULLET.match(paras[i]) and len(paras[i]) > len(_BULLET.match(paras[i])[0]) + 1]
        headed = _dashed_heading_run(paras, bullets)
        bullets = [i for i in bullets if not _is_credit(paras[i]) and (i in headed or not _dash_without_lead(paras[i]))]
        if len(bullets) >= 2:
            chosen = [_Item(i, 0, _BULLET.match(paras[i]).end(), k, None) for k, i in enumerate(bullets, start=1)]
    if not chosen:
        chosen = _frame_items(paras, scope)
    inline_from = not chosen
    if not chosen:
        chosen = _inline_lists_of_the_practice_part(paras, scope, section_of, kinds)
    if not chosen:
        chosen = _inline_items(paras, scope, _INLINE_ORDINAL, marked=False)
    if not chosen:
        chosen = _inline_sequence_items(paras, scope)
    if not chosen:
        chosen = _inline_items(paras, scope, _INLINE, marked=True)
    if not chosen:
        chosen = _inline_items(paras, scope, _INLINE_MARKED, marked=True)
    if inline_from and (not chosen or all(it.start > 0 for it in chosen)):
        candidates = [i for i in scope if _is_lead(paras[i]) and not _answers(paras, i)]
        leads = _parallel(_with_gaps(candidates, paras, set(scope)), paras)
        reporters_feature = bool(article.byline and REPORTER_LINE.match(article.byline))
        if reporters_feature and (len(leads) < 3 or not _built_alike(leads, paras)):
            # `一手抓减负，一手抓赋能。` … `减出实效，激发活力。`: two run-in sentences of a reporter's feature are its
            # story told in parallel phrases; a feature lists its measures in threes or more (real set r005, r033,
            # r040), built alike: `规矩立起来，办事提速。` / `盯住新情况、拿出新招数，学习是过河的“桥”。` / `事办得好
            # 不好，群众说了算。` are a profile's turns of phrase (real set r097)
            leads = []
        if leads and _normative(paras, [_Item(i, 0, 0, k, None) for k, i in enumerate(leads, start=1)]):
            leads = []  # `一要抓组织提质。` … `三要…`: run-in leads that each say what must be done are demands
        if chosen and len(leads) >= 3 and all(leads[0] <= it.para <= leads[-1] + 1 for it in chosen):
            chosen = []  # a `一是…二是…` inside the paragraphs of a run-in lead list is nested in one of its measures
        if not chosen:
            chosen = [_Item(i, 0, 0, k, None) for k, i in enumerate(leads, start=1)]
    if not chosen:
        chosen = [_Item(i, 0, 0, k, None) for k, i in enumerate(_verb_opened_run(paras, scope), start=1)]
    if not chosen:
        chosen = [_Item(i, 0, 0, k, None) for k, i in enumerate(_echoed_leads(scope, paras), start=1)]
    return _practices(article, chosen, offsets, section_of)


# `推进把“支部建在小区上”，…`, `织密“帮扶网”，…`, `用好服务阵地，…`: a report's paragraph that opens with what was
# done, the place left as the understood subject, by an action verb or a verb with its result (`织密`, `建强`)
_ACTION_OPENING = re.compile(
    rf"^(?:{'|'.join((*MEASURE_VERBS, *lx.MEASURE_OPENING_VERBS))}"
    rf"|[{lx.RESULT_VERB_HEADS}][{lx.RESULT_COMPLEMENTS}](?![了过着]))"
)


def _verb_opened_run(paras: tuple[str, ...], scope: list[int]) -> list[int]:
    """Two or more paragraphs in a row that each open with an action and no subject (`推进把…`, `把阵地作为…`,
    `建立…机制`) are a news report's measures with no heading or number, each led by its first sentence (RULEBOOK
    practices: run-in measures; real set r012, r014). A paragraph of one short sentence is a line, not a measure; a
    clause that states (`建好不是目的`), demands (`要…`) or plans (`将进一步…`) is none; a lone such paragraph is a
    sentence of the story, and of two runs the longer is the list."""
    opened = [
        i
        for i in scope
        if len(paras[i]) >= 40
        and _ACTION_OPENING.match(paras[i])
        and len(clause := re.split(r"[，,。；;：:！？]", paras[i], maxsplit=1)[0]) >= 4
        and not _COPULA.match(clause)
        and not re.search(r"不是|就是|才是", clause)
        and not _MODAL.search(clause)
        and not _CODA.match(paras[i])
    ]
    runs: list[list[int]] = []
    for i in opened:
        if runs and i - runs[-1][-1] == 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    best = max(runs, key=len, default=[])
    return best if len(best) >= 2 else []


# `在组织体系上，街道把组织建在楼栋上。…`: a paragraph opening with the field it works on (`在X上，`), a lead sentence
_FRAME = re.compile(r"^在(?![这此该其])([\u4e00-\u9fff]{2,6})上[，,][^。！？；;：:]{4,40}。(?=.{8,})")


def _frame_items(paras: tuple[str, ...], scope: list[int]) -> list[_Item]:
    """Portal paragraphs that each open `在组织体系上，…。` `在服务群众上，…。` are run-in measures, the
    whole first sentence their lead (RULEBOOK practices); three or more such paragraphs, at most two paragraphs of
    examples apart, make the list. Frames that say what must be done (`在队伍建设上，要…`) are demands, and a frame
    alone is a sentence of the story (`在议事会上，…`)."""
    frames = [
        i
        for i in scope
        if (m := _FRAME.match(paras[i]))
        and not _MODAL.search(paras[i][: m.end()])
        and not _DEMAND.search(paras[i][: m.end()])
    ]
    groups: list[list[int]] = []
    for i in frames:
        if groups and i - groups[-1][-1] <= 3:
            groups[-1].append(i)
        else:
            groups.append([i])
    run = max(groups, key=len, default=[])
    return [_Item(i, 0, 0, k, None) for k, i in enumerate(run, start=1)] if len(run) >= 3 else []


def _inline_lists_of_the_practice_part(
    paras: tuple[str, ...], scope: list[int], section_of: dict[int, int], kinds: dict[int, str]
) -> list[_Item]:
    """A speech or report with a part headed as its practice (`二、关于主要做法`) lists its measures there: the
    principles of a part before it (`一、关于基本思路` … `一是不另起炉灶`, `一是重心往下沉`) and the working methods
    that follow the list in the same part (`在做法上，我们还注意了两点：第一，…`) are not measures (GUIDELINES h871,
    h921). The list of that part is the one that opens first in it, whatever its numbering."""
    part = [i for i in scope if kinds.get(section_of.get(i, 0)) == "practice"]
    if not part:
        return []
    lists = [
        items
        for items in (
            _inline_items(paras, part, _INLINE_ORDINAL, marked=False),
            _inline_sequence_items(paras, part),
            _inline_items(paras, part, _INLINE, marked=True),
            _inline_items(paras, part, _INLINE_MARKED, marked=True),
        )
        if items
    ]
    return min(lists, key=lambda items: min((it.para, it.start) for it in items)) if lists else []


def _steps_of_one_part(run: list[_Item], headings: set[int], section_of: dict[int, int]) -> bool:
    """Whether a numbered run lies inside one headed part of an article that has three or more headed parts."""
    parts = {section_of.get(it.para, 0) for it in run}
    return len(parts) == 1 and 0 not in parts and len(headings) >= 3


# Families that number the steps inside one measure (`（1）…（2）…` under `选好骨干当管家。…`) as often as measures.
_STEP_FAMILIES = frozenset({"arabic", "paren_arabic", "half_paren_arabic", "circled", *ENCLOSED_STYLES} - {"roman"})


def _leads_around(paras: tuple[str, ...], scope: list[int], run: list[_Item]) -> list[int]:
    """`（1）…（2）…（3）…` paragraphs between run-in lead paragraphs of one shape (`选好骨干当管家。…` …
    `引入物业补短板。…`) are the steps of the measure above them (GUIDELINES: steps inside one measure are not
    measures): the run-in leads, read with the steps left out, are the measures. Empty when the run is no such."""
    before, after = run[0].para - 1, run[-1].para + 1
    if before < 0 or after >= len(paras) or not (_is_lead(paras[before]) and _is_lead(paras[after])):
        return []
    if not _same_shape(paras[before], paras[after]):
        return []
    steps = set(range(run[0].para, run[-1].para + 1))
    kept = [i for i in range(len(paras)) if i not in steps]
    shown = tuple(paras[i] for i in kept)
    position = {i: k for k, i in enumerate(kept)}
    candidates = [position[i] for i in scope if i not in steps and _is_lead(paras[i]) and not _answers(paras, i)]
    leads = [
        kept[k] for k in _parallel(_with_gaps(candidates, shown, {position[i] for i in scope if i in position}), shown)
    ]
    return leads if len(leads) >= 3 and before in leads and after in leads else []


def _kept_with_siblings(paras: tuple[str, ...], run: list[_Item]) -> list[_Item]:
    """The items of a numbered run whose lead is no part name nor topic head (`一、基本情况。…` numbers the
    article's parts); one between two kept items is their sibling even when its lead holds a part's keyword
    (`（三）现烫现吃求实效。…` between `（二）多样配料聚人气` and `（四）回味评价促长效`)."""
    keep = [not _names_a_part(lead := paras[it.para][it.lead_start :]) and not _topic_head(lead) for it in run]
    for k in range(1, len(run) - 1):
        keep[k] = keep[k] or (keep[k - 1] and keep[k + 1])
    return [it for it, ok in zip(run, keep, strict=True) if ok]


def _without_outcome_line(paras: tuple[str, ...], run: list[_Item]) -> list[_Item]:
    """`4.“美”在家园：老厂区换了新模样` as the last of four numbered heading lines: the outcome's head, as a last
    un-numbered heading is (`_states_the_outcome`)."""
    if len(run) < 4 or run[-1].start:
        return run
    line = paras[run[-1].para][run[-1].lead_start :]
    return run[:-1] if not re.search(r"[。！？；;]", line) and _states_the_outcome(line) else run


def _dash_without_lead(paragraph: str) -> bool:
    """A dashed measure opens with a lead sentence and goes on (`——沿产业链建组织。以龙头企业为…`); a dash line
    that credits a quotation (`——居民王大爷，…`) or is one sentence of a feature's commentary (`——车队人数，迅速
    扩展到30人。`) has no lead of its own."""
    if not paragraph.startswith(("—", "-", "–", "·", "•")):
        return False  # (a repost's hyphens and list dots stand for the same dashes)
    end = _LEAD_END.search(paragraph)
    return end is None or len(re.findall(r"[\u4e00-\u9fff]", paragraph[end.end() :])) < 2


def _dashed_heading_run(paras: tuple[str, ...], bullets: list[int]) -> set[int]:
    """`——建起一个联盟，破解“谁来管”的问题。` … `——划好一张责任图，破解“管什么”的问题。`: three or more short dashed
    lines of one shape, each over a longer paragraph, head the measures under them, though each is one sentence
    (a credit `——居民王大爷` or one line of commentary stands alone, not in such a run)."""
    heads = [
        i
        for i in bullets
        if i + 1 < len(paras)
        and len(text := paras[i][_BULLET.match(paras[i]).end() :]) <= SUBHEAD_CHARS
        and len(paras[i + 1]) > SUBHEAD_CHARS
        and not _BULLET.match(paras[i + 1])
        and not _is_credit(text)
        and _RUN_IN.match(text)
    ]
    texts = [paras[i][_BULLET.match(paras[i]).end() :] for i in heads]
    if len(heads) >= 3 and all(_same_shape(a, b) for a, b in pairwise(texts)):
        return set(heads)
    return set()


def _labelled_not_measures(paragraph: str) -> bool:
    """`【点评】…一是…要…`, `【成效】…`, `【背景】…`: a paragraph run in under the label of a part that holds no
    measures (background, results, lessons, comment) lists none, however its sentences are numbered."""
    m = _BRACKET_HEAD.match(paragraph)
    return (
        bool(m)
        and len(m.group(1)) <= 8
        and classify(m.group(1)) in _EXCLUDED_KINDS
        and not _checks_the_work(m.group(1))  # `【成效一起评】每季度末召开评议会…`: the check is a measure
    )


def _answers(paras: tuple[str, ...], i: int) -> bool:
    """`王红梅：我们主要做了三件事。…` after `记者：具体是怎么做的？`: a speaker's turn in an interview, whose
    name before the colon heads no measure (the measures are inside the answer)."""
    return i > 0 and bool(_QUESTION.match(paras[i - 1])) and bool(_SPEAKER.match(paras[i]))


def _with_gaps(leads: list[int], paras: tuple[str, ...], scope: set[int]) -> list[int]:
    """A paragraph between two leads whose run-in lead has their shape (`小院建在楼门口。` `党员结对到户。`
    `节日一起过。` `难事一起办。`) is in the list, though alone it might read as narration (`节日…`)."""
    gaps = [
        a + 1
        for a, b in pairwise(leads)
        if b - a == 2
        and a + 1 in scope
        and _phrase_lead(paras[a + 1])
        and _same_shape(paras[a], paras[a + 1])
        and _same_shape(paras[a + 1], paras[b])
    ]
    return sorted(leads + gaps)


def _phrase_lead(paragraph: str) -> bool:
    """A short run-in lead with no comma (`节日一起过。`), not an example (`比如，…`) or a story's clause."""
    m = _RUN_IN.match(paragraph)
    return (
        bool(m)
        and m.group(2) == "。"
        and len(m.group(1)) <= 12
        and not re.search(r"[，,、]", m.group(1))
        and not m.group(1).startswith(_REPORTER)
    )


def _sequence_items(paras: tuple[str, ...], scope: list[int]) -> list[_Item]:
    """`首先，…` / `其次，…` / `最后，…` opening paragraphs in a row; 最后 closes the run."""
    items: list[_Item] = []
    for i in scope:
        m = _SEQUENCE.match(paras[i])
        if not m:
            continue
        word = m.group(1)
        number = _SEQUENCE_NUMBER.get(word) or (items[-1].number + 1 if items else 0)
        items.append(_Item(i, 0, m.end(), number, None))
    return [it for run in _runs(items) for it in run]


def _inline_sequence_items(paras: tuple[str, ...], scope: list[int]) -> list[_Item]:
    """`首先，…。其次，…。最后，…` inside one paragraph; 最后 takes the next number, and the intro before
    首先 decides for the list as for `一是…` (problems, results, plans or demands are no measures)."""
    items: list[_Item] = []
    for i in scope:
        found: list[_Item] = []
        for m in _INLINE_SEQUENCE.finditer(paras[i]):
            if _quote_depth(paras[i], m.start(1)):
                continue
            word = m.group(1)
            # the sentence before `首先` is its intro (`该社区面临两方面困难。首先，…`)
            intro = paras[i][: m.start(1)].rstrip("。！？；; ")
            if not found and (word != "首先" or _intro_excludes(intro, len(intro))):
                break
            number = _SEQUENCE_NUMBER.get(word) or found[-1].number + 1
            found.append(_Item(i, m.start(1), m.end(), number, None))
        items += found
    return [it for run in _runs(items) for it in run]


def _heading_lines(
    paras: tuple[str, ...], headings: list[int], kinds: dict[int, str], section_of: dict[int, int], excluded: set[int]
) -> list[int]:
    """Un-numbered lines that head the measures: sub-headings classed as practices (with their
    unclassified siblings: `阵地建设 打造…` / `队伍建设 锻造…`), else three or more short heading lines
    with no section keyword (`茶桌摆进小区`, `01 阵地建起来`, `一张网格图，把老街巷管起来`)."""
    # `【主要做法】`: the label of the part that holds the measures is none of them
    headings = [
        i
        for i in headings
        if not _is_part_name(_undecorated_head(paras[i]).strip("【】[] "))
        and not _question_or_lead_in(_undecorated_head(paras[i]))
    ]
    subheads = [i for i in headings if kinds.get(section_of.get(i, 0)) == "practice" and not _numbered_line(paras[i])]
    siblings = [
        i
        for i in headings
        if kinds.get(section_of.get(i, 0)) in ("practice", "other")
        and not _numbered_line(paras[i])
        and not _is_credit(paras[i])
        and not _is_editorial_label(paras[i])
        and len(re.findall(r"[\u4e00-\u9fff]", paras[i])) >= 2
    ]
    if subheads and len(siblings) >= 2:
        subheads = siblings
    subheads = _before_results_label(paras, _before_the_close(paras, subheads))
    if len(subheads) >= 2:
        return _not_a_chronology(paras, _without_roll_out(paras, subheads))
    lines = [i for i in range(len(paras)) if i not in excluded and _heads_a_measure(paras, i)]
    if len(lines) >= 2:
        # `党员冲在重建一线` / `议事搭起连心桥` / `平时演练急时管用`: among measure heads, a sibling that opens with
        # a time or pronoun-like word (`平时`, `老少`) and goes on with a verb heads a measure, not a story's time mark
        loose = [i for i in range(len(paras)) if i not in excluded and _heads_a_measure(paras, i, narration=True)]
        extra = [i for i in loose if i not in lines]
        if len(extra) < len(lines) and all(acts_after_opening(_undecorated_head(paras[i])) for i in extra):
            lines = loose
    lines = _before_results_label(
        paras, _before_the_close(paras, [i for i in lines if not _labelled_furniture(paras[i])])
    )
    lines = _not_a_chronology(paras, _without_roll_out(paras, lines))
    return lines if len(lines) >= 3 else []


def _not_a_chronology(paras: tuple[str, ...], heads: list[int]) -> list[int]:
    """`雨，倾盆而下` / `7月13日，辽宁沈阳启动防汛一级应急响应` / `汛情指令顺着网格直达街巷`: heads of which one dates
    an event tell a story's chronology, not the case's measures (real set r073); none is kept."""
    return [] if any(_DAY_OPENING.match(_undecorated_head(paras[i])) for i in heads) else heads


# `【本站声明】…`, `【典型案例】芦集新村的“一桌饭”`, `【写在最后】`: a bracketed label the editor or the site puts on a
# line (a disclaimer, a sidebar's label, the close) heads no measure, whatever follows it
_LINE_LABEL = re.compile(r"^\W{0,3}[【\[〖]([^】\]〗]{1,8})[】\]〗]")


def _labelled_furniture(line: str) -> bool:
    """Whether a heading line opens with an editor's or a site's label (data: EDITORIAL_LABELS, CLOSING_HEADS,
    NOTICE_LABEL_ENDS): `【本站声明】`, `【典型案例】…`, `【写在最后】`."""
    m = _LINE_LABEL.match(line)
    if m is None:
        return False
    label = m.group(1).strip()
    return (
        label.removeprefix("本期").removeprefix("本站").removeprefix("典型") in lx.EDITORIAL_LABELS
        or label.startswith(lx.CLOSING_HEADS)
        or label.endswith(lx.NOTICE_LABEL_ENDS)
    )


def _before_results_label(paras: tuple[str, ...], heads: list[int]) -> list[int]:
    """`【共建：…】` then `【成效：老城换新颜】` over a look back, or `▍数说变化` over figures: a short label line after
    the first head that names the results (`_results_head`, not lessons nor a discussion) opens the results part,
    though it heads no paragraph of its own; the heads after it (a story's `“纤头”老李`, a figure line
    `✔ 新增停车位135个`, a form's `【评审意见】`) are none (RULEBOOK practices: a results heading closes the list;
    first sight d1535 61st set, d1612 64th, d1636 74th)."""
    if len(heads) < 2:
        return heads
    for j in range(heads[0] + 1, len(paras)):
        line = _undecorated_head(paras[j]).strip("【】[]—-– ")
        if (
            j not in heads
            and 2 <= len(line) <= SUBHEAD_CHARS
            and not re.search(r"[。！？!?；;]", line)
            and _results_head(line)
            and (classify(re.split(r"[：:]", line, maxsplit=1)[0]) == "outcome" or _names_a_change(line))
        ):
            return [i for i in heads if i < j]
    return heads


def _names_a_change(line: str) -> bool:
    """`数说变化`, `看变化：…`: a label's words before any colon name the change the work brought."""
    return any(word in re.split(r"[：:]", line, maxsplit=1)[0] for word in lx.RESULT_HEAD_WORDS)


def _before_results_head(paras: tuple[str, ...], heads: list[int]) -> list[int]:
    """`【选船长：…】` … `【看变化：矛盾少了人心齐了】`: a head whose words before the colon name the results ends the
    list of heads (GUIDELINES h76, h771); it and any head after it are no measures."""
    for k, i in enumerate(heads):
        m = _BRACKET_HEAD.match(paras[i])  # every head here is a bracketed run-in head (its only caller)
        if m and _colon_head(m.group(1)) and _results_head(m.group(1)):
            return heads[:k]
    return heads


def _before_the_close(paras: tuple[str, ...], heads: list[int]) -> list[int]:
    """`01 …` … `04 …` then `写在最后` or `小编手记`: a WeChat piece's closing heading or a writer's note (data:
    CLOSING_HEADS, WRITERS_NOTE_ENDS) ends its measures;
    it and any heading after it head the close, not a measure."""
    for k, i in enumerate(heads):
        head = _undecorated_head(paras[i]).strip("【】[] ")
        if head.startswith(lx.CLOSING_HEADS) or head.endswith(lx.WRITERS_NOTE_ENDS):
            return heads[:k]
    return heads


def _without_roll_out(paras: tuple[str, ...], heads: list[int]) -> list[int]:
    """`从“一个街道试点”到“全区推开”` over `杨家坪街道的做法，已在全区推广。…`: a last heading about the case being
    rolled out, whose paragraph opens by saying so, is results (GUIDELINES, decided for h251), not a measure."""
    heads = _in_the_runs_form(paras, heads)
    if len(heads) < 3:
        return heads
    last = heads[-1]
    opening = _SENTENCE_SPLIT.split(paras[last + 1], maxsplit=1)[0] if last + 1 < len(paras) else ""
    rolled_out = any(w in paras[last] for w in lx.ROLL_OUT_WORDS) and any(w in opening for w in lx.ROLL_OUT_WORDS)
    # `从试点到全覆盖`, `从一条街到一片区`: a last heading that spans the case's growth, whose paragraph opens with
    # the spread or the results (`…推开`, `数字见证变化：…同比下降42%`) and whose part tells of the spread
    # (`下一步…推广到…`), is the same results heading without the roll-out word
    first = paras[last + 1] if last + 1 < len(paras) else ""
    grown = (
        bool(_GROWTH_HEAD.match(_undecorated_head(paras[last])))
        and any(w in first for w in (*lx.ROLL_OUT_WORDS, *lx.RESULTS_INTRO, *_RESULT_FIGURE_WORDS))
        and any(w in p for p in paras[last + 1 :] for w in lx.ROLL_OUT_WORDS)
    )
    reached = _states_the_outcome(_undecorated_head(paras[last]))
    # the part under the last heading runs to the article's end: its figures may follow a story in its first paragraph
    looks_back = _reports_results(first, "\n".join(paras[last + 2 :]))
    return heads[:-1] if rolled_out or grown or reached or looks_back else heads


# `居民点赞：老院子有了新模样`, `美起来：老巷子换了新面貌`, `4.“美”在家园：老厂区换了新模样`: a last head stating the
# new look the place has now (有了/换了 … 新模样, 新面貌, 新颜), not what someone does to it (`让老院子换新颜`), names
# the outcome (RULEBOOK practices: a last colon head naming the outcome closes the list; first sight d995 37th set,
# d1525 61st, d1611 64th)
_NEW_LOOK = re.compile(r"^[^让使把将，,。：:]{1,8}(?:有|换|变)了?[^让使把将，,。：:]{0,3}新(?:模样|面貌|颜|貌|气象)$")


# `…的归属感越来越强`, `议出来的好日子`: the state the people reached, growing or lived (RULEBOOK practices: a WeChat
# colon head naming the outcome, `“甜”在心头：…`; first sight d1467 59th set, d1649 75th; `好日子` d1760 68th)
_STATE_REACHED = re.compile(r"越来越[\u4e00-\u9fff]{1,2}$|好日子$")


def _states_the_outcome(head: str) -> bool:
    """Whether a last heading's words after its colon state the new look the work gave the place."""
    _, colon, after = re.sub(r"[：:]", "：", head).partition("：")
    return bool(colon) and bool(_NEW_LOOK.match(after.strip()) or _STATE_REACHED.search(after.strip()))


def _head_forms(head: str) -> set[str]:
    """The shapes a run of measure headings shares: a question (`议题从哪里来？`), a colon head (`巷长上岗：…`), the
    same opening word (`把支部建进商街`, `把恳谈搬上茶桌`: its first Han character), the same closing words before
    any colon (`党员亮起来`, `帮办队动起来`: its last two Han characters)."""
    forms = {"opens " + head[:1]} if "\u4e00" <= head[:1] <= "\u9fff" else set()
    if head.endswith(("？", "?")):
        forms.add("question")
    if re.search(r"[\u4e00-\u9fff”][：:]\s*\S", head):
        forms.add("colon")
    first = re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"[：:]", head, maxsplit=1)[0])
    if len(first) >= 3:
        forms.add("ends " + first[-2:])
    return forms


def _in_the_runs_form(paras: tuple[str, ...], heads: list[int]) -> list[int]:
    """`把支部建进商街` … `把矛盾化在店前` then `老商圈焕发新活力`; `老街的烦恼` then `灯笼挂起来：…` … : the measures
    are a run of three or more headings of one shape; a heading right before or after the run that breaks its shape,
    and shares no other shape all of the run has, heads the story's problem or its results, not a measure (round Z,
    first sight: d847 33rd set, d982 37th, d1007 38th, d1289 44th, d1294 45th)."""
    if len(heads) < 4:
        return heads
    # `【支部建在院落里】` … `【文化带动邻里情】` then `▌院落里的故事`; `壹｜…` … `肆｜…` then `故事`; `01` / `02` /
    # `03` over their heads then `✦ 小区新变化`: the measures' heads carry one decoration, and a head after their run
    # printed otherwise heads the story, the figures or the results (round AC, first sight d1626 74th set, d1725 67th,
    # d1734 67th; RULEBOOK practices: story paragraphs after the measures and a results heading are none)
    marks = [_decoration(paras, i) for i in heads]
    run = next((k for k, mark in enumerate(marks) if mark != marks[0]), len(marks))
    if marks[0] != "plain" and 3 <= run < len(marks):
        return heads[:run]
    forms = [_head_forms(_undecorated_head(paras[i])) for i in heads]
    # the closing words only keep a heading in a run (`…抓网格`, `…进网格`, `…管网格` then `网格服务暖民心`, d224)
    for form in sorted(f for f in set().union(*forms) if not f.startswith("ends ")):
        run = [k for k, f in enumerate(forms) if form in f]
        if len(run) < 3 or run != list(range(run[0], run[-1] + 1)) or len(run) == len(heads):
            continue
        if run[0] > 1 or len(heads) - 1 - run[-1] > 1:
            continue
        shared = set.intersection(*(forms[k] for k in run))
        off = [k for k in range(len(heads)) if k not in run]
        if any(forms[k] & shared for k in off):
            continue  # `党员亮起来：…` … then `帮办队动起来`: the same closing words keep it in the run
        return heads[run[0] : run[-1] + 1]
    return heads


# a WeChat heading number on its own line (`01`, `壹`), above the heading it numbers
_NUMBER_LINE = re.compile(r"^\W{0,2}(?:0\d|\d{2}|[壹贰叁肆伍陆柒捌玖拾]{1,2})\W{0,2}$")


def _decoration(paras: tuple[str, ...], i: int) -> str:
    """How a heading line is printed: in brackets, numbered (`01 …`, `壹｜…`, or a number line above it), after a
    decoration mark (`▌`, `✦`, `◆`), after a dash, or plain."""
    line = paras[i].strip()
    if line.startswith(("【", "[", "〖")):
        return "bracket"
    if _DECOR_NUMBER.match(_EDGE_DECOR.sub("", line)) or (i > 0 and _NUMBER_LINE.match(paras[i - 1].strip())):
        return "number"
    mark = _EDGE_DECOR.match(line)
    if mark and mark.group(0).strip():
        return "mark " + mark.group(0).strip()[0]
    return "dash" if _DASH_BULLET.match(line) else "plain"


def _reports_results(part: str, rest: str = "") -> bool:
    """`渔村旧貌换新颜` over `如今的藤桥社区，渔民人均可支配收入由1.6万元增加到2.3万元…`, `口碑传开来：…` over
    `两年来，…收缴率由62%提高到89%…`, `老城新貌赢得群众点赞` over `经过三年多的实践，…满意度由76%提高到95.2%`,
    `楼宇成了招商“金名片”` over `党建做实了，营商环境也跟着变好。…提高6.5个百分点`: a story's last heading names
    the state the work reached, in words no list can foresee; what marks it is its paragraph, which opens by
    looking back from now (`如今`, `两年来`, `经过…的实践`) or on the change the work brought (`…了，…也跟着…`)
    and reports the change in figures (GUIDELINES h251, h771, h796; first sight in seven annotator sets). `rest` is
    the rest of the part after its first paragraph, where its figures may stand."""
    opening = _SENTENCE_SPLIT.split(part, maxsplit=1)[0]
    if _DATED_OPENING.match(opening) and _CHANGE_IN_FIGURES.search(opening) and _RESULT_LEVEL.search(opening):
        return True  # `今年上半年，居民满意度达到97.2%，较两年前…`: it opens on the change itself
    if not (_RESULTS_OPENING.match(part) or _FOLLOWS_FROM_THE_WORK.match(opening)):
        return False
    return bool(_CHANGE_IN_FIGURES.search(part) or _CHANGE_IN_FIGURES.search(rest))


# `从试点到全覆盖`, `从“一个街道试点”到“全区推开”`: from one scale to another, nothing else on the line
_GROWTH_HEAD = re.compile(r"^从[^，,。：:；;！？]{1,12}到[^，,。：:；;！？]{1,12}$")
# `党建做实了，营商环境也跟着变好`, `组织强了，服务也随之跟上`: the work done, then what changed with it
_FOLLOWS_FROM_THE_WORK = re.compile(r"^[^，,。]{2,10}了[，,][^，,。]{2,12}(?:也|都)(?:跟着|随之|随着)")
# looking back from now on what the work brought (`如今，`, `如今的…镇，`, `两年来，`, `一年多来，`, `三年以来，`,
# `经过两年多的实践，`); `目前`, `去年` also open a measure's own progress (`目前已有312家商户挂牌`): not counted
# the span of the work as the opening's subject (`一年多的实践，让…发生了不少变化`) and an opening clause naming the
# change itself (`老街巷的变化，居民们看在眼里`, `治理新变化，也带来了…`) look back the same way (round AC, first sight
# d1679 65th set, d1735 66th, d1760 68th: a last e-paper or feature sub-heading over the results)
_RESULTS_OPENING = re.compile(
    r"^(?:如今|现如今|(?:[一二两三四五六七八九十]|\d{1,2})(?:个)?(?:多)?年(?:多)?(?:来|以来)"
    r"|经过[^，,。]{0,12}(?:实践|努力|探索|运行)"
    r"|(?:[一二两三四五六七八九十]|\d{1,2})(?:个)?(?:多)?(?:年|月)(?:多)?的(?:实践|努力|探索|运行)[，,]"
    r"|[^，,。：:“”]{0,10}变化[，,])"
)
# a change reported in figures (`同比下降29%`, `由62%提高到89%`, `增加到2.3万元`, `提高6.5个百分点`), or the
# satisfaction the work reached (`居民…的满意度达到95.3%`: the level a look back reports, d967)
_CHANGE_IN_FIGURES = re.compile(
    r"同比|百分点|(?:提高|提升|增加|增长|上升|下降|减少|降低|缩短|降)了?(?:到|至)?(?:近|约|超过)?[\d一二两三四五六七八九十]"
    r"|满意(?:度|率)(?:达到|达|为|提升至|提高到)\d"
)
# A results part may open on the change itself, dated (`今年上半年，居民满意度达到97.2%，较两年前提高了11个百分点`):
# a level or rate and its change in figures in the first sentence (round AA: d1469 59th set; d1289 44th, d1294 45th)
# (review AA: moves d1469 only, yet 39 development paragraphs open this way, every one on results; kept)
_DATED_OPENING = re.compile(r"^(?:今年|去年|截至|目前)[^，,。]{0,8}[，,]")
_RESULT_LEVEL = re.compile(r"(?:度|率|量)(?:达到|达|为|由|从|提高|提升|下降|上升)")
# words that report a result in figures (`同比下降42%`, `满意度达到97.6%`)
_RESULT_FIGURE_WORDS = ("同比", "满意度", "满意率", "覆盖率")


def _is_editorial_label(line: str) -> bool:
    """`◆◆◆ 本期导读 ◆◆◆`, `【编者按】`: an editor's label line, decorated on both sides, heads no measure."""
    head = _EDGE_DECOR.sub("", _EDGE_DECOR.sub("", line)[::-1])[::-1].strip("【】[] ")
    return head.removeprefix("本期").removeprefix("今日").removeprefix("本文") in lx.EDITORIAL_LABELS


def _numbered_headings_as_measures(
    paras: tuple[str, ...], headings: list[int], kinds: dict[int, str], section_of: dict[int, int]
) -> list[_Item]:
    """Numbered headings that are themselves the measures (`一、科学布点，让服务“近”起来` … `四、民主评议，…`):
    a report with no 背景/做法/成效 parts numbers its measures as its sections. Without `一、` parts, the
    measures' own heading lines may be numbered another way (`1．摸清家底`, `（一）…`, `做法一：…`, `①…`): the
    outermost family that numbers two or more headings is the list."""
    numbered: list[int] = []
    family = _START_FAMILIES[0][1]
    parts = [i for i in headings if _numbered_line(paras[i])]
    for name, pattern in _START_FAMILIES:
        if name in _UNMARKED or (name != "cn_comma" and parts):
            continue
        numbered = [i for i in headings if pattern.match(paras[i])]
        if len(numbered) >= 2:
            family = pattern
            break
    if len(numbered) < 2 or (family is _START_FAMILIES[0][1] and len(numbered) != len(parts)):
        return []
    # `五、实践成效` after `一、哨点布下去：…` … `四、哨所暖起来：…`: the list stops before its results part
    while numbered and _is_results_part(paras[numbered[-1]][family.match(paras[numbered[-1]]).end() :]):
        numbered.pop()
    # `四、口碑传开来` over `两年来，…由62%提高到89%`: a last numbered heading over a look back in change figures is
    # the results part however it is worded (`_reports_results`, as for heading lines)
    if len(numbered) >= 3 and numbered[-1] + 1 < len(paras) and _reports_results(paras[numbered[-1] + 1]):
        numbered.pop()
    if len(numbered) < 2 or _an_itinerary([paras[i][family.match(paras[i]).end() :] for i in numbered]):
        return []
    for i in numbered:
        text = paras[i][family.match(paras[i]).end() :]
        # `二、哨声吹起来：问题发现在一线`: a measure's head is judged by its lead, not by the words after it
        kind = (
            classify(_LEAD_END.split(text, maxsplit=1)[0])
            if _LEAD_END.search(text)
            else kinds.get(section_of.get(i, 0))
        )
        if kind in _EXCLUDED_KINDS and _PURSUES_RESULTS.search(_LEAD_END.split(text, maxsplit=1)[0]):
            kind = "practice"  # `以“三访三办”提升服务实效`: the work done to reach the results, a measure
        if kind in _EXCLUDED_KINDS or _names_a_part(text) or _is_part_name(text):
            return []
    items = [_Item(i, 0, family.match(paras[i]).end(), _ordinal_of(family.match(paras[i])) or 0,
                   family.match(paras[i]).group(0).strip()) for i in numbered]  # fmt: skip
    return [it for run in _runs(items) for it in run]


def _an_itinerary(heads: list[str]) -> bool:
    """`一、探访古培` `二、解码综治` `三、见证天问`: numbered heads of which most open with what the visitors did
    (lexicon VISITING_VERBS) are a report's stops on a visit, not the case's measures (real set r020)."""
    visits = sum(h.strip().startswith(lx.VISITING_VERBS) for h in heads)
    return visits * 2 > len(heads)


# A head whose results word is the object the work pursues (`以“三访三办”提升服务实效`, `现烫现吃求实效`,
# `抓落实见成效`): a verb of raising or seeking before it, the word ending the lead; a results part states them
# (`成效明显提升`).
_PURSUES_RESULTS = re.compile(r"(?:提升|提高|增强|增进|求|见|促)[\u4e00-\u9fff]{0,4}?(?:实效|成效|效果|效能)$")


def _is_results_part(text: str) -> bool:
    """`实践成效`, `取得的成效`, `经验启示`: a short last heading that names the results or lessons part."""
    lead = _LEAD_END.split(text, maxsplit=1)[0]
    return len(lead) <= 8 and any(word in lead for kind in ("outcome", "lesson") for word in KIND_KEYWORDS[kind])


_QUOTED_PREDICATE_END = re.compile(r"[\u4e00-\u9fff][“「][\u4e00-\u9fff]{1,4}[”」]$")


_OBJECT_VERBS = (
    *("推进", "推动", "深化", "强化", "完善", "加强", "构建"),
    *("健全", "打造", "提升", "建立", "优化", "做实", "抓实"),
)


def _is_part_name(text: str) -> bool:
    """`主要做法`, `基本情况`, `工作成效`: a short heading holding a section keyword names a part of the article."""
    lead = _LEAD_END.split(text, maxsplit=1)[0]
    return (
        len(lead) <= 8
        and not _checks_the_work(lead)
        # `机制立起来`, `模式推开来`: the keyword is the subject of a clause that heads a measure
        and not lead.endswith(lx.DIRECTIONAL_COMPLEMENTS)
        and classify(lead) != "other"
        and any(word in lead for words in KIND_KEYWORDS.values() for word in words)
        and not _keyword_then_predicate(lead)
        # `健全工作机制`, `完善服务模式`: a verb with the keyword as its object heads a measure; a part's name opens
        # with a qualifier (`主要做法`, `工作机制`, `创新举措`)
        and not lead.startswith(_OBJECT_VERBS)
        # `长效机制“托底”`, `服务“加码”`: a quoted word after the keyword says what it does, a clause heading a measure
        and not _QUOTED_PREDICATE_END.search(lead)
    )


def _keyword_then_predicate(lead: str) -> bool:
    """`一套机制促长效`, `一个模式管到底`: a counted keyword with a verb phrase after it is a clause that heads a
    measure (like `一张网格管到底` beside it); a part's name holds its keyword bare (`主要做法`, `工作机制`)."""
    m = re.match(rf"[{lx.HEAD_COUNT_NUMERALS}][\u4e00-\u9fff]", lead)
    if m is None:
        return False
    rest = lead[m.end() :]
    return any(rest.startswith(w) and len(rest) - len(w) >= 2 for ws in KIND_KEYWORDS.values() for w in ws)


def _undecorated_head(line: str) -> str:
    """A measure heading without its bullet, dash or WeChat number (`01 阵地建起来` → `阵地建起来`, `- 阵地建起来`
    → `阵地建起来`)."""
    line = _DASH_BULLET.sub("", _EDGE_DECOR.sub("", line))
    m = _DECOR_NUMBER.match(line)
    return line[m.end() :] if m else line


# `一问：驿站主要做什么？` … `六问：…`: a leaflet's question label, not a list marker (RULEBOOK practices: a leaflet's
# `一问`…`十问`); the question heads its answer, whose own list (`答：…一是…`) holds the measures
_QUESTION_LABEL = re.compile(rf"^\W{{0,3}}[{_CN}]{{1,2}}问[：:]")


def _compiled_reports(paras: tuple[str, ...]) -> bool:
    """A paper's page of several reports under one headline (`——编 者` over `内蒙古呼和浩特` / `多样课堂助力全面发展` /
    `本报记者  李祉瑶` / … / `安徽合肥` / …): two or more reporters' bylines inside the body mark separate stories,
    whose headlines are no one case's measures (RULEBOOK practices: the list must be the case's own; real set r051,
    r053, r056)."""
    bylines = 0
    for line in paras:
        if len(line) <= SUBHEAD_CHARS and REPORTER_LINE.match(line) and byline(line) is not None:
            bylines += 1
            if bylines >= 2:
                return True
    return False


def _heads_a_measure(paras: tuple[str, ...], i: int, narration: bool = False) -> bool:
    """A short line with no sentence end, followed by a longer paragraph: the head of what follows.
    Credit and footer lines (`▍来源：…`, `— END —`, `本版编辑：…`) are not; nor, unless `narration` allows it,
    a line that opens like narration, nor a leaflet's question label (`二问：…？`).

    A head printed on two lines (`服务在前解民忧` / `“小板凳”下沉一线` / the paragraph: a news report's sub-heading and
    its second line, real set) heads its measure by its first line; the second is part of it, no head of its own."""
    if i + 1 >= len(paras) or not _head_shaped(paras, i, narration):
        return False
    if _first_of_two_lines(paras, i, narration):
        return True
    return len(paras[i + 1]) > SUBHEAD_CHARS and not (i >= 1 and _first_of_two_lines(paras, i - 1, narration))


# `村庄规模小，首先受困的是产业。`: a short paragraph of clauses ending a sentence opens the measure's text (a question
# head and its answer line above it: real set r076)
_SHORT_SENTENCE = re.compile(r"^[^。！？]+[，,][^。！？]+。$")


def _first_of_two_lines(paras: tuple[str, ...], i: int, narration: bool) -> bool:
    """`paras[i]` and the next line are short head lines, and a longer paragraph follows them: one head, two lines."""
    return (
        i + 2 < len(paras)
        and len(paras[i + 1]) <= SUBHEAD_CHARS
        and (len(paras[i + 2]) > SUBHEAD_CHARS or _SHORT_SENTENCE.match(paras[i + 2]) is not None)
        and _head_shaped(paras, i, narration)
        and _head_shaped(paras, i + 1, narration)
    )


# Question words a feature's sub-heading asks with, with or without its question mark (`管理手段为何引不满`,
# `能否兼顾各方诉求`; real set r071): a question, never a measure's head
_ASKS_WHY = re.compile(r"为何|为什么|能否|是否|何在")


def _question_or_lead_in(head: str) -> bool:
    """`管理手段为何引不满`, `能否兼顾各方诉求`: a feature's question; `现在不一样了——`, `变化来自机制上的重新理顺——`: a
    line leading into the paragraph under it. Neither heads a measure (real set r050, r071)."""
    return _ASKS_WHY.search(head) is not None or head.rstrip().endswith(("——", "—", "……"))


def _head_shaped(paras: tuple[str, ...], i: int, narration: bool) -> bool:
    """A short line shaped like a head: length, no sentence end, no credit or footer label, no narration opening."""
    line = paras[i]
    head = _undecorated_head(line)
    if _QUESTION_LABEL.match(line):
        return False
    if head.endswith(("？", "?")) and not _asks_what_was_done(head):
        return False
    if _question_or_lead_in(head):
        return False
    return (
        4 <= len(head) <= SUBHEAD_CHARS
        and len(re.findall(r"[\u4e00-\u9fff]", head)) >= 4
        and not re.search(r"[。！？!?；;]", head.rstrip("？?"))
        # `01 理清“人头账”：院落里有了主心骨`, `春：问需于民定方案`: a short head before the colon
        and (not re.search(r"[：:]", head) or (_colon_head(head) and not _results_head(head)))
        and not head.startswith(lx.CLOSING_HEADS)
        and not head.endswith(lx.WRITERS_NOTE_ENDS)
        and not _is_credit(line)
        and not REPORTER_LINE.match(line)
        and not _PAGE_JUMP.match(head)
        and not _CLOCK.match(head)
        # `清晨六点`, `午后`: a feature story's time marks, not measures; `春：问需于民定方案` heads one
        and (narration or not opens_narration(head) or _colon_head(head))
        and not _numbered_line(line)
        and not _reports_a_change(head)
    )


# A head of clauses that each end in 了 (`发文开会少了，抓落实时间多了`, `迎检少了，走访多了`: a paper's report on
# lighter burdens, real set) says what changed, a result, not what was done.
_CHANGED_CLAUSE = re.compile(r"[^，,、；;]+了")


def _reports_a_change(head: str) -> bool:
    clauses = [c for c in re.split(r"[，,、；;\s]+", head.strip("”“")) if c]
    return len(clauses) >= 2 and all(_CHANGED_CLAUSE.fullmatch(c) for c in clauses)


def _colon_head(head: str) -> bool:
    """A heading line whose short head before its one colon (`理清“人头账”：…`, `春：…`) names the
    measure; a field label (`联系电话：…`) or a speaker's turn (`记者：…`) does not."""
    before, _, after = re.sub(r"[：:]", "：", head).partition("：")
    return (
        1 <= len(before) <= 12
        and len(after) >= 2
        and "：" not in after
        and ":" not in after
        and not before.startswith(lx.FIELD_LABELS)
        and not _QUESTION.match(head)
    )


def _results_head(head: str) -> bool:
    """`【见成效：让群众笑容多起来】`: a head before the colon that names results or lessons closes the list."""
    # `成果转化进社区`: research results put to work are what the organisation does, not the case's results
    before = _RESULTS_PUT_TO_USE.sub("", re.split(r"[：:]", head, maxsplit=1)[0])
    bare = _EDGE_DECOR.sub("", before).lstrip("【[〖")
    if len(bare) <= 4 and bare.startswith((*lx.JUDGING_HEAD_VERBS, *lx.SEEKING_HEAD_VERBS)):
        # `【评效果：街坊说好才算好】`, `▶找问题：每条巷子建一本账`: having the results judged, or seeking the
        # problems to fix, is a step of the work
        return False
    return classify(before) in _EXCLUDED_KINDS or any(word in before for word in lx.RESULT_HEAD_WORDS)


def _asks_what_was_done(head: str) -> bool:
    """`✦ 议题从哪里来？`, `议事怎么议？`: a question sub-heading answered by what was done (GUIDELINES,
    decided for h126); an interview question (`问：…？`) or one about results, problems or plans
    (`议事会开出了什么变化？`, `下一步怎么走？`) heads no measure."""
    return (
        not _QUESTION.match(head)
        and not any(cue in head for cue in (*lx.RESULT_QUESTION_CUES, *lx.PLAN_CUES))
        and classify(head) not in _EXCLUDED_KINDS
    )


def _is_credit(line: str) -> bool:
    """`▍来源：涟源市委组织部`, `编辑：小堰`: a credit line under decoration, not a measure."""
    return _EDGE_DECOR.sub("", line).startswith(lx.FIELD_LABELS)


def _parallel(leads: list[int], paras: tuple[str, ...]) -> list[int]:
    """Run-in leads that stand in a list: two or more in adjacent paragraphs, short lead lines
    (`建站点：把阵地建在商户身边`) one paragraph apart, or leads of the same shape with up to two
    paragraphs of examples between them (`推动企地共建。…` / `比如，…` / `打造服务阵地。…`).
    A lone lead sentence is narration, and a paragraph that tallies the results (`一年多来，…共议事1100余次`)
    closes the list: a lead after it tells how people took to the case, not what was done."""
    groups: list[list[int]] = []
    for i in leads:
        gap = i - groups[-1][-1] if groups else 0
        short = len(paras[i]) <= SUBHEAD_CHARS and len(paras[groups[-1][-1]]) <= SUBHEAD_CHARS if groups else False
        tallied = any(_TALLY.match(paras[j]) for j in range(groups[-1][-1] + 1, i)) if groups else False
        if groups and (
            (gap == 1 and not _breaks_phrase_run(groups[-1], i, paras))
            or (not tallied and ((gap == 2 and short) or (gap <= 3 and _same_shape(paras[groups[-1][-1]], paras[i]))))
        ):
            groups[-1].append(i)
        else:
            groups.append([i])
    # the story told just before a run of phrase leads (`起初，不少社区干部对…有顾虑：…` / `把组织建到候鸟身边。` …)
    groups = [g[1:] if len(g) >= 4 and _breaks_phrase_run(g[1:], g[0], paras) else g for g in groups]
    lists = [g for g in groups if len(g) >= 2]
    if len(lists) > 1:
        # two runs of leads in one part: the longer is the list of measures, the other narration
        # (`组织建到楼院里。` `议事搬到院坝上。` `服务送到家门口。` … `楼院议事也让…有了转机。` `街道党工委还注重…`)
        lists = [max(lists, key=len)]
    return [i for g in lists for i in g]


def _echoed_leads(scope: list[int], paras: tuple[str, ...]) -> list[int]:
    """Three or more leads whose opening clauses echo each other (`做减法，…` / `做加法，…` / `做乘法，…`: the same
    length, the same first and last character) are one list however many paragraphs of examples stand between
    them (a paper's feature, real set r038): parallel phrasing is how the genre marks its measures."""

    def shape(i: int) -> tuple[int, str, str] | None:
        clause = _CLAUSE_SPLIT.split(_SENTENCE_SPLIT.split(paras[i], maxsplit=1)[0], maxsplit=1)[0]
        if not 3 <= len(clause) <= 6 or len(clause) == len(paras[i]) or not re.fullmatch(r"[\u4e00-\u9fff]+", clause):
            return None
        if opens_narration(clause) or _MODAL.search(clause):
            return None
        return len(clause), clause[0], clause[-1]

    by_shape: dict[tuple[int, str, str], list[int]] = {}
    for i in scope:
        if (key := shape(i)) is not None:
            by_shape.setdefault(key, []).append(i)
    runs = [g for key, g in by_shape.items() if len(g) >= 3 and len({paras[i][: key[0]] for i in g}) == len(g)]
    return max(runs, key=len) if runs else []


def _breaks_phrase_run(group: list[int], i: int, paras: tuple[str, ...]) -> bool:
    """Beside three or more short leads without a comma in a row (`按标准选楼长。` `按清单明职责。` `按积分强激励。`), a
    lead split by a comma (`楼长和物业的关系，一开始并不顺。`, `铁西小区的停车场改造，就是议事厅议出来的。`) is the
    story told after or before the list, not one more of its items. Story leads split by a comma taken among phrase
    leads at first sight: d716 (28th set, since caught as a cleft), d836 (33rd, before the run), d1065 and d1068
    (42nd)."""
    m = _RUN_IN.match(paras[i])
    return (
        len(group) >= 3
        and all(_phrase_lead(paras[j]) for j in group)
        and bool(m)
        and bool(re.search(r"[，,]", m.group(1)))
    )


def _built_alike(leads: list[int], paras: tuple[str, ...]) -> bool:
    """The run's leads end alike, all or none split by a comma, and the longest at most twice the shortest
    (`建强楼宇党组织。` / `把服务送到楼层里。` / `让青年成为治理的参与者。`): how a list of measures is phrased."""
    found = [m for i in leads if (m := _RUN_IN.match(paras[i]))]
    if len(found) < len(leads):
        return False
    lengths = [len(m.group(1)) for m in found]
    return (
        len({m.group(2) for m in found}) == 1
        and len({"，" in m.group(1) or "," in m.group(1) for m in found}) == 1
        and max(lengths) <= 2 * min(lengths)
    )


def _same_shape(a: str, b: str) -> bool:
    """Two run-in leads built alike: the same closing mark, both with or both without a comma
    (`建立巷道党组织，让小巷有人管。` / `搭建议事平台，让小巷事有人议。`), and lengths within half of each other."""
    ma, mb = _RUN_IN.match(a), _RUN_IN.match(b)
    if not ma or not mb or ma.group(2) != mb.group(2):
        return False
    la, lb = ma.group(1), mb.group(1)
    return (("，" in la) == ("，" in lb)) and max(len(la), len(lb)) <= 1.5 * min(len(la), len(lb))


# `“评”出实效`, `“干”出成效`, `“晒”出成绩`: a quoted key word used as the verb, then its result (the genre's numbered
# headings with a quoted key word, GUIDELINES h372, h397): a measure, though the object is a results word.
_QUOTED_VERB_HEAD = re.compile(r"^[“「][\u4e00-\u9fff]{1,2}[”」](?:出|得|到|起|上|进|好|实|准|齐|活|亮)")


# `成效让群众评`, `成效一起评`, `效果由居民说了算`: the results are the object of a check someone runs, a measure of
# checking the work (GUIDELINES h497: `【一年一评议，让成效有“数”】`, `▶建考评：让群众说了算`), not the results part
_CHECKS_THE_WORK = re.compile(
    r"^(?:成效|效果|实效|成果)(?:让|由|请|交给?|靠)?[\u4e00-\u9fff]{0,3}?(?:来|一起|共同)?(?:评|评判|评议|打分|说了算)$"
)


def _checks_the_work(text: str) -> bool:
    """A lead whose results keyword is checked by someone (`成效让群众评`): what the organisation does."""
    return _CHECKS_THE_WORK.match(_LEAD_END.split(text, maxsplit=1)[0].strip()) is not None


def _names_a_part(text: str) -> bool:
    """A lead like `背景与起因`, `主要成效`, `经验启示`: a part of the article, classed as sections are.

    A part's name ends in its keyword or a part word (`下一步工作`), or opens with a results keyword (`成效显著`);
    a keyword inside a measure's verb phrase (`问题分类办理`, `搭建|议事平台` holding 建议) names no part."""
    lead = _LEAD_END.split(text, maxsplit=1)[0].strip()
    return (
        len(lead) <= 12
        and not _QUOTED_VERB_HEAD.match(lead)
        and not _checks_the_work(lead)
        and not _RESULTS_PUT_TO_USE.search(lead)  # `（4）用好议事成果。`: results put to use, a step of the work
        and classify(lead) in _EXCLUDED_KINDS
        and (
            lead.endswith((*(w for ws in KIND_KEYWORDS.values() for w in ws), *lx.PART_WORDS))
            or lead.startswith((*KIND_KEYWORDS["outcome"], *KIND_KEYWORDS["lesson"]))
        )
    )


# `关于基本思路`, `关于工作成效和下一步打算`: 关于 and a noun phrase, nothing after it but the sentence end
_TOPIC_HEAD = re.compile(
    rf"^(?:[第其][{_CN}]{{1,2}}[，,、：:]\s*|[{_CN}]{{1,3}}[、．.]\s*)?关于[^，,。；;：:！？]{{2,16}}(?:[。：:]|$)"
)


def _topic_head(text: str) -> bool:
    """`第一，关于主要做法。两年来，我们主要做了三件事：一是…`: a report or speech numbers its parts by the topic it
    speaks about (关于…); the topic names a part, and the measures are listed inside it."""
    return bool(_TOPIC_HEAD.match(text.strip()))


def _numbered_line(line: str) -> bool:
    return bool(re.match(rf"^(?:[{_CN}]{{1,3}}\s*[、.．]|第[{_CN}]{{1,3}}部分)", line))


def _is_lead(paragraph: str) -> bool:
    """A paragraph led by a short run-in sentence or a colon lead (`紧盯一个目标：`).

    A lead whose next sentence says what will be done (`…。面对新形势新任务，…将进一步…`), a speech intro
    (`…说：`) and a dateline-like opening are codas or openings, not measures.
    """
    m = _RUN_IN.match(paragraph)
    if not m or len(paragraph) <= len(m.group(0)) + 4 or _QUESTION_LABEL.match(paragraph):
        return False
    lead = m.group(1)
    if m.group(2) == "。" and len(lead) < 4:
        return False
    if m.group(2) != "。" and _is_credit(lead):
        return False  # `联系地址：`, `▍来源：`: a field label, not a colon lead
    if _CLOCK.match(lead) or _COPULA.match(lead) or _TIME_AGO.match(lead) or _TIME_CLAUSE.match(lead):
        return False  # `8点10分，她敲开了…`, `仁怀市是…的县级市`: narration and description
    if _CLEFT.match(lead) or _COMMENT.match(lead):
        return False  # `…最难办的一件事，是…`: a story's point; `拉家常，也是她的一种工作法`: a comment on it
    if _YEAR_OPENING.match(lead):
        return False  # `2021年，她荣获“七一勋章”`: a year that dates what follows opens narration
    if _DATE_OPENING.match(lead) or _OUTLET_DATELINE.match(lead) or _DAY_OPENING.match(lead):
        return False  # a dateline, wherever it stands (`央视网消息（新闻联播）：…`, `本报讯（记者…）：…`)
    if _PROBLEMS_LEFT.search(lead):
        return False  # `当然，推进中也发现了一些需要解决的问题：`: the shortcomings, not a measure
    # `把成果晒出。`: results put to use or shown are a step of the work (_RESULTS_PUT_TO_USE), as a problem solved is
    if lead.endswith(_SPEECH_END) or any(
        cue in _RESULTS_PUT_TO_USE.sub("", _SOLVING.sub("", lead)) for cue in lx.NOT_MEASURE_INTRO
    ):
        return False
    if _topic_head(paragraph[: m.end()]):
        return False  # `第一，关于基本思路。`: the topic of a part of a speech
    if _ADDRESS.match(lead):
        return False  # `同志们，基层治理没有终点…。`: a speech's address to its audience, not a measure
    if _TWO_SIDES.match(lead):
        return False  # `一方面，…另一方面，…`: the two sides of one point (RULEBOOK practices: such frames are no list)
    if lead.startswith(_REPORTER):
        return False  # `记者旁听了一场“炉边议事会”。`: the reporter's scene, not what the case did
    if _MEETING_NARRATION.search(lead):
        return False  # `会议强调，要…`, `…出席会议并讲话。`: the meeting's story
    if _CODA.match(paragraph, m.end()):
        return False  # `潮平岸阔扬帆进,凝心聚力向未来。面对新形势新任务,…将进一步…`: a closing paragraph of plans
    return not opens_narration(lead)


def _lead_span(paragraph: str, lead_start: int, stop: int) -> tuple[str, int]:
    """(lead, end offset of the lead sentence incl. its punctuation) within paragraph[lead_start:stop].

    A lead ends at its first `。；：` however long (`一是把阵地建在群众身边，按照…，累计服务群众38万人次；`, GUIDELINES
    h51 and h276: the inline lead keeps its figures and quoted brands); only a run with no such mark before the
    next measure or the line's end, which on real pages can be a whole unpunctuated block, is cut short, and
    no lead runs past `MAX_LEAD_CHARS` (the `practices` contract's bound)."""
    m = _LEAD_END.search(paragraph, lead_start, stop)
    end = min(m.start(), lead_start + lx.MAX_LEAD_CHARS) if m else min(stop, lead_start + MAX_HEADING_CHARS)
    after = m.end() if m and m.start() == end else end
    return paragraph[lead_start:end].strip(), after


def _practices(article: Article, items: list[_Item], offsets: list[int], section_of: dict[int, int]) -> list[Practice]:
    paras = article.paragraphs
    out: list[Practice] = []
    for k, it in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        para = paras[it.para]
        stop = nxt.start if nxt is not None and nxt.para == it.para else len(para)
        heading, after = _lead_span(para, it.lead_start, stop)
        if len(heading) < 2:
            continue
        rest = [para[after:stop].strip()]
        if nxt is None or nxt.para != it.para:
            end_para = nxt.para if nxt is not None else _list_end(paras, it.para, section_of)
            if nxt is None and end_para == it.para + 1 and not rest[0] and out:
                end_para = _heading_line_end(paras, it.para, items)
            rest += list(paras[it.para + 1 : end_para])
        out.append(
            Practice(
                section_ordinal=section_of.get(it.para),
                ordinal=len(out) + 1,
                marker=it.marker,
                numbered=it.marker is not None,
                heading=heading,
                text="\n".join(r for r in rest if r),
                char_start=offsets[it.para] + it.lead_start,
            )
        )
    return out


# A paragraph that opens another labelled item (`成效一：…`, `启示二：…`): the measures' text stops before it.
_ITEM_LABEL = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}[{_CN}]{{1,2}}[：:]")


def _heading_line_end(paras: tuple[str, ...], last: int, items: list[_Item]) -> int:
    """`举措三：完善机制` as the last of measures printed as heading lines over their paragraphs, outside any part:
    its text is the paragraphs under it, as many as the longest earlier measure's, up to a marked or labelled line."""
    spans = [b.para - a.para for a, b in pairwise(items)]
    end = last + 1
    while (
        end < len(paras)
        and end - last < max(spans, default=2)
        and not any(p.match(paras[end]) for _, p in _START_FAMILIES)
        and not _ITEM_LABEL.match(paras[end])
    ):
        end += 1
    return end


def _list_end(paras: tuple[str, ...], last: int, section_of: dict[int, int]) -> int:
    """The last measure runs to the end of its section (or only its own paragraph outside sections)."""
    section = section_of.get(last)
    if section is None:
        return last + 1
    end = last + 1
    while end < len(paras) and section_of.get(end) == section:
        end += 1
    return end


def _closes_the_list(line: str) -> bool:
    """`【见效：小事议出大变化】`, `写在最后`: a heading of results or of the close; the measure above ends there."""
    head = _undecorated_head(line)
    if len(head) > SUBHEAD_CHARS or re.search(r"[。！!；;]", head):
        return False
    return head.startswith(lx.CLOSING_HEADS) or (_colon_head(head) and _results_head(head))


def _from_subheadings(
    article: Article, heads: list[int], offsets: list[int], section_of: dict[int, int]
) -> list[Practice]:
    """Each heading line with the paragraphs under it, up to the next heading or its section's end."""
    paras = article.paragraphs
    out = []
    for k, i in enumerate(heads):
        end = _list_end(paras, i, section_of) if section_of.get(i) is not None else len(paras)
        if k + 1 < len(heads):
            end = min(end, heads[k + 1])
        end = next((j for j in range(i + 1, end) if _closes_the_list(paras[j])), end)
        head = _undecorated_head(paras[i])
        head_start = len(paras[i]) - len(head)
        # `1．“一张图”摸清家底`, `（2）…`: a sub-heading numbered by a list marker keeps that marker (GUIDELINES h522)
        numbered = next((m for _, f in _HEAD_MARKERS if (m := f.match(head))), None) or _SHI_HEAD_MARKER.match(head)
        marker = numbered.group(0).strip() if numbered else None
        if numbered:
            head, head_start = head[numbered.end() :], head_start + numbered.end()
        if _colon_head(head):
            head = re.split(r"[：:]", head, maxsplit=1)[0]  # the lead stops at the colon (GUIDELINES, h76)
        if head.startswith(("【", "[")) and len(head) > 1:
            head, head_start = head[1:].rstrip("】]"), head_start + 1  # `【建厅：…】` → `建厅` (GUIDELINES, h51)
        out.append(
            Practice(
                section_of.get(i),
                k + 1,
                marker,
                marker is not None,
                head[:MAX_HEADING_CHARS],
                "\n".join(paras[i + 1 : end]),
                offsets[i] + head_start,
            )
        )
    return out
