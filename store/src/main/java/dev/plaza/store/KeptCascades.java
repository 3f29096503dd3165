package dev.plaza.store;

import dev.plaza.core.wordofmouth.WordOfMouthTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The cascades the triggers of V31 keep as echoes are linked and posts scored or deleted: a period's
 * totals counted from them, and the two things the triggers cannot see, done by the background job.
 */
final class KeptCascades {

    private KeptCascades() {
    }

    /** The roots written on the UTC days {@code first} to {@code last}, their distinct echoes, and the distinct people those reached. */
    static WordOfMouthTotals totals(Handle h, long workspaceId, LocalDate first, LocalDate last) {
        return h.createQuery("""
                        SELECT (SELECT count(*) FROM word_of_mouth_root WHERE workspace_id = :w AND day BETWEEN :first AND :last) AS recommendations,
                               (SELECT count(DISTINCT echo_id) FROM word_of_mouth_reach
                                WHERE workspace_id = :w AND day BETWEEN :first AND :last) AS echoes,
                               (SELECT count(DISTINCT reached_person) FROM word_of_mouth_reach
                                WHERE workspace_id = :w AND day BETWEEN :first AND :last AND reached_person IS NOT NULL) AS reached""")
                .bind("w", workspaceId).bind("first", first).bind("last", last)
                .map((rs, ctx) -> new WordOfMouthTotals(rs.getLong("recommendations"), rs.getLong("echoes"), rs.getLong("reached")))
                .one();
    }

    /** The UTC day of the workspace's newest recommendation or answer that is not deleted. */
    static Optional<LocalDate> newestDay(Handle h, long workspaceId) {
        return h.createQuery("SELECT max(day) FROM word_of_mouth_root WHERE workspace_id = :w")
                .bind("w", workspaceId).mapTo(LocalDate.class).findOne();
    }

    /**
     * Walks again the cascades walked since {@code since}: an echo linked while its root was being scored,
     * or under an echo being deleted, is missed by both transactions (neither sees the other's rows), and
     * is found once both have committed.
     */
    static void settle(Handle h, long workspaceId, Instant since) {
        h.createQuery("""
                        SELECT plaza_word_of_mouth_walk(ARRAY(SELECT root_id FROM word_of_mouth_root
                                                              WHERE workspace_id = :w AND walked_at >= :since))""")
                .bind("w", workspaceId).bind("since", Rows.timestamp(since)).mapTo(String.class).findOne();
    }

    /** Counts again whom each echo reaches, as people are now: merged or parted since, or the brand's accounts changed. */
    static void recountPeople(Handle h, long workspaceId) {
        h.createUpdate("""
                        UPDATE word_of_mouth_reach c SET reached_person = now.person
                        FROM (SELECT c.root_id, c.echo_id, plaza_word_of_mouth_reached(a.author_identity_id, ra.author_identity_id) AS person
                              FROM word_of_mouth_reach c JOIN activity a ON a.id = c.echo_id JOIN activity ra ON ra.id = c.root_id
                              WHERE c.workspace_id = :w) now
                        WHERE c.root_id = now.root_id AND c.echo_id = now.echo_id AND c.reached_person IS DISTINCT FROM now.person""")
                .bind("w", workspaceId).execute();
    }
}
