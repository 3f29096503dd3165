package dev.plaza.app;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;

/**
 * Listening through a Mastodon account in /metrics, tagged by workspace and account: entries read and stored,
 * problems met, timelines streaming, and how long since its timelines were last known current. The meters go
 * when the account stops being listened to.
 */
final class MastodonMetrics {

    private final MeterRegistry registry;
    private final List<Meter> meters;

    MastodonMetrics(MeterRegistry registry, long workspaceId, String acct, MastodonProgress progress) {
        this.registry = registry;
        Tags tags = Tags.of("workspace", Long.toString(workspaceId), "account", acct);
        this.meters = List.of(
                FunctionCounter.builder("plaza.mastodon.entries", progress, MastodonProgress::entries)
                        .description("statuses read from the account's timelines").tags(tags).register(registry),
                FunctionCounter.builder("plaza.mastodon.stored", progress, MastodonProgress::stored)
                        .description("statuses stored as belonging to the community").tags(tags).register(registry),
                FunctionCounter.builder("plaza.mastodon.failures", progress, MastodonProgress::failures)
                        .description("polls, reads and stores that failed").tags(tags).register(registry),
                Gauge.builder("plaza.mastodon.streaming", progress, MastodonProgress::streaming)
                        .description("timelines of the account being streamed").tags(tags).register(registry),
                Gauge.builder("plaza.mastodon.lag.seconds", progress,
                                p -> p.lag().map(lag -> lag.toMillis() / 1000.0).orElse(Double.NaN))
                        .description("how long since the account's timelines were last known current").tags(tags)
                        .register(registry));
    }

    void remove() {
        meters.forEach(registry::remove);
    }
}
