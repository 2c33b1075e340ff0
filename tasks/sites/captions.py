"""Photo captions: the short text a page prints right under a picture inside the article's block.

A caption is told by where it stands, not by its words: `泸州市城区景观。` and `梁振英强调…违建问题。` are sentences
alike, and only the picture above the first makes it a caption. On the 92 real pages of bench/devset a rule by shape
alone (one short sentence, no comma, no figure) took 32 article sentences for captions against 8 captions (session
33), so HTML pages are read for captions here, by markup, and the shape rule is kept for plain text only
(tasks/parse.py `_is_caption`), which has no picture to go by.

What counts: a `<figcaption>`; the block or text right after a picture (past the empty wrappers around it) that is
short, no heading, no list item, no bold sub-heading, no labelled credit (`编辑|…`, `本文来源：…`: the parser reads
those), and marked as a caption: in small print or grey, classed so (`caption`, `pic`, `img`, `desc`, …), opened by
a caption mark (`▲`, `图为`), sharing the picture's own block, or centred where the article's paragraphs are not.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from tasks.sites.page_meta import child_nodes

CAPTION_MAX = 60  # characters: longer text under a picture is the article's next paragraph
_CAPTION_MARK = re.compile(r"^\s*(?:[▲△↑▼]|图为|图片为|上图|下图|左图|右图|图\s*[:：/|｜丨])")
# (a class that only centres, `center`, is centring, which marks a caption only as `_centred` does)
_CAPTION_CLASS = re.compile(r"caption|pic|img|image|photo|desc|note|tu(?:pian|wen)?\b|f_center", re.I)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_SMALL_PRINT = re.compile(
    r"font-size\s*:\s*(?:1[0-3]|[0-9])px|color\s*:\s*#?(?:[89a-c][0-9a-f]{2}|[89a-c][0-9a-f]{5}|gr[ae]y)", re.I
)
# a label and its value (`本文来源：新京报`, `编辑|王五`, `关注公众号：…`): a credit or a prompt, which the parser reads
_LABELLED = re.compile(r"[:：|｜丨]")
_CANDIDATE_TAGS = frozenset(
    ["p", "div", "section", "center", "figure", "figcaption", "span", "font", "em", "i", "small", "-text"]
)
_BOLD = frozenset(["strong", "b"])
# a list item or numbered sub-heading (`01 阵地建起来`, `一、…`, `（一）…`, `1.…`): the article's, never a caption
_NUMBERED = re.compile(
    r"^\s*(?:\d{1,2}\s*[.．、\s]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是])"
)
_SKIPPED = frozenset(["-comment", "br"])
_HOLDS_MORE = "img, h1, h2, h3, h4, h5, h6, p, div, table"
_CENTRED_ARTICLE = 0.5  # share of the block's paragraphs centred above which centring marks nothing


def _folded(node: LexborNode) -> str:
    text = node.text_content if node.tag == "-text" else node.text(True, "")
    return " ".join((text or "").split())


def _empty(node: LexborNode) -> bool:
    return not _folded(node)


def _centred(element: LexborNode) -> bool:
    attributes = element.attributes
    return attributes.get("align") == "center" or _CENTRED.search(attributes.get("style") or "") is not None


def _marked(
    node: LexborNode, text: str, beside_picture: bool, centring_marks: bool, wrapper: LexborNode | None
) -> bool:
    """Whether the text under a picture is marked as its caption (see the module's docstring); `wrapper` is the
    element around picture and text when it is no more than that (`<div class="box_pic"><img><p>…</p></div>`)."""
    if node.tag == "figcaption" or _CAPTION_MARK.match(text) or beside_picture:
        return True
    only_child = node.child if node.child is not None and node.child.next is None else None
    for element in (node, only_child, wrapper):
        if element is None or element.tag == "-text":
            continue
        attributes = element.attributes
        if (centring_marks and _centred(element)) or _SMALL_PRINT.search(attributes.get("style") or ""):
            return True
        if _CAPTION_CLASS.search(f"{attributes.get('class') or ''} {attributes.get('id') or ''}"):
            return True
        if element.tag in ("center", "small") or (element.tag == "font" and attributes.get("size") in ("1", "2")):
            return True
    return False


def _bold(node: LexborNode) -> bool:
    """The whole text is bold (`<p><strong>01 阵地建起来</strong></p>`): a sub-heading."""
    if node.tag in _BOLD:
        return True
    children = [c for c in child_nodes(node) if not (c.tag == "-text" and _empty(c))]
    return len(children) == 1 and children[0].tag != "-text" and _bold(children[0])


def _caption_after(picture: LexborNode, block: LexborNode, centring_marks: bool) -> LexborNode | None:
    """The node right after a picture that is its caption, or None."""
    holder = picture
    # (selectolax hands out a new node object on each access: nodes are the same by `mem_id`, never by `is`)
    while holder.parent is not None and holder.parent.mem_id != block.mem_id and _empty(holder.parent):
        holder = holder.parent
    node = holder.next
    while node is not None and (node.tag in _SKIPPED or (node.tag == "-text" and _empty(node))):
        node = node.next
    if node is None or node.tag not in _CANDIDATE_TAGS:
        return None
    text = _folded(node)
    if not 2 <= len(text) <= CAPTION_MAX or _NUMBERED.match(text):
        return None
    if _LABELLED.search(text) and not _CAPTION_MARK.match(text):
        return None
    if node.tag != "-text" and (_bold(node) or any(n.mem_id != node.mem_id for n in node.css(_HOLDS_MORE))):
        return None
    # a text right after the picture inside the picture's own block, which holds nothing else (`<p><img><br>资料图</p>`)
    parent = holder.parent
    inside = parent is not None and parent.mem_id != block.mem_id and _folded(parent) == text
    beside = node.tag == "-text" and inside
    wrapper = parent if inside else None
    return node if _marked(node, text, beside, centring_marks, wrapper) else None


def take_captions(block: LexborNode) -> list[str]:
    """Remove the captions under the pictures in `block` and return their texts, in reading order."""
    paragraphs = [p for p in block.css("p") if not _empty(p)]
    centring_marks = sum(map(_centred, paragraphs)) <= _CENTRED_ARTICLE * len(paragraphs)
    found: list[LexborNode] = []
    for node in block.css("figcaption, img"):
        if node.tag == "figcaption":
            caption = None if _empty(node) else node
        else:
            caption = _caption_after(node, block, centring_marks)
        if caption is not None and all(caption.mem_id != f.mem_id for f in found):
            found.append(caption)
    texts = [_folded(node) for node in found]
    for node in found:
        node.decompose()
    return texts
