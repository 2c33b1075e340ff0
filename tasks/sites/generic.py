"""Generic HTML reader on selectolax: the page's main text block, title and date hints.

The body is the element whose direct paragraph children hold the most text (a readability-style
score on text length, damped by link density), so navigation, sidebars and link lists lose.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tasks.records import PageParts

_DROP = "script, style, noscript, iframe, form, nav, header, footer, aside, select, button, svg, textarea"
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "li", "td", "blockquote", "section", "article", "pre"}
_META_DATE = (
    'meta[name="publishdate"]',
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="PubDate"]',
    'meta[itemprop="datePublished"]',
)
_TITLE_SPLIT = re.compile(r"\s*(?:--|_|\||—|-\s)\s*")


def _text(node: LexborNode) -> str:
    return " ".join((node.text(separator=" ", strip=True) or "").split())


def _link_text_len(node: LexborNode) -> int:
    return sum(len(_text(a)) for a in node.css("a"))


def _best_container(body: LexborNode) -> LexborNode | None:
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in body.css("p, br"):
        parent = p.parent
        if parent is None:
            continue
        text = _text(p) if p.tag == "p" else ""
        if p.tag == "p" and len(text) < 10:
            continue
        key = parent.mem_id
        nodes[key] = parent
        scores[key] = scores.get(key, 0.0) + max(len(text), 20 if p.tag == "br" else 0)
    best, best_score = None, 0.0
    for key, score in scores.items():
        node = nodes[key]
        total = len(_text(node)) or 1
        density = _link_text_len(node) / total
        adjusted = score * (1 - min(density, 0.9))
        if adjusted > best_score:
            best, best_score = node, adjusted
    return best


def _lines_of(node: LexborNode) -> list[str]:
    """Block-level lines: each block child with its own text becomes one line; <br> splits lines."""
    html = node.html or ""
    inner = LexborHTMLParser(re.sub(r"<br\s*/?>", "\n", html, flags=re.I))
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
                    lines.extend("".join(buffer).split("\n"))
                    buffer = []
                walk(child)
            elif child.tag == "-text":
                buffer.append(child.text_content or "")
            elif child.tag not in ("img",):
                buffer.append(child.text(deep=True, separator="") or "")
            child = child.next
        if buffer:
            lines.extend("".join(buffer).split("\n"))

    walk(root)
    return [" ".join(line.split()) for line in lines if line.strip()]


def _title(tree: LexborHTMLParser) -> str | None:
    for selector in ("h1",):
        node = tree.css_first(selector)
        if node is not None:
            text = _text(node)
            if 4 <= len(text) <= 120:
                return text
    og = tree.css_first('meta[property="og:title"]')
    if og is not None and og.attributes.get("content"):
        return og.attributes["content"].strip()
    node = tree.css_first("title")
    if node is not None:
        text = _text(node)
        if text:
            return _TITLE_SPLIT.split(text)[0].strip() or None
    return None


def _meta_date(tree: LexborHTMLParser) -> str | None:
    for selector in _META_DATE:
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("content"):
            return node.attributes["content"].strip()
    return None


def read(html: str, source_uri: str) -> PageParts:
    tree = LexborHTMLParser(html)
    title = _title(tree)
    published = _meta_date(tree)
    for node in tree.css(_DROP):
        node.decompose()
    body = tree.body
    if body is None:
        return PageParts(lines=(), title_hint=title, published_hint=published, reader="generic-html")
    container = _best_container(body) or body
    lines = _lines_of(container)
    # Keep a dateline that sits above the container (it usually does) for the text parser to read.
    head_lines: list[str] = []
    if container is not body:
        for node in body.css("span, div, p, td"):
            text = _text(node)
            if len(text) < 80 and re.search(r"\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}", text):
                head_lines.append(text)
                break
    if title:
        head_lines.insert(0, title)
    return PageParts(
        lines=tuple(head_lines + lines),
        title_hint=title,
        published_hint=published,
        reader="generic-html",
    )
