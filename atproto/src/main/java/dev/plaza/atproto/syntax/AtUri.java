package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.util.Optional;

/**
 * An AT-URI in the strict form atproto's Lexicon "at-uri" format takes (atproto AT-URI spec):
 * "at://" authority, then optionally "/" collection NSID, then optionally "/" record key; no
 * query, fragment or trailing slash; at most 8 KiB.
 */
public record AtUri(AtIdentifier authority, Optional<Nsid> collection, Optional<RecordKey> recordKey) {

    static final int MAX_LENGTH = 8 * 1024;
    private static final String PREFIX = "at://";

    public AtUri {
        if (recordKey.isPresent() && collection.isEmpty()) {
            throw new AtprotoException("an AT-URI with a record key (%s) needs a collection".formatted(recordKey.get()));
        }
    }

    public static AtUri parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw Refusal.of("AT-URI", text, "longer than %d characters".formatted(MAX_LENGTH));
        }
        if (!text.startsWith(PREFIX)) {
            throw Refusal.of("AT-URI", text, "an AT-URI starts with \"at://\"");
        }
        String[] parts = text.substring(PREFIX.length()).split("/", -1);
        if (parts.length > 3) {
            throw Refusal.of("AT-URI", text, "more than authority, collection and record key");
        }
        try {
            AtIdentifier authority = AtIdentifier.parse(parts[0]);
            Optional<Nsid> collection = parts.length > 1 ? Optional.of(Nsid.parse(parts[1])) : Optional.empty();
            Optional<RecordKey> recordKey = parts.length > 2 ? Optional.of(RecordKey.parse(parts[2])) : Optional.empty();
            return new AtUri(authority, collection, recordKey);
        } catch (AtprotoException e) {
            throw new AtprotoException("%s is not a valid AT-URI: %s".formatted(Refusal.quoted(text), e.getMessage()), e);
        }
    }

    public static boolean isValid(String text) {
        return Refusal.passes(AtUri::parse, text);
    }

    public static AtUri of(AtIdentifier authority, Nsid collection, RecordKey recordKey) {
        return new AtUri(authority, Optional.of(collection), Optional.of(recordKey));
    }

    @Override
    public String toString() {
        StringBuilder uri = new StringBuilder(PREFIX).append(authority.value());
        collection.ifPresent(nsid -> uri.append('/').append(nsid.value()));
        recordKey.ifPresent(key -> uri.append('/').append(key.value()));
        return uri.toString();
    }
}
