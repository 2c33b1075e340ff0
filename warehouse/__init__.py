"""The DuckDB warehouse: the only package that writes the database file."""
