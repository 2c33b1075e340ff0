"""bench/devset: the manifest and truth files agree with each other and with the pages (no extraction)."""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import pytest

from bench.devset_blocks import text_blocks
from bench.devset_truth import FAMILIES, MANIFEST_COLUMNS, TRUTH_KEYS, parse_blocks

DEVSET = Path(__file__).resolve().parent.parent / "bench" / "devset"
CACHE = Path(os.environ.get("DEVSET_CACHE", "/work/devset-cache"))


def manifest() -> list[dict[str, str]]:
    with (DEVSET / "manifest.csv").open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == MANIFEST_COLUMNS
        return list(reader)


def truth(path: Path) -> dict[str, dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {r["id"]: r for r in records}
    assert len(by_id) == len(records), f"duplicate ids in {path}"
    return by_id


def check_page(row: dict[str, str], page: Path, record: dict) -> None:
    raw = page.read_bytes()
    raw.decode(row["charset"])  # the recorded charset really decodes the bytes
    assert set(TRUTH_KEYS) <= set(record), f"{row['id']}: truth lacks {set(TRUTH_KEYS) - set(record)}"
    assert record["family"] == row["family"] and record["charset"] == row["charset"]
    assert record["body"].strip() and record["title"].strip()
    if record["published_at"] is not None:
        assert len(record["published_at"]) in (10, 16), record["published_at"]


def test_manifest_rows_are_well_formed() -> None:
    rows = manifest()
    ids = [r["id"] for r in rows]
    assert len(rows) >= 60 and len(ids) == len(set(ids))
    for r in rows:
        assert r["family"] in FAMILIES, r
        assert r["committed"] in ("yes", "no") and r["redistributable"] in ("yes", "no"), r
        assert r["repo"].count("/") == 1 and r["path"] and len(r["commit"]) == 40, r
        assert r["charset"] in ("utf-8", "gbk", "gb18030"), r
        assert r["committed"] == "no" or r["redistributable"] == "yes", f"{r['id']}: committed without a licence"


def test_committed_rows_have_page_and_truth_and_nothing_else() -> None:
    rows = {r["id"]: r for r in manifest()}
    committed_truth = truth(DEVSET / "truth.jsonl")
    committed = {i for i, r in rows.items() if r["committed"] == "yes"}
    assert set(committed_truth) == committed
    pages = {p.stem for p in (DEVSET / "pages").glob("*.html")} if (DEVSET / "pages").exists() else set()
    assert pages == committed
    for pid in committed:
        check_page(rows[pid], DEVSET / "pages" / f"{pid}.html", committed_truth[pid])


@pytest.mark.skipif(not (CACHE / "truth.jsonl").exists(), reason="no devset cache on this machine")
def test_cached_pages_match_the_manifest() -> None:
    rows = {r["id"]: r for r in manifest()}
    cached = truth(CACHE / "truth.jsonl")
    assert set(cached) == {i for i, r in rows.items() if r["committed"] == "no"}
    for pid, record in cached.items():
        check_page(rows[pid], CACHE / "pages" / f"{pid}.html", record)


def test_block_ranges_and_block_walk() -> None:
    assert parse_blocks("3-6,-4,9") == [3, 5, 6, 9]
    assert parse_blocks("5") == [5]
    html = "<div>导航</div><p>第一段<a>链接</a>文字</p><p>第二段<br>换行</p><script>x()</script>"
    assert text_blocks(html) == ["导航", "第一段链接文字", "第二段", "换行"]


def test_scoring_rules() -> None:
    from bench.devset import byline_found, channel_ok, date_ok, title_ok

    assert date_ok("2019-09-07T09:25:09+08:00", "2019-09-07T09:25", minute=True)
    assert not date_ok("2019-09-07T09:27:48", "2019-09-07T09:25", minute=True)  # 最后更新 is not the dateline
    assert date_ok("2019-09-07 23:00", "2019-09-07T09:25", minute=False)
    assert date_ok("2019-09-07", "2019-09-07", minute=True) is None  # no printed time: nothing to score
    assert date_ok(None, None, minute=False) is None
    assert channel_ok("网易首页 > 财经频道 > 正文", "网易首页>财经频道>正文")
    assert channel_ok("首页 → 新闻中心 → 国内新闻", "国内新闻")
    assert not channel_ok(None, "首页 > 要闻")
    assert channel_ok(None, None)
    assert title_ok(" 三星失意  路在何方？", "三星失意 路在何方？")
    assert byline_found({"author_org": "文/观察者网专栏作者 王文"}, "文/观察者网专栏作者 王文")
    assert byline_found({"byline": "作者：何苗 张梦洁"}, "作者：何苗 张梦洁")
    assert not byline_found({"author_org": None, "source_outlet": "何苗"}, "作者：何苗 张梦洁")
    assert byline_found({}, None) is None


def test_committed_annotations_are_text_free_and_cover_the_manifest() -> None:
    """bench/devset/annotations.jsonl: one line per manifest page, nothing but numbers, dates and hashes."""
    from bench.devset_sealed import SEALED_KEYS

    path = DEVSET / "annotations.jsonl"
    text = path.read_text(encoding="utf-8")
    assert text.isascii(), "a committed annotation carries page text"
    rows = {r["id"]: r for r in manifest()}
    sealed = truth(path)
    assert list(sealed) == list(rows)
    digest = re.compile(r"[0-9a-f]{40}")
    for pid, line in sealed.items():
        assert tuple(line) == SEALED_KEYS and line["family"] == rows[pid]["family"], pid
        parse_blocks(line["blocks"])
        for key in ("title", "author_org", "channel"):
            assert line[key] is None or digest.fullmatch(line[key]), (pid, key)
        for found in ([line["byline"]] if line["byline"] else []) + line["drop_text"]:
            assert set(found) == {"len", "hmac"} and digest.fullmatch(found["hmac"]), pid


@pytest.mark.skipif(not (CACHE / "pages").is_dir(), reason="no devset pages on this machine")
def test_committed_annotations_open_against_the_cached_pages() -> None:
    from bench.devset import load

    rows = manifest()
    present = [r for r in rows if (CACHE / "pages" / f"{r['id']}.html").exists()]
    _, sealed, pages, found = load(CACHE, DEVSET, "sealed")
    assert found["truth_sealed"] == len(present) == len(pages) and "wrong_sha1" not in found
    assert all(t["body"].strip() for t in sealed.values())
