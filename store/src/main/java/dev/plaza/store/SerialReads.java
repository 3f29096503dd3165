package dev.plaza.store;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.HandleCallback;

/**
 * Reads that walk the newest activities and stop at a page's limit, run without parallel workers: starting
 * two took 130–200 ms on two busy cores, for a walk of a few thousand rows that takes a few milliseconds.
 */
final class SerialReads {

    private SerialReads() {
    }

    static <T> T read(Jdbi jdbi, HandleCallback<T, RuntimeException> read) {
        return jdbi.inTransaction(h -> {
            h.execute("SET LOCAL max_parallel_workers_per_gather = 0");
            return read.withHandle(h);
        });
    }
}
