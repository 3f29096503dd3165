package dev.plaza.store;

import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.reports.NewReport;
import dev.plaza.core.reports.Report;
import dev.plaza.core.reports.Reports;
import dev.plaza.core.reports.Resolution;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgReports implements Reports {

    private static final RowMapper<Report> REPORT = (rs, ctx) -> {
        String resolvedBy = rs.getString("resolved_by");
        Optional<Resolution> resolution = resolvedBy == null ? Optional.empty()
                : Optional.of(new Resolution(resolvedBy, Rows.instant(rs, "resolved_at")));
        return new Report(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("uri"), rs.getString("reporter_uri"),
                rs.getString("reporter_handle"), Rows.strings(rs.getArray("accounts")), Rows.strings(rs.getArray("posts")),
                rs.getString("reason"), Rows.instant(rs, "received_at"), resolution);
    };

    private final Jdbi jdbi;

    PgReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Report> receive(long workspaceId, NewReport report) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO report (workspace_id, uri, reporter_uri, reporter_handle, accounts, posts, reason, received_at)
                        VALUES (:w, :uri, :reporter, :handle, :accounts, :posts, :reason, :at)
                        ON CONFLICT (workspace_id, uri) DO NOTHING RETURNING *""")
                .bind("w", workspaceId).bind("uri", report.uri()).bind("reporter", report.reporterUri())
                .bind("handle", report.reporterHandle()).bind("accounts", report.accounts().toArray(String[]::new))
                .bind("posts", report.posts().toArray(String[]::new)).bind("reason", report.reason())
                .bind("at", Rows.timestamp(report.receivedAt()))
                .map(REPORT).findOne());
    }

    @Override
    public Page<Report> list(long workspaceId, PageRequest page) {
        return jdbi.withHandle(h -> Keyset.page(h.createQuery("""
                        SELECT * FROM report WHERE workspace_id = :w AND %s
                        ORDER BY received_at DESC, id DESC LIMIT :limit""".formatted(Keyset.after(page, "received_at", "id")))
                .bind("w", workspaceId).bind("cursorAt", Rows.timestamp(Keyset.cursorAt(page)))
                .bind("cursorId", Keyset.cursorId(page)).bind("limit", page.limit() + 1)
                .map(REPORT).list(), page, Report::receivedAt, Report::id));
    }

    @Override
    public Optional<Report> find(long workspaceId, long reportId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM report WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", reportId).map(REPORT).findOne());
    }

    @Override
    public Optional<Report> resolve(long workspaceId, long reportId, Resolution resolution) {
        return jdbi.withHandle(h -> h.createQuery("""
                        UPDATE report SET resolved_at = :at, resolved_by = :by
                        WHERE workspace_id = :w AND id = :id AND resolved_at IS NULL RETURNING *""")
                .bind("at", Rows.timestamp(resolution.at())).bind("by", resolution.by())
                .bind("w", workspaceId).bind("id", reportId).map(REPORT).findOne());
    }
}
