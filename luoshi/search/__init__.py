"""Full-text search over published rows, in Chinese: character bigrams in FTS5 (SQLite) or a
tsvector with a GIN index (PostgreSQL). See ../shared/ECOSYSTEM.md, "Search in Chinese"."""
