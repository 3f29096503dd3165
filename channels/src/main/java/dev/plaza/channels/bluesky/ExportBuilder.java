package dev.plaza.channels.bluesky;

import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects what the records yield, once each. An account seen only by its DID (a follow) is
 * described again when a mention shows its handle.
 */
final class ExportBuilder {

    private final Map<String, SeenIdentity> identities = new LinkedHashMap<>();
    private final Map<String, IncomingActivity> activities = new LinkedHashMap<>();
    private final SortedMap<String, Integer> skipped = new TreeMap<>();
    private int records;
    private int unreadable;
    private int media;

    void identity(SeenIdentity identity) {
        identities.merge(identity.stableId(), identity, (known, seen) -> Accounts.hasHandle(known) ? known : seen);
    }

    void activity(IncomingActivity activity) {
        activities.putIfAbsent(activity.uri(), activity);
    }

    void record() {
        records++;
    }

    void skip(String collection) {
        skipped.merge(collection, 1, Integer::sum);
    }

    void unreadable() {
        unreadable++;
    }

    void media(int attachments) {
        media += attachments;
    }

    /** What was collected, as one batch. */
    IngestBatch batch() {
        return new IngestBatch(new ArrayList<>(identities.values()), new ArrayList<>(activities.values()), Optional.empty());
    }

    /** The export of the repository of {@code did}; the brand takes the handle a mention of it showed, if any. */
    BlueskyExport build(String did, Optional<String> displayName) {
        Optional<String> handle = Optional.ofNullable(identities.get(did)).filter(Accounts::hasHandle).map(SeenIdentity::handle);
        SeenIdentity brand = Accounts.of(did, handle, displayName);
        identities.put(did, brand);
        List<SeenIdentity> described = new ArrayList<>(identities.values());
        IngestBatch batch = new IngestBatch(described, new ArrayList<>(activities.values()), Optional.empty());
        return new BlueskyExport(brand, batch, records, skipped, unreadable, media);
    }
}
