"""The chosen block's lines read off the page's own tree, and the header rules' answers kept for one page
(issue 11, perf engineer V).

`generic._lines_of` read a block by serialising it, squeezing its whitespace, marking its `<br>`s and parsing the
source again (`_lines_reparsed`, the definition); `_lines_in_place` walks the tree the page was parsed into and
must give the same lines wherever it answers (None where it cannot vouch for them). Checked here on made-up blocks
of the kinds that make a second parse build something else (a `<br>` with attributes, U+2029 in the text, raw-text
elements, misnested paragraphs, table parts out of place) and on 6,000 made-up documents of random nesting.
`header_lines.is_not_title` and `is_furniture` keep their answers for the page being read; `read_parts` forgets them.
A page read as clean UTF-8 is parsed from its own bytes, which are its text's encoding.
"""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

import tasks.header_lines as header_lines
from tasks.decode import decode
from tasks.markup import read_parts, utf8_source
from tasks.records import DecodedDoc, SourceDoc
from tasks.sites import generic, read_html

_BLOCKS = [
    "<div><p>第一段。</p><p>第二段<br>下一行</p></div>",
    '<div>一行<br class="x">同一行<br/>另一行<BR>再一行</div>',  # a <br> with attributes breaks no line
    "<div>文字\u2029仍是一行<span>甲<br>乙</span></div>",  # U+2029 written in the text is a space
    "<div><font>老站点<p>段落一</p><p>段落二</p></font></div>",
    "<div><span>行内<b>粗<br>体</b>结束</span><img src=a.png>后</div>",
    "<div><!-- 注释<br> -->正文&amp;&lt;br&gt;&nbsp;空格\u3000全角</div>",
    "<div><pre>\n\n  预排\n文本</pre><table><tr><td>格一</td><td>格二<br>二行</td></tr></table></div>",
    "<div><p>段<table><tr><td>表中</td></tr></table>尾</p></div>",  # quirks mode: the table inside the <p>
    "<td>单元格<p>段落</p></td>",
    "<span>行内根<br>第二行</span>",
    "<div><script>var a='<br>';</script>正文</div>",  # refused: raw text
    "<div><ul><li>项一<ul><li>子项</li></ul></li><li>项二</li></ul></div>",
    "<div><h1>标题<span><h2>副</h2></span></h1><a href=x>链<span>接</span></a></div>",
]


@pytest.mark.parametrize("html", _BLOCKS)
def test_lines_in_place_are_the_lines_of_a_second_parse(html: str) -> None:
    for doctype in ("", "<!doctype html>"):
        tree = LexborHTMLParser(f"{doctype}<html><body>{html}</body></html>")
        assert tree.body is not None
        for node in [tree.body, *tree.body.css("*")]:
            in_place = generic._lines_in_place(node)
            if in_place is not None:
                assert in_place == generic._lines_reparsed(node), (html, node.tag)
            assert generic._lines_of(node) == generic._lines_reparsed(node)


def test_a_block_with_a_script_is_read_by_the_second_parse() -> None:
    tree = LexborHTMLParser("<div id=a><script>var a='<br>';</script>正文</div><div id=b><p>正文</p></div>")
    assert generic._lines_in_place(tree.css_first("#a")) is None
    assert generic._lines_in_place(tree.css_first("#b")) == ["正文"]


def test_a_paragraph_the_first_parse_moved_out_of_a_table_is_refused() -> None:
    # no doctype: the table stays inside the <p>, and its misplaced <ul> is put before it, inside the <p>, where a
    # second parse of the serialised <p> would close the <p> at the <ul>
    tree = LexborHTMLParser("<body><p>甲<table><ul><li>乙</li></ul><tr><td>丙</td></tr></table>丁</p></body>")
    p = tree.css_first("p")
    assert p.css_first("ul") is not None
    assert generic._lines_in_place(p) is None
    assert generic._lines_of(p) == generic._lines_reparsed(p)


_TAGS = (
    "div", "p", "span", "font", "b", "a", "a href=x", "br", "br class=x", "td", "tr", "table", "tbody", "li", "ul",
    "ol", "pre", "img", "h1", "h2", "section", "center", "blockquote", "i", "em", "strong", "dd", "dl", "dt", "form",
    "button", "label", "nobr", "caption", "colgroup", "col", "thead", "hr", "address", "nav", "ruby", "rt", "object",
    "script", "textarea", "input",
)  # fmt: skip
_TEXTS = ("文字", "x", "  ", "\n", " \u2029 ", "&amp;", "&nbsp;", "&lt;br&gt;", "\u3000", "a\r\nb", "<!-- c -->", "。")


def _made_up(rnd: random.Random, depth: int = 0) -> str:
    out = []
    for _ in range(rnd.randint(0, 5)):
        if rnd.random() < 0.45 or depth > 5:
            out.append(rnd.choice(_TEXTS))
            continue
        tag = rnd.choice(_TAGS)
        name = tag.split()[0]
        if name in ("br", "img", "hr", "col", "input"):
            out.append(f"<{tag}>")
        else:
            out.append(f"<{tag}>{_made_up(rnd, depth + 1)}{f'</{name}>' if rnd.random() < 0.8 else ''}")
    return "".join(out)


def test_lines_in_place_on_made_up_documents() -> None:
    rnd = random.Random(11)
    compared = 0
    for _ in range(6000):
        doctype = "<!doctype html>" if rnd.random() < 0.5 else ""
        tree = LexborHTMLParser(f"{doctype}<body><div>{_made_up(rnd)}</div></body>")
        assert tree.body is not None
        for node in [tree.body, *tree.body.css("*")]:
            in_place = generic._lines_in_place(node)
            if in_place is not None:
                compared += 1
                assert in_place == generic._lines_reparsed(node)
    assert compared > 10_000


def _decoded(text: str, uri: str) -> DecodedDoc:
    return DecodedDoc(SourceDoc(uri, uri, text.encode("utf-8"), "text/plain"), text, "utf-8")


def test_header_answers_are_kept_for_one_page() -> None:
    lines = ["您的位置：首页 > 要闻 > 正文", "社区党委创新推出“红管家”服务", "作者：张燕", "共产党员网 打印 纠错"]
    read_parts(_decoded("\n".join(lines), "file:///one.txt"))
    for line in lines:
        assert header_lines.is_not_title(line) == header_lines._is_not_title(line)
        assert header_lines.is_furniture(line) == header_lines._is_furniture(line)
    assert set(lines) <= set(header_lines._not_title_seen)
    read_parts(_decoded("另一页", "file:///two.txt"))  # a new page: nothing kept from the one before
    assert not header_lines._not_title_seen and not header_lines._furniture_seen
    for i in range(header_lines._PAGE_ANSWERS_MAX + 10):
        header_lines.is_not_title(f"第{i}行的社区治理创新做法")
    assert len(header_lines._not_title_seen) <= header_lines._PAGE_ANSWERS_MAX


_PAGE = (
    "<html><head><title>社区治理创新案例</title></head>"
    "<body><div>" + "<p>社区治理创新案例正文的一段，说明做法和成效。</p>" * 30 + "</div></body></html>"
)  # long enough that one damaged byte is kept as damage, not refused


@pytest.mark.parametrize(
    ("raw", "own_bytes"),
    [
        (_PAGE.encode("utf-8"), True),
        (codecs.BOM_UTF8 + _PAGE.encode("utf-8"), False),  # the text has no BOM: not its encoding
        (_PAGE.encode("gb18030"), False),
        (_PAGE.encode("utf-8")[:-40] + b"\xff" + _PAGE.encode("utf-8")[-40:], False),  # damaged: a U+FFFD read
    ],
)
def test_the_parser_takes_a_clean_utf8_page_as_its_bytes(raw: bytes, own_bytes: bool) -> None:
    decoded = decode(SourceDoc("file:///page.html", "file:///page.html", raw, "text/html"))
    assert isinstance(decoded, DecodedDoc)
    utf8 = utf8_source(decoded)
    assert (utf8 is not None) == own_bytes
    if utf8 is not None:
        assert utf8 == decoded.text.encode("utf-8")
        assert LexborHTMLParser(utf8).html == LexborHTMLParser(decoded.text).html
    assert read_parts(decoded) == read_html(decoded.text, decoded.source.source_uri)


def test_every_clean_utf8_fixture_page_is_its_text_encoded() -> None:
    pages = sorted(Path(__file__).parent.glob("fixtures/**/*.htm*"))
    assert pages
    for path in pages:
        decoded = decode(SourceDoc(str(path), str(path), path.read_bytes(), "text/html"))
        if isinstance(decoded, DecodedDoc) and (utf8 := utf8_source(decoded)) is not None:
            assert utf8 == decoded.text.encode("utf-8")
