package dev.plaza.store;

import dev.plaza.core.alerts.AlertWebhooks;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

final class PgAlertWebhooks implements AlertWebhooks {

    private final Jdbi jdbi;

    PgAlertWebhooks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<URI> of(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT url FROM alert_webhook WHERE workspace_id = :w")
                .bind("w", workspaceId).mapTo(String.class).findOne().map(URI::create));
    }

    @Override
    public void set(long workspaceId, Optional<URI> url) {
        jdbi.useHandle(h -> {
            if (url.isEmpty()) {
                h.createUpdate("DELETE FROM alert_webhook WHERE workspace_id = :w").bind("w", workspaceId).execute();
                return;
            }
            h.createUpdate("""
                            INSERT INTO alert_webhook (workspace_id, url) VALUES (:w, :url)
                            ON CONFLICT (workspace_id) DO UPDATE SET url = excluded.url, updated_at = now()""")
                    .bind("w", workspaceId).bind("url", url.get().toString()).execute();
        });
    }

    @Override
    public Map<Long, URI> all() {
        Map<Long, URI> hooks = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT workspace_id, url FROM alert_webhook ORDER BY workspace_id")
                .map((rs, ctx) -> Map.entry(rs.getLong("workspace_id"), URI.create(rs.getString("url"))))
                .forEach(e -> hooks.put(e.getKey(), e.getValue())));
        return hooks;
    }

    @Override
    public boolean sent(long workspaceId, String alertKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM alert_sent WHERE workspace_id = :w AND key = :k)")
                .bind("w", workspaceId).bind("k", alertKey).mapTo(Boolean.class).one());
    }

    @Override
    public void markSent(long workspaceId, String alertKey, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO alert_sent (workspace_id, key, sent_at) VALUES (:w, :k, :at) ON CONFLICT DO NOTHING""")
                .bind("w", workspaceId).bind("k", alertKey).bind("at", Rows.timestamp(at)).execute());
    }
}
