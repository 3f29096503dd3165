package dev.plaza.web.api;

import dev.plaza.core.paging.Page;
import java.util.List;
import java.util.function.Function;

/** Every list the API returns: its items and the cursor of the next page, null on the last one. */
record ListJson<T>(List<T> items, String nextCursor) {

    static <S, T> ListJson<T> of(Page<S> page, Function<? super S, ? extends T> view) {
        return new ListJson<>(page.items().stream().<T>map(view).toList(), page.nextCursor().orElse(null));
    }

    /** A list that is always complete: there is never a next page. */
    static <S, T> ListJson<T> complete(List<S> items, Function<? super S, ? extends T> view) {
        return new ListJson<>(items.stream().<T>map(view).toList(), null);
    }
}
