package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonMerge;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Merging people and undoing it inside a caller's transaction, so that many can be all or none. */
final class PersonMerges {

    private PersonMerges() {
    }

    static PersonMerge merge(Handle h, long workspaceId, long survivorId, long mergedId, LinkEvidence evidence,
            Optional<Long> byMemberId) {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("a person cannot be merged into themselves");
        }
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
    }

    static PersonMerge undo(Handle h, long workspaceId, long mergeId) {
        PersonMerge merge = h.createQuery("SELECT * FROM person_merge WHERE workspace_id = :w AND id = :id FOR UPDATE")
                .bind("w", workspaceId).bind("id", mergeId).map(Rows.MERGE).findOne()
                .orElseThrow(() -> new NotFoundException("merge", mergeId));
        if (merge.undone()) {
            throw new IllegalArgumentException("merge %d was already undone".formatted(mergeId));
        }
        Person survivor = PgPeople.findPerson(h, workspaceId, merge.survivorId())
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
    }

    private static Person lockActive(Handle h, long workspaceId, long personId) {
        h.createQuery("SELECT id FROM person WHERE workspace_id = :w AND id = :id AND merged_into IS NULL FOR UPDATE")
                .bind("w", workspaceId).bind("id", personId).mapTo(Long.class).findOne()
                .orElseThrow(() -> new NotFoundException("person", personId));
        return PgPeople.findPerson(h, workspaceId, personId).orElseThrow();
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
