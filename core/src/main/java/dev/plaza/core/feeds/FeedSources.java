package dev.plaza.core.feeds;

import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.StreamBatch;
import java.util.List;
import java.util.Optional;

/** Where feed listeners keep each feed's polling state, with the items a poll brought. */
public interface FeedSources {

    Optional<FeedSource> find(long workspaceId, long channelId);

    List<FeedSource> list(long workspaceId);

    /**
     * Stores the poll's items (as {@link dev.plaza.core.ingest.StreamIngest} does, when there are any)
     * and the feed's new state, in one transaction: a poll is kept whole or not at all.
     */
    IngestResult record(FeedSource state, Optional<StreamBatch> items);
}
