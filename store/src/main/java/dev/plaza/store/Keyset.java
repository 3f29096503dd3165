package dev.plaza.store;

import dev.plaza.core.paging.Cursor;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Keyset pagination over lists ordered by (time DESC, id DESC): queries fetch one row more than
 * the page to learn whether a next page exists, and the cursor names the last row shown.
 */
final class Keyset {

    private Keyset() {
    }

    /** The SQL condition to continue after the cursor, or an always-true one on the first page. */
    static String after(PageRequest page, String timeColumn, String idColumn) {
        return page.cursor().isPresent() ? "(%s, %s) < (:cursorAt, :cursorId)".formatted(timeColumn, idColumn) : "true";
    }

    static Instant cursorAt(PageRequest page) {
        return page.cursor().map(c -> Instant.EPOCH.plus(Cursor.decode(c).epochMicros(), ChronoUnit.MICROS))
                .orElse(Instant.EPOCH);
    }

    static long cursorId(PageRequest page) {
        return page.cursor().map(c -> Cursor.decode(c).id()).orElse(0L);
    }

    static <T> Page<T> page(List<T> rows, PageRequest page, Function<T, Instant> time, ToLongFunction<T> id) {
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> shown = rows.subList(0, page.limit());
        T last = shown.get(shown.size() - 1);
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, time.apply(last));
        return new Page<>(shown, Optional.of(new Cursor(micros, id.applyAsLong(last)).encode()));
    }
}
