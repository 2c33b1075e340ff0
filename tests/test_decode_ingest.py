"""Damaged and Big5 pages through the real ingest flow (real Prefect run, real DuckDB file) and the CLI.

Pages are the authored paragraphs of tests/test_decode.py, encoded and damaged on the fly.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import query
from tests.pages import PARAGRAPHS, TRADITIONAL, TRADITIONAL_TITLE, damaged_at, page

CASES = str(Path(sys.executable).parent / "cases")


def damaged_pages(folder: Path) -> dict[str, tuple[int, ...]]:
    """Damaged page → the paragraphs allowed to differ (the rest must read as written)."""
    folder.mkdir()
    gbk = page().encode("gb18030")
    (folder / "corrupt_byte.html").write_bytes(damaged_at(gbk, PARAGRAPHS[2], "gb18030", 14, b"\xff"))
    end = gbk.index(PARAGRAPHS[1].encode("gb18030")) + len(PARAGRAPHS[1].encode("gb18030"))
    (folder / "truncated.html").write_bytes(gbk[: end - 1] + gbk[end:] + "党".encode("gb18030")[:1])
    pasted = page().replace(PARAGRAPHS[3], "@@").encode("gb18030").replace(b"@@", PARAGRAPHS[3].encode("utf-8"))
    (folder / "pasted_utf8.html").write_bytes(pasted)
    damaged = bytearray(gbk)
    for position in range(damaged.index(b"<p>") + 3, len(damaged) - 20, 40):
        damaged[position] = 0xFF
    (folder / "damaged_5pct.html").write_bytes(bytes(damaged))
    (folder / "big5.html").write_bytes(page(TRADITIONAL, charset=None, title=TRADITIONAL_TITLE).encode("big5"))
    (folder / "clean_gbk.html").write_bytes(gbk)
    (folder / "clean_utf8.html").write_bytes(page(charset="utf-8").encode("utf-8"))
    return {"corrupt_byte.html": (2,), "truncated.html": (1, 2)}


@pytest.mark.usefixtures("prefect_api")
def test_damaged_pages_load_with_decode_errors_and_5_percent_is_refused(tmp_path: Path, db: Path) -> None:
    from flows.ingest import ingest

    folder = tmp_path / "pages"
    damaged = damaged_pages(folder)
    summary = ingest(paths=[str(folder)], db=str(db))
    assert summary.status == "COMPLETED"
    assert (summary.n_inputs, summary.n_articles, summary.n_failed) == (7, 6, 1)

    rows = {
        Path(uri).name: (errors, charset, body, original, notes)
        for uri, errors, charset, body, original, notes in query(
            db, "SELECT source_uri, decode_errors, charset, body, body_original, parse_notes FROM articles"
        )
    }
    for name in ("clean_gbk.html", "clean_utf8.html", "big5.html", "pasted_utf8.html"):
        assert rows[name][0] == 0, name
    # The UTF-8 sentence in the GBK page is read as UTF-8: every paragraph intact (as GBK alone: mojibake).
    assert rows["pasted_utf8.html"][2].split("\n") == list(PARAGRAPHS)
    assert "53 characters of pasted utf-8 decoded as utf-8" in rows["pasted_utf8.html"][4]
    assert rows["big5.html"][1] == "big5" and rows["big5.html"][3].split("\n") == list(TRADITIONAL)
    for name, differing in damaged.items():
        errors, charset, body, _, notes = rows[name]
        assert charset == "gb18030" and errors > 0, name
        assert f"decoded as gb18030 with {errors} replacement character{'s' if errors > 1 else ''}" in notes
        intact = [p for i, p in enumerate(PARAGRAPHS) if i not in differing]
        assert [p for p in body.split("\n") if p in intact] == intact, name
    # The corrupt byte costs one character; the cut `。` ends its paragraph with U+FFFD (the reader then joins
    # it to the next line, as it does for a paragraph broken mid-sentence); the half character at the end
    # of the file is no paragraph.
    assert PARAGRAPHS[2][:7] + "\ufffd" + PARAGRAPHS[2][8:] in rows["corrupt_byte.html"][2].split("\n")
    assert PARAGRAPHS[1][:-1] + "\ufffd" + PARAGRAPHS[2] in rows["truncated.html"][2].split("\n")
    assert rows["truncated.html"][0] == 2

    ((url, reason),) = query(db, "SELECT url, reason FROM fetch_failures")
    assert Path(url).name == "damaged_5pct.html"
    assert reason.startswith("undecodable bytes: ") and reason.endswith("% of characters damaged as gb18030")


def test_extract_json_shows_decode_errors(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    damaged_pages(folder)
    paths = [str(folder / name) for name in ("corrupt_byte.html", "clean_gbk.html", "damaged_5pct.html")]
    result = subprocess.run([CASES, "extract", "--json", *paths], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    corrupt, clean, refused = (json.loads(line) for line in result.stdout.splitlines())
    assert (corrupt["decode_errors"], corrupt["charset"]) == (1, "gb18030")
    assert "decoded as gb18030 with 1 replacement character" in corrupt["parse_notes"]
    assert clean["decode_errors"] == 0 and "decode_errors" not in refused
    assert refused["error"]["reason"].startswith("undecodable bytes: ")
