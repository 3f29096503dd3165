package dev.plaza.web.api;

import dev.plaza.core.advocacy.AdvocacyPost;
import dev.plaza.core.wordofmouth.Cascade;
import java.util.Optional;

/** A recommendation of the brand or an answer with it, who wrote it, the words that recommend, and how far it travelled. */
record AdvocacyPostJson(ActivityJson activity, long personId, String authorName, String advocacy, String evidence,
        CascadeJson cascade) {

    static AdvocacyPostJson of(AdvocacyPost p, Optional<Cascade> cascade) {
        return new AdvocacyPostJson(ActivityJson.of(p.activity()), p.personId(), p.authorName(), p.reading().advocacy().key(),
                p.reading().evidence().orElse(null), cascade.map(CascadeJson::of).orElse(null));
    }
}
