"""What a figure counts or measures: the whole noun phrase next to it (`招聘25名专职网格员` → 专职网格员).

Cutting by characters split words (`上工业总产值完成`, `元降`); here the clause next to the figure
is segmented into words with jieba, so a subject always starts and ends on a word boundary. Then:
- after a classifier (`1032个网格`), the words that follow, up to the first verb, adverb or function word;
- otherwise (amounts, rates, durations, `党员近3000名`), the words before the figure, after dropping
  the verbs and qualifiers that lead into it (`达到`, `同比下降`, `累计`), back to the first verb that
  governs it (`培育`, `招聘`, from the lexicon), a function word, or the clause start; inside that
  phrase a verb governs its object (`商户招聘员工` → 员工, `注册楼宇党员志愿者` → 楼宇党员志愿者) but a
  single noun it modifies stays whole (`参与居民`); a short clause opening with a verb before 的 says which are
  counted and stays (`签订用工协议的企业22家`), a doer's clause (`街道受理的纠纷`) or a participle alone (`建成的小区`)
  does not; a per-unit amount keeps what 每 distributes over (`每户每月物业费0.5元`);
- a rate or share (`…率`, `…满意度`, `…占比`, `X占Y的`) is named by its whole phrase, verbs, 对 and 的
  included (`居民对社区服务的满意率`, `60岁以上老人占比`, `占全部投诉`);
- a quoted name is one word (`“红管家服务站”240个`);
- a place named by the service given there keeps its one-character head, which the segmenter cuts off as a numeral or a
  verb (`18个片区议事点`, `9个易地扶贫搬迁安置点`), unless a governing verb comes first (`住户转移到安置点`).
Domain words jieba splits wrongly (`占比`, `覆盖率`) are data: tasks/extract/data/subject_words.txt.
jieba's dictionary loads once per process (about 0.6 s); segmenting the clause is microseconds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.extract import lexicon as lx
from tasks.extract.regions import find_mentions, gazetteer, name_may_end_before
from tasks.extract.segmenter import segmenter

MAX_SUBJECT_CHARS = 16
_CLAUSE_STOP = re.compile(r"[，,。；;：:！？!?、（）()\n《》]")
# Up to the last clause stop of a text (greedy, then back to the last stop): one match in C, where `max` over
# `_CLAUSE_STOP.finditer` made a generator step per stop (10x the cost on a 20-character window)
_TO_LAST_STOP = re.compile(r"(?s).*" + _CLAUSE_STOP.pattern)
# Part-of-speech tags that never belong to the counted thing: prepositions, adverbs, conjunctions,
# particles, pronouns, numerals, classifiers, time words, idioms, punctuation.
_NEVER = ("p", "d", "c", "u", "r", "m", "q", "t", "i", "x", "y", "e", "o", "f", "s")
# Words between the counted thing and the figure (`覆盖率达到100%`, `投诉量同比下降28%`).
_TRAILING_WORDS = """达 达到 为 是 有 共 共有 现有 已有 累计 约 近 超过 超 逾 不少于 不低于 不足 不到 至少 由 从 到 至
下降 提升 提高 增长 增加 减少 缩短 降低 上升 同比 较 了 的 在 占 比 已 已经 分别 均 总计 合计 共计 高达 多达 仅 全部 全
保持 稳定 完成 实现 达成 突破 累计达 连续 低于 高于 可达 可 最高 最低 控制在 控制
缩小 扩大 延长 压缩 缩减 增至 降至 升至 跃升 减至 缩小到 扩大到 延长到 压缩到 缩短到 缩短至"""
_TRAILING = frozenset(_TRAILING_WORDS.split())
# Adverbs between a noun and its figure that also qualify nouns elsewhere (`面积一般在30至60平方米`, but
# `一般事项`): dropped only at the end of the phrase.
_TRAILING_ADVERBS = frozenset({"一般", "通常", "大多", "平均"})
# Verbs that govern the counted thing: it starts after them (`招聘25名…`, `培育社会组织846个`).
_GOVERNING = frozenset(lx.SUBJECT_VERBS) | frozenset(_TRAILING_WORDS.split()) | {"其中"}
# Scope words before the counted thing, not part of it (`全区常住人口` → 常住人口).
_SCOPE = ("全区", "全市", "全县", "全省", "全镇", "全乡", "全街道", "全国", "辖区内", "区内", "市内", "各")
# A rate, share or measure is named by a whole phrase that may hold verbs, 对 and 的
# (`居民对社区服务的满意率`, `楼宇党员参加组织生活的比例`, `平均办结时间`): its head ends like these.
_RATE_HEADS = ("率", "满意度", "比例", "占比", "比重", "量", "时长", "时间")
# Where such a phrase begins: after a time word, a pronoun (`其中`), a locative (`书记中`), a preposition
# other than 对, or one of these verbs that lead into the statement (`力争…实现覆盖率达到100%`).
_PHRASE_OPENERS = frozenset({"实现", "力争", "推动", "确保", "使", "让", "已", "已经", "目前", "截至", "通过"})
# jieba tags these as time words; in a phrase they are groups of people (`35岁以下青年占比`)
_AGE_GROUPS = frozenset({"青年", "少年", "老年", "中年", "成年"})
# Locatives that end a phrase rather than qualify a noun.
_POSITIONS = frozenset(
    {
        "以上",
        "以下",
        "以内",
        "之内",
        "之间",
        "之中",
        "当中",
        "期间",
        "之后",
        "之前",
        "以来",
        "左右",
        "上下",
        "以后",
        "以前",
        "之外",
        "以外",
    }
)
# Verbs of having that qualify a noun rather than govern it (`无物业小区`, `有物业小区`).
_QUALIFYING_VERBS = frozenset({"无", "有", "没有", "未", "缺乏"})
_LOCATIVES = frozenset({"中", "里", "当中", "之中"})
_QUOTES = {"“": "”", "「": "」", "‘": "’", "『": "』"}
_QUOTE_MARK = re.compile("[" + "".join(_QUOTES) + "]")  # a text without one has no word that opens a quote


def is_dictionary_word(term: str) -> bool:
    """Is `term` a word of the general dictionary (`主心骨`, `生活圈`, `连心桥`)?

    A case's coined names (`红管家`, `三社联动`, `微治理`) are not dictionary words; an ordinary word in
    quotes is a scare quote or a metaphor. Domain words of the user list count as words too.
    """
    return segmenter().tokenizer.FREQ.get(term, 0) > 0


@lru_cache(maxsize=1 << 13)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """The segmenter's words and tags of a clause, kept: a clause is segmented again for each figure
    it holds and for each side asked (about a quarter of the calls on the dev texts repeat one)."""
    return tuple(segmenter().tag(text))


def _words(text: str) -> list[tuple[str, str]]:
    """Words with their part of speech; a quoted name is one noun (`“红管家服务站”240个`)."""
    if not text:
        return []
    if not _QUOTE_MARK.search(text):
        return list(_tagged(text))  # no quote mark, no quoted name: the tagger's words as they are
    out: list[tuple[str, str]] = []
    quote: list[str] | None = None
    closing = ""
    for word, flag in _tagged(text):
        if quote is not None:
            quote.append(word)
            if word == closing:
                out.append(("".join(quote), "nz"))
                quote = None
        elif word in _QUOTES:
            quote, closing = [word], _QUOTES[word]
        else:
            out.append((word, flag))
    if quote is not None:  # unclosed: the words as they came
        out.extend((w, "x") for w in quote[:1])
        out.extend(_words("".join(quote[1:])))
    return out


def _is_verb(flag: str, word: str = "") -> bool:
    return flag.startswith("v") and flag != "vn" and word not in _QUALIFYING_VERBS


def _noun_like(word: str, flag: str) -> bool:
    if word in _GOVERNING or (word in lx.UNITS and word not in lx.NOUN_UNITS and flag != "b"):
        return False  # (review AB) a unit word tagged as an attributive is a noun's prefix: 副 of `专职副书记`
    if flag.startswith("s") or word in _AGE_GROUPS:
        return True  # place and group words jieba tags apart (`身边典型`, `街区党建联盟`, `青年白领`)
    if flag.startswith("i"):
        return "以来" not in word  # jieba tags four-character nouns as idioms (`安全隐患`); not `今年以来`
    if flag.startswith("f"):
        return len(word) >= 2 and word not in _POSITIONS  # `外来务工人员`, `中外游客`; not `以上`, `之间`
    return not flag.startswith(_NEVER)


def subject_after(body: str, end: int) -> str:
    """The noun phrase right after a classifier: `1260名流动党员纳入…` → 流动党员."""
    text = body[end : end + MAX_SUBJECT_CHARS]
    text = text[1:] if text.startswith("的") else text
    stop = _CLAUSE_STOP.search(text)
    return _subject_opening(text[: stop.start()] if stop else text)


@lru_cache(maxsize=1 << 13)
def _subject_opening(clause: str) -> str:
    """`subject_after` of the clause after a figure, up to its first stop: a pure function of that short text,
    kept, because the texts after a classifier repeat across pages (`名党员`, `个社区`: on the authored gold texts,
    73% of the asks repeat an earlier one, 27% on the 92 devset pages), and reading the words is most of the cost
    of a subject once the clause's tagging is cached."""
    out: list[str] = []
    words = _words(clause)
    for i, (word, flag) in enumerate(words):
        if out and word in _PLACE_SUFFIXES and not flag.startswith("n"):
            out.append(word)  # `议事点`, `服务站`: the place a service is given at, which jieba cuts off as a numeral
            break  # (the head of the phrase: `86个投放点上线`)
        if flag.startswith("v") and flag != "vn" and out and _verbs_naming_a_place(words, i):
            out.extend(w for w, _ in words[i : _place_end(words, i)])  # `易地扶贫搬迁安置点`: the verbs name it
            break
        if not _noun_like(word, flag) or (flag.startswith("v") and flag != "vn" and out):
            break
        out.append(word)
    return "".join(out)


# One-character heads that make a place or a body of the verb or noun before them (`安置点`, `服务站`, `调解室`,
# `议事角`), where the segmenter leaves them a word of their own, tagged a numeral, a classifier or a verb.
_PLACE_SUFFIXES = frozenset("点站室角处所厅")


def _place_end(words: list[tuple[str, str]], i: int) -> int:
    """Past the verbs from `i` to the place suffix after them, or `i` when none follows them."""
    j = i
    while j < len(words) and words[j][1].startswith("v") and words[j][1] != "vn":
        if words[j][0] in _GOVERNING:
            return i  # `居民区设立修补点`, `住户转移到安置点`: a predicate and its object, not one name
        j += 1
    return j + 1 if j < len(words) and words[j][0] in _PLACE_SUFFIXES else i


def _verbs_naming_a_place(words: list[tuple[str, str]], i: int) -> bool:
    """The verbs from `i` end in a place suffix that ends the noun phrase (`扶贫搬迁安置点`, `集中安置点共安置…`): a
    noun, no predicate; a noun after the suffix makes it a verb's object (`安置点位`)."""
    end = _place_end(words, i)
    return end > i and (end == len(words) or not words[end][1].startswith("n"))


def subject_before(body: str, start: int) -> str:
    """The noun phrase before a figure: `全市通过联席会议解决停车、漏水等问题` → 问题."""
    lo = max(0, start - MAX_SUBJECT_CHARS - 4)
    text = body[lo:start]
    cut = last.end() if (last := _TO_LAST_STOP.match(text)) else 0
    return _subject_closing(text[cut:])


@lru_cache(maxsize=1 << 13)
def _subject_closing(clause: str) -> str:
    """`subject_before` of the clause before a figure, from its last stop: a pure function of that short text,
    kept, because the clauses before figures repeat across pages (`共有`, `其中`, `累计培训`: on the authored gold
    texts, 39% of the asks repeat an earlier one, 16% on the 92 devset pages), and reading the words (trailing
    words, the phrase, its verb, a place name) costs several times the lookup."""
    words = _words(clause)
    while words and (
        words[-1][0] in _TRAILING
        or words[-1][0] in _TRAILING_ADVERBS
        or words[-1][1].startswith(("p", "d", "u", "m", "q", "x", "c", "r", "t"))
    ):
        words.pop()  # what stands between the counted thing and the figure: `总产值完成120亿元`
    if words and (words[-1][0].endswith(_RATE_HEADS) or any(w == "占" for w, _ in words[:-1])):
        out = _whole_phrase(words)
    else:
        out = []
        for word, flag in reversed(words):
            if not _noun_like(word, flag):
                break
            out.append((word, flag))
        out.reverse()
        out = _with_topic_clause(words, out) or _with_relative_clause(words, out) or _object_of_verb(out)
    out = _with_per_unit(words, out)
    # a phrase does not open with a scope word or a place name (`全区常住人口` → 常住人口)
    while len(out) > 1 and (out[0][0] in _SCOPE or (out[0][1] == "ns" and _is_place(out[0][0]))):
        out.pop(0)
    phrase = "".join(w for w, _ in out)
    return _without_place(phrase)[-MAX_SUBJECT_CHARS:]


def verb_before(body: str, start: int) -> str:
    """The verb right before a figure, for a figure whose clause names no noun (`累计投入1300万元` → 投入)."""
    lo = max(0, start - 8)
    text = body[lo:start]
    cut = last.end() if (last := _TO_LAST_STOP.match(text)) else 0
    words = _words(text[cut:])
    while words and words[-1][1].startswith(("d", "u", "m", "q", "x", "p")) and words[-1][0] not in lx.SUBJECT_VERBS:
        words.pop()  # `投入了`, `达`: what stands between the verb and the figure
    if words and words[-1][1].startswith("v") and words[-1][0] not in _TRAILING:
        return words[-1][0]
    return ""


# Words that open a relative clause naming what a noun is about (`涉及物业的投诉`, `有关拆迁的信访`).
_TOPIC_OPENERS = frozenset({"涉及", "关于", "有关"})


def _with_topic_clause(words: list[tuple[str, str]], out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`涉及小区管理的投诉` is one phrase: the clause before 的 says which complaints are counted."""
    head = len(words) - len(out)
    if not out or head < 2 or words[head - 1][0] != "的":
        return []
    for j in range(head - 2, max(-1, head - 7), -1):
        if words[j][0] in _TOPIC_OPENERS:
            return words[j:]
        if words[j][1].startswith(("x", "t", "r")):
            break
    return []


def _with_per_unit(words: list[tuple[str, str]], out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`每个社区专职工作者9名`, `每餐补贴4元`, `每名党员每年服务时长不少于24小时`: a per-unit amount is named with its
    unit (每 and what it distributes over), as the rulebook's per-unit figures are read; the 每 words the tagger reads
    as pronouns end a phrase otherwise."""
    if not out:
        return out
    j = len(words) - len(out)
    start = None
    while j > 0:
        word, flag = words[j - 1]
        if word.startswith("每"):
            start = j - 1
        elif not (flag.startswith(("q", "m")) or _noun_like(word, flag)):
            break
        j -= 1
    return words[start:] if start is not None else out


_RELATIVE_REACH = 8  # characters of a relative clause read before 的 (`签订用工协议的企业`)


def _with_relative_clause(words: list[tuple[str, str]], out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`签订用工协议的企业22家`, `房屋进水的居民1300多户`: a short clause with a verb before 的 says which of the
    things are counted, and is part of the phrase; it runs back to the clause's start or to a word that leads into
    the statement (`共有`, `其中`)."""
    head = len(words) - len(out)
    if not out or head < 2 or words[head - 1][0] != "的":
        return []
    start = head - 1
    while start > 0:
        word, flag = words[start - 1]
        if word in _GOVERNING or word in _PHRASE_OPENERS or flag.startswith(("x", "t", "r", "c", "p", "d", "m", "q")):
            break
        start -= 1
    clause = words[start : head - 1]
    if not clause or sum(len(w) for w, _ in clause) > _RELATIVE_REACH:
        return []
    if len(clause) < 2 or not _is_verb(clause[0][1], clause[0][0]):
        return []  # a participle alone (`建成的老旧小区`) or a doer first (`街道受理的纠纷`): the noun is counted
    return words[start:]


def _object_of_verb(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The noun phrase a verb governs, without the verb.

    A clause (someone does something) names its object: `商户招聘员工` → 员工, `负责人担任兼职委员` →
    兼职委员 (a verb right after the governing one modifies the noun). A verb that opens the phrase
    governs a phrase of two words or more (`注册楼宇党员志愿者` → 楼宇党员志愿者, `签订共建协议` →
    共建协议) but modifies a single noun (`参与居民`, `注册志愿者` stay whole).
    """
    # the last verb, found from the end (only it is read: the words before it need no test)
    first = next((i for i in range(len(words) - 1, -1, -1) if _is_verb(words[i][1], words[i][0])), -1)
    if first < 0:
        return words
    while first > 0 and _is_verb(words[first - 1][1], words[first - 1][0]):
        first -= 1  # the start of the last run of verbs
    if first >= len(words) - 1 or all(_is_verb(flag, word) for word, flag in words[first:]):
        return words
    if first > 0 and any(flag.startswith("n") for _, flag in words[:first]):
        return words[first + 1 :]
    if first == 0 and (len(words) >= 3 or words[1][0][:1] in _QUOTES):
        return words[1:]  # `注册楼宇党员志愿者`, `选聘“夜谈召集人”`: the verb governs a whole phrase
    return words


def _whole_phrase(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The phrase naming a rate or share, back to where its statement begins (see _PHRASE_OPENERS)."""
    out: list[tuple[str, str]] = []
    for word, flag in reversed(words):
        if (
            word in _PHRASE_OPENERS
            or word in _LOCATIVES
            or word == "等"
            or (flag.startswith("t") and word not in _AGE_GROUPS)
            or flag.startswith(("r", "c", "i"))
            or (flag in ("m", "q") and not _age_bound(word, out))
            or (flag.startswith("p") and word != "对")
            or "以来" in word
        ):
            break
        out.append((word, flag))
    out.reverse()
    while out and (out[0][1].startswith("u") or (out[0][0] in _TRAILING and out[0][0] != "占")):
        out.pop(0)
    return out


def _age_bound(word: str, following: list[tuple[str, str]]) -> bool:
    """Part of an age bound inside the phrase (`35岁以下的占比`, `60岁以上老人占比`)."""
    return word.startswith("岁") or (word.isdigit() and bool(following) and following[-1][0].startswith("岁"))


def _is_place(word: str) -> bool:
    """A division name or its short form (`厦门`, `思明区`), not a common word jieba tags as a place (`城市`)."""
    gz = gazetteer()
    return word in gz.by_name or word in gz.by_alias


def _without_place(phrase: str) -> str:
    """Drop a division name the phrase starts with (`思明区社区居民满意度` → 社区居民满意度).

    A name is dropped only when two characters follow it, so it ends on a suffix character (`区`, `市`, …)
    before the last two: without one there, no mention can qualify and the gazetteer scan is skipped."""
    if not name_may_end_before(phrase, len(phrase) - 2):
        return phrase
    mentions = find_mentions(phrase, aliases=False)
    if mentions and mentions[0].start == 0 and len(phrase) - mentions[0].end >= 2:
        return phrase[mentions[0].end :]
    return phrase


def opens_narration(text: str) -> bool:
    """Does `text` open like narration (`这是…`, `上午九点,…`, `在南京,…`) rather than name an action?"""
    words = _words(text[:6])
    if words and words[0][0] in lx.PEOPLE_TAGGED_AS_TIME:
        return False  # `青年在哪里，组织就建到哪里`: the young people, not a time of life
    return bool(words) and (words[0][1] in ("r", "t", "tg") or words[0][0] in ("在", "当", "每当", "如今", "此前"))


def acts_after_opening(text: str) -> bool:
    """Does a verb follow the opening word, with no figure (`平时演练急时管用`, `老少结对互帮`), unlike a story's time
    mark (`清晨六点`, `傍晚的小巷`)? A heading that opens like narration may still name an action."""
    words = _words(text)
    return any(flag.startswith("v") for _, flag in words[1:]) and not any(flag == "m" for _, flag in words)


# Verbs of change between two figures of one quantity (`从40%跃升至70%`, `由15天缩短至3天`).
_CHANGE = re.compile(
    r"^(?:[，,]?(?:同比|分别|已|还)?(?:跃升|提升|提高|上升|增长|增加|增至|升至|下降|降低|降至|减少|缩短|缩减|压缩|扩大|达到|变为)?"
    r"(?:到|至|为|了)?)$"
)


def is_change_between(text: str) -> bool:
    """Does the text between two figures only say that one became the other?"""
    return bool(text) and bool(_CHANGE.match(text)) and len(text) <= 6


def clause_after(body: str, end: int) -> str:
    """The rest of the clause after a figure, as the thing it measures (`连续3年举办培训班` → 举办培训班)."""
    text = body[end : end + MAX_SUBJECT_CHARS]
    stop = _CLAUSE_STOP.search(text)
    clause = (text[: stop.start()] if stop else text).strip()
    # without what only links or qualifies it: `3年的实践` → 实践, `3个季度上黑榜的` → 上黑榜,
    # `3至6个月内完成…` → 完成…, `最快10分钟就办好了` → 办好
    clause = re.sub(r"^(?:的|内|之内|以内|以来|来|下来|就|都|才|持续|不断|先后|共计|共|累计|已经|已)+", "", clause)
    clause = re.split(r"\d", clause)[0]  # `两年来改造小区137个` → 改造小区
    clause = re.sub(r"(?:的|了)+$", "", clause)
    return clause
