"""Cleaned lines → article fields: header (channel, title, author, dateline), body, footer.

Works on (simplified, original) line pairs so that `body_original` stays aligned with `body`
paragraph by paragraph. Site knowledge (widgets, footer markers) lives in tasks/sites/boilerplate.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from tasks.dates import DAY_IN_WORDS, MONTH_IN_WORDS, YEAR_IN_WORDS, dateline_date, find_date, parse_date
from tasks.header_lines import (
    ORG_RE,
    PUBLISHING_BODY_RE,
    SOURCE_ORG_RE,
    breadcrumb,
    byline,
    closing_credit,
    copyright_holder,
    copyright_site,
    credit_in,
    crumb_head,
    form_name,
    headline,
    inline_byline,
    is_furniture,
    is_not_title,
    is_occasion_line,
    is_org,
    is_site_name,
    is_source_line,
    is_speaker,
    is_toolbar,
    nav_row_site,
    news_flash_outlet,
    org_in,
    outlet_named,
    paper_of,
    reporter_outlet,
    source_in,
    sponsor_portal,
    undecorated,
)
from tasks.list_markers import LABELLED_ITEM, ONE_CHARACTER_ITEM
from tasks.sections import is_numbered_heading
from tasks.sites.boilerplate import (
    BACK_LINK_END_RE,
    CLOSING_EDITORS,
    COLLECTION_FOOTER_RE,
    CONTINUED_FROM_RE,
    CONTINUED_ON_RE,
    EDITOR_RE,
    FOOTER_RE,
    ORIGINAL_HEADLINE_RE,
    PRINTED_IN_RE,
    WIDGET_RE,
)

Line = tuple[str, str]  # (simplified, as published)

HEADER_WINDOW = 12  # the dateline, if any, stands within the first lines
_ORG_SUFFIX = r"(?:组织部|宣传部|党工委|工委|党委|党组|委员会|办公室|街道|社区)"
# `(中共泸州市委组织部 图片由泸州市委组织部提供)`, `（来源：XX区委组织部）` at the very end of the body.
_TRAILING_ORG = re.compile(
    r"[（(]\s*(?:(?:(?:信息|稿件|文章)?来源|供\s*稿(?:单位)?|作者单位|作者)\s*[:：｜|丨]\s*)?"
    rf"(?P<org>(?:中共)?[^\s，。,()（）:：｜|]{{2,30}}?{_ORG_SUFFIX})(?:\s+[^()（）]{{0,60}})?\s*[)）]\s*$"
)
# (a closing square bracket ends a bracketed block, `[摘要：…做错了什么呢？]`, as `）` and `】` do: 163.com's column
# pieces print their summary so, and the summary, the `原标题` line and the first paragraph were read as one paragraph)
_TERMINAL = "。！？!?；;…”’」』）)】]］〕:："
_CAPTION_MAX = 40
_TITLE_MAX = 60  # characters: a headline line; longer lines under a masthead are article text
_COLUMN_MAX = 8
# A line opening with a list marker starts a paragraph of its own, even after an intro that ends in a
# dash (`主要做了这几件事——` | `1.院落党支部拆墙并院。`): `1.` `1、` `（1）` `①` `⑴` `Ⅰ.` `（一）` `第一，` `做法一：`.
_LIST_ITEM = re.compile(
    r"^(?:\d{1,2}\s*[.．、](?!\d)|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|第[一二三四五六七八九十]{1,2}(?:步|招)?[，,、]"
    rf"|{ONE_CHARACTER_ITEM}|{LABELLED_ITEM})"
)


@dataclass
class ParsedText:
    title: str | None = None
    published_at: datetime | None = None
    source_outlet: str | None = None
    author_org: str | None = None
    byline: str | None = None
    editors: list[str] = field(default_factory=list)
    collection: str | None = None
    channel: str | None = None
    body: list[Line] = field(default_factory=list)
    captions: list[Line] = field(default_factory=list)
    is_truncated: bool = False
    notes: list[str] = field(default_factory=list)
    # The `——` sub-title under (or after) the headline (`——丹阳市云阳街道党建引领…见闻`): no title, no paragraph,
    # but it often names the place the headline leaves out (GUIDELINES, region).
    subtitle: str | None = None


# The word a mirror's own chrome adds to the name of the site it copies (`滇南党建资讯镜像`, `拉萨党建镜像`).
_MIRROR_LABEL = "镜像"


# A clause comma; a comma grouping a number's digits (`浏览次数：2,317` on a portal's dateline) separates no clause.
# (review AC: it moves d1720 only; kept, a digit-grouping comma is typography, not one sample's line)
_CLAUSE_COMMA = re.compile(r"[，；;]|,(?!\d{3}(?!\d))|(?<!\d),")


def _is_substantial(line: str) -> bool:
    """An article paragraph: prose with a full stop, or a long run with clause commas (headlines have neither)."""
    return (len(line) >= 30 and "。" in line) or (len(line) >= 60 and bool(_CLAUSE_COMMA.search(line)))


_CAMPAIGN = re.compile(r"征集|评选|专题|活动|案例(?!库)")


def _collection_from(parts: list[str]) -> str | None:
    """The campaign or column among breadcrumb or footer items: a named campaign first, else the last.

    A case library (`…案例库`) is where the collection is filed, not the campaign itself.
    """
    for part in reversed(parts):
        if _CAMPAIGN.search(part):
            return part
    return parts[-1] if parts else None


_SUBTITLE_LINE = re.compile(r"^\s*——\s*(?P<text>[^—].*?)\s*$")
_SAME_LINE_SUBTITLE = re.compile(r"——\s*(?P<text>[^—].*?)\s*$")


def _subtitle(candidates: list[str], title_hint: str | None) -> str | None:
    """The headline's `——` sub-title: a header line of its own (`——丹阳市云阳街道…见闻`) or the part after `——` on
    the headline's line (`冰城老街区如何焕发新活力？——访…书记`), as printed."""
    lines = [*([title_hint] if title_hint else []), *candidates]
    for line in lines:
        m = _SUBTITLE_LINE.match(line)
        if m:
            return m.group("text")
    for line in lines:
        m = _SAME_LINE_SUBTITLE.search(line)
        if m and not line.lstrip().startswith("—"):
            return m.group("text")
    return None


# A web address printed in the text (a dump's first line `https://…/art/2023/9/18/art_1229_5678.html`, `原文链接：…`)
# holds the page's path, whose date folders are no printed dateline.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[!-~]+")


def _dateline(line: str) -> tuple[datetime, str | None] | None:
    """A short line holding the publication date (an update-only line is not a dateline)."""
    if len(line) > 80:
        return None
    date = dateline_date(_WEB_ADDRESS.sub(" ", line) if "/" in line or "www." in line else line)
    if date is None:
        return None
    return date, source_in(line)


# WeChat prints the account name, the date and time and the poster's province (`九龙坡组工` |
# `2024-10-09 07:58 重庆`, `武侯发布 2023-09-18 20:05 发表于四川`): under that dateline come the headline
# and the article, as under a masthead.
_WECHAT_DATELINE = re.compile(r"\d{1,2}:\d{2}\s+(?:发表于)?[\u4e00-\u9fff]{2,3}\s*$")
# A dateline of only the day and the minute it was posted (`2024年10月8日 17:42`): a WeChat repost that leaves out
# the province the app prints after the time; the account's name may stand above it as above `… 17:42 湖南`.
_DATE_AND_CLOCK = re.compile(
    r"^\s*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
)
_SIGN_OFF_DATE = re.compile(
    r"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    rf"|{YEAR_IN_WORDS}\s*年\s*{MONTH_IN_WORDS}\s*月(?:\s*{DAY_IN_WORDS}\s*日)?)\s*$"  # `二〇二四年十一月` too
)
_ACCOUNT_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,10}$")
_ORIGINAL = re.compile(r"^原创\s+")
_NAME_SPLIT = re.compile(r"[\s|｜丨/]+")  # `某某日报 | 2024年12月05日 | 第03版`
_MASTHEAD_MARKS = re.compile(r"[《》]|[（(]\s*$")
_PAGE_NUMBER = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版")
_EPIGRAPH_SOURCE = re.compile(r"^——\s*(?:摘|引|选|摘编|转)自")


def _is_account_above(line: str, kept: list[Line], date_at: int, title: str | None = None) -> bool:
    """The line is a WeChat account's name above its dateline, with the headline still to come under it
    (a short unpunctuated line above that dateline is the headline when the article starts right under), or
    with the headline right above it (`北湖区｜一条老巷的“暖”变` / `北湖组工` / `2024年3月27日 19:06　湖南`: the app
    prints headline, account, dateline in that order)."""
    dateline = kept[date_at][0]
    if not (_WECHAT_DATELINE.search(dateline) or _DATE_AND_CLOCK.match(dateline)) or not _ACCOUNT_NAME.match(line):
        return False
    if title and date_at >= 2 and kept[date_at - 2][0].strip() == title.strip() and not ORG_RE.fullmatch(line):
        return True
    under = next((s for s, _ in kept[date_at + 1 :] if not is_furniture(s) and not is_not_title(s)), "")
    return bool(under) and not _is_substantial(under) and len(under) <= _TITLE_MAX


def _is_account_below(line: str, kept: list[Line], date_at: int, title: str | None) -> bool:
    """The line is a WeChat account's name right under the app's dateline, which printed its owner before the date
    (`湖北宜昌西陵区委组织部 2023年11月08日 19:26 湖北` | `西陵组工` | headline): a repost copies the account link
    on its own line. Missed account lines at first sight: d625 (24th set, above its dateline), d820 (32nd, under
    the headline), d1030 (41st, this shape). The headline must follow, and the line must be no headline itself."""
    if not _WECHAT_DATELINE.search(kept[date_at][0]) or not _ACCOUNT_NAME.match(line) or ORG_RE.fullmatch(line):
        return False
    if is_furniture(line) or (title and line == title.strip()) or len(line) < 4:
        return False  # (a person's name under the dateline is shorter than an account's: `王五`)
    under = kept[date_at + 2][0].strip() if date_at + 2 < len(kept) else ""
    return bool(under) and under == (title or "").strip()


@dataclass(frozen=True)
class _Masthead:
    """Who the header says published the page, and the account owner a WeChat `原创` mark names."""

    outlet: str | None = None
    original_org: str | None = None


def _names_on_dateline(line: str) -> _Masthead:
    """The names printed before the date on a dateline: a masthead (`青岛日报 2021年7月9日 第A3版`), a site
    (`共产党员网  2023年02月14日 09:05`) or a WeChat account, with the organisation a `原创` mark puts before
    it (`原创 镜湖区委组织部 镜湖先锋 2024-06-21 18:05 安徽`: the account is the outlet, the body the author)."""
    found = find_date(line)
    if found is None and not _ORIGINAL.match(line.strip()):
        return _Masthead()
    after = next((n for n in line[found[1].end() :].split() if is_site_name(n)), None) if found else None
    if after:
        return _Masthead(after)  # `2024-11-02 21:36 西宁晚报`
    who = line[: found[1].start()].strip() if found else line.strip()
    # `《人民日报》（2026年05月13日 第 11 版）`: a paper's masthead names it in 《》 and brackets the date and page
    who = _MASTHEAD_MARKS.sub("", who).strip()
    original = bool(_ORIGINAL.match(who))
    # `共产党员网 打印 纠错 2024年10月16日 来源：…`: the site's toolbar printed on its dateline; its tools name nobody
    names = [n for n in _NAME_SPLIT.split(_ORIGINAL.sub("", who)) if n and not is_toolbar(n)]
    if not names or (found is None and len(names) < 2):
        return _Masthead()  # `原创 武侯党建` alone: a pen name or the account, no telling
    account = original or bool(_WECHAT_DATELINE.search(line)) or _account_and_date(names, line, found)
    last = names[-1]
    if is_site_name(last):
        outlet: str | None = paper_of(last)
    elif account and _ACCOUNT_NAME.match(last) and not ORG_RE.fullmatch(last):
        outlet = last
    else:
        outlet = None
    orgs = [n for n in names[:-1] if ORG_RE.fullmatch(n)] if original else []
    return _Masthead(outlet, orgs[0] if orgs else None)


# Words that end a label printed before a date (`发布时间 2024-05-15`, `更新日期 …`): no account's name.
_DATE_LABEL_ENDS = ("时间", "日期", "发布", "更新", "来源", "作者", "编辑", "发表", "星期")


def _account_and_date(names: list[str], line: str, found: tuple | None) -> bool:
    """`北京海淀　2024-05-15`: a WeChat account's name alone before the day it posted, as a repost copies the
    account line (GUIDELINES, source_outlet). Four Han characters at least (a person's name is shorter), and
    neither an organisation (the author) nor a date label."""
    if found is None or len(names) != 1 or line[found[1].end() :].strip():
        return False
    name = names[0]
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{4,10}", name))
        and not ORG_RE.fullmatch(name)
        and not name.endswith(_DATE_LABEL_ENDS)
    )


def _two_line_head(titled: list[str], candidates: list[str]) -> bool:
    """The last two headline-shaped lines stand one right above the other: a headline printed on two lines."""
    return len(titled) >= 2 and candidates.index(titled[-1]) == candidates.index(titled[-2]) + 1


def _paper_dateline(kept: list[Line], date_at: int | None) -> bool:
    """The dateline is a paper's masthead (`《人民日报》（2026年05月13日 第 11 版）`, `青岛日报 2021年7月9日 第A3版`)"""
    if date_at is None:
        return False
    outlet = _names_on_dateline(kept[date_at][0]).outlet or ""
    return outlet.endswith("报") and _PAGE_NUMBER.search(kept[date_at][0]) is not None


def _printed_outlet(kept: list[Line], date_at: int | None, header: list[str], title: str | None = None) -> str | None:
    """The outlet's own name as its header prints it (tests/gold/GUIDELINES.md, source_outlet): on the dateline,
    as the masthead or WeChat account line right above it (`怀化日报` | `2024年12月5日 星期四 第03版`), or
    opening a header line (a portal's name, a site at the head of its breadcrumb)."""
    if date_at is not None:
        # the account's name above a WeChat dateline wins over the author name the `原创` mark prints on it
        # (`长春朝阳发布` | `原创 朝阳组工 2024-05-20 12:00 吉林`)
        above = kept[date_at - 1][0].strip() if date_at else ""
        if above and (is_site_name(above) or _is_account_above(above, kept, date_at, title)):
            return outlet_named(above) or above
        on_line = _names_on_dateline(kept[date_at][0])
        if on_line.outlet:
            return on_line.outlet
        below = kept[date_at + 1][0].strip() if date_at + 1 < len(kept) else ""
        if below and _is_account_below(below, kept, date_at, title):
            return below
    # `原创 某某区委组织部 某某组工` on a line of its own: the owner, then the account
    marked = next((m.outlet for m in map(_names_on_dateline, header) if m.outlet), None)
    return marked or next((o for o in map(outlet_named, header) if o), None)


_CLOSING_LINES = 8  # a footer credit stands among the last short lines, before the editors and sign-off
# `来源｜中共XX区委组织部`, `来源 | XX街道党工委`, `内容来源：XX县委组织部`, `（中共XX区委组织部供稿）` closing the
# article (closing credits missed at first sight: d523 20th set, d623 24th, d1049 41st: `内容来源：`); an interview's
# `（本文由XX区委组织部供稿）` words the same supplier's credit (RULEBOOK author_org; d1448 58th, d1579 63rd)
_CLOSING_SOURCE = re.compile(
    r"^[（(]?\s*(?:(?:(?:信息|稿件|文章|内容)?来源|供\s*稿(?:单位)?)\s*[:：｜|丨]\s*(?P<source>[^\s（()）]{2,30})"
    r"|(?:本文由)?(?P<supplier>[^\s（()）]{2,30}?)\s*供\s*稿)\s*[)）]?"
    r"(?:\s+(?:[^\s:：｜|丨]{1,6})\s*[:：｜|丨].*)?$"  # `来源：XX区委组织部  编辑：王五`: other credits after it
)


def _news_flash(header: list[str], body: list[Line]) -> str | None:
    """The paper a `XX日报讯（记者…）` lead mark names, on a header line or opening the first paragraph
    (tests/gold/GUIDELINES.md, source_outlet, decided for h422)."""
    first = [body[0][0][:40]] if body else []
    return next((o for o in map(news_flash_outlet, [*header, *first]) if o), None)


def _on_mirror_label(outlet: str, nav_site: str | None, header: list[str]) -> bool:
    """The outlet was read from a mirror's label: the nav row's name carries `镜像` (`☆滇南党建资讯镜像☆ 首页 | …`), or
    the header line that prints the name marks it as a mirror beside it (`滇西南党建资讯网 镜像站 | 首页 | …`,
    GUIDELINES h921). Mirror labels over a copyright footer's name at first sight: d592 (23rd set), d607 (24th),
    d1019 (38th, the mark beside the name)."""
    if outlet == nav_site and _MIRROR_LABEL in outlet:
        return True
    return any(line.startswith(outlet) and _MIRROR_LABEL in line[len(outlet) : len(outlet) + 6] for line in header)


def _site_in_crumbs_and_copyright(header: list[str], lines: list[str]) -> str | None:
    """A site named only as the head of its breadcrumb and in its copyright line (`党建之窗 > 基层党建 > 正文` …
    `版权所有 © 党建之窗`): the two together name the outlet (tests/gold/GUIDELINES.md, decided for h422)."""
    holders = {h for h in map(copyright_holder, lines[-_CLOSING_LINES * 2 :]) if h}
    if not holders:
        return None
    return next((head for head in map(crumb_head, header) if head in holders), None)


def _closing_source_org(lines: list[str]) -> str | None:
    """The organisation a closing credit line names (`来源｜中共XX区委组织部`): who wrote the piece
    (tests/gold/GUIDELINES.md, author_org, decided for h51); an outlet there (`来源：XX日报`) is none.
    Only the short lines after the last article paragraph are read (editors, `END`, `阅读原文` among them)."""
    for line in reversed(lines[-_CLOSING_LINES:]):
        if _is_substantial(line):
            break
        m = _CLOSING_SOURCE.match(undecorated(line.strip()))
        if m:
            value = m.group("source") or m.group("supplier")
            first = value.split("、")[0]  # `来源：某某区委组织部、某某街道`: the first body named leads the credit
            return value if is_org(value) else first if first != value and is_org(first) else None
    return None


# A reprint's closing credit names the outlet it was taken from: `（原载《柳州党建》2024年第3期）`,
# `（据“烟台组工”微信公众号整理）`, `本文转载自《XX日报》`, also after a clause on the piece in the same brackets
# (`（本文为…课题成果，原载《张掖党建研究》2024年第3期）`, GUIDELINES, source_outlet, decided for h447).
_REPRINTED_FROM = re.compile(
    r"^(?:[（(]\s*[^（）()《》“”]{2,40}?[，,；;]\s*|[（(]?\s*)(?:本文)?(?:原载于?|原刊于?|转载自|转自|摘自|选自|据)\s*[《“\"](?P<outlet>[^》”\"]{2,20})[》”\"]"
)


def _closing_outlet(lines: list[str]) -> str | None:
    """The outlet a reprint credit among the closing short lines names, or None: `（原载《柳州党建》…）`, or a news
    item's closing `来源：某某日报` (a reprint's `来源：` paper is the outlet, RULEBOOK source_outlet; an organisation
    there is the author, `_closing_source_org`)."""
    for line in reversed(lines[-_CLOSING_LINES:]):
        if _is_substantial(line):
            break
        m = _REPRINTED_FROM.match(line.strip())
        if m:
            return m.group("outlet")
        printed = PRINTED_IN_RE.match(line.strip())
        if printed:
            return printed.group("paper")  # `《 人民日报 》（ 2024年05月20日 11 版）`: the paper it was printed in
        source = _CLOSING_SOURCE.match(undecorated(line.strip()))
        named = source.group("source") if source else None
        if named and is_site_name(named) and not is_org(named):
            return paper_of(named)
    return None


def _author_from_source(out: ParsedText, printed: str | None) -> None:
    """A portal's `来源：`/`信息来源：` naming a Party body (`来源：南山区委组织部`) names who wrote the piece:
    that body is the author_org, and the outlet is the one whose name the header prints
    (`成都市郫都区人民政府`, `共产党员网`), else unknown (tests/gold/GUIDELINES.md, author_org, decided for h176)."""
    source = out.source_outlet
    if source and "、" in source and SOURCE_ORG_RE.fullmatch(source.split("、")[0]):
        # `来源：某某区委组织部、某某街道党工委`: bodies writing together, the first named leads the credit (RULEBOOK
        # author_org, as printed: of two organisations joined by `、` the first)
        source = source.split("、")[0]
    if not source or not SOURCE_ORG_RE.fullmatch(source):
        return
    # `来源：安顺市平坝区委组织部 … 作者：平坝区委组织部`: one body, named in full by the 来源 field
    fuller = out.author_org is not None and source.endswith(out.author_org)
    out.author_org = source if out.author_org in (None, printed) or fuller else out.author_org
    out.source_outlet = printed


def _original_orgs(header: list[Line]) -> set[str]:
    """The organisations WeChat `原创` marks in the header name (`原创 市南区委组织部`)."""
    found: set[str] = set()
    for simp, _ in header:
        if _ORIGINAL.match(simp.strip()):
            found.update(n for n in _ORIGINAL.sub("", simp.strip()).split() if ORG_RE.fullmatch(n))
    return found


def _take_byline(out: ParsedText, line: str) -> bool:
    """Record the line as the byline (and its organisation) when it is one."""
    found = byline(line)
    if found is None:
        return False
    if out.byline is None:
        out.byline = found.text
    if out.author_org is None and found.author_org:
        out.author_org = found.author_org
    return True


# An intro that points at what follows (`一起来看看他们是怎么做的——`, `…他们的做法👇`) ends its paragraph as a colon
# does: the line after it (`▶建阵地：…`, its bullet cleaned off) is a heading of its own (d893 35th set, d1020 38th)
_POINTING_ENDS = ("——", "👇", "⬇", "⬇️", "↓")


def _under_the_byline(kept: list[Line], body_start: int) -> int:
    """A paper prints its headline, then the byline (`本报记者  王欣悦`), then the article: a short line under a
    byline that has a title-shaped line above it (`“围挡一挡几个月，…生意咋办？”`, a quotation opening the story) is
    the article's first line, not a second headline (real set r026)."""
    for i, (line, _) in enumerate(kept[:body_start]):
        if byline(line) is not None and any(not is_not_title(s) for s, _ in kept[:i]):
            start = i + 1
            while start < body_start and is_furniture(kept[start][0]):
                start += 1
            return start
    return body_start


def _join_broken(lines: list[Line]) -> list[Line]:
    """Print layout breaks paragraphs mid-word (`城市社` | `区党支部`): join a prose line that does not
    end a sentence with the line after it. Headings (short, no inner full stop) are never joined."""
    out: list[Line] = []
    for simp, orig in lines:
        if out:
            prev_simp, prev_orig = out[-1]
            prose = "。" in prev_simp[:-1] or len(prev_simp) > 40
            if (
                prose
                and prev_simp[-1] not in _TERMINAL
                and not prev_simp.endswith(_POINTING_ENDS)
                and not is_numbered_heading(simp)
                and not _LIST_ITEM.match(simp)
            ):
                out[-1] = (prev_simp + simp, prev_orig + orig)
                continue
        out.append((simp, orig))
    return out


# A count or a share (`7个社区`, `由18%提高到46%`) or a list number (`3.`): a sentence of the report
# that states a figure or an item, not a caption describing a photo.
_STATED_FIGURE = re.compile(r"^\d{1,2}[.．、]|\d\s*(?:%|个|名|人|户|件|项|家|次|条|万|亿)")


def _is_caption(line: str) -> bool:
    """A photo caption in plain text, which has no picture to go by: one short sentence, no comma, no stated figure,
    ending in a full stop (`泸州市城区景观。`, not `全区有7个社区被评为示范社区。`). HTML pages are read for captions by
    markup instead (tasks/sites/captions.py): on real pages this shape is more often a short sentence of the text."""
    return (
        len(line) <= _CAPTION_MAX
        and line.endswith("。")
        and line.count("。") == 1
        and not re.search(r"[，,；;：:]", line)
        and not _STATED_FIGURE.search(line)
        # a list number of any form (`（一）`, `（1）`, `①`, as `3.` above): an item of the report's list
        and not _LIST_ITEM.match(line)
        and not is_numbered_heading(line)
    )


def parse_lines(
    lines: list[Line],
    title_hint: str | None = None,
    published_hint: str | None = None,
    source_hint: str | None = None,
    channel_hint: str | None = None,
    editors_hint: str | None = None,
    byline_hint: str | None = None,
    captions: list[Line] | None = None,
) -> ParsedText:
    """`captions`: the photo captions a markup reader found under pictures (tasks/sites/captions.py); None for plain
    text, whose captions are told by their shape (`_is_caption`)."""
    out = ParsedText()
    footer_collection: list[str] = []
    toolbars: list[str] = []

    # 1. Editors and widgets, wherever they stand.
    kept: list[Line] = []
    for i, (simp, orig) in enumerate(lines):
        back_link = BACK_LINK_END_RE.search(simp)
        if back_link is not None:
            cut_off = len(simp) - back_link.start()
            simp, orig = simp[: back_link.start()], orig[: len(orig) - cut_off]
            if not simp:
                continue
        editor = EDITOR_RE.match(simp)
        if editor:
            out.editors.extend(
                n.strip()
                for n in re.split(r"[、,，/\s]+", (editor.group("names") or editor.group("bare")))
                if n.strip()
            )
            if editor.group("label") in (None, *CLOSING_EDITORS):
                kept.append(("\x00END", orig))  # the editor line closes the article body
            continue
        if COLLECTION_FOOTER_RE.match(simp) and i + 1 < len(lines):
            footer_collection = [p for p in re.split(r"\s*[·|｜]\s*", lines[i + 1][0]) if p]
        if WIDGET_RE.match(simp) or is_toolbar(simp):
            if i < HEADER_WINDOW and is_toolbar(simp):
                toolbars.append(simp)  # `共产党员网 打印 纠错`: the site's name may be the outlet's
            continue
        kept.append((simp, orig))

    # 2. The footer starts at the first marker (or editor line) that no article paragraph follows.
    cut = len(kept)
    for i in range(len(kept) - 1, -1, -1):
        simp = kept[i][0]
        if _is_substantial(simp) and simp != "\x00END":
            break
        if simp == "\x00END" or FOOTER_RE.match(simp):
            cut = i
    # credits printed after the editor line (`责任编辑：吴佳` / `（稿件来源：XX区委组织部）`): read for the author
    after_editor = [simp for simp, _ in kept[cut:] if simp != "\x00END"][:_CLOSING_LINES]
    kept = [line for line in kept[:cut] if line[0] != "\x00END"]

    # 3. Header: breadcrumb, title, column label, author organisation, dateline.
    date_at = None
    for i, (simp, _) in enumerate(kept[:HEADER_WINDOW]):
        if _is_substantial(simp):
            break
        dateline = _dateline(simp)
        if dateline:
            date_at = i
            out.published_at, out.source_outlet = dateline
            inline = inline_byline(simp)
            if inline is not None:
                out.byline, out.author_org = inline.text, inline.author_org
            else:
                _take_byline(out, simp)  # an author line carrying the date: `某某县委组织部 2024年3月8日`
            break
    masthead = False
    if date_at is not None:
        body_start = date_at + 1
        # Print and e-paper layouts open with the masthead dateline (`青岛日报 2021年7月9日 第A3版`); the
        # headline, its subtitle and the byline follow it. When nothing above the dateline could be a
        # title, the short lines under it, up to the first paragraph or numbered heading, are header too.
        if not title_hint and not any(
            not is_not_title(s) and not is_furniture(s) and not _is_account_above(s, kept, date_at)
            for s, _ in kept[:date_at]
        ):
            masthead = True
            while (
                body_start < min(len(kept), HEADER_WINDOW)
                and not _is_substantial(kept[body_start][0])
                and not is_numbered_heading(kept[body_start][0])
                and len(kept[body_start][0]) <= _TITLE_MAX
            ):
                body_start += 1
    else:
        body_start = next(
            (i for i, (s, _) in enumerate(kept) if _is_substantial(s) or is_numbered_heading(s)), len(kept)
        )
        body_start = min(body_start, HEADER_WINDOW)
        # Without a dateline, a headline from markup ends the header: what follows it is the article,
        # but for furniture lines (bylines, sources, breadcrumbs, toolbars) right under it.
        titled_at = next((i for i, (s, _) in enumerate(kept[:body_start]) if title_hint and s == title_hint), None)
        if titled_at is not None:
            body_start = titled_at + 1
            while body_start < len(kept) and is_furniture(kept[body_start][0]):
                body_start += 1
        else:
            body_start = _under_the_byline(kept, body_start)
    header = [s for i, (s, _) in enumerate(kept[:body_start]) if i != date_at]
    body = kept[body_start:]
    # A byline, a `来源：` line or a reprint's `原标题：` line right under the dateline (`作者：张燕`, `来源：中共XX区委
    # 组织部`, `原标题：某某街道：…`) still belongs to the header.
    while body and len(header) + 1 < HEADER_WINDOW and not _is_substantial(body[0][0]):
        if byline(body[0][0]):
            _take_byline(out, body.pop(0)[0])
        elif is_source_line(body[0][0]):
            out.source_outlet = out.source_outlet or source_in(body.pop(0)[0])
        elif ORIGINAL_HEADLINE_RE.match(body[0][0]):
            body.pop(0)
        else:
            break

    candidates: list[str] = []
    for simp in header:
        crumbs = breadcrumb(simp)
        if crumbs:
            if out.channel is None:
                out.channel = " > ".join(crumbs)
                out.collection = _collection_from(crumbs)
            continue
        if _take_byline(out, simp):
            continue
        if is_source_line(simp):
            out.source_outlet = out.source_outlet or source_in(simp)
            continue
        if title_hint and simp == title_hint:
            continue
        candidates.append(simp)

    if title_hint and not is_not_title(title_hint):
        out.title = headline(title_hint)
        columns = [c for c in candidates if not is_not_title(c) or len(c) <= _COLUMN_MAX]
    else:
        # A short line is a column label (`党建周刊`) unless it has a headline's marks, or a `——` sub-title
        # line stands right under it (`老矿区的新邻里` / `——路南区…侧记`): a column label carries no sub-title.
        # A quotation under the headline with its source on the next line (`提高家政…服务模式。` / `——摘自“十五五”
        # 规划纲要`: an epigraph of People's Daily's series, real set) is neither headline nor sub-titled line.
        quoted = {k for k in range(len(candidates) - 1) if _EPIGRAPH_SOURCE.match(candidates[k + 1])}
        titled = [
            c
            for k, c in enumerate(candidates)
            if not is_not_title(c)
            and not c.startswith("—")
            and k not in quoted
            and (
                len(c) > _COLUMN_MAX
                or re.search(r"[:：\s“”]", c)
                or (k + 1 < len(candidates) and candidates[k + 1].startswith("——"))
            )
        ]
        # Above a dateline the headline is the last title-shaped line (column labels come first); under a
        # masthead dateline it is the first (a subtitle or a sub-heading may follow).
        chosen = (titled[0] if masthead else titled[-1]) if titled else None
        if not masthead and _two_line_head(titled, candidates) and _paper_dateline(kept, date_at):
            # A paper's page prints its masthead dateline under the headline block and the byline (`吉林省开展…行动` /
            # `治标又治本，卸下隐形负担` / `本报记者 …` / `《人民日报》（…第 11 版）`): a headline of two lines, whose
            # first line is the title (RULEBOOK title, `我省推动…` over `小网格托起大民生`; People's Daily in the
            # real set, bench/real_cases.py)
            chosen = titled[-2]
        occasion = next((k for k, c in enumerate(candidates) if is_occasion_line(c)), None)
        if occasion is not None and occasion + 1 < len(candidates) and candidates[occasion + 1] in titled:
            chosen = candidates[occasion + 1]  # the line under a speech's occasion line, not a speaker line below it
            # an office signing the speech under its headline (`内蒙古自治区党委组织部组织二处`) is its author
            signed = candidates[occasion + 2] if occasion + 2 < len(candidates) else ""
            out.author_org = out.author_org or (signed if is_org(signed) else None)
        named = [c for c in candidates if form_name(c)]
        if named:
            chosen = named[0]  # a form prints its headline as the value of its name field
        if chosen is None and date_at is not None and not masthead:
            # a short headline alone above the dateline (`网格员小刘的一天`): nothing else could be the title
            # and the article starts under the dateline (a short line there would be the headline, the one
            # above a column label)
            above_date = [c for c in candidates if c in {s for s, _ in kept[:date_at]} and not is_not_title(c)]
            under = next((s for s, _ in kept[date_at + 1 :] if not is_furniture(s) and byline(s) is None), "")
            chosen = above_date[-1] if len(above_date) == 1 and _is_substantial(under) else None
        out.title = headline(form_name(chosen) or chosen) if chosen else None
        # Column labels stand above the headline; under it are subtitles and kickers.
        above = candidates[: candidates.index(chosen)] if chosen else candidates
        columns = [c for c in above if not is_not_title(c) or len(c) <= _COLUMN_MAX]
    out.subtitle = _subtitle(candidates, title_hint)
    # a disclosure table's `发布机构：某某区委组织部`, on its own line or the dateline's: a Party body there wrote the
    # item, as a portal's `来源：` body does (RULEBOOK author_org)
    if out.author_org is None:
        agencies = (
            PUBLISHING_BODY_RE.search(s) for s in [*header, *([kept[date_at][0]] if date_at is not None else [])]
        )
        out.author_org = next((a["body"] for a in agencies if a and SOURCE_ORG_RE.fullmatch(a["body"])), None)
    if out.byline is None:
        # a speech summary's speaker line (`中共西宁市委常委、组织部部长　马建新`) is its byline: a person, no
        # author_org (GUIDELINES h251), but the committee the region reads
        out.byline = next((c for c in candidates if is_speaker(c)), None)
    if columns and out.collection is None:
        out.collection = columns[0]
    if footer_collection:
        out.collection = _collection_from(footer_collection) or out.collection

    # Hints from markup win over what the lines say, when present.
    if published_hint and out.published_at is None:
        out.published_at = parse_date(published_hint)
    if source_hint and out.source_outlet is None:
        out.source_outlet = source_hint
    if channel_hint and out.channel is None:
        out.channel = channel_hint
    if byline_hint and out.byline is None:
        out.byline = byline_hint  # marked up as a byline (`<p class="author">`): taken as printed
        out.author_org = out.author_org or org_in(byline_hint)
    if editors_hint and not out.editors:
        editor = EDITOR_RE.match(editors_hint.strip())
        if editor:
            out.editors = [n for n in re.split(r"[、,，/\s]+", (editor.group("names") or editor.group("bare"))) if n]

    header_text = [s for i, (s, _) in enumerate(kept[:body_start]) if i != date_at and headline(s) != out.title]
    out.source_outlet = out.source_outlet or _news_flash(header_text, body)
    out.source_outlet = out.source_outlet or next(
        (o for o in (reporter_outlet(simp) for simp, _ in kept[:body_start]) if o), None
    )
    nav_site = next((n for n in (nav_row_site(simp) for simp, _ in lines[:HEADER_WINDOW]) if n), None)
    printed = (
        _printed_outlet(kept, date_at, header_text + toolbars, out.title)
        or _site_in_crumbs_and_copyright(header_text, [simp for simp, _ in lines])
        or nav_site
        # a page's marked-up trail headed by its portal (`某某市人民政府门户网站 > 政务动态 > 部门动态`), read off the
        # lines as the trail a text page prints is (RULEBOOK source_outlet: portals)
        or (outlet_named(channel_hint) if channel_hint else None)
    )
    _author_from_source(out, printed)
    out.source_outlet = out.source_outlet or printed
    original_org = _names_on_dateline(kept[date_at][0]).original_org if date_at is not None else None
    if original_org and out.author_org is None:
        out.author_org = original_org

    # 4. Body: continuation markers, trailing attribution, captions, broken paragraphs.
    cleaned: list[Line] = []
    for simp, orig in body:
        if CONTINUED_ON_RE.search(simp):
            out.is_truncated = True
            simp, orig = CONTINUED_ON_RE.sub("", simp).strip(), _strip_marker(orig)
        if CONTINUED_FROM_RE.match(simp):
            out.notes.append("continued from another page")
            simp, orig = CONTINUED_FROM_RE.sub("", simp).strip(), CONTINUED_FROM_RE.sub("", orig).strip()
        if ORIGINAL_HEADLINE_RE.match(simp):
            continue  # a reprint's `原标题：` note below a summary or a lead-in: never the article (boilerplate.py)
        if simp:
            cleaned.append((simp, orig))
    # A case template signs off with its organisation over the month it was written (`中共XX市委组织部` /
    # `2024年11月`): the date under the signature is no paragraph, and a year and month alone is no publication
    # date (GUIDELINES, published_at); the organisation above it is the byline.
    if len(cleaned) >= 2 and _SIGN_OFF_DATE.match(cleaned[-1][0]) and byline(cleaned[-2][0]) is not None:
        cleaned.pop()
    # A byline closing the article (`（作者单位：中共XX区委组织部）`, `文/李华`, `中共XX区委组织部`).
    while cleaned and not _is_substantial(cleaned[-1][0]) and _take_byline(out, cleaned[-1][0]):
        cleaned.pop()
    if cleaned:
        simp, orig = cleaned[-1]
        trailing = _TRAILING_ORG.search(simp)
        if trailing:
            if out.author_org is None:
                out.author_org = trailing.group("org")
            head_simp = simp[: trailing.start()].rstrip()
            head_orig = orig[: len(head_simp)] if len(orig) == len(simp) else _TRAILING_ORG.sub("", orig).rstrip()
            if head_simp:
                cleaned[-1] = (head_simp, head_orig)
            else:
                cleaned.pop()
    # A footer credit names who wrote the piece; a WeChat `原创` mark only the account's owner (GUIDELINES, h101).
    closing = _closing_source_org([simp for simp, _ in cleaned]) or _closing_source_org(after_editor)
    if closing and (out.author_org is None or out.author_org in _original_orgs(kept[:body_start])):
        out.author_org = closing
    out.source_outlet = (
        out.source_outlet or _closing_outlet([simp for simp, _ in cleaned]) or _closing_outlet(after_editor)
    )
    # Last, a mirror's site named only in its copyright footer (GUIDELINES, source_outlet, decided for h447).
    footer = [simp for simp, _ in lines[-_CLOSING_LINES * 2 :]]
    footer_site = next((n for n in map(copyright_site, reversed(footer)) if n), None)
    if footer_site and out.source_outlet and _on_mirror_label(out.source_outlet, nav_site, header_text + toolbars):
        # `☆滇南党建资讯镜像☆ 首页 | …` over `版权所有：滇南党建资讯`: the nav row labels the mirror, the copyright
        # footer names the site itself (GUIDELINES, source_outlet, round N); without a footer name the label stays.
        out.source_outlet = footer_site
    elif footer_site and nav_site and out.source_outlet == nav_site and footer_site.startswith(nav_site):
        # `滇中资讯 · 首页 | …` over `版权所有 © 滇中资讯网`: the nav row prints the short form of the name the
        # copyright footer prints in full (GUIDELINES, source_outlet, round R)
        out.source_outlet = footer_site
    out.source_outlet = out.source_outlet or footer_site
    # A portal named nowhere but in its sponsor footer is that government's site (GUIDELINES, round P).
    out.source_outlet = out.source_outlet or next((n for n in map(sponsor_portal, reversed(footer)) if n), None)
    if out.byline is None:
        # (or among the closing credits cut off below it: `本文来源：第一财经日报 作者：董来孝康`)
        credit = credit_in([simp for simp, _ in cleaned]) or closing_credit(after_editor)
        if credit is not None:
            out.byline, out.author_org = credit.text, out.author_org or credit.author_org
    joined = _join_broken(cleaned)
    if captions is None:
        out.body = [line for line in joined if not _is_caption(line[0])]
        out.captions = [line for line in joined if _is_caption(line[0])]
    else:
        out.body, out.captions = joined, list(captions)

    if out.title is None:
        out.notes.append("no title on the page")
    if out.published_at is None:
        out.notes.append("no publication date on the page")
    return out


def _strip_marker(orig: str) -> str:
    """The continuation marker in the original script (traditional `(下轉B2版)` too)."""
    return re.sub(r"[（(]\s*(?:下[转轉]|[转轉]第?)\s*[A-Z]?\d*\s*[版页頁]\s*[)）]", "", orig).strip()
