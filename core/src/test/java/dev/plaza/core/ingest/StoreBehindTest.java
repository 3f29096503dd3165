package dev.plaza.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoreBehindTest {

    /** A store whose commits wait until the test lets them through, one latch per position. */
    private static final class GatedStore implements StreamIngest {

        final List<Long> stored = new CopyOnWriteArrayList<>();
        final ConcurrentHashMap<Long, CountDownLatch> gates = new ConcurrentHashMap<>();
        volatile Optional<Long> failAt = Optional.empty();

        CountDownLatch gate(long position) {
            return gates.computeIfAbsent(position, p -> new CountDownLatch(1));
        }

        @Override
        public IngestResult ingest(long workspaceId, StreamBatch batch) {
            try {
                gate(batch.position()).await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failAt.equals(Optional.of(batch.position()))) {
                throw new IllegalStateException("the database went away at " + batch.position());
            }
            stored.add(batch.position());
            return IngestResult.NOTHING;
        }

        @Override
        public Optional<Long> position(long workspaceId, String stream) {
            return stored.isEmpty() ? Optional.empty() : Optional.of(stored.getLast());
        }
    }

    private static StreamBatch at(long position) {
        return new StreamBatch("jetstream", position, new IngestBatch(List.of(), List.of(), Optional.empty()), List.of(), List.of());
    }

    @Test
    void theListenerGoesOnWhileItsBatchIsStoredAndTheNextWaitsForIt() throws InterruptedException {
        GatedStore store = new GatedStore();
        StoreBehind behind = new StoreBehind(store, ListeningCores.unlimited());

        behind.store(1, at(10));
        assertThat(store.stored).as("handed over, not yet committed").isEmpty();

        Thread next = Thread.ofVirtual().start(() -> behind.store(1, at(20)));
        next.join(200);
        assertThat(next.isAlive()).as("the next batch waits for the one in the store").isTrue();
        store.gate(10).countDown();
        next.join(5_000);
        store.gate(20).countDown();

        assertThat(behind.position(1, "jetstream")).as("the position waits for the batch in the store").contains(20L);
        assertThat(store.stored).containsExactly(10L, 20L);
    }

    @Test
    void aFailedStoreIsThrownOnceWhereTheNextBatchIsHandedOverAndNothingAfterItIsStored() {
        GatedStore store = new GatedStore();
        store.failAt = Optional.of(10L);
        store.gate(10).countDown();
        store.gate(20).countDown();
        StoreBehind behind = new StoreBehind(store, ListeningCores.unlimited());

        behind.store(1, at(10));

        assertThatThrownBy(() -> behind.store(1, at(20))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("went away at 10");
        assertThat(behind.position(1, "jetstream")).as("thrown once; the listener resumes from what is stored").isEmpty();
        assertThat(store.stored).isEmpty();
    }

    @Test
    void theListenerGivesItsCoreBackWhileItWaitsForTheStore() throws InterruptedException {
        GatedStore store = new GatedStore();
        ListeningCores cores = new ListeningCores(1);
        StoreBehind behind = new StoreBehind(store, cores);
        cores.enter();
        behind.store(1, at(10));
        CountDownLatch otherWorked = new CountDownLatch(1);
        Thread other = Thread.ofVirtual().start(() -> {
            cores.enter();
            otherWorked.countDown();
            cores.leave();
            store.gate(10).countDown();
        });

        behind.awaitStored();

        assertThat(otherWorked.getCount()).as("another listener had the core meanwhile").isZero();
        assertThat(cores.holding()).isTrue();
        cores.leave();
        other.join(5_000);
        assertThat(store.stored).containsExactly(10L);
    }
}
