"""Site adapters: one module per site family, selectors kept as data; the generic reader as fallback.

`read_html` gives a page to the first site that claims it (by URL host, or for local files by a host
name inside the page) and whose layout fingerprint matches; whenever that adapter finds no body, the
generic reader takes over. `page_urls` and `join_pages` serve the fetcher for multi-page articles.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from tasks.records import PageParts
from tasks.sites import cn12371, generic, people_cn, wechat
from tasks.sites.adapter import Layout, Site, read_layout
from tasks.sites.adapter import join_pages as _join_pages
from tasks.sites.adapter import page_urls as _page_urls

SITES: tuple[Site, ...] = (people_cn.SITE, cn12371.SITE, wechat.SITE)


def adapter_for(tree: LexborHTMLParser, html: str, source_uri: str) -> tuple[Site, Layout] | None:
    for site in SITES:
        if site.claims(source_uri, html):
            layout = site.layout(tree)
            if layout is not None:
                return site, layout
    return None


def read_html(html: str, source_uri: str, utf8: bytes | None = None) -> PageParts:
    """The page's parts; `utf8`, when given, is `html` encoded as UTF-8 (tasks/markup.py `utf8_source`: the page's
    own bytes), which the parser takes as they are instead of encoding `html` again."""
    source = html if utf8 is None else utf8
    tree = LexborHTMLParser(source)
    found = adapter_for(tree, html, source_uri)
    if found is not None:
        parts = read_layout(found[0], found[1], tree, source_uri, html)
        if parts is not None:
            return parts
        tree = LexborHTMLParser(source)  # the adapter may have removed nodes
    return generic.read_tree(tree, source_uri, html)


def page_urls(html: str, url: str) -> list[str]:
    """Further pages of a multi-page article (adapters that declare pagination), else []."""
    tree = LexborHTMLParser(html)
    found = adapter_for(tree, html, url)
    return _page_urls(found[0], found[1], tree, url) if found else []


def join_pages(htmls: list[str], url: str) -> str:
    """One HTML document: the first page with the bodies of the others appended, in order."""
    trees = [LexborHTMLParser(h) for h in htmls]
    found = adapter_for(trees[0], htmls[0], url)
    if found is None:
        return htmls[0]
    return _join_pages(found[0], found[1], trees)


__all__ = ["SITES", "adapter_for", "join_pages", "page_urls", "read_html"]
