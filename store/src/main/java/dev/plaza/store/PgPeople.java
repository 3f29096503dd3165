package dev.plaza.store;

import dev.plaza.core.PlazaException;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.MergeRequest;
import dev.plaza.core.people.People;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.core.people.PersonMerge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
        filter.text().ifPresent(t -> sql.append(" AND (lower(p.display_name COLLATE pg_c_utf8) LIKE lower(:text COLLATE pg_c_utf8) ESCAPE '!'"
                + " OR EXISTS (SELECT 1 FROM identity i WHERE i.person_id = p.id"
                + " AND lower(i.handle COLLATE pg_c_utf8) LIKE lower(:text COLLATE pg_c_utf8) ESCAPE '!'))"));
        filter.platform().ifPresent(pl -> sql.append(
                " AND EXISTS (SELECT 1 FROM identity i WHERE i.person_id = p.id AND i.platform = :platform)"));
        sql.append(" AND ").append(Keyset.after(page, "p.last_seen", "p.id"))
                .append(" ORDER BY p.last_seen DESC, p.id DESC LIMIT :limit");
        List<Person> rows = jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("w", workspaceId).bind("limit", page.limit() + 1)
                    .bind("cursorAt", Rows.timestamp(Keyset.cursorAt(page))).bind("cursorId", Keyset.cursorId(page));
            filter.text().ifPresent(t -> query.bind("text", "%" + LikePatterns.escape(t) + "%"));
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
    public Map<Long, Identity> identities(long workspaceId, Collection<Long> identityIds) {
        if (identityIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM identity WHERE workspace_id = :w AND id = ANY(:ids)")
                .bind("w", workspaceId).bind("ids", identityIds.toArray(Long[]::new)).map(Rows.IDENTITY).list())
                .stream().collect(Collectors.toMap(Identity::id, identity -> identity));
    }

    @Override
    public PersonMerge merge(long workspaceId, long survivorId, long mergedId, LinkEvidence evidence,
            Optional<Long> byMemberId) {
        return jdbi.inTransaction(h -> PersonMerges.merge(h, workspaceId, survivorId, mergedId, evidence, byMemberId));
    }

    @Override
    public PersonMerge undoMerge(long workspaceId, long mergeId) {
        return jdbi.inTransaction(h -> PersonMerges.undo(h, workspaceId, mergeId));
    }

    @Override
    public List<PersonMerge> mergeAll(long workspaceId, List<MergeRequest> pairs, Optional<Long> byMemberId) {
        AtomicInteger at = new AtomicInteger();
        try {
            return jdbi.inTransaction(h -> {
                List<PersonMerge> done = new ArrayList<>();
                for (MergeRequest pair : pairs) {
                    done.add(PersonMerges.merge(h, workspaceId, pair.survivorId(), pair.mergedId(), pair.evidence(),
                            byMemberId));
                    at.incrementAndGet();
                }
                return done;
            });
        } catch (PlazaException | IllegalArgumentException e) {
            MergeRequest pair = pairs.get(at.get());
            throw new PlazaException("cannot merge person %d%s into person %d%s (pair %d of %d): %s; nothing was merged"
                    .formatted(pair.mergedId(), nameOf(workspaceId, pair.mergedId()), pair.survivorId(),
                            nameOf(workspaceId, pair.survivorId()), at.get() + 1, pairs.size(), e.getMessage()), e);
        }
    }

    @Override
    public List<PersonMerge> undoMerges(long workspaceId, List<Long> mergeIds) {
        AtomicInteger at = new AtomicInteger();
        try {
            return jdbi.inTransaction(h -> {
                List<PersonMerge> undone = new ArrayList<>();
                for (long mergeId : mergeIds) {
                    undone.add(PersonMerges.undo(h, workspaceId, mergeId));
                    at.incrementAndGet();
                }
                return undone;
            });
        } catch (PlazaException | IllegalArgumentException e) {
            long mergeId = mergeIds.get(at.get());
            throw new PlazaException("cannot undo merge %d%s (%d of %d): %s; nothing was undone"
                    .formatted(mergeId, mergedNameOf(workspaceId, mergeId), at.get() + 1, mergeIds.size(),
                            e.getMessage()), e);
        }
    }

    /** How an error names a person: their name as last stored, quoted, or nothing when unknown. */
    private String nameOf(long workspaceId, long personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT display_name FROM person WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", personId).mapTo(String.class).findOne())
                .map(" (“%s”)"::formatted).orElse("");
    }

    private String mergedNameOf(long workspaceId, long mergeId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT merged_display_name FROM person_merge WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", mergeId).mapTo(String.class).findOne())
                .map(" of “%s”"::formatted).orElse("");
    }

    @Override
    public List<PersonMerge> mergesOf(long workspaceId, long personId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM person_merge WHERE workspace_id = :w AND (survivor_id = :p OR merged_id = :p)
                        ORDER BY merged_at DESC, id DESC""")
                .bind("w", workspaceId).bind("p", personId).map(Rows.MERGE).list());
    }

    static Optional<Person> findPerson(Handle h, long workspaceId, long personId) {
        return h.createQuery(PERSON_FROM + " WHERE p.workspace_id = :w AND p.id = :id AND p.merged_into IS NULL")
                .bind("w", workspaceId).bind("id", personId).map(Rows.PERSON).findOne();
    }
}
