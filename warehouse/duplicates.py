"""Near-duplicate articles (mirrors, re-publications, traditional-script copies) → articles.duplicate_of.

Candidates come from one SQL equi-join on the LSH bands of `articles.minhash` (16 bands of 4
minimums, hashed in SQL; work grows with the number of colliding pairs, not with n², and DuckDB
keeps memory bounded); each candidate pair is confirmed on the full MinHash signature
(≥ SIMILARITY_THRESHOLD estimated Jaccard of 5-character shingles). Confirmed pairs are merged
into clusters (union-find over the pairs only), and each cluster's canonical row is chosen
by rank: an original publisher's host first, then simplified script (mirrors re-publish in
traditional), then the earliest publication time, then the longer body, then article_id.

The whole warehouse is re-marked after every run, so a mirror loaded before its original is
re-pointed when the original arrives, and a changed article that no longer matches is released.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from tasks.extract.fingerprint import NUM_BANDS, NUM_PERM, ROWS_PER_BAND
from warehouse.db import transaction

SIMILARITY_THRESHOLD = 0.7
# Hosts of original publishers (the case collection and the Party's own sites), preferred as canonical.
ORIGINAL_PUBLISHER_HOSTS = ("people.com.cn", "people.cn", "12371.cn", "gov.cn", "xinhuanet.com", "news.cn")

_PAIRS_SQL = f"""
WITH bands AS (
    SELECT article_id, b AS band,
           hash(list_slice(minhash, b * {ROWS_PER_BAND} + 1, (b + 1) * {ROWS_PER_BAND})) AS band_hash
    FROM articles, range({NUM_BANDS}) AS r(b)
    WHERE len(minhash) = {NUM_PERM}
),
candidates AS (
    SELECT DISTINCT x.article_id AS a_id, y.article_id AS b_id
    FROM bands x
    JOIN bands y ON x.band = y.band AND x.band_hash = y.band_hash AND x.article_id < y.article_id
)
SELECT c.a_id, c.b_id,
       list_sum(list_transform(range(1, {NUM_PERM} + 1), lambda i: (a.minhash[i] = b.minhash[i])::INT))
           / {NUM_PERM} AS similarity
FROM candidates c
JOIN articles a ON a.article_id = c.a_id
JOIN articles b ON b.article_id = c.b_id
WHERE similarity >= ?
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


def mark_duplicates(con: duckdb.DuckDBPyConnection, threshold: float = SIMILARITY_THRESHOLD) -> DuplicateSummary:
    pairs = con.execute(_PAIRS_SQL, [threshold]).df()
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
                """SELECT count(*) FROM articles a LEFT JOIN _wanted w USING (article_id)
                   WHERE a.duplicate_of IS DISTINCT FROM w.canonical"""
            ).fetchone()[0]
            con.execute(
                """UPDATE articles SET duplicate_of = NULL, duplicate_similarity = NULL
                   WHERE duplicate_of IS NOT NULL AND article_id NOT IN (SELECT article_id FROM _wanted)"""
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
