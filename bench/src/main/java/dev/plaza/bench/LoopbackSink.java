package dev.plaza.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Remote inboxes on loopback: {@code hosts} HTTP servers that read each POST and answer 202. A
 * {@link Round} counts what arrives while it is open — deliveries, which signature dialect each
 * carried, the distinct inbox paths — and when the last one arrived, so that any sender (Plaza's
 * queue, a Fedify server) is timed by the same clock.
 */
final class LoopbackSink implements AutoCloseable {

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicReference<Round> current = new AtomicReference<>();
    private final List<Integer> ports;

    LoopbackSink(int hosts) {
        try {
            for (int i = 0; i < hosts; i++) {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
                server.setExecutor(executor);
                server.createContext("/", this::receive);
                servers.add(server);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not open the loopback sink", e);
        }
        servers.forEach(HttpServer::start);
        ports = servers.stream().map(s -> s.getAddress().getPort()).toList();
    }

    List<Integer> ports() {
        return ports;
    }

    /** Shared inbox {@code index}, spread over the hosts round-robin. */
    String sharedInbox(int index) {
        return "http://127.0.0.1:" + ports.get(index % ports.size()) + "/instances/" + index + "/inbox";
    }

    /** Starts counting; what arrived before belongs to no round. */
    Round open() {
        Round round = new Round(System.nanoTime());
        current.set(round);
        return round;
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Round round = current.get();
            if (round != null) {
                round.record(exchange);
            }
            exchange.sendResponseHeaders(202, -1);
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executor.close();
    }

    /** What one sender's fan-out delivered. */
    record Delivered(int deliveries, int rfc9421, int draftCavage, int unsigned, int distinctInboxes,
            Duration toLastDelivery) {

        double perSecond() {
            return deliveries / (toLastDelivery.toNanos() / 1e9);
        }

        String signatures() {
            return "%,d RFC 9421, %,d draft-cavage, %,d unsigned".formatted(rfc9421, draftCavage, unsigned);
        }
    }

    static final class Round {

        private final long startNanos;
        private final AtomicInteger deliveries = new AtomicInteger();
        private final AtomicInteger rfc9421 = new AtomicInteger();
        private final AtomicInteger draftCavage = new AtomicInteger();
        private final AtomicInteger unsigned = new AtomicInteger();
        private final Set<String> inboxes = ConcurrentHashMap.newKeySet();
        private final AtomicLong lastNanos = new AtomicLong();

        private Round(long startNanos) {
            this.startNanos = startNanos;
        }

        private void record(HttpExchange exchange) {
            var headers = exchange.getRequestHeaders();
            (headers.containsKey("Signature-Input") ? rfc9421 : headers.containsKey("Signature") ? draftCavage : unsigned)
                    .incrementAndGet();
            inboxes.add(exchange.getRequestURI().getPath());
            lastNanos.accumulateAndGet(System.nanoTime(), Math::max);
            deliveries.incrementAndGet();
        }

        int deliveries() {
            return deliveries.get();
        }

        /**
         * Waits until {@code expected} deliveries arrived and {@code alsoDone} holds, printing progress
         * every few seconds; fails after {@code timeout}, or at once when {@code alive} turns false.
         */
        Delivered await(int expected, BooleanSupplier alsoDone, BooleanSupplier alive, Duration timeout)
                throws InterruptedException {
            long deadline = startNanos + timeout.toNanos();
            long nextReport = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (deliveries.get() < expected || !alsoDone.getAsBoolean()) {
                if (!alive.getAsBoolean()) {
                    throw new IllegalStateException("the sender stopped after %,d of %,d deliveries"
                            .formatted(deliveries.get(), expected));
                }
                long now = System.nanoTime();
                if (now > deadline) {
                    throw new IllegalStateException("only %,d of %,d deliveries arrived within %s"
                            .formatted(deliveries.get(), expected, timeout));
                }
                if (now > nextReport) {
                    System.out.printf("  … %,d of %,d delivered after %.1f s%n", deliveries.get(), expected,
                            (now - startNanos) / 1e9);
                    nextReport = now + Duration.ofSeconds(5).toNanos();
                }
                Thread.sleep(1);
            }
            return new Delivered(deliveries.get(), rfc9421.get(), draftCavage.get(), unsigned.get(), inboxes.size(),
                    Duration.ofNanos(lastNanos.get() - startNanos));
        }
    }
}
