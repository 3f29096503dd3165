package dev.plaza.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Transaction-scoped advisory locks: released by commit or rollback, never leaked. */
final class Locks {

    private static final long INGEST = 0x504C5A41L << 32;
    private static final long DEFAULT_WORKSPACE = 0x504C5A42L << 32;

    private Locks() {
    }

    static void ingest(Handle handle, long workspaceId) {
        lock(handle, INGEST | workspaceId);
    }

    /**
     * The ingest lock of a workspace that must exist (empty when there is none), taken in the same
     * round trip as switching the rest of the transaction to generic plans. Every statement of an
     * ingest is a key lookup or a write driven by unnest() of bound arrays, whose generic plan is
     * right whatever the arrays hold; otherwise PostgreSQL plans each one afresh whenever it judges
     * a custom plan cheaper, which cost a busy inbox a fifth of its database time.
     */
    static Optional<Long> ingestExisting(Handle handle, long workspaceId) {
        return handle.createQuery("""
                        SELECT w.id FROM (SELECT pg_advisory_xact_lock(:key),
                            set_config('plan_cache_mode', 'force_generic_plan', true)) AS locked, workspace w
                        WHERE w.id = :w""")
                .bind("key", INGEST | workspaceId).bind("w", workspaceId).mapTo(Long.class).findOne();
    }

    static void defaultWorkspace(Handle handle) {
        lock(handle, DEFAULT_WORKSPACE);
    }

    private static void lock(Handle handle, long key) {
        handle.createQuery("SELECT pg_advisory_xact_lock(:key)::text").bind("key", key).mapTo(String.class).one();
    }
}
