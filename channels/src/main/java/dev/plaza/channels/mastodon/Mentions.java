package dev.plaza.channels.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Mention tags of a Note: each names an account by actor URI ({@code href}) and by
 * {@code name}, which Mastodon writes as {@code @user@host}, or {@code @user} for an account of
 * the same server.
 */
final class Mentions {

    private final BatchBuilder out;

    Mentions(BatchBuilder out) {
        this.out = out;
    }

    List<IdentityKey> of(JsonNode tags) {
        List<IdentityKey> keys = new ArrayList<>();
        for (JsonNode tag : OutboxItems.list(tags)) {
            if (tag.path("type").asText("").equals("Mention")) {
                identity(tag).ifPresent(key -> {
                    if (!keys.contains(key)) {
                        keys.add(key);
                    }
                });
            }
        }
        return keys;
    }

    private Optional<IdentityKey> identity(JsonNode mention) {
        String raw = mention.path("href").asText("");
        if (raw.startsWith("http") && out.hasIdentity(raw)) {
            return Optional.of(new IdentityKey(Platform.FEDIVERSE, raw));
        }
        Optional<String> href = Uris.http(raw);
        if (href.isEmpty()) {
            return Optional.empty();
        }
        String name = mention.path("name").asText("").strip();
        String address = name.indexOf('@', 1) > 0 ? name : name + "@" + Uris.host(href.get());
        return Acct.parse(address).map(acct -> {
            SeenIdentity identity = new SeenIdentity(Platform.FEDIVERSE, href.get(), acct.handle(), acct.handle(), href,
                    Optional.of(acct.hint()));
            out.identity(identity);
            return identity.key();
        });
    }
}
