package dev.plaza.channels.bluesky;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.channels.bluesky.RichText.Mention;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads a post's rich text: {@code facets} (app.bsky.richtext.facet, ranges in UTF-8 bytes) and
 * the {@code entities} that posts written before facets carry (ranges in UTF-16 code units, as
 * their lexicon said). Mentions name an account by DID; links show their full URI, since
 * clients shorten what the text shows ("example.com/a-long-pa…"). Hashtags are in the text
 * already. A facet whose range does not fit the text keeps its mention but changes no text.
 */
final class Facets {

    private static final String MENTION = "app.bsky.richtext.facet#mention";
    private static final String LINK = "app.bsky.richtext.facet#link";
    static final String TAG = "app.bsky.richtext.facet#tag";
    private static final int MAX_URI = 2048;

    private record Span(int start, int end, String link) {
    }

    private final String text;
    private final Map<String, Mention> mentions = new LinkedHashMap<>();
    private final List<Span> links = new ArrayList<>();

    private Facets(String text) {
        this.text = text;
    }

    static RichText read(String text, DagValue.Map post) {
        Facets facets = new Facets(text);
        post.list("facets").ifPresent(list -> list.items().forEach(facet -> facets.leniently(facets::facet, facet)));
        post.list("entities").ifPresent(list -> list.items().forEach(entity -> facets.leniently(facets::entity, entity)));
        return new RichText(facets.linked(), List.copyOf(facets.mentions.values()));
    }

    /** A malformed facet costs the post its mention or link, not the post. */
    private void leniently(Consumer<DagValue> read, DagValue value) {
        try {
            read.accept(value);
        } catch (AtprotoException e) {
            // the facet is ignored; the text stays as written
        }
    }

    private void facet(DagValue value) {
        if (!(value instanceof DagValue.Map facet)) {
            return;
        }
        Optional<int[]> range = facet.map("index").flatMap(index -> range(
                byteOffset(index.integer("byteStart")), byteOffset(index.integer("byteEnd"))));
        for (DagValue feature : facet.list("features").map(DagValue.List::items).orElse(List.of())) {
            if (feature instanceof DagValue.Map f) {
                String type = f.text("$type").orElse("");
                if (type.equals(MENTION)) {
                    f.text("did").ifPresent(did -> mention(did, range));
                } else if (type.equals(LINK)) {
                    f.text("uri").ifPresent(uri -> link(uri, range));
                }
            }
        }
    }

    private void entity(DagValue value) {
        if (!(value instanceof DagValue.Map entity)) {
            return;
        }
        Optional<int[]> range = entity.map("index").flatMap(index -> range(
                charOffset(index.integer("start")), charOffset(index.integer("end"))));
        String target = entity.text("value").orElse("");
        switch (entity.text("type").orElse("")) {
            case "mention" -> mention(target, range);
            case "link" -> link(target, range);
            default -> { }
        }
    }

    private void mention(String did, Optional<int[]> range) {
        if (!Did.isValid(did)) {
            return;
        }
        Optional<String> handle = range.map(r -> text.substring(r[0], r[1]))
                .map(shown -> shown.startsWith("@") ? shown.substring(1) : shown)
                .filter(Handle::isValid).map(h -> h.toLowerCase(Locale.ROOT));
        mentions.merge(did, new Mention(did, handle), (known, seen) -> known.handle().isPresent() ? known : seen);
    }

    private void link(String uri, Optional<int[]> range) {
        if (range.isPresent() && isWebLink(uri) && !text.substring(range.get()[0], range.get()[1]).equals(uri)) {
            links.add(new Span(range.get()[0], range.get()[1], uri));
        }
    }

    /** The text with each link that does not overlap an earlier one written out in full. */
    private String linked() {
        links.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : links) {
            if (span.start() >= at) {
                out.append(text, at, span.start()).append(span.link());
                at = span.end();
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    private static Optional<int[]> range(OptionalInt start, OptionalInt end) {
        if (start.isEmpty() || end.isEmpty() || start.getAsInt() >= end.getAsInt()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {start.getAsInt(), end.getAsInt()});
    }

    /** The char index where UTF-8 byte {@code offset} of the text starts; empty inside a character or past the end. */
    private OptionalInt byteOffset(Optional<Long> offset) {
        if (offset.isEmpty() || offset.get() < 0) {
            return OptionalInt.empty();
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); ) {
            if (bytes == offset.get()) {
                return OptionalInt.of(i);
            }
            int codePoint = text.codePointAt(i);
            bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            i += Character.charCount(codePoint);
        }
        return bytes == offset.get() ? OptionalInt.of(text.length()) : OptionalInt.empty();
    }

    private OptionalInt charOffset(Optional<Long> offset) {
        if (offset.isEmpty() || offset.get() < 0 || offset.get() > text.length()) {
            return OptionalInt.empty();
        }
        int at = offset.get().intValue();
        boolean insidePair = at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at));
        return insidePair ? OptionalInt.empty() : OptionalInt.of(at);
    }

    private static boolean isWebLink(String uri) {
        if (uri.length() > MAX_URI) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            return parsed.getHost() != null
                    && ("https".equalsIgnoreCase(parsed.getScheme()) || "http".equalsIgnoreCase(parsed.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
