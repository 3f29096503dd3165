package dev.plaza.bench;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.PlazaStore;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Plaza's side of the fan-out: an embedded store with a brand actor, and its durable delivery queue
 * with {@code workers} workers sending to the sink. Each run enqueues one post to all followers;
 * it is timed to the sink's last delivery, and also to the last job recorded done in the store.
 */
final class PlazaFanOut {

    private PlazaFanOut() {
    }

    /** Runs {@code warmups} untimed fan-outs and then {@code runs} timed ones; returns the timed ones. */
    static List<FanOutRun> run(LoopbackSink sink, List<URI> followerInboxes, int workers, int warmups, int runs,
            Duration timeout) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("plaza-fanout-bench");
        try (PlazaStore store = BenchStore.open(home)) {
            LocalActor actor = new ActorProvisioner(store.localActors()).create(
                    store.workspaces().create("fanout-" + System.nanoTime() % 100_000, "Fan-out", false).id(),
                    "brand", ActorKind.ORGANIZATION, "Brand", "");
            DeliverySettings settings = DeliverySettings.DEFAULT.withWorkers(workers);
            try (DeliveryWorker worker = new DeliveryWorker(store.deliveryJobs(), store.localActors(),
                    ActorUris.of("https://plaza.example"), new GuardedHttpClient(GuardSettings.forLoopbackTests()),
                    settings, Clock.systemUTC(), DeliveryListener.NONE).start()) {
                CpuMeter cpu = CpuMeter.withPostgres(home.resolve("postgres/data"));
                List<FanOutRun> timed = new ArrayList<>();
                for (int run = 1 - warmups; run <= runs; run++) {
                    if (run == 1) {
                        StatementStats.reset(store.dataSource());
                    }
                    FanOutRun delivered = once(sink, store, cpu, actor, followerInboxes, timeout, run);
                    if (run > 0) {
                        timed.add(delivered);
                    }
                }
                StatementStats.print(store.dataSource(), 12);
                return timed;
            }
        } finally {
            TempDirs.delete(home);
        }
    }

    private static FanOutRun once(LoopbackSink sink, PlazaStore store, CpuMeter cpu, LocalActor actor,
            List<URI> followerInboxes, Duration timeout, int run) throws InterruptedException {
        long doneBefore = store.deliveryJobs().counts().done();
        String id = "https://plaza.example/activities/bench-" + System.nanoTime();
        byte[] body = ("{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id
                + "\",\"type\":\"Create\",\"actor\":\"https://plaza.example/users/brand\",\"object\":{\"type\":"
                + "\"Note\",\"content\":\"" + "Hello, fediverse! ".repeat(20) + "\"}}").getBytes(StandardCharsets.UTF_8);
        CpuMeter.CpuTime cpuBefore = cpu.now();
        LoopbackSink.Round round = sink.open();
        long start = System.nanoTime();
        int jobs = store.deliveries().enqueue(new Delivery(actor.id(), id, body, followerInboxes));
        long[] recordedDone = {0};
        LoopbackSink.Delivered delivered = round.await(jobs, () -> {
            if (store.deliveryJobs().counts().done() - doneBefore < jobs) {
                return false;
            }
            recordedDone[0] = System.nanoTime();
            return true;
        }, () -> true, timeout);
        FanOutRun result = new FanOutRun(delivered, cpu.now().minus(cpuBefore));
        System.out.printf("Plaza %s: %,d signed deliveries to %,d inboxes in %.2f s (last delivery; all recorded done "
                        + "at %.2f s), %,.0f deliveries/s; %s; CPU per delivery: JVM %.2f ms (with the sink), "
                        + "PostgreSQL %.2f ms%n", run <= 0 ? "warm-up" : "run " + run, delivered.deliveries(),
                delivered.distinctInboxes(), result.seconds(), (recordedDone[0] - start) / 1e9, result.perSecond(),
                delivered.signatures(), result.jvmMillisPerDelivery(), result.otherMillisPerDelivery());
        return result;
    }
}
