package dev.plaza.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.Store;
import dev.plaza.core.alerts.Alert;
import dev.plaza.core.alerts.Alerts;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each new alert of a workspace to its webhook as JSON, through the guarded client (no private
 * networks, size and time limits), and remembers it once the receiver took it (a 2xx answer). An alert
 * the receiver refused, or could not be reached for, is posted again at the next check: delivery is
 * at least once, and the alert's {@code key} lets a receiver drop a repeat.
 */
final class AlertWebhookSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWebhookSender.class);
    static final int ALERTS_CHECKED = 50;

    private final Store store;
    private final GuardedHttpClient http;
    private final URI publicUrl;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final BackgroundLoop loop;

    AlertWebhookSender(Store store, GuardedHttpClient http, URI publicUrl, Clock clock, Duration every) {
        this.store = store;
        this.http = http;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.loop = new BackgroundLoop("alert-webhooks", every, this::sendNew,
                e -> LOG.warn("could not check the alerts to send: {}", e.getMessage()));
    }

    AlertWebhookSender start() {
        loop.start();
        return this;
    }

    /** Sends every workspace's alerts that have not gone out; answers how many went out. */
    int sendNew() {
        int sent = 0;
        for (Map.Entry<Long, URI> hook : store.alertWebhooks().all().entrySet()) {
            long workspace = hook.getKey();
            for (Alert alert : store.alerts().open(workspace, clock.instant(), Alerts.ANSWER_WITHIN, ALERTS_CHECKED)) {
                if (!store.alertWebhooks().sent(workspace, alert.key()) && post(hook.getValue(), alert)) {
                    store.alertWebhooks().markSent(workspace, alert.key(), clock.instant());
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean post(URI webhook, Alert alert) {
        ObjectNode body = json.createObjectNode().put("kind", alert.kind().key()).put("key", alert.key())
                .put("since", alert.since().toString()).put("summary", alert.summary());
        alert.conversationId().ifPresent(id -> body.put("url", publicUrl.resolve("/conversations/" + id).toString()));
        try {
            FetchedResponse response = http.post(webhook, Headers.of("Content-Type", "application/json"),
                    json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            if (response.status() / 100 == 2) {
                return true;
            }
            LOG.warn("the alert webhook {} answered {} for {}; it is sent again at the next check", webhook.getHost(),
                    response.status(), alert.key());
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.warn("could not post {} to the alert webhook {}: {}; it is sent again at the next check", alert.key(),
                    webhook.getHost(), e.getMessage());
        }
        return false;
    }

    @Override
    public void close() {
        loop.close();
    }
}
