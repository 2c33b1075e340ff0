"""Generic HTML reader on selectolax: the page's main text block, title, dateline and source hints.

1. Breadcrumb and byline are read first (tasks/sites/page_meta.py), since furniture removal drops them.
2. Furniture goes: scripts and widgets always; comment threads whatever their size; nav/header/footer/
   aside/form when small or mostly links (Chinese portals wrap whole pages in one ASP.NET <form>);
   blocks whose class or id says navigation, sharing, related links, rankings or copyright, when
   small or link-heavy.
3. The body is the element whose paragraphs hold the most prose (text length plus Chinese sentence
   punctuation); a paragraph that is mostly link text (menus, related-article lists) counts for
   nothing; a table cell or a block of `<br>` lines is a container of its own (table layouts put the
   article in one cell, next to cells of navigation). Sibling blocks that continue the prose are
   joined to it (readability's sibling step): a body split around a picture or an ad is read whole.
4. The title is the heading that the <title> also names (site suffixes cut), else <title>'s first
   part, never a toolbar, source, byline, breadcrumb or site-name line (tasks/header_lines.py).
   The dateline is the date-bearing short element nearest above the body, a publish-labelled date
   before an unlabelled one and never an update time (tasks/dates.py); dates in link lists are not
   datelines. Without one: `<meta>`, then the URL, then dates below the body.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tasks.dates import dateline_date, dateline_of, labelled_dates
from tasks.header_lines import SOURCE_RE, is_not_title
from tasks.header_lines import byline as is_byline
from tasks.records import PageParts
from tasks.sites.captions import take_captions
from tasks.sites.page_meta import (
    AUTHOR_CLASS,
    byline_text,
    child_nodes,
    crumb_items,
    fallback_date,
    home_trail,
    labelled_breadcrumb,
    marked_byline,
    node_text,
    row_bylines,
)

# (the text inside <video> and <audio> is what a browser that cannot play them shows: `您的浏览器暂时无法播放此视频`;
# a form's <label>, `自动播放` beside a video player's checkbox, names a control. Links that run a script, a slider's
# `向前`/`向后`, were tried too: a toolbar's `复制链接` is one, and without it the toolbar read as a headline.)
_DROP_ALWAYS = (
    "script, style, noscript, iframe, select, button, svg, textarea, template, object, embed, video, audio, label"
)
_DROP_IF_SMALL = "form, nav, header, footer, aside"
_CLASSED = (
    "div[class], div[id], ul[class], ul[id], section[class], span[class], table[class], dl[class], "
    "p[class*=author], p[class*=byline], p[class*=writer]"
)
# The three kinds of furniture are told by tag (the selectors of one kind name no tag of another), so one walk of
# the tree finds them all: a walk costs ~0.13 ms on a generated page, whatever the selector.
_FURNITURE = f"{_DROP_ALWAYS}, {_DROP_IF_SMALL}, {_CLASSED}"
_ALWAYS_TAGS = frozenset(_DROP_ALWAYS.split(", "))
_IF_SMALL_TAGS = frozenset(_DROP_IF_SMALL.split(", "))
_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "blockquote", "section",
    "article", "pre", "ul", "ol", "dl", "dt", "dd", "table", "center", "figure", "figcaption",
}  # fmt: skip
# Comment threads are prose, so size and link density do not tell them: their class or id does.
_COMMENTS = {
    "comment", "comments", "comment_list", "commentlist", "pinglun", "reply", "replies", "huifu", "liuyan",
    "gentie", "cmt", "discuss", "taolun", "guestbook",
}  # fmt: skip
_NEGATIVE = {
    "nav", "navbar", "menu", "footer", "foot", "bottom", "sidebar", "side",
    "share", "sharing", "fenxiang", "bdshare", "social", "comment", "comments", "pinglun", "related",
    "relate", "recommend", "tuijian", "xgxw", "xgyd", "rank", "paihang", "hot", "remen", "copyright",
    "breadcrumb", "crumb", "crumbs", "position", "location", "path", "ad", "ads", "advert", "gg", "banner",
    "toolbar", "tools", "login", "search", "friend", "links", "link", "tags", "tag", "qrcode", "ewm",
    "erweima", "weixin", "wechat", "pager", "pages", "popup", "modal", "more", "right", "left_nav",
    "statement", "disclaimer", "mianze", "shengming",
}  # fmt: skip
_POSITIVE = re.compile(r"article|content|text|body|main|post|entry|story|detail|zhengwen|zw|con\b|news_txt", re.I)
_TITLE_SPLIT = re.compile(r"\s*(?:--|_|\||｜|—+|–|\s-\s|-(?=[^-]{2,12}$))\s*")
_DATE_TEXT = re.compile(
    r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.－／．]\d{1,2}[-/.－／．]\d{1,2})(?:\s*\d{1,2}[:：]\d{2})?"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_PAGE_NUMBER = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版")
_HAS_TIME = re.compile(r"(?:日|\d)\s*\d{1,2}[:：]\d{2}")


# `node.text(True, "", True)` is `node.text(deep=True, separator="", strip=True)`: the text of every text node
# below, each stripped, joined. Passed by position: Cython parses keyword arguments at ~0.1 µs a call, and the
# reader asks for a few thousand texts a page.


def _len(node: LexborNode) -> int:
    """Text length without markup or surrounding whitespace: cheap (one C call), for scoring only."""
    return len(node.text(True, "", True))


def _link_text_len(node: LexborNode) -> int:
    return sum([len(a.text(True, "", True)) for a in node.css("a")])


def _link_text_exceeds(node: LexborNode, limit: float) -> bool:
    """`_link_text_len(node) > limit`, reading links only until the sum passes `limit`: a menu of
    hundreds of links is told after the first share of them."""
    total = 0
    for a in node.css("a"):
        total += len(a.text(True, "", True))
        if total > limit:
            return True
    return False


_NEGATIVE_RE = re.compile(
    r"(?:^|[\s_\-])(?:" + "|".join(sorted(map(re.escape, _NEGATIVE), key=len, reverse=True)) + r")(?:$|[\s_\-])", re.I
)


_SEPARATORS = str.maketrans("_-", "  ")
_CRUMB_SEPARATOR = re.compile(r">|»|›|→|＞")
_CRUMBS = {"breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "path", "weizhi", "dqwz", "mianbao"}
_KIND_CACHE: dict[str, tuple[bool, bool, bool, bool, bool]] = {}


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _camel_words(attrs: str) -> list[str]:
    return _CAMEL.sub(" ", attrs).lower().translate(_SEPARATORS).split()


def _kind(attrs: str) -> tuple[bool, bool, bool, bool, bool]:
    """What a class/id says, memoised: (navigation-like, positive, comment thread, breadcrumb, byline).

    Navigation-like is `_NEGATIVE_RE.search(attrs)`; ASCII values go by word lookup (same answer, no
    regex scan): `left_nav` needs no entry of its own, `nav` after `_` matches whenever it does. re.I
    folds a few non-ASCII letters (ſ, ı, K) onto ASCII ones: those are left to the regex.
    """
    hit = _KIND_CACHE.get(attrs)
    if hit is None:
        lower = attrs.lower()
        words = lower.translate(_SEPARATORS).split()
        negative = not _NEGATIVE.isdisjoint(words) if attrs.isascii() else _NEGATIVE_RE.search(attrs) is not None
        hit = (
            negative,
            negative and _POSITIVE.search(attrs) is not None,  # only ever asked of navigation-like blocks
            not _COMMENTS.isdisjoint(words),
            # camelCase names too (`blkBreadcrumbNav`), for the breadcrumb only: the other kinds keep their words
            not _CRUMBS.isdisjoint(words) or (not attrs.islower() and not _CRUMBS.isdisjoint(_camel_words(attrs))),
            AUTHOR_CLASS.search(lower) is not None,
        )
        if len(_KIND_CACHE) >= 8192:  # ids are often unique per page: start afresh rather than stop caching
            _KIND_CACHE.clear()
        _KIND_CACHE[attrs] = hit
    return hit


def _wraps_article(node: LexborNode) -> bool:
    """A page wrapper that a link-heavy layout makes look like navigation (`<div class="… int-nav">`
    around everything): it holds the headline or a run of paragraphs."""
    found = node.css("h1, p")  # one walk for both; without a headline, all paragraphs
    return any(n.tag == "h1" for n in found) or len(found) >= 5


def _holds_dateline(node: LexborNode, text_len: int) -> bool:
    """A small block around the headline that prints the date (not a dated list of links)."""
    text = node.text() or ""
    return (
        _DATE_TEXT.search(text) is not None
        and "星期" not in text
        and _link_text_len(node) < 0.5 * max(text_len, 1)
        and dateline_date(text) is not None
    )


def _strip_furniture(body: LexborNode) -> tuple[list[str] | None, str | None]:
    """Remove furniture. On the way, read what some classed blocks say before they go: the breadcrumb's
    items (a block classed as one) and the byline (a block classed author/byline/writer)."""
    crumbs: list[str] | None = None
    byline: str | None = None
    always: list[LexborNode] = []
    if_small: list[LexborNode] = []
    classed: list[tuple[LexborNode, str]] = []
    for node in body.css(_FURNITURE):
        tag = node.tag
        if tag in _ALWAYS_TAGS:
            always.append(node)
        elif tag in _IF_SMALL_TAGS:
            if_small.append(node)
        else:
            classed.append((node, tag))
    for node in always:
        node.decompose()
    # A node inside one removed before it is cut loose (no parent, no children): a later walk would not have
    # found it, and read now it is empty, which makes every rule below leave it alone. It is skipped.
    for node in if_small:
        if node.parent is None:
            continue
        text = _len(node)
        if text < 400:
            if node.tag in ("header", "aside") and _holds_dateline(node, text):
                continue  # an article header: title and dateline
            node.decompose()
        elif not _wraps_article(node) and _link_text_exceeds(node, 0.5 * text):
            node.decompose()
    for node, tag in classed:
        if node.parent is None:
            continue
        attributes = node.attributes
        negative, positive, comments, crumb, author = _kind(
            f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        )
        if not (negative or comments or crumb or author):
            continue  # most classed blocks: nothing below applies
        if author and byline is None:
            byline = marked_byline(node)
        if tag == "p":
            continue  # classed paragraphs are looked at for bylines only
        if comments and node.css_first("h1") is None:
            node.decompose()
            continue
        if crumb and crumbs is None:
            crumbs = crumb_items(node)
        if not negative:
            continue
        raw = node.text(True, "", True)
        text = len(raw)
        if crumbs is None and text <= 150 and _CRUMB_SEPARATOR.search(raw):
            crumbs = crumb_items(node, classed=False)  # `<div class="header-nav">新华网 > 时政 > 正文</div>`
        small = not positive and text < 300
        if small or (not _wraps_article(node) and _link_text_exceeds(node, 0.4 * max(text, 1))):
            if text < 300 and _YEAR.search(raw) and _holds_dateline(node, text):
                continue  # `<div class="share_box"><p class="time">2019-05-17 · 苏皖城市报道</p>…`
            node.decompose()
    return crumbs, byline


_PUNCT = re.compile(r"[，。、,；;！？]")
_SENTENCE_END = "。！？!?…”」"
LINKED_UNIT = 0.5  # a paragraph with more link text than this share is a menu or a list of links
SIBLING_SHARE = 0.2  # a sibling block joins the body when it scores this share of the body's score


def _prose_score(text: str) -> float:
    """Chinese prose: wide characters (Han, full-width punctuation) and sentence punctuation; ASCII
    text (Latin copyright lines, numbers, symbols) counts a fifth. Wide characters are told by their
    UTF-8 length (three bytes, where ASCII takes one), which is one C call."""
    wide = (len(text.encode("utf-8")) - len(text)) / 2
    return wide + 0.2 * (len(text) - wide) + 10 * len(_PUNCT.findall(text))


def _inline_text(node: LexborNode) -> str:
    """The text a block holds itself: text nodes and inline children, not nested blocks."""
    parts = []
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            parts.append(child.text_content or "")
        elif tag not in _BLOCKS and tag not in ("-comment", "br", "img"):
            parts.append(child.text(True, ""))
        child = child.next
    return "".join("".join(parts).split())


def _unlinked(node: LexborNode, text_len: int) -> bool:
    """Not a menu or link list: at most half of the text is link text. Long runs of prose are not
    checked (menus and lists of links are made of short items)."""
    if text_len >= 200 or node.css_first("a") is None:
        return True
    return not _link_text_exceeds(node, LINKED_UNIT * text_len)


def _best_container(body: LexborNode) -> list[LexborNode]:
    """The block whose paragraphs hold the most prose, with the sibling blocks that continue it."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}

    def add(parent: LexborNode | None, score: float) -> None:
        if parent is None:
            return
        key = parent.mem_id
        nodes[key] = parent
        scores[key] = scores.get(key, 0.0) + score

    paragraphs = body.css("p, br, section")
    if sum(1 for p in paragraphs if p.tag == "p") < 3:  # pages that write paragraphs as <div>s or cells
        paragraphs = body.css("p, br, div, td, pre, section")
    seen_br_parents: set[int] = set()
    for p in paragraphs:
        tag = p.tag
        if tag != "br" and tag != "p" and any(c.tag in _BLOCKS for c in child_nodes(p)):
            continue  # a div/td that holds blocks is a container, not a paragraph
        text = "" if tag == "br" else p.text(True, "", True)
        if tag == "br" or (tag == "p" and not text):
            # lines split by <br> (a cell or a div of a table-layout page), or by empty <p></p> between runs of text
            # written straight into the block (`…放量跌停，<p></p>而深交所…`): the block is a container
            parent = p.parent
            if parent is None or parent.mem_id in seen_br_parents:
                continue
            seen_br_parents.add(parent.mem_id)
            text = _inline_text(parent)
            if len(text) >= 10 and _unlinked(parent, len(text)):
                add(parent, _prose_score(text))
            continue
        if len(text) < 10 or not _unlinked(p, len(text)):
            continue
        score = _prose_score(text)
        parent = p.parent
        add(parent, score)
        if parent is not None:
            grandparent = parent.parent
            if grandparent is not None:
                add(grandparent, score * 0.3)
    # The first (in document order) with the highest link-damped score. Damping never raises a score,
    # so candidates are visited from the highest raw score down and the link counting, the costly part,
    # stops as soon as no raw score left can reach the best damped one.
    order = {key: i for i, key in enumerate(scores)}
    best, best_score, best_order = None, 0.0, -1
    for key in sorted(scores, key=scores.__getitem__, reverse=True):
        score = scores[key]
        if score < best_score or (score == best_score and best is None):
            break
        node = nodes[key]
        total = _len(node) or 1
        density = _link_text_len(node) / total
        adjusted = score * (1 - min(density, 0.9))
        if adjusted > best_score or (best is not None and adjusted == best_score and order[key] < best_order):
            best, best_score, best_order = node, adjusted, order[key]
    if best is None:
        return []
    return _with_continuing_siblings(best, best_score, scores)


def _continues_prose(node: LexborNode, floor: float, scores: dict[int, float], before: bool) -> bool | None:
    """True: a sibling block that carries on the article; None: an empty or tiny block (skipped over);
    False: anything else, which ends the run. Above the body (where promotions and summaries sit) only
    a block that reads as a finished paragraph joins; below it, a block scoring a share of the body too."""
    if node.tag in ("-text", "-comment"):
        return None if not (node.text_content or "").strip() else False
    text_len = _len(node)
    if text_len < 20:
        return None
    if node.tag in ("ul", "ol", "dl", "table", "form", "nav", "aside", "footer", "header"):
        return False
    if not before and scores.get(node.mem_id, 0.0) >= floor and _unlinked(node, text_len):
        return True
    if node.tag in ("p", "div", "section", "blockquote", "center", "font", "span"):
        # readability's test for a paragraph-like sibling: long, sentences, few links, ends a sentence
        text = node.text(True, "", True)
        return (
            len(text) >= 80
            and text[-1] in _SENTENCE_END
            and len(_PUNCT.findall(text)) >= 2
            and _link_text_len(node) < 0.2 * text_len
        )
    return False


def _with_continuing_siblings(best: LexborNode, best_score: float, scores: dict[int, float]) -> list[LexborNode]:
    """The best block plus the adjacent siblings that continue its prose, in document order."""
    if best.tag in ("td", "th", "body", "html") or best.parent is None:
        return [best]
    floor = SIBLING_SHARE * best_score

    def run(node: LexborNode | None, above: bool) -> list[LexborNode]:
        joined: list[LexborNode] = []
        while node is not None:
            verdict = _continues_prose(node, floor, scores, before=above)
            if verdict is False:
                break
            if verdict:
                joined.append(node)
            node = node.prev if above else node.next
        return joined

    before, after = run(best.prev, above=True)[::-1], run(best.next, above=False)
    return [*before, best, *after]


_BR = re.compile(r"<br\s*/?>", re.I)
_ICON_FONT = re.compile("[\ue000-\uf8ff]")  # private-use code points: icon-font glyphs, never text


def _squeeze(text: str) -> str:
    r"""`re.sub(r"\s+", " ", text)`, faster: str.split() and the regex's \s agree on what is a space."""
    squeezed = " ".join(text.split())
    if not squeezed:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + squeezed + (" " if text[-1].isspace() else "")


def _lines_of(node: LexborNode) -> list[str]:
    """Block-level lines: each block child with its own text becomes one line; <br> splits lines.

    Read off the page's own tree (`_lines_in_place`) where that gives what serialising the block and parsing the
    source again gives (`_lines_reparsed`, the definition); the second parse only for what the walk refuses."""
    lines = _lines_in_place(node)
    return _lines_reparsed(node) if lines is None else lines


# Block tags a serialised block parses back as itself, as the only child of a new document's body (a `<tr>` or
# `<tbody>` there loses its tag; `<td>` does too, but its content is then the body's, which the walk reads alike).
_ROOTS_IN_PLACE = frozenset(
    [
        "div", "section", "article", "main", "center", "blockquote", "p", "span", "font", "td", "th", "li", "ul", "ol",
        "dl", "dt", "dd", "table", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    ]
)  # fmt: skip
# Elements whose content the serialiser writes unescaped or in another syntax (raw text, foreign content), or whose
# content a second parse may place elsewhere: a block holding one is read by the second parse.
_NOT_IN_PLACE = frozenset(
    [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript", "template", "textarea",
        "title", "svg", "math", "select", "option", "optgroup", "html", "head", "body", "frameset", "frame",
        "listing", "image", "isindex", "keygen",
    ]
)  # fmt: skip
# Start tags that close an open <p> when parsed (the HTML standard, "in body"; `<table>` only outside quirks mode,
# and a serialised block has no doctype, so its second parse is in quirks mode): a page's tree holds one inside a
# <p> only where the first parse put it there by another rule (a table's misplaced content, moved before the
# table), which the second parse would not repeat.
_CLOSE_P = frozenset(
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "form", "hr", "li", "dd", "dt",
    ]
)  # fmt: skip
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# What a table's parts may hold as the parser builds them; anything else there the second parse would move out.
_TABLE_PARTS: dict[str, frozenset[str]] = {
    "table": frozenset(["caption", "colgroup", "tbody", "thead", "tfoot", "tr", "form", "-comment"]),
    "tbody": frozenset(["tr", "form", "-comment"]),
    "thead": frozenset(["tr", "form", "-comment"]),
    "tfoot": frozenset(["tr", "form", "-comment"]),
    "tr": frozenset(["td", "th", "form", "-comment"]),
    "colgroup": frozenset(["col", "-comment"]),
}
# Where each table part stands in a parsed table (a part elsewhere is an element the second parse drops).
_TABLE_PARENTS: dict[str, frozenset[str]] = {
    "tr": frozenset(["tbody", "thead", "tfoot", "table"]),
    "td": frozenset(["tr"]),
    "th": frozenset(["tr"]),
    "tbody": frozenset(["table"]),
    "thead": frozenset(["table"]),
    "tfoot": frozenset(["table"]),
    "caption": frozenset(["table"]),
    "colgroup": frozenset(["table"]),
    "col": frozenset(["colgroup"]),
}
# What the walk carries down: open elements that a second one of their kind (or a <p>-closer) would close when
# the serialised block is parsed again.
_IN_P, _IN_A, _IN_LI, _IN_DD, _IN_FORM, _IN_BUTTON, _IN_NOBR = 1, 2, 4, 8, 16, 32, 64
_OPENS = {"p": _IN_P, "a": _IN_A, "li": _IN_LI, "dd": _IN_DD, "dt": _IN_DD, "form": _IN_FORM, "button": _IN_BUTTON}
_OPENS["nobr"] = _IN_NOBR
# A list or a definition list starts a new scope for its items; a table's cell, a button or an object one for <p>.
_CLEARS = {"ul": _IN_LI, "ol": _IN_LI, "dl": _IN_DD, "td": _IN_P, "th": _IN_P, "caption": _IN_P, "table": _IN_P}
_CLEARS.update(button=_IN_P, marquee=_IN_P, object=_IN_P, applet=_IN_P)
_LINE_BREAK = "\u2029"  # where an attribute-less <br> stood: `_BR` marks exactly those in the serialised block


def _context(tag: str, parent: str, context: int) -> int:
    """What is open below `tag` (an element child of `parent`), or -1 when parsing the serialised block again could
    build something else there: a refused element, a second <a>, <form>, <button>, <nobr> or list item inside the
    first, a <p>-closer inside a <p>, a heading right inside another, a table part out of its place."""
    if tag in _NOT_IN_PLACE:
        return -1
    if context:
        if context & _IN_P and tag in _CLOSE_P:
            return -1
        opened = _OPENS.get(tag, 0)
        if opened and context & opened:
            return -1
    if tag in _HEADINGS and parent in _HEADINGS:
        return -1
    parents = _TABLE_PARENTS.get(tag)
    if parents is not None and parent not in parents:
        return -1
    allowed = _TABLE_PARTS.get(parent)
    if allowed is not None and tag not in allowed:
        return -1
    return (context & ~_CLEARS.get(tag, 0)) | _OPENS.get(tag, 0)


def _lines_in_place(node: LexborNode) -> list[str] | None:
    """`_lines_reparsed(node)`, read from the tree the page was parsed into; None where the walk cannot vouch for it.

    The second parse of `_lines_reparsed` costs ~0.1-0.3 ms a page (serialise, squeeze, mark <br>, parse). What
    it changes, and how the walk does the same: whitespace folded (the lines are folded again at the end, by the
    same `str.split`, so a run of spaces reads the same; a U+2029 written in the text is whitespace there, a space
    here); an attribute-less `<br>` becomes a line break (the serialiser writes it `<br>`, which `_BR` marks), one
    with attributes stays an element without text; the root's tag is gone (a block's children are read as its
    own). What a second parse could build otherwise (raw-text and foreign elements, whose serialised text `_BR` and
    the squeeze reach; nestings the parser does not build from their own source, `_context`) is refused, as are
    roots other than `_ROOTS_IN_PLACE` and `<body>`."""
    root_tag = node.tag
    if root_tag != "body" and root_tag not in _ROOTS_IN_PLACE:
        return None
    lines: list[str] = []

    def deep_text(n: LexborNode, parent: str, context: int, out: list[str]) -> bool:
        """`n.text(True, "")` of the reparsed element into `out`; False on a refused element."""
        child = n.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                text = child.text_content or ""
                if parent in _TABLE_PARTS and not text.isspace():
                    return False
                out.append(text.replace(_LINE_BREAK, " ") if _LINE_BREAK in text else text)
            elif tag == "br":
                if parent in _TABLE_PARTS:
                    return False
                if not child.attributes:
                    out.append(_LINE_BREAK)
            elif tag != "-comment":
                inner = _context(tag, parent, context)
                if inner < 0 or (child.child is not None and not deep_text(child, tag, inner, out)):
                    return False
            child = child.next
        return True

    def walk(n: LexborNode, parent: str, context: int) -> bool:
        child = n.child
        buffer: list[str] = []
        while child is not None:
            tag = child.tag
            if tag == "-text":
                text = child.text_content or ""
                if parent in _TABLE_PARTS and not text.isspace():
                    return False
                buffer.append(text.replace(_LINE_BREAK, " ") if _LINE_BREAK in text else text)
            elif tag == "br":
                if parent in _TABLE_PARTS:
                    return False
                if not child.attributes:
                    buffer.append(_LINE_BREAK)
            elif tag != "-comment":
                inner = _context(tag, parent, context)
                if inner < 0:
                    return False
                if tag in _BLOCKS:
                    if buffer:
                        lines.extend("".join(buffer).split(_LINE_BREAK))
                        buffer = []
                    if not walk(child, tag, inner):
                        return False
                elif tag != "img" and child.child is not None and not deep_text(child, tag, inner, buffer):
                    return False
            child = child.next
        if buffer:
            lines.extend("".join(buffer).split(_LINE_BREAK))
        return True

    context = _OPENS.get(root_tag, 0)
    if root_tag == "body" or root_tag in _BLOCKS:
        done = walk(node, root_tag, context)
    else:  # an inline root (`<span>`, `<font>`): its whole text, split at its breaks
        buffer: list[str] = []
        done = deep_text(node, root_tag, context, buffer)
        if buffer:
            lines.extend("".join(buffer).split(_LINE_BREAK))
    return _folded(lines) if done else None


def _folded(lines: list[str]) -> list[str]:
    """The lines with their whitespace folded and icon glyphs dropped, empty ones left out."""
    if _ICON_FONT.search("".join(lines)) is None:  # most blocks have no icon glyph: one scan, not one a line
        cleaned = (" ".join(line.split()) for line in lines)
    else:
        cleaned = (" ".join(_ICON_FONT.sub("", line).split()) for line in lines)
    return [line for line in cleaned if line]


def _lines_reparsed(node: LexborNode) -> list[str]:
    """`_lines_of` by definition: the block serialised, its whitespace squeezed, parsed again and walked."""
    html = node.html or ""
    # Source newlines are mere whitespace in HTML; only <br> breaks a line (marked with U+2029).
    inner = LexborHTMLParser(_BR.sub("\u2029", _squeeze(html)))
    root = inner.body or inner.root
    if root is None:
        return []
    lines: list[str] = []

    def walk(n: LexborNode) -> None:
        child = n.child
        buffer: list[str] = []
        while child is not None:
            tag = child.tag
            if tag in _BLOCKS:
                if buffer:
                    lines.extend("".join(buffer).split("\u2029"))
                    buffer = []
                walk(child)
            elif tag == "-text":
                buffer.append(child.text_content or "")
            elif tag not in ("img", "-comment"):
                buffer.append(child.text(True, ""))
            child = child.next
        if buffer:
            lines.extend("".join(buffer).split("\u2029"))

    walk(root)
    return _folded(lines)


_HEAD_LINES = 8  # lines at the top of the body block where a dateline may stand


RELATED_RUN = 2  # linked headlines in a row, after the last paragraph, that make a list of other articles


def _without_related_links(lines: list[str], blocks: list[LexborNode]) -> list[str]:
    """The lines without the list of other articles' headlines that some portals print inside the text's own block,
    after its last paragraph (`<br>`-separated links, a 相关新闻 list with no heading of its own): two or more lines,
    each the whole text of one of the block's links, with no paragraph of prose after them. A single linked line
    (`原文链接`) stays; so does a link list between paragraphs, unless a label announces it (`相关新闻：`)."""
    linked = {
        text for block in blocks for a in block.css("a") if len(text := "".join(node_text(a).split())) >= _LINKED_MIN
    }
    if not linked:
        return lines
    keys = ["".join(line.split()) for line in lines]
    lines, keys = _without_labelled_links(lines, keys, linked)
    if len(linked) < RELATED_RUN:
        return lines
    last_prose = max((i for i, line in enumerate(lines) if keys[i] not in linked and _is_prose(line)), default=-1)
    tail = [i for i in range(last_prose + 1, len(lines)) if keys[i] in linked]
    if len(tail) < RELATED_RUN:
        return lines
    dropped = set(tail)
    return [line for i, line in enumerate(lines) if i not in dropped]


_LINKED_MIN = 6  # characters of a headline: shorter link texts (`更多`, `原文链接`) are tools
# A label that announces links to other pages (`相关新闻：`, `此前报道：`, `点击进入专题：`), with its colon: the label
# names what follows as links, so the run after it goes wherever it stands, also above the text (sina prints its
# related headlines between the video and the first paragraph). Without a colon a line may be a heading of the text.
_LINKS_LABEL = re.compile(
    r"^(?:相关(?:新闻|阅读|链接|文章|报道|专题)|延伸阅读|推荐阅读|拓展阅读|此前报道|往期(?:回顾|阅读|推荐)|"
    r"(?:点击)?进入专题|更多(?:报道|新闻|精彩))\s*[:：]\s*(?P<rest>.*)$"
)


def _without_labelled_links(lines: list[str], keys: list[str], linked: set[str]) -> tuple[list[str], list[str]]:
    """`lines` (and their `keys`) without each links label and the run of whole link texts after it, or the label
    line whose rest is one link's text (`此前报道：港媒曝…`). A label that no link follows stays."""
    dropped: set[int] = set()
    for i, line in enumerate(lines):
        if (label := _LINKS_LABEL.match(line)) is None:
            continue
        rest = "".join(label.group("rest").split())
        if rest:
            if rest in linked:
                dropped.add(i)
            continue
        run = i + 1
        while run < len(lines) and keys[run] in linked:
            run += 1
        if run > i + 1:
            dropped.update(range(i, run))
    if not dropped:
        return lines, keys
    kept = [i for i in range(len(lines)) if i not in dropped]
    return [lines[i] for i in kept], [keys[i] for i in kept]


def _is_prose(line: str) -> bool:
    """A paragraph of the article: a sentence that ends, or a long run of text (a headline is short and unfinished)."""
    return len(line) > 60 or (len(line) >= 15 and line.rstrip()[-1:] in "。！？!?…”」")


def _repeats_headline(title: str | None, lines: list[str]) -> bool:
    """Whether one of the block's first lines is the headline itself, spaces aside."""
    if not title:
        return False
    wanted = "".join(title.split())
    return any("".join(line.split()) == wanted for line in lines[:_HEAD_LINES])


_ANY_TITLE_SEP = re.compile(r"\s*(?:--|_|\||｜|—+|–|-)\s*")


class _Head(NamedTuple):
    """What the title and the source are read from, found in one walk of the tree (a walk costs about as much
    whatever it looks for): the first <title>, the first og:title and source <meta>, the h1 and h2 headings."""

    title: LexborNode | None
    og_title: LexborNode | None
    source: LexborNode | None
    headings: list[LexborNode]


_HEAD = 'title, meta[property="og:title"], meta[name="source"], h1, h2'


def _head(tree: LexborHTMLParser) -> _Head:
    """`tree.css_first` of each of _HEAD's parts and `tree.css("h1, h2")`, told apart by tag and (for the <meta>s)
    by the attribute their selector names, which lexbor matches exactly as written."""
    title = og_title = source = None
    headings: list[LexborNode] = []
    for node in tree.css(_HEAD):
        tag = node.tag
        if tag == "meta":
            attributes = node.attributes
            if og_title is None and attributes.get("property") == "og:title":
                og_title = node
            if source is None and attributes.get("name") == "source":
                source = node
        elif tag == "title":
            title = title or node
        else:
            headings.append(node)
    return _Head(title, og_title, source, headings)


def _title(tree: LexborHTMLParser, html: str | None = None, head: _Head | None = None) -> str | None:
    """The headline: a heading the <title> names; else the part of <title> the page also shows."""
    head = head or _head(tree)
    node = head.title
    page_title = node_text(node) if node is not None else ""
    og = head.og_title
    og_title = (og.attributes.get("content") or "").strip() if og is not None else ""
    headings: list[str] = []
    for found in (head.headings, None):  # the costly selectors only if needed
        for h in tree.css("[class*=title], [id*=title], h3") if found is None else found:
            text = node_text(h)
            if 4 <= len(text) <= 120:
                headings.append(text)
        if any(h in page_title or h in og_title for h in headings):
            break
    for reference in (page_title, og_title):
        if not reference:
            continue
        # a heading that <title> names, shorter than <title> itself (which carries the site's name)
        named = [h for h in headings if h in reference and h != reference and not is_not_title(h)]
        if named:
            return max(named, key=len)
        if reference in headings and not is_not_title(reference):
            first = _TITLE_SPLIT.split(reference)[0].strip()
            return first if len(first) >= 4 else reference
    if og_title and not is_not_title(og_title):
        return og_title
    if page_title and html:
        # `报名电子版-弘扬改革创新精神`: the site's name may come first; the headline is printed again
        parts = _ANY_TITLE_SEP.split(page_title)
        shown = [p for p in parts if len(p) >= 4 and html.count(p) >= 2 and not is_not_title(p)]
        if len(parts) > 1 and shown:
            return max(shown, key=len)
    if page_title:
        first = _TITLE_SPLIT.split(page_title)[0].strip()
        if len(first) >= 4 and not is_not_title(first):
            return first
    heading = next((h for h in headings if not is_not_title(h)), None)
    if heading:
        return heading
    return page_title if page_title and not is_not_title(page_title) else None


def _meta_source(tree: LexborHTMLParser, head: _Head | None = None) -> str | None:
    node = (head or _head(tree)).source
    if node is None:
        return None
    content = (node.attributes.get("content") or "").strip()
    match = SOURCE_RE.search(content)
    return match.group("source") if match else (content if 2 <= len(content) <= 30 else None)


_NOT_DATELINE = re.compile(r"上一篇|下一篇|上一条|下一条|相关(?:文章|阅读|新闻)|推荐阅读")


def _in_link_list(element: LexborNode, origin: LexborNode, linked: dict[int, bool]) -> bool:
    """A date inside a link, a list item or a line that is mostly links (`上一篇：…2019年8月19日`):
    a related article, not a dateline. `linked`: `_mostly_links` of the elements already asked, by `mem_id`
    (several dates of a page climb to the same element, at times the whole body, whose links are many)."""
    node: LexborNode | None = origin
    for _ in range(4):
        if node is None:
            break
        if node.tag == "a":
            return True
        node = node.parent
    key = element.mem_id
    found = linked.get(key)
    if found is None:
        found = linked[key] = _mostly_links(element)
    return found


def _mostly_links(element: LexborNode) -> bool:
    """The element, or the list item or row it is (or stands in), is mostly link text."""
    for node in (element, element.parent):
        if node is not None and node.tag in ("li", "dd", "dt", "tr", "td") and node.css_first("a") is not None:
            text = _len(node)
            if _link_text_exceeds(node, 0.4 * max(text, 1)):
                return True
    return element.css_first("a") is not None and _link_text_exceeds(element, 0.5 * max(_len(element), 1))


def _pick(group: list[str], dated: dict[str, list[tuple[datetime, str]]]) -> str | None:
    """The dateline of a group of candidates, nearest to the body first: a publish-labelled one, else
    one with a time among the nearest two, else the nearest; widened to the element naming the source.
    `dated`: the candidates' `labelled_dates` already read."""
    if not group:
        return None
    labelled = [t for t in group if any(kind == "publish" for _, kind in _dates_of(t, dated))]
    timed = [t for t in group[:2] if _HAS_TIME.search(t)]
    choice = (labelled or timed or group)[0]
    # the element around it often names the source too: `发布时间：… 来源：厦门日报`
    wider = [t for t in group if choice in t and SOURCE_RE.search(t)]
    return choice if SOURCE_RE.search(choice) or not wider else min(wider, key=len)


def _dates_of(text: str, dated: dict[str, list[tuple[datetime, str]]]) -> list[tuple[datetime, str]]:
    """`labelled_dates(text)`, read once per page: elements that climb to the same one give the same text, and the
    chosen candidates are read again."""
    dates = dated.get(text)
    if dates is None:
        dates = dated[text] = labelled_dates(text)
    return dates


_PROSE_MIN = 30  # characters of a dated text with a full stop that make it a sentence, not a dateline


def _datelines(body: LexborNode, container: LexborNode | None) -> tuple[str | None, str | None, str | None]:
    """The dateline nearest above the body, the first one below it, and the first update time (`更新时间`),
    each None when absent. Dates in link lists and today's date in a page header are not datelines.

    The two others serve only a page without a dateline above its body: when one stands there, the walk stops at
    the body and both are None (the article's text, the related lists and the footer below it are not read).
    """
    before: list[str] = []
    after: list[str] = []
    updated: str | None = None
    dated: dict[str, list[tuple[datetime, str]]] = {}
    linked: dict[int, bool] = {}
    seen_container = container is None
    stop = container.mem_id if container is not None else None
    for node in body.traverse():
        if node.mem_id == stop:
            if before:
                return _pick(before[::-1], dated), None, None
            seen_container = True
            continue
        raw = node.text(False)
        if len(raw) < 4 or not _YEAR.search(raw):
            continue
        if len(raw) > 100 and len("".join(raw.split())) > 100:
            continue  # its own text alone folds to over 100 characters: the first candidate below would be too long
        # the smallest element around this text that holds a whole dateline (dates split over tags too)
        # (an element's folded text holds its child's whole, and neither pattern looks around its match: once the
        # date is found in one, it is in every one above)
        element, text, dated_text = node, "", False
        for _ in range(3):
            if element is None or element.tag in ("body", "html"):
                break
            candidate = node_text(element)
            if len(candidate) > 100:
                break
            text = candidate
            dated_text = dated_text or _DATE_TEXT.search(text) is not None
            if dated_text and (_HAS_TIME.search(text) or element.parent is None):
                break
            element = element.parent
        if not text or not dated_text:
            continue
        if len(text) >= _PROSE_MIN and "。" in text:
            continue  # a sentence telling of a day (`2008年3月28日、29日两天，马云将…`), no dateline
        if dateline_of(_dates_of(text, dated)) is None:
            # an update time (`更新时间：…`); a top bar's clock (`今天是：…`), whose date labelled_dates leaves out,
            # is none
            if dateline_of(_dates_of(text, dated), allow_update=True) is not None:
                updated = updated or (text if len(text) <= 60 else None)
            continue
        if element is not None and (_in_link_list(element, node, linked) or _NOT_DATELINE.search(text)):
            continue
        parent = element.parent if element is not None else None
        if parent is not None and not SOURCE_RE.search(text) and parent.tag not in ("body", "html"):
            around = node_text(parent)  # `<span>发布时间：…</span> <span>来源：厦门日报</span>`
            if len(around) <= 100 and SOURCE_RE.search(around):
                text = around
        if "星期" in text and not _HAS_TIME.search(text) and "来源" not in text and not _PAGE_NUMBER.search(text):
            # today's date in a page header (an article's dateline names its source: `…星期一　来源：…`; an e-paper's
            # masthead its page: `某某日报　2023年09月18日　星期一　第05版：…`)
            continue
        group = after if seen_container else before
        if text not in group:
            group.append(text)
        if seen_container and len(after) >= 3:
            break
    return _pick(before[::-1], dated), _pick(after, dated), updated


def _byline_above(text: str, lines: list[str], html: str | None) -> bool:
    """A byline that says what it is (`作者：`, `■…组织部`) counts wherever it stands; a bare name from an
    author-classed element only when the page prints it above the article text, under the headline."""
    if is_byline(text) is not None:
        return True
    if not html or not lines:
        return False
    where = html.find(text)
    return 0 <= where < _found_in(html, lines, 0, last=False)


# How far from the article's text a byline row may stand, in characters of the page's source: the
# headline's info row and the source row under the text, not a sidebar's or another article's.
_ROW_REACH = 6000


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")


def _found_in(html: str, lines: list[str], start: int, last: bool) -> int:
    """Where the text's first (or last) run of Han characters stands in the source, or -1; a run, since
    the source may break a line's spaces and punctuation with tags and entities."""
    for line in (lines[::-1] if last else lines)[:3]:
        runs = _HAN_RUN.findall(line)
        if not runs:
            continue
        probe = runs[-1][-8:] if last else runs[0][:8]
        at = html.rfind(probe) if last else html.find(probe, start)
        if at >= start:
            return at + len(probe) if last else at
    return -1


# What ends an article's own furniture below its text: a comment thread, related or recommended articles.
_AFTER_THE_ARTICLE = re.compile(
    r"评论|留言|跟帖|相关(?:文章|阅读|新闻|推荐)|推荐阅读|延伸阅读|热门|comment|reply", re.I
)


def _row_beside(lines: list[str], title: str | None, html: str | None) -> str | None:
    """The byline row nearest above the article's text and under its headline, else the first one
    right under the text; None when the text cannot be placed in the source. Only those two stretches of
    the source are read."""
    if not lines or not html:
        return None
    body_at = max(html.find("<body"), 0)
    start = _found_in(html, lines, body_at, last=False)
    end = _found_in(html, lines, body_at, last=True)
    if start < 0 or end < start:
        return None
    headline = html.find(title[:12], body_at) if title else -1
    floor = headline if 0 <= headline < start else max(body_at, start - _ROW_REACH // 4)
    above = row_bylines(html, floor, start)
    if above:
        return above[-1][1]
    below = row_bylines(html, end, end + _ROW_REACH)
    if not below or _AFTER_THE_ARTICLE.search(html, end, below[0][0]):
        return None  # a comment's or a related article's author, not this article's
    return below[0][1]


_ABOVE_BLOCKS = 6  # blocks looked at above the text's, nearest first
_HEADLINE_CHARS = (6, 60)
_SENTENCE_MARK = re.compile(r"[。；;]|[！!？?](?!$)")  # (a headline may end with `！` or `？`)


def _headline_above(block: LexborNode) -> str | None:
    """The headline printed in the blocks right above the text's block, past its dateline, source and toolbar rows:
    the nearest line shaped like one (6-60 characters, no sentence mark, never furniture) in a block that is no list
    of links; None at the first paragraph of prose or link list, or after a few blocks."""
    node: LexborNode | None = block
    seen = 0
    while seen < _ABOVE_BLOCKS:
        while node is not None and node.prev is None:
            node = node.parent
            if node is None or node.tag in ("body", "html"):
                return None
        if node is None:
            return None
        node = node.prev
        if node.tag in ("-text", "-comment") or node.tag in _ALWAYS_TAGS:
            continue  # (whitespace between blocks; a block's text is read with the block)
        text_len = _len(node)
        if text_len == 0:
            continue
        seen += 1
        if not _unlinked(node, text_len):
            return None  # a menu or a list of other articles' headlines
        for line in reversed(_lines_of(node)):
            if _SENTENCE_MARK.search(line) or len(line) > _HEADLINE_CHARS[1]:
                return None  # prose: the article's text or another's, above no headline of this one
            if len(line) >= _HEADLINE_CHARS[0] and not is_not_title(line) and dateline_date(line) is None:
                return line
    return None


def read(html: str, source_uri: str) -> PageParts:
    return read_tree(LexborHTMLParser(html), source_uri, html)


def read_tree(tree: LexborHTMLParser, source_uri: str, html: str | None = None) -> PageParts:
    """PageParts of a page; `html`, the page's source, lets cheap text checks skip costly selectors."""
    head = _head(tree)
    title = _title(tree, html, head)
    source = _meta_source(tree, head)
    crumbs = labelled_breadcrumb(tree, html)
    body = tree.body
    if body is None:
        published = fallback_date(tree, source_uri, html)
        return PageParts(lines=(), title_hint=title, published_hint=published, reader="generic-html")
    trail = None if crumbs else home_trail(tree, html)  # before furniture removal, which drops page headers
    classed, byline = _strip_furniture(body)
    byline = byline or byline_text(tree, html, marked=False)
    crumbs = crumbs or classed or trail
    channel = " > ".join(crumbs) if crumbs else None
    blocks = _best_container(body) or [body]
    captions = tuple(text for block in blocks for text in take_captions(block))
    lines = _without_related_links([line for block in blocks for line in _lines_of(block)], blocks)
    if blocks[0].mem_id != body.mem_id and (title is None or (html is not None and html.count(title) < 2)):
        # a <title> holding only the site's name (`某某县组织部`), or a headline the page prints nowhere: an older
        # table layout prints the headline in a row of its own above the text's cell (`<font size="4"><b>…`)
        title = _headline_above(blocks[0]) or title
    if byline and not _byline_above(byline, lines, html):
        byline = None
    # (not `<meta name="author">`: Chinese sites fill it with the site's name, a CMS's or someone not the writer)
    byline = byline or _row_beside(lines, title, html)
    above, below, updated = _datelines(body, blocks[0] if blocks[0] is not body else None)
    # Above the body, a printed dateline; then what the markup says (meta, URL); then a date below;
    # an update time only when the page gives nothing else.
    # (the parser reads a dateline among the first lines itself: then the fallbacks are not needed)
    printed = above or any(len(line) <= 80 and dateline_date(line) for line in lines[:_HEAD_LINES])
    fallback = None if printed else fallback_date(tree, source_uri, html)
    dateline = above or (None if fallback else below)
    published = dateline or fallback or updated
    if dateline and dateline in lines[:3]:
        dateline = None  # already among the lines the parser reads
    # A block that repeats the headline near its top carries the page's header itself (headline, dateline,
    # source, tools: a table layout's left column, a portal's article frame). The parser reads that header in
    # place; the same lines put before it as well would end the header at the first copy and leave the
    # block's own headline and dateline in the text.
    head_lines = [] if _repeats_headline(title, lines) else [t for t in (title, dateline) if t]
    if dateline:
        found = SOURCE_RE.search(dateline)
        source = found.group("source") if found else source
    return PageParts(
        lines=tuple(head_lines + lines),
        title_hint=title,
        published_hint=published,
        source_hint=source,
        channel_hint=channel,
        byline_hint=byline,
        reader="generic-html",
        captions=captions,
    )


lines_of = _lines_of
