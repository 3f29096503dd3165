-- Plaza keeps these small tables in memory, because every inbound activity reads them. Any change,
-- by any Plaza process or by hand, tells every process on the database to drop what it holds.
CREATE FUNCTION plaza_cache_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('plaza_cache', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER local_actor_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON local_actor
    FOR EACH STATEMENT EXECUTE FUNCTION plaza_cache_changed();
CREATE TRIGGER following_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON following
    FOR EACH STATEMENT EXECUTE FUNCTION plaza_cache_changed();
CREATE TRIGGER domain_block_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON domain_block
    FOR EACH STATEMENT EXECUTE FUNCTION plaza_cache_changed();
CREATE TRIGGER actor_block_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON actor_block
    FOR EACH STATEMENT EXECUTE FUNCTION plaza_cache_changed();
