package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    private Optional<CompletableFuture<IngestResult>> storing = Optional.empty();

    /** {@code cores}: the listener gives its core back while it waits for the store. */
    public StoreBehind(StreamIngest ingest, ListeningCores cores) {
        this.ingest = requireNonNull(ingest, "ingest");
        this.cores = requireNonNull(cores, "cores");
    }

    /** Waits for the batch handed over before, then starts storing this one. */
    public synchronized void store(long workspaceId, StreamBatch batch) {
        requireNonNull(batch, "batch");
        awaitStored();
        storing = Optional.of(CompletableFuture.supplyAsync(() -> ingest.ingest(workspaceId, batch),
                work -> Thread.ofVirtual().name("store-behind " + batch.stream()).start(work)));
    }

    /** Waits until the batch handed over last is stored; throws what storing it threw. */
    public synchronized void awaitStored() {
        if (storing.isEmpty()) {
            return;
        }
        CompletableFuture<IngestResult> last = storing.get();
        storing = Optional.empty();
        try {
            cores.waiting(last::join);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** The stream's stored position, once the batch in the store, if any, is stored. */
    public synchronized Optional<Long> position(long workspaceId, String stream) {
        awaitStored();
        return ingest.position(workspaceId, stream);
    }
}
