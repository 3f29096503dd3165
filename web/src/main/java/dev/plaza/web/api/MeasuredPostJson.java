package dev.plaza.web.api;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.measures.MeasuredPost;

/** A scored post behind a measure: the activity, its author as a person, how it feels and what it does for the brand. */
record MeasuredPostJson(ActivityJson activity, AuthorJson author, String sentiment, double confidence, String advocacy) {

    /** Who wrote it: the person, and the name and handle of the identity they wrote it as. */
    record AuthorJson(long personId, String name, String handle) {
    }

    static MeasuredPostJson of(MeasuredPost p) {
        return new MeasuredPostJson(ActivityJson.of(p.activity()), new AuthorJson(p.personId(), p.authorName(), p.authorHandle()),
                p.sentiment().key(), Json.single(p.confidence()), p.advocacy().map(Advocacy::key).orElse(null));
    }
}
