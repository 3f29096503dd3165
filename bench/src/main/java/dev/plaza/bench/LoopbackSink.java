package dev.plaza.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Remote inboxes on loopback: {@code hosts} HTTP/1.1 servers that read each POST and answer 202. A
 * {@link Round} counts what arrives while it is open — deliveries, which signature dialect each
 * carried, the distinct inbox paths — and when the last one arrived, so that any sender (Plaza's
 * queue, a Fedify server) is timed by the same clock.
 *
 * <p>A blocking server with a virtual thread per connection, keep-alive, and no more parsing than
 * counting needs: the sink shares the two cores with the sender it measures, so it should cost as
 * little as a receiver can (the JDK's HttpServer cost 0.2–0.4 ms of CPU per delivery).
 */
final class LoopbackSink implements AutoCloseable {

    private static final byte[] ACCEPTED = "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final List<ServerSocket> servers = new ArrayList<>();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Round> current = new AtomicReference<>();
    private final List<Integer> ports;

    LoopbackSink(int hosts) {
        try {
            for (int i = 0; i < hosts; i++) {
                servers.add(new ServerSocket(0, 1024, InetAddress.getByName("127.0.0.1")));
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not open the loopback sink", e);
        }
        servers.forEach(server -> Thread.ofVirtual().name("sink-accept-" + server.getLocalPort()).start(() -> accept(server)));
        ports = servers.stream().map(ServerSocket::getLocalPort).toList();
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

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                connections.add(connection);
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setTcpNoDelay(true);
            Http1Reader reader = new Http1Reader(new BufferedInputStream(connection.getInputStream(), 16 * 1024));
            OutputStream out = connection.getOutputStream();
            while (true) {
                String requestLine = reader.line();
                Map<String, String> headers = reader.headers();
                reader.body(headers);
                Round round = current.get();
                if (round != null) {
                    round.record(path(requestLine), headers);
                }
                out.write(ACCEPTED);
                out.flush();
                if (headers.getOrDefault("connection", "").equalsIgnoreCase("close")) {
                    return;
                }
            }
        } catch (EOFException | SocketException closed) {
            // the sender closed its connection, or the sink is closing
        } catch (IOException e) {
            System.err.println("sink: " + e);
        } finally {
            connections.remove(connection);
        }
    }

    private static String path(String requestLine) {
        int start = requestLine.indexOf(' ') + 1;
        int end = requestLine.indexOf(' ', start);
        return end < 0 ? requestLine.substring(start) : requestLine.substring(start, end);
    }

    @Override
    public void close() {
        for (ServerSocket server : servers) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        for (Socket connection : connections) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
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

        private void record(String path, Map<String, String> headers) {
            (headers.containsKey("signature-input") ? rfc9421 : headers.containsKey("signature") ? draftCavage : unsigned)
                    .incrementAndGet();
            inboxes.add(path);
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
