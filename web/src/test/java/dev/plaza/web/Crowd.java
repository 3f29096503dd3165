package dev.plaza.web;

import dev.plaza.core.Store;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.store.testing.Batches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Many people at once, each with one post: enough for pagination. */
final class Crowd {

    private Crowd() {
    }

    static void add(Store store, Workspace workspace, int people) {
        List<SeenIdentity> identities = new ArrayList<>();
        List<IncomingActivity> activities = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            SeenIdentity account = Batches.account("member" + i, workspace.slug() + ".crowd.test");
            identities.add(account);
            activities.add(Batches.post(account.stableId() + "/statuses/1", account,
                    Instant.parse("2025-05-01T00:00:00Z").plusSeconds(60L * i), "hello " + i));
        }
        store.ingest().ingest(workspace.id(), new IngestBatch(identities, activities, Optional.empty()), Progress.NONE);
    }
}
