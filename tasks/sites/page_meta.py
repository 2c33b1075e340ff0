"""What a page's markup says about an article outside its text: meta dates, URL date, breadcrumb, byline.

Readers (generic and site adapters) use these as fallbacks and hints: the publication date from
`<meta>` (publishdate, article:published_time, …) when no dateline is printed, then from the URL
(`/2018/1029/`, `t20230512_`; the page's own URL, else its canonical link); the breadcrumb from an
element classed as one or labelled `您的位置/当前位置`; the byline from an element classed as one
(`<p class="author">`) or an e-paper subheading `<h4>■中共甘肃省委组织部</h4>`.
"""

from __future__ import annotations

import re
from html import unescape

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tasks.dates import labelled_dates, meta_date, url_date
from tasks.header_lines import (
    BREADCRUMB_LABELS,
    CRUMB_DROP,
    breadcrumb,
    byline,
    row_byline,
)

# Meta names of the publication time, most specific first; an update time only as a last resort.
PUBLISHED_METAS: tuple[str, ...] = (
    "article:published_time", "publishdate", "publish_date", "publishtime", "publish-date", "pubdate",
    "datepublished", "firstpublishedtime", "og:release_date", "dc.date.issued", "dc.date", "date",
    "sailthru.date", "parsely-pub-date", "weibo:article:create_at", "releasedate", "createdate",
)  # fmt: skip
MODIFIED_METAS: tuple[str, ...] = (
    "lastmodifiedtime", "article:modified_time", "og:updated_time", "datemodified", "dateupdate",
)  # fmt: skip
# Publication times in JSON-LD and page scripts (`"datePublished": "…"`, Baidu's `"pubDate"`, `"pubtime"`).
_SCRIPT_DATE = re.compile(
    r"[\"'](?:datePublished|pubDate|publishDate|publish_date|pubtime|pubTime|publishTime|publish_time)[\"']"
    r"\s*:\s*[\"'](?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?[^\"']{0,10})[\"']"
)

# Where a match of _SCRIPT_DATE can start, counted back from the `ub` its name holds: `'pub…` 2, `'datePub…` 6.
_UB_TO_START = (6, 2)


def script_date(html: str) -> re.Match[str] | None:
    """`_SCRIPT_DATE.search(html)`, found from the `ub` every name holds (`str.find`, which skips through a page at
    memory speed), not by trying the pattern at each of the page's thousands of quote marks (0.5-1.4 ms a page)."""
    best: re.Match[str] | None = None
    at = html.find("ub")
    while at != -1 and (best is None or at - 6 < best.start()):
        for back in _UB_TO_START:
            start = at - back
            if start >= 0 and html[start] in "\"'" and (best is None or start < best.start()):
                found = _SCRIPT_DATE.match(html, start)
                if found is not None:
                    best = found
        at = html.find("ub", at + 2)
    return best


BREADCRUMB_SELECTOR = ", ".join(
    f"[{attr}*={word}]"
    for word in ("crumb", "position", "location", "weizhi", "dqwz", "mianbao", "path", "daohang")
    for attr in ("class", "id")
)
BYLINE_SELECTOR = "[class*=author], [id*=author], [class*=byline], [class*=writer], [class*=zuozhe]"
_DECORATED_SUBHEAD = "h2, h3, h4, h5, h6"
_DECORATION = "■◆●▲□◇★☆"
_CRUMB_LABEL_RE = re.compile(BREADCRUMB_LABELS)
_SEPARATED = re.compile(r">|»|›|→|＞")
# A trail from the home link set apart by slashes or spaced dashes (`首页 / 游戏 / 正文`, `首页 - 新闻动态`).
_SLASHED_TRAIL = re.compile(r"^首页(?:\s*/\s*[^/\s][^/]{0,19}|\s+[-–]\s+[^-–\s][^-–]{0,19}){1,5}$")
_SLASH = re.compile(r"\s*/\s*|\s+[-–]\s+")
CRUMB_LABELS = ("您的位置", "你的位置", "您现在的位置", "当前位置", "所在位置", "现在位置")
_SOURCE_OR_DATE = re.compile(r"来源|发布|时间|日期|(?:19|20)\d{2}")


def child_nodes(node: LexborNode) -> list[LexborNode]:
    """A node's children, text and comment nodes included (selectolax's `iter` leaves text out unless asked)."""
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def node_text(node: LexborNode) -> str:
    """An element's text with its whitespace folded to single spaces (what a reader sees)."""
    return " ".join(node.text(True, " ", True).split())


def _metas(tree: LexborHTMLParser) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").strip().lower()
        if key and key not in out:
            out[key] = (attrs.get("content") or "").strip()
    return out


def canonical_url(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('link[rel="canonical"]')
    if node is not None and node.attributes.get("href"):
        return node.attributes["href"]
    node = tree.css_first('meta[property="og:url"]')
    return node.attributes.get("content") if node is not None else None


def fallback_date(tree: LexborHTMLParser, source_uri: str, html: str | None = None) -> str | None:
    """ISO publication date from `<meta>`, else JSON-LD or page data, else the URL, else a meta update
    time; None if none."""
    metas = _metas(tree)
    for name in PUBLISHED_METAS:
        content = metas.get(name)
        if content:
            parsed = meta_date(content)
            if parsed is not None:
                return parsed.isoformat()
    found = script_date(html) if html else None
    if found is not None:
        parsed = meta_date(found.group("date"))
        if parsed is not None:
            return parsed.isoformat()
    for url in (source_uri, canonical_url(tree)):
        if url:
            parsed = url_date(url)
            if parsed is not None:
                return parsed.date().isoformat()
    for name in MODIFIED_METAS:
        parsed = meta_date(metas.get(name) or "")
        if parsed is not None:
            return parsed.isoformat()
    return None


def crumb_items(node: LexborNode, classed: bool = True) -> list[str] | None:
    """The items of an element that may be a breadcrumb: by its text, else (when its class or id says
    breadcrumb) by its links, or None."""
    if node.tag in ("html", "body", "head", "title", "meta", "script", "style"):
        return None
    text = node_text(node)
    if not text or len(text) > 150:
        return None
    for inner in node.css("div, p, span, td, li"):  # the trail alone, without a search box beside it
        inner_text = node_text(inner)
        if len(inner_text) < len(text) and _SEPARATED.search(inner_text):
            items = breadcrumb(inner_text, marked=classed)
            if items:
                return [t for t in items if t not in CRUMB_DROP] or None
    items = breadcrumb(text, marked=classed)
    if items is None and _CRUMB_LABEL_RE.match(text) and node.parent is not None:
        items = breadcrumb(node_text(node.parent))  # `<span>当前位置：</span><a>首页</a> > <a>…</a>`
    if items is None and classed:
        links = [t for t in (node_text(a) for a in node.css("a")) if t and len(t) <= 20]
        if len(links) >= 2 and sum(map(len, links)) >= 0.6 * len(_CRUMB_LABEL_RE.sub("", text).strip(" :：")):
            items = [t for t in links if t not in CRUMB_DROP]
    return items or None


_TAG = re.compile(r"<[^<>]*>")
_BLOCK_END = re.compile(r"</(?:div|td|p|li|ul|ol|tr|table|dl|dd|nav|section|h\d)>|<br\s*/?>", re.I)


def find_pair(text: str, pair: str, start: int = 0) -> int:
    """`text.find(pair, start)` for two characters, faster on a page of Chinese: CPython finds one character by
    `memchr` but two by its general search, which on a 134 KB devset page takes ~120 µs against ~25 µs for the
    first character's few occurrences, each then checked for the second."""
    first, second = pair
    at = text.find(first, start)
    while at != -1 and text[at + 1 : at + 2] != second:
        at = text.find(first, at + 1)
    return at


def labelled_breadcrumb(tree: LexborHTMLParser, html: str | None = None) -> list[str] | None:
    """The breadcrumb a label introduces (`您的位置：首页 > 要闻 > 正文`, `<span>当前位置</span><a>…`).

    Read from the page source after the label up to the end of its block, tags stripped: string work
    only, where a tree search for the label's element would walk the whole page.
    """
    if html is None:
        html = tree.html or ""
    at = find_pair(html, "位置")  # every label ends with 位置: one scan finds them all
    while at != -1:
        before = html[max(0, at - 4) : at + 2]
        label = next((label for label in CRUMB_LABELS if before.endswith(label)), None)
        if label is not None:
            start = at + 2 - len(label)
            window = html[start : start + 800]
            end = _BLOCK_END.search(window, len(label))
            text = " ".join(unescape(_TAG.sub(" ", window[: end.start() if end else len(window)])).split())
            items = breadcrumb(text) if len(text) <= 150 else None
            if items:
                return items
        at = find_pair(html, "位置", at + 2)
    return None


def home_trail(tree: LexborHTMLParser, html: str | None = None) -> list[str] | None:
    """The trail that starts from a `首页` link (`首页 >> 国内 >> 正文`), when nothing labels one."""
    if html is not None and find_pair(html, "首页") == -1:
        return None
    for link in tree.css('a:lexbor-contains("首页")'):
        parent = link.parent
        if parent is not None and parent.tag not in ("body", "html") and node_text(link) == "首页":
            text = node_text(parent)
            slashed = len(text) <= 150 and not _SEPARATED.search(text) and _SLASHED_TRAIL.match(text)
            if slashed and len(parent.css("a")) >= 2:  # `首页 / 游戏 / 正文`: links apart from home, not prose
                text = _SLASH.sub(" > ", text)
            if len(text) <= 150 and _SEPARATED.search(text):
                items = breadcrumb(text)
                if items and len(items) >= 2:
                    return items
    return None


def breadcrumb_items(tree: LexborHTMLParser, html: str | None = None) -> list[str] | None:
    """The breadcrumb's items (`首页 > 要闻`), from an element labelled or classed as one."""
    items = labelled_breadcrumb(tree, html)
    if items:
        return items
    for node in tree.css(BREADCRUMB_SELECTOR):
        items = crumb_items(node)
        if items:
            return items
    return home_trail(tree, html)


def _in_list_item(node: LexborNode) -> bool:
    """Inside a link or a list item: the author of another article in a list, not of this one."""
    parent = node.parent
    for _ in range(3):
        if parent is None:
            return False
        if parent.tag in ("a", "li"):
            return True
        parent = parent.parent
    return False


def _in_form(node: LexborNode) -> bool:
    """Part of a sign-in or comment form (`<div class="author-name"><input …><div class="author-tips">账号`):
    the field's label, not a byline."""
    around: LexborNode | None = node
    for level in range(4):
        if around is None:
            return False
        # a field beside it counts in the element or its parent only: an article's wrapper may hold a reply box
        if around.tag == "form" or (level < 2 and around.css_first("input, textarea") is not None):
            return True
        around = around.parent
    return False


# What a class or id names an author by: not `authorized`/`authority` (a permission or a licence line).
AUTHOR_CLASS = re.compile(r"author(?!i[sztf])|byline|writer|zuozhe", re.I)


def marked_byline(node: LexborNode) -> str | None:
    """The byline an element classed author/byline/writer holds, or None (lists, counts, dates)."""
    if node.tag in ("meta", "link", "html", "body") or _in_list_item(node) or _in_form(node):
        return None
    if not AUTHOR_CLASS.search(f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"):
        return None
    text = node_text(node)
    if not text or len(text) > 80:
        return None
    if _SOURCE_OR_DATE.search(text):  # `作者：张三 发布时间：…`: only the labelled part
        inline = row_byline(text)
        if inline is None:
            return None
        text = inline.text
    if len(text) > 40 or labelled_dates(text) or re.search(r"\d", text):
        return None  # a byline names people or bodies; numbers are view counts, dates, ids
    return text


def byline_text(tree: LexborHTMLParser, html: str | None = None, marked: bool = True) -> str | None:
    """The byline as marked up: an element classed author/byline/writer (unless `marked` is False:
    the caller looked at those), or a `■…组织部` subheading."""
    for node in tree.css(BYLINE_SELECTOR) if marked else ():
        text = marked_byline(node)
        if text:
            return text
    if html is not None and not any(d in html for d in _DECORATION):
        return None
    for node in tree.css(_DECORATED_SUBHEAD):
        text = node_text(node)
        if text[:1] in _DECORATION:
            found = byline(text.lstrip(_DECORATION + " "))
            if found is not None:
                return found.text
    return None


# Words a byline row holds (`本文来源：某某网 作者：李四`, `澎湃新闻记者 贺梨萍`, `文/图 刘晓`).
_ROW_CUE = re.compile("作者|记者|通讯员|采写|撰稿|供稿|文/|文／")
# Elements whose text is never a byline row of this article: scripts, links and list items (another
# article's author), form fields. Looked for in the source just before a row.
_NOT_ROW_OPEN = re.compile(r"<(script|style|a|li|textarea|option|title)[\s>]")
_LOOK_BACK = 2000


def _inside(html: str, at: int) -> bool:
    """The text at `at` stands inside one of _NOT_ROW_OPEN's elements (opened and not closed before it)."""
    before = html[max(0, at - _LOOK_BACK) : at].lower()
    return any(f"</{opened.group(1)}>" not in before[opened.end() :] for opened in _NOT_ROW_OPEN.finditer(before))


def row_bylines(html: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Bylines of the page's meta rows (`<span>本文来源：某某网 作者：李四</span>` under the text,
    `<p>某某新闻记者 陈立</p>` under the headline), each with where it stands in the source (for the caller
    to keep only the rows next to the article's text), in page order. Read from the source's text runs
    (between tags) that hold a byline word: string work, no tree walk; a run holding only the label takes
    the next run with it (`<b>作者：</b>李四`). Only the part of the source from `start` to `end` is read."""
    rows: list[tuple[int, str]] = []
    seen = -1
    for cue in _ROW_CUE.finditer(html, start, len(html) if end is None else end):
        if cue.start() < seen:
            continue
        run_start = html.rfind(">", 0, cue.start()) + 1
        run_end = html.find("<", cue.end())
        run_end = len(html) if run_end < 0 else run_end
        seen = run_end
        text = html[run_start:run_end]
        if len(text) > 300 or len(text.strip()) > 200:
            continue
        if len(text.strip()) <= 6:  # the label alone
            after = html.find(">", run_end) + 1
            following = html.find("<", after)
            if 0 < after < following <= after + 120:
                text += html[after:following]
        found = row_byline(unescape(text))
        if found is not None and not _inside(html, run_start):
            rows.append((run_start, found.text))
    return rows
