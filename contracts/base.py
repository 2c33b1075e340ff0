"""What every contract shares: the table record, SQL types from pandera dtypes, and common checks."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import pandera.pandas as pa

from tasks.charclass import CharClass, codepoints, spaces

Write = Literal["replace_by_article", "upsert", "append"]
Severity = Literal["error", "warning"]
SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Table:
    """A warehouse table: its contract and how rows are written (dlt-style, declared not coded)."""

    name: str
    model: type[pa.DataFrameModel]
    key: tuple[str, ...]
    write: Write
    parent: str | None = None
    # Whether DuckDB holds the key as a PRIMARY KEY. An ART index lives in memory and is rewritten at
    # every checkpoint, so its cost follows the warehouse, not the run: the writer's checkpoint peak
    # grew with every stored article. Tables written only by replacing whole articles in one
    # transaction (delete, then insert rows the contract has checked unique) hold their key by the
    # writer instead; `cases check` proves it on the stored rows (warehouse/dq_check.duplicate_keys).
    indexed_key: bool = True

    def schema(self) -> pa.DataFrameSchema:
        return self.model.to_schema()

    def severity(self, check_name: str, column: str | None = None) -> str:
        """Severity of a failed check: error (row quarantined) or warning (row loaded, failure recorded).

        Declared, never coded: the model's `Config.metadata["severity"]` maps `column.check` or
        `check` to a severity; else the column's `Field(metadata={"severity": ...})`; else error.
        Check names are matched without their arguments (`str_length(200, None)` → `str_length`).
        """
        base = check_name.split("(", 1)[0]
        declared = (getattr(self.model.__config__, "metadata", None) or {}).get("severity", {})
        for key in (f"{column}.{base}", base):
            if key in declared:
                return declared[key]
        if column:
            col = self.schema().columns.get(column)
            if col is not None and (col.metadata or {}).get("severity") in SEVERITIES:
                return col.metadata["severity"]
        return "error"

    def _column_severity(self, column: str) -> str:
        """`error`, `warning`, or e.g. `warning: no_boilerplate_residue; others error` for the data dictionary."""
        specs = [c for c in self.checks() if c.column == column and c.name != "not_nullable"]
        warned = [c.name for c in specs if c.severity == "warning"]
        if not warned:
            return "error"
        if len(warned) == len(specs):
            return "warning"
        return "warning: " + ", ".join(dict.fromkeys(warned)) + "; others error"

    def check_column(self, check_name: str) -> str | None:
        """The column a dataframe-wide check is about (`Config.metadata["about"]`), for failure rows."""
        return (getattr(self.model.__config__, "metadata", None) or {}).get("about", {}).get(check_name)

    def watched_nulls(self) -> list[str]:
        """Columns whose share of NULLs is compared run to run (`Field(metadata={"watch_nulls": True})`)."""
        return [n for n, c in self.schema().columns.items() if (c.metadata or {}).get("watch_nulls")]

    def references(self) -> dict[str, tuple[str, str]]:
        """Columns whose values must exist in another table: `Field(metadata={"references": "regions.adcode"})`."""
        out = {}
        for name, col in self.schema().columns.items():
            ref = (col.metadata or {}).get("references")
            if ref:
                table, _, column = ref.partition(".")
                out[name] = (table, column or name)
        return out

    def checks(self) -> list[CheckSpec]:
        """Every check of the contract with its severity: the data dictionary's quality column."""
        schema = self.schema()
        out = []
        for name, col in schema.columns.items():
            if not col.nullable:
                out.append(CheckSpec(name, "not_nullable", self.severity("not_nullable", name), "required"))
            if col.unique:
                out.append(CheckSpec(name, "field_uniqueness", self.severity("field_uniqueness", name), "unique"))
            for check in col.checks:
                label = check.name or "check"
                desc = check.description or check.error or label
                out.append(CheckSpec(name, label, self.severity(label, name), desc))
            for ref_col, (ref_table, ref_name) in self.references().items():
                if ref_col == name:
                    label = "known_reference"
                    desc = f"value present in {ref_table}.{ref_name}"
                    out.append(CheckSpec(name, label, self.severity(label, name), desc))
        for check in schema.checks:
            label = check.name or "check"
            column = self.check_column(label)
            out.append(CheckSpec(column, label, self.severity(label, column), check.description or label))
        return out

    def columns(self) -> list[Column]:
        out = []
        for name, col in self.schema().columns.items():
            meta = col.metadata or {}
            out.append(
                Column(
                    name,
                    meta.get("sql") or _sql_type(str(col.dtype)),
                    col.nullable,
                    col.description or "",
                    self._column_severity(name),
                )
            )
        return out

    def ddl(self) -> str:
        cols = [f'    "{c.name}" {c.sql_type}' + ("" if c.nullable else " NOT NULL") for c in self.columns()]
        if self.key and self.indexed_key:
            cols.append("    PRIMARY KEY (" + ", ".join(f'"{k}"' for k in self.key) + ")")
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n" + ",\n".join(cols) + "\n);"


@dataclass(frozen=True)
class CheckSpec:
    column: str | None  # None: a check over whole rows
    name: str
    severity: str
    description: str


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    nullable: bool
    description: str
    severity: str


_SQL_TYPES = {
    "str": "VARCHAR",
    "string": "VARCHAR",
    "int64": "BIGINT",
    "Int64": "BIGINT",
    "float64": "DOUBLE",
    "bool": "BOOLEAN",
    "boolean": "BOOLEAN",
}


def _sql_type(dtype: str) -> str:
    if dtype.startswith("datetime64"):
        return "TIMESTAMP"
    return _SQL_TYPES.get(dtype, "VARCHAR")


def sql(sql_type: str, **extra: Any) -> dict[str, Any]:
    """Field metadata for a column whose SQL type pandera cannot tell (lists, JSON)."""
    return {"sql": sql_type, **extra}


# Residue that must never reach a body: markup, mirror pinyin, page furniture.
HTML_RESIDUE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|&(?:nbsp|amp|lt|gt|quot);")
PINYIN_RESIDUE = re.compile(r"[\u4e00-\u9fff][(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
# Characters of which every match holds one (a tag or entity starts with `<` or `&`; pinyin residue
# has a tone mark): a text with none of them is free of residue without running the regex.
HTML_MARKS = "<&"
PINYIN_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
BOILERPLATE_RESIDUE = re.compile(
    r"微信[“\"]?扫一扫|分享到[:：]|上一篇[:：]|下一篇[:：]|相关热词搜索|栏目专题推荐|[（(]责编[:：]"
)


_IDEOGRAPHS = CharClass(ranges=[("\u4e00", "\u9fff"), ("\u3400", "\u4dbf")])


def han_share(text: str) -> float:
    """Share of CJK ideographs among non-space characters (0 for empty text)."""
    points = codepoints(text)
    visible = len(points) - spaces().count(points)
    return _IDEOGRAPHS.count(points) / visible if visible else 0.0


def free_of(pattern: re.Pattern[str], marks: str) -> Callable[[str], bool]:
    """A test that `pattern` occurs nowhere in a text. The regex runs only on texts holding one of
    `marks` (characters every match contains): a Han-led pattern tried at every Han character of
    every article cost more than all the other `articles` checks."""

    any_mark = re.compile("[" + re.escape(marks) + "]")

    def free(text: str) -> bool:
        return any_mark.search(text) is None or pattern.search(text) is None

    return free


def is_list_of_str(value: object) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, str) and v for v in value)
