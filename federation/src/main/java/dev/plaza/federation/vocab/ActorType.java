package dev.plaza.federation.vocab;

import java.util.Optional;

/** The ActivityStreams actor types. */
public enum ActorType {
    PERSON("Person"),
    SERVICE("Service"),
    ORGANIZATION("Organization"),
    GROUP("Group"),
    APPLICATION("Application");

    private final String asName;

    ActorType(String asName) {
        this.asName = asName;
    }

    /** The name used in documents, e.g. {@code Person}. */
    public String asName() {
        return asName;
    }

    static Optional<ActorType> of(String type) {
        for (ActorType candidate : values()) {
            if (candidate.asName.equals(type)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
