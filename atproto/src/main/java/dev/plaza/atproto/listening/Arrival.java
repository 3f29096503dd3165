package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

/** What the socket hands the listener's thread: a whole binary frame, or the end of the connection. */
sealed interface Arrival {

    record Frame(byte[] bytes) implements Arrival {
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
