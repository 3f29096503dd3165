package dev.plaza.web.api;

import dev.plaza.core.advocacy.Advocate;
import java.time.Instant;

/** A person who speaks for the brand unprompted: how often, and when last. */
record AdvocateJson(long personId, String displayName, long recommendations, long answers, Instant lastAt) {

    static AdvocateJson of(Advocate a) {
        return new AdvocateJson(a.personId(), a.displayName(), a.recommendations(), a.answers(), a.lastAt());
    }
}
