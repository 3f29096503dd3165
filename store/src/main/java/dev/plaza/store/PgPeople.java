package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.People;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.core.people.PersonMerge;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

final class PgPeople implements People {

    /** A person with their identity and activity counts, from the identities' own counters. */
    static final String PERSON_FROM = """
            SELECT p.*, s.identity_count, s.activity_count FROM person p CROSS JOIN LATERAL (
                SELECT count(*) AS identity_count, coalesce(sum(i.activity_count), 0) AS activity_count
                FROM identity i WHERE i.person_id = p.id) s""";

    private final Jdbi jdbi;

    PgPeople(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Page<Person> search(long workspaceId, PersonFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder(PERSON_FROM + " WHERE p.workspace_id = :w AND p.merged_into IS NULL");
        filter.text().ifPresent(t -> sql.append(" AND (lower(p.display_name) LIKE :text ESCAPE '!' OR EXISTS"
                + " (SELECT 1 FROM identity i WHERE i.person_id = p.id AND lower(i.handle) LIKE :text ESCAPE '!'))"));
        filter.platform().ifPresent(pl -> sql.append(
                " AND EXISTS (SELECT 1 FROM identity i WHERE i.person_id = p.id AND i.platform = :platform)"));
        sql.append(" AND ").append(Keyset.after(page, "p.last_seen", "p.id"))
                .append(" ORDER BY p.last_seen DESC, p.id DESC LIMIT :limit");
        List<Person> rows = jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("w", workspaceId).bind("limit", page.limit() + 1)
                    .bind("cursorAt", Rows.timestamp(Keyset.cursorAt(page))).bind("cursorId", Keyset.cursorId(page));
            filter.text().ifPresent(t -> query.bind("text", "%" + LikePatterns.escape(t.toLowerCase()) + "%"));
            filter.platform().ifPresent(pl -> query.bind("platform", pl.key()));
            return query.map(Rows.PERSON).list();
        });
        return Keyset.page(rows, page, Person::lastSeen, Person::id);
    }

    @Override
    public Optional<Person> find(long workspaceId, long personId) {
        return jdbi.withHandle(h -> findPerson(h, workspaceId, personId));
    }

    @Override
    public List<Identity> identitiesOf(long workspaceId, long personId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM identity WHERE workspace_id = :w AND person_id = :p ORDER BY platform, id")
                .bind("w", workspaceId).bind("p", personId).map(Rows.IDENTITY).list());
    }

    /** Identities in the order they were first seen; the cursor is the last id shown. */
    @Override
    public Page<Identity> identities(long workspaceId, PageRequest page) {
        long after = Keyset.cursorId(page);
        List<Identity> rows = jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM identity WHERE workspace_id = :w AND id > :after ORDER BY id LIMIT :limit")
                .bind("w", workspaceId).bind("after", after).bind("limit", page.limit() + 1)
                .map(Rows.IDENTITY).list());
        return Keyset.page(rows, page, i -> java.time.Instant.EPOCH, Identity::id);
    }

    @Override
    public Optional<Identity> identity(long workspaceId, long identityId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM identity WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", identityId).map(Rows.IDENTITY).findOne());
    }

    @Override
    public PersonMerge merge(long workspaceId, long survivorId, long mergedId, LinkEvidence evidence,
            Optional<Long> byMemberId) {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("a person cannot be merged into themselves");
        }
        return jdbi.inTransaction(h -> {
            Person survivor = lockActive(h, workspaceId, survivorId);
            Person merged = lockActive(h, workspaceId, mergedId);
            List<Identity> moved = h.createQuery("SELECT * FROM identity WHERE person_id = :p ORDER BY id")
                    .bind("p", mergedId).map(Rows.IDENTITY).list();
            h.createUpdate("""
                            UPDATE identity SET person_id = :s, link_reason = :reason, link_confidence = :confidence
                            WHERE person_id = :m""")
                    .bind("s", survivorId).bind("m", mergedId)
                    .bind("reason", evidence.reason()).bind("confidence", evidence.confidence()).execute();
            h.createUpdate("""
                            UPDATE person SET first_seen = least(first_seen, :first), last_seen = greatest(last_seen, :last)
                            WHERE id = :s""")
                    .bind("first", Rows.timestamp(merged.firstSeen())).bind("last", Rows.timestamp(merged.lastSeen()))
                    .bind("s", survivor.id()).execute();
            h.createUpdate("UPDATE person SET merged_into = :s WHERE id = :m")
                    .bind("s", survivorId).bind("m", mergedId).execute();
            return h.createQuery("""
                            INSERT INTO person_merge (workspace_id, survivor_id, merged_id, merged_display_name,
                                moved_identity_ids, moved_link_reasons, moved_link_confidences, reason, confidence, by_member_id)
                            VALUES (:w, :s, :m, :name, :ids, :reasons, :confidences, :reason, :confidence, :by)
                            RETURNING *""")
                    .bind("w", workspaceId).bind("s", survivorId).bind("m", mergedId).bind("name", merged.displayName())
                    .bind("ids", moved.stream().map(Identity::id).toArray(Long[]::new))
                    .bind("reasons", moved.stream().map(i -> i.link().reason()).toArray(String[]::new))
                    .bind("confidences", moved.stream().map(i -> i.link().confidence()).toArray(Double[]::new))
                    .bind("reason", evidence.reason()).bind("confidence", evidence.confidence())
                    .bind("by", byMemberId.orElse(null))
                    .map(Rows.MERGE).one();
        });
    }

    @Override
    public PersonMerge undoMerge(long workspaceId, long mergeId) {
        return jdbi.inTransaction(h -> {
            PersonMerge merge = h.createQuery("SELECT * FROM person_merge WHERE workspace_id = :w AND id = :id FOR UPDATE")
                    .bind("w", workspaceId).bind("id", mergeId).map(Rows.MERGE).findOne()
                    .orElseThrow(() -> new NotFoundException("merge", mergeId));
            if (merge.undone()) {
                throw new IllegalArgumentException("merge %d was already undone".formatted(mergeId));
            }
            Person survivor = findPerson(h, workspaceId, merge.survivorId())
                    .orElseThrow(() -> new IllegalArgumentException(("person %d was merged again since; undo that merge"
                            + " first").formatted(merge.survivorId())));
            String[] reasons = h.createQuery("SELECT moved_link_reasons FROM person_merge WHERE id = :id")
                    .bind("id", mergeId).mapTo(String[].class).one();
            Double[] confidences = h.createQuery("SELECT moved_link_confidences FROM person_merge WHERE id = :id")
                    .bind("id", mergeId).mapTo(Double[].class).one();
            for (int i = 0; i < merge.movedIdentityIds().size(); i++) {
                h.createUpdate("""
                                UPDATE identity SET person_id = :m, link_reason = :reason, link_confidence = :confidence
                                WHERE id = :id AND person_id = :s""")
                        .bind("m", merge.mergedId()).bind("s", survivor.id()).bind("id", merge.movedIdentityIds().get(i))
                        .bind("reason", reasons[i]).bind("confidence", confidences[i]).execute();
            }
            h.createUpdate("UPDATE person SET merged_into = NULL WHERE id = :m").bind("m", merge.mergedId()).execute();
            refreshSeen(h, survivor.id());
            refreshSeen(h, merge.mergedId());
            return h.createQuery("UPDATE person_merge SET undone_at = now() WHERE id = :id RETURNING *")
                    .bind("id", mergeId).map(Rows.MERGE).one();
        });
    }

    @Override
    public List<PersonMerge> mergesOf(long workspaceId, long personId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM person_merge WHERE workspace_id = :w AND (survivor_id = :p OR merged_id = :p)
                        ORDER BY merged_at DESC, id DESC""")
                .bind("w", workspaceId).bind("p", personId).map(Rows.MERGE).list());
    }

    private static Optional<Person> findPerson(Handle h, long workspaceId, long personId) {
        return h.createQuery(PERSON_FROM + " WHERE p.workspace_id = :w AND p.id = :id AND p.merged_into IS NULL")
                .bind("w", workspaceId).bind("id", personId).map(Rows.PERSON).findOne();
    }

    private static Person lockActive(Handle h, long workspaceId, long personId) {
        h.createQuery("SELECT id FROM person WHERE workspace_id = :w AND id = :id AND merged_into IS NULL FOR UPDATE")
                .bind("w", workspaceId).bind("id", personId).mapTo(Long.class).findOne()
                .orElseThrow(() -> new NotFoundException("person", personId));
        return findPerson(h, workspaceId, personId).orElseThrow();
    }

    /** Recomputes when a person was first and last seen from the activities of their identities. */
    private static void refreshSeen(Handle h, long personId) {
        h.createUpdate("""
                        UPDATE person p SET first_seen = coalesce(s.first, p.first_seen), last_seen = coalesce(s.last, p.last_seen)
                        FROM (SELECT min(a.at) AS first, max(a.at) AS last FROM activity a
                              JOIN identity i ON i.id = a.author_identity_id WHERE i.person_id = :p) s
                        WHERE p.id = :p""")
                .bind("p", personId).execute();
    }
}
