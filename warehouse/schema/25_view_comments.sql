-- Descriptions of the view columns that are not a contract column under the same name (issue 12):
-- the data dictionary of `cases export` reads them, and any DuckDB client sees them in duckdb_columns().
-- Re-applied on every writing connect, after the views are (re)created.
COMMENT ON COLUMN v_cases.date IS 'Publication date (Beijing time) of the case; NULL when the page gives none.';
COMMENT ON COLUMN v_cases.year IS 'Year of publication; NULL when the date is unknown.';
COMMENT ON COLUMN v_cases.themes IS 'Themes of the case (article_themes.theme), most keyword hits first.';
COMMENT ON COLUMN v_cases.brands IS 'Named practices and slogans of the case (brands.term), most mentioned first.';
COMMENT ON COLUMN v_cases.n_facts IS 'Figures extracted from the case (rows of facts).';
COMMENT ON COLUMN v_cases.n_practices IS 'Numbered measures extracted from the case (rows of practices).';
COMMENT ON COLUMN v_cases.n_mirrors IS 'Copies of this case found on other sites or pages (articles.duplicate_of pointing here).';
COMMENT ON COLUMN v_facts.year IS 'Year the article was published; NULL when the date is unknown.';
COMMENT ON COLUMN v_facts.title IS 'Headline of the article the figure comes from.';
COMMENT ON COLUMN v_duplicates.canonical_source_uri IS 'Where the copied (canonical) article was read from.';
COMMENT ON COLUMN v_duplicates.canonical_title IS 'Headline of the copied (canonical) article.';
