-- Every person and identity a listener meets is written with its trigram indexes, and every rename
-- rewrites them. The first trigram indexes (V1) lowered names and handles with the C locale, which
-- leaves non-ASCII letters alone; the people search now lowers with pg_c_utf8, as the full-text
-- search does, and finds names through person_name_search and identity_search (V17) alone.
DROP INDEX person_name_trgm;
DROP INDEX identity_handle_trgm;
