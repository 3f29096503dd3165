package dev.plaza.store;

import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.PersonHint;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.people.LinkEvidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Resolves a batch's identities to ids: known ones are refreshed (handles change), new ones get a
 * person — a new one, or the person of another identity with the same hint.
 */
final class IdentityStep {

    /** An identity's id and the id of its person. */
    record Resolved(long identityId, long personId, boolean isNew) {
    }

    private final Handle handle;
    private final long workspaceId;
    private final IdBlocks ids;
    private final PendingWrites writes;

    /** A step that reads at once and leaves its writes in {@code writes}, to be flushed before anything reads them. */
    IdentityStep(Handle handle, long workspaceId, IdBlocks ids, PendingWrites writes) {
        this.handle = handle;
        this.workspaceId = workspaceId;
        this.ids = ids;
        this.writes = writes;
    }

    /**
     * @param seen the batch's identities, later entries refreshing earlier ones with the same key
     * @param seenAt for each key, the times the batch saw it: they set a new person's first and last seen
     * @param authored for each key, the activities the batch adds by it: a new identity is stored with that count
     */
    Map<IdentityKey, Resolved> resolve(List<SeenIdentity> seen, Map<IdentityKey, Instant[]> seenAt,
                                       Map<IdentityKey, Long> authored, int[] peopleAdded) {
        Map<IdentityKey, SeenIdentity> unique = new LinkedHashMap<>();
        seen.forEach(s -> unique.put(s.key(), s));
        Map<IdentityKey, Resolved> resolved = existing(unique);
        refresh(unique, resolved);

        Map<String, Long> personOfHint = storedHints(unique.values());
        unique.values().stream().filter(s -> resolved.containsKey(s.key()) && s.personHint().isPresent())
                .forEach(s -> personOfHint.putIfAbsent(s.personHint().get().key(), resolved.get(s.key()).personId()));

        List<SeenIdentity> fresh = unique.values().stream().filter(s -> !resolved.containsKey(s.key())).toList();
        if (fresh.isEmpty()) {
            return resolved;
        }
        List<Long> identityIds = ids.next(handle, "identity_id_seq", fresh.size());
        // At most one new person per new identity; unused sequence values are harmless gaps.
        List<Long> personIds = ids.next(handle, "person_id_seq", fresh.size());
        List<Object[]> personRows = new ArrayList<>();
        List<Object[]> identityRows = new ArrayList<>();
        Map<String, Instant[]> hintRanges = hintRanges(fresh, seenAt);
        Instant now = Instant.now();
        for (int i = 0; i < fresh.size(); i++) {
            SeenIdentity s = fresh.get(i);
            Optional<String> hint = s.personHint().map(PersonHint::key);
            Long personId = hint.map(personOfHint::get).orElse(null);
            LinkEvidence evidence = LinkEvidence.FIRST_SEEN;
            if (personId == null) {
                personId = personIds.get(personRows.size());
                Instant[] range = hint.map(hintRanges::get).orElseGet(() -> seenAt.get(s.key()));
                if (range == null) {
                    range = new Instant[] {now, now}; // seen in no activity: it was seen now
                }
                personRows.add(new Object[] {personId, workspaceId, displayName(s), range[0], range[1]});
                Long created = personId;
                hint.ifPresent(h -> personOfHint.put(h, created));
            } else {
                evidence = s.personHint().get().evidence();
            }
            identityRows.add(new Object[] {identityIds.get(i), workspaceId, personId, s.platform().key(), s.stableId(),
                    s.handle(), displayName(s), s.profileUrl().orElse(null), evidence.reason(), evidence.confidence(),
                    hint.orElse(null), authored.getOrDefault(s.key(), 0L)});
            resolved.put(s.key(), new Resolved(identityIds.get(i), personId, true));
        }
        PgCopy.copy(handle, writes, "person", "id, workspace_id, display_name, first_seen, last_seen", personRows, done -> { });
        PgCopy.copy(handle, writes, "identity", "id, workspace_id, person_id, platform, stable_id, handle, display_name,"
                + " profile_url, link_reason, link_confidence, link_key, activity_count", identityRows, done -> { });
        peopleAdded[0] += personRows.size();
        return resolved;
    }

    /** A new person's first and last seen span every identity of its hint group, not just the first one. */
    private static Map<String, Instant[]> hintRanges(List<SeenIdentity> fresh, Map<IdentityKey, Instant[]> seenAt) {
        Map<String, Instant[]> ranges = new HashMap<>();
        for (SeenIdentity s : fresh) {
            Instant[] range = seenAt.get(s.key());
            if (s.personHint().isEmpty() || range == null) {
                continue;
            }
            ranges.merge(s.personHint().get().key(), range.clone(), (a, b) -> new Instant[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        return ranges;
    }

    /** The people that earlier batches linked to each hint of this batch. */
    private Map<String, Long> storedHints(java.util.Collection<SeenIdentity> seen) {
        String[] hints = seen.stream().flatMap(s -> s.personHint().stream()).map(PersonHint::key).distinct()
                .toArray(String[]::new);
        Map<String, Long> people = new HashMap<>();
        if (hints.length > 0) {
            handle.createQuery("""
                            SELECT DISTINCT ON (i.link_key) i.link_key, i.person_id FROM identity i
                            JOIN person p ON p.id = i.person_id AND p.merged_into IS NULL
                            WHERE i.workspace_id = :w AND i.link_key = ANY(:hints) ORDER BY i.link_key, i.id""")
                    .bind("w", workspaceId).bind("hints", hints)
                    .map((rs, ctx) -> Map.entry(rs.getString("link_key"), rs.getLong("person_id")))
                    .forEach(e -> people.put(e.getKey(), e.getValue()));
        }
        return people;
    }

    private Map<IdentityKey, Resolved> existing(Map<IdentityKey, SeenIdentity> unique) {
        Map<IdentityKey, Resolved> found = new HashMap<>();
        List<IdentityKey> keys = new ArrayList<>(unique.keySet());
        for (int start = 0; start < keys.size(); start += 10_000) {
            List<IdentityKey> chunk = keys.subList(start, Math.min(keys.size(), start + 10_000));
            // the index finds every pair of the platforms and stable ids asked; the pairs not asked for are left out here
            handle.createQuery("""
                            SELECT i.id, i.person_id, i.platform, i.stable_id FROM identity i
                            WHERE i.workspace_id = :w AND i.platform = ANY(:platforms) AND i.stable_id = ANY(:stableIds)""")
                    .bind("w", workspaceId)
                    .bind("platforms", chunk.stream().map(k -> k.platform().key()).toArray(String[]::new))
                    .bind("stableIds", chunk.stream().map(IdentityKey::stableId).toArray(String[]::new))
                    .map((rs, ctx) -> {
                        IdentityKey key = new IdentityKey(dev.plaza.core.community.Platform.fromKey(rs.getString("platform")),
                                rs.getString("stable_id"));
                        return Map.entry(key, new Resolved(rs.getLong("id"), rs.getLong("person_id"), false));
                    })
                    .forEach(e -> {
                        if (unique.containsKey(e.getKey())) {
                            found.put(e.getKey(), e.getValue());
                        }
                    });
        }
        return found;
    }

    /**
     * Updates the identities of {@code seen} that are stored already, those of this transaction's
     * pending writes included; adds none.
     */
    void refreshKnown(List<SeenIdentity> seen) {
        if (seen.isEmpty()) {
            return;
        }
        Map<IdentityKey, SeenIdentity> unique = new LinkedHashMap<>();
        seen.forEach(s -> unique.put(s.key(), s));
        List<SeenIdentity> heard = List.copyOf(unique.values());
        writes.addJoinedByHash(RENAME.formatted(
                "unnest(:platforms, :stableIds, :handles, :names, :urls) AS u(platform, stable_id, handle, display_name, profile_url)",
                "s.workspace_id = :w AND s.platform = u.platform AND s.stable_id = u.stable_id AND s.platform = ANY(:platforms)"
                        + " AND s.stable_id = ANY(:stableIds)",
                "i.workspace_id = :w AND i.platform = ANY(:platforms) AND i.stable_id = ANY(:stableIds)"), Map.of(
                "w", workspaceId,
                "platforms", heard.stream().map(s -> s.platform().key()).toArray(String[]::new),
                "stableIds", heard.stream().map(SeenIdentity::stableId).toArray(String[]::new),
                "handles", heard.stream().map(SeenIdentity::handle).toArray(String[]::new),
                "names", heard.stream().map(SeenIdentity::displayName).toArray(String[]::new),
                "urls", heard.stream().map(s -> s.profileUrl().orElse(null)).toArray(String[]::new)));
    }

    /**
     * Handles and names change; the stable id does not. A connector that knows an account by its stable
     * id alone (a Bluesky DID heard on the firehose) describes it with that id as handle and name,
     * which never replaces a handle or name learned before; an identity still named by its id takes
     * its handle as name once the handle is known.
     */
    private void refresh(Map<IdentityKey, SeenIdentity> unique, Map<IdentityKey, Resolved> resolved) {
        if (resolved.isEmpty()) {
            return;
        }
        List<SeenIdentity> known = unique.values().stream().filter(s -> resolved.containsKey(s.key())).toList();
        writes.addJoinedByHash(RENAME.formatted("unnest(:ids, :handles, :names, :urls) AS u(id, handle, display_name, profile_url)",
                "s.id = u.id AND s.id = ANY(:ids)", "i.id = ANY(:ids)"), Map.of(
                "ids", known.stream().map(s -> resolved.get(s.key()).identityId()).toArray(Long[]::new),
                "handles", known.stream().map(SeenIdentity::handle).toArray(String[]::new),
                "names", known.stream().map(SeenIdentity::displayName).toArray(String[]::new),
                "urls", known.stream().map(s -> s.profileUrl().orElse(null)).toArray(String[]::new)));
    }

    /**
     * Renames identities as heard ({@code u}: handle, display_name, profile_url), each found as
     * {@code s} by the second argument's condition; the third keeps the update on the rows found.
     */
    private static final String RENAME = """
            UPDATE identity i SET handle = n.handle, display_name = n.display_name, profile_url = n.profile_url
            FROM (SELECT s.id,
                      CASE WHEN u.handle = s.stable_id THEN s.handle ELSE u.handle END AS handle,
                      CASE WHEN u.display_name <> s.stable_id THEN u.display_name
                           WHEN s.display_name <> s.stable_id THEN s.display_name
                           WHEN u.handle <> s.stable_id THEN u.handle
                           ELSE s.display_name END AS display_name,
                      coalesce(u.profile_url, s.profile_url) AS profile_url
                  FROM %s JOIN identity s ON %s) n
            WHERE i.id = n.id AND %s AND (i.handle, i.display_name, i.profile_url)
                IS DISTINCT FROM (n.handle, n.display_name, n.profile_url)""";

    /** A connector that knows no name gives none, or the stable id: the handle names the new identity then. */
    private static String displayName(SeenIdentity s) {
        return s.displayName().isBlank() || s.displayName().equals(s.stableId()) ? s.handle() : s.displayName();
    }
}
