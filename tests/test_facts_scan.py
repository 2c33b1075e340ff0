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
