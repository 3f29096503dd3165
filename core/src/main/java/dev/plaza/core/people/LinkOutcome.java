package dev.plaza.core.people;

import java.util.List;

/** What recording an identity's claims led to: the merges Plaza made and the links it suggested. */
public record LinkOutcome(List<PersonMerge> merges, List<LinkSuggestion> suggestions) {

    public static final LinkOutcome NOTHING = new LinkOutcome(List.of(), List.of());

    public LinkOutcome {
        merges = List.copyOf(merges);
        suggestions = List.copyOf(suggestions);
    }
}
