package dev.plaza.core.alerts;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Where each workspace's alerts are posted, and which of them went out. */
public interface AlertWebhooks {

    Optional<URI> of(long workspaceId);

    /** Sets the workspace's webhook, or removes it when {@code url} is empty. */
    void set(long workspaceId, Optional<URI> url);

    /** Every workspace's webhook. */
    Map<Long, URI> all();

    boolean sent(long workspaceId, String alertKey);

    void markSent(long workspaceId, String alertKey, Instant at);
}
