package dev.plaza.channels.bluesky;

import dev.plaza.atproto.cbor.DagValue;
import java.util.Optional;

/** What a post embeds (the app.bsky.embed.* lexicons): a quoted record, and media whose files are elsewhere. */
final class Embeds {

    private static final String RECORD = "app.bsky.embed.record";
    private static final String RECORD_WITH_MEDIA = "app.bsky.embed.recordWithMedia";
    private static final String IMAGES = "app.bsky.embed.images";
    private static final String VIDEO = "app.bsky.embed.video";

    private Embeds() {
    }

    /** The at:// URI of the record a post quotes: a post, or a feed or list it shares. */
    static Optional<String> quoted(Optional<DagValue.Map> embed) {
        return embed.flatMap(e -> switch (e.text("$type").orElse("")) {
            case RECORD -> Optional.of(Refs.record(e, "record"));
            case RECORD_WITH_MEDIA -> e.map("record").map(inner -> Refs.record(inner, "record"));
            default -> Optional.empty();
        });
    }

    static int media(Optional<DagValue.Map> embed) {
        return embed.map(e -> switch (e.text("$type").orElse("")) {
            case IMAGES -> e.list("images").map(images -> images.items().size()).orElse(0);
            case VIDEO -> 1;
            case RECORD_WITH_MEDIA -> media(e.map("media"));
            default -> 0;
        }).orElse(0);
    }
}
