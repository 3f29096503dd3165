package dev.plaza.atproto.bsky;

import static java.util.Objects.requireNonNull;

/**
 * A span of a post's text and what it is (app.bsky.richtext.facet). The span is counted in bytes of the
 * UTF-8 text, start inclusive and end exclusive, as the facet lexicon's byteSlice is.
 */
public record Facet(int byteStart, int byteEnd, FacetFeature feature) {

    public Facet {
        requireNonNull(feature, "feature");
        if (byteStart < 0 || byteEnd <= byteStart) {
            throw new IllegalArgumentException("a facet spans bytes [start, end) with 0 <= start < end, not [%d, %d)"
                    .formatted(byteStart, byteEnd));
        }
    }
}
