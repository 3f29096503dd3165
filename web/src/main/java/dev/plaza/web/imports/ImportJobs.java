package dev.plaza.web.imports;

import dev.plaza.core.PlazaException;
import dev.plaza.core.ingest.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs uploaded archive imports (and other long work of the settings pages: following a list,
 * reading an old account's followers) on virtual threads and remembers the latest few, so the page
 * can poll their progress. An archive job owns its uploaded file (and a {@code plaza-import-*}
 * folder holding it) and deletes them when it ends.
 */
public final class ImportJobs implements AutoCloseable {

    /** The work of a job, reporting progress; a refusal is a {@link PlazaException} with a message for people. */
    @FunctionalInterface
    public interface Work {
        Outcome run(Progress progress);
    }

    /** What a finished job did, and the rows (or items) that failed while the rest went on. */
    public record Outcome(String summary, List<String> problems) {

        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEEP = 50;
    private static final Duration CLOSE_WAIT = Duration.ofMinutes(2);

    private final ArchiveImporter importer;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final SecureRandom random = new SecureRandom();

    public ImportJobs(ArchiveImporter importer) {
        this.importer = importer;
    }

    /** Starts importing {@code file} (which the job then owns) into the workspace. */
    public ImportJob startMastodon(long workspaceId, String fileName, Path file) {
        return start(workspaceId, fileName, progress -> {
            try {
                return new Outcome(importer.importMastodon(workspaceId, file, progress).summary(), List.of());
            } finally {
                delete(file);
            }
        });
    }

    /** Starts importing the Bluesky repository export {@code file} (which the job then owns) into the workspace. */
    public ImportJob startBluesky(long workspaceId, String fileName, Path file) {
        return start(workspaceId, fileName, progress -> {
            try {
                return new Outcome(importer.importBluesky(workspaceId, file, progress), List.of());
            } finally {
                delete(file);
            }
        });
    }

    /** Starts any background work of the workspace, shown and polled as imports are. */
    public ImportJob start(long workspaceId, String name, Work work) {
        byte[] idBytes = new byte[12];
        random.nextBytes(idBytes);
        ImportJob job = new ImportJob(HexFormat.of().formatHex(idBytes), workspaceId, name, Instant.now());
        forgetOldest();
        jobs.put(job.id(), job);
        executor.execute(() -> run(job, work));
        return job;
    }

    /** A job of this workspace; another workspace's job is as good as missing. */
    public Optional<ImportJob> find(long workspaceId, String id) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.workspaceId() == workspaceId);
    }

    /** This workspace's jobs, newest first. */
    public List<ImportJob> list(long workspaceId) {
        return jobs.values().stream()
                .filter(j -> j.workspaceId() == workspaceId)
                .sorted(Comparator.comparing(ImportJob::startedAt).reversed())
                .toList();
    }

    private void run(ImportJob job, Work work) {
        try {
            job.update("reading", 0, -1);
            Outcome outcome = work.run(job);
            job.succeeded(outcome);
            LOG.atInfo().addKeyValue("job", job.id()).addKeyValue("workspace", job.workspaceId())
                    .log("import of {} finished: {}", job.fileName(), outcome.summary());
        } catch (PlazaException | IllegalArgumentException e) {
            job.failed(e.getMessage());
            LOG.atInfo().addKeyValue("job", job.id()).log("import of {} refused: {}", job.fileName(), e.getMessage());
        } catch (RuntimeException | Error e) {
            job.failed("the import failed unexpectedly (" + e.getClass().getSimpleName()
                    + "); the server log has the details under job " + job.id());
            LOG.atError().setCause(e).addKeyValue("job", job.id()).log("import of {} failed", job.fileName());
        }
    }

    /** Deletes the upload, and its folder when the upload had one of its own. */
    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Path folder = file.getParent();
            if (folder != null && folder.getFileName().toString().startsWith("plaza-import-")) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the uploaded file {}", file, e);
        }
    }

    private void forgetOldest() {
        if (jobs.size() < KEEP) {
            return;
        }
        List<ImportJob> finished = new ArrayList<>(jobs.values().stream().filter(j -> j.snapshot().finished()).toList());
        finished.sort(Comparator.comparing(ImportJob::startedAt));
        for (int i = 0; i < finished.size() && jobs.size() >= KEEP; i++) {
            jobs.remove(finished.get(i).id());
        }
    }

    /** Waits for running imports to finish (each runs in one transaction, so stopping midway loses nothing). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
