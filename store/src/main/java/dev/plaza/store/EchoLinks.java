package dev.plaza.store;

import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.wordofmouth.EchoKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links each new repost, quote and reply of an ingest to the activity it echoes (V27), in the writes
 * that follow the activities': one statement finds the sources, stored before or earlier in the batch,
 * by their unique uri. A source later in the batch is left out, as one stored later is: every edge
 * then points to an activity stored before its echo, and no chain of echoes comes back on itself.
 */
final class EchoLinks {

    /** The order of {@code activity_echo.kind}'s values. */
    static final List<EchoKind> STORED = List.of(EchoKind.REPOST, EchoKind.QUOTE, EchoKind.REPLY);

    private EchoLinks() {
    }

    /** {@code fresh}: the batch's new activities in the order they are stored; {@code ids}: theirs. */
    static void write(PendingWrites writes, long workspaceId, List<IncomingActivity> fresh, List<Long> ids) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            position.put(fresh.get(i).uri(), i);
        }
        List<Long> echoes = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            int echo = i;
            EchoKind.sourcesOf(fresh.get(i)).forEach((source, kind) -> {
                if (position.getOrDefault(source, -1) < echo) {
                    echoes.add(ids.get(echo));
                    sources.add(source);
                    kinds.add(STORED.indexOf(kind));
                }
            });
        }
        if (echoes.isEmpty()) {
            return;
        }
        writes.addJoinedByHash("""
                        INSERT INTO activity_echo (source_id, activity_id, kind)
                        SELECT s.id, e.id, e.kind FROM unnest(:echoes::bigint[], :sources::text[], :kinds::smallint[]) AS e(id, source, kind)
                        JOIN activity s ON s.workspace_id = :w AND s.uri = e.source AND s.uri = ANY(:sources)""", Map.of(
                "w", workspaceId, "echoes", echoes.toArray(Long[]::new), "sources", sources.toArray(String[]::new),
                "kinds", kinds.toArray(Integer[]::new)));
    }
}
