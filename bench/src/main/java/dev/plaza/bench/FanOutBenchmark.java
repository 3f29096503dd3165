package dev.plaza.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Federation fan-out (target: ≥ 1,000 signed deliveries/s on 2 cores, and ≥ 3× a Fedify server):
 * one post to {@code followers} followers behind {@code sharedInboxes} shared inboxes, on
 * {@code hosts} loopback HTTP servers that answer 202. First Plaza's durable queue sends one
 * RSA-2048 signed (RFC 9421) POST per distinct inbox; then, in the same run and to the same sink, a
 * Fedify 2.3.6 server (test-peers/fedify/fanout-bench.mjs) sends the same post to the same
 * followers with its own queue. Both are timed from the send to the last delivery the sink
 * received; each side has {@code warmups} untimed runs and then {@code runs} timed ones. Prints every run, both
 * medians, and Plaza's median over Fedify's.
 *
 * <p>Usage: {@code FanOutBenchmark [followers=10000] [sharedInboxes=2000] [hosts=50] [workers=32] [runs=3]
 * [fedifyWorkers=workers] [warmups=3]}; {@code fedifyWorkers} 1 runs Fedify's InProcessMessageQueue alone (one
 * delivery at a time, Fedify's default), more wraps it in a ParallelMessageQueue of that many workers.
 */
public final class FanOutBenchmark {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private FanOutBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int followers = arg(args, 0, 10_000);
        int sharedInboxes = arg(args, 1, 2_000);
        int hosts = arg(args, 2, 50);
        int workers = arg(args, 3, 32);
        int runs = arg(args, 4, 3);
        int fedifyWorkers = arg(args, 5, workers);
        int warmups = arg(args, 6, 3);
        try (LoopbackSink sink = new LoopbackSink(hosts)) {
            System.out.printf("%,d followers, %,d shared inboxes on %d loopback hosts, %d cores; %d warm-ups and %d timed "
                    + "runs each%n", followers, sharedInboxes, hosts, Runtime.getRuntime().availableProcessors(), warmups, runs);
            System.out.printf("Plaza: durable queue, %d workers%n", workers);
            List<FanOutRun> plaza = PlazaFanOut.run(sink, followersInboxes(sink, followers, sharedInboxes),
                    workers, warmups, runs, TIMEOUT);
            List<FanOutRun> fedify = fedify(sink, followers, sharedInboxes, fedifyWorkers, warmups, runs);
            double plazaRate = median(plaza, FanOutRun::perSecond);
            double fedifyRate = median(fedify, FanOutRun::perSecond);
            System.out.printf("median Plaza:  %,6.0f signed deliveries/s, last delivery after %.2f s; CPU per delivery "
                            + "%.2f ms in the JVM (with the sink) + %.2f ms in PostgreSQL (%d runs)%n", plazaRate,
                    median(plaza, FanOutRun::seconds), median(plaza, FanOutRun::jvmMillisPerDelivery),
                    median(plaza, FanOutRun::otherMillisPerDelivery), runs);
            System.out.printf("median Fedify: %,6.0f signed deliveries/s, last delivery after %.2f s; CPU per delivery "
                            + "%.2f ms in Node, %.2f ms in the JVM's sink (%d runs)%n", fedifyRate,
                    median(fedify, FanOutRun::seconds), median(fedify, FanOutRun::otherMillisPerDelivery),
                    median(fedify, FanOutRun::jvmMillisPerDelivery), runs);
            System.out.printf("Plaza / Fedify: %.2f× (deliveries/s, medians)%n", plazaRate / fedifyRate);
        }
    }

    private static List<FanOutRun> fedify(LoopbackSink sink, int followers, int sharedInboxes, int workers,
            int warmups, int runs) throws IOException, InterruptedException {
        try (FedifyFanOut server = FedifyFanOut.start(sink.ports(), followers, sharedInboxes, workers)) {
            System.out.println("Fedify: " + server.description());
            CpuMeter cpu = CpuMeter.with(server.process());
            List<FanOutRun> timed = new ArrayList<>();
            for (int run = 1 - warmups; run <= runs; run++) {
                CpuMeter.CpuTime cpuBefore = cpu.now();
                LoopbackSink.Round round = sink.open();
                server.send(run + warmups);
                LoopbackSink.Delivered delivered = round.await(sharedInboxes, () -> true, server::alive, TIMEOUT);
                FanOutRun result = new FanOutRun(delivered, cpu.now().minus(cpuBefore));
                System.out.printf("Fedify %s: %,d signed deliveries to %,d inboxes in %.2f s (last delivery), "
                                + "%,.0f deliveries/s; %s; CPU per delivery: Node %.2f ms, JVM %.2f ms (the sink)%n",
                        run <= 0 ? "warm-up" : "run " + run, delivered.deliveries(), delivered.distinctInboxes(),
                        result.seconds(), result.perSecond(), delivered.signatures(), result.otherMillisPerDelivery(),
                        result.jvmMillisPerDelivery());
                if (run > 0) {
                    timed.add(result);
                }
                Thread.sleep(200); // a straggler (a retry, a second knock) would show up in the next round's count
            }
            return timed;
        }
    }

    private static double median(List<FanOutRun> runs, ToDoubleFunction<FanOutRun> figure) {
        return Median.of(runs.stream().map(figure::applyAsDouble).toList());
    }

    /** Each follower's shared inbox, as the followers collection would list them: many followers per inbox. */
    private static List<URI> followersInboxes(LoopbackSink sink, int followers, int sharedInboxes) {
        List<URI> shared = new ArrayList<>(sharedInboxes);
        for (int i = 0; i < sharedInboxes; i++) {
            shared.add(URI.create(sink.sharedInbox(i)));
        }
        List<URI> inboxes = new ArrayList<>(followers);
        for (int f = 0; f < followers; f++) {
            inboxes.add(shared.get(f % sharedInboxes));
        }
        return inboxes;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
