package dev.plaza.bench;

import dev.plaza.bench.SignedCreates.SignedPost;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.community.Workspace;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.store.PlazaStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox under load (target: ≥ 5,000 verified-and-stored activities/s on 2 cores): Plaza's web
 * server with its real shared inbox and an embedded store; {@code actors} remote accounts on
 * {@code servers} loopback servers ({@link RemoteFleet}); {@code activities} Create{Note}
 * activities mentioning the brand, signed as Mastodon signs them before the clock starts, POSTed by
 * {@code clients} concurrent senders. An activity counts when the inbox answered 202 "accepted",
 * which it does once the signature is verified and the post stored; afterwards the workspace must
 * hold every one of them, or the benchmark fails. Each run also prints the CPU time spent per
 * activity by the JVM (Plaza, and the load generator in the same JVM) and by PostgreSQL.
 *
 * <p>Each run goes to a fresh workspace with its own brand. {@code warmups} untimed runs come first:
 * the first is where Plaza fetches each remote actor (and its key) once (what it failed to store is
 * reported, not fatal: it is where first contacts race), and all of them are where the JIT compiles,
 * which takes a core's worth of CPU for tens of seconds; each run prints how long the JIT compiled
 * during it. Only the {@code runs} that follow make the median. Peak heap is the JVM's (the
 * embedded PostgreSQL is another process), load generator included. With
 * {@code -Dplaza.bench.statements=true} it ends with PostgreSQL's costliest statements in the timed runs.
 *
 * <p>Usage: {@code InboxBenchmark [activities=10000] [actors=500] [clients=32] [runs=3] [servers=10] [keys=16]
 * [warmups=3]}.
 */
public final class InboxBenchmark {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private InboxBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int activities = arg(args, 0, 10_000);
        int actors = arg(args, 1, 500);
        int clients = arg(args, 2, 32);
        int runs = arg(args, 3, 3);
        int servers = arg(args, 4, 10);
        int keys = arg(args, 5, 16);
        int warmups = Math.max(1, arg(args, 6, 3));
        Path home = Files.createTempDirectory("plaza-inbox-bench");
        boolean complete = true;
        try (PlazaStore store = BenchStore.open(home);
                RemoteFleet fleet = new RemoteFleet(servers, actors, keys);
                PlazaOnLoopback plaza = PlazaOnLoopback.start(store)) {
            System.out.printf("%,d signed Create activities per run from %,d actors on %d servers (%d RSA-2048 keys), "
                            + "%d concurrent senders, to %s; %d cores%n", activities, actors, servers, keys, clients,
                    plaza.uris().sharedInbox(), Runtime.getRuntime().availableProcessors());
            InboxLoad load = new InboxLoad(clients);
            CpuMeter cpu = CpuMeter.withPostgres(home.resolve("postgres/data"));
            List<Double> rates = new ArrayList<>();
            long peakHeap = 0;
            for (int round = 0; round < warmups + runs; round++) {
                boolean timed = round >= warmups;
                if (round == warmups) {
                    StatementStats.reset(store.dataSource());
                }
                String label = timed ? "run " + (round - warmups + 1) : "warm-up " + (round + 1);
                Workspace workspace = store.workspaces().create("inbox-" + round + "-" + System.nanoTime() % 100_000,
                        "Inbox benchmark " + label, false);
                String brand = "brand" + round;
                new ActorProvisioner(store.localActors()).create(workspace.id(), brand, ActorKind.ORGANIZATION,
                        "Fernhill Bikes", "");
                long signStart = System.nanoTime();
                List<SignedPost> posts = SignedCreates.sign(fleet.authors(), plaza.uris().actor(brand),
                        plaza.handle(brand), URI.create(plaza.uris().sharedInbox()), "r" + round + "-", activities);
                System.out.printf("%s: signed %,d activities in %.1f s (not timed)%n", label, activities,
                        (System.nanoTime() - signStart) / 1e9);
                System.gc();
                HeapPeak.reset();
                int fetchesBefore = fleet.fetches();
                CpuMeter.CpuTime cpuBefore = cpu.now();
                LocalTime from = LocalTime.now();
                InboxLoad.Outcome outcome = load.send(posts);
                LocalTime to = LocalTime.now();
                CpuMeter.CpuTime used = cpu.now().minus(cpuBefore);
                long heap = HeapPeak.bytes();
                long stored = store.activities().totals(workspace.id()).activities();
                System.out.printf("%s: %,d verified and stored in %.2f s (%s–%s), %,.0f activities/s; %,d in the workspace;"
                                + " %,d documents fetched; CPU per activity: JVM %.2f ms, PostgreSQL %.2f ms; JIT compiling %.1f s;"
                                + " peak heap %,d MiB%s%n", label, outcome.accepted(),
                        outcome.elapsed().toNanos() / 1e9, CLOCK.format(from), CLOCK.format(to),
                        outcome.acceptedPerSecond(), stored, fleet.fetches() - fetchesBefore,
                        used.jvmMillisPer(Math.max(1, outcome.accepted())),
                        used.otherMillisPer(Math.max(1, outcome.accepted())), used.jitSeconds(), heap >> 20,
                        outcome.others().isEmpty() ? "" : "; other answers " + outcome.others());
                outcome.examples().forEach((kind, body) -> System.out.printf("  first %s answer: %s%n", kind, body));
                if (outcome.accepted() != activities || stored != activities) {
                    System.out.printf("  INCOMPLETE: %,d sent, %,d accepted, %,d stored%s%n", activities,
                            outcome.accepted(), stored, timed ? "" : " (warm-up: reported, not counted)");
                    complete &= !timed;
                }
                if (timed) {
                    rates.add(outcome.acceptedPerSecond());
                    peakHeap = Math.max(peakHeap, heap);
                }
            }
            StatementStats.print(store.dataSource(), 20);
            System.out.printf("median: %,.0f verified-and-stored activities/s over %d runs; peak heap %,d MiB%n",
                    Median.of(rates), runs, peakHeap >> 20);
        } finally {
            TempDirs.delete(home);
        }
        if (!complete) {
            System.out.println("a timed run did not store every activity; see INCOMPLETE above");
            System.exit(1);
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
