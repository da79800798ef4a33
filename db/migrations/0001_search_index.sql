-- Word-anywhere, accent-folded search over case-file names. Prefix search on names and
-- identifiers uses the B-tree indexes on search_key / compact_key / niss (sorted, sub-millisecond);
-- this index answers what those cannot: a word inside a name ("berghe" finds "Van den Berghe")
-- and first-name-first queries. Contentless: the tokens are written by the repositories, keyed by
-- the owner's search_rowid (an explicit column, because VACUUM may renumber implicit rowids).
CREATE VIRTUAL TABLE `person_search` USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE VIRTUAL TABLE `company_search` USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3');
