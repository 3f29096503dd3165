package dev.plaza.store;

import dev.plaza.core.community.Goal;
import dev.plaza.core.community.Goals;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

final class PgGoals implements Goals {

    private final Jdbi jdbi;

    PgGoals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Goal of(long workspaceId) {
        return jdbi.withHandle(h -> of(h, workspaceId));
    }

    /** The workspace's goal, read in a transaction already open. */
    static Goal of(Handle h, long workspaceId) {
        return h.createQuery("SELECT * FROM goal WHERE workspace_id = :w")
                .bind("w", workspaceId)
                .map((rs, ctx) -> new Goal(workspaceId, rs.getString("description"),
                        Rows.strings(rs.getArray("keywords")), Rows.strings(rs.getArray("hashtags")),
                        Rows.strings(rs.getArray("languages")), Rows.strings(rs.getArray("exclusions"))))
                .findOne()
                .orElseGet(() -> Goal.empty(workspaceId));
    }

    @Override
    public Goal save(Goal goal) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO goal (workspace_id, description, keywords, hashtags, languages, exclusions)
                        VALUES (:w, :description, :keywords, :hashtags, :languages, :exclusions)
                        ON CONFLICT (workspace_id) DO UPDATE SET description = excluded.description,
                            keywords = excluded.keywords, hashtags = excluded.hashtags,
                            languages = excluded.languages, exclusions = excluded.exclusions, updated_at = now()""")
                .bind("w", goal.workspaceId())
                .bind("description", goal.description())
                .bind("keywords", goal.keywords().toArray(String[]::new))
                .bind("hashtags", goal.hashtags().toArray(String[]::new))
                .bind("languages", goal.languages().toArray(String[]::new))
                .bind("exclusions", goal.exclusions().toArray(String[]::new))
                .execute());
        return of(goal.workspaceId());
    }
}
