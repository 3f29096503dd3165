package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.NewActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.Completion;
import dev.plaza.core.delivery.DeliveryCounts;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeliveryQueueTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final AtomicInteger ACTIVITIES = new AtomicInteger();
    private static long actorId;
    private static long workspace;

    private DeliveryQueue queue;
    private DeliveryJobs jobs;

    @BeforeAll
    static void anActor() {
        workspace = db.newWorkspace().id();
        byte[] key = {1, 2, 3};
        actorId = db.store().localActors().create(workspace,
                new NewActor("brand", ActorKind.ORGANIZATION, "Brand", "", key, key, key, key)).id();
    }

    @BeforeEach
    void emptyQueue() {
        queue = db.store().deliveries();
        jobs = db.store().deliveryJobs();
        try (var h = Jdbi.open(db.plazaStore().dataSource())) {
            h.execute("TRUNCATE delivery, delivery_job, delivery_host");
        }
    }

    @Test
    void identicalInboxesAreQueuedOnce() {
        int added = queue.enqueue(delivery(List.of("https://a.example/inbox", "https://b.example/inbox",
                "https://a.example/inbox")));

        assertThat(added).isEqualTo(2);
        assertThat(jobs.counts().queued()).isEqualTo(2);
    }

    @Test
    void enqueueingTheSameActivityTwiceAddsNothing() {
        Delivery delivery = delivery(List.of("https://a.example/inbox"));

        assertThat(queue.enqueue(delivery)).isEqualTo(1);
        assertThat(queue.enqueue(delivery)).isZero();
        assertThat(jobs.counts().queued()).isEqualTo(1);
    }

    @Test
    void aClaimedJobIsNotClaimedAgainUntilItsLeaseRunsOut() {
        queue.enqueue(delivery(List.of("https://a.example:8443/inbox")));
        Instant now = now();

        List<DeliveryJob> first = jobs.claim("w1", 10, now, LEASE);
        assertThat(first).singleElement().satisfies(job -> {
            assertThat(job.host()).isEqualTo("a.example:8443");
            assertThat(job.actorUsername()).isEqualTo("brand");
            assertThat(new String(job.activityJson(), StandardCharsets.UTF_8)).contains(job.activityId());
        });
        assertThat(jobs.claim("w2", 10, now.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();

        List<DeliveryJob> reclaimed = jobs.claim("w2", 10, now.plus(LEASE).plusSeconds(1), LEASE);
        assertThat(reclaimed).extracting(DeliveryJob::id).containsExactly(first.get(0).id());
        assertThat(jobs.complete(first.get(0).id(), "w1", now, 202))
                .as("the crashed worker's late answer is not recorded: the job is w2's now").isFalse();
        assertThat(jobs.complete(first.get(0).id(), "w2", now, 202)).isTrue();
        assertThat(jobs.complete(first.get(0).id(), "w2", now, 202)).as("done once").isFalse();
        assertThat(jobs.counts()).isEqualTo(new DeliveryCounts(0, 0, 1, 0, 0));
    }

    @Test
    void completionsRecordedTogetherCountOnlyForTheWorkerHoldingEachJob() {
        queue.enqueue(delivery(List.of("https://a.example/inbox", "https://b.example/inbox", "https://c.example/inbox")));
        Instant now = now();
        List<DeliveryJob> mine = jobs.claim("w1", 2, now, LEASE);
        List<DeliveryJob> theirs = jobs.claim("w2", 2, now, LEASE);

        List<Boolean> answers = jobs.complete("w1", List.of(new Completion(mine.get(0).id(), now, 202),
                new Completion(theirs.get(0).id(), now, 202), new Completion(mine.get(1).id(), now, 200)));

        assertThat(answers).containsExactly(true, false, true);
        assertThat(jobs.counts()).isEqualTo(new DeliveryCounts(0, 1, 2, 0, 0));
        assertThat(jobs.complete("w1", List.of(new Completion(mine.get(0).id(), now, 202)))).containsExactly(false);
    }

    @Test
    void anIdleWorkerIsWokenWhenJobsAreQueuedAndOtherwiseWaitsItsTimeOut() throws Exception {
        long seen = jobs.queuedCount();
        long started = System.nanoTime();
        jobs.awaitQueued(seen, Duration.ofMillis(300));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("nothing queued: the whole wait").isGreaterThanOrEqualTo(Duration.ofMillis(290));

        Thread.sleep(200); // the listening connection is up
        seen = jobs.queuedCount();
        queue.enqueue(delivery(List.of("https://wake.example/inbox")));
        started = System.nanoTime();
        jobs.awaitQueued(seen, Duration.ofSeconds(20));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("woken by the commit's NOTIFY").isLessThan(Duration.ofSeconds(5));
        assertThat(jobs.queuedCount()).isGreaterThan(seen);
    }

    @Test
    void concurrentClaimersNeverShareAJob() throws Exception {
        List<URI> inboxes = IntStream.range(0, 300)
                .mapToObj(i -> URI.create("https://h" + i + ".example/inbox")).toList();
        queue.enqueue(new Delivery(actorId, "https://plaza.example/activities/many", "{}".getBytes(), inboxes));
        Instant now = now();
        var claimed = ConcurrentHashMap.<Long>newKeySet();
        AtomicInteger total = new AtomicInteger();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < 8; w++) {
                String worker = "w" + w;
                pool.submit(() -> {
                    List<DeliveryJob> batch;
                    while (!(batch = jobs.claim(worker, 7, now, LEASE)).isEmpty()) {
                        batch.forEach(job -> {
                            claimed.add(job.id());
                            total.incrementAndGet();
                        });
                    }
                });
            }
        }
        assertThat(total.get()).isEqualTo(300);
        assertThat(claimed).hasSize(300);
    }

    @Test
    void retriesWaitForTheirTimeAndCountAttempts() {
        queue.enqueue(delivery(List.of("https://a.example/inbox")));
        Instant now = now();
        DeliveryJob job = jobs.claim("w1", 1, now, LEASE).get(0);

        assertThat(jobs.retry(job.id(), "w1", now.plusSeconds(60), 503, "503 from a.example")).isTrue();

        assertThat(jobs.claim("w1", 1, now.plusSeconds(59), LEASE)).isEmpty();
        assertThat(jobs.claim("w1", 1, now.plusSeconds(61), LEASE)).singleElement()
                .satisfies(again -> assertThat(again.attempts()).isEqualTo(1));
    }

    @Test
    void killedJobsAreListedAsDeadLetters() {
        queue.enqueue(delivery(List.of("https://gone.example/inbox")));
        Instant now = now();
        DeliveryJob job = jobs.claim("w1", 1, now, LEASE).get(0);

        assertThat(jobs.kill(job.id(), "w1", now, 410, "410 Gone")).isTrue();

        assertThat(jobs.deadLetters(10)).singleElement().satisfies(dead -> {
            assertThat(dead.inbox()).isEqualTo("https://gone.example/inbox");
            assertThat(dead.lastStatus()).contains(410);
            assertThat(dead.lastError()).isEqualTo("410 Gone");
        });
        assertThat(jobs.claim("w1", 1, now.plus(Duration.ofDays(10)), LEASE)).isEmpty();
    }

    @Test
    void openingACircuitHoldsBackTheHostsQueuedJobs() {
        queue.enqueue(delivery(List.of("https://down.example/a", "https://down.example/b", "https://up.example/a")));
        Instant now = now();
        assertThat(jobs.hostFailed("down.example", "timeout").consecutiveFailures()).isEqualTo(1);
        assertThat(jobs.hostFailed("down.example", "timeout").consecutiveFailures()).isEqualTo(2);

        jobs.openCircuit("down.example", now.plus(Duration.ofMinutes(10)));

        assertThat(jobs.host("down.example").isOpenAt(now)).isTrue();
        List<DeliveryJob> up = jobs.claim("w1", 10, now, LEASE);
        assertThat(up).extracting(DeliveryJob::host).containsExactly("up.example");
        jobs.complete(up.get(0).id(), "w1", now, 202);
        assertThat(jobs.claim("w1", 10, now.plus(Duration.ofMinutes(11)), LEASE)).extracting(DeliveryJob::host)
                .containsExactly("down.example", "down.example");

        jobs.hostSucceeded("down.example");
        assertThat(jobs.host("down.example").consecutiveFailures()).isZero();
        assertThat(jobs.host("down.example").isOpenAt(now)).isFalse();
    }

    private static Instant now() {
        // jobs are due from the database's now(); claim a little later so the test does not race it
        return Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void aWorkspaceSeesOnlyItsOwnDeliveriesAndDeadLetters() {
        long otherWorkspace = db.newWorkspace().id();
        byte[] key = {1, 2, 3};
        long otherActor = db.store().localActors().create(otherWorkspace,
                new NewActor("other_brand", ActorKind.ORGANIZATION, "Other", "", key, key, key, key)).id();
        queue.enqueue(delivery(List.of("https://a.example/inbox")));
        queue.enqueue(new Delivery(otherActor, "https://plaza.example/other/" + ACTIVITIES.incrementAndGet(),
                "{}".getBytes(StandardCharsets.UTF_8), List.of(URI.create("https://private.example/inbox"))));
        Instant now = now();
        jobs.claim("w1", 10, now, LEASE).forEach(job -> jobs.kill(job.id(), "w1", now, 410, "410 Gone"));

        assertThat(jobs.deadLetters(workspace, 10)).extracting(d -> d.inbox()).containsExactly("https://a.example/inbox");
        assertThat(jobs.deadLetters(otherWorkspace, 10)).extracting(d -> d.inbox())
                .containsExactly("https://private.example/inbox");
        assertThat(jobs.counts(workspace).dead()).isEqualTo(1);
        assertThat(jobs.counts().dead()).isEqualTo(2);
    }

    private static Delivery delivery(List<String> inboxes) {
        String id = "https://plaza.example/activities/" + ACTIVITIES.incrementAndGet();
        return new Delivery(actorId, id, ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8),
                inboxes.stream().map(URI::create).toList());
    }
}
