-- Case structure views (issue 3). Executed on every connect: CREATE OR REPLACE only.
-- Both views leave near-duplicates out (articles.duplicate_of IS NOT NULL): one row per case.

-- One row per canonical article: where, when, what about, how many figures.
CREATE OR REPLACE VIEW v_cases AS
WITH
theme_lists AS (
    SELECT article_id, list(theme ORDER BY hits DESC, theme) AS themes
    FROM article_themes
    GROUP BY article_id
),
fact_counts AS (
    SELECT article_id, count(*) AS n_facts FROM facts GROUP BY article_id
),
practice_counts AS (
    SELECT article_id, count(*) AS n_practices FROM practices GROUP BY article_id
),
brand_lists AS (
    SELECT article_id, list(term ORDER BY count DESC, ordinal) AS brands FROM brands GROUP BY article_id
),
mirror_counts AS (
    SELECT duplicate_of AS article_id, count(*) AS n_mirrors
    FROM articles
    WHERE duplicate_of IS NOT NULL
    GROUP BY duplicate_of
)
SELECT
    a.article_id,
    a.title,
    CAST(a.published_at AS DATE) AS date,
    year(a.published_at) AS year,
    a.province,
    a.city,
    a.county,
    a.adcode,
    a.region_level,
    a.author_org,
    a.source_outlet,
    coalesce(t.themes, []::VARCHAR[]) AS themes,
    coalesce(b.brands, []::VARCHAR[]) AS brands,
    coalesce(f.n_facts, 0) AS n_facts,
    coalesce(p.n_practices, 0) AS n_practices,
    coalesce(m.n_mirrors, 0) AS n_mirrors,
    a.source_uri
FROM articles a
LEFT JOIN theme_lists t USING (article_id)
LEFT JOIN brand_lists b USING (article_id)
LEFT JOIN fact_counts f USING (article_id)
LEFT JOIN practice_counts p USING (article_id)
LEFT JOIN mirror_counts m USING (article_id)
WHERE a.duplicate_of IS NULL;

-- Every figure of a canonical article, with the article's region and year.
CREATE OR REPLACE VIEW v_facts AS
SELECT
    f.article_id,
    f.fact_id,
    f.value,
    f.value_max,
    f.unit,
    f.qualifier,
    f.subject,
    f.per,
    f.raw,
    f.sentence,
    f.char_start,
    f.char_end,
    a.province,
    a.city,
    a.county,
    a.adcode,
    year(a.published_at) AS year,
    a.title
FROM facts f
JOIN articles a USING (article_id)
WHERE a.duplicate_of IS NULL;

-- Mirrors and re-publications beside the article they copy.
CREATE OR REPLACE VIEW v_duplicates AS
SELECT
    d.article_id,
    d.duplicate_of,
    d.duplicate_similarity,
    d.script_original,
    d.source_uri,
    c.source_uri AS canonical_source_uri,
    c.title AS canonical_title
FROM articles d
JOIN articles c ON c.article_id = d.duplicate_of;
