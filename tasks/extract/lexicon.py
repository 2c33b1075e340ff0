"""Domain vocabulary of the case extractors, in one place: units, qualifiers, region suffixes, brand cues.

The extractors in this package hold no word lists of their own; a new unit, qualifier or cue is one
entry here (themes, being a researcher-facing taxonomy, live in `seeds/themes.csv` instead, and the
gazetteer in `seeds/reference/gazetteer/`).
"""

from __future__ import annotations

import csv
from pathlib import Path

# ---------------------------------------------------------------------------------------------------
# Figures (facts)
# ---------------------------------------------------------------------------------------------------

# Units are data (tasks/extract/data/units.csv: surface, canonical unit, kind, Chinese-numeral use):
# a measure word after a number is a unit when it is listed there; the file says why per group.
UNITS_CSV = Path(__file__).resolve().parent / "data" / "units.csv"


def _read_units() -> list[dict[str, str]]:
    with UNITS_CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


_UNIT_ROWS = _read_units()
# Surface unit → canonical unit. The facts scan tries the longest surface forms first, so 平方公里 wins over 公里.
UNITS: dict[str, str] = {r["surface"]: r["canonical"] for r in _UNIT_ROWS}
UNIT_KINDS: dict[str, str] = {r["canonical"]: r["kind"] for r in _UNIT_ROWS}

# Canonical units that measure an amount of something named before the figure (`经费3500万元`,
# `结案率99.3%`); for counting classifiers the counted thing usually follows (`1032个网格`).
MEASURE_UNITS = frozenset(u for u, k in UNIT_KINDS.items() if k == "measure")
# Canonical units whose own word names the counted thing (`持证社工1378人`): subject before.
PERSON_UNITS = frozenset(u for u, k in UNIT_KINDS.items() if k == "person")
# Durations (`46个年头` → 46 年, `3个月` → 3 月, `24小时`): what lasts is named before the figure.
TIME_UNITS = frozenset(u for u, k in UNIT_KINDS.items() if k == "time")

# Surface units with which a figure written in Chinese numerals under ten is a fact (`二十三户`, `三次`);
# with the others `三张清单`, `两个清单`, `三支队伍` name parts of a practice, not amounts.
CHINESE_NUMERAL_SURFACES = frozenset(r["surface"] for r in _UNIT_ROWS if r["chinese"] == "yes")
# Per surface, the characters after it that make it the start of another word (`三轮车`, `5车道`).
UNIT_WORD_AFTER: dict[str, str] = {r["surface"]: r["word_after"] for r in _UNIT_ROWS if r.get("word_after")}
# Shares and ratios: `增加了一倍`, `减少约一成` state an amount even with the numeral 一.
RATIO_UNITS: tuple[str, ...] = ("倍", "成", "番")
# Volumes a story counts after naming the record, the count closing its clause (`民情日记有厚厚三本。`,
# `已经写满了三大本`; round AD, first sight d1178 52nd set, d1664 75th, d1853 72nd); `三本台账` before its noun names
# a practice's parts.
VOLUME_SURFACES: tuple[str, ...] = ("本", "大本")
# A duration in Chinese numerals (`一年来`, `一个月时间`, `一个星期内`, `不到一周`, `近一年`, `为一年`) is a
# figure with one of these around it; without them `一天`, `一年` tell a story (`有一天`), not a span.
# `走了一个月`: a verb's 了 before a span measures how long it went on; `一坚持就是两年` likewise
DURATION_BEFORE: tuple[str, ...] = (
    "连续",
    "经过",
    "通过",
    "历时",
    "用了",
    "用",
    "近",
    # `吵了快两年` → `两年` (GUIDELINES h497: 快 is left out like 近)
    "快",
    "已经",
    "整整",
    "不到",
    "不足",
    # a time limit (`每段工期不超过一个月`, GUIDELINES h572), like `不到一周`
    "超过",
    "为",
    "了",
    "就是",
    "坚持",
    # a threshold of tenure in a rule (`对经营满一年、没有投诉的`, GUIDELINES h746)
    "满",
    # a verb and 上 taking up time (`要拖上一周`, `得等上一天`, `花上一个月`); never `上一周` alone (last week)
    "拖上",
    "等上",
    "花上",
    "耗上",
    # a term of office or of a scheme (`任期一年`, `为期一周`, `期限一个月`), as for years above one
    "任期",
    "为期",
    "期限",
    # plain members of the terms (`聘期两年` d1378 55th set, `挂职期一年` d1814 70th, read two characters back as
    # `职期`; RULEBOOK facts: `任期两年`)
    "聘期",
    "职期",
    # staying somewhere for the span, as fieldwork or service (`在…小区蹲点一周`, `驻点一个月`, `跟班一周`;
    # a research group's own fieldwork figures are facts, GUIDELINES h176); `固定一个晚上` stays a phrase
    "蹲点",
    "驻点",
    "跟班",
    "驻村",
    "调研",
    # how long a thing has run or a state has lasted so far (`服务站运营已有两年`, `已运行三年的平台`): 已 and the
    # verb of running, as `已经` (RULEBOOK facts: durations of a state; the age of a place or service)
    *("已有", "已运行", "已运营", "已开办", "已成立", "已坚持", "已开展"),
)
# `…，一个月就完成了改造`: a span opening its clause, then 就 and a verb of finishing, is how long the work took
# (like `不到一周就完成`, GUIDELINES h101); `仅一年就收到…诉求`, `议事会一周就帮我们…` frame or tell, and stay phrases.
# 把 opens the disposal of what was dealt with within the span (`一个月就把楼道清了出来`, `一个下午就把事情说开了`,
# GUIDELINES h347; `不到一个小时就把包送回`, h276).
FINISHED_AFTER_SPAN: tuple[str, ...] = (
    "完成", "完工", "建成", "建好", "办结", "办好", "办完", "修好", "修完", "干完", "解决", "搞定", "落地", "赶到",
    "到位", "见效", "全部", "顺利", "把",
    "排除",  # a fault cleared (`半个小时就排除了故障`, d1161): a plain member of the verbs of finishing
)  # fmt: skip
# `一周甚至更久`: the span is the lower bound of how long something takes; `一个小时不到，…有了着落` (GUIDELINES
# h871): the bound after the span, as `不到一个小时` before it
DURATION_AFTER: tuple[str, ...] = (
    "来",
    "以来",
    "间",
    "时间",
    "内",
    "之内",
    "以内",
    "下来",
    "共",
    "过去",
    "甚至更",
    "不到",
)
# Nouns whose count in Chinese numerals after a classifier is an amount in a story (`两个孩子`,
# `两所幼儿园`, `三家物业`); other nouns after such a count name the parts of a practice (`三张清单`,
# `两支队伍`, `三个环节`), which are not figures (tests/gold/GUIDELINES.md, facts).
# Classifiers of kinds (`三类小区`, `两种模式`): a Chinese-numeral count of kinds is a category label.
CATEGORY_CLASSIFIERS: tuple[str, ...] = ("类", "大类", "种", "样")
# Classifiers only physical things take (trees, plants, animals and objects, lamps, boats, doors): a count in
# words with one of them counts things, never the parts of a practice (`三张清单`, `两支队伍` take other classifiers).
# buildings (`三栋焕新升级的建筑`; `两栋楼的居民` after numbered buildings refers back, `_named_before`)
# (not 头, 道, 块, 辆: `两头`, `二道桥`, `三块加起来`, `三道难题`, a household's `两辆车` are idioms, names, conditions)
OBJECT_CLASSIFIERS: frozenset[str] = frozenset(("棵", "株", "只", "盏", "艘", "扇", "栋", "幢"))
COUNTED_NOUNS_TXT = Path(__file__).resolve().parent / "data" / "counted_nouns.txt"
COUNTED_NOUNS: tuple[str, ...] = tuple(
    sorted(
        (
            w
            for line in COUNTED_NOUNS_TXT.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")
            for w in line.split()
        ),
        key=len,
        reverse=True,
    )
)

# A year count in Chinese numerals is a duration only with one of these around it (`连续三年`, `三年来`);
# otherwise it names a plan or a stage (`三年行动计划`, `五年规划`).
CHINESE_YEARS_BEFORE: tuple[str, ...] = (
    "连续",
    "经过",
    "通过",
    "历时",
    "用了",
    "近",
    # `吵了快两年` → `两年` (GUIDELINES h497: 快 is left out like 近)
    "快",
    "已经",
    "整整",
    "了",
    "为",
    "就是",
    # `不到一年物业就撤场了`, `不足一年`: a span too short, like `不到一周` (GUIDELINES, decided for h101)
    "不到",
    "不足",
    # a term of office or of a scheme (`任期两年`, `为期三年`, `期限一年`)
    "任期",
    "为期",
    "期限",
    "聘期",  # plain members of the terms, as above (d1378, d1814)
    "职期",
    # a state kept up (`已经坚持三年了`, `坚持两年`): how long it has gone on
    "坚持",
    # a threshold of tenure in a rule (`对经营满一年、没有投诉的`, GUIDELINES h746, as `连续两天`)
    "满",
    # a plan's span ahead (RULEBOOK facts: targets and plans are figures, `用三年时间`; round AC, first sight d1382
    # `计划今后两年轮训…`, d1764 `预计未来三年还将有…`, as the Arabic `今后3年` of d322): plain members of the class
    "今后",
    "未来",
    # how long a thing has run or a state has lasted so far (`服务站运营已有两年`, `已运行三年的平台`): 已 and the
    # verb of running, as `已经` (RULEBOOK facts: durations of a state; the age of a place or service)
    *("已有", "已运行", "已运营", "已开办", "已成立", "已坚持", "已开展"),
)
# A year count in words before these names a plan (`三年行动计划`, `五年规划`), whatever cue comes before it
# (`坚持三年行动计划不动摇`).
PLAN_NAMES_AFTER_YEARS: tuple[str, ...] = ("行动计划", "行动方案", "规划")
# `两年过去，…` passes a span like `两年下来`; `坚持三年了。`, `快两年了，…`: 了 closing the clause says how long
CHINESE_YEARS_AFTER: tuple[str, ...] = (
    "来",
    "以来",
    "多来",
    "间",
    "时间",
    "内",
    "之内",
    "下来",
    "共",
    "过去",
    "了，",
    "了。",
    "了！",
    "了,",
    # `搬进来二十年没见过这么热闹`: how long a state has lasted, like `报纸两天没动` (GUIDELINES h276)
    "没",
    "未",
)

# 岁 makes a figure only in a statistic about a group (`平均年龄由45岁下降至36岁`), never a person's age
# (`今年72岁`, `年龄最大的已经80多岁`): one of these must come before it in the sentence.
AGE_STATISTIC_CUES: tuple[str, ...] = ("平均年龄", "年龄结构", "平均年龄为", "年龄段")

# A bare 日 after a number is a date (`6月18日`, `5日召开`) unless one of these follows (`3日内上报`).
DAY_DURATION_AFTER: tuple[str, ...] = ("内", "之内", "以内")

# Units that also pair two numbers (`1对1帮扶`): followed by a digit, the figure is no amount.
PAIRING_UNITS: tuple[str, ...] = ("对",)

# A bare 年 after a number is a date unless the number is a small count (`连续3年`); these after it
# make it a decade, grade or year label even then (`80年代`, `3年级`, `2年度`).
NOT_DURATION_AFTER_YEAR: tuple[str, ...] = ("代", "级", "度", "份", "制", "届")

# Magnitude words after a number (`50.3万`, `2601.5亿`, `3500余万`).
# (`4.2个亿`, `1.3个亿元`: the spoken hundred million with a classifier before it, one magnitude)
MAGNITUDES: dict[str, int] = {
    "万亿": 10**12,
    "千万": 10**7,
    "百万": 10**6,
    "个亿": 10**8,
    "亿": 10**8,
    "万": 10**4,
    "千": 10**3,
}

# Qualifiers, written form → canonical form. Before the figure:
QUALIFIERS_BEFORE: dict[str, str] = {
    "将近": "近",
    "接近": "近",
    "近": "近",
    "约": "约",
    "大约": "约",
    "超过": "超过",
    "超": "超过",
    "逾": "超过",
    "多于": "超过",
    "不低于": "不低于",
    "不少于": "不低于",
    "至少": "不低于",
    "不足": "不足",
    "不到": "不足",
    "少于": "不足",
    "不超过": "不超过",
    "最高": "不超过",
}
# … and after the number (`2000余名`, `20人左右`, `300米以内`).
QUALIFIERS_AFTER: dict[str, str] = {
    "余": "余",
    "多": "余",
    "左右": "约",
    "上下": "约",
    "以上": "超过",
    "以内": "不超过",
    "以下": "不超过",
}
QUALIFIER_MEANINGS: dict[str, str] = {
    "近": "slightly less than the value",
    "约": "approximately the value",
    "余": "somewhat more than the value (余/多)",
    "超过": "more than the value (超过/以上/逾)",
    "不低于": "at least the value (不低于/不少于/至少)",
    "不足": "less than the value (不足/不到)",
    "不超过": "at most the value (以内/以下/不超过)",
}

# Between the two ends of a range (`10万—20万元`, `1—2名`, `5%—10%`, `10至20人`).
RANGE_DASHES = "—–-－~～至到"

# Frequencies (GUIDELINES facts, the lead's round X decision): how often a practice recurs is no figure.
# Units that count occurrences of an event (canonical units: `场次` is 场).
# 届 (a festival's or a fair's editions, `每年举办民族文化节两届`, GUIDELINES decided for h1612: a schedule; first sight
# d1713, 66th set) is a plain member of the class, round AC.
OCCURRENCE_UNITS: frozenset[str] = frozenset({"次", "遍", "回", "趟", "场", "期", "轮", "圈", "班次", "届"})
# 每 and a period word that make a clause a schedule: `每月`, `每个季度`, `每两个月`, `每2周`, `每半个月`, `每学期`.
SCHEDULE_PERIOD = (
    r"每(?:个|一个?)?(?:半个?|[两二三四五六七八九十\d]+个?)?(?:天|日|晚|夜|周|星期|礼拜|月|季度|季|年度|年|学期|旬)"
)
SCHEDULE_WORDS: tuple[str, ...] = ("定期",)
# A clause this short that opens with the period frames the next clause's schedule (`每年汛前，各社区至少开展1次…`).
SCHEDULE_FRAME_CHARS = 12
# Words that make a count per period a rule of a practice whatever its size (`不少于200期`, `控制在3次以内`).
SCHEDULE_BOUNDS: tuple[str, ...] = ("不少于", "至少", "不低于", "不超过", "控制在", "最多")
# Before a count in its clause: the events counted took place (an outcome), or the count is a threshold in a rule.
VOLUME_WORDS: tuple[str, ...] = ("累计", "共计", "以来", "连续")
# 平均 over a group makes a count per period a statistic (`平均每年召开议事会议11次`), over each person a rota
# (`平均每人每月参加志愿服务4次以上`).
AVERAGE_WORD = "平均"
PER_PERSON_AFTER_AVERAGE: tuple[str, ...] = ("每人", "每名", "每位", "每户", "每个人")
# From this size up a count per period not bounded as a rule reports events held (`每年举办活动180余场`).
VOLUME_FROM = 10

# Before `建成…年` one estate whose age is given (`一个建成30多年的老小区`), not a class of estates past a bound.
ONE_ESTATE_BEFORE: tuple[str, ...] = ("一个", "一座", "一处", "一栋", "一幢", "一片")

# An amount of time per period is a figure (the lead's round X: `每周至少接待居民半天` → 0.5 天, `每周两个下午`):
# one such unit in words after 每 and a period counts too (`每月固定一天`, `每周固定一个早上`); so do items
# (`每年认领一件`).
PER_PERIOD_TIME_SURFACES: tuple[str, ...] = ("天", "个晚上", "晚上", "个早上", "个傍晚", "个下午", "个上午", "个中午")
PER_PERIOD_ITEM_SURFACES: tuple[str, ...] = ("件",)

# Text right before a number that makes it an ordinal, not a figure.
NOT_A_FIGURE_BEFORE: tuple[str, ...] = ("第", "星期", "周")

# Words that open the service a nationwide "N-minute" planning term promises (`15分钟便民服务全覆盖`,
# `10分钟党群服务` like `15分钟生活圈`): the minutes name the concept (GUIDELINES, not facts, h151 and h226).
MINUTE_CIRCLE_HEADS: tuple[str, ...] = (
    "便民",
    "生活",
    "党群",
    "服务全覆盖",
    "服务半径",
    "健身",
    "养老",
    "医疗",
    "就医",
    "文化",
    "阅读",
    "政务",
    "就业",
    "商业",
    "托育",
    "健康",
)

# A demonstrative right before a number refers back to a figure given before (`在这3个街道试点`, `上述两个
# 小区`): it counts nothing new.
DEMONSTRATIVES: tuple[str, ...] = ("这", "那", "上述", "前述", "这些", "那些")
# In Chinese numerals these too refer back (`比另外两个街道高`); `另外4家企业` in digits adds new ones.
CHINESE_REFERRING_BACK: tuple[str, ...] = ("另外", "其余", "其他")  # not 该: `应该3天内`
# …unless a joiner adds them to someone just named (`李永福和另外两名议事员到场`, GUIDELINES h372): new people counted.
ADDING_BEFORE_OTHERS: tuple[str, ...] = ("和", "与", "同", "跟", "及", "带着", "叫上", "还有", "加上", "连同")
# 圈 counts laps only shortly after a verb of going round (`在巷里走两圈`, `每天巡查3圈`, `绕小区跑了两圈`); else it is
# a circle or a ring of something (`党建三圈`, `两圈融合`).
LAP_VERBS: str = "走跑转绕巡逛兜遛骑游查看"
# 级 counts the steps of a stair only before a stair's noun (`100多级台阶`, `100多级梯坎`); else a level or grade.
STAIR_NOUNS: tuple[str, ...] = ("台阶", "阶梯", "石阶", "梯坎", "梯道", "石梯", "梯步", "踏步", "步梯")

# Place names that end like these, right before a building number, make it an address (`住在小区8栋的居民`).
ADDRESS_PLACE_ENDS: tuple[str, ...] = ("小区", "花园", "家园", "公寓", "新村", "大院", "苑")
# The last character of an area's name (`湓浦路社区`, `新城安置区`, `渔民新村`, `锦绣家园`): a building number right
# after one and followed by 的 is the building of that area, an address (`社区18栋的退休教师`).
AREA_NAME_ENDS: frozenset[str] = frozenset("区村园苑")
# Verbs of living right before a building number make it the home's address (`住在12栋的退休职工`).
RESIDENCE_VERBS: tuple[str, ...] = ("住在", "家住", "居住在", "住")
# Round AB (issue 10, address numbers): a residence phrase opened by one of these holds the home's address to the
# end of its clause, the estate or building named first (`家住红砖楼42栋的`, `住在江湾小区5号楼的`); a bare 住 is
# left out (`住着`, `住进了42栋高层安置楼` counts buildings).
RESIDENCE_PHRASE_OPENERS: tuple[str, ...] = ("家住", "住在", "居住在")
# What follows a building number in an address: 的 and a person or part, a verb of being or having
# (`小区3栋有一位独居老人`, `社区12栋是一栋老楼`), the next part of the address, a list joiner or the clause's
# end; a count of buildings is followed by its noun instead (`6栋红砖楼`, `3栋楼`, `42栋高层安置楼`).
ADDRESS_NUMBER_AFTER: str = "的有是住里内和与及、，,。；;：:！!？?”\n0123456789"
# …of them, those that keep the clause going: right after an estate's name only these make the number an address.
ADDRESS_NUMBER_IN_CLAUSE: str = "的有是住里内"
# Areas that are no estate's name: a building count right after one counts the area's buildings (`辖区42栋`).
GENERIC_AREAS: tuple[str, ...] = ("辖区", "全区", "城区", "片区", "市区", "园区", "景区", "该区", "本区")

# Words that make a Chinese numeral vague (`几十名`, `数百人`, `上千家`, `十几位` is caught by 几 after it).
VAGUE_BEFORE: tuple[str, ...] = ("几", "数", "上", "成")

# After a time figure these make it a point in time counted back, not a span (`3年前`, `较两个月以前`).
# Counted forward too (`两个月后地图上的红点基本清零`, `三年之后`): the moment something happened, not a span.
RELATIVE_TIME_AFTER: tuple[str, ...] = ("前", "以前", "之前", "后", "以后", "之后")
# Round AC: the verb of a rule's set period right before the span (`议定的事张榜公示7天后实施`, `方案公示5天后
# 交物业落实`, `试行3个月后再定`): the span measures that period, a time limit (RULEBOOK `公示7天`), whatever 后
# dates after it (first sight d1592, d1615, d1680, d1691: the 64th, 74th, 65th and 66th sets).
RULE_PERIOD_VERBS: tuple[str, ...] = ("公示", "公告", "试行", "试运行")
# `发射前5天集结`, `开学前3天发通知`: an event, 前 and a time count date a moment before the event (GUIDELINES
# h397); with one of these after it the count is a span or a limit again (`议定前3天内公示`, `开会前3天里`,
# `前3天就报满了`). 提前 is a lead time (`提前3天预约`, no fact: LEAD_TIME_BEFORE), 前后 a window (`发射前后3天里`).
SPAN_AFTER_POINT: tuple[str, ...] = ("内", "之内", "以内", "里", "间", "时间", "就")
# A lead time (`提前5天公布`, `提前一周把议题张贴`) says how early, it measures no span (GUIDELINES h472, round R).
LEAD_TIME_BEFORE: tuple[str, ...] = ("提前", "提早")
# After a bare span in words opening its clause, these keep the span a figure of its own (`两年来`, `两年内发展…`,
# `两天就修好了`, `两年了`, `两个星期后`); straight after it a verb or 共/累计 and an amount make it the frame of that
# amount (`，两年共投入资金820万元`: only the amount, GUIDELINES h547, h871, h921, h971).
SPAN_KEPT_AFTER: tuple[str, ...] = (
    "来", "以来", "下来", "内", "之内", "以内", "间", "里", "时间", "就", "后", "前", "以后", "之后", "以前", "之前",
    "的", "多", "半", "左右", "以上", "过去", "甚至", "中", "了", "不到", "没", "未", "都", "也",
)  # fmt: skip
NOT_EVENT_BEFORE_FRONT: tuple[str, ...] = ("提", "后", "之", "以", "目", "当", "此", "的", "最")
# `365天不打烊`, `一年365天无休`: every day of the year, a set phrase of service, no span measured
# (GUIDELINES h422); `24小时` stays a figure (`24小时值守`, `提供24小时热水`, decided for h422).
DAYS_OF_A_YEAR: tuple[str, ...] = ("365", "三百六十五")
# (and `365天坚持上门服务`: every day of the year kept up, real set r123)
ALWAYS_OPEN_AFTER: tuple[str, ...] = (
    "不打烊", "不停", "不断", "不间断", "不休", "无休", "无间断", "如一日", "不歇", "坚持",
)  # fmt: skip
# `物业公司3年里换了4家`, `一年换了3家物业公司`: the span frames how often something was replaced; only the
# count of replacements is a figure (GUIDELINES h276, h422).
TURNOVER_VERBS: tuple[str, ...] = ("换了", "换过", "更换了", "换掉了")
FRAME_BEFORE_VERB: tuple[str, ...] = ("里", "中", "间", "就", "先后", "竟", "已", "")
# A count in words of matters a case solved, after the matters named (`解决了车位分配和电梯维保两件“老大难”`,
# GUIDELINES h422): concrete items, unlike `重点做好三件事：一是…` (the parts of a plan) or `三张清单`.
MATTER_UNITS: tuple[str, ...] = ("件", "桩", "项")
# and verbs of settling on or taking up matters named (`确定了引进物业、改造路面、规划车位三件事`, `围绕停车和电梯两件事
# 连续商量了3个晚上`, GUIDELINES h746, h771)
RESOLVING_VERBS: tuple[str, ...] = (
    "解决",
    "化解",
    "破解",
    "办成",
    "办好",
    "办结",
    "办妥",
    "解开",
    "理顺",
    "确定",
    "围绕",
    "议定",
    "商定",
)
ITEM_JOINERS: str = "、和与及"
# After 在, a count in words right after that many names in apposition counts the places or fields named (`在夏布、
# 陶艺两个行业`, `安置在新城、金坑两个安置区`: GUIDELINES round N, h921) with these classifiers of places, lines and
# trades; the parts of a practice keep their own classifiers (`权力、责任、服务三张清单`, `两支队伍`) or one of these
# nouns after the count (`在线上、线下两个平台`, `在…三个方面`), and stay names.
NAMED_ITEMS_CLASSIFIERS: tuple[str, ...] = ("个", "条", "座", "所", "家", "处")
PRACTICE_PART_NOUNS: tuple[str, ...] = (
    "清单", "机制", "平台", "体系", "环节", "方面", "阵地", "队伍", "制度", "模式", "载体", "品牌", "工程", "行动",
    "板块", "渠道", "途径", "抓手", "责任", "任务", "目标", "原则", "步骤", "层面", "维度", "领域", "服务", "功能",
)  # fmt: skip

# Address parts: a number right after a numbered one of these (`12号楼3单元`, `3栋2单元`), or a building
# number followed by another number, is an address, not a count.
ADDRESS_BEFORE: tuple[str, ...] = ("号楼", "号院", "栋", "幢", "号", "单元")
ADDRESS_UNITS: tuple[str, ...] = ("栋", "幢", "号楼", "单元", "层", "楼")
# The other parts of a home's address a residence phrase gives by number: a villagers' group (`家住3组的村民`) and an
# estate's phase (`住在南苑小区4期`); inside `家住…`/`住在…` they are the address, not a count of groups or phases.
RESIDENCE_NUMBER_UNITS: tuple[str, ...] = ("组", "期")  # units.csv surfaces (区, 排 are none)
# A numbered building where people live or someone goes is an address (`23栋的居民反映`, `又赶到9栋`),
# like `住在12栋`; a count of buildings is built, renovated or owned (`建成3栋安置楼`).
BUILDING_NUMBER_UNITS: tuple[str, ...] = ("栋", "幢", "号楼")
# Round AC (issue 10: no year taken as a figure): cohorts and editions the genre names by their year before the noun
# (`2024届毕业生`, `2023期培训班`, `2024批次志愿者`); a count of them is small (`连续举办3届`), one shaped like a year
# is no count. Surfaces of units.csv.
# (review AC: no seeds or development text holds one, the made-up probe only; kept as the year rule's plain case, no
# number shaped like a year counts cohorts or editions, rather than one sample's words)
COHORTS_NAMED_BY_YEAR: tuple[str, ...] = ("届", "期", "批", "批次")
# Before `N栋的`, what keeps a count of buildings (`一个有42栋的小区`, `共12栋的安置区`); otherwise `N栋的` names one.
BUILDING_COUNT_BEFORE: tuple[str, ...] = ("有", "共", "计")
GOING_TO_BUILDING: tuple[str, ...] = (
    "赶到", "来到", "走到", "跑到", "回到", "走进", "赶往", "前往", "去往", "跑去", "赶去", "送到", "搬到",
)  # fmt: skip
# The top of a scoring scale (`满分10分`, like `百分制`) is not a figure; the threshold under it is
# (`低于8分`, GUIDELINES h622).
SCALE_BEFORE: tuple[str, ...] = ("满分", "总分为", "满分为", "满分是")
# A span that frames an amount in the same clause (`在3天里帮他招到了26名工人`, `两天时间清出杂物30多车` opening
# its clause): only the amount is a figure (GUIDELINES h547, h597); `两年内发展…` is a time limit and
# `用两个月时间解决了…` the time a task took (facts).
FRAMING_AFTER_SPAN: tuple[str, ...] = ("时间里", "时间", "里")
# The end of a building's name (`万达写字楼`, `金融大厦`, `市民中心`): storeys right after it are a floor
# (`一座37层的大厦`: 座 there is the classifier of the building, its storeys follow).
BUILDING_NAME_ENDS: tuple[str, ...] = ("楼", "厦", "中心", "广场", "商场", "馆")
# A building's storeys are said after these (`共有31层`, `楼高29层`); a floor after these (`住在6层`, `到3层`).
STOREYS_BEFORE: tuple[str, ...] = ("有", "高")
FLOOR_BEFORE: tuple[str, ...] = ("在", "到", "于", "住", "至")
# A storey threshold of the buildings counted (`6层以上、没有电梯的`, `4层及以上`).
STOREY_THRESHOLDS: tuple[str, ...] = ("以上", "以下", "及以上", "及以下")
# A comparison's intensifiers (`比…开十次会还管用`, `比…跑十趟更强`): a round numeral before them exaggerates.
COMPARISON_INTENSIFIERS: tuple[str, ...] = ("还", "更")
# A plan's emphasis before `N件事：` (`重点做好三件事：`, `主要抓了三件事：`): the case's measures announced,
# not things done.
PLAN_EMPHASIS: tuple[str, ...] = ("主要", "重点", "着力")
# A whole year before `365天` (`全年365天`, `一年365天无休`): every day, a set phrase of service.
WHOLE_YEAR_BEFORE: tuple[str, ...] = ("一年", "全年", "每年")
# A count in words of people that names again the parties a story counted just before (`两名青年…后来
# 两个人还合伙`, `两户邻居…把两家人请到`, GUIDELINES h251): the parties, not a new count.
PERSON_COUNT_WORDS: str = "名位户个家对人"
# Nouns of firms a story counts with 家 after their trade (`两家服装加工企业`, `三家物流公司`).
FIRM_NOUNS: tuple[str, ...] = ("企业", "公司", "工厂", "机构")
# Shops a story counts with 家 after what they sell, also behind a short `…的` (`两家相邻的茶叶店`, GUIDELINES h796:
# a count in a story, 2 家); `两家中间的院子` names no shop.
# (plain members of the shops and workplaces a story counts with 家: `有两家作坊因为烧窑…` d1622 74th set,
# `开着两家客栈` d1778 69th, `两家柴窑因烧窑烟尘…` d1874 73rd)
SHOP_NOUNS: tuple[str, ...] = ("店", "馆", "铺", "坊", "栈", "窑")
# Kinship pairs counted with a bare numeral (`两兄弟`, `两姐妹`): the parties of a story, named again by `两人` later
# (GUIDELINES h746: `两兄弟` is a kinship phrase, like `一对老夫妻`).
# Rain and snow measured in the clause before a depth (`降雪量达到18毫米`): the weather, never a figure (RULEBOOK);
# a flood's depth (`积水深达30厘米`) is the case's.
PRECIPITATION: tuple[str, ...] = ("降水", "降雨", "降雪", "雨量", "雪量")
PRECIPITATION_UNITS: frozenset[str] = frozenset(("毫米", "厘米"))
# What a household's size is given after (`一家五口`, `一大家子8口人`, `全家三口`): a family phrase, no figure.
HOUSEHOLD_BEFORE_SIZE: tuple[str, ...] = ("家", "家子", "全家")  # (`一家五口`, `小王家4口人`: real set r130)
# Heads of a lane's or hamlet's name that a count in words can open (`十八家巷`, `三家庄`): an address, no count.
LANE_HEADS: tuple[str, ...] = tuple("巷弄街路庄湾坊岭坝埠")
KINSHIP_PAIRS: tuple[str, ...] = (
    "兄弟",
    "姐妹",
    "兄妹",
    "姐弟",
    "父子",
    "母女",
    "父女",
    "母子",
    "夫妻",
    "口子",
    "婆媳",
    "妯娌",
)
# Loose set phrases of time (`一出车就是十天半个月`, `三天两头`, `一年半载`): a long while, no span measured.
LOOSE_TIME_PHRASES: tuple[str, ...] = (
    "十天半个月",
    "十天半月",
    "三天两头",
    "一年半载",
    "三年五载",
    "三年两年",
    "一天半天",
)
# Round AB (halves of a unit in words, RULEBOOK facts "Time"): `半小时`, `半天`, `半个月`, `半年` are figures (0.5 of
# the unit) as a span since (`平台上线半年来`, `半年下来`), a task span of one event after a cue of the time it took
# (`用了不到半个月就修好了`, `不到半小时就办好了`; a year's half after 用了 is loose: `用了半年时间`), the end or start
# of a measured change (`办事时间由3天缩短至半天`, `由过去的半天缩短到20分钟`) and time per occasion (`每次议事都会
# 留出半小时`).
HALF_SINCE_AFTER: tuple[str, ...] = ("下来", "来")
HALF_TASK_CUES: tuple[str, ...] = ("用了不到", "只用了", "仅用了", "用了", "用时", "只用", "仅用", "花了", "不到")
HALF_CHANGE_BEFORE: tuple[str, ...] = (
    "缩短到", "缩短至", "缩短为", "减少到", "减少至", "压缩到", "压缩至", "降到", "降至", "提速到",
)  # fmt: skip
HALF_CHANGE_AFTER: tuple[str, ...] = ("缩短", "减少", "压缩", "降")
# Words of a habit in the sentence before a half (`现在打个电话，半个小时就有人上门`, `往往不到半天就有人来处理`,
# `打个电话，不到半天就有人上门`; a story's `打了个电话` is one event): what usually happens, loose (RULEBOOK
# `两个小时就有人来处理` said of what usually happens).
HALF_HABIT_BEFORE: tuple[str, ...] = (
    "现在", "一般", "往往", "通常", "平时", "只要", "常常", "经常", "总是", "打个电话",
)  # fmt: skip
# `往往一拖就是一年`: a habitual adverb, then 一, a verb and 就是 before a span: how long such a thing tends to last,
# a generalisation, not a span measured (GUIDELINES h796 `一拖就是一年`); without the adverb the story's
# `一聊就是两个小时`, `一干就是5年` state how long it lasted (the gold of d304, d365, d784, d839).
GENERALISING_SPAN = r"(?:往往|常常|经常|通常|动不动|动辄)[^，,。；;！？]{0,4}一[\u4e00-\u9fff]就是$"
# Labels that open an address (`地址是上芬村东区3栋`, `地址：某路8号3栋`): a building number in the same
# clause after them is part of the address.
ADDRESS_LABELS: tuple[str, ...] = ("地址", "住址", "门牌")
# Where a thing stands relative to a numbered building (`社区3栋楼下`, `5号楼门前`): the number names the
# building as a place; it counts no buildings.
BESIDE_BUILDING: tuple[str, ...] = (
    *("楼下", "楼前", "楼后", "楼旁", "楼道", "门口", "门前", "底下", "旁边"),
    *("那边", "那儿", "那里", "后面", "前面", "对面", "附近"),  # said in speech: `2栋那边冒烟了`
)
# Units that are also nouns of the genre (`发放积分93万分`, `每条线索奖励2积分`): in a subject they are
# the noun counted, not a measure word.
NOUN_UNITS: frozenset[str] = frozenset({"积分"})
# Kinds of whole building a storey count describes (`7层住宅楼`, `6层步梯楼`); `2层裙楼` is a floor of a part.
WHOLE_BUILDINGS: tuple[str, ...] = (
    "住宅楼", "居民楼", "宿舍楼", "办公楼", "步梯楼", "楼房", "老楼", "小楼", "商务楼", "写字楼", "安置楼",
    "砖混楼", "砖楼", "厂房", "仓库", "平房",
)  # fmt: skip
# A verb's directional complement closing a short heading (`机制立起来`, `队伍沉下去`): a clause that says
# what was done, never the name of an article's part (`主要做法`, `运行机制`).
# Numerals that open a counted head of a sub-heading (`一张网格管到底`, `一套机制促长效`, `两个清单理职责`).
HEAD_COUNT_NUMERALS = "一二两三四五六七八九十"
DIRECTIONAL_COMPLEMENTS: tuple[str, ...] = (
    "起来", "下去", "下来", "上来", "上去", "出来", "出去", "进来", "进去", "过来", "开来", "回来",
)  # fmt: skip
# A family phrase (RULEBOOK facts, Counts: `一家五口`, `带着两个孩子`): a parent taking the children along, whose
# number is no figure (round AC); a story's other counts of children stay (`家里三个孩子没人管`, counted_nouns.txt).
FAMILY_TAKING_ALONG: tuple[str, ...] = ("带着", "领着", "拉扯着")
FAMILY_CHILDREN: tuple[str, ...] = ("孩子", "子女", "儿女", "娃")
# A group size (`三人一组`, `每5户一岗`, `两人为一班`): how people are split, a formula, not an amount.
GROUP_NOUNS: tuple[str, ...] = ("组", "小组", "队", "小队", "班", "岗", "批", "格", "片")
GROUP_SIZE_AFTER: tuple[str, ...] = tuple(f"{pre}{noun}" for pre in ("一", "为一", "一个") for noun in GROUP_NOUNS)

# A rank cut-off (`排名前100名`, `排名后10%的网格`, `位列全省前十`) selects by rank; it counts nothing.
# 前/后 right before the number and one of these words shortly before make it one.
RANK_WORDS: tuple[str, ...] = ("排名", "排在", "排位", "排序", "排行", "位列", "名列", "位居", "积分", "得分")
# Without a rank word, 前N is a cut-off when a superlative selects it (`最关心的前三项`, `最受欢迎的前5名`)
# or an ordered list follows (`前三项依次是…`, `前两位分别是…`).
RANK_SUPERLATIVE: str = "最"
# 届 numbers a term of a congress or body (`党的十九届四中全会`, `二十届三中全会`, `第十四届人大`), not
# events counted (`办了两届“工业邻里节”`): one of these before or after it makes it a term number.
TERM_BEFORE: tuple[str, ...] = ("党的", "第", "本")
TERM_AFTER = r"(?:[一二三四五六七八九]中|全会|全国|人大|政协|党代会|委员|代表|中央|市委|区委|县委|省委)"
RANK_LIST_AFTER: tuple[str, ...] = ("依次", "分别")

# A person count in Chinese numerals followed by these is part of a name (`二人台`, `三人小组`, `两人制`).
# (round AB) 转 of the folk opera `二人转`, a plain member beside 台 of `二人台` (`秧歌队、二人转队`, d1626 74th set)
NOT_COUNT_AFTER_PERSON: tuple[str, ...] = ("台", "转", "组", "小组", "制", "行", "世界")
# (review AB) …unless they open a verb the people counted do (`两人转为正式党员`, `三人转入社区`, `五人组成调解小组`):
# round AB's 转 of `二人转` moved one text (d1626) and made every person count before 转为/转入 part of a name; the
# rule is the name part, the verbs keep the count
PERSON_COUNT_VERBS_AFTER: tuple[str, ...] = (
    "转为", "转入", "转出", "转岗", "转正", "转到", "转移", "转交", "转变", "转化", "转向", "转业", "转学", "转接",
    "组成", "组建",
)  # fmt: skip

# `三成`, `七成以上`: 成 is a tenth (unit 成, value as printed), unless it starts a word with what follows
# (`三十成员单位`, `两成立`): these characters after 成 make it such a word.
# Verbs of a points scheme right before `N点` (`服务1小时积1点`, `扣2点`): points, not a clock time.
POINT_VERBS: str = "积得扣加减奖兑换送计记"
# The parts a document is divided into (`《…公约》十条`): counted right after its name, they are its length.
DOCUMENT_PARTS: tuple[str, ...] = ("条", "款", "章", "节", "项", "篇", "部分")
# Right before a number these make it a share (`队员中9成为党员`, `占3成`), so `成为` there is 成 + 为.
SHARE_BEFORE: str = "中占约近超逾达"
NOT_TENTHS_AFTER: str = "员立为功果效本绩长熟型交片品群就套年真份分不"
# `成都` the city (`四川成都市`, `百万成都人`) unless a one-digit tenth is the subject of 都 (`其中九成都在院落里
# 解决了`): after 都 these characters, or a numeral longer than one digit, make 成 part of the city's name.
CITY_AFTER_CHENGDU: str = "市人的区县籍地站东西南北"

# Groups of people the word tagger reads as times of life (`青年在哪里，组织就建到哪里`: jieba tags 青年 `t`): in case
# texts they are the people served (`青年党员`, `老年人`), so a line opening with one does not open like narration.
PEOPLE_TAGGED_AS_TIME: tuple[str, ...] = ("青年", "老年", "中年")

# Verbs after which the thing counted starts (`累计培育社会组织846个` → 社会组织).
SUBJECT_VERBS: tuple[str, ...] = (
    "解决",
    "开展",
    "培育",
    "组建",
    "建立",
    "建成",
    "成立",
    "受理",
    "办结",
    "收集",
    "认领",
    "投入",
    "筹集",
    "设立",
    "下放",
    "下沉",
    "新增",
    "优化",
    "划分",
    "划分为",
    "配备",
    "提供",
    "发布",
    "涉及",
    "资助",
    "覆盖",
    "帮助",
    "排查",
    "整改",
    "完成",
    "招录",
    "培训",
    "选树",
    "表彰",
    "表扬",
    "评选",
    "实现",
    "摸排",
    "落实",
    "指导",
    "举办",
    "召开",
    "联系",
    "走访",
    "慰问",
    "捐献",
    "明确",
    "建立起",
    "形成",
    "制定",
    "编写",
    "撰写",
    "下辖",
    "拥有",
    "招聘",
    "匹配",
    "安排",
    "推动",
    "动员",
    # actions on cases, requests and projects (`化解物业纠纷3100余起`, `处置事件16.8万件`)
    "化解",
    "调处",
    "调解",
    "处置",
    "办理",
    "接待",
    "确定",
    "促成",
    "承诺",
    "实施",
    "加装",
    "协商",
    "聚集",
    "选出",
    "选拔",
    "选派",
    "吸纳",
    "培养",
    "建设",
    "开设",
    "派",
    # (session 34) acts of choosing, building, fixing, removing and getting whose object is what the figure counts
    # (`推选楼栋长38名`, `拆除违建42处`, `征集意见300余条`, `获得贷款20万元`); a verb's complement left alone by the
    # segmenter (`推选/出/楼栋长`) governs like its verb
    *("推选", "选聘", "招募", "吸引", "提出", "推出", "征集", "收到", "获得", "追回", "编入", "结成"),
    *("建", "设", "下设", "增设", "划出", "划定", "拿出", "拆除", "修复", "修缮", "消除", "疏通", "出"),
)

# ---------------------------------------------------------------------------------------------------
# Measures (practices)
# ---------------------------------------------------------------------------------------------------

# Words in the sentence that introduces a list (or in a run-in lead) that make it a list of problems,
# results, lessons or plans rather than of the case's own measures (`存在三个问题：一是…`,
# `取得了三方面成效：一是…`, `下一步，将…`).
NOT_MEASURE_INTRO: tuple[str, ...] = (
    "问题",
    "困难",
    "短板",
    "不足",
    "差距",  # `我们的工作还有不少差距：一是…`: shortcomings a speech admits
    "瓶颈",
    "挑战",  # `仍面临不少挑战：一是…`, `面临不少考验：一是…`: problems faced
    "考验",
    "难点",
    "痛点",
    "成效",
    "成果",
    "效果",
    "成绩",
    "收获",
    "变化",
    "启示",
    "经验",
    "体会",
    "启发",  # `它提示我们：一是组织设置要跟着产业走`: lessons drawn, in a comment
    "提示我们",
    "告诉我们",
    "下一步",
    "今后",
    "明年",  # a plan word of the class (`明年我省将重点抓好三项工作：一是…`; d1727 67th set)
    "打算",
    "设想",
    "展望",
    "将继续",
    "据了解",
    "截至",
)
# Of those, the words that announce results even from the sentence before a list (`这些做法带来了一些变化。一是…`).
RESULTS_INTRO: tuple[str, ...] = ("成效", "成果", "效果", "成绩", "收获", "变化")
# Hearsay (`据了解，…的做法主要有三个方面：一是…`): an intro cue only when the sentence names no measures.
HEARSAY_INTRO: str = "据了解"

# Words of a question sub-heading about results or lessons (`议事会开出了什么变化？`, `效果怎么样？`): what
# follows is no measure. (`问题从哪里来？` asks where the work starts: a measure.)
RESULT_QUESTION_CUES: tuple[str, ...] = (
    "变化",
    "成效",
    "效果",
    "成果",
    "成绩",
    "收获",
    "启示",
    "经验",
    "体会",
    "下一步",
    "今后",
)
# Words of a bracketed or colon heading's head that name results (`【见效：小事议出大变化】`, `看变化：…`): the
# heading list stops before it (GUIDELINES, decided for h76 and h226), like `【见成效：…】`.
RESULT_HEAD_WORDS: tuple[str, ...] = ("见效", "显效", "收效", "变化", "回响", "反响")
# Verbs of judging that open a head whose object is the results (`【评效果：街坊说好才算好】`, `晒成效：…`):
# the case's step of having its work judged, a measure like `选议题`, `抓落实` before it; `见成效`, `看变化`
# stay results.
# (亮, showing the results to be judged like 晒: `▶亮成绩：让群众来打分`, round AB, d980 37th, d1602 64th)
JUDGING_HEAD_VERBS: tuple[str, ...] = ("评", "考", "验", "晒", "测", "督", "查", "亮")
# Verbs of seeking that open a head whose object is the problems or needs (`▶找问题：每条巷子建一本账`, `摸需求`,
# `寻短板`): the case's first step, finding what to fix, a measure like `议方案`, `改巷子` after it (round T, the
# kind of `评效果`, `成效一起评`: a short head whose verb acts on a results or problem word is a step of the work).
SEEKING_HEAD_VERBS: tuple[str, ...] = ("找", "摸", "寻", "挖")
# Words in a colon intro that announce the case's own measures even where a problem is named
# (`针对上述问题，街道主要采取了以下措施：`).
MEASURE_INTRO: tuple[str, ...] = ("做法", "措施", "举措", "办法", "做了", "采取", "抓手", "着力", "入手", "发力")

# Labels an editor puts in brackets at a paragraph's start (`【编者按】`, `【记者手记】`): not measures.
EDITORIAL_LABELS: tuple[str, ...] = (
    "编者按", "编者的话", "编后", "编辑", "记者手记", "记者观察", "短评", "评论", "点评", "延伸阅读", "相关",
    "链接", "背景", "小编", "导读", "提示", "来源", "图片", "视频", "专家", "案例", "简介", "阅读",
    "热门",  # a sidebar's label like 相关 (`【热门】夏季养生五大误区…` under `【相关推荐】`; d1731 67th set)
    # a compilation's abstract and its example part (`【摘要】`, `【典型故事】`, `【典型事例】` with 典型 read off, as
    # `【典型案例】`; d1838 72nd set, d1612 64th, d1183 48th), labels like 案例 and 简介
    "摘要", "故事", "事例",
)  # fmt: skip

# Bracketed labels of paid content at a page's foot (`【广告】冬季取暖器特价 全场5折起`): page chrome, which heads no
# measure. Whole labels only: `【品牌推广】` may head a case's measure.
AD_LABELS: tuple[str, ...] = ("广告", "推广", "赞助", "广告推广", "商业推广", "赞助商", "软文", "AD", "ad")
# An ad slot's label (`【广告位招租】联系QQ：…`, `【广告位】`, `【广告合作】`): the page's furniture, like
# `打印此页` (d666, 26th set), `主办单位` (d742, 29th), `上一条` (d852, 33rd) taken as measures at first sight;
# d1006 (38th). Not any 广告 opening: `【广告牌变身宣传栏】` may head a measure.
AD_LABEL_OPENINGS: tuple[str, ...] = ("广告位", "广告合作", "广告招商", "广告投放", "广告热线", "广告联系")

# A site's or an editor's notice under its bracketed label (`【本站声明】本站部分内容转载自网络…`, `【免责声明】`,
# `【温馨提示】`): page furniture, which heads no measure.
NOTICE_LABEL_ENDS: tuple[str, ...] = ("声明", "提示", "公告")

# Words of a question about plans (`问：下一步有什么打算？`): its answer lists plans, not measures.
PLAN_CUES: tuple[str, ...] = ("打算", "计划", "设想", "展望", "未来")
# Words that end the name of an article's part after its keyword (`下一步工作`, `存在问题及原因`, `今后工作思路`).
PART_WORDS: tuple[str, ...] = (
    "工作", "情况", "思路", "方向", "原因", "成因", "计划", "安排", "重点", "目标", "介绍", "简介", "概述", "分析",
    "回顾", "总结", "对策", "思考",
)  # fmt: skip
# Words saying a case's way of working spreads beyond it (`全区推开`, `已在全市推广`): results, not a measure.
ROLL_OUT_WORDS: tuple[str, ...] = ("推广", "推开", "铺开", "复制")
# Closing headings of a feature (`写在最后`, `结语`): the writer's last word, not a measure.
CLOSING_HEADS: tuple[str, ...] = ("写在最后", "写在后面", "结语", "结束语", "后记", "尾声", "编后", "记者手记")
# A writer's note under its own heading (`小编手记`, `采访手记`, `记者札记`): the writer's reflection, not a measure.
WRITERS_NOTE_ENDS: tuple[str, ...] = ("手记", "札记", "随笔", "感言")
# An interview question that asks how it was done (`针对这些问题，街道是怎么做的？`) asks for the measures,
# even when it names the problems they answer.
HOW_QUESTION_CUES: tuple[str, ...] = (
    "怎么做", "如何做", "怎样做", "做了哪些", "采取了哪些", "哪些做法", "哪些措施", "哪些举措", "怎么破", "如何破",
)  # fmt: skip

# Labels of contact and credit lines (`联系地址：…`, `来源：…`): a colon after them is no measure's lead.
FIELD_LABELS: tuple[str, ...] = (
    "联系", "地址", "电话", "邮箱", "传真", "来源", "编辑", "责编", "作者", "记者", "通讯员", "审核", "校对",
    "供稿", "图片", "摄影", "出品", "投稿", "责任编辑", "图为", "图：", "资料图", "本版编辑", "美编",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------------------------------

# Characters a division name ends with; the matcher only looks for names ending at one of these.
REGION_SUFFIX_CHARS = "省市区县旗州盟道镇乡"
# Development zones after a city (`株洲高新区`, `衡阳经开区`): they lie in the city and name no county.
DEVELOPMENT_ZONES: tuple[str, ...] = (
    "高新区", "开发区", "经开区", "高新园区", "工业园区", "产业园区", "保税区", "综合保税区", "自贸区",
)  # fmt: skip
DEVELOPMENT_ZONES_SET = frozenset(DEVELOPMENT_ZONES)
# How the full names of development zones end (`北京经济技术开发区`, `天津港保税区`, `南沙新区`, `…产业园区`,
# `…合作示范区`): a zone the gazetteer files under one county but named after its city lies in the whole city.
ZONE_ENDINGS: tuple[str, ...] = (*DEVELOPMENT_ZONES, "新区", "经济区", "示范区", "试验区", "合作区", "园区")
# County and street names so generic that a text match says nothing (`老城区` contains 城区).
GENERIC_REGION_NAMES = frozenset(
    {"城区", "郊区", "矿区", "新区", "市辖区", "县", "东区", "西区", "中区", "北区", "南区", "街道", "镇", "乡"}
    # development zones after a city (`株洲高新区`): the gazetteer files a few streets under these
    # generic names, but the short form names no one place (tests/gold/GUIDELINES.md, region)
    | DEVELOPMENT_ZONES_SET
)
# District names that are also common nouns of the genre (`老城区` old town, `新城区` new town, `城关区` town
# centre, `城西区` the west of a town, `市中区` the city centre): the gazetteer's county names whose stem is one
# of these town-part words (tasks/extract/regions.py, `common_noun_place_names`). Such a name is a place only
# when written with its parent (`洛阳市老城区`) or where only a place name stands (`老城区委`, a headline's
# `老城区：`), and then its later bare mentions refer to it.
COMMON_NOUN_PLACE_STEM = r"(?:[老新古旧]城|城[东西南北中关厢郊]|市[东西南北中]|平房)"
# Right after a place name, words that make it the name of a body or a seat: `老城区委`, `老城区人民政府`.
PLACE_NAME_BODIES: tuple[str, ...] = ("委", "人民政府", "政府", "人大", "政协", "党委", "纪委", "组织部")
# Right before a place name: the place is where people come from or travel to (`来自四川广元`,
# `赴南京市考察`), not the case's own place.
ORIGIN_CUES: tuple[str, ...] = ("来自", "赴", "前往", "远赴", "老家", "籍贯")
# Autonomous counties are written short in running text (`宁洱哈尼族彝族自治县` → `宁洱县`, `石林彝族自治县`
# → `石林县`): the stem before the first people's name, plus 县. The peoples named in such divisions:
AUTONOMOUS_PEOPLES: tuple[str, ...] = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "普米", "塔吉克", "怒", "鄂温克", "保安", "裕固", "京", "独龙", "鄂伦春",
    "各族",
)  # fmt: skip
# Prefecture rows in the gazetteer that are not real cities (municipality and direct-county groups).
PSEUDO_CITIES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
# Suffixes dropped to make the short alias of a province or prefecture (`云南省` → 云南, `成都市` → 成都).
PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")
CITY_SUFFIXES = ("市",)

# ---------------------------------------------------------------------------------------------------
# Brands (named practices and slogans in quotes)
# ---------------------------------------------------------------------------------------------------

# A measure's lead ends at its first `。；：` however long (GUIDELINES h51, h276; the gold's longest is 114
# characters); past this a run has no sentence end a reader would stop at, and the `practices` contract bounds it.
MAX_LEAD_CHARS = 200
MAX_BRAND_CHARS = 20
# Right before a quotation: the quoted text is speech or a citation, not a name.
SPEECH_CUES: tuple[str, ...] = ("说", "道", "表示", "指出", "强调", "认为", "提出", "称", "问", "答", ":", "：")
# Name shapes, context cues and the stop list of brands are data: tasks/extract/data/brands.toml.

# Nouns that count without a classifier right after an Arabic number (`辖3区4县`, `9部门`, `6市州`).
BARE_COUNT_NOUNS: tuple[str, ...] = ("市州", "县市区", "区县", "乡镇", "街道", "部门", "社区", "区", "县", "市")
# `9市直部门`, `3市级平台`, `5市民`, `13市县`: 市 starting another word counts no cities
UNIT_WORD_AFTER["市"] = "民场级委直辖政区县值容面貌中内外"


# What a report's measure paragraph opens with when the place is the understood subject (`推进把“支部建在小区上”，…`,
# `把阵地作为…`, `建立“线上+线下”双向问需机制，…`), beside sections.MEASURE_VERBS: more action verbs of the genre and
# the disposal 把 (practices' `_verb_opened_run`; a verb of saying, moving or feeling is narration and is not here).
MEASURE_OPENING_VERBS: tuple[str, ...] = (
    *("实施", "实行", "推行", "探索", "搭建", "拓展", "拓宽", "畅通", "激活", "盘活", "延伸", "压实", "落实"),
    *("立足", "紧紧围绕", "围绕", "紧扣", "注重", "着力"),
    "把(?![握脉关持])",
)
# A verb with its result (`织密`, `用好`, `建强`, `配齐`): the one-character verbs and results that make such heads.
RESULT_VERB_HEADS = "建用管抓做配选织筑盘育带守护亮"
RESULT_COMPLEMENTS = "好实强密牢优活细准足齐亮"
# What a visitor or reporter does at each stop (`一、探访古培` `二、解码综治` `三、见证天问`, `走进…`): the heads of a
# visit's itinerary, not the measures of the case visited (practices' `_an_itinerary`). Not 走访/聚焦: a case's own
# measures open with those.
VISITING_VERBS: tuple[str, ...] = (
    *("探访", "走进", "见证", "解码", "探寻", "寻访"),
    *("探秘", "打卡", "感受", "触摸", "领略"),
)
