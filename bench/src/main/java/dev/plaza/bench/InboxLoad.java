package dev.plaza.bench;

import dev.plaza.bench.SignedCreates.SignedPost;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * POSTs pre-signed activities to an inbox from {@code clients} concurrent senders (virtual
 * threads, each with its own HTTP/1.1 keep-alive connection, as servers deliver), and sorts the
 * answers: 202 with "accepted …" is an activity verified and stored; any other 202 (ignored, a
 * repeat) or status is counted apart, with the first answer of each kind kept to explain it. The
 * requests are rendered before the clock starts.
 */
final class InboxLoad {

    /** How one batch went: accepted activities, other answers by status, and the time it took. */
    record Outcome(int accepted, Map<String, Integer> others, Map<String, String> examples, Duration elapsed) {

        double acceptedPerSecond() {
            return accepted / (elapsed.toNanos() / 1e9);
        }
    }

    private final int clients;

    InboxLoad(int clients) {
        this.clients = clients;
    }

    Outcome send(List<SignedPost> posts) throws InterruptedException {
        List<byte[]> requests = posts.stream().map(InboxLoad::render).toList();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        ConcurrentMap<String, AtomicInteger> others = new ConcurrentHashMap<>();
        ConcurrentMap<String, String> examples = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        Thread progress = Thread.ofVirtual().start(() -> report(accepted, others, posts.size(), start));
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                senders.submit(() -> {
                    try (Http1Connection connection = new Http1Connection(posts.getFirst().inbox())) {
                        for (int i; (i = next.getAndIncrement()) < posts.size(); ) {
                            String kind = post(connection, requests.get(i), examples);
                            if (kind.equals("accepted")) {
                                accepted.incrementAndGet();
                            } else {
                                others.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                            }
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

    private static byte[] render(SignedPost post) {
        List<String[]> headers = new ArrayList<>();
        post.headers().asMap().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length")) {
                values.forEach(value -> headers.add(new String[] {name, value}));
            }
        });
        return Http1Connection.post(post.inbox(), headers, post.body());
    }

    private static String post(Http1Connection connection, byte[] request, Map<String, String> examples) {
        String kind;
        String body;
        try {
            Http1Connection.Answer answer = connection.exchange(request);
            body = answer.body();
            kind = answer.status() == 202 && body.contains("\"accepted ") ? "accepted" : Integer.toString(answer.status());
        } catch (IOException e) {
            connection.close();
            kind = "failed";
            body = e.toString();
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
