"""Schema drift: compare a warehouse with the contracts, migrate what can be migrated, refuse the rest.

The contracts (contracts/, `TABLES`) are the expected schema. On every writing open the stored
schema is compared with them:
- a table or column the contracts have and the file lacks is added (CREATE TABLE, ALTER TABLE ADD
  COLUMN, nullable); when it belongs to a table derived from articles (`write="replace_by_article"`)
  every stored article is marked for re-derivation (`extractor_version = 'stale'`, and its `pages`
  row loses its extractor version), so the next ingest or crawl re-derives it from its file or its
  stored raw page, and `cases migrate` does so at once. Nothing is dropped or re-created empty.
- what cannot be added safely (a column of another type, a NOT NULL column the contracts no longer
  have, e.g. a renamed one) needs an explicit entry in `MIGRATIONS`; without one the open is refused
  with `SchemaDrift`, a message naming the differences and `cases migrate`.

Adding a column is therefore a contract change (plus, for renames or backfills, one `MIGRATIONS`
entry: a name, when it applies, and the SQL).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import duckdb

from contracts import TABLES

log = logging.getLogger("cases.migrate")

STALE_VERSION = "stale"  # articles.extractor_version of rows waiting for re-derivation after a migration

Stored = dict[str, dict[str, tuple[str, bool]]]  # table → column → (SQL type, nullable)


class SchemaDrift(RuntimeError):
    """The warehouse was written with a schema this code cannot migrate on its own."""


@dataclass(frozen=True)
class Migration:
    """An explicit step the comparison cannot infer (a rename, a backfill), applied before the additions.

    A renamed column, for example, is one entry: see `fetch_failures.at → failed_at` in MIGRATIONS.
    """

    name: str
    needed: Callable[[Stored], bool]
    statements: list[str]
    rederive: bool = False  # True when the step changes what articles derive to


MIGRATIONS: list[Migration] = [
    # Issue 12: a column named with a SQL keyword (`ORDER BY at` fails to parse) gets a plain name.
    Migration(
        "fetch_failures.at → failed_at",
        lambda s: "at" in s.get("fetch_failures", {}) and "failed_at" not in s.get("fetch_failures", {}),
        ['ALTER TABLE fetch_failures RENAME COLUMN "at" TO failed_at'],
    ),
    # Issue 10: a brand only the headline names (the body uses a short form) has no body offset; before,
    # `count = 0` sent its whole article to quarantine.
    Migration(
        "brands.char_start nullable",
        lambda s: s.get("brands", {}).get("char_start", ("", True))[1] is False,
        ["ALTER TABLE brands ALTER COLUMN char_start DROP NOT NULL"],
    ),
]


@dataclass
class Plan:
    """What differs between the file and the contracts, and what migrating it would do."""

    migrations: list[Migration] = field(default_factory=list)
    new_tables: list[str] = field(default_factory=list)
    new_columns: list[tuple[str, str, str]] = field(default_factory=list)  # (table, column, SQL type)
    problems: list[str] = field(default_factory=list)  # not migratable without an explicit step
    unindexed_keys: list[str] = field(default_factory=list)  # tables whose PRIMARY KEY index goes (see `pending`)

    @property
    def empty(self) -> bool:
        return not (self.migrations or self.new_tables or self.new_columns or self.problems or self.unindexed_keys)

    @property
    def rederive(self) -> bool:
        """Whether the stored articles must be derived again for the new parts to be filled."""
        article_tables = {name for name, t in TABLES.items() if t.write == "replace_by_article"}
        return (
            any(m.rederive for m in self.migrations)
            or any(t in article_tables for t in self.new_tables)
            or any(t in article_tables for t, _, _ in self.new_columns)
        )

    def describe(self) -> str:
        parts = [f"migration {m.name}" for m in self.migrations]
        parts += [f"missing table {t}" for t in self.new_tables]
        parts += [f"missing column {t}.{c}" for t, c, _ in self.new_columns]
        parts += self.problems
        parts += [f"{t}: PRIMARY KEY index left to the writer" for t in self.unindexed_keys]
        return "; ".join(parts)


def stored_schema(con: duckdb.DuckDBPyConnection) -> Stored:
    """Base tables of the main schema with their columns' types and nullability."""
    rows = con.execute(
        """SELECT c.table_name, c.column_name, c.data_type, c.is_nullable = 'YES'
           FROM information_schema.columns c
           JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
           WHERE t.table_type = 'BASE TABLE' AND c.table_schema = 'main'
             AND c.table_catalog = current_database()
           ORDER BY c.table_name, c.ordinal_position"""
    ).fetchall()
    out: Stored = {}
    for table, column, sql_type, nullable in rows:
        out.setdefault(table, {})[column] = (str(sql_type).upper(), bool(nullable))
    return out


def plan(stored: Stored) -> Plan:
    """Compare a stored schema with the contracts (pure: testable without a file)."""
    result = Plan(migrations=[m for m in MIGRATIONS if m.needed(stored)])
    if not stored:  # a new, empty warehouse: creating it is not drift
        result.new_tables = list(TABLES)
        return result
    if result.migrations:  # judge the rest after the explicit steps have run (see migrate)
        return result
    for name, table in TABLES.items():
        have = stored.get(name)
        if have is None:
            result.new_tables.append(name)
            continue
        wanted = {c.name: c for c in table.columns()}
        for column in wanted.values():
            if column.name not in have:
                result.new_columns.append((name, column.name, column.sql_type))
            elif have[column.name][0] != column.sql_type.upper():
                result.problems.append(
                    f"{name}.{column.name} is {have[column.name][0]}, the contract says {column.sql_type}"
                )
        for column, (_, nullable) in have.items():
            if column not in wanted and not nullable:
                result.problems.append(f"{name}.{column} (NOT NULL) is not in the contract: renamed or removed?")
    return result


def pending(con: duckdb.DuckDBPyConnection) -> Plan:
    """What `apply` would do to this file, read-only: the schema plan and the key indexes it would
    drop (which the stored columns alone do not show, so `plan` cannot)."""
    step = plan(stored_schema(con))
    step.unindexed_keys = writer_keyed_tables(con)
    return step


def writer_keyed_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables that still carry a PRIMARY KEY the contracts leave to the writer (`indexed_key=False`)."""
    rows = con.execute(
        """SELECT DISTINCT table_name FROM duckdb_constraints()
           WHERE constraint_type = 'PRIMARY KEY' AND schema_name = 'main' AND database_name = current_database()"""
    ).fetchall()
    return sorted(t for (t,) in rows if t in TABLES and not TABLES[t].indexed_key)


def drop_writer_keys(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild, without its PRIMARY KEY, each table whose key the writer keeps (inside `apply`'s transaction).

    Why: a warehouse written by an earlier version has an ART index on every child table; DuckDB keeps
    it in memory and rewrites it at each checkpoint, so the writer's peak grew with the warehouse.
    DuckDB cannot drop a key in place: the table is renamed, re-created from its own stored columns
    (types, NOT NULL, order: extra columns survive too) without the key, refilled and the old one
    dropped; views name tables, not their storage, and keep working. Once per warehouse.
    """
    rebuilt = writer_keyed_tables(con)
    for table in rebuilt:
        columns = stored_schema(con)[table]
        old = f"{table}__keyed"
        cols = ",\n".join(
            f'    "{name}" {sql_type}' + ("" if nullable else " NOT NULL")
            for name, (sql_type, nullable) in columns.items()
        )
        con.execute(f"ALTER TABLE {table} RENAME TO {old}")
        con.execute(f"CREATE TABLE {table} (\n{cols}\n)")
        con.execute(f"INSERT INTO {table} SELECT * FROM {old}")
        con.execute(f"DROP TABLE {old}")
    return rebuilt


def is_new_warehouse(stored: Stored) -> bool:
    return not stored


def refuse_drift(step: Plan, where: str = "the warehouse") -> None:
    """SchemaDrift when the file differs in a way no migration here handles (a writer's `apply` and the
    read-only verbs that would otherwise report on a file they cannot read right)."""
    if step.problems:
        raise SchemaDrift(
            f"{where} was written with another schema than this version's contracts: "
            f"{'; '.join(step.problems)}. Nothing was changed. Add a step to warehouse/migrate.py "
            f"MIGRATIONS, then run `cases migrate` (or use a new --db file)"
        )


def apply(con: duckdb.DuckDBPyConnection, where: str = "the warehouse") -> Plan:
    """Bring the file to the contracts' schema, or raise SchemaDrift. Idempotent; one transaction.

    Returns what was done (empty when nothing differed).
    """
    stored = stored_schema(con)
    fresh = is_new_warehouse(stored)
    done = Plan()
    con.execute("BEGIN TRANSACTION")
    try:
        step = plan(stored)
        for migration in step.migrations:
            for statement in migration.statements:
                con.execute(statement)
            done.migrations.append(migration)
        if step.migrations:
            step = plan(stored_schema(con))
        refuse_drift(step, where)
        for name in step.new_tables:
            con.execute(TABLES[name].ddl())
        for table, column, sql_type in step.new_columns:
            con.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" {sql_type}')
        done.new_tables, done.new_columns = step.new_tables, step.new_columns
        done.unindexed_keys = drop_writer_keys(con)
        if not fresh and done.rederive:
            mark_stale(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    if fresh:
        return Plan()
    if not done.empty:
        log.warning(
            "%s migrated to the current schema (%s)%s",
            where,
            done.describe(),
            "; stored articles marked for re-derivation: run `cases migrate` to re-derive them now"
            if done.rederive
            else "",
        )
    return done


def mark_stale(con: duckdb.DuckDBPyConnection) -> int:
    """Every article re-derives on its next ingest/crawl (or `cases migrate`): no skip on an equal hash."""
    n = con.execute(
        "UPDATE articles SET extractor_version = ? WHERE extractor_version <> ? RETURNING article_id",
        [STALE_VERSION, STALE_VERSION],
    ).fetchall()
    if "pages" in stored_schema(con):
        con.execute("UPDATE pages SET extractor_version = NULL WHERE kind = 'article'")
    return len(n)


def stale_articles(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(article_id, source_uri) of the articles waiting for re-derivation."""
    return con.execute(
        "SELECT article_id, source_uri FROM articles WHERE extractor_version = ? ORDER BY source_uri",
        [STALE_VERSION],
    ).fetchall()
