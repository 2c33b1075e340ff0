"""Generic HTML reader on selectolax: the page's main text block, title, dateline and source hints.

1. Furniture goes first: scripts and widgets always; nav/header/footer/aside/form only when they are
   small or mostly links (Chinese portals wrap whole pages in one ASP.NET <form>); blocks whose
   class or id says navigation, sharing, related links, rankings or copyright, when small or link-heavy.
2. The body is the element whose paragraph children hold the most prose (text length plus Chinese
   sentence punctuation, damped by link density), readability-style but in one pass.
3. The title is the heading that the <title> also names (site suffixes cut), else <title>'s first
   part; the dateline is the date-bearing short element closest above the body (`2018年09月25日09:39`,
   `2023-12-05 17:52:00`), read to the minute by tasks/dates.py; meta dates only as a fallback.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tasks.records import PageParts

_DROP_ALWAYS = "script, style, noscript, iframe, select, button, svg, textarea, template, object, embed"
_DROP_IF_SMALL = "form, nav, header, footer, aside"
_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "blockquote", "section",
    "article", "pre", "ul", "ol", "dl", "dt", "dd", "table", "center", "figure", "figcaption",
}  # fmt: skip
_META_DATE = (
    'meta[name="publishdate"]',
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="PubDate"]',
    'meta[name="publish_date"]',
    'meta[itemprop="datePublished"]',
    'meta[name="firstpublishedtime"]',
    'meta[name="lastmodifiedtime"]',
)
_NEGATIVE = {
    "nav", "navbar", "menu", "footer", "foot", "bottom", "sidebar", "side",
    "share", "sharing", "fenxiang", "bdshare", "social", "comment", "comments", "pinglun", "related",
    "relate", "recommend", "tuijian", "xgxw", "xgyd", "rank", "paihang", "hot", "remen", "copyright",
    "breadcrumb", "crumb", "crumbs", "position", "location", "path", "ad", "ads", "advert", "gg", "banner",
    "toolbar", "tools", "login", "search", "friend", "links", "link", "tags", "tag", "qrcode", "ewm",
    "erweima", "weixin", "wechat", "pager", "pages", "popup", "modal", "more", "right", "left_nav",
}  # fmt: skip
_POSITIVE = re.compile(r"article|content|text|body|main|post|entry|story|detail|zhengwen|zw|con\b|news_txt", re.I)
_TITLE_SPLIT = re.compile(r"\s*(?:--|_|\||｜|—+|–|\s-\s|-(?=[^-]{2,12}$))\s*")
_DATE_TEXT = re.compile(
    r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}[:：]\d{2})?"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_HAS_TIME = re.compile(r"(?:日|\d)\s*\d{1,2}[:：]\d{2}")
_SOURCE = re.compile(r"来源\s*[:：]\s*(?P<source>[^\s|｜/]{2,30})")


def _text(node: LexborNode) -> str:
    return " ".join((node.text(separator=" ", strip=True) or "").split())


def _len(node: LexborNode) -> int:
    """Text length without markup or surrounding whitespace: cheap (one C call), for scoring only."""
    return len(node.text(deep=True, separator="", strip=True) or "")


def _link_text_len(node: LexborNode) -> int:
    return sum(_len(a) for a in node.css("a"))


_NEGATIVE_RE = re.compile(
    r"(?:^|[\s_\-])(?:" + "|".join(sorted(map(re.escape, _NEGATIVE), key=len, reverse=True)) + r")(?:$|[\s_\-])", re.I
)


_NEGATIVE_CACHE: dict[str, bool] = {}
_SEPARATORS = str.maketrans("_-", "  ")


def _is_negative(attrs: str) -> bool:
    """`_NEGATIVE_RE.search(attrs)`, memoised; ASCII values by word lookup (same answer, no regex scan)."""
    hit = _NEGATIVE_CACHE.get(attrs)
    if hit is None:
        if attrs.isascii():  # `left_nav` needs no entry of its own: `nav` after `_` matches whenever it does
            hit = not _NEGATIVE.isdisjoint(attrs.lower().translate(_SEPARATORS).split())
        else:  # re.I folds a few non-ASCII letters (ſ, ı, K) onto ASCII ones: leave those to the regex
            hit = _NEGATIVE_RE.search(attrs) is not None
        if len(_NEGATIVE_CACHE) < 4096:
            _NEGATIVE_CACHE[attrs] = hit
    return hit


def _strip_furniture(body: LexborNode) -> None:
    for node in body.css(_DROP_ALWAYS):
        node.decompose()
    for node in body.css(_DROP_IF_SMALL):
        text = _len(node)
        if text < 400:
            if node.tag == "header" and _DATE_TEXT.search(node.text() or "") and _link_text_len(node) < 0.5 * text:
                continue  # an article header: title and dateline
            node.decompose()
        elif _link_text_len(node) > 0.5 * text:
            node.decompose()
    for node in body.css(
        "div[class], div[id], ul[class], ul[id], section[class], span[class], table[class], dl[class]"
    ):
        attributes = node.attributes
        attrs = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        if not _is_negative(attrs):
            continue
        text = _len(node)
        if (not _POSITIVE.search(attrs) and text < 300) or _link_text_len(node) > 0.4 * max(text, 1):
            node.decompose()


def _best_container(body: LexborNode) -> LexborNode | None:
    """The parent whose paragraphs hold the most prose (ties: the one with fewer links)."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}

    def add(parent: LexborNode | None, score: float) -> None:
        if parent is None:
            return
        key = parent.mem_id
        nodes[key] = parent
        scores[key] = scores.get(key, 0.0) + score

    paragraphs = body.css("p, br")
    if sum(1 for p in paragraphs if p.tag == "p") < 3:  # pages that write paragraphs as <div>s
        paragraphs = body.css("p, br, div, td, pre")
    for p in paragraphs:
        if p.tag == "br":
            add(p.parent, 20.0)
            continue
        if p.tag != "p" and any(c.tag in _BLOCKS for c in _children(p)):
            continue  # a div/td that holds blocks is a container, not a paragraph
        text = p.text(deep=True, separator="", strip=True) or ""
        if len(text) < 10:
            continue
        score = len(text) + 10 * (text.count("，") + text.count("。") + text.count("、") + text.count(","))
        add(p.parent, score)
        if p.parent is not None and p.parent.parent is not None:
            add(p.parent.parent, score * 0.3)
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
    return best


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


_BR = re.compile(r"<br\s*/?>", re.I)


def _squeeze(text: str) -> str:
    r"""`re.sub(r"\s+", " ", text)`, faster: str.split() and the regex's \s agree on what is a space."""
    squeezed = " ".join(text.split())
    if not squeezed:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + squeezed + (" " if text[-1].isspace() else "")


def _lines_of(node: LexborNode) -> list[str]:
    """Block-level lines: each block child with its own text becomes one line; <br> splits lines."""
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
            if child.tag in _BLOCKS:
                if buffer:
                    lines.extend("".join(buffer).split("\u2029"))
                    buffer = []
                walk(child)
            elif child.tag == "-text":
                buffer.append(child.text_content or "")
            elif child.tag not in ("img", "-comment"):
                buffer.append(child.text(deep=True, separator="") or "")
            child = child.next
        if buffer:
            lines.extend("".join(buffer).split("\u2029"))

    walk(root)
    return [" ".join(line.split()) for line in lines if line.strip()]


def _title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    page_title = _text(node) if node is not None else ""
    og = tree.css_first('meta[property="og:title"]')
    og_title = (og.attributes.get("content") or "").strip() if og is not None else ""
    headings: list[str] = []
    for selectors in ("h1, h2", "[class*=title], [id*=title], h3"):  # the costly selectors only if needed
        for h in tree.css(selectors):
            text = _text(h)
            if 4 <= len(text) <= 120:
                headings.append(text)
        if any(h in page_title or h in og_title for h in headings):
            break
    for reference in (page_title, og_title):
        if not reference:
            continue
        # a heading that <title> names, shorter than <title> itself (which carries the site's name)
        named = [h for h in headings if h in reference and h != reference]
        if named:
            return max(named, key=len)
        if reference in headings:
            first = _TITLE_SPLIT.split(reference)[0].strip()
            return first if len(first) >= 4 else reference
    if og_title:
        return og_title
    if page_title:
        first = _TITLE_SPLIT.split(page_title)[0].strip()
        if len(first) >= 4:
            return first
    return headings[0] if headings else (page_title or None)


def _meta_date(tree: LexborHTMLParser) -> str | None:
    for selector in _META_DATE:
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("content"):
            return node.attributes["content"].strip()
    return None


def _meta_source(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('meta[name="source"]')
    if node is None:
        return None
    content = (node.attributes.get("content") or "").strip()
    match = _SOURCE.search(content)
    return match.group("source") if match else (content if 2 <= len(content) <= 30 else None)


def _dateline(body: LexborNode, container: LexborNode | None) -> str | None:
    """The short date-bearing element nearest above the body (one with a time preferred)."""
    before: list[str] = []
    after: list[str] = []
    seen_container = container is None
    stop = container.mem_id if container is not None else None
    for node in body.traverse():
        if node.mem_id == stop:
            seen_container = True
            continue
        raw = node.text(deep=False) or ""
        if len(raw) < 4 or not _YEAR.search(raw):
            continue
        # the smallest element around this text that holds a whole dateline (dates split over tags too)
        element, text = node, ""
        for _ in range(3):
            if element is None or element.tag in ("body", "html"):
                break
            candidate = _text(element)
            if len(candidate) > 100:
                break
            text = candidate
            if _DATE_TEXT.search(text) and (_HAS_TIME.search(text) or element.parent is None):
                break
            element = element.parent
        if not text or not _DATE_TEXT.search(text):
            continue
        parent = element.parent if element is not None else None
        if parent is not None and not _SOURCE.search(text) and parent.tag not in ("body", "html"):
            around = _text(parent)  # `<span>发布时间：…</span> <span>来源：厦门日报</span>`
            if len(around) <= 100 and _SOURCE.search(around):
                text = around
        if "星期" in text and not _HAS_TIME.search(text):
            continue  # today's date in a page header
        group = after if seen_container else before
        if text not in group:
            group.append(text)
        if seen_container and len(after) >= 3:
            break
    for group in (before[::-1], after):
        timed = [t for t in group if _HAS_TIME.search(t)]
        if timed:
            choice = timed[0]
            # the element around it often names the source too: `发布时间：… 来源：厦门日报`
            wider = [t for t in group if choice in t and _SOURCE.search(t)]
            return choice if _SOURCE.search(choice) or not wider else min(wider, key=len)
    for group in (before[::-1], after):
        if group:
            return group[0]
    return None


def read(html: str, source_uri: str) -> PageParts:
    return read_tree(LexborHTMLParser(html), source_uri)


def read_tree(tree: LexborHTMLParser, source_uri: str) -> PageParts:
    title = _title(tree)
    published = _meta_date(tree)
    source = _meta_source(tree)
    body = tree.body
    if body is None:
        return PageParts(lines=(), title_hint=title, published_hint=published, reader="generic-html")
    _strip_furniture(body)
    container = _best_container(body) or body
    lines = _lines_of(container)
    dateline = _dateline(body, container if container is not body else None)
    if dateline and dateline in lines[:3]:
        dateline = None  # already among the lines the parser reads
    head_lines = [t for t in (title, dateline) if t]
    if dateline:
        found = _SOURCE.search(dateline)
        source = found.group("source") if found else source
    return PageParts(
        lines=tuple(head_lines + lines),
        title_hint=title,
        published_hint=dateline or published,
        source_hint=source,
        reader="generic-html",
    )


lines_of = _lines_of
meta_date = _meta_date
