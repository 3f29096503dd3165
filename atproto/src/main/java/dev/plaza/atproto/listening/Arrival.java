package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

/** What the socket hands the listener's thread: a whole message, or the end of the connection. */
sealed interface Arrival {

    /** A whole message; {@code text} when it came in text frames, whose UTF-8 {@code bytes} are given. */
    record Frame(byte[] bytes, boolean text) implements Arrival {
        public Frame {
            requireNonNull(bytes, "bytes");
        }
    }

    /** The connection is over: closed by the host, failed, or aborted; {@code why} says which. */
    record Ended(String why) implements Arrival {
        public Ended {
            requireNonNull(why, "why");
        }
    }
}
