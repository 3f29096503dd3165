package dev.plaza.app;

import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.federation.delivery.DeliveryListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;

/** Federation deliveries in /metrics: outcomes by kind, and how long accepted deliveries took. */
final class DeliveryMetrics implements DeliveryListener {

    private final MeterRegistry registry;
    private final Timer delivered;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.delivered = Timer.builder("plaza.deliveries.sent").description("activities accepted by remote inboxes")
                .register(registry);
    }

    @Override
    public void delivered(DeliveryJob job, int status, Duration took) {
        delivered.record(took);
    }

    @Override
    public void retrying(DeliveryJob job, Instant next, String reason) {
        registry.counter("plaza.deliveries.failed", "outcome", "retrying").increment();
    }

    @Override
    public void heldBack(DeliveryJob job, Instant until) {
        registry.counter("plaza.deliveries.failed", "outcome", "held_back").increment();
    }

    @Override
    public void dead(DeliveryJob job, String reason) {
        registry.counter("plaza.deliveries.failed", "outcome", "dead").increment();
    }
}
