"""bench/devset without the cache's plain truth: pages back from git mirrors, truth from its committed form.

Every page here is written by the team for the test (made-up text, no real page): a mirror is a git
repository made on the spot, the pages go through bench.devset_pages into a cache, the annotations
through bench.devset_truth into plain truth and into the committed, text-free form, and bench.devset
must score the project's extractor identically through either.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from bench import devset, devset_pages, devset_truth
from bench.devset_sealed import open_annotation, seal_annotation
from tests.mirrors import make_mirror

GOV_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>示范街道党建工作 - 示范区政府网</title>
<link rel="canonical" href="https://www.example.gov.cn/news/2023/0612/1.html"></head><body>
<div class="nav">首页</div><div class="crumb">首页 &gt; 街道动态 &gt; 正文</div>
<h1>示范街道  推进 “红色物业” 建设</h1>
<div class="info">发布时间：2023-06-12 09:30 来源：示范区委组织部 作者：李明 王小红</div>
<div class="content">
<p>今年以来，示范街道党工委坚持党建引领，推动物业服务企业成立党支部十二个，覆盖小区三十余个。【打印本页】</p>
<p>街道把“红色物业”纳入基层治理考核，每季度组织居民评议一次，评议结果与物业费挂钩。</p>
<p>下一步，街道将继续完善“党支部+业委会+物业”三方联动机制，让居民感受到实实在在的变化。【打印本页】</p>
</div>
<div class="footer">版权所有：示范区人民政府 【关闭窗口】</div>
</body></html>"""

NEWS_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>社区书记的一天_示范新闻网</title></head><body>
<div id="crumb">示范新闻网 &gt;&gt; 社会 &gt;&gt; 基层</div>
<h1>社区书记的一天</h1><p class="time">2022年3月8日</p>
<div id="text">
<p>清晨七点，社区党委书记张华已经走进了小区，先看垃圾分类点，再去独居老人家里。</p>
<p>“群众的事没有小事。”张华说，社区把网格员、楼栋长和党员志愿者编成三支队伍。</p>
<p>示范新闻网记者 陈静 (责任编辑：赵六)</p>
</div>
<div>相关新闻</div></body></html>"""

FORUM_PAGE = """<html><head><meta charset="utf-8"><title>请教：党员活动室怎么布置？</title></head><body>
<h2>请教：党员活动室怎么布置？</h2>
<table><tr><td>楼主 小林</td><td>第一次负责布置党员活动室，墙面和资料柜有什么讲究吗？</td></tr>
<tr><td>二楼 老周</td><td>先把制度上墙，再留一面展示支部活动照片，资料柜按年份归档。</td></tr></table>
<div>回复 | 举报</div></body></html>"""

ANNOTATIONS: list[dict[str, Any]] = [
    {
        "id": "made-gov",
        "family": "gov",
        "title": "示范街道 推进 “红色物业” 建设",
        "published_at": "2023-06-12T09:30",
        "byline": "作者：李明 王小红",
        "author_org": "示范区委组织部",
        "channel": "首页 > 街道动态 > 正文",
        "blocks": "5-7",
        "drop_text": ["【打印本页】"],
        "note": "印本页 appears twice in the body; both go",
    },
    {
        "id": "made-news",
        "family": "news",
        "title": "社区书记的一天",
        "published_at": "2022-03-08",
        "byline": "示范新闻网记者 陈静",
        "author_org": None,
        "channel": "示范新闻网 >> 社会 >> 基层",
        "blocks": "4-6",
        "drop_text": [" (责任编辑：赵六)"],
        "note": "editor line shares the byline's block",
    },
    {
        "id": "made-forum",
        "family": "forum",
        "title": "请教：党员活动室怎么布置？",
        "published_at": None,
        "byline": "作者：",
        "author_org": None,
        "channel": None,
        "blocks": "2-5,-2,-4",
        "note": "opening post and one reply",
    },
]
PAGES = {"made-gov": GOV_PAGE.encode("utf-8"), "made-news": NEWS_PAGE.encode("gbk"), "made-forum": FORUM_PAGE.encode()}
PATHS = {"made-gov": "site/gov.html", "made-news": "site/news.html", "made-forum": "site/forum.html"}


def manifest_rows(commits: dict[str, str], repo_of: dict[str, str]) -> list[dict[str, str]]:
    return [
        {
            "id": pid,
            "family": next(a["family"] for a in ANNOTATIONS if a["id"] == pid),
            "charset": "",
            "declared_charset": "",
            "repo": repo_of[pid],
            "path": PATHS[pid],
            "commit": commits[repo_of[pid]],
            "licence": "MIT",
            "redistributable": "yes",
            "committed": "no",
            "url": "",
            "sha1": hashlib.sha1(raw).hexdigest(),
        }
        for pid, raw in PAGES.items()
    ]


def write_manifest(devset_dir: Path, rows: list[dict[str, str]]) -> None:
    devset_dir.mkdir(parents=True, exist_ok=True)
    with (devset_dir / "manifest.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=devset_truth.MANIFEST_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


@pytest.fixture
def restored(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Mirrors (one bare, one with a work tree), a devset dir with its manifest, a cache filled from them."""
    mirrors, devset_dir, cache = tmp_path / "mirrors", tmp_path / "devset", tmp_path / "cache"
    repo_of = {"made-gov": "team/bare-pages", "made-news": "team/bare-pages", "made-forum": "team/worktree-pages"}
    commits = {
        "team/bare-pages": make_mirror(
            mirrors, "team/bare-pages", {PATHS[p]: PAGES[p] for p in ("made-gov", "made-news")}, bare=True
        ),
        "team/worktree-pages": make_mirror(
            mirrors, "team/worktree-pages", {PATHS["made-forum"]: PAGES["made-forum"]}, bare=False
        ),
    }
    write_manifest(devset_dir, manifest_rows(commits, repo_of))
    done = devset_pages.restore(mirrors, cache, devset_dir)
    assert done.complete and sorted(done.copied) == sorted(PAGES)
    (cache / "annotations.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ANNOTATIONS), encoding="utf-8"
    )
    return mirrors, devset_dir, cache


def test_pages_come_back_from_mirrors_byte_exact_and_a_rerun_does_nothing(restored: tuple[Path, Path, Path]) -> None:
    mirrors, devset_dir, cache = restored
    for pid, raw in PAGES.items():
        assert (cache / "pages" / f"{pid}.html").read_bytes() == raw
    with (cache / "provenance.csv").open(encoding="utf-8") as f:
        provenance = {r["id"]: r for r in csv.DictReader(f)}
    assert set(provenance) == set(PAGES) and provenance["made-news"]["path"] == PATHS["made-news"]
    again = devset_pages.restore(mirrors, cache, devset_dir)
    assert again.complete and again.copied == [] and sorted(again.already) == sorted(PAGES)


def test_a_page_whose_sha1_differs_is_refused_and_a_missing_mirror_names_its_fetch(
    restored: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mirrors, devset_dir, cache = restored
    rows = devset_pages.read_manifest(devset_dir)
    rows[0]["sha1"] = "0" * 40
    rows.append({**rows[1], "id": "made-elsewhere", "repo": "someone/not-fetched"})
    write_manifest(devset_dir, rows)
    (cache / "pages" / f"{rows[0]['id']}.html").unlink()
    done = devset_pages.restore(mirrors, cache, devset_dir)
    assert not done.complete
    assert len(done.errors) == 1 and "SHA-1" in done.errors[0] and done.errors[0].startswith(rows[0]["id"])
    assert not (cache / "pages" / f"{rows[0]['id']}.html").exists()  # not copied
    assert done.no_mirror == {"someone/not-fetched": ["made-elsewhere"]}
    devset_pages.report(done, cache)
    assert "fetch github:someone/not-fetched" in capsys.readouterr().out


def test_the_committed_form_holds_no_page_text(restored: tuple[Path, Path, Path]) -> None:
    _, devset_dir, cache = restored
    _, committed, cached = devset_truth.build(cache, devset_dir)
    sealed = devset_truth.export(cache, committed + cached, devset_dir)
    dumped = json.dumps(sealed, ensure_ascii=False)
    assert [s["id"] for s in sealed] == [a["id"] for a in ANNOTATIONS]
    for ann in ANNOTATIONS:
        for key in ("title", "byline", "author_org", "channel", "note"):
            for piece in str(ann.get(key) or "").replace(">", " ").replace("»", " ").split():
                if any("\u4e00" <= ch <= "\u9fff" for ch in piece):
                    assert piece not in dumped, (ann["id"], key)
        for text in ann.get("drop_text", ()):
            assert text.strip() not in dumped
    assert all("note" not in s and "body" not in s for s in sealed)
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in dumped)  # not one Han character
    assert sealed[0]["published_at"] == "2023-06-12T09:30" and sealed[0]["blocks"] == "5-7"


def test_truth_opened_from_the_committed_form_gives_the_plain_body(restored: tuple[Path, Path, Path]) -> None:
    _, devset_dir, cache = restored
    _, committed, cached = devset_truth.build(cache, devset_dir)
    plain = {r["id"]: r for r in committed + cached}
    assert "【打印本页】" not in plain["made-gov"]["body"] and "赵六" not in plain["made-news"]["body"]
    for ann in ANNOTATIONS:
        raw = PAGES[ann["id"]]
        opened = open_annotation(seal_annotation(ann, raw), raw)
        assert opened["body"] == plain[ann["id"]]["body"]


def test_a_drop_text_not_in_the_blocks_stops_the_opening() -> None:
    ann = {**ANNOTATIONS[0], "drop_text": ["【打印本页】"]}
    sealed = seal_annotation(ann, PAGES["made-gov"])
    sealed["blocks"] = "6"  # the middle paragraph has no such furniture
    with pytest.raises(SystemExit, match="drop_text 0"):
        open_annotation(sealed, PAGES["made-gov"])


RECORDS: list[dict[str, Any]] = [
    {},
    {
        "title": "示范街道 推进 “红色物业” 建设",
        "byline": "王小红",
        "author_org": "示范区委组织部",
        "channel": "街道动态",
    },
    {"title": " 示范街道  推进\n“红色物业” 建设 ", "authors": ["李明", "王小红"], "channel": "首页 > 街道动态 > 正文"},
    {"title": "示范街道推进“红色物业”建设", "byline": "王小", "author_org": "示范区委组织部 ", "channel": "首页"},
    {
        "title": "社区书记的一天",
        "byline": "示范新闻网记者 陈静",
        "channel": "示范新闻网 >> 社会 >> 基层",
        "author_org": "",
    },
    {"title": "社区书记的一天", "author": "陈", "channel": "基层 > 正文", "author_org": "示范新闻网"},
    {"title": "请教：党员活动室怎么布置？", "byline": "作者：", "channel": "", "author_org": None},
    {"title": "请教：党员活动室怎么布置？", "byline": "小林", "channel": "正文", "published_at": "2022-03-08"},
]


def test_every_comparison_is_the_same_through_the_hashes() -> None:
    """Made-up records, right and wrong in each field, score alike against plain and committed truth."""
    for ann in ANNOTATIONS:
        raw = PAGES[ann["id"]]
        plain = {**ann, "body": "x"}
        opened = {**open_annotation(seal_annotation(ann, raw), raw), "body": "x"}
        outcomes = set()
        for rec in RECORDS:
            row = devset.score_page(rec, plain, ours=True)
            assert devset.score_page(rec, opened, ours=True) == row, (ann["id"], rec)
            outcomes.add((row["title"], row["byline"], row["author_org"], row["channel"]))
        assert len(outcomes) > 1  # the records do tell right from wrong on each page


def test_the_extractor_scores_identically_through_both_truths(restored: tuple[Path, Path, Path]) -> None:
    """The real extractor on the made-up pages: every per-page row equal, plain truth or committed form."""
    _, devset_dir, cache = restored
    _, _, cached = devset_truth.build(cache, devset_dir)
    devset_truth.write_jsonl(cache / "truth.jsonl", cached)
    devset_truth.write_jsonl(devset_dir / "annotations.jsonl", devset_truth.export(cache, cached, devset_dir))
    _, plain, pages, found = devset.load(cache, devset_dir, "plain")
    _, sealed, _, found_sealed = devset.load(cache, devset_dir, "sealed")
    assert found["truth_plain"] == found_sealed["truth_sealed"] == len(PAGES) == len(pages)
    assert {p: t["body"] for p, t in plain.items()} == {p: t["body"] for p, t in sealed.items()}
    counts = devset.check_sealed(cache, devset_dir, with_anchors=False)
    assert counts == {"ours": {"pages": 3, "equal": 3, "different": 0}}
    # without the cache's plain truth the bench falls back to the committed form on its own
    (cache / "truth.jsonl").unlink()
    _, auto, _, found_auto = devset.load(cache, devset_dir, "auto")
    assert found_auto["truth_sealed"] == 3 and found_auto["truth_plain"] == 0 and set(auto) == set(PAGES)


def test_a_page_that_is_not_the_annotated_bytes_is_not_scored(restored: tuple[Path, Path, Path]) -> None:
    _, devset_dir, cache = restored
    _, _, cached = devset_truth.build(cache, devset_dir)
    devset_truth.write_jsonl(devset_dir / "annotations.jsonl", devset_truth.export(cache, cached, devset_dir))
    page = cache / "pages" / "made-forum.html"
    page.write_bytes(page.read_bytes().replace("老周".encode(), "老吴".encode()))
    _, _, pages, found = devset.load(cache, devset_dir, "auto")
    assert set(pages) == {"made-gov", "made-news"} and found["wrong_sha1"] == ["made-forum"]
