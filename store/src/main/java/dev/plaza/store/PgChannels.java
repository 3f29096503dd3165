package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Channels;
import dev.plaza.core.community.Platform;
import dev.plaza.core.secrets.SecretBox;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        int removed = jdbi.withHandle(h -> h.createUpdate("DELETE FROM channel WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", channelId).execute());
        if (removed == 0) {
            throw new NotFoundException("channel", channelId);
        }
    }
}
