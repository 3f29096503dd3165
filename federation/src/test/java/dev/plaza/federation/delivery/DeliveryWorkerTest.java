package dev.plaza.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.delivery.LoopbackSink.Answer;
import dev.plaza.federation.signatures.DateWindow;
import dev.plaza.federation.signatures.ResolvedKey;
import dev.plaza.federation.signatures.SignatureDialect;
import dev.plaza.federation.signatures.SignatureVerifier;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import dev.plaza.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeliveryWorkerTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ActorUris URIS = ActorUris.of("https://plaza.example");
    private static final GuardedHttpClient HTTP = new GuardedHttpClient(GuardSettings.forLoopbackTests());
    private static final DeliverySettings SETTINGS = DeliverySettings.DEFAULT.withWorkers(8)
            .withIdlePoll(Duration.ofMillis(5));
    private static final AtomicInteger ACTIVITIES = new AtomicInteger();
    private static LocalActor actor;
    private static PublicKey actorKey;

    // starts at the real time: new jobs are due from the database's now()
    private final MutableClock clock = new MutableClock(Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private DeliveryQueue queue;

    @BeforeAll
    static void anActor() throws Exception {
        actor = new ActorProvisioner(db.store().localActors())
                .create(db.newWorkspace().id(), "brand", ActorKind.ORGANIZATION, "Brand", "");
        actorKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(actor.rsaPublicKey()));
    }

    @BeforeEach
    void emptyQueue() throws SQLException {
        queue = db.store().deliveries();
        try (Connection c = db.plazaStore().dataSource().getConnection()) {
            c.createStatement().execute("TRUNCATE delivery, delivery_job, delivery_host");
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    @Test
    void aFanOutToFiveHundredInboxesOnFiftyHostsDeliversEachOnceSigned() throws Exception {
        LoopbackSink sink = sink(50);
        List<URI> inboxes = inboxes(sink, 50, 10);
        assertThat(queue.enqueue(delivery(inboxes))).isEqualTo(500);

        worker(SETTINGS, jobs());

        await(() -> jobs().counts().done() == 500);
        assertThat(sink.received()).hasSize(500);
        assertThat(sink.received().values()).allSatisfy(received -> assertThat(received).singleElement()
                .satisfies(r -> assertThat(r.dialect()).isEqualTo(SignatureDialect.RFC_9421)));
        assertThat(sink.badSignatures()).isZero();
        assertThat(sink.requests()).isEqualTo(500);
    }

    @Test
    void aSharedInboxNamedByManyFollowersGetsOneRequest() throws Exception {
        LoopbackSink sink = sink(1);
        URI shared = sink.inbox(0, "/inbox");
        assertThat(queue.enqueue(delivery(List.of(shared, shared, shared, sink.inbox(0, "/users/x/inbox")))))
                .isEqualTo(2);

        worker(SETTINGS, jobs());

        await(() -> jobs().counts().done() == 2);
        assertThat(sink.receivedAt(shared)).hasSize(1);
        assertThat(sink.requests()).isEqualTo(2);
    }

    @Test
    void enqueueingAnActivityTwiceDeliversItOnce() throws Exception {
        LoopbackSink sink = sink(1);
        Delivery delivery = delivery(List.of(sink.inbox(0, "/inbox")));
        queue.enqueue(delivery);
        assertThat(queue.enqueue(delivery)).isZero();

        worker(SETTINGS, jobs());

        await(() -> jobs().counts().done() == 1);
        Thread.sleep(100);
        assertThat(sink.requests()).isEqualTo(1);
    }

    @Test
    void a429WithRetryAfterWaitsAsLongAsTheServerAsks() throws Exception {
        LoopbackSink sink = sink(1);
        AtomicInteger calls = new AtomicInteger();
        sink.behave(0, (inbox, dialect) -> calls.incrementAndGet() == 1
                ? new Answer(429, Map.of("Retry-After", "120")) : Answer.ACCEPTED);
        URI inbox = sink.inbox(0, "/inbox");
        queue.enqueue(delivery(List.of(inbox)));
        Instant start = clock.instant();

        worker(SETTINGS, jobs());

        await(() -> job(inbox).attempts() == 1);
        assertThat(job(inbox).status()).isEqualTo("queued");
        assertThat(job(inbox).nextAttemptAt()).isEqualTo(start.plusSeconds(120));
        clock.advance(Duration.ofSeconds(119));
        Thread.sleep(100);
        assertThat(calls).hasValue(1);
        clock.advance(Duration.ofSeconds(2));
        await(() -> job(inbox).status().equals("done"));
        assertThat(calls).hasValue(2);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() throws Exception {
        LoopbackSink sink = sink(1);
        AtomicInteger calls = new AtomicInteger();
        sink.behave(0, (inbox, dialect) -> calls.incrementAndGet() <= 2 ? new Answer(503, Map.of()) : Answer.ACCEPTED);
        URI inbox = sink.inbox(0, "/inbox");
        queue.enqueue(delivery(List.of(inbox)));
        Instant start = clock.instant();

        worker(SETTINGS, jobs());

        await(() -> job(inbox).attempts() == 1);
        assertThat(job(inbox).nextAttemptAt()).isBetween(start.plusSeconds(30), start.plusSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        await(() -> job(inbox).attempts() == 2);
        Instant second = clock.instant();
        assertThat(job(inbox).nextAttemptAt()).isBetween(second.plusSeconds(60), second.plusSeconds(120));
        clock.advance(Duration.ofSeconds(121));
        await(() -> job(inbox).status().equals("done"));
        assertThat(job(inbox).attempts()).isEqualTo(3);
        assertThat(calls).hasValue(3);
    }

    @Test
    void goneAndNotFoundInboxesAreDeadAtOnce() throws Exception {
        LoopbackSink sink = sink(1);
        sink.behave(0, (inbox, dialect) -> new Answer(inbox.getPath().contains("gone") ? 410 : 404, Map.of()));
        queue.enqueue(delivery(List.of(sink.inbox(0, "/gone/inbox"), sink.inbox(0, "/missing/inbox"))));

        worker(SETTINGS, jobs());

        await(() -> jobs().counts().dead() == 2);
        assertThat(jobs().deadLetters(10)).extracting(d -> d.lastStatus().orElseThrow()).containsExactlyInAnyOrder(410, 404);
        assertThat(sink.requests()).isEqualTo(2);
    }

    @Test
    void aJobStillFailingAfterTheConfiguredTimeIsDeadLettered() throws Exception {
        LoopbackSink sink = sink(1);
        sink.behave(0, (inbox, dialect) -> new Answer(500, Map.of()));
        URI inbox = sink.inbox(0, "/inbox");
        queue.enqueue(delivery(List.of(inbox)));

        worker(SETTINGS.withDeadAfter(Duration.ofMinutes(10)).withBreaker(100, Duration.ofMinutes(1),
                Duration.ofHours(1)), jobs());

        for (int i = 0; i < 20 && !job(inbox).status().equals("dead"); i++) {
            int attempts = job(inbox).attempts();
            await(() -> job(inbox).attempts() > attempts);
            JobRow row = job(inbox);
            if (row.status().equals("queued")) {
                clock.advance(Duration.between(clock.instant(), row.nextAttemptAt()).plusSeconds(1));
            }
        }
        assertThat(job(inbox).status()).isEqualTo("dead");
        assertThat(jobs().deadLetters(1)).singleElement()
                .satisfies(dead -> assertThat(dead.lastError()).contains("limit"));
        assertThat(job(inbox).attempts()).isBetween(2, 5);
    }

    @Test
    void theCircuitOpensAfterConsecutiveFailuresAndClosesOnASuccessfulProbe() throws Exception {
        LoopbackSink sink = sink(1);
        AtomicInteger calls = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean(true);
        sink.behave(0, (inbox, dialect) -> {
            calls.incrementAndGet();
            return down.get() ? new Answer(500, Map.of()) : Answer.ACCEPTED;
        });
        List<URI> inboxes = List.of(sink.inbox(0, "/a"), sink.inbox(0, "/b"), sink.inbox(0, "/c"), sink.inbox(0, "/d"),
                sink.inbox(0, "/e"));
        queue.enqueue(delivery(inboxes));

        worker(SETTINGS.withWorkers(1).withBreaker(3, Duration.ofMinutes(10), Duration.ofHours(1)), jobs());

        await(() -> jobs().counts().openCircuits() == 1 && jobs().counts().sending() == 0);
        Thread.sleep(100);
        assertThat(calls).as("after 3 failures the host's jobs wait unsent").hasValue(3);
        assertThat(jobs().host(sink.hostKey(0)).consecutiveFailures()).isEqualTo(3);

        clock.advance(Duration.ofMinutes(5));
        Thread.sleep(100);
        assertThat(calls).as("still open").hasValue(3);

        down.set(false);
        clock.advance(Duration.ofMinutes(6));
        await(() -> jobs().counts().done() == 5);
        assertThat(calls).hasValue(8);
        assertThat(jobs().host(sink.hostKey(0)).consecutiveFailures()).isZero();
        assertThat(jobs().counts().openCircuits()).isZero();
    }

    @Test
    void aHostThatRefusesRfc9421GetsDraftCavageOnTheSecondKnockAndFromThenOn() throws Exception {
        LoopbackSink sink = sink(1);
        AtomicInteger rfc9421 = new AtomicInteger();
        sink.behave(0, (inbox, dialect) -> {
            if (dialect == SignatureDialect.RFC_9421) {
                rfc9421.incrementAndGet();
                return new Answer(401, Map.of());
            }
            return Answer.ACCEPTED;
        });
        queue.enqueue(delivery(List.of(sink.inbox(0, "/a"), sink.inbox(0, "/b"), sink.inbox(0, "/c"))));

        worker(SETTINGS.withWorkers(1), jobs());

        await(() -> jobs().counts().done() == 3);
        assertThat(rfc9421).hasValue(1);
        assertThat(sink.received().values()).allSatisfy(received -> assertThat(received).singleElement()
                .satisfies(r -> assertThat(r.dialect()).isEqualTo(SignatureDialect.DRAFT_CAVAGE)));
    }

    /**
     * Kills a worker halfway through a fan-out: from the kill on it records nothing (as a killed process
     * would not), while requests it already had on the wire still arrive. After the lease a new worker
     * finishes the fan-out. A job recorded done before the kill is never sent again; only jobs the dead
     * worker still held (claimed, outcome unrecorded: at most its threads × batch size) may reach their
     * inbox twice, and the receiver dedups those by activity id.
     */
    @Test
    void aRestartInTheMiddleOfAFanOutDeliversEachRemainingInboxOnce() throws Exception {
        LoopbackSink sink = sink(50);
        List<URI> inboxes = inboxes(sink, 50, 10);
        queue.enqueue(delivery(inboxes));
        CrashingJobs dying = new CrashingJobs(jobs());

        DeliveryWorker first = worker(SETTINGS, dying);
        await(() -> sink.received().size() >= 250);
        dying.crash();
        first.close();
        Set<URI> doneAtCrash = inboxesWhere("status = 'done'");
        Set<URI> heldAtCrash = inboxesWhere("status = 'sending' AND claimed_by = '" + first.id() + "'");
        assertThat(doneAtCrash.size()).isBetween(200, 499);
        assertThat(heldAtCrash.size()).isLessThanOrEqualTo(SETTINGS.workers() * SETTINGS.batchSize());

        clock.advance(SETTINGS.lease().plusSeconds(1));
        worker(SETTINGS, jobs());

        await(() -> jobs().counts().done() == 500);
        assertThat(sink.received().keySet()).containsExactlyInAnyOrderElementsOf(inboxes);
        Set<URI> twice = new HashSet<>();
        sink.received().forEach((inbox, received) -> {
            if (received.size() > 1) {
                twice.add(inbox);
            }
        });
        assertThat(twice).isSubsetOf(heldAtCrash);
        assertThat(doneAtCrash).allSatisfy(inbox -> assertThat(sink.receivedAt(inbox)).hasSize(1));
        assertThat(sink.badSignatures()).isZero();
    }

    private record JobRow(String status, int attempts, Instant nextAttemptAt) {
    }

    private static DeliveryJobs jobs() {
        return db.store().deliveryJobs();
    }

    private JobRow job(URI inbox) {
        try (Connection c = db.plazaStore().dataSource().getConnection();
             var statement = c.prepareStatement(
                     "SELECT status, attempts, next_attempt_at FROM delivery_job WHERE inbox = ?")) {
            statement.setString(1, inbox.toString());
            ResultSet rs = statement.executeQuery();
            rs.next();
            return new JobRow(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<URI> inboxesWhere(String condition) throws SQLException {
        Set<URI> inboxes = new HashSet<>();
        try (Connection c = db.plazaStore().dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT inbox FROM delivery_job WHERE " + condition)) {
            while (rs.next()) {
                inboxes.add(URI.create(rs.getString(1)));
            }
        }
        return inboxes;
    }

    private LoopbackSink sink(int hosts) throws Exception {
        URI keyId = URI.create(URIS.rsaKey(actor.username()));
        URI owner = URI.create(URIS.actor(actor.username()));
        LoopbackSink sink = new LoopbackSink(hosts, new SignatureVerifier(id -> {
            assertThat(id).isEqualTo(keyId);
            return new ResolvedKey(keyId, owner, actorKey);
        }, DateWindow.DEFAULT, clock));
        toClose.add(sink);
        return sink;
    }

    private static List<URI> inboxes(LoopbackSink sink, int hosts, int perHost) {
        List<URI> inboxes = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            for (int i = 0; i < perHost; i++) {
                inboxes.add(sink.inbox(h, "/users/u" + i + "/inbox"));
            }
        }
        return inboxes;
    }

    private DeliveryWorker worker(DeliverySettings settings, DeliveryJobs jobs) {
        DeliveryWorker worker = new DeliveryWorker(jobs, db.store().localActors(), URIS, HTTP, settings, clock,
                DeliveryListener.NONE).start();
        toClose.add(worker);
        return worker;
    }

    private static Delivery delivery(List<URI> inboxes) {
        String id = "https://plaza.example/activities/" + ACTIVITIES.incrementAndGet();
        String json = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"%s\",\"type\":\"Create\"}"
                .formatted(id);
        return new Delivery(actor.id(), id, json.getBytes(StandardCharsets.UTF_8), inboxes);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(10);
        }
    }
}
