package dev.plaza.web.api;

import dev.plaza.core.community.Workspace;
import java.time.Instant;

/** A workspace as the API shows it. */
record WorkspaceJson(long id, String slug, String name, boolean demo, Instant createdAt) {

    static WorkspaceJson of(Workspace w) {
        return new WorkspaceJson(w.id(), w.slug(), w.name(), w.demo(), w.createdAt());
    }
}
