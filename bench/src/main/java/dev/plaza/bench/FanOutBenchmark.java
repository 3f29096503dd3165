package dev.plaza.bench;

import com.sun.net.httpserver.HttpServer;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.http.GuardSettings;
import dev.plaza.federation.http.GuardedHttpClient;
import dev.plaza.store.PlazaStore;
import dev.plaza.store.StoreSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Federation fan-out (design.md §7: ≥ 1,000 signed deliveries/s on 2 cores): one post to 10,000
 * followers behind 2,000 shared inboxes, on {@code hosts} loopback HTTP servers that answer 202.
 * The queue sends one RSA-signed (RFC 9421) POST per distinct inbox. Prints signed deliveries/s and
 * the time from enqueue to the last delivery recorded done, for each run and the median of three.
 * Usage: {@code FanOutBenchmark [followers] [sharedInboxes] [hosts] [workers] [runs]}.
 *
 * <p>Still to do: the same fan-out from a Fedify server against the same sink, for the "≥ 3× Fedify"
 * half of the target (test-peers/ has the Fedify peer to build it on).
 */
public final class FanOutBenchmark {

    private FanOutBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int followers = arg(args, 0, 10_000);
        int sharedInboxes = arg(args, 1, 2_000);
        int hosts = arg(args, 2, 50);
        int workers = arg(args, 3, 32);
        int runs = arg(args, 4, 3);
        Path home = Files.createTempDirectory("plaza-fanout-bench");
        List<HttpServer> sink = sink(hosts);
        AtomicInteger received = new AtomicInteger();
        sink.forEach(server -> server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                received.incrementAndGet();
                exchange.sendResponseHeaders(202, -1);
            }
        }));
        sink.forEach(HttpServer::start);
        try (PlazaStore store = PlazaStore.open(new StoreSettings(Optional.empty(), home, "bench-secret-key-0123456789"))) {
            LocalActor actor = new ActorProvisioner(store.localActors()).create(
                    store.workspaces().create("fanout-" + System.nanoTime() % 100_000, "Fan-out", false).id(),
                    "brand", ActorKind.ORGANIZATION, "Brand", "");
            ActorUris uris = ActorUris.of("https://plaza.example");
            List<URI> inboxes = followersInboxes(sink, followers, sharedInboxes);
            DeliverySettings settings = DeliverySettings.DEFAULT.withWorkers(workers).withIdlePoll(Duration.ofMillis(2));
            try (DeliveryWorker worker = new DeliveryWorker(store.deliveryJobs(), store.localActors(), uris,
                    new GuardedHttpClient(GuardSettings.forLoopbackTests()), settings, Clock.systemUTC(),
                    DeliveryListener.NONE).start()) {
                System.out.printf("%,d followers, %,d shared inboxes on %d hosts, %d workers, %d cores%n", followers,
                        sharedInboxes, hosts, workers, Runtime.getRuntime().availableProcessors());
                measure(store.deliveries(), store.deliveryJobs(), actor, inboxes, runs + 1);
            }
        } finally {
            sink.forEach(server -> server.stop(0));
        }
    }

    private static void measure(DeliveryQueue queue, DeliveryJobs view, LocalActor actor, List<URI> inboxes, int runs)
            throws InterruptedException {
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long doneBefore = view.counts().done();
            String id = "https://plaza.example/activities/bench-" + System.nanoTime();
            byte[] body = ("{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id
                    + "\",\"type\":\"Create\",\"actor\":\"https://plaza.example/users/brand\",\"object\":{\"type\":"
                    + "\"Note\",\"content\":\"" + "Hello, fediverse! ".repeat(20) + "\"}}").getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            int jobs = queue.enqueue(new Delivery(actor.id(), id, body, inboxes));
            while (view.counts().done() - doneBefore < jobs) {
                Thread.sleep(2);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (run == 0) {
                System.out.printf("warm-up: %,d deliveries in %.2f s%n", jobs, seconds);
                continue;
            }
            rates.add(jobs / seconds);
            System.out.printf("run %d: %,d signed deliveries in %.2f s (time to last delivery), %,.0f deliveries/s%n",
                    run, jobs, seconds, jobs / seconds);
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("median: %,.0f signed deliveries/s over %d runs%n", sorted[sorted.length / 2], sorted.length);
    }

    private static List<HttpServer> sink(int hosts) throws IOException {
        List<HttpServer> servers = new ArrayList<>();
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < hosts; i++) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
            server.setExecutor(executor);
            servers.add(server);
        }
        return servers;
    }

    /** Each follower's shared inbox, as the followers collection would list them: many followers per inbox. */
    private static List<URI> followersInboxes(List<HttpServer> sink, int followers, int sharedInboxes) {
        URI[] shared = new URI[sharedInboxes];
        Arrays.setAll(shared, i -> URI.create("http://127.0.0.1:" + sink.get(i % sink.size()).getAddress().getPort()
                + "/instances/" + i + "/inbox"));
        List<URI> inboxes = new ArrayList<>(followers);
        for (int f = 0; f < followers; f++) {
            inboxes.add(shared[f % sharedInboxes]);
        }
        return inboxes;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
