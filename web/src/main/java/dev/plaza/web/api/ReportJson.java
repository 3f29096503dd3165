package dev.plaza.web.api;

import dev.plaza.core.reports.Report;
import dev.plaza.core.reports.Resolution;
import java.time.Instant;
import java.util.List;

/** A report another server sent; {@code resolvedAt} and {@code resolvedBy} are null while it is open. */
record ReportJson(
        long id,
        String uri,
        String reporter,
        String reporterHandle,
        List<String> accounts,
        List<String> posts,
        String reason,
        Instant receivedAt,
        boolean resolved,
        Instant resolvedAt,
        String resolvedBy) {

    static ReportJson of(Report r) {
        return new ReportJson(r.id(), r.uri(), r.reporterUri(), r.reporterHandle(), r.accounts(), r.posts(), r.reason(),
                r.receivedAt(), !r.open(), r.resolution().map(Resolution::at).orElse(null),
                r.resolution().map(Resolution::by).orElse(null));
    }
}
