package dev.plaza.store;

import dev.plaza.core.feeds.FeedSource;
import dev.plaza.core.feeds.FeedSources;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.StreamBatch;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Feed polling state, written in the transaction that stores the poll's items. */
final class PgFeedSources implements FeedSources {

    private static final RowMapper<FeedSource> SOURCE = (rs, ctx) -> new FeedSource(rs.getLong("workspace_id"),
            rs.getLong("channel_id"), rs.getString("url"), Optional.ofNullable(rs.getString("etag")),
            Optional.ofNullable(rs.getString("last_modified")), Rows.optionalInstant(rs, "last_polled_at"),
            Rows.instant(rs, "next_poll_at"), Optional.ofNullable(rs.getString("last_error")), rs.getInt("failures"),
            rs.getLong("items_seen"));

    private final Jdbi jdbi;
    private final PgIngest ingest;

    PgFeedSources(Jdbi jdbi, PgIngest ingest) {
        this.jdbi = jdbi;
        this.ingest = ingest;
    }

    @Override
    public Optional<FeedSource> find(long workspaceId, long channelId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM feed_sources WHERE workspace_id = :w AND channel_id = :c")
                .bind("w", workspaceId).bind("c", channelId).map(SOURCE).findOne());
    }

    @Override
    public List<FeedSource> list(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM feed_sources WHERE workspace_id = :w ORDER BY channel_id")
                .bind("w", workspaceId).map(SOURCE).list());
    }

    @Override
    public IngestResult record(FeedSource state, Optional<StreamBatch> items) {
        if (items.isPresent()) {
            return ingest.ingest(state.workspaceId(), items.get(), h -> save(h, state));
        }
        jdbi.useTransaction(h -> save(h, state));
        return IngestResult.NOTHING;
    }

    private static void save(Handle h, FeedSource state) {
        h.createUpdate("""
                        INSERT INTO feed_sources (workspace_id, channel_id, url, etag, last_modified, last_polled_at,
                                                  next_poll_at, last_error, failures, items_seen)
                        VALUES (:w, :c, :url, :etag, :modified, :polled, :next, :error, :failures, :seen)
                        ON CONFLICT (workspace_id, channel_id) DO UPDATE SET url = excluded.url, etag = excluded.etag,
                            last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,
                            next_poll_at = excluded.next_poll_at, last_error = excluded.last_error,
                            failures = excluded.failures, items_seen = excluded.items_seen""")
                .bind("w", state.workspaceId()).bind("c", state.channelId()).bind("url", state.url())
                .bind("etag", state.etag().orElse(null)).bind("modified", state.lastModified().orElse(null))
                .bind("polled", state.lastPolled().map(Rows::timestamp).orElse(null))
                .bind("next", Rows.timestamp(state.nextPoll())).bind("error", state.lastError().orElse(null))
                .bind("failures", state.failures()).bind("seen", state.itemsSeen())
                .execute();
    }
}
