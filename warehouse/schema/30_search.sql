-- Full-text search over the cases (issue 12). Executed on every writing connect: idempotent only.
--
-- DuckDB's fts extension cannot be installed offline and treats a run of Chinese characters as one
-- token, so the index is two plain tables of character terms, filled by warehouse/search.py in the
-- same transaction as each load (the index side's terms cut in numpy, warehouse/search_terms.py, to these rules:
-- tests/test_search_terms.py holds the two to the same terms). Terms: every Han character and every pair of adjacent Han
-- characters (bigrams), and runs of Latin letters or digits as words. A query is cut into bigrams
-- (a lone Han character stays a unigram): every one must occur in a hit, so a phrase never matches
-- an article that lacks its parts, with no segmenter to disagree between index and query time.
-- Ranking is Okapi BM25 (k1 = 1.2, b = 0.75) over title (counted twice) and body.

CREATE TABLE IF NOT EXISTS search_docs (
    article_id VARCHAR PRIMARY KEY,  -- articles.article_id
    n_terms INTEGER NOT NULL         -- document length in terms, for BM25's length normalisation
);

CREATE TABLE IF NOT EXISTS search_postings (
    term VARCHAR NOT NULL,           -- a Han character, a Han bigram, or a lower-case Latin/digit word
    article_id VARCHAR NOT NULL,
    tf INTEGER NOT NULL              -- occurrences of the term in title (twice) and body
);

-- Full-width Latin letters and digits (２０１９, ＡＢＣ) folded to ASCII, then lower-cased.
CREATE OR REPLACE MACRO search_fold(txt) AS
    lower(translate(coalesce(txt, ''), '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ',
        '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'));

-- Runs of Han characters (CJK unified, extension A, compatibility) and of Latin letters/digits.
CREATE OR REPLACE MACRO search_tokens(txt) AS
    regexp_extract_all(search_fold(txt), '[\x{4e00}-\x{9fff}\x{3400}-\x{4dbf}\x{f900}-\x{faff}]+|[a-z0-9]+');

-- A token is a Han run when its first character is (tokens never mix the two kinds).
CREATE OR REPLACE MACRO search_is_han(tok) AS unicode(tok) >= 13312;

-- Query side: bigrams of every Han run (a one-character run stays itself), Latin/digit runs whole.
-- The index side (warehouse/search_terms.py) cuts the same bigrams and, in addition, every Han character.
CREATE OR REPLACE MACRO search_query_terms(q) AS
    list_distinct(flatten(list_transform(search_tokens(q), lambda tok:
        CASE WHEN search_is_han(tok) AND length(tok) > 1
            THEN list_transform(range(1, length(tok)), lambda i: substring(tok, i, 2))
            ELSE [tok]
        END)));

-- The text an article is indexed by (title twice: a word in the headline says more than one in the body).
CREATE OR REPLACE MACRO search_doc_text(title_text, body_text) AS
    concat_ws(' ', title_text, title_text, body_text);

-- Ranked hits for a query, with the best-matching section (BM25 over the hits' sections) and a snippet
-- from it with the query's words in 【】.
-- Traditional-script queries: convert them first (the CLI does, with tasks/script.py); the index is simplified.
--   SELECT * FROM search('红色物业');
--   SELECT * FROM search('网格', province_filter := '浙江省', year_filter := 2019, max_hits := 50);
CREATE OR REPLACE MACRO search(
    query_text, province_filter := NULL, year_filter := NULL, theme_filter := NULL, max_hits := 20
) AS TABLE
WITH
q_terms AS (SELECT DISTINCT unnest(search_query_terms(query_text)) AS term),
q_n AS (SELECT count(*) AS n FROM q_terms),
corpus AS (SELECT count(*) AS n_docs, coalesce(avg(n_terms), 1) AS avgdl FROM search_docs),
matched AS (
    SELECT p.term, p.article_id, p.tf FROM search_postings p WHERE p.term IN (SELECT term FROM q_terms)
),
doc_freq AS (SELECT term, count(*) AS df FROM matched GROUP BY term),
scored AS (
    SELECT
        m.article_id,
        sum(
            ln(1 + (c.n_docs - f.df + 0.5) / (f.df + 0.5))
            * m.tf * 2.2 / (m.tf + 1.2 * (0.25 + 0.75 * d.n_terms / c.avgdl))
        ) AS score
    FROM matched m
    JOIN doc_freq f USING (term)
    JOIN search_docs d USING (article_id)
    CROSS JOIN corpus c
    GROUP BY m.article_id
    HAVING count(*) = (SELECT n FROM q_n)
),
ranked AS (
    SELECT s.article_id, s.score
    FROM scored s
    JOIN articles a USING (article_id)
    WHERE a.duplicate_of IS NULL
      AND (province_filter IS NULL OR a.province = province_filter)
      AND (year_filter IS NULL OR year(a.published_at) = CAST(year_filter AS INTEGER))
      AND (theme_filter IS NULL OR EXISTS (
          SELECT 1 FROM article_themes t WHERE t.article_id = a.article_id AND t.theme = theme_filter))
    ORDER BY s.score DESC, s.article_id
    LIMIT max_hits
),
term_idf AS (
    SELECT f.term, ln(1 + (c.n_docs - f.df + 0.5) / (f.df + 0.5)) AS idf FROM doc_freq f CROSS JOIN corpus c
),
-- Sections of the top hits, ranked by BM25 too (term counts taken from their text, length relative to the
-- article's other sections): the best one names where the hit is and gives the snippet.
section_terms AS (
    SELECT
        s.article_id, s.ordinal, s.heading, s.text, t.idf,
        (length(search_fold(s.text)) - length(replace(search_fold(s.text), t.term, ''))) // length(t.term) AS tf,
        length(s.text) / avg(length(s.text)) OVER (PARTITION BY s.article_id) AS rel_len
    FROM sections s
    JOIN ranked r USING (article_id)
    CROSS JOIN term_idf t
),
best_section AS (
    SELECT
        article_id,
        arg_max(struct_pack(ordinal := ordinal, heading := heading, text := text), (section_score, -ordinal)) AS section
    FROM (
        SELECT article_id, ordinal, heading, text, sum(idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * rel_len))) AS section_score
        FROM section_terms
        GROUP BY ALL
        HAVING sum(tf) > 0
    )
    GROUP BY article_id
),
top_hits AS (
    SELECT
        r.score, a.article_id, a.title, a.published_at, a.province, a.city, a.county, a.source_uri,
        b.section,
        coalesce(b.section.text, a.body) AS passage
    FROM ranked r
    JOIN articles a USING (article_id)
    LEFT JOIN best_section b USING (article_id)
),
-- What to highlight: the query's runs as typed and its terms, longest first (regex alternation is leftmost-first).
q_marks AS (
    SELECT
        list_distinct(search_tokens(query_text)) AS phrases,
        list(mark ORDER BY length(mark) DESC, mark) AS marks
    FROM (
        SELECT DISTINCT unnest(list_concat(search_tokens(query_text), search_query_terms(query_text))) AS mark
    )
),
placed AS (
    SELECT
        h.*,
        q.marks,
        q.phrases,
        coalesce(
            list_min(list_filter(list_transform(q.phrases, lambda w: instr(search_fold(h.passage), w)), lambda p: p > 0)),
            list_min(list_filter(list_transform(q.marks, lambda w: instr(search_fold(h.passage), w)), lambda p: p > 0)),
            1
        ) AS at_char
    FROM top_hits h CROSS JOIN q_marks q
),
cut AS (
    SELECT
        p.*,
        greatest(1, p.at_char - 30) AS cut_from,
        substring(p.passage, greatest(1, p.at_char - 30), 110) AS excerpt
    FROM placed p
),
marked AS (
    -- The query's phrases when the excerpt has them whole, else its terms (a phrase split across the text).
    SELECT
        c.*,
        CASE WHEN list_bool_or(list_transform(c.phrases, lambda w: instr(search_fold(c.excerpt), w) > 0))
            THEN list_filter(c.marks, lambda w: list_contains(c.phrases, w))
            ELSE c.marks
        END AS shown_marks
    FROM cut c
)
SELECT
    CAST(row_number() OVER (ORDER BY score DESC, article_id) AS INTEGER) AS rank,
    round(score, 4) AS score,
    article_id,
    title,
    CAST(published_at AS DATE) AS date,
    province,
    city,
    county,
    section.ordinal AS section_ordinal,
    section.heading AS section_heading,
    (CASE WHEN cut_from > 1 THEN '…' ELSE '' END)
        || regexp_replace(
            replace(excerpt, chr(10), ' '),
            '(' || array_to_string(shown_marks, '|') || ')',
            '【\1】',
            'gi')
        || (CASE WHEN cut_from + 110 <= length(passage) THEN '…' ELSE '' END) AS snippet,
    shown_marks AS matched_terms,
    source_uri
FROM marked
ORDER BY rank;

-- Snippet helpers for search_sections (search() inlines the same steps: faster over its CTEs).
-- What to highlight: the query's runs as typed and its terms, longest first (regex alternation is leftmost-first).
CREATE OR REPLACE MACRO search_marks(query_text) AS
    list_transform(
        list_grade_up(list_transform(
            list_distinct(list_concat(search_tokens(query_text), search_query_terms(query_text))),
            lambda m: -length(m))),
        lambda i: list_distinct(list_concat(search_tokens(query_text), search_query_terms(query_text)))[i]);

-- The query's words and terms a snippet shows in 【】.
CREATE OR REPLACE MACRO search_shown(snippet, query_text) AS
    list_filter(search_marks(query_text), lambda w: instr(lower(snippet), '【' || w || '】') > 0);

-- First position of any of `words` in `passage` (1-based), NULL when none occurs.
CREATE OR REPLACE MACRO search_first_at(passage, words) AS
    list_min(list_filter(list_transform(words, lambda w: instr(search_fold(passage), w)), lambda p: p > 0));

-- A 110-character excerpt of `passage` around the first match, the matches in 【】: the query's phrases when the
-- excerpt has them whole, else its terms (a phrase split in the text).
CREATE OR REPLACE MACRO search_snippet(passage, query_text) AS (
    SELECT
        (CASE WHEN cut_from > 1 THEN '…' ELSE '' END)
        || regexp_replace(
            replace(excerpt, chr(10), ' '),
            '(' || array_to_string(
                CASE WHEN search_first_at(excerpt, list_distinct(search_tokens(query_text))) IS NOT NULL
                    THEN list_filter(search_marks(query_text), lambda w: list_contains(search_tokens(query_text), w))
                    ELSE search_marks(query_text)
                END, '|') || ')',
            '【\1】',
            'gi')
        || (CASE WHEN cut_from + 110 <= length(passage) THEN '…' ELSE '' END)
    FROM (
        SELECT cut_from, substring(passage, cut_from, 110) AS excerpt
        FROM (
            SELECT greatest(1, coalesce(
                search_first_at(passage, list_distinct(search_tokens(query_text))),
                search_first_at(passage, search_marks(query_text)),
                1) - 30) AS cut_from
        )
    )
);

-- Ranked sections: the sections of the best-ranked articles (five times max_hits) holding every query term, best
-- first by BM25 over sections (term counts from their text, length relative to the article's other sections;
-- ties: the better article first), each with its snippet.
--   SELECT * FROM search_sections('双报到');
-- Its ranking CTEs repeat search()'s on purpose: shared through nested table macros (one for the candidates,
-- one for section scores) both macros measured 1.5-2x slower on 10k articles (postings scanned twice).
CREATE OR REPLACE MACRO search_sections(
    query_text, province_filter := NULL, year_filter := NULL, theme_filter := NULL, max_hits := 20
) AS TABLE
WITH
q_terms AS (SELECT DISTINCT unnest(search_query_terms(query_text)) AS term),
q_n AS (SELECT count(*) AS n FROM q_terms),
corpus AS (SELECT count(*) AS n_docs, coalesce(avg(n_terms), 1) AS avgdl FROM search_docs),
matched AS (
    SELECT p.term, p.article_id, p.tf FROM search_postings p WHERE p.term IN (SELECT term FROM q_terms)
),
doc_freq AS (SELECT term, count(*) AS df FROM matched GROUP BY term),
scored AS (
    SELECT
        m.article_id,
        sum(
            ln(1 + (c.n_docs - f.df + 0.5) / (f.df + 0.5))
            * m.tf * 2.2 / (m.tf + 1.2 * (0.25 + 0.75 * d.n_terms / c.avgdl))
        ) AS score
    FROM matched m
    JOIN doc_freq f USING (term)
    JOIN search_docs d USING (article_id)
    CROSS JOIN corpus c
    GROUP BY m.article_id
    HAVING count(*) = (SELECT n FROM q_n)
),
ranked AS (
    SELECT s.article_id, s.score
    FROM scored s
    JOIN articles a USING (article_id)
    WHERE a.duplicate_of IS NULL
      AND (province_filter IS NULL OR a.province = province_filter)
      AND (year_filter IS NULL OR year(a.published_at) = CAST(year_filter AS INTEGER))
      AND (theme_filter IS NULL OR EXISTS (
          SELECT 1 FROM article_themes t WHERE t.article_id = a.article_id AND t.theme = theme_filter))
    ORDER BY s.score DESC, s.article_id
    LIMIT 5 * max_hits
),
term_idf AS (
    SELECT f.term, ln(1 + (c.n_docs - f.df + 0.5) / (f.df + 0.5)) AS idf FROM doc_freq f CROSS JOIN corpus c
),
section_terms AS (
    SELECT
        s.article_id, s.ordinal, s.heading, s.text, r.score AS article_score, t.idf,
        (length(search_fold(s.text)) - length(replace(search_fold(s.text), t.term, ''))) // length(t.term) AS tf,
        length(s.text) / avg(length(s.text)) OVER (PARTITION BY s.article_id, t.term) AS rel_len
    FROM sections s
    JOIN ranked r USING (article_id)
    CROSS JOIN term_idf t
),
scored_sections AS (
    SELECT article_id, ordinal, heading, text, article_score,
           sum(idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * rel_len))) AS section_score
    FROM section_terms
    GROUP BY ALL
    HAVING count(*) FILTER (WHERE tf > 0) = (SELECT n FROM q_n)  -- every term, as for articles
    ORDER BY section_score DESC, article_score DESC, article_id, ordinal
    LIMIT max_hits
),
shown AS (
    SELECT x.*, search_snippet(x.text, query_text) AS snippet FROM scored_sections x
)
SELECT
    CAST(row_number() OVER (ORDER BY x.section_score DESC, x.article_score DESC, x.article_id, x.ordinal)
        AS INTEGER) AS rank,
    round(x.section_score, 4) AS score,
    x.article_id,
    x.ordinal AS section_ordinal,
    x.heading AS section_heading,
    a.title,
    CAST(a.published_at AS DATE) AS date,
    a.province,
    a.city,
    a.county,
    x.snippet,
    search_shown(x.snippet, query_text) AS matched_terms,
    a.source_uri
FROM shown x
JOIN articles a USING (article_id)
ORDER BY rank;
