"""Restated totals: a count that repeats a total the text already gave refers back and is no figure.

Why a module of its own: the decision (GUIDELINES, the lead's round AA, and its clarification) is about how two
mentions of one count relate across a text, not about reading one number; `facts.extract_facts` reads every number,
then asks this module which of its figures only point back at an earlier one. The genre restates its totals in many
wordings (the noun before or after the number, linked by 有, quoted, with a modifier added, as a change's start or end,
as a survey's sample named again); each wording below has its made-up test in `tests/test_case_extract.py`, and the
exceptions the decision names (a narrower or new set, another thing, an event that happens again) have theirs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Protocol, TypeVar

from tasks.extract import lexicon as lx
from tasks.extract.segmenter import dictionary_words


class _Figure(Protocol):
    """What this module reads of a figure (`facts.Fact`), so that facts.py imports this module and not the reverse."""

    @property
    def char_start(self) -> int: ...
    @property
    def char_end(self) -> int: ...
    @property
    def value(self) -> float: ...
    @property
    def value_max(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...


Fact = TypeVar("Fact", bound=_Figure)

_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")  # (as facts.py's: where a clause ends)
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")

# Units whose counts name standing things (places, bodies, people), which a text may give again; events and
# volumes (`次`, `场`, `件`, `人次`) happen again and stay figures at each mention.
_RESTATABLE_UNITS = frozenset(
    ("个", "家", "户", "条", "所", "座", "栋", "幢", "处", "支", "人", "名", "片", "项", "艘")
)
_NOUN_REACH = 8
# Function words that end the noun before a count (`辖区有弃管小区21个`, `下辖社区8个`)
_BEFORE_STOPS = frozenset("的之和与及或在对把被将有辖设共为是达等")
# A body or a facility set up in each counted place (`88个小区党支部`, `8个社区网格`) is another thing; a place's own
# Party organisation or centre (`28个社区党组织`, `9所高校党委`, `16个社区党群服务中心`) is the place again (audit AA)
_OTHER_THING_AFTER = ("党支部", "支部", "党小组", "网格", "驿站", "食堂", "站")
# Before a count: a new or narrower set (`其中3个社区`, `另外5个小区`, `新增4个社区`), not the total again
_NOT_RESTATED_BEFORE = (
    *("其中", "另外", "另", "其他", "其余", "新增", "增加", "增至"),
    *("再", "又", "扩大到", "延伸到", "推广到"),
)
_SURVEY_AFTER = re.compile(r"[^，,。；;\n]{0,16}?(?:调研|调查|测评|问卷)")
# A verb between a total's noun and its number (`老旧小区有41个`, `党员有86名`, `一度多达420个`): the noun is before it
_LINK_BEFORE = ("一度多达", "一度达到", "多达", "达到", "就有", "共有", "只有", "仅有", "还有", "有", "达", "共")
# A survey's sample named again (`选取8个城市社区开展调研` … `调研的8个社区中`, `访谈…132人` … `受访的132人中`)
_SAMPLE_BEFORE = re.compile(r"(?:调研|调查|受访|走访|访谈|抽样|问卷)的?$")
# Round AB: the group's own fieldwork governs the count (`共走访社区6个`, `走访了街道所属9个社区`, `选取4个社区`): a
# survey's sample, what the survey did (RULEBOOK facts: research and survey figures; GUIDELINES d1815 `走访了街道所属的
# 11个社区`), is neither the total given again (`有社区6个` … `走访社区6个`) nor a total a later count restates
# (`共走访社区6个` … `有社区6个`); only the sample named again refers back to it (`调研的8个社区中`, _SAMPLE_BEFORE)
# Round AD (first sight d1831, 71st set, `走访了街道所属的11个社区`, decided in GUIDELINES as d1565 63rd and d1765
# 69th): after the verb's 了 the sample may be described with 的, as any counted noun may; without 了, 的 makes the
# verb a relative clause naming the sample again (`调研选取的14个社区中`, `调研涉及的3个渔业社区`)
_FIELDWORK_BEFORE = re.compile(r"(?:走访|调研|访谈)(?:了[^，,。；;\n\d]{0,8}|[^，,。；;\n\d的]{0,8})$")
_GROWN_TO = re.compile(
    r"(?:由|从)[^，,。；;由从]{1,16}?(?:增加|增长|发展|扩大|上升|提高|增)(?:到|至)(?:\d{4}年)?[^，,。；;\d]{0,4}$"
)
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]+$")
_HAN_RUN = re.compile(rf"[\u4e00-\u9fff“”「」]{{1,{_NOUN_REACH + 4}}}")
_NAME_QUOTES = str.maketrans("", "", "“”「」")


@dataclass(frozen=True)
class _Counted:
    after: str  # the Han characters after the classifier, to a mark (`社区划分网格`)
    clean: bool  # whether a mark ends them (`辖8个社区，`: the whole noun)
    before: str  # the noun before the number (`弃管小区` in `辖区有弃管小区21个`)
    described: str = ""  # a description with 的 before that noun (`无物业的` in `无物业的老旧小区31个`)


def _counted(body: str, num_start: int, unit_end: int) -> _Counted:
    run = _HAN_RUN.match(body, unit_end)
    printed = run.group().split("的")[0] if run else ""
    after = printed.translate(_NAME_QUOTES)[:_NOUN_REACH]  # `41个“三无”小区` counts 三无小区
    clean = bool(after) and len(after) < _NOUN_REACH and not _HAN_CHAR.match(body, unit_end + len(printed))
    out = []
    close = num_start
    # (review AA: the gloss skip moves d1504 only; kept, a quoted name glossed in brackets is the genre's way of
    # defining its coined terms, `“三无”小区（无物业、…）`, not a sample line)
    if body.endswith(("）", ")"), 0, num_start):  # `“三无”小区（无物业、无主管单位）41个`: the gloss skipped
        opening = max(
            body.rfind("（", max(0, num_start - 30), num_start), body.rfind("(", max(0, num_start - 30), num_start)
        )
        close = opening if opening > 0 else num_start
    grown = _GROWN_TO.search(body, max(0, close - 30), close)
    if grown:  # `城市社区由2018年的43个增加到68个`: the noun is the change's subject
        close = grown.start()
    # one C-level test of the whole tuple first: most counts have no link verb before them
    linked = (
        next((w for w in _LINK_BEFORE if body.endswith(w, 0, close)), "")
        if body.endswith(_LINK_BEFORE, 0, close)
        else ""
    )
    close -= len(linked)
    if linked and body.endswith(("中", "里", "其"), 0, close):
        close = 0  # `小区中有41个`, `其中有6个`: a part, not the total's noun
    if linked and body.endswith("的", 0, close):
        close -= 1  # `无物业管理的有47个`: the clause before 的 describes the thing counted
    for ch in reversed(body[max(0, close - 8) : close]):
        if ch in "“”「」":
            continue
        if not _HAN_CHAR.match(ch) or ch in _BEFORE_STOPS:
            break
        out.append(ch)
    noun = "".join(reversed(out))
    at = close - len(noun)
    described = ""
    if noun and body.endswith("的", 0, at):  # `无物业的老旧小区31个`
        run = _HAN_BEFORE.search(body, max(0, at - 7), at - 1)
        described = run.group() if run else ""
    return _Counted(after, clean, noun, described)


def _head(c: _Counted) -> str:
    """The last two characters of a whole noun (`小区` of `弃管小区`), when the text shows where it ends."""
    noun = c.after if c.clean else ("" if c.after else c.before)
    return noun[-2:] if len(noun) >= 2 else ""


def _same_thing(new: _Counted, old: _Counted) -> bool:
    """Whether a count's noun is the one an earlier count of the same number and classifier gave: the same noun
    after both (`8个社区，` … `8个社区划分网格`, `21个弃管小区` twice), or the earlier noun's head after a short
    modifier (`弃管小区21个` … `21个弃管小区`, `86个住宅小区` … `对86个小区`), unless a body or facility follows it."""
    common = 0
    for a, b in zip(new.after, old.after, strict=False):
        if a != b:
            break
        common += 1
    if common >= 2 and not (
        new.after[common:].startswith(_OTHER_THING_AFTER) or old.after[common:].startswith(_OTHER_THING_AFTER)
    ):
        return True
    if not new.after:  # `一级党委2个` … `二级党委2个`: nouns before the number differ by their modifiers
        noun = old.after if old.clean else ("" if old.after else old.before)
        short, long_ = sorted((new.before, noun), key=len)
        return len(short) >= 2 and long_.endswith(short)
    head = _head(old)
    if not head:
        return False
    at = new.after.find(head)
    return 0 <= at <= 4 and not new.after[at + 2 :].startswith(_OTHER_THING_AFTER)


# Characters of verbs, adverbs and function words, never in a counted thing's two-character head
_NOT_NOUN = frozenset("的之和与及或在对把被将有是为等全部都均各已经共实行开展进建立成完于中里内后前从由到向让使给")
_HEAD_REACH = 7


def _shared_noun(new: _Counted, old: _Counted) -> bool:
    """Whether two mentions of a number name the same thing worded differently: a two-character noun near the number
    in both, before or after it (`137个弃管和无物业小区` … `弃管和无物业小区有137个`, `12个开放式小区` … `12个小区`,
    `“街坊”式住宅区有143个` … `143个街坊`), unless a body or facility follows it in either (`12个小区党支部`)."""
    new_zone = new.after[:_HEAD_REACH]  # (a body named before its number, `建成社区党群服务中心196个`, is set up anew)
    old_zones = (old.after[:_HEAD_REACH], old.before, old.described)
    for i in range(min(len(new_zone) - 1, 5)):
        pair = new_zone[i : i + 2]
        if pair[0] in _NOT_NOUN or pair[1] in _NOT_NOUN or new_zone[i + 2 :].startswith(_OTHER_THING_AFTER):
            continue
        for zone in old_zones:
            at = zone.find(pair)
            if at >= 0 and not zone[at + 2 :].startswith(_OTHER_THING_AFTER):
                return True
    return False


def _one_character_noun(new: _Counted, old: _Counted, surface: str, follow: str) -> bool:
    """Whether two mentions count the same one-character thing: `辖6个社区、3个村，` … `3个村的集体经济组织`, `9个村共…`
    (the noun alone in both; `9个村、社区的…` joins another set), or buildings (`居民楼58栋` … `58栋楼`)."""
    if surface in "栋幢" and new.after.startswith("楼") and not new.after.startswith(("楼栋", "楼道", "楼宇")):
        return "楼" in old.after[:6] or old.before.endswith("楼")
    one = new.after[:1]
    alone = new.after[1:2] in "共全都均" if len(new.after) > 1 else follow not in "、和与及"
    return bool(one) and old.after == one and alone


def _same_sample(noun: str | None, body: str, end: int, old: _Counted) -> bool:
    """Whether a survey's sample named again (`调研的8个社区中`, `受访的132人中`) counts what an earlier count of the
    same number did: its noun near that count (`选取8个城市社区开展调研`, `32个不同类型的住宅小区`), or no noun."""
    if noun is None:
        return False
    return len(noun) < 2 or noun in old.before or noun in body[end : end + 12]


# In the clause before a count: 又/再 (`今年又新建驿站5个`), or a year when the earlier count had one too (`2022年
# 建成议事亭12座，2023年建成议事亭12座`): an event that happens again (the decision's `去年召开12场` … `今年召开12场`)
_AGAIN_BEFORE = re.compile(r"又|再")
_YEAR_BEFORE = re.compile(r"\d{4}年|今年|去年|当年|次年")


def _clause_to(body: str, num_start: int) -> str:
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(body, max(0, num_start - 20), num_start)]
    return body[breaks[-1] if breaks else max(0, num_start - 20) : num_start]


_SENTENCE_MARK = re.compile(r"[。；;！？\n]")


def _sentence_open(breaks: list[int], start: int) -> int:
    """Where the sentence holding `start` opens: just past the last sentence mark before `start` (0 if none), as
    `max(body.rfind(c, 0, start) for c in "。；;！？\\n") + 1` gives."""
    k = bisect_left(breaks, start)
    return breaks[k - 1] + 1 if k else 0


def _reading(body: str, f: _Figure, bare: bool) -> tuple[_Counted, str, bool, str | None, bool]:
    """What `without_restated_totals` reads of a count: the counted thing, the clause before it, whether that clause
    dates it, the survey sample it names again (None if none) and whether it is the survey's own fieldwork."""
    counted = _Counted(f.unit or "", True, "") if bare else _counted(body, f.char_start, f.char_end)
    clause = _clause_to(body, f.char_start)
    dated = _YEAR_BEFORE.search(clause) is not None
    sample = counted.after[:2] if _SAMPLE_BEFORE.search(body, max(0, f.char_start - 4), f.char_start) else None
    # `共走访社区6个`, `走访了4个社区的1680户家庭`: the survey's own sample (round AB)
    fieldwork = sample is None and _FIELDWORK_BEFORE.search(clause) is not None
    return counted, clause, dated, sample, fieldwork


def without_restated_totals(body: str, facts: list[Fact]) -> list[Fact]:
    """Drop a count that repeats a total the text already gave, with the same number, classifier and counted
    thing (`辖8个社区`…`在8个社区划分网格96个`; `21个弃管小区…辖区21个弃管小区已全部…`): it refers back, only the
    first mention is a figure (GUIDELINES, the lead's round AA). A narrower or new set (`其中3个`, `新增4个`), the
    same number of another thing (`8个网格`, `8个小区党支部`) and a survey's own sample stay figures.

    A count is read (`_reading`) only once a second count of the same number and classifier is met, and then once
    (a memo per text, by the count's position in `facts`): most counts have no such twin, so most readings were
    never compared (2,297 readings instead of ~8,000 on the scale bench's 600 pages). The answer is the same."""
    given: dict[tuple[float, str], list[tuple[int, Fact, bool]]] = {}
    readings: dict[int, tuple[_Counted, str, bool, str | None, bool]] = {}

    def reading(i: int, f: Fact, bare: bool) -> tuple[_Counted, str, bool, str | None, bool]:
        found = readings.get(i)
        if found is None:
            found = readings[i] = _reading(body, f, bare)
        return found

    out: list[Fact] = []
    # The sentence marks' offsets, found once per text, and only when a count has a twin to compare (most texts
    # have none): each count's sentence start is then a bisection, not six `rfind` over the body before it; a
    # text without 每 has no count per unit at all
    has_each = "每" in body
    breaks: list[int] | None = None
    for i, f in enumerate(facts):
        surface = body[f.char_end - 1 : f.char_end]
        bare = f.unit is not None and body.endswith(f.unit, 0, f.char_end) and f.unit not in lx.UNIT_KINDS
        if f.value_max is not None or f.unit is None or not (surface in _RESTATABLE_UNITS or bare):
            out.append(f)
            continue
        # (review AA: reading `bare` moves seed 004 only; kept for the provincial reports' bare counts of
        # administrative units, 市州, 区县, 地市)
        # `辖14市州` … `14市州结合实际`: a noun counted without a classifier is its own counted thing
        earlier = given.setdefault((f.value, surface), [])
        restated = False
        if earlier:  # with no earlier count of this number and classifier, nothing is restated
            counted, clause, dated, sample, fieldwork = reading(i, f, bare)
            # `每个网格由1名社区干部担任网格长，选聘1名党员…`: figures per unit in the sentence, not totals
            if has_each and breaks is None:
                breaks = [b.start() for b in _SENTENCE_MARK.finditer(body)]
            per_unit = has_each and "每" in body[_sentence_open(breaks or [], f.char_start) : f.char_start]
            restated = (
                not fieldwork
                and any(
                    (
                        _same_sample(sample, body, g.char_end, e)
                        or (
                            not e_fieldwork
                            and (
                                _same_thing(counted, e)
                                or (not per_unit and _shared_noun(counted, e))
                                or _one_character_noun(counted, e, surface, body[f.char_end + 1 : f.char_end + 2])
                            )
                        )
                    )
                    and not (dated and e_dated)
                    and _CLAUSE_BREAK.search(body, g.char_end, f.char_start)
                    for g, (e, _, e_dated, _, e_fieldwork) in ((g, reading(j, g, b)) for j, g, b in earlier)
                )  # (`在71个小区建立党支部71个`: one in each, in the same clause, is no restatement)
                # (review AA: the same-clause test moves d1412 only; kept, `在N个小区建立党支部N个`, one in each, is
                # the genre's coverage sentence)
                and not body.endswith(_NOT_RESTATED_BEFORE, 0, f.char_start)
                and not _AGAIN_BEFORE.search(clause)
                and not _SURVEY_AFTER.match(body, f.char_end)
            )
        earlier.append((i, f, bare))
        if not restated:
            out.append(f)
    return out


# The start (or the end) of a change (`投诉量由900余件下降到260件`, `会员从200多家增加到680家`): a figure the text gave
# before, whatever its unit, refers back to it (the round-AA2 audit's kind 4)
_CHANGE_FROM = re.compile(r"(?:由|从)(?:\d{4}年[^，,。；;\d由从]{0,4}|[^，,。；;\d由从]{0,8})$")
_CHANGE_VERB = r"(?:下降|减少|降低|降|提高|提升|增加|增长|上升|扩大|延长|发展|缩短|压缩|减|增|升|跃升)"
_CHANGE_AFTER = re.compile(rf"[^，,。；;\d]{{0,3}}?{_CHANGE_VERB}(?:到|至|为)")
_CHANGE_OTHER_BEFORE = ("其中", "其中有", "另", "另有", "另外")
_CHANGE_TO = re.compile(rf"(?:由|从)[^，,。；;]{{1,20}}?{_CHANGE_VERB}(?:到|至|为)(?:了)?[^，,。；;\d]{{0,6}}$")


def without_restated_change_ends(body: str, facts: list[Fact]) -> list[Fact]:
    """Drop the start or the end of a change that repeats a figure given in an earlier clause with the same value and
    unit (`投诉就有900余件` … `由900余件下降到260件`; `会员商户680家` … `从200多家增加到680家`)."""
    out: list[Fact] = []
    for i, f in enumerate(facts):
        start = (
            _CHANGE_FROM.search(body, max(0, f.char_start - 12), f.char_start) is not None
            and _CHANGE_AFTER.match(body, f.char_end) is not None
        )
        end = (
            not start
            and body[f.char_end - 1 : f.char_end] in _RESTATABLE_UNITS  # `缩短到5分钟以内`: a level, not a total
            and _CHANGE_TO.search(body, max(0, f.char_start - 40), f.char_start) is not None
        )
        restated = (
            (start or end)
            and any(
                e.value == f.value
                and e.value_max == f.value_max
                and e.unit == f.unit
                and _CLAUSE_BREAK.search(body, e.char_end, f.char_start) is not None
                and not body.endswith(_CHANGE_OTHER_BEFORE, 0, e.char_start)  # `另有2栋楼宇…` … `由2栋增加到5栋`
                for e in facts[:i]
            )
        )
        if not restated:
            out.append(f)
    return out


# The case's own period given as a span (RULEBOOK facts, spans): `两年来`, `一年多来`, `两年下来`, `经过三年的探索`,
# `近两年`; a state's or a person's duration (`住了两年`, `驿站开了两年`) counts from its own start and is not compared.
_PERIOD_AFTER = re.compile(r"多?(?:来|下来|的(?:探索|实践|努力|摸索|坚持|发展|时间))")
_PERIOD_BEFORE = ("近", "经过", "历经")
_PERIOD_UNITS = frozenset(("年", "个月", "月"))
# A thing's own time since it started (`公约实行一年来`, `驿站运行两年来`, `平台上线一年多来`): its period, not the
# case's
_OWN_START = re.compile(
    r"(?:实行|施行|推行|运行|运营|成立|建立|建成|上线|开办|开放|启用|投用|试行|开展|启动)(?:了|以)?$"
)


def _period_span(body: str, f: _Figure) -> bool:
    return (
        f.unit in _PERIOD_UNITS
        and (_PERIOD_AFTER.match(body, f.char_end) is not None or body.endswith(_PERIOD_BEFORE, 0, f.char_start))
        and _OWN_START.search(body, max(0, f.char_start - 4), f.char_start) is None
    )


# The noun phrase a duration qualifies (`为期5年的专项民主监督`, `持续5年的监督`): the dictionary's nouns right after it
_ACTIVITY_TAGS = frozenset(("n", "vn", "nz"))
_ACTIVITY_REACH = 12


def _activity_of(body: str, f: _Figure) -> str | None:
    """The head of the noun phrase right after a duration, 的 or not (`5年专项民主监督` and `持续5年的监督` → `监督`):
    the activity the span is the length of. Compared by its last two characters, so that `民主监督` and `监督` are
    one activity named more or less fully."""
    window = _CLAUSE_BREAK.split(body[f.char_end : f.char_end + _ACTIVITY_REACH], maxsplit=1)[0]
    if not window:
        return None
    words = dictionary_words(window)
    if words and words[0][0] == "的":
        words = words[1:]
    nouns: list[str] = []
    for word, tag in words:
        if tag not in _ACTIVITY_TAGS:
            break
        nouns.append(word)
    if not nouns or (len(nouns) == len(words) and len(window) == _ACTIVITY_REACH):
        return None  # no noun, or the phrase runs past what was read (its head unseen)
    return nouns[-1][-2:] if len(nouns[-1]) >= 2 else None


def without_restated_spans(body: str, facts: list[Fact]) -> list[Fact]:
    """Drop a span over a period the text already gave: `两年来，…` in the lead, then `两年来，…` in a later paragraph;
    or the length of one activity given again as its epithet (`开展了为期5年的专项民主监督` … `5年专项民主监督已经收官`
    … `持续5年的监督`). It restates the period, as restated totals do, and only the first is a figure (the lead's
    round-AD decision, RULEBOOK facts, spans). Another length (`一年来` … `两年来`) is another period, and the same
    length of another activity (`5年的监督` … `5年的改造`) another span: both stay."""
    given: set[tuple[float, float | None, str | None, bool]] = set()
    lengths_of: set[tuple[float, float | None, str | None, str]] = set()
    out: list[Fact] = []
    for f in facts:
        if _period_span(body, f):
            # `一年多来` after `一年来` is worded as another length: annotated apart (GUIDELINES h2161)
            key = (f.value, f.value_max, f.unit, body.startswith("多", f.char_end - 1))
            if key in given:
                continue
            given.add(key)
        elif f.unit in _PERIOD_UNITS and (activity := _activity_of(body, f)) is not None:
            length = (f.value, f.value_max, f.unit, activity)
            if length in lengths_of:
                continue
            lengths_of.add(length)
        out.append(f)
    return out


# How often the same count must recur before its later mentions read as a name for the set it counts
_NAMED_BY_COUNT = 3


def without_counts_used_as_names(body: str, facts: list[Fact]) -> list[Fact]:
    """Drop the later mentions of a count the text keeps using as the name of what it counts: `3个村` three times or
    more (`3个村都种辣椒` … `3个村有了更强的议价能力` … `去年3个村集体总收入…`): the set is given once, then referred
    to by its count (RULEBOOK facts: a restated total is no figure; real set r076). Two mentions may be two sets
    (`3个村` in two towns) and stay; the first mention stays a figure. Periods are left to `without_restated_spans`."""

    def key(f: Fact) -> tuple[float, float | None, str, str] | None:
        if f.unit is None:
            return None
        raw = body[f.char_start : f.char_end]
        if f.unit in _PERIOD_UNITS:
            return None  # (`三年` recurs over other periods as often as over one: `经过三年的努力` … `三年没有下楼`)
        noun = body[f.char_end : f.char_end + 1]  # the counted thing right after (`3个村`), not a list's end
        return None if not noun or noun in "、，,。；;：:和与及的" else (f.value, f.value_max, raw, noun)

    key_of = {id(f): key(f) for f in facts}
    times: dict[tuple[float, float | None, str, str], int] = {}
    for k in key_of.values():
        if k is not None:
            times[k] = times.get(k, 0) + 1
    seen: set[tuple[float, float | None, str, str]] = set()
    out: list[Fact] = []
    for f in facts:
        k = key_of[id(f)]
        if k is not None and times[k] >= _NAMED_BY_COUNT:
            if k in seen:
                continue
            seen.add(k)
        out.append(f)
    return out
