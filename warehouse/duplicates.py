"""Near-duplicate articles (mirrors, re-publications, traditional-script copies) → articles.duplicate_of.

Candidates come from one SQL equi-join on the LSH bands of `articles.minhash` (16 bands of 4
minimums, hashed in SQL; work grows with the number of colliding pairs, not with n², and DuckDB
keeps memory bounded); each candidate pair is confirmed on the full MinHash signature
(≥ SIMILARITY_THRESHOLD estimated Jaccard of 5-character shingles). Confirmed pairs are merged
into clusters (union-find over the pairs only), and each cluster's canonical row is chosen
by rank: an original publisher's host first, then simplified script (mirrors re-publish in
traditional), then the earliest publication time, then the longer body, then article_id.

After a run only the clusters around what it loaded are re-marked (`touched`): the articles loaded,
the canonical rows they pointed at before they were replaced, and everything connected to those by
a confirmed pair or by a stored mark, followed until nothing new is reached. That set is a union of
whole clusters, so the marks come out as a re-marking of the whole warehouse would give them (a mirror
loaded before its original is re-pointed when the original arrives; a changed article that no longer
matches is released), while the work and memory follow the run's articles and their band
collisions, not the size of the warehouse. A run that loaded nothing skips the step.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import duckdb
import pandas as pd

from tasks.extract.fingerprint import NUM_BANDS, NUM_PERM, ROWS_PER_BAND
from warehouse.db import transaction

SIMILARITY_THRESHOLD = 0.7
# Hosts of original publishers (the case collection and the Party's own sites), preferred as canonical.
ORIGINAL_PUBLISHER_HOSTS = ("people.com.cn", "people.cn", "12371.cn", "gov.cn", "xinhuanet.com", "news.cn")

_BANDS = f"""
    SELECT article_id, b AS band,
           hash(list_slice(minhash, b * {ROWS_PER_BAND} + 1, (b + 1) * {ROWS_PER_BAND})) AS band_hash
    FROM articles, range({NUM_BANDS}) AS r(b)
    WHERE len(minhash) = {NUM_PERM} {{only}}
"""
_SIMILARITY = f"""list_sum(list_transform(range(1, {NUM_PERM} + 1), lambda i: (a.minhash[i] = b.minhash[i])::INT))
           / {NUM_PERM}"""
_IN_SCOPE = "AND article_id IN (SELECT article_id FROM _dup_scope)"

# Confirmed pairs among the articles in scope (all of them, or those in _dup_scope).
_PAIRS_SQL = f"""
WITH bands AS ({_BANDS}),
candidates AS (
    SELECT DISTINCT x.article_id AS a_id, y.article_id AS b_id
    FROM bands x
    JOIN bands y ON x.band = y.band AND x.band_hash = y.band_hash AND x.article_id < y.article_id
)
SELECT c.a_id, c.b_id, {_SIMILARITY} AS similarity
FROM candidates c
JOIN articles a ON a.article_id = c.a_id
JOIN articles b ON b.article_id = c.b_id
WHERE similarity >= ?
"""

# Articles confirmed similar to one in _dup_frontier, or sharing a stored mark with one: the next ring.
_NEIGHBOURS_SQL = f"""
WITH near AS ({_BANDS.format(only="AND article_id IN (SELECT article_id FROM _dup_frontier)")}),
everyone AS ({_BANDS.format(only="")}),
candidates AS (
    SELECT DISTINCT x.article_id AS a_id, y.article_id AS b_id
    FROM near x JOIN everyone y ON x.band = y.band AND x.band_hash = y.band_hash AND x.article_id <> y.article_id
),
marked AS (
    SELECT f.article_id AS id, coalesce(a.duplicate_of, a.article_id) AS canonical
    FROM _dup_frontier f LEFT JOIN articles a USING (article_id)
)
SELECT c.b_id FROM candidates c
JOIN articles a ON a.article_id = c.a_id
JOIN articles b ON b.article_id = c.b_id
WHERE {_SIMILARITY} >= ?
UNION
SELECT a.article_id FROM articles a JOIN marked m ON a.duplicate_of = m.canonical OR a.article_id = m.canonical
"""

_RANK_SQL = """
SELECT a.article_id,
       CASE WHEN {hosts} THEN 0 ELSE 1 END AS publisher_rank,
       CASE WHEN a.script_original = 'simplified' THEN 0 ELSE 1 END AS script_rank,
       a.published_at,
       length(a.body) AS body_chars
FROM articles a JOIN _dup_ids USING (article_id)
"""


@dataclass
class DuplicateSummary:
    pairs: int
    clusters: int
    marked: int  # articles pointing at a canonical row after this step
    changed: int  # rows whose duplicate_of changed


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _clusters(pairs: pd.DataFrame) -> dict[str, list[str]]:
    parent: dict[str, str] = {}
    for a, b in zip(pairs["a_id"], pairs["b_id"], strict=True):
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = _find(parent, a), _find(parent, b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for x in parent:
        groups.setdefault(_find(parent, x), []).append(x)
    return groups


def _host_condition() -> str:
    return " OR ".join(
        f"regexp_matches(a.source_uri, '^https?://([^/]*\\.)?{h.replace('.', '[.]')}(/|:|$)')"
        for h in ORIGINAL_PUBLISHER_HOSTS
    )


def _ids_frame(ids: Iterable[str]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": pd.Series(sorted(set(ids)), dtype="object")})


def affected(
    con: duckdb.DuckDBPyConnection, touched: Iterable[str], threshold: float = SIMILARITY_THRESHOLD
) -> set[str]:
    """`touched` and every article connected to it by confirmed pairs or stored marks: whole clusters only."""
    scope = set(touched)
    frontier = set(scope)
    while frontier:
        con.register("_dup_frontier", _ids_frame(frontier))
        try:
            reached = {r[0] for r in con.execute(_NEIGHBOURS_SQL, [threshold]).fetchall()}
        finally:
            con.unregister("_dup_frontier")
        frontier = reached - scope
        scope |= frontier
    return scope


def mark_duplicates(
    con: duckdb.DuckDBPyConnection,
    threshold: float = SIMILARITY_THRESHOLD,
    touched: Iterable[str] | None = None,
) -> DuplicateSummary:
    """Mark near-duplicates: over the whole warehouse, or (`touched`) over the clusters around those articles.

    `touched`: the articles a run loaded, plus the canonical rows they pointed at before (see
    `previous_canonicals`); the result equals a whole-warehouse pass.
    """
    if touched is not None:
        touched = set(touched)
        [(n,)] = con.execute("SELECT count(*) FROM articles").fetchall()
        if len(touched) * 2 >= n > 0:  # most of the warehouse (a first run): one whole pass costs less
            touched = None
    scope = None if touched is None else affected(con, touched, threshold)
    if scope is not None and not scope:
        return DuplicateSummary(0, 0, 0, 0)
    with _scoped(con, scope):
        return _mark(con, threshold, scope is not None)


@contextlib.contextmanager
def _scoped(con: duckdb.DuckDBPyConnection, scope: set[str] | None) -> Iterator[None]:
    """The scope as a temp table `_dup_scope` for the pass's queries (None: the whole warehouse)."""
    if scope is None:
        yield
        return
    con.execute("CREATE OR REPLACE TEMP TABLE _dup_scope (article_id VARCHAR PRIMARY KEY)")
    con.register("_dup_scope_frame", _ids_frame(scope))
    try:
        con.execute("INSERT INTO _dup_scope SELECT article_id FROM _dup_scope_frame")
    finally:
        con.unregister("_dup_scope_frame")
    try:
        yield
    finally:
        con.execute("DROP TABLE IF EXISTS _dup_scope")


def previous_canonicals(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> list[str]:
    """The rows these stored articles point at as their canonical: call before replacing them.

    A changed article may have held its cluster together; its old canonical row leads the
    near-duplicate pass back to the rest of that cluster, which may now fall apart.
    """
    ids = _ids_frame(article_ids)
    if ids.empty:
        return []
    con.register("_dup_reloaded", ids)
    try:
        rows = con.execute(
            """SELECT DISTINCT duplicate_of FROM articles SEMI JOIN _dup_reloaded USING (article_id)
               WHERE duplicate_of IS NOT NULL"""
        ).fetchall()
    finally:
        con.unregister("_dup_reloaded")
    return [r[0] for r in rows]


def _mark(con: duckdb.DuckDBPyConnection, threshold: float, scoped: bool) -> DuplicateSummary:
    only = _IN_SCOPE if scoped else ""
    within = "AND article_id IN (SELECT article_id FROM _dup_scope)" if scoped else ""
    within_a = within.replace("article_id", "a.article_id", 1)
    pairs = con.execute(_PAIRS_SQL.format(only=only), [threshold]).df()
    groups = _clusters(pairs) if not pairs.empty else {}
    wanted = pd.DataFrame(columns=["article_id", "canonical", "similarity"])
    if groups:
        ids = pd.DataFrame({"article_id": [x for members in groups.values() for x in members]})
        con.register("_dup_ids", ids)
        try:
            ranks = con.execute(_RANK_SQL.format(hosts=_host_condition())).df()
        finally:
            con.unregister("_dup_ids")
        ranks = ranks.sort_values(
            ["publisher_rank", "script_rank", "published_at", "body_chars", "article_id"],
            ascending=[True, True, True, False, True],
            na_position="last",
        )
        order = {aid: i for i, aid in enumerate(ranks["article_id"])}
        sims: dict[tuple[str, str], float] = {}
        best: dict[str, float] = {}
        for a, b, s in zip(pairs["a_id"], pairs["b_id"], pairs["similarity"], strict=True):
            sims[(a, b)] = sims[(b, a)] = float(s)
            best[a], best[b] = max(best.get(a, 0.0), float(s)), max(best.get(b, 0.0), float(s))
        rows = []
        for members in groups.values():
            canonical = min(members, key=lambda x: order.get(x, len(order)))
            for x in members:
                if x != canonical:
                    # similarity to the canonical row when the pair was compared, else its best link
                    rows.append((x, canonical, sims.get((x, canonical), best[x])))
        wanted = pd.DataFrame(rows, columns=["article_id", "canonical", "similarity"])
    with transaction(con):
        con.register("_wanted", wanted)
        try:
            changed = con.execute(
                f"""SELECT count(*) FROM articles a LEFT JOIN _wanted w USING (article_id)
                   WHERE a.duplicate_of IS DISTINCT FROM w.canonical {within_a}"""
            ).fetchone()[0]
            con.execute(
                f"""UPDATE articles SET duplicate_of = NULL, duplicate_similarity = NULL
                   WHERE duplicate_of IS NOT NULL AND article_id NOT IN (SELECT article_id FROM _wanted) {within}"""
            )
            con.execute(
                """UPDATE articles SET duplicate_of = w.canonical, duplicate_similarity = w.similarity
                   FROM _wanted w
                   WHERE articles.article_id = w.article_id
                     AND (articles.duplicate_of IS DISTINCT FROM w.canonical
                          OR articles.duplicate_similarity IS DISTINCT FROM w.similarity)"""
            )
        finally:
            con.unregister("_wanted")
    return DuplicateSummary(len(pairs), len(groups), len(wanted), int(changed))
