package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.web.auth.Principal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;

/**
 * Merging one person into another, and undoing it. A merge made with an API token records no team
 * member: tokens belong to the workspace, not to a person.
 */
final class MergeEndpoints {

    static final String DEFAULT_REASON = "merged through the API";
    static final int MAX_REASON = 500;

    private final Store store;

    MergeEndpoints(Store store) {
        this.store = store;
    }

    void merge(Context ctx) {
        Query.of(ctx, Set.of());
        Principal caller = Caller.of(ctx);
        long workspaceId = caller.workspaceId();
        long survivorId = Caller.pathId(ctx, "person");
        if (store.people().find(workspaceId, survivorId).isEmpty()) {
            throw new NotFoundException("person", survivorId);
        }
        Body body = Body.of(ctx, List.of("person_id", "reason", "confidence"));
        long mergedId = body.requiredId("person_id");
        LinkEvidence evidence = new LinkEvidence(reason(body), confidence(body));
        if (mergedId == survivorId) {
            throw new IllegalArgumentException(
                    "field 'person_id' is %d, the person merged into; name another person".formatted(mergedId));
        }
        if (store.people().find(workspaceId, mergedId).isEmpty()) {
            throw new PlazaException("field 'person_id': person %d was not found".formatted(mergedId));
        }
        PersonMerge merge = store.people().merge(workspaceId, survivorId, mergedId, evidence, caller.memberId());
        Json.send(ctx, HttpStatus.CREATED, MergeJson.of(merge));
    }

    void undo(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        long mergeId = Caller.pathId(ctx, "merge");
        PersonMerge undone;
        try {
            undone = store.people().undoMerge(workspaceId, mergeId);
        } catch (IllegalArgumentException e) {
            // The request is well-formed; the merge's state refuses it (already undone, merged again since).
            throw new PlazaException(e.getMessage(), e);
        }
        Json.send(ctx, MergeJson.of(undone));
    }

    static String reason(Body body) {
        String reason = body.string("reason").map(String::strip).orElse(DEFAULT_REASON);
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("field '%s' must hold 1 to %d characters, got %d"
                    .formatted(body.name("reason"), MAX_REASON, reason.length()));
        }
        return reason;
    }

    static double confidence(Body body) {
        double confidence = body.number("confidence").orElse(1.0);
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("field '%s' must lie between 0 and 1, got %s"
                    .formatted(body.name("confidence"), confidence));
        }
        return confidence;
    }
}
