package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.ChannelState;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.community.Channels;
import dev.plaza.core.community.Platform;
import dev.plaza.core.secrets.SecretBox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.plaza.core.measures.Scope;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

final class PgChannels implements Channels {

    private final Jdbi jdbi;
    private final SecretBox secrets;

    PgChannels(Jdbi jdbi, SecretBox secrets) {
        this.jdbi = jdbi;
        this.secrets = secrets;
    }

    @Override
    public Channel add(long workspaceId, Platform platform, String handle, ChannelKind kind, Optional<String> credentials) {
        new Channel(0, workspaceId, platform, handle, kind, false, Instant.EPOCH); // validates before any SQL runs
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO channel (workspace_id, platform, handle, kind, credentials)
                        VALUES (:w, :platform, :handle, :kind, :credentials) RETURNING *""")
                .bind("w", workspaceId).bind("platform", platform.key()).bind("handle", handle.strip())
                .bind("kind", kind.name().toLowerCase(Locale.ROOT))
                .bind("credentials", credentials.map(secrets::seal).orElse(null))
                .map(Rows.CHANNEL).one());
    }

    @Override
    public List<Channel> list(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM channel WHERE workspace_id = :w ORDER BY platform, handle")
                .bind("w", workspaceId).map(Rows.CHANNEL).list());
    }

    @Override
    public Optional<Channel> find(long workspaceId, long channelId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM channel WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", channelId).map(Rows.CHANNEL).findOne());
    }

    @Override
    public Channel ensure(long workspaceId, Platform platform, String handle, ChannelKind kind) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO channel (workspace_id, platform, handle, kind) VALUES (:w, :platform, :handle, :kind)
                        ON CONFLICT (workspace_id, platform, handle) DO UPDATE SET handle = excluded.handle
                        RETURNING *""")
                .bind("w", workspaceId).bind("platform", platform.key()).bind("handle", handle.strip())
                .bind("kind", kind.name().toLowerCase(Locale.ROOT))
                .map(Rows.CHANNEL).one());
    }

    @Override
    public Optional<String> credentials(long workspaceId, long channelId) {
        byte[] sealed = jdbi.withHandle(h -> h.createQuery(
                        "SELECT credentials FROM channel WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", channelId).mapTo(byte[].class).findOne()
                .orElseThrow(() -> new NotFoundException("channel", channelId)));
        return Optional.ofNullable(sealed).map(secrets::open);
    }

    @Override
    public void remove(long workspaceId, long channelId) {
        int removed = jdbi.inTransaction(h -> {
            // its posts stay (their channel_id set to null), counted in every other scope
            h.createUpdate("DELETE FROM measure_daily WHERE workspace_id = :w AND scope = :scope")
                    .bind("w", workspaceId).bind("scope", new Scope.OfChannel(channelId).key()).execute();
            return h.createUpdate("DELETE FROM channel WHERE workspace_id = :w AND id = :id")
                    .bind("w", workspaceId).bind("id", channelId).execute();
        });
        if (removed == 0) {
            throw new NotFoundException("channel", channelId);
        }
    }

    @Override
    public Channel pause(long workspaceId, long channelId) {
        return setPaused(workspaceId, channelId, "coalesce(paused_at, now())");
    }

    @Override
    public Channel resume(long workspaceId, long channelId) {
        return setPaused(workspaceId, channelId, "NULL");
    }

    private Channel setPaused(long workspaceId, long channelId, String pausedAt) {
        return jdbi.withHandle(h -> h.createQuery("UPDATE channel SET paused_at = " + pausedAt
                        + " WHERE workspace_id = :w AND id = :id RETURNING *")
                .bind("w", workspaceId).bind("id", channelId).map(Rows.CHANNEL).findOne()
                .orElseThrow(() -> new NotFoundException("channel", channelId)));
    }

    @Override
    public void report(long workspaceId, long channelId, ChannelStatus status) {
        int stored = jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO channel_status (channel_id, workspace_id, state, last_event_at, lag_ms, events, last_error,
                                                    last_error_at, updated_at)
                        SELECT id, workspace_id, :state, :lastEventAt, :lagMs, :events, :lastError, :lastErrorAt, :updatedAt
                        FROM channel WHERE workspace_id = :w AND id = :id
                        ON CONFLICT (channel_id) DO UPDATE SET state = excluded.state, last_event_at = excluded.last_event_at,
                            lag_ms = excluded.lag_ms, events = excluded.events, last_error = excluded.last_error,
                            last_error_at = excluded.last_error_at, updated_at = excluded.updated_at""")
                .bind("w", workspaceId).bind("id", channelId).bind("state", status.state().key())
                .bind("lastEventAt", status.lastEventAt().map(Rows::timestamp).orElse(null))
                .bind("lagMs", status.lag().map(Duration::toMillis).orElse(null))
                .bind("events", status.events()).bind("lastError", status.lastError().orElse(null))
                .bind("lastErrorAt", status.lastErrorAt().map(Rows::timestamp).orElse(null))
                .bind("updatedAt", Rows.timestamp(status.updatedAt()))
                .execute());
        if (stored == 0) {
            throw new NotFoundException("channel", channelId);
        }
    }

    @Override
    public Map<Long, ChannelStatus> statuses(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM channel_status WHERE workspace_id = :w")
                .bind("w", workspaceId)
                .map((rs, ctx) -> Map.entry(rs.getLong("channel_id"), new ChannelStatus(
                        ChannelState.fromKey(rs.getString("state")), Rows.optionalInstant(rs, "last_event_at"),
                        Optional.ofNullable((Long) rs.getObject("lag_ms")).map(Duration::ofMillis), rs.getLong("events"),
                        Optional.ofNullable(rs.getString("last_error")), Rows.optionalInstant(rs, "last_error_at"),
                        Rows.instant(rs, "updated_at"))))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
