package dev.plaza.bench;

import dev.plaza.bench.SignedCreates.SignedPost;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * POSTs pre-signed activities to an inbox from {@code clients} concurrent senders (virtual
 * threads, HTTP/1.1 keep-alive connections as servers deliver), and sorts the answers: 202 with
 * "accepted …" is an activity verified and stored; any other 202 (ignored, a repeat) or status is
 * counted apart, with the first answer of each kind kept to explain it.
 */
final class InboxLoad {

    // The JDK client sets Host itself (the same host:port the signature covers) and refuses Content-Length.
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length");

    /** How one batch went: accepted activities, other answers by status, and the time it took. */
    record Outcome(int accepted, Map<String, Integer> others, Map<String, String> examples, Duration elapsed) {

        double acceptedPerSecond() {
            return accepted / (elapsed.toNanos() / 1e9);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int clients;

    InboxLoad(int clients) {
        this.clients = clients;
    }

    Outcome send(List<SignedPost> posts) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        ConcurrentMap<String, AtomicInteger> others = new ConcurrentHashMap<>();
        ConcurrentMap<String, String> examples = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        Thread progress = Thread.ofVirtual().start(() -> report(accepted, others, posts.size(), start));
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                senders.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < posts.size(); ) {
                        String kind = post(posts.get(i), examples);
                        if (kind.equals("accepted")) {
                            accepted.incrementAndGet();
                        } else {
                            others.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                });
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        progress.interrupt();
        Map<String, Integer> counted = new TreeMap<>();
        others.forEach((kind, n) -> counted.put(kind, n.get()));
        return new Outcome(accepted.get(), counted, new TreeMap<>(examples), elapsed);
    }

    private String post(SignedPost post, Map<String, String> examples) {
        HttpRequest.Builder request = HttpRequest.newBuilder(post.inbox()).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(post.body()));
        post.headers().asMap().forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        String kind;
        String body;
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            body = response.body();
            kind = response.statusCode() == 202 && body.contains("\"accepted ") ? "accepted"
                    : Integer.toString(response.statusCode());
        } catch (IOException e) {
            kind = "failed";
            body = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        if (!kind.equals("accepted")) {
            examples.putIfAbsent(kind, body);
        }
        return kind;
    }

    private static void report(AtomicInteger accepted, Map<String, AtomicInteger> others, int total, long start) {
        try {
            while (true) {
                Thread.sleep(5_000);
                int other = others.values().stream().mapToInt(AtomicInteger::get).sum();
                System.out.printf("  … %,d of %,d accepted (%,d other answers) after %.0f s%n", accepted.get(), total,
                        other, (System.nanoTime() - start) / 1e9);
            }
        } catch (InterruptedException e) {
            // the batch is done
        }
    }
}
