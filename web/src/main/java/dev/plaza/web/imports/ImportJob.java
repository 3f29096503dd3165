package dev.plaza.web.imports;

import dev.plaza.core.ingest.Progress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One import (or other long settings job) running, or run, in the background, as the progress element shows it. Its
 * state changes from the import's thread and is read by page requests, so it is one immutable
 * snapshot swapped atomically.
 */
public final class ImportJob implements Progress {

    public enum State { RUNNING, DONE, FAILED }

    /** Where the job stands; {@code total} is -1 while unknown. */
    public record Snapshot(State state, String step, long done, long total, Optional<String> summary,
            List<String> problems, Optional<String> error) {

        public Snapshot {
            problems = List.copyOf(problems);
        }

        public boolean finished() {
            return state != State.RUNNING;
        }

        /** The progress element's value in percent, or empty while the total is unknown. */
        public Optional<Long> percent() {
            return total > 0 ? Optional.of(Math.min(100, done * 100 / total)) : Optional.empty();
        }
    }

    private final String id;
    private final long workspaceId;
    private final String fileName;
    private final Instant startedAt;
    private volatile Snapshot snapshot =
            new Snapshot(State.RUNNING, "uploaded", 0, -1, Optional.empty(), List.of(), Optional.empty());

    ImportJob(String id, long workspaceId, String fileName, Instant startedAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }

    public String id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String fileName() {
        return fileName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public void update(String step, long done, long total) {
        if (snapshot.state() == State.RUNNING) {
            snapshot = new Snapshot(State.RUNNING, step, done, total, Optional.empty(), List.of(), Optional.empty());
        }
    }

    void succeeded(ImportJobs.Outcome outcome) {
        Snapshot last = snapshot;
        snapshot = new Snapshot(State.DONE, "done", last.total() > 0 ? last.total() : last.done(), last.total(),
                Optional.of(outcome.summary()), outcome.problems(), Optional.empty());
    }

    void failed(String message) {
        Snapshot last = snapshot;
        snapshot = new Snapshot(State.FAILED, last.step(), last.done(), last.total(), Optional.empty(), List.of(),
                Optional.of(message));
    }
}
