"""Machine output of query results that other tools parse: JSON Lines, CSV, Markdown.

One conversion for every verb (`cases sql`, `cases runs`, `cases search`, `cases export`):
NULL, NaN and NaT become `null` (never the bare `NaN` that `jq` and browsers reject), lists and
structs stay JSON arrays and objects (in CSV a cell holds the JSON text), dates and times are ISO
8601. Rows are streamed from DuckDB in chunks, so a large result never sits in memory as a whole.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import decimal
import json
import math
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

import duckdb

FORMATS = ("table", "json", "csv", "markdown")
# `cases export` file formats: here, beside the other output formats, so that building the CLI parser does not
# import warehouse/export.py and the contracts (pandera: ~1 s at the start of every `cases` command)
EXPORT_FORMATS = ("parquet", "csv", "jsonl", "xlsx")
CHUNK_ROWS = 2048


def jsonable(value: Any) -> Any:
    """A value JSON can hold exactly: None for every kind of missing, ISO text for times, lists for arrays."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return None if value != value else value.isoformat()  # pandas NaT is a datetime too
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return float(value) if value.is_finite() else None
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    # numpy and pandas scalars/arrays (from DataFrames), without importing either here
    if hasattr(value, "tolist") and not hasattr(value, "isoformat"):
        return jsonable(value.tolist())
    if hasattr(value, "isoformat"):  # pandas Timestamp; NaT is not a datetime and lands below
        try:
            return value.isoformat() if value == value else None
        except (TypeError, ValueError):
            return None
    if _missing(value):  # pd.NA, NaN-like scalars
        return None
    return str(value)


def _missing(value: Any) -> bool:
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return value.__class__.__name__ in ("NAType", "NaTType")


def cell_text(value: Any, *, list_sep: str | None = None) -> str:
    """One value as a text cell: '' for missing, JSON for arrays/objects (or joined by `list_sep`)."""
    if value is None or (not isinstance(value, list | tuple | dict) and _missing(value)):
        return ""
    plain = jsonable(value)
    if plain is None:
        return ""
    if isinstance(plain, list) and list_sep is not None:
        return list_sep.join(cell_text(v) for v in plain)
    if isinstance(plain, list | dict):
        return json.dumps(plain, ensure_ascii=False)
    if isinstance(plain, bool):
        return "true" if plain else "false"
    return str(plain)


def dumps_strict(obj: Any) -> str:
    """json.dumps that fails rather than print NaN/Infinity."""
    return json.dumps(jsonable(obj), ensure_ascii=False, allow_nan=False)


def result_columns(cursor: duckdb.DuckDBPyConnection) -> list[str]:
    """Column names of the result an `execute` left on the cursor ([] for statements without one)."""
    return [d[0] for d in cursor.description or []]


def cursor_rows(cursor: duckdb.DuckDBPyConnection, chunk: int = CHUNK_ROWS) -> Iterator[tuple[Any, ...]]:
    """Rows of an executed query as Python values (lists stay lists, NULL is None), chunk by chunk."""
    while True:
        batch = cursor.fetchmany(chunk)
        if not batch:
            return
        yield from batch


def frame_rows(frame: Any) -> Iterator[tuple[Any, ...]]:
    """Rows of a pandas DataFrame with missing values as None."""
    for row in frame.itertuples(index=False, name=None):
        yield tuple(None if not isinstance(v, list | tuple | dict) and _missing(v) else v for v in row)


def write_jsonl(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(dumps_strict(dict(zip(columns, row, strict=True))) + "\n")
        n += 1
    return n


def write_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([cell_text(v) for v in row])
        n += 1
    return n


def _md_cell(value: Any) -> str:
    return cell_text(value, list_sep=", ").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>")


def write_markdown(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> int:
    out.write("| " + " | ".join(c.replace("|", "\\|") for c in columns) + " |\n")
    out.write("|" + "|".join(" --- " for _ in columns) + "|\n")
    n = 0
    for row in rows:
        out.write("| " + " | ".join(_md_cell(v) for v in row) + " |\n")
        n += 1
    return n


WRITERS = {"json": write_jsonl, "csv": write_csv, "markdown": write_markdown}


def write_rows(fmt: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> int:
    """Write rows in one of the machine formats (json = JSON Lines); returns the number of rows."""
    return WRITERS[fmt](columns, rows, out)
