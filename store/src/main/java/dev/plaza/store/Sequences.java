package dev.plaza.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Takes ids from a table's sequence up front, so bulk COPYs can link rows to each other. */
final class Sequences {

    private Sequences() {
    }

    static List<Long> next(Handle handle, String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return handle.createQuery("SELECT nextval(:seq::regclass) FROM generate_series(1, :n)")
                .bind("seq", sequence).bind("n", count).mapTo(Long.class).list();
    }
}
