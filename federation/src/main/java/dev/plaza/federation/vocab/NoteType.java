package dev.plaza.federation.vocab;

import java.util.Optional;

/** The post types Plaza shows: a short Note, a titled Article, a Question (a poll). */
public enum NoteType {
    NOTE("Note"),
    ARTICLE("Article"),
    QUESTION("Question");

    private final String asName;

    NoteType(String asName) {
        this.asName = asName;
    }

    public String asName() {
        return asName;
    }

    static Optional<NoteType> of(String type) {
        for (NoteType candidate : values()) {
            if (candidate.asName.equals(type)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
