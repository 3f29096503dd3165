package dev.plaza.atproto.jetstream;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Nsid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Jetstream listener asks for (Jetstream README, "Consuming Jetstream"): the collections, by NSID or by a prefix
 * such as {@code app.bsky.feed.*}, and the repositories, by DID; empty lists ask for everything. Jetstream takes at most
 * {@value #MAX_COLLECTIONS} collections and {@value #MAX_DIDS} DIDs. {@code maxMessageSizeBytes} asks the host to leave
 * out larger events, and is also the most a compressed event may inflate to.
 */
public record JetstreamFilter(List<String> wantedCollections, List<Did> wantedDids, Optional<Integer> maxMessageSizeBytes) {

    public static final int MAX_COLLECTIONS = 100;
    public static final int MAX_DIDS = 10_000;
    public static final JetstreamFilter EVERYTHING = new JetstreamFilter(List.of(), List.of(), Optional.empty());

    private static final String PREFIX_WILDCARD = ".*";

    public JetstreamFilter {
        wantedCollections = List.copyOf(wantedCollections);
        wantedDids = List.copyOf(wantedDids);
        requireNonNull(maxMessageSizeBytes, "maxMessageSizeBytes");
        if (wantedCollections.size() > MAX_COLLECTIONS) {
            throw new AtprotoException("Jetstream takes at most %d wanted collections; %d were given"
                    .formatted(MAX_COLLECTIONS, wantedCollections.size()));
        }
        if (wantedDids.size() > MAX_DIDS) {
            throw new AtprotoException("Jetstream takes at most %d wanted DIDs; %d were given".formatted(MAX_DIDS, wantedDids.size()));
        }
        for (int i = 0; i < wantedCollections.size(); i++) {
            checkCollection(i, wantedCollections.get(i));
        }
        if (maxMessageSizeBytes.filter(size -> size < 1).isPresent()) {
            throw new AtprotoException("maxMessageSizeBytes must be positive (leave it out for no limit); got "
                    + maxMessageSizeBytes.get());
        }
    }

    /** A filter from text, as a user configures it: each collection an NSID or prefix, each DID checked. */
    public static JetstreamFilter of(List<String> collections, List<String> dids) {
        List<Did> parsed = new ArrayList<>(dids.size());
        for (int i = 0; i < dids.size(); i++) {
            String did = dids.get(i);
            if (!Did.isValid(did)) {
                throw new AtprotoException("wantedDids[%d] \"%s\" is not a DID (atproto DID syntax)".formatted(i, did));
            }
            parsed.add(Did.parse(did));
        }
        return new JetstreamFilter(collections, parsed, Optional.empty());
    }

    public JetstreamFilter withMaxMessageSizeBytes(int bytes) {
        return new JetstreamFilter(wantedCollections, wantedDids, Optional.of(bytes));
    }

    /** The options_update message that asks a live connection for this filter instead. */
    public String optionsUpdate() {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        ArrayNode collections = payload.putArray("wantedCollections");
        wantedCollections.forEach(collections::add);
        ArrayNode dids = payload.putArray("wantedDids");
        wantedDids.forEach(did -> dids.add(did.value()));
        maxMessageSizeBytes.ifPresent(size -> payload.put("maxMessageSizeBytes", size));
        ObjectNode message = JsonNodeFactory.instance.objectNode().put("type", "options_update");
        message.set("payload", payload);
        return message.toString();
    }

    private static void checkCollection(int index, String collection) {
        requireNonNull(collection, "wantedCollections[" + index + "]");
        boolean prefix = collection.endsWith(PREFIX_WILDCARD);
        // a prefix stands for the NSIDs that continue it with a name, so with one appended it must be an NSID itself
        String nsid = prefix ? collection.substring(0, collection.length() - 1) + "name" : collection;
        if (!Nsid.isValid(nsid) || (!prefix && collection.contains("*"))) {
            throw new AtprotoException(("wantedCollections[%d] \"%s\" is neither an NSID (app.bsky.feed.post) nor an NSID "
                    + "prefix ending in \".*\" (app.bsky.feed.*)").formatted(index, collection));
        }
    }
}
