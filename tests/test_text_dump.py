"""What scrapers and archivers leave in a text dump is taken off before it is read (tasks/text_dump.py)."""

from __future__ import annotations

from tasks.extract.brands import extract_brands
from tasks.extract.facts import extract_facts
from tasks.extract.practices import extract_practices
from tasks.markup import read_text
from tasks.pipeline import process_document
from tasks.records import Article, SourceDoc

_PLAIN = """青石社区“红管家”议事会让老小区焕然一新
2023年8月22日　来源：某某区委组织部
今年以来，青石社区党委以“红管家”为品牌，推动老旧小区治理，成立由86名成员组成的议事会，收集居民诉求25个。
一是建强组织。在每栋楼设立党小组，选出楼栋长42名，把党的工作延伸到楼道。
二是搭建平台。建立“红管家”议事厅，每月召开议事会，协调解决加装电梯、停车难等问题。
三是完善机制。推行“居民点单、社区派单、党员接单”服务，累计办结民生实事150余件。
"""

# the same case as a WeChat archiver saves it: Markdown, an image, a link to the original
_MARKDOWN = """# 青石社区“红管家”议事会让老小区焕然一新

> 2023年8月22日　来源：某某区委组织部

![](https://mmbiz.qpic.cn/mmbiz_jpg/abc/640.jpg)

今年以来，青石社区党委以“红管家”为品牌，推动老旧小区治理，成立由86名成员组成的议事会，收集居民诉求25个。

**一是建强组织。**在每栋楼设立党小组，选出楼栋长42名，把党的工作延伸到楼道。

**二是搭建平台。**建立“红管家”议事厅，每月召开议事会，协调解决加装电梯、停车难等问题。

**三是完善机制。**推行“居民点单、社区派单、党员接单”服务，累计办结民生实事150余件。

---

[阅读原文](https://mp.weixin.qq.com/s/abc)
"""


def _read(text: str) -> tuple:
    article = process_document(SourceDoc("c.txt", "c.txt", text.encode("utf-8"), "text/plain"))
    assert isinstance(article, Article)
    body = "\n".join(article.paragraphs)
    return (
        article.title,
        article.published_at,
        article.author_org,
        [(f.raw, f.value, f.unit) for f in extract_facts(body)],
        [p.heading for p in extract_practices(article)],
        sorted(b.term for b in extract_brands(body, title=article.title)),
    )


def test_a_case_saved_as_markdown_reads_as_the_plain_case() -> None:
    plain = _read(_PLAIN)
    assert plain[0] == "青石社区“红管家”议事会让老小区焕然一新" and len(plain[3]) == 4 and len(plain[4]) == 3
    assert _read(_MARKDOWN) == plain


def test_character_references_from_a_scraper_are_read_as_characters() -> None:
    scraped = _PLAIN.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("　", "&nbsp;")
    assert "&ldquo;红管家&rdquo;" in scraped
    assert _read(scraped) == _read(_PLAIN)


def test_a_text_without_markup_is_left_as_it_is() -> None:
    text = "#社区微话题# 居民说：A&B两栋楼之间5*3米的空地，*号处是车位。\n> 不是引用的箭头\n**只有一处星号"
    assert read_text(text).lines == tuple(text.splitlines())
