package dev.plaza.web.api;

import dev.plaza.core.people.LinkSuggestion;
import java.time.Instant;
import java.util.List;

/** Two identities that may be one person, the evidence for it and how sure Plaza is. */
record SuggestionJson(
        long id,
        double confidence,
        List<String> evidence,
        String state,
        Instant suggestedAt,
        List<IdentityJson> identities) {

    static SuggestionJson of(LinkSuggestion s) {
        return new SuggestionJson(s.id(), s.confidence(), s.evidence(), s.state().key(), s.suggestedAt(),
                List.of(IdentityJson.of(s.left()), IdentityJson.of(s.right())));
    }
}
