"""bench/real_cases: real case texts re-made from provenance alone, their gold committed as spans, scored as a set.

Every text here is written by the team for the test (made-up places and people): a mirror is a git
repository made on the spot, holding the text the way real ones were found (inside a SQL dump, a JS
module, a saved page), and the set goes through cut → restore → seal → score as the real set does.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from bench import case_gold, real_cases
from tests.mirrors import make_mirror

TITLE = "示范市推行“三单联动”　让社区服务更贴心"
BODY = (
    "示范市东城区青禾街道坚持党建引领，推出“三单联动”工作法，今年以来收集居民需求1260条。\\n"
    "一是建立需求清单。街道组织128名网格员入户走访。\\n"
    "二是建立资源清单。辖区23家单位认领服务项目，“青禾小管家”志愿队常态服务。"
)
# A CMS seed dump: the article's HTML inside a SQL string literal (escaped quotes, '' for ').
SQL_DUMP = (
    "INSERT INTO `article` VALUES (1,'" + TITLE + "');\n"
    "INSERT INTO `article_body` VALUES (1,'<p>"
    + BODY.replace("\\n", "</p><p>")
    + "</p><p>居民说：''真方便''。</p>');\n"
)
JS_MODULE = (
    "export const cases = [{ name: '示范县：\\n“红色驿站”暖人心', "
    "summary: `驿站建成以来服务\\u4e00线职工3000余人次。` }];\n"
)
PAGE = (
    '<html><head><meta charset="gbk"><title>示範社區</title></head>'
    "<body><p>示範社區黨委推出“鄰里議事廳”。</p></body></html>"
).encode("gbk")


def _span(text: str, first: str, last: str) -> tuple[int, int]:
    start = text.index(first)
    return start, text.index(last, start) + len(last)


def test_each_form_is_undone_and_a_cut_is_a_pure_function_of_the_bytes() -> None:
    raw = SQL_DUMP.encode("utf-8")
    text = raw.decode("utf-8")
    parts = [_span(text, "示范市推行", "更贴心"), _span(text, "<p>示范市东城区", "真方便''。</p>")]
    made = real_cases.cut(raw, "sqlhtml", parts).decode("utf-8").split("\n")
    assert made[0] == "示范市推行“三单联动” 让社区服务更贴心"  # the ideographic space made a plain one
    assert made[1].startswith("示范市东城区") and made[2] == "一是建立需求清单。街道组织128名网格员入户走访。"
    assert made[-2] == "居民说：'真方便'。" and made[-1] == ""  # '' undone; the text ends with a newline
    assert real_cases.cut(raw, "sqlhtml", parts) == real_cases.cut(raw, "sqlhtml", parts)

    js = real_cases.cut(JS_MODULE.encode(), "js", [_span(JS_MODULE, "示范县", "人次。")]).decode()
    assert js.split("\n")[:2] == ["示范县：", "“红色驿站”暖人心', summary: `驿站建成以来服务一线职工3000余人次。"]
    assert real_cases.cut(PAGE, "page", []) == PAGE  # a whole page keeps its bytes and encoding
    assert real_cases.render("## 小标题\n> **引用**", "md") == "小标题\n引用"
    rss = (
        "<description>&lt;h1&gt;标题&lt;/h1&gt;&lt;!-- &lt;span&gt;(2020年02月06日)&lt;/span&gt; --&gt;"
        "&lt;p&gt;　　正文&amp;amp;附记&lt;/p&gt;</description>"
    )
    assert real_cases.render(rss, "xmlhtml").split() == ["标题", "正文&附记"]  # a commented-out dateline is no text


@pytest.mark.parametrize(("parts", "error"), [([(0, 10**6)], "outside the file"), ([(0, 3)], "no text")])
def test_a_cut_outside_the_file_or_without_text_is_refused(parts: list[tuple[int, int]], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        real_cases.cut(b"   \n\n  more", "text", parts)
    with pytest.raises(ValueError, match="unknown form"):
        real_cases.render("x", "pdf")


GOLD: dict[str, Any] = {
    "id": "r001",
    "layout": "news_reprint",
    "script": "simplified",
    "title": "示范市推行“三单联动” 让社区服务更贴心",
    "published_at": None,
    "source_outlet": None,
    "author_org": None,
    "region": None,
    "practices": [
        {"ordinal": 1, "marker": "一是", "lead": "建立需求清单"},
        {"ordinal": 2, "marker": "二是", "lead": "建立资源清单"},
    ],
    "brands": ["三单联动", "青禾小管家"],
    "facts": [
        {
            "raw": "1260条",
            "value": 1260,
            "value_max": None,
            "unit": "条",
            "subject": "居民需求",
            "context": "收集居民需求1260条",
        },
        {
            "raw": "128名",
            "value": 128,
            "value_max": None,
            "unit": "人",
            "subject": "入户走访的网格员",  # worded by the annotator: not verbatim in the text
            "context": "组织128名网格员",
        },
    ],
    "not_facts": [],
}


@pytest.fixture
def real_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """A mirror holding the SQL dump and a saved GBK page, a manifest, the cache restored from the mirror."""
    mirrors, here, cache = tmp_path / "mirrors", tmp_path / "realcases", tmp_path / "cache"
    files = {"db/site.sql": SQL_DUMP.encode("utf-8"), "pages/a.html": PAGE}
    commit = make_mirror(mirrors, "team/cms-dump", files, bare=True)
    text = SQL_DUMP
    parts = [_span(text, "示范市推行", "更贴心"), _span(text, "<p>示范市东城区", "真方便''。</p>")]
    rows = []
    for rid, ext, path, form, p in (
        ("r001", ".txt", "db/site.sql", "sqlhtml", parts),
        ("r002", ".html", "pages/a.html", "page", []),
    ):
        made = real_cases.cut(files[path], form, p)
        rows.append(
            {
                "id": rid,
                "ext": ext,
                "kind": "news_report",
                "repo": "team/cms-dump",
                "path": path,
                "commit": commit,
                "form": form,
                "parts": real_cases.format_parts(p),
                "licence": "none",
                "sha1": hashlib.sha1(made).hexdigest(),
                "url": "",
            }
        )
    real_cases.write_manifest(rows, here)
    done = real_cases.restore(mirrors, cache, here)
    assert sorted(done.made) == ["r001", "r002"] and not done.errors and not done.no_mirror
    monkeypatch.setenv("CASES_REAL_DIR", str(here))
    monkeypatch.setenv("CASES_REAL_CACHE", str(cache))
    return mirrors, here, cache


def test_restore_checks_each_cut_and_names_the_fetch_a_missing_mirror_needs(real_set: tuple[Path, Path, Path]) -> None:
    mirrors, here, cache = real_set
    again = real_cases.restore(mirrors, cache, here)
    assert again.made == [] and sorted(again.already) == ["r001", "r002"]
    rows = real_cases.read_manifest(here)
    rows[0]["parts"] = "0:40"  # another cut of the same file: not the annotated text
    rows[1]["repo"] = "someone/not-fetched"
    real_cases.write_manifest(rows, here)
    for rid in ("r001", "r002"):
        real_cases.text_path(cache, {"id": rid, "ext": ".txt" if rid == "r001" else ".html"}).unlink()
    done = real_cases.restore(mirrors, cache, here)
    assert len(done.errors) == 1 and done.errors[0].startswith("r001") and "SHA-1" in done.errors[0]
    assert done.no_mirror == {"someone/not-fetched": ["r002"]}
    assert not (cache / "texts" / "r001.txt").exists()
    assert real_cases.main(["restore", "--mirrors", str(mirrors), "--cache", str(cache)]) == 1


def test_the_reading_of_a_traditional_page_is_simplified_text(real_set: tuple[Path, Path, Path]) -> None:
    _, _, cache = real_set
    assert real_cases.reading_text(cache / "texts" / "r002.html") == "示范社区\n示范社区党委推出“邻里议事厅”。"


def test_sealed_gold_quotes_nothing_and_opens_to_the_annotated_gold(real_set: tuple[Path, Path, Path]) -> None:
    _, here, cache = real_set
    (cache / "gold").mkdir()
    gold = {**GOLD, "brands": [*GOLD["brands"], "不在文中的名字"]}
    (cache / "gold" / "r001.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert real_cases.seal(cache, here) == ["r001: brand 2"]  # not verbatim in the text: a hash only
    committed = (here / "gold.jsonl").read_text(encoding="utf-8")
    for s in ("三单联动", "青禾小管家", "建立需求清单", "组织128名", "示范市", "不在文中的名字"):
        assert s not in committed
    assert json.loads(committed)["facts"][0]["value"] == 1260  # numbers and units stay plain
    assert json.loads(committed)["facts"][1]["subject"] == {"worded": "入户走访的网格员"}  # the annotator's words

    (cache / "gold" / "r001.json").unlink()
    written, problems = real_cases.unseal(cache, here)
    assert written == ["gold/r001"] and problems == ["r001: brand 2 kept as a hash only, left out"]
    assert json.loads((cache / "gold" / "r001.json").read_text(encoding="utf-8")) == GOLD

    text = cache / "texts" / "r001.txt"
    text.write_bytes(text.read_bytes().replace("三单联动".encode(), "四单联动".encode()))
    written, problems = real_cases.unseal(cache, here)
    assert written == [] and "does not give back" in problems[0]
    assert real_cases.real_gold() == []  # other bytes than the manifest's: not scored


def test_the_real_set_is_scored_by_case_gold_from_the_committed_form(real_set: tuple[Path, Path, Path]) -> None:
    _, here, cache = real_set
    (cache / "gold").mkdir()
    (cache / "gold" / "r001.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    real_cases.seal(cache, here)
    (cache / "gold" / "r001.json").unlink()  # scoring never reads the plain file
    cases = case_gold.gold_cases(["real"])
    assert [(c.id, c.set, c.gold) for c in cases] == [("r001", "real", GOLD)]
    assert case_gold.gold_cases(["seeds"]) and all(c.set == "seeds" for c in case_gold.gold_cases(["seeds"]))
    score = case_gold.score_case(cases[0])
    assert (score.b_gold, score.m_gold, score.f_gold, score.t_gold) == (2, 2, 2, 1)
    assert score.t_ok == 1  # the title line of the cut, ideographic space and all, is the title
    totals = case_gold.score(["real"])
    assert list(totals) == ["real"] and totals["real"].n == 1
    # the read half and the held-back half are scored apart (r001 is odd; r002 has no gold)
    assert case_gold.score(["real"], half="odd")["real"].n == 1 and case_gold.score(["real"], half="even") == {}
    # a text past the read line is scored in `realnew` only (r001 is read)
    assert case_gold.gold_cases(["realnew"]) == [] and list(case_gold.score(["real", "realnew"])) == ["real"]


def test_texts_past_the_read_line_are_the_unread_set() -> None:
    line = real_cases.READ_THROUGH
    assert real_cases.real_part("r001") == real_cases.real_part(f"r{line:03d}") == "real"
    assert real_cases.real_part(f"r{line + 1:03d}") == "realnew"


def test_each_text_belongs_to_its_collection_round() -> None:
    """The brand re-scorer leaves one round out at a time (bench/train_brand_model.py `group_of`); every manifest
    row falls in a listed round, and a text of a later round is named as such, not put in the last one."""
    from bench.train_brand_model import group_of

    assert real_cases.round_of("r001") == "r001-r048" == group_of("r048")
    assert real_cases.round_of("r114") == "r114-r135"
    last = real_cases.ROUNDS[-1][1]
    assert real_cases.round_of(f"r{last + 1:03d}") == f"r{last + 1:03d}+"
    ids = [row["id"] for row in real_cases.read_manifest(real_cases.HERE)]
    assert ids and all(not real_cases.round_of(i).endswith("+") for i in ids)
    assert real_cases.READ_THROUGH in {last for _first, last in real_cases.ROUNDS}


def test_a_collectors_texts_are_added_only_when_their_provenance_re_makes_them(
    real_set: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    mirrors, here, cache = real_set
    commit = real_cases.read_manifest(here)[0]["commit"]
    collected = tmp_path / "collected"
    collected.mkdir()
    js_commit = make_mirror(mirrors, "team/js-site", {"src/cases.js": JS_MODULE.encode()}, bare=False)
    part = list(_span(JS_MODULE, "示范县", "人次。"))
    sources = [
        {
            "id": "cX1",
            "repo": "team/js-site",
            "path": "src/cases.js",
            "commit": js_commit,
            "form": "js",
            "parts": [part],
        },
        {
            "id": "cX2",
            "repo": "team/js-site",
            "path": "src/cases.js",
            "commit": js_commit,
            "form": "js",
            "parts": [part],
        },
        {"id": "cX3", "repo": "team/cms-dump", "path": "pages/a.html", "commit": commit, "form": "page", "parts": []},
        {
            "id": "cX4",
            "repo": "team/js-site",
            "path": "src/cases.js",
            "commit": js_commit,
            "form": "text",
            "parts": [part],
        },
    ]
    made = real_cases.cut(JS_MODULE.encode(), "js", [tuple(part)])
    (collected / "cX1.txt").write_bytes(made)
    (collected / "cX2.txt").write_bytes(made)  # the same text twice
    (collected / "cX3.html").write_bytes(PAGE)  # already in the set as r002
    (collected / "cX4.txt").write_bytes(made)  # not what its line's form cuts
    (collected / "sources.jsonl").write_text("".join(json.dumps(s) + "\n" for s in sources), encoding="utf-8")
    added, problems = real_cases.add(collected, mirrors, cache, here)
    assert added == ["r003 <- cX1"]
    assert problems == [
        "cX2: already in the set",
        "cX3: already in the set",
        "cX4: its file is not the cut its sources line describes",
    ]
    row = real_cases.read_manifest(here)[-1]
    assert (row["id"], row["form"], row["parts"], row["licence"]) == ("r003", "js", f"{part[0]}:{part[1]}", "none")
    assert (cache / "texts" / "r003.txt").read_bytes() == made


def test_a_blind_second_annotation_is_sealed_beside_the_gold_and_scored_for_agreement(
    real_set: tuple[Path, Path, Path],
) -> None:
    from bench.annotator_agreement import agreement

    _, here, cache = real_set
    second = {**GOLD, "brands": ["三单联动"], "practices": GOLD["practices"][:1]}
    for name, record in (("gold", GOLD), ("second", second)):
        (cache / name).mkdir()
        (cache / name / "r001.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert real_cases.seal(cache, here) == []
    assert "青禾小管家" not in (here / "second.jsonl").read_text(encoding="utf-8")
    for name in ("gold", "second"):
        (cache / name / "r001.json").unlink()
    written, problems = real_cases.unseal(cache, here)
    assert written == ["gold/r001", "second/r001"] and problems == []
    assert [g for _, _, g in real_cases.real_gold()] == [GOLD]  # scoring reads the first annotator's gold only
    a = agreement(cache / "gold", cache / "second")
    assert (a.texts, a.b_truth, a.b_second, a.b_both, a.m_truth, a.m_both) == (1, 2, 1, 1, 2, 1)


def test_a_headline_written_with_its_spaces_collapsed_is_sealed_as_a_span() -> None:
    reading = "暑期托管  孩子开心家长放心\n正文……"
    key = b"k" * 32
    sealed = real_cases.seal_string("暑期托管 孩子开心家长放心", reading, key)
    assert sealed["at"] == 0 and sealed["len"] == len("暑期托管  孩子开心家长放心") and sealed["spaces"] == "collapsed"
    assert real_cases.open_string(sealed, reading, key) == "暑期托管 孩子开心家长放心"
    # a string found nowhere, spaces or not, stays a hash only
    assert "at" not in real_cases.seal_string("别的标题 全然不同", reading, key)
