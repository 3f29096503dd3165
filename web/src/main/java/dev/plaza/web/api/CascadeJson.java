package dev.plaza.web.api;

import dev.plaza.core.wordofmouth.Cascade;
import dev.plaza.core.wordofmouth.Echoes;
import java.time.Instant;

/** How far a post travelled by word of mouth: its own echoes, the echoes at every step, whom they reached and how deep. */
record CascadeJson(EchoesJson direct, EchoesJson all, long peopleReached, int depth, Instant latestEchoAt) {

    /** Reposts, quotes and replies. */
    record EchoesJson(long reposts, long quotes, long replies) {

        static EchoesJson of(Echoes e) {
            return new EchoesJson(e.reposts(), e.quotes(), e.replies());
        }
    }

    static CascadeJson of(Cascade c) {
        return new CascadeJson(EchoesJson.of(c.direct()), EchoesJson.of(c.all()), c.peopleReached(), c.depth(), c.latestEchoAt());
    }
}
