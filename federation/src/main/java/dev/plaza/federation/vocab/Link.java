package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An ActivityStreams Link: a reference with a media type, as servers send for {@code url}. */
public record Link(String href, Optional<String> mediaType, Optional<String> name) implements AsObject {

    public Link {
        requireNonNull(href, "href");
        requireNonNull(mediaType, "mediaType");
        requireNonNull(name, "name");
    }

    /** Links have no id of their own; {@code href} is what they point at, not what they are. */
    @Override
    public Optional<String> iri() {
        return Optional.empty();
    }

    @Override
    public String asType() {
        return "Link";
    }
}
