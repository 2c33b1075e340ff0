"""bench.same_outputs, the identity check behind speed-only changes, reports any changed cell, row or failure."""

from __future__ import annotations

import pandas as pd

from bench.same_outputs import compare


def _dump(value: float = 1.0, unit: str | None = "个", failures: int = 0) -> dict[str, object]:
    facts = pd.DataFrame({"article_id": ["a", "b"], "value": [1032.0, value], "unit": ["个", unit]})
    return {"tables": {"facts": facts}, "failures": [("x.html", "parse", "no text")] * failures}


def test_equal_dumps_are_identical() -> None:
    assert compare(_dump(), _dump()) == []


def test_a_changed_value_a_changed_dtype_and_a_missing_failure_are_reported() -> None:
    assert compare(_dump(), _dump(value=1.5))
    assert compare(_dump(), _dump(unit=None))
    assert compare(_dump(failures=1), _dump())
    changed = _dump()
    changed["tables"]["facts"] = changed["tables"]["facts"].astype({"value": "float32"})  # type: ignore[index]
    assert compare(_dump(), changed)
    missing = _dump()
    missing["tables"]["facts"] = missing["tables"]["facts"].iloc[:1]  # type: ignore[index]
    assert compare(_dump(), missing)


def test_the_inputs_whose_rows_differ_are_named_apart_from_the_version(capsys) -> None:  # type: ignore[no-untyped-def]
    def dump(value: float, version: str) -> dict[str, object]:
        articles = pd.DataFrame(
            {"article_id": ["a", "b"], "source_uri": ["/p/one.html", "/p/two.txt"], "extractor_version": [version] * 2}
        )
        facts = pd.DataFrame({"article_id": ["a", "b"], "value": [1.0, value]})
        return {"tables": {"articles": articles, "facts": facts}, "failures": []}

    assert compare(dump(1.0, "46"), dump(2.0, "47"))
    out = capsys.readouterr().out
    assert "facts: 1 input(s) differ, e.g. two.txt" in out  # by its article's file, not its id
    assert "articles: " not in out  # the version differs on every row, yet it names no input
    assert "articles               2 rows DIFFER" in out  # though the table itself is reported


def test_differences_are_named_without_cell_values(capsys) -> None:  # type: ignore[no-untyped-def]
    """Held-out texts are among the inputs: a report names tables, columns and files, never a cell's text. A
    quarantined article's payload stamped with another version names no input either."""

    def dump(body: str, version: str) -> dict[str, object]:
        payload = f'{{"body": "x", "extractor_version": "{version}"}}'
        quarantine = pd.DataFrame(
            {"source_uri": ["/p/h1.txt", "/p/h2.txt"], "reason": ["short", body], "payload": [payload] * 2}
        )
        return {"tables": {"quarantine": quarantine}, "failures": []}

    problems = compare(dump("基层治理的秘密文本", "47"), dump("另一段秘密文本", "48"))
    out = capsys.readouterr().out + "\n".join(problems)
    assert problems and "秘密" not in out
    assert "quarantine: 1 input(s) differ, e.g. h2.txt" in out  # the reason's change; not h1.txt, whose version alone
