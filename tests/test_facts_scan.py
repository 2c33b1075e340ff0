"""The figure scan with its one-character guard finds exactly what the plain pattern finds."""

from __future__ import annotations

from pathlib import Path

from tasks.extract import facts
from tasks.extract import lexicon as lx

TEXTS = sorted((Path(__file__).parent / "gold" / "authored").glob("*.txt")) + sorted(
    (Path(__file__).parent.parent / "seeds" / "pages").glob("*.txt")
)


def _matches(pattern: object, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def test_scan_equals_pattern_on_the_authored_texts_and_seeds() -> None:
    n = 0
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        found = _matches(facts._SCAN, text)
        assert found == _matches(facts._PATTERN, text), path.name
        n += len(found)
    assert n > 5000


def test_every_qualifier_and_number_form_opens_a_match() -> None:
    """Each qualifier before a number, and numbers written every way (full-width digits too)."""
    forms = ["12", "１２", "3.5", "1,200", "1/5", "三十", "两万", "百分之三十", "五分之一", "〇", "零点五"]
    text = "，".join(f"{q}{n}个" for q in ["", *lx.QUALIFIERS_BEFORE] for n in forms)
    assert _matches(facts._SCAN, text) == _matches(facts._PATTERN, text)
    assert len(_matches(facts._SCAN, text)) >= len(forms) * len(lx.QUALIFIERS_BEFORE)


def test_a_bare_number_skipped_is_one_the_reader_drops() -> None:
    """`_bare_number` lets `extract_facts` skip a match only when `_read` would return None for it anyway."""
    skipped = 0
    for path in TEXTS:
        body = path.read_text(encoding="utf-8")
        blocked, sentences = facts._blocked_spans(body), facts.split_sentences(body)
        for m in facts._SCAN.finditer(body):
            if facts._bare_number(m, body):
                skipped += 1
                assert facts._read(m, body, blocked, sentences) is None, (path.name, m.group())
    assert skipped > 5000


def test_bare_number_keeps_what_can_be_a_figure() -> None:
    """A unit, a magnitude, a fraction or a numeral that can reach ten thousand is read."""
    for text in ("3个", "5万", "1/5", "五分之一", "三万", "万", "一二三四五", "１２", "8000多常住人口"):
        m = facts._SCAN.search(text)
        assert m is not None and not facts._bare_number(m, text), text
    for text in ("2019", "一", "12.5", "8000多的"):
        m = facts._SCAN.search(text)
        assert m is not None and facts._bare_number(m, text[: m.end()]), text


def test_apposition_spans_equal_the_plain_scan() -> None:
    """Scanning only the runs a digit follows finds what `_APPOSITION` finds over the whole text."""
    cases = [
        "辖蓝田、石马山、六亩塘3个街道",
        "在东城、西城2区，南山、北山、中山街道、东关10个社区和甲乙、丙丁、戊己\n3个",
        "甲乙、丙丁、戊己庚辛壬癸子丑、寅卯12个小区；“红星、前进”2个村，",
        "A、甲乙、丙丁3个，甲乙、丙丁",
    ]
    texts = [path.read_text(encoding="utf-8") for path in TEXTS] + cases
    found = 0
    for text in texts:
        plain = [m.span() for m in facts._APPOSITION.finditer(text)]
        assert facts._apposition_spans(text) == plain, text[:40]
        found += len(plain)
    assert found > 20
