package dev.plaza.app;

import dev.plaza.atproto.listening.ListeningStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * A Bluesky listener in /metrics, tagged by workspace and host: how far behind the stream it is, how
 * many messages it read and stored, how deep its queue is, and whether it is streaming. The gauges
 * read the listener's status when scraped, and go when the listener stops.
 */
final class ListeningMetrics {

    private final MeterRegistry registry;
    private final List<Meter> meters;

    ListeningMetrics(MeterRegistry registry, long workspaceId, String host, Supplier<ListeningStatus> status) {
        this.registry = registry;
        Tags tags = Tags.of("workspace", Long.toString(workspaceId), "host", host);
        this.meters = List.of(
                gauge("plaza.listening.lag.seconds", "how far the last message heard is behind the clock", tags, status,
                        s -> s.lag().map(lag -> lag.toMillis() / 1000.0).orElse(Double.NaN)),
                gauge("plaza.listening.messages", "messages read from the stream", tags, status, s -> s.counts().messages()),
                gauge("plaza.listening.stored", "messages stored with their cursor", tags, status, s -> s.counts().stored()),
                gauge("plaza.listening.queue.depth", "frames read and not yet stored", tags, status, ListeningStatus::queueDepth),
                gauge("plaza.listening.streaming", "1 while connected and reading, else 0", tags, status,
                        s -> s.state() == ListeningStatus.State.STREAMING ? 1 : 0));
    }

    private Meter gauge(String name, String description, Tags tags, Supplier<ListeningStatus> status,
                        ToDoubleFunction<ListeningStatus> value) {
        return Gauge.builder(name, status, supplier -> value.applyAsDouble(supplier.get())).description(description).tags(tags)
                .register(registry);
    }

    void remove() {
        meters.forEach(registry::remove);
    }
}
