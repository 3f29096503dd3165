package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.MergeRequest;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.web.auth.Principal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;

/**
 * Many merges, or many undos, in one request: all are made or none, each audited; a pair that
 * cannot be merged fails the request with a 422 that names it.
 */
final class BulkMergeEndpoints {

    static final int MAX_PAIRS = 100;
    private static final List<String> PAIR_FIELDS = List.of("survivor_id", "person_id", "reason", "confidence");

    private final Store store;

    BulkMergeEndpoints(Store store) {
        this.store = store;
    }

    void merge(Context ctx) {
        Query.of(ctx, Set.of());
        Principal caller = Caller.of(ctx);
        List<Body> items = Body.of(ctx, List.of("merges")).objects("merges", PAIR_FIELDS);
        if (items.isEmpty() || items.size() > MAX_PAIRS) {
            throw new IllegalArgumentException("field 'merges' must hold 1 to %d pairs, got %d"
                    .formatted(MAX_PAIRS, items.size()));
        }
        List<MergeRequest> pairs = items.stream().map(BulkMergeEndpoints::pair).toList();
        List<PersonMerge> merges = store.people().mergeAll(caller.workspaceId(), pairs, caller.memberId());
        Json.send(ctx, HttpStatus.CREATED, ListJson.complete(merges, MergeJson::of));
    }

    void undo(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        List<Long> mergeIds = Body.of(ctx, List.of("merge_ids")).requiredIds("merge_ids", MAX_PAIRS);
        Json.send(ctx, ListJson.complete(store.people().undoMerges(workspaceId, mergeIds), MergeJson::of));
    }

    private static MergeRequest pair(Body item) {
        long survivor = item.requiredId("survivor_id");
        long merged = item.requiredId("person_id");
        if (survivor == merged) {
            throw new IllegalArgumentException("field '%s' is %d, the same as '%s'; name two people"
                    .formatted(item.name("person_id"), merged, item.name("survivor_id")));
        }
        return new MergeRequest(survivor, merged,
                new LinkEvidence(MergeEndpoints.reason(item), MergeEndpoints.confidence(item)));
    }
}
