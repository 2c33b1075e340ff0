"""The machinery shared by site adapters: a site is data (hosts, layouts, selectors), read here.

A `Site` names its hosts and one `Layout` per page design it has used over the years. A layout is
recognised by a fingerprint selector and read with selectors for title, dateline, source, body,
editor line, breadcrumb and (for multi-page articles) pagination links. Adding a site or a layout
is a new data entry, not new code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tasks.dates import parse_date
from tasks.header_lines import source_in
from tasks.records import PageParts
from tasks.sites.captions import take_captions
from tasks.sites.generic import lines_of
from tasks.sites.page_meta import breadcrumb_items, byline_text, fallback_date, node_text


@dataclass(frozen=True)
class Layout:
    name: str
    fingerprint: str  # selector that must match for this layout to apply
    body: tuple[str, ...]
    title: tuple[str, ...] = ()
    subtitles: tuple[str, ...] = ()  # kicker / subtitle lines kept above the title
    dateline: tuple[str, ...] = ()  # element whose text holds the date (and often `来源:`)
    source: tuple[str, ...] = ()  # element holding only the outlet name
    editor: tuple[str, ...] = ()
    breadcrumb: tuple[str, ...] = ()  # selectors of the breadcrumb's links (joined with ` > `)
    byline: tuple[str, ...] = ()  # element holding the byline (`<p class="author">长兴县委组织部</p>`)
    pagination: str | None = None  # links to the further pages of one article
    drop: tuple[str, ...] = ()  # furniture inside the body
    # a pattern over the page's source whose `epoch` group (unix seconds) dates the article, for sites that
    # print only a relative date (`昨天`) or fill it in by script; it should open with a literal (`var ct`), which
    # the regex engine finds fast in a page of a megabyte of script
    script_epoch: str | None = None


@dataclass(frozen=True)
class Site:
    name: str  # also the `reader` recorded on each article
    hosts: tuple[str, ...]  # host suffixes; a local file matches when its HTML names one of them
    layouts: tuple[Layout, ...]
    next_page_pattern: str | None = None  # what a pagination link of the same article looks like
    drop: tuple[str, ...] = ("script", "style", "noscript", "iframe", "form")
    extra: dict[str, str] = field(default_factory=dict)

    def claims(self, url: str, html: str) -> bool:
        """By URL host; else (local files, mirrors, test servers) when the page names one of the hosts.

        A claim only counts together with a layout fingerprint, so a mere link to the site is harmless.
        """
        host = (urlsplit(url).hostname or "").lower() if "://" in url else ""
        if host and any(host == h or host.endswith("." + h) for h in self.hosts):
            return True
        return any(h in html for h in self.hosts)

    def layout(self, tree: LexborHTMLParser) -> Layout | None:
        for layout in self.layouts:
            if tree.css_first(layout.fingerprint) is not None:
                return layout
        return None


def first_node(tree: LexborHTMLParser | LexborNode, selectors: tuple[str, ...]) -> LexborNode | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None and node_text(node):
            return node
    return None


def first_text(tree: LexborHTMLParser | LexborNode, selectors: tuple[str, ...]) -> str | None:
    node = first_node(tree, selectors)
    return node_text(node) if node is not None else None


def read_layout(
    site: Site, layout: Layout, tree: LexborHTMLParser, url: str = "", html: str | None = None
) -> PageParts | None:
    """PageParts from a layout's selectors; None when the body selector finds no text."""
    body = first_node(tree, layout.body)
    if body is None:
        return None
    title = first_text(tree, layout.title)
    dateline = first_text(tree, layout.dateline)
    if dateline and parse_date(dateline) is None and source_in(dateline) is None:
        dateline = None  # a dateline slot holding neither date nor source (WeChat's relative `前天`): none
    source = first_text(tree, layout.source)
    if source is None and dateline:
        source = source_in(dateline)
    editor = first_text(tree, layout.editor)
    crumbs: list[str] = []
    for selector in layout.breadcrumb:
        crumbs = [t for t in (node_text(a) for a in tree.css(selector)) if t]
        if crumbs:
            break
    crumbs = crumbs or breadcrumb_items(tree, html) or []
    channel = " > ".join(crumbs) if crumbs else None
    byline = first_text(tree, layout.byline) or byline_text(tree, html)
    for node in body.css(", ".join((*site.drop, *layout.drop))):
        node.decompose()
    captions = tuple(take_captions(body))
    lines = lines_of(body)
    if not lines:
        return None
    if editor and editor not in lines[-3:]:
        lines.append(editor)
    head = [t for t in (first_text(tree, layout.subtitles), title, dateline) if t]
    if channel:
        head.insert(0, channel)
    return PageParts(
        lines=tuple(head + lines),
        title_hint=title,
        published_hint=dateline or _script_date(layout, html) or fallback_date(tree, url, html),
        source_hint=source,
        channel_hint=channel,
        editors_hint=editor,
        byline_hint=byline,
        reader=f"{site.name}/{layout.name}",
        captions=captions,
    )


_BEIJING = timezone(timedelta(hours=8))


def _script_date(layout: Layout, html: str | None) -> str | None:
    """The article's time from its script (`var ct = "1581517074"`), in Beijing time, or None."""
    if not layout.script_epoch or not html:
        return None
    found = re.search(layout.script_epoch, html)
    if found is None:
        return None
    stamp = datetime.fromtimestamp(int(found.group("epoch")), tz=_BEIJING)
    return stamp.replace(tzinfo=None, second=0).isoformat() if 2000 <= stamp.year <= 2100 else None


def page_urls(site: Site, layout: Layout, tree: LexborHTMLParser, url: str) -> list[str]:
    """Further pages of a multi-page article, in order, without the page itself."""
    if not layout.pagination:
        return []
    pattern = re.compile(site.next_page_pattern) if site.next_page_pattern else None
    seen = {url.split("#")[0]}
    out: list[str] = []
    for a in tree.css(layout.pagination):
        href = (a.attributes.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            continue
        target = urljoin(url, href).split("#")[0]
        if target in seen or (pattern and not pattern.search(target)):
            continue
        if urlsplit(target).netloc != urlsplit(url).netloc:
            continue
        seen.add(target)
        out.append(target)
    return out


def join_pages(site: Site, layout: Layout, trees: list[LexborHTMLParser]) -> str:
    """The first page with the body of every further page appended to its body, as one HTML text."""
    first = trees[0]
    body = first_node(first, layout.body)
    if body is None:
        return first.html or ""
    for tree in trees[1:]:
        part = first_node(tree, layout.body)
        if part is None:
            continue
        if layout.pagination:
            for node in part.css(layout.pagination):
                node.decompose()
        body.insert_child(part)
    if layout.pagination:
        for node in body.css(layout.pagination):
            node.decompose()
    return first.html or ""
