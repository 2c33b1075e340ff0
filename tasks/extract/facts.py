"""Quantitative statements in a body: `1032个网格`, `42499名志愿者`, `近13万`, `10万—20万元`, `99.3%`.

One regular expression finds number expressions (qualifier, number, magnitude, range, unit); rules
then drop what is not a figure: years, dates, ordinals, rank cut-offs (`排名前100名`), formula parts
(`1+4+25`), numbers inside short quoted names and document titles (quoted speech keeps its figures),
a person's age bound inside a noun phrase (`60岁以上老人`; a building's `建成20年以上` is a figure) and
Chinese-numeral counts that name a practice (`三张清单`, `两支队伍`): a Chinese numeral under ten is a
figure only as a span with a span cue (`一年来`), a share (`一倍`), or a count whose measure word or
counted noun says so (`两户`, `两个孩子`; data/counted_nouns.txt). Fractions are decimals without
unit (`1/5`, `五分之一` → 0.2), `百分之三十` is 30 %, tenths keep unit 成 (`七成以上` → 7 成);
tests/gold/GUIDELINES.md records that decision. Neither is a figure: a numeral inside a division's name
(`三元区`, `九龙坡`: the gazetteer decides), the minutes of the nationwide N-minute planning term
(`15分钟便民服务全覆盖`, `十分钟…生活圈`), the hours of a phone line in brackets (`0453-6927xxx（24小时）`), a moment
before an event (`发射前5天集结`), every day of a year (`365天不打烊`) or a span that frames a count of replacements
(`物业公司3年里换了4家`: only `4家`). Each
fact keeps its raw text and offsets into the body, so `body[char_start:char_end] == raw` always.
Vocabulary (units, qualifiers, cues) is in `tasks.extract.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from tasks.extract import lexicon as lx
from tasks.extract.gates import char_class, endings, first_chars, last_chars
from tasks.extract.literal import PLUS_SIGN, occurrences, span_at
from tasks.extract.numerals import (
    CHINESE_DIGITS,
    CHINESE_NUMERAL_CHARS,
    DIGIT_GROUP_SPACES,
    parse_arabic,
    parse_chinese,
    parse_fraction,
    without_grouping,
)
from tasks.extract.regions import names_holding_numerals, short_towns_holding_numerals
from tasks.extract.restatements import (
    without_counts_used_as_names,
    without_restated_change_ends,
    without_restated_spans,
    without_restated_totals,
)
from tasks.extract.sentences import Sentences, split_sentences
from tasks.extract.subjects import clause_after, is_change_between, subject_after, subject_before, verb_before


@dataclass(frozen=True, slots=True)
class Fact:
    fact_id: int
    value: float
    value_max: float | None
    unit: str | None
    raw: str
    qualifier: str | None
    subject: str | None
    per: str | None
    sentence: str
    char_start: int
    char_end: int


# A figure while `extract_facts` reads and filters them: a Fact's fields after its id, taken from Fact itself. A tuple
# is built in a tenth of the time of a frozen dataclass (which sets each field through `object.__setattr__`, ~2.5 µs a
# fact), and a figure becomes a Fact once, when its id is known, instead of being built again to number it.
_Draft = NamedTuple("_Draft", [(f.name, f.type) for f in fields(Fact) if f.name != "fact_id"])  # type: ignore[misc]


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


# (digits grouped by spaces only where no digit, point, colon or dash stands before them: `9:30 200人` is a time and a
# count, `1 200人` one count)
_AR = rf"(?:\d{{1,3}}(?:,\d{{3}})+|(?<![\d.:：/\-])\d{{1,3}}(?:[{DIGIT_GROUP_SPACES}]\d{{3}})+(?!\d)|\d+)(?:\.\d+)?"
_CN = f"[{CHINESE_NUMERAL_CHARS}]+"
# A number written with two magnitude words, digits before each (`1万8千人次`, `3万5千元`, `1亿2000万元`): one number.
_MIXED = r"\d+万\d千|\d+亿\d{1,4}万"
_MIXED_PARTS = re.compile(r"(\d+)([万亿])(\d+)([千万])")
# fractions and percentages in words come first: 百 and 分 would otherwise end the numeral; a mixed number before the
# digits, whose first magnitude word would end it
_NUM = rf"(?:百分之{_CN}(?:点[{CHINESE_NUMERAL_CHARS}]+)?|{_CN}分之{_CN}|\d+/\d+|{_MIXED}|{_AR}|{_CN})"


def _trie_alt(words: object) -> str:
    """The alternation `_alt(words)` as a tree of shared prefixes (`个(?:月|季度|小时…)`): at each character the
    engine takes the one branch that character opens instead of trying every word in turn, and a word that is a
    prefix of a longer one makes the rest optional and greedy, so the words that fit at a position are tried
    longest first, as in `_alt`. The same matches, with the same groups (tests/test_facts_scan.py)."""
    tree: dict[str, dict] = {}
    for word in words:  # type: ignore[attr-defined]
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, dict]) -> str:
        options = [re.escape(ch) + branches(child) for ch, child in node.items() if ch]
        if not options:
            return ""
        either = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        return f"(?:{either})?" if "" in node else either

    return branches(tree)


def _figure_pattern(alt: Callable[[object], str]) -> str:
    """The figure pattern with its word lists written by `alt` (the plain alternation or its prefix tree)."""
    unit = alt(lx.UNITS)
    # a unit that opens with a magnitude's character (`千米`, `千克`, `千瓦`) is the unit, not 千 times a shorter one
    # (`4.5千米` is 4.5 公里, not 4500 米; `500千克` 500 公斤, not 500 thousand of nothing)
    magnitude_like = [u for u in lx.UNITS if u[:1] in "千万百亿"]
    magnitude = rf"(?!{alt(magnitude_like)})(?:{alt(lx.MAGNITUDES)})"
    # A range's second end is a number: `到万宁` after `连续7年` is a place (a lone magnitude character is no numeral).
    return rf"""
    (?P<qb>{alt(lx.QUALIFIERS_BEFORE)})?
    (?P<n1>{_NUM})(?P<qa1>余|多)?(?P<m1>{magnitude})?(?P<qa2>余|多)?
    (?:(?P<u1>{unit})?(?P<dash>[{re.escape(lx.RANGE_DASHES)}])(?![万千亿百](?![{CHINESE_NUMERAL_CHARS}\d]))(?P<n2>{_NUM})(?P<m2>{magnitude})?)?
    (?P<qa3>余|多)?
    (?P<u>(?<=\d)(?:{alt(lx.BARE_COUNT_NOUNS)})|{unit})?
    (?P<qa4>{alt(w for w in lx.QUALIFIERS_AFTER if len(w) > 1)})?
    (?P<per>/(?:年|月|人|户|天|次|个))?
    """


# The plain pattern, the reference `_SCAN` is checked against
_PATTERN = re.compile(_figure_pattern(_alt), re.VERBOSE)
# Every match opens with a qualifier or a number: testing that one character first passes over the
# other positions at once (a third of the scan's time; tests/test_facts_scan.py checks the matches agree).
# Its word lists are prefix trees: the units alone are 186 words, tried one by one two or three times per number.
_OPENERS = char_class(first_chars(_PATTERN))  # (read off the pattern: a digit, a numeral, a qualifier's first)
_SCAN = re.compile(rf"(?={_OPENERS})(?:{_figure_pattern(_trie_alt)})", re.VERBOSE)
_SHORT_QUOTE = re.compile(r"“[^“”]{0,20}”|「[^「」]{0,20}」|《[^《》]*》|〈[^〈〉]*〉")
# short names in the single quotes a quotation nests them in (`“要打通‘最后一百米’，…”`, real set r098), found apart
# from the quotation around them, which is speech
_NESTED_QUOTE = re.compile(r"‘[^‘’“”]{0,20}’|『[^『』]{0,20}』")
_SPEECH_MARKS = re.compile(r"[，。！？；!?]")
_FORMULA_TAIL = re.compile(r"[\u4e00-\u9fff]{0,8}[+＋]")
_YEAR = re.compile(r"(19|20)\d\d")
# A population counted without a unit, as printed (`8000多常住人口`, `23000多的常住人口`): 人口 is the count's noun
_POPULATION_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,2}人口")
# Patterns `_read` and its helpers ask per number, compiled once (an inline pattern costs a lookup in `re`'s
# cache per call, and a body has dozens of numbers).
# Where a clause ends (`，`, `。`, `；`, `！`, `？` in either width, a line break).
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")
_HEAD_BREAK = re.compile(r"[。，,；;！？：:]")
_COMMA_BREAK = re.compile(r"[，,；;]")
_ITEM_BREAK = re.compile(f"[{lx.ITEM_JOINERS}]")
_FORMULA_N = re.compile("[Nn]")
_TEXT_LENGTH_BEFORE = re.compile(r"(?:本文|全文|此文|文章|字数)[^，。；\n]{0,3}$")
_TERM_AFTER = re.compile(lx.TERM_AFTER)
# A department's numbered division (`组织部组织二处`, `干部一处`) is no count of places (round Z, with 处 read in words)
_DIVISION_BEFORE = re.compile(r"(?:组织|干部|宣传|人事|综合|秘书|部|厅|局)$")
_LIST_AFTER = re.compile(r"\s*[：:]")
_AGE_BOUND = re.compile(r"(?:以上|以下)的?[\u4e00-\u9fff]")
# A building's age or height or opening hours as a bound inside a noun phrase (`建成20年以上的楼院`, `30层以上的有47栋`,
# `24小时开放的站点`); a share of the people past a tenure bound (`居住5年以上的占六成`) is a figure (GUIDELINES h597),
# and so is a person's tenure (`从事社区工作10年以上的老书记`): only a building's age (`建成…`, `楼龄…`, `…房龄的`) and
# height are read as bounds. A building's age is no tenure, so a share past it is no figure either (the lead's round X:
# `楼龄40年以上的占四成`); the bound is worded with 以上, 超过 or 多 (`楼龄超过30年的住宅楼`, `既有建成30多年的
# 老旧小区`).
_BUILDING_AGE_CUE = re.compile(r"(?:楼龄|房龄|建成)在?$")
_BUILDING_AGE_AFTER = re.compile(r"(?:楼龄|房龄)的")
_STOREY_BOUND = re.compile(r"(?:及以上|及以下|以上|以下)(?:的|、|[楼住高])")
_OPENING_HOURS = re.compile(r"(?:开放|营业|服务|值守|值班|运行|在线)的|(?:服务)?热线")
# The general pattern of those bounds (round Z2): an area, an altitude or length, a place's population or a thing's
# age (`面积在300平方米以上的站点9个`, `海拔800米以上的高山`, `800人以上的安置点`, `经营10年以上的老字号`,
# `积压5年以上的老案子`) bounding the noun after 的 describes the class named, no figure; a rule's condition stays a
# figure (GUIDELINES, the lead's round X: `对…在100名以上的社区党组织`, `凡…`, `…的小区单独建立`, `…的由楼管家
# 牵头`), and so does a share past the bound (`员工在50人以下的企业占到85%`) or a count of members a rule needs
# (`党员50人以上的`).
_MEASURE_BOUND_UNITS = frozenset(("平方米", "平米", "亩", "平方公里", "公顷", "米", "公里", "千米", "人"))
# (review Z: 经营 moves d1011 and d1301, 积压 d1348 only, 运营 and 开业 nothing; kept as the verbs of a thing's age)
_THING_AGE_CUE = re.compile(r"(?:经营|积压|运营|开业)$")
# The only units `_bound_in_noun_phrase` can answer yes for (storeys, hours, years, the measures): `_read` asks it
# for these alone, so that most numbers skip building its arguments
_BOUND_UNITS = _MEASURE_BOUND_UNITS | {"层", "小时", "年"}
_BOUND_AFTER = re.compile(r"(?:及以上|及以下)?的")
# A count with its classifier right before the bound (`全省186个800人以上安置点`, `建成12个500平方米以上阵地`): the
# bound qualifies the noun counted, with 的 or without it, and only the count is a figure (RULEBOOK facts, thresholds:
# "a bound inside a noun phrase that names a class of things is not a figure … the count of the class stays a figure")
_CLASS_COUNTED_BEFORE = re.compile(r"(?:\d|[一二两三四五六七八九十百千])(?:个|家|处|座|所|片)$")
_RULE_CONDITION_BEFORE = re.compile(r"凡|对于|针对|(?:^|[^面相绝核反应])对(?![接象话外])")
_MEMBERS_BEFORE = re.compile(r"党员|成员|会员|员工|职工|人数|骨干|志愿者")
_SHARE_OR_RULE_AFTER = re.compile(
    r"占|比例|比重|中$|由|单独|须|需|应当|要|可以|一律|均|原则上|给予|纳入|实行|奖励|补贴|认定|列为|合并"
)


@lru_cache(maxsize=1 << 12)  # a pure function of the token; the same few numbers recur on every page
def _number(text: str) -> tuple[Decimal | None, bool]:
    """(value, is_chinese) of one number token: a fraction is its decimal (`1/5`, `五分之一` → 0.2),
    a percentage in words its printed value (`百分之三十` → 30, unit % from `is_percent_words`)."""
    if "/" in text:
        frac = parse_fraction(text)
        return (None if frac is None else Decimal(str(round(frac, 6)))), False
    if text.startswith("百分之"):
        whole, _, decimals = text[3:].partition("点")
        whole = "一百" if whole == "百" else whole  # `百分之百`: all of it, 100 %
        value = parse_chinese(whole)
        digits = "".join(str(CHINESE_DIGITS.get(ch, "")) for ch in decimals)
        if value is None or len(digits) != len(decimals):
            return None, True
        return Decimal(f"{int(value)}.{digits}" if digits else str(int(value))), True
    if "分之" in text:
        below, above = text.split("分之")
        # `千分之一`, `万分之五`: a bare power word as denominator is one of it
        denominator = parse_chinese("一" + below if below in ("十", "百", "千", "万") else below)
        numerator = parse_chinese(above)
        if not denominator or numerator is None or numerator > denominator:
            return None, True
        return Decimal(str(round(numerator / denominator, 6))), True
    mixed = _MIXED_PARTS.fullmatch(text)
    if mixed is not None:  # `1万8千` → 18000: each part by its magnitude word
        high, big, low, small = mixed.groups()
        return Decimal(high) * lx.MAGNITUDES[big] + Decimal(low) * lx.MAGNITUDES[small], False
    arabic = parse_arabic(text)
    if arabic is not None:
        return Decimal(without_grouping(text)), False
    chinese = parse_chinese(text)
    return (None if chinese is None else Decimal(str(chinese))), True


_PLAIN_DIGITS = re.compile(f"[{''.join(d for d in CHINESE_DIGITS if d not in '零〇')}]{{2,}}")
# Names in apposition before their count (`辖蓝田、石马山、六亩塘3个街道`): the names hold no figures.
_APPOSITION = re.compile(r"(?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6}(?=[0-9]+个|[0-9]+[区县市镇街])")
# `_APPOSITION` matches Han characters and 、 only, with a digit right after: a match fills the end of a maximal run
# of those characters that a digit follows. Scanning only such runs (with 、 in them) finds the same matches without
# trying the pattern at every Han character of the body (most of what `_blocked_spans` cost). The scan opens on the
# run's first 、 (a literal, which the engine finds by a fast search instead of trying its test at every character)
# and takes the rest of the run and the digits after it; the Han characters before that 、 are added walking back.
_RUN_FROM_FIRST_LIST_MARK = re.compile(r"、[\u4e00-\u9fff、]*+(?=[0-9]++(.?))")


def _apposition_spans(body: str) -> list[tuple[int, int]]:
    """The spans of `_APPOSITION.finditer(body)`, each run scanned alone (the pattern has no anchor nor
    lookbehind, so bounding the scan to a run and the digits after it changes no match).

    A scan match opens at the first 、 of its run: an earlier 、 of the same run would have opened it (the scan goes
    left to right, and a run that fails fails from each of its 、, whose run ends at the same place)."""
    spans: list[tuple[int, int]] = []
    for run in _RUN_FROM_FIRST_LIST_MARK.finditer(body):
        start = run.start()
        while start and "\u4e00" <= body[start - 1] <= "\u9fff":
            start -= 1  # back over the run's Han characters before its first 、
        spans.extend(m.span() for m in _APPOSITION.finditer(body, start, run.end(1)))
    return spans


_LISTED_YEAR = re.compile(r"\d{1,2}[.．](?:19|20)\d\d年")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# `15分钟生活圈`, `十分钟党群服务、便民生活圈`, `15分钟便民服务全覆盖`: the nationwide "N-minute circle" planning
# term (GUIDELINES, not facts, decided for h151 and h226): a concept's name, never how long something took.
_NAMED_CIRCLE = re.compile(
    rf"(?:\d+|[{CHINESE_NUMERAL_CHARS}]+)分钟(?![就内即以之后前左才都也可])"
    rf"(?:[\u4e00-\u9fff、“”「」]{{0,12}}?圈|[“「]?(?:{_alt(lx.MINUTE_CIRCLE_HEADS)}))"
)
# A phone number and the note on when it answers (`0453-6927xxx（24小时）`, `12345（工作日8:30-17:30）`).
_PHONE_BEFORE_NOTE = re.compile(r"\d[\dxX*＊\-—－]{4,}\s*[（(][^（()）]{0,8}$")
_ADDRESS_BEFORE = re.compile(rf"\d(?:{_alt(lx.ADDRESS_BEFORE)})$")
# Cheap tests `_read` asks before these searches, each true wherever its pattern can match (a `$` matches at the
# window's end or before a newline there): the character before the number ends an address word (`号楼`…) or is
# that newline; it is the 、 of a list of weekdays or the newline; an opening bracket stands in the last ten
# characters (the bracket, at most eight characters of the note, the newline). Most numbers fail them, and skip
# a regex search over the text before them.
_ADDRESS_BEFORE_LAST = last_chars(_ADDRESS_BEFORE)


def _bracket_before(body: str, num_start: int) -> bool:
    """Whether `_PHONE_BEFORE_NOTE` can end at `num_start`: its opening bracket is among the ten characters before."""
    tail = body[max(0, num_start - 10) : num_start]
    return "（" in tail or "(" in tail


# `十多位`, `二十余人`, `百余家`: a bare ten or hundred with 多/余 is an estimate; `一千余个` counts thousands.
_ROUND_TENS = re.compile(r"[一二三四五六七八九两]?十|百|千")


def _vague(n1: str, body: str, start: int, end: int) -> bool:
    """`几十名`, `数百人`, `上千家` (a vague word before a word numeral) and `五六个`, `七八十人` (two
    neighbouring digits side by side): an estimate, not a statistic."""
    if n1.isascii():
        return False
    if start > 0 and body[start - 1] in lx.VAGUE_BEFORE and n1[0] in "十百千万":
        return True
    if body[end : end + 1] == "几":
        return True  # `十几位`
    return bool(_PLAIN_DIGITS.search(n1))


def _counted_again(body: str, num_start: int, end: int, unit_end: int) -> bool:
    """`还办了两届“工业邻里节”…两届下来参加的居民`: a count in words repeated before 下来 within the
    same stretch of text looks back at the events just counted (`一年下来`, never counted before, is a span)."""
    if not body.startswith("下来", unit_end):
        return False
    return body[num_start:end] in body[max(0, num_start - 60) : num_start]


def _ranked_selection(body: str, num_start: int, end: int) -> bool:
    """`最关心的前三项…依次是`: 前 and a count select the top of a ranking when a superlative comes
    shortly before in the same clause, or the count is followed by the ranked list."""
    clause = _CLAUSE_BREAK.split(body[max(0, num_start - 12) : num_start])[-1]
    if lx.RANK_SUPERLATIVE in clause:
        return True
    head = _HEAD_BREAK.split(body[end : end + 14])[0]
    return any(w in head for w in lx.RANK_LIST_AFTER)


def _frequency_after_period(body: str, num_start: int, unit_surface: str | None) -> bool:
    """`每周两次`, `每星期2次`: after 每 and a period, a count that is no time is a frequency;
    `每周三晚上`, `每周四晚` name a weekday."""
    period_start = num_start - (2 if body[max(0, num_start - 2) : num_start] == "星期" else 1)
    if body[max(0, period_start - 1) : period_start] != "每" or not unit_surface:
        return False
    if body.startswith("两", num_start):
        return True  # `每周两晚`: 两 counts, it never names a weekday
    if unit_surface.startswith("个"):
        return True  # `每周3个晚上开放`: 个 counts evenings, a weekday is never counted
    return lx.UNIT_KINDS.get(lx.UNITS.get(unit_surface, ""), "") != "time"


# A lunar month or the New Year before a day in words (`大年三十`, `大年初一`, `腊月二十三`, `正月十五`,
# `农历八月十五`): the numeral names a day (a date guard like `6月18日`; first sight d1187, 52nd set)
_LUNAR_DATE_BEFORE = re.compile(r"(?:大年|正月|腊月|冬月|农历[正一二三四五六七八九十冬腊]{1,3}月)初?$")
_SCHEDULE_PERIOD = re.compile(lx.SCHEDULE_PERIOD)
_UNDATED_PERIOD = re.compile(r"一(?:年|个月|月|周|星期|天)")
_SCHEDULE_CLAUSE_MARKS = "，,。；;：:！!？?\n"
_POINTS_AFTER = re.compile(rf"[{lx.POINT_VERBS}](?:\d|[{CHINESE_NUMERAL_CHARS}])")


def _clause_start(body: str, at: int) -> int:
    return max(body.rfind(c, 0, at) for c in _SCHEDULE_CLAUSE_MARKS) + 1


def _per_period(body: str, num_start: int) -> bool:
    """The clause up to the number is governed by 每 and a period (`每周至少`, `每月固定`, `每年为结对小区办`)."""
    return _SCHEDULE_PERIOD.search(body, _clause_start(body, num_start), num_start) is not None


def _schedule_count(
    body: str, num_start: int, unit_end: int, unit: str | None, value: Decimal, m: re.Match[str]
) -> bool:
    """`每月召开1次`, `每周至少上门两次`, `每天巡查1遍`, `每周播出2期`: how often a practice recurs, a schedule or a
    rule, is no figure (GUIDELINES facts, the lead's round X decision). The count is one of occurrences (次, 遍, 场…)
    in a clause governed by 每 and a period (or 定期), or right after a short clause that opens with the period
    (`每年汛前，各社区至少开展1次…`).

    How many events took place over a period stays a figure: an outcome (`累计`, `以来`), a statistic (`平均每年召开
    11次` over a group, `9.4次`, `每月不到1次`), a volume of ten or more not bounded as a rule (`每年举办活动180余场`,
    against `每年举办培训班不少于200期`); so do a threshold (`连续两次`) and the per-action side of a points rule
    (`每服务1次积5分`)."""
    if unit not in lx.OCCURRENCE_UNITS:
        return False
    start = _clause_start(body, num_start)
    clause = body[start:num_start]
    capped = m.group("qb") is not None and lx.QUALIFIERS_BEFORE[m.group("qb")] == "不超过"
    if capped and _UNDATED_PERIOD.search(clause):
        return True  # `个别单位一年到小区不超过2次`: a cap on how often, per an undated year (AUDIT, round X)
    if not (_SCHEDULE_PERIOD.search(clause) or any(w in clause for w in lx.SCHEDULE_WORDS)):
        if start == 0 or body[start - 1] not in "，,":
            return False  # a frame is a clause of the same sentence (`每年开春化冻时都会反水。议事会先后议了3次`)
        frame = body[_clause_start(body, start - 1) : start - 1]
        if len(frame) > lx.SCHEDULE_FRAME_CHARS or not _SCHEDULE_PERIOD.match(frame):
            return False
    if any(w in clause for w in lx.VOLUME_WORDS) or _POINTS_AFTER.match(body, unit_end):
        return False
    if value != value.to_integral_value():
        return False  # `平均每月要应对各类检查9.4次`: a statistic, no schedule is kept in tenths
    if m.group("qb") and lx.QUALIFIERS_BEFORE[m.group("qb")] == "不足":
        return False  # `故障降到每月不到1次`: a statistic of what happened
    average = clause.rfind(lx.AVERAGE_WORD)
    if average >= 0 and not clause.startswith(lx.PER_PERSON_AFTER_AVERAGE, average + len(lx.AVERAGE_WORD)):
        return False  # `议事会平均每年召开议事会议11次`: a survey's statistic, not one practice's schedule
    return value < lx.VOLUME_FROM or any(w in clause for w in lx.SCHEDULE_BOUNDS)


def _bound_in_noun_phrase(
    body: str, start: int, end: int, unit_end: int, unit_surface: str | None, m: re.Match[str]
) -> bool:
    """A building's age or height, or opening hours, as a bound inside a noun phrase naming a class of things
    (`建成20年以上的老旧小区`, `楼龄超过40年的住宅楼`, `40年以上房龄的楼栋`, `6层以上、没有电梯的`, `4层及以上住宅楼`,
    `24小时开放的站点`): no figure, the count of the class is (GUIDELINES h996, the lead's round X). A predicate
    stays a statistic (`楼龄普遍在30年以上`, `驿站24小时开放`), and so does one estate's age (`一个建成30多年的
    老小区`)."""
    if unit_surface == "层":
        return _STOREY_BOUND.match(body, unit_end) is not None
    if unit_surface == "小时":
        return _OPENING_HOURS.match(body, end) is not None
    measure = unit_surface in _MEASURE_BOUND_UNITS or (
        unit_surface == "年" and _THING_AGE_CUE.search(body, max(0, start - 2), start) is not None
    )
    if measure and _measure_bound(body, start, end, unit_end, unit_surface, m):
        return True
    if unit_surface != "年":
        return False
    qb = m.group("qb")
    bounded = (
        (qb is not None and lx.QUALIFIERS_BEFORE[qb] == "超过")
        or m.group("qa4") in ("以上", "以下")
        or "多" in (m.group("qa1"), m.group("qa3"))
    )
    if not bounded:
        return False
    if _BUILDING_AGE_AFTER.match(body, end):
        return True  # `40年以上房龄的楼栋`
    if body[end : end + 1] not in ("的", "、"):
        return False  # `楼龄都在35年以上`, `楼龄普遍超过30年`: said of the buildings, a statistic
    cue = _BUILDING_AGE_CUE.search(body, max(0, start - 3), start)
    return cue is not None and not body.endswith(lx.ONE_ESTATE_BEFORE, 0, cue.start())


def _measure_bound(body: str, start: int, end: int, unit_end: int, unit_surface: str | None, m: re.Match[str]) -> bool:
    """`面积在300平方米以上的中心站点9个`, `海拔4800米以上的牧区`, `常住人口1000人以上的城中村`, `经营10年以上的老字号`:
    a bound with 以上/以下 qualifying the noun after 的, describing the class named (round Z2). A rule's condition
    (`对…`, `凡…`, `…的小区单独建立党支部`), a share past the bound and a count of members stay figures."""
    if m.group("qa4") in ("以上", "以下"):
        if not body.startswith("的", end) and not _CLASS_COUNTED_BEFORE.search(body, max(0, start - 6), start):
            return False
    elif not body.startswith(("及以上的", "及以下的"), unit_end) or end != unit_end:
        return False
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(body, max(0, start - 40), start)]
    before = body[breaks[-1] if breaks else max(0, start - 40) : start]
    if _RULE_CONDITION_BEFORE.search(before):
        return False  # `对面积在500平方米以上的场所…`, `凡…`: a rule's condition
    if unit_surface == "人" and _MEMBERS_BEFORE.search(before):
        return False  # `党员50人以上的企业`: a count of members a rule needs
    stop = _CLAUSE_BREAK.search(body, end)
    after = body[end : stop.start() if stop else len(body)]
    return not _SHARE_OR_RULE_AFTER.search(after)  # `…的企业占到85%`, `…的小区单独建立党支部`


# Round AB (RULEBOOK facts, thresholds: "a score bound describing a class in a finding is not", `有9个居民区的得分
# 超过96分`, `得分90分以上的商户`; the lead's d1633 decision `9个社区党组织的满意率均在90%以上`): a score or rate bound
# said of a counted class (not its average: `22个居民区的平均得分达到94.1分` is a figure), or naming the class after
# 的 (not a rule's action: `得分90分以上的评为五星级`, `得分低于60分的由…整改` stay figures).
_CLASS_SCORE_BEFORE = re.compile(
    r"\d+个[\u4e00-\u9fff]{1,10}的(?:得分|评分|分数|满意率|满意度|测评得分)(?:均|都|全部|也)?(?:在|超过|高于|达到|达)?$"
)
_SCORE_NOUN_BEFORE = re.compile(r"(?:得分|评分|分数|满意率|满意度)(?:在|达到|达)?$")


def _score_bound_of_a_class(body: str, start: int, end: int, m: re.Match[str]) -> bool:
    qb = m.group("qb")
    above = m.group("qa4") == "以上" or (qb is not None and lx.QUALIFIERS_BEFORE[qb] == "超过")
    if not above:
        return False
    if _CLASS_SCORE_BEFORE.search(body, max(0, start - 30), start):
        return True  # `有9个居民区的得分超过96分`, `9个社区党组织的满意率均在90%以上`
    # (review AB: the class named after 的 moves one text, d1608; kept, the RULEBOOK's own example,
    # `得分90分以上的商户`)
    return (
        m.group("qa4") == "以上"
        and body.startswith("的", end)
        and _SCORE_NOUN_BEFORE.search(body, max(0, start - 6), start) is not None
        and body.startswith(lx.COUNTED_NOUNS, end + 1)
    )  # `得分90分以上的商户`: the class named after 的


def _rhetorical_comparison(body: str, num_start: int, end: int) -> bool:
    """`比…开十次会还管用`, `比…跑十趟更强`: a round Chinese numeral inside a `比…还/更` clause exaggerates;
    a comparison in digits (`比去年多3个`) states a figure.

    The clause holds 比 when the last 比 before the numeral has no clause mark after it: two searches over the
    stretch read, where listing every mark of the body (once per body) cost more than all the numerals' tests."""
    last_bi = body.rfind("比", 0, num_start)
    if last_bi < 0 or _COMPARISON_CLAUSE_MARK.search(body, last_bi, num_start):
        return False
    stop = _COMPARISON_CLAUSE_MARK.search(body, end)
    clause_end = stop.start() if stop else len(body)
    return any(w in body[end:clause_end] for w in lx.COMPARISON_INTENSIFIERS)


_COMPARISON_CLAUSE_MARK = re.compile("[，。；！？,;!?“”\n]")


_FLOOR_PART_AFTER_LOU = frozenset("道顶梯层上下口")
# `楼高29层`, `楼有31层`: a building's storeys said right after 楼
_BUILDING_STOREYS = tuple("楼" + w for w in lx.STOREYS_BEFORE)


def _storeys(body: str, num_start: int, unit_end: int) -> bool:
    """`共有31层`, `29层的东盟商务大厦`, `一栋五层的出租楼`: a building's storeys, said after 有/高 or
    before 高, 的 or a clause end; `住在6层`, `2层裙楼` name a floor."""
    if body[max(0, num_start - 1) : num_start] in lx.FLOOR_BEFORE:
        return False
    if body.startswith(lx.STOREY_THRESHOLDS, unit_end):
        return True  # `6层以上、没有电梯的`, `4层及以上`, `住宅楼6层以上`: a storey threshold of the buildings counted
    if body.endswith(lx.BUILDING_NAME_ENDS, 0, num_start) and body[num_start - 2 : num_start] not in _BUILDING_STOREYS:
        return False  # `万达写字楼23层`, `市民中心3层`: a floor of the building just named, an address
    if body.endswith(tuple(e + "的" for e in lx.BUILDING_NAME_ENDS), 0, num_start):
        return False  # `一座写字楼的22层`, `大厦的3层`: a floor of the building, an address (storeys: `楼有22层`)
    if body.startswith(lx.WHOLE_BUILDINGS, unit_end):
        return True  # `7层住宅楼的加梯`, `6层步梯楼`: the storeys of the kind of building named
    if body.startswith("楼", unit_end) and body[unit_end + 1 : unit_end + 2] not in _FLOOR_PART_AFTER_LOU:
        return True  # `一幢三层楼里往往挤着五六户人家` (GUIDELINES h522): the building; `6层楼道` is a floor's part
    return body[max(0, num_start - 1) : num_start] in lx.STOREYS_BEFORE or body[unit_end : unit_end + 1] in (
        "高",  # `6层高的连片住宅`, `30层高楼`: how tall, in storeys (real set r055)
        "的",
        "，",
        "。",
        "；",
        "、",
        ",",
        ";",
        "",
    )


def _counted_in_words(body: str, num_start: int, unit_end: int, surface: str | None, value: Decimal) -> bool:
    """Whether a Chinese numeral under ten states an amount (tests/gold/GUIDELINES.md, facts).

    A duration is one when a span cue is around it (`一年来`, `一个月时间`, `不到一周`) or, above one,
    always (`两个星期`, `两天没出门`); a share or ratio always (`一倍`, `一成`); other counts above one
    when the measure word counts that way (`两户`, `三次`) or the noun counted is a thing a story
    counts (`两个孩子`, `两所幼儿园`); `三张清单`, `两支队伍`, `一批` name parts of a practice or a phrase.
    """
    if surface is None:
        return False
    kind = lx.UNIT_KINDS.get(lx.UNITS.get(surface, ""), "")
    before = body[max(0, num_start - 3) : num_start]  # (the longest cue before: `已运行`)
    after = body[unit_end : unit_end + 2]
    if kind == "time":
        if before.endswith("前"):
            return False  # `前两天打电话`: a while ago, a point in time
        if body.startswith(body[num_start : num_start + 1] + "夜", unit_end) and surface in ("天", "日"):
            return False  # `困了一天一夜`, `三天三夜`: a set phrase of a long while, loose (GUIDELINES h447)
        if value < 2:
            if before.endswith("了") and after.startswith("的"):
                return False  # `代购了一周的蔬菜`: an amount of goods, not how long
            return (
                before.endswith(lx.DURATION_BEFORE)
                or after.startswith(lx.DURATION_AFTER)
                or _took_to_finish(body, num_start, unit_end)
                or (surface in lx.PER_PERIOD_TIME_SURFACES and _per_period(body, num_start))
            )  # `每月固定一天`, `每周选一个早上`: an amount of time per period (the lead's round X)
        return surface == "年" or surface in lx.CHINESE_NUMERAL_SURFACES  # years: cues checked in `_read`
    if surface in lx.RATIO_UNITS:
        return True
    if surface in lx.VOLUME_SURFACES and value >= 2 and (unit_end == len(body) or _CLAUSE_BREAK.match(body, unit_end)):
        return True  # `日记有厚厚三本。`: the volumes of a record the story named, counted (round AD)
    if value < 2 and surface in lx.PER_PERIOD_ITEM_SURFACES and _per_period(body, num_start):
        return True  # `每年认领一件楼栋实事`: items per period (the lead's round X, as `每年办实事不少于3件`)
    if value >= 2 and _total_of_examples(body, num_start, value):
        return True  # `生活、法律、健康等七大类城市服务`: the whole of a list given by its examples
    if value < 2 or surface in lx.CATEGORY_CLASSIFIERS:
        return False  # `三类小区：一是…`: kinds named, not things counted
    if surface in lx.MATTER_UNITS and _matters_resolved(body, num_start, value):
        return True  # `解决了车位分配和电梯维保两件“老大难”`: the matters named, then counted
    if (
        surface == "件"
        and before.endswith("了")
        and body.startswith(("事：", "事:"), unit_end)
        and not _LIST_OPENING.match(body, unit_end + 2)
        and not any(w in body[max(0, num_start - 6) : num_start] for w in lx.PLAN_EMPHASIS)
    ):
        return True  # `办了三件事：给小区装上…`: things done, named after the colon (GUIDELINES h472); a plan's
        # `重点做好三件事：一是…`, `主要抓了三件事：一是…` announce the case's measures and stay their parts
    if surface in lx.CHINESE_NUMERAL_SURFACES:
        return True
    if surface in lx.OBJECT_CLASSIFIERS and _HAN_CHAR.match(body, unit_end) and not body.startswith("的", unit_end):
        # `两棵树木`, `两只雷达`: a classifier only physical things take, then the thing; no practice is counted by
        # the tree (RULEBOOK: concrete counts are figures, in words too; real set r045, r056)
        return not _named_before(body, num_start, value)
    if _counted_noun_follows(body, unit_end) or (
        surface == "家" and (_FIRMS_AFTER.match(body, unit_end) or _SHOP_AFTER.match(body, unit_end))
    ):
        return not _named_before(body, num_start, value)
    if surface in lx.NAMED_ITEMS_CLASSIFIERS and _names_counted(body, num_start, unit_end, value):
        return True  # `南同蒲、侯月、侯西三条铁路在这里交汇`: the things just named, counted (GUIDELINES h921)
    return _items_in_apposition(body, num_start, unit_end, value)


_LIST_OPENING = re.compile(
    r"\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|首先|\d+[.．、]|[（(][一二三四五六七八九十\d])"
)


def _matters_resolved(body: str, num_start: int, value: Decimal) -> bool:
    """`解决了车位分配和电梯维保两件“老大难”`: a verb of solving, then that many matters joined by 、/和, then their
    count (GUIDELINES h422); `重点做好三件事：一是…` names no matters before the count and stays a plan's parts."""
    clause_start = max(body.rfind(c, 0, num_start) for c in "，,；;。！？：:\n") + 1
    clause = body[clause_start:num_start]
    spots = [(clause.rfind(v), v) for v in lx.RESOLVING_VERBS if v in clause]
    if not spots:
        return False
    at, verb = max(spots)
    items = clause[at + len(verb) :].removeprefix("了")
    parts = _ITEM_BREAK.split(items)
    return len(parts) == value and all(1 < len(p) <= 8 for p in parts)


def _dated_before_event(body: str, num_start: int, unit_end: int) -> bool:
    """`在发射前5天集结`: an event, 前 and a time count date a moment before the event (GUIDELINES h397), unlike
    a lead time (`提前3天预约`), a window (`发射前后3天里`), the first days of a period after 的 or at a clause's
    start (`移交后的前3年`, `前3天免费`) or a limit (`开会前3天内`)."""
    if body[num_start - 1 : num_start] != "前" or num_start < 2:
        return False
    event_end = body[num_start - 2]
    if not _HAN_CHAR.match(event_end) or event_end in lx.NOT_EVENT_BEFORE_FRONT:
        return False
    return not body.startswith(lx.SPAN_AFTER_POINT, unit_end)


def _every_day_of_year(body: str, num_start: int, n1: str, unit_surface: str | None, unit_end: int) -> bool:
    """`365天不打烊`, `全年365天`: every day, a set phrase of service (GUIDELINES h422), not a span measured."""
    if n1 not in lx.DAYS_OF_A_YEAR or unit_surface != "天":
        return False
    return body.startswith(lx.ALWAYS_OPEN_AFTER, unit_end) or body.endswith(lx.WHOLE_YEAR_BEFORE, 0, num_start)


_TURNOVER = re.compile(
    rf"(?:{_alt(lx.FRAME_BEFORE_VERB)})(?:{_alt(lx.TURNOVER_VERBS)})(?=\d|[{CHINESE_NUMERAL_CHARS}])"
)


def _frames_turnover(body: str, unit_end: int) -> bool:
    """`物业公司3年里换了4家`, `一年换了3家物业公司`: the span frames how often something was replaced; only the
    count of replacements is a figure (GUIDELINES h276, h422). `每3年换届一次` counts no replacements."""
    return _TURNOVER.match(body, unit_end) is not None


_CLAUSE_OPENERS = "，,。；;：:\n"


_AMOUNT_IN_CLAUSE = re.compile(r"\d|[两二三四五六七八九十百千]")


def _frames_amount(body: str, num_start: int, unit_end: int) -> bool:
    """`在3天里帮他招到了26名工人`, `两天时间清出杂物30多车`: a span closed by 里 or 时间 with an amount after it in
    the same clause frames that amount; only the amount is a figure (GUIDELINES h347, h547, h597). `两年内发展…`
    (a time limit) and `两年来` (a span) have no such word."""
    opens_clause = num_start == 0 or body[num_start - 1] in _CLAUSE_OPENERS
    framed_by_zai = body.endswith("在", 0, num_start)
    for word in lx.FRAMING_AFTER_SPAN:
        # `在3天里…`, `，两天时间清出…`; `用两个月时间解决了…` is the time a task took and `两个月里跑了90多趟`
        # a span of effort (facts, GUIDELINES h101 and the older sets)
        # (`在3天时间里…` is framed by 在 like `在3天里…`)
        framed = framed_by_zai if word == "里" else opens_clause or (framed_by_zai and word.endswith("里"))
        if body.startswith(word, unit_end) and framed:
            end = _CLAUSE_BREAK.search(body, unit_end)
            rest = body[unit_end + len(word) : end.start() if end else len(body)]
            return _AMOUNT_IN_CLAUSE.search(rest) is not None
    return False


def _bare_span_frames(body: str, num_start: int, unit_end: int) -> bool:
    """`，两年共投入资金820万元`, `，两个星期清出杂物50多车`: a bare span in words that opens its clause and runs
    straight into what was done, with an amount in the same clause, frames that amount; only the amount is a figure
    (GUIDELINES h547, h871, h921, h971, settled in round R). A span with its own word after it (`两年来`, `两年内
    发展…`, `两天就修好了`: lexicon SPAN_KEPT_AFTER), after a word before it (`用两个周末清理出…`, `近三年共争取到…`)
    or with no amount after it (`两天没出门`) stays a figure."""
    opens_clause = num_start == 0 or body[num_start - 1] in _CLAUSE_OPENERS
    if not opens_clause or not _HAN_CHAR.match(body, unit_end) or body.startswith(lx.SPAN_KEPT_AFTER, unit_end):
        return False
    end = _CLAUSE_BREAK.search(body, unit_end)
    return _AMOUNT_IN_CLAUSE.search(body, unit_end, end.start() if end else len(body)) is not None


def _family_phrase(body: str, num_start: int, unit_end: int, unit_surface: str) -> bool:
    """`一家五口`, `一家6口人`, `带着两个孩子`: the RULEBOOK's family phrases (Counts: "Phrases, not figures"), the
    size of a household or the children a parent takes along, in digits or words (round AC; first sight d1445, 58th
    set, `一家五口`; d1537, 61st, `带着两个孩子`; d1780, 69th, `一家6口人…带着4个孩子`)."""
    if unit_surface == "口":
        return body.endswith(lx.HOUSEHOLD_BEFORE_SIZE, 0, num_start)  # `一家五口`, `一大家子8口人`, `全家三口`
    return body.endswith(lx.FAMILY_TAKING_ALONG, 0, num_start) and body.startswith(lx.FAMILY_CHILDREN, unit_end)


_BUILDING_NAMED_BY_NUMBER = re.compile(r"(?:[、和与及]\d+[栋幢])*的")
_BUILDING_DEFINED_AS_ONE = re.compile(r"是一[栋幢座]")


def _numbered_building_as_place(body: str, num_start: int, unit_end: int) -> bool:
    """`23栋的居民反映…`, `12点半又赶到9栋`: a building named by its number where people live or someone goes
    is an address (like `住在12栋`, `3栋2单元`), not a count of buildings (`建成3栋安置楼`)."""
    # Round AC (issue 10; widening round O's `23栋的居民` and round AB's `8栋的楼栋长`, which named the residents
    # and the building's leaders; the shape in d92, d209, d630, d941, d949, d961, d965, d1068, d1218, d1396, d1552,
    # d1694 over 10 sets): the genre counts buildings with their noun (`3栋楼的居民`, `6栋住宅`) and names one by
    # its number with 的 right after it, whoever or whatever follows (`周永福是8栋的“老站长”`, d1694), alone or in a
    # list of numbers (`3栋、5栋的居民代表`); only 有 or 共 before the number keeps a count (`一个有42栋的小区`)
    if _BUILDING_NAMED_BY_NUMBER.match(body, unit_end) and not body.endswith(lx.BUILDING_COUNT_BEFORE, 0, num_start):
        return True
    # Round AD (issue 10: d1837, 71st set, `32栋是一栋33层的高层住宅`; the shape of d1396, 56th, and d1529, 61st, which
    # the estate's name before the number already placed): a story introduces one building by its number and then
    # says what it is, `N栋是一栋…`; the one building counted after 是 makes N its name, wherever the sentence opens
    if _BUILDING_DEFINED_AS_ONE.match(body, unit_end):
        return True
    # `社区12栋的几户居民`, `宝塔山社区12栋是一栋老楼` (round Z: d1396): right after the area's name, see
    # _building_number_in_address (round AB)
    if any(
        m.start() <= num_start < m.end() for m in _BUILDING_PAIR.finditer(body, max(0, num_start - 8), unit_end + 8)
    ):
        return True  # `安置区5栋和6栋之间的空地`: the ground between two buildings named by their numbers
    return body[max(0, num_start - 3) : num_start].removesuffix("了").endswith(lx.GOING_TO_BUILDING)


# Round AB (issue 10: no address number taken as a figure). The genre gives a home or a spot by the estate or
# building, then the building's number: `家住红砖楼42栋的退休矿工`, `住在江湾小区5栋`, `锦绣花园小区3栋有一位独居老人`,
# `安置区5栋是…`. A count of buildings takes a verb or 有 before the number, or its noun after it (`小区有12栋楼`,
# `改造12栋红砖楼`, `住进了42栋高层安置楼`, `楼栋612栋，`) or follows a kind of building, not an area's name
# (`建成青年公寓3栋、共1480套`: lx.AREA_NAME_ENDS).
_RESIDENCE_PHRASE = re.compile(rf"(?:{'|'.join(lx.RESIDENCE_PHRASE_OPENERS)})[^，,。；;：:！!？?“”\n\d]{{0,14}}$")


def _in_residence_phrase(body: str, num_start: int, unit_end: int) -> bool:
    """`家住3组的`, `住在南苑小区4期，`: a numbered part of an address inside a residence phrase, ending it (what
    follows is 的, a verb of being or having or the clause's end, as after a building's number)."""
    after = body[unit_end : unit_end + 1]
    return (not after or after in lx.ADDRESS_NUMBER_AFTER) and _RESIDENCE_PHRASE.search(
        body, max(0, num_start - 18), num_start
    ) is not None


def _building_number_in_address(body: str, num_start: int, unit_end: int) -> bool:
    """`家住红砖楼42栋的…`, `锦绣花园小区3栋有一位…`: a building's number in a residence phrase, or right after the
    estate's name, with no noun of buildings after it, is an address, not a count of buildings."""
    after = body[unit_end : unit_end + 1]
    if (after and after not in lx.ADDRESS_NUMBER_AFTER) or body.startswith("住宅", unit_end):
        return False  # `6栋红砖楼`, `3栋楼`, `6栋住宅楼`: the noun of the buildings counted
    if _RESIDENCE_PHRASE.search(body, max(0, num_start - 18), num_start):
        return True  # `家住红砖楼42栋的`, `住在小区8栋`: the home's address
    # right after the estate's name, a word of the clause follows (`小区3栋有…`, `安置区5栋的…`); a clause end or a
    # joiner after an estate's kind closes an inverted count (`改造老旧小区9栋。`, `居民楼1140栋，其中…`)
    name_end = body[max(0, num_start - 1) : num_start]
    return (
        name_end in lx.AREA_NAME_ENDS
        and not body.endswith(lx.GENERIC_AREAS, 0, num_start)
        and (after.isdigit() or after in lx.ADDRESS_NUMBER_IN_CLAUSE)
    )


# Two buildings named by their numbers, and the place between them (round Z: d1402, 56th set). Review Z: the pair is
# the round-U class of a thing placed by numbered buildings (lx.BESIDE_BUILDING, `3栋楼下`), not one text's 之间: a
# pair before any of those place words (`5栋和6栋楼下`, `3栋、4栋门前`) is an address too
_BUILDING_PAIR = re.compile(rf"\d+[栋幢][和与、及]\d+[栋幢](?:之间|中间|{'|'.join(lx.BESIDE_BUILDING)})")
_PARTY_REACH = 120  # characters before `两个人` in which the story counted the parties


def _parties_again(body: str, num_start: int, unit_end: int, n1: str) -> bool:
    """`两名“景漂”青年…吵了起来…后来两个人还合伙`, `两户邻居…把两家人请到`: a count in words of people (`两个人`,
    `两家人`) after the same numeral counted the people of the story in the paragraph names them again
    (GUIDELINES h251 `两家人坐到一起`), it counts nobody new."""
    if not body.startswith("人", unit_end) and not body[num_start:unit_end].endswith("人"):
        return False
    paragraph_start = body.rfind("\n", 0, num_start) + 1
    earlier = body[max(paragraph_start, num_start - _PARTY_REACH) : num_start]
    if n1 in "两二" and _PAIR_NAMED.search(earlier):
        return True  # `夫妻俩把孩子送到…，两人上班…`, `父子俩…两人击掌`: the pair the story named (real set r067, r078)
    return _person_count(n1).search(earlier) is not None


# A pair of people named as one (`夫妻俩`, `老两口`, `她和老伴`): `两人` after it is the pair again.
_PAIR_NAMED = re.compile("(?:" + "|".join(lx.KINSHIP_PAIRS) + ")俩|老两口|老伴|[她他](?:与|和)[\u4e00-\u9fff]{1,3}的")


@lru_cache(maxsize=64)
def _person_count(numeral: str) -> re.Pattern[str]:
    """`两名`, `两户`, …: the numeral counting people, compiled once per numeral."""
    kin = "|".join(lx.KINSHIP_PAIRS)
    return re.compile(re.escape(numeral) + "(?:[" + lx.PERSON_COUNT_WORDS + "]|" + kin + ")")


def _refers_back_to_others(body: str, num_start: int) -> bool:
    """`明显高于另外两个街道`: the others already counted; `李永福和另外两名议事员到场` adds them to someone named."""
    for word in lx.CHINESE_REFERRING_BACK:
        if body.endswith(word, 0, num_start):
            return not body.endswith(lx.ADDING_BEFORE_OTHERS, 0, num_start - len(word))
    return False


def _took_to_finish(body: str, num_start: int, unit_end: int) -> bool:
    """`…，一个月就完成了改造`: a span opening its clause, then 就 and a verb of finishing (data: lexicon)."""
    opens_clause = num_start == 0 or body[num_start - 1] in "，,。；;：:\n"
    return opens_clause and body.startswith("就", unit_end) and body.startswith(lx.FINISHED_AFTER_SPAN, unit_end + 1)


# `午餐、晚餐两餐，`: the items, then their count ending the clause
_APPOSED_ITEMS = re.compile(r"(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}$")
# The same items with a joiner before the last (`供应午餐和晚餐两餐`, `党员与群众两方`)
_JOINED_ITEMS = re.compile(
    r"(?:(?:(?![和与及、])[\u4e00-\u9fff]){1,6}、)*(?:(?![和与及、])[\u4e00-\u9fff]){1,6}[和与及](?:(?![和与及、])[\u4e00-\u9fff]){1,6}$"
)


_NAME_CHAR = "(?:(?![在、])[\u4e00-\u9fff])"
# `在夏布、陶艺两个…`: 在, then names in apposition up to the count
_NAMES_PLACED = re.compile(rf"在((?:{_NAME_CHAR}{{1,8}}、)+{_NAME_CHAR}{{1,8}})$")


def _names_counted(body: str, num_start: int, unit_end: int, value: Decimal) -> bool:
    """`在夏布、陶艺两个行业组建…`, `集中安置在新城、金坑两个安置区`, `在龙山区、西安区两个主城区`: after 在, a count in
    words right after that many names in apposition counts the places or fields named, like one in digits
    (`东关、大城、中城3个街道`; GUIDELINES round N, h921), whatever they are called, unless the noun after it
    names the parts of a practice (`在线上、线下两个平台`, `在…三个方面`). A count after 分为/分成/提出
    (`分为好、较好、一般三个等次`, `分成…三个部分`) sorts or proposes and names no place."""
    if any(part in body[unit_end : unit_end + 6] for part in lx.PRACTICE_PART_NOUNS):
        return False
    names = _NAMES_PLACED.search(body, max(0, num_start - 40), num_start)
    return names is not None and names.group(1).count("、") + 1 == value


# `武汉市长专线、城市留言板等`: two or more names in apposition closed by 等, right before a count
_EXAMPLES_LISTED = re.compile(r"(?:[\u4e00-\u9fff\d“”]{2,12}、)+[\u4e00-\u9fff\d“”]{2,12}等$")


def _total_of_examples(body: str, num_start: int, value: Decimal) -> bool:
    """`把生活、法律、健康、文化等七大类城市服务送到…`, `城市留言板、12345热线等五个平台`: a count in words right after
    names in apposition closed by 等 gives the whole of what the examples stand for, a figure like a count naming all
    its items (RULEBOOK facts: counts naming their items in apposition), of categories too (`7大类41项服务`). The
    count is at least the names listed; a count after 等 that no list precedes is the verb (`要等两个月`)."""
    examples = _EXAMPLES_LISTED.search(body, max(0, num_start - 60), num_start)
    return examples is not None and examples.group().count("、") + 1 <= value


def _items_in_apposition(body: str, num_start: int, unit_end: int, value: Decimal) -> bool:
    """`供应午餐、晚餐两餐`: a count in words that closes its clause right after naming that many items states
    an amount (tests/gold/GUIDELINES.md, decided for h101); `权力、责任、服务三张清单` goes on to the noun of a
    practice's parts and stays a name."""
    if body[unit_end : unit_end + 1] not in ("，", "。", "；", ",", ";", ""):
        return False
    items = _APPOSED_ITEMS.search(body, max(0, num_start - 40), num_start)
    if items is not None and items.group().count("、") + 1 == value:
        return True
    joined = _JOINED_ITEMS.search(body, max(0, num_start - 40), num_start)
    return joined is not None and joined.group().count("、") + 2 == value


_NOT_IN_MODIFIER = "的之和与及或在对把被"
# `引进两家服装加工企业`: 家 counts firms, whose trade may take a longer modifier than other nouns counted
_FIRMS_AFTER = re.compile(rf"(?:(?![{_NOT_IN_MODIFIER}])[\u4e00-\u9fff]){{0,6}}?(?:{'|'.join(lx.FIRM_NOUNS)})")
# `两家相邻的茶叶店`, `三家奶茶店`: 家 counting shops named by what they sell, behind a short `…的` or not
_SHOP_AFTER = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,4}}的)?(?:(?![{_NOT_IN_MODIFIER}])[\u4e00-\u9fff]){{1,4}}?(?:{'|'.join(lx.SHOP_NOUNS)})"
)
_NOUN_MODIFIER_CHARS = 3  # `两个主要渡口`, `四个老城区街道`: a short modifier before the noun counted
# Where the people or firms counted come from, between the classifier and the noun (`两名来自外省的党员`).
_ORIGIN_CLAUSE = re.compile(r"来自[\u4e00-\u9fff]{1,8}?的")


def _counted_noun_follows(body: str, unit_end: int) -> bool:
    """Whether a noun a story counts follows the classifier, right away (`两个孩子`) or after a short
    modifier of Han characters (`两个主要渡口`, `四个老城区街道`)."""
    origin = _ORIGIN_CLAUSE.match(body, unit_end)
    if origin and body.startswith(lx.COUNTED_NOUNS, origin.end()):
        return True  # `两家来自不同县的商户`, `两名来自外省的党员`: where they come from, then who they are
    for offset in range(_NOUN_MODIFIER_CHARS + 1):
        if offset and (
            not _HAN_CHAR.match(body, unit_end + offset - 1) or body[unit_end + offset - 1] in _NOT_IN_MODIFIER
        ):
            return False  # `两家中间的院子`: 的 (or a joiner) ends the phrase the count heads
        if body.startswith(lx.COUNTED_NOUNS, unit_end + offset):
            return True
    return False


_NUMBERED_BUILDING = re.compile(r"\d+(?:号楼|号院|栋|幢)")


def _named_before(body: str, num_start: int, value: Decimal) -> bool:
    """`8号楼和9号楼之间的空地…邀请两栋楼的居民`: the count takes up buildings the paragraph has named by
    their numbers; it refers back (tests/gold/GUIDELINES.md, decided for h126) and counts nothing new."""
    paragraph_start = body.rfind("\n", 0, num_start) + 1
    return len(_NUMBERED_BUILDING.findall(body, paragraph_start, num_start)) >= value


_DOCUMENT_TITLE = re.compile(r"《[^《》]{1,60}》")


def _counts_a_documents_parts(body: str, printed: str) -> bool:
    """Whether a count in words is the one a document's title gives (`《…十条措施》`): said again in the text
    (`明确了十条具体举措`) it names the document's articles (tests/gold/GUIDELINES.md: `十条措施`)."""
    return any(printed in t.group() for t in _DOCUMENT_TITLE.finditer(body))


# Numbered buildings and floors (`8号楼`, `3栋`, `4楼`, `5层`) that a count in words may take up.
_NUMBERED_PLACE = re.compile(r"\d+(?:号楼|号院|栋|幢|楼|层)")
# After a repeated count and its noun: `两户都签了字`, `两个小区的做法`, `两家均同意`.
# `由社区和两户各出一部分`: 各 (each of them) takes up the count just given, like 都.
_TAKEN_UP_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?=[都均也的各])")
_TAKE_UP_REACH = 800  # characters before a count in which the same count may have been given


def _takes_up(body: str, num_start: int, unit_end: int, surface: str, value: Decimal) -> bool:
    """Whether a count in words refers back instead of counting (tests/gold/GUIDELINES.md, decided for
    h126, h251, h276): the clause before it numbers that many buildings or floors (`4楼和5楼两户`,
    like `两栋楼的居民` after `8号楼和9号楼`), or the same count of the same noun was given shortly before
    and is now the subject of `都`/`的` (`…两户…，第二天两户都签了字`, `两个小区的做法说明`)."""
    if value >= 2:  # (the clause's start, eight `rfind`, is read only for a count that can take up places)
        clause_start = max(body.rfind(c, 0, num_start) for c in "，,；;。！？\n") + 1
        if len(_NUMBERED_PLACE.findall(body, clause_start, num_start)) >= value:
            return True
    if _names_listed_before(body, num_start, unit_end, value):
        return True
    if lx.UNIT_KINDS.get(lx.UNITS.get(surface, ""), "") == "time":
        return False
    earlier = body[max(0, num_start - _TAKE_UP_REACH) : num_start]
    if _story_subject_again(body, num_start, unit_end, earlier):
        return True
    noun = _TAKEN_UP_AFTER.match(body, unit_end)
    if noun is None:
        return False
    counted = body[num_start : noun.end()]
    if counted in earlier:
        return True
    # `引进两家服饰加工企业…。两家企业的车间…`: the same count of the same noun, given with a modifier before
    noun_only = body[unit_end : noun.end()]
    return len(noun_only) >= 2 and _given_with_modifier(earlier, body[num_start:unit_end], noun_only)


# Units a text names in a list (`振兴社区、崇文社区`, `秀山街道、九龙街道`) and later counts in words
# (`两个社区共选聘…`, `两个试点街道运行一年来`): the count takes up the units named, it counts nothing new
# (GUIDELINES h126, h251: a count taken up). Round Z, first sight: d1098 (46th set), d1220 (54th), d1378 (55th).
_LISTED_UNIT = re.compile(r"[\u4e00-\u9fff]{0,3}?(社区|街道|小区|村|镇|乡)")
# the lists themselves, one pattern per unit noun, compiled once (`振兴社区、崇文社区`, `秀山街道和九龙街道`)
_UNIT_LISTS = {
    noun: re.compile(rf"[\u4e00-\u9fff]{{2,6}}?{noun}(?:[、和与及][\u4e00-\u9fff]{{2,6}}?{noun})+")
    for noun in ("社区", "街道", "小区", "村", "镇", "乡")
}
_NEW_UNITS_BEFORE = ("另外", "其他", "其余", "另", "新", "增", "再", "又", "扩大到", "推广到", "延伸到")


def _names_listed_before(body: str, num_start: int, unit_end: int, value: Decimal) -> bool:
    """`在振兴社区、崇文社区开展试点，两个社区共选聘楼长112名`: the text listed that many units by name before."""
    if not 2 <= value <= 5 or body.endswith(_NEW_UNITS_BEFORE, 0, num_start):
        return False
    noun = _LISTED_UNIT.match(body, unit_end)
    if noun is None:
        return False
    lists = _UNIT_LISTS[noun.group(1)].finditer(body, 0, num_start)
    return any(len(re.split("[、和与及]", found.group())) == value for found in lists)


def _given_with_modifier(earlier: str, count: str, noun: str) -> bool:
    """Whether `earlier` holds `count`, one to six Han characters, then `noun`: what
    `re.search(re.escape(count) + "[\u4e00-\u9fff]{1,6}?" + re.escape(noun), earlier)` finds, without compiling
    a pattern for every (count, noun) pair (about 0.5 ms each, most of it the Han range's character set)."""
    start = earlier.find(count)
    while start != -1:
        gap = start + len(count)
        for end in range(gap + 1, gap + 7):
            if not "\u4e00" <= earlier[end - 1 : end] <= "\u9fff":
                break  # (an empty slice, past the end, is below the range)
            if earlier.startswith(noun, end):
                return True
        start = earlier.find(count, start + 1)
    return False


# After a count given again: the whole of those just counted (`11户全部签字`, `两家都同意`, `6名均到场`).
_WHOLE_AFTER = re.compile(r"全部|全都|都|均")


def _all_of_them_again(body: str, num_start: int, unit_end: int) -> bool:
    """`院里住着11户人家…最后11户全部签字同意`: the count and measure word the story gave shortly before, now followed
    by `全部`/`都`/`均`, take up the whole of those already counted, in digits as in words (GUIDELINES h126, h251:
    a count taken up is no new figure; round T, d896, the kind of d556 and d651's counts named again)."""
    if not _WHOLE_AFTER.match(body, unit_end):
        return False
    count = body[num_start:unit_end]
    earlier = body[max(0, num_start - _TAKE_UP_REACH) : num_start]
    at = earlier.rfind(count)
    return at != -1 and not (at and earlier[at - 1].isdigit())


def _story_subject_again(body: str, num_start: int, unit_end: int, earlier: str) -> bool:
    """`产权分属七户人家…。最后，七户人家在议事埕上达成一致`: the same count and noun that a story gave before,
    opening a clause as its subject, are the people already counted (GUIDELINES h251 `两家人坐到一起`, h572)."""
    if num_start and body[num_start - 1] not in _CLAUSE_OPENERS:
        return False
    noun = body[unit_end : unit_end + 2]
    if len(noun) == 2 and bool(_HAN_CHAR.match(noun[1])) and body[num_start : unit_end + 2] in earlier:
        return True
    # `老街上两家相邻的茶叶店…帮两家重新设计了招牌…，两家店主当场握手言和`: the count of the story's parties given
    # twice already in the paragraph, now opening a clause with their people, names them again (GUIDELINES h796)
    paragraph = body[body.rfind("\n", 0, num_start) + 1 : num_start]
    count = body[num_start:unit_end]
    return count[-1:] in lx.PERSON_COUNT_WORDS and paragraph.count(count) >= 2


def _inside_loose_phrase(body: str, num_start: int) -> bool:
    """Whether a loose set phrase of time (`三天两头`, `一年半载`) covers the number after its first character."""
    if body[num_start : num_start + 1] not in _LOOSE_INNER_CHARS:
        return False  # the number's first character stands nowhere past a phrase's first: no phrase covers it so
    window = body[max(0, num_start - 5) : num_start + 6]
    offset = num_start - max(0, num_start - 5)
    return any(a < offset < b for p in lx.LOOSE_TIME_PHRASES for a, b in occurrences(window, p))


# The characters of the loose phrases past their first (`两` of `三天两头`, `五` of `三年五载`…)
_LOOSE_INNER_CHARS = frozenset(ch for phrase in lx.LOOSE_TIME_PHRASES for ch in phrase[1:])


# A span in words of one to ten, its measure word and unit (`一天`, `两个月`, `三年`): one half of a loose pairing.
_WORD_SPAN = re.compile(r"([一二两三四五六七八九十])(个)?([天年月周夜晚])")


def _paired_span(body: str, num_start: int, unit_end: int, unit_surface: str | None) -> bool:
    """`一天两天`, `一年两年`, `三年五年`: two spans in words of the same unit, the smaller first, side by side say
    `a while` (`不是一天两天形成的`), no span measured; the kind of `十天半个月` and `一天一夜` (loose spans at first
    sight: d492 19th set, d811 32nd, d934 39th). Both halves are loose."""
    here = _WORD_SPAN.fullmatch(body, num_start, unit_end)
    if here is None or unit_surface is None:
        return False
    after = _WORD_SPAN.match(body, unit_end)
    if after and after.group(3) == here.group(3) and _word_value(here.group(1)) < _word_value(after.group(1)):
        return True
    for width in (2, 3):  # the half before: `一天` (2) or `一个月` (3)
        before = _WORD_SPAN.fullmatch(body, max(0, num_start - width), num_start)
        if before and before.group(3) == here.group(3) and _word_value(before.group(1)) < _word_value(here.group(1)):
            return True
    return False


_WORD_VALUES = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _word_value(numeral: str) -> int:
    return _WORD_VALUES[numeral]


def _in_place_name(body: str, num_start: int, end: int) -> bool:
    """Whether a gazetteer name holding a numeral (`三元区`, `七星关`) covers the number's first character."""
    names = names_holding_numerals()
    char_at, openings = _numeral_name_index()
    numeral = body[num_start : num_start + 1]
    for start in range(max(0, num_start - _LONGEST_NUMERAL_NAME + 1), num_start + 1):
        if (numeral, num_start - start) not in char_at or body[start : start + 2] not in openings:
            continue  # no name holds this character there or opens so: no window from `start` is a name
        for stop in range(max(num_start + 1, start + 3), min(len(body), start + _LONGEST_NUMERAL_NAME) + 1):
            if body[start:stop] in names:
                return True
    return False


def _in_chained_town(body: str, num_start: int) -> bool:
    """Whether the number opens the stem of a three-character town (`八所` of `八所镇`) that the text names in
    full beside the county or city it lies in (`东方市位于…，八所镇是市政府所在地`): there the stem is the place's
    name (`八所港务公司`), an address of the story, not a count. Alone such a town reads like words (`十户乡亲`),
    so only its county or city in the same text makes it a place."""
    towns = short_towns_holding_numerals().get(body[num_start : num_start + 2])
    return bool(towns) and any(town in body and any(p in body for p in parents) for town, parents in towns)


# `五台山风景名胜区`, `二连浩特市`: the names that matter are eight characters at most (a few farm and forest
# units run longer; a window that long would cost more than they are worth)
_LONGEST_NUMERAL_NAME = 8


@lru_cache(maxsize=1)
def _numeral_name_index() -> tuple[frozenset[tuple[str, int]], frozenset[str]]:
    """(character, offset) for every character of every gazetteer name holding a numeral, and the
    first two characters of each: a window `_in_place_name` reads can be a name only if both agree."""
    names = names_holding_numerals()
    return frozenset((ch, i) for name in names for i, ch in enumerate(name)), frozenset(name[:2] for name in names)


def _blocked_spans(body: str) -> list[tuple[int, int]]:
    """Short quoted names and titles, in order and non-overlapping (finditer guarantees both).

    A quotation with sentence punctuation inside is speech (`“今天走访住户26户，所有老人平安。”`):
    its figures count like any other.
    """
    quoted = [
        m.span()
        for pattern in (_SHORT_QUOTE, _NESTED_QUOTE)
        for m in pattern.finditer(body)
        if not _SPEECH_MARKS.search(m.group()) and not _clauses(m.group())
    ]
    names = [(start - 1, end) for start, end in _apposition_spans(body)]
    spans = sorted(quoted + names)
    merged: list[tuple[int, int]] = []
    for a, b in spans:  # non-overlapping, in order, as `_inside` expects
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


_QUOTED_CLAUSE_MIN = 7  # characters of each part: `一户一码、一楼一人` is a name of two short elements


def _clauses(quoted: str) -> bool:
    """A quoted requirement of clauses joined by `、` (`“当场能调的当场调、当场调不了的三天内调”`) is speech, whose
    figures count (GUIDELINES h447: a time limit), not a name whose digits name it (`“一户一码、一楼一人”`)."""
    parts = quoted[1:-1].split("、")
    return len(parts) >= 2 and all(len(p) >= _QUOTED_CLAUSE_MIN for p in parts)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` lies inside one of the blocked spans, past its opening mark (a quote's `“`)."""
    span = span_at(pos, spans)
    return span is not None and span[0] < pos


def extract_facts(body: str, sentences: Sentences | None = None) -> list[Fact]:
    sentences = sentences or split_sentences(body)
    blocked = _blocked_spans(body)
    facts: list[_Draft] = []
    for whole in _SCAN.finditer(body):
        if _bare_number(whole, body):
            continue  # a third of the matches (`2019`, the 一 of `统一`): `_read` would drop each as a bare number
        for m in _range_ends(whole, body):
            fact = _read(_fraction_before_noun(m, body), body, blocked, sentences)
            if fact is not None:
                facts.append(fact)
    halves = _halves_per_period(body, sentences) + _halves_of_spans(body, sentences)
    if halves:
        facts = sorted(facts + halves, key=lambda f: f.char_start)
    facts = _changes_share_subject(body, _without_assignments(body, _without_formula_parts(body, facts)))
    facts = _elided_subjects(body, facts)
    facts = without_restated_change_ends(body, without_restated_totals(body, facts))
    facts = without_counts_used_as_names(body, facts)
    facts = without_restated_spans(body, facts)
    return [_with_id(f, i) for i, f in enumerate(facts, start=1)]


# `从2200元到2700元，再到4000元`: a range the text goes on from is a sequence of values over time
_SEQUENCE_GOES_ON = re.compile(r"[，,]?再(?:到|至|增至|升至|涨到)")


def _range_ends(m: re.Match[str], body: str) -> list[re.Match[str]]:
    """A range match, or its two ends read apart when they are two figures: each end with a unit of its own kind
    (`2小时到15天的办理时限`: a shortest and a longest time, not one span from hours to days), or a range the text
    goes on from (`2200元到2700元，再到4000元`: three values a wage took, RULEBOOK facts: a change's ends)."""
    if m.group("dash") is None or m.group("n2") is None or m.group("u1") is None:
        return [m]
    u1, u = m.group("u1"), m.group("u")
    apart = (u is not None and lx.UNITS.get(u1) != lx.UNITS.get(u)) or _SEQUENCE_GOES_ON.match(body, m.end())
    if not apart:
        return [m]
    ends = [_SCAN.match(body, m.start(), m.end("u1")), _SCAN.match(body, m.start("n2"), m.end())]
    return [e for e in ends if e is not None and not _bare_number(e, body)]


def _fraction_before_noun(m: re.Match[str], body: str) -> re.Match[str]:
    """`占全市近四分之一人口`, `三分之一家庭`: a fraction in words counts no units, so a measure word read right after
    it is the first character of the noun it is a share of (人口, 家庭); the fraction alone is the figure (RULEBOOK
    facts: a fraction is its decimal without unit). `1/5个` in digits stays what `_read` makes of it."""
    n1 = m.group("n1")
    if m.group("u") is None or m.group("n2") is not None or "分之" not in n1 or n1.startswith("百分之"):
        return m
    return _SCAN.match(body, m.start(), m.end("n1")) or m


# `半天`, `半小时` with no numeral before them (`大半天`, `一个半小时`, `3个半天` are read elsewhere or are vague).
# The test of the character before 半 stands after it (`半(?<!X半)`, the same matches as `(?<!X)半`), so that the
# pattern opens with a literal and the scan jumps from 半 to 半 instead of trying every character (20x faster)
_HALF = re.compile(rf"半(?<![大多好老个前后{CHINESE_NUMERAL_CHARS}\d]半)(?:个小时|小时|天)(?![假工])")


def _halves_per_period(body: str, sentences: Sentences) -> list[_Draft]:
    """`每周至少接待居民半天` → 0.5 天, `每晚收摊后还要留下来半小时` → 0.5 小时: half a day or an hour per period is an
    amount of time per period, a figure (the lead's round X; it supersedes h522, h126, which called them loose).
    Outside a clause governed by 每 and a period (`不到半天就有人来`, `提前半小时开门`) a bare half stays loose."""
    out: list[_Draft] = []
    for m in _HALF.finditer(body):
        start, end = m.start(), m.end()
        if not _per_period(body, start) or body.endswith(lx.LEAD_TIME_BEFORE, 0, start):
            continue
        qualifier = next((w for w in lx.QUALIFIERS_BEFORE if body.endswith(w, 0, start)), None)
        if qualifier and lx.QUALIFIERS_BEFORE[qualifier] == "不足":
            continue  # `不到半天`: how soon something was done, loose
        raw_start = start - len(qualifier) if qualifier else start
        unit = "天" if m.group().endswith("天") else "小时"
        out.append(_half_fact(body, sentences, raw_start, end, unit, qualifier))
    return out


def _half_fact(body: str, sentences: Sentences, start: int, end: int, unit: str, qualifier: str | None) -> _Draft:
    """0.5 of `unit` written as body[start:end] (its qualifier word, e.g. 不到, included)."""
    s_start, s_end = sentences.at(start)
    return _Draft(
        value=0.5,
        value_max=None,
        unit=unit,
        raw=body[start:end],
        qualifier=lx.QUALIFIERS_BEFORE[qualifier] if qualifier else None,
        subject=_subject(body, start, end, unit, unit, None),
        per=None,
        sentence=body[s_start:s_end],
        char_start=start,
        char_end=end,
    )


# Round AB (halves of a unit, lx.HALF_SINCE_AFTER…): `半年来`, `用了不到半个月`, `缩短至半天`, `每次…留出半小时`.
# Not after 上/下 (`上半年`), 每 (`每半年`, a schedule), a numeral or 大/多/好 (`大半年`, `一个半月`: read elsewhere).
# (the test of the character before 半 stands after it, as in `_HALF`)
_HALF_SPAN = re.compile(
    rf"半(?<![大多好老个前后上下每{CHINESE_NUMERAL_CHARS}\d]半)(?P<u>个小时|小时|个钟头|天|个月|月|年)(?![假工多载])"
)
_HALF_UNITS = {"个小时": "小时", "小时": "小时", "个钟头": "小时", "天": "天", "个月": "月", "月": "月", "年": "年"}
_PER_OCCASION = re.compile(r"每(?:一)?(?:次|场|期|轮)")


def _half_is_span(body: str, start: int, end: int, unit: str) -> str | bool:
    """Whether `半X` at body[start:end] is a figure of the kinds lx.HALF_SINCE_AFTER names; a 不到 before it is
    returned as the qualifier's word."""
    if body.startswith(lx.RELATIVE_TIME_AFTER, end) or any(
        body.find(p, max(0, start - len(p)), end + len(p)) >= 0 for p in lx.LOOSE_TIME_PHRASES
    ):
        return False  # `半年后`, `十天半个月`: a time point, a loose phrase
    clause = _CLAUSE_BREAK.split(body[max(0, start - 30) : start])[-1]
    if body.startswith(lx.HALF_SINCE_AFTER, end):
        return True  # `半年来，各小区共吹哨1420次`, `平台上线半年来`, `半年下来`
    if clause.endswith(lx.HALF_CHANGE_BEFORE) or (
        re.search(r"由(?:过去|原来|以前)?的?$", clause) and body.startswith(lx.HALF_CHANGE_AFTER, end)
    ):
        return True  # `由3天缩短至半天`, `由过去的半天缩短到20分钟`: a measured change
    if _PER_OCCASION.search(clause) and unit in ("小时", "天"):
        return True  # `每次议事都会留出半小时`: time per occasion
    cue = next((c for c in lx.HALF_TASK_CUES if clause.endswith(c)), None)
    sentence_before = re.split(r"[。；;！!？?\n]", body[max(0, start - 30) : start])[-1]
    if (
        not clause
        and unit != "年"
        and _took_to_finish(body, start, end)
        and not any(w in sentence_before for w in lx.HALF_HABIT_BEFORE)
    ):
        # Round AD (RULEBOOK facts, loose durations: `半个月就修好了排水沟` → 0.5 月, a half of one event's task span;
        # first sight d1161 51st set `半个小时就排除了故障`, d1734 67th, the rulebook's own example): a half opening its
        # clause, then 就 and a verb of finishing, is how long the work took, as `一个月就完成了改造` is
        return True
    if cue is None or unit == "年" or any(w in sentence_before for w in lx.HALF_HABIT_BEFORE):
        return False  # `坏了半个月没人修` (a state), `用了半年时间` (loose), `往往不到半天就…` (a habit)
    if cue == "不到" and len(clause) == len(cue):
        # `…，不到半个月就更换路灯84盏`, `不到半天，30多位渔民就报了名`: a bare span opening its clause frames the
        # amount after it, in its clause or, when it stands alone, in the next (round V)
        # (review AB: the comma's reading moves one text, d1374; kept, round V's framing written with a comma)
        after = body[end + 1 : end + 41] if body[end : end + 1] in "，," else body[end : end + 40]
        if _AMOUNT_IN_CLAUSE.search(_CLAUSE_BREAK.split(after)[0]):
            return False
    return "不到" if cue.endswith("不到") else True


def _halves_of_spans(body: str, sentences: Sentences) -> list[_Draft]:
    """`平台上线半年来` → 0.5 年, `用了不到半个月就修好了排水沟` → 0.5 月, `由3天缩短至半天` → 0.5 天,
    `每次议事都会留出半小时` → 0.5 小时 (RULEBOOK facts, Time; round AB): a half of a unit in words where the rulebook
    makes it a figure."""
    out: list[_Draft] = []
    for m in _HALF_SPAN.finditer(body):
        start, end = m.start(), m.end()
        if _per_period(body, start):
            continue  # `每周至少接待居民半天`: _halves_per_period reads it
        unit = _HALF_UNITS[m.group("u")]
        kind = _half_is_span(body, start, end, unit)
        if not kind:
            continue
        out.append(_half_fact(body, sentences, start, end, unit, "不到" if kind == "不到" else None))
    return out


def _bare_number(m: re.Match[str], body: str) -> bool:
    """A match with no unit, no magnitude word and no fraction whose number cannot reach ten thousand (Arabic
    digits, or one numeral character short of 万/亿), and no population after it: `_read` returns None for it
    whatever its context, at its bare-number test (`unit is None and not has_magnitude and not is_fraction`), so it
    need not be read. tests/test_facts_scan.py checks the two agree on every match of the authored texts and the
    seeds."""
    if m.group("u") or m.group("u1") or m.group("m1") or m.group("m2") or _POPULATION_AFTER.match(body, m.end()):
        return False
    n1 = m.group("n1")
    return (n1.isascii() and "/" not in n1) or (len(n1) == 1 and n1 not in "万亿")


def _changes_share_subject(body: str, facts: list[_Draft]) -> list[_Draft]:
    """`城镇化率从40%跃升至70%`, `办结时间由15天缩短至3天`: the second figure measures what the first does."""
    out: list[_Draft] = []
    for f in facts:
        prev = out[-1] if out else None
        if prev is not None and prev.subject and is_change_between(body[prev.char_end : f.char_start]):
            f = f._replace(subject=prev.subject)
        out.append(f)
    return out


def _elided_subjects(body: str, facts: list[_Draft]) -> list[_Draft]:
    """A figure whose clause names no noun counts what the figure before it counts, when both share a
    unit and a sentence (`收集议题1150条，已办结1086条` → 议题); else the verb it follows names it
    (`累计投入1300万元` → 投入, `累计培训4.6万人次` → 培训)."""
    out: list[_Draft] = []
    for f in facts:
        if f.subject is None:
            prev = out[-1] if out else None
            if prev is not None and prev.subject and prev.unit == f.unit and prev.sentence == f.sentence:
                subject: str | None = prev.subject
            else:
                subject = verb_before(body, f.char_start) or None
            if subject:
                f = f._replace(subject=subject)
        out.append(f)
    return out


def _without_assignments(body: str, facts: list[_Draft]) -> list[_Draft]:
    """Drop one-to-one assignments (`实行1名机关党员服务1个建设项目`, `1名干部包1个网格`): two figures of 1
    in one clause state a rule of pairing, not an amount. `每名党员联系10户` keeps its 10. A rate between
    a time and a measure (`每服务1小时积1分`), or a count of deeds and the points a verb of points credits for
    them (`帮修1次记1个工分`), is a policy amount on both sides, not a pairing of counts."""
    counted = ("person", "count")
    ones = [f for f in facts if f.value == 1 and f.value_max is None and lx.UNIT_KINDS.get(f.unit or "") in counted]
    drop: set[int] = set()
    for a, b in pairwise(ones):
        between = body[a.char_end : b.char_start]
        if "、" in between or between.endswith(tuple(lx.ITEM_JOINERS)):  # (`以及` ends with 及)
            continue  # `配建1所幼儿园、1个卫生服务站和1个综合服务中心`: a list of items, not a pairing
        if len(between) == 1 and between in lx.POINT_VERBS:
            continue  # `帮修1次记1个工分`: a point rate, a policy amount on both sides (GUIDELINES h51)
        if not _CLAUSE_BREAK.search(body, a.char_end, b.char_start):
            drop.update((a.char_start, b.char_start))
    return [f for f in facts if f.char_start not in drop]


_FORMULA = re.compile(r"[“「]([0-9Nn]+(?:[+＋][0-9Nn]+)+)[”」]")
FORMULA_REACH = 120  # characters after a quoted formula in which its parts are spelled out


def _without_formula_parts(body: str, facts: list[_Draft]) -> list[_Draft]:
    """Drop the figures that spell out a quoted formula (`“1+4+25”组织架构(即1个党委、4个平台和25个村居)`,
    `“1+3+N”联动机制…以1个街道党工委为核心,联合…3个部门`): they name its parts, they count nothing.

    A run of figures right after the formula whose values are its numbers in order (two at least)
    is such a spelling-out.
    """
    drop: set[int] = set()
    for m in _FORMULA.finditer(body):
        numbers = [float(x) for x in PLUS_SIGN.split(m.group(1)) if x.isdigit()]
        if len(numbers) < 2 and not (numbers and _FORMULA_N.search(m.group(1))):
            continue
        near = [f for f in facts if m.end() <= f.char_start < m.end() + FORMULA_REACH and f.value_max is None]
        k, taken = 0, []
        for f in near:
            if k < len(numbers) and f.value == numbers[k]:
                taken.append(f.char_start)
                k += 1
        if k == len(numbers) and k >= 1 and (k >= 2 or "N" in m.group(1).upper()):
            drop.update(taken)
    return [f for f in facts if f.char_start not in drop]


def _with_id(draft: _Draft, fact_id: int) -> Fact:
    return Fact(fact_id, *draft)


def _approximate_before_unit(m: re.Match[str]) -> bool:
    """`1300多年`, `100余年`: 多/余 between the number and 年 makes it a span (a year is never approximate)."""
    return bool(m.group("qa1") or m.group("qa2") or m.group("qa3"))


# (round AB) 教龄, a teacher's standing, a plain member of this class beside 党龄 (RULEBOOK facts: `30年教龄`, h1462;
# `有30年教龄的退休教师`, d1509 60th set); 工龄 stays a figure (`30多年工龄`, h1092: the conflict is open)
# (review AB: moves one text, d1509; kept as a plain member of the personal standings, the rule being the standing)
_STANDING_AFTER = re.compile(r"[多余]?(?:的)?(?:党龄|教龄)")
_STANDING_BEFORE = re.compile(
    r"(?<!平均)(?:党龄(?:已达|已有|已|达到|达|超过|有|近|满)?|入党(?:已经|已有|已|有|近|满)?)$"
)
# `当了42年党员`: the years a member has been one, a Party standing (`当了20年支书` is a trade, a figure)
_MEMBER_YEARS_BEFORE = ("当了", "做了", "当过")


def _party_standing(body: str, num_start: int, unit_end: int) -> bool:
    """`15年党龄`, `有着40多年党龄`, `党龄已有30年`, `入党12年`, `当了42年党员`: one member's Party standing, not a
    figure (an average over a group, `平均党龄35年`, stays a statistic like an average age)."""
    if _STANDING_AFTER.match(body, unit_end):
        return "平均" not in body[max(0, num_start - 8) : num_start]
    if body.startswith("党员", unit_end) and body.endswith(_MEMBER_YEARS_BEFORE, 0, num_start):
        return True
    return bool(_STANDING_BEFORE.search(body[max(0, num_start - 8) : num_start]))


def _weather(body: str, sentences: Sentences, start: int, unit_end: int) -> bool:
    """Rain or snow measured in the figure's clause, before it or after it."""
    after = _CLAUSE_BREAK.split(body[unit_end : unit_end + 12], maxsplit=1)[0]
    return any(w in _clause_before(body, sentences, start) or w in after for w in lx.PRECIPITATION)


def _clause_before(body: str, sentences: Sentences, start: int) -> str:
    """The clause up to `start` (`平均年龄52岁，年龄最大的已经76岁`: the second clause has no 平均年龄)."""
    sentence_start = sentences.at(start)[0]
    return _COMMA_BREAK.split(body[sentence_start:start])[-1]


# `往往一拖就是一年`: a habitual span, a generalisation (lexicon GENERALISING_SPAN).
_GENERALISING_SPAN = re.compile(lx.GENERALISING_SPAN)
# A list of weekdays up to the numeral read (`每周二、`, `星期一、三、`): weekdays are named, never counted.
_WEEKDAY_LIST = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天](?:、[一二三四五六日天])*、$")
_WEEKDAY_LIST_LAST = last_chars(_WEEKDAY_LIST)
_GENERALISING_SPAN_ENDS = endings(_GENERALISING_SPAN)


# Before a span that is no amount: how long something usually lasts, a habit (`有时候实验一做就是一天`, `经常一待就是
# 半天`: a habit adverb, then 一 + a verb + 就是); one such stretch told once (`房里一住就是9年`) is a figure
_HABIT_SPAN_BEFORE = re.compile(r"(?:有时|有时候|经常|常常|往往|时常)[^，,。；;]{0,8}一[\u4e00-\u9fff]就是$")
# After a span: a price charged over it (`24小时5元封顶`, `每小时5元`)
_RATE_AFTER = re.compile(r"\d+(?:\.\d+)?元")


def _read(m: re.Match[str], body: str, blocked: list[tuple[int, int]], sentences: Sentences) -> _Draft | None:
    n1, n2 = m.group("n1"), m.group("n2")
    start, end = m.start(), m.end()
    num_start = m.start("n1")
    # the pattern's other groups, read once (a rule asks for the unit's end or a qualifier many times over)
    qb, qa1, qa2, qa3, u, u1, dash, m1, m2, per = m.group(
        "qb", "qa1", "qa2", "qa3", "u", "u1", "dash", "m1", "m2", "per"
    )
    u_end = m.end("u")  # (-1 with no unit, as the slices and tests below always read it)
    before = body[num_start - 1] if num_start > 0 else ""
    # a number glued to another number or a letter is a code, a name or a formula part (`7×24小时`: a service's
    # schedule, days by hours, real set r135)
    if before and ((before.isascii() and (before.isalnum() or before in "+.-/*")) or before in "+＋×＊"):
        return None
    if before and before in CHINESE_NUMERAL_CHARS and not qb:
        return None
    if body.endswith("就是", 0, num_start) and _HABIT_SPAN_BEFORE.search(body, max(0, num_start - 16), num_start):
        return None  # `有时候实验一做就是一天`: how long a habit lasts (real set r071)
    if u and lx.UNIT_KINDS.get(lx.UNITS.get(u, "")) == "time" and _RATE_AFTER.match(body, m.end()):
        return None  # `24小时5元封顶`: the period a price is charged over, not an amount of time (real set r071)
    if body.endswith(lx.NOT_A_FIGURE_BEFORE, 0, num_start) and not (_frequency_after_period(body, num_start, u)):
        return None  # `第3`, `周三`, `每周三晚上`; `每周两次`, `每星期2次` state a frequency
    if before in _WEEKDAY_LIST_LAST and _WEEKDAY_LIST.search(body, max(0, num_start - 16), num_start):
        return None  # `每周二、四晚上开课`, `周一、三、五`: the later days of a list of weekdays name days too
    if body[max(0, num_start - 2) : num_start].endswith(lx.DEMONSTRATIVES):
        return None  # `在这3个街道试点`: a figure referred back to, not a new one
    if before and before in "∶:" and body[num_start - 2 : num_start - 1].isdigit():
        return None  # `按6∶4分担`: the second term of a split ratio
    if _LISTED_YEAR.match(body, num_start):
        return None  # `1.2022年，…`: a list marker glued to a year
    if _NAMED_CIRCLE.match(body, num_start):
        return None  # `15分钟便民生活圈`: the number is part of a name of the genre
    if blocked and _inside(num_start, blocked):
        return None
    if _bracket_before(body, num_start) and _PHONE_BEFORE_NOTE.search(body, max(0, num_start - 40), num_start):
        return None  # `0453-6927xxx（24小时）`: when a phone line answers, a note on the number
    if _vague(n1, body, num_start, m.end("n1")):
        return None  # `几十名`, `五六个人`: a guess at a number, not a figure
    if (
        before in _ADDRESS_BEFORE_LAST
        and n1.isascii()
        and _ADDRESS_BEFORE.search(body, max(0, num_start - 8), num_start)
    ):
        return None  # `12号楼3单元`: the second part of an address (`6号楼两户` in words counts households)
    if before in "前后" and any(w in body[max(0, num_start - 8) : num_start] for w in lx.RANK_WORDS):
        return None  # `排名前100名`, `排名后10%`: a rank cut-off
    unit_surface = u or u1
    if before == "前" and _ranked_selection(body, num_start, u_end if u else end):
        return None  # `居民最关心的前三项物业服务依次是…`: a rank cut-off without a rank word
    if u and u1 and lx.UNITS.get(u) != lx.UNITS.get(u1):
        return None  # `5人—10户`: two different things, not a range
    after = body[end : end + 4]
    if after and ((after[0].isascii() and after[0].isalpha()) or after[0] in "+＋×＊*"):
        return None
    if _FORMULA_TAIL.match(body, end):
        return None  # `1名机关干部+1名社区干部`: a staffing formula, not an amount
    value1, chinese1 = _number(n1)
    if value1 is None:
        return None
    if unit_surface == "字" and (chinese1 or _TEXT_LENGTH_BEFORE.search(body, max(0, num_start - 6), num_start)):
        # `红十字会`, `十字路口`, `十六字方针`: a cross or a rule named by its length, in words; `本文约2500字`,
        return None  # `字数：`: the page's own length, chrome like a reading time
    if chinese1 and _in_place_name(body, num_start, end):
        return None  # `三元区`, `五家渠市`, `九龙坡`: a numeral inside a division's name (the 2023 gazetteer)
    if chinese1 and _in_chained_town(body, num_start):
        return None  # `东方市八所镇…八所港务公司`: a town the text places under its county, named again by its stem
    value2: Decimal | None = None
    if n2 is not None:
        value2, _ = _number(n2)
        if value2 is None or "/" in n1 or "/" in n2:
            return None
    magnitude1 = lx.MAGNITUDES.get(m1 or "", 1)
    magnitude2 = lx.MAGNITUDES.get(m2 or "", 1)
    if value2 is not None and m1 is None and m2 is not None and _MIXED_PARTS.fullmatch(n1) is None:
        magnitude1 = magnitude2  # `3—5万元` means 3万 to 5万 (`1万8千至2万人`: the first end has its own)
    is_fraction = "/" in n1 or ("分之" in n1 and not n1.startswith("百分之"))
    if is_fraction and unit_surface:
        return None  # `1/5个`: not a fraction of a whole
    if unit_surface == "分" and (not n1.isascii() or before in "时点:：" or body[u_end : u_end + 1] in "钟之别类"):
        return None  # `9时30分`: a clock time
    next_char = body[u_end : u_end + 1] if u else ""
    if (
        unit_surface == "成"
        and next_char
        and next_char in lx.NOT_TENTHS_AFTER
        and not (next_char == "为" and before and before in lx.SHARE_BEFORE)
    ):
        return None  # `三十成员单位`: 成 starts a word; `队员中9成为党员` is a share that 为 follows
    if (
        unit_surface == "成"
        and next_char == "都"
        and (len(n1) > 1 or body[u_end + 1 : u_end + 2] in lx.CITY_AFTER_CHENGDU)
    ):
        return None  # `百万成都人`, `两成都市`: the city; `其中九成都在院落里解决了` is a tenth
    if unit_surface == "圈" and not any(c in lx.LAP_VERBS for c in body[max(0, num_start - 3) : num_start]):
        return None  # `构建党建三圈`: rings of a scheme; `走两圈`, `巡查3圈` count laps
    if unit_surface == "级" and not body.startswith(lx.STAIR_NOUNS, u_end):
        return None  # `三级网络`, `二级单位`: levels and grades; `100多级台阶` counts steps
    if unit_surface and next_char and next_char in lx.UNIT_WORD_AFTER.get(unit_surface, ""):
        return None  # `三轮车`, `5车道`: the measure word starts another word
    if before in "》〉" and unit_surface in lx.DOCUMENT_PARTS:
        return None  # `制定了《院落议事公约》十条`: the articles of a document, like `《…十条措施》`
    if chinese1 and _rhetorical_comparison(body, num_start, end):
        return None  # `船老大一句话，比岸上开十次会还管用`: a figure of speech, not a count
    if unit_surface == "点" and before not in lx.POINT_VERBS:
        return None  # `晚上7点开始`, `8点半`: a clock time; `积1点`, `扣2点` count points of a scheme
    if unit_surface == "番" and not body[max(0, num_start - 2) : num_start].endswith(("翻", "翻了")):
        return None  # `好好庆祝一番`, `一番话`: 番 is a doubling only after 翻 (`翻了一番`)
    if unit_surface == "期" and n1 == "二":
        return None  # `二期改造`: a phase's ordinal; a count of sessions is said with 两 (`两期培训班`)
    if unit_surface == "层" and not _storeys(body, num_start, u_end):
        return None  # `住在6层`, `2层裙楼`: a floor, not a building's storey count
    if chinese1 and _refers_back_to_others(body, num_start):
        return None  # `另外两个街道`: counted before; `和另外两名议事员` adds two
    if unit_surface == "届" and (
        body[max(0, num_start - 2) : num_start].endswith(lx.TERM_BEFORE) or _TERM_AFTER.match(body, end)
    ):
        return None  # `党的十九届四中全会`: the number of a congress's term, not a count of events
    if chinese1 and _counted_again(body, num_start, end, u_end if u else end):
        return None  # `办了两届…，两届下来参加的居民…`: the count just given, summed up, not a new one
    if chinese1 and before == "每":
        return None  # `每两个月召开一次`: the period of a frequency phrase, not an amount
    if chinese1 and unit_surface and _counts_a_documents_parts(body, n1 + unit_surface):
        return None  # `印发《…十条措施》…明确了十条具体举措`: the document's articles, not an amount
    if body.endswith(lx.SCALE_BEFORE, 0, num_start):
        return None  # `满分10分`: the top of a scoring scale, like `百分制`
    if chinese1 and unit_surface and _parties_again(body, num_start, u_end, n1):
        return None  # `两名青年…后来两个人还合伙`: the parties of the story named again
    if chinese1 and unit_surface and _takes_up(body, num_start, u_end, unit_surface, value1):
        return None  # `4楼和5楼两户`, `…两个小区。…两个小区的做法说明`: what was just named or counted
    if unit_surface and _all_of_them_again(body, num_start, u_end):
        return None  # `院里住着11户人家…最后11户全部签字同意`: the count just given, taken up as a whole
    if (
        chinese1
        and (qa1 or qa3 or "多" in (unit_surface or ""))
        and (lx.UNITS.get(unit_surface or "") in lx.TIME_UNITS or _ROUND_TENS.fullmatch(n1))
    ):
        return None  # `十多年`, `十余天`, `十多位居民`, `百余家`: an approximate span or count
    if chinese1 and "多" in (qa1, qa2, qa3):
        # `一个月能挣三千多块`: a word numeral with 多 is loose whatever it counts (GUIDELINES h301, h347:
        # `一百多年`, `两倍多`, `五十多年`), while the Arabic `3000多元` and the reports' `四百余场` state a figure
        return None
    years_more = chinese1 and _whole_years_more(body, m, unit_surface)  # `两年多`, `一年多来`: a span (round AA)
    if (
        unit_surface
        and not n1.isascii()
        and body[u_end : u_end + 1] == "多"
        and (lx.UNITS.get(unit_surface) in lx.TIME_UNITS or unit_surface in lx.RATIO_UNITS)
        and not years_more
        # Round AD (RULEBOOK facts, raw: `两倍多` → `两倍`, 多 after the unit stays out of raw; GUIDELINES, decided
        # for h1737: `增加了一倍多` → `一倍`; first sight d1222 54th set, d1579 63rd, d1838 72nd): a ratio in words with
        # 多 states its whole multiple, as the Arabic `3倍多` does; so do tenths (`占四成多` → `四成`, as `四成左右`;
        # first sight d982, d1038, d1495, d1656, d1772)
        and unit_surface not in ("倍", "成")
    ):
        # `两年多`, `一年多来`: an approximate span (`近两年`, `两年来` are figures)
        return None
    if (
        unit_surface in lx.ADDRESS_UNITS
        and body[max(0, num_start - 4) : num_start].endswith(lx.ADDRESS_PLACE_ENDS + lx.RESIDENCE_VERBS)
        and body[u_end : u_end + 1] in ("的", "居", "住")
    ):
        return None  # `住在小区8栋的居民`: a building's number in an address, not a count of buildings
    if (
        unit_surface in lx.BUILDING_NUMBER_UNITS
        and n1.isascii()
        and _building_number_in_address(body, num_start, u_end)
    ):
        return None  # `家住红砖楼42栋的`, `锦绣花园小区3栋有一位…`: an address (round AB)
    if unit_surface in lx.RESIDENCE_NUMBER_UNITS and _in_residence_phrase(body, num_start, u_end):
        return None  # `家住3组的村民`, `住在南苑小区4期`: a part of the home's address
    if (
        unit_surface in lx.BUILDING_NUMBER_UNITS
        and n1.isascii()
        and _numbered_building_as_place(body, num_start, u_end)
    ):
        return None  # `23栋的居民反映`, `又赶到9栋`: a building named by its number, an address
    if unit_surface in lx.ADDRESS_UNITS and _address_labelled(body, num_start):
        return None  # `地址是上芬村东区3栋`: the building of an address
    if (
        unit_surface in lx.ADDRESS_UNITS
        and n1.isascii()
        and (not before or _HAN_CHAR.match(before) or before in "、，,；;。！？!?：:“「\n")
        and body.startswith(lx.BESIDE_BUILDING, u_end)
    ):
        return None  # `社区3栋楼下`, `“10栋门前的地…`: a numbered building as a place, not a count of buildings
    if unit_surface and _family_phrase(body, num_start, u_end, unit_surface):
        return None  # `一家五口`, `一家6口人`, `带着两个孩子`: a family phrase, no figure (RULEBOOK, round AC)
    if unit_surface and body.startswith(lx.GROUP_SIZE_AFTER, u_end):
        return None  # `三人一组`, `每5户一岗`: a group size, a formula of how people are split
    if (
        unit_surface
        and (
            (
                unit_surface in lx.ADDRESS_UNITS
                and body[u_end : u_end + 1].isdigit()
                and not (unit_surface == "层" and before in lx.STOREYS_BEFORE)  # `共有7层28户`: storeys, households
            )
            or (unit_surface == "单" and body[u_end : u_end + 1] == "元")
        )
    ):
        return None  # `3栋2单元`, `3单元`: an address, not a count
    timed = bool(unit_surface) and lx.UNITS.get(unit_surface) in lx.TIME_UNITS  # a span's unit (`年`, `天`, `个月`)
    if (
        timed
        and body.startswith(lx.RELATIVE_TIME_AFTER, u_end)
        and not body.endswith(lx.RULE_PERIOD_VERBS, 0, num_start)
    ):
        return None  # `这里3年前还是…`, `较3年前下降`: a point in time, not a span
    if timed and body.startswith(lx.LOOSE_TIME_PHRASES, start):
        return None  # `一出车就是十天半个月`: a set phrase of a long while, loose
    if chinese1 and _inside_loose_phrase(body, num_start):
        return None  # `三天两头往社区跑`: the phrase's second half (`两头`) is no count either
    if timed and chinese1 and _paired_span(body, num_start, u_end if u else end, unit_surface):
        return None  # `不是一天两天形成的`: a span paired with the next one up, `a day or two`, loose
    if (
        body.endswith(_GENERALISING_SPAN_ENDS, 0, num_start)  # (the pattern's end, asked first)
        and _GENERALISING_SPAN.search(body, max(0, num_start - 12), num_start)
    ):
        return None  # `往往一拖就是一年`: how long such a thing tends to last, a generalisation
    if n1 == "二" and unit_surface == "次" and u_end == end and _HAN_CHAR.match(body, end):
        return None  # `二次分红`, `二次供水`: the prefix `second` (a count says `两次`), no figure
    # `一年半`, `3天半`: a time figure and a half after its unit, a measured span (GUIDELINES h746: 1.5 `年`)
    half = timed and u_end == end and body.startswith("半", end) and not dash
    # `用一个半月时间完成`, `一个半小时`: the half inside the classifier, one and a half (GUIDELINES h921: 1.5 `月`)
    # (`两个半天` counts half-days: its unit is 半天)
    half_inside = timed and (unit_surface or "").startswith("个半") and not lx.UNITS[unit_surface].startswith("半")
    if timed:
        unit_end = u_end if u else end
        if _dated_before_event(body, num_start, unit_end):
            return None  # `在发射前5天集结`: a moment before an event
        if body.endswith(lx.LEAD_TIME_BEFORE, 0, num_start):
            return None  # `提前5天公布`: a lead time, no span measured (GUIDELINES h472, settled in round R)
        if _every_day_of_year(body, num_start, n1, unit_surface, unit_end):
            return None  # `365天不打烊`: every day, a set phrase
        if _frames_amount(body, num_start, unit_end):
            return None  # `在3天里帮他招到了26名工人`: the span frames the amount, only the amount counts
        if _frames_turnover(body, unit_end):
            return None  # `物业公司3年里换了4家`: the span frames the count of replacements
        if chinese1 and _bare_span_frames(body, num_start, unit_end):
            return None  # `两年共投入资金820万元`: the bare span frames the amount, only the amount counts
    unit = "%" if n1.startswith("百分之") else (lx.UNITS.get(unit_surface) if unit_surface in lx.UNITS else None)
    bare_noun = unit_surface if unit_surface and unit_surface not in lx.UNITS else None
    if bare_noun:
        unit = bare_noun  # `辖3区4县`, `9部门`: the noun counted is its own unit
    has_magnitude = magnitude1 > 1 or magnitude2 > 1 or (chinese1 and value1 >= 10**4)
    population = (
        unit is None and not chinese1 and (qa1 or not _YEAR.fullmatch(n1)) and _POPULATION_AFTER.match(body, end)
    )
    if unit is None and not has_magnitude and not is_fraction and not population:
        return None  # a bare number: year, code, list position, formula; `8000多常住人口` counts (as `常住人口13万`)
    if unit_surface in lx.PAIRING_UNITS and after[:1].isdigit():
        return None  # `1对1帮扶`, `3比1`: a pairing or a ratio, not an amount
    if (
        unit == "年"
        and unit_surface == "年"
        and ((value1 >= 100 and not _approximate_before_unit(m)) or after.startswith(lx.NOT_DURATION_AFTER_YEAR))
    ):
        return None  # `2019年` is a date, `80年代` a decade; `连续3年`, `1300多年历史` are durations
    if unit_surface == "岁" and _AGE_BOUND.match(body[u_end : u_end + 4]):
        return None  # `建成20年以上的小区`, `60岁以上老人`: an age bound inside a noun phrase
    if unit in ("分", "%") and _score_bound_of_a_class(body, start, end, m):
        return None  # `有9个居民区的得分超过96分`, `得分90分以上的商户`: a bound describing a class (round AB)
    if unit_surface in _BOUND_UNITS and _bound_in_noun_phrase(body, start, end, u_end if u else end, unit_surface, m):
        # `建成20年以上的老旧小区`, `楼龄超过40年的住宅楼`, `18层以上的高层住宅`, `24小时开放的站点`: a bound inside
        return None  # a noun phrase naming a class (GUIDELINES h996…, the lead's round X)
    if (
        unit_surface == "处"
        and chinese1
        and (_DIVISION_BEFORE.search(body, max(0, num_start - 2), num_start) or _LIST_AFTER.match(body, end))
    ):
        return None  # `省委组织部组织二处`: a department's division; `难在三处：一是…`: the points a list goes through
    if unit_surface in lx.PRECIPITATION_UNITS and _weather(body, sentences, start, u_end):
        return None  # `降雪量达到18毫米`, `74.4毫米最大小时降水量`: the weather (RULEBOOK, never figures)
    if unit_surface == "处" and n1 == "四" and not _counted_noun_follows(body, u_end):
        return None  # `四处协调`, `和老伴四处租房`: the adverb "everywhere", no count (real set r050, r104)
    if unit_surface == "家" and chinese1 and body.startswith(lx.LANE_HEADS, u_end):
        return None  # `十八家巷`, `三家庄`: a lane or hamlet named by a count, an address (real set r096)
    if (
        unit_surface == "人"
        and chinese1
        and value1 < 10
        and body.startswith(lx.NOT_COUNT_AFTER_PERSON, u_end)
        and not body.startswith(lx.PERSON_COUNT_VERBS_AFTER, u_end)
    ):
        return None  # `二人台`, `三人小组`: part of a name; `两人转为正式党员` counts (review AB)
    if unit_surface == "岁" and not any(c in _clause_before(body, sentences, start) for c in lx.AGE_STATISTIC_CUES):
        return None  # `今年68岁`: a person's age; `平均年龄由45岁…` is a statistic
    if unit in lx.OCCURRENCE_UNITS and _schedule_count(  # (its own first test, asked before its arguments are built)
        body, num_start, u_end if u else end, unit, value1 * magnitude1, m
    ):
        return None  # `每月召开1次`, `每周至少上门两次`: how often a practice recurs (GUIDELINES, the lead's round X)
    if unit_surface == "年" and _party_standing(body, num_start, u_end):
        return None  # `有40年党龄的老党员`: a person's Party standing, like an age (GUIDELINES, the lead's round X)
    if (
        chinese1
        and unit_surface == "年"
        and not half
        and not years_more
        and not (
            body[max(0, num_start - 3) : num_start].endswith(lx.CHINESE_YEARS_BEFORE)
            or after.startswith(lx.CHINESE_YEARS_AFTER)
        )
    ):
        return None  # `三年行动计划` names a plan; `连续三年`, `三年来` are durations
    if chinese1 and unit_surface == "年" and body.startswith(lx.PLAN_NAMES_AFTER_YEARS, u_end):
        return None  # `坚持三年行动计划不动摇`: the plan's name, even after a span cue
    if unit_surface == "日" and not after.startswith(lx.DAY_DURATION_AFTER):
        return None  # `6月18日`, `5日召开`: a date
    if chinese1 and _LUNAR_DATE_BEFORE.search(body, max(0, num_start - 8), num_start):
        return None  # `大年三十晚上`, `腊月二十三`, `正月十五`: a day of the lunar calendar, a date
    counted_in_words = chinese1 and not (is_fraction or n1.startswith("百分之"))
    if (
        counted_in_words
        and value1 < 10
        and magnitude1 == 1  # (`两个亿`: a magnitude makes it an amount, as `两万` is one)
        and not (half or half_inside or years_more)
        and not _counted_in_words(body, num_start, u_end, unit_surface, value1)
    ):
        return None
    if (
        not chinese1
        and not is_fraction
        and _YEAR.fullmatch(n1)
        and unit is None
        and not (magnitude1 > 1 and not _HAN_CHAR.match(body, end))
    ):
        return None  # `2000` alone is a year; `人口已超过2000万。` a bare magnitude (`2019万达` a year and a name)
    if (
        unit_surface in lx.COHORTS_NAMED_BY_YEAR
        and _YEAR.fullmatch(n1)
        and not qa1
        and (_HAN_CHAR.match(body, end) or body.startswith("的", end))
    ):
        return None  # `2024届毕业生`, `2023期培训班`: a cohort or edition named by its year (issue 10)
    if unit_surface == "人" and body[end : end + 1] == "口" and u_end == end:
        if not has_magnitude and _YEAR.fullmatch(n1) and not qa1:
            return None  # `2020人口普查`: a year, then the census it names
        end, unit = m.start("u"), None  # `近1万人口`, `8000多人口`: 人 belongs to 人口, the figure a bare count
    if years_more:
        end = end + 1  # raw keeps the 多 (`两年多`), the value the whole years
    if half:
        end, value1 = end + 1, value1 + Decimal("0.5")
    elif half_inside:
        value1 += Decimal("0.5")
    # the raw text ends at the unit (or number); trailing qualifiers stay in raw
    raw = body[start:end]
    if dash and n2 is None:
        return None
    qualifier = lx.QUALIFIERS_AFTER["多"] if years_more else _qualifier(m)
    subject = _subject(body, start, end, unit, unit_surface, bare_noun)
    value = float(value1 * magnitude1)
    value_max = float(value2 * magnitude2) if value2 is not None else None
    if value_max is not None and value_max < value:
        return None  # `5-3`: not a range
    s_start, s_end = sentences.at(start)
    return _Draft(
        value=value,
        value_max=value_max,
        unit=unit,
        raw=raw,
        qualifier=qualifier,
        subject=subject,
        per=per[1:] if per else None,
        sentence=body[s_start:s_end],
        char_start=start,
        char_end=end,
    )


# After the 多 of `两年多`: what does not go on with a span of years: `一年多次` (several times a year), `一年多少钱`,
# `两年多前` (a point in time), `两年多后` (a result dated), `一年多达120起` (as many as), or a measure word
_NOT_YEARS_MORE_AFTER = (
    "达",
    "于",
    "次",
    "少",
    "前",
    "后",
    "些",
    "样",
    "数",
    "种",
    "倍",
    "点",
    "名",
    "个",
    "项",
    "批",
    "场",
    "轮",
)


def _whole_years_more(body: str, m: re.Match[str], unit_surface: str | None) -> bool:
    """`两年多`, `一年多来`, `经过三年多的探索`, `开办一年多`: a span of whole years in words with 多 after 年 is a
    figure, raw with 多, value the whole years (the lead's round AA; `两个多月`, `半年多`, `十多年`, `两三年` stay
    vague)."""
    return (
        unit_surface == "年"
        and m.end("u") == m.end()
        and not m.group("dash")
        and not (m.group("qa1") or m.group("qa2") or m.group("qa3"))
        and not body.endswith(("比", "上"), 0, m.start("n1"))  # `一年比一年多`, `比上一年多了31部`: a comparison
        and body.startswith("多", m.end())
        and not body.startswith(_NOT_YEARS_MORE_AFTER, m.end() + 1)
        and not body[m.end() + 1 : m.end() + 2].isdigit()
    )


def _address_labelled(body: str, num_start: int) -> bool:
    """An address label in the clause before the number (`地址是上芬村东区3栋`); read only for a unit of address,
    so the clause is cut only then."""
    clause_before = _CLAUSE_BREAK.split(body[max(0, num_start - 20) : num_start])[-1]
    return any(label in clause_before for label in lx.ADDRESS_LABELS)


def _qualifier(m: re.Match[str]) -> str | None:
    qb, *after, u = m.group("qb", "qa1", "qa2", "qa3", "qa4", "u")  # (one call for the six groups)
    if qb:
        return lx.QUALIFIERS_BEFORE[qb]
    for word in after:  # qa1, qa2, qa3, qa4
        if word:
            return lx.QUALIFIERS_AFTER[word]
    if "多" in (u or ""):
        return lx.QUALIFIERS_AFTER["多"]  # `1个多小时`
    return None


def _subject(
    body: str, start: int, end: int, unit: str | None, unit_surface: str | None, bare: str | None
) -> str | None:
    """What is counted: the noun after a classifier (`1032个网格`), else the phrase before the figure."""
    if bare:
        return bare
    if body[end : end + 2] == "人口":
        return "人口"
    if unit == "人" and body[end : end + 1] == "口":
        return "人口"
    if unit_surface == "层" and body.startswith("高的", end):
        end += 1  # `6层高的连片住宅`: the building that tall (`_storeys`), not 高
    # each side is segmented only when it is needed (the segmenter is the cost of this module)
    if unit in lx.TIME_UNITS:
        chosen = subject_before(body, start) or clause_after(body, end)  # `连续3年举办培训班`
    elif unit in lx.MEASURE_UNITS or unit is None:
        chosen = subject_before(body, start) or (subject_after(body, end) if body[end : end + 1] == "的" else "")
    elif unit in lx.PERSON_UNITS and unit_surface in lx.PERSON_UNITS:
        chosen = subject_before(body, start) or subject_after(body, end)
    else:
        chosen = subject_after(body, end) or subject_before(body, start)
    return chosen or None
