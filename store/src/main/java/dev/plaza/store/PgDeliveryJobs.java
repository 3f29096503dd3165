package dev.plaza.store;

import dev.plaza.core.delivery.Completion;
import dev.plaza.core.delivery.DeadLetter;
import dev.plaza.core.delivery.DeliveryCounts;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.core.delivery.HostCircuit;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Claims and outcomes, one short transaction each. A job's outcome is recorded in the same statement
 * that checks it is still this worker's, so the queue moves each job to done or dead exactly once.
 * The HTTP side is at-least-once: a worker that crashes after an inbox accepted a request but before
 * {@link #complete} committed leaves the job leased, and after the lease it is sent again. Receivers
 * dedup by activity id (Mastodon and Fedify both do), which is why the activity id never changes.
 */
final class PgDeliveryJobs implements DeliveryJobs {

    private static final RowMapper<DeliveryJob> JOB = (rs, ctx) -> new DeliveryJob(
            rs.getLong("id"), rs.getLong("delivery_id"), rs.getLong("actor_id"), rs.getString("username"),
            rs.getString("activity_id"), rs.getBytes("body"), URI.create(rs.getString("inbox")), rs.getString("host"),
            rs.getInt("attempts"), Rows.instant(rs, "created_at"));

    private static final RowMapper<HostCircuit> HOST = (rs, ctx) -> new HostCircuit(
            rs.getString("host"), rs.getInt("consecutive_failures"), Rows.optionalInstant(rs, "open_until"));

    private final Jdbi jdbi;
    private final QueueSignal signal;

    PgDeliveryJobs(Jdbi jdbi, QueueSignal signal) {
        this.jdbi = jdbi;
        this.signal = signal;
    }

    @Override
    public long queuedCount() {
        return signal.count();
    }

    @Override
    public void awaitQueued(long seen, Duration timeout) throws InterruptedException {
        signal.await(seen, timeout);
    }

    @Override
    public List<DeliveryJob> claim(String workerId, int max, Instant now, Duration lease) {
        // A claimed job's next_attempt_at is its lease's end: if the worker dies, the job is due again then.
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH due AS (
                            SELECT id FROM delivery_job
                            WHERE status IN ('queued', 'sending') AND next_attempt_at <= :now
                            ORDER BY next_attempt_at LIMIT :max
                            FOR UPDATE SKIP LOCKED
                        ), claimed AS (
                            UPDATE delivery_job j
                            SET status = 'sending', claimed_by = :worker, locked_until = :until, next_attempt_at = :until
                            FROM due WHERE j.id = due.id
                            RETURNING j.id, j.delivery_id, j.inbox, j.host, j.attempts
                        )
                        SELECT c.*, d.actor_id, d.activity_id, d.body, d.created_at, a.username
                        FROM claimed c JOIN delivery d ON d.id = c.delivery_id JOIN local_actor a ON a.id = d.actor_id
                        ORDER BY c.id""")
                .bind("now", Rows.timestamp(now)).bind("max", max).bind("worker", workerId)
                .bind("until", Rows.timestamp(now.plus(lease)))
                .map(JOB).list());
    }

    @Override
    public List<Boolean> complete(String workerId, List<Completion> completions) {
        Set<Long> done = new HashSet<>(jdbi.withHandle(h -> h.createQuery("""
                        UPDATE delivery_job j
                        SET status = 'done', finished_at = u.at, locked_until = NULL, last_status = u.http,
                            attempts = j.attempts + 1
                        FROM unnest(:ids::bigint[], :ats::timestamptz[], :statuses::int[]) AS u(id, at, http)
                        WHERE j.id = u.id AND j.id = ANY(:ids::bigint[]) AND j.status = 'sending' AND j.claimed_by = :worker
                        RETURNING j.id""")
                .bind("ids", completions.stream().map(Completion::jobId).toArray(Long[]::new))
                .bind("ats", completions.stream().map(c -> c.at().toString()).toArray(String[]::new))
                .bind("statuses", completions.stream().map(c -> c.httpStatus() <= 0 ? null : c.httpStatus()).toArray(Integer[]::new))
                .bind("worker", workerId)
                .mapTo(Long.class).list()));
        return completions.stream().map(c -> done.remove(c.jobId())).toList();
    }

    @Override
    public boolean kill(long jobId, String workerId, Instant now, int httpStatus, String error) {
        return finish(jobId, workerId, "dead", now, httpStatus, error);
    }

    private boolean finish(long jobId, String workerId, String status, Instant now, int httpStatus, String error) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE delivery_job
                        SET status = :status, finished_at = :now, locked_until = NULL, last_status = :http,
                            last_error = coalesce(:error, last_error), attempts = attempts + 1
                        WHERE id = :id AND status = 'sending' AND claimed_by = :worker""")
                .bind("status", status).bind("now", Rows.timestamp(now)).bind("http", httpStatus <= 0 ? null : httpStatus)
                .bind("error", error).bind("id", jobId).bind("worker", workerId)
                .execute()) == 1;
    }

    @Override
    public boolean retry(long jobId, String workerId, Instant nextAttemptAt, int httpStatus, String error) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE delivery_job
                        SET status = 'queued', next_attempt_at = :next, locked_until = NULL, claimed_by = NULL,
                            attempts = attempts + 1, last_status = :http, last_error = :error
                        WHERE id = :id AND status = 'sending' AND claimed_by = :worker""")
                .bind("next", Rows.timestamp(nextAttemptAt)).bind("http", httpStatus <= 0 ? null : httpStatus)
                .bind("error", error).bind("id", jobId).bind("worker", workerId)
                .execute()) == 1;
    }

    @Override
    public boolean postpone(long jobId, String workerId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE delivery_job
                        SET status = 'queued', next_attempt_at = :at, locked_until = NULL, claimed_by = NULL
                        WHERE id = :id AND status = 'sending' AND claimed_by = :worker""")
                .bind("at", Rows.timestamp(at)).bind("id", jobId).bind("worker", workerId)
                .execute()) == 1;
    }

    @Override
    public HostCircuit host(String host) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM delivery_host WHERE host = :host")
                .bind("host", host).map(HOST).findOne()).orElseGet(() -> HostCircuit.closed(host));
    }

    @Override
    public HostCircuit hostFailed(String host, String error) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO delivery_host (host, consecutive_failures, last_error) VALUES (:host, 1, :error)
                        ON CONFLICT (host) DO UPDATE
                        SET consecutive_failures = delivery_host.consecutive_failures + 1,
                            last_error = excluded.last_error, updated_at = now()
                        RETURNING *""")
                .bind("host", host).bind("error", error).map(HOST).one());
    }

    @Override
    public void openCircuit(String host, Instant until) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE delivery_host SET open_until = :until, updated_at = now() WHERE host = :host")
                    .bind("until", Rows.timestamp(until)).bind("host", host).execute();
            h.createUpdate("""
                            UPDATE delivery_job SET next_attempt_at = :until
                            WHERE host = :host AND status = 'queued' AND next_attempt_at < :until""")
                    .bind("until", Rows.timestamp(until)).bind("host", host).execute();
        });
    }

    @Override
    public void hostSucceeded(String host) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE delivery_host SET consecutive_failures = 0, open_until = NULL, updated_at = now()
                        WHERE host = :host AND (consecutive_failures > 0 OR open_until IS NOT NULL)""")
                .bind("host", host).execute());
    }

    @Override
    public DeliveryCounts counts() {
        return counts(Optional.empty());
    }

    @Override
    public DeliveryCounts counts(long workspaceId) {
        return counts(Optional.of(workspaceId));
    }

    private DeliveryCounts counts(Optional<Long> workspaceId) {
        return jdbi.withHandle(h -> {
            Map<String, Long> byStatus = h.createQuery("SELECT j.status, count(*) AS n FROM delivery_job j "
                            + OF_WORKSPACE + " GROUP BY j.status")
                    .bind("w", workspaceId.orElse(null))
                    .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getLong("n"))).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            long open = h.createQuery("SELECT count(*) FROM delivery_host WHERE open_until > now()")
                    .mapTo(Long.class).one();
            return new DeliveryCounts(byStatus.getOrDefault("queued", 0L), byStatus.getOrDefault("sending", 0L),
                    byStatus.getOrDefault("done", 0L), byStatus.getOrDefault("dead", 0L), open);
        });
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        return deadLetters(Optional.empty(), limit);
    }

    @Override
    public List<DeadLetter> deadLetters(long workspaceId, int limit) {
        return deadLetters(Optional.of(workspaceId), limit);
    }

    private List<DeadLetter> deadLetters(Optional<Long> workspaceId, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT j.id, d.activity_id, j.inbox, j.attempts, j.last_status, j.last_error, j.finished_at"
                                + " FROM delivery_job j " + OF_WORKSPACE
                                + " AND j.status = 'dead' ORDER BY j.finished_at DESC LIMIT :limit")
                .bind("w", workspaceId.orElse(null)).bind("limit", limit)
                .map((rs, ctx) -> new DeadLetter(rs.getLong("id"), rs.getString("activity_id"), rs.getString("inbox"),
                        rs.getInt("attempts"), Rows.optionalLong(rs, "last_status").map(Long::intValue),
                        Optional.ofNullable(rs.getString("last_error")).orElse(""), Rows.instant(rs, "finished_at")))
                .list());
    }

    /** Restricts jobs to one workspace's actors when :w is set; all jobs when it is null. */
    private static final String OF_WORKSPACE = """
            JOIN delivery d ON d.id = j.delivery_id JOIN local_actor a ON a.id = d.actor_id
            WHERE (CAST(:w AS bigint) IS NULL OR a.workspace_id = :w)""";
}
