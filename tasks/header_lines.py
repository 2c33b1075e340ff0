"""What a short line around an article's headline is: breadcrumb, byline, toolbar, decoration, source.

Pages of every kind put the same furniture next to the headline: a breadcrumb (`您的位置：首页 > 要闻 >
正文`), a byline (`作者：张燕 王明`, `文/李华`, `■中共甘肃省委组织部`, `本报记者 王五 通讯员 赵六`), a
site toolbar (`共产党员网 打印 纠错`), a column label in decoration (`【基层创新案例】 ◆◆◆`) or a
`来源：` line. None of them is ever the title. The rules here describe those shapes, for HTML and
text inputs alike; the words they use are data (tuples below), extended when a new site brings one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from tasks.dates import DAY_IN_WORDS, MONTH_IN_WORDS, YEAR_IN_WORDS

# Suffixes that make a name an organisation (the author of a case is usually a Party committee's
# organisation department, a street or community Party body, or a government office).
ORG_SUFFIXES: tuple[str, ...] = (
    "组织部", "宣传部", "统战部", "社会工作部", "政法委", "社治委", "党工委", "工委", "党委", "党组", "党支部",
    "党总支", "委员会",
    "办公室", "办事处", "街道", "社区", "人民政府", "政府", "党校", "研究院", "研究中心", "课题组", "调研组",
)  # fmt: skip
# The characters of an organisation's name: Han characters, but not 丨 (U+4E28, a Han radical WeChat prints as a
# bar between a label and its value: `来源丨宽甸镇党委`), and the brackets of a full name.
_ORG_CHARS = r"[\u4e00-\u4e27\u4e29-\u9fff（）()]"
ORG_RE = re.compile(
    # a Party committee named by its level alone needs `中共` (`中共榕江县委`, `中共鼓楼区委`): a bare `县委` ends prose
    r"(?P<org>中共[\u4e00-\u9fff]{1,20}?[省市州县区旗盟]委(?![\u4e00-\u9fff])"
    rf"|(?:中共|中国共产党)?{_ORG_CHARS}{{1,30}}?(?:"
    + "|".join(sorted(map(re.escape, ORG_SUFFIXES), key=len, reverse=True))
    + r"))(?![\u4e00-\u9fff])"
)

# Labels that open a byline; what follows is a person or an organisation, never prose.
BYLINE_LABELS: tuple[str, ...] = (
    # `人` names the writer of a research note or report: `（执笔人：张三 李四）` under its headline
    r"作\s*者(?:单位)?", r"撰\s*稿\s*人?", r"撰\s*文\s*人?", r"供\s*稿(?:单位|人)?", r"稿\s*件\s*提\s*供",
    r"执\s*笔\s*人?", r"整\s*理\s*人?",
    r"文\s*图", r"图\s*文", r"文\s*字", r"文",  # (`文字：王五` over `图片：…`/`编辑：…` in a WeChat credit)
    # a newspaper's reporting credit: `采写：南都记者 王五`, `采访整理：李四`
    r"采\s*写", r"采\s*访\s*整\s*理",
    # award and citation forms: `申报单位：…`, `推荐单位：…`, `报送单位：…` (who is the author is decided by parse)
    r"(?:申报|推荐|报送|选送|推送|主办|承办)\s*单\s*位",
)  # fmt: skip
_BYLINE_LABEL = re.compile(
    # a magazine or column named in 《》 may stand before the label: `《财经》作者 王五`, `《瞭望》文/李四`
    r"^[（(【\[]?\s*(?:《[^》]{1,12}》\s*)?(?P<label>"
    + "|".join(BYLINE_LABELS)
    + r")\s*(?:[:：/｜|丨]|\s(?=\S))\s*(?P<value>.+?)\s*[)）】\]]?$"
)
# Reporters and correspondents: `本报记者 王五`, `记者 李四 通讯员 王五`, `新华社记者 张三`.
# An organisation with the label after it: `中共XX区委组织部 供稿`, `XX街道党工委供稿`.
# `中共XX区委组织部编　2024年11月20日`: a district bulletin compiled by the body (GUIDELINES, decided for h397)
_TRAILING_LABEL = re.compile(r"^(?P<value>.+?)\s*(?:供\s*稿|撰\s*稿|整\s*理|报\s*送|执\s*笔|编\s*印|编)$")
_REPORTER = re.compile(r"^[（(]?\s*(?:[\u4e00-\u9fff·《》]{0,12}(?:记者|通讯员|特约撰稿人?))\s*[:：]?\s*\S")
# A reporter credit inside the text: the wire lead `新华社北京5月9日电（记者邹伟）` or a closing `(记者张淼淼)`.
_CREDIT = re.compile(r"[（(]\s*(?P<credit>(?:[\u4e00-\u9fff·]{0,10})(?:记者|通讯员)(?![注按])[^（()）]{1,40}?)\s*[)）]")
_CREDIT_WORDS = re.compile(r"记者|通讯员")  # in every credit: a paragraph without them is not scanned for one
_CREDIT_LINE_SOURCE = re.compile(r"\s*(?:来源|稿源)\s*[:：].*$")
_SENTENCE = re.compile(r"[。！？!?；;，,]")
_FULL_STOP = re.compile(r"[。！？!?；;]")
_COMMA = re.compile(r"[，,]")
_WEN_SEPARATED = re.compile(r"^[（(【\[]?\s*(?:《[^》]{1,12}》\s*)?文\s*[:：/｜|丨]")
# A personal name spaced out to the width of a longer one, alone on its line: `张 燕`, `王 小 明`.
_SPACED_NAME = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2}$")
# The date an author line carries, in brackets or after it: `（2023年8月）`, `　2024年11月`, ` 2024-11-12`.
_DATE_ONLY = (
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?"
    rf"|{YEAR_IN_WORDS}\s*年(?:\s*{MONTH_IN_WORDS}\s*月(?:\s*{DAY_IN_WORDS}\s*日)?)?"  # `二〇二四年九月`
)
# (a site's row may set the two apart with a bar: `XX区委组织部 | 2023-09-18`)
_DATED = re.compile(rf"\s*(?:[|｜丨]\s*)?(?:[（(]\s*(?:{_DATE_ONLY})\s*[)）]|(?:{_DATE_ONLY}))$")
# An organisation, then the person who wrote for it: `中共瑞安市委组织部 陈晓东`, `XX区委组织部　王 五`.
_BRACKETED_AUTHOR = re.compile(r"^[（(]\s*(?P<inner>[^（()）]{4,40}?)\s*[)）]$")
_ORG_AND_PERSON = re.compile(r"^(?P<org>[^\s]{4,30})[\s\u3000]+[\u4e00-\u9fff·](?:[\s\u3000]?[\u4e00-\u9fff·]){1,2}$")
_REPORTER_WORDS = re.compile(r"记者|通讯员|特约撰稿人?")
# A news site's lead-in alone on its line, the credit in brackets: `乐山新闻网讯（记者 杨洋 通讯员 曲比）`,
# `本报讯（通讯员 王五）`, `新华社北京5月9日电（记者 邹伟）`.
_WIRE_CREDIT = re.compile(
    r"^[\u4e00-\u9fff·\dA-Za-z]{1,20}[讯电]\s*[（(]\s*(?P<credit>[^（()）]*(?:记者|通讯员)[^（()）]*?)\s*[)）]$"
)
# WeChat marks an account's own article `原创` before the author's name: `原创 市南区委组织部`.
_WECHAT_ORIGINAL = re.compile(r"^原创\s+(?P<value>[^\s，,。]{2,30}(?:\s+[^\s，,。]{2,30}){0,3})$")

# Page tools a line may open with, whatever follows (`打印 关闭窗口`, `收藏 本文链接…`): tasks/sites/boilerplate.py
# drops such lines; a row of nothing but TOOLBAR_WORDS (which include these) is a toolbar.
LINE_OPENING_TOOLS: tuple[str, ...] = ("收藏", "打印", "关闭", "返回顶部", "纠错", "举报", "打印本页", "关闭窗口")
TOOLBAR_WORDS: frozenset[str] = frozenset(
    (
        *LINE_OPENING_TOOLS,
        "打印此页", "打印文章", "我要纠错", "加入收藏",
        "返回", "返回首页", "分享", "分享到", "字号", "字体", "大",
        "中", "小", "默认", "放大", "缩小", "朗读", "语音播报", "复制链接", "评论",
        "我要评论", "推荐", "设为首页", "手机版", "无障碍", "繁体", "繁體", "简体", "登录",
        # script and language toggles, as printed and after t2s (`繁體版` → 繁体版)
        "简体版", "繁体版", "简体中文", "繁体中文", "简繁切换", "繁简切换", "English", "ENGLISH",
        "注册", "扫一扫", "二维码", "微博", "微信", "QQ空间", "【打印】", "【关闭】",
        # the older portals' row under a headline (`【字号 大 中 小】 打印 留言 论坛 网摘 手机点评 纠错 E-mail推荐:`)
        "留言", "论坛", "网摘", "手机点评", "E-mail推荐", "Email推荐", "推荐给朋友", "发表评论", "查看评论",
        "【收藏】", "【纠错】", "[打印]", "[关闭]", "字号：",
        # the font-size switch printed in words (`【大字体 中字体 小字体】`, `字体：大字 中字 小字`)
        "大字体", "中字体", "小字体", "大字", "中字", "小字", "字体大小", "默认字体",
        # e-paper page navigation (数字报): every page of every edition carries it
        "上一版", "下一版", "上一期", "下一期", "上一篇", "下一篇", "版面导航", "版面目录", "本版目录",
        "标题导航", "PDF版", "PDF", "往期回顾", "放大版面", "缩小版面", "本版PDF", "返回目录",
        "本版导读", "版面导读", "PDF下载", "下载PDF", "本版PDF下载", "PDF阅读", "电子版",
        # WeChat article chrome: the read-aloud button, the buttons under a read count, the link and follow buttons
        "听全文", "点赞", "在看", "阅读原文", "关注公众号",
    )
)  # fmt: skip
_TOOLBAR_SPLIT = re.compile(r"[\s|｜丨/·•【】\[\]（）()：:]+")
# Mirror and portal chrome that is not a tool but stands in the same row: a mirror's cache label
# (`镜像快取`, `网页快照`: 快取 is the traditional-script sites' word for a cache, unchanged by t2s) and an ad
# slot (`广告位招租`, `广告`). A token made only of these words counts as a tool.
CHROME_WORDS: tuple[str, ...] = (
    "镜像站", "镜像", "快取", "快照", "网页快照", "百度快照", "缓存", "网页缓存",
    "广告位招租", "广告位", "广告招租", "招租", "广告", "赞助商",
)  # fmt: skip
_CHROME_TOKEN = re.compile("(?:" + "|".join(sorted(map(re.escape, CHROME_WORDS), key=len, reverse=True)) + ")+")
# (a county's media centre, `双鸭山市岭东区融媒体中心`, d1881 73rd set: a plain member of the outlet names, as in
# _NAMED_OUTLET below)
SITE_SUFFIXES = (
    r"(?:网|在线|频道|新闻网|客户端|APP|App|电视台|门户|网站|之声|日报|晚报|报|党建网|政府网|数字版|电子版|数字报"
    r"|融媒体中心)"
)
# Government WeChat accounts are named `<place>发布` (`都江堰发布`, `长春朝阳发布`): short, no other word.
_SITE_NAME = re.compile(rf"^(?:[\u4e00-\u9fffA-Za-z0-9.]{{2,10}}{SITE_SUFFIXES}|[\u4e00-\u9fff]{{2,6}}发布)$")
_SOURCE_LINE = re.compile(r"^[（(【\[]?\s*(?:来源|稿源|出处|转载自|转自|来自|信息来源|文章来源)\s*[:：]")
_DECORATION = "◆◇■□●○★☆▲△▼▽※◎♦►▶◀•·◢◣◤◥❖✦✧❤♥—-=~～*＊#＃"
# Block elements (`▌█`) and geometric shapes: drawn, never written.
_UNDECORATE = {ord(c): None for c in _DECORATION + " \u3000"} | {c: None for c in range(0x2580, 0x2600)}
_BRACKETED = re.compile(r"【[^】]{0,20}】|\[[^\]]{0,20}\]|〖[^〗]{0,20}〗|『[^』]{0,20}』")
_HAN = re.compile(r"[\u4e00-\u9fff]")

BREADCRUMB_LABELS = r"(?:您的位置|你的位置|您现在的位置|你现在的位置|当前位置|所在位置|现在位置|位置)"
_CRUMB_LABEL = re.compile(rf"^\s*{BREADCRUMB_LABELS}\s*[:：]?\s*")
_CRUMB_SPLIT = re.compile(r"\s*(?:>>|»|›|>|＞|→|->|〉|≫)\s*")
_CRUMB_HOME = re.compile(r"首页|主页|首頁|home|网$|網$|频道$|頻道$|报$|報$|在线$|门户$", re.I)
CRUMB_DROP = frozenset(("正文", "内容", "详情", "阅读文章", "文章内容", "正文内容"))


@dataclass(frozen=True)
class Byline:
    text: str  # the byline as printed
    author_org: str | None  # the organisation it names, if any


def org_in(text: str) -> str | None:
    """The first organisation name in `text` (`中共红塔区委组织部`), or None."""
    match = ORG_RE.search(text)
    return match.group("org") if match else None


def byline(line: str) -> Byline | None:
    """The line as a byline, when it is one: a labelled byline, a reporter line or a bare organisation.

    A byline is short and holds no sentence: `作者：张燕 王明`, `文/李华`, `供稿：中共XX区委组织部`,
    `本报记者 王五 通讯员 赵六`, `长兴县委组织部` (an organisation alone on its line).
    """
    line = line.strip()
    if not line or len(line) > 60 or _FULL_STOP.search(line.rstrip("。")):
        return None
    labelled = _BYLINE_LABEL.match(line)
    if labelled:
        value = labelled.group("value").strip()
        if labelled.group("label") == "文" and not _WEN_SEPARATED.match(line):
            return None  # `文` without a separator starts prose, not a byline
        if len(value) > 40 or (_COMMA.search(value) and len(value) > 24):
            return None
        if labelled.group("label").startswith("推荐"):
            return Byline(line, None)  # `推荐单位` recommends the case; it did not write it
        return Byline(line, org_in(value))
    wire = _WIRE_CREDIT.match(line)
    if wire:
        credit = wire.group("credit").strip()
        return Byline(credit, org_in(_REPORTER_WORDS.sub(" ", credit)))
    original = _WECHAT_ORIGINAL.match(line)
    if original:
        return Byline(original.group("value"), org_in(original.group("value")))
    if _COMMA.search(line):
        return None
    trailing = _TRAILING_LABEL.match(_DATED.sub("", line))
    if trailing and ORG_RE.fullmatch(trailing.group("value")):
        return Byline(line, trailing.group("value"))
    if _REPORTER.match(line) or _OUTLET_REPORTER.match(line):  # `福建日报 记者 郑锦华`: the outlet, a space
        credit = _CREDIT_LINE_SOURCE.sub("", line).strip()  # `…记者 魏其濛 来源：中国青年报`
        return Byline(credit, org_in(_REPORTER_WORDS.sub(" ", credit)))
    bracketed = _BRACKETED_AUTHOR.match(line)
    if bracketed and _DATED.search(bracketed.group("inner")):
        inner = byline(bracketed.group("inner"))  # `（燕泉社区党委 2024年5月）`: the author and the date in brackets
        if inner is not None and inner.author_org:
            return Byline(line, inner.author_org)
    org = ORG_RE.fullmatch(_DATED.sub("", line))  # `仁怀市委组织部（2023年8月）`: an author with the date
    if org and len(line) <= 30:
        return Byline(line, org.group("org"))
    signed = _ORG_AND_PERSON.match(undecorated(line))  # `■中共瑞安市委组织部 陈晓东`: the body and its writer
    if signed and ORG_RE.fullmatch(signed.group("org")) and not signed.group("org").endswith(("街道", "社区")):
        return Byline(line, signed.group("org"))
    if _SPACED_NAME.match(line):
        return Byline(line, None)
    return None


# Words that label the next field of a meta row (`作者：张三 时间：…`, `作者: 李四　责任编辑: 王五`): never a name.
_FIELD_WORDS = r"(?:时间|日期|来源|编辑|责编|责任编辑|发布|点击|浏览|阅读|字号|分享|打印|关闭|摄影|图片|原标题)"
# The names after a byline label: a first name or organisation, then up to four more short names
# (`何苗 张梦洁`, `余毅菁、向雪妮`), none of them the label of the row's next field.
# (a name of a minority or a transliterated one joins its parts with `·`: `阿依古丽·买买提`)
_NAMES = (
    rf"(?!{_FIELD_WORDS})[\u4e00-\u9fff·]{{1,20}}"
    rf"(?:[ \u3000、，,](?!{_FIELD_WORDS})[\u4e00-\u9fff]{{1,4}}(?:·[\u4e00-\u9fff]{{1,8}}){{0,2}}"
    r"(?![\u4e00-\u9fff·])){0,4}"
)
# a reporter's credit after the label (`作者：记者 王五 通讯员 赵六`)
_REPORTER_AFTER_LABEL = r"(?:[\u4e00-\u9fff·《》]{0,12}?(?:记者|通讯员)[\s\u3000]*)?"
# (a unit label is one word with its label: `供稿单位：XX街道党工委`, `作者单位：…`, never a name `单位`)
_INLINE_BYLINE = re.compile(
    r"(?:作\s*者(?:\s*单\s*位)?|供\s*稿(?:\s*单\s*位)?|撰\s*稿(?:\s*单\s*位)?|采\s*写|通讯员|记者)"
    rf"\s*[:：/｜|]?\s*{_REPORTER_AFTER_LABEL}{_NAMES}"
)
# A byline in a page's meta row, where a label always has its separator (`本文来源：某某网 作者：李四`,
# `[作者: 王五　责任编辑: 赵六 ]`, `文/图 刘晓`): the label, the separator, perhaps `记者`, then the names
# (a handle too: `作者：kingname`).
_ROW_BYLINE = re.compile(
    r"(?:作\s*者(?:\s*单\s*位)?|供\s*稿(?:\s*单\s*位)?|撰\s*稿(?:\s*单\s*位)?|采\s*写|文\s*字|文\s*/\s*图|图\s*/\s*文"
    r"|(?<![\u4e00-\u9fff])文)\s*[:：/｜|]\s*"
    rf"{_REPORTER_AFTER_LABEL}(?:{_NAMES}|[A-Za-z][A-Za-z0-9_.-]{{2,30}})"
)


def inline_byline(text: str) -> Byline | None:
    """A byline inside a dateline (`发布时间：… 来源：长沙晚报 作者：刘 敏`), as printed."""
    match = _INLINE_BYLINE.search(text)
    if match is None:
        return None
    found = match.group(0).strip()
    return Byline(found, org_in(found))


# A reporter row: an outlet perhaps, `记者`/`通讯员`, then names set apart (`澎湃新闻记者 贺梨萍`,
# `本报记者 王五 通讯员 赵六`); never a sentence (`记者从市委组织部获悉`).
_ROW_REPORTER = re.compile(
    r"^[（(]?\s*[\u4e00-\u9fff·《》]{0,12}?(?:全媒体|融媒体)?(?:记者|通讯员|特约撰稿人?)[\s\u3000:：]+"
    r"(?:(?:记者|通讯员)[\s\u3000:：]*|[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、，,]+|(?=[)）]?$)))+[)）]?$"
)


def row_byline(text: str) -> Byline | None:
    """The byline a page's meta row carries (`本文来源：某某网 作者：李四`, `[作者: 王五　责任编辑: 赵六]`,
    `某某新闻记者 陈立`), or None: only the forms that say what they are (a label with its separator, a
    reporter row, a wire credit), since such a row stands outside the article's text."""
    text = " ".join(text.split())
    if not text or len(text) > 100:
        return None
    found = _ROW_BYLINE.search(text)
    if found is not None:
        return Byline(found.group(0).strip(), org_in(found.group(0)))
    credit = _CREDIT_LINE_SOURCE.sub("", text).strip()  # `…记者 魏其濛 来源：中国青年报`
    if _ROW_REPORTER.match(credit):
        return Byline(credit, org_in(_REPORTER_WORDS.sub(" ", credit)))
    wire = _WIRE_CREDIT.match(text)
    if wire:
        return Byline(wire.group("credit").strip(), org_in(_REPORTER_WORDS.sub(" ", wire.group("credit"))))
    return None


# A wire or news-flash lead's credit (`人民网合肥11月8日电 （记者钱伟）`, `本报讯（通讯员 王五）`), looked for in
# the first paragraphs too, since a page's leftover header lines may come before the lead.
_WIRE_LEAD = re.compile(r"[讯电]\s*[（(]\s*(?P<credit>[^（()）]{0,12}(?:记者|通讯员)[^（()）]{1,40}?)\s*[)）]")
# A closing credit that labels its writer: `(文/图 刘晓 王敏)`, `（作者：李华）`, `（采写：记者 王五）`.
_LABELLED_CREDIT = re.compile(
    r"[（(]\s*(?P<credit>(?:文\s*/\s*图|图\s*/\s*文|(?<![\u4e00-\u9fff])文|作\s*者|采\s*写|撰\s*稿)\s*[:：/]\s*"
    r"[^（()）:：]{1,40}?)\s*[)）]"
)


def credit_in(paragraphs: list[str]) -> Byline | None:
    """The reporter credit of an article that prints it inside its text rather than on a line of its
    own: in the lead's first 60 characters (`…5月9日电（记者邹伟）`; a wire lead's in the first five
    paragraphs, since a page's leftover header lines may come first), at the end of the last paragraph
    (`（记者张淼淼）`, `(文/图 刘晓 王敏)`), or as a short line of its own among the first three or the last
    six (`作者：《某刊》记者 林一`, `中青报·中青网记者 魏其濛 来源：中国青年报`, `采写：南都记者 王五`, with a
    related-articles list after it). The text stays in the body."""
    if not paragraphs:
        return None
    lead = _CREDIT.search(paragraphs[0][:60])
    if lead:
        return Byline(lead.group("credit"), org_in(lead.group("credit")))
    for paragraph in paragraphs[1:5]:
        wire = _WIRE_LEAD.search(paragraph[:60])
        if wire:
            return Byline(wire.group("credit"), org_in(wire.group("credit")))
    for last in paragraphs[-2:][::-1]:
        closing = list(_CREDIT.finditer(last)) if _CREDIT_WORDS.search(last) else []
        closing = closing or list(_LABELLED_CREDIT.finditer(last[-60:]))
        if closing and _ends_paragraph(last, closing[-1].group(0)):
            credit = closing[-1].group("credit")
            return Byline(credit, org_in(credit))
        if len(last) <= 60 and _REPORTER.match(last) and not _BYLINE_LABEL.match(last) and not _SENTENCE.search(last):
            credit = _CREDIT_LINE_SOURCE.sub("", last).strip()
            return Byline(credit, org_in(_REPORTER_WORDS.sub(" ", credit)))
    for line in [*paragraphs[:3], *paragraphs[-6:][::-1]]:
        found = _credit_line(line)
        if found is not None:
            return found
    return None


def closing_credit(lines: list[str]) -> Byline | None:
    """The first labelled credit or reporter row among the closing credits under an article (`本文来源：某某网
    作者：李四`, `作者|王五`): who wrote it, when the article's own lines did not say."""
    return next((found for found in map(_credit_line, lines) if found is not None), None)


def _credit_line(line: str) -> Byline | None:
    """A short line, no sentence, that carries a byline saying what it is: a label (`作者：…`, `采写：…`, in a
    source row too: `本文来源：某某网 作者：李四 责任编辑：王五`) or a reporter row."""
    if len(line) > 100 or _SENTENCE.search(line):
        return None
    return row_byline(line)


def _ends_paragraph(paragraph: str, credit: str) -> bool:
    """The credit closes the paragraph: at most one character after it but full stops and spaces."""
    return paragraph.rfind(credit) + len(credit) >= len(paragraph.rstrip("。 \u3000")) - 1


# `来源：` values that name no outlet: the page's own site or paper (`来源：本站`, `来源：本网原创`), the site's own
# writing, or the web at large (`来源：网络`). The line is still the page's source line; it names nobody.
UNNAMED_SOURCES: tuple[str, ...] = ("本站", "本网", "本台", "本报", "本刊", "本平台", "原创", "网络", "互联网")
_UNNAMED_SOURCE = "(?:" + "|".join(UNNAMED_SOURCES) + r")(?:原创|稿件|编辑|整理)?(?![^\s|｜/【】\[\]])"
# The outlet a dateline or source line names: `来源：人民网-中国共产党新闻网`, `发布时间：… 来源：厦门日报`.
# (a row of bracketed fields ends the value at its bracket: `【来源：XX区委组织部】【字号：大 中 小】`)
SOURCE_RE = re.compile(rf"来源\s*[:：]\s*(?!{_UNNAMED_SOURCE})(?P<source>[^\s|｜/【】\[\]]{{2,30}})")


# A `来源：` value that is a Party body, not an outlet (`南山区委组织部`, `郫都区委社治委`, `东街街道党工委`):
# who wrote the piece. Government offices (`…人民政府办公室`) stay outlets: portals print them as theirs.
SOURCE_ORG_RE = re.compile(
    r"(?:中共|中国共产党)?[\u4e00-\u9fff]{1,20}?"
    r"(?:组织部|宣传部|统战部|社会工作部|政法委|社治委|两新工委|党工委|工委|党委|党组|党支部|党总支"
    # a street's office writes for the district's portal (GUIDELINES, author_org, decided for h176)
    r"|街道办事处|街道"
    # a town named bare as a portal's source (`来源：河西堡镇`), as a street is (`来源：城子街道`; d1663 75th set)
    r"|(?<=[\u4e00-\u9fff])[镇乡]"
    # a street's Party working committee written in full (`中共…城子街道工作委员会`), and a town's government, which
    # writes for its district's portal as a street office does (`来源：长阳镇人民政府`); a town's Party committee
    # written in full (`信息来源：中共文昌市文城镇委员会`) as a street's is
    r"|(?<=街道)工作委员会|(?<=[镇乡])人民政府|(?<=[镇乡])政府|(?<=[镇乡])委员会)"
    # a section of a department (`普洱市委组织部组织二科`, `…区委组织部基层组织建设科`) writes as its department does
    r"(?:(?<=部|委)[\u4e00-\u9fff]{1,8}?[科股处室])?"
)


def is_org(name: str) -> bool:
    """An organisation's full name (ORG_RE), or a section of a Party department (`…委组织部组织二科`)."""
    return bool(ORG_RE.fullmatch(name)) or bool(
        re.fullmatch(
            r"[\u4e00-\u9fff]{2,30}?(?:组织部|宣传部|统战部|社会工作部|政法委)[\u4e00-\u9fff]{1,8}?[科股处室]", name
        )
    )


# A government portal's name printed at the top of its page (`成都市郫都区人民政府`, `长春市南关区人民政府网站`).
# (a prefecture's or league's government is its administrative office: `阿克苏地区行政公署门户网站`; portal names missed
# or cut at first sight: d680 27th set, d876 34th, d1063 42nd)
PORTAL_RE = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:人民政府|[区盟]行政公署)(?:门户)?(?:网站|网)?")


# What a header line opens with when it names the outlet itself: a portal (`洛阳市涧西区人民政府 | 政务公开`,
# `新华区人民政府 欢迎您！`), a site at the head of its breadcrumb (`党员生活网 > 基层探索`) or a decorated
# site name (`◆◆◆ 天山网 ◆◆◆`).
# A paper's edition or app (`某某日报电子版`, `宁夏日报客户端`) publishes the paper: the outlet is the paper.
_EDITION = re.compile(r"(?:数字版|电子版|数字报|手机版|新闻客户端|客户端|APP|App|app)$")
_NAV_MARK = re.compile(r"[|｜丨>＞»›]")  # `某城日报数字版 | 新闻 > 本地`: the site's navigation row
_HEAD_SEPARATOR = re.compile(r"\s*(?:[|｜丨>＞»›]|\s)\s*")


def outlet_named(line: str) -> str | None:
    """The outlet whose own name opens this header line (`共产党员网`, `洛阳市涧西区人民政府`), or None; a breadcrumb's
    label before the site (`您现在的位置：某某市人民政府门户网站 > 政务动态`) is no part of the name."""
    line = undecorated(line.strip())
    if _NAV_MARK.search(line):
        line = _CRUMB_LABEL.sub("", line)
    head = _HEAD_SEPARATOR.split(line, maxsplit=1)[0]
    for name in (line, head):
        if PORTAL_RE.fullmatch(name) or is_site_name(name):
            return paper_of(name)
    return None


def paper_of(name: str) -> str:
    """The outlet an edition or app name stands for (`某某日报电子版`, `宁夏日报客户端` → the paper), else the name."""
    edition = _EDITION.sub("", name)
    return edition if edition != name and is_site_name(edition) else name


# `固原日报讯（记者 杨振华 通讯员 海燕）`, `宣城日报讯 （记者 …）`: a news item's lead mark names the paper that
# printed it (GUIDELINES, decided for h422); `本报讯` names none.
# A news outlet's name at a line's start (`固原日报`, `梅河口融媒`); `本报` names none.
_NAMED_OUTLET = (
    r"^[（(【\[]?\s*(?P<outlet>(?!本报|本网|本台)[\u4e00-\u9fff·]{2,14}?"
    r"(?:日报|晚报|早报|都市报|商报|时报|报|网|电视台|广播电视台|融媒体中心|融媒|新闻))"
)
# `央视网消息（新闻联播）：` words the same lead mark with 消息 (CCTV's news items in the real set).
_NEWS_FLASH = re.compile(_NAMED_OUTLET + r"\s*(?:讯|消息)\s*[（(【\[]")


# `梅河口融媒记者 谷 雨`, `宣城日报记者 王五`: a byline that puts a media outlet before 记者 names the outlet the
# reporter writes for (GUIDELINES source_outlet, decided for h597: as `固原日报讯（记者…）`); `本报记者` names none.
# The outlet, then its reporters (`梅河口融媒记者 谷雨`; set apart by a space: `福建日报 记者 郑锦华`,
# `某某晚报　全媒体记者 王五 通讯员 赵六`).
_OUTLET_REPORTER = re.compile(_NAMED_OUTLET + r"[\s\u3000]*(?:全媒体|融媒体)?(?:记者|通讯员)\s*[:：]?\s*\S")


def reporter_outlet(line: str) -> str | None:
    """The outlet a `梅河口融媒记者 谷雨` byline names, or None."""
    match = _OUTLET_REPORTER.match(line.strip())
    return match.group("outlet") if match else None


def news_flash_outlet(line: str) -> str | None:
    """The paper a `XX日报讯（记者…）` lead mark names, or None."""
    match = _NEWS_FLASH.match(line.strip())
    return match.group("outlet") if match else None


# `版权所有 © 党建之窗 转载请注明出处`, `Copyright © 2024 某某网 All Rights Reserved`: the site that holds the page
_COPYRIGHT = re.compile(
    r"^(?:版权所有|Copyright|COPYRIGHT|©)\s*[:：]?\s*(?:[©Ⓒ]|\([cC]\)|（[cC]）)?\s*(?:\d{4}(?:\s*[-—–]\s*\d{4})?\s*)?"
    r"(?:版权所有\s*[:：]?\s*)?"  # `Copyright © 版权所有 辽东党建在线`: both claims before the name
    r"(?P<name>[\u4e00-\u9fff]{2,15}?)(?=$|[\s，,。;；|｜]|版权|转载|保留)"
)


# `楚天党建之窗版权所有　未经许可不得转载`: the holder written before the claim
_HOLDER_FIRST = re.compile(
    r"^(?:[©Ⓒ]\s*)?(?P<name>[\u4e00-\u9fff]{2,15}?)\s*版权所有(?=$|[\s，,。;；|｜]|[（(]?[©Ⓒ]|未经|转载|不得)"
)


# Words one of which every copyright line holds (`_COPYRIGHT` opens with one, `_HOLDER_FIRST` needs 版权所有)
_COPYRIGHT_WORDS = ("版权所有", "Copyright", "COPYRIGHT", "©")


def copyright_holder(line: str) -> str | None:
    """The site a copyright line names (`版权所有 © 党建之窗`, `党建之窗版权所有`), or None.

    A line holding none of `_COPYRIGHT_WORDS` is answered at once: it is asked of every closing line and most lines
    name no copyright, while undecorating a line and trying both patterns costs several times the four tests."""
    if not any(word in line for word in _COPYRIGHT_WORDS):
        return None
    text = undecorated(line.strip())
    match = _COPYRIGHT.match(text) or _HOLDER_FIRST.match(text)
    return match.group("name") if match else None


# What a copyright line holds when it names no site: a prohibition (`版权所有 转载必究`), the page itself (`本站`),
# or a generic word for a mirror or portal (`镜像站`, `信息港`).
# A company holding the copyright (`…科技有限公司`) runs the site for someone and is not its name either.
_NO_HOLDER = re.compile(r"转载|授权|禁止|所有|权利|保留|侵权|注明|^本|公司|集团|工作室")


def copyright_site(line: str) -> str | None:
    """The site a copyright footer names when the name has a site's shape (`版权所有：桂林党建在线`,
    `Copyright © 湖湘党建资讯 版权所有`): a site or outlet name, or a name of four characters or more that is
    neither an organisation (a portal's `版权所有：和平区人民政府办公室` names its office) nor a prohibition
    (tests/gold/GUIDELINES.md, source_outlet, decided for h447 and h472)."""
    holder = copyright_holder(line)
    if holder is None or _NO_HOLDER.search(holder) or ORG_RE.fullmatch(holder) or "政府" in holder:
        return None
    return holder if is_site_name(holder) or len(holder) >= 4 else None


# A government portal's footer names its sponsor (`主办：五常市人民政府`, `南昌市西湖区人民政府　主办`, often its
# office: `主办：XX区人民政府办公室`); the portal is that government's site (GUIDELINES, source_outlet, round P).
_SPONSOR = re.compile(
    r"^(?:主办(?:单位)?\s*[:：]\s*(?P<after>[\u4e00-\u9fff]{2,20}?人民政府)(?:办公室|办公厅)?"
    r"|(?P<before>[\u4e00-\u9fff]{2,20}?人民政府)(?:办公室|办公厅)?\s*主办)(?=$|[\s，,。;；|｜])"
)


def sponsor_portal(line: str) -> str | None:
    """The government whose portal a `主办：…人民政府` footer names, or None (a party office or a company sponsoring a
    site names no site: the site's own name is not printed there)."""
    match = _SPONSOR.match(undecorated(line.strip()))
    return (match.group("after") or match.group("before")) if match else None


# A site's navigation row opens with the site's own name before its home link (`☆闽南党建网镜像站☆ 首页 | 繁体 |
# 收藏本站`, `【简】【繁】 湖湘党建资讯 ｜ 首页 ｜ 基层风采`); script toggles in brackets come before it.
_NAV_SPLIT = re.compile(r"[\s|｜丨]+")
_HOME = frozenset(("首页", "首頁", "网站首页", "返回首页"))
# The other links a site's own row carries after its name: script toggles and bookmark links
# (`拉萨党建镜像 >> 简体 | 繁体 | 设为首页 | 加入收藏`).
_SCRIPT_LINKS = frozenset(("简体", "繁体", "簡體", "繁體"))
_SITE_LINKS = _SCRIPT_LINKS | {"设为首页", "設爲首頁", "設為首頁", "加入收藏", "收藏本站"}
_ARROWS = re.compile(r"[>»›→]+")
_SCRIPT_TOGGLES = _SCRIPT_LINKS | {"简", "繁"}
# the site's name, with the mirror's mark in brackets kept as printed (`赣鄱党建在线（镜像）`, GUIDELINES round N:
# with no name in the footer the label is the source_outlet as printed). Mirror labels missed at first sight:
# d509 (20th set), d568 (22nd), d1068 (42nd, toggles before the name, the mark in brackets).
_NAV_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{4,12}(?:[（(]镜像[）)])?")


def nav_row_site(line: str) -> str | None:
    """The site named first on a navigation row, right before its home link, or None (GUIDELINES, source_outlet,
    decided for h472: a mirror's chrome first line names the site)."""
    if len(re.findall(r"[|｜丨]", line)) < 2:
        return None
    items = [i.translate(_UNDECORATE) for i in _NAV_SPLIT.split(_BRACKETED.sub(" ", line))]
    items = [i for i in items if i and not _ARROWS.fullmatch(i)]
    # unbracketed script toggles may open the row before the name (`简体 | 繁体 赣鄱党建在线（镜像） 首页 | …`)
    while len(items) > 3 and items[0] in _SCRIPT_TOGGLES and items[1] not in _HOME:
        items = items[1:]
    if len(items) < 3 or (items[1] not in _HOME and items[1] not in _SITE_LINKS):
        return None
    name = items[0]
    if not _NAV_SITE_NAME.fullmatch(name) or name in _SITE_LINKS or ORG_RE.fullmatch(name) or "政府" in name:
        return None
    return name


def crumb_head(line: str) -> str | None:
    """The first item of a trail of at least two separated items (`党建之窗 > 基层党建 > 正文` → `党建之窗`)."""
    parts = [p.strip() for p in _CRUMB_SPLIT.split(_CRUMB_LABEL.sub("", line.strip())) if p.strip()]
    return parts[0] if len(parts) >= 2 and len(line) <= 150 else None


def source_in(text: str) -> str | None:
    """The outlet a `来源：` label names in `text`, or None."""
    match = SOURCE_RE.search(text)
    return match.group("source") if match else None


def is_source_line(line: str) -> bool:
    return bool(_SOURCE_LINE.match(line))


# Production credits: who edited, laid out, checked, shot or supplied the piece. They stand above the
# headline on e-paper pages (`本版责编：舒 慧　美编：向 阳`) and close WeChat posts (`编辑｜李思雨`,
# `审核｜陈 刚`, `来源｜中共XX区委组织部`); they name people or a body, never a headline.
CREDIT_LABELS: tuple[str, ...] = (
    "责任编辑", "责编", "编辑", "美编", "美术编辑", "校对", "审核", "审校", "初审", "复审", "终审", "三审",
    "监制", "统筹", "主编", "排版", "版式", "摄影", "摄像", "来源", "稿源", "供稿", "出品", "值班编辑",
)  # fmt: skip
# Not credits: `视频｜…`, `图片｜…`, `策划｜…` open WeChat headlines as often as they credit someone.
_CREDIT_LINE = re.compile(r"^[（(【\[]?\s*(?:本版|本期|本文)?(?:" + "|".join(CREDIT_LABELS) + r")\s*[:：｜|丨]")


# Credits printed without separators (`本版责任编辑 韩晓 美术编辑 岳琳`): label and name by turns, two labels at least.
_LABEL_TOKEN = re.compile(r"^(?:本版|本期|本文)?(?:" + "|".join(CREDIT_LABELS) + r")$")
_NAME_TOKEN = re.compile(r"^[\u4e00-\u9fff·]{1,4}$")


def _is_spaced_credit(line: str) -> bool:
    tokens = line.split()
    labels = [k for k, t in enumerate(tokens) if _LABEL_TOKEN.match(t)]
    return (
        len(labels) >= 2
        and labels[0] == 0
        and all(_NAME_TOKEN.match(t) for k, t in enumerate(tokens) if k not in labels)
        and all(b - a >= 2 for a, b in pairwise(labels))
    )


def is_credit_line(line: str) -> bool:
    """A production credit (`本版责编：舒 慧　美编：向 阳`, `编辑｜李思雨`, `初审：王 伟　终审：刘 洋`,
    `本版责任编辑 韩晓 美术编辑 岳琳`)."""
    return bool(_CREDIT_LINE.match(line.strip())) or _is_spaced_credit(line.strip())


# WeChat's reading chrome under a headline: the time a read takes and the count of reads, likes and
# "在看" (`听全文 约6分钟 阅读 2.1万`, `阅读 10万+ 在看 356`). `约` or a count label is required, so that a
# headline's own figure (`15分钟生活圈`) is never taken for one.
READ_COUNT_LABELS: tuple[str, ...] = (
    "阅读", "阅读量", "阅读数", "阅读次数", "浏览", "浏览量", "浏览数", "浏览次数", "点赞", "在看",
    "点击", "点击量", "点击数", "点击率", "访问量", "访问次数",
)  # fmt: skip
_READING_STATS = re.compile(
    r"(?:预计|约)\s*\d+\s*分钟(?:读完)?|(?:"
    + "|".join(sorted(READ_COUNT_LABELS, key=len, reverse=True))
    + r")\s*[:：]?\s*\d+(?:[.,]\d+)*\s*[万wW]?\+?"
)


def is_toolbar(line: str) -> bool:
    """A row of page tools (`共产党员网 打印 纠错`, `【字号：大 中 小】 【打印】 【关闭】`), or WeChat's
    reading chrome (`听全文 约6分钟 阅读 2.1万`): nothing but tools and counts."""
    if len(line) > 60:
        return False
    without_stats = _READING_STATS.sub(" ", line)
    if without_stats != line and all(t in TOOLBAR_WORDS for t in _TOOLBAR_SPLIT.split(without_stats) if t):
        return True
    # symbol runs between the tools (`◇ 广告位招租 ◇`) are separators, not words
    tokens = [t for t in (undecorated(t) for t in _TOOLBAR_SPLIT.split(line)) if t]
    if not tokens:
        return False
    # each token tested once (it is a tool or it is the rest)
    rest = [t for t in tokens if not _is_tool(t)]
    tools = len(tokens) - len(rest)
    if tools >= 2 and len(rest) <= 1:
        return True
    return tools >= 1 and all(is_site_name(t) for t in rest) and len(rest) <= 1


def _is_tool(token: str) -> bool:
    return token in TOOLBAR_WORDS or _CHROME_TOKEN.fullmatch(token) is not None


def is_site_name(line: str) -> bool:
    """A bare site or outlet name (`共产党员网`, `中国共产党新闻网`, `人民日报`)."""
    return bool(_SITE_NAME.match(line.strip()))


# The issue number of a series (`【“九”在身边】第186期`, `案例选编（第三辑）`): it names no headline.
_ISSUE_NUMBER = re.compile(r"第\s*[\d一二三四五六七八九十百零〇]+\s*[期辑]")


def is_decoration(line: str) -> bool:
    """A column label in brackets or symbol runs with no headline of its own (`【基层创新案例】 ◆◆◆`,
    `【“九”在身边】第186期`: a series label with its issue number)."""
    stripped = _ISSUE_NUMBER.sub("", _BRACKETED.sub("", line))
    stripped = stripped.translate(_UNDECORATE)
    return len(_HAN.findall(stripped)) < 2


# Block elements (U+2580-259F, `▌█`) and geometric shapes (U+25A0-25FF) are drawn, never written.
_SYMBOLS = "◆◇■□●○★☆▲△▼▽※◎♦►▶◀◢◣◤◥❖✦✧❤♥\u2580-\u25ff"
_EDGE_SYMBOLS = re.compile(rf"^[{_SYMBOLS}\s]+|[{_SYMBOLS}\s]+$")


def undecorated(line: str) -> str:
    """A headline without the symbol runs that mirrors and reposts hang on it (`…服务圈★■★` → `…服务圈`)."""
    return _EDGE_SYMBOLS.sub("", line)


_TOOL_SPLIT = re.compile(r"[\s|｜]+")


def _without_tools(part: str) -> str:
    """A trail's last item without the page tools the same row carries after it (`字号： 默认 大 | 打印`)."""
    tokens = _TOOL_SPLIT.split(part)
    for i, token in enumerate(tokens):
        if token.rstrip(":：") in TOOLBAR_WORDS or token.startswith("字号"):
            return " ".join(tokens[:i]).strip()
    return part


def breadcrumb(line: str, marked: bool = False) -> list[str] | None:
    """Breadcrumb items (`您的位置：首页 > 要闻 > 正文` → [首页, 要闻]), or None when not a breadcrumb.

    A trail with no label starts at the home page or the site, unless `marked` (its markup says it is a
    breadcrumb: `<div class="channel-path">国内新闻 > 正文</div>`)."""
    if len(line) > 150:
        return None
    labelled = _CRUMB_LABEL.match(line)
    rest = line[labelled.end() :] if labelled else line
    parts = [p.strip() for p in _CRUMB_SPLIT.split(rest) if p.strip()]
    if parts:
        parts[-1] = _without_tools(parts[-1])  # `首页 > 公报 > 2007年第23号 字号： 默认 大 超大 | 打印 |`
        parts = [p for p in parts if p]
    if len(parts) < 2 and not (labelled and parts and labelled.group(0).strip()):
        return None
    if len(parts) < 2 and labelled:
        parts = [p for p in re.split(r"\s+", rest) if p]
    if len(parts) < 2:
        return None
    separated = len(_CRUMB_SPLIT.findall(rest)) >= 1
    if not (labelled or "首页" in parts[0] or separated):
        return None
    if any(len(p) > 40 or len(p) < 2 or _SENTENCE.search(p) or p[-1] in ":：<" for p in parts):
        return None
    if not labelled and not marked and not _CRUMB_HOME.search(parts[0]):
        return None  # an unlabelled trail starts at the home page or the site
    items = [p for p in parts if p not in CRUMB_DROP]
    return items or None


# The salutation that opens a speech (`各位领导、同志们：`) stands where a headline would, and is none.
_SALUTATION = re.compile(r"^(?:尊敬的|各位|亲爱的)?[^。，,]{0,20}(?:同志们|朋友们|领导|来宾|代表们?)[！!：:]$")
# A speech summary's speaker under its headline: posts joined by `、`, then the name
# (`市委常委、组织部部长 孙立群`, `区委书记 王五`, `街道党工委书记、办事处主任　李 华`). A person, never the title.
SPEAKER_POSTS = (
    "书记", "副书记", "常委", "委员", "部长", "副部长", "主任", "副主任", "局长", "市长", "区长", "县长",
    "州长", "省长", "镇长", "乡长", "主席", "秘书长", "厅长", "处长", "科长", "院长", "校长", "组长", "会长",
)  # fmt: skip
_SPEAKER = re.compile(
    # each post names its body first (市委, 组织部, 办事处, 街道党工委): `老书记 新办法` is a headline
    # (a body named in full runs long: `中共杭州市西湖区翠苑街道工作委员会书记 林 洁`)
    r"^(?:[\u4e00-\u9fff（）()]{0,22}[委部局办处府道区组院校会厅镇乡市县省州](?:"
    + "|".join(SPEAKER_POSTS)
    + r")[、，,]?)+[\s\u3000]+(?![的之和与])(?:[\u4e00-\u9fff·](?:[\s\u3000]?[\u4e00-\u9fff·]){1,3}"
    # a transliterated name joins its parts with `·` (`阿依古丽·买买提`, `扎西·多吉`) and runs longer
    + r"|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3})$"
)
_SPEAKER_BODY = re.compile(
    r"^(?:中共)?(?P<org>[\u4e00-\u9fff]{2,12}?[省市县区州旗盟](?:委|人民政府|政府)"
    # a street's Party working committee (`中共杭州市西湖区翠苑街道工作委员会书记`): the body of a street's speaker
    r"|[\u4e00-\u9fff]{2,16}?(?:街道|镇)(?:工作委员会|党工委|委员会|党委))"
    r"(?=常委|书记|副书记|委员|[\u4e00-\u9fff]{0,6}?部长)"
)


# The speaker's posts without a name (`中共河池市宜州区委书记`, `中共某某街道工作委员会书记、办事处主任`): the
# Party body written in full from 中共 makes the line the office, never a headline (`做群众满意的社区书记` is one).
# Speaker lines taken as titles at first sight: d511 (20th set), d710 (28th), d1035 (41st, this nameless form).
_NAMELESS_SPEAKER = re.compile(
    r"^中共(?:[^\W\d的之和与]{0,22}[委部局办处府道区组院校会厅镇乡市县省州](?:"
    + "|".join(SPEAKER_POSTS)
    + r")[、，,]?)+$"
)


def is_speaker(line: str) -> bool:
    """A speech summary's speaker line (`中共西宁市委常委、组织部部长　马建新`): posts, then a name; or the posts
    alone after a Party body written in full (`中共河池市宜州区委书记`)."""
    return bool(_SPEAKER.match(line) or _NAMELESS_SPEAKER.match(line.strip()))


def speaker_committee(line: str | None) -> str | None:
    """The Party committee or government a speech's speaker holds office in (`中共西宁市委常委、组织部部长　马建新`
    → `西宁市委`, `樟树市委常委…` → `樟树市委`): the place whose work a speech summary reports. Not an author_org
    (GUIDELINES h251: the line names a person), but the body the speaker speaks for."""
    if not line or not is_speaker(line):
        return None
    m = _SPEAKER_BODY.match(line.strip())
    return m.group("org") if m else None


# A file's own name printed above its headline (`某区城市基层党建创新案例申报材料`, `…优秀案例推荐表（节选）`,
# `…推进会交流材料`): names the kind of document, never the headline (GUIDELINES, title, decided for h76, h347).
_FILE_NAME = re.compile(r"(?:申报|推荐|报送|推选|参评|交流|汇报|经验)(?:材料|表|书)(?:[（(][^）)]{1,6}[）)])?$")
MIN_TITLE_HAN = 5  # fewer Han characters than this is a column label or a name, not a headline
# An e-paper page label (`第3版：党建·基层`, `第A02版 要闻`, `A4版 · 基层党建　本版编辑 赵岩`): names the page, never
# the headline. Without 第 the page number takes a separator after 版 (a headline may open with a figure).
# An e-paper's page fields labelled apart (`版名：基层党建`, `版次：05`, `版面：…`) name the page too.
_PAGE_LABEL = re.compile(r"^(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版\s*[·•:：|｜丨\s]|版(?:名|次|面|号)\s*[:：])")
# An editor's column or teaser label with its value (`■本期导读：基层党建观察`, `编者按：…`, `栏目：党建周刊`,
# `专题：…`): the page's furniture above a headline, never the headline. The label line is the kind round T names
# (d920, 36th set), beside a form's name field (`推介项目：…`, d862, 34th) and a form's name line (`…申报材料`,
# d516, 21st): a line that labels what follows, standing where the headline would.
EDITOR_LABELS: tuple[str, ...] = (
    "导读", "编者按", "编者的话", "编后", "栏目", "专栏", "专题", "版块", "板块", "话题", "提要", "内容提要", "摘要",
    # a reprint's line giving the headline the first outlet printed (`原标题：…`): the page's headline is its own
    "原标题",
)  # fmt: skip
_EDITOR_LABEL_LINE = re.compile(rf"^\W*(?:本期|今日|本版|本周)?(?:{'|'.join(EDITOR_LABELS)})\s*[:：]")
# The fields of an application or compilation form (`案例类别：党建引领基层治理`, `联系人：杨帆`). The
# headline is the value of its name field (`案例名称：…`); the others are never titles.
# (a text dump labels its fields as a form does: `标题：…` / `来源：…` / `日期：…`)
FORM_NAME_LABELS: tuple[str, ...] = ("案例名称", "案例题目", "案例标题", "项目名称", "品牌名称", "标题", "文章标题")
FORM_FIELD_LABELS: tuple[str, ...] = (
    "案例类别", "案例类型", "申报类别", "申报类型", "所属类别", "所属领域", "联系人", "联系电话", "联系方式",
    "填报时间", "申报时间", "报送时间", "填报单位", "实施时间", "实施范围",
)  # fmt: skip
# `推介项目：…`, `推荐案例：…`, `参评项目：…`: the name field of a recommendation or prize form, labelled by what the
# form does with the case (d862's kind), like `项目名称：`
FORM_NAME_VERBS: tuple[str, ...] = ("推介", "推荐", "申报", "参评", "入选", "获奖", "推选", "报送")
_FORM_NAME = re.compile(
    rf"^\s*(?:{'|'.join(FORM_NAME_LABELS)}|(?:{'|'.join(FORM_NAME_VERBS)})(?:项目|案例))\s*[:：]\s*(?P<value>\S.*?)\s*$"
)
# A government portal's disclosure table above an item of 政府信息公开 (`索引号：…`, `发布机构：XX区委组织部`,
# `生成日期：…`, `主题分类：…`): the item's register entry, never its headline.
DISCLOSURE_LABELS: tuple[str, ...] = (
    "索引号", "发布机构", "发文机关", "生成日期", "成文日期", "发文日期", "主题分类", "组配分类", "体裁分类",
    "发文字号", "文号", "公开方式", "公开范围", "公开时限", "有效性", "信息分类",
)  # fmt: skip
_FORM_FIELD = re.compile(rf"^\s*(?:{'|'.join(FORM_FIELD_LABELS + DISCLOSURE_LABELS)})\s*[:：]")
# The disclosure table's publishing body: a Party body there wrote the item, as in a portal's `来源：` (parse).
PUBLISHING_BODY_RE = re.compile(r"(?:发布机构|发文机关)\s*[:：]\s*(?P<body>[^\s|｜/【】]{2,30})")
# A headline and its sub-title on one line: `冰城老街区如何焕发新活力？——访…书记…` keeps the part before.
_SUBTITLE = re.compile(r"\s*——.*$")


def form_name(line: str) -> str | None:
    """The value of a form's name field (`案例名称：“洱海红哨”守护古城社区平安` → the headline), or None."""
    match = _FORM_NAME.match(line)
    return match.group("value") if match else None


# A column's tag in brackets at the head of a headline line (`【基层党建】…`, `【党建引领】…`): the column, not the
# headline's words. A series' tag may be a long slogan (`【在习近平新时代中国特色社会主义思想指引下——新时代 新作为
# 新篇章】上海：…`, `【“两学一做” 重在实效】南京仙林街道：…`: CCTV news items in the real set, bench/real_cases.py).
_COLUMN_TAG = re.compile(r"^\s*【[^】]{2,40}】\s*")
# A column's tag in brackets closing a headline line: People's Daily prints its column after the headline
# (`夯实基层社会治理根基（“十五五”开好局起好步）`, `…相遇（探访）`, `小村庄有了“物业管家”（大国小村）`: real set). A
# document's own status in brackets is part of its name and stays (`…讲话（摘要）`, `…实施方案（试行）`).
_TRAILING_COLUMN_TAG = re.compile(r"\s*（(?P<tag>[^（）]{2,40})）\s*$")
DOCUMENT_STATUS_TAGS: tuple[str, ...] = (
    "摘要", "节选", "摘编", "试行", "暂行", "草案", "征求意见稿", "修订", "修订稿", "全文", "实录",
    "上", "中", "下", "续",
)  # fmt: skip


# A brand alone in quotes (`“寒地暖巢”`), which may stand as the headline before its `——` sub-title however short
_QUOTED_NAME = re.compile(r"“[\u4e00-\u9fff]{2,8}”")
# A media label a news site puts before a headline (`[视频]`, `【组图】`): the item's kind, not its words
_MEDIA_LABEL = re.compile(r"^\s*[\[【［]\s*(?:视频|组图|图文|图集|音频|直播|快讯|独家)\s*[\]】］]\s*")
# A compilation's entry number before the case's headline (`案例十四 广州市荔湾区：…`, `案例3：…`, `典型案例一、…`): the
# number of the entry in the book, not the headline's (dev d1107, d1128: two compilations, one shape)
_ENTRY_NUMBER = re.compile(r"^\s*(?:典型)?案例\s*[一二三四五六七八九十百\d]{1,4}\s*(?:[:：、.．]\s*|\s+)(?=\S)")


def headline(line: str) -> str:
    """The headline as printed, without its same-line `——` sub-title and the symbol runs around it."""
    line = _MEDIA_LABEL.sub("", undecorated(line))
    unnumbered = _ENTRY_NUMBER.sub("", line)
    if unnumbered != line and len(_HAN.findall(unnumbered)) >= MIN_TITLE_HAN:
        line = unnumbered
    untagged = _COLUMN_TAG.sub("", line)
    if untagged != line and len(_HAN.findall(untagged)) >= MIN_TITLE_HAN:
        line = untagged  # `【基层党建】化工新城的“石化红”`: the column's tag, like a column line (GUIDELINES h946)
    closing = _TRAILING_COLUMN_TAG.search(line)
    if closing and closing.group("tag") not in DOCUMENT_STATUS_TAGS:
        untagged = line[: closing.start()]
        if len(_HAN.findall(untagged)) >= MIN_TITLE_HAN:
            line = untagged
    main = _SUBTITLE.sub("", line)
    # (a brand alone in quotes before the sub-title is the headline however short: `“寒地暖巢”——海伦市…`)
    kept = len(_HAN.findall(main)) >= MIN_TITLE_HAN or _QUOTED_NAME.fullmatch(main) is not None
    return main if kept else line


# The title chooser and the header parser ask `is_not_title` and `is_furniture` of the same few lines
# several times a page (the reader's `<title>` candidates, then the parser's title hint and header lines: about
# 40% of the calls repeat a line within its page, each ~60-100 µs). Both are pure functions of the line, so the
# answers are kept for the page being read and forgotten when the next page is (`new_page`, called by
# tasks/markup.py's `read_parts`): no answer carries over from one page to another, which on the generated corpus,
# whose pages share their headlines, would flatter a bench without making real pages faster.
_PAGE_ANSWERS_MAX = 512  # lines kept at most (a caller that never calls `new_page` starts afresh past it)
_furniture_seen: dict[str, bool] = {}
_not_title_seen: dict[str, bool] = {}


def _kept_for_the_page(seen: dict[str, bool], judge: Callable[[str], bool], line: str) -> bool:
    """`judge(line)`, answered once per page: kept in `seen` until `new_page` (or `_PAGE_ANSWERS_MAX` lines)."""
    known = seen.get(line)
    if known is None:
        if len(seen) >= _PAGE_ANSWERS_MAX:
            seen.clear()
        known = seen[line] = judge(line)
    return known


def new_page() -> None:
    """Forget the answers kept for the page read before (see `_furniture_seen`)."""
    _furniture_seen.clear()
    _not_title_seen.clear()


def is_furniture(line: str) -> bool:
    """A header line that is page furniture around the article: breadcrumb, byline, source, credit,
    toolbar or decoration (the kinds the header records or drops)."""
    return _kept_for_the_page(_furniture_seen, _is_furniture, line)


def _is_furniture(line: str) -> bool:
    return (
        breadcrumb(line) is not None
        or byline(line) is not None
        or is_source_line(line)
        or is_credit_line(line)
        or is_toolbar(line)
        or is_decoration(line)
    )


# A WeChat account's description under its name (`天津市河西区委组织部官方公众号`, `XX街道党工委官方微信`,
# `XX区委组织部微信公众号`): says whose account it is, never the headline. An official mark or an organisation
# right before the word is required, so that a headline about an account (`社区有了自己的公众号`) stays one.
ACCOUNT_DESCRIPTIONS: tuple[str, ...] = (
    "公众号", "公众平台", "微信", "微信号", "账号", "帐号", "订阅号", "服务号", "视频号",
)  # fmt: skip
_ACCOUNT_DESCRIPTION = re.compile(
    r"^(?P<owner>[\u4e00-\u9fffA-Za-z0-9“”\"（）()·]{2,30}?)(?P<official>官方)?(?:微信)?(?:"
    + "|".join(map(re.escape, ACCOUNT_DESCRIPTIONS))
    + r")$"
)


def is_account_description(line: str) -> bool:
    """`天津市河西区委组织部官方公众号`: the line under a WeChat account's name that describes the account."""
    m = _ACCOUNT_DESCRIPTION.match(undecorated(line.strip()))
    return bool(m) and (bool(m.group("official")) or m.group("owner").endswith(ORG_SUFFIXES))


# A speech summary's first line naming the occasion (`在全市…推进会上的交流发言（摘要）`): the headline is the line
# under it, not a speaker's or an office's line further down (RULEBOOK title: a speech summary whose first line names
# the occasion takes the next line; first sight d1434 57th set, d1638 74th)
_OCCASION = re.compile(r"^在[^，,。]{2,40}(?:会|会议|论坛)上的[^，,。]{0,6}(?:发言|讲话|汇报)(?:[（(]摘[要编][）)])?$")


def is_occasion_line(line: str) -> bool:
    """A speech summary's occasion line (`在全区城市基层党建工作推进会上的交流发言（摘要）`)."""
    return bool(_OCCASION.match(line.strip()))


# A question-and-answer leaflet's question label (`问：什么是“…”？`, `一问：…`): the first question under the leaflet's
# own headline, never a headline (RULEBOOK title: a leaflet takes its first line; first sight d1414 56th, d1785 69th)
_QUESTION_LINE = re.compile(r"^\W{0,2}(?:[一二三四五六七八九十]{1,2})?问\s*[:：]")


def is_not_title(line: str) -> bool:
    """Never to be taken as the title, wherever it stands: the title chooser's one rule set. Furniture
    (above), and the lines that stand where a headline would without being one: too short, a site's
    name or its navigation row, a speech's salutation or speaker, a file's own name, an e-paper page label,
    a form field, a WeChat account's description."""
    return _kept_for_the_page(_not_title_seen, _is_not_title, line)


def _is_not_title(line: str) -> bool:
    return (
        len(_HAN.findall(line)) < MIN_TITLE_HAN
        or is_furniture(line)
        or is_site_name(line)
        or bool(_SALUTATION.match(line))
        or is_speaker(line)
        or bool(_FILE_NAME.search(line.strip()))
        or bool(_PAGE_LABEL.match(line))
        or bool(_EDITOR_LABEL_LINE.match(line.strip()))
        or bool(_FORM_FIELD.match(line))
        or bool(_QUESTION_LINE.match(line.strip()))
        or is_account_description(line)
        or (outlet_named(line) is not None and bool(_NAV_MARK.search(line)))
        or bool(_EXAM_PAPER.search(line))
    )


# An exam paper's name over the case material it reprints (`2022年公务员多省联考《申论》题（重庆二卷）`,
# `…《申论》真题`): the compilation's name, never the case's headline (RULEBOOK title: forms, files, compilations)
_EXAM_PAPER = re.compile(
    r"《申论》|申论(?:真题|试题|试卷|题)|(?:公务员|公考|联考|遴选|选调生?)[^，。]{0,8}(?:真题|试题|试卷)"
)
