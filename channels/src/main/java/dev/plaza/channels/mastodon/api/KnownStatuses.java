package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The canonical uri and author of statuses by their instance id. The API names a reply's parent and a deleted
 * status by id only, while Plaza knows activities by uri: a parent not heard yet is looked up ("GET
 * /api/v1/statuses/:id"); a deleted one cannot be (it is gone), so a deletion of a status this source never
 * heard is passed over. The most recently used {@code capacity} statuses are kept.
 */
public final class KnownStatuses {

    /** A status's uri and its author's stable id. */
    public record Known(String uri, String authorStableId) {
    }

    private final Function<String, Optional<MastodonStatus>> lookup;
    private final Instance instance;
    private final int capacity;
    private final Map<String, Known> byId;

    public KnownStatuses(Function<String, Optional<MastodonStatus>> lookup, Instance instance, int capacity) {
        this.lookup = requireNonNull(lookup, "lookup");
        this.instance = requireNonNull(instance, "instance");
        this.capacity = capacity;
        this.byId = new LinkedHashMap<>(64, 0.75f, true);
    }

    /** Looking parents up through the client. */
    public static KnownStatuses of(MastodonClient client, int capacity) {
        return new KnownStatuses(client::status, client.instance(), capacity);
    }

    public synchronized void remember(MastodonStatus status) {
        byId.put(status.id(), new Known(status.uri(), Identities.of(status.account(), instance).stableId()));
        while (byId.size() > capacity) {
            byId.remove(byId.keySet().iterator().next());
        }
    }

    /** Known, or looked up; empty when the instance does not have it (any more) or cannot say. */
    public Optional<String> uriOf(String id) {
        Optional<Known> known = heard(id);
        if (known.isPresent()) {
            return Optional.of(known.get().uri());
        }
        try {
            Optional<MastodonStatus> status = lookup.apply(id);
            status.ifPresent(this::remember);
            return status.map(MastodonStatus::uri);
        } catch (MastodonApiException e) {
            return Optional.empty();
        }
    }

    public synchronized Optional<Known> heard(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
