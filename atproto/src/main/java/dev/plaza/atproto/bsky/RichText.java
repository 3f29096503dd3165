package dev.plaza.atproto.bsky;

import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facets of a post's text: mentions, links and hashtags, found as the Bluesky app finds them, with
 * their spans in UTF-8 bytes (atproto rich text: app.bsky.richtext.facet#byteSlice). A mention whose
 * handle no account has is left as plain text. Facets never overlap: of two that would, the first stays.
 */
public final class RichText {

    private RichText() {
    }

    public static List<Facet> facets(String text, HandleToDid handles) {
        List<Facet> facets = new ArrayList<>();
        Map<Handle, Optional<Did>> resolved = new HashMap<>();
        for (Span mention : Mentions.find(text)) {
            Handle handle = Handle.parse(mention.value());
            resolved.computeIfAbsent(handle, handles::resolve)
                    .ifPresent(did -> facets.add(facet(text, mention, new FacetFeature.Mention(did))));
        }
        Links.find(text).forEach(link -> facets.add(facet(text, link, new FacetFeature.Link(link.value()))));
        Hashtags.find(text).forEach(tag -> facets.add(facet(text, tag, new FacetFeature.Tag(tag.value()))));
        return withoutOverlaps(facets);
    }

    private static Facet facet(String text, Span span, FacetFeature feature) {
        int byteStart = TextChars.utf8Length(text, 0, span.start());
        return new Facet(byteStart, byteStart + TextChars.utf8Length(text, span.start(), span.end()), feature);
    }

    private static List<Facet> withoutOverlaps(List<Facet> facets) {
        facets.sort(Comparator.comparingInt(Facet::byteStart));
        List<Facet> kept = new ArrayList<>();
        for (Facet facet : facets) {
            if (kept.isEmpty() || facet.byteStart() >= kept.getLast().byteEnd()) {
                kept.add(facet);
            }
        }
        return List.copyOf(kept);
    }
}
