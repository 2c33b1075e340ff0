"""Validate a batch's tables and split them: rows that pass, and whole articles kept out.

The article is the unit of consistency: when any of its rows fails an error-severity check, the
article and all its child rows go to `quarantine` together, so the tables never hold half an
article. Every failed check is also returned as a row for the data-quality record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd
import pandera.pandas as pa

from contracts import ARTICLE_TABLES, TABLES

FAILURE_COLUMNS = ["table_name", "check_name", "column_name", "failure_case", "row_key", "severity"]


@dataclass
class SplitBatch:
    valid: dict[str, pd.DataFrame]
    quarantine: pd.DataFrame
    failures: pd.DataFrame  # FAILURE_COLUMNS
    n_quarantined_articles: int


def row_key(table: str, row: pd.Series) -> str:
    key = TABLES[table].key or ("article_id",)
    return "/".join(str(row[k]) for k in key if k in row)


def check_frame(table: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(frame as coerced by the contract, failures with the row index each belongs to; -1 = whole table)."""
    schema = TABLES[table].schema()
    try:
        return schema.validate(frame, lazy=True), pd.DataFrame(columns=[*FAILURE_COLUMNS, "index"])
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        severities = {c.name: c.severity for c in TABLES[table].columns()}
        out = pd.DataFrame(
            {
                "table_name": table,
                "check_name": cases["check"].astype(str),
                "column_name": cases["column"].astype("string").fillna(cases["schema_context"].astype(str)),
                "failure_case": cases["failure_case"].map(_short),
                "index": cases["index"].map(lambda i: -1 if pd.isna(i) else int(i)),
            }
        )
        out["severity"] = out["column_name"].map(severities).fillna("error")
        keys = {i: row_key(table, frame.loc[i]) for i in out["index"].unique() if i in frame.index}
        out["row_key"] = out["index"].map(lambda i: keys.get(i, "*"))
        return frame, out


def split_batch(tables: dict[str, pd.DataFrame], run_id: str) -> SplitBatch:
    failures = []
    bad_articles: dict[str, list[str]] = {}
    coerced: dict[str, pd.DataFrame] = {}
    for name, frame in tables.items():
        frame = frame.reset_index(drop=True)
        checked, fails = check_frame(name, frame)
        coerced[name] = checked
        if fails.empty:
            continue
        failures.append(fails)
        errors = fails[fails["severity"] == "error"]
        whole = (errors["index"] == -1).any()
        rows = frame.index if whole else errors["index"].unique()
        for i in rows:
            aid = frame.at[i, "article_id"]
            reasons = errors[(errors["index"] == i) | (errors["index"] == -1)]
            text = "; ".join(f"{name}.{r.column_name}: {r.check_name} ({r.failure_case})" for r in reasons.itertuples())
            bad_articles.setdefault(aid, []).append(text)

    quarantine_rows = []
    now = datetime.now(UTC).replace(tzinfo=None)
    valid: dict[str, pd.DataFrame] = {}
    for name in ARTICLE_TABLES:
        frame = coerced.get(name)
        if frame is None:
            continue
        out = frame["article_id"].isin(bad_articles.keys())
        for _, row in frame[out].iterrows():
            quarantine_rows.append(
                {
                    "run_id": run_id,
                    "table_name": name,
                    "row_key": row_key(name, row),
                    "source_uri": _source_of(tables, row["article_id"]),
                    "reason": " | ".join(bad_articles[row["article_id"]])
                    if name == "articles"
                    else "article quarantined: " + " | ".join(bad_articles[row["article_id"]]),
                    "payload": json.dumps(row.to_dict(), ensure_ascii=False, default=str),
                    "quarantined_at": now,
                }
            )
        valid[name] = frame[~out]
    quarantine = pd.DataFrame(quarantine_rows, columns=list(TABLES["quarantine"].schema().columns))
    all_failures = pd.concat(failures, ignore_index=True) if failures else pd.DataFrame(columns=FAILURE_COLUMNS)
    return SplitBatch(valid, quarantine, all_failures[FAILURE_COLUMNS], len(bad_articles))


def _source_of(tables: dict[str, pd.DataFrame], article_id: str) -> str | None:
    articles = tables.get("articles")
    if articles is None:
        return None
    match = articles.loc[articles["article_id"] == article_id, "source_uri"]
    return None if match.empty else str(match.iloc[0])


def _short(value: object, limit: int = 200) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"
