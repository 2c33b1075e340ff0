"""Case structure inside the real `ingest` flow: tables, views, traceability, mirrors, re-runs."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import opencc
import pytest

from flows.ingest import ingest
from tests.conftest import query

pytestmark = pytest.mark.usefixtures("prefect_api")

ORIGINAL = "002_31e4f86bd4ecfaed.txt"  # simplified, from a regional portal


def make_traditional_mirror(original: Path, target: Path) -> None:
    """A spam-mirror copy: traditional script, pinyin after some characters, junk tags, a new header."""
    text = opencc.OpenCC("s2t").convert(original.read_text(encoding="utf-8"))
    rng = random.Random(7)
    out = []
    for i, line in enumerate(text.splitlines()):
        if i > 6 and len(line) > 80 and rng.random() < 0.5:
            line = line.replace("黨", "黨(dǎng)", 1).replace("網", "網(wǎng)", 1)
            cut = len(line) // 2
            line = line[:cut] + f'<code id="g{rng.randrange(10**5)}"></code>' + line[cut:]
        out.append(line)
    target.write_text("\n".join(["首頁 > 鏡像新聞網 > 黨建 > 正文", *out]), encoding="utf-8")


def test_case_tables_views_and_mirror(seed_dir: Path, db: Path, tmp_path: Path) -> None:
    mirror_dir = tmp_path / "mirror"
    mirror_dir.mkdir()
    make_traditional_mirror(seed_dir / ORIGINAL, mirror_dir / "mirror_of_002.txt")

    # the mirror first: alone, it is canonical
    run = ingest(paths=[str(mirror_dir)], db=str(db))
    assert (run.status, run.n_articles, run.n_quarantined) == ("COMPLETED", 1, 0)
    assert query(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") == [(0,)]

    run = ingest(paths=[str(seed_dir)], db=str(db))
    assert (run.status, run.n_articles, run.n_quarantined, run.n_failed) == ("COMPLETED", 5, 0, 0)

    # the mirror now points at the original (simplified script wins), and only there
    rows = query(
        db,
        """SELECT m.script_original, m.duplicate_of = o.article_id, m.duplicate_similarity
           FROM articles m, articles o
           WHERE m.source_uri LIKE '%mirror_of_002%' AND o.source_uri LIKE '%"""
        + ORIGINAL
        + "'",
    )
    assert len(rows) == 1
    script, points_at_original, similarity = rows[0]
    assert script == "traditional" and points_at_original and similarity >= 0.8
    assert query(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") == [(1,)]
    assert query(db, "SELECT count(*) FROM v_duplicates") == [(1,)]

    # views leave the mirror out: one row per case, and the original counts its mirror
    assert query(db, "SELECT count(*) FROM v_cases") == [(5,)]
    assert query(db, f"SELECT n_mirrors FROM v_cases WHERE source_uri LIKE '%{ORIGINAL}'") == [(1,)]
    n_facts = query(db, "SELECT count(*) FROM facts")[0][0]
    n_view = query(db, "SELECT count(*) FROM v_facts")[0][0]
    n_mirror = query(db, "SELECT count(*) FROM facts JOIN articles USING (article_id) WHERE duplicate_of IS NOT NULL")[
        0
    ][0]
    assert n_mirror > 50 and n_view == n_facts - n_mirror

    # regions, with the reference table loaded and the adcode in it
    assert query(db, "SELECT count(*) FROM regions WHERE level = 'county'")[0][0] > 2800
    regions = dict(query(db, "SELECT source_uri, county FROM articles WHERE duplicate_of IS NULL"))
    assert {Path(k).name[:3]: v for k, v in regions.items()} == {
        "000": "红塔区", "001": "长兴县", "002": None, "003": "金牛区", "004": None}  # fmt: skip
    assert query(db, "SELECT count(*) FROM articles a ANTI JOIN regions r USING (adcode) WHERE adcode IS NOT NULL") == [
        (0,)
    ]
    # 长兴县委组织部 → 浙江省/湖州市/长兴县 through the view
    assert query(db, "SELECT province, city, county, adcode FROM v_cases WHERE author_org = '长兴县委组织部'") == [
        ("浙江省", "湖州市", "长兴县", "330522")
    ]

    # every fact traces back to its place in the body
    bad = query(
        db,
        """SELECT count(*) FROM facts f JOIN articles a USING (article_id)
           WHERE substring(a.body, f.char_start + 1, f.char_end - f.char_start) <> f.raw
              OR position(f.raw IN f.sentence) = 0""",
    )
    assert bad == [(0,)]
    assert query(db, "SELECT value, unit FROM v_facts WHERE raw = '1032个'") == [(1032.0, "个")]
    assert query(db, "SELECT value, value_max FROM v_facts WHERE raw = '10万—20万元'") == [(100000.0, 200000.0)]
    # 4 + 4 + 3 + 3 + 2 measures in the seeds (tests/gold/seeds), and the mirror's 3 too
    assert query(db, "SELECT count(*) FROM practices")[0][0] == 16 + 3
    assert query(db, "SELECT count(*) FROM brands WHERE term = '红管家'") == [(1,)]
    assert query(db, "SELECT count(*) FROM v_cases WHERE list_contains(themes, '网格化')")[0][0] >= 3

    # a re-run over unchanged inputs writes nothing and keeps the marks
    before = query(db, "SELECT article_id, duplicate_of FROM articles ORDER BY 1")
    counts = query(
        db, "SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM brands), (SELECT count(*) FROM practices)"
    )
    run = ingest(paths=[str(seed_dir), str(mirror_dir)], db=str(db))
    assert (run.n_articles, run.n_unchanged) == (0, 6)
    assert query(db, "SELECT article_id, duplicate_of FROM articles ORDER BY 1") == before
    assert (
        query(
            db, "SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM brands), (SELECT count(*) FROM practices)"
        )
        == counts
    )

    # an original edited beyond recognition releases its mirror
    shutil.copy(seed_dir / "003_6329a6ff2b96f8b9.txt", seed_dir / ORIGINAL)
    ingest(paths=[str(seed_dir)], db=str(db))
    marks = query(
        db,
        """SELECT d.source_uri, c.source_uri FROM articles d JOIN articles c ON c.article_id = d.duplicate_of""",
    )
    assert len(marks) == 1  # the edited 002 and 003 are now copies of each other; the mirror is free
    assert {Path(u).name[:3] for u in marks[0]} == {"002", "003"}
    assert query(
        db, "SELECT count(*) FROM articles WHERE source_uri LIKE '%mirror_of_002%' AND duplicate_of IS NULL"
    ) == [(1,)]
