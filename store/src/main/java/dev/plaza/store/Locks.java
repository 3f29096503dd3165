package dev.plaza.store;

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

    static void defaultWorkspace(Handle handle) {
        lock(handle, DEFAULT_WORKSPACE);
    }

    private static void lock(Handle handle, long key) {
        handle.createQuery("SELECT pg_advisory_xact_lock(:key)::text").bind("key", key).mapTo(String.class).one();
    }
}
