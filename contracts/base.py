"""What every contract shares: the table record, SQL types from pandera dtypes, and common checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

import pandera.pandas as pa

Write = Literal["replace_by_article", "upsert", "append"]


@dataclass(frozen=True)
class Table:
    """A warehouse table: its contract and how rows are written (dlt-style, declared not coded)."""

    name: str
    model: type[pa.DataFrameModel]
    key: tuple[str, ...]
    write: Write
    parent: str | None = None

    def schema(self) -> pa.DataFrameSchema:
        return self.model.to_schema()

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
                    meta.get("severity", "error"),
                )
            )
        return out

    def ddl(self) -> str:
        cols = [f'    "{c.name}" {c.sql_type}' + ("" if c.nullable else " NOT NULL") for c in self.columns()]
        if self.key:
            cols.append("    PRIMARY KEY (" + ", ".join(f'"{k}"' for k in self.key) + ")")
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n" + ",\n".join(cols) + "\n);"


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
BOILERPLATE_RESIDUE = re.compile(
    r"微信[“\"]?扫一扫|分享到[:：]|上一篇[:：]|下一篇[:：]|相关热词搜索|栏目专题推荐|[（(]责编[:：]"
)


def is_list_of_str(value: object) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, str) and v for v in value)
