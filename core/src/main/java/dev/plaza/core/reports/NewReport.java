package dev.plaza.core.reports;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/** A report as it arrived, about to be stored; see {@link Report} for the fields. */
public record NewReport(
        String uri,
        String reporterUri,
        String reporterHandle,
        List<String> accounts,
        List<String> posts,
        String reason,
        Instant receivedAt) {

    /** Mastodon allows 1,000 characters; other servers may send more, which is cut here. */
    public static final int MAX_REASON = 5_000;

    public NewReport {
        requireNonNull(uri, "uri");
        requireNonNull(reporterUri, "reporterUri");
        requireNonNull(reporterHandle, "reporterHandle");
        accounts = List.copyOf(accounts);
        posts = List.copyOf(posts);
        requireNonNull(reason, "reason");
        requireNonNull(receivedAt, "receivedAt");
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a report's reason is %d characters; the limit is %d"
                    .formatted(reason.length(), MAX_REASON));
        }
    }
}
