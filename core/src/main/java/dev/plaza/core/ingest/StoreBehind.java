package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One listener's batches, stored behind it: the listener hands a batch over and goes on reading the next one
 * while the store commits it. At most one batch is in the store at a time, so positions are stored in the
 * order they were reached; handing over the next batch, or asking for the stream's position, first waits for
 * the one before. If that one failed, the failure is thrown there, once, and nothing after it was stored: the
 * listener resumes from the stored position, as after any failed store, and hears both batches again.
 * Each listener has its own; the store behind them may be shared ({@link GroupedStreamIngest}).
 */
public final class StoreBehind {

    private final StreamIngest ingest;
    private final ListeningCores cores;
    // a lock rather than a monitor: a virtual thread waiting under a monitor holds its carrier on Java 21
    private final ReentrantLock turn = new ReentrantLock();
    private Optional<CompletableFuture<IngestResult>> storing = Optional.empty();

    /** {@code cores}: the listener gives its core back while it waits for the store. */
    public StoreBehind(StreamIngest ingest, ListeningCores cores) {
        this.ingest = requireNonNull(ingest, "ingest");
        this.cores = requireNonNull(cores, "cores");
    }

    /** Waits for the batch handed over before, then starts storing this one. */
    public void store(long workspaceId, StreamBatch batch) {
        requireNonNull(batch, "batch");
        turn.lock();
        try {
            awaitStored();
            storing = Optional.of(CompletableFuture.supplyAsync(() -> ingest.ingest(workspaceId, batch),
                    work -> Thread.ofVirtual().name("store-behind " + batch.stream()).start(work)));
        } finally {
            turn.unlock();
        }
    }

    /** Waits until the batch handed over last is stored; throws what storing it threw. */
    public void awaitStored() {
        turn.lock();
        try {
            if (storing.isEmpty()) {
                return;
            }
            CompletableFuture<IngestResult> last = storing.get();
            storing = Optional.empty();
            cores.waiting(last::join);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        } finally {
            turn.unlock();
        }
    }

    /** The stream's stored position, once the batch in the store, if any, is stored. */
    public Optional<Long> position(long workspaceId, String stream) {
        turn.lock();
        try {
            awaitStored();
            return ingest.position(workspaceId, stream);
        } finally {
            turn.unlock();
        }
    }
}
