"""Validate a batch's tables and split them: rows that pass, and whole articles kept out.

The article is the unit of consistency: when any of its rows fails an error-severity check, the
article and all its child rows go to `quarantine` together, so the tables never hold half an
article. A warning-severity failure lets the row load. Every failed check, of either severity, is
returned as a `dq_failures` row, and per-table counts as the makings of a `dq_runs` row.

Severity is declared in each contract (contracts/base.py `Table.severity`), never decided here.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine

from contracts import ARTICLE_TABLES, TABLES

FAILURE_COLUMNS = ["table_name", "check_name", "column_name", "failure_case", "row_key", "severity"]
DQ_FAILURE_COLUMNS = ["run_id", *FAILURE_COLUMNS, "source_uri", "recorded_at"]

# Values present in reference tables, by (table, column); a reference whose table is absent is not checked.
Known = Mapping[tuple[str, str], set[str]]


@dataclass
class TableStats:
    """One table's share of a batch, summed over batches into its `dq_runs` row."""

    rows_checked: int = 0
    rows_failed: int = 0
    rows_quarantined: int = 0
    n_errors: int = 0
    n_warnings: int = 0


@dataclass
class SplitBatch:
    valid: dict[str, pd.DataFrame]
    quarantine: pd.DataFrame
    failures: pd.DataFrame  # DQ_FAILURE_COLUMNS: the batch's dq_failures rows
    n_quarantined_articles: int  # article rows quarantined (one per input)
    stats: dict[str, TableStats] = field(default_factory=dict)


def row_keys(table: str, frame: pd.DataFrame) -> pd.Series:
    """row_key for every row of a frame at once (a per-row `.loc` is far too slow on large batches)."""
    key = [k for k in (TABLES[table].key or ("article_id",)) if k in frame]
    if not key or frame.empty:
        return pd.Series(["*"] * len(frame), index=frame.index, dtype=object)
    keys = frame[key[0]].astype(str)
    for k in key[1:]:
        keys = keys + "/" + frame[k].astype(str)
    return keys


def _empty_failures() -> pd.DataFrame:
    return pd.DataFrame(columns=[*FAILURE_COLUMNS, "index"])


@dataclasses.dataclass(frozen=True)
class _PassingString(pandas_engine.STRING):
    """pandera's string dtype, whose check on a column of that very dtype answers one `True`, not a `True` per row.

    Why: pandera (0.35) reshapes and prints an (empty) failure-case frame for every string column whose check
    answered per row, passing or not: about 1 ms per string column per batch, 0.2 ms per page of a worker (a
    quarter of validating a batch; ~100 string columns across the six article tables). A per-row answer that is
    all `True` and the one `True` mean the same to pandera (the column passes, nothing is recorded); every other
    answer is handed on as it came, so a column of any other dtype fails exactly as before. Equal to the contract's
    own dtype in storage and pandas type, so coercion, names and messages are the same (`string[pyarrow]`).
    """

    def check(self, pandera_dtype: Any, data_container: Any = None) -> bool | Iterable[bool]:
        result = super().check(pandera_dtype, data_container)
        if isinstance(result, np.ndarray) and result.dtype == bool and result.all():
            return True
        return result


_VALIDATING: dict[str, tuple[pa.DataFrameSchema, pa.DataFrameSchema]] = {}


def _validating_schema(table: str) -> pa.DataFrameSchema:
    """The contract's schema with `_PassingString` for each string column whose dtype it equals in all but its class
    (kept per process, rebuilt whenever the contract gives another schema object)."""
    schema = TABLES[table].schema()
    cached = _VALIDATING.get(table)
    if cached is not None and cached[0] is schema:
        return cached[1]
    swaps: dict[str, dict[str, Any]] = {}
    for name, column in schema.columns.items():
        dtype = column.dtype
        if type(dtype) is pandas_engine.STRING:
            passing = _PassingString(storage=dtype.storage)
            if passing.type == dtype.type and str(passing) == str(dtype):
                swaps[name] = {"dtype": passing}
    fast = schema.update_columns(swaps) if swaps else schema
    _VALIDATING[table] = (schema, fast)
    return fast


def check_frame(table: str, frame: pd.DataFrame, known: Known | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(frame as coerced by the contract, failures with the row index each belongs to; -1 = whole table)."""
    contract = TABLES[table]
    try:
        checked, out = _validating_schema(table).validate(frame, lazy=True), _empty_failures()
    except pa.errors.SchemaErrors as err:
        checked, out = frame, _failure_rows(table, frame, err.failure_cases)
    refs = _reference_failures(table, frame, known or {})
    if not refs.empty:
        out = refs if out.empty else pd.concat([out, refs], ignore_index=True)
    if out.empty:
        return checked, _empty_failures()
    keys = row_keys(table, frame)
    out["row_key"] = out["index"].map(lambda i: keys.get(i, "*"))
    pairs = list(zip(out["check_name"], out["column_name"], strict=True))
    severity = {pair: contract.severity(*pair) for pair in set(pairs)}
    out["severity"] = [severity[pair] for pair in pairs]
    return checked, out[[*FAILURE_COLUMNS, "index"]].reset_index(drop=True)


def _failure_rows(table: str, frame: pd.DataFrame, cases: pd.DataFrame) -> pd.DataFrame:
    contract = TABLES[table]
    cases = cases.copy()
    cases["index"] = cases["index"].map(lambda i: -1 if pd.isna(i) else int(i))
    cases["check"] = cases["check"].astype(str)
    # A dataframe-wide check reports every column of a failing row: keep one row per (check, row),
    # named after the column the contract says the check is about.
    wide = cases["schema_context"].astype(str) == "DataFrameSchema"
    wide &= cases["check"].map(lambda c: c not in ("column_in_dataframe", "column_in_schema"))
    rows = []
    for case in cases[~wide].itertuples():
        column = case.column if isinstance(case.column, str) else None
        rows.append((case.check, column, _short(case.failure_case), case.index))
    for (check, index), _group in cases[wide].groupby(["check", "index"], sort=False):
        column = contract.check_column(check)
        value = frame.at[index, column] if (column and index in frame.index and column in frame) else None
        rows.append((check, column, None if value is None else _short(value), index))
    return pd.DataFrame(rows, columns=["check_name", "column_name", "failure_case", "index"]).assign(table_name=table)


def _reference_failures(table: str, frame: pd.DataFrame, known: Known) -> pd.DataFrame:
    rows = []
    for column, ref in TABLES[table].references().items():
        if ref not in known or column not in frame:
            continue
        present = known[ref]  # thousands of codes: a set lookup per value; `Series.isin` converted the whole set
        for index, value in zip(frame.index, frame[column].tolist(), strict=True):
            if not pd.isna(value) and str(value) not in present:
                rows.append(("known_reference", column, _short(f"{value} not in {ref[0]}.{ref[1]}"), int(index)))
    out = pd.DataFrame(rows, columns=["check_name", "column_name", "failure_case", "index"])
    return out.assign(table_name=table)


def split_batch(tables: dict[str, pd.DataFrame], run_id: str, known: Known | None = None) -> SplitBatch:
    now = datetime.now(UTC).replace(tzinfo=None)
    failures = []
    stats: dict[str, TableStats] = {}
    bad_articles: dict[str, list[str]] = {}
    coerced: dict[str, pd.DataFrame] = {}
    for name, frame in tables.items():
        frame = frame.reset_index(drop=True)
        checked, fails = check_frame(name, frame, known)
        coerced[name] = checked
        st = stats[name] = TableStats(rows_checked=len(frame))
        if fails.empty:
            continue
        failures.append(fails)
        st.n_errors = int((fails["severity"] == "error").sum())
        st.n_warnings = int((fails["severity"] == "warning").sum())
        st.rows_failed = len(frame) if (fails["index"] == -1).any() else fails["index"].nunique()
        errors = fails[fails["severity"] == "error"]
        whole = (errors["index"] == -1).any()
        rows = frame.index if whole else errors["index"].unique()
        if "article_id" not in frame:
            continue
        described = [
            (i, f"{name}.{c}: {k} ({v})")
            for i, c, k, v in zip(
                errors["index"], errors["column_name"], errors["check_name"], errors["failure_case"], strict=True
            )
        ]
        everywhere = [text for i, text in described if i == -1]
        per_row: dict[int, list[str]] = {}
        for i, text in described:
            if i != -1:
                per_row.setdefault(i, []).append(text)
        article_ids = frame["article_id"]
        for i in rows:
            text = "; ".join(everywhere + per_row.get(i, []))
            bad_articles.setdefault(article_ids.at[i], []).append(text)

    quarantine_rows = []
    sources = _sources(tables)
    valid: dict[str, pd.DataFrame] = {}
    n_quarantined_articles = 0
    for name in ARTICLE_TABLES:
        frame = coerced.get(name)
        if frame is None:
            continue
        out = frame["article_id"].isin(bad_articles.keys())
        if name == "articles":
            n_quarantined_articles = int(out.sum())
        stats.setdefault(name, TableStats()).rows_quarantined = int(out.sum())
        if out.any():
            held = frame[out]
            keys = row_keys(name, held)
            reasons = {aid: " | ".join(texts) for aid, texts in bad_articles.items()}
            prefix = "" if name == "articles" else "article quarantined: "
            for key, record in zip(keys, held.to_dict("records"), strict=True):
                aid = record["article_id"]
                quarantine_rows.append(
                    {
                        "run_id": run_id,
                        "table_name": name,
                        "row_key": key,
                        "source_uri": sources.get(str(aid)),
                        "reason": prefix + reasons[aid],
                        "payload": json.dumps(record, ensure_ascii=False, default=str),
                        "quarantined_at": now,
                    }
                )
        valid[name] = frame[~out]
    for name, frame in coerced.items():  # tables not filled from articles pass through when clean
        if name not in valid:
            valid[name] = frame
    quarantine = pd.DataFrame(quarantine_rows, columns=list(TABLES["quarantine"].schema().columns))
    all_failures = pd.concat(failures, ignore_index=True) if failures else _empty_failures()
    return SplitBatch(
        valid, quarantine, dq_failure_frame(all_failures, run_id, now, tables), n_quarantined_articles, stats
    )


def dq_failure_frame(
    failures: pd.DataFrame, run_id: str, at: datetime, tables: Mapping[str, pd.DataFrame] | None = None
) -> pd.DataFrame:
    """Failure rows (FAILURE_COLUMNS) → `dq_failures` rows, with each row's source when known."""
    out = failures[FAILURE_COLUMNS].copy() if not failures.empty else pd.DataFrame(columns=FAILURE_COLUMNS)
    out.insert(0, "run_id", run_id)
    sources = _sources(tables or {})
    out["source_uri"] = out["row_key"].map(lambda k: sources.get(str(k).split("/", 1)[0]))
    out["recorded_at"] = at
    return out[DQ_FAILURE_COLUMNS].reset_index(drop=True)


def _sources(tables: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    articles = tables.get("articles")
    if articles is None or articles.empty or "source_uri" not in articles:
        return {}
    return dict(zip(articles["article_id"].astype(str), articles["source_uri"].astype(str), strict=True))


def _short(value: object, limit: int = 200) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"
