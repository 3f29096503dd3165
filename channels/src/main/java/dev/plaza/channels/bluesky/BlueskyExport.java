package dev.plaza.channels.bluesky;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a Bluesky repository export holds, read but not yet stored.
 *
 * @param account          the repository's account (the brand's), also in {@code batch}
 * @param batch            activities and identities, for {@link dev.plaza.core.ingest.Ingest}
 * @param records          records in the repository
 * @param skipped          records of kinds Plaza does not import, by collection (app.bsky.graph.block, …)
 * @param unreadable       records of the kinds Plaza imports that lack what they need (a subject, a time)
 * @param mediaAttachments images and videos the posts carry; the files are not in the export
 */
public record BlueskyExport(
        SeenIdentity account,
        IngestBatch batch,
        int records,
        SortedMap<String, Integer> skipped,
        int unreadable,
        int mediaAttachments) {

    public BlueskyExport {
        requireNonNull(account, "account");
        requireNonNull(batch, "batch");
        skipped = Collections.unmodifiableSortedMap(new TreeMap<>(skipped));
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The store's summary line, with what the export held that was not imported. */
    public String summary(IngestResult stored) {
        StringBuilder line = new StringBuilder(stored.summary());
        if (!skipped.isEmpty()) {
            line.append("; skipped %s of other kinds (%s)".formatted(records(skippedCount()), skipped.entrySet().stream()
                    .map(Map.Entry::getKey).collect(Collectors.joining(", "))));
        }
        if (unreadable > 0) {
            line.append("; %s could not be read".formatted(records(unreadable)));
        }
        return line.toString();
    }

    private static String records(int count) {
        return count == 1 ? "1 record" : "%d records".formatted(count);
    }
}
