package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A media attachment of a post (Document, Image, Video, Audio); {@code name} is its alt text. */
public record Attachment(String type, String url, Optional<String> mediaType, Optional<String> name) {

    public Attachment {
        requireNonNull(type, "type");
        requireNonNull(url, "url");
        requireNonNull(mediaType, "mediaType");
        requireNonNull(name, "name");
    }
}
