"""bench/real_scale.py: the copies of real pages it ingests are distinct articles, in their own encoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.real_scale import distinct_copy, main, make_real_corpus
from tasks.pipeline import process_source
from tasks.records import Article

PAGES = Path(__file__).parent / "fixtures" / "site" / "pages"

GBK_PAGE = (
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'><title>社区议事会</title>"
    "</head><body><div class='nav'><p>首页</p></div><div class='article'><h1>社区议事会</h1>"
    "<p>短段。</p><p>今年以来，街道在12个社区推行议事会制度，居民提出的217件事项已办结198件，"
    "议事会成了居民家门口的“说事点”。</p></div></body></html>"
)


def test_a_gbk_page_is_copied_byte_for_byte_with_the_marker_in_its_longest_paragraph(tmp_path: Path) -> None:
    raw = GBK_PAGE.encode("gbk")
    copy = distinct_copy(raw, 42)
    at = raw.index("今年以来".encode("gbk"))
    marker = "".join(f"&#{ord(c)};" if not c.isascii() else c for c in "（副本000042）").encode("ascii")
    assert copy == raw[:at] + marker + raw[at:]  # the page's own bytes, its declared charset still true
    page = tmp_path / "page.html"
    page.write_bytes(copy)
    article = process_source(str(page))
    assert isinstance(article, Article) and "（副本000042）今年以来" in article.body and "短段。" in article.body


def test_a_page_without_paragraph_text_gets_the_marker_after_body() -> None:
    raw = b"<html><body><div>\xe6\x96\x87\xe5\xad\x97</div></body></html>"
    assert distinct_copy(raw, 7).startswith(b"<html><body><p>&#65288;")


def test_copies_of_a_real_page_read_as_distinct_articles_that_carry_the_marker(tmp_path: Path) -> None:
    source = PAGES / "people2020.html"
    paths = make_real_corpus([source], tmp_path, 3)
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "0000/000000.html",
        "0000/000001.html",
        "0000/000002.html",
    ]
    original = process_source(str(source))
    assert isinstance(original, Article)
    bodies = []
    for number, path in enumerate(paths):
        article = process_source(str(path))
        assert isinstance(article, Article)
        assert article.title == original.title  # the page reads as the same article, one line longer
        assert f"（副本{number:06d}）" in article.body
        assert article.body.replace(f"（副本{number:06d}）", "") == original.body
        bodies.append(article.body)
    assert len(set(bodies)) == 3


def test_without_the_devset_cache_the_bench_says_so_and_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--cache", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
