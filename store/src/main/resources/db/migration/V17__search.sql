-- Full-text search over activities. Every activity gets one tsvector: the language-agnostic
-- 'plaza_simple' form (lowercased, accents folded, any script) plus, where its language is known
-- and PostgreSQL stems it, the stemmed form too. Scripts written without spaces (Chinese,
-- Japanese, Korean) are indexed one character per token, so a word is found inside a sentence as
-- a phrase of its characters. The database runs with the C locale, whose lower() leaves
-- non-ASCII letters alone; lowering with the pg_c_utf8 collation makes Cyrillic and Greek match
-- in any case.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION plaza_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION plaza_simple
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH public.unaccent, pg_catalog.simple;

-- The stemming configuration for an activity's language tag (BCP 47, e.g. 'en', 'pt-BR').
CREATE FUNCTION plaza_search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE split_part(lower(language), '-', 1)
        WHEN 'ar' THEN 'pg_catalog.arabic' WHEN 'hy' THEN 'pg_catalog.armenian'
        WHEN 'eu' THEN 'pg_catalog.basque' WHEN 'ca' THEN 'pg_catalog.catalan'
        WHEN 'da' THEN 'pg_catalog.danish' WHEN 'nl' THEN 'pg_catalog.dutch'
        WHEN 'en' THEN 'pg_catalog.english' WHEN 'fi' THEN 'pg_catalog.finnish'
        WHEN 'fr' THEN 'pg_catalog.french' WHEN 'de' THEN 'pg_catalog.german'
        WHEN 'el' THEN 'pg_catalog.greek' WHEN 'hi' THEN 'pg_catalog.hindi'
        WHEN 'hu' THEN 'pg_catalog.hungarian' WHEN 'id' THEN 'pg_catalog.indonesian'
        WHEN 'ga' THEN 'pg_catalog.irish' WHEN 'it' THEN 'pg_catalog.italian'
        WHEN 'lt' THEN 'pg_catalog.lithuanian' WHEN 'ne' THEN 'pg_catalog.nepali'
        WHEN 'no' THEN 'pg_catalog.norwegian' WHEN 'nb' THEN 'pg_catalog.norwegian'
        WHEN 'nn' THEN 'pg_catalog.norwegian' WHEN 'pt' THEN 'pg_catalog.portuguese'
        WHEN 'ro' THEN 'pg_catalog.romanian' WHEN 'ru' THEN 'pg_catalog.russian'
        WHEN 'sr' THEN 'pg_catalog.serbian' WHEN 'es' THEN 'pg_catalog.spanish'
        WHEN 'sv' THEN 'pg_catalog.swedish' WHEN 'ta' THEN 'pg_catalog.tamil'
        WHEN 'tr' THEN 'pg_catalog.turkish' WHEN 'yi' THEN 'pg_catalog.yiddish'
    END::regconfig
$$;

-- Lowercases any script and puts spaces around each character of the scripts without spaces.
CREATE FUNCTION plaza_search_prepare(body text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(regexp_replace(body,
        '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])', ' \1 ', 'g') COLLATE pg_c_utf8)
$$;

-- One expression, without a FROM clause, so that PostgreSQL inlines it: five times faster on
-- ingest than a function it has to call.
CREATE FUNCTION plaza_search_vector(language text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('public.plaza_simple', public.plaza_search_prepare(body))
        || coalesce(to_tsvector(public.plaza_search_config(language), public.plaza_search_prepare(body)), ''::tsvector)
$$;

-- One search term (a word or a quoted phrase) as a query that matches its simple form or its
-- stemmed form in any stemmed language: "repairing" finds "repair" in English posts.
CREATE FUNCTION plaza_search_term(term text) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    prepared text := public.plaza_search_prepare(term);
    result tsquery := phraseto_tsquery('public.plaza_simple', prepared);
    seen text[] := ARRAY[result::text];
    config regconfig;
    stemmed tsquery;
BEGIN
    FOR config IN SELECT DISTINCT public.plaza_search_config(l) FROM unnest(ARRAY['ar', 'hy', 'eu', 'ca', 'da',
            'nl', 'en', 'fi', 'fr', 'de', 'el', 'hi', 'hu', 'id', 'ga', 'it', 'lt', 'ne', 'no', 'pt', 'ro', 'ru',
            'sr', 'es', 'sv', 'ta', 'tr', 'yi']) AS l LOOP
        stemmed := phraseto_tsquery(config, prepared);
        IF numnode(stemmed) > 0 AND NOT stemmed::text = ANY (seen) THEN
            result := result || stemmed;
            seen := seen || stemmed::text;
        END IF;
    END LOOP;
    RETURN result;
END
$$;

-- An @handle as the text search parser sees it: the bare name ("@ana") or, written with its server
-- ("@ana@social.example"), one token that starts with "ana@".
CREATE FUNCTION plaza_search_handle(handle text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT public.plaza_search_term(handle) || (''''
        || replace(replace(lower(handle COLLATE pg_c_utf8), '\', '\\'), '''', '''''') || '@'':*')::tsquery
$$;

ALTER TABLE activity ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (public.plaza_search_vector(language, text)) STORED;
CREATE INDEX activity_search ON activity USING gin (search_vector);

-- People are found by display name, handle and stable id, in any case and script.
CREATE INDEX person_name_search ON person USING gin (lower(display_name COLLATE pg_c_utf8) gin_trgm_ops);
CREATE INDEX identity_search ON identity USING gin (
    lower((handle || ' ' || display_name || ' ' || stable_id) COLLATE pg_c_utf8) gin_trgm_ops);
