package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

/**
 * How one connection ended and what the listener does next: connect again after the usual backoff (SOON), after
 * the longest backoff (SLOWLY: the host said something that retrying quickly cannot change), or not at all (NEVER).
 * {@code progressed} says whether the connection moved the cursor, which starts the backoff over.
 */
record Ending(String why, Retry retry, boolean progressed) {

    enum Retry {
        SOON, SLOWLY, NEVER
    }

    Ending {
        requireNonNull(why, "why");
        requireNonNull(retry, "retry");
    }

    static Ending soon(String why) {
        return new Ending(why, Retry.SOON, false);
    }

    static Ending slowly(String why) {
        return new Ending(why, Retry.SLOWLY, false);
    }

    static Ending never(String why) {
        return new Ending(why, Retry.NEVER, false);
    }

    Ending progressed(boolean moved) {
        return new Ending(why, retry, moved);
    }
}
