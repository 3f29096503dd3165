package dev.plaza.core.actors;

import java.util.Locale;

/** The ActivityStreams actor type a local actor is published as. */
public enum ActorKind {
    /** The brand itself. */
    ORGANIZATION("Organization"),
    /** An automated account (a bot, a feed). */
    SERVICE("Service"),
    /** A team member's own account. */
    PERSON("Person"),
    /** The instance actor that signs Plaza's own fetches. */
    APPLICATION("Application");

    private final String asType;

    ActorKind(String asType) {
        this.asType = asType;
    }

    /** The ActivityStreams {@code type}. */
    public String asType() {
        return asType;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
