package dev.plaza.store;

import dev.plaza.core.community.Workspace;
import dev.plaza.core.community.Workspaces;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

final class PgWorkspaces implements Workspaces {

    static final String DEFAULT_SLUG = "main";
    private final Jdbi jdbi;

    PgWorkspaces(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Workspace create(String slug, String name, boolean demo) {
        new Workspace(0, slug, name, demo, java.time.Instant.EPOCH); // validates before any SQL runs
        return jdbi.withHandle(h -> h.createQuery(
                        "INSERT INTO workspace (slug, name, demo) VALUES (:slug, :name, :demo) RETURNING *")
                .bind("slug", slug).bind("name", name).bind("demo", demo)
                .map(Rows.WORKSPACE).one());
    }

    @Override
    public Optional<Workspace> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workspace WHERE id = :id")
                .bind("id", id).map(Rows.WORKSPACE).findOne());
    }

    @Override
    public Optional<Workspace> findBySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workspace WHERE slug = :slug")
                .bind("slug", slug).map(Rows.WORKSPACE).findOne());
    }

    @Override
    public List<Workspace> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workspace ORDER BY id").map(Rows.WORKSPACE).list());
    }

    @Override
    public Workspace defaultWorkspace() {
        return jdbi.inTransaction(h -> {
            Locks.defaultWorkspace(h);
            return h.createQuery("SELECT * FROM workspace WHERE NOT demo ORDER BY id LIMIT 1")
                    .map(Rows.WORKSPACE).findOne()
                    .orElseGet(() -> h.createQuery(
                                    "INSERT INTO workspace (slug, name, demo) VALUES (:slug, 'My community', false) RETURNING *")
                            .bind("slug", DEFAULT_SLUG).map(Rows.WORKSPACE).one());
        });
    }
}
