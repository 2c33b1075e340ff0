"""Named practices and slogans in quotes (“红管家”, “三社联动”, 「一核多元」), not speech or scare quotes.

Quotation marks in these articles do three jobs: they name a practice, they quote speech or a
document, and they put a word in scare quotes (“空转”, “话语权”). A quoted term counts as a brand
when it reads like a name, by one general rule whose vocabulary is data
(tasks/extract/data/brands.toml, with the reason for every group):
- shape: it ends like a name (`…法`, `…联盟`, `…之家`, `…圈`, `…码`, `…夜话`) or is a coined
  numbered compound (`三社联动`, `1+3+N`, `15分钟党群服务圈`);
- context: a naming verb leads into it (推行/打造/开设/扫 …) or a word like 品牌/模式/机制 follows;
- recurrence: a term of 3-10 characters quoted twice or more is the article's own name for something.
Never: speech (after 说/指出/：, or a quoted sentence), terms on the stop list (national programmes,
generic terms of the trade, metaphors), ordinary words of the general dictionary unless the text
calls them a brand (`“主心骨”`), principles, documents, results and awards (`“…”的思路`, `“1+4”文件`,
`实现“…”`, `评为“…”`), slogans with clauses longer than four characters, quantities (`“7×24小时”`),
counts of groups of people (`“三支队伍”`), the parts of a counted name, names on footer lines,
bare numbers (`“12345”热线`), states reached (`形成“…”的局面`), titles rated out to units (`“诚信商户”评定`),
the posts of a named system (`“双长”` beside `“院落双长制”`), `+` formulas with a part longer than four characters,
groups of people in a role (`“梯管家”小组`), problems tackled (`“…”的问题`),
forms merged into one (`整合为“一张表”`), a place's nickname (`被称为“红城”`, `素有“梨城”之称`), a kind of building
quoted as a landmark (`“客家围屋”里…`), a count of one generic noun (`“三网”融为一体`), a `+` formula of two sectors
(`网格+物业`), the `X长` family of posts (`坞长`, `渔港哨长`), a state guarded against (`防止…变成“吵架会”`), what a
causative verb makes people do (`让群众“掌上议事”`) and a saying of what there is (`有平台`, `有人管`).
Round F adds: a chain or path reached (`形成“…”的议事链条`), a rotation of a post (`盟长轮值制`),
one-stop formulas (`一码通办`), a service paired with a setting (`“早茶+法律咨询”等服务`), two quotes of one
head across a verb of becoming (`“黑窑院”变成了“亮窑院”`), outsiders' nicknames (`被网友称为“…”`), counts of
levels before 架构; and as names: a brand's short form written alone (`议事客厅` beside `甘家口议事客厅`) or
quoted in the headline, short agreements after 的 (`“明码实价、诚信待客”的经营承诺`), duties counted and
spelled out (`“三必到”：…必到、…必到`, `代购、代缴、代修“三代服务”`).
Also names: colours counted after the quote (`“红黄绿”三色评价`), `—` processes put in force (`采用“提出—商议—…”`),
phrase-names of an activity the case runs (`开展“车轮上的党课”`), a coined corps before its kind of team
(`“西江哨兵”护江队`), unquoted ones the text calls a brand (`培育了园区青年汇服务品牌`), and the name a headline
opens with when the body uses it. Decoration symbols (`★■◆`) are stripped from the term.
Round I adds as no names: a manner with its field (`推行“…”的议事方式`), a target reached everywhere
(`实现…“15分钟服务圈”全覆盖`), another programme joined with the case's own (`把“X”与“石榴籽”工程结合起来`), a metaphor
as predicate noun (`笑称这是院子里的“小宪法”`), a rule of one clause saying who does what (`推行“三级书记走楼栋”`,
`实行“居民管驿站”`), people before 队伍 (`加入“合伙人”队伍`), a home its users nickname (`称之为“骑手之家”`); kinds in
brands.toml (flow charts, lists and points named by a generic unit, seasonal and warm-hearted campaigns, places'
titles and goals, parties counted and linked, a unit's micro-governance, corps of members or the elderly); and as
names: counted doorstep services (`“三送上门”服务，即…`), `N格N员` rhythms, meeting pavilions and corners
(`建起“山水议事亭”`) and a meeting held under a phrase-name (`召开“烟囱下的议事会”`).
Round J adds as no names: a file per unit the case builds (`建立“一楼一档”`), a higher level's programme the case joins
(`结合全省“暖房子工程”`), a word quoted once in a numbered heading after a work verb (`3.建强“红邻圈”：…`), a wish
people voice (`希望“…”`), former workers' corps (`老矿工宣讲团`); and as names: roles, points, credits and boards built
from a brand's coined element (`渔灯徽章` beside `黄海渔灯`, `帐房主持人` beside `帐房议事`), a routine named by its
weekday (`周三会商`), classes named by their audience (`银发课堂`), and corridors, corner shops and talks named with
the case's place (`东关议事长廊`, `坡坎便民店`, `桥头说事`).
Round K adds as no names: the rank a piece of work is given (`把…作为“书记工程”`), a kind of housing the text counts
(`“无主楼”96栋`), titles rated out in numbers (`评出“好院邻”426户`), a generation of a trade's families (`钢二代`), and
kinds in brands.toml (fellow townsmen's groups, counted or red nets, vegetable plots, courtyard and lift roles, chains
of courtyards and households); and as names: roles named by the element a brand carries after its place
(`街坊汇召集人` beside `少城街坊汇`), a name after a building verb and 的 (`开设的“槐荫茶座”`) and the programme a text
leads its work by (`以“…”为统领`).
Round L adds as no names: quoted sayings (a spoken particle or negation inside, `离了厂就没了家`; a feeling
verb before, `感到“…”`; a verdict after, `“…”行不通`), posts over a housing unit (`小院长`, `老院指导员`), quotes
listed with unquoted common items or as a service menu (`设置“…”“…”、儿童托管等功能区`), a way explored that ends
its clause (`探索“以商养居”，`), a short form written before the body names the brand (`以红砖楼为主`), and kinds in
brands.toml (counted parties' 联席会, self-management bodies, letter boxes, residents' slips, 明白卡, scan-to-report,
warm-hearted service points), a nickname residents give a person with a role word (`被居民称为“电工书记”`); and as
names: packages and vouchers the case hands out (`候鸟服务包`), the unit an area is divided into (`划成38个“…”`) and a
rule of so many per unit ending in 人 (`一户一码、一楼一人`, no kind of people).
Round N adds as no names: groups named by their members' origin or trade (`同乡党小组`, `老工友调解室`, `矿工班组`),
chains of lane levels and of their posts (`巷弄—社区—街道`, `网格长—楼栋长—单元长`), stages a procedure follows
(`按照“…”五个环节`), kinds of people and households (`夏住族`, `独居老人户`), work brought to the door (`居家车间`,
`家门口招聘会`), squads on watch or helping (`海岸值守队`, `暖冬帮扶队`), a role or desk named by whom it serves
(`驿站协理员`, `青年创业服务台`), shared studios and works canteens (`共享直播间`, `矿工食堂`), titles rated in stars
(`“诚信商户”星级评定`), one plain thing counted (`一个议事桌`), similes (`像个“银发院”`), a habit borrowed
(`“…”的习惯`), a generic meeting form held (`开板凳会`) and a role over a bare lane (`巷管家`); the nationwide
帮办代办 and 延时错时 in either order and 智慧助老 are in generic_terms.csv.
Round P adds as no names: an answer a survey counts (`“…”的占43.8%`, `受访者“…”`), a people's folk
tradition (`土家族“摆手节”`, `“侗族大歌”`), the rank given to work also after a named work or its field
(`把“…”建设作为“书记工程”`, `作为…的“一号工程”`), and kinds in brands.toml (posts named by how they are held,
`流动网格员`; points and classes named by seasonal residents or workers, `候鸟驿站`; family and reunion
feasts, `团圆宴`; gatherings and parlours named by the housing unit, `楼道茶话会`, `院落客厅`; an office
block's `楼宇议事桌`); and as names: a day set on the calendar (`每月10日是社区的“…议事日”`), meeting
grounds and tables (`…议事坪`, `…议事桌`).
Round Q adds as no names: kinds in brands.toml (the genre's bare facility words quoted alone, `邻里坊`, `议事坊`,
`楼宇汇`; classes named by the art, instrument or craft they teach, `拉坯课`, `马头琴课堂`, and `课`/`班` as class
heads), evidenced programme rows (`两企三新`, `韧性社区`) and a nickname residents give a person with a people word
(`被居民称为“工坊师傅”`); and as names: a short rule put in force with 实行
even before 的…办法/方式 (`实行“单位认领、社区派单、居民评价”的结对办法`).
Round R adds as no names: kinds in brands.toml (corps and rooms named by their members' kind, `老矿工帮帮队`,
`矿嫂调解室`; a count per unit with its classifier spelled out, `一楼一个守望员`; a place's nickname `…之城`;
night classes and small classes named by their topic, `技能夜课`, `小手艺课堂`; squads patrolling rivers, `巡河队`),
evidenced rows (`全岗通`, `十户联防`, `兵地融合`, `一户一策`) and a post named by a building type or a people word the
brand shares (`骑楼联络员` beside `骑楼红`); and as names: a place opened, renamed or plated by the case (`办起了“…”`,
`改成“…”`, `挂牌“…”`), a name people give a thing (`居民叫它“…”`, `名字——“…”`) and the night talk quoted alone
beside the case's `…夜话` (`夜话`), and rules of short clauses set as a meeting's `规矩` or a trade's `经营约定`.
Round S adds as no names: the stages a procedure passes through however the text reaches them (`形成“…”五个环节`,
`按“…”的环节推进`), a card pinned up or written in (`贴出“…卡”`, `记在“…卡”上`), and kinds in brands.toml
(lists named by their plain matters or hours, `小事清单`, `夜间服务清单`;
houses named by their users' trade, `牧民之家`; services named by their languages, `双语宣讲`; events named by the
neighbours they gather, `新邻居见面会`; `准物业`; metaphors of nearness, `家门口`, `熟人圈`); and as names: a proposal
the text calls a brand (`提出“…”党建品牌`), the name people give the case's thing even when an ordinary word
(`给它起名叫“百草园”`), packages and vouchers built from the brand's element (`热汤券` beside `闾山热汤`) and a post
picked in numbers that carries the `红` mark (`选配“楼门红哨”620名`).
Round T adds as no names: a list made only of generic items (`需求清单、资源清单、项目清单`, like `首问负责、限时办结`),
the rank given to work with any ranking verb (`列为…的“一号工程”`), what residents call people or their blocks
(`叫他“灯笼大爷”`, `被居民称为“亦庄小太阳”`), short forms that are the genre's word (`楼管家`, `就业工坊`), and kinds
in brands.toml (one policy per unit, `一企一策`; cards named by their use and reminder cards, `报到卡`, `…提示卡`; the
Party's forms of organisation, `联合党小组`; services named by their manner, `组团式服务`); and as names: the unit an
area is divided into even with a dictionary qualifier (`划分为48个“同心网格”`). Round S's previous/next-article
footer cues were dropped (they moved one text).
Round V adds as no names (each kind at first sight in three or more annotator sets): meetings named only by a
generic building or street unit (`楼道议事会`, `巷道恳谈会`, `街区议事会`), counts of the problems found even when
spelled out (`面临“三缺”：缺…`, brands.toml problem_counts), classes named by their time sized before the head
(`午间微课堂`), records named only by what they record (`民情册`, `流动党员报到台账`), jobs brought to the door
(`家门口岗位`), and in generic_terms.csv peoples' folk festivals and songs quoted without the people
(`耍歌堂`, `花儿会`).
Round W adds as no names (each kind at first sight in three or more annotator sets): festivals and New-Year dinners
named only by the people they gather (`工友节`, `睦邻节`), corps named by what they do for the place (`家长护学队`,
`楼道合唱团`), banks and lists named by what they hold (`能人库`, `岗位清单`), stations named only by couriers or
boat hands (`小哥驿站`), workmates' boards, rooms and meals (`工友心声墙`, `工友餐`), meetings named only by meeting
words (`圆桌恳谈会`), `邻里` plus a venue word (`邻里市集`, `邻里食堂`), points named by newcomers or the task rewarded
(`新市民积分`, `除雪积分`), honour lists (`房东红榜`, `暖心榜`), titles handed out to units (`培育“红领商户”`,
`推广一批“红帆小区”`, `“星级楼宇”评定`), and in generic_terms.csv nationwide programmes a case adopts (`大走访`,
`双培养`, `明厨亮灶`); and as names: short steps named as the case's method or closed loop (`“先听、再劝、后帮”的调解
方法`, `“…”闭环处理`).
Round AD widens existing kinds (each at first sight in three or more annotator sets, or a plain member of a
class): the one-key channel beside scan-to-report (`一键呼叫`), services taken over or backed (`打包托管`,
`托底管理`), the bare counted parties' consultation (`三方会商`), a dialect gloss of a brand's short form
(`“说和”是当地方言`), the footer label `相关新闻`, a generic spot as a marked brand's generic half (`码头夜谈`
beside `红莲码头`), an area word the brand's mark does not make its own (`矿区议事会` beside `红矿灯`), the
sayings of belonging (`住在村里、心在老家`), the fortress metaphor (`红色堡垒`), the rulebook's `一楼一图` and
`一户一人`; and as names: a spot under or before an object the case's brands carry (`灯前议事会` beside
`宫灯驿站`, `宫灯积分`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from tasks.extract import lexicon as lx
from tasks.extract.gates import endings, first_chars, last_chars, openings
from tasks.extract.generic_terms import is_generic_term
from tasks.extract.literal import PLUS_SIGN, occurrences, span_at
from tasks.extract.numerals import parse_chinese
from tasks.extract.plans import only_in_plans, plan_spans
from tasks.extract.postagger import dictionary_tag
from tasks.extract.sentences import Sentences, split_sentences
from tasks.extract.subjects import is_dictionary_word
from tasks.extract.suffixes import first_suffix, matches_any, one_pattern
from tasks.list_markers import LABELLED_ITEM, ONE_CHARACTER_ITEM

CUES_TOML = Path(__file__).resolve().parent / "data" / "brands.toml"


@lru_cache(maxsize=1)
def _cues_data() -> dict[str, Any]:
    """brands.toml, read and parsed once per process: every word list below is a view of it (read only)."""
    return tomllib.loads(CUES_TOML.read_text(encoding="utf-8"))


_QUOTED = re.compile(r"“([^“”\n]{1,80})”|「([^「」\n]{1,80})」|『([^『』\n]{1,80})』")


def _quoted_inner(quote: re.Match[str]) -> str:
    """What a `_QUOTED` match holds inside its quote marks, whichever kind they are."""
    return quote.group(quote.lastindex or 0)


_SENTENCE_INSIDE = re.compile(r"[。！？!?，,；;：:﹔]")
_DECORATION = re.compile(r"[★☆■□◆◇●○▲△▼▽※＊*#♥❤✦✧✪◎]+")
_NUMERAL = "\\d一二两三四五六七八九十百千万"
# Coined numbered compounds: `四个一`, `三张清单`, `15分钟党群服务圈`. Numbered idioms and rules
# (`一呼百应`, `一格一员`) and `+` formulas (`1+3+N`, `物业+养老`) need a context cue.
_NUMBERED_SLOGAN = re.compile(rf"^[{_NUMERAL}]+[个张支项]|\d+分钟")
_SENTENCE_END = frozenset("。！？!?；;，,\n") | {""}
# Patterns the per-quote rules below ask again and again, compiled once: a pattern written inline (`re.search(
# f"…", s)`) costs a lookup in `re`'s cache per call, and the rules run tens of times per page.
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_HAN_3_8 = re.compile(r"[\u4e00-\u9fff]{3,8}")
_HAN_4_8 = re.compile(r"[\u4e00-\u9fff]{4,8}")
_NUMERAL_CHAR = re.compile(f"[{_NUMERAL}]")
_NUMERALS = re.compile(f"[{_NUMERAL}]+")
_LIST_COMMA = re.compile(r"[、，,]")  # the clauses of a listed term
_LEVEL_NOTE = re.compile(r"[（(][^）)]*[）)]$")  # `县（区）`: a level's note in brackets
_MADE_TO = re.compile(r"[把将被让使]")
_CALLED_BRAND_AFTER = re.compile(r"^[”」』]为[\u4e00-\u9fff]{0,6}品牌")
_NUMERAL_OPENING = re.compile(f"^[{_NUMERAL}]")
_COUNTED_BY_GE = re.compile(rf"^[{_NUMERAL}]+个")
_LEVELS_OPENING = re.compile(rf"^[{_NUMERAL}]级")
_LEVEL_COUNT = re.compile(r"^[二两三四五六]级")
_JOINING_MARKS = re.compile(r"[+＋·—－、]")
_NEAR_BREAK = re.compile(r"[。，,；;、：:！？]")
_DIGIT_OR_LATIN = re.compile(r"[\dA-Za-z]")
_CODE_MARKS = re.compile(r"[\dNnX]")
_PART_BREAK = re.compile(r"[、，,；;]")
_REQUIREMENT_BREAK = re.compile(r"[。；;]")
_MANNER_WORD = re.compile(rf"^[^{_NUMERAL}\W]{{2}}(?=方式|办法)")
_MANNER_WORDS = openings(_MANNER_WORD, skip=2)  # (what stands right after the two characters `_MANNER_WORD` strips)
# (the work ranked may carry a quoted name of its own, `把“向阳暖居”建设作为“书记工程”`, and the rank its field,
# `作为城市基层党建的“一号工程”`)
# (round T) 列为/定为/确定为/当作 rank a piece of work as 作为 does (`把…列为…的“一号工程”`: d735, d890; the kind at
# first sight in d542, d687, d735, d890, sets 21, 27, 29, 35)
_RANKING_VERBS = r"(?:作为|列为|定为|确定为|当作|当成)"
_PRIORITY_LEAD = re.compile(rf"[把将][^，,。；;：:]{{1,30}}{_RANKING_VERBS}(?:[^“”「」『』，,。；;]{{0,12}}的)?$")
_PRIORITY_VERB = re.compile(rf"{_RANKING_VERBS}(?:[^“”「」『』，,。；;]{{0,12}}的)?$")
_RANK_WORKS = re.compile(r"(?:民生)?(?:工程|项目)$")
_TARGET_LEAD = re.compile(r"(?:实现|达到|做到)[^“”「」『』]{0,10}$")
_BUILT_BY_CASE = re.compile(r"(?:打造|推出|创办|创设|开设|开办|建成|建起|培育)的$")
_PREDICATE_LEAD = re.compile(r"(?:是|成为|成了|当好|当起|做好|争当|堪称)[^“”「」『』]{0,10}的$")
_PREDICATE_LEAD_ENDS = endings(_PREDICATE_LEAD)  # (what a clause it finds ends with)
_NOT_IN_UNQUOTED = re.compile("[的了和与及等些]")
_OTHER_QUOTES = r"(?:[“「『][^“”「」『』]{1,20}[”」』][、和及]?)*"  # other programmes listed with a quote
_COMBINED_BEFORE = re.compile(rf"[”」』][^“”「」『』]{{0,4}}(?:与|和|同){_OTHER_QUOTES}$")
_COMBINED_AFTER = re.compile(rf"^{_OTHER_QUOTES}[^“”「」『』]{{0,8}}(?:相)?(?:结合|融合|衔接)")


def _parts_follow(word: str, after: str) -> bool:
    """`：一查…` after `“三查”`: the first part of a count-name, opening with its counted word; what
    `re.match(rf"^[：:，,]?(?:即|就是)?一{re.escape(word)}", after)` finds, read without a pattern compiled per word
    (its optional parts cannot be skipped once present: a colon, 即 or 就是 is no `一`)."""
    at = 1 if after[:1] in ("：", ":", "，", ",") else 0
    if after.startswith("即", at):
        at += 1
    elif after.startswith("就是", at):
        at += 2
    return after.startswith("一" + word, at)


_CHAIN = re.compile(r"[—－–]+")  # (`区——镇——…`: a double dash is one link)
_LIST_GAP = re.compile(r"^[、,，和与及]?$")
# A quantity in quotes describes, it does not name (`“7×24小时”值守`, `“365天”在线`).
_BARE_NUMBER = re.compile(r"^[\d.]+$")
# `543`, `365`, `3331`: two to four non-zero digits, each the count of one part of a named method
_DIGIT_COUNTS = re.compile(r"^[1-9]{2,4}$")
_COUNTED_METHOD_KINDS = ("工作法", "工作模式", "模式", "工作机制")
_QUANTITY = re.compile(r"^[\d.×xX*+]+(?:小时|天|日|年|个月|月|分钟)$")
# A count-name whose parts the text spells out right after it (`做到“三查”：一查环境，二查隐患…`).
_COUNT_DIGITS = frozenset("一二两三四五六七八九十")  # what a count-name's count opens with (a set: "" is not in it)
_COUNT_NAME = re.compile(r"^[一二两三四五六七八九十]([\u4e00-\u9fff]{1,2})$")
# A count-name and its head noun (`两个清单` → 清单, `三张清单`, `四项制度`).
_COUNTED_HEAD = re.compile(r"^[一二两三四五六七八九十]+(?:[个张项条类本套]([\u4e00-\u9fff]+)|([\u4e00-\u9fff]{2,}))$")
# A time-limit pledge clause (`三天答复`, `七天办结`, `当日受理`, `24小时回复`): how soon an office answers, a rule
# every service window keeps, not a name.
_TIME_LIMIT_CLAUSE = re.compile(
    r"^(?:[\d一二两三四五六七八九十]+(?:个工作日|个小时|小时|天|日)(?:内)?|当天|当日|即时|限时|按时)"
    r"(?:答复|办结|回复|反馈|受理|办理|回访|响应)$"
)
# A routine named by the weekday it is held on (`周三会商`, `周五议事日`, `周末青年集`); a class named by its time
# (`周末课堂`) is a generic form and ruled out before.
_WEEKDAY_NAME = re.compile(r"^周[一二三四五六日末][\u4e00-\u9fff]{2,6}$")
# A day the case keeps on the calendar (`每月10日是社区的“…议事日”`, `每月第一个周六是“…敲门日”`): a
# recurring date set as the quoted day names the case's own routine (GUIDELINES h151 `周三红邻日`, h54
# `格格服务日`), however the day is called. A yearly date is the nation's or the world's day as often
# (`每年9月20日是“公民道德宣传日”`): only a monthly, weekly or quarterly one counts.
_NO_QUOTE_OR_BREAK = "[^“”「」『』，,。；;]"
_CALENDAR_DAY = re.compile(
    rf"每(?:个)?(?:月|周|星期|季度?){_NO_QUOTE_OR_BREAK}{{0,10}}(?:是|为|定为|作为){_NO_QUOTE_OR_BREAK}{{0,6}}$"
)
_DAY_NAME = re.compile(r"^(?!全国|国家|世界|国际|中国)[\u4e00-\u9fff]{3,8}日$")
_DAY_NAME_ENDS = endings(_DAY_NAME)  # (what a day's name ends with)
# Aspect particles between a naming verb and the quote (`构建起“…”`, `打造出“…”`, `推行了“…”`).
_ASPECT = "了起出"
# A quoted run of steps followed by their count and a process word (`“提、议、定、办、评”五步流程`,
# `“受理、分流、督办”三步工作法`): the case's own process (GUIDELINES, decided for h101).
_COUNTED_METHOD = re.compile(rf"^[{_NUMERAL}]+(?:步|个步骤|个环节|环)(?:工作)?法")
_COUNTED_PROCESS = re.compile(rf"^[{_NUMERAL}]+(?:步|个步骤|个环节|环)(?:工作)?(?:流程|工作法|法|机制|闭环)")
# The stages a procedure passes through (`五个环节`, `的环节`): the procedure's parts, no name, however the text
# reaches them (`按照`, `遵循`, `形成`, `按`: GUIDELINES h572 `立项、认领、实施、评估`, h672, h796 `形成…五个环节`); put
# in force with 实行/推行/采用 they are the case's process (`采用“提出—商议—表决—公示”四个环节`), and a counted
# method (`五步流程`, `四步法`, `五个环节工作法`) stays a name.
_STAGES = re.compile(rf"^(?:[{_NUMERAL}]+个)?环节")
# The count of the colours right after a quoted run of colours (`“红黄绿”三色评价`).
_COLOUR_COUNT = re.compile(r"^([二两三四五])色")
_COLOURS = re.compile(r"^[红橙黄绿青蓝紫白黑]{2,5}$")
_COLOURS_FIRST = first_chars(_COLOURS)  # (what a run of `_COLOURS` opens with)
# What a run of colours grades when it is put in force (`分级管理`, `信用评价`, `考评`, `预警`).
_RATING_KINDS = ("分级", "等级", "评价", "信用评价", "考评", "评定", "预警", "赋码")
FOOTER_LINK_CHARS = 40
# Verbs with which users name a place (`亲切地称之为“骑手之家”`).
NICKNAMING = ("称之为", "称其为", "称它为", "称为", "叫作", "叫它")
# What people call a whole town (`老一辈人叫它“煤城”`, a place's nickname) is no name of the case's (brands.toml
# name_giving_leaders).
_TOWN_NICKNAME = re.compile(r"(?:城|都|乡)$")
# A name is short: one clause longer than this that ends like no name is a sentence (`夜间22时后停止外放音乐`).
MAX_CLAUSE_CHARS = 9
# The parts of a counted name are named within this many characters of it (`“两个清单”，即“工作事项清单”和…`).
PARTS_NEAR = 120  # a link line under `往期推荐` is a headline, shorter than a paragraph


@dataclass(frozen=True)
class Cues:
    name_suffixes: tuple[str, ...]
    followers: tuple[str, ...]
    leaders: tuple[str, ...]
    near_followers: tuple[str, ...]
    not_brands: frozenset[str]
    level_words: frozenset[str]
    not_followers: tuple[str, ...]
    generic_stems: frozenset[str]
    weak_leaders: tuple[str, ...]
    not_leaders: tuple[str, ...]
    count_heads: tuple[str, ...]
    footer_cues: tuple[str, ...]
    unquoted_leaders: tuple[str, ...]
    unquoted_not_in_name: tuple[str, ...]
    role_suffixes: tuple[str, ...]
    brand_marks: tuple[str, ...]
    unquoted_kinds: tuple[str, ...]
    soft_stop: frozenset[str]
    soft_followers: tuple[str, ...]
    principle_leaders: tuple[str, ...]
    people_suffixes: tuple[str, ...]
    works_suffixes: tuple[str, ...]
    adopting_leaders: tuple[str, ...]
    list_heads: tuple[str, ...]
    post_leaders: tuple[str, ...]
    nickname_people: tuple[str, ...]
    structure_followers: tuple[str, ...]
    focus_leaders: tuple[str, ...]
    section_heads: tuple[str, ...]
    recommending_leaders: tuple[str, ...]
    recommended_followers: tuple[str, ...]
    place_heads: tuple[str, ...]
    result_heads: tuple[str, ...]
    activity_heads: tuple[str, ...]
    activity_leaders: tuple[str, ...]
    rating_words: tuple[str, ...]
    titled_units: tuple[str, ...]
    award_leaders: tuple[str, ...]
    built_heads: tuple[str, ...]
    causative_verbs: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    reference_words: frozenset[str]
    agreement_followers: tuple[str, ...]
    company_heads: tuple[str, ...]
    founding_leaders: tuple[str, ...]
    rule_subjects: tuple[str, ...]
    heading_work_verbs: tuple[str, ...]
    chain_levels: tuple[str, ...]  # level words and the units that are levels only in a dash chain
    talk_short_forms: frozenset[str]
    name_giving_leaders: tuple[str, ...]
    plain_unit_qualifiers: frozenset[str]
    organisation_ends: tuple[str, ...]
    estate_ends: tuple[str, ...]


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = _cues_data()
    longest = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731
    return Cues(
        longest(data["name_suffixes"]),
        longest(data["followers"]),
        longest(data["leaders"]),
        tuple(data["near_followers"]),
        frozenset(data["not_brands"]),
        frozenset(data["level_words"]),
        longest(data["not_followers"]),
        frozenset(data["generic_stems"]),
        longest(data["weak_leaders"]),
        longest(data["not_leaders"]),
        longest(data["count_heads"]),
        tuple(data["footer_cues"]),
        longest(data["unquoted_leaders"]),
        tuple(data["unquoted_not_in_name"]),
        longest(data["role_suffixes"]),
        tuple(data["brand_marks"]),
        longest(data["unquoted_kinds"]),
        frozenset(data["soft_stop"]),
        longest(data["soft_followers"]),
        longest(data["principle_leaders"]),
        longest(data["people_suffixes"]),
        longest(data["works_suffixes"]),
        longest(data["adopting_leaders"]),
        tuple(data["list_heads"]),
        longest(data["post_leaders"]),
        longest(data["nickname_people"]),
        longest(data["structure_followers"]),
        longest(data["focus_leaders"]),
        tuple(data["section_heads"]),
        longest(data["recommending_leaders"]),
        tuple(data["recommended_followers"]),
        tuple(data["place_heads"]),
        tuple(data["result_heads"]),
        tuple(data["activity_heads"]),
        longest(data["activity_leaders"]),
        tuple(data["rating_words"]),
        longest(data["titled_units"]),
        tuple(data["award_leaders"]),
        longest(data["built_heads"]),
        longest(data["causative_verbs"]),
        longest(data["place_prepositions"]),
        frozenset(data["reference_words"]),
        longest(data["agreement_followers"]),
        longest(data["company_heads"]),
        longest(data["founding_leaders"]),
        longest(data["rule_subjects"]),
        longest(data["heading_work_verbs"]),
        longest(data["level_words"] + data["chain_levels"]),
        frozenset(data["talk_short_forms"]),
        longest(data["name_giving_leaders"]),
        frozenset(data["plain_unit_qualifiers"]),
        longest(data["organisation_ends"]),
        longest(data["estate_ends"]),
    )


@dataclass(frozen=True)
class GenericKinds:
    """Kinds of quoted terms that read like names but are generic (brands.toml says why, per kind)."""

    patterns: tuple[re.Pattern[str], ...]
    service_heads: tuple[str, ...]
    service_modifiers: tuple[str, ...]
    governance_heads: tuple[str, ...]
    governance_modifiers: tuple[str, ...]
    colour_marks: tuple[str, ...]
    false_suffix_words: tuple[str, ...]
    change_openers: tuple[str, ...]
    change_links: tuple[str, ...]
    plain_role_suffixes: tuple[str, ...]
    events: tuple[str, ...]
    avoiding_verbs: tuple[str, ...]
    becoming_verbs: tuple[str, ...]
    building_types: tuple[str, ...]
    sector_nouns: frozenset[str]
    class_heads: tuple[str, ...]
    class_audiences: tuple[str, ...]
    class_topic_endings: tuple[str, ...]
    shop_set_phrases: frozenset[str]
    task_squad_heads: tuple[str, ...]
    office_pledges: frozenset[str]
    ethnic_groups: tuple[str, ...]
    problem_counts: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def generic_kinds() -> GenericKinds:
    data = _cues_data()
    longest = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731
    return GenericKinds(
        tuple(re.compile(p) for p in data["generic_patterns"]),
        longest(data["generic_service_heads"] + data["generic_events"]),
        longest(data["generic_service_modifiers"]),
        longest(data["governance_heads"]),
        longest(data["governance_modifiers"]),
        tuple(data["colour_marks"]),
        tuple(data["false_suffix_words"]),
        tuple(data["change_openers"]),
        longest(data["change_links"]),
        tuple(data["plain_role_suffixes"]),
        longest(data["generic_events"]),
        longest(data["avoiding_verbs"]),
        longest(data["becoming_verbs"]),
        longest(data["building_types"]),
        frozenset(data["sector_nouns"]),
        tuple(data["class_heads"]),
        longest(data["class_audiences"]),
        tuple(data["class_topic_endings"]),
        frozenset(data["shop_set_phrases"]),
        longest(data["task_squad_heads"]),
        frozenset(data["office_pledges"]),
        longest(data["ethnic_groups"]),
        tuple(re.compile(p) for p in data["problem_counts"]),
    )


@lru_cache(maxsize=64)
def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    """A word set as a tuple, longest words first (the order the rules try them in)."""
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _role_or_built_heads() -> tuple[str, ...]:
    return cues().role_suffixes + cues().built_heads


# id(words) → (words, the words as a set, their distinct lengths): `_made_of`'s index of a cue list (the tuple is kept
# so that its id cannot be reused while the entry lives)
_PIECES: dict[int, tuple[tuple[str, ...], frozenset[str], tuple[int, ...]]] = {}


def _made_of(stem: str, words: tuple[str, ...]) -> bool:
    """Is `stem` a run of `words` only (`骑手子女暑期` from 骑手, 子女, 暑期)? Read from the end by hash look-ups
    of each word length (the same answer as trying every word at every cut: ~160 service modifiers per term)."""
    if not stem:
        return True
    entry = _PIECES.get(id(words))
    if entry is None or entry[0] is not words:
        entry = _PIECES[id(words)] = (words, frozenset(words), tuple(sorted({len(w) for w in words if w})))
    _, pieces, lengths = entry
    n = len(stem)
    made = [False] * n + [True]  # made[i]: stem[i:] is a run of the words
    for i in range(n - 1, -1, -1):
        made[i] = any(made[i + k] and stem[i : i + k] in pieces for k in lengths if i + k <= n)
    return made[0]


@lru_cache(maxsize=1)
def _bare_heads() -> frozenset[str]:
    """The name suffixes and the generic service heads as one set: a term that is one of them is a bare head (asked
    of every distinct term; the two tuples hold ~170 words, scanned one by one)."""
    return frozenset(cues().name_suffixes) | frozenset(generic_kinds().service_heads)


@lru_cache(maxsize=1 << 14)  # a pure function of the term, asked again for every quote of it
def is_generic_form(term: str) -> bool:
    """A term of a generic kind (brands.toml): a nationwide formula family, a service form named by its
    topic, people or time, a governance term named by its level or manner, the colour mark on a generic
    word or a level, or a word whose name-like ending belongs to another word (`熟人社会`)."""
    k = generic_kinds()
    c = cues()
    if matches_any(k.patterns, term) or _problem_count(term):
        return True
    if len(term) > 2 and term[-1] in "+＋" and not PLUS_SIGN.search(term[:-1]):
        stem = term[:-1]  # `“红色网格+”`: a generic term plus `+`, like `党建+`; `红管家+` extends a name
        return stem in c.not_brands or is_generic_form(stem)
    parts = PLUS_SIGN.split(term)
    if len(parts) == 2 and all(part in k.sector_nouns for part in parts):
        return True  # `“网格+物业”服务`, `“党建+物业”联席机制`: two sectors joined, the genre's formula family
    if term in _bare_heads():  # (`term in c.name_suffixes or term in k.service_heads`, by one hash)
        return True  # a bare head (`“开放日”`, `“运动会”`, `“议事会”`): the kind of thing, no coined name
    if term.endswith(k.false_suffix_words):
        return True
    pledges = _LIST_COMMA.split(term)
    if len(pledges) > 1 and all(_generic_part(p) for p in pledges):
        return True  # `需求清单、资源清单、项目清单`, `明码标价、不售假货`: a list of generic things is no name
    head = first_suffix(term, k.service_heads)
    # (round X, the lead: a class named only by its audience is generic too, `银发课堂`, `商户夜校`, superseding h126,
    # h347; no longer exempted here, and brands.toml [plain_forms] drops it however it is introduced)
    if head and len(term) > len(head):
        stem = term[: -len(head)]
        sized = head in k.class_heads and len(stem) > 2 and stem[0] in "小微"  # `小手艺课堂`, like `手艺小课堂`
        # (round V) and sized right before the head (`午间微课堂`, `午憩微课堂`: a class named by its time, GUIDELINES
        # h896; first sight with the kind of `周末技能课`, `三点半课堂`: d648, d697, d756, d984, sets 25, 27, 30, 37)
        small = head in k.class_heads and len(stem) > 2 and stem[-1] in "小微"
        if (
            _made_of(stem, k.service_modifiers)
            or (sized and _made_of(stem[1:], k.service_modifiers))
            or (small and _made_of(stem[:-1], k.service_modifiers))
        ):
            return True
    # (round Z2) whichever class head ends it (`盐史讲堂`, d1389: 讲堂 and 夜校 are class heads but no service heads)
    klass = first_suffix(term, k.class_heads, proper=True)
    if klass and term[: -len(klass)].rstrip("小微").endswith(k.class_topic_endings):
        return True  # `矿史小课堂`: a class named by the history it teaches, its topic (GUIDELINES h251, h276)
    squad = first_suffix(term, k.task_squad_heads)
    if squad and len(term) > len(squad) and not any(mark in term[: -len(squad)] for mark in c.brand_marks):
        return True  # `扫雪突击队`, `古城守护队`: a squad named by its task (GUIDELINES h176, h251, h276)
    head = first_suffix(term, k.governance_heads)
    if head and len(term) > len(head):
        stem = term[: -len(head)]
        if _made_of(stem, k.governance_modifiers) or stem in c.level_words:
            return True
        if stem.endswith("微") and stem[:-1] in c.level_words:
            return True  # `楼道微治理`: a unit's micro-governance, widespread (GUIDELINES h326)
    # (the colour marks tried one by one only when the term opens with one of them: most terms open with none)
    mark = next((m for m in k.colour_marks if term.startswith(m)), None) if term.startswith(k.colour_marks) else None
    if mark:
        rest = term[len(mark) :]
        if rest in c.not_brands or rest in c.level_words or rest in k.events:
            return True
        if matches_any(k.patterns, rest):
            return True  # `红色业委会`: the mark on a generic body type (GUIDELINES h251, like `红色物业`)
    return False


@lru_cache(maxsize=1 << 14)  # a pure function of the term, asked for every quote of it (looks_like_name's first rule)
def _problem_count(term: str) -> bool:
    """`三个缺位`, `三缺`, `两头难`: a count of the problems the case found, no name even when their parts are
    spelled out after it (brands.toml problem_counts, round V)."""
    return one_pattern(generic_kinds().problem_counts).search(term) is not None


def _generic_part(part: str) -> bool:
    """One item of a listed term, generic by itself: a set phrase every shop pledges (`明码标价`, GUIDELINES h347,
    h422), a service window's standing pledge or time limit (`首问负责`, `三天答复`), or a term of a generic kind or
    on the stop lists (`需求清单`, `一窗受理`). A list made only of such items (`需求清单、资源清单、项目清单`,
    `首问负责、限时办结`) names nothing the case coined; one coined item keeps it (`一窗受理、跨境通办`,
    `先调后诉、限时办结`). First sight: d544, d569, d639, d657, d673, d890, d906 (sets 21, 22, 25, 26, 35, 36)."""
    k = generic_kinds()
    if part in k.shop_set_phrases or part in k.office_pledges or _TIME_LIMIT_CLAUSE.match(part):
        return True
    return bool(part) and (part in cues().not_brands or is_generic_term(part) or is_generic_form(part))


# A numbered rhythm (`一院一哨长`, `一格一员`, `一格三员`): so many of a thing for each unit, a rule formula.
_RHYTHM = re.compile(r"^[一二两三四五六七八九十][\u4e00-\u9fff]{1,2}?[一二两三四五六七八九十]")


@lru_cache(maxsize=1 << 14)  # a pure function of the term, asked again for every quote of it
def _building_type(term: str) -> bool:
    """`客家围屋`, `土楼`: a kind of building, bare or with two characters of the people or place it belongs to."""
    kind = first_suffix(term, generic_kinds().building_types)
    return kind is not None and len(term) - len(kind) <= 2


@lru_cache(maxsize=1 << 14)  # a pure function of the term, asked again for every quote of it
def _plain_role(term: str) -> bool:
    """`银发监督员`, `坞长`, `渔港哨长`: a job noun or a post (the family of `X长`) with a plain qualifier, without
    the case's mark."""
    suffix = first_suffix(term, generic_kinds().plain_role_suffixes)
    return (
        suffix is not None
        and len(term) > len(suffix)
        and _HAN_WORD.fullmatch(term) is not None
        and not _RHYTHM.match(term)  # `一院一哨长`: a rule formula of the case, one post per courtyard
        and not any(mark in term for mark in cues().brand_marks)
    )


_BECOMING_PAIR = re.compile(r"[“「『]([^”」』]{2,8})[”」』](?:变成|变为|变身为?)了?[“「『]([^”」』]{2,8})[”」』]")
# `把“各有各的理”谈成“大家一起办”`, `把“烦心事”聊成“暖心事”`: what talk or work turned one state into another
_TURNED_INTO = re.compile(
    r"把[“「『]([^”」』]{2,8})[”」』](?:谈成|聊成|说成|议成|商量成|变成|变为|化为|化作|转为)了?[“「『]([^”」』]{2,8})[”」』]"
)


@lru_cache(maxsize=256)  # asked by looks_like_name and again by extract_brands' veto pass, per quote
def _end_of_change(body: str, start: int, end: int) -> bool:
    """`从“一间屋”到“一条街”`: the quoted ends of a change are a before and an after, not names; so are two quotes
    of one head linked by a verb of becoming (`“黑窑院”变成了“亮窑院”`)."""
    k = generic_kinds()
    lo, hi = max(0, start - 16), min(len(body), end + 16)
    # (the pair is looked for only where its verb of becoming, 变, stands in the window)
    for pair in _BECOMING_PAIR.finditer(body, lo, hi) if body.find("变", lo, hi) >= 0 else ():
        if pair.start() <= start < pair.end() and pair.group(1)[-1] == pair.group(2)[-1]:
            return True
    for pair in _TURNED_INTO.finditer(body, lo, hi) if body.find("把", lo, hi) >= 0 else ():
        if pair.start() <= start < pair.end():
            return True  # (both quotes of the disposal: the state before and the state after; real set r074)
    # (`body[max(0, start - 2) : start].endswith(…)` and `body[end : end + 4].startswith(…)`, asked in place)
    if body.endswith(k.change_openers, max(0, start - 2), start) and body.startswith(k.change_links, end, end + 4):
        return True
    reach = _change_reach()  # the farthest a closing quote before a link can be
    if _CLOSING_QUOTE.search(body, max(0, start - reach), start) is None:
        return False  # no quote closes right before a link: no `从“…”变成“…”` ends here
    for link in k.change_links:
        linked = body[max(0, start - len(link) - 1) : start]
        aspect = 1 if linked.endswith("了") and linked[:-1] == link else 0  # `从“冷清角落”变成了“热闹客厅”`
        if aspect or body[max(0, start - len(link)) : start] == link:
            prev_close = start - len(link) - aspect - 1
            if prev_close >= 0 and body[prev_close] in "”」』":
                opening = max(body.rfind(q, 0, prev_close) for q in "“「『")
                if opening > 0 and body[max(0, opening - 2) : opening].endswith(k.change_openers):
                    return True
    return False


@lru_cache(maxsize=256)  # asked by looks_like_name and again by extract_brands' veto pass, per quote
def _state_avoided(body: str, start: int) -> bool:
    """`防止议事会变成“吵架会”`, `避免“一头热”`: what the case guards against is a problem, not a name (GUIDELINES:
    problems are not brands); `为防止“同心坊”建起来后变成…` still names the brand it worries about."""
    k = generic_kinds()
    clause = _CLAUSE_BREAK.split(body[max(0, start - 16) : start])[-1]
    clause = clause[:-1] if clause.endswith("了") else clause
    if clause.endswith(k.avoiding_verbs):
        return True
    return clause.endswith(k.becoming_verbs) and _any_of(k.avoiding_verbs).search(clause) is not None


@dataclass(frozen=True, slots=True)
class Brand:
    ordinal: int
    term: str
    count: int
    first_sentence: str  # the headline when only the headline names the term
    char_start: int | None  # offset of the term (inside its quotes) at its first quoted use; None: headline only


# Nouns ending in 道, the speech cue of `说道`/`问道` (`街道“周三会商”`, `通过线上渠道“…”`).
# (round AB) `楼道`, a plain member of these nouns (`定下了楼道“只留鞋架、不放柴火”的规矩`, d1275 44th set; `在楼道
# “红帆信箱”里投递`, d1619 74th)
_NOUNS_IN_DAO = ("街道", "渠道", "频道", "通道", "赛道", "步道", "轨道", "巷道", "栈道", "廊道", "古道", "楼道")


# The particles and negations of a spoken clause (`离了厂就没了家`, `上了岸、找不到家`, `有人管吗`): a name is a noun
# phrase and carries none of them (no gold name of 528 texts does; `了解` is a verb, not the particle).
_SPOKEN = re.compile(r"了(?!解)|[吗呢嘛啊呀]|没有?[\u4e00-\u9fff]|不到|必须")
# Verbs of feeling and complaint that take what people feel or say as their object (`不少老职工感到“离了厂就没了家”`):
# the quote is their words, like speech after 说.
_FEELING_VERBS = ("感到", "觉得", "感觉", "感叹", "直言", "直呼", "常说", "抱怨", "吐槽", "担心", "担忧", "感慨")


def is_speech(body: str, start: int, term: str, end: int | None = None) -> bool:
    """Quoted speech or a quoted sentence: after a speech or feeling verb, punctuated inside, spoken (a particle or
    a negation), or after a colon when the quotation ends its sentence (`聚焦为民服务：“红色代办”跑出加速度` is a
    run-in name)."""
    lead = body[max(0, start - 4) : start].rstrip()
    if _SENTENCE_INSIDE.search(term) or _SPOKEN.search(term):
        return True
    if lead.endswith(_FEELING_VERBS):
        return True
    if lead.endswith((":", "：")):
        return end is None or body[end : end + 1] in _SENTENCE_END
    if lead.endswith(_NOUNS_IN_DAO):
        return False  # `由街道“周三会商”统一调度`: the street office runs it, nobody speaks (道 of 说道 is speech)
    if lead.endswith("提出") and end is not None and _called_a_name(body[end : end + 12]):
        return False  # `提出“沙湖红邻”党建品牌`, `提出“一梯一支部”工作机制`: a proposal called a brand or mechanism
    return lead.endswith(lx.SPEECH_CUES)


def _names_near(near: str) -> bool:
    """Does a naming word (brands.toml near_followers, `品牌`, `机制`, …) stand in `near`, the words after a quote up to
    their first break? `any(word in near for word in cues().near_followers)`, by one scan of the joined words."""
    return _any_of(cues().near_followers).search(near) is not None


def _called_a_name(after: str) -> bool:
    """Does a naming word follow the quote at once (`”党建品牌`, `”工作机制`, `”模式`), before any break?"""
    return _names_near(_NEAR_BREAK.split(after[:8])[0])


@lru_cache(maxsize=1 << 12)  # asked several times per quote (the candidates, three of `_vetoed`'s helpers)
def clean_term(term: str) -> str:
    return _DECORATION.sub("", term).strip()


# id(words) → (words, their pattern): `_any_of`'s patterns, found by the list's id (an lru_cache hashed the whole
# tuple of cue words at every quote); the tuple is kept so that its id cannot be reused while the entry lives
_ANY_OF: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds any of `words` in a text: `any(w in text for w in words)` is
    `_any_of(words).search(text) is not None`, one scan instead of one per word (an empty list finds nothing)."""
    entry = _ANY_OF.get(id(words))
    if entry is None or entry[0] is not words:
        if len(_ANY_OF) > 256:  # lists built per call must not pile up
            _ANY_OF.clear()
        entry = _ANY_OF[id(words)] = (words, re.compile("|".join(map(re.escape, words)) or r"(?!)"))
    return entry[1]


@lru_cache(maxsize=1)
def _change_reach() -> int:
    """The farthest a closing quote before a link of change can be (`从“冷清角落”变成了“热闹客厅”`)."""
    return max(map(len, generic_kinds().change_links), default=0) + 2


# (round AF) A short quoted word that only a bare `服务` or `工作` follows, the clause ending there, with no naming
# verb before it (`联系养老机构提供“助浴”服务。`, `志愿者在线上平台“抢单”服务，`, `在职党员到客厅“认岗”服务。`,
# `承担起3栋楼的“账房”工作，`): the service or job done, described by its own word, not a name the case gave
# it; RULEBOOK `## brands` formulas, "a formula that describes rather than names is not a brand … nor how a
# service is run". Put in force (`推行“三送”服务`, `开展“…”服务`) or called a mechanism, method or programme
# (`“四单”工作法`) it is judged as before, and a count-name stays one (`助餐、助浴、助医、助洁“四助”服务`: RULEBOOK
# count-names, the case's own services).
# First sight: d633 (25th set), d947 (39th), d1269 (44th), d1308 (45th), d1587 (63rd), d1605 (64th).
_BARE_SERVICE = re.compile(r"(?:服务|工作)[，。；,;！!]")


@lru_cache(maxsize=256)  # a listed quote is judged with its run, then alone when it is a word
def looks_like_name(body: str, start: int, end: int, term: str) -> bool:
    """Shape or context says `term` (quoted at body[start:end], quotes included) is a name."""
    c = cues()
    if _problem_count(term):
        return False  # `面临“三缺”：缺歇脚的地方，…`: the problems listed, not a rule's parts
    # The quote's context is read once (`QuoteContext`); the term's shape decides which of the count-name rules
    # below can hold at all: each needs a numeral first (or, for `spelled_out`, after a two-character field).
    q = quote_context(body, start, end)
    after = q.after
    counted = term[:1] in _COUNT_DIGITS
    if counted and (spelled := _COUNT_NAME.match(term)) and _parts_follow(spelled.group(1), after):
        return term not in c.not_brands  # `做到“三查”：一查环境，二查隐患`: the parts of a named mechanism
    # (each rule below whose pattern needs a first or last character is asked only where the term or the words after
    # it have it: most quotes have none)
    if term[:1] in _COLOURS_FIRST and _colour_rating_adopted(body, start, term, after):
        return True  # `实行“红黄蓝”分级管理`: the case's grading scheme, even when the colours are a common word
    if (counted or term[2:3] in _COUNT_DIGITS) and (
        spelled_out(body, end, term) or counted_before(body, start + 1, term)
    ):
        return True  # `商定了“三定”公约：定时间、定音量、定场地`: the case's rule, its parts spelled out
    if (
        after[:1] in _METHOD_AFTER_FIRST
        and _steps_as_method(term, after)
        and term not in c.not_brands
        and not _vetoed(body, start, end)
    ):
        return True  # `总结出“先听、再劝、后帮”的调解方法`: the case's method, named by its short steps
    if _dashed_sequence(term):
        # (round AC) a run of steps written with dashes is a procedure, however the text puts it in force
        return _DASHED_METHOD_AFTER.match(after) is not None and term not in c.not_brands
    if after.startswith(("：一是", ":一是")) and term not in c.not_brands and not _vetoed(body, start, end):
        # `实行党员“双向登记”：一是…二是…`: a mechanism whose parts the text lists; a list of requirements
        # repeats its word in every part (`三个“更加”：一是更加注重…，二是更加注重…`)
        restated = body[end : end + 60].count(term) >= 2
        # (a count of demands, `“三个聚焦”：一是聚焦…，二是聚焦…`, repeats the word after its count in every part)
        stem = _COUNTED_BY_GE.sub("", term)
        restated = restated or (stem != term and len(stem) >= 2 and body[end : end + 80].count(stem) >= 2)
        return not restated
    # (`_name_given` needs a name-giving verb right before the quote; `_rule_named` 规矩 or 办法 within 8 characters)
    if (q.led_by(c.name_giving_leaders) and _name_given(body, start, end, term)) or (
        ("办法" in q.before or "规矩" in q.before) and _rule_named(body, start, end, term)
    ):
        return True  # `居民给它起名叫“百草园”`: the name people gave the case's thing, even an ordinary word
    if (
        term.endswith(_DAY_NAME_ENDS)
        and _DAY_NAME.match(term)
        and _CALENDAR_DAY.search(body, max(0, start - 24), start)
        and term not in c.not_brands
    ):
        return not is_generic_form(term)  # `每月10日是社区的“昆仑议事日”`: the case's day, not a likeness after 是…的
    if term in c.not_brands or _vetoed(body, start, end) or _describes(term) or is_generic_form(term):
        return False
    if len(term) <= 3 and not counted and _BARE_SERVICE.match(after) is not None and not q.led_by(c.leaders):
        return False  # `提供“助浴”服务。`, `到客厅“认岗”服务。`: the service done, described, not named (round AF)
    # (a title ends with the unit it is given to, or in 星级: both rules ask for that ending)
    if (term.endswith(c.titled_units) or term.endswith("星级")) and (
        _title_given(term, after) or _title_handed_out(body, start, term)
    ):
        return False
    dictionary = is_dictionary_word(term)  # (asked once: three rules below read it)
    likeness = dictionary and not _NUMERAL_OPENING.match(term)  # `四定` is a count-name
    if likeness and q.led_by(generic_kinds().becoming_verbs):
        return False  # `小区成了“试验田”`: an ordinary word for what the place became, a likeness
    k = generic_kinds()  # (a state guarded against needs its verb, maybe with 了, right before the quote)
    avoided = (q.led_by(k.avoiding_verbs) or q.led_by(k.becoming_verbs)) and _state_avoided(body, start)
    if _end_of_change(body, start, end) or avoided:
        return False
    if "的" in term[1:] and not (after[1:] if after.startswith("等") else after).startswith(c.followers):
        # `开展“车轮上的党课”`: a phrase-name of an activity the case runs; `称为「家门口的娘家」` describes
        return _activity_phrase(
            body, start, term
        )  # `称为「家门口的娘家」`, `连成“协同的网”`: a description with 的, unless called a programme
    if _building_type(term):
        return listed_after(after).startswith(c.followers)  # `“傣家竹楼”党群服务阵地`; `“客家围屋”里` a landmark
    if _plain_role(term) and not _role_mark_follows(after):
        return False  # `组成了“银发监督员”队伍`: a team of people doing a job, a role
    if _names_people(term):
        return _team_of(after)  # `“新市民”服务队` is a team; `“新市民”` alone or `“合伙人”队伍` a group of people
    if counted and _restated_requirements(term, body[end : end + 60]):  # (a counted summary opens with its count)
        return False
    listed = after[1:] if after.startswith("等") else after  # `“物业+养老”“物业+育幼”等服务`
    kind = listed[1:] if listed.startswith("的") else listed  # `按照“4+X”的模式`: a model followed
    if kind.startswith(c.recommended_followers) and q.led_by(c.recommending_leaders):
        return False  # `各地推广“群众点评”做法`: a practice recommended to all, not the case's name
    if _LEVEL_COUNT.match(term) and kind.startswith(c.structure_followers):
        return False  # `“三级议事”架构`: the levels of the organisation, not a name (GUIDELINES h251)
    if _WEEKDAY_NAME.match(term):
        return True  # `“周三会商”`, `“周末青年集”`: the case's routine named by its day (GUIDELINES h151 `周三红邻日`)
    followed = q.led_by(c.principle_leaders)
    if _STAGES.match(kind) and (followed or not (_COUNTED_PROCESS.match(kind) or q.led_by(c.adopting_leaders))):
        return False  # `按照“发现、上报、派单、处置、反馈”五个环节`, `形成“…”五个环节`: stages a procedure goes through
    if _COUNTED_PROCESS.match(kind) and followed and not _COUNTED_METHOD.match(kind):
        # (round AC, RULEBOOK `## brands` processes: "Not brands: a sequence reached with `按照…的程序/步骤/流程`,
        # `遵循…`") `遵循“提、议、定、办、评”五步流程`: the procedure followed; a counted method stays (`五步工作法`).
        # First sight: d169 (7th set, read by the audit), d1737 (67th, `…的办理流程`), d1715 (66th, `…流程`)
        return False
    if _COUNTED_PROCESS.match(kind) or _colour_grades(term, kind):
        return True  # `实行“提、议、定、办、评”五步流程`: the case's process, named by its steps and counted
    if q.led_by(c.principle_leaders) and not kind.startswith(c.followers):
        return False  # `坚持“保护为先、民生为本”`: a principle held to
    if term in c.soft_stop:
        return after.startswith(c.soft_followers)  # `以“红色引擎”工程为抓手`: the text calls it a programme
    role = first_suffix(term, c.role_suffixes, proper=True)
    if role is not None and _post_taken(body, start, term):  # (a post taken up is named by a role)
        return False  # `担任网格“和谐使者”`, `当起了“大院管家”`: the post people take up, a role
    role = role if _HAN_WORD.fullmatch(term) else None  # `党员+网格员+楼栋长` is a formula
    if role:
        # `“红帆船长”`, `“青年红导师”` carry the case's mark; `“楼栋管家”`, `“网格长”` are plain roles
        stem = term[: -len(role)]
        if any(mark in stem for mark in c.brand_marks):
            return True
        if stem in c.level_words or stem.endswith(tuple(c.level_words)):
            return False
        if stem in _BARE_HOUSING_UNITS:
            return False  # `选出“巷管家”`: a role over a lane, like `楼栋管家` (h176, h422; `小巷管家` is judged)
        if after.startswith("小组") and not _stem_of_another_name(body, stem, term):
            return False  # `成立“梯管家”小组`: a group of people in a role (GUIDELINES h201), not a coined corps
    clauses = term.split("、")
    if len(clauses) > 1 and any(len(clause) > 4 for clause in clauses):
        # a slogan name has short clauses; longer ones describe (`支部建在小区、组织覆盖楼栋`), a numbered rhythm
        # too even where the text calls it a mechanism (round AB: RULEBOOK `## brands`, length, "a clause of 5 or
        # more characters … makes it a description (`一月一碰头、一季一评议`)", replacing the older exemption of
        # `建立“一周一调度、一月一通报”制度`)
        return False
    if len(clauses) > 1 and kind.startswith(c.agreement_followers):
        return True  # `签订“明码实价、诚信待客”的经营承诺`: a short agreement the members sign (GUIDELINES h126, h251)
    if _company_founded(body, start, term, listed):
        return False  # `成立“青和物业”`: an organisation the case founds (GUIDELINES h126)
    if _DIGIT_COUNTS.match(term) and kind.startswith(_COUNTED_METHOD_KINDS):
        return True  # `“543”工作法`, `“365”工作模式`: each digit counts a part of the case's method (real r001, r048)
    if _QUANTITY.match(term) or _BARE_NUMBER.match(term):
        return False  # `“12345”热线`, `“365”`: a number the text quotes, not a coined name
    if len(term) > MAX_CLAUSE_CHARS and not _JOINING_MARKS.search(term) and not term.endswith(c.name_suffixes):
        return False  # `“夜间22时后停止外放音乐”等约定`: one long clause is a sentence, not a name
    if _long_rule_adopted(body, start, term, listed):
        return False  # `推行“三级书记走楼栋”`, `实行“居民管驿站”`: one clause of a rule (GUIDELINES h301, h326)
    near = _NEAR_BREAK.split(after[:8])[0]
    if PLUS_SIGN.search(term):
        # a `+` formula names the case's model when the text calls it one (`“物业+社区+志愿者”服务模式`) or
        # puts it in force as its own rule (推行/实行); otherwise it lists partners or parts
        # (`推动“高校+街区”双轮驱动`, `聚焦“专家+居民”服务`, `探索“阵地+网格”融合`)
        if _organisation_structure(term, kind):
            return False  # `“小区党支部+楼栋党小组+党员中心户”的组织设置`: how the organisation is set up
        if any(len(part) > 4 for part in PLUS_SIGN.split(term)):
            return False  # `网格长+党员中心户+楼栋长`: a part longer than 4 characters lists, as with slogans (h76)
        if _service_pairing(term, kind):
            return False  # `探索“早茶+法律咨询”等服务`: a service offered beside another (GUIDELINES h251, round E)
        if q.led_by(c.focus_leaders):
            return _names_near(near)  # `聚焦“专家+居民”服务`: the partners
        named = listed.startswith(c.followers) or _names_near(near)
        return named or q.led_by(c.adopting_leaders)  # `推行“船舶党支部+社区党委”双重管理`
    if _AREA_DIVIDED.search(body, max(0, start - 12), start) and _coined_unit(term):
        return True  # `把126个楼院划成38个“渔港邻里单元”`: the coined unit the case divides its area into (h301 `院坊`)
    if dictionary and _used_as_plain_noun(term, body):
        return False  # `以“船老大”党建…` beside `以船老大为核心`: the text's own common noun, not a name
    if dictionary:
        # an ordinary word is a name only when called one (`「店小二」商户服务队`) or printed as the name of a thing the
        # case sets up (`“红灯”标识`, round AC)
        named = listed.startswith(c.followers) or _names_near(near)
        return named or _MARKED_THING.match(listed) is not None
    parts = _CHAIN.split(term)
    levels = [_LEVEL_NOTE.sub("", part).removesuffix("长") for part in parts]  # `县（区）`: the level
    if len(parts) > 1 and all(level.endswith(c.chain_levels) for level in levels):
        # `街道—社区—网格`, `巷弄—社区—街道`: a chain of levels, not a name (`报到—认岗—服务` is one); and the
        # chain of their posts (`网格长—楼栋长—单元长`), the structure told by who heads each level (h522, h547)
        return False
    if len(parts) > 2 and all(len(part) <= 4 for part in parts) and q.led_by(c.adopting_leaders):
        return True  # `采用“提出—商议—表决—公示”`: a process of short steps the case puts in force
    if body[max(0, start - 1) : start] in ("：", ":"):
        return True  # `聚焦为民服务：“红色代办”跑出加速度`: a heading names it (speech was ruled out before)
    suffix = first_suffix(term, c.name_suffixes)
    stem = term[: -len(suffix)] if suffix else ""
    if suffix and (not stem or stem in c.generic_stems):
        return False  # `“共治”`, `“大联盟”`: a generic word, whatever leads into it
    if suffix and len(suffix) == 1 and _NUMERALS.fullmatch(stem):
        # `组织网、服务网和治理网“三网”融为一体`: a count of a generic noun sums up the things just named; it is a
        # name only when the text calls it one (`“三室”联动机制`)
        return listed.startswith(c.followers) or _names_near(near)
    if _NUMBERED_SLOGAN.search(term) and term.endswith(c.count_heads):
        return listed.startswith(c.followers)  # `建强“三支队伍”`: how many groups, not a name
    if stem or _NUMBERED_SLOGAN.search(term):
        return True  # the suffix needs a stem that names: `“共治”`, `“大联盟”` are words, not names
    if listed.startswith(c.followers) or _names_a_place(listed):
        return True
    if _names_near(near) or _coined_post_picked(body, start, term):
        return True
    return q.led_by(c.leaders) or (len(term) >= 3 and q.led_by(c.weak_leaders))


# The people a case picks for a post it coins, maybe with their number before the quote (`选配“…”620名`, `选出48名“…”`).
_PICKED = re.compile(r"(?:选聘|选配|选出|推选|招募|聘请|选派)了?(?:[\d一二三四五六七八九十百千]+余?名)?$")


def _coined_post_picked(body: str, start: int, term: str) -> bool:
    """`选配“楼门红哨”620名`, `选出48名“红色说书人”`: a post the case fills in numbers that carries the `红` mark is
    its coined post, whatever word it ends in (as `红色楼长`, `红色代办员`: GUIDELINES brands, h76)."""
    return (
        any(mark in term for mark in cues().brand_marks) and _PICKED.search(body, max(0, start - 12), start) is not None
    )


# The area divided into so many units (`划分为64个“…”`, `划成38个“…”`, `划分了21个“…”`): the quote that follows
# names the unit.
_AREA_DIVIDED = re.compile(r"(?:划分了?(?:成|为)?|划(?:成|为)|分成|分为)[\d一二三四五六七八九十百千]+个?$")


def _name_given(body: str, start: int, end: int, term: str) -> bool:
    """`居民们叫它“议事长廊”`, `给它起名叫“百草园”`: the name given to a thing, not a town's nickname or a person's."""
    return (
        _led_by(body, start, cues().name_giving_leaders)
        and term not in cues().not_brands
        and not _TOWN_NICKNAME.search(term)
        and not _names_people(term)
        and not _vetoed(body, start, end)
    )


# (round AB) The case's rule or way of choosing named after the word for it (`街道的办法是“居民推、支部审、社区聘”`,
# `给议事会定了一个规矩，叫“鸣笛三声”`): the rulebook's naming cue `叫` and its selection rule the case calls its
# `办法` (h1312), for a rule of short clauses (at most 4 characters each, the slogan rule). First sight: d1219
# (54th set), d1519 (61st), d1604 (64th).
# (review AB: 办法 moves d1219 and d1519, 规矩 one text, d1604; kept, the rulebook's naming cue 叫 after the case's word
# for its rule, of the same class as 办法)
_RULE_NAMED = re.compile(r"(?:规矩|办法)(?:就?是|[，,]?(?:就?叫|叫作|叫做))$")


def _rule_named(body: str, start: int, end: int, term: str) -> bool:
    """A method label of one clause after `办法是` stays a label (`红山区的办法是“老带新”`, rulebook `老带新`)."""
    cue = _RULE_NAMED.search(body, max(0, start - 8), start)
    if cue is None:
        return False  # (asked first: no 办法是 or 规矩叫 before the quote)
    clauses = _PART_BREAK.split(term)
    return (
        (len(clauses) > 1 or cue.group().startswith("规矩"))
        and all(2 <= len(clause) <= 4 for clause in clauses)
        and term not in cues().not_brands
        and not _vetoed(body, start, end)
    )


def _coined_unit(term: str) -> bool:
    """`渔港邻里单元`, `同心网格`, `水巷单元`, `巷格`: a unit with a coined name; a plain word (`小院`, `片区`) or a
    level word sized or qualified by a plain word (`微网格`, `责任片区`) is the generic unit. (round T: the qualifier
    may be a word of the dictionary, `同心`, `水巷`: 10 of the 12 units development texts divide an area into are gold,
    the two others plain words, `小院`, `坞`; first sight: d521, d819, d887, d896, sets 20, 32, 35)"""
    c = cues()
    if is_dictionary_word(term) or is_generic_form(term) or len(term) < 2:
        return False
    level = first_suffix(term, _longest_first(c.level_words | {"片区", "责任区", "网格"}))
    stem = term[: -len(level)] if level else term
    if not level:
        return True
    plain = stem in c.plain_unit_qualifiers or stem in c.level_words or stem in generic_kinds().governance_modifiers
    return len(stem) >= 2 and not plain


# One clause of the shape "as soon as X, Y" (`交房即建组`, `入驻即报到`): a time rule written as a sentence; a
# name keeps its clauses short and apart (`小事即议、大事专议` has 4-character clauses).
_WHEN_THEN = re.compile(r"[\u4e00-\u9fff]{2,}即[\u4e00-\u9fff]{2,}")


def _long_rule_adopted(body: str, start: int, term: str, listed: str) -> bool:
    """`推行“三级书记走楼栋”`, `实行“居民管驿站”`: a rule of one clause longer than 4 characters put in force is a
    sentence saying who does what (GUIDELINES h301, h326); a numbered rhythm (`一人包一院`), two halves of one
    shape (`坊内事坊内议`), a name's ending or a naming word after it (`“…”服务`) make it the case's name."""
    c = cues()
    if len(term) <= 4 or not _HAN_WORD.fullmatch(term) or not _led_by(body, start, c.adopting_leaders):
        return False
    if _WHEN_THEN.fullmatch(term):
        return True  # `实行“交房即建组”`, `推行“入驻即报到”`: "as soon as X, do Y", one clause saying when to act
    subject = _LEVELS_OPENING.sub("", term)  # `三级书记`: the levels of the people who act
    who = next((w for w in c.rule_subjects if subject.startswith(w)), None)
    if who is None or len(subject) <= 3:
        return False  # `推行“红邻时间银行”`, `实行“日清周结月评”`: a noun phrase or a rhythm names the case's scheme
    rest = subject[len(who) :]
    # `居民管驿站`: one verb and a place noun as its object; `居民议事厅` is a place named by what is done in it
    verb_object = len(rest) >= 3 and (rest[1:] in c.reference_words or rest[1:] in c.name_suffixes)
    halves = term[:2] in term[2:]  # `坊内事坊内议`
    rhythm = len(_NUMERAL_CHAR.findall(term)) >= 2  # `一人包一院`, `一格三员`
    named = term.endswith(c.name_suffixes) and not verb_object
    return not (halves or rhythm or named or listed.startswith(c.followers))


def _company_founded(body: str, start: int, term: str, listed: str) -> bool:
    """`成立“青和物业”`, `由国有企业“红帆物业公司”托底`: a company founded, brought in or named as a firm is an
    organisation; `打造“汽笛红物业”服务品牌` calls its service a brand."""
    c = cues()
    head = first_suffix(term, c.company_heads)
    if head is None or len(term) <= len(head) or listed.startswith(c.followers):
        return False
    before = body[max(0, start - 6) : start]
    return _led_by(body, start, c.founding_leaders) or before.endswith("企业")


def _service_pairing(term: str, kind: str) -> bool:
    """`“早茶+法律咨询”“早茶+健康义诊”等服务`, `“物业+养老”服务`: two words joined and offered as a service pair a
    service with a setting, the genre's formula family (GUIDELINES h251; the lead's round-E decision on two-sector
    pairs); a model or mechanism word after it (`“党建+侨乡”模式`), a number or a third part names the case's own."""
    parts = PLUS_SIGN.split(term)
    service = kind.startswith("服务") and not kind.startswith(("服务模式", "服务机制", "服务品牌", "服务体系"))
    return len(parts) == 2 and service and not _DIGIT_OR_LATIN.search(term)


def _colour_grades(term: str, kind: str) -> bool:
    """`推行“红黄绿”三色评价`: colours the text counts right after the quote name the case's grading scheme (a
    named rating mechanism, like `“红绿灯”考评`). Steps counted after a quote are not enough: `分为“提、议、定、
    办、评”五步` classifies, `明确“…”五个环节` restates a rule."""
    m = _COLOUR_COUNT.match(kind)
    return m is not None and _COLOURS.match(term) is not None and len(term) == _CHINESE_DIGITS[m.group(1)]


def _colour_rating_adopted(body: str, start: int, term: str, kind: str) -> bool:
    """`实行“红黄蓝”分级管理`, `推行“红黄绿”信用评价`: a run of colours the case puts in force as a grading or a
    rating is its named scheme even uncounted (GUIDELINES h301, like `“红绿灯”考评`)."""
    return (
        _COLOURS.match(term) is not None
        and kind.startswith(_RATING_KINDS)
        and _led_by(body, start, ("实行", "推行", "推出", "建立", "实施", "开展"))
    )


def _title_given(term: str, after: str) -> bool:
    """`纳入“诚信商户”评定`, `“五星级小区”评选`: a title rated out to shops, homes or units follows the award rule;
    a rating named by its own mark is the case's mechanism (`开展“红星”评定`)."""
    c = cues()
    if term.endswith("星级") and after.startswith(c.rating_words):
        return True  # `推行“诚信星级”评定`: a generic star rating, titles under the award rule (GUIDELINES h547)
    rated = after.removeprefix("星级")  # `开展“诚信商户”星级评定`: the same title given in stars (GUIDELINES h151)
    return rated.startswith(c.rating_words) and term.endswith(c.titled_units) and len(term) > 2


# (round W) A title handed out to a batch of units or grown in them: `推广一批“红帆小区”`, `评出12家“…商户”`,
# `培育“红领商户”` (GUIDELINES h996 `“红领商户”`, h1021 `推广一批“红帆小区”`, h151 titles given to homes or units).
_TITLE_HANDED_OUT = re.compile(r"(?:一批|[\d一二两三四五六七八九十百千]+(?:家|户|批)|培育(?:了|出)?)$")


def _title_handed_out(body: str, start: int, term: str) -> bool:
    """`推广一批“红帆小区”`, `培育“红领商户”`: a title handed out to a batch of shops, homes or units, or grown in
    them, follows the award rule as a rated title does (first sight d1033, 41st set; d1053, 42nd; with `星级楼宇`
    rated out, d956, 40th)."""
    return (
        len(term) > 2
        and term.endswith(cues().titled_units)
        and _TITLE_HANDED_OUT.search(body, max(0, start - 6), start) is not None
    )


def _activity_phrase(body: str, start: int, term: str) -> bool:
    """A phrase with 的 that ends in an activity head and is run as one (`开展“车轮上的党课”`)."""
    head = term.rsplit("的", 1)[1]
    return head in cues().activity_heads and _led_by(body, start, cues().activity_leaders)


@lru_cache(maxsize=256)  # asked by looks_like_name and again by extract_brands' veto pass, per quote
def _post_taken(body: str, start: int, term: str) -> bool:
    """`担任“和谐使者”`, `当起了“大院管家”`: a role people take up, named by a plain word (`和谐`, `大院`); a
    role coined on the case's mark or place (`担任“红色楼长”`, `担任“宋城管家”`) is the case's corps."""
    c = cues()
    role = first_suffix(term, c.role_suffixes, proper=True)
    if role is None:
        return False  # (asked first: no role, no post)
    before = body[max(0, start - 9) : start]
    level = first_suffix(before, _longest_first(c.level_words)) or ""
    before = before[: len(before) - len(level)]  # `担任网格“和谐使者”`: the level of the post
    if role is None or any(mark in term for mark in c.brand_marks) or not _led_by(before, len(before), c.post_leaders):
        return False
    stem = term[: -len(role)]
    return is_dictionary_word(stem) and not _stem_of_another_name(body, stem, term)


def _stem_of_another_name(body: str, stem: str, term: str) -> bool:
    """`担任“同心楼长”` beside `以“同心坊”为载体`: the post is coined from the case's brand (GUIDELINES h201);
    a stem that only says the place (`大院管家` beside `大院e通`, `院落管家`) stays a descriptive role."""
    c = cues()
    if stem.endswith(tuple(c.level_words)) or stem in generic_kinds().false_suffix_words:
        return False
    quoted = (next(g for g in m.groups() if g is not None).strip() for m in _QUOTED.finditer(body))
    return any(other != term and other.startswith(stem) and len(other) > len(stem) for other in quoted)


def _names_a_place(after: str) -> bool:
    """`“红火塘”爱心超市`, `“西江哨兵”护江队`: a place or corps head, maybe after two characters of its kind,
    follows the quote (not `队伍`/`队员`, the people: `“双长”队伍`)."""
    return _place_head().match(after) is not None


@lru_cache(maxsize=1)
def _place_head() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, cues().place_heads))
    return re.compile(rf"[\u4e00-\u9fff]{{0,2}}(?:{heads})(?![伍员])")


def _organisation_structure(term: str, kind: str) -> bool:
    """A `+` formula of words (no coined numbers) called the organisation's set-up or its levels."""
    return not _CODE_MARKS.search(term) and kind.startswith(cues().structure_followers)


@lru_cache(maxsize=8)
def _quote_spans(body: str) -> tuple[tuple[int, int], ...]:
    """The spans of a body's quotations, found once per body (the rules ask for them per quote)."""
    return tuple(q.span() for q in _QUOTED.finditer(body))


# (round AC) A thing the case sets up, named by the ordinary word quoted right before it: its mark
# (`挂上“红灯”标识`), a post (`“夜航”先锋岗`), a service point, a mediation room
# (`“橄榄枝”调解室`) or a meeting (`“红盟”议事会`): a metaphor printed as the name of the
# case's own thing is a brand (GUIDELINES h1612 `挂上“矿灯”标识牌`, as h101's `红哨`); the heads
# are the built things of the rulebook's service points and meetings, not the words seen.
# First sight: d1390 (56th set), d1704 (66th); also d533, d553 (21st).
_MARKED_THING = re.compile(r"^[\u4e00-\u9fff]{0,2}(?:岗|服务点|标识牌?|调解室|议事会)")


def _used_as_plain_noun(term: str, body: str) -> bool:
    """The body uses the word unquoted twice or more (`以船老大为核心`, `船老大在渔民中威望高`): it is the
    text's common noun; a coined name is quoted whenever it is named as one."""
    if term and body.count(term) < 2:
        return False  # (asked first: the word written fewer than twice in all, quoted or not, the common case)
    inside = _quote_spans(body)  # `“晚八点议事”` uses the word inside another name
    if not term:
        return sum(span_at(s, inside) is None for s, _ in _spans(body, term)) >= 2
    unquoted = 0
    at = body.find(term)
    while at != -1:  # (`_spans` left to right, stopping at the second unquoted use: common words recur)
        unquoted += span_at(at, inside) is None
        if unquoted >= 2:
            return True
        at = body.find(term, at + len(term))
    return False


def _posts_of_systems(terms: dict[str, int]) -> set[str]:
    """`“双长”队伍` beside `“院落双长制”`: the posts a named system sets up are its roles; the system is the name."""
    heads = ("制", "制度", "机制")
    systems = {t: tuple(t + head for head in heads) for t in terms}  # (built once per term, not per pair)
    return {t for t in terms if any(b.endswith(systems[t]) for b in terms)}


_SECTIONS = re.compile(rf"^[{_NUMERAL}]+个?")


# A count-name's rule word and colon before its parts (`“三定”公约：定时间、定音量、定场地`).
# (round AA, data) `规矩`, the residents' rules (`定下了“三不”规矩：不翻旧账、…`, d1417 57th set), a plain member of
# these rule words (as agreement_followers)
# (review AA: 规矩 moves d1417 only; kept, a plain member of the rule words, as agreement_followers has it)
_SPELLING = re.compile(r"(?:公约|工作法|法|制度|机制|承诺|规矩)?(?:[：:]|[，,]?即)([^。！？\n]{4,80})")
# A count-name, maybe after two characters of its field (`网格三问` … 即问需求、问意见、问满意度).
_FIELD_COUNT_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2})?[一二两三四五六七八九十]([\u4e00-\u9fff]{1,2})$")


def spelled_out(body: str, end: int, term: str) -> bool:
    """A count-name whose parts follow a colon, each opening with its counted word (`“三定”公约：定时间、
    定音量、定场地`, `“四定”工作法：定人、定岗、定责、定时`): the case's own rule, named by the count, even
    when the count-name is also a nationwide term (the staffing `三定` is never spelled out as a case's rule)."""
    m = _FIELD_COUNT_NAME.match(term)
    if not m:
        return False  # (asked first: most terms are no count-name)
    spelling = _SPELLING.match(body, end)
    if not spelling:
        return False
    parts = _PART_BREAK.split(spelling.group(1))
    # each part opens with the counted word (`定时间`) or ends with it (`“三必到”：新市民入住必到、邻里有纠纷必到`)
    word = m.group(1)  # a one-character word at the end is a problem's (`“三难”：就医难、出行难`), not a duty
    return sum(part.startswith(word) or (len(word) > 1 and part.endswith(word)) for part in parts) >= 2


def counted_before(body: str, start: int, term: str) -> bool:
    """A count-name right after its parts (`提供代购、代缴、代修“三代服务”`): each of the N parts before the quote
    carries the counted word in its last two characters; the case's own named service, counted."""
    m = _COUNT_OPENING.match(term)
    if not m or body[start - 1 : start] not in "“「『":
        return False
    clause = _CLAUSE_OR_QUOTE_END.split(body[max(0, start - 41) : start - 1])[-1]
    parts = clause.split("、")
    n = _CHINESE_DIGITS[m.group(1)]  # `服务网、治理网“两网”`: a bare count sums the nouns up, it needs its head
    return len(term) > 2 and len(parts) >= n >= 2 and all(m.group(2) in part[-2:] for part in parts[-n:])


def _role_mark_follows(after: str) -> bool:
    """Only a brand word after a plain role makes it the case's name (`“双语网格员”制度`)."""
    return after.startswith(("品牌", "模式", "工作法"))


def listed_after(after: str) -> str:
    """The words after a quote, past a 等 that closes a list of quotes (`“物业+养老”“物业+育幼”等服务`)."""
    return after[1:] if after.startswith("等") else after


@lru_cache(maxsize=1 << 14)  # a pure function of the term, asked again for every quote of it
def _names_people(term: str) -> bool:
    """`新大理人`, `新市民`, `外卖小哥`: a kind of people the case serves, not a practice of its own."""
    if len(term) < 3 or not term.endswith(cues().people_suffixes):
        return False  # (asked first: most terms end in no people word, and the tests below need not be read)
    marked = any(mark in term for mark in cues().brand_marks)  # `“红色带头人”` is a role the case coined
    formula = PLUS_SIGN.search(term)  # `专家+居民` lists partners, it is judged as a formula
    rhythm = _RHYTHM.match(term)  # `一户一码、一楼一人`: a rule of so many per unit, not a kind of people (h447)
    # (round AC) clauses joined by `、` are a rule whose last clause ends in its object (`订单到坊、计件到人`)
    rule = _PART_BREAK.search(term)
    return not marked and not formula and not rhythm and not rule


def _team_of(after: str) -> bool:
    """`“新市民”服务队` is a team the case named; `加入“合伙人”队伍`, `“双长”队伍` are the people themselves."""
    return after.startswith(cues().followers) and not after.startswith(("队伍", "队员"))


@lru_cache(maxsize=1 << 14)  # a pure function of the term, asked again for every quote of it
def _describes(term: str) -> bool:
    """`楼道灯改造`, `背街小巷整治`: works described by what is done to a thing, not a name."""
    suffix = first_suffix(term, cues().works_suffixes)
    coined = _NUMERAL_OPENING.match(term)  # `四抓两整治` is a coined formula
    return suffix is not None and len(term) - len(suffix) >= 2 and not coined


# A counted summary whose parts follow a colon (`做到“三个结合”：与行业管理相结合、与…相结合`).
_COUNTED_SUMMARY = re.compile(r"^[一二两三四五六七八九十]+个([\u4e00-\u9fff]{1,3})$")


def _restated_requirements(term: str, after: str) -> bool:
    """`“三个到位”：组织覆盖到位、力量配备到位…`, `“三个要”：议题要…、过程要…`: each clause after the colon
    restates the counted word, a list of requirements or lessons; a mechanism's parts are named
    (`“三查”：一查环境…`)."""
    m = _COUNTED_SUMMARY.match(term)
    if not m or not after.startswith(("：", ":")) or m.group(1) == "一":
        return False  # `“五个一”：建一个组织、搭一个平台`: the genre's `N个一` formula names a mechanism
    clauses = _REQUIREMENT_BREAK.split(after[1:], maxsplit=1)[0]
    return clauses.count(m.group(1)) >= 2


def _role_of_brand(term: str, brands: dict[str, int]) -> bool:
    """A quoted role coined from one of the case's brands (`“水润管家”` beside `水润e家`, `“红帆船长”` beside
    `红帆领航`): the role's stem opens with the brand's first two characters."""
    if _CHAIN.search(term):
        return False  # `网格长—楼栋长—单元长` beside `网格连心`: a chain of posts, the structure, no one role
    heads = _role_or_built_heads()  # `码头留言板` beside `码头议事会`: a board built from it too
    role = first_suffix(term, heads, proper=True)
    if role is None or len(term) - len(role) < 2:
        return False
    if _post_over_housing(term):
        return False  # `小院长` beside `瓜乡小院`: a post over a housing unit (GUIDELINES h422, h472)
    stem = term[:2]
    if stem in generic_kinds().service_heads:
        return False  # `驿站协理员` beside `驿站议事会`: a role with a service form's generic qualifier (h522)
    if stem in generic_kinds().building_types or stem in generic_kinds().class_audiences:
        # `骑楼联络员` beside `骑楼红`, `骑手观察员` beside `骑手夜校`: a post per building or of a kind of
        # people (GUIDELINES h746)
        return False
    marks = cues().brand_marks
    # `渔港哨长` beside `渔港红哨`: the brand's coined part carries the mark after the shared place word, so the
    # role shares only that place word and is a role with a descriptive qualifier (GUIDELINES h226)
    # (a stem no dictionary has, `山兰` of `山兰红驿`, is the coined part itself: `山兰联络员` is built from it, h301)
    plain = is_dictionary_word(stem) or stem in _common_elements()  # `楼院掌柜` beside `楼院红驿`: a unit, no coinage
    return any(
        b != term and len(b) >= 3 and b.startswith(stem) and not (plain and any(m in b[2:] for m in marks))
        for b in brands
    )


# A housing unit, maybe sized or aged by one plain word (`小院`, `老院`, `大院`, `楼院`, `老巷`): a brand that ends in
# one (`瓜乡小院`) is a place plus the unit the case works in, and a post named by the unit is a role, like `楼长`.
_BARE_HOUSING_UNITS = frozenset({"巷", "弄", "院", "楼", "街巷", "里弄", "巷弄", "胡同"})  # a unit with no qualifier
_HOUSING_UNIT = re.compile(r"^[老小旧大]?(?:院|院落|楼院|楼栋|楼|巷|弄|街巷|里弄)$")


@lru_cache(maxsize=1 << 14)  # a pure function of the term, asked again for every quote of it (extract_brands' passes)
def _post_over_housing(term: str) -> bool:
    """`小院长`, `老院指导员`: a housing unit and a role word (a role suffix alone or a job noun ending in one)."""
    roles = cues().role_suffixes
    for size in (1, 2, 3):
        unit, rest = term[:size], term[size:]
        if _HOUSING_UNIT.match(unit) and (rest in roles or (rest.endswith(roles) and is_dictionary_word(rest))):
            return True
    return False


@lru_cache(maxsize=1)
def _common_elements() -> frozenset[str]:
    """Two-character words the genre builds every name with (`议事`, `社区`, `红色`, `服务`): sharing one of them
    with a brand says nothing about being built from it."""
    c, k = cues(), generic_kinds()
    words = c.level_words | c.reference_words | set(c.name_suffixes) | set(c.followers) | k.sector_nouns
    # (whom a service serves, `青年`, `商户`: `青年议事员` beside `昌山青年汇`; not the neighbours of 街坊, which a
    # brand coins its roles and places from, round K: `街坊汇召集人` beside `少城街坊汇`, and gold d408's `街坊客厅`)
    words |= set(k.service_modifiers) - {"街坊", "老街坊"}
    return frozenset(w for w in words | set(k.colour_marks) | set(k.governance_heads) if len(w) == 2)


def _built_from_brand_tail(term: str, brands: dict[str, int]) -> bool:
    """`渔灯徽章`, `渔灯夜读` beside `黄海渔灯`; `背篼积分` beside `红色背篼`; `义坊长` beside `河东义坊`; `青荟合伙人`
    beside `学府青荟`: a role, point, code, credit or team that opens with the coined element a brand of the same text
    ends with is built from that brand (GUIDELINES h226, h347); the element is the brand's own word, not its place.
    Record books stay generic (`帐房民情簿`, generic_patterns), and a word the genre names everything with (`议事`,
    `社区`) shares nothing."""
    if not _HAN_3_8.fullmatch(term) or is_dictionary_word(term):
        return False
    if matches_any(generic_kinds().patterns, term) or term.endswith(_RECORD_HEADS):
        return False  # `邻里公约`, `红心民情本`: a generic kind, a record book or form (GUIDELINES h347)
    element, rest = term[:2], term[2:]
    if element in _common_elements() or (len(rest) == 1 and rest not in _role_or_built_heads()):
        return False  # `义坊长`: one character after the element must be a role's or a place's head

    def coined_tail(b: str) -> bool:
        # `红帆工匠` beside `红帆议事厅`: the coined part is the prefix other brands share, `工匠` is a plain word
        # (a word no dictionary has, `茶叙` of `槐荫茶叙` beside `槐荫议事`, is coined wherever it stands)
        prefix = b[: -len(element)]
        shared = len(prefix) >= 2 and any(o != b and o.startswith(prefix) for o in brands)
        return not shared or not is_dictionary_word(element)

    if rest in _PLAIN_ROLE_WORDS and is_dictionary_word(element):
        return False  # `渡口主人` beside `桂香渡口`: a plain role noun on the brand's object (RULEBOOK roles, round AB)
    chinese = (b for b in brands if b != term and len(b) >= 3 and _HAN_WORD.fullmatch(b))
    return any(b.endswith(element) and not b.endswith(term) and coined_tail(b) for b in chinese)


# (round AB, RULEBOOK `## brands`, roles: "A plain role noun on the brand's object or generic half is not a
# brand (`灯长`, `橹长`, `掌灯人`, `客厅主人` beside `巷子客厅`…)") the host or head put after the brand's object
# word, an ordinary word the brand ends with (`渡口主人` beside `桂香渡口`, like `坊头`, `廊主`); a coined element
# before the role keeps it (`同心楼长` beside `同心坊`, `街坊汇召集人` beside `少城街坊汇`). Not `长`: `铜锣长`
# beside `邻里铜锣` is gold in d1290 (45th set) and the other rules drop `灯长`, `橹长` already
_PLAIN_ROLE_WORDS = frozenset({"主人", "主", "头"})


def _built_from_brand_element(term: str, brands: dict[str, int]) -> bool:
    """`街坊汇召集人` beside `少城街坊汇`, `说事港长` beside `瀛洲说事港`, `巷议主持人` beside `东门巷议厅`,
    `乡音联络员` beside `大石乡音坊` and `楼栋乡音群`: a role or point named by the coined element a brand
    carries after its place (the brand's tail or the word between its place and its head) is built from that
    brand (GUIDELINES h201, h347, h397: roles built from the brand's element). A word the genre names everything
    with (`议事`, `社区`) shares nothing, and an ordinary word (`乡音`) counts only when two brands share it, the
    case's own element."""
    if not _HAN_4_8.fullmatch(term) or is_dictionary_word(term):
        return False
    if matches_any(generic_kinds().patterns, term) or term.endswith(_RECORD_HEADS):
        return False
    others = [b for b in brands if b != term]
    for size in (3, 2):
        stem, rest = term[:size], term[size:]
        if stem in _common_elements() or stem.endswith(tuple(cues().level_words)):
            continue
        if len(rest) > 3 or first_suffix(rest, _role_or_built_heads()) is None:
            continue  # `联络员`, `召集人`, `港长`: one role word after the element
        after_place = [b for b in others if len(b) >= len(stem) + 2 and stem in b[2:]]
        # (an ordinary word names the case's element only between a place and a head in two brands, `大石乡音坊`,
        # `楼栋乡音群`; `小院` of `楼门小院`, `小院月月议` is the unit the case works in: `小院当家人` is a role, h422)
        inside = [b for b in after_place if not b.endswith(stem)]
        if after_place and (not is_dictionary_word(stem) or len(inside) >= 2):
            return True
    return False


# Record books and forms (`帐房民情簿`, `红心民情本`, `红邻民情表`): generic even built from a brand (GUIDELINES h347).
_RECORD_HEADS = ("簿", "本", "表", "档案", "台账", "账", "册")
# (round Z) The record itself named by the brand's coined word with nothing between (`暖巢台账` beside `暖巢`,
# `红邻账本` beside `儋耳红邻`, `如意账本` beside `如意守望`, `如意小站`): a coined record of the brand (GUIDELINES
# h1387 `巷灯日志`, `暖巷台账`; h1412 `矿灯帮扶台账`), unlike a generic record kind after it (`帐房民情簿`, h347).
# (round AA) the pocket notebook (`红哨手账` beside `矿城红哨`, d1416 57th set) is a plain record word like 记事本.
# One list of a case's log words, for its records here and its symbol-named logs below.
_LOG_WORDS = ("账本", "台账", "日志", "记事本", "手账")
_BRAND_RECORD = re.compile(rf"^([\u4e00-\u9fff]{{2,4}}?)(?:{'|'.join(_LOG_WORDS)}|账|簿)$")


def _record_of_brand(term: str, brands: dict[str, int]) -> bool:
    """First sight: d1256 (43rd set), d1355 (48th), d707 (28th)."""
    m = _BRAND_RECORD.match(term)
    if m is None or is_dictionary_word(term):
        return False
    word = m.group(1)
    if word in _common_elements() or is_dictionary_word(word) or word[0] in _NUMERAL:
        return False
    if word.endswith(plain_forms().head_words):
        return False  # `江畔夜话簿`, `茶叙账`: the minutes of a meeting, a record book like `意见簿` (GUIDELINES h151)
    others = [b.strip("·") for b in brands if b != term and _HAN_WORD.fullmatch(b.strip("·"))]
    return (
        word in others
        or any(len(b) >= len(word) + 2 and b.endswith(word) for b in others)
        or sum(1 for b in others if len(b) >= len(word) + 2 and b.startswith(word)) >= 2
    )


# (round AA) A case that builds its brand family on one symbol object (`三盏灯`, `灯下驿站`, `点灯人`, `亮灯议事角`)
# names its posts, teams and logs with that object too (`巷灯员`, `守灯队`, `提灯人`, `巷灯日志`, `灯塔日志`): a
# two-character stem holding the symbol, then a person, team, post or log head (GUIDELINES h1387, RULEBOOK roles and
# records). The symbol is a character at least three of the case's other brands share, not the `红` mark nor a
# character of a word the genre names everything with (`议事`, `邻里`, `驿站`). First sight: d1415, d1429 (57th
# set), d1492 (60th), d1232 (54th).
# (round AC) and points named with the symbol (`舟友积分` beside `汉江红舟`, `红舟议事舱`, `红舟食堂`; `纤友积分` beside
# `北江红纤`, `红纤小组`, `纤夜谈`): RULEBOOK `## brands` points "with the brand's or a coined word they are brands";
# like a log, the symbol may open the stem. First sight: d1698 (66th set), d1664 (75th); the kind of points built from
# the brand missed also d1290 (45th), d1157 (51st), d1498 (60th), d1769 (69th)
_SYMBOL_HEADS = ("人", "员", "队", "岗", "积分", *_LOG_WORDS)
_SYMBOL_FAMILY = 3


def _named_by_symbol(term: str, brands: dict[str, int]) -> bool:
    head = next((h for h in _SYMBOL_HEADS if term.endswith(h)), None)
    if head is None or len(term) != len(head) + 2 or not _HAN_WORD.fullmatch(term):
        return False
    stem = term[:2]
    if is_dictionary_word(term) or stem in _common_elements():
        return False
    others = [b for b in brands if b != term and b != stem]
    common = _common_elements()
    # a person, team or post carries or keeps the symbol, which closes its stem (`提灯人`, `巷灯员`; not `连心人`
    # beside `连心网`, a people word of the brand's opening); a log may open with it (`灯塔日志`)
    symbols = stem if head in (*_LOG_WORDS, "积分") else stem[1]
    for ch in dict.fromkeys(symbols):
        if ch in cues().brand_marks or any(ch in w for w in common):
            continue  # (`红`, `议`, `邻`: the genre's mark and words, no symbol of the case)
        if sum(1 for b in others if ch in b) >= _SYMBOL_FAMILY:
            return True
    return False


# (round AA) A mailbox, board or sign the case names with its brand's coined word (`红棉议事牌` beside
# `花城红棉汇`, `红棉房东`; `炉台信箱` beside `炉台议事`; `红竹公示栏` beside `红竹管家`; a notebook is a record,
# `_record_of_brand`): built from the brand (RULEBOOK records and boards: `码头留言板`, `“灯语牌”`), like its posts.
# The word opens or closes another brand of the text and is neither the genre's word (`议事`, `红色`) nor, as an
# ordinary word, only the brand's place before its mark. First sight: d1422 (57th set), d1441, d1447 (58th), d1508
# (60th).
# (round AB) `墙`, the wish or message wall, a plain member of the board heads (`小蜂心愿墙` beside `小蜂课堂`, d1575
# 63rd set; `坊巷留言墙`, d342; RULEBOOK boards: `心愿墙` generic, built from the brand a brand)
_BOARD_HEADS = ("信箱", "牌", "栏", "板", "墙")  # the one list of board heads (not also `built_heads`)


def _board_of_brand(term: str, brands: dict[str, int]) -> bool:
    head = next((h for h in _BOARD_HEADS if term.endswith(h)), None)
    if head is None or not 2 <= len(term) - len(head) <= 4 or not _HAN_WORD.fullmatch(term):
        return False
    element = term[:2]
    if is_dictionary_word(term) or element in _common_elements():
        return False
    marks = cues().brand_marks
    plain = is_dictionary_word(element)  # (`石化` of `石化红驿`: the place before the mark, no coinage)
    for b in brands:
        if b == term or len(b) < 3 or not _HAN_WORD.fullmatch(b):
            continue
        if b.startswith(element) and not (plain and any(m in b[2:] for m in marks)):
            return True
        if b.endswith(element) and len(b) >= 4:
            return True
    return False


# (round AB) what someone says a place should use or build well (`其一，要用好“单位情结”`, `要建好“共治平台”`, `要把握好
# “企业管”向…转变`): an exhortation's object, advice and not the case's own name (RULEBOOK `## brands`: only the case's
# own, not `建议设立“…”` or a reviewer's suggested formula). First sight: d1066 (42nd set), d1130 (50th), d1652 (75th)
_EXHORTED = re.compile(r"要[\u4e00-\u9fff]{1,2}好$")
_EXHORTED_ENDS = endings(_EXHORTED)


def _caused(q: QuoteContext) -> bool:
    """`让群众“掌上议事”`, `让各方“轮流当家”`, `让议事厅“有人管”`: after a causative verb and the people or things it
    moves, the quote says what they do or become, a description or a result; `让“江岸红哨”…` (the quote is the one
    moved) and a place the people go to (`让居民在“邻里客厅”…`) can still be names."""
    c = cues()
    clause = q.quote_clause
    if _any_of(c.causative_verbs).search(clause) is None:
        return False  # no causative verb at all (asked first: one scan)
    verb = next((v for v in c.causative_verbs if v in clause), None)
    if verb is None:
        return False
    moved = clause[clause.rindex(verb) + len(verb) :]
    return 1 <= len(moved) <= 6 and not moved.endswith(c.place_prepositions)


def _award_given(q: QuoteContext) -> bool:
    """`被评为区级“美丽楼院”`, `荣获全国首批“…”`: an award verb in the quote's clause governs it, whatever words of
    level or batch stand between (the award rule, GUIDELINES)."""
    return _any_of(cues().award_leaders).search(q.quote_clause) is not None


@dataclass(slots=True)  # (not frozen: a frozen dataclass sets each field through object.__setattr__, per quote)
class QuoteContext:
    """One quotation's surroundings, read once and handed to the per-quote rules (`_vetoed`'s helpers and
    `looks_like_name`'s): each helper used to slice the body around the quote, clean the term and split the clause
    before it again (perf engineer J's profile: ~30 helpers a quote, most of their time those same slices). The
    fields are plain slices of the body, read only; nothing here depends on the cue lists, so a swapped cue file
    (`bench.brand_ablation`) reads the same context."""

    body: str
    start: int  # the opening quote mark
    end: int  # just past the closing quote mark
    inner: str  # body[start + 1 : end - 1], the quotation as written (a run's inner quotes included)
    term: str  # `clean_term(inner)`
    before: str  # the 12 characters before the opening mark
    lead: str  # the 7 characters before it: `_led_by`'s window
    lead_without_aspect: str | None  # `lead` less its aspect particle (`构建起`), None when it ends in none
    after: str  # the 12 characters after the closing mark
    next_char: str  # body[end : end + 1]
    clause: str  # `_clause_before(body, start)`: the clause before the quote, within 30 characters
    quote_clause: str  # what of `before` no clause break, list comma or other quote mark cuts off

    def led_by(self, verbs: tuple[str, ...]) -> bool:
        """`_led_by(body, start, verbs)` on the window read once."""
        return self.lead.endswith(verbs) or (
            self.lead_without_aspect is not None and self.lead_without_aspect.endswith(verbs)
        )


@lru_cache(maxsize=256)  # one per quote of the article being read (its rules ask for it several times)
def quote_context(body: str, start: int, end: int) -> QuoteContext:
    """(The two clauses are found by one anchored match each, up to the last break of their window, not by splitting
    the window into a list; the fields are passed by position: keywords cost as much as the slices, once per quote.)"""
    lead = body[max(0, start - 7) : start]
    inner = body[start + 1 : end - 1]
    lo = max(0, start - 12)
    before = body[lo:start]
    # `_CLAUSE_BREAK.split(body[max(0, start - 30) : start])[-1]`: what follows the window's last clause break
    clause_at = _UP_TO_CLAUSE_BREAK.match(body, max(0, start - 30), start)
    # `_CLAUSE_OR_QUOTE.split(before)[-1]`: what follows the last break, list comma or quote mark of `before`
    quote_clause_at = _UP_TO_CLAUSE_OR_QUOTE.match(body, lo, start)
    return QuoteContext(
        body,  # body
        start,  # start
        end,  # end
        inner,  # inner
        clean_term(inner),  # term
        before,  # before
        lead,  # lead
        lead[:-1] if lead[-1:] in _ASPECT else None,  # lead_without_aspect
        body[end : end + 12],  # after
        body[end : end + 1],  # next_char
        body[clause_at.end() : start] if clause_at else body[max(0, start - 30) : start],  # clause
        body[quote_clause_at.end() : start] if quote_clause_at else before,  # quote_clause
    )


@lru_cache(maxsize=256)  # asked by looks_like_name and again by extract_brands' veto pass, per quote
def _vetoed(body: str, start: int, end: int) -> bool:
    """A rule, a principle, a document or an award (`“一格一员”原则`, `的思路`, `评为“…”`), not a name."""
    return _vetoed_in(quote_context(body, start, end))


def _vetoed_in(q: QuoteContext) -> bool:
    """`_vetoed` on the quote's context: every helper reads the slices it holds instead of cutting its own.

    Most quotes meet none of these vetoes, so each is asked after a cheap test that must hold for it to hold at all
    (the words a `…$` pattern can end with, a `^…` pattern's first characters, each read off its pattern by
    tasks/extract/gates.py); the verdict is their `or`, whatever order they are asked in."""
    c = cues()
    body, end = q.body, q.end
    after = q.after
    after = after[1:] if after.startswith("的") else after
    after = after[1:] if after.startswith("等") else after
    if after.startswith(_PLAN_QUALIFIER_OPENINGS):
        after = _PLAN_QUALIFIER.sub("", after)  # `的工作思路`
    # `推行“居民提、支部议、大家评”的议事方式`, `实行“驿站长+网格员+志愿者”的值守方式`: a manner of some work, the way
    # it is done (GUIDELINES h326), like `采取“…”方式`
    if after.startswith(_MANNER_WORDS, 2):
        after = _MANNER_WORD.sub("", after)
    before = q.before
    return (
        # a nickname outsiders give a place (`被网友称为“…魔幻城市”`); residents naming the case's own thing
        # (`被居民称为“…”`) give a brand (GUIDELINES: `称他们为“钢花修补队”`)
        (before.endswith(_OUTSIDERS_NICKNAME_ENDS) and _OUTSIDERS_NICKNAME.search(before) is not None)
        # `立足“新老市民融合”这个基层治理的关键问题`: then called a problem (GUIDELINES: problems are no brands)
        or (body.startswith(_CALLED_PROBLEM_OPENINGS, end) and _CALLED_PROBLEM.match(body[end : end + 20]) is not None)
        # (a procedure word, 流程/程序 or 闭环, within the 8 characters `_procedure_described` reads)
        or (
            (q.after.find("程", 0, 8) >= 0 or q.after.find("环", 0, 8) >= 0)
            and _procedure_described(q.inner, q.after[:8])
        )
        or (q.next_char in _SURVEY_SHARE_FIRST and _SURVEY_SHARE.match(body, end) is not None)
        or (body.find("族", max(0, q.start - 1), q.start + 6) >= 0 and _folk_tradition(q))
        or (before.endswith(_SURVEY_ASKED_ENDS) and _SURVEY_ASKED.search(before) is not None)
        or ("卡" in q.inner and _card_posted(q))
        # (both kinds of heading put one of its work verbs right before the quote)
        or (q.lead.endswith(c.heading_work_verbs) and _heading_scare_quote(q))
        or (q.lead[-1:] in _MARKER_LAST and _heading_key_word(q))
        or _higher_programme(q.clause)
        or (before.endswith(_JOINED_CAMPAIGN_ENDS) and _JOINED_CAMPAIGN.search(before) is not None)
        or (q.lead[-1:] in _PRIORITY_LAST and _priority_given(q))
        or (q.inner.endswith(_HOUSING_UNITS) and _housing_counted(q))
        or (q.after.startswith(_TARGETS) and _target_reached(q))
        # (each helper below asks its own precondition first; the ones they share are asked here once, so that
        # most quotes, which meet none of them, call none of these helpers)
        or (
            q.led_by(_VETO_LEAD_VERBS)
            and (
                _record_built(q)
                or _structure_formed(q)
                or _home_nicknamed(q)
                or _person_nicknamed(q)
                or _method_explored(q)
            )
        )
        or (q.lead[-1:] in _PEOPLE_NAMED_LAST and _people_nicknamed(q))
        or _combined_with(q)
        or (q.next_char in _SENTENCE_END and (_predicate_likeness(q) or _became_state(q)))
        or (q.lead[-1:] == "是" and _paired_predicate(q))
        or (_LISTED_NEAR.match(q.after) is not None and _listed_with_plain_items(q))
        or (after.startswith(c.not_followers) and not _rule_in_force(q, after))
        or _result_head().match(after) is not None
        # `构建“群防群治、全民参与”的应急消防新格局`: a state described at more length after 的 (real set r039)
        or _LONG_STATE_AFTER.match(q.after) is not None
        or _parts_of_a_count(q)
        or (q.lead.endswith("以") and _FRAMED_AS_PRINCIPLE.match(q.after) is not None)
        # `设置“我要办事”“我要议事”三个板块`: a platform's menu (the count stripped, a section head after it)
        or ((sections := _SECTIONS.match(after)) is not None and after[sections.end() :].startswith(c.section_heads))
        or q.led_by(c.not_leaders)
        or _award_given(q)
        or _caused(q)
        or (before.endswith(_EXHORTED_ENDS) and _EXHORTED.search(before) is not None)
    )


# (round Z) A run of steps the text calls its procedure with 的 or a two-character qualifier
# (`建立“网格发现、社区处置、街道协调、部门办理”的工作流程`, `形成“收集—研判—派单—反馈”的闭环程序`,
# `实行“…”的流程`): the steps a procedure passes through, described, not a name (GUIDELINES h796 `…的流程`,
# h1262: the wording outweighs the verb; h1412 a rule introduced as a flow). A counted one names the case's
# method (`“提、议、定、办、评”五步流程`).
# First sight: d1255 (43rd set), d1315, d1321 (47th), d1352 (48th); also d1122 (50th), d1171 (52nd).
# (round Z3) and the bare `“…”流程` too (`议事实行“提案、审案、办案、结案”流程`, `建立“发现—吹哨—接单—办结—回访”流程`:
# GUIDELINES h796 `议事实行“…”流程`; AUDIT "Round Z: older development gold", kind 3, d197, d204, d407, d1370).
# (round AC) and a run of steps the text says matters are managed, handled or run through in a closed loop
# (`实行“交办、督办、回访、评价”闭环管理`, `“…”闭环办理`, `“…”闭环运行`): how the work is run, described, as a flow is
# (GUIDELINES h1637 a short description of how a service is run, adopted with 实行, describes; d1638 `…闭环管理` a
# widespread form even put in force; RULEBOOK `## brands` processes); a loop named as a service or mechanism
# (`“…”闭环服务`, `闭环机制`, `闭环处理`) stays the case's own (`_steps_as_method`). First sight: d1459 (58th set),
# d1638 (74th), d1683 (65th), d1732 (67th); also d711 (28th), d945 (39th).
_PROCEDURE_AFTER = re.compile(
    rf"^(?:(?:的[\u4e00-\u9fff]{{0,2}}|[^{_NUMERAL}步\W]{{2}})?(?:流程|程序)|的?闭环(?:管理|办理|运行))"
)


def _procedure_described(term: str, after: str) -> bool:
    # (the anchored pattern after the quote first: most quotes are followed by no procedure word)
    return _PROCEDURE_AFTER.match(after) is not None and len(_PART_BREAK.split(term)) + len(_CHAIN.split(term)) > 3


# (round W) A method or a closed loop named right after the quote (`的调解方法`, `的工作方法`, `闭环处理`, `闭环服务`).
_METHOD_AFTER = re.compile(r"^(?:的(?:[\u4e00-\u9fff]{2})?方法|的?工作法|闭环)")
_METHOD_AFTER_FIRST = first_chars(_METHOD_AFTER)  # (what `_METHOD_AFTER` opens with)


# (round AC, RULEBOOK `## brands` processes: "Not brands: a sequence … written with dashes (`接帖—办帖—评帖`)", and the
# conflicts section: dashed processes put in force with 实行/推行/采用 are not brands, h1021 on) a run of three or more
# short steps joined by dashes (`发现—吹哨—响应—反馈`, `出海前报备—航行中联系—回港后报到`) is the procedure the case
# follows, written as a flow chart, not a name; a method named as such after it stays the case's own (`“…”工作法`,
# `“…”的工作方法`, `“…”四步工作法`: "a method named as such is a brand"). A chain of levels is judged before. First
# sight: d1298 (45th set), d1416 (57th), d1741 (67th); the older gold keeps such runs (d197, d330: the audit's kind 4).
_DASHED_METHOD_AFTER = re.compile(rf"^(?:的(?:[\u4e00-\u9fff]{{2}})?方法|的?(?:[{_NUMERAL}]+步)?(?:工作)?法)")


def _dashed_sequence(term: str) -> bool:
    parts = _CHAIN.split(term)
    if len(parts) < 3:
        return False  # (asked of every quoted term: most hold no dash, so no level is read)
    levels = [_LEVEL_NOTE.sub("", part).removesuffix("长") for part in parts]
    if all(level.endswith(cues().chain_levels) for level in levels):
        return False
    return all(1 <= len(part) <= 8 and _HAN_WORD.fullmatch(part) for part in parts)


def _steps_as_method(term: str, after: str) -> bool:
    """`总结出“雨前查、雨中守、雨后修”的工作方法`, `“先听、再劝、后帮”的调解方法`, `推行诉求“楼内收集、街道交办、
    部门办结”闭环处理`: short steps of two to four characters, named as the case's method or closed loop, are its own
    (GUIDELINES h971 `方法` read as `工作法`, h1021 a sequence of steps followed by `闭环服务`; first sight d971 40th
    set, d1037 41st, d1059 42nd). A manner (`的议事方式`, `的巡查办法`) stays one (h326)."""
    if not _METHOD_AFTER.match(after):
        return False
    steps = _PART_BREAK.split(term)
    return len(steps) >= 2 and all(2 <= len(step) <= 4 for step in steps)


def _rule_in_force(q: QuoteContext, after: str) -> bool:
    """`实行“单位认领、社区派单、居民评价”的结对办法`, `实行“…”的服务方式`: a short rule the case puts in force
    with 实行 is its own even when a way of working is named after it (GUIDELINES h547, h721); the same words reached
    with 采取/按照 (`h226`, `h422`) or 推行…的议事方式 (`h326`) stay a manner. (round AB) 推行 puts a rule the case
    calls its `办法` in force too (`_adopted_as_method`)."""
    verb = q.before[-2:]
    served = verb == "推行" and _SERVICE_MANNER.match(q.body, q.end) is not None  # (round AC)
    manner = verb == "实行" and after.startswith(("办法", "方式"))
    if not manner and not _adopted_as_method(verb, after) and not served:
        return False
    clauses = _PART_BREAK.split(q.inner)
    return len(clauses) > 1 and all(2 <= len(clause) <= 4 for clause in clauses)


# (round AB) A rule of short clauses the case puts in force with 推行 and calls its `办法` (`推行“居民提、支部议、
# 大家评”的议事办法`, `推行“哨声一响、马上就到”的响应办法`): the rulebook's slogans followed by 办法 or put in force
# with 推行 are brands, and a rule the case calls its `办法` is its method (h1312); only `按照/采取…的办法` (d1765) and
# a `…的方式` (h326, d1690) describe. First sight: d1013 (38th set), d1493 (60th), d1565, d1566 (63rd), d1593,
# d1603 (64th).
def _adopted_as_method(verb: str, after: str) -> bool:
    return verb == "推行" and after.startswith("办法")


# (round AC) A rule of short clauses put in force with 推行 and followed by `的服务方式` is the case's
# service rule, as with 实行 (`推行“楼宇点单、部门接单、企业评单”的服务方式`: RULEBOOK "put in force with
# 推行/实行"; GUIDELINES h721, decided for h1587…); only the named manner of deliberating (`推行“…”的议事方式`,
# h326) describes. First sight: d1400 (56th set), d1591 (64th), d1682 (65th), d1723 (67th).
_SERVICE_MANNER = re.compile(r"的?服务方式")


def _folk_tradition(q: QuoteContext) -> bool:
    """`土家族“摆手节”`, `白族“三道茶”`, `组建“侗族大歌”宣讲队`: a people's song, festival or custom, quoted
    right after the people's name or opening with it, is the tradition the case draws on, not a name it gave
    (brands.toml ethnic_groups)."""
    body, start = q.body, q.start
    if "族" not in body[max(0, start - 1) : start + 6]:
        return False  # (asked first: no 族 at the quote)
    peoples = generic_kinds().ethnic_groups
    before = q.before[-5:]
    if any(before.endswith(people + "族") for people in peoples):
        # (`民族`, `上班族` name no people of the list); a corps or place the text names after the quote is the
        # case's own, whatever people it serves (`藏族“格桑花”宣讲队`)
        after = listed_after(q.after)
        return not (after.startswith(cues().followers) or _names_a_place(after))
    term = q.inner
    people = next((p for p in peoples if term.startswith(p + "族")), None)
    return people is not None and 2 <= len(term) - len(people) - 1 <= 3


# An answer a survey counts (`认为楼组长“一个人扛不动”的占43.8%`, `“有归属感”的比例`, `受访者“想过回老家”`): what
# residents said, quoted as a share of respondents, not a name (GUIDELINES: residents' speech is no brand).
# (not `的人数`: `参加“邻里节”的人数` counts who took part in a named event)
_SURVEY_SHARE = re.compile(r"的(?:占|比例|比重)")
_SURVEY_SHARE_FIRST = first_chars(_SURVEY_SHARE)
_SURVEY_ASKED = re.compile(r"(?:受访者|受访居民|受访群众|受访党员|问卷[^“”「」『』。]{0,6}(?:表示|选择|认为|回答))$")
_SURVEY_ASKED_ENDS = endings(_SURVEY_ASKED)


# A programme of a higher level that the case joins or draws on (`结合全省“暖房子工程”`, `依托自治区推行的“双联户”`,
# `各地结合“暖蜂行动”`): the nation's, the province's or every place's programme, not the case's own name (GUIDELINES:
# nationwide and province-wide programmes are not brands).
_HIGHER = "(?:全国|全省|各地|省级|国家|中央|上级|省里|省委|自治区)"  # (not 全区: a district case's own)
_JOINING = "(?:结合|对接|融入|借助|依托|落实|响应|配合|参与)"
_HIGHER_PROGRAMME = re.compile(
    rf"(?:{_JOINING}[^“”「」『』]{{0,6}}{_HIGHER}|{_HIGHER}[^“”「」『』]{{0,4}}{_JOINING})[^“”「」『』]{{0,4}}$"
)
# A character every one of the `_HIGHER` words holds: a clause with none of them names no higher level.
_HIGHER_CHARS = re.compile("[全各省国中上自]")


def _higher_programme(clause: str) -> bool:
    """`_HIGHER_PROGRAMME.search(clause)`, asked only of a clause holding a character of a higher level's word (most
    clauses hold none: the one-class scan is cheaper than the pattern's alternatives at every character)."""
    return _HIGHER_CHARS.search(clause) is not None and _HIGHER_PROGRAMME.search(clause) is not None


# (round Z) A campaign the case joins, quoted right after 结合/落实/响应/贯彻 (`三是结合“物业服务质量提升行动”`,
# `作为落实“老年助餐服务行动”的重点项目`, `结合“在职党员回社区”活动`): a higher level's programme, not the case's
# name (GUIDELINES: nationwide or province-wide programmes). First sight: d1283 (44th set), d1295 (45th), d648 (26th).
_JOINED_CAMPAIGN = re.compile(r"(?:结合|落实|响应|贯彻)(?:好|了)?$")
_JOINED_CAMPAIGN_ENDS = endings(_JOINED_CAMPAIGN)
# A numbered heading's marker (`3.`, `四、`, `（二）`, `第三，`, `②`, `⑵`, `做法二：`) before its lead's verb.
_HEADING_MARKER = re.compile(
    r"\s*(?:\d+[.．、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[，,、]"
    rf"|{ONE_CHARACTER_ITEM}|{LABELLED_ITEM})\s*"
)


def _heading_scare_quote(q: QuoteContext) -> bool:
    """`3.建强“红邻圈”：把服务阵地搬到家门口`: a word quoted once in a numbered heading, or at the opening of a
    paragraph, after a work verb, the heading going on after it, is a scare quote of the lead (GUIDELINES h347);
    a count-name (`用好“三室”`) or a rule is judged
    as one."""
    body, start = q.body, q.start
    if q.next_char not in ("：", ":", "，", ","):
        return _lead_word_quoted(q)  # (round AB) the heading going on with a word
    line_start = body.rfind("\n", 0, start) + 1
    marker = _HEADING_MARKER.match(body, line_start)
    # (an unnumbered paragraph opening with the lead, `织密“帮扶网”，以党员为主体…`, is a run-in measure's lead too:
    # real set r014)
    verb = body[marker.end() if marker else line_start : start]
    if verb not in cues().heading_work_verbs:
        return False  # (asked before the term is read: the line's own words decide most quotes)
    term = q.term
    word = _HAN_WORD.fullmatch(term) is not None  # `做实“街坊事·街坊议”`: a rule, not a word
    return word and body.count(term) == 1 and not _NUMERAL_OPENING.match(term)


# (round AB) The same scare quote where the heading runs on with its own noun or verb (`1．建强“领号”队伍把方向`,
# `4.用好“更新资金”办实事`) or is a run-in lead of a list (`具体做法一是建强“帆骨”组织体系`, RULEBOOK metaphors
# "also inside a lead"): a word quoted once there is the lead's image, not a name. A heading that ends at the quote
# (`①用好“桃花议事会”。`) is left to the other rules (as often the case's own thing). First sight: d1124 (50th set),
# d1158 (51st), d1586 (63rd).
# (review AB: the run-in lead moves one text, d1586; kept, the RULEBOOK's own kind and example, `建强“帆骨”组织体系`)
_RUN_IN_LEAD = re.compile(r"[一二三四五六七八九十]是$")


def _lead_word_quoted(q: QuoteContext) -> bool:
    """(The heading's words are read first and the whole body counted last: most quotes stand in no heading.)"""
    if not _HAN_WORD.match(q.next_char):
        return False
    body, start = q.body, q.start
    lead = body[body.rfind("\n", 0, start) + 1 : start]
    verb = first_suffix(lead, cues().heading_work_verbs)  # (longest first: the first verb the lead ends with)
    if verb is None:
        return False
    before = lead[: -len(verb)]
    if _HEADING_MARKER.fullmatch(before) is None and _RUN_IN_LEAD.search(before) is None:
        return False
    term = q.term
    return _HAN_WORD.fullmatch(term) is not None and body.count(term) == 1 and not _NUMERAL_OPENING.match(term)


# (round AF) The quoted key word a numbered heading opens with, the heading going on after it
# (`（三）“暖屋”：精准服务暖民心`, `（4）“盐味”服务，打造…`, a number on its own line and then `“背篓队”组起来`):
# RULEBOOK `## brands` short forms, "the quoted key word of a numbered heading is a heading device, not a brand
# (`（一）“议”字当先，…`)", when the body never writes the word again, neither alone nor inside another name (a
# brand's short form heading its section, `“驿家”开到楼门口` beside `秀容驿家`, stays: the RULEBOOK line after it).
# First sight: d1164 (51st set), d1183 (52nd), d1389 (55th), d1876 and d1882 (73rd).
_NUMBER_LINE = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*")
_MARKER_LAST = last_chars(_HEADING_MARKER)  # (a heading marker's last character, or the space or newline before)


def _heading_key_word(q: QuoteContext) -> bool:
    """(Asked only where the quote follows a heading marker's last character or a line break.)"""
    body, start = q.body, q.start
    if q.next_char in ("\n", ""):
        return False  # a heading that is only the name names it
    line_start = body.rfind("\n", 0, start) + 1
    lead = body[line_start:start]
    if lead.strip():
        if _HEADING_MARKER.fullmatch(lead) is None:
            return False
    elif line_start == 0:
        return False
    elif _NUMBER_LINE.fullmatch(body, body.rfind("\n", 0, line_start - 1) + 1, line_start - 1) is None:
        return False  # (a line of its own above the quote holding only the section's number)
    return body.count(q.term) == 1


# A file per unit (`一楼一档`, `一院一档`, `一户一册`): the record the case keeps for each building or home.
_FILE_PER_UNIT = re.compile(r"^一[\u4e00-\u9fff]{1,2}一(?:档|册|簿|账|表)$")
_RECORD_VERBS = ("建立", "建起", "建好", "建", "制作", "编制", "整理", "形成", "完善", "录入")
# The verbs one of which must lead into a quote for `_record_built`, `_structure_formed`, `_home_nicknamed` and
# `_person_nicknamed` (through NICKNAMING) or `_method_explored` to hold: asked once, before any of them.
_VETO_LEAD_VERBS = (*_RECORD_VERBS, "形成", *NICKNAMING, "探索")


def _record_built(q: QuoteContext) -> bool:
    """`为263栋楼建立“一楼一档”`: a file per unit the case builds is a record, like the nationwide `一人一档`
    (GUIDELINES h101, h372); the same formula put in force as a rule (`实行“一屋一档”管理`) is the case's own."""
    if not q.led_by(_RECORD_VERBS):
        return False  # (asked first: the verb before the quote)
    return _FILE_PER_UNIT.match(q.term) is not None


# A card pinned up or written in (`楼道里贴出了一张“…卡”`, `把电话记在“…卡”上，贴在门后`): a notice on a wall
# or a record of a person's data, like a record book (GUIDELINES h347, h796 `守望卡`); a card the case hands out
# (`发放“暖阳卡”`, h472) or prints its members' numbers on (`印在“连心卡”上`) is judged as a name.
_CARD_POSTED_BEFORE = re.compile(r"(?:贴出|贴上|贴了|张贴|记在|记到)[^，,。；;：:！？]{0,8}$")
_CARD_POSTED_AFTER = re.compile(r"^上[，,]?(?:贴|张贴)")


def _card_posted(q: QuoteContext) -> bool:
    """`在楼道里贴出“连心卡”`, `记在“守望卡”上`: a card posted or filled in is a notice or a record, not a name."""
    if "卡" not in q.inner:
        return False  # (asked first: no 卡 in the quote, so none ends its cleaned term)
    return q.term.endswith("卡") and (
        _CARD_POSTED_BEFORE.search(q.clause) is not None or _CARD_POSTED_AFTER.match(q.body, q.end) is not None
    )


@lru_cache(maxsize=1024)  # the per-quote rules ask for the same clause again (`_vetoed` and three of its helpers)
def _clause_before(body: str, start: int, width: int = 30) -> str:
    return _CLAUSE_BREAK.split(body[max(0, start - width) : start])[-1]


# The characters `_PRIORITY_VERB` can end with (为, 作, 成 of its verbs, 的 after them, or the newline `$` stands
# before): no other character right before the quote gives a rank.
_PRIORITY_LAST = last_chars(_PRIORITY_VERB)
_PRIORITY_FOLLOWERS = ("工程", "项目", "来抓", "来推进", "来推动", "来落实")


def _priority_given(q: QuoteContext) -> bool:
    """`市委把城市基层党建作为“书记工程”`, `把老年友好社区建设作为“一把手”工程`, `把冬季照护作为“头号民生工程”来抓`:
    the rank a piece of work is given (who leads it, how high it stands: a plain word), not a name of the case's
    own; a coined one (`把…作为“书记领航”工程`) and a name the work is put under (`作为“驼城先锋”下一阶段的重点`)
    stay names."""
    body, start, end = q.body, q.start, q.end
    if not _PRIORITY_VERB.search(body, max(0, start - 16), start):
        return False  # (asked first: 作为, or 作为…的, right before the quote; neither breaks a clause)
    if not _PRIORITY_LEAD.search(_clause_before(body, start, 40)):
        return False
    term = q.inner
    rank = _RANK_WORKS.sub("", term)  # `头号民生工程` → 头号; `书记领航` is coined, a name
    projected = term != rank or body[end : end + 3].startswith(_PRIORITY_FOLLOWERS)
    return projected and is_dictionary_word(rank)


_HOUSING_UNITS = ("楼", "楼院", "小区", "院落", "楼栋", "大院", "楼房", "平房", "小院")
_HOUSING_COUNT = re.compile(rf"^(?:有|共有|共|达)?[{_NUMERAL}]+(?:栋|幢|个|处|座|户)")


def _housing_counted(q: QuoteContext) -> bool:
    """`无人管理的“无主楼”96栋`, `无物业管理的“散居楼院”有68个`, `“三无小区”164个`: a kind of housing the text counts is
    a category of the place (a problem or a building type, like `三无小区` and `筒子楼`), not a name; housing the
    case builds and counts under its name (`建成“汇心小院”27个`) is led by the building verb and stays a name."""
    if not q.inner.endswith(_HOUSING_UNITS) or not _HOUSING_COUNT.match(q.after[:8]):
        return False
    return not q.led_by((*cues().leaders, "设", "建", "新建", "建起", "建好"))


# (round AB, RULEBOOK `## brands`: "Not when … reached as a result (`实现…`, `形成了…的格局/组织网络`)") the
# network, structure or system a formula is said to form (`形成“一巷一组一长”的组织架构`, d1655 75th set), and
# the plan a meeting forms, a plain member of these results (`形成了“定点、定时、定责”的管理方案`, d1629 74th
# set; RULEBOOK: a plan residents proposed, `采纳了…方案`, is no brand)
_FORMED_STRUCTURE = re.compile(r"的[\u4e00-\u9fff]{0,4}(?:网络|架构|体系|方案)")


def _structure_formed(q: QuoteContext) -> bool:
    """`形成“一楼一组一员”的组织网络`: the structure a formula is said to form is a result, not a name; one the case
    builds (`构建“…”组织体系`) is judged by the other rules."""
    return q.led_by(("形成",)) and _FORMED_STRUCTURE.match(q.body, q.end) is not None


_TARGETS = ("全覆盖", "全域覆盖", "全面覆盖")


def _target_reached(q: QuoteContext) -> bool:
    """`实现党群服务中心“15分钟服务圈”全覆盖`: what the case aims to cover everywhere is a target reached, a result
    (GUIDELINES h326: a circle reached as a target), whatever words stand between 实现 and the quote."""
    return q.after.startswith(_TARGETS) and _TARGET_LEAD.search(q.clause) is not None


def _home_nicknamed(q: QuoteContext) -> bool:
    """`骑手们亲切地称之为“骑手之家”`: a `…之家` named only by the people who use it, the nickname its users give a
    rest point, is generic like `工友之家` (GUIDELINES h326); `称它为“连心梯”` names a thing the case built."""
    if "家" not in q.inner:
        return False  # (asked first: no 家 in the quote, so no 之家 ends its cleaned term)
    term = q.term
    stem = term[: -len("之家")] if term.endswith("之家") else ""
    return bool(stem) and q.led_by(NICKNAMING) and _made_of(stem, generic_kinds().service_modifiers)


def _person_nicknamed(q: QuoteContext) -> bool:
    """`被居民称为“电工书记”`: a nickname residents give a person, a role word after what they do for them, is a title
    (GUIDELINES h447), like a plain role; a corps or a place so named (`称他们为“钢花修补队”`, `称它为“连心梯”`) and a
    role with the case's mark (`红帆船长`) are names."""
    if not q.led_by(NICKNAMING):
        return False  # (asked first: a naming verb right before the quote)
    term = q.term
    c = cues()
    role = first_suffix(term, c.role_suffixes, proper=True) or first_suffix(term, c.nickname_people, proper=True)
    marked = any(mark in term for mark in c.brand_marks)
    return role is not None and not marked


# The people a name is given to: a personal pronoun after the naming verb (`邻居们都叫他“…”`, `大家叫他们“…”`),
# people the text points at before it (`居民把这些党员户亲切地叫作“…”`), or residents calling the subject so
# (`被居民亲切地称为“…”`).
_RESIDENTS = "(?:居民|群众|大家|村民|邻居|街坊|老人|孩子|商户|工友|乡亲)们?"
_PEOPLE_NAMED = re.compile(
    r"(?:(?:叫|称|喊|管)(?:他|她)们?(?:为|作|做|叫)?"
    r"|把(?:这些|这批|这群|他们|她们)[^，。；：“”「」『』]{0,8}(?:叫作|叫做|称为|称作)"
    rf"|被{_RESIDENTS}[^，。；：“”「」『』]{{0,4}}(?:称为|称作|叫作|叫做|誉为))$"
)


# The characters `_PEOPLE_NAMED` can end with: the pronoun, 们, the naming verb's last character (or the newline `$`
# stands before).
_PEOPLE_NAMED_LAST = last_chars(_PEOPLE_NAMED)
_FACILITY_END = re.compile(r"[站屋厅馆室园场点角廊亭坪]$")


def _people_nicknamed(q: QuoteContext) -> bool:
    """`邻居们都叫他“灯笼大爷”`, `被居民亲切地称为“亦庄小太阳”`, `把这些党员户亲切地叫作“灯笼户”`,
    `被居民戏称为“三老片区”`: what residents call people, or their streets and blocks, however it ends, is a
    title or a nickname, not the case's name (GUIDELINES h447 `电工书记`, h846 `亦庄小太阳` and place nicknames,
    h871 `灯笼户`; first sight: d658, d812, d864, d898, d909, sets 26, 32, 34, 35, 36). The thing or corps named
    after the quote (`被居民称为“江岸红哨”的队伍`, `“红灯巡楼”队`), a named place or post (`被居民称为“红帆议事厅”`,
    `叫他们“同心院长”`), a place the case runs (`服务站被群众称为“…”`) and the case's mark keep it."""
    body, start = q.body, q.start
    named = _PEOPLE_NAMED.search(body, max(0, start - 24), start)
    if named is None:
        return False
    passive = body[named.start() : named.start() + 1] == "被"
    if passive and _FACILITY_END.search(body, max(0, named.start() - 2), named.start()):
        return False  # `“…”服务站被群众亲切地称为“雪域暖心窝”`: the nickname of a place the case runs, a name (h372)
    term = q.term
    c = cues()
    if any(mark in term for mark in c.brand_marks) or q.next_char == "的":
        return False
    after = listed_after(q.after)
    return not (after.startswith(c.followers) or _names_a_place(after) or first_suffix(term, c.name_suffixes))


def _combined_with(q: QuoteContext) -> bool:
    """`将把“长白红枫”与“石榴籽”工程结合起来`, `把“煤城老街坊”与“红色安源”文化研学结合起来`: the case's own named
    work joined with another programme; the other is a national, provincial or city programme (a place's
    Party brand, a nationwide metaphor), not the case's name."""
    body, start, end = q.body, q.start, q.end
    if body.find("合", end, end + 40) < 0 and body.find("衔", end, end + 40) < 0:
        return False  # (asked first: no 结合, 融合 or 衔接 can follow without 合 or 衔 in the window)
    after = _CLAUSE_BREAK.split(body[end : end + 40])[0]
    if _COMBINED_AFTER.search(after) is None:  # (asked first: anchored, the cheaper of the two)
        return False
    return _COMBINED_BEFORE.search(_clause_before(body, start, 60)) is not None


# (round AB) 就是 + a named district, street, community or town + an optional verb of running it + 的 before the quote
# (`这盏灯，就是顺河回族区推行的“顺河和睦灯”`, `这就是长沙街道推行的“侨圩灯语”`, `这张桌子，就是钟楼街道的
# “红椒议事桌”`): the text says whose practice the thing is, naming it, not likening it (`笑称这是院子里的
# “小宪法”`, `是我们社区的“主心骨”`: no named unit; `第一件是城东街道的“画墙议事”`, a story told, not 就是).
# First sight: d1274 (44th set), d1503 (60th), d1537 (61st).
_OWNED_BY_UNIT = re.compile(
    r"就是(?![我你他她咱这那每全各本])[\u4e00-\u9fff]{2,8}(?:街道|社区|区|镇|县|市)"
    r"(?:推行|推出|打造|开设|创办|实行|建立|设立)?的$"
)


def _predicate_likeness(q: QuoteContext) -> bool:
    """`居民们笑称这是院子里的“小宪法”。`, `成为群众身边的“贴心人”`: a quote that ends its clause as the predicate
    noun of 是/成为/当好 after a 的 phrase is a metaphor for what the thing is
    (GUIDELINES: metaphors are not brands)."""
    if q.next_char not in _SENTENCE_END:
        return False  # the quote does not end its clause (asked first: the cheapest test)
    before = q.clause
    if not before.endswith(_PREDICATE_LEAD_ENDS):
        return False  # (the pattern that makes a likeness, the last below, ends in 的 right before the quote)
    if _BUILT_BY_CASE.search(before):
        return False  # `这是社区党委开设的“槐荫茶座”`: what the case built, named (GUIDELINES h372 `荷城夜校`)
    if _OWNED_BY_UNIT.search(before):
        return False  # (round AB) `这就是长沙街道推行的“侨圩灯语”`: the unit's own practice, named
    return _PREDICATE_LEAD.search(before) is not None


# (round Z) Two quoted predicates of 是 in parallel clauses (`驿站不仅是“歇脚点”，更是“暖心站”`,
# `汛期是“保命网”，平时是“连心网”`, `过去是“…”，现在是“…”`): what a thing is likened to, twice, metaphors
# (GUIDELINES: metaphors are not brands). First sight: d1244 (43rd set), d1314 (45th), d408 (16th).
_PAIRED_IS = re.compile(
    r"是[“「『]([^“”「」『』]{1,12})[”」』][，,；;](?:[^“”「」『』，,。；;]{0,6})"
    r"是[“「『]([^“”「」『』]{1,12})[”」』][。，,；;！!]"
)


def _paired_predicate(q: QuoteContext) -> bool:
    body, start, end = q.body, q.start, q.end
    if body[start - 1 : start] != "是":
        return False  # (asked first: either quote of a pair opens right after its 是)
    for m in _PAIRED_IS.finditer(body, max(0, start - 24), min(len(body), end + 24)):
        if start in (m.start(1) - 1, m.start(2) - 1):
            return True
    return False


# (round Z) A quote that ends its clause right after a plain verb of becoming, in a clause with no 把/将/被
# (`议事会就会变成“清谈会”。`, `这些家属院成了“无主楼院”，`, `…留在老家，成了“隐形党员”。`): the state a thing fell
# into, a likeness or a problem (GUIDELINES: metaphors and problems are not brands). What the case made of a thing
# (`把它变成“…”`, `改造成了“…”`, `结成了“…”`) is not this. First sight: d1240 (43rd set), d1323 (47th), d886 (35th).
_BECAME = re.compile(r"(?:变成|变为|沦为|(?<![结建改组造形做搭打练制编合整换落汇变])成了)$")
_BECAME_ENDS = endings(_BECAME)  # (what a clause it finds ends with)


def _became_state(q: QuoteContext) -> bool:
    if q.next_char not in _SENTENCE_END:
        return False
    clause = q.clause
    # (asked first: the clause ends in one of `_BECAME`'s verbs)
    return clause.endswith(_BECAME_ENDS) and _BECAME.search(clause) is not None and not _MADE_TO.search(clause)


def _method_explored(q: QuoteContext) -> bool:
    """`街道还探索“以商养居”，把…`, `探索“产权单位回归”，动员…`: a way the case tries out, ending its clause, is a
    method label (GUIDELINES h372 `以商养居`); one the text calls a model or method (`探索“坊巷共治”工作法`) or that
    goes on to act (`探索“楼院议事”破解…`) names the case's own."""
    if not q.led_by(("探索",)):
        return False
    # (round AB, RULEBOOK `## brands`: "Not when … `探索…的办法/路径`") and one explored as the way or path of something
    # (`探索“以院养院”的经费保障办法`, d1647 75th set)
    return q.next_char in ("，", ",", "。", "；", ";") or _EXPLORED_WAY.match(q.body, q.end) is not None


_EXPLORED_WAY = re.compile(r"的[\u4e00-\u9fff]{0,6}(?:办法|路径|路子)")


# What must follow a quote for `_listed_with_plain_items` to hold: another quote of the run, or 、 or 等 within the
# next four characters (a plain item of one to three characters before its 、, or 等服务 at once).
_LISTED_NEAR = re.compile(r"[、和及与“「『]|.{0,3}[、等]")
_MORE_QUOTES = re.compile(r"(?:[、和及与]?[“「『][^“”「」『』]{1,20}[”」』])*")
# Unquoted items of the same list, then 等 and the kind they are examples of (`、儿童托管等功能区`), maybe after the
# quote's own head (`说唱队、`); or service items the list closes with 等服务 (`“助餐送餐”“代购代办”等服务清单`).
_PLAIN_ITEMS = re.compile(
    r"(?:[\u4e00-\u9fff]{1,3})?、[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})*等|等服务(?:清单|项目|事项|内容)"
)


def _listed_with_plain_items(q: QuoteContext) -> bool:
    """`设置“民族团结讲堂”“邻里食堂”、儿童托管等功能区`: two or more quotes listed with unquoted common items before 等
    are examples of a kind of room, troupe or service the case has, written the way the genre lists facilities, not the
    case's names; so are quoted service items listed as a service menu (`“助餐送餐”“代购代办”等服务清单`). One quote
    among plain items (`设置“红色课堂”、健康小屋、儿童托管等功能区`, d04's gold) may still be the case's own room."""
    body, start, end = q.body, q.start, q.end
    after = _MORE_QUOTES.match(body, end).end()
    if _PLAIN_ITEMS.match(body, after) is None:
        return False  # (asked first: no unquoted items or service menu after the quotes)
    run = sum(body.count(q, start, end) for q in "“「『") >= 2  # (a run of quotes is judged at once)
    listed = run or after > end or body[max(0, start - 2) : start].rstrip("、和及与").endswith(("”", "」", "』"))
    named = body[after : after + 4].startswith(cues().followers)  # `“…”“…”品牌、…等`: the text calls them names
    return listed and not named


# `“园林绿化、市政设施、市容环卫、综合执法”四大监管领域`: the parts a count right after the quote counts (RULEBOOK
# count-names: "the parts of a count-name listed before or after it", `“需求、资源、项目”三张清单`; real set r055)
_COUNT_AFTER_PARTS = re.compile(r"[两二三四五六七八九十]{1,2}(?:大|个|类|项|种|张|条|方面)")


def _parts_of_a_count(q: QuoteContext) -> bool:
    m = _COUNT_AFTER_PARTS.match(q.after)  # (asked first: most quotes have no count after them, and are not split)
    if m is None:
        return False
    parts = _LIST_COMMA.split(q.term)
    return len(parts) >= 2 and parse_chinese(m.group(0)[:-1]) == len(parts)


# `构建“群防群治、全民参与”的应急消防新格局`: a state described at more length after 的 is reached, not named
# (real set r039)
_LONG_STATE_AFTER = re.compile(r"的[\u4e00-\u9fff]{3,6}(?:格局|局面|态势)")


@lru_cache(maxsize=1)
def _result_head() -> re.Pattern[str]:
    return re.compile(rf"^[\u4e00-\u9fff]{{0,2}}(?:{'|'.join(cues().result_heads)})")


# The patterns the per-quote helpers above use, compiled once (each was looked up in `re`'s cache per call).
_CLAUSE_BREAK = re.compile(r"[。！？!?；;，,：:\n]")
_CLOSING_QUOTE = re.compile(r"[”」』]")
_CLAUSE_OR_QUOTE_END = re.compile(r"[。！？!?；;，,：:\n”」』]")
_CLAUSE_OR_QUOTE = re.compile(r"[。！？!?；;，,：:、“”「」『』\n]")
# A window up to its last clause break (or, the second, its last break, list comma or quote mark), matched from the
# window's start: `quote_context` reads what follows it, the last piece `_CLAUSE_BREAK.split` (`_CLAUSE_OR_QUOTE.split`)
# would give, without building the list of pieces.
# Built from the two classes above, so that a mark added to one is in its window too.
_UP_TO_CLAUSE_BREAK = re.compile(r"(?s).*" + _CLAUSE_BREAK.pattern)
_UP_TO_CLAUSE_OR_QUOTE = re.compile(r"(?s).*" + _CLAUSE_OR_QUOTE.pattern)
_COUNT_OPENING = re.compile(r"^([一二两三四五六七八九十])([\u4e00-\u9fff])")
_PLAN_QUALIFIER = re.compile(r"^(?:工作|总体|基本|治理)(?=思路|理念|目标|原则|要求)")
_PLAN_QUALIFIER_OPENINGS = openings(_PLAN_QUALIFIER)  # (what `_PLAN_QUALIFIER` opens with)
_OUTSIDERS_NICKNAME = re.compile(
    r"被(?:网友|外界|人们|世人|媒体|游客|外地人)[^，。；：“”「」『』]{0,3}(?:称为|誉为|称作|叫作)$"
)
_OUTSIDERS_NICKNAME_ENDS = endings(_OUTSIDERS_NICKNAME)  # (what a text it finds ends with)
_CALLED_PROBLEM = re.compile(r"^(?:这个|这一|这些)[^，。；“”]{0,10}(?:问题|难题|课题|痛点|难点)")
_CALLED_PROBLEM_OPENINGS = openings(_CALLED_PROBLEM)
# (round AH, RULEBOOK `## brands` formulas: "Not when introduced as a 思路/原则/理念/要求/目标…") the same principle
# words framing the quote from both sides, `以“…”为理念`, `以“…”为目标`, `以“…”为遵循`: the slogan the case works by,
# a sentence or an aim, not the name of its practice (`以“一个楼道就是一个家”为理念`). `为主题`/`为主线` stay out: the
# guidelines read them as no cue either way, and the gold lists themes so framed (`以“小院春风”为主题`).
_FRAMED_AS_PRINCIPLE = re.compile(
    r"^为(?:工作|服务|治理|核心)?(?:理念|目标|原则|宗旨|标准|要求|思路|方向|导向|遵循|准则)"
)


def _led_by(body: str, start: int, verbs: tuple[str, ...]) -> bool:
    """Does one of `verbs` end right before the quote, maybe with an aspect particle (`构建起“…”`)?"""
    before = body[max(0, start - 7) : start]
    return before.endswith(verbs) or (before[-1:] in _ASPECT and before[:-1].endswith(verbs))


def _quote_runs(body: str) -> list[list[tuple[re.Match[str], str, int]]]:
    """Quotations in order, grouped when only a 、 (or 和/与/及) separates them."""
    runs: list[list[tuple[re.Match[str], str, int]]] = []
    last_end = 0
    for m in _QUOTED.finditer(body):
        group = m.lastindex or 0  # (the one of the groups that took part)
        item = (m, m.group(group).strip(), m.start(group))
        # (`_LIST_GAP` matches at most two characters, a mark and a newline: a longer gap is not sliced and tried)
        gap = m.start() - last_end
        if runs and gap <= 2 and _LIST_GAP.match(body[last_end : m.start()]):
            runs[-1].append(item)
        else:
            runs.append([item])
        last_end = m.end()
    return runs


@lru_cache(maxsize=1)
def _unquoted_pattern() -> re.Pattern[str]:
    """`培育了园区青年汇服务品牌` → 园区青年汇: a verb, the name, an optional kind of service, 品牌."""
    verbs = "|".join(map(re.escape, cues().unquoted_leaders))
    kinds = "|".join(map(re.escape, cues().unquoted_kinds))
    return re.compile(rf"(?:{verbs})(?:成了|了|成|出)?([\u4e00-\u9fff]{{3,8}}?)(?:{kinds})?品牌")


def unquoted_brands(body: str) -> list[tuple[str, int]]:
    """Names without quotes that the text itself calls a brand, with their offsets."""
    c = cues()
    found: list[tuple[str, int]] = []
    if "品牌" not in body:
        return found  # (every match ends in 品牌: a body without the word is not scanned)
    for m in _unquoted_pattern().finditer(body):
        name = m.group(1)
        if _NOT_IN_UNQUOTED.search(name) or any(word in name for word in c.unquoted_not_in_name):
            continue
        if name in c.not_brands or is_dictionary_word(name):
            continue
        found.append((name, m.start(1)))
    return found


# A programme the case runs, named in 《》 (`开办《国门夜话》广播栏目`); other 《》 names are documents, or
# programmes of others (`央视《焦点访谈》栏目报道`).
_PROGRAMME = re.compile(
    r"(?:开办|开设|创办|推出|开通|打造)(?:了|起)?《([^《》\n]{2,10})》(?:广播|电台|电视|网络|线上|视频)?(?:栏目|节目|专栏|直播间|频道)"
)


def programme_titles(body: str) -> list[tuple[str, int]]:
    if "《" not in body:
        return []  # (every match holds 《: a body without one is not scanned)
    return [(m.group(1), m.start(1)) for m in _PROGRAMME.finditer(body)]


def _footer_lines(body: str) -> list[tuple[int, int]]:
    """Spans of lines that link to other articles (`下期预告：…`, `推荐阅读`), and the short link lines
    under a line that is only such a label (`往期推荐` / `▶“红色讲解员”走进校园` / …)."""
    footer_cues = cues().footer_cues
    if _any_of(footer_cues).search(body) is None:
        return []  # (no line holds a cue, so no line is a footer: one scan of the body, not one per line)
    spans = []
    offset = 0
    in_block = False
    for line in body.splitlines(keepends=True):
        if in_block and 0 < len(line.strip()) <= FOOTER_LINK_CHARS:
            spans.append((offset, offset + len(line)))
        elif _any_of(footer_cues).search(line):
            label = clean_term(line).strip(" 　【】[]>▶｜|：:■□★☆⊙◎●◆")
            if label.startswith(footer_cues):
                spans.append((offset, offset + len(line)))
            in_block = label in footer_cues
        else:
            in_block = False
        offset += len(line)
    return spans


def _parts_of_counts(terms: dict[str, int], body: str) -> set[str]:
    """Terms that are the parts of a counted name (`“两个清单”` … `“工作事项清单”和“印章使用清单”`), named near it; a
    list named far from the count (`“三张清单”` … later `推出“岛民服务清单”`) is another of the case's lists."""
    counts = {(m.group(1) or m.group(2), at) for t, at in terms.items() if (m := _COUNTED_HEAD.match(t))}
    counts = {(h, at) for h, at in counts if h[0] not in _NUMERAL}  # `四个一` counts no noun

    def near(t: str, at: int) -> bool:
        return any(abs(s - at) <= PARTS_NEAR for s, _ in _spans(body, t))

    return {
        t
        for t in terms
        if not _COUNTED_HEAD.match(t) and any(t.endswith(h) and t != h and near(t, c) for h, c in counts)
    }


# A quoted name that opens a headline, at its start or after the place prefix (`宜都：“红色物业”进小区`).
_HEADLINE_NAME = re.compile(r"^(?:[^“「『:：]{0,12}[:：])?\s*[“「『]([^”」』]{2,20})[”」』]")


def _named_in_body(body: str, term: str) -> bool:
    """Does the body name `term` at one of its quotes (a cue or its shape, `looks_like_name`)?"""
    quotes = [q for q in _QUOTED.finditer(body) if clean_term(_quoted_inner(q)) == term]
    return any(looks_like_name(body, q.start(), q.end(), term) for q in quotes)


def headline_name(title: str | None, body: str) -> str | None:
    """The case's name when the headline opens with it, introduces it with a naming verb
    (`…街道探索“楼院议事”破解…`) or calls it a service or model (`科创园区里的“红链”服务`), and the body uses it.

    Headlines lead with the case's own name (`“红色网格”里的暖心事`); a famous place or a metaphor there
    (`「三坊七巷」里的…`) is a dictionary word or absent from the body, and is left out. A name the body
    never repeats counts when it is coined with the genre's brand mark (`“林海红哨”守护林区小城安宁`).
    """
    text = (title or "").strip()
    m = _HEADLINE_NAME.match(text)
    candidates = [m.group(1)] if m else []
    leaders = cues().leaders
    candidates += [
        _quoted_inner(q)
        for q in _QUOTED.finditer(text)
        if _led_by(text, q.start(), leaders) or text[q.end() :].startswith(cues().followers)
    ]
    for raw in candidates:
        term = clean_term(raw)
        in_body = term in body
        marked = len(term) >= 4 and any(mark in term for mark in cues().brand_marks)
        if not (in_body or (m and raw == m.group(1) and marked)):
            continue
        if term in cues().not_brands or is_dictionary_word(term) or _SENTENCE_INSIDE.search(term):
            continue
        if is_generic_form(term) or "的" in term:
            continue
        if len(term) > MAX_CLAUSE_CHARS and not _JOINING_MARKS.search(term) and not term.endswith(cues().name_suffixes):
            continue  # `“把各方力量凝聚起来建设社区”（…风采）`: a quoted saying over a profile, a sentence (real r026)
        if PLUS_SIGN.search(term) and not _named_in_body(body, term):
            continue  # `“数治+网格”让治理更聪明` … `通过“数治+网格”`: a `+` formula needs a naming cue, as in the body
        if _building_type(term) and not text[text.find(raw) + len(raw) + 1 :].startswith(cues().followers):
            continue  # `章贡区：“客家围屋”里议出…`: a landmark of the place, not a name the case gave
        if any(
            clean_term(_quoted_inner(q)) == term
            and (_vetoed(body, q.start(), q.end()) or is_speech(body, q.start(), term, q.end()))
            for q in _QUOTED.finditer(body)
        ):
            continue  # the body calls it a result, a principle or speech (`实现“小事不出楼”`)
        return term
    return None


# A count-name right after a quoted list of its parts (`“需求、资源、项目”三张清单`): numeral, measure word, head.
_COUNT_AFTER_LIST = re.compile(r"([一二两三四五六七八九十])([个张项条类本套])([\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff])")
_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _counted_lists(body: str, eligible: list[tuple[str, int, re.Match[str], bool]]) -> list[tuple[str, str, int]]:
    """(quoted list, count-name, offset): the case names its lists by their count (`“需求、资源、项目”三张清单`),
    the count-name is the brand and the list of parts in front of it is not (GUIDELINES, decided for h76)."""
    found = []
    for term, _, m, _ in eligible:
        clauses = term.split("、")
        after = _COUNT_AFTER_LIST.match(body, m.end())
        if (
            len(clauses) >= 2
            and after
            and _CHINESE_DIGITS[after.group(1)] == len(clauses)
            and after.group(3).endswith(cues().list_heads)
        ):
            found.append((term, after.group(0), after.start()))
    return found


def _short_forms(
    body: str, brands: dict[str, int], eligible: list[tuple[str, int, re.Match[str], bool]], vetoed: set[str]
) -> list[tuple[str, int]]:
    """A brand's short form used as a name (GUIDELINES: `邻里红管家` and `红管家`): the tail of a brand of four
    or more characters, quoted on its own (`“林海红哨”` … 吹响`“红哨”`). A bare tail (`建成邻里汇7处`) is left
    out: cut at any character it gives half-words (`建联盟`, `级联动`) and generic heads (`议事角`)."""
    found = []
    quoted = {t: s for t, s, _, _ in eligible if t not in vetoed}
    quoted_any = {t: s for t, s, _, _ in eligible}
    for brand in [b for b in brands if "·" in b]:
        for part in brand.split("·"):
            if part in quoted and part not in brands and len(part) >= 2 and not is_generic_form(part):
                found.append((part, quoted[part]))  # `“草原枫桥·红石榴”工作法` … `“草原枫桥”帮办队`
    for brand in [b for b in brands if len(b) >= 4 and _HAN_WORD.fullmatch(b)]:
        for cut in range(1, len(brand) - 1):
            tail = brand[cut:]
            if tail not in quoted_any:
                continue  # (both ways a tail is kept need it quoted: most tails are not, and skip the tests below)
            if tail in cues().talk_short_forms and not brand.startswith(tail):
                found.append((tail, quoted_any[tail]))  # `“夜话”` beside `窑湾夜话` (GUIDELINES h276, h746, h771)
                continue
            if tail in brands or is_generic_form(tail) or tail in cues().not_brands or _post_over_housing(tail):
                continue  # (`楼管家` beside `红石楼管家`: the post over a housing unit, a role like `小院长`, h472)
            if tail in quoted and not is_dictionary_word(tail) and not _word_or_thing_quoted(body, tail, eligible):
                found.append((tail, quoted[tail]))
    return found


# A quote of a brand's short form that speaks of the word or of the thing it is named after, not of the case's
# practice: a gloss of its syllables (`为什么叫“红榕”？`, `“红窑”取自当地…`, `寓意…`) or the object or people counted
# (`一杆“红秤”称出…`, `一盏盏“煤灯”`, `这群“老矿工”`, `设一张“议事桌”`).
_GLOSS_BEFORE = re.compile(r"(?:叫|叫做|取名|命名为|名为|起名)$")
# (round AD) and the gloss that says which dialect the word is from (`“说和”是当地方言，意思是…` d1799 70th set,
# `“搭子”，是上海话里伙伴的意思` d1898 78th): a dialect word of the brand read as a word, like `取自`, `意思是`
_GLOSS_AFTER = re.compile(
    r"^(?:[，,]?(?:取自|寓意|意为|意思是|意即|谐音|得名|的寓意|的含义|的意思|的由来|二字|两个字|这个名字"
    r"|是(?:当地|本地)?(?:方言|土话)|是[\u4e00-\u9fff]{1,3}(?:方言|土话|话)(?:里|中)))"
)
# (round AD, data) `对`, a pair, joins the measure words of a thing counted (`就是一对“搭子”`, d1898 78th set), a plain
# member of this class like 张, 面
_THING_COUNTED = re.compile(
    r"(?:[一两几每](?:杆|盏|张|面|把|根|块|棵|株|束|对)|[一二两几每]([杆盏张面把根块棵株束])\1|[这那一]群)$"
)  # `一盏“煤灯”`, `一盏盏“煤灯”` (a doubled measure word: one after another), `这群“老矿工”`


def _word_or_thing_quoted(body: str, tail: str, eligible: list[tuple[str, int, re.Match[str], bool]]) -> bool:
    """Every quote of the short form glosses the word or counts the thing (GUIDELINES h597: `暖阁`, a room)."""
    quotes = [m for t, _, m, _ in eligible if t == tail]
    return bool(quotes) and all(
        _GLOSS_BEFORE.search(body[max(0, m.start() - 4) : m.start()])
        or _GLOSS_AFTER.match(body[m.end() : m.end() + 6])
        or _THING_COUNTED.search(body[max(0, m.start() - 3) : m.start()])
        for m in quotes
    )


def _spans(text: str, word: str) -> list[tuple[int, int]]:
    return occurrences(text, word)  # `re.finditer(re.escape(word), text)`'s spans, with no pattern compiled per term


def _used_alone(body: str, tail: str, covered: list[tuple[int, int]]) -> bool:
    """Is `tail` written somewhere outside the spans of the case's names and quotes (`夜话不设主席台`)?"""
    return any(not any(a <= s and e <= b for a, b in covered) for s, e in _spans(body, tail))


def _written_before(body: str, tail: str, brand: str, covered: list[tuple[int, int]]) -> bool:
    """Is `tail` written alone (outside the case's names and quotes) before the body first names `brand`? (A run-in
    heading that opens its line with it, `银龄学堂：让老人…`, names it ahead of its paragraph and does not count.)"""
    spans = [(s, e) for s, e in _spans(body, tail) if s > 0 and body[s - 1] != "\n"]
    alone = [s for s, e in spans if not any(a <= s and e <= b for a, b in covered)]
    named = body.find(brand)
    return bool(alone) and 0 <= alone[0] < named


def _unquoted_short_forms(body: str, brands: dict[str, int], title: str | None) -> list[tuple[str, int]]:
    """A brand's short form written without quotes (`夜话` beside `“江川夜话”`, `议事亭` beside `“椰风议事亭”`) or
    quoted only in the headline (`百年商街的“红色商盟”` beside `“太原街红色商盟”`): the case names its own thing by
    the name less its place or prefix (GUIDELINES h276). Only the longest tail written alone is weighed, and
    it must keep more than a common body word (`议事厅`, `学堂` refer back, brands.toml `reference_words`), a role
    (`厝长`, `楼长`), a word or a generic form. Written alone it needs four characters (`议事客厅`, `银龄学堂`):
    shorter tails (`议事坊`, `调解室`, `茶叙`) are as often the genre's word for the thing, and the annotators part
    on them; a tail the headline quotes is named."""
    c = cues()
    covered = list(_quote_spans(body))  # (the body's quotations, found once per body)
    covered += [span for brand in brands for span in _spans(body, brand)]
    in_title = {clean_term(_quoted_inner(q)) for q in _QUOTED.finditer(title or "")}
    found = []
    for brand in [b for b in brands if len(b) >= 4 and _HAN_WORD.fullmatch(b)]:
        for cut in range(2, len(brand) - 1):
            tail = brand[cut:]
            # (a `红` coinage of three, `红管家` beside `邕城红管家`, keeps the coined mark: GUIDELINES h251, h301)
            red = len(tail) == 3 and tail.startswith("红") and not is_dictionary_word(tail)
            if not (tail in in_title or ((len(tail) >= 4 or red) and _used_alone(body, tail, covered))):
                continue
            if tail not in in_title and not _used_alone(body, tail, covered + _spans(body, brand[cut - 1 :])):
                continue  # (`井台议事点` beside `红井台议事点`: the longer tail is written, `台议事点` is half a word)
            if _written_before(body, tail, brand, covered):
                # a short form refers back to the name: `红砖楼` written before `“彭城红砖楼”` is first named is the
                # text's own common noun (a red-brick building), the thing the brand is named after
                break
            role = not red and (tail.endswith(c.role_suffixes) or _plain_role(tail))
            word = is_dictionary_word(tail) or is_generic_form(tail)  # `积分`, `联动`: the tail is a common word
            body_word = first_suffix(tail, _longest_first(c.reference_words), proper=True)
            if body_word and _made_of(tail[: -len(body_word)], generic_kinds().service_modifiers):
                word = True  # `商户联盟`: a common body named by whom it gathers
            if not (tail in brands or tail in c.reference_words or tail in c.not_brands or role or word):
                found.append((tail, body.find(tail)))
            break  # a shorter tail is part of the longer one's word (`事会` of `梯事会`)
    return found


@dataclass(frozen=True)
class PlainForms:
    """The lead's round-X decisions (brands.toml [plain_forms]): form words, the qualifier kinds that leave them
    generic, and formulas generic however introduced."""

    heads: tuple[tuple[str, str], ...]  # (head, kind), longest head first
    by_people: frozenset[str]
    by_place: frozenset[str]
    people_words: frozenset[str]
    people_endings: dict[str, str]  # kind -> the characters that end a kind of person before that kind's form
    place_endings: str
    place_tags: frozenset[str]  # (round AF) the general dictionary's tags of a place word (`s`: locative words)
    building_endings: str  # (round AF) the heads of the dictionary's nouns of a building or ground (`书房`, `粉店`)
    descriptor_tags: frozenset[str]  # (round AF) the dictionary's tags of a kind-sorting word (`b`: `公共`, `大型`)
    proper_place_endings: str  # (round AF) the endings of a place's own two-character name (`豆乡`, `玛河`, `雅山`)
    place_suffixes: re.Pattern[str]
    spots: frozenset[str]
    not_spots: frozenset[str]
    people_and_place_only: frozenset[str]
    spots_only: frozenset[str]
    point_spots: frozenset[str]  # (round Z3) spots that leave only a point plain (`学府驿站`)
    timed: frozenset[str]  # (round Z3) people-and-place forms an hour may name too (`午间加油站`)
    times: frozenset[str]
    subjects: frozenset[str]
    corps_words: dict[str, frozenset[str]]  # kind -> plain words of a corps's work or a meeting's topic
    warm_words: dict[str, frozenset[str]]  # kind -> warm words that name no one but the neighbours served
    home_figures: frozenset[str]  # (round Z3) figures of the people served that keep a home or a 驿 (`候鸟`)
    always: tuple[re.Pattern[str], ...]
    head_words: tuple[str, ...]  # the heads' words in their order, for `first_suffix` and `str.endswith`
    head_kinds: dict[str, str]  # each head word's kind where it first stands


@lru_cache(maxsize=1)
def plain_forms() -> PlainForms:
    data = _cues_data()["plain_forms"]
    kinds = ("meeting", "class", "corps", "festival", "meeting_place", "corps_place", "point", "home", "hall", "fund")
    heads = sorted(((h, kind) for kind in kinds for h in data[kind]), key=lambda hk: len(hk[0]), reverse=True)
    endings = "".join(data["plain_people_endings"])
    return PlainForms(
        tuple(heads),
        frozenset(data["by_people"]),
        frozenset(data["by_place"]),
        frozenset(data["plain_people_words"]),
        {
            "meeting": endings + "".join(data["plain_people_endings_meeting_class"]),
            "class": endings + "".join(data["plain_people_endings_meeting_class"]),
            "corps": endings + "".join(data["plain_people_endings_corps"]),
            "festival": endings,
            "meeting_place": endings + "".join(data["plain_people_endings_meeting_class"]),
            "corps_place": endings + "".join(data["plain_people_endings_corps"]),
            "point": endings,
            "home": endings,
            "hall": "",  # (round AC) halls go by their place alone
            "fund": "",  # (round AC) by the listed people only: `扳手积分` is a tool, no trade
        },
        "".join(data["plain_place_endings"]),
        frozenset(data["plain_place_tags"]),
        "".join(data["plain_building_endings"]),
        frozenset(data["plain_descriptor_tags"]),
        "".join(data["proper_place_endings"]),
        _any_of(tuple(sorted(data["plain_place_suffixes"], key=len, reverse=True))),
        frozenset(data["plain_spots"]),
        frozenset(data["plain_not_spots"]),
        frozenset(data["by_people_and_place_only"]),
        frozenset(data["by_people_and_spot_only"]),
        frozenset(data["plain_point_spots"]),
        frozenset(data["by_people_place_and_hour"]),
        frozenset(data["plain_times"]),
        frozenset(data["plain_subjects"]),
        {
            **{kind: frozenset(data["plain_corps_words"]) for kind in ("corps", "corps_place")},
            **{kind: frozenset(data["plain_meeting_topics"]) for kind in ("meeting", "meeting_place")},
            "point": frozenset(data["plain_point_words"]),
            "fund": frozenset(data["plain_fund_words"]),
        },
        {
            "point": frozenset(data["plain_point_warm_words"]),
            "fund": frozenset(data["plain_fund_warm_words"]),
            "hall": frozenset(data["plain_hall_warm_words"]),
        },
        frozenset(data["plain_home_figures"]),
        tuple(re.compile(p) for p in data["always_generic_patterns"]),
        tuple(h for h, _ in heads),
        {h: kind for h, kind in reversed(heads)},  # (reversed: the first place a word stands wins)
    )


@lru_cache(maxsize=1)
def _contest_heads() -> tuple[str, ...]:
    """(round AF) brands.toml `contest_heads`: a contest follows the award rule (RULEBOOK `## brands` roles)."""
    return tuple(_cues_data()["contest_heads"])


@lru_cache(maxsize=1)
def _descriptive_shape() -> re.Pattern[str]:
    """(round AF) brands.toml `descriptive_shapes`: a scope or pairing formula describes (RULEBOOK formulas)."""
    return re.compile("|".join(_cues_data()["descriptive_shapes"]))


def _always_generic(term: str) -> bool:
    """`一户一档`, `三张清单`, `诚信红榜`: a per-unit record formula, the widespread list formula or an honour list,
    generic however introduced (the lead, round X); a compound is when each clause is generic and one is such a formula
    (`一企一档、一事一码`), and one clause the case agreed for itself keeps it (`一户一卡、一周一访`)."""
    always = plain_forms().always
    parts = [p for p in _LIST_COMMA.split(term) if p]
    hits = [matches_any(always, p) for p in parts]  # (`any(a.search(p) for a in always)`, joined)
    return any(hits) and all(hit or _generic_part(p) for hit, p in zip(hits, parts, strict=True))


# (round AC, the lead's decision in RULEBOOK `## brands`) the text itself calls the name its brand: `“…”品牌`,
# `“…”党建服务品牌`, `以“…”为品牌`, `打造“…”这一品牌`, `党建品牌“…”`, unquoted `打造了…品牌`. Such a name is the case's
# brand even when built from a plain place and a generic form (a hall, a talk, a post, a body, a fund); without the
# cue the place rules stand (GUIDELINES d1865 `赤壁夜话`; the body rule's `以“河州砖雕坊”为品牌`). First sight of
# such names dropped by the place rules: d11, d47, d204 (sets before the 61st), d1270 (the 44th), the auditAC list.
_BRAND_WORD_AFTER = re.compile(r"[”」』]?(?:这一|这个)?(?:[\u4e00-\u9fff]{0,6}?)品牌")
_BRAND_WORD_BEFORE = re.compile(r"品牌(?:——|—|：|:)?[“「『]?$")


def called_its_brand(term: str, body: str, title: str | None = None) -> bool:
    """Does the text call `term` its brand (a 品牌 cue right after or before one of its occurrences)?"""
    for text in (body, title or ""):
        for start, end in occurrences(text, term):  # (no pattern compiled per term)
            if _BRAND_WORD_AFTER.match(text, end) or _BRAND_WORD_BEFORE.search(text, max(0, start - 5), start):
                return True
            lead = text[max(0, start - 2) : start]
            if lead.endswith(("以“", "以「", "以『")) and _CALLED_BRAND_AFTER.match(text[end:]):
                return True
    return False


# (round AG2) The diminutive after a person word (`嫂子`, `妹子`) and the endings of a people's embroidery or brocade
# craft (`苗绣`, `满绣`, `黎锦`): a kind of people and the members' trade (lead AG; RULEBOOK classes "named only by its
# … craft … generic", `夏布课堂`).
_DIMINUTIVE = "子"
_CRAFT_ENDINGS = "绣锦"


def _plain_units(q: str, kind: str, body: str) -> list[tuple[str, str]] | None:
    """`q` cut into plain qualifiers, each with its kind (`people`, `place`, `time`, `word`), or None when some part
    is none of them (a coined element)."""
    pf, k = plain_forms(), generic_kinds()
    people_only = kind not in pf.by_place

    def unit(p: str) -> str | None:
        if p in pf.people_words or (len(p) > 2 and p[0] in "老新" and p[1:] in pf.people_words):
            return "people"  # (`老师傅`, `新白领`: the listed kind, old or new)
        if 2 <= len(p) <= 3 and p[-1] in pf.people_endings[kind] and not p.endswith(tuple(pf.people_words)):
            # (`暖窑骑士` ends with a listed person: judged as `暖窑` + `骑士`; round AC: the ending is read on a word
            # of two or three characters, `渔嫂`, `老钳工`, so a coined word before one is cut off and keeps the name,
            # `阿诗玛绣娘队` d1706 66th set, `格桑巧手课堂` d1463 58th, `阿哥阿妹帮办队` d485 19th)
            return "people"
        if len(p) == 2 and p[1] in _DIMINUTIVE and p[0] in pf.people_endings[kind]:
            return "people"  # (round AG2) `嫂子`: a person word with its diminutive ending (lead AG `嫂子议事会`)
        if len(p) == 2 and p[0] in k.ethnic_groups and p[1] in _CRAFT_ENDINGS:
            return "people"  # (round AG2) `苗绣`, `瑶绣`, `黎锦`: a people's craft, the members' trade (lead AG)
        if len(p) == 4 and p[0] in "老新" and p[-1] in pf.people_endings[kind]:
            return "people"  # (round AC) `新桐庐人`, `老纺织工`: the newcomers or old hands of a place or trade
        if 4 <= len(p) <= 5 and p[0] == "新" and p[-1] == "人":
            # (round AH) `新织里人之家`, `新晋江人之家`: the newcomers named by their new town, for every form (RULEBOOK
            # `…之家` forms named by whom they serve are generic, `工友之家`). First sight: d25 (the team's), d135 (5th
            # set)
            return "people"
        if len(p) >= 2 and p in k.ethnic_groups:
            return "people"  # `纳西讲堂`: a people's name, the audience
        if len(p) == 2 and all(c in k.ethnic_groups for c in p):
            return "people"  # (round Z3) `傣汉双语宣讲队`, `羌汉双语课堂`: two peoples, the members' languages
        if p in pf.not_spots:
            return None  # `厝边`: the neighbours, not a spot
        if kind == "point" and p in pf.point_spots:
            return "place"  # (round Z3) `巷里食堂` (`职场`, `学府`: plain spots since review Z)
        if p in pf.warm_words.get(kind, ()):
            # (round Z2) `邻里调解室`, `暖心休息点`: the neighbours served, warmly; no coined element. A hall is judged
            # by its place, and the warm word stands in for one (session 28: `邻里议事厅`)
            return "place" if kind == "hall" else "people"
        if kind in pf.spots_only:
            return "place" if p in pf.spots or p in k.building_types else None  # (`店前调解点`; `古厝食堂` is coined)
        corps_task = kind.startswith("corps") and kind in pf.corps_words
        if corps_task and p in pf.corps_words[kind]:
            return "word"  # (round Z3) `银发网格队`: 网格 the plain task of a corps, not its place
        if corps_task and len(p) > 2 and p.endswith(tuple(pf.corps_words[kind])):
            return None  # (round Z3) `银发护楼`: the members and their task, cut apart, not one place
        if len(p) >= 2 and (p[-1] in pf.place_endings or _named_as_place(p, body) or _dictionary_place(p)):
            return "place"
        if p in pf.spots or p in k.building_types:
            return "place"  # a generic spot (`楼门`, `码头`, `车间`) or a local building type (`围屋`)
        if kind in pf.corps_words and p in pf.corps_words[kind]:
            return "word"
        if kind in pf.timed and (p in pf.times or _CLOCK_TIME.fullmatch(p)):
            return "time"  # (round Z3) `午间加油站`, `两点半驿站`: a point named by its hour
        if people_only or kind in pf.people_and_place_only:
            return None
        if p in pf.times or _CLOCK_TIME.fullmatch(p):
            return "time"  # (round Z) `四点钟学堂`, `三点半课堂`, `午间微课堂`: a class named by its hour
        if kind == "class" and _WEEKDAY.fullmatch(p):
            return "time"  # (round AB) `星期三课堂`: a class named by the weekday it meets on
        if p in pf.subjects or p in k.service_modifiers:
            return "word"
        return None

    def cut(s: str) -> list[tuple[str, str]] | None:
        if not s:
            return []
        for n in range(min(len(s), 6), 0, -1):
            what = unit(s[:n])
            rest = cut(s[n:]) if what else None
            if what and rest is not None:
                return [(s[:n], what), *rest]
        return None

    units = cut(q)
    if units is not None and kind not in pf.by_people and not any(w == "place" for _, w in units):
        return None  # (round Y) `楼长茶叙`: the place-only forms leave who attends to the earlier decisions
    if units is None or (people_only and not any(w == "people" for _, w in units)):
        return None  # (a form judged by people alone: a qualifier with no person in it is the case's wording)
    return units


# (round Z) An hour of the day (`四点钟`, `三点半`, `5点半`, `午间`, `午休`, `周末`): a class named by it is named by
# its hour, generic like `四点半课堂` (GUIDELINES round X, h1312 `周末小课堂`, h201 `午间课堂`). First sight: d1312
# (45th set), d648 (26th), d697 (27th), d984 (37th).
_CLOCK_TIME = re.compile(rf"[{_NUMERAL}]{{1,3}}点(?:半|钟)?|午间|午休|午憩|周末")
# (round AB, RULEBOOK `## brands`: "a class … named only by its … time … is generic"; "a weekly meeting named by
# its weekday (`周三例会`)" is no brand either) the weekday a class meets on names it by its time like 周末
# (`星期三课堂`, d1658 75th set); a class only: a routine or market named by its day stays the case's own
# (`周四碰头`, `周六邻里集`)
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")


@lru_cache(maxsize=1 << 12)
def _dictionary_place(word: str) -> bool:
    """(round AF) The general dictionary tags `word` as a place word of an open class (brands.toml plain_place_tags:
    jieba's locative `s`, `巷里`, `院里`, `东岸`, `家门口`): a spot and where by it, not a coinage, whatever its last
    character (the endings of plain_place_endings are a closed list). jieba's own dictionary, before the project's
    words are merged into it. Moves d262 `巷里议事桌`, d778 `巷里课堂`, d993 `巷里故事会`, d1464 `巷里议事会` (four
    annotators' sets), the words in no ending list. So is a dictionary noun whose head names a building or ground
    (plain_building_endings: `书房`, `粉店`; d1868 `书房夜话`, d506 `粉店议事角`)."""
    pf, tag = plain_forms(), dictionary_tag(word)
    if tag in pf.place_tags:
        return True
    # (a local kind of house the case builds in, `毡房`, `竹楼`, stays the case's landmark: hall_landmark_houses)
    return tag == "n" and word[-1] in pf.building_endings and word not in _hall_landmark_houses()


def _named_as_place(word: str, body: str) -> bool:
    """The text names `word` as a place: it stands before a place suffix (`天山街道`, `百脉泉`, `凯旋路`)."""
    suffixes = plain_forms().place_suffixes
    return any(suffixes.match(body, end) for _, end in occurrences(body, word))  # (no pattern compiled per word)


# (round AC, RULEBOOK `## brands` halls: "the brand's word, a local landmark or an object the case made its mark
# makes a brand") a hall keeps its name when its place is a tree it stands under (`榕树下议事角`), a local kind of
# house the case builds it in (`竹楼议事厅`, `窑洞`: hall_landmark_houses), or a word of another of the
# case's brands after its opening place (`新家客厅` beside `秦岭新家`, `挑山议事堂` beside `红色挑山工`).
_LANDMARK_TREE = re.compile(r"树(?:下|旁|边)$")


@lru_cache(maxsize=1)
def _hall_landmark_houses() -> frozenset[str]:
    return frozenset(_cues_data()["plain_forms"]["hall_landmark_houses"])


@lru_cache(maxsize=1 << 12)
def _landmark(place: str) -> bool:
    """(round AG2) A place named as under one particular thing (`榕树下`, `槐下`, `塔下`, `灯下`): the lead's landmark,
    one thing of the case's own place residents point to, not a spot every neighbourhood has. The general dictionary's
    own locatives (`树下`, `楼下`, `桥下`: tag `s`) and a bare housing unit's underside stay spots (RULEBOOK halls
    `榕树下议事角`; conflicts, lead AG)."""
    pf = plain_forms()
    if not 2 <= len(place) <= 3 or not place.endswith("下") or place[:-1] in _BARE_HOUSING_UNITS:
        return False
    # (a mountain, ridge or river's foot is the named place's, `五指山下`, `苏仙岭下`: the plain place rule)
    return place[-2] not in pf.place_endings and dictionary_tag(place) not in pf.place_tags


def _hall_mark(place: str, term: str, brands: dict[str, int]) -> bool:
    if _LANDMARK_TREE.search(place) or place in _hall_landmark_houses():
        return True
    # (the brand's word, not the place it opens with: `寿乡议事厅` beside `寿乡红杖` is named by the plain place)
    marks = (*cues().brand_marks, *generic_kinds().colour_marks)
    for b in brands:
        at = b.find(place)
        # (not the place before the brand's mark: `江畔议事厅` beside `鸭绿江畔红哨岗`)
        if b != term and not b.endswith(term) and at > 0 and not b[at + len(place) :].startswith(marks):
            return True
    return False


def _plain_form(term: str, body: str, brands: dict[str, int], title: str | None = None, families: bool = True) -> bool:
    """`商户夜校`, `摊主议事会`, `渔嫂帮帮团`, `锦江邻里节`: a generic form word qualified only by whom it
    gathers, serves or is made of, or (classes, festivals) by its place or hour (the lead, round X). A coined element
    keeps it: the case's mark (`红链邻里节`), a word of none of the kinds (`枫叶`, `瑶绣`, `轻骑`), or the case's own
    brand word as qualifier (`合伙人议事会` beside `红色合伙人`, `矿灯嫂服务队` beside `矿灯议事会`, `渭匠帮帮团`
    beside a headline's quoted `“渭匠”`)."""
    pf = plain_forms()
    # (the first head in the list's order the term ends with and is longer than: `first_suffix`'s hash look-ups
    # instead of `term.endswith` for each of the ~110 heads)
    head = first_suffix(term, pf.head_words, proper=True)
    if head is None or not _HAN_WORD.fullmatch(term):
        return False
    kind = pf.head_kinds[head]
    q = term[: -len(head)].rstrip("小微")
    if kind in ("hall", "fund") and q in generic_kinds().colour_marks:
        return True  # (round AC) `红色议事厅`, `红色客厅`: the generic term alone (RULEBOOK bodies, `“红色议事厅”制度`)
    if len(q) < 2 or any(mark in q for mark in cues().brand_marks):
        return False
    if dictionary_tag(q) in pf.descriptor_tags:
        return True  # (round AF) `公共客厅`, `天然会客厅`: a distinguishing word of the dictionary sorts, never coins
    # (round Z3) the term's own occurrences name no place (`巷语市集`: 巷语 before 市 is the market's own word)
    units = _plain_units(q, kind, body.replace(term, "\n"))
    if units is None:
        return False
    if any(w == "place" and _landmark(u) for u, w in units):
        return False  # (round AG2) `槐下议事`, `塔下议事`: under one particular thing, a landmark (lead AG)
    if len(units) == 1 and units[0][1] == "place" and _proper_place_name(units[0][0], brands):
        return True  # (round AF) `豆乡食堂` beside `豆乡红`, `玛河夜话` beside `玛河邻里`: the literal place
    if kind in pf.people_and_place_only and any(w == "place" and _spot_of_brand(u, term, brands) for u, w in units):
        return (
            False  # `港湾议事会` beside `枫叶红港湾`, `炉边会` beside `炉火红`: the case's own brand word as the spot
        )
    # (round AD) a generic spot is a meeting's, corps' or point's plain place even where a marked brand ends with it, as
    # in `_spot_of_brand` (`码头夜谈` beside `红莲码头`, d1903 78th set); classes and festivals keep round AB's reading
    marked_spots = [u for u, w in units if w == "place" and not (kind in pf.people_and_place_only and u in pf.spots)]
    if kind in pf.by_place and any(_marked_spot_of_brand(u, term, brands) for u in marked_spots):
        return False  # (round AB) `灯塔邻里节` beside `锦江红灯塔`, `港湾夜校` beside `青弋红港湾`: the brand's word
    if kind in _MEETINGS and any(w == "place" and _opening_word_of_brand(u, term, body, brands) for u, w in units):
        return False  # (round AB) `江岸议事会` beside `江岸红船`: the brand's word, never written as a place
    # (points coined with the brand's word stay names, h1042 `小院积分`; a fund by the brand's generic half does not,
    # `小院微基金` beside `嘉州小院`, d1660 75th set)
    branded = kind == "hall" or head == "积分"
    if branded and any(w == "place" and _hall_mark(u, term, brands) for u, w in units):
        return False  # (round AC) `榕树下议事角`, `挑山议事堂` beside `红色挑山工`: a landmark or the brand's word
    if families and _family_word(q, term, body, brands, title):
        return False  # (round AA) `薏乡课堂` beside `薏乡同心坊`, `薏乡联络员`, `薏乡工坊`: the case's own brand word
    if head in _BARE_CORPS and any(w == "place" for _, w in units):
        return False  # (round Z3) `银发护港队` beside `初心港`: a bare team with a place in its task is the case's own
    if kind in ("home", "point") and _built_on_brand(q, units, kind, term, brands):
        return False
    if (kind in ("home", "festival") or head == "驿") and any(u in pf.home_figures for u, _ in units):
        return False  # (round Z3) `草原候鸟之家`, `海港候鸟驿`: the migratory-bird figure, kept by the audit; (round
        # AG2) and RULEBOOK's festival `海港候鸟节`, now that the bare `节` is a festival head
    if head == "驿" and any(u in pf.warm_words.get(kind, ()) for u, _ in units):
        return False  # (round Z3) `暖心驿`, `坝上暖心驿`: the short coined head with a warm word is the case's name
    marks = (*cues().brand_marks, *generic_kinds().colour_marks)
    for u, what in units:
        if what != "people" or u in pf.people_words or u in generic_kinds().ethnic_groups:
            continue  # a place or a listed kind of person stays plain wherever the case uses it (`井边`, `商户之家`)
        quoted_alone = f"“{u}”" in body + (title or "")
        if quoted_alone or any(b.strip("·") in (u, *(m + u for m in marks)) for b in brands if b != term):
            return False  # `渭匠帮帮团` beside `“渭匠”`, `合伙人议事会` beside `红色合伙人`: the brand word itself
        if len(u) >= 3 and any(u[:-1] in b for b in brands if b != term):
            return False  # `矿灯嫂服务队` beside `矿灯议事会`: the coined element before the person word
        if head in _BARE_CORPS and any(u in b for b in brands if b != term):
            return False  # (round Z3) `老友帮修队` beside `煤城老友汇`: the brand's word as the members' name
    return True


def _proper_place_name(word: str, brands: dict[str, int]) -> bool:
    """(round AF) `word` is a place's own two-character name (brands.toml proper_place_endings: a town's nickname
    `豆乡`, a river `玛河`, a mountain `雅山`) that the general dictionary lacks or tags as a place name (`ns`), not a
    common word of a spot or thing (`运河`, `江边`, `港湾` stay spots), and no brand of the case carries it after its
    mark as the coined part (`挑山议事堂` beside `红色挑山工`). Such a word is the literal place, generic before a form
    word even where the case's brands open with it before their mark (RULEBOOK halls `寿乡议事厅` beside `寿乡红杖`;
    GUIDELINES h1812 `西口议事会` beside `西口红韵`, `绣江议事厅` beside `绣江邻里`): the spot, family and opening-word
    guards read the brand's word, which here is its mark. Moves d525 `雅山议事厅`, d765 `栗乡议事堂`, d1514 `薏乡课堂`,
    `薏乡积分`, d1826 `豆乡食堂` and three more, d1858 `玛河夜话`."""
    if len(word) != 2 or word[-1] not in plain_forms().proper_place_endings:
        return False
    if dictionary_tag(word, "ns") != "ns":
        return False
    marks = (*cues().brand_marks, *generic_kinds().colour_marks)
    return not any(m + word in b for b in brands for m in marks)


# (round AH, RULEBOOK festivals and days: "Bare event words are generic (`开放日`, …)", "a bare day (`巡河日`) … not")
# An open day or a clean-up day is a routine every unit holds under that word; named only by what it opens or where it
# is held (`物业开放日`, `老字号开放日`, `老街清洁日`, `楼道清洁日`) it has no coined element. The case's brand word or
# mark keeps one (`账本开放日` beside `邻里账本`: the brand's word as qualifier, like `桥头议事会` beside `工布红桥`).
# First sight: d123 (4th set), d1233 (54th), d1577 (63rd), d1801 (70th), d1882 (73rd); d14 (the team's) stays,
# 物业 a word of its other brand.
# (round AH, RULEBOOK halls: "Memorial halls, exhibitions, reading rooms and memory corners named by the local industry,
# heritage or users are generic (`“矿冶记忆馆”`) … built from the brand's coined word they are brands (`盐脉记忆馆`)")
# The memory hall, wall, corridor or class and the display hall or corner are the same kind of routine form: named only
# by the trade, the place or the people it remembers (`工匠记忆馆`, `港口记忆墙`, `矿山记忆长廊`, `厂史陈列角`) it coins
# nothing; the brand's word keeps one (`齿轮记忆馆` beside `齿轮邻里`, `清湖记忆馆` beside `清湖船娘`).
# First sight: d74 (2nd set), d141 (5th), d165 (6th), d379 (15th), d666 and d674 (26th), d759 (30th), d995 (37th),
# d1239 (54th), d1652 (75th).
# (round AH, RULEBOOK records and boards: "A record, file or form per person or building is generic"; "Boards and
# signs: generic ones are not brands (`需求留言板`, `心愿墙`); built from the brand they are (`码头留言板`)") and the
# forms and boards a case fills or posts, named by what they record or whom (`邻里值日表`, `冬季暖心联络表`,
# `议题公示栏`, `就业信息墙`): the brand's word keeps one (`驼帮公示栏` beside `驼帮议事`, gold). First sight: d1814
# (70th set), d1870 (73rd), d1930 (97th); d1459 `邻里值日表` (58th) stays beside its `邻里…` brand.
# (round AH, RULEBOOK service points: "A point named only by whom it serves and what it does is generic (`楼宇驿站`,
# `骑手驿站`, `店前调解点`); a coined element makes it a brand") and the service window, desk, post or health corner
# named by the service, the people or the spot (`侨务服务窗`, `进城服务专窗`, `俄语帮办岗`, `江边健康角`); a mark or the
# brand's word keeps one (`红邻服务台`, `善洲服务岗`, `红管家帮办岗`: gold, kept). First sight: d695 (27th set), d799
# (31st), d1186 (52nd), d1251 (43rd), d1802 (70th).
_ROUTINE_DAY = re.compile(
    r"^([\u4e00-\u9fff]{2,6})(?:开放日|清洁日|清扫日|卫生日|记忆馆|记忆墙|记忆角|记忆长廊|记忆廊|记忆课|陈列馆|陈列角|陈列室|展示馆"
    r"|值日表|联络表|联系表|登记表|公示栏|公示墙|信息墙|信息栏|服务窗|服务专窗|专窗|健康角|帮办岗|服务岗|服务台)$"
)


def _routine_day(term: str, brands: dict[str, int]) -> bool:
    """`物业开放日`, `工匠记忆馆`, `议题公示栏`, `侨务服务窗`: a routine day, a memory hall, a form or board, a service
    window or post named only by what it opens, remembers, records or serves, generic; `账本开放日` beside `邻里账本`,
    or one carrying the case's mark, is the case's own."""
    m = _ROUTINE_DAY.match(term)
    if m is None:
        return False
    q = m.group(1)
    if any(mark in q for mark in (*cues().brand_marks, *generic_kinds().colour_marks)):
        return False
    return not any(q in b for b in brands if b != term and _ROUTINE_DAY.match(b) is None)


@lru_cache(maxsize=1)
def _former_trade_corps_cues() -> tuple[re.Pattern[str], frozenset[str]]:
    """`”` + an optional plain word of a corps's work + a corps head (brands.toml [plain_forms] corps, corps_place),
    and the companion words that are no trade."""
    data = _cues_data()["plain_forms"]
    heads = sorted((*data["corps"], *data["corps_place"]), key=len, reverse=True)
    words = sorted(data["plain_corps_words"], key=len, reverse=True)
    follows = re.compile(f"”(?:{'|'.join(words)})?(?:{'|'.join(heads)})")
    return follows, frozenset(data["companion_words"])


def _former_trade_corps(term: str, body: str) -> bool:
    """(round AA) `组建“老石化”义务维修队`, `下设“老钢人”调解队`, `组建“老机务”志愿服务队`, `组建“老石油”志愿服务队`: a
    quoted `老` + a trade, works or industry word just before a corps word is the members' nickname for their former
    job, and the corps is named by it, generic however introduced (GUIDELINES round X "a corps named only by its
    members' trade or kind"; h1412 `“老石化”义务维修队`, `“老钢人”调解队`; h1437 `“老机务”志愿服务队`). Old neighbours
    and companions are the residents' warm coinage and keep theirs (`“老街坊”志愿服务队`, `“老邻居”志愿服务队`).
    First sight: d1441, d1462 (58th set), d1466 (59th), d1375 (55th)."""
    if len(term) != 3 or term[0] != "老" or not _HAN_WORD.fullmatch(term):
        return False
    follows, companions = _former_trade_corps_cues()
    if term[1:] in companions:
        return False
    quoted = [m.end() - 1 for m in re.finditer(f"“{term}”", body)]
    return bool(quoted) and all(follows.match(body, at) for at in quoted)


# (round AB) The meeting kinds of brands.toml [plain_forms] (`议事会`, `夜话`, `茶叙`).
_MEETINGS = ("meeting", "meeting_place", "hall")


def _opening_word_of_brand(word: str, term: str, body: str, brands: dict[str, int]) -> bool:
    """(round AB) A meeting's qualifier that opens another of the case's brands and that the text writes only
    inside its quoted names (`江岸议事会` beside `江岸红船`, `江岸共建联盟`, `江岸` nowhere else; `柳岸议事会`
    beside `柳岸先锋`; `杏院议事会` beside `杏院同心`) is the brand's coined word, not a place: RULEBOOK meetings,
    the brand's word as qualifier (`桥头议事会` beside `工布红桥`), and GUIDELINES h1812 (`江岸议事会`, `江洲议事会`
    brands; `西口议事会` in 西口镇 generic: the town's own name, written unquoted). A generic spot, a building type
    or a town's nickname stays a place (`凤城议事会` beside `凤城红网`). First sight: d1268 (44th set), d1614
    (64th), d1629 (74th)."""
    pf, k = plain_forms(), generic_kinds()
    if len(word) < 2 or word in pf.spots or word in k.building_types or _TOWN_NICKNAME.search(word):
        return False
    if not any(b != term and len(b) >= len(word) + 2 and b.startswith(word) for b in brands):
        return False
    quotes = _quote_spans(body)
    return all(any(a <= s and e <= b for a, b in quotes) for s, e in _spans(body, word))


# (round AA) How many of the case's other brands must open with a word to make it the case's own brand word.
_FAMILY_SIZE = 3


def _family_word(q: str, term: str, body: str, brands: dict[str, int], title: str | None) -> bool:
    """(round AA) The qualifier opens with the word three or more of the case's other brands open with (`港湾课堂`
    beside `港湾议事船`, `港湾合伙人`, `港湾食堂`; `薏乡课堂` beside `薏乡同心坊`, `薏乡联络员`, `薏乡工坊`; `凤栖夜校`
    beside `凤栖邻里`, `凤栖议事堂`, `凤栖就业驿站`): a family of names built on that word makes it the case's own
    brand word, not a plain place, and a form named by it is built from the brand (GUIDELINES h1337 `石榴籽课堂`,
    h1562 `巷馕课堂`, `同舟食堂`, d1715 `薏乡指导员`), as one brand carrying the mark makes a spot the brand's
    (`_spot_of_brand`); one or two brands opening with a place are the place's (`钢城小课堂` beside `钢城老邻居`,
    `钢城共建联盟`; `凤城议事会` beside `凤城红网`, `凤城红驿`). First sight: d1512, d1514 (60th set), d1278 (44th:
    `港湾夜校` beside `青弋红港湾`, `红港湾`, kept by the mark), d1463 (58th), d1402 (56th), d782. Forms plain by
    themselves are no members (`钢城食堂` and `钢城小课堂` do not vouch for each other)."""
    word = q[:2]
    family = [b for b in brands if b != term and len(b) > len(word) + 1 and b.startswith(word)]
    if len(family) < _FAMILY_SIZE:
        return False
    members = [b for b in family if not _plain_form(b, body, brands, title, families=False)]
    return len(members) >= _FAMILY_SIZE


def _of_brand_family(term: str, body: str, brands: dict[str, int], title: str | None) -> bool:
    """(round AA) A quoted corps, role, mechanism or point that opens with the case's own brand word (`_family_word`:
    three or more of its brands open with it) is built from the brand, though its head alone is a generic form or a
    people word (`邻光巡逻队` beside `陇原邻光`, `邻光指导员`, `邻光之家`, `邻光议事会`; `驼帮联建` beside `驼帮议事`,
    `驼帮议题库`, `驼帮公示栏`): GUIDELINES h1387, h1412, h1537 roles, records and corps built from the brand's coined
    word. An ordinary word opening it is not the brand's (`花园小区`); the head is a word of its own (two characters
    at least: `新邻居` is people), and record forms stay generic (`红邻民情表`, h347).
    First sight: d1457, d1449 (58th set)."""
    if not _HAN_4_8.fullmatch(term) or is_dictionary_word(term) or is_dictionary_word(term[:2]):
        return False
    if term.endswith(_RECORD_HEADS):
        return False
    return _family_word(term[:2], term, body, brands, title)


# (round Z3) the bare team and band heads (`银发网格队`, `矿工帮`): only the members' kind and a plain task make
# them plain
_BARE_CORPS = ("队", "帮")


def _built_on_brand(q: str, units: list[tuple[str, str]], kind: str, term: str, brands: dict[str, int]) -> bool:
    """(round Z3) A home or point built on the case's own brand word (AUDIT "Round Z: older development gold", kept):
    its whole qualifier is a brand (`椰城骑士驿站` beside `椰城骑士`), its place ends another brand (`码头司机之家`
    beside `汴河码头`, GUIDELINES h422; for points not a generic spot: `溪畔驿站` beside `木兰溪畔`, not `小院服务台`
    beside `铃声小院`), or a brand names a spot by the place as a landmark (`牌坊食堂` beside `牌坊下的家`)."""
    pf, k = plain_forms(), generic_kinds()
    others = [b.strip("·") for b in brands if b != term]
    if q in others:
        return True
    for u, w in units:
        if w != "place":
            continue
        generic_spot = u in pf.spots or u in k.building_types
        if (kind == "home" or not generic_spot) and any(b.endswith(u) and len(b) > len(u) for b in others):
            return True
        if kind == "point" and any(u + c in b for b in others for c in _SPOT_POSITION):
            return True
    return False


# (round AD) A place word ending in an area (`冰城`, `矿区`, `商街`): the mark on its first character in a
# brand (`红冰屋`, `红矿灯`, `太原街红色商盟`) marks an object, not this place (`冰城办事角` d1768 69th set,
# `矿区议事会` d1851 72nd, `商街圆桌会` d304 11th); the object a positional spot names keeps the reading
# (`榕树下` for `红榕`, `炉边` for `红炉`)
_AREA_WORD = re.compile(r"(?:城|都|乡|区|街|镇|市)$")

# What follows the object in a spot word (`炉边`, `榕树下`, `桥头`, `窑口`): the object itself may be the case's mark.
_SPOT_POSITION = "边下前头口里间台上畔根"


def _spot_of_brand(spot: str, term: str, brands: dict[str, int]) -> bool:
    """The place or spot before a meeting or corps is the case's own brand word (the lead's clarification,
    round X; AUDIT "Round X: meetings and corps named by a place", kept): a brand is that word (`巷里`),
    ends with it after the case's mark (`枫叶红港湾`, `红梯坎`) or with the mark after it (`骑楼红`),
    marks its first character (`红榕` for `榕树下`, `北泉红梯` for `梯坎`), or holds the object a
    positional spot is named by (`芒果帮帮团` for `芒果树下`, `状元渡` for `渡口`).
    A brand that only opens with the place (`濠江邻里汇`, `凤城红驿`, `道口先锋`, `渔港议事舱`) or
    ends with it after another place or plain word (`钢城老院`, `和美楼门`, `河湟驿站`) does not."""
    marks = (*cues().brand_marks, *generic_kinds().colour_marks)
    pf = plain_forms()
    core = spot.rstrip(_SPOT_POSITION) if spot[-1] in _SPOT_POSITION else ""
    core = core[:2] if len(core) > 2 else core
    # (round AD) a generic spot every estate or port has (plain_spots: `码头`, `院落`, `网格`) is the brand's generic
    # half beside its mark, not its word (RULEBOOK short forms: `邻家送餐队` beside `棠城邻家`): `码头夜谈` beside
    # `红莲码头` (d1903 78th set), `院落夜话` beside `枸杞红院落` (d1160 51st), `网格民情茶叙` beside `丹霞红网格` (d495
    # 19th), `码头帮帮团` beside `茜草码头红` (d799 31st); a spot of the case's own stays its word (`港湾议事会` beside
    # `枫叶红港湾`); (round AG2) a building type is a generic spot too (`骑楼`, `侨厝`: lead AG names `骑楼` a spot, and
    # the audit took `骑楼议事会` beside `骑楼红` out of d666's gold, `骑楼夜话` beside `岭南骑楼红` out of d338's)
    own_spot = spot not in pf.spots and spot not in generic_kinds().building_types
    # (round AD) the object a spot is under or before (`灯前`, `榴下`, `灯下`) that two or more of the case's
    # other brands carry (`宫灯驿站`, `宫灯积分`, `灯下三单` d1840 72nd set; `榴籽同心`, `榴院`, `榴火红` d1900
    # 78th; d1190 53rd): the case's mark as a landmark, like the tree of `榕树下`; a bank, mouth or side of a
    # thing (`泉边`, `窑口`, `溪畔`) stays a plain spot however many brands carry the thing
    landmark = spot[-1] in "下前" and len(core) == 1 and core not in pf.place_endings
    if landmark and sum(core in b for b in brands if b != term) >= 2:
        return True
    for b in brands:
        b = b.strip("·")
        if b == term or len(b) < 2:
            continue
        if b == spot:
            return True
        at = b.find(spot)
        if own_spot and at > 0 and b.endswith(spot) and any(m in b[:at] for m in marks):
            return True
        if own_spot and at >= 0 and b[at + len(spot) :] in marks:
            return True
        if at >= 0:
            continue
        marked_object = any(m + spot[0] in b for m in marks) and not _marked_housing_unit(spot)
        if (marked_object and not _AREA_WORD.search(spot)) or (len(core) >= 2 and core in b):
            return True
        if len(core) == 1 and core not in pf.place_endings and b.endswith(core) and len(b) <= 4:
            return True  # `状元渡` for `渡口`, `暖心炉` for `炉边`: the object the case named
    return False


def _marked_spot_of_brand(spot: str, term: str, brands: dict[str, int]) -> bool:
    """(round AB) A class or festival named by the word one of the case's brands ends with after the case's mark
    (`灯塔四点半学堂`, `灯塔邻里节` beside `锦江红灯塔`; `港湾夜校` beside `青弋红港湾`): the brand's word, not a plain
    place (RULEBOOK classes: the brand's element makes a brand, `暖窑骑士课堂`; festivals: `红链邻里节`), as meetings
    and corps read it (`_spot_of_brand`, whose looser readings, a mark before the spot's first character, stay theirs).
    First sight: d1278 (44th set), d1571 (63rd); classes named by the brand's word d1512, d1514 (60th)."""
    marks = (*cues().brand_marks, *generic_kinds().colour_marks)
    for b in brands:
        b = b.strip("·")
        at = b.find(spot)
        if b != term and at > 0 and b.endswith(spot) and any(m in b[:at] for m in marks):
            return True
    return False


def _marked_housing_unit(spot: str) -> bool:
    """(round AA) A spot that opens with a bare housing unit (`巷口`, `巷里`, `楼前`): a brand that marks the unit
    (`敬亭红巷`, `夏都红巷`) names the case's lanes, not this spot of them; `巷口茶座`, `巷里议事会` stay named by a
    generic spot (GUIDELINES h1412 `巷里食堂`, h1462 `巷口茶座`, round X). First sight: d1464 (58th set), d1511
    (60th)."""
    return spot[0] in _BARE_HOUSING_UNITS


@lru_cache(maxsize=256)  # asked again by each of extract_brands' passes over the eligible quotes
def _context_vetoed(body: str, start: int, end: int, term: str) -> bool:
    """What the words around a quote say it is: a rule, result, award or principle (`_vetoed`), the ends of a change,
    a state guarded against, a post taken up or a title given."""
    q = quote_context(body, start, end)
    k = generic_kinds()
    c = cues()
    # (each rule after `_vetoed` asked only where its precondition holds, as in looks_like_name: the verb of a state
    # guarded against right before the quote, a role for a post, a title's ending)
    return (
        _vetoed(body, start, end)
        or _end_of_change(body, start, end)
        or ((q.led_by(k.avoiding_verbs) or q.led_by(k.becoming_verbs)) and _state_avoided(body, start))
        or (first_suffix(term, c.role_suffixes, proper=True) is not None and _post_taken(body, start, term))
        or (
            (term.endswith(c.titled_units) or term.endswith("星级"))
            and (_title_given(term, q.after[:4]) or _title_handed_out(body, start, term))
        )
    )


# One item of a list of the units' brands (`甘棠街道的“湖畔红哨”、白水湖街道的“水岸管家”`): a place of a level,
# 的, a quote.
_UNIT_BRAND_ITEM = r"[\u4e00-\u9fff]{1,8}?(?:街道|社区|区|县|市|镇|村|乡|州)的“[^“”]{2,12}”"
_UNITS_BRANDS = re.compile(rf"{_UNIT_BRAND_ITEM}(?:、{_UNIT_BRAND_ITEM})+")
# What every such list holds where its first item's place level starts: `区的“…”、`. The list starts at most 8
# characters before it (the place's own characters), so the lazy item is tried only there, not at every character.
_UNITS_BRANDS_ANCHOR = re.compile(r"(?:街道|社区|区|县|市|镇|村|乡|州)的“[^“”]{2,12}”、")


def _units_brands_lists(body: str) -> Iterator[re.Match[str]]:
    """`_UNITS_BRANDS.finditer(body)`, the same matches: a list starting at or after `pos` has an anchor 1 to 8
    characters after its start (so past `pos`), and none starts before the first such anchor less 8."""
    pos = 0
    while (anchor := _UNITS_BRANDS_ANCHOR.search(body, pos + 1)) is not None:
        a = anchor.start()
        m = next((m for s in range(max(pos, a - 8), a) if (m := _UNITS_BRANDS.match(body, s))), None)
        if m is None:
            pos = a
            continue
        yield m
        pos = m.end()


def _units_brands_share(
    body: str, eligible: list[tuple[str, int, re.Match[str], bool]]
) -> list[tuple[str, int, re.Match[str], bool]]:
    """`像甘棠街道的“湖畔红哨”、白水湖街道的“水岸管家”`, `桥东区的“小区红管家”、崇礼区的“冬奥红帮办”`: quotes
    listed each after the place it belongs to are the brands of the units a report names, one kind: one of them named
    makes the others names too, like quotes listed together; a generic form or an ordinary word is still judged alone.
    First sight: d834 (33rd set), d1106 (49th), d1139 (50th)."""
    named_at: dict[int, bool] = {m.start(): v for _, _, m, v in eligible}
    upgrade: set[int] = set()
    for lst in _units_brands_lists(body):
        quotes = [q.start() for q in re.finditer("“", lst.group(0))]
        starts = [lst.start() + q for q in quotes if lst.start() + q in named_at]
        if any(named_at[a] for a in starts):
            upgrade.update(starts)
    if not upgrade:
        return eligible
    return [
        (t, s, m, v or (m.start() in upgrade and not is_dictionary_word(t) and not is_generic_form(t)))
        for t, s, m, v in eligible
    ]


def _names_something_else(body: str, term: str, quotes: Sequence[int]) -> bool:
    """A quoted span whose head says what it is, and it is no practice: a body or an office (`城乡社区发展治理委员会`,
    `…领导小组`, `…公司`), a housing estate (`欧城花园`, `…新村`), a category (`治理类`), or a wish in the
    residents' own words (`小区能建个食堂`: a verb, then 个 and a noun). RULEBOOK brands: organisations and places
    are not brands, nor residents' speech (real set r032, r004, r030)."""
    c = cues()
    return (
        term.endswith(c.organisation_ends)
        or (len(term) >= 4 and term.endswith(c.estate_ends) and _named_as_a_place(body, quotes))
        or (len(term) <= 4 and term.endswith("类"))
        or _COLLOQUIAL_WISH.search(term) is not None
    )


# `“小社区”里“大民生”`, `“小网格”撬动“大治理”`, `以“小切口”做好“大文章”`: a small thing set against a big one in one
# clause, the genre's headline figure of speech
_SMALL_BIG = re.compile(r"[“「‘](小[\u4e00-\u9fff]{1,3})[”」’][\u4e00-\u9fff]{0,4}[“「‘](大[\u4e00-\u9fff]{1,3})[”」’]")


def _contrasted(text: str) -> set[str]:
    """The two quoted halves of every small-against-big figure in the text: rhetoric, not names (RULEBOOK brands:
    metaphors and scare quotes are not brands; real set r019)."""
    return {half for m in _SMALL_BIG.finditer(text) for half in m.groups()} if "小" in text else set()


def _named_as_a_place(body: str, quotes: Sequence[int]) -> bool:
    """`双流区的“欧城花园”`, `成都市“锦绣新村”`: an estate's name stands after its district or town (a coined garden
    the case builds, `建起“红叶花园”`, does not); `quotes` are the offsets of its opening quote marks."""
    return any(
        body[max(0, q - 4) : q].removesuffix("的").endswith(("区", "县", "市", "镇", "街道", "乡")) for q in quotes
    )


# `能建个食堂`, `想有个`, `要是能修个`: a verb of wish or ability, then a verb with 个 before its object
_COLLOQUIAL_WISH = re.compile(r"(?:能|想|要|盼着?)[\u4e00-\u9fff]?[建修装开办搞弄买找有]个")
# `规划纲要提出，“…”`, `强调：“…”`: a document's or a speaker's words quoted after the verb and a break
# (`提出“海韵红帆布”治理品牌`, with no break, launches a name)
_CITING = re.compile(r"(?:提出|指出|强调|要求|明确|写道|写着)[，,：:]$")


def _only_cited(body: str, quotes: Sequence[int]) -> bool:
    """Every quote of the term (`quotes`: its opening quote marks) quotes what a document or a speaker says
    (`“十五五”规划纲要提出，“完善常态化帮扶机制”`): cited wording, not the case's own name (RULEBOOK brands:
    documents are not brands; real set r036)."""
    return bool(quotes) and all(_CITING.search(body[max(0, q - 6) : q]) is not None for q in quotes)


# A space between a quote mark and the text beside it (` “群英断是非” 工作法`, `“ 雨坛一家人 ”`): how Markdown
# exports and some CMS editors set Chinese quotes, typography, not a break between the name and its cue.
_SPACED_QUOTE = re.compile(r"(?<=[“”「」『』])[ \u00a0\u3000]+|[ \u00a0\u3000]+(?=[“”「」『』])")


# Single quotes used as a text's own quote marks (`社区打造‘和美邻里’服务品牌`), not inside a double quotation: read as
# the double quotes every rule knows, one character for one, so every offset stays the body's own.
_SINGLE_QUOTED = re.compile(r"‘([^‘’“”\n]{1,80})’")


def _single_as_double(text: str) -> str:
    """`text` with each top-level ‘…’ written “…” (a ‘…’ inside a “…” quotation is a quote within speech: kept)."""
    if "‘" not in text:
        return text
    chars = list(text)
    for m in _SINGLE_QUOTED.finditer(text):
        if text.count("“", 0, m.start()) <= text.count("”", 0, m.start()):
            chars[m.start()], chars[m.end() - 1] = "“", "”"
    return "".join(chars)


def extract_brands(
    body: str, sentences: Sentences | None = None, title: str | None = None, trace: dict[str, str] | None = None
) -> list[Brand]:
    """Named practices of a body, read with the spaces beside its quote marks taken out: a brand's `char_start` is
    the body's own offset, its `first_sentence` the sentence as read (without those spaces); `title`, when given,
    adds the name its headline opens with. Single quotes that stand for a text's quote marks are read as double ones;
    the sentence given is the body's own."""
    as_double = _single_as_double(body)
    if as_double != body or (title and _single_as_double(title) != title):
        found = extract_brands(as_double, None, title and _single_as_double(title), trace)
        return [_with_own_sentence(b, body, as_double) for b in found]
    if _SPACED_QUOTE.search(body) is None:
        return _brands_of(body, sentences, title, trace)
    removed = [m.span() for m in _SPACED_QUOTE.finditer(body)]
    origin: list[int] = []  # origin[k]: the body offset of the squeezed text's k-th character
    cursor = 0
    for a, b in removed:
        origin.extend(range(cursor, a))
        cursor = b
    origin.extend(range(cursor, len(body)))
    squeezed = _SPACED_QUOTE.sub("", body)
    return [
        replace(b, char_start=None if b.char_start is None else origin[b.char_start])
        for b in _brands_of(squeezed, None, title, trace)
    ]


def _with_own_sentence(brand: Brand, body: str, read: str) -> Brand:
    """`brand` as read from `read` (the body with its single quotes as double ones, the same length), with its
    sentence cut from `body` at the same place."""
    if brand.char_start is None or not brand.first_sentence:
        return brand
    start = read.rfind(brand.first_sentence, 0, brand.char_start + len(brand.first_sentence))
    if start < 0:
        return brand  # (the sentence was read with spaced quotes squeezed: it is the sentence as read)
    return replace(brand, first_sentence=body[start : start + len(brand.first_sentence)])


def _brands_of(
    body: str, sentences: Sentences | None = None, title: str | None = None, trace: dict[str, str] | None = None
) -> list[Brand]:
    """Named practices of a body; `title`, when given, adds the name its headline opens with.

    `trace`, when given, receives the path that decided each term the rules weighed: how it was kept
    (`named`, `recurrent`, `unquoted`, …) or why it was dropped (`vetoed`, `not_named`, `generic_term`,
    …); the learned re-scorer's candidates read it (tasks/extract/brand_candidates.py)."""
    sentences = sentences or split_sentences(body)
    path: dict[str, str] = {}

    def keep(term: str, start: int, how: str) -> None:
        if term not in first:
            first[term], path[term] = start, how

    stop = cues().not_brands
    first: dict[str, int] = {}
    quoted: dict[str, int] = {}
    eligible: list[tuple[str, int, re.Match[str], bool]] = []
    footer = _footer_lines(body)
    quote_marks: dict[str, list[int]] = {}  # each quoted string's opening quote marks, for the rules after the keeps
    for run in _quote_runs(body):
        for m, raw, _ in run:
            quote_marks.setdefault(raw, []).append(m.start())
        if footer and any(a <= run[0][0].start() < b for a, b in footer):  # (most bodies have no footer)
            continue
        candidates = [
            (cleaned, start, m)
            for m, term, start in run
            if 2 <= len(cleaned := clean_term(term)) <= lx.MAX_BRAND_CHARS
            and (cleaned not in stop or spelled_out(body, m.end(), cleaned))
            and not is_speech(body, m.start(), term, m.end())
        ]
        for term, _, _ in candidates:
            quoted[term] = quoted.get(term, 0) + 1
        if len(candidates) < len(run):
            # quotes listed with speech or stop-listed terms: judge each on its own
            verdicts = [looks_like_name(body, m.start(), m.end(), t) for t, _, m in candidates]
        else:
            # quotes listed together (`“缅怀革命先烈”、“少数民族一家亲”等活动`) share one verdict
            shared = any(looks_like_name(body, run[0][0].start(), run[-1][0].end(), t) for t, _, _ in candidates)
            # an ordinary word or a generic form in the list is still judged alone (`在“组织圈”和“生活圈”中`)
            # (and a programme joined with the case's own, `把“长白红枫”与“石榴籽”工程结合起来`, is another's)
            verdicts = [
                looks_like_name(body, m.start(), m.end(), t)
                if is_dictionary_word(t) or is_generic_form(t)
                else shared and not _combined_with(quote_context(body, m.start(), m.end()))
                for t, _, m in candidates
            ]
        eligible.extend((t, s, m, v) for (t, s, m), v in zip(candidates, verdicts, strict=True))
    eligible = _units_brands_share(body, eligible)
    vetoed: set[str] = set()
    for t, _, m, _ in eligible:
        if t in vetoed:
            continue  # (a term vetoed at one of its quotes is vetoed: its other quotes are not read again)
        if (
            _context_vetoed(body, m.start(), m.end(), t)
            or (is_dictionary_word(t) and not _name_given(body, m.start(), m.end(), t))
            or t in cues().soft_stop
            or _names_people(t)
            or _BARE_NUMBER.match(t) is not None  # `“12345”热线` quoted twice is still a number
            or (is_generic_form(t) and not _name_given(body, m.start(), m.end(), t))
            or _building_type(t)
        ):
            vetoed.add(t)
    for term, start, _, named in eligible:
        if named or (quoted[term] >= 2 and 3 <= len(term) <= 10 and term not in vetoed):
            keep(term, start, "named" if named else "recurrent")
    for term, start, m, _ in eligible:
        # (a people word, `帐房主持人`, yields to the brand's stem like a role: GUIDELINES h347)
        shape_only = _names_people(term) and not is_dictionary_word(term)
        shape_only = shape_only and not _context_vetoed(body, m.start(), m.end(), term)
        if term not in first and (term not in vetoed or shape_only) and _role_of_brand(term, first):
            keep(term, start, "role_of_brand")
    for term, start, m, _ in eligible:
        # (a shape veto, a people word or a generic modifier, yields to the brand's element: `帐房主持人`, `街坊客厅`)
        if term in first or _context_vetoed(body, m.start(), m.end(), term) or _post_over_housing(term):
            continue  # (`老院指导员` beside `钢城老院`: the post over the housing unit the brand names, a role, h472)
        if (
            _built_from_brand_tail(term, first)
            or _built_from_brand_element(term, first)
            or _record_of_brand(term, first)
            or _named_by_symbol(term, first)
            or _board_of_brand(term, first)
        ):
            keep(term, start, "built_from_brand")
    for term, start, m, _ in eligible:
        if (
            term not in first
            and _of_brand_family(term, body, first, title)
            and not _context_vetoed(body, m.start(), m.end(), term)
        ):
            keep(term, start, "brand_family")
    for term, start in programme_titles(body):
        keep(term, start, "programme")
    for term, start in unquoted_brands(body):
        if not any(a <= start < b for a, b in footer):
            keep(term, start, "unquoted")
    named = headline_name(title, body)
    if named and named not in first:
        quoted_at = next((m.start(m.lastindex or 0) for m in _QUOTED.finditer(body) if _quoted_inner(m) == named), None)
        keep(named, quoted_at if quoted_at is not None else max(body.find(named), 0), "headline")
    for listed, count_name, start in _counted_lists(body, eligible):
        first.pop(listed, None)
        path[listed] = "listed_parts"
        if not any(a <= start < b for a, b in footer):
            keep(count_name, start, "count_name")
    for term in _parts_of_counts(first, body) | _posts_of_systems(first):
        del first[term]
        path[term] = "part_or_post"
    for term, start in _short_forms(body, first, eligible, vetoed):
        keep(term, start, "short_form")
    for term, start in _unquoted_short_forms(body, first, title):
        keep(term, start, "short_form")
    plans = plan_spans(body)
    for term in [t for t in first if only_in_plans(body, t, plans) and not (title and t in title)]:
        del first[term]  # a name met only in the `下一步` plans or the `对策建议`: proposed, not yet done (h547, h597)
        path[term] = "only_planned"
    generic = [t for t in first if is_generic_term(t)]  # widespread terms (generic_terms.csv), asked once per term
    path.update({t: "generic_term" for t in generic})
    first = {t: s for t, s in first.items() if t not in generic}
    # (the lead's round-X decisions: plain qualified forms and formulas generic however introduced)
    plain = {
        t
        for t in first
        if _always_generic(t)
        or (_plain_form(t, body, first, title) and not called_its_brand(t, body, title))
        or _former_trade_corps(t, body)
        or (t.endswith(_contest_heads()) and not called_its_brand(t, body, title))
        or _descriptive_shape().match(t) is not None
        or _routine_day(t, first)
    }
    # (round Y) and the bare form word kept as the short form of a plain one (`夜话` of `窑湾夜话`: AUDIT round X
    # removed the short forms beside their place-named long forms)
    plain |= {t for t in first if path.get(t) == "short_form" and any(p.endswith(t) and p != t for p in plain)}
    path.update({t: "plain_form" for t in plain})
    first = {t: s for t, s in first.items() if t not in plain}
    contrasted = _contrasted(body) | (_contrasted(title) if title else set())
    other = {
        t
        for t in first
        if _names_something_else(body, t, quote_marks.get(t, ()))
        or _only_cited(body, quote_marks.get(t, ()))
        or t in contrasted
    }
    path.update({t: "not_a_name" for t in other})
    first = {t: s for t, s in first.items() if t not in other}
    if trace is not None:
        trace.update(path)
        trace.update({t: "vetoed" if t in vetoed else "not_named" for t, _, _, _ in eligible if t not in path})
    brands = []
    for ordinal, (term, start) in enumerate(sorted(first.items(), key=lambda kv: kv[1]), start=1):
        count = body.count(term)
        if not count:  # a headline's name the body only shortens (`“林海红哨”…` over `红哨`): no body offset
            brands.append(Brand(ordinal, term, 0, title.strip(), None))
            continue
        s_start, s_end = sentences.at(start)
        brands.append(Brand(ordinal, term, count, body[s_start:s_end], start))
    return brands
